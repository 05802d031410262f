/* Win32 basics: critical sections and events.
 * - A critical section is recursive (entered twice, left twice); while one thread holds
 *   it, TryEnterCriticalSection from another fails and EnterCriticalSection waits; two
 *   threads incrementing a counter under it lose no update;
 * - CreateEvent: an auto-reset event releases one waiter per SetEvent (two waiting
 *   threads, two SetEvents: one wakes after each; SetEvent twice before any wait counts
 *   once); a manual-reset event stays signalled for every wait until ResetEvent; the
 *   initial state; WaitForMultipleObjects (any: the lowest signalled; all: only when all
 *   are) and MsgWaitForMultipleObjects accept events;
 * - named events: the same name gives another handle to the same event
 *   (ERROR_ALREADY_EXISTS); each handle is closed on its own;
 * - SetEvent, ResetEvent, CloseHandle on NULL, INVALID_HANDLE_VALUE, a handle closed
 *   already, a random descriptor, or the Handles.hEvent of lineInitializeEx: FALSE with
 *   ERROR_INVALID_HANDLE; that hEvent still works after, and waiting on it does not
 *   reset it. */
#include <windows.h>

#include <pthread.h>
#include <unistd.h>

#include "common.h"

static CRITICAL_SECTION g_cs;
static long g_counter; /* under g_cs */
static LONG volatile g_flag;

static void *adder(void *arg) {
  (void)arg;
  for (int i = 0; i < 20000; i++) {
    EnterCriticalSection(&g_cs);
    EnterCriticalSection(&g_cs); /* recursive */
    g_counter++;
    LeaveCriticalSection(&g_cs);
    LeaveCriticalSection(&g_cs);
  }
  return NULL;
}

static void *try_other(void *arg) {
  (void)arg;
  BOOL got = TryEnterCriticalSection(&g_cs);
  if (got) LeaveCriticalSection(&g_cs);
  InterlockedExchange(&g_flag, got ? 2 : 1);
  EnterCriticalSection(&g_cs); /* waits for main to leave */
  InterlockedExchange(&g_flag, 3);
  LeaveCriticalSection(&g_cs);
  return NULL;
}

static HANDLE g_auto;
static LONG volatile g_woken;

static void *auto_waiter(void *arg) {
  (void)arg;
  if (WaitForSingleObject(g_auto, 5000) == WAIT_OBJECT_0) InterlockedIncrement(&g_woken);
  return NULL;
}

