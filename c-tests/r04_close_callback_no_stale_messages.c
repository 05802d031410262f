/* R4 lineClose in callback mode (LINEINITIALIZEEXOPTION_USEHIDDENWINDOW), with R9:
 * once lineClose has returned, no message naming the closed line or one of its calls
 * (and no LINE_REPLY of a request on it) reaches the app's LINECALLBACK. README,
 * "Messages": a message is checked when it leaves the queue, "so no delivered message
 * names a handle that was already invalid".
 *
 * Every line is opened with its own dwCallbackInstance (1, 2, 3 ...), and every message
 * about a line or its calls carries it. The main thread waits until the dispatcher
 * thread is delivering a line's messages, calls lineClose on it while it is, then
 * publishes the line as closed (release store of its instance). The callback reads the
 * published value on entry (acquire load) and flags any message whose line was already
 * closed then.
 *
 * Part A: rounds of one owner line on device 0 with outgoing calls and an incoming one.
 * Part B: batches of lines opened with LINECALLPRIVILEGE_NONE (so they do not monitor
 * each other's calls), one outgoing call each, closed one after the other as the
 * dispatcher reaches them: many closes while the dispatcher is busy. Bounded counts.
 * Part C: the callback itself closes the line on its first message about it (LINE_REPLY
 * of lineMakeCall); lineClose returns 0 there and none of the line's remaining queued
 * messages (the call's LINE_CALLSTATEs) reaches the callback afterwards.
 *
 * The point is the dispatcher-thread guarantee (lineClose on one thread while the
 * callback runs on another), so the test opts in to a dispatcher thread
 * (tapi32SetCallbackThread); by default callbacks run in the initializing thread's
 * message loop and could not race lineClose. */
#include <pthread.h>
#include <sched.h>
#include <time.h>

#include "common.h"
#include "tapi32ext.h"

#define ROUNDS 100    /* part A */
#define BATCHES 40    /* part B */
#define BATCH 64
#define LAST_INSTANCE (ROUNDS + BATCHES * BATCH)
#define MARKER ((DWORD_PTR)0x7FFF0000)
#define PART_C ((DWORD_PTR)0x7FFE0000)

static HLINE g_c_line;       /* part C's line, published before its lineMakeCall */
static LONG g_c_close_rc = 1; /* lineClose(g_c_line) inside the callback */
static int g_c_closed, g_c_before, g_c_after;

static DWORD_PTR g_closed_upto; /* highest line instance whose lineClose has returned */
static DWORD_PTR g_seen_upto;   /* highest line instance the callback has had a message of */
static int g_violations;
static int g_delivered;
static pthread_mutex_t g_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_cv = PTHREAD_COND_INITIALIZER;
static int g_marker;

static void callback(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance, DWORD_PTR dwParam1,
                     DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  DWORD_PTR closed = __atomic_load_n(&g_closed_upto, __ATOMIC_ACQUIRE);
  (void)dwParam2;
  (void)dwParam3;
  if (dwInstance == PART_C) {
    if (__atomic_load_n(&g_c_closed, __ATOMIC_ACQUIRE)) {
      __atomic_add_fetch(&g_c_after, 1, __ATOMIC_RELAXED);
      fprintf(stderr, "callback after its own lineClose: msg %u hDevice 0x%08x p1 0x%lx\n",
              (unsigned)dwMessage, (unsigned)hDevice, (unsigned long)dwParam1);
      return;
    }
    __atomic_add_fetch(&g_c_before, 1, __ATOMIC_RELAXED);
    if (dwMessage == LINE_REPLY) {
      __atomic_store_n(&g_c_close_rc, lineClose(__atomic_load_n(&g_c_line, __ATOMIC_ACQUIRE)),
                       __ATOMIC_RELEASE);
      __atomic_store_n(&g_c_closed, 1, __ATOMIC_RELEASE);
    }
    return;
  }
  if (dwInstance == MARKER) {
    if (dwMessage == LINE_APPNEWCALL) {
      pthread_mutex_lock(&g_mu);
      g_marker = 1;
      pthread_cond_signal(&g_cv);
      pthread_mutex_unlock(&g_mu);
    }
    return;
  }
  if (dwInstance >= 1 && dwInstance <= LAST_INSTANCE) {
    if (dwInstance <= closed && dwMessage != LINE_CLOSE) {
      int n = __atomic_add_fetch(&g_violations, 1, __ATOMIC_RELAXED);
      if (n <= 5)
        fprintf(stderr,
                "callback after lineClose returned: line instance %lu msg %u hDevice 0x%08x p1 0x%lx\n",
                (unsigned long)dwInstance, (unsigned)dwMessage, (unsigned)hDevice,
                (unsigned long)dwParam1);
    } else {
      __atomic_add_fetch(&g_delivered, 1, __ATOMIC_RELAXED);
      if (__atomic_load_n(&g_seen_upto, __ATOMIC_RELAXED) < dwInstance)
        __atomic_store_n(&g_seen_upto, dwInstance, __ATOMIC_RELEASE);
    }
    return;
  }
  __atomic_add_fetch(&g_violations, 1, __ATOMIC_RELAXED);
  fprintf(stderr, "unexpected instance 0x%lx (msg %u)\n", (unsigned long)dwInstance,
          (unsigned)dwMessage);
}

