/* The thread's FIRST pumped application shuts itself down from inside its own
 * callback while its batch still holds LINE_MONITORDIGITS, with a second application's
 * digits waiting too. Then, from inside the second application's callback, a new TAPI 1.x
 * application is initialized (lineInitialize) and, later, the second application shuts
 * itself down from inside a callback while the third's digits wait.
 * Expectations: lineShutdown returns 0 from inside the callback; no callback of a shut
 * down application runs after its lineShutdown returned (not even when its old MSG is
 * dispatched again); every other application gets all its digits, in order; GetMessage
 * neither hangs nor returns a message of the dead application's window after it. */
#include <windows.h>

#include <pthread.h>

#include "common.h"

#define DIGITS "0123456789ABCD*#"

static HLINEAPP g_a, g_b, g_c;
static HCALL g_call[3];
static int g_dead[3];      /* set once lineShutdown of that app returned */
static int g_after_dead[3]; /* callbacks of an app after its lineShutdown returned */
static int g_n[3];
static DWORD_PTR g_d[3][64];
static int g_shut_at_a = -1, g_shut_at_b = -1; /* digit index that shuts down */
static int g_init_c_at_b = -1;
static HWND g_win[3];
static MSG g_last;

static void CALLBACK Cb(DWORD hDevice, DWORD dwMsg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2,
                        DWORD_PTR p3);

static void record(int who, DWORD dwMsg, DWORD_PTR p1, DWORD_PTR p2) {
  if (g_dead[who]) {
    g_after_dead[who]++;
    fprintf(stderr, "callback of app %d after its lineShutdown (msg %u)\n", who, (unsigned)dwMsg);
  }
  if (dwMsg == LINE_APPNEWCALL) g_call[who] = (HCALL)p2;
  if (dwMsg == LINE_MONITORDIGITS && g_n[who] < 64) g_d[who][g_n[who]++] = p1;
}

static void CALLBACK Cb(DWORD hDevice, DWORD dwMsg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2,
                        DWORD_PTR p3) {
  (void)hDevice, (void)p3;
  int who = (int)(inst / 10) - 1; /* instances 10, 20, 30 */
  if (who < 0 || who > 2) {
    fprintf(stderr, "unexpected instance %lu\n", (unsigned long)inst);
    t_failures++;
    return;
  }
  record(who, dwMsg, p1, p2);
  if (dwMsg != LINE_MONITORDIGITS) return;
  int idx = g_n[who] - 1;
  if (who == 0 && idx == g_shut_at_a) {
    CHECK_RC(lineShutdown(g_a), 0);
    g_dead[0] = 1;
  }
  if (who == 1 && idx == g_init_c_at_b) {
    DWORD n = 0;
    CHECK_RC(lineInitialize(&g_c, NULL, Cb, "pump-c", &n), 0);
    CHECK(n >= 2);
    HLINE l = 0;
    CHECK_RC(lineOpen(g_c, 0, &l, 0x00020002, 0, 30, LINECALLPRIVILEGE_OWNER,
                      LINEMEDIAMODE_INTERACTIVEVOICE, NULL),
             0);
  }
  if (who == 1 && idx == g_shut_at_b) {
    CHECK_RC(lineShutdown(g_b), 0);
    g_dead[1] = 1;
  }
}

/* Pumps (PeekMessage, bounded) until `cond`. */
#define PUMP_UNTIL(cond)                                                            \
  do {                                                                              \
    DWORD s_ = GetTickCount();                                                      \
    MSG m_;                                                                         \
    while (!(cond) && GetTickCount() - s_ < T_TIMEOUT_MS) {                         \
      if (PeekMessage(&m_, NULL, 0, 0, PM_REMOVE))                                  \
        DispatchMessage(&m_);                                                       \
      else                                                                          \
        Sleep(1);                                                                   \
    }                                                                               \
    REQUIRE(cond);                                                                  \
  } while (0)

static DWORD g_main;
static void *post_later(void *arg) {
  Sleep((DWORD)(uintptr_t)arg);
  PostThreadMessage(g_main, WM_USER + 1, 0, 0);
  return NULL;
}

/* GetMessage/DispatchMessage until the sentinel WM_USER+1 (posted by another thread
 * after `ms`); returns the number of WM_TAPI messages seen per window. */
static int pump_get_until_sentinel(DWORD ms, HWND dead_window) {
  pthread_t t;
  REQUIRE(pthread_create(&t, NULL, post_later, (void *)(uintptr_t)ms) == 0);
  int n = 0, bad = 0;
  while (GetMessage(&g_last, NULL, 0, 0) > 0) {
    if (g_last.message == WM_USER + 1) break;
    if (dead_window && g_last.hwnd == dead_window && g_dead[0] && n > 100) bad++;
    DispatchMessage(&g_last);
    n++;
  }
  pthread_join(t, NULL);
  CHECK(bad == 0);
  return n;
}

static int in_order(int who, int from) {
  for (int i = 0; i < 16; i++)
    if (g_d[who][from + i] != (DWORD_PTR)DIGITS[i]) return 0;
  return 1;
}