static int wait_flag(LONG volatile *f, LONG want) {
  for (int i = 0; i < 500; i++) {
    if (InterlockedCompareExchange(f, 0, 0) == want) return 1;
    Sleep(2);
  }
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  alarm(60); /* watchdog */

  /* ---- critical sections ---- */
  InitializeCriticalSection(&g_cs);
  CHECK(TryEnterCriticalSection(&g_cs));
  CHECK(TryEnterCriticalSection(&g_cs)); /* recursive */
  LeaveCriticalSection(&g_cs);
  LeaveCriticalSection(&g_cs);

  EnterCriticalSection(&g_cs);
  REQUIRE(pthread_create(&t1, NULL, try_other, NULL) == 0);
  CHECK(wait_flag(&g_flag, 1)); /* TryEnter failed in the other thread */
  Sleep(20);
  CHECK_EQ(InterlockedCompareExchange(&g_flag, 0, 0), 1); /* Enter still waits */
  LeaveCriticalSection(&g_cs);
  pthread_join(t1, NULL);
  CHECK_EQ(g_flag, 3);

  REQUIRE(pthread_create(&t1, NULL, adder, NULL) == 0);
  REQUIRE(pthread_create(&t2, NULL, adder, NULL) == 0);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  CHECK_EQ(g_counter, 40000);
  DeleteCriticalSection(&g_cs);

  CRITICAL_SECTION cs2;
  CHECK(InitializeCriticalSectionAndSpinCount(&cs2, 4000));
  EnterCriticalSection(&cs2);
  LeaveCriticalSection(&cs2);
  DeleteCriticalSection(&cs2);
  CHECK(!InitializeCriticalSectionAndSpinCount(NULL, 0));
  InitializeCriticalSection(NULL); /* ignored */
  EnterCriticalSection(NULL);
  LeaveCriticalSection(NULL);
  CHECK(!TryEnterCriticalSection(NULL));
  DeleteCriticalSection(NULL);

  /* ---- auto-reset: one waiter per SetEvent ---- */
  g_auto = CreateEventA(NULL, FALSE, FALSE, NULL);
  REQUIRE(g_auto != NULL);
  CHECK_EQ(GetLastError(), 0);
  CHECK_EQ(WaitForSingleObject(g_auto, 0), WAIT_TIMEOUT);
  REQUIRE(pthread_create(&t1, NULL, auto_waiter, NULL) == 0);
  REQUIRE(pthread_create(&t2, NULL, auto_waiter, NULL) == 0);
  Sleep(50);
  CHECK_EQ(g_woken, 0);
  CHECK(SetEvent(g_auto));
  CHECK(wait_flag(&g_woken, 1));
  Sleep(50);
  CHECK_EQ(InterlockedCompareExchange(&g_woken, 0, 0), 1); /* only one released */
  CHECK(SetEvent(g_auto));
  CHECK(wait_flag(&g_woken, 2));
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  CHECK_EQ(WaitForSingleObject(g_auto, 0), WAIT_TIMEOUT); /* reset by the wait */
  CHECK(SetEvent(g_auto));
  CHECK(SetEvent(g_auto)); /* signalled already: counts once */
  CHECK_EQ(WaitForSingleObject(g_auto, 0), WAIT_OBJECT_0);
  CHECK_EQ(WaitForSingleObject(g_auto, 0), WAIT_TIMEOUT);
  CHECK(SetEvent(g_auto));
  CHECK(ResetEvent(g_auto));
  CHECK_EQ(WaitForSingleObject(g_auto, 0), WAIT_TIMEOUT);

  /* ---- manual-reset: stays signalled ---- */
  HANDLE manual = CreateEventA(NULL, TRUE, FALSE, NULL);
  REQUIRE(manual != NULL && manual != g_auto);
  CHECK_EQ(WaitForSingleObject(manual, 10), WAIT_TIMEOUT);
  CHECK(SetEvent(manual));
  CHECK(SetEvent(manual));
  for (int i = 0; i < 3; i++) CHECK_EQ(WaitForSingleObject(manual, 0), WAIT_OBJECT_0);
  CHECK(ResetEvent(manual));
  CHECK(ResetEvent(manual));
  CHECK_EQ(WaitForSingleObject(manual, 0), WAIT_TIMEOUT);

  /* Initially signalled. */
  HANDLE on = CreateEventW(NULL, TRUE, TRUE, NULL);
  REQUIRE(on != NULL);
  CHECK_EQ(WaitForSingleObject(on, 0), WAIT_OBJECT_0);
  CHECK_EQ(WaitForSingleObject(on, 0), WAIT_OBJECT_0);
  HANDLE auto_on = CreateEventA(NULL, FALSE, TRUE, NULL);
  REQUIRE(auto_on != NULL);
  CHECK_EQ(WaitForSingleObject(auto_on, 0), WAIT_OBJECT_0);
  CHECK_EQ(WaitForSingleObject(auto_on, 0), WAIT_TIMEOUT);

  /* ---- WaitForMultipleObjects, MsgWaitForMultipleObjects ---- */
  HANDLE two[2] = {g_auto, manual};
  CHECK_EQ(WaitForMultipleObjects(2, two, FALSE, 0), WAIT_TIMEOUT);
  SetEvent(manual);
  CHECK_EQ(WaitForMultipleObjects(2, two, FALSE, 0), WAIT_OBJECT_0 + 1);
  CHECK_EQ(WaitForMultipleObjects(2, two, TRUE, 0), WAIT_TIMEOUT); /* auto one not set */
  SetEvent(g_auto);
  CHECK_EQ(WaitForMultipleObjects(2, two, FALSE, 0), WAIT_OBJECT_0); /* lowest; resets */
  CHECK_EQ(WaitForSingleObject(g_auto, 0), WAIT_TIMEOUT);
  SetEvent(g_auto);
  CHECK_EQ(WaitForMultipleObjects(2, two, TRUE, 0), WAIT_OBJECT_0);
  CHECK_EQ(WaitForSingleObject(g_auto, 0), WAIT_TIMEOUT); /* reset by the wait for all */
  CHECK_EQ(WaitForSingleObject(manual, 0), WAIT_OBJECT_0);
  ResetEvent(manual);
  CHECK_EQ(MsgWaitForMultipleObjects(2, two, FALSE, 0, QS_ALLINPUT), WAIT_TIMEOUT);
  SetEvent(g_auto);
  CHECK_EQ(MsgWaitForMultipleObjects(2, two, FALSE, 1000, QS_ALLINPUT), WAIT_OBJECT_0);
  CHECK_EQ(MsgWaitForMultipleObjects(2, two, FALSE, 0, QS_ALLINPUT), WAIT_TIMEOUT);

  /* ---- named events ---- */
  HANDLE n1 = CreateEventA(NULL, TRUE, FALSE, "w32-named");
  REQUIRE(n1 != NULL);
  CHECK_EQ(GetLastError(), 0);
  HANDLE n2 = CreateEventA(NULL, FALSE, FALSE, "w32-named");
  REQUIRE(n2 != NULL && n2 != n1);
  CHECK_EQ(GetLastError(), ERROR_ALREADY_EXISTS);
  CHECK(SetEvent(n1));
  CHECK_EQ(WaitForSingleObject(n2, 0), WAIT_OBJECT_0); /* same (manual) event */
  CHECK_EQ(WaitForSingleObject(n2, 0), WAIT_OBJECT_0);
  CHECK(CloseHandle(n1));
  CHECK(ResetEvent(n2));
  CHECK_EQ(WaitForSingleObject(n2, 0), WAIT_TIMEOUT);
  CHECK(CloseHandle(n2));
  HANDLE n3 = CreateEventA(NULL, FALSE, FALSE, "w32-named"); /* a new one */
  REQUIRE(n3 != NULL);
  CHECK_EQ(GetLastError(), 0);
  CHECK(CloseHandle(n3));

  /* ---- bad handles ---- */
  HANDLE bad[] = {NULL, INVALID_HANDLE_VALUE, (HANDLE)(LONG_PTR)1, (HANDLE)(LONG_PTR)100000};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    SetLastError(0);
    CHECK(!SetEvent(bad[i]));
    CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    CHECK(!ResetEvent(bad[i]));
    CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
    SetLastError(0);
    CHECK(!CloseHandle(bad[i]));
    CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
  }
  CHECK_EQ(WaitForSingleObject(NULL, 0), WAIT_FAILED);
  CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
  CHECK(CloseHandle(on));
  SetLastError(0);
  CHECK(!CloseHandle(on)); /* twice */
  CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
  CHECK(!SetEvent(on));

  /* lineInitializeEx's hEvent is no CreateEvent handle: not closed, not reset. */
  LINEINITIALIZEEXPARAMS p = t_init_params(LINEINITIALIZEEXOPTION_USEEVENT);
  HLINEAPP app = 0;
  DWORD num = 0, ver = 0x00030001;
  REQUIRE_RC(lineInitializeExA(&app, NULL, NULL, "w32-sync", &num, &ver, &p), 0);
  HANDLE hev = p.Handles.hEvent;
  CHECK(!CloseHandle(hev));
  CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
  CHECK(!SetEvent(hev));
  CHECK(!ResetEvent(hev));
  HLINE line = t_open(app, 0, 0x00020000, LINECALLPRIVILEGE_OWNER, 0);
  t_drain(app);
  CHECK_EQ(WaitForSingleObject(hev, 0), WAIT_TIMEOUT);
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Caller", 0, &(DWORD){0}), 0);
  CHECK_EQ(WaitForSingleObject(hev, 1000), WAIT_OBJECT_0);
  CHECK_EQ(WaitForSingleObject(hev, 0), WAIT_OBJECT_0); /* not reset by a wait */
  HANDLE mixed[2] = {g_auto, hev};
  CHECK_EQ(WaitForMultipleObjects(2, mixed, FALSE, 0), WAIT_OBJECT_0 + 1);
  CHECK_EQ(WaitForSingleObject(hev, 0), WAIT_OBJECT_0);
  t_drain(app);
  CHECK_EQ(WaitForSingleObject(hev, 0), WAIT_TIMEOUT);
  CHECK_RC(lineClose(line), 0);
  CHECK_RC(lineShutdown(app), 0);

  CHECK(CloseHandle(g_auto));
  CHECK(CloseHandle(manual));
  CHECK(CloseHandle(auto_on));
  TEST_DONE();
}
