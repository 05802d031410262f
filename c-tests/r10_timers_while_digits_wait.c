/* Timers and WM_QUIT while a pumped application's digits wait in its batch.
 *  1. SetTimer (due already) while 15 digits wait: the 15 WM_TAPI first, then WM_TIMER.
 *  2. KillTimer: the short way again, and no WM_TIMER ever after.
 *  3. SetTimer with a TIMERPROC from inside the callback, the callback sleeping past the
 *     timer's due time: the remaining digits first, then the timer (its proc run by
 *     DispatchMessage).
 *  4. A due timer and PostQuitMessage while digits wait: digits, WM_QUIT, then (another
 *     GetMessage) WM_TIMER.
 *  5. A posted message from another thread in the middle of the digits comes as soon as
 *     it is posted (before the TAPI messages still waiting). */
#include <windows.h>

#include <pthread.h>

#include "common.h"

#define DIGITS "0123456789ABCD*#"

static HCALL g_call;
static int g_n;
static DWORD_PTR g_d[64];
static int g_mode;
static UINT_PTR g_cb_timer;
static int g_proc_runs, g_proc_runs_at_digit[64];

static void CALLBACK TimerProc(HWND h, UINT m, UINT_PTR id, DWORD t) {
  (void)h, (void)m, (void)t;
  if (id == g_cb_timer) g_proc_runs++;
}

static void CALLBACK Cb(DWORD hDevice, DWORD dwMsg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2,
                        DWORD_PTR p3) {
  (void)hDevice, (void)inst, (void)p3;
  if (dwMsg == LINE_APPNEWCALL) g_call = (HCALL)p2;
  if (dwMsg != LINE_MONITORDIGITS || g_n >= 64) return;
  g_proc_runs_at_digit[g_n] = g_proc_runs;
  g_d[g_n++] = p1;
  if (g_mode == 3 && g_n == 1) {
    g_cb_timer = SetTimer(NULL, 0, 10, TimerProc);
    CHECK(g_cb_timer != 0);
    Sleep(30);
  }
}

static int in_order(void) {
  for (int i = 0; i < 16; i++)
    if (g_d[i] != (DWORD_PTR)DIGITS[i]) return 0;
  return 1;
}

static DWORD g_main;
static volatile int g_posted;
static void *post_soon(void *arg) {
  (void)arg;
  PostThreadMessage(g_main, WM_USER + 5, 55, 0);
  g_posted = 1;
  return NULL;
}

int main(void) {
  g_main = GetCurrentThreadId();
  HLINEAPP a = t_init_callback(Cb, "pump-timers");
  (void)t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 10);
  DWORD id = 0;
  MSG m;
  (void)t_monitored_call(0, &g_call, &id);

  /* 1. */
  g_mode = 1;
  g_n = 0;
  REQUIRE_RC(tapisimRemoteDigits(id, DIGITS, LINEDIGITMODE_DTMF), 0);
  REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
  CHECK(m.message != WM_TIMER);
  DispatchMessage(&m);
  UINT_PTR t1 = SetTimer(NULL, 0, 10, NULL);
  REQUIRE(t1 != 0);
  Sleep(30);
  int tapi = 0, timer_at = -1;
  for (int i = 0; i < 16; i++) {
    REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
    if (m.message == WM_TIMER) {
      if (timer_at < 0) timer_at = tapi;
    } else {
      tapi++;
    }
    DispatchMessage(&m);
  }
  CHECK_EQ(timer_at, 15);
  CHECK_EQ(tapi, 15);
  CHECK_EQ(g_n, 16);
  CHECK(in_order());

  /* 2. */
  CHECK(KillTimer(NULL, t1));
  g_n = 0;
  REQUIRE_RC(tapisimRemoteDigits(id, DIGITS, LINEDIGITMODE_DTMF), 0);
  for (int i = 0; i < 16; i++) {
    REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
    CHECK(m.message != WM_TIMER);
    DispatchMessage(&m);
  }
  CHECK_EQ(g_n, 16);
  CHECK(in_order());
  Sleep(20);
  CHECK(!PeekMessage(&m, NULL, 0, 0, PM_NOREMOVE));

  /* 3. */
  g_mode = 3;
  g_n = 0;
  g_proc_runs = 0;
  REQUIRE_RC(tapisimRemoteDigits(id, DIGITS, LINEDIGITMODE_DTMF), 0);
  int timer_msgs = 0, first_timer_after = -1;
  for (int i = 0; i < 17; i++) {
    REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
    if (m.message == WM_TIMER) {
      if (first_timer_after < 0) first_timer_after = g_n;
      timer_msgs++;
    }
    DispatchMessage(&m);
  }
  CHECK_EQ(g_n, 16);
  CHECK(in_order());
  CHECK_EQ(first_timer_after, 16);
  CHECK_EQ(timer_msgs, 1);
  CHECK_EQ(g_proc_runs, 1);
  CHECK_EQ(g_proc_runs_at_digit[15], 0);
  CHECK(KillTimer(NULL, g_cb_timer));

  /* 4. */
  g_mode = 4;
  g_n = 0;
  REQUIRE_RC(tapisimRemoteDigits(id, DIGITS, LINEDIGITMODE_DTMF), 0);
  REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
  DispatchMessage(&m);
  UINT_PTR t4 = SetTimer(NULL, 0, 10, NULL);
  Sleep(30);
  PostQuitMessage(3);
  int got, n = 0;
  while ((got = GetMessage(&m, NULL, 0, 0)) > 0) {
    CHECK(m.message != WM_TIMER);
    DispatchMessage(&m);
    if (++n > 50) break;
  }
  CHECK_EQ(got, 0);
  CHECK_EQ(m.wParam, 3);
  CHECK_EQ(n, 15);
  CHECK_EQ(g_n, 16);
  REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
  CHECK_EQ(m.message, WM_TIMER);
  CHECK_EQ(m.wParam, t4);
  CHECK(KillTimer(NULL, t4));

  /* 5. */
  g_mode = 5;
  g_n = 0;
  REQUIRE_RC(tapisimRemoteDigits(id, DIGITS, LINEDIGITMODE_DTMF), 0);
  int posted_at = -1;
  pthread_t t;
  for (int i = 0; i < 17; i++) {
    if (i == 4) {
      g_posted = 0;
      REQUIRE(pthread_create(&t, NULL, post_soon, NULL) == 0);
      pthread_join(t, NULL);
    }
    REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
    if (m.message == WM_USER + 5) {
      posted_at = i;
      CHECK_EQ(m.wParam, 55);
    }
    DispatchMessage(&m);
  }
  CHECK_EQ(posted_at, 4);
  CHECK_EQ(g_n, 16);
  CHECK(in_order());
  CHECK(!PeekMessage(&m, NULL, 0, 0, PM_NOREMOVE));

  CHECK_RC(lineDeallocateCall(g_call), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
