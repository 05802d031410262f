/* R7: lineGetCallStatus with dwTotalSize below the fixed size of LINECALLSTATUS for the
 * API version negotiated on the call's line (36 for 1.x, 56 from 2.0: the header) gives
 * LINEERR_STRUCTURETOOSMALL and writes nothing; from the fixed size on it succeeds with
 * dwNeededSize == dwUsedSize == the fixed size (the simulated provider has no device-specific
 * data), and nothing is written past the fixed part (on a 1.x line the 2.0 members
 * dwCallFeatures2 and tStateEntryTime are not written even when there is room). */
#include "common.h"

#define BUF 256
#define CANARY 0x5A

static const t_version_size_t versions[] = {
    {0x00010003, 36}, {0x00010004, 36}, {0x00020000, 56}, {0x00020001, 56},
    {0x00020002, 56}, {0x00030000, 56}, {0x00030001, 56},
};
#define N_VERSIONS (sizeof versions / sizeof versions[0])

int main(void) {
  unsigned char *buf = malloc(BUF);
  REQUIRE(buf != NULL);
  CHECK_EQ(sizeof(LINECALLSTATUS), 56);
  CHECK_EQ(offsetof(LINECALLSTATUS, dwCallFeatures2), 36);

  HLINEAPP app = t_init_event("r07-status");
  HLINE lines[N_VERSIONS];
  HCALL calls[N_VERSIONS];
  for (size_t v = 0; v < N_VERSIONS; v++) {
    lines[v] = t_open(app, 0, versions[v].version, LINECALLPRIVILEGE_NONE, 200 + v);
    calls[v] = t_make_call(app, lines[v], "5550111");
  }

  for (size_t v = 0; v < N_VERSIONS; v++) {
    const DWORD fixed = versions[v].fixed;
    int before = t_failures;
    const DWORD small[] = {0, 4, 11, 12, 35, fixed - 1};
    for (size_t s = 0; s < sizeof small / sizeof small[0]; s++) {
      if (small[s] >= fixed) continue;
      memset(buf, CANARY, BUF);
      memcpy(buf, &small[s], 4);
      CHECK_RC(lineGetCallStatus(calls[v], (LINECALLSTATUS *)buf), LINEERR_STRUCTURETOOSMALL);
      CHECK_EQ(t_get_dw(buf, 0), small[s]);
      CHECK_EQ(t_first_changed(buf, 4, BUF, CANARY), -1);
    }
    const DWORD ok_sizes[] = {fixed, fixed + 1, fixed + 20, BUF};
    for (size_t s = 0; s < sizeof ok_sizes / sizeof ok_sizes[0]; s++) {
      DWORD total = ok_sizes[s];
      memset(buf, CANARY, BUF);
      memcpy(buf, &total, 4);
      CHECK_RC(lineGetCallStatus(calls[v], (LINECALLSTATUS *)buf), 0);
      LINECALLSTATUS *cs = (LINECALLSTATUS *)buf;
      CHECK_EQ(cs->dwTotalSize, total);
      CHECK_EQ(cs->dwNeededSize, fixed);
      CHECK_EQ(cs->dwUsedSize, fixed);
      CHECK_EQ(cs->dwCallState, LINECALLSTATE_CONNECTED);
      CHECK_EQ(cs->dwCallPrivilege, LINECALLPRIVILEGE_OWNER);
      CHECK_EQ(cs->dwDevSpecificSize, 0);
      CHECK_EQ(cs->dwDevSpecificOffset, 0);
      CHECK_EQ(t_first_changed(buf, fixed, BUF, CANARY), -1);
      if (fixed == 56) {
        /* tStateEntryTime is filled on 2.x lines: a plausible date. */
        CHECK(cs->tStateEntryTime.wYear >= 2020);
        CHECK(cs->tStateEntryTime.wMonth >= 1 && cs->tStateEntryTime.wMonth <= 12);
      }
    }
    if (t_failures != before)
      fprintf(stderr, "  (line version 0x%08x, fixed %u)\n", (unsigned)versions[v].version,
              (unsigned)fixed);
  }

  for (size_t v = 0; v < N_VERSIONS; v++) CHECK_RC(lineClose(lines[v]), 0);
  CHECK_RC(lineShutdown(app), 0);
  free(buf);
  TEST_DONE();
}
