/* R10, the opt-in dispatcher thread (tapi32SetCallbackThread(TRUE)) with a program whose
 * callback takes the program's own mutex for every message:
 * - part 1: the callback blocks on that mutex while the main thread holds it and calls
 *   lineDeallocateCall of the call the callback's message names (LINE_APPNEWCALL's
 *   dwParam2), then lineClose of the line it names (hDevice). No deadlock: each returns
 *   0 within the bound (the default TAPI32_CALLBACK_WAIT_MS is 250 ms; checked < 1500 ms
 *   with GetTickCount), and they do not both wait for the same callback; once the mutex
 *   is released the callback finishes, and no callback naming the retired call or line
 *   starts afterwards (its queued LINE_CALLSTATE OFFERING is discarded);
 * - part 2: a message produced inside a TAPI function is not delivered before that
 *   function returned: over ROUNDS lineMakeCall and lineDrop requests,
 *   `g_req = lineMakeCall(...)` (stored atomically right after the return) already
 *   equals the LINE_REPLY's dwParam1 when the callback runs.
 * The dispatcher thread is what this test is about, hence the opt-in. */
#include <windows.h>

#include <pthread.h>
#include <unistd.h>

#include "common.h"
#include "tapi32ext.h"

#define BLOCK_ROUNDS 4
#define ROUNDS 200
#define INST_BLOCK 0xB10C
#define INST_SENTINEL 0x5E7
#define INST_REQ 0x5EC

/* The program's mutex and what it protects. */
static pthread_mutex_t g_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_cv = PTHREAD_COND_INITIALIZER;

/* Part 1. Atomic: announced by the callback before it takes the mutex. */
static HCALL g_entered_call;
static HLINE g_entered_line;
static int g_entered;
/* Under g_mu. */
static int g_blocked_pending;  /* the blocking callback has not yet got the mutex */
static int g_returned;         /* blocking callbacks that got the mutex */
static HCALL g_dead_calls[BLOCK_ROUNDS];
static HLINE g_dead_lines[BLOCK_ROUNDS];
static int g_n_dead;
static int g_after_dead;       /* callbacks naming a retired handle after it was retired */
static int g_sentinels;        /* OFFERING states of calls on the sentinel line */

/* Part 2. g_req is atomic; the rest is under g_mu. */
static LONG g_req;
static int g_replied;
static LONG g_reply_id;
static LONG g_reply_result = -1;
static int g_early;            /* replies that ran before the request ID was stored */

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)dwParam3;
  int blocking = dwInstance == INST_BLOCK && dwMsg == LINE_APPNEWCALL;
  if (blocking) {
    __atomic_store_n(&g_entered_call, (HCALL)dwParam2, __ATOMIC_RELAXED);
    __atomic_store_n(&g_entered_line, (HLINE)hDevice, __ATOMIC_RELAXED);
    __atomic_store_n(&g_entered, 1, __ATOMIC_RELEASE);
  }
  pthread_mutex_lock(&g_mu); /* blocks while the main thread holds it (part 1) */
  if (blocking && g_blocked_pending) {
    g_blocked_pending = 0;
    g_returned++;
  } else {
    for (int i = 0; i < g_n_dead; i++) {
      int named = hDevice == g_dead_calls[i] || hDevice == g_dead_lines[i] ||
                  (dwMsg == LINE_APPNEWCALL && (HCALL)dwParam2 == g_dead_calls[i]);
      if (named) {
        g_after_dead++;
        fprintf(stderr, "callback after retirement: msg %u hDevice 0x%08x p1 0x%lx p2 0x%lx\n",
                (unsigned)dwMsg, (unsigned)hDevice, (unsigned long)dwParam1,
                (unsigned long)dwParam2);
      }
    }
  }
  /* The sentinel call's last message: OFFERING, queued after its LINE_APPNEWCALL. */
  if (dwInstance == INST_SENTINEL && dwMsg == LINE_CALLSTATE && dwParam1 == LINECALLSTATE_OFFERING)
    g_sentinels++;
  if (dwMsg == LINE_REPLY) {
    /* The TapiComm check: the program stored the request ID before the reply runs. */
    if ((LONG)dwParam1 != __atomic_load_n(&g_req, __ATOMIC_ACQUIRE)) g_early++;
    g_replied = 1;
    g_reply_id = (LONG)dwParam1;
    g_reply_result = (LONG)dwParam2;
  }
  pthread_cond_broadcast(&g_cv);
  pthread_mutex_unlock(&g_mu);
}

#define WAIT_UNTIL(cond) T_WAIT_UNTIL(g_mu, g_cv, cond)

/* Everything queued before has been delivered once a new sentinel call's last message
 * (LINE_CALLSTATE OFFERING) has been: the dispatcher is then idle, not blocked on the
 * program's mutex in a sentinel callback when the next round takes it. */
static void flush(void) {
  pthread_mutex_lock(&g_mu);
  int want = g_sentinels + 1;
  pthread_mutex_unlock(&g_mu);
  REQUIRE_RC(tapisimOfferCall(1, 0, "5550001", "Sentinel", 0, &(DWORD){0}), 0);
  WAIT_UNTIL(g_sentinels >= want);
}

