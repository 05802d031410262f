/* Stress (reliability): many threads race every call-handle operation and the
 * simulated provider's events on shared handles, for a bounded time.
 *
 * Threads, all at once:
 *   readers (2)   lineGetCallInfo / lineGetCallStatus on handles from a shared pool
 *   killers (1)   lineDeallocateCall / lineDrop on pooled handles
 *   pair (2)      both call lineDeallocateCall on the same handle at the same moment
 *   provider (1)  tapisimOfferCall, tapisimRemoteHangup, now and then tapisimCloseLine
 *   closer (1)    its own app: open a line, make and receive calls, lineClose, then
 *                 checks that no call of that line answers any more
 *   shutdown (1)  apps that live briefly: initialize, open, call, lineShutdown
 *   caller (1)    lineMakeCall on the callback app's lines while the closer closes them
 * plus a callback-mode app whose callback calls back into the library (reads calls,
 * deallocates idle ones, makes calls) while other threads close its lines.
 *
 * Invariants: every function returns 0, a request ID or a documented LINEERR_ for that
 * function; of two racing lineDeallocateCall on one handle exactly one succeeds; after
 * lineClose returns no call on that line answers; nothing deadlocks (a watchdog ends the
 * test with a failure if the run overshoots its time by far).
 *
 * TAPI32_STRESS_SECONDS sets the run time (default 2). It prints the figures the
 * reliability report quotes: threads, operations, seconds. */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

#define POOL 256
#define DEVS 2

static double g_seconds = 2.0;
static double g_start;
static int g_stop;
static DWORD g_pool[POOL];      /* call handles (keeper app's and others') */
static DWORD g_call_ids[POOL];  /* recent dwCallIDs */
static long g_ops;              /* operations performed, all threads */
static long g_violations;
static HLINE g_cb_lines[DEVS];  /* the callback app's lines (0 when closed) */
static HLINEAPP g_cb_app;

static int running(void) { return !__atomic_load_n(&g_stop, __ATOMIC_ACQUIRE); }

static unsigned rnd(unsigned *s) {
  *s ^= *s << 13;
  *s ^= *s >> 17;
  *s ^= *s << 5;
  return *s;
}

static void count(long n) { __atomic_add_fetch(&g_ops, n, __ATOMIC_RELAXED); }

/* Records a result outside the set documented for `what`. */
static void violation(const char *what, LONG rc) {
  fprintf(stderr, "VIOLATION: %s returned 0x%08x\n", what, (unsigned)rc);
  __atomic_add_fetch(&g_violations, 1, __ATOMIC_RELAXED);
}

#define ALLOWED(what, rc, ...)                                       \
  do {                                                               \
    DWORD t_ok_[] = {__VA_ARGS__};                                   \
    size_t t_i_;                                                     \
    int t_hit_ = 0;                                                  \
    for (t_i_ = 0; t_i_ < sizeof t_ok_ / sizeof t_ok_[0]; t_i_++)    \
      if ((DWORD)(rc) == t_ok_[t_i_]) t_hit_ = 1;                    \
    if (!t_hit_) violation(what, rc);                                \
  } while (0)

static void pool_put(DWORD h, unsigned *s) {
  __atomic_store_n(&g_pool[rnd(s) % POOL], h, __ATOMIC_RELAXED);
}

static DWORD pool_get(unsigned *s) {
  return __atomic_load_n(&g_pool[rnd(s) % POOL], __ATOMIC_RELAXED);
}

/* Reads every queued message of an event-mode app; pools the handles it learns. */
static void drain_pool(HLINEAPP app, unsigned *s) {
  LINEMESSAGE m;
  LONG rc;
  while ((rc = lineGetMessage(app, &m, 0)) == 0) {
    count(1);
    if (m.dwMessageID == LINE_APPNEWCALL) pool_put((DWORD)m.dwParam2, s);
  }
  ALLOWED("lineGetMessage", rc, LINEERR_OPERATIONFAILED);
}

static void *reader(void *arg) {
  unsigned s = (unsigned)(uintptr_t)arg;
  char buf[1024];
  LINECALLSTATUS st;
  while (running()) {
    DWORD h = pool_get(&s);
    LONG rc;
    if (rnd(&s) & 1) {
      rc = t_info(h, buf, sizeof buf);
      ALLOWED("lineGetCallInfo", rc, 0, LINEERR_INVALCALLHANDLE);
    } else {
      memset(&st, 0, sizeof st);
      st.dwTotalSize = sizeof st;
      rc = lineGetCallStatus(h, &st);
      ALLOWED("lineGetCallStatus", rc, 0, LINEERR_INVALCALLHANDLE);
    }
    count(1);
  }
  return NULL;
}

