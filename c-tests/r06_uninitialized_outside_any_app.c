/* R6: when no application is initialized in the process (before the first
 * lineInitializeEx, and after the last lineShutdown), line and call functions return
 * LINEERR_UNINITIALIZED: lineOpen, lineClose, lineMakeCall, lineGetCallInfo,
 * lineGetCallStatus, lineDeallocateCall, lineDrop, lineAnswer, lineNegotiateAPIVersion,
 * lineGetDevCaps, lineSetCallPrivilege, lineSetAppSpecific, lineGetMessage (which does
 * not wait then) - whatever the handles, and without writing to output parameters. While
 * any app is still initialized (here also a TAPI 1.x lineInitialize app), the same calls
 * with a shut-down app's handles give LINEERR_INVALAPPHANDLE / INVALLINEHANDLE /
 * INVALCALLHANDLE instead, and a second lineShutdown gives LINEERR_INVALAPPHANDLE.
 * After re-initializing, the old handles stay invalid (no aliasing).
 *
 * Ambiguity: R6 says "a second lineShutdown gives LINEERR_INVALAPPHANDLE" and
 * "line and call functions return LINEERR_UNINITIALIZED" when no app is initialized;
 * for a second lineShutdown of the last app this test asserts what tapi.h documents for
 * lineShutdown ("Returns 0, or LINEERR_INVALAPPHANDLE"). */
#include <time.h>

#include "common.h"

/* Calls every function with these handles; expects LINEERR_UNINITIALIZED when `uninit`,
 * else the invalid-handle error of each handle's kind. */
static void check_all(const char *phase, HLINEAPP app, HLINE line, HCALL call, int uninit) {
  const DWORD e_app = uninit ? LINEERR_UNINITIALIZED : LINEERR_INVALAPPHANDLE;
  const DWORD e_line = uninit ? LINEERR_UNINITIALIZED : LINEERR_INVALLINEHANDLE;
  const DWORD e_call = uninit ? LINEERR_UNINITIALIZED : LINEERR_INVALCALLHANDLE;
  int before = t_failures;

  HLINE l = 0xDEADBEEF;
  CHECK_RC(lineOpen(app, 0, &l, 0x00020002, 0, 0, LINECALLPRIVILEGE_OWNER,
                    LINEMEDIAMODE_INTERACTIVEVOICE, NULL),
           e_app);
  CHECK_EQ(l, 0xDEADBEEF);
  DWORD v = 0xDEADBEEF;
  LINEEXTENSIONID ext;
  memset(&ext, 0xAB, sizeof ext);
  CHECK_RC(lineNegotiateAPIVersion(app, 0, 0x00010004, 0x00030001, &v, &ext), e_app);
  CHECK_EQ(v, 0xDEADBEEF);
  CHECK_EQ(ext.dwExtensionID0, 0xABABABAB);
  char caps[4096];
  memset(caps, 0, sizeof caps);
  ((LINEDEVCAPS *)caps)->dwTotalSize = sizeof caps;
  CHECK_RC(lineGetDevCaps(app, 0, 0x00020002, 0, (LINEDEVCAPS *)caps), e_app);
  CHECK_EQ(((LINEDEVCAPS *)caps)->dwUsedSize, 0);
  LINEMESSAGE m;
  memset(&m, 0, sizeof m);
  CHECK_RC(lineGetMessage(app, &m, 0), e_app);
  CHECK_EQ(m.dwMessageID, 0);

  CHECK_RC(lineClose(line), e_line);
  HCALL c = 0xDEADBEEF;
  CHECK_RC(lineMakeCall(line, &c, "5551000", 0, NULL), e_line);
  CHECK_EQ(c, 0xDEADBEEF);

  char buf[1024];
  CHECK_RC(t_info(call, buf, sizeof buf), e_call);
  CHECK_EQ(((LINECALLINFO *)buf)->dwUsedSize, 0);
  LINECALLSTATUS st;
  CHECK_RC(t_status(call, &st), e_call);
  CHECK_EQ(st.dwCallState, 0);
  CHECK_RC(lineDeallocateCall(call), e_call);
  CHECK_RC(lineDrop(call, NULL, 0), e_call);
  CHECK_RC(lineAnswer(call, NULL, 0), e_call);
  CHECK_RC(lineSetCallPrivilege(call, LINECALLPRIVILEGE_MONITOR), e_call);
  CHECK_RC(lineSetAppSpecific(call, 5), e_call);
  if (t_failures != before)
    fprintf(stderr, "  (phase: %s; app 0x%08x line 0x%08x call 0x%08x)\n", phase, (unsigned)app,
            (unsigned)line, (unsigned)call);
}

