/* The thread that owns a pumped application dispatches a MSG of ANOTHER thread's
 * application (both with digits waiting in their batches), and a thread exits with its
 * application's digits waiting.
 *  1. Worker W (application W, device 1) and main (application M, device 0) each have 15
 *     digits waiting. Main calls DispatchMessage with W's MSG, and W with M's: nothing
 *     runs (R10: no other thread ever runs the callback); both then get all 16, in order,
 *     on their own thread.
 *  2. W exits with 14 digits waiting. Main dispatches W's MSG again: nothing. Main's own
 *     application still works through GetMessage. lineShutdown of W's application from
 *     main returns 0; no callback of W ever ran on another thread. */
#include <windows.h>

#include <pthread.h>

#include "common.h"

#define DIGITS "0123456789ABCD*#"

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int g_stage_main, g_stage_w;

static pthread_t g_owner[2];
static HCALL g_call[2];
static int g_n[2], g_wrong_thread[2];
static DWORD_PTR g_d[2][64];
static MSG g_msg_of[2];
static DWORD g_id[2];
static HLINEAPP g_app[2];

static void CALLBACK Cb(DWORD hDevice, DWORD dwMsg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2,
                        DWORD_PTR p3) {
  (void)hDevice, (void)p3;
  int who = inst == 20;
  if (!pthread_equal(pthread_self(), g_owner[who])) {
    fprintf(stderr, "callback of app %d (msg %u) on another thread\n", who, (unsigned)dwMsg);
    g_wrong_thread[who]++;
  }
  if (dwMsg == LINE_APPNEWCALL) g_call[who] = (HCALL)p2;
  if (dwMsg == LINE_MONITORDIGITS && g_n[who] < 64) g_d[who][g_n[who]++] = p1;
}

static void stage(int *s, int v) {
  pthread_mutex_lock(&mu);
  *s = v;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
}

static void setup(int who, DWORD dev, DWORD_PTR inst, const char *name) {
  g_owner[who] = pthread_self();
  g_app[who] = t_init_callback(Cb, name);
  (void)t_open(g_app[who], dev, 0x00020002, LINECALLPRIVILEGE_OWNER, inst);
  REQUIRE_RC(tapisimOfferCall(dev, 0, "5551000", name, 0, &g_id[who]), 0);
  REQUIRE_PUMP_UNTIL(g_call[who] != 0);
  REQUIRE_RC(lineMonitorDigits(g_call[who], LINEDIGITMODE_DTMF), 0);
  t_pump_now();
  REQUIRE_RC(tapisimRemoteDigits(g_id[who], DIGITS, LINEDIGITMODE_DTMF), 0);
  REQUIRE(GetMessage(&g_msg_of[who], NULL, 0, 0) > 0);
  DispatchMessage(&g_msg_of[who]);
  CHECK_EQ(g_n[who], 1);
}

static int in_order(int who) {
  for (int i = 0; i < 16; i++)
    if (g_d[who][i] != (DWORD_PTR)DIGITS[i]) return 0;
  return 1;
}

/* On application `who`'s thread, its first digit already dispatched: the other 15 come,
 * each through this thread's own window, all 16 in order. */
static void rest_in_order(int who) {
  MSG m;
  for (int i = 1; i < 16; i++) {
    REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
    CHECK(m.hwnd == g_msg_of[who].hwnd);
    DispatchMessage(&m);
  }
  CHECK_EQ(g_n[who], 16);
  CHECK(in_order(who));
}

static void *worker(void *arg) {
  (void)arg;
  setup(1, 1, 20, "pump-w");
  stage(&g_stage_w, 1);
  T_WAIT_UNTIL(mu, cv, g_stage_main >= 1);
  /* Main's MSG dispatched here: nothing may run. */
  for (int i = 0; i < 3; i++) DispatchMessage(&g_msg_of[0]);
  stage(&g_stage_w, 2);
  T_WAIT_UNTIL(mu, cv, g_stage_main >= 2);
  rest_in_order(1);
  MSG m;
  /* 16 more, one dispatched, then exit with 15... one dispatched: 14 left after the
   * second GetMessage returned without its dispatch. */
  g_n[1] = 0;
  REQUIRE_RC(tapisimRemoteDigits(g_id[1], DIGITS, LINEDIGITMODE_DTMF), 0);
  REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
  DispatchMessage(&m);
  REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
  g_msg_of[1] = m;
  CHECK_EQ(g_n[1], 1);
  return NULL;
}

/* A fresh thread (no message queue yet) dispatching main's MSG: nothing may run. */
static void *fresh(void *arg) {
  (void)arg;
  for (int i = 0; i < 3; i++) DispatchMessage(&g_msg_of[0]);
  return NULL;
}

int main(void) {
  pthread_t w;
  REQUIRE(pthread_create(&w, NULL, worker, NULL) == 0);
  T_WAIT_UNTIL(mu, cv, g_stage_w >= 1);
  setup(0, 0, 10, "pump-m");
  CHECK(g_msg_of[0].hwnd != g_msg_of[1].hwnd);
  /* 1. W's MSG dispatched here, with M's 15 waiting: nothing may run. */
  for (int i = 0; i < 3; i++) DispatchMessage(&g_msg_of[1]);
  CHECK_EQ(g_n[1], 1);
  CHECK_EQ(g_n[0], 1);
  pthread_t f;
  REQUIRE(pthread_create(&f, NULL, fresh, NULL) == 0);
  pthread_join(f, NULL);
  CHECK_EQ(g_n[0], 1);
  stage(&g_stage_main, 1);
  T_WAIT_UNTIL(mu, cv, g_stage_w >= 2);
  CHECK_EQ(g_n[0], 1);
  CHECK_EQ(g_n[1], 1);
  rest_in_order(0);
  stage(&g_stage_main, 2);
  MSG m;

  /* 2. W exits with 14 waiting. */
  pthread_join(w, NULL);
  int w_before = g_n[1];
  for (int i = 0; i < 3; i++) DispatchMessage(&g_msg_of[1]);
  CHECK(!PeekMessage(&m, g_msg_of[1].hwnd, 0, 0, PM_REMOVE) || (DispatchMessage(&m), 1));
  CHECK_RC(tapisimRemoteDigits(g_id[1], "99", LINEDIGITMODE_DTMF), 0);
  g_n[0] = 0;
  REQUIRE_RC(tapisimRemoteDigits(g_id[0], DIGITS, LINEDIGITMODE_DTMF), 0);
  for (int i = 0; i < 16; i++) {
    REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
    CHECK(m.hwnd == g_msg_of[0].hwnd);
    DispatchMessage(&m);
    DispatchMessage(&g_msg_of[1]);
  }
  CHECK_EQ(g_n[0], 16);
  CHECK(in_order(0));
  CHECK_EQ(g_n[1], w_before);
  CHECK_RC(lineShutdown(g_app[1]), 0);
  DispatchMessage(&g_msg_of[1]);
  CHECK_EQ(g_n[1], w_before);
  CHECK_EQ(g_wrong_thread[0], 0);
  CHECK_EQ(g_wrong_thread[1], 0);
  CHECK_RC(lineShutdown(g_app[0]), 0);
  TEST_DONE();
}
