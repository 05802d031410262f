/* R1 (outgoing, errors): lineMakeCall returns a positive request ID or a negative
 * LINEERR_. A bad line handle (0, never issued, closed, or a handle of another kind)
 * gives LINEERR_INVALLINEHANDLE and a NULL lphCall LINEERR_INVALPOINTER; then nothing
 * changes: *lphCall is not written, no LINE_REPLY or other message comes, no call is
 * created (a monitor of the line hears of none) and the line keeps working. */
#include "common.h"

#define SENTINEL 0xDEADBEEFu

int main(void) {
  char buf[1024];
  HLINE la, lb;
  HLINEAPP a = t_app_with_line("r01-errors", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &la);
  HLINEAPP b =
      t_app_with_line("r01-errors-monitor", 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 2, &lb);
  HLINE closed = t_open(a, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 3);
  CHECK_RC(lineClose(closed), 0);

  HCALL h = SENTINEL;
  LONG rc = lineMakeCall(0, &h, "5550100", 0, NULL);
  CHECK_RC(rc, LINEERR_INVALLINEHANDLE);
  CHECK(rc < 0);
  CHECK_RC(lineMakeCall(0xFFFFFFFFu, &h, "5550100", 0, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineMakeCall(0x7FFFFFFFu, &h, "5550100", 0, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineMakeCall(closed, &h, "5550100", 0, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineMakeCall(a, &h, "5550100", 0, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineMakeCallA(closed, &h, "5550100", 0, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_EQ(h, SENTINEL);
  rc = lineMakeCall(la, NULL, "5550100", 0, NULL);
  CHECK_RC(rc, LINEERR_INVALPOINTER);
  CHECK(rc < 0);
  CHECK_RC(lineMakeCallA(la, NULL, "5550100", 0, NULL), LINEERR_INVALPOINTER);
  const WCHAR wdest[] = {'5', '5', '5', 0};
  CHECK_RC(lineMakeCallW(la, NULL, wdest, 0, NULL), LINEERR_INVALPOINTER);
  /* An empty destination is LINEERR_INVALADDRESS (tapi.h). */
  CHECK_RC(lineMakeCall(la, &h, "", 0, NULL), LINEERR_INVALADDRESS);
  CHECK_EQ(h, SENTINEL);

  /* Nothing happened: no message to either application. */
  LINEMESSAGE m;
  CHECK_RC(lineGetMessage(a, &m, 50), LINEERR_OPERATIONFAILED);
  CHECK_RC(lineGetMessage(b, &m, 0), LINEERR_OPERATIONFAILED);

  /* The line still works; its next call is the only call the monitor hears of. */
  HCALL c = 0;
  LONG req = lineMakeCall(la, &c, "5550100", 0, NULL);
  CHECK(req > 0);
  CHECK(c != 0);
  REQUIRE(t_wait_for(a, LINE_REPLY, 0, &m));
  CHECK_EQ(m.dwParam1, (DWORD)req);
  CHECK_EQ(m.dwParam2, 0);
  /* The monitor hears of exactly one call: this one. */
  int newcalls = 0;
  HCALL mc = 0;
  while (lineGetMessage(b, &m, 50) == 0) {
    if (m.dwMessageID != LINE_APPNEWCALL) continue;
    newcalls++;
    CHECK_EQ(m.hDevice, lb);
    mc = (HCALL)m.dwParam2;
  }
  CHECK_EQ(newcalls, 1);
  CHECK(mc != 0 && mc != c);
  CHECK_RC(t_info(c, buf, sizeof buf), 0);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNumOwners, 1);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNumMonitors, 1);

  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
