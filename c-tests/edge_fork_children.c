/* fork() while other threads are inside the library (issue 13, item 4). Three threads
 * hammer the library on device 1 (initialize, open, make calls, read a shared call's status, offer
 * calls, shut down) while the main thread forks 50 children. Each child, with only the
 * forking thread: the parent's handles answer as after lineShutdown (UNINITIALIZED while
 * no application is initialized; INVALAPPHANDLE / INVALLINEHANDLE / INVALCALLHANDLE once
 * one is), a new lineInitializeEx works and its call connects, and it exits 0 within the
 * time limit (a hung child is killed and counted). Nothing the child writes to stderr
 * mentions a panic. The parent keeps working throughout.
 *
 * Under valgrind the leak check is off: a forked child cannot free what the parent's
 * other threads held at the fork (a buffer a hammer thread was using), and memcheck
 * counts that as definitely lost. The ASan variant checks the parent's leaks; the
 * children end with _exit.
 * c-test-valgrind: --leak-check=no */
#include "common.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define FORKS 50
#define CHILD_LIMIT_MS 20000

static int stop_hammer = 0;
static HCALL shared_call;

static void *hammer(void *arg) {
  long n = (long)arg;
  char name[32];
  snprintf(name, sizeof name, "hammer-%ld", n);
  while (!__atomic_load_n(&stop_hammer, __ATOMIC_ACQUIRE)) {
    HLINEAPP app = 0;
    DWORD num = 0, ver = 0x00020002;
    LINEINITIALIZEEXPARAMS p = t_init_params(LINEINITIALIZEEXOPTION_USEEVENT);
    if (lineInitializeExA(&app, NULL, NULL, name, &num, &ver, &p) != 0) continue;
    HLINE line = 0;
    if (lineOpen(app, 1, &line, 0x00020002, 0, 0, LINECALLPRIVILEGE_OWNER,
                 LINEMEDIAMODE_INTERACTIVEVOICE, NULL) == 0) {
      HCALL c = 0;
      lineMakeCallA(line, &c, "5550123", 0, NULL);
      DWORD id;
      if (n == 2) tapisimOfferCall(1, 0, "5559999", "Hammer", 0, &id);
      LINECALLSTATUS st;
      t_status(shared_call, &st);
      LINEMESSAGE m;
      lineGetMessage(app, &m, 0);
    }
    lineShutdown(app);
  }
  return NULL;
}

/* Whether `call` reads CONNECTED within a few seconds. */
static int connected(HCALL call) {
  for (int i = 0; i < 2500; i++) {
    if (t_state(call) == LINECALLSTATE_CONNECTED) return 1;
    t_sleep_ms(2);
  }
  return 0;
}

static int elapsed_ms(const struct timespec *t0) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int)((t.tv_sec - t0->tv_sec) * 1000 + (t.tv_nsec - t0->tv_nsec) / 1000000);
}

/* The child's checks; its exit status. */
static int child(HLINEAPP old_app, HLINE old_line, HCALL old_call) {
  LINECALLSTATUS st;
  /* No application initialized in the child. */
  CHECK_RC(t_status(old_call, &st), LINEERR_UNINITIALIZED);
  CHECK_RC(lineClose(old_line), LINEERR_UNINITIALIZED);
  CHECK_RC(lineShutdown(old_app), LINEERR_INVALAPPHANDLE);
  /* A new application works and its call connects. */
  HLINE line;
  HLINEAPP app = t_app_with_line("child", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0, &line);
  CHECK(app != old_app);
  HCALL call = t_make_call(app, line, "5550100");
  CHECK(call != old_call);
  CHECK(connected(call));
  /* The parent's handles are dead, as after lineShutdown. */
  t_check_call_dead(old_call);
  t_check_line_dead(old_line);
  CHECK_RC(lineShutdown(old_app), LINEERR_INVALAPPHANDLE);
  CHECK_EQ(t_state(call), LINECALLSTATE_CONNECTED);
  CHECK_RC(lineShutdown(app), 0);
  return t_failures ? 1 : 0;
}

int main(void) {
  HLINE line;
  HLINEAPP app = t_app_with_line("parent", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0, &line);
  shared_call = t_make_call(app, line, "5550199");
  REQUIRE(connected(shared_call));

  pthread_t th[3];
  for (long i = 0; i < 3; i++) REQUIRE(pthread_create(&th[i], NULL, hammer, (void *)i) == 0);

  int hung = 0, failed = 0, panicked = 0;
  for (int i = 0; i < FORKS; i++) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    fflush(NULL);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      dup2(fds[1], 2);
      close(fds[0]);
      int rc = child(app, line, shared_call);
      fflush(NULL);
      _exit(rc);
    }
    close(fds[1]);
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int status = 0;
    pid_t w;
    while ((w = waitpid(pid, &status, WNOHANG)) == 0 && elapsed_ms(&t0) < CHILD_LIMIT_MS)
      t_sleep_ms(2);
    if (w == 0) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      hung++;
    } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      failed++;
    }
    char err[4096];
    ssize_t got = read(fds[0], err, sizeof err - 1);
    close(fds[0]);
    if (got > 0) {
      err[got] = 0;
      fprintf(stderr, "child %d stderr:\n%s", i, err);
      if (strstr(err, "panic")) panicked++;
    }
    /* The parent keeps working. */
    t_drain(app);
    CHECK_EQ(t_state(shared_call), LINECALLSTATE_CONNECTED);
  }
  __atomic_store_n(&stop_hammer, 1, __ATOMIC_RELEASE);
  for (int i = 0; i < 3; i++) pthread_join(th[i], NULL);
  printf("forks %d, hung %d, failed %d, with panic text %d\n", FORKS, hung, failed, panicked);
  CHECK_EQ(hung, 0);
  CHECK_EQ(failed, 0);
  CHECK_EQ(panicked, 0);

  /* The parent's application still works. */
  t_drain(app);
  HCALL again = t_make_call(app, line, "5550198");
  CHECK(connected(again));
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
