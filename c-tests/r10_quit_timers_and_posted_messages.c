/* R10, the message loop's own messages, as a Windows program uses them:
 * - PostMessage(NULL, ...) and PostThreadMessage(own id, ...) go to the calling thread's
 *   queue and come out of GetMessage in order, with their wParam and lParam, hwnd NULL;
 *   PostQuitMessage(code): GetMessage returns 0 with WM_QUIT and wParam = code, after the
 *   messages posted before it (and after one posted after it);
 * - PostThreadMessage from another thread reaches a thread blocked in GetMessage (and
 *   wakes WaitMessage);
 * - PeekMessage PM_NOREMOVE leaves the message, PM_REMOVE takes it; FALSE on an empty
 *   queue; range filters take the first message in range, leaving the others in order;
 * - SetTimer(NULL, 0, 20, proc): WM_TIMER (wParam the id, lParam the TIMERPROC) comes
 *   repeatedly, not before its interval, and DispatchMessage calls the TIMERPROC with
 *   the id; KillTimer stops it (no WM_TIMER and no call afterwards), a second KillTimer
 *   and KillTimer of an unknown id give FALSE; a timer without TIMERPROC fires too;
 * - MsgWaitForMultipleObjects returns WAIT_OBJECT_0 + nCount when a message is posted
 *   (at once if one waits; when another thread posts one during the wait) and
 *   WAIT_TIMEOUT otherwise. */
#include <windows.h>

#include <pthread.h>
#include <unistd.h>

#include "common.h"

#define MY_MSG (WM_USER + 1)

static DWORD g_main;

/* ---- TIMERPROC ---- */
static int g_proc_calls;
static UINT_PTR g_proc_id;
static int g_proc_bad;

static void CALLBACK TimerProc(HWND hwnd, UINT msg, UINT_PTR id, DWORD time) {
  (void)time;
  g_proc_calls++;
  g_proc_id = id;
  if (hwnd != NULL || msg != WM_TIMER || GetCurrentThreadId() != g_main) g_proc_bad++;
}

/* ---- a thread that posts to the main thread after a delay ---- */
typedef struct {
  DWORD target;
  DWORD delay_ms;
  UINT msg;
  DWORD poster; /* out: the posting thread's id */
  BOOL ok;      /* out: PostThreadMessage's result */
} post_args_t;

static void *poster(void *p) {
  post_args_t *a = (post_args_t *)p;
  a->poster = GetCurrentThreadId();
  Sleep(a->delay_ms);
  a->ok = PostThreadMessage(a->target, a->msg, (WPARAM)a->poster, (LPARAM)-7);
  return NULL;
}

/* The next message GetMessage gives, with its result. */
static BOOL get(MSG *m) {
  memset(m, 0xAB, sizeof *m);
  return GetMessage(m, NULL, 0, 0);
}

