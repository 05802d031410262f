/* R10, bad input to the message loop, and an application whose thread is gone:
 * - GetMessage with a NULL MSG* returns -1 (ERROR_INVALID_PARAMETER), PeekMessage FALSE,
 *   without crashing; a window the library did not make: GetMessage -1
 *   (ERROR_INVALID_WINDOW_HANDLE), PostMessage/SetTimer/KillTimer FALSE/0;
 * - PeekMessage with an inverted range (min > max) returns FALSE and removes nothing
 *   (neither a posted message nor a TAPI application's, whose callback does not run);
 * - KillTimer of an unknown id: FALSE;
 * - PostThreadMessage to a thread that never called a message function (a pthread that
 *   only sleeps; its id from GetCurrentThreadId inside it), or to no thread: FALSE with
 *   GetLastError() == ERROR_INVALID_THREAD_ID (1444);
 * - DispatchMessage of a message the library did not produce (NULL, WM_USER, 0xC0DE with
 *   a made-up or NULL hwnd, a WM_TIMER of no timer with a function in lParam) returns 0
 *   and runs no callback, while real TAPI messages wait (they are delivered afterwards);
 * - WaitForSingleObject on a handle that is not an event: WAIT_FAILED
 *   (ERROR_INVALID_HANDLE); WaitForMultipleObjects with no handles: WAIT_FAILED;
 * - a callback application whose initializing thread has exited: its queued and later
 *   messages are discarded (no callback ever runs, nor does the main thread's loop get
 *   them), and lineShutdown from the main thread returns 0. */
#include <windows.h>

#include <pthread.h>
#include <unistd.h>

#include "common.h"

#define WM_TAPI_GUESS 0xC0DE

static int g_callbacks;     /* main thread's application (callbacks run on the main thread) */
static int g_orphan_calls;  /* atomic: the orphaned application's callback */
static int g_timer_calls;

static void CALLBACK Callback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                              DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)hDevice, (void)dwMsg, (void)dwInstance, (void)dwParam1, (void)dwParam2, (void)dwParam3;
  g_callbacks++;
}

static void CALLBACK OrphanCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                    DWORD_PTR dwParam1, DWORD_PTR dwParam2,
                                    DWORD_PTR dwParam3) {
  (void)hDevice, (void)dwMsg, (void)dwInstance, (void)dwParam1, (void)dwParam2, (void)dwParam3;
  __atomic_add_fetch(&g_orphan_calls, 1, __ATOMIC_RELAXED);
}

static void CALLBACK NotATimer(HWND hwnd, UINT msg, UINT_PTR id, DWORD time) {
  (void)hwnd, (void)msg, (void)id, (void)time;
  g_timer_calls++;
}

/* ---- a thread that never calls a message function ---- */
static pthread_mutex_t g_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_cv = PTHREAD_COND_INITIALIZER;
static DWORD g_sleeper_id;
static int g_sleeper_release;

static void *sleeper(void *arg) {
  (void)arg;
  DWORD id = GetCurrentThreadId();
  pthread_mutex_lock(&g_mu);
  g_sleeper_id = id;
  pthread_cond_broadcast(&g_cv);
  struct timespec until = t_deadline(10);
  while (!g_sleeper_release)
    if (pthread_cond_timedwait(&g_cv, &g_mu, &until) != 0) break;
  pthread_mutex_unlock(&g_mu);
  return NULL;
}

/* ---- a thread that initializes a callback application, queues messages, and exits ---- */
static HLINEAPP g_orphan_app;
static HLINE g_orphan_line;
static LONG g_orphan_rc = -1;

static void *orphan_maker(void *arg) {
  (void)arg;
  DWORD num = 0;
  g_orphan_rc = lineInitialize(&g_orphan_app, NULL, OrphanCallback, "r10-orphan", &num);
  if (g_orphan_rc != 0) return NULL;
  g_orphan_rc = lineOpen(g_orphan_app, 1, &g_orphan_line, 0x00020000, 0, 0x0F,
                         LINECALLPRIVILEGE_OWNER, LINEMEDIAMODE_INTERACTIVEVOICE, NULL);
  if (g_orphan_rc != 0) return NULL;
  /* Messages queued while the thread lives; it never pumps. */
  g_orphan_rc = tapisimOfferCall(1, 0, "5550100", "Before exit", 0, &(DWORD){0});
  return NULL;
}

