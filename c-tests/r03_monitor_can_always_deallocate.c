/* R3: a monitor can always deallocate its handle: on 2.x and on TAPI 1.4 lines, while
 * the call is active (OFFERING, CONNECTED), with or without an owner, even when the
 * call's owner is a 1.4 sole owner that may not deallocate. The owner's view of the
 * call is unchanged (same state, one monitor fewer). When a monitor's handle was the
 * call's last one, the provider ends the call (tapisimRemoteHangup on its dwCallID:
 * LINEERR_INVALPARAM, unknown call). */
#include "common.h"

static DWORD monitors_of(HCALL h) {
  return t_info_dw(h, offsetof(LINECALLINFO, dwNumMonitors), 0xFFFFFFFFu);
}

int main(void) {
  char buf[1024];
  HLINE la, lb;
  HLINEAPP a = t_app_with_line("r03-owner-14", 0, 0x00010004, LINECALLPRIVILEGE_OWNER, 1, &la);
  HLINEAPP b = t_app_with_line("r03-monitor-2x", 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 2, &lb);
  HLINEAPP c = t_app_with_line("r03-monitor-14", 0, 0x00010004, LINECALLPRIVILEGE_MONITOR, 3, NULL);

  /* 1. An OFFERING call owned by a 1.4 sole owner: both monitors deallocate. */
  DWORD id = 0;
  CHECK_RC(tapisimOfferCall(0, 0, "5551234", "Alice", 0, &id), 0);
  HCALL ha = t_new_call_14(a, NULL); /* TAPI 1.4: no LINE_APPNEWCALL */
  HCALL hb = t_new_call(b, lb, NULL);
  HCALL hc = t_new_call_14(c, NULL);
  CHECK_EQ(monitors_of(ha), 2);
  CHECK_RC(lineDeallocateCall(hc), 0); /* 1.4 monitor, OFFERING */
  CHECK_RC(lineDeallocateCall(hc), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(monitors_of(ha), 1);
  CHECK_EQ(t_status_of(ha, NULL), LINECALLSTATE_OFFERING);
  /* The owner answers; the 2.x monitor deallocates while CONNECTED. */
  CHECK(lineAnswer(ha, NULL, 0) > 0);
  REQUIRE(t_wait_state(b, hb, LINECALLSTATE_CONNECTED));
  CHECK_RC(lineDeallocateCall(hb), 0);
  CHECK_RC(t_info(hb, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(monitors_of(ha), 0);
  CHECK_EQ(t_status_of(ha, NULL), LINECALLSTATE_CONNECTED);
  /* The monitors' deallocations did not change the sole-owner rule for the 1.4 owner:
   * refused while the call is active; after lineDrop (IDLE) it succeeds, and as the
   * call's last handle that frees the call. */
  CHECK_RC(lineDeallocateCall(ha), LINEERR_INVALCALLSTATE);
  DWORD priv = 0;
  CHECK_EQ(t_status_of(ha, &priv), LINECALLSTATE_CONNECTED);
  CHECK_EQ(priv, LINECALLPRIVILEGE_OWNER);
  CHECK(lineDrop(ha, NULL, 0) > 0);
  CHECK_EQ(t_status_of(ha, NULL), LINECALLSTATE_IDLE);
  CHECK_RC(lineDeallocateCall(ha), 0);
  CHECK_RC(t_info(ha, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);

  /* 2. A call with no owner at all (the owner's line is closed): monitors only. */
  CHECK_RC(lineClose(la), 0);
  t_drain(a);
  t_drain(b);
  t_drain(c);
  DWORD id2 = 0;
  CHECK_RC(tapisimOfferCall(0, 0, "5552222", NULL, 0, &id2), 0);
  HCALL hb2 = t_new_call(b, lb, &priv);
  CHECK_EQ(priv, LINECALLPRIVILEGE_MONITOR);
  HCALL hc2 = t_new_call_14(c, NULL);
  CHECK_RC(lineDeallocateCall(hb2), 0);
  CHECK_EQ(t_status_of(hc2, NULL), LINECALLSTATE_OFFERING);
  CHECK_RC(lineDeallocateCall(hc2), 0); /* the last handle: the call ends */
  CHECK_RC(tapisimRemoteHangup(id2, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);

  CHECK_RC(lineShutdown(c), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