int main(void) {
  /* Opt in: this test is about a dispatcher thread delivering while lineClose runs. */
  REQUIRE_RC(tapi32SetCallbackThread(TRUE), 0);
  HLINEAPP app = t_init_callback(callback, "r04-callback");
  HLINE marker = t_open(app, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, MARKER);

  for (DWORD_PTR k = 1; k <= ROUNDS; k++) {
    HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, k);
    HCALL calls[3] = {0, 0, 0};
    for (int j = 0; j < 3; j++) {
      LONG r = lineMakeCall(line, &calls[j], "5551000", 0, NULL);
      REQUIRE(r > 0);
    }
    DWORD id;
    REQUIRE_RC(tapisimOfferCall(0, 0, "5552000", "Caller", 0, &id), 0);
    /* Close while the dispatcher is delivering this line's messages. */
    double deadline = t_now_s() + 2.0;
    while (__atomic_load_n(&g_seen_upto, __ATOMIC_ACQUIRE) < k) {
      REQUIRE(t_now_s() < deadline);
      sched_yield();
    }
    REQUIRE_RC(lineClose(line), 0);
    __atomic_store_n(&g_closed_upto, k, __ATOMIC_RELEASE);
    char buf[1024];
    for (int j = 0; j < 3; j++) CHECK_RC(t_info(calls[j], buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  }

  /* Part B. */
  DWORD_PTR inst = ROUNDS;
  for (int b = 0; b < BATCHES; b++) {
    HLINE lines[BATCH];
    for (int i = 0; i < BATCH; i++)
      lines[i] = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_NONE, inst + 1 + i);
    for (int i = 0; i < BATCH; i++) {
      static HCALL c; /* *lphCall: kept valid until LINE_REPLY (R1) */
      LONG r = lineMakeCall(lines[i], &c, "5554000", 0, NULL);
      REQUIRE(r > 0);
    }
    double deadline = t_now_s() + 2.0;
    for (int i = 0; i < BATCH; i++) {
      DWORD_PTR k = inst + 1 + i;
      while (__atomic_load_n(&g_seen_upto, __ATOMIC_ACQUIRE) < k) {
        REQUIRE(t_now_s() < deadline);
        sched_yield();
      }
      REQUIRE_RC(lineClose(lines[i]), 0);
      __atomic_store_n(&g_closed_upto, k, __ATOMIC_RELEASE);
    }
    inst += BATCH;
  }

  /* Part C. */
  {
    HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, PART_C);
    __atomic_store_n(&g_c_line, line, __ATOMIC_RELEASE);
    static HCALL c; /* *lphCall: kept valid until LINE_REPLY (R1) */
    LONG r = lineMakeCall(line, &c, "5555000", 0, NULL);
    REQUIRE(r > 0);
  }

  /* Flush: the marker's LINE_APPNEWCALL comes after everything queued before it. */
  DWORD id;
  REQUIRE_RC(tapisimOfferCall(1, 0, "5553000", NULL, 0, &id), 0);
  struct timespec until;
  clock_gettime(CLOCK_REALTIME, &until);
  until.tv_sec += 3;
  pthread_mutex_lock(&g_mu);
  while (!g_marker) {
    if (pthread_cond_timedwait(&g_cv, &g_mu, &until) != 0) break;
  }
  int marker_seen = g_marker;
  pthread_mutex_unlock(&g_mu);
  CHECK(marker_seen);

  CHECK_EQ(__atomic_load_n(&g_violations, __ATOMIC_ACQUIRE), 0);
  CHECK_RC(__atomic_load_n(&g_c_close_rc, __ATOMIC_ACQUIRE), 0);
  CHECK_EQ(__atomic_load_n(&g_c_before, __ATOMIC_ACQUIRE), 1); /* the LINE_REPLY */
  CHECK_EQ(__atomic_load_n(&g_c_after, __ATOMIC_ACQUIRE), 0);
  CHECK(__atomic_load_n(&g_delivered, __ATOMIC_ACQUIRE) >= LAST_INSTANCE);
  CHECK_RC(lineClose(marker), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
