/* R10, a TAPI 1.4 program (lineInitialize, a 1.4 line): its messages are delivered only
 * while the initializing thread pumps, and only there.
 * - Offered calls queue messages; while the main thread does not pump (it sleeps), no
 *   callback runs, although another thread runs its own message loop the whole time:
 *   that loop gets none of the application's messages (PeekMessage finds nothing), and
 *   even a DispatchMessage there of the application's own hidden-window message (its
 *   MSG copied from the main thread's queue) runs no callback;
 * - the main thread's loop then delivers everything, one callback per DispatchMessage,
 *   on the main thread; a 1.4 line gets no LINE_APPNEWCALL: the first LINE_CALLSTATE
 *   (OFFERING, privilege OWNER in dwParam3) names the new call; the calls come in the
 *   order offered; per call the LINE_CALLSTATE order is preserved: OFFERING, CONNECTED
 *   (after lineAnswer), DISCONNECTED (remote hangup), IDLE (after lineDrop), nothing
 *   after IDLE; each request's LINE_REPLY comes with dwParam2 0. */
#include <windows.h>

#include <pthread.h>
#include <unistd.h>

#include "common.h"

#undef lineGetCallInfo /* the plain (TAPI 1.x) entry point */

#define CALLS 10
#define MAX_STATES 8

static DWORD g_main;
static int g_callbacks, g_wrong_thread, g_appnewcall, g_bad_instance;
static HCALL g_calls[CALLS];
static int g_ncalls;
static DWORD g_states[CALLS][MAX_STATES];
static int g_nstates[CALLS];
static int g_unknown_call;
static int g_replies, g_bad_replies;
static int g_dispatching; /* inside DispatchMessage of the main loop */
static int g_outside_dispatch;

static int index_of(HCALL h) {
  for (int i = 0; i < g_ncalls; i++)
    if (g_calls[i] == h) return i;
  return -1;
}

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  if (GetCurrentThreadId() != g_main) {
    __atomic_add_fetch(&g_wrong_thread, 1, __ATOMIC_RELAXED);
    return;
  }
  g_callbacks++;
  if (!g_dispatching) g_outside_dispatch++;
  switch (dwMsg) {
    case LINE_APPNEWCALL:
      g_appnewcall++;
      break;
    case LINE_CALLSTATE: {
      if (dwInstance != 0x14) g_bad_instance++;
      int i = index_of((HCALL)hDevice);
      if (i < 0 && dwParam1 == LINECALLSTATE_OFFERING && dwParam3 == LINECALLPRIVILEGE_OWNER &&
          g_ncalls < CALLS) {
        i = g_ncalls;
        g_calls[g_ncalls++] = (HCALL)hDevice;
      }
      if (i < 0) {
        g_unknown_call++;
        break;
      }
      if (g_nstates[i] < MAX_STATES) g_states[i][g_nstates[i]++] = (DWORD)dwParam1;
      break;
    }
    case LINE_REPLY:
      g_replies++;
      if (dwParam2 != 0) g_bad_replies++;
      break;
    default:
      break;
  }
}

/* Whether every call's last state so far is IDLE. */
static int all_idle(void) {
  for (int k = 0; k < CALLS; k++)
    if (g_nstates[k] == 0 || g_states[k][g_nstates[k] - 1] != LINECALLSTATE_IDLE) return 0;
  return 1;
}

/* The main thread's loop: one message per DispatchMessage, until `cond` (at most 2 s). */
#define PUMP_UNTIL(cond)                                                            \
  do {                                                                              \
    DWORD t_s_ = GetTickCount();                                                    \
    MSG t_m_;                                                                       \
    while (!(cond) && GetTickCount() - t_s_ < T_TIMEOUT_MS) {                       \
      if (PeekMessage(&t_m_, NULL, 0, 0, PM_REMOVE)) {                              \
        int t_before_ = g_callbacks;                                                \
        g_dispatching = 1;                                                          \
        DispatchMessage(&t_m_);                                                     \
        g_dispatching = 0;                                                          \
        CHECK(g_callbacks - t_before_ <= 1);                                        \
      } else {                                                                      \
        MsgWaitForMultipleObjects(0, NULL, FALSE, 10, QS_ALLINPUT);                 \
      }                                                                             \
    }                                                                               \
    REQUIRE(cond);                                                                  \
  } while (0)

/* ---- another thread with its own message loop ---- */
static pthread_mutex_t g_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_cv = PTHREAD_COND_INITIALIZER;
static int g_stop;
static int g_other_ready;
static MSG g_forged;        /* the app's hidden-window message, copied from the main thread */
static int g_forge_state;   /* 1: to dispatch, 2: done */
static int g_other_got;     /* messages the other thread's loop got (read after join) */
static LPARAM g_forge_result = -1;

