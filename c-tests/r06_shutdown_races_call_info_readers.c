/* R6 lineShutdown racing lineGetCallInfo / lineGetCallStatus on other threads:
 * lineShutdown closes every line of the app as lineClose does (R4), so a lineGetCallInfo
 * that starts after lineShutdown returned gets LINEERR_INVALCALLHANDLE (another app is
 * still initialized, so not LINEERR_UNINITIALIZED) whatever other threads are doing.
 *
 * Each round a fresh app opens devices 0 and 1 and gets many calls on both (outgoing
 * and incoming). Reader threads hammer lineGetCallInfo / lineGetCallStatus on its call
 * handles while the main thread calls lineShutdown and then publishes "shut down"
 * (release store). Every result is 0 (with the right call's data) or
 * LINEERR_INVALCALLHANDLE, and a reader that saw "shut down" (acquire load) before
 * starting its call gets LINEERR_INVALCALLHANDLE. A second app holds monitor handles to
 * the same calls on its own lines; its reader keeps reading them successfully
 * throughout, and afterwards they are IDLE with dwNumOwners 0 (sole-owned calls are
 * dropped). Bounded by iteration counts. */
#define NREADERS 2
#define NMONREADERS 1
#define ROUNDS 24

#include "race_readers.h"

int main(void) {
  HLINEAPP m = t_init_event("r06-race-monitor");
  HLINE lm[2];
  lm[0] = t_open(m, 0, 0x00030000, LINECALLPRIVILEGE_MONITOR, 0x300);
  lm[1] = t_open(m, 1, 0x00020002, LINECALLPRIVILEGE_MONITOR, 0x301);
  long total_ok = 0, total_inval_after = 0, total_mon_reads = 0;

  for (int round = 0; round < ROUNDS; round++) {
    t_queue_t q;
    target_t ta, tm;
    memset(&ta, 0, sizeof ta);
    memset(&tm, 0, sizeof tm);
    ta.privilege = LINECALLPRIVILEGE_OWNER;
    tm.privilege = LINECALLPRIVILEGE_MONITOR;
    HLINEAPP a = t_init_event("r06-race-owner");
    HLINE la[2];
    la[0] = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0x100 + round);
    la[1] = t_open(a, 1, 0x00030001, LINECALLPRIVILEGE_OWNER, 0x200 + round);

    /* Outgoing calls on both devices, then incoming calls on device 0. */
    ta.line = la[0];
    for (int i = 0; i < NOUT; i++) ta.lines[i] = la[i & 1];
    make_calls(a, &ta);
    /* The monitor's handles, matched to the calls by dwCallID. */
    t_pull(m, &q);
    HCALL mh[NCALLS];
    int n0 = newcalls_on(&q, lm[0], mh, NCALLS);
    int n1 = newcalls_on(&q, lm[1], mh + n0, NCALLS - n0);
    REQUIRE(n0 + n1 == NCALLS);
    for (int i = 0; i < NCALLS; i++) {
      DWORD id = call_id_of(mh[i]);
      for (int j = 0; j < NCALLS; j++)
        if (ta.id[j] == id) {
          tm.h[j] = mh[i];
          tm.id[j] = id;
          tm.lines[j] = i < n0 ? lm[0] : lm[1];
        }
    }
    for (int i = 0; i < NCALLS; i++) REQUIRE(tm.h[i] != 0);

    reader_t ra[NREADERS], rm[NMONREADERS];
    pthread_t tha[NREADERS], thm[NMONREADERS];
    int nthreads = NREADERS + NMONREADERS;
    start_readers(ra, tha, NREADERS, &ta, 0, 0);
    start_readers(rm, thm, NMONREADERS, &tm, 0, 1);
    wait_readers_started((target_t *[]){&ta, &tm}, 2, nthreads);

    CHECK_RC(lineShutdown(a), 0);
    __atomic_store_n(&ta.closed, 1, __ATOMIC_RELEASE);

    for (int i = 0; i < NREADERS; i++) pthread_join(tha[i], NULL);
    __atomic_store_n(&tm.stop, 1, __ATOMIC_RELEASE);
    for (int i = 0; i < NMONREADERS; i++) pthread_join(thm[i], NULL);

    for (int i = 0; i < NREADERS; i++) {
      const reader_t *r = &ra[i];
      check_closed_reader("owner", round, r);
      total_ok += r->ok;
      total_inval_after += r->inval_after;
    }
    for (int i = 0; i < NMONREADERS; i++) {
      check_live_reader("monitor", round, &rm[i]);
      total_mon_reads += rm[i].reads;
    }

    char buf[1024];
    for (int i = 0; i < NCALLS; i++) CHECK_RC(t_info(ta.h[i], buf, sizeof buf), LINEERR_INVALCALLHANDLE);
    for (int i = 0; i < 2; i++) CHECK_RC(lineClose(la[i]), LINEERR_INVALLINEHANDLE);
    CHECK_RC(lineShutdown(a), LINEERR_INVALAPPHANDLE);
    for (int i = 0; i < NCALLS; i++) {
      CHECK_EQ(t_state(tm.h[i]), LINECALLSTATE_IDLE);
      CHECK_RC(t_info(tm.h[i], buf, sizeof buf), 0);
      CHECK_EQ(((LINECALLINFO *)buf)->dwNumOwners, 0);
      CHECK_RC(lineDeallocateCall(tm.h[i]), 0);
    }
    t_drain(m);
  }
  CHECK(total_ok > 0);
  CHECK_EQ(total_inval_after, (long)ROUNDS * NREADERS * AFTER_READS);
  CHECK(total_mon_reads > 0);
  CHECK_RC(lineShutdown(m), 0);
  TEST_DONE();
}
