/* lineGetNewCalls: a monitor that opens the line after a call came gets a handle to it
 * (monitor privilege, counted in dwNumMonitors), once; with too little room none is made
 * and dwNeededSize says how much. lineSetCallParams: bearer mode and rate (dwRate), told
 * to every handle; owners only; bad modes and rates. */
#include "common.h"

static LONG reply_of(HLINEAPP app, LONG req) {
  LINEMESSAGE m;
  REQUIRE(req > 0);
  while (t_wait_for(app, LINE_REPLY, 0, &m))
    if ((LONG)m.dwParam1 == req) return (LONG)m.dwParam2;
  REQUIRE(!"no LINE_REPLY");
  return -1;
}

int main(void) {
  HLINE la, lb;
  HLINEAPP a = t_app_with_line("api-new-a", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &la);
  HCALL ha = t_offer(a, 0, "5551234", "New", NULL);
  /* B opens after the call came: it holds no handle to it. */
  HLINEAPP b = t_app_with_line("api-new-b", 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 2, &lb);
  t_drain(a);

  unsigned char buf[256];
  LINECALLLIST *list = (LINECALLLIST *)buf;
  memset(buf, 0xAB, sizeof buf);
  list->dwTotalSize = sizeof(LINECALLLIST); /* no room for a handle */
  CHECK_RC(lineGetNewCalls(lb, 0, LINECALLSELECT_LINE, list), 0);
  CHECK_EQ(list->dwNeededSize, sizeof(LINECALLLIST) + 4);
  CHECK_EQ(list->dwUsedSize, sizeof(LINECALLLIST));
  CHECK_EQ(list->dwCallsNumEntries, 0);
  CHECK_EQ(list->dwCallsSize, 0);
  CHECK_EQ(buf[sizeof(LINECALLLIST)], 0xAB);
  CHECK_COUNTS(ha, 1, 0); /* none made */

  memset(buf, 0, sizeof buf);
  list->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetNewCalls(lb, 0, LINECALLSELECT_ADDRESS, list), 0);
  REQUIRE(list->dwCallsNumEntries == 1);
  CHECK_EQ(list->dwCallsSize, 4);
  HCALL hb;
  memcpy(&hb, buf + list->dwCallsOffset, 4);
  CHECK(hb != 0 && hb != ha);
  CHECK_EQ(t_privilege(hb), LINECALLPRIVILEGE_MONITOR);
  CHECK_EQ(t_call_id(hb), t_call_id(ha));
  CHECK_COUNTS(ha, 1, 1);
  {
    LINEMESSAGE m;
    CHECK(t_wait_for(a, LINE_CALLINFO, ha, &m) && (m.dwParam1 & LINECALLINFOSTATE_NUMMONITORS));
  }
  /* Once only. */
  CHECK_RC(lineGetNewCalls(lb, 0, LINECALLSELECT_LINE, list), 0);
  CHECK_EQ(list->dwCallsNumEntries, 0);

  /* Bad input. */
  CHECK_RC(lineGetNewCalls(lb, 5, LINECALLSELECT_ADDRESS, list), LINEERR_INVALADDRESSID);
  CHECK_RC(lineGetNewCalls(lb, 0, 0x10, list), LINEERR_INVALCALLSELECT);
  CHECK_RC(lineGetNewCalls(lb, 0, LINECALLSELECT_LINE, NULL), LINEERR_INVALPOINTER);
  list->dwTotalSize = 8;
  CHECK_RC(lineGetNewCalls(lb, 0, LINECALLSELECT_LINE, list), LINEERR_STRUCTURETOOSMALL);
  CHECK_RC(lineGetNewCalls((HLINE)ha, 0, LINECALLSELECT_LINE, list), LINEERR_INVALLINEHANDLE);

  /* lineSetCallParams. */
  REQUIRE(lineAnswer(ha, NULL, 0) > 0);
  REQUIRE(t_wait_state(a, ha, LINECALLSTATE_CONNECTED));
  t_drain(b);
  LINEDIALPARAMS dp = {0, 0, 0, 0};
  CHECK_EQ(reply_of(a, lineSetCallParams(ha, LINEBEARERMODE_DATA, 1200, 9600, &dp)), 0);
  CHECK_EQ(t_info_dw(hb, offsetof(LINECALLINFO, dwRate), 0), 9600);
  CHECK_EQ(t_info_dw(hb, offsetof(LINECALLINFO, dwBearerMode), 0), LINEBEARERMODE_DATA);
  {
    LINEMESSAGE m;
    CHECK(t_wait_for(b, LINE_CALLINFO, hb, &m));
    CHECK_EQ(m.dwParam1 & (LINECALLINFOSTATE_BEARERMODE | LINECALLINFOSTATE_RATE),
             LINECALLINFOSTATE_BEARERMODE | LINECALLINFOSTATE_RATE);
  }
  CHECK_RC(lineSetCallParams(hb, LINEBEARERMODE_VOICE, 0, 0, NULL), LINEERR_NOTOWNER);
  CHECK_RC(lineSetCallParams(ha, LINEBEARERMODE_VOICE, 9600, 1200, NULL), LINEERR_INVALRATE);
  CHECK_RC(lineSetCallParams(ha, 0, 0, 0, NULL), LINEERR_INVALBEARERMODE);
  CHECK_RC(lineSetCallParams(ha, LINEBEARERMODE_PASSTHROUGH, 0, 0, NULL),
           LINEERR_INVALBEARERMODE);
  CHECK_RC(lineSetCallParams(ha, LINEBEARERMODE_VOICE | LINEBEARERMODE_DATA, 0, 0, NULL),
           LINEERR_INVALBEARERMODE);
  CHECK_RC(lineSetCallParams(ha, LINEBEARERMODE_VOICE, 0, 0, (LPLINEDIALPARAMS)(uintptr_t)16),
           LINEERR_INVALPOINTER);
  CHECK(lineDrop(ha, NULL, 0) > 0);
  REQUIRE(t_wait_state(a, ha, LINECALLSTATE_IDLE));
  CHECK_RC(lineSetCallParams(ha, LINEBEARERMODE_VOICE, 0, 0, NULL), LINEERR_INVALCALLSTATE);
  CHECK_RC(lineDeallocateCall(ha), 0);
  CHECK_RC(lineDeallocateCall(hb), 0);
  CHECK_RC(lineSetCallParams(ha, LINEBEARERMODE_VOICE, 0, 0, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