static void *killer(void *arg) {
  unsigned s = (unsigned)(uintptr_t)arg;
  while (running()) {
    DWORD h = pool_get(&s);
    LONG rc;
    if (rnd(&s) % 3 == 0) {
      rc = lineDrop(h, NULL, 0);
      if (rc <= 0)
        ALLOWED("lineDrop", rc, LINEERR_INVALCALLHANDLE, LINEERR_NOTOWNER,
                LINEERR_INVALCALLSTATE);
    } else {
      rc = lineDeallocateCall(h);
      ALLOWED("lineDeallocateCall", rc, 0, LINEERR_INVALCALLHANDLE);
    }
    count(1);
  }
  return NULL;
}

/* The pair: two threads deallocate the same handle at the same moment. */
static pthread_barrier_t g_pair_go, g_pair_done;
static DWORD g_pair_handle;
static LONG g_pair_rc[2];
static long g_pair_races;

static void *pair_member(void *arg) {
  int me = (int)(uintptr_t)arg;
  for (;;) {
    pthread_barrier_wait(&g_pair_go);
    if (!__atomic_load_n(&g_pair_handle, __ATOMIC_ACQUIRE)) return NULL;
    g_pair_rc[me] = lineDeallocateCall(g_pair_handle);
    pthread_barrier_wait(&g_pair_done);
  }
}

/* Owns the pair: makes a call on its own app, has both members deallocate it. */
static void *pair_driver(void *arg) {
  unsigned s = (unsigned)(uintptr_t)arg;
  pthread_t m[2];
  HLINEAPP app = t_init_event("stress-pair");
  HLINE line = t_open(app, 1, 0x00020002, LINECALLPRIVILEGE_NONE, 0);
  int i;
  pthread_barrier_init(&g_pair_go, NULL, 3);
  pthread_barrier_init(&g_pair_done, NULL, 3);
  for (i = 0; i < 2; i++) pthread_create(&m[i], NULL, pair_member, (void *)(uintptr_t)i);
  /* At least 20 races, however slow the machine (valgrind serializes threads). */
  while (running() || __atomic_load_n(&g_pair_races, __ATOMIC_RELAXED) < 20) {
    HCALL h = 0;
    LONG req = lineMakeCallA(line, &h, "5550001", 0, NULL);
    if (req <= 0) {
      ALLOWED("lineMakeCall (pair)", req, LINEERR_INVALLINEHANDLE);
      lineClose(line); /* the provider closed it: open it again */
      line = t_open(app, 1, 0x00020002, LINECALLPRIVILEGE_NONE, 0);
      continue;
    }
    __atomic_store_n(&g_pair_handle, h, __ATOMIC_RELEASE);
    pthread_barrier_wait(&g_pair_go);
    pthread_barrier_wait(&g_pair_done);
    {
      int ok = (g_pair_rc[0] == 0) + (g_pair_rc[1] == 0);
      int inval = ((DWORD)g_pair_rc[0] == LINEERR_INVALCALLHANDLE) +
                  ((DWORD)g_pair_rc[1] == LINEERR_INVALCALLHANDLE);
      /* Exactly one succeeds, unless the provider closed the line first (then none). */
      if (!((ok == 1 && inval == 1) || (ok == 0 && inval == 2))) {
        fprintf(stderr, "VIOLATION: racing lineDeallocateCall gave 0x%08x and 0x%08x\n",
                (unsigned)g_pair_rc[0], (unsigned)g_pair_rc[1]);
        __atomic_add_fetch(&g_violations, 1, __ATOMIC_RELAXED);
      }
      if (ok == 1) __atomic_add_fetch(&g_pair_races, 1, __ATOMIC_RELAXED);
    }
    drain_pool(app, &s);
    count(3);
  }
  __atomic_store_n(&g_pair_handle, 0, __ATOMIC_RELEASE);
  pthread_barrier_wait(&g_pair_go);
  for (i = 0; i < 2; i++) pthread_join(m[i], NULL);
  CHECK_RC(lineShutdown(app), 0);
  return NULL;
}

static void *provider(void *arg) {
  unsigned s = (unsigned)(uintptr_t)arg;
  while (running()) {
    unsigned r = rnd(&s) % 100;
    LONG rc;
    if (r < 50) {
      DWORD id = 0;
      rc = tapisimOfferCall(rnd(&s) % DEVS, 0, "5551234", (r & 1) ? "Stress" : NULL, 0, &id);
      ALLOWED("tapisimOfferCall", rc, 0);
      __atomic_store_n(&g_call_ids[rnd(&s) % POOL], id, __ATOMIC_RELAXED);
    } else if (r < 98) {
      DWORD id = __atomic_load_n(&g_call_ids[rnd(&s) % POOL], __ATOMIC_RELAXED);
      rc = tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL);
      ALLOWED("tapisimRemoteHangup", rc, 0, LINEERR_INVALPARAM, LINEERR_INVALCALLSTATE);
    } else {
      rc = tapisimCloseLine(rnd(&s) % DEVS);
      ALLOWED("tapisimCloseLine", rc, 0);
    }
    count(1);
  }
  return NULL;
}

