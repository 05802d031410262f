/* R3, threads: two threads race lineDeallocateCall on the same call handle. Exactly one
 * succeeds (0); the other gets LINEERR_INVALCALLHANDLE (the handle is already
 * deallocated), never a second 0 or any other code; afterwards the handle is invalid.
 * Also: two threads deallocating two applications' handles to the same call at the same
 * moment both succeed, and since those were the call's last handles the call ends.
 * Repeated over many calls; bounded by iteration counts. */
#include <pthread.h>

#include "common.h"

#define SAME_ITER 600
#define PAIR_ITER 200
#define LOAD(p) __atomic_load_n((p), __ATOMIC_SEQ_CST)
#define STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_SEQ_CST)
#define INC(p) __atomic_add_fetch((p), 1, __ATOMIC_SEQ_CST)

static pthread_barrier_t start, finish;
static HCALL target[2];
static LONG result[2];
static int stop;
static int ready; /* both workers spin on this so they leave at the same moment */

static void *worker(void *arg) {
  int me = (int)(uintptr_t)arg;
  for (;;) {
    pthread_barrier_wait(&start);
    if (LOAD(&stop)) break;
    INC(&ready);
    for (long spins = 0; LOAD(&ready) < 2 && spins < 1000000; spins++) {
    }
    result[me] = lineDeallocateCall(target[me]);
    pthread_barrier_wait(&finish);
  }
  return NULL;
}

/* Runs one race: the workers deallocate h0 and h1 concurrently. */
static void race(HCALL h0, HCALL h1) {
  target[0] = h0;
  target[1] = h1;
  result[0] = result[1] = 1;
  STORE(&ready, 0);
  pthread_barrier_wait(&start);
  pthread_barrier_wait(&finish);
}

int main(void) {
  char buf[1024];
  HLINE la, lb;
  HLINEAPP a = t_app_with_line("r03-double-owner", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &la);
  HLINE la1 = t_open(a, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 3);
  HLINEAPP b =
      t_app_with_line("r03-double-monitor", 0, 0x00030001, LINECALLPRIVILEGE_MONITOR, 2, &lb);

  REQUIRE(pthread_barrier_init(&start, NULL, 3) == 0);
  REQUIRE(pthread_barrier_init(&finish, NULL, 3) == 0);
  pthread_t th[2];
  for (int i = 0; i < 2; i++)
    REQUIRE(pthread_create(&th[i], NULL, worker, (void *)(uintptr_t)i) == 0);

  /* 1. Both threads deallocate the same handle (device 1: no monitor there). */
  int not_one_winner = 0, bad_loser = 0, still_valid = 0;
  for (int i = 0; i < SAME_ITER; i++) {
    HCALL h = t_make_call(a, la1, "5550100");
    race(h, h);
    int wins = (result[0] == 0) + (result[1] == 0);
    int losses = ((DWORD)result[0] == LINEERR_INVALCALLHANDLE) +
                 ((DWORD)result[1] == LINEERR_INVALCALLHANDLE);
    if (wins != 1) {
      if (not_one_winner++ < 3)
        fprintf(stderr, "iteration %d: results 0x%08x and 0x%08x\n", i,
                (unsigned)result[0], (unsigned)result[1]);
    } else if (losses != 1) {
      bad_loser++;
    }
    if (t_info(h, buf, sizeof buf) != (LONG)LINEERR_INVALCALLHANDLE) still_valid++;
    t_drain(a);
  }
  CHECK_EQ(not_one_winner, 0);
  CHECK_EQ(bad_loser, 0);
  CHECK_EQ(still_valid, 0);

  /* 2. The owner's and the monitor's handles to one call, at the same moment: both
   * succeed, and the call (left with no handle) ends. */
  int pair_failed = 0, call_left = 0;
  for (int i = 0; i < PAIR_ITER; i++) {
    HCALL h = t_make_call(a, la, "5550101");
    HCALL hb = t_new_call(b, lb, NULL);
    CHECK_RC(t_info(h, buf, sizeof buf), 0);
    DWORD id = ((LINECALLINFO *)buf)->dwCallID;
    race(h, hb);
    if (result[0] != 0 || result[1] != 0) {
      if (pair_failed++ < 3)
        fprintf(stderr, "pair %d: results 0x%08x and 0x%08x\n", i, (unsigned)result[0],
                (unsigned)result[1]);
    }
    if ((DWORD)tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL) != LINEERR_INVALPARAM)
      call_left++;
    t_drain(a);
    t_drain(b);
  }
  CHECK_EQ(pair_failed, 0);
  CHECK_EQ(call_left, 0);

  STORE(&stop, 1);
  pthread_barrier_wait(&start);
  for (int i = 0; i < 2; i++) pthread_join(th[i], NULL);
  pthread_barrier_destroy(&start);
  pthread_barrier_destroy(&finish);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
