/* Win32 basics in a legacy-style TAPI source, as a Windows program of the TAPI 2.x era
 * is written: a LocalAlloc'd log buffer filled with lstrcpy/lstrcat/wsprintf, progress
 * reported with OutputDebugString, LINEDEVCAPS grown with LocalReAlloc to its
 * dwNeededSize, a critical section around the shared state the callback updates in the
 * message loop, and an auto-reset event the callback signals when the call connects. */
#include <windows.h>
#include <tapi.h>

#include "common.h"

static CRITICAL_SECTION g_csState;
static HANDLE g_hConnected;
static HCALL g_hCall;
static LONG g_lastState;
static LPSTR g_lpszLog;

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2,
                                  DWORD_PTR dwParam3) {
  char szLine[128];
  (void)dwInstance, (void)dwParam2, (void)dwParam3;
  if (dwMsg != LINE_CALLSTATE) return;
  EnterCriticalSection(&g_csState);
  g_hCall = (HCALL)hDevice;
  g_lastState = (LONG)dwParam1;
  wsprintf(szLine, "LINE_CALLSTATE %08lx\r\n", (DWORD)dwParam1);
  if (lstrlen(g_lpszLog) + lstrlen(szLine) < (int)LocalSize(g_lpszLog)) lstrcat(g_lpszLog, szLine);
  LeaveCriticalSection(&g_csState);
  OutputDebugString(szLine);
  if (dwParam1 == LINECALLSTATE_CONNECTED) SetEvent(g_hConnected);
}

int main(void) {
  HLINEAPP hLineApp;
  HLINE hLine;
  HCALL hCall;
  DWORD dwNumDevs, dwApiVersion = 0x00020000;
  LINEINITIALIZEEXPARAMS lip;
  LINEEXTENSIONID ext;
  LPLINEDEVCAPS lpDevCaps;
  MSG msg;
  char szMsg[256];
  int connected = 0;

  InitializeCriticalSection(&g_csState);
  g_hConnected = CreateEvent(NULL, FALSE, FALSE, NULL);
  REQUIRE(g_hConnected != NULL);
  g_lpszLog = (LPSTR)LocalAlloc(LPTR, 4096);
  REQUIRE(g_lpszLog != NULL);
  lstrcpy(g_lpszLog, "dialer log\r\n");

  ZeroMemory(&lip, sizeof lip);
  lip.dwTotalSize = sizeof lip;
  lip.dwOptions = LINEINITIALIZEEXOPTION_USEHIDDENWINDOW;
  REQUIRE_RC(lineInitializeEx(&hLineApp, GetModuleHandle(NULL), LineCallback, "Dialer",
                              &dwNumDevs, &dwApiVersion, &lip),
             0);
  wsprintf(szMsg, "%lu line devices\n", dwNumDevs);
  OutputDebugString(szMsg);
  REQUIRE(dwNumDevs > 0);
  REQUIRE_RC(lineNegotiateAPIVersion(hLineApp, 0, 0x00010004, 0x00020000, &dwApiVersion, &ext),
             0);

  /* The classic two-pass LINEDEVCAPS: too small first, then grown to dwNeededSize. */
  lpDevCaps = (LPLINEDEVCAPS)LocalAlloc(LPTR, sizeof(LINEDEVCAPS));
  REQUIRE(lpDevCaps != NULL);
  lpDevCaps->dwTotalSize = sizeof(LINEDEVCAPS);
  REQUIRE_RC(lineGetDevCaps(hLineApp, 0, dwApiVersion, 0, lpDevCaps), 0);
  if (lpDevCaps->dwNeededSize > lpDevCaps->dwTotalSize) {
    DWORD dwNeeded = lpDevCaps->dwNeededSize;
    LPLINEDEVCAPS lpGrown = (LPLINEDEVCAPS)LocalReAlloc(lpDevCaps, dwNeeded, LMEM_MOVEABLE);
    REQUIRE(lpGrown != NULL);
    lpDevCaps = lpGrown;
    lpDevCaps->dwTotalSize = dwNeeded;
    REQUIRE_RC(lineGetDevCaps(hLineApp, 0, dwApiVersion, 0, lpDevCaps), 0);
  }
  CHECK(lpDevCaps->dwNeededSize <= LocalSize(lpDevCaps));
  CHECK(LocalFree(lpDevCaps) == NULL);

  REQUIRE_RC(lineOpen(hLineApp, 0, &hLine, dwApiVersion, 0, 0, LINECALLPRIVILEGE_NONE,
                      LINEMEDIAMODE_INTERACTIVEVOICE, NULL),
             0);
  REQUIRE(lineMakeCall(hLine, &hCall, "5550100", 0, NULL) > 0);

  /* The message loop, until the callback signals the event. */
  DWORD t0 = GetTickCount();
  while (!connected && GetTickCount() - t0 < 5000) {
    while (PeekMessage(&msg, NULL, 0, 0, PM_REMOVE)) {
      TranslateMessage(&msg);
      DispatchMessage(&msg);
    }
    if (MsgWaitForMultipleObjects(1, &g_hConnected, FALSE, 50, QS_ALLINPUT) == WAIT_OBJECT_0)
      connected = 1;
  }
  CHECK(connected);
  EnterCriticalSection(&g_csState);
  CHECK(g_hCall == hCall);
  CHECK_EQ(g_lastState, LINECALLSTATE_CONNECTED);
  LeaveCriticalSection(&g_csState);
  CHECK(strstr(g_lpszLog, "LINE_CALLSTATE 00000100\r\n") != NULL); /* CONNECTED */
  CHECK(lstrcmpi(g_lpszLog, "DIALER LOG\r\n") > 0);

  lineDrop(hCall, NULL, 0);
  lineDeallocateCall(hCall);
  lineClose(hLine);
  CHECK_RC(lineShutdown(hLineApp), 0);
  OutputDebugString(g_lpszLog);
  CHECK(LocalFree(g_lpszLog) == NULL);
  CHECK(CloseHandle(g_hConnected));
  DeleteCriticalSection(&g_csState);
  TEST_DONE();
}
