/* Handles and types: a handle of one kind is never valid as another kind. An HLINE or
 * HLINEAPP passed as an HCALL gives LINEERR_INVALCALLHANDLE; an HCALL or HLINEAPP passed
 * as an HLINE gives LINEERR_INVALLINEHANDLE; an HCALL or HLINE passed as an HLINEAPP
 * gives LINEERR_INVALAPPHANDLE. Such a call writes no output and changes nothing (the
 * line is not closed, the application not shut down, the call not dropped). */
#include "common.h"

#define SENTINEL 0xDEADBEEFu

/* Every HCALL function on a handle that is not an HCALL. */
static void not_a_call(DWORD h, HLINEAPP app) {
  char buf[1024];
  CHECK_RC(t_info(h, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  memset(buf, 0, sizeof buf);
  ((LINECALLINFO *)buf)->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetCallInfoW(h, (LINECALLINFO *)buf), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNeededSize, 0);
  LINECALLSTATUS st;
  CHECK_RC(t_status(h, &st), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(st.dwCallState, 0);
  CHECK_RC(lineAnswer(h, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDrop(h, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetAppSpecific(h, 7), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetCallPrivilege(h, LINECALLPRIVILEGE_MONITOR), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(h), LINEERR_INVALCALLHANDLE);
  LINEMESSAGE m;
  CHECK_RC(lineGetMessage(app, &m, 0), LINEERR_OPERATIONFAILED);
}

/* Every HLINE function on a handle that is not an HLINE. */
static void not_a_line(DWORD h, HLINEAPP app) {
  HCALL c = SENTINEL;
  CHECK_RC(lineMakeCall(h, &c, "5550199", 0, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineMakeCallA(h, &c, "5550199", 0, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_EQ(c, SENTINEL);
  CHECK_RC(lineClose(h), LINEERR_INVALLINEHANDLE);
  LINEMESSAGE m;
  CHECK_RC(lineGetMessage(app, &m, 0), LINEERR_OPERATIONFAILED);
}

/* Every HLINEAPP function on a handle that is not an HLINEAPP. */
static void not_an_app(DWORD h, HLINEAPP app) {
  char buf[1024];
  HLINE l = SENTINEL;
  CHECK_RC(lineOpen(h, 1, &l, 0x00020002, 0, 0, LINECALLPRIVILEGE_MONITOR, 0, NULL),
           LINEERR_INVALAPPHANDLE);
  CHECK_EQ(l, SENTINEL);
  DWORD ver = SENTINEL;
  LINEEXTENSIONID ext;
  CHECK_RC(lineNegotiateAPIVersion(h, 0, 0x00010004, 0x00030001, &ver, &ext),
           LINEERR_INVALAPPHANDLE);
  CHECK_EQ(ver, SENTINEL);
  LINEDEVCAPS *caps = (LINEDEVCAPS *)buf;
  memset(buf, 0, sizeof buf);
  caps->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetDevCaps(h, 0, 0x00020002, 0, caps), LINEERR_INVALAPPHANDLE);
  CHECK_EQ(caps->dwNeededSize, 0);
  LINEMESSAGE m;
  CHECK_RC(lineGetMessage(h, &m, 0), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineShutdown(h), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetMessage(app, &m, 0), LINEERR_OPERATIONFAILED);
}

int main(void) {
  char buf[1024];
  HLINE line, mline;
  HLINEAPP app = t_app_with_line("r00-kinds", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &line);
  HLINEAPP mon = t_app_with_line("r00-kinds-monitor", 0, 0x00030001,
                                 LINECALLPRIVILEGE_MONITOR, 2, &mline);
  HCALL out = t_make_call(app, line, "5550100");
  HCALL in = t_offer(app, 0, "5552000", "Caller", NULL);
  HCALL mcall = t_new_call(mon, mline, NULL);
  t_drain(app);
  t_drain(mon);
  /* All handles differ from each other. */
  DWORD all[] = {app, mon, line, mline, out, in, mcall};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    for (size_t j = i + 1; j < sizeof all / sizeof all[0]; j++) CHECK(all[i] != all[j]);

  /* HLINE and HLINEAPP as HCALL. */
  not_a_call(line, app);
  not_a_call(mline, app);
  not_a_call(app, app);
  not_a_call(mon, app);
  /* HCALL and HLINEAPP as HLINE. */
  not_a_line(out, app);
  not_a_line(in, app);
  not_a_line(mcall, app);
  not_a_line(app, app);
  not_a_line(mon, app);
  /* HCALL and HLINE as HLINEAPP. */
  not_an_app(out, app);
  not_an_app(mcall, app);
  not_an_app(line, app);
  not_an_app(mline, app);

  /* Nothing changed. */
  CHECK_EQ(t_state(out), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(in), LINECALLSTATE_OFFERING);
  CHECK_EQ(t_state(mcall), LINECALLSTATE_CONNECTED);
  CHECK_RC(t_info(out, buf, sizeof buf), 0);
  CHECK_EQ(((LINECALLINFO *)buf)->dwAppSpecific, 0);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNumOwners, 1);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNumMonitors, 1);
  CHECK_RC(t_info(mcall, buf, sizeof buf), 0);
  CHECK_EQ(((LINECALLINFO *)buf)->hLine, mline);
  LINEMESSAGE m;
  CHECK_RC(lineGetMessage(app, &m, 0), LINEERR_OPERATIONFAILED);
  CHECK_RC(lineGetMessage(mon, &m, 0), LINEERR_OPERATIONFAILED);

  /* A handle that was once valid as one kind is still not valid as another once it is
   * retired: a closed line as an HCALL, a deallocated call as an HLINE. */
  CHECK_RC(lineDeallocateCall(mcall), 0);
  t_drain(app); /* LINE_CALLINFO (dwNumMonitors changed) on `out` */
  not_a_line(mcall, app);
  CHECK_RC(lineClose(mline), 0);
  t_drain(app); /* LINE_CALLINFO on `in`: the monitor's handle to it went with mline */
  not_a_call(mline, app);

  CHECK_RC(lineDeallocateCall(out), 0);
  CHECK_RC(lineDeallocateCall(in), 0);
  CHECK_RC(lineShutdown(mon), 0);
  not_a_call(mon, app);
  not_a_line(mon, app);
  CHECK_RC(lineClose(line), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
