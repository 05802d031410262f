/* R8: the owner can answer and drop: lineAnswer / lineDrop on an owner handle return a
 * positive request ID (distinct each time), completed by LINE_REPLY (dwParam1 = the ID,
 * dwParam2 = 0, the line's callback instance); the owner and every monitor get
 * LINE_CALLSTATE CONNECTED, then IDLE, each with its own handle as hDevice. Checked for
 * an owner on a 2.x line and on a 1.4 line. The README says requests complete at once,
 * so every message is queued when the function returns. Also documented in the header:
 * lineAnswer on a call that is not OFFERING/ACCEPTED and lineDrop on an IDLE call give
 * LINEERR_INVALCALLSTATE. */
#include "common.h"

static int reply_ok(const t_queue_t *ms, LONG req, DWORD_PTR instance) {
  int c = 0;
  for (int i = 0; i < ms->n; i++)
    if (ms->m[i].dwMessageID == LINE_REPLY && ms->m[i].dwParam1 == (DWORD_PTR)req) {
      if (ms->m[i].dwParam2 != 0 || ms->m[i].dwCallbackInstance != instance) return 0;
      c++;
    }
  return c == 1;
}

/* The new call's handle: from LINE_APPNEWCALL on `line`, or on a 1.4 line (`v14`) from
 * the first LINE_CALLSTATE. */
static HCALL new_call(HLINEAPP app, HLINE line, int v14) {
  return v14 ? t_new_call_14(app, NULL) : t_new_call(app, line, NULL);
}

static void scenario(DWORD owner_version, int dev) {
  int before = t_failures;
  HLINE lo, l1, l2;
  HLINEAPP o = t_app_with_line("r08-answer-owner", (DWORD)dev, owner_version,
                               LINECALLPRIVILEGE_OWNER, 40, &lo);
  HLINEAPP m1 = t_app_with_line("r08-answer-mon1", (DWORD)dev, 0x00020000,
                                LINECALLPRIVILEGE_MONITOR, 41, &l1);
  HLINEAPP m2 = t_app_with_line("r08-answer-mon2", (DWORD)dev, 0x00010004,
                                LINECALLPRIVILEGE_MONITOR, 42, &l2);
  REQUIRE_RC(tapisimOfferCall((DWORD)dev, 0, "5551234", "Answer Me", 0, &(DWORD){0}), 0);
  HCALL ho = new_call(o, lo, owner_version < 0x00020000);
  HCALL h1 = new_call(m1, l1, 0);
  HCALL h2 = new_call(m2, l2, 1);
  t_drain(o);
  t_drain(m1);
  t_drain(m2);
  t_queue_t mo, mm1, mm2;

  CHECK_RC(lineDrop(h1, NULL, 0), LINEERR_NOTOWNER);
  LONG ra = lineAnswer(ho, NULL, 0);
  CHECK(ra > 0);
  t_pull(o, &mo);
  t_pull(m1, &mm1);
  t_pull(m2, &mm2);
  CHECK(reply_ok(&mo, ra, 40));
  CHECK_EQ(t_count(mo.m, mo.n, LINE_CALLSTATE, ho, LINECALLSTATE_CONNECTED), 1);
  CHECK_EQ(t_count(mm1.m, mm1.n, LINE_CALLSTATE, h1, LINECALLSTATE_CONNECTED), 1);
  CHECK_EQ(t_count(mm2.m, mm2.n, LINE_CALLSTATE, h2, LINECALLSTATE_CONNECTED), 1);
  /* Monitors get no LINE_REPLY for the owner's request. */
  CHECK_EQ(t_count(mm1.m, mm1.n, LINE_REPLY, 0, (DWORD_PTR)ra), 0);
  CHECK_EQ(t_count(mm2.m, mm2.n, LINE_REPLY, 0, (DWORD_PTR)ra), 0);
  CHECK_EQ(t_state(ho), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(h2), LINECALLSTATE_CONNECTED);
  CHECK_RC(lineAnswer(ho, NULL, 0), LINEERR_INVALCALLSTATE);

  LONG rd = lineDrop(ho, NULL, 0);
  CHECK(rd > 0);
  CHECK(rd != ra);
  t_pull(o, &mo);
  t_pull(m1, &mm1);
  t_pull(m2, &mm2);
  CHECK(reply_ok(&mo, rd, 40));
  CHECK_EQ(t_count(mo.m, mo.n, LINE_CALLSTATE, ho, LINECALLSTATE_IDLE), 1);
  CHECK_EQ(t_count(mm1.m, mm1.n, LINE_CALLSTATE, h1, LINECALLSTATE_IDLE), 1);
  CHECK_EQ(t_count(mm2.m, mm2.n, LINE_CALLSTATE, h2, LINECALLSTATE_IDLE), 1);
  CHECK_EQ(t_state(ho), LINECALLSTATE_IDLE);
  CHECK_EQ(t_state(h1), LINECALLSTATE_IDLE);
  CHECK_RC(lineDrop(ho, NULL, 0), LINEERR_INVALCALLSTATE);

  /* An outgoing call: drop by its owner. */
  HCALL out = t_make_call(o, lo, "5550999");
  HCALL o1 = new_call(m1, l1, 0);
  t_drain(o);
  t_drain(m1);
  LONG rd2 = lineDrop(out, NULL, 0);
  CHECK(rd2 > 0 && rd2 != rd && rd2 != ra);
  t_pull(o, &mo);
  t_pull(m1, &mm1);
  CHECK(reply_ok(&mo, rd2, 40));
  CHECK_EQ(t_count(mo.m, mo.n, LINE_CALLSTATE, out, LINECALLSTATE_IDLE), 1);
  CHECK_EQ(t_count(mm1.m, mm1.n, LINE_CALLSTATE, o1, LINECALLSTATE_IDLE), 1);

  CHECK_RC(lineShutdown(o), 0);
  CHECK_RC(lineShutdown(m1), 0);
  CHECK_RC(lineShutdown(m2), 0);
  if (t_failures != before) fprintf(stderr, "  (owner line version 0x%08x)\n", (unsigned)owner_version);
}

int main(void) {
  scenario(0x00020002, 0);
  scenario(0x00010004, 1);
  TEST_DONE();
}
