/* A TAPI 1.4 program: lineInitialize with a window-less callback (the hInstance of the
 * program), a 1.4 version negotiated, LINECALLINFO of TAPI 1.4's fixed size (296 bytes,
 * as a program built with a 1.4 SDK passes; mingw-w64's tapi.h has only the full
 * structures); an incoming call is announced by LINE_CALLSTATE alone (no
 * LINE_APPNEWCALL below 2.0). */
#define TAPI_CURRENT_VERSION 0x00010004
#include "winprog.h"

static volatile LONG g_offered;
static LONG g_appNewCall;
static HCALL g_hCall;

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)dwInstance;
  (void)dwParam2;
  (void)dwParam3;
  if (dwMsg == LINE_APPNEWCALL) g_appNewCall++;
  if (dwMsg == LINE_CALLSTATE && dwParam1 == LINECALLSTATE_OFFERING) {
    g_hCall = (HCALL)hDevice;
    g_offered = 1;
  }
}

int main(void) {
  HLINEAPP hApp = 0;
  HLINE hLine = 0;
  DWORD dwDevs = 0, dwVersion = 0, dwCallID = 0;
  LINEEXTENSIONID ext;
  LINECALLINFO *ci = (LINECALLINFO *)calloc(1, sizeof(LINECALLINFO));

  EXPECT_OK(lineInitialize(&hApp, GetModuleHandle(NULL), LineCallback, "Tapi14", &dwDevs));
  EXPECT_OK(lineNegotiateAPIVersion(hApp, 0, 0x00010003, 0x00010004, &dwVersion, &ext));
  printf("negotiated version %#lx\n", (unsigned long)dwVersion);
  EXPECT_OK(lineOpen(hApp, 0, &hLine, dwVersion, 0, 0, LINECALLPRIVILEGE_OWNER,
                  LINEMEDIAMODE_INTERACTIVEVOICE, NULL));
  EXPECT_OK(tapisimOfferCall(0, 0, "5551234", "Legacy", 0, &dwCallID));
  EXPECT(PumpUntil(&g_offered));
  printf("OFFERING: %s, LINE_APPNEWCALL: %ld\n", g_offered ? "yes" : "no", (long)g_appNewCall);
  ci->dwTotalSize = 295;
  printf("LINECALLINFO of 295 bytes: %#lx\n", (unsigned long)(DWORD)lineGetCallInfo(g_hCall, ci));
  ci->dwTotalSize = 296;
  EXPECT_OK(lineGetCallInfo(g_hCall, ci));
  printf("LINECALLINFO of 296 bytes: same call ID %s, caller ID flags %#lx, used %lu\n",
         ci->dwCallID == dwCallID ? "yes" : "no", (unsigned long)ci->dwCallerIDFlags,
         (unsigned long)ci->dwUsedSize);
  free(ci);
  EXPECT_OK(lineClose(hLine));
  EXPECT_OK(lineShutdown(hApp));
  return Done();
}
