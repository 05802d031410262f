/* R7, threads: what lineGetCallInfo keeps for a handle between reads (an inline record
 * per handle and string encoding) never outlives a change. After every change the very
 * next read, through the owner's and the monitor's handle, A and W, shows it; a buffer
 * too small for everything still gets the whole-or-absent answer; a deallocated
 * handle's kept copy is gone at once (and the failed read writes nothing); a call too
 * long to be kept inline reads the same way. Then a reader thread reads while the main
 * thread changes dwAppSpecific 0..N-1: the values it sees never go back, every read is
 * whole, and a read that starts after a change has returned shows that change. */
#include <pthread.h>
#include <sched.h>

#include "common.h"

#define N 2000
#define LOAD(p) __atomic_load_n((p), __ATOMIC_SEQ_CST)
#define STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_SEQ_CST)
#define INC(p) __atomic_add_fetch((p), 1, __ATOMIC_SEQ_CST)

static HCALL shared_h;
static int stop;
static uint32_t published; /* the dwAppSpecific set last, plus 1 (0: none yet) */
static uint32_t reads, went_back, torn, stale_after_return, failed;

static DWORD app_specific(HCALL h) {
  return t_info_dw(h, offsetof(LINECALLINFO, dwAppSpecific), 0xFFFFFFFF);
}

/* Yields (bounded) until the reader has completed `n` more reads. */
static void wait_reads(uint32_t n) {
  uint32_t target = LOAD(&reads) + n;
  for (int y = 0; LOAD(&reads) < target && y < 100000; y++) sched_yield();
}

static void *reader(void *arg) {
  (void)arg;
  unsigned char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  DWORD last = 0;
  while (!LOAD(&stop)) {
    uint32_t before = LOAD(&published); /* changes that returned before this read */
    if (t_info(shared_h, buf, sizeof buf) != 0) {
      failed++;
      continue;
    }
    INC(&reads);
    DWORD v = ci->dwAppSpecific;
    if (v < last) went_back++;
    last = v;
    if (before > 0 && v < before - 1) stale_after_return++;
    if (ci->dwUsedSize != ci->dwNeededSize || ci->dwCallerIDSize != 8 ||
        strcmp(t_field(buf, ci->dwCallerIDSize, ci->dwCallerIDOffset), "5551234") != 0 ||
        strcmp(t_field(buf, ci->dwCallerIDNameSize, ci->dwCallerIDNameOffset), "Kept Caller") != 0)
      torn++;
  }
  return NULL;
}

/* Reads `h` twice (the second from what the first kept) and checks both agree. */
static void check_twice(HCALL h, DWORD app_spec, DWORD owners, DWORD monitors) {
  for (int i = 0; i < 2; i++) {
    CHECK_EQ(app_specific(h), app_spec);
    CHECK_COUNTS(h, owners, monitors);
  }
}

