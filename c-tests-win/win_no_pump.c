/* A callback application that does not pump messages gets no callbacks, as on Windows:
 * the callback runs only from the initializing thread's message loop. Once it pumps,
 * the waiting messages come, in order. */
#include "winprog.h"

static volatile LONG g_calls, g_offered;

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)hDevice;
  (void)dwInstance;
  (void)dwParam2;
  (void)dwParam3;
  g_calls++;
  if (dwMsg == LINE_CALLSTATE && dwParam1 == LINECALLSTATE_OFFERING) g_offered = 1;
}

int main(void) {
  HLINE hLine = 0;
  HLINEAPP hApp = OwnerWithOfferedCall(LineCallback, "NoPump", &hLine);

  Sleep(500);
  printf("callbacks without pumping for 500 ms: %ld\n", (long)g_calls);
  EXPECT(PumpUntil(&g_offered));
  printf("after pumping, OFFERING came: %s\n", g_offered ? "yes" : "no");
  EXPECT_OK(lineClose(hLine));
  EXPECT_OK(lineShutdown(hApp));
  return Done();
}
