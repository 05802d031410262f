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
    CHECK_EQ(t_state(h), LINECALLSTATE_OFFERING);
    CHECK_RC(lineDeallocateCall(h), 0);
    t_check_call_dead(h);
    CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);
    /* Outgoing, CONNECTED. */
    HCALL o = t_make_call(a, l, "5550100");
    REQUIRE(t_wait_state(a, o, LINECALLSTATE_CONNECTED));
    DWORD oid = t_call_id(o);
    CHECK(oid != 0);
    CHECK_RC(lineDeallocateCall(o), 0);
    t_check_call_dead(o);
    CHECK_RC(tapisimRemoteHangup(oid, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);
    /* Outgoing, RINGBACK (auto-answer off): the far end can no longer answer it. */
    CHECK_RC(tapisimSetAutoAnswer(FALSE), 0);
    HCALL r = t_make_call(a, l, "5550101");
    REQUIRE(t_wait_state(a, r, LINECALLSTATE_RINGBACK));
    DWORD rid = t_call_id(r);
    CHECK_RC(lineDeallocateCall(r), 0);
    t_check_call_dead(r);
    CHECK_RC(tapisimRemoteAnswer(rid), LINEERR_INVALPARAM);
    CHECK_RC(tapisimSetAutoAnswer(TRUE), 0);
    /* Answered incoming call, then the far end hangs up: DISCONNECTED. */
    HCALL d = t_offer(a, 0, "5554444", NULL, &id);
    CHECK(lineAnswer(d, NULL, 0) > 0);
    REQUIRE(t_wait_state(a, d, LINECALLSTATE_CONNECTED));
    CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_BUSY), 0);
    REQUIRE(t_wait_state(a, d, LINECALLSTATE_DISCONNECTED));
    CHECK_RC(lineDeallocateCall(d), 0);
    t_check_call_dead(d);
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
  HCALL ob = t_new_call(b, lb, NULL);
  REQUIRE(t_wait_state(b, ob, LINECALLSTATE_CONNECTED));
  DWORD oid = t_call_id(o);
  CHECK_RC(lineDeallocateCall(o), 0);
  t_check_call_dead(o);
  CHECK_EQ(t_state(ob), LINECALLSTATE_CONNECTED);
  CHECK_RC(t_info(ob, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, oid);
  CHECK_EQ(ci->dwNumOwners, 0);
  CHECK_EQ(ci->dwNumMonitors, 1);
  /* No LINE_CALLSTATE reached the monitor: the call did not change state. */
  while (lineGetMessage(b, &m, 50) == 0) CHECK(m.dwMessageID != LINE_CALLSTATE);
  CHECK_RC(lineDeallocateCall(ob), 0);
  t_check_call_dead(ob);
  CHECK_RC(tapisimRemoteHangup(oid, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);

  /* Same, but the far end hangs up the ownerless call while the monitor holds it. */
  DWORD id = 0;
  HCALL h = t_offer(a, 0, "5551234", "Alice", &id);
  HCALL hb = t_new_call(b, lb, NULL);
  CHECK_RC(lineDeallocateCall(h), 0);
  CHECK_EQ(t_state(hb), LINECALLSTATE_OFFERING);
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), 0);
  REQUIRE(t_wait_state(b, hb, LINECALLSTATE_DISCONNECTED));
  REQUIRE(t_wait_state(b, hb, LINECALLSTATE_IDLE)); /* nobody owns it */
  CHECK_RC(lineDeallocateCall(hb), 0);
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);

  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
