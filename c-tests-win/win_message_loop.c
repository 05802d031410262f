/* The TapiComm idiom: a callback application stores the request ID lineMakeCall returns
 * in a global and runs its GetMessage loop until the LINE_REPLY carrying that ID comes;
 * the call then goes through its states to CONNECTED, is dropped and deallocated. */
#include "winprog.h"

static LONG g_req;
static volatile LONG g_replied, g_connected, g_idle;
static LONG g_replyResult = -1;
static HCALL g_hCall;

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)dwInstance;
  (void)dwParam3;
  if (dwMsg == LINE_REPLY && (LONG)dwParam1 == g_req) {
    g_replyResult = (LONG)dwParam2;
    g_replied = 1;
  } else if (dwMsg == LINE_CALLSTATE && (HCALL)hDevice == g_hCall) {
    if (dwParam1 == LINECALLSTATE_CONNECTED) g_connected = 1;
    if (dwParam1 == LINECALLSTATE_IDLE) g_idle = 1;
  }
}

int main(void) {
  HLINEAPP hApp = 0;
  HLINE hLine = 0;
  DWORD dwDevs = 0, dwVersion = 0x00020000;
  LINEINITIALIZEEXPARAMS lip;
  LONG drop;

  ZeroMemory(&lip, sizeof(lip));
  lip.dwTotalSize = sizeof(lip);
  lip.dwOptions = LINEINITIALIZEEXOPTION_USEHIDDENWINDOW;
  EXPECT_OK(lineInitializeExA(&hApp, GetModuleHandle(NULL), LineCallback, "TapiComm", &dwDevs,
                           &dwVersion, &lip));
  printf("devices: %lu\n", (unsigned long)dwDevs);
  EXPECT_OK(lineOpenA(hApp, 0, &hLine, dwVersion, 0, 0, LINECALLPRIVILEGE_NONE, 0, NULL));
  g_req = lineMakeCallA(hLine, &g_hCall, "5551234", 0, NULL);
  printf("lineMakeCall gave a request ID: %s\n", g_req > 0 ? "yes" : "no");
  EXPECT(PumpUntil(&g_replied));
  printf("LINE_REPLY for that request: %ld\n", (long)g_replyResult);
  EXPECT(g_hCall != 0);
  EXPECT(PumpUntil(&g_connected));
  printf("call connected: %s\n", g_connected ? "yes" : "no");
  drop = lineDrop(g_hCall, NULL, 0);
  EXPECT(drop > 0);
  EXPECT(PumpUntil(&g_idle));
  printf("call idle after lineDrop: %s\n", g_idle ? "yes" : "no");
  EXPECT_OK(lineDeallocateCall(g_hCall));
  EXPECT_OK(lineClose(hLine));
  EXPECT_OK(lineShutdown(hApp));
  return Done();
}
