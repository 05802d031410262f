/* R9, LINEINITIALIZEEXOPTION_USEEVENT: lineGetMessage on an empty queue gives
 * LINEERR_OPERATIONFAILED after the timeout (not before it, and not much later): at once
 * for dwTimeout 0, after about 50 and 200 ms for those. A waiting lineGetMessage (finite
 * or INFINITE timeout) returns as soon as a message is queued by another thread.
 * Documented errors (header): NULL or an unusable lpMessage gives LINEERR_INVALPOINTER and
 * takes no message; an unknown handle, a line handle, a callback-mode application (at
 * once, without waiting) give LINEERR_INVALAPPHANDLE; lineShutdown wakes a waiter with
 * LINEERR_INVALAPPHANDLE; with no application left, LINEERR_UNINITIALIZED. */
#include <pthread.h>
#include <time.h>

#include "common.h"

struct waiter {
  HLINEAPP app;
  DWORD timeout;
  LONG rc;
  LINEMESSAGE msg;
  double took;
};

static void *wait_thread(void *arg) {
  struct waiter *w = arg;
  double t0 = t_now_ms();
  w->rc = lineGetMessage(w->app, &w->msg, w->timeout);
  w->took = t_now_ms() - t0;
  return NULL;
}

int main(void) {
  HLINEAPP app = t_init_event("r09-timeout");
  HLINEAPP other = t_init_event("r09-other");
  HLINEAPP cbapp = t_init_callback(t_ignore_callback, "r09-callback");
  HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 77);
  LINEMESSAGE m;
  double t0, took;

  /* dwTimeout 0 on an empty queue: at once. The fastest of five tries, so that a
   * scheduling hiccup (valgrind on a loaded machine) is not taken for a wait. */
  took = 1e9;
  for (int i = 0; i < 5; i++) {
    t0 = t_now_ms();
    CHECK_RC(lineGetMessage(app, &m, 0), LINEERR_OPERATIONFAILED);
    double t = t_now_ms() - t0;
    if (t < took) took = t;
  }
  if (!(took < 20.0)) fprintf(stderr, "  a 0 ms timeout took %.1f ms\n", took);
  CHECK(took < 20.0);

  /* 50 ms and 200 ms: not early, not very late. */
  t0 = t_now_ms();
  CHECK_RC(lineGetMessage(app, &m, 50), LINEERR_OPERATIONFAILED);
  took = t_now_ms() - t0;
  if (!(took >= 49.0 && took < 1000.0)) fprintf(stderr, "  50 ms timeout took %.1f ms\n", took);
  CHECK(took >= 49.0);
  CHECK(took < 1000.0);
  t0 = t_now_ms();
  CHECK_RC(lineGetMessage(app, &m, 200), LINEERR_OPERATIONFAILED);
  took = t_now_ms() - t0;
  if (!(took >= 199.0 && took < 1500.0)) fprintf(stderr, "  200 ms timeout took %.1f ms\n", took);
  CHECK(took >= 199.0);
  CHECK(took < 1500.0);

  /* A waiter (2 s timeout) returns as soon as a message comes. */
  struct waiter w = {app, 2000, -1, {0}, 0};
  pthread_t th;
  REQUIRE(pthread_create(&th, NULL, wait_thread, &w) == 0);
  t_sleep_ms(30);
  DWORD id = 0;
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Wake", 0, &id), 0);
  pthread_join(th, NULL);
  CHECK_RC(w.rc, 0);
  CHECK_EQ(w.msg.dwMessageID, LINE_APPNEWCALL);
  CHECK_EQ(w.msg.hDevice, line);
  CHECK_EQ(w.msg.dwCallbackInstance, 77);
  CHECK(w.took < 1000.0);
  HCALL call = (HCALL)w.msg.dwParam2;
  CHECK(call != 0);

  /* Bad pointers: an error, and the queued LINE_CALLSTATE is still there afterwards. */
  CHECK_RC(lineGetMessage(app, NULL, 0), LINEERR_INVALPOINTER);
  CHECK_RC(lineGetMessage(app, (LPLINEMESSAGE)16, 0), LINEERR_INVALPOINTER);
  CHECK_RC(lineGetMessage(app, NULL, 100), LINEERR_INVALPOINTER);
  CHECK_RC(lineGetMessage(app, &m, 0), 0);
  CHECK_EQ(m.dwMessageID, LINE_CALLSTATE);
  CHECK_EQ(m.hDevice, call);
  CHECK_EQ(m.dwParam1, LINECALLSTATE_OFFERING);
  CHECK_RC(lineGetMessage(app, &m, 0), LINEERR_OPERATIONFAILED);

  /* An INFINITE waiter returns as soon as a message comes. */
  struct waiter wi = {app, 0xFFFFFFFF /* INFINITE */, -1, {0}, 0};
  REQUIRE(pthread_create(&th, NULL, wait_thread, &wi) == 0);
  t_sleep_ms(30);
  CHECK_RC(lineSetAppSpecific(call, 5), 0);
  pthread_join(th, NULL);
  CHECK_RC(wi.rc, 0);
  CHECK_EQ(wi.msg.dwMessageID, LINE_CALLINFO);
  CHECK_EQ(wi.msg.hDevice, call);
  CHECK(wi.msg.dwParam1 & LINECALLINFOSTATE_APPSPECIFIC);
  CHECK(wi.took < 1000.0);

  /* Bad application handles: at once, even with a timeout. */
  t0 = t_now_ms();
  CHECK_RC(lineGetMessage(0, &m, 100), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetMessage((HLINEAPP)line, &m, 100), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetMessage((HLINEAPP)call, &m, 100), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetMessage(0xFFFFFFFF, &m, 100), LINEERR_INVALAPPHANDLE);
  /* A callback-mode application has no queue to pull from. */
  CHECK_RC(lineGetMessage(cbapp, &m, 0), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetMessage(cbapp, &m, 100), LINEERR_INVALAPPHANDLE);
  took = t_now_ms() - t0;
  CHECK(took < 90.0);

  /* lineShutdown wakes a waiter, which gets LINEERR_INVALAPPHANDLE. */
  struct waiter ws = {app, 3000, -1, {0}, 0};
  REQUIRE(pthread_create(&th, NULL, wait_thread, &ws) == 0);
  t_sleep_ms(30);
  CHECK_RC(lineShutdown(app), 0);
  pthread_join(th, NULL);
  CHECK_RC(ws.rc, LINEERR_INVALAPPHANDLE);
  CHECK(ws.took < 1500.0);
  CHECK_RC(lineGetMessage(app, &m, 0), LINEERR_INVALAPPHANDLE);

  CHECK_RC(lineShutdown(cbapp), 0);
  CHECK_RC(lineShutdown(other), 0);
  CHECK_RC(lineGetMessage(other, &m, 0), LINEERR_UNINITIALIZED);
  TEST_DONE();
}