/* Its own app: after lineClose returns, no call it had on the line answers. */
static void *closer(void *arg) {
  unsigned s = (unsigned)(uintptr_t)arg;
  HLINEAPP app = t_init_event("stress-closer");
  char buf[1024];
  while (running()) {
    HCALL calls[16];
    int n = 0, i;
    LINEMESSAGE m;
    HLINE line = t_open(app, rnd(&s) % DEVS, 0x00020002, LINECALLPRIVILEGE_OWNER, 0);
    for (i = 0; i < 4 && n < 16; i++) {
      HCALL h = 0;
      LONG req = lineMakeCallA(line, &h, "5550002", 0, NULL);
      if (req > 0 && h) calls[n++] = h;
      else if (req <= 0) ALLOWED("lineMakeCall (closer)", req, LINEERR_INVALLINEHANDLE);
    }
    while (lineGetMessage(app, &m, 0) == 0)
      if (m.dwMessageID == LINE_APPNEWCALL && n < 16) {
        calls[n++] = (HCALL)m.dwParam2;
        pool_put((DWORD)m.dwParam2, &s);
      }
    {
      LONG rc = lineClose(line);
      ALLOWED("lineClose", rc, 0, LINEERR_INVALLINEHANDLE);
    }
    for (i = 0; i < n; i++) {
      LONG rc = t_info(calls[i], buf, sizeof buf);
      if ((DWORD)rc != LINEERR_INVALCALLHANDLE) {
        fprintf(stderr, "VIOLATION: call 0x%08x answered 0x%08x after lineClose returned\n",
                (unsigned)calls[i], (unsigned)rc);
        __atomic_add_fetch(&g_violations, 1, __ATOMIC_RELAXED);
      }
    }
    /* Close the callback app's lines too, while its callback may be running. */
    i = (int)(rnd(&s) % DEVS);
    {
      HLINE cb = __atomic_exchange_n(&g_cb_lines[i], 0, __ATOMIC_ACQ_REL);
      if (cb) {
        LONG rc = lineClose(cb);
        ALLOWED("lineClose (callback app)", rc, 0, LINEERR_INVALLINEHANDLE);
      }
      if (running()) {
        HLINE again = 0;
        LONG rc = lineOpen(g_cb_app, (DWORD)i, &again, 0x00020002, 0, (DWORD_PTR)i,
                           LINECALLPRIVILEGE_OWNER | LINECALLPRIVILEGE_MONITOR,
                           LINEMEDIAMODE_INTERACTIVEVOICE, NULL);
        ALLOWED("lineOpen (callback app)", rc, 0);
        __atomic_store_n(&g_cb_lines[i], again, __ATOMIC_RELEASE);
      }
    }
    count(n + 8);
  }
  CHECK_RC(lineShutdown(app), 0);
  return NULL;
}

/* Short-lived apps: lineShutdown races everything else. */
static void *shutdowns(void *arg) {
  unsigned s = (unsigned)(uintptr_t)arg;
  while (running()) {
    HLINEAPP app = t_init_event("stress-brief");
    HLINE line = t_open(app, rnd(&s) % DEVS, 0x00020002, LINECALLPRIVILEGE_MONITOR, 0);
    HCALL h = 0;
    LONG rc = lineMakeCallA(line, &h, "5550003", 0, NULL);
    if (rc <= 0) ALLOWED("lineMakeCall (brief)", rc, LINEERR_INVALLINEHANDLE);
    else pool_put(h, &s);
    drain_pool(app, &s);
    rc = lineShutdown(app);
    ALLOWED("lineShutdown", rc, 0);
    if (h && t_state(h) != 0) violation("lineGetCallStatus after lineShutdown", 0);
    count(5);
  }
  return NULL;
}

/* Makes calls on the callback app's lines while the closer closes them. */
static void *caller(void *arg) {
  unsigned s = (unsigned)(uintptr_t)arg;
  while (running()) {
    HLINE line = __atomic_load_n(&g_cb_lines[rnd(&s) % DEVS], __ATOMIC_ACQUIRE);
    HCALL h = 0;
    LONG rc = lineMakeCallA(line, &h, "5550004", 0, NULL);
    if (rc <= 0) ALLOWED("lineMakeCall (caller)", rc, LINEERR_INVALLINEHANDLE);
    count(1);
  }
  return NULL;
}

