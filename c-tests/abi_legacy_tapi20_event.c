/* Drop-in ABI (issue 3): a TAPI 2.0 program written as for Windows compiles unchanged
 * with `cc -I include/win32 -I include`.
 *
 * With TAPI_CURRENT_VERSION 0x00020000 it sees the 2.x structures (sizeof(LINECALLINFO)
 * 324, LINECALLSTATUS 56), the generic names select the A entry points (no UNICODE), and
 * it pulls messages with lineGetMessage after lineInitializeEx(USEEVENT). */
#define TAPI_CURRENT_VERSION 0x00020000
#include <windows.h>
#include <tapi.h>

#include <stdio.h>
#include <stdlib.h>

#include "common.h"

#define STR_(x) #x
#define STR(x) STR_(x)

int main(void) {
  HLINEAPP hLineApp = 0;
  HLINE hLine = 0;
  HCALL hCall = 0;
  DWORD dwNumDevs = 0, dwAPIVersion = 0x00020000;
  LINEINITIALIZEEXPARAMS lip;
  LINEMESSAGE msg;
  LINECALLINFO *lpInfo;
  LINECALLSTATUS cs;
  LONG lReq;
  int gotReply = 0;

  CHECK_EQ(sizeof(LINECALLINFO), 324);
  CHECK_EQ(sizeof(LINECALLSTATUS), 56);
  CHECK_EQ(sizeof(LINEINITIALIZEEXPARAMS), 28);
  CHECK(strcmp(STR(lineGetCallInfo), "lineGetCallInfoA") == 0);
  CHECK(strcmp(STR(lineInitializeEx), "lineInitializeExA") == 0);
  CHECK(strcmp(STR(lineMakeCall), "lineMakeCallA") == 0);

  ZeroMemory(&lip, sizeof(lip));
  lip.dwTotalSize = sizeof(lip);
  lip.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  REQUIRE_RC(lineInitializeEx(&hLineApp, NULL, NULL, TEXT("Legacy 2.0"), &dwNumDevs,
                              &dwAPIVersion, &lip),
             0);
  CHECK(lip.Handles.hEvent != NULL);
  REQUIRE_RC(lineOpen(hLineApp, 1, &hLine, 0x00020000, 0, 0, LINECALLPRIVILEGE_NONE, 0, NULL),
             0);
  lReq = lineMakeCall(hLine, &hCall, TEXT("5550100"), 0, NULL);
  REQUIRE(lReq > 0);
  while (lineGetMessage(hLineApp, &msg, 1000) == 0) {
    if (msg.dwMessageID == LINE_REPLY && msg.dwParam1 == (DWORD_PTR)lReq) {
      gotReply = 1;
      CHECK_EQ(msg.dwParam2, 0);
      CHECK(hCall != 0);
    }
    if (msg.dwMessageID == LINE_CALLSTATE && msg.dwParam1 == LINECALLSTATE_CONNECTED) break;
  }
  CHECK(gotReply);

  lpInfo = (LINECALLINFO *)calloc(1, 1024);
  REQUIRE(lpInfo != NULL);
  lpInfo->dwTotalSize = sizeof(LINECALLINFO) - 1;
  CHECK_RC(lineGetCallInfo(hCall, lpInfo), LINEERR_STRUCTURETOOSMALL);
  lpInfo->dwTotalSize = 1024;
  CHECK_RC(lineGetCallInfo(hCall, lpInfo), 0);
  CHECK_EQ(lpInfo->dwLineDeviceID, 1);
  CHECK_EQ(lpInfo->dwOrigin, LINECALLORIGIN_OUTBOUND);
  CHECK(lpInfo->dwCalledIDSize == 8 &&
        strcmp((const char *)lpInfo + lpInfo->dwCalledIDOffset, "5550100") == 0);
  CHECK(lpInfo->dwAppNameSize == 11 &&
        strcmp((const char *)lpInfo + lpInfo->dwAppNameOffset, "Legacy 2.0") == 0);
  /* No TAPI 3.0 variable data lands inside the 2.x fixed part the program knows. */
  CHECK(lpInfo->dwCalledIDOffset >= sizeof(LINECALLINFO));
  free(lpInfo);

  ZeroMemory(&cs, sizeof(cs));
  cs.dwTotalSize = sizeof(cs);
  CHECK_RC(lineGetCallStatus(hCall, &cs), 0);
  CHECK_EQ(cs.dwCallState, LINECALLSTATE_CONNECTED);
  CHECK(cs.tStateEntryTime.wYear >= 2024);

  /* From 2.0 on the sole owner may deallocate an active call. */
  CHECK_RC(lineDeallocateCall(hCall), 0);
  CHECK_RC(lineClose(hLine), 0);
  CHECK_RC(lineShutdown(hLineApp), 0);
  TEST_DONE();
}
