/* R1 (incoming, TAPI 1.4): LINE_APPNEWCALL exists from TAPI 2.0 on, so an application
 * whose line negotiated 1.4 gets none; it learns of a new call handle from the first
 * LINE_CALLSTATE, whose hDevice is the new hCall and whose dwParam3 carries its
 * privilege (OWNER or MONITOR) on that new call. Applications still get distinct
 * handles, and a 2.x application on the same device still gets LINE_APPNEWCALL. */
#include "common.h"

#define INST_A ((DWORD_PTR)0xA14)
#define INST_B ((DWORD_PTR)0xB14)
#define INST_C ((DWORD_PTR)0xC22)

/* Takes messages until a LINE_CALLSTATE with state `last`; then waits 50 ms more to
 * see whether anything else (a late LINE_APPNEWCALL) comes. */
static int collect(HLINEAPP app, LINEMESSAGE *log, int *n, DWORD last) {
  *n = 0;
  while (*n < 32) {
    if (lineGetMessage(app, &log[*n], T_TIMEOUT_MS) != 0) return 0;
    (*n)++;
    if (log[*n - 1].dwMessageID == LINE_CALLSTATE && log[*n - 1].dwParam1 == last) break;
  }
  while (*n < 32 && lineGetMessage(app, &log[*n], 50) == 0) (*n)++;
  return 1;
}

/* The handle the first LINE_CALLSTATE names; checks there is no LINE_APPNEWCALL. */
static HCALL check_v14(const LINEMESSAGE *log, int n, DWORD_PTR inst, DWORD privilege,
                       DWORD first_state) {
  HCALL h = 0;
  int states = 0;
  for (int i = 0; i < n; i++) {
    CHECK(log[i].dwMessageID != LINE_APPNEWCALL);
    CHECK_EQ(log[i].dwCallbackInstance, inst);
    if (log[i].dwMessageID != LINE_CALLSTATE) continue;
    if (states++ == 0) {
      h = log[i].hDevice;
      CHECK(h != 0);
      CHECK_EQ(log[i].dwParam1, first_state);
      CHECK_EQ(log[i].dwParam3, privilege);
    } else {
      CHECK_EQ(log[i].hDevice, h);
      CHECK_EQ(log[i].dwParam3, 0);
    }
  }
  CHECK(states >= 1);
  return h;
}

int main(void) {
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  LINEMESSAGE log[32];
  int n = 0;
  HLINE la, lb;
  HLINEAPP a = t_app_with_line("r01-14-owner", 0, 0x00010004, LINECALLPRIVILEGE_OWNER, INST_A, &la);
  HLINEAPP b = t_app_with_line("r01-14-monitor", 0, 0x00010004,
                               LINECALLPRIVILEGE_MONITOR, INST_B, &lb);

  /* An incoming call. */
  DWORD id = 0;
  CHECK_RC(tapisimOfferCall(0, 0, "5551234", "Alice", 0, &id), 0);
  REQUIRE(collect(a, log, &n, LINECALLSTATE_OFFERING));
  HCALL ha = check_v14(log, n, INST_A, LINECALLPRIVILEGE_OWNER, LINECALLSTATE_OFFERING);
  REQUIRE(collect(b, log, &n, LINECALLSTATE_OFFERING));
  HCALL hb = check_v14(log, n, INST_B, LINECALLPRIVILEGE_MONITOR, LINECALLSTATE_OFFERING);
  CHECK(ha != 0 && hb != 0 && ha != hb);
  CHECK_EQ(t_privilege(ha), LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(t_privilege(hb), LINECALLPRIVILEGE_MONITOR);
  CHECK_RC(t_info(ha, buf, sizeof buf), 0);
  CHECK_EQ(ci->hLine, la);
  CHECK_EQ(ci->dwCallID, id);
  CHECK_RC(t_info(hb, buf, sizeof buf), 0);
  CHECK_EQ(ci->hLine, lb);
  CHECK_EQ(ci->dwCallID, id);

  /* An outgoing call of a 2.x application on the same device: the 2.x app owns it,
   * both 1.4 applications monitor it and learn their handles from LINE_CALLSTATE. */
  HLINEAPP c = t_init_event("r01-22-caller");
  HLINE lc = t_open(c, 0, 0x00020002, LINECALLPRIVILEGE_NONE, INST_C);
  HCALL oc = t_make_call(c, lc, "5550100");
  REQUIRE(collect(a, log, &n, LINECALLSTATE_CONNECTED));
  HCALL oa = check_v14(log, n, INST_A, LINECALLPRIVILEGE_MONITOR, LINECALLSTATE_DIALING);
  REQUIRE(collect(b, log, &n, LINECALLSTATE_CONNECTED));
  HCALL ob = check_v14(log, n, INST_B, LINECALLPRIVILEGE_MONITOR, LINECALLSTATE_DIALING);
  CHECK(oa != 0 && ob != 0 && oa != ob && oa != oc && ob != oc && oa != ha && ob != hb);
  CHECK_EQ(t_privilege(oa), LINECALLPRIVILEGE_MONITOR);
  CHECK_EQ(t_privilege(ob), LINECALLPRIVILEGE_MONITOR);
  CHECK_RC(t_info(oc, buf, sizeof buf), 0);
  DWORD oid = ci->dwCallID;
  CHECK_EQ(ci->dwNumOwners, 1);
  CHECK_EQ(ci->dwNumMonitors, 2);
  CHECK_RC(t_info(oa, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, oid);
  CHECK_RC(t_info(ob, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, oid);

  /* A 2.x application that opens the device afterwards gets LINE_APPNEWCALL. */
  HLINE lc2 = t_open(c, 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, INST_C);
  t_drain(c);
  CHECK_RC(tapisimOfferCall(0, 0, "5554321", NULL, 0, &id), 0);
  DWORD priv = 0;
  t_new_call(c, lc2, &priv);
  CHECK_EQ(priv, LINECALLPRIVILEGE_MONITOR);
  REQUIRE(collect(a, log, &n, LINECALLSTATE_OFFERING));
  check_v14(log, n, INST_A, LINECALLPRIVILEGE_OWNER, LINECALLSTATE_OFFERING);

  CHECK_RC(lineShutdown(c), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
