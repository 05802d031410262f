/* R6 lineShutdown in callback mode (LINEINITIALIZEEXOPTION_USEHIDDENWINDOW):
 * - called from inside the app's own LINECALLBACK it returns 0 without deadlocking
 *   (tapi.h: "called from inside the callback it does not wait"); at once the app handle
 *   is invalid (second lineShutdown and lineOpen give LINEERR_INVALAPPHANDLE while
 *   another app is initialized), its call handles give LINEERR_INVALCALLHANDLE, the calls
 *   it solely owned are dropped (another app's monitor sees IDLE, dwNumOwners 0), and
 *   the callback is never called again;
 * - from inside the callback of the last app, call functions then give
 *   LINEERR_UNINITIALIZED;
 * - called from another thread while a callback is running, it waits for that callback
 *   to return (tapi.h) and no callback starts after it returned.
 *
 * These are the dispatcher-thread guarantees (callbacks on a thread of their own, racing
 * the main thread's lineShutdown), so the test opts in to a dispatcher thread
 * (tapi32SetCallbackThread); by default callbacks run in the initializing thread's
 * message loop. */
#include <pthread.h>
#include <time.h>

#include "common.h"
#include "tapi32ext.h"

static pthread_mutex_t g_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_cv = PTHREAD_COND_INITIALIZER;

/* Waits (bounded) until *flag is non-zero; returns it. */
static int wait_flag(int *flag, int seconds) {
  struct timespec until = t_deadline(seconds);
  pthread_mutex_lock(&g_mu);
  while (!*flag)
    if (pthread_cond_timedwait(&g_cv, &g_mu, &until) != 0) break;
  int v = *flag;
  pthread_mutex_unlock(&g_mu);
  return v;
}

static void set_flag(int *flag) {
  pthread_mutex_lock(&g_mu);
  *flag = 1;
  pthread_cond_broadcast(&g_cv);
  pthread_mutex_unlock(&g_mu);
}

/* ---- phase 1: shutdown inside the callback, another app still initialized ---- */
static HLINEAPP g1_app;
static HCALL g1_out;
static int g1_done, g1_returned, g1_after;
static LONG g1_rc_shutdown = 1, g1_rc_again = 1, g1_rc_open = 1, g1_rc_info_new = 1,
            g1_rc_status_out = 1, g1_rc_getmsg = 1;

static void callback1(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance, DWORD_PTR dwParam1,
                      DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)hDevice, (void)dwInstance, (void)dwParam1, (void)dwParam3;
  if (__atomic_load_n(&g1_returned, __ATOMIC_ACQUIRE)) {
    __atomic_add_fetch(&g1_after, 1, __ATOMIC_RELAXED);
    return;
  }
  if (dwMessage != LINE_APPNEWCALL) return;
  HLINEAPP app = __atomic_load_n(&g1_app, __ATOMIC_ACQUIRE);
  HCALL out = __atomic_load_n(&g1_out, __ATOMIC_ACQUIRE);
  LONG rc = lineShutdown(app);
  __atomic_store_n(&g1_returned, 1, __ATOMIC_RELEASE);
  char buf[1024];
  LINECALLSTATUS st;
  HLINE l = 0;
  LINEMESSAGE m;
  LONG again = lineShutdown(app);
  LONG open = lineOpen(app, 1, &l, 0x00020002, 0, 0, LINECALLPRIVILEGE_MONITOR, 0, NULL);
  LONG info = t_info((HCALL)dwParam2, buf, sizeof buf);
  LONG status = t_status(out, &st);
  LONG getmsg = lineGetMessage(app, &m, 0);
  pthread_mutex_lock(&g_mu);
  g1_rc_shutdown = rc;
  g1_rc_again = again;
  g1_rc_open = open;
  g1_rc_info_new = info;
  g1_rc_status_out = status;
  g1_rc_getmsg = getmsg;
  pthread_mutex_unlock(&g_mu);
  set_flag(&g1_done);
}

