/* R7 for LINEDEVCAPS (lineGetDevCaps plain, A, W): the fixed size follows the dwAPIVersion
 * given (236 for 1.3, 240 for 1.4, 252 for 2.0/2.1, 268 for 2.2, 292 for 3.x, the SDK's
 * layouts); one byte less gives LINEERR_STRUCTURETOOSMALL and writes nothing; from the
 * fixed size to dwNeededSize + 8 every call succeeds with a constant dwNeededSize,
 * dwUsedSize <= dwTotalSize, nothing written at or past dwUsedSize, each variable field
 * whole or absent (Size and Offset 0) and after the fixed part, strings NUL-terminated
 * (UTF-16 from W, dwStringFormat STRINGFORMAT_UNICODE; STRINGFORMAT_ASCII otherwise).
 * dwDevCapFlags has LINEDEVCAPFLAGS_CLOSEDROP (R4 relies on it). */
#include "common.h"

#undef lineGetDevCaps /* the plain (TAPI 1.x) entry point */

#define CANARY 0x3C

typedef LONG (*caps_fn)(HLINEAPP, DWORD, DWORD, DWORD, LPLINEDEVCAPS);

static const t_version_size_t versions[] = {
    {0x00010003, 236}, {0x00010004, 240}, {0x00020000, 252}, {0x00020001, 252},
    {0x00020002, 268}, {0x00030000, 292}, {0x00030001, 292},
};
#define N_VERSIONS (sizeof versions / sizeof versions[0])

static const struct {
  caps_fn fn;
  const char *name;
  int wide;
} entry_points[] = {
    {lineGetDevCaps, "lineGetDevCaps", 0},
    {lineGetDevCapsA, "lineGetDevCapsA", 0},
    {lineGetDevCapsW, "lineGetDevCapsW", 1},
};

static const struct {
  size_t at;
  int string; /* 1 string, 2 multi-string (ends with an empty string), 0 binary */
} var_fields[] = {
    {offsetof(LINEDEVCAPS, dwProviderInfoSize), 1},
    {offsetof(LINEDEVCAPS, dwSwitchInfoSize), 1},
    {offsetof(LINEDEVCAPS, dwLineNameSize), 1},
    {offsetof(LINEDEVCAPS, dwTerminalCapsSize), 0},
    {offsetof(LINEDEVCAPS, dwDevSpecificSize), 0},
    {offsetof(LINEDEVCAPS, dwDeviceClassesSize), 2},
};
#define N_VAR (sizeof var_fields / sizeof var_fields[0])

static int ends_with_nul(const unsigned char *p, DWORD size, int wide, int count) {
  DWORD unit = wide ? 2 : 1;
  if (size < unit * (DWORD)count || size % unit) return 0;
  for (DWORD i = size - unit * (DWORD)count; i < size; i++)
    if (p[i] != 0) return 0;
  return 1;
}

