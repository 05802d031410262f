/* R8: lineSetCallPrivilege turns a monitor handle into an owner handle and an owner handle
 * (here: not the call's only owner) into a monitor handle:
 * - lineGetCallStatus.dwCallPrivilege follows, and an owner's dwCallFeatures offer
 *   ANSWER/DROP where a monitor's do not;
 * - dwNumOwners / dwNumMonitors follow;
 * - the call's other handles get LINE_CALLINFO (hDevice = their handle, their line's
 *   callback instance) with LINECALLINFOSTATE_NUMOWNERINCR | NUMMONITORS on promotion and
 *   NUMOWNERDECR | NUMMONITORS on demotion (the header: "the call's other handles get
 *   LINE_CALLINFO with the owner/monitor count change");
 * - the new owner can answer (positive request ID, LINE_REPLY with dwParam2 0), the new
 *   monitor gets LINEERR_NOTOWNER from lineDrop; owner again, it can drop;
 * - an invalid privilege (0, NONE, 3, OWNER|MONITOR, 8, ...) gives
 *   LINEERR_INVALCALLPRIVILEGE and changes nothing (no message either); a bad handle
 *   (0, a line handle, a deallocated call handle, garbage) LINEERR_INVALCALLHANDLE. */
#include "common.h"

#define N_APPS 3
static HLINEAPP apps[N_APPS];

static DWORD privilege(HCALL h, DWORD *features) {
  LINECALLSTATUS s;
  if (t_status(h, &s) != 0) return 0;
  if (features) *features = s.dwCallFeatures;
  return s.dwCallPrivilege;
}

/* The next message of `app` is LINE_CALLINFO for `h` with exactly `bits` among the three
 * count bits. */
static void expect_count_info(HLINEAPP app, HCALL h, DWORD_PTR instance, DWORD bits, int line) {
  LINEMESSAGE m;
  const DWORD mask = LINECALLINFOSTATE_NUMOWNERINCR | LINECALLINFOSTATE_NUMOWNERDECR |
                     LINECALLINFOSTATE_NUMMONITORS;
  if (!t_wait_for(app, LINE_CALLINFO, h, &m)) {
    fprintf(stderr, "%s:%d: no LINE_CALLINFO for 0x%08x\n", __FILE__, line, (unsigned)h);
    t_failures++;
    return;
  }
  if ((m.dwParam1 & mask) != bits || m.dwCallbackInstance != instance) {
    fprintf(stderr, "%s:%d: LINE_CALLINFO for 0x%08x: dwParam1 0x%lx (want bits 0x%x), instance %lu\n",
            __FILE__, line, (unsigned)h, (unsigned long)m.dwParam1, (unsigned)bits,
            (unsigned long)m.dwCallbackInstance);
    t_failures++;
  }
}

static void drain_all(void) {
  for (int i = 0; i < N_APPS; i++) t_drain(apps[i]);
}

static void expect_reply(HLINEAPP app, LONG req, int line) {
  LINEMESSAGE m;
  if (!t_wait_for(app, LINE_REPLY, 0, &m) || m.dwParam1 != (DWORD_PTR)req || m.dwParam2 != 0) {
    fprintf(stderr, "%s:%d: no LINE_REPLY(%ld, 0)\n", __FILE__, line, (long)req);
    t_failures++;
  }
}

