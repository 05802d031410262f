/* R10, the message loop while a callback application's messages are coming in runs:
 * GetMessage and DispatchMessage take a short way when the thread's first application
 * holds messages already taken from its queue, and it must give exactly what the
 * general look gives. Sixteen far-end DTMF digits make sixteen LINE_MONITORDIGITS; after
 * the first is dispatched the other fifteen wait on the thread.
 *  A. A message posted to the thread then comes before the next TAPI message; the
 *     digits then arrive one per DispatchMessage, in order.
 *  B. Filters that leave out TAPI messages (a message range, thread messages only)
 *     return none of them while they wait: PeekMessage finds nothing, and GetMessage,
 *     with nothing posted yet, waits for the message another thread posts later; a
 *     filter of the application's own window finds its message.
 *  C. PostQuitMessage while digits wait: every digit first, then WM_QUIT (its code).
 *  D. A second application on the thread (device 1, instance 20): with only its
 *     digits waiting, GetMessage returns its window (not the first's) and
 *     DispatchMessage runs its callback with its instance; with both waiting, all 32
 *     arrive, each application's in order; with both waiting, a GetMessage filtered on
 *     the second's window returns the second's message.
 *  E. One MSG dispatched twice delivers two messages (one per DispatchMessage); once
 *     none is left, it runs nothing; a MSG of the same kind for a window that is no
 *     application's runs nothing. */
#include <windows.h>

#include <pthread.h>

#include "common.h"

#define MY_MSG (WM_USER + 7)
#define DIGITS "0123456789ABCD*#"

static int g_count;
static DWORD_PTR g_instance[64];
static DWORD_PTR g_digit[64];
static HCALL g_new_call[2];

static void CALLBACK Callback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                              DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)hDevice;
  (void)dwParam3;
  if (dwMsg == LINE_APPNEWCALL) {
    g_new_call[dwInstance == 20] = (HCALL)dwParam2;
  } else if (dwMsg == LINE_MONITORDIGITS && g_count < 64) {
    g_instance[g_count] = dwInstance;
    g_digit[g_count] = dwParam1;
    g_count++;
  }
}

/* Pumps until the callback has seen application `which`'s new call (at most 2 s). */
static HCALL new_call(int which) {
  MSG m;
  DWORD start = GetTickCount();
  while (!g_new_call[which] && GetTickCount() - start < T_TIMEOUT_MS) {
    if (PeekMessage(&m, NULL, 0, 0, PM_REMOVE))
      DispatchMessage(&m);
    else
      Sleep(1);
  }
  REQUIRE(g_new_call[which] != 0);
  return g_new_call[which];
}

static DWORD g_main;

/* Posts `msg` (wParam 9) to the main thread from another thread, 30 ms from now. */
static void *post_later_thread(void *arg) {
  Sleep(30);
  CHECK(PostThreadMessage(g_main, (UINT)(uintptr_t)arg, 9, 0));
  return NULL;
}

static pthread_t post_later(UINT msg) {
  pthread_t t;
  REQUIRE(pthread_create(&t, NULL, post_later_thread, (void *)(uintptr_t)msg) == 0);
  return t;
}

/* Dispatches every message waiting (the offered call's state changes). */
static void drain(void) {
  MSG m;
  while (PeekMessage(&m, NULL, 0, 0, PM_REMOVE)) DispatchMessage(&m);
}

/* Takes one message with GetMessage (any), dispatching it; returns it. */
static MSG pump_one(void) {
  MSG m;
  memset(&m, 0, sizeof m);
  CHECK(GetMessage(&m, NULL, 0, 0) > 0);
  DispatchMessage(&m);
  return m;
}

/* Whether the digits recorded from `from` are DIGITS for `instance`, in order. */
static int digits_in_order(int from, DWORD_PTR instance) {
  for (int i = 0; i < 16; i++)
    if (g_instance[from + i] != instance || g_digit[from + i] != (DWORD_PTR)DIGITS[i]) return 0;
  return 1;
}

