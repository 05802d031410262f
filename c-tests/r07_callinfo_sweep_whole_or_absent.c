/* R7: lineGetCallInfo (plain, A, W) on lines of every API version, with dwTotalSize swept
 * from the version's fixed size to dwNeededSize + 8:
 * - it succeeds, dwNeededSize is the same every time (bytes for everything), dwUsedSize
 *   is between the fixed size and dwTotalSize, and nothing is written at or past
 *   dwUsedSize (so nothing past dwTotalSize: the buffer is bigger than dwTotalSize);
 * - each variable field is whole (the same Size and bytes as with a big buffer) or absent
 *   (Size and Offset 0); a present field lies after the fixed part of the line's version
 *   and inside dwUsedSize, fields do not overlap, strings end with their NUL (counted in
 *   Size; UTF-16 from the W entry point, single bytes from the others);
 * - from dwTotalSize >= dwNeededSize on, every field is there and dwUsedSize == dwNeededSize;
 * - the fixed part is the same whatever dwTotalSize is;
 * - on a 1.x line the members added by TAPI 2.0/3.0 (bytes 296..343) are not written,
 *   except where a returned variable field lies.
 * The call is an outgoing call made with LINECALLPARAMS carrying DisplayableAddress,
 * CalledParty and Comment, which lineGetCallInfo returns (the header documents it), with
 * the application's friendly name as AppName and the destination as CalledID. */
#include "common.h"

#undef lineGetCallInfo /* the plain (TAPI 1.x) entry point */

#define CANARY 0xC3
#define SLACK 64

typedef LONG (*get_info_fn)(HCALL, LPLINECALLINFO);

static const t_version_size_t versions[] = {
    {0x00010003, 296}, {0x00010004, 296}, {0x00020000, 324},
    {0x00020002, 324}, {0x00030000, 344}, {0x00030001, 344},
};
#define N_VERSIONS (sizeof versions / sizeof versions[0])

static const struct {
  get_info_fn fn;
  const char *name;
  int wide;
} entry_points[] = {
    {lineGetCallInfo, "lineGetCallInfo", 0},
    {lineGetCallInfoA, "lineGetCallInfoA", 0},
    {lineGetCallInfoW, "lineGetCallInfoW", 1},
};
#define N_ENTRY (sizeof entry_points / sizeof entry_points[0])

/* LINECALLINFO's variable fields: t_callinfo_var_field(f) for f < N_VAR (strings first). */
#define N_VAR T_CALLINFO_VAR_FIELDS

static int is_var_pair_byte(size_t i, DWORD fixed) {
  for (size_t f = 0; f < N_VAR; f++) {
    size_t at = t_callinfo_var_field(f);
    if (at + 8 <= fixed && i >= at && i < at + 8) return 1;
  }
  return 0;
}

/* The field's bytes equal `text` encoded (single bytes or UTF-16) with its NUL. */
static int field_is(const unsigned char *b, size_t at, const char *text, int wide) {
  DWORD size = t_get_dw(b, at), off = t_get_dw(b, at + 4);
  size_t n = strlen(text) + 1;
  if (!wide) return size == n && memcmp(b + off, text, n) == 0;
  if (size != 2 * n) return 0;
  for (size_t i = 0; i < n; i++) { /* ASCII texts only here */
    WCHAR u;
    memcpy(&u, b + off + 2 * i, 2);
    if (u != (WCHAR)(unsigned char)text[i]) return 0;
  }
  return 1;
}

