/* R5 LINE_CLOSE: when the provider closes a line device (tapisimCloseLine), every app
 * with it open receives LINE_CLOSE with hDevice = that app's own HLINE and the
 * dwCallbackInstance of that open (one per open: an app with the device open twice gets
 * two); event-mode and callback-mode apps, owner, monitor and NONE opens, API 1.4 to 3.0.
 * From then on that line handle and every call handle on it are invalid exactly as after
 * lineClose (lineClose on it gives LINEERR_INVALLINEHANDLE, lineMakeCall too, call
 * functions give LINEERR_INVALCALLHANDLE, also when called from the callback that
 * receives LINE_CLOSE). Messages about the dead handles still queued are discarded: no
 * message naming a dead call handle, and no LINE_REPLY of a request on the closed line,
 * is delivered (before or after LINE_CLOSE). Lines on other devices are unaffected.
 * tapisimCloseLine on an unknown device gives LINEERR_BADDEVICEID and changes nothing.
 * The device can be reopened afterwards, with a new, different handle. The callback-mode
 * app's callback runs as on Windows, in the main thread's message loop: the test pumps
 * while it waits for the callback's messages. */
#include <windows.h>

#include "common.h"

/* New call handles an app got on the line with `instance` (LINE_CALLSTATE with the
 * privilege in dwParam3: every API version). */
static int new_handles(const t_queue_t *q, DWORD_PTR instance, HCALL *out, int max) {
  int n = 0;
  for (int i = 0; i < q->n; i++)
    if (q->m[i].dwMessageID == LINE_CALLSTATE && q->m[i].dwCallbackInstance == instance &&
        q->m[i].dwParam3 != 0) {
      REQUIRE(n < max);
      out[n++] = (HCALL)q->m[i].hDevice;
    }
  return n;
}

/* ---- the callback-mode app ---- */
static LINEMESSAGE g_cbq[MAXQ];
static int g_cbn;
static HLINE g_c_dead_line;          /* set before tapisimCloseLine */
static HCALL g_c_dead_calls[8];      /* idem */
static int g_c_ndead;
static LONG g_close_rc_in_cb = 1;    /* lineClose(hDevice) inside the LINE_CLOSE callback */
static int g_info_invalid_in_cb = -1; /* how many dead calls read INVALCALLHANDLE there */

static void callback(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance, DWORD_PTR dwParam1,
                     DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  HLINE dead_line;
  HCALL dead_calls[8];
  int ndead;
  dead_line = g_c_dead_line;
  ndead = g_c_ndead;
  memcpy(dead_calls, g_c_dead_calls, sizeof dead_calls);
  if (dwMessage == LINE_CLOSE && dead_line != 0 && hDevice == dead_line) {
    LONG rc = lineClose(hDevice);
    int invalid = 0;
    for (int i = 0; i < ndead; i++) {
      char buf[1024];
      if ((DWORD)t_info(dead_calls[i], buf, sizeof buf) == LINEERR_INVALCALLHANDLE) invalid++;
    }
    g_close_rc_in_cb = rc;
    g_info_invalid_in_cb = invalid;
  }
  if (g_cbn < MAXQ)
    g_cbq[g_cbn++] = t_msg(hDevice, dwMessage, dwInstance, dwParam1, dwParam2, dwParam3);
}

/* The index of the first message `id` on hDevice `dev` the callback has recorded at or
 * after `from`, or -1. */
static int cb_find(DWORD id, DWORD dev, int from) {
  for (int i = from; i < g_cbn; i++)
    if (g_cbq[i].dwMessageID == id && g_cbq[i].hDevice == dev) return i;
  return -1;
}

/* Pumps the message loop until the callback has recorded a message `id` on hDevice
 * `dev` (at most 2 s); returns its index, or -1. */
static int cb_wait_for(DWORD id, DWORD dev, int from) {
  T_PUMP_UNTIL(cb_find(id, dev, from) >= 0, T_TIMEOUT_MS);
  return cb_find(id, dev, from);
}

/* In q: exactly one LINE_CLOSE for `line` with `instance`. */
static void check_one_close(const t_queue_t *q, HLINE line, DWORD_PTR instance) {
  int n = 0;
  for (int i = 0; i < q->n; i++)
    if (q->m[i].dwMessageID == LINE_CLOSE && q->m[i].hDevice == line) {
      n++;
      CHECK_EQ(q->m[i].dwCallbackInstance, instance);
    }
  CHECK_EQ(n, 1);
}

/* No message in q names one of `dead` (LINE_CLOSE on a dead line aside), and no
 * LINE_REPLY answers one of `reqs`. */
