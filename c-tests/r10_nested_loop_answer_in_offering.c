/* R10, a legacy Windows idiom: the callback answers an offered call inside its
 * LINE_CALLSTATE OFFERING and waits there, in a nested message loop, for lineAnswer's
 * LINE_REPLY. As on Windows, the nested loop dispatches the application's next messages
 * (the callback re-enters), so the reply arrives inside it, with dwParam1 = the request
 * ID lineAnswer returned and dwParam2 = 0, and the call goes CONNECTED. The main loop
 * then drops and deallocates the call. Repeated for CALLS offered calls; every callback
 * on the initializing thread. */
#include <windows.h>

#include <unistd.h>

#include "common.h"

#define CALLS 50

static DWORD g_thread;
static int g_wrong_thread;
static int g_depth, g_max_depth;

static HCALL g_call;           /* the offered call being handled */
static LONG g_answer_req;      /* lineAnswer's request ID, stored before the nested loop */
static int g_in_nested;        /* inside the OFFERING callback's nested loop */
static int g_answer_replied;   /* its LINE_REPLY came */
static int g_reply_in_nested;  /* ... and came while the nested loop ran */
static LONG g_answer_result = -1;
static int g_nested_timeout;
static int g_connected;        /* LINE_CALLSTATE CONNECTED for g_call */
static int g_idle;             /* LINE_CALLSTATE IDLE for g_call */
static LONG g_drop_req;
static int g_drop_replied;
static LONG g_drop_result = -1;
static int g_unknown_replies;
static int g_offerings;
static DWORD g_state_after_reply;
static int g_nested_calls; /* callbacks that ran inside a nested loop */

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3);

/* The nested loop of the OFFERING callback: until the answer's reply came (at most 2 s). */
static void WaitForAnswerReply(void) {
  MSG msg;
  DWORD start = GetTickCount();
  g_in_nested = 1;
  while (!g_answer_replied) {
    if (PeekMessage(&msg, NULL, 0, 0, PM_REMOVE)) {
      TranslateMessage(&msg);
      DispatchMessage(&msg);
      continue;
    }
    if (GetTickCount() - start > T_TIMEOUT_MS) {
      g_nested_timeout++;
      break;
    }
    MsgWaitForMultipleObjects(0, NULL, FALSE, 20, QS_ALLINPUT);
  }
  g_in_nested = 0;
}

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)dwInstance;
  if (GetCurrentThreadId() != g_thread) g_wrong_thread++;
  if (++g_depth > g_max_depth) g_max_depth = g_depth;
  if (g_in_nested) g_nested_calls++;
  switch (dwMsg) {
    case LINE_CALLSTATE:
      if (dwParam1 == LINECALLSTATE_OFFERING && dwParam3 == LINECALLPRIVILEGE_OWNER) {
        g_offerings++;
        g_call = (HCALL)hDevice;
        g_answer_replied = 0;
        g_answer_req = lineAnswer(g_call, NULL, 0);
        if (g_answer_req > 0) {
          WaitForAnswerReply();
          g_state_after_reply = t_state(g_call);
        }
      } else if (hDevice == g_call && dwParam1 == LINECALLSTATE_CONNECTED) {
        g_connected = 1;
      } else if (hDevice == g_call && dwParam1 == LINECALLSTATE_IDLE) {
        g_idle = 1;
      }
      break;
    case LINE_REPLY:
      if (g_answer_req > 0 && (LONG)dwParam1 == g_answer_req && !g_answer_replied) {
        g_answer_replied = 1;
        g_reply_in_nested = g_in_nested;
        g_answer_result = (LONG)dwParam2;
      } else if (g_drop_req > 0 && (LONG)dwParam1 == g_drop_req) {
        g_drop_replied = 1;
        g_drop_result = (LONG)dwParam2;
      } else {
        g_unknown_replies++;
      }
      break;
    default:
      break;
  }
  g_depth--;
}

int main(void) {
  HLINEAPP hApp;
  HLINE hLine;
  int i, answered = 0, in_nested = 0, connected = 0;

  alarm(60); /* watchdog: a hang ends the test (SIGALRM) */
  g_thread = GetCurrentThreadId();
  hApp = t_init_callback(LineCallback, "r10-nested-answer");
  hLine = t_open(hApp, 0, 0x00020000, LINECALLPRIVILEGE_OWNER, 0x10);

  for (i = 0; i < CALLS; i++) {
    DWORD id = 0;
    g_call = 0;
    g_answer_req = 0;
    g_answer_replied = g_reply_in_nested = g_connected = g_idle = 0;
    g_answer_result = -1;
    g_state_after_reply = 0;
    REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Nested", 0, &id), 0);
    /* The main loop: the OFFERING callback answers and returns once the reply came. */
    T_PUMP_UNTIL(g_answer_replied && g_connected, T_TIMEOUT_MS);
    REQUIRE(g_call != 0);
    CHECK(g_answer_req > 0);
    CHECK(g_answer_replied);
    CHECK_RC(g_answer_result, 0);
    CHECK(g_connected);
    CHECK_EQ(g_state_after_reply, LINECALLSTATE_CONNECTED);
    CHECK_EQ(t_call_id(g_call), id);
    answered += g_answer_replied;
    in_nested += g_reply_in_nested;
    connected += g_connected;

    g_drop_replied = 0;
    g_drop_result = -1;
    g_drop_req = lineDrop(g_call, NULL, 0);
    REQUIRE(g_drop_req > 0);
    T_PUMP_UNTIL(g_drop_replied && g_idle, T_TIMEOUT_MS);
    CHECK(g_drop_replied);
    CHECK_RC(g_drop_result, 0);
    CHECK(g_idle);
    CHECK_RC(lineDeallocateCall(g_call), 0);
    g_drop_req = 0;
    if (t_failures) break;
  }

  CHECK_EQ(g_offerings, CALLS);
  CHECK_EQ(answered, CALLS);
  CHECK_EQ(in_nested, CALLS); /* every reply came inside the nested loop */
  CHECK_EQ(connected, CALLS);
  CHECK_EQ(g_nested_timeout, 0);
  CHECK(g_nested_calls >= CALLS); /* at least the replies ran nested */
  CHECK(g_max_depth >= 2);        /* ... inside the OFFERING callback */
  CHECK_EQ(g_unknown_replies, 0);
  CHECK_EQ(g_wrong_thread, 0);
  CHECK_RC(lineClose(hLine), 0);
  CHECK_RC(lineShutdown(hApp), 0);
  TEST_DONE();
}