/* Waits until the callback has had the reply to request `req`; its result. */
static LONG wait_reply(LONG req) {
  WAIT_UNTIL(g_replied);
  pthread_mutex_lock(&g_mu);
  CHECK_EQ(g_reply_id, req);
  LONG r = g_reply_result;
  g_replied = 0;
  g_reply_result = -1;
  pthread_mutex_unlock(&g_mu);
  return r;
}

int main(void) {
  alarm(60); /* watchdog: a deadlock ends the test (SIGALRM) */
  /* Opt in: this test is about the dispatcher thread's bounded waits and ordering. */
  REQUIRE_RC(tapi32SetCallbackThread(TRUE), 0);
  HLINEAPP app = t_init_callback(LineCallback, "r10-dispatcher-mutex");
  HLINE sentinel = t_open(app, 1, 0x00020000, LINECALLPRIVILEGE_OWNER, INST_SENTINEL);
  (void)sentinel;

  /* Part 1. */
  for (int k = 0; k < BLOCK_ROUNDS; k++) {
    HLINE line = t_open(app, 0, 0x00020000, LINECALLPRIVILEGE_OWNER, INST_BLOCK);
    __atomic_store_n(&g_entered, 0, __ATOMIC_RELAXED);
    pthread_mutex_lock(&g_mu); /* the program holds its mutex ... */
    g_blocked_pending = 1;
    REQUIRE_RC(tapisimOfferCall(0, 0, "5552000", "Blocked", 0, &(DWORD){0}), 0);
    /* ... while the dispatcher runs the callback, which blocks on it. */
    DWORD start = GetTickCount();
    while (!__atomic_load_n(&g_entered, __ATOMIC_ACQUIRE)) {
      if (GetTickCount() - start > 3000) {
        fprintf(stderr, "the callback never ran\n");
        _exit(1);
      }
      Sleep(1);
    }
    Sleep(5);
    HCALL call = __atomic_load_n(&g_entered_call, __ATOMIC_RELAXED);
    CHECK_EQ(__atomic_load_n(&g_entered_line, __ATOMIC_RELAXED), line);
    REQUIRE(call != 0);
    g_dead_calls[g_n_dead] = call;
    g_dead_lines[g_n_dead] = line;
    g_n_dead++;
    DWORD t0 = GetTickCount();
    CHECK_RC(lineDeallocateCall(call), 0);
    DWORD t1 = GetTickCount();
    CHECK_RC(lineClose(line), 0);
    DWORD t2 = GetTickCount();
    pthread_mutex_unlock(&g_mu);
    DWORD dealloc_ms = t1 - t0, close_ms = t2 - t1;
    if (dealloc_ms >= 1500 || close_ms >= 1500 || (dealloc_ms >= 200 && close_ms >= 200))
      fprintf(stderr, "round %d: lineDeallocateCall %u ms, lineClose %u ms\n", k,
              (unsigned)dealloc_ms, (unsigned)close_ms);
    CHECK(dealloc_ms < 1500);
    CHECK(close_ms < 1500);
    /* At most one of them waited for the (same) blocked callback. */
    CHECK(dealloc_ms < 200 || close_ms < 200);
    WAIT_UNTIL(g_returned == k + 1);
    flush();
    t_check_call_dead(call);
    t_check_line_dead(line);
  }
  pthread_mutex_lock(&g_mu);
  CHECK_EQ(g_after_dead, 0);
  pthread_mutex_unlock(&g_mu);

  /* Part 2. */
  HLINE line = t_open(app, 0, 0x00020000, LINECALLPRIVILEGE_OWNER, INST_REQ);
  int made = 0;
  for (int i = 0; i < ROUNDS; i++) {
    static HCALL call;
    __atomic_store_n(&g_req, 0, __ATOMIC_RELEASE);
    LONG r = lineMakeCall(line, &call, "5553000", 0, NULL);
    __atomic_store_n(&g_req, r, __ATOMIC_RELEASE); /* g_req = lineMakeCall(...) */
    REQUIRE(r > 0);
    CHECK_RC(wait_reply(r), 0);
    __atomic_store_n(&g_req, 0, __ATOMIC_RELEASE);
    r = lineDrop(call, NULL, 0);
    __atomic_store_n(&g_req, r, __ATOMIC_RELEASE);
    REQUIRE(r > 0);
    CHECK_RC(wait_reply(r), 0);
    CHECK_RC(lineDeallocateCall(call), 0);
    made++;
  }
  CHECK_EQ(made, ROUNDS);
  pthread_mutex_lock(&g_mu);
  if (g_early)
    fprintf(stderr, "%d of %d LINE_REPLYs ran before the program had stored the request ID\n",
            g_early, 2 * ROUNDS);
  CHECK_EQ(g_early, 0);
  CHECK_EQ(g_after_dead, 0);
  pthread_mutex_unlock(&g_mu);
  CHECK_RC(lineClose(line), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