int main(void) {
  /* Before the first lineInitializeEx. */
  check_all("before init, zero", 0, 0, 0, 1);
  check_all("before init, small", 1, 1, 1, 1);
  check_all("before init, plausible", 0x00200001, 0x00200002, 0x00200003, 1);
  {
    LINEMESSAGE m;
    double t0 = t_now_s();
    CHECK_RC(lineGetMessage(0x00200001, &m, 1500), LINEERR_UNINITIALIZED);
    CHECK(t_now_s() - t0 < 1.0); /* no waiting */
  }

  /* Two apps: a (event) and b (TAPI 1.x lineInitialize, callback). */
  HLINEAPP a = t_init_event("r06-uninit-a");
  DWORD ndevs = 0;
  HLINEAPP b = t_init_1x(t_ignore_callback, "r06-uninit-b", &ndevs);
  REQUIRE(b != a);
  HLINE la = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1);
  HCALL ca = t_make_call(a, la, "5551000");
  CHECK_EQ(t_state(ca), LINECALLSTATE_CONNECTED);

  /* Initialized: unknown handles are invalid, not "uninitialized". */
  check_all("apps live, zero", 0, 0, 0, 0);
  check_all("apps live, unknown", 0x12345678, 0x12345679, 0x1234567A, 0);
  check_all("apps live, wrong kinds", la, ca, a, 0);
  {
    LINEMESSAGE m;
    CHECK_RC(lineGetMessage(b, &m, 0), LINEERR_INVALAPPHANDLE); /* callback-mode app */
  }

  CHECK_RC(lineShutdown(a), 0);
  /* b is still initialized: a's handles are invalid, not "uninitialized". */
  check_all("a shut down, b live", a, la, ca, 0);
  CHECK_RC(lineShutdown(a), LINEERR_INVALAPPHANDLE);

  CHECK_RC(lineShutdown(b), 0);
  /* No app left. */
  check_all("after last shutdown, a's handles", a, la, ca, 1);
  check_all("after last shutdown, b", b, 0, 0, 1);
  check_all("after last shutdown, unknown", 0x12345678, 0x12345679, 0x1234567A, 1);
  {
    LINEMESSAGE m;
    double t0 = t_now_s();
    CHECK_RC(lineGetMessage(a, &m, 1500), LINEERR_UNINITIALIZED);
    CHECK(t_now_s() - t0 < 1.0);
  }
  /* See the ambiguity note at the top: tapi.h documents LINEERR_INVALAPPHANDLE. */
  CHECK_RC(lineShutdown(b), LINEERR_INVALAPPHANDLE);

  /* Initialize again: the old handles stay invalid and are not reissued. */
  HLINEAPP c = t_init_event("r06-uninit-c");
  CHECK(c != a && c != b);
  check_all("re-initialized, old handles", a, la, ca, 0);
  check_all("re-initialized, old b", b, 0, 0, 0);
  HLINE lc = t_open(c, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 2);
  CHECK(lc != la);
  HCALL cc = t_make_call(c, lc, "5552000");
  CHECK(cc != ca);
  CHECK_EQ(t_state(cc), LINECALLSTATE_CONNECTED);
  CHECK_RC(lineShutdown(c), 0);
  check_all("after the second last shutdown", c, lc, cc, 1);
  TEST_DONE();
}
