/* Two threads, each with its own pumped application (device 0 and 1), pump with
 * GetMessage/DispatchMessage concurrently while a third thread (main) keeps sending them
 * far-end digits. After every dispatch each thread also dispatches the OTHER thread's
 * latest MSG (which must run nothing: R10). Then main shuts down thread 1's application
 * while digits keep coming: once thread 1 has seen lineShutdown return (before its next
 * GetMessage), no callback of it may run; its GetMessage keeps working (ends at a
 * sentinel), and thread 2 is not disturbed.
 * Checks: each application's digits come on its own thread, each once, in order. */
#include <windows.h>

#include <pthread.h>
#include <stdatomic.h>

#include "common.h"

#define DIGITS "0123456789ABCD*#"
#define ROUNDS 120

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int g_ready;

static pthread_t g_owner[2];
static DWORD g_tid[2];
static HLINEAPP g_app[2];
static HCALL g_call[2];
static DWORD g_id[2];
static atomic_int g_n[2];
static atomic_int g_wrong_thread, g_out_of_order, g_after_shutdown;
static atomic_int g_shut_done; /* lineShutdown(app 0) returned */
static int g_seen_shut[2];      /* per thread: saw g_shut_done before its GetMessage */
static pthread_mutex_t g_pub_mu = PTHREAD_MUTEX_INITIALIZER;
static MSG g_pub[2];
static int g_pub_set[2];

static void CALLBACK Cb(DWORD hDevice, DWORD dwMsg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2,
                        DWORD_PTR p3) {
  (void)hDevice, (void)p3;
  int who = inst == 20;
  if (!pthread_equal(pthread_self(), g_owner[who])) {
    atomic_fetch_add(&g_wrong_thread, 1);
    return;
  }
  if (who == 0 && g_seen_shut[0]) atomic_fetch_add(&g_after_shutdown, 1);
  if (dwMsg == LINE_APPNEWCALL) g_call[who] = (HCALL)p2;
  if (dwMsg != LINE_MONITORDIGITS) return;
  int n = atomic_load(&g_n[who]);
  if (p1 != (DWORD_PTR)DIGITS[n % 16]) atomic_fetch_add(&g_out_of_order, 1);
  atomic_store(&g_n[who], n + 1);
}

static void *pumper(void *arg) {
  int who = (int)(uintptr_t)arg;
  g_owner[who] = pthread_self();
  g_tid[who] = GetCurrentThreadId();
  g_app[who] = t_init_callback(Cb, who ? "pump-t2" : "pump-t1");
  (void)t_open(g_app[who], (DWORD)who, 0x00020002, LINECALLPRIVILEGE_OWNER, who ? 20 : 10);
  REQUIRE_RC(tapisimOfferCall((DWORD)who, 0, "5551000", "X", 0, &g_id[who]), 0);
  REQUIRE_PUMP_UNTIL(g_call[who] != 0);
  REQUIRE_RC(lineMonitorDigits(g_call[who], LINEDIGITMODE_DTMF), 0);
  t_pump_now();
  pthread_mutex_lock(&mu);
  g_ready++;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  MSG m, other;
  for (;;) {
    if (who == 0 && atomic_load(&g_shut_done)) g_seen_shut[0] = 1;
    int r = GetMessage(&m, NULL, 0, 0);
    if (r <= 0) break;
    if (m.message == WM_USER + 1) break;
    DispatchMessage(&m);
    pthread_mutex_lock(&g_pub_mu);
    g_pub[who] = m;
    g_pub_set[who] = 1;
    int have = g_pub_set[!who];
    other = g_pub[!who];
    pthread_mutex_unlock(&g_pub_mu);
    if (have) DispatchMessage(&other);
  }
  return NULL;
}

static void wait_caught_up(int who, int target) {
  DWORD s = GetTickCount();
  while (atomic_load(&g_n[who]) < target && GetTickCount() - s < 5000) Sleep(1);
}

int main(void) {
  pthread_t t[2];
  REQUIRE(pthread_create(&t[0], NULL, pumper, (void *)(uintptr_t)0) == 0);
  REQUIRE(pthread_create(&t[1], NULL, pumper, (void *)(uintptr_t)1) == 0);
  T_WAIT_UNTIL(mu, cv, g_ready == 2);
  for (int r = 0; r < ROUNDS; r++) {
    CHECK_RC(tapisimRemoteDigits(g_id[0], DIGITS, LINEDIGITMODE_DTMF), 0);
    CHECK_RC(tapisimRemoteDigits(g_id[1], DIGITS, LINEDIGITMODE_DTMF), 0);
    if (r >= 4) {
      wait_caught_up(0, (r - 3) * 16);
      wait_caught_up(1, (r - 3) * 16);
    }
  }
  wait_caught_up(0, ROUNDS * 16);
  wait_caught_up(1, ROUNDS * 16);
  CHECK_EQ(atomic_load(&g_n[0]), ROUNDS * 16);
  CHECK_EQ(atomic_load(&g_n[1]), ROUNDS * 16);

  /* Shut down thread 1's application while its digits keep coming. */
  for (int r = 0; r < 20; r++) {
    /* After the shutdown the call (solely owned) is gone: the far end fails. */
    LONG rc0 = tapisimRemoteDigits(g_id[0], DIGITS, LINEDIGITMODE_DTMF);
    CHECK(r <= 10 ? rc0 == 0 : rc0 != 0);
    CHECK_RC(tapisimRemoteDigits(g_id[1], DIGITS, LINEDIGITMODE_DTMF), 0);
    if (r == 10) {
      CHECK_RC(lineShutdown(g_app[0]), 0);
      atomic_store(&g_shut_done, 1);
    }
    wait_caught_up(1, (ROUNDS + r - 3) * 16);
  }
  wait_caught_up(1, (ROUNDS + 20) * 16);
  CHECK_EQ(atomic_load(&g_n[1]), (ROUNDS + 20) * 16);
  Sleep(20);
  CHECK(PostThreadMessage(g_tid[0], WM_USER + 1, 0, 0));
  CHECK(PostThreadMessage(g_tid[1], WM_USER + 1, 0, 0));
  pthread_join(t[0], NULL);
  pthread_join(t[1], NULL);
  CHECK_EQ(atomic_load(&g_wrong_thread), 0);
  CHECK_EQ(atomic_load(&g_out_of_order), 0);
  CHECK_EQ(atomic_load(&g_after_shutdown), 0);
  CHECK_RC(lineShutdown(g_app[0]), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineShutdown(g_app[1]), 0);
  TEST_DONE();
}