/* The callback app's callback: reads calls, deallocates idle ones, sometimes calls. */
static long g_callbacks;
static void CALLBACK on_message(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  char buf[512];
  (void)dwParam2;
  (void)dwParam3;
  __atomic_add_fetch(&g_callbacks, 1, __ATOMIC_RELAXED);
  if (dwMsg == LINE_CALLSTATE) {
    LONG rc = t_info(hDevice, buf, sizeof buf);
    ALLOWED("lineGetCallInfo (callback)", rc, 0, LINEERR_INVALCALLHANDLE);
    if (dwParam1 == LINECALLSTATE_IDLE) {
      rc = lineDeallocateCall(hDevice);
      ALLOWED("lineDeallocateCall (callback)", rc, 0, LINEERR_INVALCALLHANDLE);
    } else if (dwParam1 == LINECALLSTATE_OFFERING && (hDevice & 7) == 0) {
      HCALL h = 0;
      HLINE line = __atomic_load_n(&g_cb_lines[dwInstance % DEVS], __ATOMIC_ACQUIRE);
      rc = lineMakeCallA(line, &h, "5550005", 0, NULL);
      if (rc <= 0) ALLOWED("lineMakeCall (callback)", rc, LINEERR_INVALLINEHANDLE);
    }
  }
  count(1);
}

static void *watchdog(void *arg) {
  (void)arg;
  while (running()) {
    if (t_now_s() - g_start > g_seconds + 60) {
      fprintf(stderr, "WATCHDOG: the stress run did not finish: deadlock?\n");
      _exit(3);
    }
    {
      struct timespec ts = {0, 100 * 1000 * 1000};
      nanosleep(&ts, NULL);
    }
  }
  return NULL;
}

int main(void) {
  pthread_t th[16], dog;
  int n = 0, i;
  HLINEAPP keeper;
  HLINE keep_lines[DEVS];
  const char *secs = getenv("TAPI32_STRESS_SECONDS");
  if (secs && atof(secs) > 0) g_seconds = atof(secs);
  g_start = t_now_s();
  pthread_create(&dog, NULL, watchdog, NULL);

  /* The keeper keeps the process initialized and owns the offered calls' handles. */
  keeper = t_init_event("stress-keeper");
  for (i = 0; i < DEVS; i++)
    keep_lines[i] = t_open(keeper, (DWORD)i, 0x00020002, LINECALLPRIVILEGE_OWNER, 0);
  g_cb_app = t_init_callback(on_message, "stress-callback");
  for (i = 0; i < DEVS; i++)
    g_cb_lines[i] = t_open(g_cb_app, (DWORD)i, 0x00020002,
                           LINECALLPRIVILEGE_OWNER | LINECALLPRIVILEGE_MONITOR, (DWORD_PTR)i);

  pthread_create(&th[n++], NULL, reader, (void *)1u);
  pthread_create(&th[n++], NULL, reader, (void *)2u);
  pthread_create(&th[n++], NULL, killer, (void *)3u);
  pthread_create(&th[n++], NULL, pair_driver, (void *)4u);
  pthread_create(&th[n++], NULL, provider, (void *)5u);
  pthread_create(&th[n++], NULL, closer, (void *)6u);
  pthread_create(&th[n++], NULL, shutdowns, (void *)7u);
  pthread_create(&th[n++], NULL, caller, (void *)8u);

  /* The main thread keeps the keeper's queue short and its handles in the pool; when
   * the provider closes a keeper line, it opens it again. */
  {
    unsigned s = 9;
    while (t_now_s() - g_start < g_seconds) {
      LINEMESSAGE m;
      LONG rc;
      while ((rc = lineGetMessage(keeper, &m, 10)) == 0) {
        count(1);
        if (m.dwMessageID == LINE_APPNEWCALL) pool_put((DWORD)m.dwParam2, &s);
        if (m.dwMessageID == LINE_CLOSE)
          for (i = 0; i < DEVS; i++)
            if (keep_lines[i] == m.hDevice)
              keep_lines[i] = t_open(keeper, (DWORD)i, 0x00020002, LINECALLPRIVILEGE_OWNER, 0);
        if (t_now_s() - g_start >= g_seconds) break;
      }
      if (rc) ALLOWED("lineGetMessage (keeper)", rc, LINEERR_OPERATIONFAILED);
    }
  }
  __atomic_store_n(&g_stop, 1, __ATOMIC_RELEASE);
  for (i = 0; i < n; i++) pthread_join(th[i], NULL);
  CHECK_RC(lineShutdown(g_cb_app), 0);
  CHECK_RC(lineShutdown(keeper), 0);
  pthread_join(dog, NULL);

  printf("stress: %d threads plus a callback dispatcher, %ld operations, %ld callbacks, "
         "%ld racing-deallocate pairs, %.1f s, %ld violations\n",
         n + 1, g_ops, g_callbacks, g_pair_races, t_now_s() - g_start, g_violations);
  CHECK_EQ(g_violations, 0);
  CHECK(g_pair_races >= 20);
  TEST_DONE();
}
