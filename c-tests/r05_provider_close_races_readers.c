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
#define NREADERS 1  /* per closing app */
#define NCTLREADERS 1
#define NCTL 4
#define ROUNDS 20

#include "race_readers.h"

int main(void) {
  HLINEAPP a = t_init_event("r05-race-owner");
  HLINEAPP m = t_init_event("r05-race-monitor");
  long total_ok = 0, total_ctl_reads = 0;
  t_queue_t q;

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

    make_calls(a, &ta);
    take_calls(m, &tm);

    reader_t ra[NREADERS], rm[NREADERS], rc[NCTLREADERS];
    pthread_t tha[NREADERS], thm[NREADERS], thc[NCTLREADERS];
    int nthreads = 2 * NREADERS + NCTLREADERS;
    start_readers(ra, tha, NREADERS, &ta, 0, 0);
    start_readers(rm, thm, NREADERS, &tm, 1, 0);
    start_readers(rc, thc, NCTLREADERS, &tc, 0, 1);
    wait_readers_started((target_t *[]){&ta, &tm, &tc}, 3, nthreads);

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
      check_live_reader("device 1", round, &rc[i]);
      total_ctl_reads += rc[i].reads;
    }

    /* Each app got exactly one LINE_CLOSE, for its own line, and nothing naming one of
     * the dead call handles. */
    for (int side = 0; side < 2; side++) {
      target_t *t = side ? &tm : &ta;
      t_pull(side ? m : a, &q);
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
