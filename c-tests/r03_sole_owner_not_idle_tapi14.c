/* R3, below 2.0: on a line opened with API version 1.4, the sole owner of a call that is
 * not IDLE gets LINEERR_INVALCALLSTATE from lineDeallocateCall, and its handle stays
 * valid (still readable, still usable) - in OFFERING, CONNECTED, RINGBACK and
 * DISCONNECTED alike, whether or not other applications monitor the call. Once the call
 * is IDLE, or once another application also owns it, deallocation succeeds. */
#include "common.h"

/* lineDeallocateCall refused in `state`; the handle still reads back the same call. */
static void refused(HCALL h, DWORD state, DWORD id) {
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  CHECK_EQ(t_status_of(h, NULL), state);
  CHECK_RC(lineDeallocateCall(h), LINEERR_INVALCALLSTATE);
  DWORD priv = 0;
  CHECK_EQ(t_status_of(h, &priv), state);
  CHECK_EQ(priv, LINECALLPRIVILEGE_OWNER);
  CHECK_RC(t_info(h, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, id);
  CHECK_EQ(ci->dwNumOwners, 1);
  CHECK_RC(t_info(h, buf, 296), 0); /* the 1.4 fixed size */
  CHECK_RC(lineDeallocateCall(h), LINEERR_INVALCALLSTATE);
}

int main(void) {
  char buf[1024];
  LINEMESSAGE m;
  HLINE la, lb;
  HLINEAPP a = t_app_with_line("r03-14-owner", 0, 0x00010004, LINECALLPRIVILEGE_OWNER, 1, &la);
  HLINEAPP b = t_app_with_line("r03-monitor", 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 2, &lb);

  /* 1. Incoming: OFFERING, CONNECTED, DISCONNECTED are refused; IDLE succeeds. */
  DWORD id = 0;
  CHECK_RC(tapisimOfferCall(0, 0, "5551234", "Alice", 0, &id), 0);
  DWORD priv = 0;
  HCALL h = t_new_call_14(a, &priv);
  CHECK_EQ(priv, LINECALLPRIVILEGE_OWNER);
  HCALL hb = t_new_call(b, lb, NULL);
  t_drain(a);
  t_drain(b);
  refused(h, LINECALLSTATE_OFFERING, id);
  /* The refusal changed nothing: no message to either application, counts intact. */
  CHECK_RC(lineGetMessage(a, &m, 0), LINEERR_OPERATIONFAILED);
  CHECK_RC(lineGetMessage(b, &m, 0), LINEERR_OPERATIONFAILED);
  CHECK_RC(t_info(hb, buf, sizeof buf), 0);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNumOwners, 1);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNumMonitors, 1);
  /* The handle is still usable. */
  CHECK(lineAnswer(h, NULL, 0) > 0);
  REQUIRE(t_wait_state(a, h, LINECALLSTATE_CONNECTED));
  refused(h, LINECALLSTATE_CONNECTED, id);
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), 0);
  REQUIRE(t_wait_state(a, h, LINECALLSTATE_DISCONNECTED));
  refused(h, LINECALLSTATE_DISCONNECTED, id);
  CHECK(lineDrop(h, NULL, 0) > 0);
  REQUIRE(t_wait_state(a, h, LINECALLSTATE_IDLE));
  CHECK_RC(lineDeallocateCall(h), 0);
  CHECK_RC(t_info(h, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(h), LINEERR_INVALCALLHANDLE);

  /* 2. Outgoing: CONNECTED and (auto-answer off) RINGBACK are refused. */
  HCALL o = t_make_call(a, la, "5550100");
  REQUIRE(t_wait_state(a, o, LINECALLSTATE_CONNECTED));
  refused(o, LINECALLSTATE_CONNECTED, t_call_id(o));
  CHECK_RC(tapisimSetAutoAnswer(FALSE), 0);
  HCALL r = t_make_call(a, la, "5550101");
  REQUIRE(t_wait_state(a, r, LINECALLSTATE_RINGBACK));
  DWORD rid = t_call_id(r);
  refused(r, LINECALLSTATE_RINGBACK, rid);
  CHECK_RC(tapisimSetAutoAnswer(TRUE), 0);
  /* Still usable: the far end answers it. */
  CHECK_RC(tapisimRemoteAnswer(rid), 0);
  REQUIRE(t_wait_state(a, r, LINECALLSTATE_CONNECTED));
  refused(r, LINECALLSTATE_CONNECTED, rid);

  /* 3. Not the sole owner: another application (opened with owner privilege, so it
   * monitors the call at first) takes ownership too, and the 1.4 owner's deallocation
   * of the CONNECTED call succeeds. */
  CHECK_RC(lineClose(lb), 0);
  lb = t_open(b, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 4);
  t_drain(b);
  HCALL o2 = t_make_call(a, la, "5550102");
  HCALL rb = t_new_call(b, lb, &priv);
  CHECK_EQ(priv, LINECALLPRIVILEGE_MONITOR);
  REQUIRE(t_wait_state(a, o2, LINECALLSTATE_CONNECTED));
  refused(o2, LINECALLSTATE_CONNECTED, t_call_id(o2));
  CHECK_RC(lineSetCallPrivilege(rb, LINECALLPRIVILEGE_OWNER), 0);
  CHECK_RC(lineDeallocateCall(o2), 0);
  CHECK_RC(t_info(o2, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(t_status_of(rb, NULL), LINECALLSTATE_CONNECTED);
  CHECK_RC(t_info(rb, buf, sizeof buf), 0);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNumOwners, 1);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNumMonitors, 0);

  /* 4. TAPI 1.3 is below 2.0 too. */
  HLINE l13 = t_open(a, 1, 0x00010003, LINECALLPRIVILEGE_OWNER, 5);
  t_drain(a);
  DWORD id13 = 0;
  CHECK_RC(tapisimOfferCall(1, 0, "5551313", NULL, 0, &id13), 0);
  HCALL h13 = t_new_call_14(a, NULL);
  refused(h13, LINECALLSTATE_OFFERING, id13);
  CHECK_RC(t_info(h13, buf, sizeof buf), 0);
  CHECK_EQ(((LINECALLINFO *)buf)->hLine, l13);
  CHECK(lineDrop(h13, NULL, 0) > 0);
  CHECK_RC(lineDeallocateCall(h13), 0);

  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
