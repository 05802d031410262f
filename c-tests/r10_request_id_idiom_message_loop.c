/* R10: the TapiComm idiom. `g_req = lineMakeCall(...)`, then a GetMessage loop until
 * the callback sees LINE_REPLY with dwParam1 == g_req. The callback runs only on the
 * initializing thread, inside DispatchMessage, so the reply is never handled before the
 * program stored the request ID: over hundreds of calls, no reply is lost. Also: no
 * callback before the thread pumps, and never on another thread. */
#include <windows.h>

#include <pthread.h>

#include "common.h"

#define CALLS 300

static LONG g_req;
static BOOL g_reply;
static LONG g_result;
static int g_lost;
static int g_callbacks;
static DWORD g_thread;
static int g_wrong_thread;
static HCALL g_call;

static void CALLBACK line_callback(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance,
                                   DWORD_PTR dwParam1, DWORD_PTR dwParam2,
                                   DWORD_PTR dwParam3) {
  (void)hDevice, (void)dwInstance, (void)dwParam3;
  g_callbacks++;
  if (GetCurrentThreadId() != g_thread) g_wrong_thread++;
  if (dwMessage == LINE_REPLY) {
    if ((LONG)dwParam1 == g_req) {
      g_reply = TRUE;
      g_result = (LONG)dwParam2;
    } else {
      g_lost++; /* a reply for a request ID the program did not (yet) know */
    }
  }
}

/* The classic wait: pump until the callback has seen the reply (or a timeout). */
static BOOL wait_reply(void) {
  MSG msg;
  DWORD start = GetTickCount();
  while (!g_reply) {
    while (PeekMessage(&msg, NULL, 0, 0, PM_REMOVE)) {
      TranslateMessage(&msg);
      DispatchMessage(&msg);
    }
    if (g_reply) break;
    if (GetTickCount() - start > T_TIMEOUT_MS) return FALSE;
    MsgWaitForMultipleObjects(0, NULL, FALSE, 50, QS_ALLINPUT);
  }
  return TRUE;
}

static void *other_thread(void *arg) {
  (void)arg;
  /* Another thread's message loop never runs this application's callback. */
  MSG msg;
  for (int i = 0; i < 20; i++) {
    while (PeekMessage(&msg, NULL, 0, 0, PM_REMOVE)) DispatchMessage(&msg);
    Sleep(1);
  }
  return NULL;
}

int main(void) {
  DWORD devs = 0;
  HLINEAPP app = 0;
  g_thread = GetCurrentThreadId();
  REQUIRE_RC(lineInitialize(&app, NULL, line_callback, "tapicomm", &devs), 0);
  HLINE line = t_open(app, 0, 0x00020000, LINECALLPRIVILEGE_NONE, 0);

  /* No callback runs before the thread pumps. */
  g_req = lineMakeCall(line, &g_call, "5550100", 0, NULL);
  REQUIRE(g_req > 0);
  pthread_t t;
  REQUIRE(pthread_create(&t, NULL, other_thread, NULL) == 0);
  pthread_join(t, NULL);
  t_sleep_ms(20);
  CHECK_EQ(g_callbacks, 0);
  REQUIRE(wait_reply());
  CHECK_EQ(g_result, 0);
  CHECK(g_call != 0);

  /* Hundreds of calls, each request's reply awaited the TapiComm way. */
  int replies = 1;
  for (int i = 0; i < CALLS; i++) {
    if (i > 0) {
      g_reply = FALSE;
      g_req = lineMakeCall(line, &g_call, "5550100", 0, NULL);
      REQUIRE(g_req > 0);
      REQUIRE(wait_reply());
      CHECK_EQ(g_result, 0);
      replies++;
    }
    g_reply = FALSE;
    g_req = lineDrop(g_call, NULL, 0);
    REQUIRE(g_req > 0);
    REQUIRE(wait_reply());
    replies++;
    CHECK_RC(lineDeallocateCall(g_call), 0);
  }
  CHECK_EQ(replies, 2 * CALLS);
  CHECK_EQ(g_lost, 0);
  CHECK_EQ(g_wrong_thread, 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
