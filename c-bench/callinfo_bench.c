/* callinfo_bench.c: lineGetCallInfo through the exported C ABI, as a C program sees it.
 *
 * 1000 incoming calls on line 0; then lineGetCallInfo into a 1024-byte buffer, on 1
 * thread and on 2 threads (distinct calls, and one shared call). Each figure is the
 * median of 5 runs of 2,000,000 reads per thread. Built and run by
 * `cargo bench --bench callinfo` (benches/callinfo.rs). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tapi.h"
#include "tapisim.h"

#define NCALLS 1000
#define OPS 2000000
#define RUNS 5

static HCALL calls[NCALLS];
static pthread_barrier_t barrier;

struct job {
  int first;  /* index of the first call this thread reads */
  int shared; /* read calls[0] only */
  long failures;
};

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void *reader(void *arg) {
  struct job *j = (struct job *)arg;
  static __thread unsigned char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  long i;
  ci->dwTotalSize = sizeof buf;
  pthread_barrier_wait(&barrier);
  for (i = 0; i < OPS; i++) {
    HCALL h = j->shared ? calls[0] : calls[(j->first + i * 7) % NCALLS];
    if (lineGetCallInfo(h, ci) != 0) j->failures++;
  }
  pthread_barrier_wait(&barrier);
  return NULL;
}

/* Operations per second (all threads) of one run. */
static double run(int threads, int shared) {
  pthread_t t[2];
  struct job jobs[2];
  double start, secs;
  int i;
  pthread_barrier_init(&barrier, NULL, (unsigned)threads + 1);
  for (i = 0; i < threads; i++) {
    jobs[i].first = i * (NCALLS / 2);
    jobs[i].shared = shared;
    jobs[i].failures = 0;
    pthread_create(&t[i], NULL, reader, &jobs[i]);
  }
  pthread_barrier_wait(&barrier);
  start = now();
  pthread_barrier_wait(&barrier);
  secs = now() - start;
  for (i = 0; i < threads; i++) {
    pthread_join(t[i], NULL);
    if (jobs[i].failures) {
      fprintf(stderr, "lineGetCallInfo failed %ld times\n", jobs[i].failures);
      exit(1);
    }
  }
  pthread_barrier_destroy(&barrier);
  return (double)threads * OPS / secs;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median_run(int threads, int shared) {
  double v[RUNS];
  int i;
  for (i = 0; i < RUNS; i++) v[i] = run(threads, shared);
  qsort(v, RUNS, sizeof v[0], cmp);
  return v[RUNS / 2];
}

int main(void) {
  HLINEAPP app;
  HLINE line;
  DWORD n, ver = 0x00030001, id;
  LINEINITIALIZEEXPARAMS p;
  LINEMESSAGE m;
  int got = 0, i;
  double one, two, one_s, two_s;

  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  if (lineInitializeExA(&app, NULL, NULL, "C bench", &n, &ver, &p) != 0) return 1;
  if (lineOpen(app, 0, &line, 0x00030001, 0, 0, LINECALLPRIVILEGE_OWNER,
               LINEMEDIAMODE_INTERACTIVEVOICE, NULL) != 0)
    return 1;
  for (i = 0; i < NCALLS; i++) {
    if (tapisimOfferCall(0, 0, "5551234", "A. Caller", 0, &id) != 0) return 1;
    while (lineGetMessage(app, &m, 0) == 0)
      if (m.dwMessageID == LINE_APPNEWCALL) calls[got++] = (HCALL)m.dwParam2;
  }
  if (got != NCALLS) return 1;

  one = median_run(1, 0);
  two = median_run(2, 0);
  one_s = median_run(1, 1);
  two_s = median_run(2, 1);
  printf("   1 thread: %.1f ns/op (%.2f Mops/s)\n", 1e9 / one, one / 1e6);
  printf("   2 threads, distinct calls: %.2f Mops/s (%.2fx one thread)\n", two / 1e6, two / one);
  printf("   2 threads, one shared call: %.2f Mops/s (%.2fx one thread)\n", two_s / 1e6,
         two_s / one_s);
  lineShutdown(app);
  return 0;
}