int main(void) {
  g_main = GetCurrentThreadId();
  DWORD id[3] = {0, 0, 0};
  g_a = t_init_callback(Cb, "pump-a");
  (void)t_open(g_a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 10);
  g_b = t_init_callback(Cb, "pump-b");
  (void)t_open(g_b, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 20);
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551000", "A", 0, &id[0]), 0);
  REQUIRE_RC(tapisimOfferCall(1, 0, "5552000", "B", 0, &id[1]), 0);
  PUMP_UNTIL(g_call[0] && g_call[1]);
  REQUIRE_RC(lineMonitorDigits(g_call[0], LINEDIGITMODE_DTMF), 0);
  REQUIRE_RC(lineMonitorDigits(g_call[1], LINEDIGITMODE_DTMF), 0);
  t_pump_now();

  /* Learn each window. */
  REQUIRE_RC(tapisimRemoteDigits(id[0], "1", LINEDIGITMODE_DTMF), 0);
  REQUIRE(GetMessage(&g_last, NULL, 0, 0) > 0);
  g_win[0] = g_last.hwnd;
  DispatchMessage(&g_last);
  REQUIRE_RC(tapisimRemoteDigits(id[1], "1", LINEDIGITMODE_DTMF), 0);
  REQUIRE(GetMessage(&g_last, NULL, 0, 0) > 0);
  g_win[1] = g_last.hwnd;
  DispatchMessage(&g_last);
  CHECK(g_win[0] != g_win[1]);
  CHECK_EQ(g_n[0], 1);
  CHECK_EQ(g_n[1], 1);
  g_n[0] = g_n[1] = 0;

  /* 1. A (first) shuts down at its 3rd digit with 13 of its own and 16 of B's waiting. */
  g_shut_at_a = 2;
  REQUIRE_RC(tapisimRemoteDigits(id[0], DIGITS, LINEDIGITMODE_DTMF), 0);
  REQUIRE_RC(tapisimRemoteDigits(id[1], DIGITS, LINEDIGITMODE_DTMF), 0);
  MSG a_msg;
  memset(&a_msg, 0, sizeof a_msg);
  int loops = 0;
  while (!g_dead[0] && loops++ < 100) {
    REQUIRE(GetMessage(&g_last, NULL, 0, 0) > 0);
    if (g_last.hwnd == g_win[0]) a_msg = g_last;
    DispatchMessage(&g_last);
  }
  REQUIRE(g_dead[0]);
  CHECK_EQ(g_n[0], 3);
  /* The dead app's MSG dispatched again, several times: nothing runs. */
  for (int i = 0; i < 5; i++) DispatchMessage(&a_msg);
  CHECK_EQ(g_after_dead[0], 0);
  /* A GetMessage loop: B's 16 digits, nothing of A. */
  int got = pump_get_until_sentinel(150, g_win[0]);
  CHECK_EQ(g_n[1], 16);
  CHECK(in_order(1, 0));
  CHECK_EQ(g_n[0], 3);
  CHECK_EQ(g_after_dead[0], 0);
  CHECK(got >= 16);
  DispatchMessage(&a_msg);
  CHECK_EQ(g_after_dead[0], 0);
  CHECK_RC(lineShutdown(g_a), LINEERR_INVALAPPHANDLE);

  /* 2. B (now the first) initializes C (TAPI 1.x lineInitialize) inside its callback at
   * its 5th digit, with digits still waiting. */
  g_n[1] = 0;
  g_init_c_at_b = 4;
  REQUIRE_RC(tapisimRemoteDigits(id[1], DIGITS, LINEDIGITMODE_DTMF), 0);
  got = pump_get_until_sentinel(150, NULL);
  CHECK_EQ(g_n[1], 16);
  CHECK(in_order(1, 0));
  REQUIRE(g_c != 0);
  REQUIRE_RC(tapisimOfferCall(0, 0, "5553000", "C", 0, &id[2]), 0);
  PUMP_UNTIL(g_call[2] != 0);
  REQUIRE_RC(lineMonitorDigits(g_call[2], LINEDIGITMODE_DTMF), 0);
  t_pump_now();

  /* 3. B shuts itself down at its 2nd digit; C's 16 wait behind B's. */
  g_n[1] = 0;
  g_n[2] = 0;
  g_init_c_at_b = -1;
  g_shut_at_b = 1;
  REQUIRE_RC(tapisimRemoteDigits(id[1], DIGITS, LINEDIGITMODE_DTMF), 0);
  REQUIRE_RC(tapisimRemoteDigits(id[2], DIGITS, LINEDIGITMODE_DTMF), 0);
  got = pump_get_until_sentinel(150, NULL);
  CHECK(g_dead[1]);
  CHECK_EQ(g_n[1], 2);
  CHECK_EQ(g_after_dead[1], 0);
  CHECK_EQ(g_n[2], 16);
  CHECK(in_order(2, 0));
  /* C alone: another round through the short way. */
  g_n[2] = 0;
  REQUIRE_RC(tapisimRemoteDigits(id[2], DIGITS, LINEDIGITMODE_DTMF), 0);
  for (int i = 0; i < 16; i++) {
    REQUIRE(GetMessage(&g_last, NULL, 0, 0) > 0);
    CHECK(g_last.hwnd != g_win[0] && g_last.hwnd != g_win[1]);
    DispatchMessage(&g_last);
  }
  CHECK_EQ(g_n[2], 16);
  CHECK(in_order(2, 0));
  CHECK(!PeekMessage(&g_last, NULL, 0, 0, PM_NOREMOVE));
  CHECK_EQ(g_after_dead[0] + g_after_dead[1], 0);
  CHECK_RC(lineShutdown(g_c), 0);
  TEST_DONE();
}
