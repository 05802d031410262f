/* R3, from 2.0 on: the sole owner of a call that is not IDLE can deallocate its handle
 * (0, handle invalid at once) on lines opened with 2.0, 2.2 and 3.1. When the handle
 * deallocated was the call's last one, the provider is told to close the call and the
 * simulated provider ends it: the call no longer exists, so tapisimRemoteHangup /
 * tapisimRemoteAnswer on its dwCallID give LINEERR_INVALPARAM. While another
 * application still holds a (monitor) handle, the call is not closed: deallocation does
 * not change the physical call (TAPI 2.2 reference: lineDeallocateCall "does not affect
 * the call state"; the provider is told only when the last handle goes), so the
 * monitor still sees it CONNECTED, with no owner left, until it ends. */
#include "common.h"

static DWORD status_of(HCALL h) {
  LINECALLSTATUS st;
  memset(&st, 0, sizeof st);
  st.dwTotalSize = sizeof st;
  if (lineGetCallStatus(h, &st) != 0) return 0;
  return st.dwCallState;
}

static DWORD call_id(HCALL h) {
  char buf[1024];
  if (t_info(h, buf, sizeof buf) != 0) return 0;
  return ((LINECALLINFO *)buf)->dwCallID;
}

static void check_gone(HCALL h) {
  char buf[1024];
  CHECK_RC(t_info(h, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(status_of(h), 0);
  CHECK_RC(lineDeallocateCall(h), LINEERR_INVALCALLHANDLE);
}

int main(void) {
  static const DWORD versions[] = {0x00020000, 0x00020002, 0x00030001};
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  LINEMESSAGE m;
  HLINEAPP a = t_init_event("r03-2x-owner");

  for (int v = 0; v < 3; v++) {
    HLINE l = t_open(a, 0, versions[v], LINECALLPRIVILEGE_OWNER, 10 + v);
    /* Incoming, OFFERING, sole owner. */
    DWORD id = 0;
    HCALL h = t_offer(a, 0, "5551234", "Alice", &id);
    CHECK_EQ(status_of(h), LINECALLSTATE_OFFERING);
    CHECK_RC(lineDeallocateCall(h), 0);
    check_gone(h);
    CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);
    /* Outgoing, CONNECTED. */
    HCALL o = t_make_call(a, l, "5550100");
    REQUIRE(t_wait_state(a, o, LINECALLSTATE_CONNECTED));
    DWORD oid = call_id(o);
    CHECK(oid != 0);
    CHECK_RC(lineDeallocateCall(o), 0);
    check_gone(o);
    CHECK_RC(tapisimRemoteHangup(oid, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);
    /* Outgoing, RINGBACK (auto-answer off): the far end can no longer answer it. */
    CHECK_RC(tapisimSetAutoAnswer(FALSE), 0);
    HCALL r = t_make_call(a, l, "5550101");
    REQUIRE(t_wait_state(a, r, LINECALLSTATE_RINGBACK));
    DWORD rid = call_id(r);
    CHECK_RC(lineDeallocateCall(r), 0);
    check_gone(r);
    CHECK_RC(tapisimRemoteAnswer(rid), LINEERR_INVALPARAM);
    CHECK_RC(tapisimSetAutoAnswer(TRUE), 0);
    /* Answered incoming call, then the far end hangs up: DISCONNECTED. */
    HCALL d = t_offer(a, 0, "5554444", NULL, &id);
    CHECK(lineAnswer(d, NULL, 0) > 0);
    REQUIRE(t_wait_state(a, d, LINECALLSTATE_CONNECTED));
    CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_BUSY), 0);
    REQUIRE(t_wait_state(a, d, LINECALLSTATE_DISCONNECTED));
    CHECK_RC(lineDeallocateCall(d), 0);
    check_gone(d);
    CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);
    CHECK_RC(lineClose(l), 0);
    t_drain(a);
  }

  /* With a monitor in another application: the owner's deallocation leaves the call
   * up for the monitor; the monitor's deallocation (the last handle) ends it. */
  HLINEAPP b = t_init_event("r03-monitor");
  HLINE la = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1);
  HLINE lb = t_open(b, 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 2);
  HCALL o = t_make_call(a, la, "5550100");
  REQUIRE(t_wait_for(b, LINE_APPNEWCALL, lb, &m));
  HCALL ob = (HCALL)m.dwParam2;
  REQUIRE(t_wait_state(b, ob, LINECALLSTATE_CONNECTED));
  DWORD oid = call_id(o);
  CHECK_RC(lineDeallocateCall(o), 0);
  check_gone(o);
  CHECK_EQ(status_of(ob), LINECALLSTATE_CONNECTED);
  CHECK_RC(t_info(ob, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, oid);
  CHECK_EQ(ci->dwNumOwners, 0);
  CHECK_EQ(ci->dwNumMonitors, 1);
  /* No LINE_CALLSTATE reached the monitor: the call did not change state. */
  while (lineGetMessage(b, &m, 50) == 0) CHECK(m.dwMessageID != LINE_CALLSTATE);
  CHECK_RC(lineDeallocateCall(ob), 0);
  check_gone(ob);
  CHECK_RC(tapisimRemoteHangup(oid, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);

  /* Same, but the far end hangs up the ownerless call while the monitor holds it. */
  DWORD id = 0;
  HCALL h = t_offer(a, 0, "5551234", "Alice", &id);
  REQUIRE(t_wait_for(b, LINE_APPNEWCALL, lb, &m));
  HCALL hb = (HCALL)m.dwParam2;
  CHECK_RC(lineDeallocateCall(h), 0);
  CHECK_EQ(status_of(hb), LINECALLSTATE_OFFERING);
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), 0);
  REQUIRE(t_wait_state(b, hb, LINECALLSTATE_DISCONNECTED));
  REQUIRE(t_wait_state(b, hb, LINECALLSTATE_IDLE)); /* nobody owns it */
  CHECK_RC(lineDeallocateCall(hb), 0);
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);

  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
