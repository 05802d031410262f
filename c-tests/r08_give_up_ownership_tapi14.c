/* R8 with R3: lineSetCallPrivilege(MONITOR) is how an application gives up ownership
 * before deallocating. On a line negotiated at 1.4, the sole owner of a call that is not
 * IDLE cannot deallocate it (LINEERR_INVALCALLSTATE, handle still valid); once another
 * application owns the call too, the 1.4 application turns its handle into a monitor
 * handle and deallocates it while the call is still OFFERING: the call goes on (the other
 * owner can answer it) and the counts follow. For a call the 1.4 application owns alone,
 * Microsoft's reference says to drop it first (lineDrop, IDLE): then giving up ownership
 * and deallocating both succeed. */
#include "common.h"

int main(void) {
  HLINE lp, lq;
  /* p opens the device first: it owns the calls. */
  HLINEAPP p = t_app_with_line("r08-legacy14", 0, 0x00010004, LINECALLPRIVILEGE_OWNER, 1, &lp);
  HLINEAPP q = t_app_with_line("r08-modern", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 2, &lq);

  /* Incoming call: p owns it, q monitors it. */
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Legacy", 0, &(DWORD){0}), 0);
  DWORD priv = 0;
  HCALL hp = t_new_call_14(p, &priv); /* a 1.4 line: no LINE_APPNEWCALL */
  CHECK_EQ(priv, LINECALLPRIVILEGE_OWNER);
  HCALL hq = t_new_call(q, lq, &priv);
  CHECK_EQ(priv, LINECALLPRIVILEGE_MONITOR);

  /* 1.4 sole owner, OFFERING: cannot deallocate; the handle stays valid. */
  CHECK_RC(lineDeallocateCall(hp), LINEERR_INVALCALLSTATE);
  CHECK_EQ(t_state(hp), LINECALLSTATE_OFFERING);
  CHECK_EQ(t_privilege(hp), LINECALLPRIVILEGE_OWNER);
  CHECK_COUNTS(hq, 1, 1);

  /* q becomes an owner too; p gives up ownership and deallocates, the call still OFFERING. */
  CHECK_RC(lineSetCallPrivilege(hq, LINECALLPRIVILEGE_OWNER), 0);
  CHECK_COUNTS(hp, 2, 0);
  CHECK_RC(lineSetCallPrivilege(hp, LINECALLPRIVILEGE_MONITOR), 0);
  CHECK_EQ(t_privilege(hp), LINECALLPRIVILEGE_MONITOR);
  CHECK_COUNTS(hq, 1, 1);
  CHECK_EQ(t_state(hp), LINECALLSTATE_OFFERING);
  CHECK_RC(lineDeallocateCall(hp), 0);
  CHECK_EQ(t_state(hp), 0); /* the handle is gone */
  CHECK_RC(lineDeallocateCall(hp), LINEERR_INVALCALLHANDLE);
  CHECK_COUNTS(hq, 1, 0);
  CHECK_EQ(t_state(hq), LINECALLSTATE_OFFERING); /* the call goes on */
  LONG req = lineAnswer(hq, NULL, 0);
  CHECK(req > 0);
  LINEMESSAGE m;
  CHECK(t_wait_for(q, LINE_REPLY, 0, &m) && m.dwParam1 == (DWORD_PTR)req && m.dwParam2 == 0);
  CHECK_EQ(t_state(hq), LINECALLSTATE_CONNECTED);
  t_drain(p);
  t_drain(q);

  /* An outgoing call p owns alone: drop first, then give up ownership, then deallocate. */
  HCALL out = t_make_call(p, lp, "5550140");
  HCALL outq = t_new_call(q, lq, NULL);
  CHECK_EQ(t_state(out), LINECALLSTATE_CONNECTED);
  CHECK_RC(lineDeallocateCall(out), LINEERR_INVALCALLSTATE);
  CHECK_EQ(t_state(out), LINECALLSTATE_CONNECTED);
  req = lineDrop(out, NULL, 0);
  CHECK(req > 0);
  CHECK_EQ(t_state(out), LINECALLSTATE_IDLE);
  CHECK_RC(lineSetCallPrivilege(out, LINECALLPRIVILEGE_MONITOR), 0);
  CHECK_EQ(t_privilege(out), LINECALLPRIVILEGE_MONITOR);
  CHECK_COUNTS(outq, 0, 2);
  CHECK_RC(lineDeallocateCall(out), 0);
  CHECK_EQ(t_state(out), 0);
  CHECK_COUNTS(outq, 0, 1);
  CHECK_EQ(t_state(outq), LINECALLSTATE_IDLE);

  CHECK_RC(lineShutdown(p), 0);
  CHECK_RC(lineShutdown(q), 0);
  TEST_DONE();
}
