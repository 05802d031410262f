/* Handles and types: 0 is never a valid handle. Every function rejects a 0 HLINEAPP
 * (LINEERR_INVALAPPHANDLE), HLINE (LINEERR_INVALLINEHANDLE) or HCALL
 * (LINEERR_INVALCALLHANDLE), writes none of its outputs and changes nothing, even
 * while valid applications, lines and calls exist. */
#include "common.h"

#define SENTINEL 0xDEADBEEFu

int main(void) {
  char buf[1024];
  HLINEAPP app = t_init_event("r00-zero");
  HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 5);
  HCALL out = t_make_call(app, line, "5550100");
  HCALL in = t_offer(app, 0, "5552000", "Caller", NULL);
  t_drain(app);
  CHECK(out != 0 && in != 0 && line != 0 && app != 0);

  /* HLINEAPP 0. */
  CHECK_RC(lineShutdown(0), LINEERR_INVALAPPHANDLE);
  HLINE l2 = SENTINEL;
  CHECK_RC(lineOpen(0, 1, &l2, 0x00020002, 0, 0, LINECALLPRIVILEGE_OWNER,
                    LINEMEDIAMODE_INTERACTIVEVOICE, NULL),
           LINEERR_INVALAPPHANDLE);
  CHECK_EQ(l2, SENTINEL);
  CHECK_RC(lineOpenA(0, 1, &l2, 0x00020002, 0, 0, LINECALLPRIVILEGE_MONITOR, 0, NULL),
           LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineOpenW(0, 1, &l2, 0x00020002, 0, 0, LINECALLPRIVILEGE_MONITOR, 0, NULL),
           LINEERR_INVALAPPHANDLE);
  CHECK_EQ(l2, SENTINEL);
  DWORD ver = SENTINEL;
  LINEEXTENSIONID ext;
  CHECK_RC(lineNegotiateAPIVersion(0, 0, 0x00010004, 0x00030001, &ver, &ext),
           LINEERR_INVALAPPHANDLE);
  CHECK_EQ(ver, SENTINEL);
  LINEDEVCAPS *caps = (LINEDEVCAPS *)buf;
  memset(buf, 0, sizeof buf);
  caps->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetDevCaps(0, 0, 0x00020002, 0, caps), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetDevCapsA(0, 0, 0x00020002, 0, caps), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetDevCapsW(0, 0, 0x00020002, 0, caps), LINEERR_INVALAPPHANDLE);
  CHECK_EQ(caps->dwNeededSize, 0);
  LINEMESSAGE m;
  CHECK_RC(lineGetMessage(0, &m, 0), LINEERR_INVALAPPHANDLE);

  /* HLINE 0. */
  CHECK_RC(lineClose(0), LINEERR_INVALLINEHANDLE);
  HCALL c2 = SENTINEL;
  CHECK_RC(lineMakeCall(0, &c2, "5550101", 0, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineMakeCallA(0, &c2, "5550101", 0, NULL), LINEERR_INVALLINEHANDLE);
  const WCHAR wdest[] = {'5', '5', '5', 0};
  CHECK_RC(lineMakeCallW(0, &c2, wdest, 0, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_EQ(c2, SENTINEL);

  /* HCALL 0. */
  CHECK_RC(t_info(0, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNeededSize, 0);
  memset(buf, 0, sizeof buf);
  ((LINECALLINFO *)buf)->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetCallInfoA(0, (LINECALLINFO *)buf), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineGetCallInfoW(0, (LINECALLINFO *)buf), LINEERR_INVALCALLHANDLE);
  LINECALLSTATUS st;
  CHECK_RC(t_status(0, &st), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(st.dwCallState, 0);
  CHECK_RC(lineDeallocateCall(0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineAnswer(0, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDrop(0, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetAppSpecific(0, 42), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetCallPrivilege(0, LINECALLPRIVILEGE_MONITOR), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetCallPrivilege(0, LINECALLPRIVILEGE_OWNER), LINEERR_INVALCALLHANDLE);

  /* Nothing changed: no request was issued, the real handles still work. */
  CHECK_RC(lineGetMessage(app, &m, 0), LINEERR_OPERATIONFAILED);
  CHECK_EQ(t_state(out), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(in), LINECALLSTATE_OFFERING);
  CHECK_RC(t_info(out, buf, sizeof buf), 0);
  CHECK_EQ(((LINECALLINFO *)buf)->hLine, line);
  CHECK_EQ(((LINECALLINFO *)buf)->dwAppSpecific, 0);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNumOwners, 1);

  CHECK_RC(lineDeallocateCall(out), 0);
  CHECK_RC(lineDeallocateCall(in), 0);
  CHECK_RC(lineClose(line), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
