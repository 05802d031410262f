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

static DWORD privilege(HCALL h) {
  LINECALLSTATUS s;
  memset(&s, 0, sizeof s);
  s.dwTotalSize = sizeof s;
  if (lineGetCallStatus(h, &s) != 0) return 0;
  return s.dwCallPrivilege;
}

static DWORD owners(HCALL h) {
  unsigned char buf[1024];
  if (t_info(h, buf, sizeof buf) != 0) return 0xFFFFFFFF;
  return ((LINECALLINFO *)buf)->dwNumOwners;
}

static HCALL new_call_14(HLINEAPP app) {
  LINEMESSAGE m;
  while (t_next(app, &m, T_TIMEOUT_MS))
    if (m.dwMessageID == LINE_CALLSTATE && m.dwParam3 != 0) return m.hDevice;
  REQUIRE(!"no new call handle");
  return 0;
}

static void check_quiet(HLINEAPP app, int line) {
  LINEMESSAGE m;
  if (t_next(app, &m, 0)) {
    fprintf(stderr, "%s:%d: unexpected message %u (hDevice 0x%08x, p1 0x%lx)\n", __FILE__, line,
            (unsigned)m.dwMessageID, (unsigned)m.hDevice, (unsigned long)m.dwParam1);
    t_failures++;
  }
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
  CHECK_EQ(privilege(h), LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(owners(hw), 1);
  CHECK_EQ(t_state(h), state);
  check_quiet(watcher, __LINE__);
  /* (If the library demoted it anyway, make it the owner again so that the rest checks
   * the documented way out on its own.) */
  if (privilege(h) != LINECALLPRIVILEGE_OWNER) {
    REQUIRE_RC(lineSetCallPrivilege(h, LINECALLPRIVILEGE_OWNER), 0);
    t_drain(watcher);
  }
  /* Drop first, as the reference says; then it works. */
  LONG req = lineDrop(h, NULL, 0);
  CHECK(req > 0);
  CHECK_EQ(t_state(h), LINECALLSTATE_IDLE);
  CHECK_RC(lineSetCallPrivilege(h, LINECALLPRIVILEGE_MONITOR), 0);
  CHECK_EQ(privilege(h), LINECALLPRIVILEGE_MONITOR);
  CHECK_EQ(owners(hw), 0);
  CHECK_RC(lineDeallocateCall(h), 0);
  if (t_failures != before) fprintf(stderr, "  (%s)\n", what);
}

int main(void) {
  HLINEAPP p = t_init_event("r08-sole14");
  HLINEAPP q = t_init_event("r08-sole22");
  HLINEAPP w = t_init_event("r08-watch");
  HLINE lp = t_open(p, 0, 0x00010004, LINECALLPRIVILEGE_OWNER, 1);
  HLINE lq = t_open(q, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 2);
  HLINE lw0 = t_open(w, 0, 0x00020000, LINECALLPRIVILEGE_MONITOR, 3);
  HLINE lw1 = t_open(w, 1, 0x00020000, LINECALLPRIVILEGE_MONITOR, 4);
  LINEMESSAGE m;

  /* 1.4 line, incoming call, OFFERING. */
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Sole", 0, &(DWORD){0}), 0);
  HCALL hp = new_call_14(p);
  REQUIRE(t_wait_for(w, LINE_APPNEWCALL, lw0, &m));
  HCALL hw0 = (HCALL)m.dwParam2;
  sole_owner_case(p, hp, w, hw0, "1.4 line, sole owner of an OFFERING call");

  /* 2.2 line, outgoing call, CONNECTED. */
  HCALL hq = t_make_call(q, lq, "5550222");
  REQUIRE(t_wait_for(w, LINE_APPNEWCALL, lw1, &m));
  HCALL hw1 = (HCALL)m.dwParam2;
  sole_owner_case(q, hq, w, hw1, "2.2 line, sole owner of a CONNECTED call");

  CHECK_RC(lineClose(lp), 0);
  CHECK_RC(lineShutdown(p), 0);
  CHECK_RC(lineShutdown(q), 0);
  CHECK_RC(lineShutdown(w), 0);
  TEST_DONE();
}
