/* R10, a legacy multi-threaded program: the main thread runs the message loop, and its
 * LINECALLBACK takes the program's own mutex to put offered calls on a "to drop" list and
 * IDLE calls on a "to deallocate" list; two worker threads take the same mutex and, while
 * holding it, call lineDrop and lineDeallocateCall on calls from those lists. A third
 * thread offers the calls (tapisimOfferCall), at most WINDOW outstanding. On Windows this
 * cannot deadlock: lineDeallocateCall and lineDrop never wait for the callback. Checked:
 * no hang (every wait has a deadline, and a watchdog alarm), every offered call is
 * dropped and deallocated exactly once (lineDeallocateCall returns 0, afterwards the
 * handle is invalid), every lineDrop succeeds and its LINE_REPLY comes with dwParam2 0,
 * and no callback runs on a thread other than the one that initialized the application.
 * TAPI32_R10_CALLS overrides the number of calls (default 3000). */
#include <windows.h>

#include <pthread.h>
#include <unistd.h>

#include "common.h"

#define DEFAULT_CALLS 3000
#define WINDOW 128
#define WORKERS 2

static int g_calls = DEFAULT_CALLS;

/* The program's mutex and what it protects. */
static pthread_mutex_t g_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_cv = PTHREAD_COND_INITIALIZER;
static HCALL *g_to_drop, *g_to_dealloc, *g_deallocated;
static int g_n_drop, g_n_dealloc; /* list lengths */
static int g_offered, g_seen_offering, g_dropped, g_n_deallocated;
static int g_drop_fail, g_dealloc_fail, g_offer_fail;
static int g_stop;
static LONG *g_drop_reqs;
static int g_n_drop_reqs;

/* Only the main thread (the owner) touches these. */
static DWORD g_owner;
static int g_wrong_thread;
static int g_callbacks;
static int g_replies_ok, g_replies_bad;

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)dwInstance, (void)dwParam3;
  g_callbacks++;
  if (GetCurrentThreadId() != g_owner) {
    __atomic_add_fetch(&g_wrong_thread, 1, __ATOMIC_RELAXED);
    return;
  }
  if (dwMsg == LINE_CALLSTATE && dwParam1 == LINECALLSTATE_OFFERING) {
    pthread_mutex_lock(&g_mu);
    REQUIRE(g_n_drop < g_calls);
    g_to_drop[g_n_drop++] = (HCALL)hDevice;
    g_seen_offering++;
    pthread_cond_broadcast(&g_cv);
    pthread_mutex_unlock(&g_mu);
  } else if (dwMsg == LINE_CALLSTATE && dwParam1 == LINECALLSTATE_IDLE) {
    pthread_mutex_lock(&g_mu);
    REQUIRE(g_n_dealloc < g_calls);
    g_to_dealloc[g_n_dealloc++] = (HCALL)hDevice;
    pthread_cond_broadcast(&g_cv);
    pthread_mutex_unlock(&g_mu);
  } else if (dwMsg == LINE_REPLY) {
    /* A reply to a lineDrop a worker made: its request ID was stored under the mutex
     * before the worker released it. */
    int known = 0;
    pthread_mutex_lock(&g_mu);
    for (int i = g_n_drop_reqs - 1; i >= 0 && !known; i--)
      known = g_drop_reqs[i] == (LONG)dwParam1;
    pthread_mutex_unlock(&g_mu);
    if (known && dwParam2 == 0)
      g_replies_ok++;
    else
      g_replies_bad++;
  }
}

static void *worker(void *arg) {
  (void)arg;
  pthread_mutex_lock(&g_mu);
  while (!g_stop) {
    if (g_n_dealloc > 0) {
      HCALL h = g_to_dealloc[--g_n_dealloc];
      LONG rc = lineDeallocateCall(h); /* under the program's mutex */
      if (rc != 0) {
        g_dealloc_fail++;
        fprintf(stderr, "lineDeallocateCall(0x%08x) = 0x%08x\n", (unsigned)h, (unsigned)rc);
      } else {
        g_deallocated[g_n_deallocated++] = h;
      }
      pthread_cond_broadcast(&g_cv);
    } else if (g_n_drop > 0) {
      HCALL h = g_to_drop[--g_n_drop];
      LONG req = lineDrop(h, NULL, 0); /* under the program's mutex */
      if (req <= 0) {
        g_drop_fail++;
        fprintf(stderr, "lineDrop(0x%08x) = 0x%08x\n", (unsigned)h, (unsigned)req);
      } else {
        g_drop_reqs[g_n_drop_reqs++] = req;
        g_dropped++;
      }
    } else {
      struct timespec until = t_deadline(1);
      pthread_cond_timedwait(&g_cv, &g_mu, &until);
    }
  }
  pthread_mutex_unlock(&g_mu);
  return NULL;
}

