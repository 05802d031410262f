/* The library's threads block asynchronous signals (issue 13, item 7). The program
 * handles SIGUSR1 and SIGALRM; while its main thread still has them unblocked it starts
 * library threads (a dispatcher thread for a callback application, the scenario's
 * clock, a data call's far end): each starts with every asynchronous signal blocked,
 * and the caller's own mask is left as it was. Then the main thread blocks both and a
 * worker thread of the program's waits for them: 200 process-directed kill()s all run
 * their handler on the worker, none on a library thread. The callback (on the
 * dispatcher thread) sees both signals blocked in its mask. */
#include "common.h"
#include "tapi32ext.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#define KILLS 200

/* A scenario starts the clock thread; its call is due long after the test. */
static const char *SCENARIO =
    "[[incoming]]\n"
    "at_ms = 600000\n"
    "line = 0\n"
    "caller_id = \"5551234\"\n";

static pthread_t worker, worker_self; /* worker_self: set by the worker itself */
static int worker_ready = 0;
/* Shared with the signal handler and the callback: read and written atomically. */
static int handled = 0, elsewhere = 0, stop = 0, callback_ran = 0, callback_unblocked = 0;

static int get(int *v) { return __atomic_load_n(v, __ATOMIC_ACQUIRE); }
static void add(int *v) { __atomic_add_fetch(v, 1, __ATOMIC_ACQ_REL); }

static void on_signal(int sig) {
  (void)sig;
  pthread_t w;
  __atomic_load(&worker_self, &w, __ATOMIC_ACQUIRE);
  if (!pthread_equal(pthread_self(), w)) add(&elsewhere);
  add(&handled);
}

static int both_unblocked_in(const sigset_t *set, int want_unblocked) {
  int u1 = !sigismember(set, SIGUSR1), u2 = !sigismember(set, SIGALRM);
  return want_unblocked ? (u1 && u2) : (!u1 && !u2);
}

static void CALLBACK callback(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance,
                              DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)hDevice, (void)dwMessage, (void)dwInstance, (void)dwParam1, (void)dwParam2,
      (void)dwParam3;
  sigset_t cur;
  pthread_sigmask(SIG_SETMASK, NULL, &cur);
  if (!both_unblocked_in(&cur, 0)) add(&callback_unblocked);
  add(&callback_ran);
}

static void *wait_for_signals(void *arg) {
  (void)arg;
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, SIGUSR1);
  sigaddset(&s, SIGALRM);
  pthread_t me = pthread_self();
  __atomic_store(&worker_self, &me, __ATOMIC_RELEASE);
  add(&worker_ready);
  pthread_sigmask(SIG_UNBLOCK, &s, NULL);
  while (!get(&stop)) t_sleep_ms(1);
  return NULL;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  REQUIRE(sigaction(SIGUSR1, &sa, NULL) == 0);
  REQUIRE(sigaction(SIGALRM, &sa, NULL) == 0);
  sigset_t cur;
  pthread_sigmask(SIG_SETMASK, NULL, &cur);
  REQUIRE(both_unblocked_in(&cur, 1));

  /* Library threads, started from a thread with the signals unblocked. */
  char path[] = "/tmp/tapi32_signals_XXXXXX";
  t_scenario_file(SCENARIO, path);
  REQUIRE_RC(tapi32SetCallbackThread(TRUE), 0);
  HLINEAPP app = t_init_callback(callback, "edge-signals");
  unlink(path);
  t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0);
  DWORD id;
  REQUIRE_RC(tapisimOfferCall(0, 0, "5550001", "Caller", 0, &id), 0);
  for (int i = 0; i < 10000 && !get(&callback_ran); i++) t_sleep_ms(1);
  CHECK(get(&callback_ran));
  CHECK(!get(&callback_unblocked));
  HLINE data;
  HLINEAPP modem = t_app_with_line("edge-signals-modem", 1, 0x00020002,
                                   LINECALLPRIVILEGE_OWNER, 0, &data);
  LINECALLPARAMS params;
  memset(&params, 0, sizeof params);
  params.dwTotalSize = sizeof params;
  params.dwMediaMode = LINEMEDIAMODE_DATAMODEM;
  HCALL call = 0;
  REQUIRE(lineMakeCallA(data, &call, "5550100", 0, &params) > 0);
  for (int i = 0; i < 10000 && t_state(call) != LINECALLSTATE_CONNECTED; i++) t_sleep_ms(1);
  REQUIRE(t_state(call) == LINECALLSTATE_CONNECTED);
  unsigned char vs_buf[512];
  VARSTRING *vs = (VARSTRING *)vs_buf;
  memset(vs_buf, 0, sizeof vs_buf);
  vs->dwTotalSize = sizeof vs_buf;
  REQUIRE_RC(lineGetIDA(0, 0, call, LINECALLSELECT_CALL, vs, "comm/datamodem"), 0);
  HANDLE h;
  memcpy(&h, vs_buf + vs->dwStringOffset, sizeof h);
  close((int)(intptr_t)h);

  /* The caller's mask is as it was. */
  pthread_sigmask(SIG_SETMASK, NULL, &cur);
  CHECK(both_unblocked_in(&cur, 1));

  /* Only the worker takes the signals now, unless a library thread does. */
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, SIGUSR1);
  sigaddset(&s, SIGALRM);
  pthread_sigmask(SIG_BLOCK, &s, NULL);
  REQUIRE(pthread_create(&worker, NULL, wait_for_signals, NULL) == 0);
  for (int i = 0; i < 10000 && !get(&worker_ready); i++) t_sleep_ms(1);
  for (int i = 0; i < KILLS; i++) {
    kill(getpid(), (i & 1) ? SIGUSR1 : SIGALRM);
    for (int w = 0; w < 2000 && get(&handled) <= i; w++) t_sleep_ms(1);
  }
  add(&stop);
  pthread_join(worker, NULL);
  printf("signals %d, handled %d, on another thread %d\n", KILLS, get(&handled), get(&elsewhere));
  CHECK_EQ(get(&handled), KILLS);
  CHECK_EQ(get(&elsewhere), 0);

  CHECK_RC(lineShutdown(modem), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
