/* R3, threads: lineDeallocateCall makes the handle invalid at once. While reader
 * threads call lineGetCallInfo / lineGetCallStatus on a call handle in a loop, the main
 * thread deallocates it: every result is 0 (with the call's real data) or
 * LINEERR_INVALCALLHANDLE, and a lookup that starts after lineDeallocateCall has
 * returned always fails with LINEERR_INVALCALLHANDLE. Meanwhile a second application's
 * handle to the same call, read by the same threads, stays valid. Repeated over many
 * calls (rounds of K calls, so the threads are woken only twice a round); bounded by
 * iteration counts. */
#include <pthread.h>
#include <sched.h>

#include "common.h"

#define ROUNDS 16
#define K 64
#define READERS 2
#define LOAD(p) __atomic_load_n((p), __ATOMIC_SEQ_CST)
#define STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_SEQ_CST)
#define INC(p) __atomic_add_fetch((p), 1, __ATOMIC_SEQ_CST)

static HCALL hs[K];         /* the owner's handles of this round */
static HCALL hbs[K];        /* the monitor's handles to the same calls */
static int dead[K];         /* set once lineDeallocateCall(hs[i]) has returned */
static int idx;             /* the handle being deallocated now */
static int active;          /* set while the readers should read */
static int stop;
static pthread_barrier_t go, done;
static HLINE owner_line, monitor_line;
static uint32_t reads;      /* completed lookups */
static uint32_t successes, failures, bad_code, late_success, bad_data, other_failed;
static uint32_t first_bad_code;

static void lookup(char *buf, unsigned long n) {
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  LINECALLSTATUS st;
  int i = LOAD(&idx);
  if (n % 8 == 7) {
    /* The monitor's handle stays valid for the whole round. */
    LONG rc = t_info(hbs[i], buf, 1024);
    if (rc != 0 || ci->hLine != monitor_line) INC(&other_failed);
    return;
  }
  HCALL h = hs[i];
  int was_dead = LOAD(&dead[i]); /* deallocated before this lookup started */
  LONG rc;
  if (n & 1) {
    rc = t_info(h, buf, 1024);
    if (rc == 0 && ci->hLine != owner_line) INC(&bad_data);
  } else {
    rc = t_status(h, &st);
    if (rc == 0 && st.dwCallPrivilege != LINECALLPRIVILEGE_OWNER) INC(&bad_data);
  }
  if (rc == 0) {
    INC(&successes);
    if (was_dead) INC(&late_success);
  } else if ((DWORD)rc == LINEERR_INVALCALLHANDLE) {
    INC(&failures);
  } else if (INC(&bad_code) == 1) {
    STORE(&first_bad_code, (uint32_t)rc);
  }
  INC(&reads);
}

static void *reader(void *arg) {
  char buf[1024];
  unsigned long n = (unsigned long)(uintptr_t)arg;
  for (;;) {
    pthread_barrier_wait(&go);
    if (LOAD(&stop)) break;
    while (LOAD(&active)) lookup(buf, n++);
    pthread_barrier_wait(&done);
  }
  return NULL;
}

/* Gives the readers a moment: until they complete `n` more lookups, or a bounded
 * number of spins (the reader may not be running at all on a loaded machine). */
static void let_readers_run(uint32_t n) {
  uint32_t target = LOAD(&reads) + n;
  for (int spins = 0; LOAD(&reads) < target && spins < 2000; spins++) {
  }
}

/* Waits (yielding, bounded) until the readers complete `n` more lookups. */
static void wait_reads(uint32_t n) {
  uint32_t target = LOAD(&reads) + n;
  for (int y = 0; LOAD(&reads) < target && y < 100000; y++) sched_yield();
}

int main(void) {
  HLINEAPP a =
      t_app_with_line("r03-race-owner", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &owner_line);
  HLINEAPP b = t_app_with_line("r03-race-monitor", 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 2,
                               &monitor_line);

  REQUIRE(pthread_barrier_init(&go, NULL, READERS + 1) == 0);
  REQUIRE(pthread_barrier_init(&done, NULL, READERS + 1) == 0);
  pthread_t th[READERS];
  for (int i = 0; i < READERS; i++)
    REQUIRE(pthread_create(&th[i], NULL, reader, (void *)(uintptr_t)i) == 0);

  int dealloc_failed = 0;
  for (int r = 0; r < ROUNDS; r++) {
    for (int i = 0; i < K; i++) {
      HCALL h = 0;
      LONG req = lineMakeCall(owner_line, &h, "5550100", 0, NULL);
      REQUIRE(req > 0 && h != 0);
      hs[i] = h;
      hbs[i] = t_new_call(b, monitor_line, NULL);
      STORE(&dead[i], 0);
    }
    STORE(&idx, 0);
    STORE(&active, 1);
    pthread_barrier_wait(&go);
    wait_reads(2 * READERS); /* lookups of a live handle happen in every round */
    for (int i = 0; i < K; i++) {
      STORE(&idx, i);
      let_readers_run(2);
      if (lineDeallocateCall(hs[i]) != 0) dealloc_failed++;
      STORE(&dead[i], 1);
      let_readers_run(2);
    }
    wait_reads(2 * READERS); /* lookups of a deallocated handle happen too */
    STORE(&active, 0);
    pthread_barrier_wait(&done);
    for (int i = 0; i < K; i++)
      if (lineDeallocateCall(hbs[i]) != 0) dealloc_failed++;
    t_drain(a);
    t_drain(b);
  }
  STORE(&stop, 1);
  pthread_barrier_wait(&go);
  for (int i = 0; i < READERS; i++) pthread_join(th[i], NULL);
  pthread_barrier_destroy(&go);
  pthread_barrier_destroy(&done);

  CHECK_EQ(dealloc_failed, 0);
  if (bad_code) fprintf(stderr, "first unexpected result: 0x%08x\n", first_bad_code);
  CHECK_EQ(bad_code, 0);
  CHECK_EQ(late_success, 0);
  CHECK_EQ(bad_data, 0);
  CHECK_EQ(other_failed, 0);
  /* Both outcomes really happened. */
  CHECK(successes > 0);
  CHECK(failures > 0);
  if (t_failures)
    fprintf(stderr, "lookups: %u succeeded, %u failed with LINEERR_INVALCALLHANDLE\n",
            successes, failures);

  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
