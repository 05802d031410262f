/* fork() while the forking (owner) thread's pumped application holds messages:
 * digits in its consumer batch, then a LINE_REPLY (lineAnswer) and a LINE_CLOSE
 * (tapisimCloseLine) queued. The child pumps the same thread's message loop
 * (GetMessage short way and PeekMessage). The parent's application, in the child,
 * "answers as after lineShutdown" (README, fork): lineShutdown gives
 * LINEERR_INVALAPPHANDLE there, and lineShutdown discards queued messages, so no callback
 * of it may run in the child. The parent still gets its messages.
 * c-test-valgrind: --leak-check=no */
#include <windows.h>

#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

#define DIGITS "0123456789ABCD*#"

static HCALL g_call;
static int g_calls_in_child;
static int g_is_child;
static int g_n, g_close, g_reply;
static DWORD g_last_msg[16];

static void CALLBACK Cb(DWORD hDevice, DWORD dwMsg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2,
                        DWORD_PTR p3) {
  (void)hDevice, (void)inst, (void)p3;
  if (g_is_child) {
    if (g_calls_in_child < 16) g_last_msg[g_calls_in_child] = dwMsg;
    g_calls_in_child++;
    return;
  }
  if (dwMsg == LINE_APPNEWCALL) g_call = (HCALL)p2;
  if (dwMsg == LINE_MONITORDIGITS) g_n++;
  if (dwMsg == LINE_CLOSE) g_close++;
  if (dwMsg == LINE_REPLY) g_reply++;
  (void)p1;
}

int main(void) {
  HLINEAPP a = t_init_callback(Cb, "pump-fork");
  (void)t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 10);
  DWORD id = 0;
  MSG m;
  (void)t_monitored_call(0, &g_call, &id);
  REQUIRE_RC(tapisimRemoteDigits(id, DIGITS, LINEDIGITMODE_DTMF), 0);
  REQUIRE(GetMessage(&m, NULL, 0, 0) > 0);
  DispatchMessage(&m);
  CHECK_EQ(g_n, 1);
  LONG req = lineAnswer(g_call, NULL, 0);
  CHECK(req > 0);
  Sleep(20);
  CHECK_RC(tapisimCloseLine(0), 0);
  Sleep(20);

  fflush(NULL);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    g_is_child = 1;
    CHECK_RC(lineShutdown(a), LINEERR_INVALAPPHANDLE);
    int loops = 0;
    /* The short way: GetMessage while the batch holds messages. */
    while (loops < 40 && PeekMessage(&m, NULL, 0, 0, PM_NOREMOVE)) {
      if (GetMessage(&m, NULL, 0, 0) <= 0) break;
      DispatchMessage(&m);
      loops++;
    }
    DWORD s = GetTickCount();
    while (GetTickCount() - s < 100) {
      if (PeekMessage(&m, NULL, 0, 0, PM_REMOVE))
        DispatchMessage(&m);
      else
        Sleep(1);
    }
    if (g_calls_in_child) {
      fprintf(stderr, "child: %d callback(s) of the parent's application, messages:",
              g_calls_in_child);
      for (int i = 0; i < g_calls_in_child && i < 16; i++)
        fprintf(stderr, " %u", (unsigned)g_last_msg[i]);
      fprintf(stderr, " (after %d GetMessage)\n", loops);
    }
    fflush(stderr);
    _exit(g_calls_in_child ? 3 : (t_failures ? 4 : 0));
  }
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  CHECK_EQ(WEXITSTATUS(status), 0);
  /* The parent: its messages are still there. */
  DWORD s = GetTickCount();
  while (!g_close && GetTickCount() - s < T_TIMEOUT_MS) {
    if (PeekMessage(&m, NULL, 0, 0, PM_REMOVE))
      DispatchMessage(&m);
    else
      Sleep(1);
  }
  CHECK_EQ(g_close, 1);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
