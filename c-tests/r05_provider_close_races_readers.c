/* R5 LINE_CLOSE racing lineGetCallInfo / lineGetCallStatus on other threads: after the
 * provider closes a line device (tapisimCloseLine), every call handle on it is invalid
 * "exactly as after lineClose", so a lineGetCallInfo that starts after tapisimCloseLine
 * returned gets LINEERR_INVALCALLHANDLE whatever other threads are doing.
 *
 * Each round an owner app and a monitor app open device 0 and get many calls on it.
 * Reader threads hammer lineGetCallInfo / lineGetCallStatus on both apps' handles while
 * the main thread calls tapisimCloseLine(0) and then publishes "closed" (release store).
 * Every result is 0 (with the right call's data) or LINEERR_INVALCALLHANDLE, and a
 * reader that saw "closed" (acquire load) before starting its call gets
 * LINEERR_INVALCALLHANDLE. A reader on calls the owner app has on device 1 succeeds
 * throughout (other devices are unaffected). Each app then finds exactly one LINE_CLOSE
 * naming its line. Bounded by iteration counts. */
#include <pthread.h>
#include <sched.h>
#include <time.h>

#include "common.h"

#define NOUT 8
#define NIN 8
#define NCALLS (NOUT + NIN)
#define NREADERS 1  /* per closing app */
#define NCTLREADERS 1
#define NCTL 4
#define ROUNDS 20
#define AFTER_READS (2 * NCALLS)
#define MAXQ 512

#include "race_readers.h"

int main(void) {
  HLINEAPP a = t_init_event("r05-race-owner");
  HLINEAPP m = t_init_event("r05-race-monitor");
  long total_ok = 0, total_ctl_reads = 0;
  queue_t q;

  /* Calls on device 1, read by the control reader every round. */
  target_t tc;
  memset(&tc, 0, sizeof tc);
  tc.privilege = LINECALLPRIVILEGE_OWNER;
  tc.line = t_open(a, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 0x1);
  for (int i = 0; i < NCALLS; i++) {
    if (i < NCTL) {
      LONG r = lineMakeCall(tc.line, &tc.h[i], "5559000", 0, NULL);
      REQUIRE(r > 0 && tc.h[i] != 0);
    } else {
      tc.h[i] = tc.h[i % NCTL];
    }
    tc.id[i] = call_id_of(tc.h[i]);
  }
  t_drain(a);

  for (int round = 0; round < ROUNDS; round++) {
    target_t ta, tm;
    memset(&ta, 0, sizeof ta);
    memset(&tm, 0, sizeof tm);
    tc.stop = 0;
    tc.started = 0;
    ta.privilege = LINECALLPRIVILEGE_OWNER;
    tm.privilege = LINECALLPRIVILEGE_MONITOR;
    ta.line = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0x100 + round);
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
    pull(m, &q);
    REQUIRE(newcalls_on(&q, tm.line, tm.h, NCALLS) == NCALLS);
    for (int i = 0; i < NCALLS; i++) tm.id[i] = call_id_of(tm.h[i]);

    reader_t ra[NREADERS], rm[NREADERS], rc[NCTLREADERS];
    pthread_t tha[NREADERS], thm[NREADERS], thc[NCTLREADERS];
    int nthreads = 2 * NREADERS + NCTLREADERS;
    for (int i = 0; i < NREADERS; i++) {
      memset(&ra[i], 0, sizeof ra[i]);
      ra[i].t = &ta;
      ra[i].seed = i;
      REQUIRE(pthread_create(&tha[i], NULL, reader, &ra[i]) == 0);
      memset(&rm[i], 0, sizeof rm[i]);
      rm[i].t = &tm;
      rm[i].seed = i + 1;
      REQUIRE(pthread_create(&thm[i], NULL, reader, &rm[i]) == 0);
    }
    for (int i = 0; i < NCTLREADERS; i++) {
      memset(&rc[i], 0, sizeof rc[i]);
      rc[i].t = &tc;
      rc[i].seed = i;
      rc[i].keeps_reading = 1;
      REQUIRE(pthread_create(&thc[i], NULL, reader, &rc[i]) == 0);
    }
    double deadline = t_now_s() + 2.0;
    while (__atomic_load_n(&ta.started, __ATOMIC_ACQUIRE) +
               __atomic_load_n(&tm.started, __ATOMIC_ACQUIRE) +
               __atomic_load_n(&tc.started, __ATOMIC_ACQUIRE) < nthreads) {
      REQUIRE(t_now_s() < deadline);
      sched_yield();
    }

    CHECK_RC(tapisimCloseLine(0), 0);
    __atomic_store_n(&ta.closed, 1, __ATOMIC_RELEASE);
    __atomic_store_n(&tm.closed, 1, __ATOMIC_RELEASE);

    for (int i = 0; i < NREADERS; i++) {
      pthread_join(tha[i], NULL);
      pthread_join(thm[i], NULL);
    }
    __atomic_store_n(&tc.stop, 1, __ATOMIC_RELEASE);
    for (int i = 0; i < NCTLREADERS; i++) pthread_join(thc[i], NULL);

    for (int i = 0; i < NREADERS; i++) {
      check_closed_reader("owner", round, &ra[i]);
      check_closed_reader("monitor", round, &rm[i]);
      total_ok += ra[i].ok + rm[i].ok;
    }
    for (int i = 0; i < NCTLREADERS; i++) {
      const reader_t *r = &rc[i];
      if (r->inval || r->inval_after || r->other || r->bad_data)
        fprintf(stderr, "round %d device 1 reader: %ld failed reads (last 0x%08x), %ld bad data\n",
                round, r->inval + r->inval_after + r->other, (unsigned)r->other_rc, r->bad_data);
      CHECK_EQ(r->inval + r->inval_after + r->other, 0);
      CHECK_EQ(r->bad_data, 0);
      total_ctl_reads += r->reads;
    }

    /* Each app got exactly one LINE_CLOSE, for its own line, and nothing naming one of
     * the dead call handles. */
    for (int side = 0; side < 2; side++) {
      target_t *t = side ? &tm : &ta;
      pull(side ? m : a, &q);
      int closes = 0;
      for (int i = 0; i < q.n; i++) {
        if (q.m[i].dwMessageID == LINE_CLOSE) {
          closes++;
          CHECK_EQ(q.m[i].hDevice, t->line);
          CHECK_EQ(q.m[i].dwCallbackInstance, (side ? 0x200 : 0x100) + round);
          continue;
        }
        for (int j = 0; j < NCALLS; j++) CHECK(q.m[i].hDevice != t->h[j]);
      }
      CHECK_EQ(closes, 1);
      char buf[1024];
      for (int i = 0; i < NCALLS; i++) CHECK_RC(t_info(t->h[i], buf, sizeof buf), LINEERR_INVALCALLHANDLE);
      CHECK_RC(lineClose(t->line), LINEERR_INVALLINEHANDLE);
    }
  }
  CHECK(total_ok > 0);
  CHECK(total_ctl_reads > 0);
  for (int i = 0; i < NCTL; i++) CHECK_EQ(t_state(tc.h[i]), LINECALLSTATE_CONNECTED);
  CHECK_RC(lineClose(tc.line), 0);
  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineShutdown(m), 0);
  TEST_DONE();
}
