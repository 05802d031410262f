/* race_readers.h: the reader threads of the race tests (r04_, r05_, r06_ ..._races_...).
 *
 * Readers hammer lineGetCallInfo / lineGetCallStatus on a round's calls while the main
 * thread invalidates them (lineClose, tapisimCloseLine, lineShutdown) and then publishes
 * "closed" (release store). Each reader counts results before and after it saw "closed"
 * (acquire load, taken before the call starts): after it, only LINEERR_INVALCALLHANDLE
 * is right. A reader that keeps reading stops when told to (calls that stay valid).
 *
 * Each round's target has NCALLS calls: NOUT outgoing, NIN incoming. The including test
 * includes this instead of common.h. */
#ifndef TAPI32_CTEST_RACE_READERS_H
#define TAPI32_CTEST_RACE_READERS_H

#include <pthread.h>
#include <sched.h>
#include <time.h>

#define NOUT 8
#define NIN 8
#define NCALLS (NOUT + NIN)
/* How many reads a closed reader makes after it saw "closed". */
#define AFTER_READS (2 * NCALLS)
/* Room for a round's messages in a t_queue_t. */
#define MAXQ 512

#include "common.h"

/* The longest a reader reads (a bound for a run that goes wrong). */
#define READ_SECONDS 30.0

/* The calls a round's readers read. */
typedef struct {
  HLINE line;              /* the line the calls are on ... */
  HLINE lines[NCALLS];     /* ... or, where set, the line of each call */
  DWORD privilege;
  HCALL h[NCALLS];
  DWORD id[NCALLS];
  int closed;  /* set (release) once lineClose has returned */
  int stop;    /* tells the readers that keep reading to stop */
  int started; /* readers that have made their first call */
} target_t;

typedef struct {
  target_t *t;
  int seed;
  int keeps_reading; /* reads until told to stop (calls that stay valid) */
  long ok, ok_after, inval, inval_after, other, bad_data, reads;
  LONG other_rc;
} reader_t;

static void *reader(void *arg) {
  reader_t *me = (reader_t *)arg;
  target_t *t = me->t;
  char buf[1024];
  int after = 0;
  /* Bounded by time, not by a count of reads: under valgrind one thread may run many
   * thousands of reads before the main thread gets to close anything. */
  double deadline = t_now_s() + READ_SECONDS;
  for (long i = 0;; i++) {
    if ((i & 1023) == 1023 && t_now_s() > deadline) break;
    int k = (int)((i + me->seed * 5) % NCALLS);
    int closed = __atomic_load_n(&t->closed, __ATOMIC_ACQUIRE);
    LONG rc;
    int data_ok;
    if (i & 1) {
      LINECALLINFO *ci = (LINECALLINFO *)buf;
      memset(buf, 0, sizeof buf);
      ci->dwTotalSize = sizeof buf;
      rc = lineGetCallInfo(t->h[k], ci);
      HLINE line = t->lines[k] ? t->lines[k] : t->line;
      data_ok = rc != 0 || (ci->hLine == line && ci->dwCallID == t->id[k]);
    } else {
      LINECALLSTATUS st;
      rc = t_status(t->h[k], &st);
      data_ok = rc != 0 || st.dwCallPrivilege == t->privilege;
    }
    if (i == 0) __atomic_add_fetch(&t->started, 1, __ATOMIC_ACQ_REL);
    me->reads++;
    if (!data_ok) me->bad_data++;
    if (rc == 0) {
      if (closed) me->ok_after++;
      else me->ok++;
    } else if ((DWORD)rc == LINEERR_INVALCALLHANDLE) {
      if (closed) me->inval_after++;
      else me->inval++;
    } else {
      me->other++;
      me->other_rc = rc;
    }
    if (me->keeps_reading) {
      if (__atomic_load_n(&t->stop, __ATOMIC_ACQUIRE)) break;
    } else if (closed && ++after >= AFTER_READS) {
      break;
    }
  }
  return NULL;
}

/* The HCALLs of the LINE_APPNEWCALL messages on `line`, in order; returns how many. */
static int newcalls_on(const t_queue_t *q, HLINE line, HCALL *out, int max) {
  int n = 0;
  for (int i = 0; i < q->n; i++)
    if (q->m[i].dwMessageID == LINE_APPNEWCALL && q->m[i].hDevice == line) {
      REQUIRE(n < max);
      out[n++] = (HCALL)q->m[i].dwParam2;
    }
  return n;
}

