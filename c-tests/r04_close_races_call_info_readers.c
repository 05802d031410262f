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
#include <pthread.h>
#include <sched.h>
#include <time.h>

#include "common.h"

#define NOUT 8
#define NIN 8
#define NCALLS (NOUT + NIN)
#define NREADERS 2
#define NMONREADERS 1
#define ROUNDS 30
#define AFTER_READS (2 * NCALLS)
#define MAXQ 512

#include "race_readers.h"

int main(void) {
  HLINEAPP a = t_init_event("r04-race-owner");
  HLINEAPP m = t_init_event("r04-race-monitor");
  long total_ok = 0, total_inval_after = 0, total_mon_reads = 0;

  for (int round = 0; round < ROUNDS; round++) {
    int with_monitor = round & 1;
    queue_t q;
    target_t ta, tm;
    memset(&ta, 0, sizeof ta);
    memset(&tm, 0, sizeof tm);
    ta.privilege = LINECALLPRIVILEGE_OWNER;
    tm.privilege = LINECALLPRIVILEGE_MONITOR;
    ta.line = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0x100 + round);
    if (with_monitor)
      tm.line = t_open(m, 0, 0x00030000, LINECALLPRIVILEGE_MONITOR, 0x200 + round);

    for (int i = 0; i < NOUT; i++) {
      LONG r = lineMakeCall(ta.line, &ta.h[i], "5551000", 0, NULL);
      REQUIRE(r > 0 && ta.h[i] != 0);
    }
    for (int i = 0; i < NIN; i++) {
      DWORD id;
      REQUIRE_RC(tapisimOfferCall(0, 0, "5552000", "Caller", 0, &id), 0);
    }
    pull(a, &q);
    REQUIRE(newcalls_on(&q, ta.line, &ta.h[NOUT], NIN) == NIN);
    for (int i = 0; i < NCALLS; i++) ta.id[i] = call_id_of(ta.h[i]);
    if (with_monitor) {
      pull(m, &q);
      REQUIRE(newcalls_on(&q, tm.line, tm.h, NCALLS) == NCALLS);
      for (int i = 0; i < NCALLS; i++) tm.id[i] = call_id_of(tm.h[i]);
    }

    reader_t ra[NREADERS], rm[NMONREADERS];
    pthread_t tha[NREADERS], thm[NMONREADERS];
    int nthreads = NREADERS + (with_monitor ? NMONREADERS : 0);
    for (int i = 0; i < NREADERS; i++) {
      memset(&ra[i], 0, sizeof ra[i]);
      ra[i].t = &ta;
      ra[i].seed = i;
      REQUIRE(pthread_create(&tha[i], NULL, reader, &ra[i]) == 0);
    }
    for (int i = 0; with_monitor && i < NMONREADERS; i++) {
      memset(&rm[i], 0, sizeof rm[i]);
      rm[i].t = &tm;
      rm[i].seed = i;
      rm[i].keeps_reading = 1;
      REQUIRE(pthread_create(&thm[i], NULL, reader, &rm[i]) == 0);
    }
    double deadline = t_now_s() + 2.0;
    while (__atomic_load_n(&ta.started, __ATOMIC_ACQUIRE) +
               __atomic_load_n(&tm.started, __ATOMIC_ACQUIRE) < nthreads) {
      REQUIRE(t_now_s() < deadline);
      sched_yield();
    }

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
      const reader_t *r = &rm[i];
      if (r->inval || r->inval_after || r->other || r->bad_data)
        fprintf(stderr, "round %d monitor reader %d: %ld failed reads (last 0x%08x), %ld bad data\n",
                round, i, r->inval + r->inval_after + r->other, (unsigned)r->other_rc, r->bad_data);
      CHECK_EQ(r->inval + r->inval_after + r->other, 0);
      CHECK_EQ(r->bad_data, 0);
      CHECK_EQ(r->ok + r->ok_after, r->reads);
      total_mon_reads += r->reads;
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
