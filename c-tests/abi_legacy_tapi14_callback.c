/* Drop-in ABI (issue 3): a TAPI 1.4 program written as for Windows compiles unchanged
 * with `cc -I include/win32 -I include` and behaves as on Windows.
 *
 * It defines TAPI_CURRENT_VERSION 0x00010004 before <tapi.h>, so it sees the TAPI 1.4
 * structures (sizeof(LINECALLINFO) 296, LINECALLSTATUS 36) and calls the plain exports
 * (no A/W mapping in a 1.x build). It uses lineInitialize and a CALLBACK procedure,
 * negotiates 1.4 on the line, learns of an incoming call from LINE_CALLSTATE (a 1.4 app
 * gets no LINE_APPNEWCALL) and reads it with buffers of sizeof(...) of its own version.
 * Its callback runs as on Windows: on the thread that called lineInitialize, inside its
 * message loop (PeekMessage/DispatchMessage), never before that thread pumps. */
#define TAPI_CURRENT_VERSION 0x00010004
#include <windows.h>
#include <tapi.h>

#include <stdio.h>
#include <stdlib.h>

#include "common.h" /* the suite's CHECK macros; the program above needs nothing else */

#ifdef lineGetCallInfo
#error "a TAPI 1.x build must call the plain lineGetCallInfo export"
#endif

static HCALL g_hOffered;
static DWORD g_dwLastState;
static LONG g_nAppNewCall;
static DWORD_PTR g_dwInstanceSeen;
static DWORD g_dwMainThread;
static LONG g_nOtherThread;

static void CALLBACK LineCallbackProc(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwCallbackInstance,
                                      DWORD_PTR dwParam1, DWORD_PTR dwParam2,
                                      DWORD_PTR dwParam3) {
  (void)dwParam2;
  if (GetCurrentThreadId() != g_dwMainThread) g_nOtherThread++;
  switch (dwMsg) {
    case LINE_APPNEWCALL:
      g_nAppNewCall++;
      break;
    case LINE_CALLSTATE:
      if (dwParam1 == LINECALLSTATE_OFFERING && dwParam3 == LINECALLPRIVILEGE_OWNER) {
        g_dwInstanceSeen = dwCallbackInstance;
        g_hOffered = (HCALL)hDevice;
      }
      g_dwLastState = (DWORD)dwParam1;
      break;
    default:
      break;
  }
}

/* Runs the message loop until *p becomes `want` (or non-zero when want is 0), for at
 * most 2 s. */
static int WaitFor(DWORD *p, DWORD want) {
  MSG msg;
  DWORD dwStart = GetTickCount();
  while (want ? *p != want : *p == 0) {
    if (PeekMessage(&msg, NULL, 0, 0, PM_REMOVE)) {
      TranslateMessage(&msg);
      DispatchMessage(&msg);
    } else {
      if (GetTickCount() - dwStart > 2000) return 0;
      MsgWaitForMultipleObjects(0, NULL, FALSE, 50, QS_ALLINPUT);
    }
  }
  return 1;
}

