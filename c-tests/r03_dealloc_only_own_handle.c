/* R3: a successful lineDeallocateCall (0) makes that application's handle invalid at
 * once; the same call's handles in the other applications stay valid, and the
 * dwNumOwners / dwNumMonitors they read drop accordingly. Deallocation does not change
 * the call's state (the call goes on while other handles exist). */
#include "common.h"

/* Checks dwCallID and the owner/monitor counts that handle `h` reads. */
static void check_counts(HCALL h, DWORD id, DWORD owners, DWORD monitors) {
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  CHECK_RC(t_info(h, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, id);
  CHECK_EQ(ci->dwNumOwners, owners);
  CHECK_EQ(ci->dwNumMonitors, monitors);
}

int main(void) {
  HLINE la, lb, lc;
  HLINEAPP a = t_app_with_line("r03-owner", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &la);
  HLINEAPP b = t_app_with_line("r03-monitor", 0, 0x00030001, LINECALLPRIVILEGE_MONITOR, 2, &lb);
  HLINEAPP c = t_app_with_line("r03-second-owner", 0, 0x00020000, LINECALLPRIVILEGE_OWNER, 3, &lc);
  HLINEAPP d = t_app_with_line("r03-monitor-14", 0, 0x00010004, LINECALLPRIVILEGE_MONITOR, 4, NULL);

  DWORD id = 0;
  HCALL ha = t_offer(a, 0, "5551234", "Alice", &id);
  HCALL hb = t_new_call(b, lb, NULL);
  HCALL hc = t_new_call(c, lc, NULL);
  HCALL hd = t_new_call_14(d, NULL);
  CHECK(ha && hb && hc && hd);
  CHECK(ha != hb && ha != hc && ha != hd && hb != hc && hb != hd && hc != hd);
  /* c becomes a second owner; a answers. */
  CHECK_RC(lineSetCallPrivilege(hc, LINECALLPRIVILEGE_OWNER), 0);
  CHECK(lineAnswer(ha, NULL, 0) > 0);
  REQUIRE(t_wait_state(a, ha, LINECALLSTATE_CONNECTED));
  check_counts(ha, id, 2, 2);
  check_counts(hd, id, 2, 2);
  char buf[1024];
  CHECK_RC(t_info(ha, buf, sizeof buf), 0);
  CHECK_EQ(((LINECALLINFO *)buf)->hLine, la);

  /* a (an owner, not the sole one) deallocates. */
  CHECK_RC(lineDeallocateCall(ha), 0);
  t_check_call_dead(ha);
  DWORD priv = 0;
  CHECK_EQ(t_status_of(hb, &priv), LINECALLSTATE_CONNECTED);
  CHECK_EQ(priv, LINECALLPRIVILEGE_MONITOR);
  CHECK_EQ(t_status_of(hc, &priv), LINECALLSTATE_CONNECTED);
  CHECK_EQ(priv, LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(t_status_of(hd, &priv), LINECALLSTATE_CONNECTED);
  CHECK_EQ(priv, LINECALLPRIVILEGE_MONITOR);
  check_counts(hb, id, 1, 2);
  check_counts(hc, id, 1, 2);
  check_counts(hd, id, 1, 2);

  /* b (a monitor) deallocates. */
  CHECK_RC(lineDeallocateCall(hb), 0);
  t_check_call_dead(hb);
  check_counts(hc, id, 1, 1);
  check_counts(hd, id, 1, 1);
  CHECK_EQ(t_status_of(hc, NULL), LINECALLSTATE_CONNECTED);

  /* The call itself goes on: the far end can still hang it up, and the remaining
   * handles follow it. */
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), 0);
  REQUIRE(t_wait_state(c, hc, LINECALLSTATE_DISCONNECTED));
  REQUIRE(t_wait_state(d, hd, LINECALLSTATE_DISCONNECTED));
  CHECK(lineDrop(hc, NULL, 0) > 0);
  REQUIRE(t_wait_state(d, hd, LINECALLSTATE_IDLE));

  /* d (the 1.4 monitor) deallocates; c's counts drop again. */
  CHECK_RC(lineDeallocateCall(hd), 0);
  t_check_call_dead(hd);
  check_counts(hc, id, 1, 0);
  CHECK_EQ(t_status_of(hc, NULL), LINECALLSTATE_IDLE);
  CHECK_RC(lineDeallocateCall(hc), 0);
  t_check_call_dead(hc);
  /* No handle is left: the call no longer exists. */
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);

  CHECK_RC(lineShutdown(d), 0);
  CHECK_RC(lineShutdown(c), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
