/* R6 lineShutdown invalidates the app handle: a lineGetMessage blocked on it in another
 * thread is woken and returns LINEERR_INVALAPPHANDLE (tapi.h: "wakes a lineGetMessage
 * waiting on it (which returns LINEERR_INVALAPPHANDLE)"), promptly, both with INFINITE
 * and with a finite timeout, while another app is still initialized and also when the
 * app shut down is the last one. The other app's own waiter is not disturbed: it times
 * out with LINEERR_OPERATIONFAILED. A watchdog (alarm) fails the test instead of letting
 * it hang if a waiter is never woken.
 *
 * When the app shut down still has active calls, lineShutdown drops them (as lineClose)
 * and queues their LINE_CALLSTATE IDLE before the handles die; a waiter may take such a
 * message while the shutdown is under way (README: a message is checked when it leaves
 * the queue). Phase 2 allows exactly that - IDLE for one of the app's own calls - and
 * requires the waiter to end with LINEERR_INVALAPPHANDLE. */
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static void watchdog(int sig) {
  static const char msg[] = "watchdog: a blocked lineGetMessage was not woken by lineShutdown\n";
  (void)sig;
  if (write(2, msg, sizeof msg - 1) < 0) _exit(2);
  _exit(1);
}

typedef struct {
  HLINEAPP app;
  DWORD timeout;
  int entered; /* set just before calling lineGetMessage */
  LONG rc;
  double returned_at;
  LINEMESSAGE msg;
} waiter_t;

static void *waiter(void *arg) {
  waiter_t *w = (waiter_t *)arg;
  memset(&w->msg, 0, sizeof w->msg);
  __atomic_store_n(&w->entered, 1, __ATOMIC_RELEASE);
  w->rc = lineGetMessage(w->app, &w->msg, w->timeout);
  w->returned_at = t_now_s();
  return NULL;
}

static int g_loop_entered, g_loop_n;
static LINEMESSAGE g_loop_msgs[16];
static LONG g_loop_rc;
static double g_loop_returned_at;

/* Takes messages with INFINITE until lineGetMessage fails. */
static void *loop_waiter(void *arg) {
  HLINEAPP app = *(HLINEAPP *)arg;
  LINEMESSAGE m;
  __atomic_store_n(&g_loop_entered, 1, __ATOMIC_RELEASE);
  while ((g_loop_rc = lineGetMessage(app, &m, 0xFFFFFFFF)) == 0)
    if (g_loop_n < 16) g_loop_msgs[g_loop_n++] = m;
  g_loop_returned_at = t_now_s();
  return NULL;
}

/* Starts the waiters and gives them time to block (they cannot be observed inside
 * lineGetMessage; 100 ms is far more than entering it takes). */
static void start(waiter_t *w, pthread_t *t, int n) {
  for (int i = 0; i < n; i++) REQUIRE(pthread_create(&t[i], NULL, waiter, &w[i]) == 0);
  for (int i = 0; i < n; i++)
    while (!__atomic_load_n(&w[i].entered, __ATOMIC_ACQUIRE)) sched_yield();
  t_sleep_ms(100);
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = watchdog;
  sigaction(SIGALRM, &sa, NULL);
  alarm(20);

  /* Phase 1: a is shut down while b stays initialized. */
  HLINEAPP a = t_init_event("r06-wake-a");
  HLINEAPP b = t_init_event("r06-wake-b");
  HLINE la = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1);
  (void)la;
  t_drain(a);
  waiter_t w[3];
  pthread_t t[3];
  memset(w, 0, sizeof w);
  w[0].app = a;
  w[0].timeout = 0xFFFFFFFF; /* INFINITE */
  w[1].app = a;
  w[1].timeout = 10000;
  w[2].app = b;
  w[2].timeout = 400; /* b's own waiter times out normally */
  start(w, t, 3);
  for (int i = 0; i < 3; i++) CHECK(w[i].returned_at == 0); /* all still blocked */

  double shut = t_now_s();
  CHECK_RC(lineShutdown(a), 0);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  CHECK_RC(w[0].rc, LINEERR_INVALAPPHANDLE);
  CHECK_RC(w[1].rc, LINEERR_INVALAPPHANDLE);
  CHECK(w[0].returned_at - shut < 1.0);
  CHECK(w[1].returned_at - shut < 1.0);
  CHECK_EQ(w[0].msg.dwMessageID, 0);
  CHECK_RC(w[2].rc, LINEERR_OPERATIONFAILED);
  CHECK(w[2].returned_at >= shut); /* it kept waiting until its timeout */
  /* a stays dead; b still works. */
  LINEMESSAGE m;
  CHECK_RC(lineGetMessage(a, &m, 0), LINEERR_INVALAPPHANDLE);
  HLINE lb = t_open(b, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 2);
  HCALL cb = t_make_call(b, lb, "5551000");
  CHECK_EQ(t_state(cb), LINECALLSTATE_CONNECTED);
  t_drain(b);

  /* Phase 2: an app with active calls, a waiter looping on lineGetMessage(INFINITE). */
  {
    HLINEAPP c = t_init_event("r06-wake-c");
    HLINE lc = t_open(c, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 3);
    HCALL calls[2];
    calls[0] = t_make_call(c, lc, "5552000");
    calls[1] = t_offer(c, 1, "5553000", NULL, NULL);
    t_drain(c);
    shut = 0;
    pthread_t lt;
    REQUIRE(pthread_create(&lt, NULL, loop_waiter, &c) == 0);
    while (!__atomic_load_n(&g_loop_entered, __ATOMIC_ACQUIRE)) sched_yield();
    t_sleep_ms(100);
    shut = t_now_s();
    CHECK_RC(lineShutdown(c), 0);
    pthread_join(lt, NULL);
    CHECK_RC(g_loop_rc, LINEERR_INVALAPPHANDLE);
    CHECK(g_loop_returned_at - shut < 1.0);
    CHECK(g_loop_n <= 2);
    for (int i = 0; i < g_loop_n; i++) {
      CHECK_EQ(g_loop_msgs[i].dwMessageID, LINE_CALLSTATE);
      CHECK_EQ(g_loop_msgs[i].dwParam1, LINECALLSTATE_IDLE);
      CHECK_EQ(g_loop_msgs[i].dwCallbackInstance, 3);
      CHECK(g_loop_msgs[i].hDevice == calls[0] || g_loop_msgs[i].hDevice == calls[1]);
    }
  }

  /* Phase 3: b is the last app; its blocked waiters are woken the same way. */
  CHECK_RC(lineClose(lb), 0);
  t_drain(b);
  memset(w, 0, sizeof w);
  w[0].app = b;
  w[0].timeout = 0xFFFFFFFF;
  w[1].app = b;
  w[1].timeout = 10000;
  start(w, t, 2);
  shut = t_now_s();
  CHECK_RC(lineShutdown(b), 0);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  CHECK_RC(w[0].rc, LINEERR_INVALAPPHANDLE);
  CHECK_RC(w[1].rc, LINEERR_INVALAPPHANDLE);
  CHECK(w[0].returned_at - shut < 1.0);
  CHECK(w[1].returned_at - shut < 1.0);
  CHECK_RC(lineGetMessage(b, &m, 0), LINEERR_UNINITIALIZED);

  alarm(0);
  TEST_DONE();
}