int main(void) {
  MSG m;
  alarm(30); /* watchdog */

  /* NULL MSG*. */
  SetLastError(0);
  CHECK_EQ(GetMessage(NULL, NULL, 0, 0), -1);
  CHECK_EQ(GetLastError(), ERROR_INVALID_PARAMETER);
  CHECK(!PeekMessage(NULL, NULL, 0, 0, PM_REMOVE));
  CHECK(!PeekMessage(NULL, NULL, 0, 0, PM_NOREMOVE));
  /* A window the library did not make. */
  HWND bogus = (HWND)(uintptr_t)0x12345678;
  SetLastError(0);
  CHECK_EQ(GetMessage(&m, bogus, 0, 0), -1);
  CHECK_EQ(GetLastError(), ERROR_INVALID_WINDOW_HANDLE);
  CHECK(!PeekMessage(&m, bogus, 0, 0, PM_REMOVE));
  SetLastError(0);
  CHECK(!PostMessage(bogus, WM_USER, 0, 0));
  CHECK_EQ(GetLastError(), ERROR_INVALID_WINDOW_HANDLE);
  CHECK_EQ(SetTimer(bogus, 1, 10, NULL), 0);
  CHECK(!KillTimer(bogus, 1));

  /* Inverted range: FALSE, nothing removed. */
  CHECK(PostMessage(NULL, WM_USER + 5, 5, 0));
  CHECK(!PeekMessage(&m, NULL, WM_USER + 10, WM_USER, PM_REMOVE));
  CHECK(!PeekMessage(&m, NULL, WM_USER + 10, WM_USER, PM_NOREMOVE));
  CHECK(!PeekMessage(&m, NULL, 0xFFFF, 1, PM_REMOVE));
  CHECK(PeekMessage(&m, NULL, 0, 0, PM_REMOVE));
  CHECK_EQ(m.message, WM_USER + 5);
  CHECK(!PeekMessage(&m, NULL, 0, 0, PM_REMOVE));

  /* KillTimer of an unknown id. */
  CHECK(!KillTimer(NULL, 0xBEEF));
  CHECK(!KillTimer(NULL, 0));

  /* PostThreadMessage to a thread without a message queue. */
  {
    pthread_t t;
    REQUIRE(pthread_create(&t, NULL, sleeper, NULL) == 0);
    T_WAIT_UNTIL(g_mu, g_cv, g_sleeper_id != 0);
    pthread_mutex_lock(&g_mu);
    DWORD id = g_sleeper_id;
    pthread_mutex_unlock(&g_mu);
    CHECK(id != GetCurrentThreadId());
    SetLastError(0);
    CHECK(!PostThreadMessage(id, WM_USER, 1, 2));
    CHECK_EQ(GetLastError(), ERROR_INVALID_THREAD_ID);
    SetLastError(0);
    CHECK(!PostThreadMessage(0, WM_USER, 1, 2));
    CHECK_EQ(GetLastError(), 1444);
    pthread_mutex_lock(&g_mu);
    g_sleeper_release = 1;
    pthread_cond_broadcast(&g_cv);
    pthread_mutex_unlock(&g_mu);
    pthread_join(t, NULL);
  }

  /* Made-up messages: no effect, while real TAPI messages wait. */
  {
    HLINEAPP app = t_init_callback(Callback, "r10-bad-input");
    HLINE line = t_open(app, 0, 0x00020000, LINECALLPRIVILEGE_OWNER, 0x42);
    REQUIRE_RC(tapisimOfferCall(0, 0, "5550001", "Waiting", 0, &(DWORD){0}), 0);
    /* The application's message is there (not taken). */
    CHECK(PeekMessage(&m, NULL, 0, 0, PM_NOREMOVE));
    CHECK_EQ(m.message, WM_TAPI_GUESS);
    CHECK(m.hwnd != NULL);
    /* An inverted range does not take it or run the callback either. */
    CHECK(!PeekMessage(&m, NULL, 0xFFFF, 0x0001, PM_REMOVE));
    CHECK_EQ(g_callbacks, 0);

    MSG fake;
    memset(&fake, 0, sizeof fake);
    CHECK_EQ(DispatchMessage(NULL), 0);
    fake.message = WM_USER;
    CHECK_EQ(DispatchMessage(&fake), 0);
    fake.message = WM_TAPI_GUESS;
    fake.hwnd = bogus;
    CHECK_EQ(DispatchMessage(&fake), 0);
    fake.hwnd = NULL;
    CHECK_EQ(DispatchMessage(&fake), 0);
    fake.hwnd = (HWND)(uintptr_t)0xDEAD0000;
    fake.wParam = app;
    CHECK_EQ(DispatchMessage(&fake), 0);
    /* A WM_TIMER no timer of this thread produced: its lParam is not called. */
    fake.hwnd = NULL;
    fake.message = WM_TIMER;
    fake.wParam = 0x7777;
    fake.lParam = (LPARAM)NotATimer;
    CHECK_EQ(DispatchMessage(&fake), 0);
    CHECK_EQ(g_timer_calls, 0);
    CHECK_EQ(g_callbacks, 0);

    /* The real messages are still delivered: LINE_APPNEWCALL and OFFERING. */
    REQUIRE_PUMP_UNTIL(g_callbacks >= 2);
    CHECK_RC(lineClose(line), 0);
    CHECK_RC(lineShutdown(app), 0);
  }

  /* Bad wait handles. */
  SetLastError(0);
  CHECK_EQ(WaitForSingleObject((HANDLE)(intptr_t)-1, 0), WAIT_FAILED);
  CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
  CHECK_EQ(WaitForMultipleObjects(0, NULL, FALSE, 0), WAIT_FAILED);

  /* An application whose initializing thread has exited. */
  {
    pthread_t t;
    REQUIRE(pthread_create(&t, NULL, orphan_maker, NULL) == 0);
    pthread_join(t, NULL);
    REQUIRE_RC(g_orphan_rc, 0);
    REQUIRE(g_orphan_app != 0 && g_orphan_line != 0);
    /* More messages after the thread is gone. */
    REQUIRE_RC(tapisimOfferCall(1, 0, "5550200", "After exit", 0, &(DWORD){0}), 0);
    t_pump_for(100); /* the main thread's loop does not get them */
    CHECK(!PeekMessage(&m, NULL, 0, 0, PM_NOREMOVE));
    CHECK_EQ(__atomic_load_n(&g_orphan_calls, __ATOMIC_RELAXED), 0);
    CHECK_RC(lineShutdown(g_orphan_app), 0);
    CHECK_RC(lineShutdown(g_orphan_app), LINEERR_INVALAPPHANDLE);
    CHECK_EQ(__atomic_load_n(&g_orphan_calls, __ATOMIC_RELAXED), 0);
  }
  TEST_DONE();
}