int main(void) {
  g_main = GetCurrentThreadId();
  HLINEAPP a = t_init_callback(Callback, "r10-order-a");
  (void)t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 10);
  DWORD id_a = 0, id_b = 0;
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551000", "A", 0, &id_a), 0);
  HCALL ca = new_call(0);
  REQUIRE_RC(lineMonitorDigits(ca, LINEDIGITMODE_DTMF), 0);
  drain();
  MSG m, first;

  /* A. A posted message before the waiting digits. */
  g_count = 0;
  REQUIRE_RC(tapisimRemoteDigits(id_a, DIGITS, LINEDIGITMODE_DTMF), 0);
  first = pump_one();
  CHECK_EQ(g_count, 1);
  CHECK(first.message != MY_MSG && first.hwnd != NULL);
  CHECK(PostMessage(NULL, MY_MSG, 1, 2));
  CHECK(GetMessage(&m, NULL, 0, 0) > 0);
  CHECK_EQ(m.message, MY_MSG);
  CHECK_EQ(m.wParam, 1);
  for (int i = 1; i < 16; i++) {
    m = pump_one();
    CHECK_EQ(m.message, first.message);
    CHECK(m.hwnd == first.hwnd);
  }
  CHECK_EQ(g_count, 16);
  CHECK(digits_in_order(0, 10));
  CHECK(!PeekMessage(&m, NULL, 0, 0, PM_NOREMOVE));

  /* B. Filters without TAPI messages. */
  g_count = 0;
  REQUIRE_RC(tapisimRemoteDigits(id_a, DIGITS, LINEDIGITMODE_DTMF), 0);
  (void)pump_one();
  CHECK(!PeekMessage(&m, NULL, WM_USER, WM_USER + 100, PM_REMOVE));
  CHECK(!PeekMessage(&m, (HWND)-1, 0, 0, PM_REMOVE));
  pthread_t poster = post_later(MY_MSG + 1);
  CHECK(GetMessage(&m, NULL, MY_MSG + 1, MY_MSG + 1) > 0);
  CHECK_EQ(m.message, MY_MSG + 1);
  CHECK_EQ(m.wParam, 9);
  pthread_join(poster, NULL);
  poster = post_later(MY_MSG + 2);
  CHECK(GetMessage(&m, (HWND)-1, 0, 0) > 0);
  CHECK_EQ(m.message, MY_MSG + 2);
  CHECK(m.hwnd == NULL);
  pthread_join(poster, NULL);
  CHECK_EQ(g_count, 1);
  CHECK(PostMessage(NULL, MY_MSG, 3, 4));
  CHECK(GetMessage(&m, NULL, MY_MSG, MY_MSG) > 0);
  CHECK_EQ(m.message, MY_MSG);
  CHECK_EQ(m.wParam, 3);
  CHECK(PeekMessage(&m, first.hwnd, 0, 0, PM_NOREMOVE));
  CHECK(m.hwnd == first.hwnd);
  for (int i = 1; i < 16; i++) (void)pump_one();
  CHECK_EQ(g_count, 16);
  CHECK(digits_in_order(0, 10));

  /* C. WM_QUIT after the waiting digits. */
  g_count = 0;
  REQUIRE_RC(tapisimRemoteDigits(id_a, DIGITS, LINEDIGITMODE_DTMF), 0);
  (void)pump_one();
  PostQuitMessage(5);
  int got;
  int dispatched = 0;
  while ((got = GetMessage(&m, NULL, 0, 0)) > 0) {
    DispatchMessage(&m);
    dispatched++;
    if (dispatched > 100) break;
  }
  CHECK_EQ(got, 0);
  CHECK_EQ(m.message, WM_QUIT);
  CHECK_EQ(m.wParam, 5);
  CHECK_EQ(dispatched, 15);
  CHECK(digits_in_order(0, 10));

  /* D. A second application on this thread. */
  HLINEAPP b = t_init_callback(Callback, "r10-order-b");
  (void)t_open(b, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 20);
  REQUIRE_RC(tapisimOfferCall(1, 0, "5552000", "B", 0, &id_b), 0);
  HCALL cb = new_call(1);
  REQUIRE_RC(lineMonitorDigits(cb, LINEDIGITMODE_DTMF), 0);
  drain();
  g_count = 0;
  REQUIRE_RC(tapisimRemoteDigits(id_b, DIGITS, LINEDIGITMODE_DTMF), 0);
  HWND b_window = NULL;
  for (int i = 0; i < 16; i++) {
    m = pump_one();
    CHECK(m.hwnd != first.hwnd);
    b_window = m.hwnd;
  }
  CHECK_EQ(g_count, 16);
  CHECK(digits_in_order(0, 20));
  g_count = 0;
  REQUIRE_RC(tapisimRemoteDigits(id_a, DIGITS, LINEDIGITMODE_DTMF), 0);
  REQUIRE_RC(tapisimRemoteDigits(id_b, DIGITS, LINEDIGITMODE_DTMF), 0);
  for (int i = 0; i < 32; i++) (void)pump_one();
  CHECK_EQ(g_count, 32);
  int seen_a = 0, seen_b = 0;
  for (int i = 0; i < g_count; i++) {
    if (g_instance[i] == 10) {
      CHECK(seen_a < 16 && g_digit[i] == (DWORD_PTR)DIGITS[seen_a]);
      seen_a++;
    } else {
      CHECK(seen_b < 16 && g_digit[i] == (DWORD_PTR)DIGITS[seen_b]);
      seen_b++;
    }
  }
  CHECK_EQ(seen_a, 16);
  CHECK_EQ(seen_b, 16);
  g_count = 0;
  REQUIRE_RC(tapisimRemoteDigits(id_a, DIGITS, LINEDIGITMODE_DTMF), 0);
  m = pump_one();
  CHECK(m.hwnd == first.hwnd);
  REQUIRE_RC(tapisimRemoteDigits(id_b, DIGITS, LINEDIGITMODE_DTMF), 0);
  CHECK(GetMessage(&m, b_window, 0, 0) > 0);
  CHECK(m.hwnd == b_window);
  DispatchMessage(&m);
  CHECK_EQ(g_count, 2);
  CHECK_EQ(g_instance[1], 20);
  CHECK_EQ(g_digit[1], '0');
  drain();
  CHECK_EQ(g_count, 32);

  /* E. One MSG dispatched twice, then once too often; a window of no application. */
  g_count = 0;
  REQUIRE_RC(tapisimRemoteDigits(id_a, "12", LINEDIGITMODE_DTMF), 0);
  CHECK(GetMessage(&m, NULL, 0, 0) > 0);
  CHECK(m.hwnd == first.hwnd);
  DispatchMessage(&m);
  CHECK_EQ(g_count, 1);
  DispatchMessage(&m);
  CHECK_EQ(g_count, 2);
  DispatchMessage(&m);
  CHECK_EQ(g_count, 2);
  CHECK_EQ(g_digit[0], '1');
  CHECK_EQ(g_digit[1], '2');
  REQUIRE_RC(tapisimRemoteDigits(id_a, "3", LINEDIGITMODE_DTMF), 0);
  MSG other = m;
  other.hwnd = (HWND)(uintptr_t)0x1234;
  DispatchMessage(&other);
  CHECK_EQ(g_count, 2);
  (void)pump_one();
  CHECK_EQ(g_count, 3);
  CHECK_EQ(g_digit[2], '3');

  CHECK_RC(lineDeallocateCall(ca), 0);
  CHECK_RC(lineDeallocateCall(cb), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