/* Builds LINECALLPARAMS with DisplayableAddress, CalledParty and Comment. */
static unsigned char *make_params(DWORD *total_out) {
  static const char *texts[3] = {"Disp 5551234", "Bob Called", "a comment"};
  const size_t at[3] = {offsetof(LINECALLPARAMS, dwDisplayableAddressSize),
                        offsetof(LINECALLPARAMS, dwCalledPartySize),
                        offsetof(LINECALLPARAMS, dwCommentSize)};
  DWORD total = sizeof(LINECALLPARAMS);
  for (int i = 0; i < 3; i++) total += (DWORD)strlen(texts[i]) + 1;
  unsigned char *p = calloc(1, total);
  REQUIRE(p != NULL);
  LINECALLPARAMS *cp = (LINECALLPARAMS *)p;
  cp->dwTotalSize = total;
  cp->dwMediaMode = LINEMEDIAMODE_INTERACTIVEVOICE;
  cp->dwAddressMode = LINEADDRESSMODE_ADDRESSID;
  cp->dwAddressID = 0;
  DWORD off = sizeof(LINECALLPARAMS);
  for (int i = 0; i < 3; i++) {
    DWORD n = (DWORD)strlen(texts[i]) + 1;
    memcpy(p + off, texts[i], n);
    t_put_dw(p, at[i], n);
    t_put_dw(p, at[i] + 4, off);
    off += n;
  }
  *total_out = total;
  return p;
}

static void sweep(get_info_fn fn, int wide, HCALL call, HLINE line, DWORD fixed,
                  DWORD version, const char *fn_name) {
  int before = t_failures;
  /* Reference: a buffer big enough for everything. */
  const DWORD big = 4096;
  unsigned char *ref = malloc(big);
  REQUIRE(ref != NULL);
  memset(ref, 0, big);
  t_put_dw(ref, 0, big);
  CHECK_RC(fn(call, (LINECALLINFO *)ref), 0);
  const DWORD needed = t_get_dw(ref, 4);
  CHECK_EQ(t_get_dw(ref, 8), needed);
  REQUIRE(needed > fixed && needed < big);
  LINECALLINFO *r = (LINECALLINFO *)ref;
  CHECK_EQ(r->hLine, line);
  /* The fields this call has, with their documented contents. */
  CHECK(field_is(ref, offsetof(LINECALLINFO, dwCalledIDSize), "5551234", wide));
  CHECK(field_is(ref, offsetof(LINECALLINFO, dwAppNameSize), "r07 sweep app", wide));
  CHECK(field_is(ref, offsetof(LINECALLINFO, dwDisplayableAddressSize), "Disp 5551234", wide));
  CHECK(field_is(ref, offsetof(LINECALLINFO, dwCalledPartySize), "Bob Called", wide));
  CHECK(field_is(ref, offsetof(LINECALLINFO, dwCommentSize), "a comment", wide));
  CHECK(r->dwCalledIDFlags & LINECALLPARTYID_ADDRESS);
  size_t present_sum = 0;
  int present = 0;
  for (size_t f = 0; f < N_VAR; f++) {
    size_t at = t_callinfo_var_field(f);
    if (at + 8 > fixed) continue;
    DWORD size = t_get_dw(ref, at);
    if (size) {
      present++;
      present_sum += size;
    } else {
      CHECK_EQ(t_get_dw(ref, at + 4), 0);
    }
  }
  CHECK(present >= 5);
  CHECK(fixed + present_sum <= needed);

  const size_t alloc = needed + 8 + SLACK;
  unsigned char *buf = malloc(alloc);
  REQUIRE(buf != NULL);
  int partial = 0; /* sweeps where some fields were returned and some not */
  for (DWORD total = fixed; total <= needed + 8; total++) {
    int at_start = t_failures;
    memset(buf, CANARY, alloc);
    t_put_dw(buf, 0, total);
    CHECK_RC(fn(call, (LINECALLINFO *)buf), 0);
    const DWORD used = t_get_dw(buf, 8);
    CHECK_EQ(t_get_dw(buf, 0), total);
    CHECK_EQ(t_get_dw(buf, 4), needed);
    CHECK(used >= fixed);
    CHECK(used <= total);
    if (total >= needed) CHECK_EQ(used, needed);
    /* The fixed part (but for dwTotalSize, dwUsedSize and the variable pairs) is the
     * same as in the reference. */
    for (size_t i = 12; i < fixed; i++) {
      if (is_var_pair_byte(i, fixed)) continue;
      if (buf[i] != ref[i]) {
        fprintf(stderr, "  fixed-part byte %zu differs: 0x%02x vs 0x%02x\n", i, buf[i], ref[i]);
        t_failures++;
        break;
      }
    }
    /* Variable fields: whole or absent. */
    unsigned char covered[4096];
    memset(covered, 0, sizeof covered);
    int got = 0;
    for (size_t f = 0; f < N_VAR; f++) {
      size_t at = t_callinfo_var_field(f);
      if (at + 8 > fixed) continue;
      DWORD size = t_get_dw(buf, at), off = t_get_dw(buf, at + 4);
      DWORD ref_size = t_get_dw(ref, at), ref_off = t_get_dw(ref, at + 4);
      if (size == 0) {
        CHECK_EQ(off, 0);
        if (total >= needed) CHECK_EQ(ref_size, 0);
        continue;
      }
      got++;
      CHECK_EQ(size, ref_size);
      CHECK(off >= fixed);
      CHECK((size_t)off + size <= used);
      if (size != ref_size || off < fixed || (size_t)off + size > used) continue;
      CHECK(memcmp(buf + off, ref + ref_off, size) == 0);
      if (f < T_CALLINFO_STRING_FIELDS) {
        if (wide) {
          CHECK_EQ(size % 2, 0);
          CHECK(buf[off + size - 1] == 0 && buf[off + size - 2] == 0);
        } else {
          CHECK_EQ(buf[off + size - 1], 0);
        }
      }
      for (DWORD i = off; i < off + size; i++) {
        if (covered[i]) {
          fprintf(stderr, "  variable fields overlap at byte %u\n", (unsigned)i);
          t_failures++;
          break;
        }
        covered[i] = 1;
      }
    }
    if (got > 0 && got < present) partial++;
    /* Nothing written at or past dwUsedSize. */
    long written = t_first_changed(buf, used, alloc, CANARY);
    if (written >= 0) {
      fprintf(stderr, "  byte %ld past dwUsedSize %u (dwTotalSize %u) was written\n", written,
              (unsigned)used, (unsigned)total);
      t_failures++;
    }
    /* 1.x line: the 2.0/3.0 members are not written (unless a variable field is there). */
    if (fixed == 296) {
      for (size_t i = 296; i < 344 && i < used; i++) {
        if (!covered[i] && buf[i] != CANARY) {
          fprintf(stderr, "  byte %zu (a TAPI 2.0+ member) written on a 1.x line\n", i);
          t_failures++;
          break;
        }
      }
    }
    if (t_failures != at_start) {
      fprintf(stderr, "  (dwTotalSize %u)\n", (unsigned)total);
      break; /* one report per sweep is enough */
    }
  }
  CHECK(partial > 0); /* the sweep did see fields left out */
  if (t_failures != before)
    fprintf(stderr, "  (%s, line version 0x%08x, fixed %u)\n", fn_name, (unsigned)version,
            (unsigned)fixed);
  free(buf);
  free(ref);
}