static void check_caps(HLINEAPP app, DWORD dev, size_t v, size_t e) {
  caps_fn fn = entry_points[e].fn;
  const int wide = entry_points[e].wide;
  const DWORD version = versions[v].version, fixed = versions[v].fixed;
  int before = t_failures;
  const DWORD big = 4096;
  unsigned char *ref = calloc(1, big);
  REQUIRE(ref != NULL);
  t_put_dw(ref, 0, big);
  CHECK_RC(fn(app, dev, version, 0, (LINEDEVCAPS *)ref), 0);
  LINEDEVCAPS *r = (LINEDEVCAPS *)ref;
  const DWORD needed = r->dwNeededSize;
  REQUIRE(needed > fixed && needed < big);
  CHECK_EQ(r->dwUsedSize, needed);
  CHECK(r->dwDevCapFlags & LINEDEVCAPFLAGS_CLOSEDROP);
  CHECK_EQ(r->dwStringFormat, wide ? STRINGFORMAT_UNICODE : STRINGFORMAT_ASCII);
  CHECK_EQ(r->dwNumAddresses, 1);
  CHECK(r->dwLineNameSize != 0); /* the device has a name */
  if (fixed >= 252) CHECK(r->dwDeviceClassesSize != 0); /* "tapi/line" at least */
  /* LineName in W is the A name widened (the simulator's names are ASCII). */
  {
    unsigned char a[1024];
    memset(a, 0, sizeof a);
    t_put_dw(a, 0, sizeof a);
    CHECK_RC(lineGetDevCapsA(app, dev, version, 0, (LINEDEVCAPS *)a), 0);
    const LINEDEVCAPS *ac = (const LINEDEVCAPS *)a;
    if (wide && ac->dwLineNameSize) {
      CHECK_EQ(r->dwLineNameSize, 2 * ac->dwLineNameSize);
      for (DWORD i = 0; i < ac->dwLineNameSize && r->dwLineNameSize == 2 * ac->dwLineNameSize; i++) {
        WCHAR u;
        memcpy(&u, ref + r->dwLineNameOffset + 2 * i, 2);
        CHECK_EQ(u, a[ac->dwLineNameOffset + i]);
      }
    }
  }

  const size_t alloc = needed + 8 + 64;
  unsigned char *buf = malloc(alloc);
  REQUIRE(buf != NULL);
  /* Too small by one, and tiny sizes: nothing written. */
  const DWORD small[] = {fixed - 1, 0, 4, 12, 235};
  for (size_t s = 0; s < sizeof small / sizeof small[0]; s++) {
    if (small[s] >= fixed) continue;
    memset(buf, CANARY, alloc);
    t_put_dw(buf, 0, small[s]);
    CHECK_RC(fn(app, dev, version, 0, (LINEDEVCAPS *)buf), LINEERR_STRUCTURETOOSMALL);
    CHECK_EQ(t_get_dw(buf, 0), small[s]);
    long written = t_first_changed(buf, 4, alloc, CANARY);
    if (written >= 0) {
      fprintf(stderr, "  byte %ld written though STRUCTURETOOSMALL\n", written);
      t_failures++;
    }
  }
  int partial = 0;
  for (DWORD total = fixed; total <= needed + 8; total++) {
    int at_start = t_failures;
    memset(buf, CANARY, alloc);
    t_put_dw(buf, 0, total);
    CHECK_RC(fn(app, dev, version, 0, (LINEDEVCAPS *)buf), 0);
    const DWORD used = t_get_dw(buf, 8);
    CHECK_EQ(t_get_dw(buf, 0), total);
    CHECK_EQ(t_get_dw(buf, 4), needed);
    CHECK(used >= fixed && used <= total);
    if (total >= needed) CHECK_EQ(used, needed);
    if (total == fixed) CHECK_EQ(used, fixed);
    CHECK(((LINEDEVCAPS *)buf)->dwDevCapFlags & LINEDEVCAPFLAGS_CLOSEDROP);
    int got = 0, all = 0;
    for (size_t f = 0; f < N_VAR; f++) {
      size_t at = var_fields[f].at;
      if (at + 8 > fixed) continue;
      DWORD size = t_get_dw(buf, at), off = t_get_dw(buf, at + 4);
      DWORD ref_size = t_get_dw(ref, at), ref_off = t_get_dw(ref, at + 4);
      if (ref_size) all++;
      if (size == 0) {
        CHECK_EQ(off, 0);
        if (total >= needed) CHECK_EQ(ref_size, 0);
        continue;
      }
      got++;
      CHECK_EQ(size, ref_size);
      CHECK(off >= fixed && (size_t)off + size <= used);
      if (size != ref_size || off < fixed || (size_t)off + size > used) continue;
      CHECK(memcmp(buf + off, ref + ref_off, size) == 0);
      if (var_fields[f].string) CHECK(ends_with_nul(buf + off, size, wide, var_fields[f].string));
    }
    if (got > 0 && got < all) partial++;
    long written = t_first_changed(buf, used, alloc, CANARY);
    if (written >= 0) {
      fprintf(stderr, "  byte %ld past dwUsedSize %u written\n", written, (unsigned)used);
      t_failures++;
    }
    if (t_failures != at_start) {
      fprintf(stderr, "  (dwTotalSize %u)\n", (unsigned)total);
      break;
    }
  }
  CHECK(partial > 0);
  if (t_failures != before)
    fprintf(stderr, "  (%s, device %u, version 0x%08x, fixed %u)\n", entry_points[e].name,
            (unsigned)dev, (unsigned)version, (unsigned)fixed);
  free(buf);
  free(ref);
}

int main(void) {
  /* The SDK layouts the fixed sizes come from. */
  CHECK_EQ(offsetof(LINEDEVCAPS, dwLineFeatures), 236);
  CHECK_EQ(offsetof(LINEDEVCAPS, dwSettableDevStatus), 240);
  CHECK_EQ(offsetof(LINEDEVCAPS, PermanentLineGuid), 252);
  CHECK_EQ(offsetof(LINEDEVCAPS, dwAddressTypes), 268);
  CHECK_EQ(sizeof(LINEDEVCAPS), 292);

  HLINEAPP app = t_init_event("r07-devcaps");
  for (DWORD dev = 0; dev < 2; dev++)
    for (size_t v = 0; v < N_VERSIONS; v++)
      for (size_t e = 0; e < sizeof entry_points / sizeof entry_points[0]; e++)
        check_caps(app, dev, v, e);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