/* ---- phase 2: shutdown inside the callback of the last app ---- */
static HLINEAPP g2_app;
static int g2_done;
static LONG g2_rc_shutdown = 1, g2_rc_info = 1, g2_rc_status = 1;

static void callback2(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance, DWORD_PTR dwParam1,
                      DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)hDevice, (void)dwInstance, (void)dwParam1, (void)dwParam3;
  if (dwMessage != LINE_APPNEWCALL) return;
  LONG rc = lineShutdown(__atomic_load_n(&g2_app, __ATOMIC_ACQUIRE));
  char buf[1024];
  LINECALLSTATUS st;
  LONG info = t_info((HCALL)dwParam2, buf, sizeof buf);
  LONG status = t_status((HCALL)dwParam2, &st);
  pthread_mutex_lock(&g_mu);
  g2_rc_shutdown = rc;
  g2_rc_info = info;
  g2_rc_status = status;
  pthread_mutex_unlock(&g_mu);
  set_flag(&g2_done);
}

/* ---- phase 3: shutdown from another thread while a callback runs ---- */
static int g3_in_cb, g3_go, g3_cb_returned, g3_shutdown_returned, g3_after;

static void callback3(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance, DWORD_PTR dwParam1,
                      DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)hDevice, (void)dwInstance, (void)dwParam1, (void)dwParam2, (void)dwParam3;
  if (__atomic_load_n(&g3_shutdown_returned, __ATOMIC_ACQUIRE)) {
    __atomic_add_fetch(&g3_after, 1, __ATOMIC_RELAXED);
    return;
  }
  if (dwMessage != LINE_APPNEWCALL) return;
  set_flag(&g3_in_cb);
  wait_flag(&g3_go, 2);
  /* Let lineShutdown get under way on the main thread before returning. */
  t_sleep_ms(50);
  __atomic_store_n(&g3_cb_returned, 1, __ATOMIC_RELEASE);
}