int main(void) {
  MSG m;
  BOOL r;
  alarm(30); /* watchdog: a GetMessage that never returns ends the test */
  g_main = GetCurrentThreadId();
  CHECK(g_main != 0);

  /* Posted messages, then WM_QUIT. */
  CHECK(PostMessage(NULL, MY_MSG, 11, 12));
  CHECK(PostThreadMessage(g_main, MY_MSG + 1, 21, -22));
  PostQuitMessage(7);
  CHECK(PostMessage(NULL, MY_MSG + 2, 31, 32)); /* posted after the quit: still before it */
  r = get(&m);
  CHECK(r != 0 && r != -1);
  CHECK(m.hwnd == NULL);
  CHECK_EQ(m.message, MY_MSG);
  CHECK_EQ(m.wParam, 11);
  CHECK_EQ(m.lParam, 12);
  r = get(&m);
  CHECK(r != 0 && r != -1);
  CHECK_EQ(m.message, MY_MSG + 1);
  CHECK_EQ(m.wParam, 21);
  CHECK(m.lParam == -22);
  r = get(&m);
  CHECK(r != 0 && r != -1);
  CHECK_EQ(m.message, MY_MSG + 2);
  r = get(&m);
  CHECK_EQ(r, 0);
  CHECK_EQ(m.message, WM_QUIT);
  CHECK_EQ(m.wParam, 7);
  CHECK(!PeekMessage(&m, NULL, 0, 0, PM_REMOVE)); /* WM_QUIT was taken */

  /* PostThreadMessage from another thread wakes a blocked GetMessage. */
  {
    post_args_t a = {g_main, 30, MY_MSG + 3, 0, FALSE};
    pthread_t t;
    DWORD t0 = GetTickCount();
    REQUIRE(pthread_create(&t, NULL, poster, &a) == 0);
    r = get(&m);
    DWORD took = GetTickCount() - t0;
    pthread_join(t, NULL);
    CHECK(a.ok);
    CHECK(r != 0 && r != -1);
    CHECK_EQ(m.message, MY_MSG + 3);
    CHECK_EQ(m.wParam, a.poster);
    CHECK(a.poster != g_main);
    CHECK(m.lParam == -7);
    CHECK(took < 2000);
  }
  /* ... and WaitMessage. */
  {
    post_args_t a = {g_main, 20, MY_MSG + 4, 0, FALSE};
    pthread_t t;
    REQUIRE(pthread_create(&t, NULL, poster, &a) == 0);
    CHECK(WaitMessage());
    pthread_join(t, NULL);
    CHECK(a.ok);
    CHECK(PeekMessage(&m, NULL, 0, 0, PM_REMOVE));
    CHECK_EQ(m.message, MY_MSG + 4);
  }

  /* PeekMessage: PM_NOREMOVE leaves, PM_REMOVE takes. */
  CHECK(!PeekMessage(&m, NULL, 0, 0, PM_NOREMOVE));
  CHECK(PostMessage(NULL, MY_MSG + 5, 51, 0));
  CHECK(PeekMessage(&m, NULL, 0, 0, PM_NOREMOVE));
  CHECK_EQ(m.message, MY_MSG + 5);
  CHECK(PeekMessage(&m, NULL, 0, 0, PM_NOREMOVE));
  CHECK_EQ(m.message, MY_MSG + 5);
  CHECK_EQ(m.wParam, 51);
  CHECK(PeekMessage(&m, NULL, 0, 0, PM_REMOVE));
  CHECK_EQ(m.message, MY_MSG + 5);
  CHECK(!PeekMessage(&m, NULL, 0, 0, PM_REMOVE));

  /* Range filters. */
  CHECK(PostMessage(NULL, WM_USER + 20, 1, 0));
  CHECK(PostMessage(NULL, WM_USER + 30, 2, 0));
  CHECK(PostMessage(NULL, WM_APP + 1, 3, 0));
  CHECK(PostMessage(NULL, WM_USER + 31, 4, 0));
  CHECK(!PeekMessage(&m, NULL, WM_USER + 40, WM_USER + 50, PM_REMOVE)); /* none in range */
  CHECK(PeekMessage(&m, NULL, WM_USER + 25, WM_USER + 35, PM_NOREMOVE));
  CHECK_EQ(m.message, WM_USER + 30);
  CHECK(PeekMessage(&m, NULL, WM_USER + 25, WM_USER + 35, PM_REMOVE));
  CHECK_EQ(m.message, WM_USER + 30);
  CHECK_EQ(m.wParam, 2);
  r = GetMessage(&m, NULL, WM_APP, WM_APP + 10);
  CHECK(r != 0 && r != -1);
  CHECK_EQ(m.message, WM_APP + 1);
  CHECK(PeekMessage(&m, NULL, WM_USER + 31, WM_USER + 31, PM_REMOVE)); /* min == max */
  CHECK_EQ(m.message, WM_USER + 31);
  r = get(&m);
  CHECK_EQ(m.message, WM_USER + 20); /* the one left behind */
  CHECK(!PeekMessage(&m, NULL, 0, 0, PM_REMOVE));

  /* MsgWaitForMultipleObjects. */
  {
    DWORD t0 = GetTickCount();
    CHECK_EQ(MsgWaitForMultipleObjects(0, NULL, FALSE, 30, QS_ALLINPUT), WAIT_TIMEOUT);
    CHECK(GetTickCount() - t0 >= 20);
    CHECK(PostMessage(NULL, MY_MSG + 6, 0, 0));
    t0 = GetTickCount();
    CHECK_EQ(MsgWaitForMultipleObjects(0, NULL, FALSE, 1000, QS_ALLINPUT), WAIT_OBJECT_0 + 0);
    CHECK(GetTickCount() - t0 < 500);
    /* The message is still there: the wait does not take it. */
    CHECK(PeekMessage(&m, NULL, 0, 0, PM_REMOVE));
    CHECK_EQ(m.message, MY_MSG + 6);
    CHECK_EQ(MsgWaitForMultipleObjects(0, NULL, FALSE, 0, QS_ALLINPUT), WAIT_TIMEOUT);

    /* With a handle that is not signalled (an event-mode app with nothing queued), the
     * input is WAIT_OBJECT_0 + nCount. */
    LINEINITIALIZEEXPARAMS p = t_init_params(LINEINITIALIZEEXOPTION_USEEVENT);
    HLINEAPP app = 0;
    DWORD num = 0, ver = 0x00030001;
    REQUIRE_RC(lineInitializeExA(&app, NULL, NULL, "r10-quit-event", &num, &ver, &p), 0);
    HANDLE h = p.Handles.hEvent;
    CHECK_EQ(MsgWaitForMultipleObjects(1, &h, FALSE, 30, QS_ALLINPUT), WAIT_TIMEOUT);
    post_args_t a = {g_main, 30, MY_MSG + 7, 0, FALSE};
    pthread_t t;
    REQUIRE(pthread_create(&t, NULL, poster, &a) == 0);
    t0 = GetTickCount();
    CHECK_EQ(MsgWaitForMultipleObjects(1, &h, FALSE, 2000, QS_ALLINPUT), WAIT_OBJECT_0 + 1);
    CHECK(GetTickCount() - t0 < 1500);
    pthread_join(t, NULL);
    CHECK(a.ok);
    CHECK_EQ(MsgWaitForMultipleObjectsEx(1, &h, 0, QS_ALLINPUT, 0), WAIT_OBJECT_0 + 1);
    CHECK(PeekMessage(&m, NULL, 0, 0, PM_REMOVE));
    CHECK_EQ(m.message, MY_MSG + 7);
    CHECK_EQ(MsgWaitForMultipleObjectsEx(1, &h, 20, QS_ALLINPUT, 0), WAIT_TIMEOUT);
    CHECK_RC(lineShutdown(app), 0);
  }

  /* Timers. */
  {
    UINT_PTR id = SetTimer(NULL, 0, 20, TimerProc);
    REQUIRE(id != 0);
    DWORD t0 = GetTickCount();
    int timers = 0, others = 0;
    while (timers < 4) {
      r = get(&m);
      REQUIRE(r != 0 && r != -1);
      if (m.message != WM_TIMER) {
        others++;
        continue;
      }
      timers++;
      CHECK(m.hwnd == NULL);
      CHECK_EQ(m.wParam, id);
      CHECK(m.lParam == (LPARAM)TimerProc);
      int before = g_proc_calls;
      CHECK_EQ(DispatchMessage(&m), 0);
      CHECK_EQ(g_proc_calls, before + 1);
      CHECK_EQ(g_proc_id, id);
    }
    DWORD took = GetTickCount() - t0;
    CHECK(took >= 4 * 20 - 5); /* not before its interval */
    CHECK(took < 4000);
    CHECK_EQ(others, 0);
    CHECK_EQ(g_proc_bad, 0);
    CHECK(KillTimer(NULL, id));
    int calls = g_proc_calls;
    t0 = GetTickCount();
    while (GetTickCount() - t0 < 100) {
      while (PeekMessage(&m, NULL, 0, 0, PM_REMOVE)) {
        CHECK(m.message != WM_TIMER);
        DispatchMessage(&m);
      }
      Sleep(5);
    }
    CHECK_EQ(g_proc_calls, calls);
    CHECK(!KillTimer(NULL, id));      /* already killed */
    CHECK(!KillTimer(NULL, id + 1000)); /* never set */

    /* A timer without a TIMERPROC: WM_TIMER with lParam 0; DispatchMessage does nothing. */
    UINT_PTR id2 = SetTimer(NULL, 0, 10, NULL);
    REQUIRE(id2 != 0);
    r = get(&m);
    CHECK(r != 0 && r != -1);
    CHECK_EQ(m.message, WM_TIMER);
    CHECK_EQ(m.wParam, id2);
    CHECK(m.lParam == 0);
    CHECK_EQ(DispatchMessage(&m), 0);
    CHECK_EQ(g_proc_calls, calls);
    CHECK(KillTimer(NULL, id2));
    /* MsgWaitForMultipleObjects wakes for a timer (QS_TIMER). */
    UINT_PTR id3 = SetTimer(NULL, 0, 20, TimerProc);
    REQUIRE(id3 != 0);
    t0 = GetTickCount();
    CHECK_EQ(MsgWaitForMultipleObjects(0, NULL, FALSE, 2000, QS_TIMER), WAIT_OBJECT_0);
    CHECK(GetTickCount() - t0 < 1500);
    CHECK(PeekMessage(&m, NULL, WM_TIMER, WM_TIMER, PM_REMOVE));
    CHECK_EQ(m.wParam, id3);
    CHECK(KillTimer(NULL, id3));
  }
  TEST_DONE();
}
