/* R8: the owner can answer and drop: lineAnswer / lineDrop on an owner handle return a
 * positive request ID (distinct each time), completed by LINE_REPLY (dwParam1 = the ID,
 * dwParam2 = 0, the line's callback instance); the owner and every monitor get
 * LINE_CALLSTATE CONNECTED, then IDLE, each with its own handle as hDevice. Checked for
 * an owner on a 2.x line and on a 1.4 line. The README says requests complete at once,
 * so every message is queued when the function returns. Also documented in the header:
 * lineAnswer on a call that is not OFFERING/ACCEPTED and lineDrop on an IDLE call give
 * LINEERR_INVALCALLSTATE. */
#include "common.h"

#define MAX_MSG 32

typedef struct {
  LINEMESSAGE m[MAX_MSG];
  int n;
} msgs_t;

/* Everything queued for `app` right now. */
static void collect(HLINEAPP app, msgs_t *out) {
  out->n = 0;
  LINEMESSAGE m;
  while (out->n < MAX_MSG && t_next(app, &m, 0)) out->m[out->n++] = m;
}

static int count(const msgs_t *ms, DWORD id, DWORD hdev, DWORD_PTR p1, DWORD_PTR p2) {
  int c = 0;
  for (int i = 0; i < ms->n; i++)
    if (ms->m[i].dwMessageID == id && ms->m[i].hDevice == hdev && ms->m[i].dwParam1 == p1 &&
        (p2 == (DWORD_PTR)-1 || ms->m[i].dwParam2 == p2))
      c++;
  return c;
}

static int reply_ok(const msgs_t *ms, LONG req, DWORD_PTR instance) {
  int c = 0;
  for (int i = 0; i < ms->n; i++)
    if (ms->m[i].dwMessageID == LINE_REPLY && ms->m[i].dwParam1 == (DWORD_PTR)req) {
      if (ms->m[i].dwParam2 != 0 || ms->m[i].dwCallbackInstance != instance) return 0;
      c++;
    }
  return c == 1;
}

static HCALL new_call(HLINEAPP app, HLINE line, int v14) {
  LINEMESSAGE m;
  if (!v14) {
    REQUIRE(t_wait_for(app, LINE_APPNEWCALL, line, &m));
    return (HCALL)m.dwParam2;
  }
  while (t_next(app, &m, T_TIMEOUT_MS))
    if (m.dwMessageID == LINE_CALLSTATE && m.dwParam3 != 0) return m.hDevice;
  REQUIRE(!"no new call handle");
  return 0;
}

static void scenario(DWORD owner_version, int dev) {
  int before = t_failures;
  HLINEAPP o = t_init_event("r08-answer-owner");
  HLINEAPP m1 = t_init_event("r08-answer-mon1");
  HLINEAPP m2 = t_init_event("r08-answer-mon2");
  HLINE lo = t_open(o, (DWORD)dev, owner_version, LINECALLPRIVILEGE_OWNER, 40);
  HLINE l1 = t_open(m1, (DWORD)dev, 0x00020000, LINECALLPRIVILEGE_MONITOR, 41);
  HLINE l2 = t_open(m2, (DWORD)dev, 0x00010004, LINECALLPRIVILEGE_MONITOR, 42);
  REQUIRE_RC(tapisimOfferCall((DWORD)dev, 0, "5551234", "Answer Me", 0, &(DWORD){0}), 0);
  HCALL ho = new_call(o, lo, owner_version < 0x00020000);
  HCALL h1 = new_call(m1, l1, 0);
  HCALL h2 = new_call(m2, l2, 1);
  t_drain(o);
  t_drain(m1);
  t_drain(m2);
  msgs_t mo, mm1, mm2;

  CHECK_RC(lineDrop(h1, NULL, 0), LINEERR_NOTOWNER);
  LONG ra = lineAnswer(ho, NULL, 0);
  CHECK(ra > 0);
  collect(o, &mo);
  collect(m1, &mm1);
  collect(m2, &mm2);
  CHECK(reply_ok(&mo, ra, 40));
  CHECK_EQ(count(&mo, LINE_CALLSTATE, ho, LINECALLSTATE_CONNECTED, (DWORD_PTR)-1), 1);
  CHECK_EQ(count(&mm1, LINE_CALLSTATE, h1, LINECALLSTATE_CONNECTED, (DWORD_PTR)-1), 1);
  CHECK_EQ(count(&mm2, LINE_CALLSTATE, h2, LINECALLSTATE_CONNECTED, (DWORD_PTR)-1), 1);
  /* Monitors get no LINE_REPLY for the owner's request. */
  CHECK_EQ(count(&mm1, LINE_REPLY, 0, (DWORD_PTR)ra, (DWORD_PTR)-1), 0);
  CHECK_EQ(count(&mm2, LINE_REPLY, 0, (DWORD_PTR)ra, (DWORD_PTR)-1), 0);
  CHECK_EQ(t_state(ho), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(h2), LINECALLSTATE_CONNECTED);
  CHECK_RC(lineAnswer(ho, NULL, 0), LINEERR_INVALCALLSTATE);

  LONG rd = lineDrop(ho, NULL, 0);
  CHECK(rd > 0);
  CHECK(rd != ra);
  collect(o, &mo);
  collect(m1, &mm1);
  collect(m2, &mm2);
  CHECK(reply_ok(&mo, rd, 40));
  CHECK_EQ(count(&mo, LINE_CALLSTATE, ho, LINECALLSTATE_IDLE, (DWORD_PTR)-1), 1);
  CHECK_EQ(count(&mm1, LINE_CALLSTATE, h1, LINECALLSTATE_IDLE, (DWORD_PTR)-1), 1);
  CHECK_EQ(count(&mm2, LINE_CALLSTATE, h2, LINECALLSTATE_IDLE, (DWORD_PTR)-1), 1);
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
  collect(o, &mo);
  collect(m1, &mm1);
  CHECK(reply_ok(&mo, rd2, 40));
  CHECK_EQ(count(&mo, LINE_CALLSTATE, out, LINECALLSTATE_IDLE, (DWORD_PTR)-1), 1);
  CHECK_EQ(count(&mm1, LINE_CALLSTATE, o1, LINECALLSTATE_IDLE, (DWORD_PTR)-1), 1);

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
