/* R7: lineGetCallInfo with dwTotalSize below the fixed size of LINECALLINFO for the API
 * version negotiated on the call's LINE (296 for 1.x, 324 for 2.x, 344 for 3.x) gives
 * LINEERR_STRUCTURETOOSMALL and writes nothing; at exactly the fixed size it succeeds,
 * fills the fixed part only (dwUsedSize == fixed, every variable field Size/Offset 0,
 * dwNeededSize larger since the call has strings) and writes nothing past it. The
 * application's own lineInitializeEx version (3.1) does not matter, only the line's. */
#include "common.h"

#undef lineGetCallInfo /* the plain (TAPI 1.x) entry point */

#define BUF 1024
#define CANARY 0xA5

typedef LONG (*get_info_fn)(HCALL, LPLINECALLINFO);

static const t_version_size_t versions[] = {
    {0x00010003, 296}, {0x00010004, 296}, {0x00020000, 324}, {0x00020001, 324},
    {0x00020002, 324}, {0x00030000, 344}, {0x00030001, 344},
};
#define N_VERSIONS (sizeof versions / sizeof versions[0])

static const struct {
  get_info_fn fn;
  const char *name;
} entry_points[] = {
    {lineGetCallInfo, "lineGetCallInfo"},
    {lineGetCallInfoA, "lineGetCallInfoA"},
    {lineGetCallInfoW, "lineGetCallInfoW"},
};

int main(void) {
  unsigned char *buf = malloc(BUF);
  REQUIRE(buf != NULL);
  /* Layout facts the thresholds rely on (the SDK's, compiled with TAPI 3.1). */
  CHECK_EQ(sizeof(LINECALLINFO), 344);
  CHECK_EQ(offsetof(LINECALLINFO, dwCallTreatment), 296);
  CHECK_EQ(offsetof(LINECALLINFO, dwCallerIDAddressType), 324);

  HLINEAPP app = t_init_event("r07-fixed");
  HLINE lines[N_VERSIONS];
  HCALL calls[N_VERSIONS];
  /* One line per version, privilege NONE (so no other open monitors the calls). */
  for (size_t v = 0; v < N_VERSIONS; v++) {
    lines[v] = t_open(app, 0, versions[v].version, LINECALLPRIVILEGE_NONE, 100 + v);
    calls[v] = t_make_call(app, lines[v], "5550100");
  }

  for (size_t v = 0; v < N_VERSIONS; v++) {
    const DWORD fixed = versions[v].fixed;
    for (size_t e = 0; e < sizeof entry_points / sizeof entry_points[0]; e++) {
      get_info_fn fn = entry_points[e].fn;
      int before = t_failures;

      /* The full size, for reference. */
      memset(buf, 0, BUF);
      ((LINECALLINFO *)buf)->dwTotalSize = BUF;
      CHECK_RC(fn(calls[v], (LINECALLINFO *)buf), 0);
      DWORD needed = t_get_dw(buf, 4);
      CHECK(needed > fixed);
      CHECK(needed <= BUF);
      CHECK_EQ(t_get_dw(buf, 8), needed);

      /* Too small: fixed - 1, and tiny sizes. Nothing is written. */
      const DWORD small[] = {fixed - 1, fixed - 4, 0, 4, 11, 12, 36, 100, 295};
      for (size_t s = 0; s < sizeof small / sizeof small[0]; s++) {
        if (small[s] >= fixed) continue;
        memset(buf, CANARY, BUF);
        memcpy(buf, &small[s], 4);
        CHECK_RC(fn(calls[v], (LINECALLINFO *)buf), LINEERR_STRUCTURETOOSMALL);
        CHECK_EQ(t_get_dw(buf, 0), small[s]);
        CHECK_EQ(t_first_changed(buf, 4, BUF, CANARY), -1);
      }
      /* The next version's fixed size is too small for a later version's line. */
      if (fixed > 296) {
        memset(buf, CANARY, BUF);
        DWORD s = fixed == 344 ? 324 : 296;
        memcpy(buf, &s, 4);
        CHECK_RC(fn(calls[v], (LINECALLINFO *)buf), LINEERR_STRUCTURETOOSMALL);
        CHECK_EQ(t_first_changed(buf, 4, BUF, CANARY), -1);
      }

      /* Exactly the fixed size: success, fixed part only, nothing written past it. */
      memset(buf, CANARY, BUF);
      memcpy(buf, &fixed, 4);
      CHECK_RC(fn(calls[v], (LINECALLINFO *)buf), 0);
      LINECALLINFO *ci = (LINECALLINFO *)buf;
      CHECK_EQ(ci->dwTotalSize, fixed);
      CHECK_EQ(ci->dwNeededSize, needed);
      CHECK_EQ(ci->dwUsedSize, fixed);
      CHECK_EQ(ci->hLine, lines[v]);
      CHECK_EQ(ci->dwLineDeviceID, 0);
      CHECK_EQ(ci->dwOrigin, LINECALLORIGIN_OUTBOUND);
      CHECK(ci->dwCallID != 0);
      CHECK_EQ(ci->dwNumOwners, 1);
      CHECK_EQ(ci->dwNumMonitors, 0);
      /* Every Size/Offset pair that lies inside the first `fixed` bytes. */
      for (size_t f = 0; f < T_CALLINFO_VAR_FIELDS; f++) {
        size_t at = t_callinfo_var_field(f);
        if (at + 8 > fixed) continue;
        CHECK_EQ(t_get_dw(buf, at), 0);
        CHECK_EQ(t_get_dw(buf, at + 4), 0);
      }
      CHECK_EQ(t_first_changed(buf, fixed, BUF, CANARY), -1);

      /* One byte more than fixed: no string fits in one byte either. */
      memset(buf, CANARY, BUF);
      DWORD s1 = fixed + 1;
      memcpy(buf, &s1, 4);
      CHECK_RC(fn(calls[v], (LINECALLINFO *)buf), 0);
      CHECK_EQ(t_get_dw(buf, 4), needed);
      CHECK_EQ(t_get_dw(buf, 8), fixed);
      CHECK_EQ(t_first_changed(buf, fixed, BUF, CANARY), -1);

      if (t_failures != before)
        fprintf(stderr, "  (line version 0x%08x, fixed %u, %s)\n", (unsigned)versions[v].version,
                (unsigned)fixed, entry_points[e].name);
    }
  }

  for (size_t v = 0; v < N_VERSIONS; v++) CHECK_RC(lineClose(lines[v]), 0);
  CHECK_RC(lineShutdown(app), 0);
  free(buf);
  TEST_DONE();
}
