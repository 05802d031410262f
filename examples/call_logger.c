/* call_logger.c: a call logger written the way TAPI 2.x loggers were written for Windows.
 *
 * It initializes TAPI with a callback (LINEINITIALIZEEXOPTION_USEHIDDENWINDOW), opens
 * every line device as a monitor, and runs a message loop: TAPI calls the callback from
 * DispatchMessage, on this thread. For each call it sees, it notes the new handle, follows
 * its states, and when the call goes IDLE reads LINECALLINFO (growing the buffer to
 * dwNeededSize, as the TAPI documentation prescribes), writes a log record and
 * deallocates the handle. A timer ends the loop after 30 s, and the callback posts
 * WM_QUIT once enough calls are logged. Nothing in it is Linux-specific: it builds
 * against the SDK's windows.h and tapi.h on Windows and against include/win32 and
 * include/ here.
 *
 * Usage: call_logger [calls-to-log]   (default 5; exits after logging that many calls) */
#include <windows.h>
#include <tapi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_LINES 16
#define MAX_CALLS 64

typedef struct {
  HCALL hCall;
  DWORD dwLastState;
  time_t tStart;
  time_t tConnected;
} CALLSLOT;

static HLINEAPP g_hLineApp;
static HLINE g_hLines[MAX_LINES];
static CALLSLOT g_calls[MAX_CALLS];
static LONG g_logged = 0, g_deallocated = 0, g_errors = 0, g_lCalls = 5;

static const char *StateName(DWORD s) {
  switch (s) {
    case LINECALLSTATE_IDLE: return "IDLE";
    case LINECALLSTATE_OFFERING: return "OFFERING";
    case LINECALLSTATE_DIALTONE: return "DIALTONE";
    case LINECALLSTATE_DIALING: return "DIALING";
    case LINECALLSTATE_PROCEEDING: return "PROCEEDING";
    case LINECALLSTATE_RINGBACK: return "RINGBACK";
    case LINECALLSTATE_CONNECTED: return "CONNECTED";
    case LINECALLSTATE_BUSY: return "BUSY";
    case LINECALLSTATE_DISCONNECTED: return "DISCONNECTED";
    default: return "OTHER";
  }
}

static CALLSLOT *FindSlot(HCALL hCall, BOOL bCreate) {
  int i;
  for (i = 0; i < MAX_CALLS; i++)
    if (g_calls[i].hCall == hCall) return &g_calls[i];
  if (!bCreate) return NULL;
  for (i = 0; i < MAX_CALLS; i++) {
    if (g_calls[i].hCall == 0) {
      ZeroMemory(&g_calls[i], sizeof(CALLSLOT));
      g_calls[i].hCall = hCall;
      g_calls[i].tStart = time(NULL);
      return &g_calls[i];
    }
  }
  return NULL;
}

static const char *Field(LPLINECALLINFO lpInfo, DWORD dwSize, DWORD dwOffset) {
  return dwSize ? (const char *)lpInfo + dwOffset : "";
}

/* Reads LINECALLINFO the documented way: try, then grow to dwNeededSize. */
static LPLINECALLINFO GetCallInfo(HCALL hCall) {
  DWORD dwSize = sizeof(LINECALLINFO);
  for (;;) {
    LPLINECALLINFO lpInfo = (LPLINECALLINFO)malloc(dwSize);
    LONG lResult;
    if (!lpInfo) return NULL;
    ZeroMemory(lpInfo, dwSize);
    lpInfo->dwTotalSize = dwSize;
    lResult = lineGetCallInfo(hCall, lpInfo);
    if (lResult != 0) {
      printf("  lineGetCallInfo(0x%08lx) failed: 0x%08lx\n", (unsigned long)hCall,
             (unsigned long)lResult);
      free(lpInfo);
      return NULL;
    }
    if (lpInfo->dwNeededSize <= lpInfo->dwTotalSize) return lpInfo;
    dwSize = lpInfo->dwNeededSize;
    free(lpInfo);
  }
}