int main(void) {
  HLINEAPP app = t_init_event("r07 sweep app");
  DWORD params_size = 0;
  unsigned char *params = make_params(&params_size);
  HLINE lines[N_VERSIONS];
  HCALL calls[N_VERSIONS];
  for (size_t v = 0; v < N_VERSIONS; v++) {
    lines[v] = t_open(app, 0, versions[v].version, LINECALLPRIVILEGE_NONE, 300 + v);
    HCALL call = 0;
    LONG req = lineMakeCallA(lines[v], &call, "5551234", 1, (LINECALLPARAMS *)params);
    REQUIRE(req > 0);
    LINEMESSAGE m;
    REQUIRE(t_wait_for(app, LINE_REPLY, 0, &m));
    REQUIRE(m.dwParam1 == (DWORD_PTR)req && m.dwParam2 == 0);
    REQUIRE(call != 0);
    calls[v] = call;
  }
  free(params);
  t_drain(app);

  for (size_t v = 0; v < N_VERSIONS; v++)
    for (size_t e = 0; e < N_ENTRY; e++)
      sweep(entry_points[e].fn, entry_points[e].wide, calls[v], lines[v], versions[v].fixed,
            versions[v].version, entry_points[e].name);

  for (size_t v = 0; v < N_VERSIONS; v++) CHECK_RC(lineClose(lines[v]), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