static DWORD call_id_of(HCALL h) {
  char buf[1024];
  REQUIRE_RC(t_info(h, buf, sizeof buf), 0);
  return ((LINECALLINFO *)buf)->dwCallID;
}

/* Makes t's calls with `app`: NOUT outgoing ones (call i on t->lines[i] if set, else on
 * t->line), then NIN incoming ones offered on device 0 (on t->line), with their call IDs. */
static inline void make_calls(HLINEAPP app, target_t *t) {
  t_queue_t q;
  for (int i = 0; i < NOUT; i++) {
    LONG r = lineMakeCall(t->lines[i] ? t->lines[i] : t->line, &t->h[i], "5551000", 0, NULL);
    REQUIRE(r > 0 && t->h[i] != 0);
  }
  for (int i = 0; i < NIN; i++) {
    DWORD id;
    REQUIRE_RC(tapisimOfferCall(0, 0, "5552000", "Caller", 0, &id), 0);
  }
  t_pull(app, &q);
  REQUIRE(newcalls_on(&q, t->line, &t->h[NOUT], NIN) == NIN);
  for (int i = 0; i < NCALLS; i++) t->id[i] = call_id_of(t->h[i]);
}

/* Takes the handles `app` got to the NCALLS calls just made, all on t->line, with their
 * call IDs. */
static inline void take_calls(HLINEAPP app, target_t *t) {
  t_queue_t q;
  t_pull(app, &q);
  REQUIRE(newcalls_on(&q, t->line, t->h, NCALLS) == NCALLS);
  for (int i = 0; i < NCALLS; i++) t->id[i] = call_id_of(t->h[i]);
}

/* Starts n readers of t, with seeds seed, seed + 1, ... */
static inline void start_readers(reader_t *r, pthread_t *th, int n, target_t *t, int seed,
                                 int keeps_reading) {
  for (int i = 0; i < n; i++) {
    memset(&r[i], 0, sizeof r[i]);
    r[i].t = t;
    r[i].seed = seed + i;
    r[i].keeps_reading = keeps_reading;
    REQUIRE(pthread_create(&th[i], NULL, reader, &r[i]) == 0);
  }
}

/* Waits (up to 2 s) until `nthreads` readers of the `nt` targets have started reading. */
static inline void wait_readers_started(target_t *const *ts, int nt, int nthreads) {
  double deadline = t_now_s() + 2.0;
  for (;;) {
    int started = 0;
    for (int i = 0; i < nt; i++) started += __atomic_load_n(&ts[i]->started, __ATOMIC_ACQUIRE);
    if (started >= nthreads) break;
    REQUIRE(t_now_s() < deadline);
    sched_yield();
  }
}

/* Checks a reader whose calls stayed valid in round `round`: every read succeeded, with
 * the right data. */
static inline void check_live_reader(const char *who, int round, const reader_t *r) {
  if (r->inval || r->inval_after || r->other || r->bad_data)
    fprintf(stderr, "round %d %s reader: %ld failed reads (last 0x%08x), %ld bad data\n", round,
            who, r->inval + r->inval_after + r->other, (unsigned)r->other_rc, r->bad_data);
  CHECK_EQ(r->inval + r->inval_after + r->other, 0);
  CHECK_EQ(r->bad_data, 0);
  CHECK_EQ(r->ok + r->ok_after, r->reads);
}

/* Checks a reader whose calls were invalidated in round `round`: after it saw "closed",
 * every read failed with LINEERR_INVALCALLHANDLE (AFTER_READS of them); no other error,
 * no wrong data at any time. */
static inline void check_closed_reader(const char *who, int round, const reader_t *r) {
  if (r->ok_after || r->other || r->bad_data || r->inval_after < AFTER_READS)
    fprintf(stderr,
            "round %d %s reader: %ld ok, %ld ok after closed, %ld invalid after closed, "
            "%ld other (last 0x%08x), %ld bad data\n",
            round, who, r->ok, r->ok_after, r->inval_after, r->other, (unsigned)r->other_rc,
            r->bad_data);
  CHECK_EQ(r->ok_after, 0);
  CHECK_EQ(r->other, 0);
  CHECK_EQ(r->bad_data, 0);
  CHECK_EQ(r->inval_after, AFTER_READS);
}

#endif /* TAPI32_CTEST_RACE_READERS_H */
