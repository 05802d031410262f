/* R4 lineClose racing lineGetCallInfo / lineGetCallStatus on other threads: "a
 * lineGetCallInfo that starts after lineClose returns must fail with
 * LINEERR_INVALCALLHANDLE, whatever other threads are doing".
 *
 * Each round an app opens device 0 and gets many calls on it (outgoing and incoming).
 * Reader threads hammer lineGetCallInfo and lineGetCallStatus on those call handles while
 * the main thread calls lineClose and then publishes "closed" (release store). Every
 * result is 0 (with the right call's data) or LINEERR_INVALCALLHANDLE, and a reader that
 * saw "closed" (acquire load) before starting its call gets LINEERR_INVALCALLHANDLE.
 * On odd rounds a second app holds monitor handles to the same calls on its own line;
 * its reader threads keep reading them successfully throughout (the calls go IDLE when
 * the sole owner's line closes; the monitor handles stay valid, R2). Bounded by
 * iteration counts. */
#define NREADERS 2
#define NMONREADERS 1
#define ROUNDS 30

#include "race_readers.h"

int main(void) {
  HLINEAPP a = t_init_event("r04-race-owner");
  HLINEAPP m = t_init_event("r04-race-monitor");
  long total_ok = 0, total_inval_after = 0, total_mon_reads = 0;

  for (int round = 0; round < ROUNDS; round++) {
    int with_monitor = round & 1;
    target_t ta, tm;
    memset(&ta, 0, sizeof ta);
    memset(&tm, 0, sizeof tm);
    ta.privilege = LINECALLPRIVILEGE_OWNER;
    tm.privilege = LINECALLPRIVILEGE_MONITOR;
    ta.line = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0x100 + round);
    if (with_monitor)
      tm.line = t_open(m, 0, 0x00030000, LINECALLPRIVILEGE_MONITOR, 0x200 + round);

    make_calls(a, &ta);
    if (with_monitor) take_calls(m, &tm);

    reader_t ra[NREADERS], rm[NMONREADERS];
    pthread_t tha[NREADERS], thm[NMONREADERS];
    int nthreads = NREADERS + (with_monitor ? NMONREADERS : 0);
    start_readers(ra, tha, NREADERS, &ta, 0, 0);
    if (with_monitor) start_readers(rm, thm, NMONREADERS, &tm, 0, 1);
    wait_readers_started((target_t *[]){&ta, &tm}, 2, nthreads);

    CHECK_RC(lineClose(ta.line), 0);
    __atomic_store_n(&ta.closed, 1, __ATOMIC_RELEASE);

    for (int i = 0; i < NREADERS; i++) pthread_join(tha[i], NULL);
    __atomic_store_n(&tm.stop, 1, __ATOMIC_RELEASE);
    for (int i = 0; with_monitor && i < NMONREADERS; i++) pthread_join(thm[i], NULL);

    for (int i = 0; i < NREADERS; i++) {
      const reader_t *r = &ra[i];
      check_closed_reader("owner", round, r);
      total_ok += r->ok;
      total_inval_after += r->inval_after;
    }
    for (int i = 0; with_monitor && i < NMONREADERS; i++) {
      check_live_reader("monitor", round, &rm[i]);
      total_mon_reads += rm[i].reads;
    }

    /* After the close: the owner's handles are dead, the monitor's are IDLE. */
    char buf[1024];
    for (int i = 0; i < NCALLS; i++) CHECK_RC(t_info(ta.h[i], buf, sizeof buf), LINEERR_INVALCALLHANDLE);
    if (with_monitor) {
      for (int i = 0; i < NCALLS; i++) {
        CHECK_EQ(t_state(tm.h[i]), LINECALLSTATE_IDLE);
        CHECK_RC(t_info(tm.h[i], buf, sizeof buf), 0);
        CHECK_EQ(((LINECALLINFO *)buf)->dwNumOwners, 0);
        CHECK_RC(lineDeallocateCall(tm.h[i]), 0);
      }
      CHECK_RC(lineClose(tm.line), 0);
    }
    t_drain(a);
    t_drain(m);
  }
  /* The readers did overlap the close: reads succeeded before it in some rounds. */
  CHECK(total_ok > 0);
  CHECK_EQ(total_inval_after, (long)ROUNDS * NREADERS * AFTER_READS);
  CHECK(total_mon_reads > 0);

  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineShutdown(m), 0);
  TEST_DONE();
}
