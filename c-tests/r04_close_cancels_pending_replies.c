/* R4 lineClose: outstanding asynchronous requests on the line get no LINE_REPLY after
 * the close. lineMakeCall, lineDrop and lineAnswer are issued on a line and lineClose is
 * called before the app reads its queue (the simulated provider completes requests at
 * once, so their LINE_REPLY messages are already queued: README, "Messages" and
 * "Requests complete at once"). Reading the queue afterwards yields no LINE_REPLY for
 * those request IDs and no message naming the closed line or one of its calls, while a
 * request on the app's other line, issued in between, still gets its LINE_REPLY and its
 * call's LINE_CALLSTATE messages. Lines at API 1.4, 2.2 and 3.1. */
#include "common.h"

/* The handle of a new incoming call on the line with `instance`: the LINE_CALLSTATE
 * OFFERING of a new call carries the privilege in dwParam3 (every API version). */
static HCALL incoming_on(const t_queue_t *q, DWORD_PTR instance) {
  for (int i = 0; i < q->n; i++)
    if (q->m[i].dwMessageID == LINE_CALLSTATE && q->m[i].dwCallbackInstance == instance &&
        q->m[i].dwParam1 == LINECALLSTATE_OFFERING && q->m[i].dwParam3 != 0)
      return (HCALL)q->m[i].hDevice;
  return 0;
}

static void round_at(HLINEAPP app, DWORD version) {
  t_queue_t q;
  const DWORD_PTR ia = 0x100 + version, ib = 0x200 + version;
  HLINE la = t_open(app, 0, version, LINECALLPRIVILEGE_OWNER, ia);
  HLINE lb = t_open(app, 1, version, LINECALLPRIVILEGE_OWNER, ib);

  /* An active outgoing call and an offered incoming call on la. */
  HCALL active = 0;
  LONG r = lineMakeCall(la, &active, "5551000", 0, NULL);
  REQUIRE(r > 0 && active != 0);
  DWORD id = 0;
  REQUIRE_RC(tapisimOfferCall(0, 0, "5552000", "Caller", 0, &id), 0);
  t_pull(app, &q);
  HCALL offered = incoming_on(&q, ia);
  REQUIRE(offered != 0);
  REQUIRE(t_state(active) == LINECALLSTATE_CONNECTED);
  REQUIRE(t_state(offered) == LINECALLSTATE_OFFERING);

  /* Requests on la, one on lb, then close la before reading anything. */
  HCALL made = 0, other = 0;
  LONG req_make = lineMakeCall(la, &made, "5553000", 0, NULL);
  LONG req_drop = lineDrop(active, NULL, 0);
  LONG req_answer = lineAnswer(offered, NULL, 0);
  LONG req_other = lineMakeCall(lb, &other, "5554000", 0, NULL);
  REQUIRE(req_make > 0 && req_drop > 0 && req_answer > 0 && req_other > 0);
  CHECK(req_make != req_drop && req_drop != req_answer && req_answer != req_other &&
        req_make != req_other && req_make != req_answer && req_drop != req_other);
  REQUIRE(made != 0 && other != 0);

  CHECK_RC(lineClose(la), 0);

  int other_replies = 0, other_connected = 0;
  t_pull_wait(app, &q, 100);
  for (int i = 0; i < q.n; i++) {
    const LINEMESSAGE *m = &q.m[i];
    if (m->dwMessageID == LINE_REPLY) {
      CHECK(m->dwParam1 != (DWORD_PTR)req_make);
      CHECK(m->dwParam1 != (DWORD_PTR)req_drop);
      CHECK(m->dwParam1 != (DWORD_PTR)req_answer);
      if (m->dwParam1 == (DWORD_PTR)req_other) {
        other_replies++;
        CHECK_EQ(m->dwParam2, 0);
        CHECK_EQ(m->dwCallbackInstance, ib);
      }
    }
    if (m->dwMessageID == LINE_CALLSTATE && m->hDevice == other &&
        m->dwParam1 == LINECALLSTATE_CONNECTED)
      other_connected++;
    CHECK(m->dwCallbackInstance != ia);
    CHECK(m->hDevice != la);
    CHECK(m->hDevice != active);
    CHECK(m->hDevice != offered);
    CHECK(m->hDevice != made);
    if (m->dwMessageID == LINE_APPNEWCALL) CHECK(m->dwParam2 != made);
    if (m->dwCallbackInstance == ia)
      fprintf(stderr, "  stale message 0x%x hDevice 0x%08x p1 0x%lx\n", (unsigned)m->dwMessageID,
              (unsigned)m->hDevice, (unsigned long)m->dwParam1);
  }
  CHECK_EQ(other_replies, 1);
  CHECK_EQ(other_connected, 1);

  /* The call lineMakeCall handed out on la died with the line. */
  char buf[1024];
  CHECK_RC(t_info(made, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_RC(t_info(active, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_RC(t_info(offered, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_RC(t_info(other, buf, sizeof buf), 0);
  CHECK_EQ(t_state(other), LINECALLSTATE_CONNECTED);

  /* Nothing more arrives later either. */
  LINEMESSAGE m;
  CHECK_RC(lineGetMessage(app, &m, 50), LINEERR_OPERATIONFAILED);
  CHECK_RC(lineClose(lb), 0);
  t_drain(app);
}

int main(void) {
  HLINEAPP app = t_init_event("r04-replies");
  round_at(app, 0x00010004);
  round_at(app, 0x00020002);
  round_at(app, 0x00030001);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
