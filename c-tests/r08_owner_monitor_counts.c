/* R8: dwNumOwners / dwNumMonitors in LINECALLINFO count the applications holding owner /
 * monitor handles to the call, as seen through every handle: three applications on one
 * line (one owner, two monitors) give 1/2 for an incoming and for an outgoing call; the
 * counts follow lineSetCallPrivilege (monitor -> owner, owner -> monitor), lineDeallocateCall
 * of a monitor and of an owner, and lineClose of a monitor's line. */
#include "common.h"

static DWORD owners(HCALL h) {
  return t_info_dw(h, offsetof(LINECALLINFO, dwNumOwners), 0xFFFFFFFF);
}

static DWORD monitors(HCALL h) {
  unsigned char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  memset(buf, 0, sizeof buf);
  ci->dwTotalSize = sizeof buf;
  if (lineGetCallInfoW(h, ci) != 0) return 0xFFFFFFFF; /* the W entry point too */
  return ci->dwNumMonitors;
}

/* The counts through the A (owners) and W (monitors) entry points. */
#define CHECK_COUNTS_AW(h, o, m)       \
  do {                                 \
    CHECK_EQ(owners(h), (o));          \
    CHECK_EQ(monitors(h), (m));        \
  } while (0)

static HCALL new_call(HLINEAPP app, HLINE line, DWORD want_priv) {
  DWORD priv = 0;
  HCALL h = t_new_call(app, line, &priv);
  CHECK_EQ(priv, want_priv);
  return h;
}

int main(void) {
  HLINE la, lb, lc;
  HLINEAPP a = t_app_with_line("r08-count-a", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &la);
  HLINEAPP b = t_app_with_line("r08-count-b", 0, 0x00020000, LINECALLPRIVILEGE_MONITOR, 2, &lb);
  HLINEAPP c = t_app_with_line("r08-count-c", 0, 0x00030001, LINECALLPRIVILEGE_MONITOR, 3, &lc);

  /* Incoming call: 1 owner, 2 monitors. */
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Counted", 0, &(DWORD){0}), 0);
  HCALL ha = new_call(a, la, LINECALLPRIVILEGE_OWNER);
  HCALL hb = new_call(b, lb, LINECALLPRIVILEGE_MONITOR);
  HCALL hc = new_call(c, lc, LINECALLPRIVILEGE_MONITOR);
  CHECK_COUNTS_AW(ha, 1, 2);
  CHECK_COUNTS_AW(hb, 1, 2);
  CHECK_COUNTS_AW(hc, 1, 2);

  /* Outgoing call from a: the same counts. */
  HCALL oa = t_make_call(a, la, "5550123");
  HCALL ob = new_call(b, lb, LINECALLPRIVILEGE_MONITOR);
  HCALL oc = new_call(c, lc, LINECALLPRIVILEGE_MONITOR);
  CHECK_COUNTS_AW(oa, 1, 2);
  CHECK_COUNTS_AW(ob, 1, 2);
  CHECK_COUNTS_AW(oc, 1, 2);

  /* b becomes an owner of the incoming call: 2 owners, 1 monitor. */
  CHECK_RC(lineSetCallPrivilege(hb, LINECALLPRIVILEGE_OWNER), 0);
  CHECK_COUNTS_AW(ha, 2, 1);
  CHECK_COUNTS_AW(hb, 2, 1);
  CHECK_COUNTS_AW(hc, 2, 1);
  /* The outgoing call is another call: unchanged. */
  CHECK_COUNTS_AW(oa, 1, 2);

  /* a gives up ownership (b still owns it): 1 owner, 2 monitors again. */
  CHECK_RC(lineSetCallPrivilege(ha, LINECALLPRIVILEGE_MONITOR), 0);
  CHECK_COUNTS_AW(ha, 1, 2);
  CHECK_COUNTS_AW(hb, 1, 2);
  CHECK_COUNTS_AW(hc, 1, 2);

  /* c (a monitor) deallocates: 1 owner, 1 monitor. */
  CHECK_RC(lineDeallocateCall(hc), 0);
  CHECK_COUNTS_AW(ha, 1, 1);
  CHECK_COUNTS_AW(hb, 1, 1);
  CHECK_RC(t_info(hc, (unsigned char[1024]){0}, 1024), LINEERR_INVALCALLHANDLE);

  /* a takes ownership back: 2 owners, 0 monitors. */
  CHECK_RC(lineSetCallPrivilege(ha, LINECALLPRIVILEGE_OWNER), 0);
  CHECK_COUNTS_AW(ha, 2, 0);
  CHECK_COUNTS_AW(hb, 2, 0);

  /* b (an owner, not the only one; 2.0 line) deallocates: 1 owner, 0 monitors. */
  CHECK_RC(lineDeallocateCall(hb), 0);
  CHECK_COUNTS_AW(ha, 1, 0);
  CHECK_EQ(t_state(ha), LINECALLSTATE_OFFERING);

  /* The outgoing call: c closes its line (its monitor handle goes), then b deallocates. */
  CHECK_RC(lineClose(lc), 0);
  CHECK_COUNTS_AW(oa, 1, 1);
  CHECK_COUNTS_AW(ob, 1, 1);
  CHECK_RC(lineDeallocateCall(ob), 0);
  CHECK_COUNTS_AW(oa, 1, 0);
  CHECK_EQ(t_state(oa), LINECALLSTATE_CONNECTED);
  CHECK_RC(t_info(oc, (unsigned char[1024]){0}, 1024), LINEERR_INVALCALLHANDLE);

  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(c), 0);
  TEST_DONE();
}
