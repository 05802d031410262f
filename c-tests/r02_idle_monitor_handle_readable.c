/* R2 for monitors: a monitor's handle to a call that went IDLE stays valid and readable
 * (lineGetCallStatus: IDLE, privilege MONITOR; lineGetCallInfo: the call's dwCallID and
 * caller ID) until that application deallocates it, whatever the owner does with its
 * own handle, on 2.x and 1.4 lines alike. A call nobody owns goes IDLE when the far end
 * hangs up, and its monitors' handles stay readable too. */
#include "common.h"

static void check_idle_monitor(HCALL h, HLINE line, DWORD id, const char *caller,
                               DWORD owners) {
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  DWORD priv = 0;
  CHECK_EQ(t_status_of(h, &priv), LINECALLSTATE_IDLE);
  CHECK_EQ(priv, LINECALLPRIVILEGE_MONITOR);
  CHECK_RC(t_info(h, buf, sizeof buf), 0);
  CHECK_EQ(ci->hLine, line);
  CHECK_EQ(ci->dwCallID, id);
  CHECK_EQ(ci->dwNumOwners, owners);
  CHECK(ci->dwCallerIDFlags & LINECALLPARTYID_ADDRESS);
  CHECK(strcmp(t_field(ci, ci->dwCallerIDSize, ci->dwCallerIDOffset), caller) == 0);
}

int main(void) {
  char buf[1024];
  HLINE la, lb, lc;
  HLINEAPP a = t_app_with_line("r02-owner", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &la);
  HLINEAPP b = t_app_with_line("r02-monitor-3x", 0, 0x00030001, LINECALLPRIVILEGE_MONITOR, 2, &lb);
  HLINEAPP c = t_app_with_line("r02-monitor-14", 0, 0x00010004, LINECALLPRIVILEGE_MONITOR, 3, &lc);

  /* 1. The owner drops the call; both monitors see IDLE and keep reading it. */
  DWORD id = 0;
  HCALL ha = t_offer(a, 0, "5551234", "Alice", &id);
  HCALL hb = t_new_call(b, lb, NULL);
  HCALL hc = t_new_call_14(c, NULL); /* TAPI 1.4 lines get no LINE_APPNEWCALL */
  CHECK(ha != hb && hb != hc && ha != hc && hc != 0);
  CHECK(lineDrop(ha, NULL, 0) > 0);
  REQUIRE(t_wait_state(b, hb, LINECALLSTATE_IDLE));
  REQUIRE(t_wait_state(c, hc, LINECALLSTATE_IDLE));
  check_idle_monitor(hb, lb, id, "5551234", 1);
  check_idle_monitor(hc, lc, id, "5551234", 1);
  /* The owner deallocates: the monitors' handles stay valid and readable. */
  CHECK_RC(lineDeallocateCall(ha), 0);
  check_idle_monitor(hb, lb, id, "5551234", 0);
  check_idle_monitor(hc, lc, id, "5551234", 0);
  /* Each monitor's handle is valid until that monitor deallocates it. */
  CHECK_RC(lineDeallocateCall(hb), 0);
  CHECK_RC(t_info(hb, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(t_status_of(hb, NULL), 0);
  check_idle_monitor(hc, lc, id, "5551234", 0);
  CHECK_RC(lineDeallocateCall(hc), 0);
  CHECK_RC(t_info(hc, buf, sizeof buf), LINEERR_INVALCALLHANDLE);

  /* 2. A call nobody owns (the owner application's line is closed): the far end hangs
   * up, it goes DISCONNECTED then IDLE, and the monitors still read it. */
  CHECK_RC(lineClose(la), 0);
  t_drain(b);
  t_drain(c);
  DWORD id2 = 0;
  CHECK_RC(tapisimOfferCall(0, 0, "5559999", "Carol", 0, &id2), 0);
  DWORD priv = 0;
  HCALL hb2 = t_new_call(b, lb, &priv);
  CHECK_EQ(priv, LINECALLPRIVILEGE_MONITOR);
  HCALL hc2 = t_new_call_14(c, NULL);
  CHECK_RC(tapisimRemoteHangup(id2, LINEDISCONNECTMODE_NORMAL), 0);
  REQUIRE(t_wait_state(b, hb2, LINECALLSTATE_DISCONNECTED));
  REQUIRE(t_wait_state(b, hb2, LINECALLSTATE_IDLE));
  REQUIRE(t_wait_state(c, hc2, LINECALLSTATE_IDLE));
  check_idle_monitor(hb2, lb, id2, "5559999", 0);
  check_idle_monitor(hc2, lc, id2, "5559999", 0);
  CHECK_RC(lineDeallocateCall(hc2), 0);
  check_idle_monitor(hb2, lb, id2, "5559999", 0);
  CHECK_RC(lineDeallocateCall(hb2), 0);
  CHECK_RC(t_info(hb2, buf, sizeof buf), LINEERR_INVALCALLHANDLE);

  CHECK_RC(lineShutdown(c), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