int main(void) {
  HLINEAPP hLineApp = 0;
  HLINE hLine = 0;
  DWORD dwNumDevs = 0, dwAPIVersion = 0, dwCallID = 0;
  LINEEXTENSIONID extID;
  LINEDEVCAPS *lpDevCaps;
  LINECALLINFO ci;
  LINECALLSTATUS cs;
  LPLINECALLINFO lpInfo;

  CHECK_EQ(sizeof(LINECALLINFO), 296);
  CHECK_EQ(sizeof(LINECALLSTATUS), 36);

  g_dwMainThread = GetCurrentThreadId();
  REQUIRE_RC(lineInitialize(&hLineApp, NULL, LineCallbackProc, "Legacy 1.4", &dwNumDevs), 0);
  CHECK_EQ(dwNumDevs, 2);
  REQUIRE_RC(lineNegotiateAPIVersion(hLineApp, 0, 0x00010003, 0x00010004, &dwAPIVersion, &extID),
             0);
  CHECK_EQ(dwAPIVersion, 0x00010004);

  /* LINEDEVCAPS of the program's own (1.4) size is enough for a 1.4 line. */
  lpDevCaps = (LINEDEVCAPS *)calloc(1, sizeof(LINEDEVCAPS));
  REQUIRE(lpDevCaps != NULL);
  lpDevCaps->dwTotalSize = sizeof(LINEDEVCAPS) - 1;
  CHECK_RC(lineGetDevCaps(hLineApp, 0, dwAPIVersion, 0, lpDevCaps), LINEERR_STRUCTURETOOSMALL);
  lpDevCaps->dwTotalSize = sizeof(LINEDEVCAPS);
  CHECK_RC(lineGetDevCaps(hLineApp, 0, dwAPIVersion, 0, lpDevCaps), 0);
  CHECK(lpDevCaps->dwDevCapFlags & LINEDEVCAPFLAGS_CLOSEDROP);
  CHECK(lpDevCaps->dwUsedSize <= sizeof(LINEDEVCAPS));
  free(lpDevCaps);

  REQUIRE_RC(lineOpen(hLineApp, 0, &hLine, dwAPIVersion, 0, (DWORD_PTR)0x1234,
                      LINECALLPRIVILEGE_OWNER, LINEMEDIAMODE_INTERACTIVEVOICE, NULL),
             0);
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Legacy Caller", 0, &dwCallID), 0);
  Sleep(20);
  CHECK_EQ(g_hOffered, 0); /* no callback before the thread pumps */
  REQUIRE(WaitFor(&g_hOffered, 0));
  CHECK_EQ(g_nAppNewCall, 0);
  CHECK_EQ(g_dwInstanceSeen, 0x1234);

  /* The fixed part of the program's version, exactly sizeof(LINECALLINFO). */
  ZeroMemory(&ci, sizeof(ci));
  ci.dwTotalSize = sizeof(ci);
  CHECK_RC(lineGetCallInfo(g_hOffered, &ci), 0);
  CHECK_EQ(ci.dwCallID, dwCallID);
  CHECK_EQ(ci.hLine, hLine);
  CHECK(ci.dwNeededSize > sizeof(ci));
  CHECK(ci.dwUsedSize <= sizeof(ci));
  CHECK_EQ(ci.dwCallerIDFlags, LINECALLPARTYID_ADDRESS | LINECALLPARTYID_NAME);

  /* Grown to dwNeededSize, the documented way: the strings come back. */
  lpInfo = (LPLINECALLINFO)calloc(1, ci.dwNeededSize);
  REQUIRE(lpInfo != NULL);
  lpInfo->dwTotalSize = ci.dwNeededSize;
  CHECK_RC(lineGetCallInfo(g_hOffered, lpInfo), 0);
  CHECK_EQ(lpInfo->dwUsedSize, ci.dwNeededSize);
  CHECK(lpInfo->dwCallerIDSize == 8 &&
        strcmp((const char *)lpInfo + lpInfo->dwCallerIDOffset, "5551234") == 0);
  CHECK(lpInfo->dwCallerIDNameSize == 14 &&
        strcmp((const char *)lpInfo + lpInfo->dwCallerIDNameOffset, "Legacy Caller") == 0);
  free(lpInfo);

  ZeroMemory(&cs, sizeof(cs));
  cs.dwTotalSize = sizeof(cs);
  CHECK_RC(lineGetCallStatus(g_hOffered, &cs), 0);
  CHECK_EQ(cs.dwCallState, LINECALLSTATE_OFFERING);
  CHECK_EQ(cs.dwCallPrivilege, LINECALLPRIVILEGE_OWNER);

  /* A 1.4 sole owner must drop before it deallocates. */
  CHECK(lineAnswer(g_hOffered, NULL, 0) > 0);
  CHECK(WaitFor(&g_dwLastState, LINECALLSTATE_CONNECTED));
  CHECK_RC(lineDeallocateCall(g_hOffered), LINEERR_INVALCALLSTATE);
  CHECK(lineDrop(g_hOffered, NULL, 0) > 0);
  CHECK(WaitFor(&g_dwLastState, LINECALLSTATE_IDLE));
  CHECK_RC(lineDeallocateCall(g_hOffered), 0);
  CHECK_EQ(g_nOtherThread, 0);
  CHECK_RC(lineClose(hLine), 0);
  CHECK_RC(lineShutdown(hLineApp), 0);
  TEST_DONE();
}