static void LogCall(CALLSLOT *pSlot) {
  LPLINECALLINFO lpInfo = GetCallInfo(pSlot->hCall);
  char szFrom[64], szTo[64];
  long lTalk;
  if (!lpInfo) {
    g_errors++;
    return;
  }
  if (lpInfo->dwCallerIDFlags & LINECALLPARTYID_NAME)
    snprintf(szFrom, sizeof szFrom, "%s \"%s\"",
             Field(lpInfo, lpInfo->dwCallerIDSize, lpInfo->dwCallerIDOffset),
             Field(lpInfo, lpInfo->dwCallerIDNameSize, lpInfo->dwCallerIDNameOffset));
  else if (lpInfo->dwCallerIDFlags & LINECALLPARTYID_ADDRESS)
    snprintf(szFrom, sizeof szFrom, "%s",
             Field(lpInfo, lpInfo->dwCallerIDSize, lpInfo->dwCallerIDOffset));
  else
    snprintf(szFrom, sizeof szFrom, "(caller unknown)");
  snprintf(szTo, sizeof szTo, "%s", Field(lpInfo, lpInfo->dwCalledIDSize, lpInfo->dwCalledIDOffset));
  lTalk = pSlot->tConnected ? (long)(time(NULL) - pSlot->tConnected) : -1;
  printf("CALL %lu  line %lu  %-8s from %-26s to %-10s %s\n",
         (unsigned long)lpInfo->dwCallID, (unsigned long)lpInfo->dwLineDeviceID,
         lpInfo->dwOrigin == LINECALLORIGIN_OUTBOUND ? "outbound" : "inbound", szFrom, szTo,
         lTalk >= 0 ? "answered" : "not answered");
  free(lpInfo);
  if (++g_logged >= g_lCalls) PostQuitMessage(0);
}

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  CALLSLOT *pSlot;
  (void)dwInstance;
  switch (dwMsg) {
    case LINE_APPNEWCALL:
      printf("  new call handle 0x%08lx on line %lu (%s)\n", (unsigned long)dwParam2,
             (unsigned long)dwInstance,
             dwParam3 == LINECALLPRIVILEGE_OWNER ? "owner" : "monitor");
      FindSlot((HCALL)dwParam2, TRUE);
      break;
    case LINE_CALLSTATE:
      pSlot = FindSlot((HCALL)hDevice, TRUE);
      if (!pSlot) break;
      printf("  call 0x%08lx -> %s\n", (unsigned long)hDevice, StateName((DWORD)dwParam1));
      pSlot->dwLastState = (DWORD)dwParam1;
      if (dwParam1 == LINECALLSTATE_CONNECTED) pSlot->tConnected = time(NULL);
      if (dwParam1 == LINECALLSTATE_IDLE) {
        LogCall(pSlot);
        if (lineDeallocateCall((HCALL)hDevice) == 0) {
          printf("  call 0x%08lx deallocated\n", (unsigned long)hDevice);
          g_deallocated++;
        } else {
          g_errors++;
        }
        pSlot->hCall = 0;
      }
      break;
    case LINE_CLOSE:
      printf("  line handle 0x%08lx closed by the provider\n", (unsigned long)hDevice);
      break;
    default:
      break;
  }
}

static void CALLBACK GiveUp(HWND hWnd, UINT uMsg, UINT_PTR idEvent, DWORD dwTime) {
  (void)hWnd, (void)uMsg, (void)idEvent, (void)dwTime;
  printf("call logger: giving up after 30 s\n");
  PostQuitMessage(1);
}

int main(int argc, char **argv) {
  LINEINITIALIZEEXPARAMS params;
  DWORD dwNumDevs = 0, dwAPIVersion = 0x00020002, dwDevice;
  LONG lResult;
  MSG msg;

  if (argc > 1) g_lCalls = atol(argv[1]);
  ZeroMemory(&params, sizeof params);
  params.dwTotalSize = sizeof params;
  params.dwOptions = LINEINITIALIZEEXOPTION_USEHIDDENWINDOW;
  lResult = lineInitializeEx(&g_hLineApp, NULL, LineCallback, "Call Logger", &dwNumDevs,
                             &dwAPIVersion, &params);
  if (lResult != 0) {
    printf("lineInitializeEx failed: 0x%08lx\n", (unsigned long)lResult);
    return 1;
  }
  printf("call logger: %lu line device(s)\n", (unsigned long)dwNumDevs);
  for (dwDevice = 0; dwDevice < dwNumDevs && dwDevice < MAX_LINES; dwDevice++) {
    DWORD dwVersion;
    LINEEXTENSIONID ext;
    if (lineNegotiateAPIVersion(g_hLineApp, dwDevice, 0x00010004, 0x00020002, &dwVersion, &ext))
      continue;
    lResult = lineOpen(g_hLineApp, dwDevice, &g_hLines[dwDevice], dwVersion, 0, dwDevice,
                       LINECALLPRIVILEGE_MONITOR, 0, NULL);
    printf("  line %lu: API 0x%08lx, %s\n", (unsigned long)dwDevice, (unsigned long)dwVersion,
           lResult == 0 ? "monitoring" : "open failed");
  }

  /* A real logger runs until stopped; this one stops after g_lCalls calls (the callback
   * posts WM_QUIT) or 30 s (the timer does). */
  SetTimer(NULL, 0, 30000, GiveUp);
  while (GetMessage(&msg, NULL, 0, 0) > 0) {
    TranslateMessage(&msg);
    DispatchMessage(&msg);
  }

  for (dwDevice = 0; dwDevice < MAX_LINES; dwDevice++)
    if (g_hLines[dwDevice]) lineClose(g_hLines[dwDevice]);
  lineShutdown(g_hLineApp);
  printf("call logger: %ld call(s) logged, %ld handle(s) deallocated, %ld error(s)\n",
         (long)g_logged, (long)g_deallocated, (long)g_errors);
  return g_logged >= g_lCalls && g_errors == 0 ? 0 : 1;
}
