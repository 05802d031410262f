/* R8, as Microsoft's lineSetCallPrivilege reference states it (TAPI-RULES.md: where the
 * rules file and the reference disagree, the reference wins): "If the application is the
 * sole owner of a non-idle call and [tries to] change its privilege to monitor, a
 * LINEERR_INVALCALLSTATE error is returned. The application can also first drop the call
 * using lineDrop to make the call transition to the idle state and then change its
 * privilege." The reference makes no version distinction, so this is checked on a 1.4
 * line (incoming call, OFFERING) and on a 2.2 line (outgoing call, CONNECTED): the error,
 * the handle keeps owner privilege, the counts do not change, the other applications are
 * told nothing; after lineDrop (IDLE) the same request succeeds. */
#include "common.h"

static DWORD owners(HCALL h) {
  return t_info_dw(h, offsetof(LINECALLINFO, dwNumOwners), 0xFFFFFFFF);
}

static void sole_owner_case(HLINEAPP owner_app, HCALL h, HLINEAPP watcher, HCALL hw,
                            const char *what) {
  int before = t_failures;
  DWORD state = t_state(h);
  CHECK(state != LINECALLSTATE_IDLE && state != 0);
  CHECK_EQ(owners(h), 1);
  t_drain(owner_app);
  t_drain(watcher);
  CHECK_RC(lineSetCallPrivilege(h, LINECALLPRIVILEGE_MONITOR), LINEERR_INVALCALLSTATE);
  CHECK_EQ(t_privilege(h), LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(owners(hw), 1);
  CHECK_EQ(t_state(h), state);
  CHECK_QUIET(watcher);
  /* (If the library demoted it anyway, make it the owner again so that the rest checks
   * the documented way out on its own.) */
  if (t_privilege(h) != LINECALLPRIVILEGE_OWNER) {
    REQUIRE_RC(lineSetCallPrivilege(h, LINECALLPRIVILEGE_OWNER), 0);
    t_drain(watcher);
  }
  /* Drop first, as the reference says; then it works. */
  LONG req = lineDrop(h, NULL, 0);
  CHECK(req > 0);
  CHECK_EQ(t_state(h), LINECALLSTATE_IDLE);
  CHECK_RC(lineSetCallPrivilege(h, LINECALLPRIVILEGE_MONITOR), 0);
  CHECK_EQ(t_privilege(h), LINECALLPRIVILEGE_MONITOR);
  CHECK_EQ(owners(hw), 0);
  CHECK_RC(lineDeallocateCall(h), 0);
  if (t_failures != before) fprintf(stderr, "  (%s)\n", what);
}

int main(void) {
  HLINE lp, lq, lw0;
  HLINEAPP p = t_app_with_line("r08-sole14", 0, 0x00010004, LINECALLPRIVILEGE_OWNER, 1, &lp);
  HLINEAPP q = t_app_with_line("r08-sole22", 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 2, &lq);
  HLINEAPP w = t_app_with_line("r08-watch", 0, 0x00020000, LINECALLPRIVILEGE_MONITOR, 3, &lw0);
  HLINE lw1 = t_open(w, 1, 0x00020000, LINECALLPRIVILEGE_MONITOR, 4);

  /* 1.4 line, incoming call, OFFERING. */
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Sole", 0, &(DWORD){0}), 0);
  HCALL hp = t_new_call_14(p, NULL);
  HCALL hw0 = t_new_call(w, lw0, NULL);
  sole_owner_case(p, hp, w, hw0, "1.4 line, sole owner of an OFFERING call");

  /* 2.2 line, outgoing call, CONNECTED. */
  HCALL hq = t_make_call(q, lq, "5550222");
  HCALL hw1 = t_new_call(w, lw1, NULL);
  sole_owner_case(q, hq, w, hw1, "2.2 line, sole owner of a CONNECTED call");

  CHECK_RC(lineClose(lp), 0);
  CHECK_RC(lineShutdown(p), 0);
  CHECK_RC(lineShutdown(q), 0);
  CHECK_RC(lineShutdown(w), 0);
  TEST_DONE();
}
