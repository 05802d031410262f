// R10 / README "Callbacks": a C++ exception thrown out of a LINECALLBACK or a TIMERPROC.
// The callback types use an unwinding ABI, so the exception may leave the callback; the
// library stops it there, in its own frame below the callback, and aborts the process
// with a message naming the callback, as C++ does for an exception that leaves a
// noexcept function. It never reaches the program's message loop (a try/catch around
// GetMessage/DispatchMessage catches nothing), in either delivery model: the program's
// own message loop (DispatchMessage) and the dispatcher thread (tapi32SetCallbackThread).
// Each case runs in a child process; the parent checks that the child died of SIGABRT
// after the callback threw, with the library's message on its stderr.
#include <windows.h>
#include <tapi.h>

#include <csignal>
#include <stdexcept>
#include <sys/wait.h>

#include "common.h"
#include "tapi32ext.h"

namespace {

enum Case { PUMPED, DISPATCHER, TIMER };

void CALLBACK throwing_callback(DWORD, DWORD msg, DWORD_PTR, DWORD_PTR, DWORD_PTR,
                                DWORD_PTR) {
  if (msg == LINE_REPLY) {
    fputs("callback: throwing\n", stderr);
    throw std::runtime_error("thrown out of the LINECALLBACK");
  }
}

void CALLBACK throwing_timer(HWND, UINT, UINT_PTR, DWORD) {
  fputs("callback: throwing\n", stderr);
  throw std::runtime_error("thrown out of the TIMERPROC");
}

// The child's program: exits 3 if its own try/catch caught the exception, 4 if the loop
// ran out without the library aborting, 5 on a setup error.
int child(Case c) {
  try {
    if (c == TIMER) {
      if (!SetTimer(NULL, 1, 10, throwing_timer)) return 5;
    } else {
      if (c == DISPATCHER && tapi32SetCallbackThread(TRUE) != 0) return 5;
      HLINEAPP app = t_init_callback(throwing_callback, "cpp-exception");
      HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1);
      HCALL call = 0;
      if (lineMakeCall(line, &call, "5550100", 0, NULL) <= 0) return 5;
    }
    DWORD until = GetTickCount() + T_TIMEOUT_MS;
    MSG m;
    while (GetTickCount() < until) {
      if (PeekMessage(&m, NULL, 0, 0, PM_REMOVE))
        DispatchMessage(&m);
      else
        usleep(1000);
    }
    return 4;
  } catch (...) {
    return 3;
  }
}

void run(Case c, const char *what, const char *message) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(fds[1], 2);
    close(fds[0]);
    close(fds[1]);
    _exit(child(c));
  }
  close(fds[1]);
  static char err[65536];
  size_t n = 0;
  ssize_t k;
  while (n < sizeof err - 1 && (k = read(fds[0], err + n, sizeof err - 1 - n)) > 0) n += k;
  err[n] = 0;
  close(fds[0]);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  bool aborted = WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
  const char *thrown = strstr(err, "callback: throwing\n");
  const char *said = strstr(err, message);
  CHECK(aborted);
  CHECK(thrown != NULL);
  CHECK(said != NULL && said > thrown);
  if (!aborted || !thrown || !said)
    fprintf(stderr, "%s: child status %#x (exit %d), its stderr:\n%s\n", what, status,
            WIFEXITED(status) ? WEXITSTATUS(status) : -1, err);
}

}  // namespace

int main(void) {
  const char *lcb =
      "tapi32: an exception (or other unwinding) left the program's LINECALLBACK; a TAPI "
      "callback must return normally: aborting";
  run(PUMPED, "DispatchMessage", lcb);
  run(DISPATCHER, "dispatcher thread", lcb);
  run(TIMER, "TIMERPROC",
      "tapi32: an exception (or other unwinding) left the program's TIMERPROC; a TAPI "
      "callback must return normally: aborting");
  TEST_DONE();
}