int main(void) {
  HLINE owner_line, monitor_line;
  HLINEAPP a =
      t_app_with_line("r07-kept-owner", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &owner_line);
  HLINEAPP b = t_app_with_line("r07-kept-monitor", 0, 0x00030000, LINECALLPRIVILEGE_MONITOR, 2,
                               &monitor_line);
  HCALL h = t_offer(a, 0, "5551234", "Kept Caller", NULL);
  HCALL m = t_new_call(b, monitor_line, NULL);

  /* Changes show at once, through both handles, however often they were read before. */
  check_twice(h, 0, 1, 1);
  check_twice(m, 0, 1, 1);
  CHECK_RC(lineSetAppSpecific(h, 0x1234), 0);
  check_twice(h, 0x1234, 1, 1);
  check_twice(m, 0x1234, 1, 1);
  CHECK_RC(lineSetCallPrivilege(m, LINECALLPRIVILEGE_OWNER), 0);
  check_twice(h, 0x1234, 2, 0);
  check_twice(m, 0x1234, 2, 0);
  CHECK_RC(lineSetCallPrivilege(m, LINECALLPRIVILEGE_MONITOR), 0);
  check_twice(h, 0x1234, 1, 1);
  check_twice(m, 0x1234, 1, 1);

  /* Each handle shows its own line; each encoding its own strings, A and W in turn. */
  unsigned char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  for (int i = 0; i < 2; i++) {
    memset(buf, 0, sizeof buf);
    ci->dwTotalSize = sizeof buf;
    CHECK_RC(lineGetCallInfoW(h, ci), 0);
    CHECK(t_wide_is(buf + ci->dwCallerIDOffset, ci->dwCallerIDSize, "5551234"));
    CHECK_EQ(ci->hLine, owner_line);
    CHECK_RC(t_info(m, buf, sizeof buf), 0);
    CHECK_EQ(ci->dwCallerIDSize, 8);
    CHECK(strcmp((char *)buf + ci->dwCallerIDOffset, "5551234") == 0);
    CHECK_EQ(ci->hLine, monitor_line);
  }

  /* A buffer with room for the fixed part only (API 2.2: 324 bytes), after reads that
   * kept everything: the strings are absent, dwNeededSize tells, nothing past 324. */
  CHECK_RC(t_info(h, buf, sizeof buf), 0);
  DWORD needed = ci->dwNeededSize;
  CHECK(needed > 324);
  memset(buf, 0xA5, sizeof buf);
  ci->dwTotalSize = 324;
  CHECK_RC(lineGetCallInfo(h, ci), 0);
  CHECK_EQ(ci->dwNeededSize, needed);
  CHECK_EQ(ci->dwUsedSize, 324);
  CHECK_EQ(ci->dwCallerIDSize, 0);
  CHECK_EQ(ci->dwAppSpecific, 0x1234);
  CHECK(t_untouched(buf, 324, sizeof buf, 0xA5));
  ci->dwTotalSize = 323;
  CHECK_RC(lineGetCallInfo(h, ci), LINEERR_STRUCTURETOOSMALL);

  /* A call whose structure is too long to be kept inline (long names, UTF-16). */
  char longname[201];
  memset(longname, 'n', 200);
  longname[200] = 0;
  HCALL big = t_offer(a, 0, "5559876", longname, NULL);
  t_new_call(b, monitor_line, NULL);
  for (int i = 0; i < 3; i++) {
    memset(buf, 0, sizeof buf);
    ci->dwTotalSize = sizeof buf;
    CHECK_RC(lineGetCallInfoW(big, ci), 0);
    CHECK_EQ(ci->dwCallerIDNameSize, 402);
    CHECK_EQ(ci->dwAppSpecific, (DWORD)(i == 2 ? 77 : 0));
    if (i == 1) CHECK_RC(lineSetAppSpecific(big, 77), 0);
  }

  /* A deallocated handle: gone at once, and the failed read writes nothing. */
  CHECK_RC(t_info(big, buf, sizeof buf), 0);
  CHECK_RC(lineDeallocateCall(big), 0);
  memset(buf, 0x5A, sizeof buf);
  ci->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetCallInfo(big, ci), LINEERR_INVALCALLHANDLE);
  CHECK(t_untouched(buf, 4, sizeof buf, 0x5A));
  t_check_call_dead(big);

  /* A reader thread while dwAppSpecific changes. */
  CHECK_RC(lineSetAppSpecific(h, 0), 0);
  shared_h = h;
  pthread_t th;
  REQUIRE(pthread_create(&th, NULL, reader, NULL) == 0);
  wait_reads(1);
  for (uint32_t i = 0; i < N; i++) {
    CHECK_RC(lineSetAppSpecific(h, i), 0);
    STORE(&published, i + 1);
    if (i % 16 == 0) wait_reads(1);
  }
  wait_reads(2);
  STORE(&stop, 1);
  pthread_join(th, NULL);
  CHECK_EQ(failed, 0);
  CHECK_EQ(went_back, 0);
  CHECK_EQ(torn, 0);
  CHECK_EQ(stale_after_return, 0);
  CHECK(reads > N / 16);
  CHECK_EQ(app_specific(h), N - 1);
  CHECK_EQ(app_specific(m), N - 1);

  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