static void *other_loop(void *arg) {
  (void)arg;
  MSG m;
  PeekMessage(&m, NULL, 0, 0, PM_NOREMOVE); /* this thread has a queue from now on */
  pthread_mutex_lock(&g_mu);
  g_other_ready = 1;
  pthread_cond_broadcast(&g_cv);
  pthread_mutex_unlock(&g_mu);
  for (;;) {
    while (PeekMessage(&m, NULL, 0, 0, PM_REMOVE)) {
      g_other_got++;
      DispatchMessage(&m);
    }
    pthread_mutex_lock(&g_mu);
    int stop = g_stop;
    if (g_forge_state == 1) {
      MSG f = g_forged;
      pthread_mutex_unlock(&g_mu);
      LPARAM r = DispatchMessage(&f);
      pthread_mutex_lock(&g_mu);
      g_forge_result = r;
      g_forge_state = 2;
      pthread_cond_broadcast(&g_cv);
    }
    pthread_mutex_unlock(&g_mu);
    if (stop) break;
    MsgWaitForMultipleObjects(0, NULL, FALSE, 5, QS_ALLINPUT);
  }
  return NULL;
}

int main(void) {
  HLINEAPP app = 0;
  HLINE line = 0;
  DWORD num = 0, ids[CALLS];
  alarm(30); /* watchdog */
  g_main = GetCurrentThreadId();

  REQUIRE_RC(lineInitialize(&app, NULL, LineCallback, "r10-tapi14", &num), 0);
  REQUIRE_RC(lineOpen(app, 0, &line, 0x00010004, 0, 0x14, LINECALLPRIVILEGE_OWNER,
                      LINEMEDIAMODE_INTERACTIVEVOICE, NULL),
             0);

  pthread_t other;
  REQUIRE(pthread_create(&other, NULL, other_loop, NULL) == 0);
  T_WAIT_UNTIL(g_mu, g_cv, g_other_ready);

  /* Calls offered while the main thread does not pump: no callback anywhere. */
  for (int i = 0; i < CALLS; i++) REQUIRE_RC(tapisimOfferCall(0, 0, "5551400", "TAPI 1.4", 0, &ids[i]), 0);
  Sleep(100);
  CHECK_EQ(g_callbacks, 0);
  CHECK_EQ(__atomic_load_n(&g_wrong_thread, __ATOMIC_RELAXED), 0);

  /* The other thread dispatches a copy of the application's hidden-window message. */
  MSG peeked;
  REQUIRE(PeekMessage(&peeked, NULL, 0, 0, PM_NOREMOVE));
  CHECK_EQ(peeked.message, 0xC0DE);
  CHECK(peeked.hwnd != NULL);
  pthread_mutex_lock(&g_mu);
  g_forged = peeked;
  g_forge_state = 1;
  pthread_mutex_unlock(&g_mu);
  T_WAIT_UNTIL(g_mu, g_cv, g_forge_state == 2);
  pthread_mutex_lock(&g_mu);
  CHECK_EQ(g_forge_result, 0);
  pthread_mutex_unlock(&g_mu);
  CHECK_EQ(g_callbacks, 0);
  CHECK_EQ(__atomic_load_n(&g_wrong_thread, __ATOMIC_RELAXED), 0);

  /* The main loop delivers them: every call's OFFERING, in the order offered. */
  PUMP_UNTIL(g_ncalls == CALLS);
  for (int i = 0; i < CALLS; i++) {
    unsigned char buf[1024];
    LINECALLINFO *ci = (LINECALLINFO *)buf;
    memset(buf, 0, sizeof buf);
    ci->dwTotalSize = sizeof buf;
    CHECK_RC(lineGetCallInfo(g_calls[i], ci), 0);
    CHECK_EQ(ci->dwCallID, ids[i]);
    CHECK_EQ(ci->hLine, line);
  }

  /* Answer, remote hangup, drop: each call's states in order. */
  int want_replies = 0;
  for (int i = 0; i < CALLS; i++) {
    CHECK(lineAnswer(g_calls[i], NULL, 0) > 0);
    want_replies++;
  }
  PUMP_UNTIL(g_replies == want_replies);
  for (int i = 0; i < CALLS; i++) CHECK_RC(tapisimRemoteHangup(ids[i], LINEDISCONNECTMODE_NORMAL), 0);
  for (int i = 0; i < CALLS; i++) {
    CHECK(lineDrop(g_calls[i], NULL, 0) > 0);
    want_replies++;
  }
  PUMP_UNTIL(g_replies == want_replies && all_idle());
  t_pump_for(50); /* nothing more comes about the calls */

  pthread_mutex_lock(&g_mu);
  g_stop = 1;
  pthread_mutex_unlock(&g_mu);
  pthread_join(other, NULL);
  CHECK_EQ(g_other_got, 0);

  for (int i = 0; i < CALLS; i++) {
    static const DWORD want[] = {LINECALLSTATE_OFFERING, LINECALLSTATE_CONNECTED,
                                 LINECALLSTATE_DISCONNECTED, LINECALLSTATE_IDLE};
    CHECK_EQ(g_nstates[i], 4);
    for (int k = 0; k < 4 && k < g_nstates[i]; k++) CHECK_EQ(g_states[i][k], want[k]);
    CHECK_RC(lineDeallocateCall(g_calls[i]), 0);
  }
  CHECK_EQ(g_appnewcall, 0);
  CHECK_EQ(g_unknown_call, 0);
  CHECK_EQ(g_bad_instance, 0);
  CHECK_EQ(g_bad_replies, 0);
  CHECK_EQ(g_replies, want_replies);
  CHECK_EQ(g_outside_dispatch, 0);
  CHECK_EQ(__atomic_load_n(&g_wrong_thread, __ATOMIC_RELAXED), 0);
  CHECK_RC(lineClose(line), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