int main(void) {
  const DWORD INCR = LINECALLINFOSTATE_NUMOWNERINCR | LINECALLINFOSTATE_NUMMONITORS;
  const DWORD DECR = LINECALLINFOSTATE_NUMOWNERDECR | LINECALLINFOSTATE_NUMMONITORS;
  const DWORD DROPANSWER = LINECALLFEATURE_DROP | LINECALLFEATURE_ANSWER;
  HLINE lo, lm, lw;
  apps[0] = t_app_with_line("r08-priv-o", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 10, &lo);
  apps[1] = t_app_with_line("r08-priv-m", 0, 0x00020000, LINECALLPRIVILEGE_MONITOR, 11, &lm);
  apps[2] = t_app_with_line("r08-priv-w", 0, 0x00030001, LINECALLPRIVILEGE_MONITOR, 12, &lw);

  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Priv", 0, &(DWORD){0}), 0);
  HCALL ho = t_new_call(apps[0], lo, NULL);
  HCALL hm = t_new_call(apps[1], lm, NULL);
  HCALL hw = t_new_call(apps[2], lw, NULL);
  drain_all();

  DWORD feat = 0;
  CHECK_EQ(privilege(ho, &feat), LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(feat & DROPANSWER, DROPANSWER);
  CHECK_EQ(privilege(hm, &feat), LINECALLPRIVILEGE_MONITOR);
  CHECK_EQ(feat & DROPANSWER, 0);
  CHECK_COUNTS(ho, 1, 2);

  /* Monitor -> owner. */
  CHECK_RC(lineSetCallPrivilege(hm, LINECALLPRIVILEGE_OWNER), 0);
  CHECK_EQ(privilege(hm, &feat), LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(feat & DROPANSWER, DROPANSWER); /* OFFERING: an owner may answer or drop */
  CHECK_EQ(privilege(ho, NULL), LINECALLPRIVILEGE_OWNER);
  CHECK_COUNTS(ho, 2, 1);
  CHECK_COUNTS(hm, 2, 1);
  CHECK_COUNTS(hw, 2, 1);
  expect_count_info(apps[0], ho, 10, INCR, __LINE__);
  expect_count_info(apps[2], hw, 12, INCR, __LINE__);
  CHECK_QUIET(apps[0]);
  CHECK_QUIET(apps[2]);
  drain_all();

  /* The new owner answers. */
  LONG req = lineAnswer(hm, NULL, 0);
  CHECK(req > 0);
  expect_reply(apps[1], req, __LINE__);
  CHECK_EQ(t_state(ho), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(hw), LINECALLSTATE_CONNECTED);
  drain_all();

  /* Owner -> monitor (m still owns the call). */
  CHECK_RC(lineSetCallPrivilege(ho, LINECALLPRIVILEGE_MONITOR), 0);
  CHECK_EQ(privilege(ho, &feat), LINECALLPRIVILEGE_MONITOR);
  CHECK_EQ(feat & DROPANSWER, 0);
  CHECK_COUNTS(ho, 1, 2);
  CHECK_COUNTS(hm, 1, 2);
  CHECK_COUNTS(hw, 1, 2);
  expect_count_info(apps[1], hm, 11, DECR, __LINE__);
  expect_count_info(apps[2], hw, 12, DECR, __LINE__);
  CHECK_QUIET(apps[1]);
  CHECK_QUIET(apps[2]);
  drain_all();
  CHECK_RC(lineDrop(ho, NULL, 0), LINEERR_NOTOWNER);
  CHECK_EQ(t_state(ho), LINECALLSTATE_CONNECTED);

  /* Setting the privilege a handle already has succeeds and changes no count. */
  CHECK_RC(lineSetCallPrivilege(ho, LINECALLPRIVILEGE_MONITOR), 0);
  CHECK_RC(lineSetCallPrivilege(hm, LINECALLPRIVILEGE_OWNER), 0);
  CHECK_COUNTS(hw, 1, 2);
  drain_all();

  /* Invalid privilege values: an error, nothing changes, nobody is told anything. */
  static const DWORD bad_priv[] = {0, LINECALLPRIVILEGE_NONE, 3,
                                   LINECALLPRIVILEGE_OWNER | LINECALLPRIVILEGE_MONITOR,
                                   8, 0x10, 0x80000004, 0xFFFFFFFF};
  for (size_t i = 0; i < sizeof bad_priv / sizeof bad_priv[0]; i++) {
    CHECK_RC(lineSetCallPrivilege(ho, bad_priv[i]), LINEERR_INVALCALLPRIVILEGE);
    CHECK_RC(lineSetCallPrivilege(hm, bad_priv[i]), LINEERR_INVALCALLPRIVILEGE);
  }
  CHECK_EQ(privilege(ho, NULL), LINECALLPRIVILEGE_MONITOR);
  CHECK_EQ(privilege(hm, NULL), LINECALLPRIVILEGE_OWNER);
  CHECK_COUNTS(hw, 1, 2);
  for (int i = 0; i < N_APPS; i++) CHECK_QUIET(apps[i]);

  /* Bad handles. */
  CHECK_RC(lineSetCallPrivilege(0, LINECALLPRIVILEGE_OWNER), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetCallPrivilege(lo, LINECALLPRIVILEGE_OWNER), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetCallPrivilege((HCALL)apps[0], LINECALLPRIVILEGE_MONITOR), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetCallPrivilege(0xFFFFFFFF, LINECALLPRIVILEGE_MONITOR), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(hw), 0);
  CHECK_RC(lineSetCallPrivilege(hw, LINECALLPRIVILEGE_OWNER), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetCallPrivilege(hw, LINECALLPRIVILEGE_MONITOR), LINEERR_INVALCALLHANDLE);
  CHECK_COUNTS(ho, 1, 1);
  drain_all();

  /* Monitor -> owner again; now it can drop the call. */
  CHECK_RC(lineSetCallPrivilege(ho, LINECALLPRIVILEGE_OWNER), 0);
  CHECK_EQ(privilege(ho, &feat), LINECALLPRIVILEGE_OWNER);
  CHECK(feat & LINECALLFEATURE_DROP);
  CHECK_COUNTS(ho, 2, 0);
  expect_count_info(apps[1], hm, 11, INCR, __LINE__);
  req = lineDrop(ho, NULL, 0);
  CHECK(req > 0);
  expect_reply(apps[0], req, __LINE__);
  CHECK_EQ(t_state(ho), LINECALLSTATE_IDLE);
  CHECK_EQ(t_state(hm), LINECALLSTATE_IDLE);

  for (int i = 0; i < N_APPS; i++) CHECK_RC(lineShutdown(apps[i]), 0);
  TEST_DONE();
}
