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

static void check_gone(HCALL h) {
  char buf[1024];
  CHECK_RC(t_info(h, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(t_status_of(h, NULL), 0);
  CHECK_RC(lineDeallocateCall(h), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDrop(h, NULL, 0), LINEERR_INVALCALLHANDLE);
}

int main(void) {
  LINEMESSAGE m;
  HLINEAPP a = t_init_event("r03-owner");
  HLINEAPP b = t_init_event("r03-monitor");
  HLINEAPP c = t_init_event("r03-second-owner");
  HLINEAPP d = t_init_event("r03-monitor-14");
  HLINE la = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1);
  HLINE lb = t_open(b, 0, 0x00030001, LINECALLPRIVILEGE_MONITOR, 2);
  HLINE lc = t_open(c, 0, 0x00020000, LINECALLPRIVILEGE_OWNER, 3);
  t_open(d, 0, 0x00010004, LINECALLPRIVILEGE_MONITOR, 4);

  DWORD id = 0;
  HCALL ha = t_offer(a, 0, "5551234", "Alice", &id);
  REQUIRE(t_wait_for(b, LINE_APPNEWCALL, lb, &m));
  HCALL hb = (HCALL)m.dwParam2;
  REQUIRE(t_wait_for(c, LINE_APPNEWCALL, lc, &m));
  HCALL hc = (HCALL)m.dwParam2;
  REQUIRE(t_wait_for(d, LINE_CALLSTATE, 0, &m));
  HCALL hd = m.hDevice;
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
  check_gone(ha);
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
  check_gone(hb);
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
  check_gone(hd);
  check_counts(hc, id, 1, 0);
  CHECK_EQ(t_status_of(hc, NULL), LINECALLSTATE_IDLE);
  CHECK_RC(lineDeallocateCall(hc), 0);
  check_gone(hc);
  /* No handle is left: the call no longer exists. */
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);

  CHECK_RC(lineShutdown(d), 0);
  CHECK_RC(lineShutdown(c), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