static void *offerer(void *arg) {
  (void)arg;
  for (int i = 0; i < g_calls; i++) {
    pthread_mutex_lock(&g_mu);
    struct timespec until = t_deadline(10);
    while (!g_stop && g_offered - g_n_deallocated >= WINDOW)
      if (pthread_cond_timedwait(&g_cv, &g_mu, &until) != 0) break;
    int stop = g_stop || g_offered - g_n_deallocated >= WINDOW;
    pthread_mutex_unlock(&g_mu);
    if (stop) break;
    DWORD id = 0;
    LONG rc = tapisimOfferCall(0, 0, "5551234", "Worker", 0, &id);
    pthread_mutex_lock(&g_mu);
    if (rc == 0)
      g_offered++;
    else
      g_offer_fail++;
    pthread_mutex_unlock(&g_mu);
    if (rc != 0) break;
  }
  return NULL;
}

static int all_done(void) {
  pthread_mutex_lock(&g_mu);
  int done = g_n_deallocated + g_dealloc_fail >= g_calls || g_offer_fail || g_drop_fail;
  pthread_mutex_unlock(&g_mu);
  return done;
}

int main(void) {
  const char *env = getenv("TAPI32_R10_CALLS");
  if (env && atoi(env) > 0) g_calls = atoi(env);
  alarm(100); /* watchdog: a deadlock ends the test (SIGALRM) */
  g_to_drop = calloc(g_calls, sizeof *g_to_drop);
  g_to_dealloc = calloc(g_calls, sizeof *g_to_dealloc);
  g_deallocated = calloc(g_calls, sizeof *g_deallocated);
  g_drop_reqs = calloc(g_calls, sizeof *g_drop_reqs);
  REQUIRE(g_to_drop && g_to_dealloc && g_deallocated && g_drop_reqs);

  g_owner = GetCurrentThreadId();
  HLINEAPP app = t_init_callback(LineCallback, "r10-worker-dealloc");
  HLINE line = t_open(app, 0, 0x00020000, LINECALLPRIVILEGE_OWNER, 0x20);

  pthread_t workers[WORKERS], off;
  for (int i = 0; i < WORKERS; i++) REQUIRE(pthread_create(&workers[i], NULL, worker, NULL) == 0);
  REQUIRE(pthread_create(&off, NULL, offerer, NULL) == 0);

  /* The message loop, until every call is deallocated; no progress for 5 s is a hang. */
  int last = -1;
  DWORD progress_at = GetTickCount();
  for (;;) {
    T_PUMP_UNTIL(all_done(), 100);
    if (all_done()) break;
    pthread_mutex_lock(&g_mu);
    int now = g_n_deallocated;
    pthread_mutex_unlock(&g_mu);
    if (now != last) {
      last = now;
      progress_at = GetTickCount();
    } else if (GetTickCount() - progress_at > 5000) {
      fprintf(stderr, "no progress for 5 s at %d of %d calls deallocated (deadlock?)\n", now,
              g_calls);
      _exit(1);
    }
  }
  /* The last calls' drop replies may still be queued. */
  T_PUMP_UNTIL(g_replies_ok + g_replies_bad >= g_calls, T_TIMEOUT_MS);

  pthread_mutex_lock(&g_mu);
  g_stop = 1;
  pthread_cond_broadcast(&g_cv);
  pthread_mutex_unlock(&g_mu);
  pthread_join(off, NULL);
  for (int i = 0; i < WORKERS; i++) pthread_join(workers[i], NULL);

  CHECK_EQ(g_offer_fail, 0);
  CHECK_EQ(g_drop_fail, 0);
  CHECK_EQ(g_dealloc_fail, 0);
  CHECK_EQ(g_offered, g_calls);
  CHECK_EQ(g_seen_offering, g_calls);
  CHECK_EQ(g_dropped, g_calls);
  CHECK_EQ(g_n_deallocated, g_calls);
  CHECK_EQ(g_n_drop, 0);
  CHECK_EQ(g_n_dealloc, 0);
  CHECK_EQ(g_replies_ok, g_calls);
  CHECK_EQ(g_replies_bad, 0);
  CHECK_EQ(__atomic_load_n(&g_wrong_thread, __ATOMIC_RELAXED), 0);
  CHECK(g_callbacks >= 3 * g_calls); /* OFFERING, IDLE and the reply of each */
  /* Deallocated exactly once: every handle distinct and now invalid. */
  int dup = 0, alive = 0;
  for (int i = 0; i < g_n_deallocated; i++) {
    LINECALLSTATUS st;
    if ((DWORD)t_status(g_deallocated[i], &st) != LINEERR_INVALCALLHANDLE) alive++;
  }
  for (int i = 1; i < g_n_deallocated; i++)
    for (int j = 0; j < i; j++) dup += g_deallocated[i] == g_deallocated[j];
  CHECK_EQ(alive, 0);
  CHECK_EQ(dup, 0);
  CHECK_RC(lineClose(line), 0);
  CHECK_RC(lineShutdown(app), 0);
  free(g_to_drop);
  free(g_to_dealloc);
  free(g_deallocated);
  free(g_drop_reqs);
  TEST_DONE();
}
