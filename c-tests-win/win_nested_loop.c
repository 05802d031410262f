/* A nested message loop inside the callback: on OFFERING the callback answers the call
 * and runs its own GetMessage loop until the LINE_REPLY of that lineAnswer comes, as
 * many Windows programs do. The messages that arrive meanwhile are dispatched from the
 * nested loop (the callback is re-entered), in order. */
#include "winprog.h"

static LONG g_answerReq;
static volatile LONG g_answerReplied, g_offered, g_connected;
static LONG g_depth, g_maxDepth, g_answerResult = -1;
static HCALL g_hCall;

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)dwInstance;
  (void)dwParam3;
  g_depth++;
  if (g_depth > g_maxDepth) g_maxDepth = g_depth;
  if (dwMsg == LINE_CALLSTATE && dwParam1 == LINECALLSTATE_OFFERING) {
    g_hCall = (HCALL)hDevice;
    g_offered = 1;
    g_answerReq = lineAnswer(g_hCall, NULL, 0);
    printf("lineAnswer in the callback gave a request ID: %s\n", g_answerReq > 0 ? "yes" : "no");
    EXPECT(PumpUntil(&g_answerReplied));
    printf("LINE_REPLY of lineAnswer, from the nested loop: %ld\n", (long)g_answerResult);
  } else if (dwMsg == LINE_REPLY && (LONG)dwParam1 == g_answerReq) {
    g_answerResult = (LONG)dwParam2;
    g_answerReplied = 1;
  } else if (dwMsg == LINE_CALLSTATE && dwParam1 == LINECALLSTATE_CONNECTED) {
    g_connected = 1;
  }
  g_depth--;
}

int main(void) {
  HLINE hLine = 0;
  HLINEAPP hApp = OwnerWithOfferedCall(LineCallback, "Nested", &hLine);

  EXPECT(PumpUntil(&g_offered));
  EXPECT(PumpUntil(&g_connected));
  printf("call connected: %s\n", g_connected ? "yes" : "no");
  printf("the callback was re-entered from the nested loop: %s\n", g_maxDepth > 1 ? "yes" : "no");
  EXPECT_OK(lineClose(hLine));
  EXPECT_OK(lineShutdown(hApp));
  return Done();
}