static void check_no_stale(const t_queue_t *q, const DWORD *dead, int ndead, const LONG *reqs,
                           int nreqs) {
  for (int i = 0; i < q->n; i++) {
    const LINEMESSAGE *m = &q->m[i];
    if (m->dwMessageID == LINE_CLOSE) continue;
    for (int j = 0; j < ndead; j++) {
      if (m->hDevice == dead[j] ||
          (m->dwMessageID == LINE_APPNEWCALL && m->dwParam2 == (DWORD_PTR)dead[j])) {
        fprintf(stderr, "stale message %u on dead handle 0x%08x (p1 0x%lx)\n",
                (unsigned)m->dwMessageID, (unsigned)dead[j], (unsigned long)m->dwParam1);
        CHECK(0);
      }
    }
    for (int j = 0; j < nreqs; j++)
      if (m->dwMessageID == LINE_REPLY) CHECK(m->dwParam1 != (DWORD_PTR)reqs[j]);
  }
}

int main(void) {
  t_queue_t q;
  DWORD num_devs = 0;
  HLINEAPP a = t_init_ex(NULL, "r05-a", LINEINITIALIZEEXOPTION_USEEVENT, &num_devs);
  REQUIRE(num_devs >= 2);
  HLINEAPP b = t_init_event("r05-b");
  HLINEAPP c = t_init_callback(callback, "r05-c");

  HLINE la0 = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0xA0);
  HLINE la0m = t_open(a, 0, 0x00030000, LINECALLPRIVILEGE_MONITOR, 0xA1);
  HLINE la1 = t_open(a, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 0xA2);
  HLINE lb0 = t_open(b, 0, 0x00010004, LINECALLPRIVILEGE_MONITOR, 0xB0);
  HLINE lb0n = t_open(b, 0, 0x00020000, LINECALLPRIVILEGE_NONE, 0xB1);
  HLINE lc0 = t_open(c, 0, 0x00020000, LINECALLPRIVILEGE_MONITOR, 0xC0);
  HLINE lc1 = t_open(c, 1, 0x00030000, LINECALLPRIVILEGE_MONITOR, 0xC1);

  /* Three calls on device 0: A outgoing, incoming (A owns), B outgoing from its NONE
   * line. Every other open of device 0 with owner or monitor privilege monitors each
   * (so la0 gets the incoming call as owner and B's call as monitor). */
  HCALL a_out = 0, b_out = 0;
  LONG r = lineMakeCall(la0, &a_out, "5551000", 0, NULL);
  REQUIRE(r > 0 && a_out != 0);
  DWORD in_id = 0;
  REQUIRE_RC(tapisimOfferCall(0, 0, "5552000", "Caller", 0, &in_id), 0);
  r = lineMakeCall(lb0n, &b_out, "5553000", 0, NULL);
  REQUIRE(r > 0 && b_out != 0);
  /* And one on device 1. */
  HCALL a_dev1 = 0;
  r = lineMakeCall(la1, &a_dev1, "5554000", 0, NULL);
  REQUIRE(r > 0 && a_dev1 != 0);

  HCALL a_in[2], a_mon[3], b_mon[3];
  t_pull(a, &q);
  REQUIRE(new_handles(&q, 0xA0, a_in, 2) == 2); /* incoming (owner), b_out (monitor) */
  REQUIRE(new_handles(&q, 0xA1, a_mon, 3) == 3);
  t_pull(b, &q);
  REQUIRE(new_handles(&q, 0xB0, b_mon, 3) == 3);
  HCALL c_mon[3];
  REQUIRE(cb_wait_for(LINE_APPNEWCALL, lc1, 0) >= 0); /* dev 1 call: c has seen dev 0 too */
  int nc = 0;
  for (int i = 0; i < g_cbn; i++)
    if (g_cbq[i].dwMessageID == LINE_APPNEWCALL && g_cbq[i].hDevice == lc0 && nc < 3)
      c_mon[nc++] = (HCALL)g_cbq[i].dwParam2;
  REQUIRE(nc == 3);
  HCALL c_dev1 = 0;
  for (int i = 0; i < g_cbn; i++)
    if (g_cbq[i].dwMessageID == LINE_APPNEWCALL && g_cbq[i].hDevice == lc1)
      c_dev1 = (HCALL)g_cbq[i].dwParam2;
  REQUIRE(c_dev1 != 0);
  CHECK_EQ(t_state(a_out), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(a_in[0]), LINECALLSTATE_OFFERING);
  CHECK_EQ(t_state(c_mon[2]), LINECALLSTATE_CONNECTED);

  /* Leave messages about device 0 queued and a request outstanding: LINE_CALLINFO to
   * every handle of a_out, and a lineDrop request (LINE_REPLY + IDLE) on a_in. */
  CHECK_RC(lineSetAppSpecific(a_out, 7), 0);
  LONG drop_req = lineDrop(a_in[0], NULL, 0);
  REQUIRE(drop_req > 0);
  LONG b_req = lineDrop(b_out, NULL, 0);
  REQUIRE(b_req > 0);

  g_c_dead_line = lc0;
  for (int i = 0; i < 3; i++) g_c_dead_calls[i] = c_mon[i];
  g_c_ndead = 3;
  int c_mark = g_cbn;

  CHECK_RC(tapisimCloseLine(0), 0);

  /* Everything about device 0 is invalid at once. */
  DWORD dead_a[] = {la0, la0m, a_out, a_in[0], a_in[1], a_mon[0], a_mon[1], a_mon[2]};
  DWORD dead_b[] = {lb0, lb0n, b_out, b_mon[0], b_mon[1], b_mon[2]};
  DWORD dead_c[] = {lc0, c_mon[0], c_mon[1], c_mon[2]};
  for (int i = 2; i < 8; i++) t_check_call_dead(dead_a[i]);
  for (int i = 2; i < 6; i++) t_check_call_dead(dead_b[i]);
  for (int i = 1; i < 4; i++) t_check_call_dead(dead_c[i]);
  CHECK_RC(lineAnswer(a_in[0], NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetAppSpecific(a_out, 8), LINEERR_INVALCALLHANDLE);

  /* Event apps: one LINE_CLOSE per open, with that open's HLINE and instance; nothing
   * about the dead handles, no LINE_REPLY for the requests on the closed lines. */
  LONG reqs[] = {drop_req, b_req};
  t_pull(a, &q);
  check_one_close(&q, la0, 0xA0);
  check_one_close(&q, la0m, 0xA1);
  CHECK_EQ(q.n, 2);
  check_no_stale(&q, dead_a, 8, reqs, 2);
  t_pull(b, &q);
  check_one_close(&q, lb0, 0xB0);
  check_one_close(&q, lb0n, 0xB1);
  CHECK_EQ(q.n, 2);
  check_no_stale(&q, dead_b, 6, reqs, 2);

  /* Callback app: LINE_CLOSE for lc0 with its instance; inside that callback the line
   * and its calls were already invalid. */
  int ci = cb_wait_for(LINE_CLOSE, lc0, c_mark);
  CHECK(ci >= 0);
  if (ci >= 0) CHECK_EQ(g_cbq[ci].dwCallbackInstance, 0xC0);
  CHECK_RC(g_close_rc_in_cb, LINEERR_INVALLINEHANDLE);
  CHECK_EQ(g_info_invalid_in_cb, 3);

  for (int i = 0; i < 2; i++) t_check_line_dead(dead_a[i]);
  for (int i = 0; i < 2; i++) t_check_line_dead(dead_b[i]);
  t_check_line_dead(lc0);

  /* Device 1 is unaffected. */
  CHECK_EQ(t_state(a_dev1), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(c_dev1), LINECALLSTATE_CONNECTED);
  HCALL a_dev1b = 0;
  r = lineMakeCall(la1, &a_dev1b, "5555000", 0, NULL);
  CHECK(r > 0);
  t_pull(a, &q);
  {
    int replies = 0;
    for (int i = 0; i < q.n; i++)
      if (q.m[i].dwMessageID == LINE_REPLY && q.m[i].dwParam1 == (DWORD_PTR)r) replies++;
    CHECK_EQ(replies, 1);
    check_no_stale(&q, dead_a, 8, reqs, 2);
  }
  /* The callback app's dev 1 line still works; once it has seen the new dev 1 call,
   * everything queued before has been delivered: check what came after LINE_CLOSE
   * (messages delivered before it may have been delivered before the close). */
  int ni = cb_wait_for(LINE_APPNEWCALL, lc1, ci >= 0 ? ci : c_mark);
  CHECK(ni >= 0);
  if (ci >= 0) {
    t_queue_t cq;
    cq.n = 0;
    for (int i = c_mark; i < g_cbn; i++) cq.m[cq.n++] = g_cbq[i];
    check_one_close(&cq, lc0, 0xC0);
    cq.n = 0;
    for (int i = ci + 1; i < g_cbn; i++) cq.m[cq.n++] = g_cbq[i];
    check_no_stale(&cq, dead_c, 4, reqs, 2);
    for (int i = 0; i < cq.n; i++) CHECK(cq.m[i].hDevice != lc1 || cq.m[i].dwMessageID != LINE_CLOSE);
  }

  /* Unknown devices. */
  CHECK_RC(tapisimCloseLine(num_devs), LINEERR_BADDEVICEID);
  CHECK_RC(tapisimCloseLine(0xFFFFFFFF), LINEERR_BADDEVICEID);
  t_pull(a, &q);
  CHECK_EQ(q.n, 0);
  CHECK_EQ(t_state(a_dev1), LINECALLSTATE_CONNECTED);

  /* Reopen device 0: a new, different handle that works. */
  HLINE again = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0xA3);
  CHECK(again != la0 && again != la0m && again != la1 && again != lb0 && again != lc0);
  HCALL a_new = 0;
  r = lineMakeCall(again, &a_new, "5556000", 0, NULL);
  CHECK(r > 0);
  CHECK(a_new != a_out && a_new != a_in[0]);
  CHECK_EQ(t_state(a_new), LINECALLSTATE_CONNECTED);
  /* ... and a second provider close reaches it. */
  t_drain(a);
  CHECK_RC(tapisimCloseLine(0), 0);
  t_pull(a, &q);
  check_one_close(&q, again, 0xA3);
  CHECK_EQ(q.n, 1);
  t_check_call_dead(a_new);
  t_check_line_dead(again);

  CHECK_RC(lineClose(la1), 0);
  CHECK_RC(lineClose(lc1), 0);
  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(c), 0);
  TEST_DONE();
}