int main(void) {
  LINEMESSAGE m;
  char buf[1024];

  /* Opt in: phase 3 needs the callback running on another thread while the main thread
   * calls lineShutdown, and phases 1-2 wait for callbacks on a blocked main thread. */
  REQUIRE_RC(tapi32SetCallbackThread(TRUE), 0);

  /* Phase 1. */
  HLINEAPP mon = t_init_event("r06-cb-monitor");
  HLINE lm = t_open(mon, 0, 0x00030000, LINECALLPRIVILEGE_MONITOR, 0x4D);
  HLINEAPP c = t_init_callback(callback1, "r06-cb-c");
  __atomic_store_n(&g1_app, c, __ATOMIC_RELEASE);
  HLINE lc = t_open(c, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0xC0);
  HCALL out = 0;
  LONG r = lineMakeCall(lc, &out, "5551000", 0, NULL);
  REQUIRE(r > 0 && out != 0);
  __atomic_store_n(&g1_out, out, __ATOMIC_RELEASE);
  HCALL m_out = t_new_call(mon, lm, NULL);
  HCALL m_in = 0;
  t_drain(mon);
  CHECK_EQ(t_state(m_out), LINECALLSTATE_CONNECTED);

  DWORD id = 0;
  REQUIRE_RC(tapisimOfferCall(0, 0, "5552000", "In", 0, &id), 0); /* c's callback shuts down */
  CHECK(wait_flag(&g1_done, 3));
  pthread_mutex_lock(&g_mu);
  CHECK_RC(g1_rc_shutdown, 0);
  CHECK_RC(g1_rc_again, LINEERR_INVALAPPHANDLE);
  CHECK_RC(g1_rc_open, LINEERR_INVALAPPHANDLE);
  CHECK_RC(g1_rc_info_new, LINEERR_INVALCALLHANDLE);
  CHECK_RC(g1_rc_status_out, LINEERR_INVALCALLHANDLE);
  CHECK_RC(g1_rc_getmsg, LINEERR_INVALAPPHANDLE);
  pthread_mutex_unlock(&g_mu);

  /* The monitor: both calls c solely owned were dropped. */
  {
    int idle_out = 0, idle_in = 0;
    while (t_next(mon, &m, 200)) {
      if (m.dwMessageID == LINE_APPNEWCALL && m.hDevice == lm) m_in = (HCALL)m.dwParam2;
      if (m.dwMessageID == LINE_CALLSTATE && m.dwParam1 == LINECALLSTATE_IDLE) {
        if (m.hDevice == m_out) idle_out++;
        if (m_in && m.hDevice == m_in) idle_in++;
      }
    }
    CHECK_EQ(idle_out, 1);
    CHECK(m_in != 0);
    CHECK_EQ(idle_in, 1);
    REQUIRE_RC(t_info(m_out, buf, sizeof buf), 0);
    CHECK_EQ(((LINECALLINFO *)buf)->dwNumOwners, 0);
    CHECK_EQ(t_state(m_out), LINECALLSTATE_IDLE);
    if (m_in) {
      REQUIRE_RC(t_info(m_in, buf, sizeof buf), 0);
      CHECK_EQ(((LINECALLINFO *)buf)->dwNumOwners, 0);
      CHECK_EQ(((LINECALLINFO *)buf)->dwCallID, id);
      CHECK_EQ(t_state(m_in), LINECALLSTATE_IDLE);
    }
  }
  CHECK_RC(t_info(out, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineClose(lc), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineShutdown(c), LINEERR_INVALAPPHANDLE);
  /* Another call on device 0: the monitor gets it, c's callback is not called again. */
  REQUIRE_RC(tapisimOfferCall(0, 0, "5553000", NULL, 0, &id), 0);
  CHECK(t_wait_for(mon, LINE_APPNEWCALL, lm, &m));
  t_drain(mon);
  CHECK_RC(lineGetMessage(mon, &m, 50), LINEERR_OPERATIONFAILED);
  CHECK_EQ(__atomic_load_n(&g1_after, __ATOMIC_ACQUIRE), 0);
  CHECK_RC(lineShutdown(mon), 0);

  /* Phase 2: d is the only app. */
  HLINEAPP d = t_init_callback(callback2, "r06-cb-d");
  __atomic_store_n(&g2_app, d, __ATOMIC_RELEASE);
  HLINE ld = t_open(d, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 0xD0);
  REQUIRE_RC(tapisimOfferCall(1, 0, "5554000", NULL, 0, &id), 0);
  CHECK(wait_flag(&g2_done, 3));
  pthread_mutex_lock(&g_mu);
  CHECK_RC(g2_rc_shutdown, 0);
  CHECK_RC(g2_rc_info, LINEERR_UNINITIALIZED);
  CHECK_RC(g2_rc_status, LINEERR_UNINITIALIZED);
  pthread_mutex_unlock(&g_mu);
  CHECK_RC(lineClose(ld), LINEERR_UNINITIALIZED);

  /* Phase 3: e's callback is running when the main thread calls lineShutdown. */
  HLINEAPP e = t_init_callback(callback3, "r06-cb-e");
  HLINE le = t_open(e, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0xE0);
  (void)le;
  REQUIRE_RC(tapisimOfferCall(0, 0, "5555000", NULL, 0, &id), 0);
  REQUIRE(wait_flag(&g3_in_cb, 3));
  set_flag(&g3_go);
  double t0 = t_now_s();
  CHECK_RC(lineShutdown(e), 0);
  __atomic_store_n(&g3_shutdown_returned, 1, __ATOMIC_RELEASE);
  CHECK(__atomic_load_n(&g3_cb_returned, __ATOMIC_ACQUIRE)); /* it waited for the callback */
  CHECK(t_now_s() - t0 < 2.0);
  /* The LINE_CALLSTATE OFFERING queued behind LINE_APPNEWCALL is never delivered. */
  t_sleep_ms(50);
  CHECK_EQ(__atomic_load_n(&g3_after, __ATOMIC_ACQUIRE), 0);
  TEST_DONE();
}
