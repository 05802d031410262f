/* Drop-in ABI (issue 3): a UNICODE TAPI program written as for Windows compiles unchanged
 * with `cc -std=c11 -I include/win32 -I include` (C11 for u"" literals, which TEXT()
 * becomes; see abi_legacy_unicode_shortwchar.c for L"" with -fshort-wchar).
 *
 * The generic names select the W entry points; strings go in and come back as UTF-16;
 * the default TAPI_CURRENT_VERSION gives the 3.x structures (sizeof(LINECALLINFO) 344).
 *
 * c-test-flags: -std=c11 */
#define UNICODE
#include <windows.h>
#include <tapi.h>

#include <stdio.h>
#include <stdlib.h>

#include "common.h"

#define STR_(x) #x
#define STR(x) STR_(x)

static int WideEquals(const LINECALLINFO *lpInfo, DWORD dwSize, DWORD dwOffset, LPCTSTR s) {
  DWORD n = 0;
  while (s[n]) n++;
  if (dwSize != (n + 1) * sizeof(TCHAR)) return 0;
  return memcmp((const BYTE *)lpInfo + dwOffset, s, dwSize) == 0;
}

int main(void) {
  HLINEAPP hLineApp = 0;
  HLINE hLine = 0;
  HCALL hCall = 0;
  DWORD dwNumDevs = 0, dwAPIVersion = 0x00030001;
  LINEINITIALIZEEXPARAMS lip;
  LINEMESSAGE msg;
  LPLINECALLINFO lpInfo;
  LPCTSTR lpszAppName = TEXT("Journal d'appels");
  LONG lReq;

  CHECK_EQ(sizeof(TCHAR), 2);
  CHECK_EQ(sizeof(LINECALLINFO), 344);
  CHECK(strcmp(STR(lineGetCallInfo), "lineGetCallInfoW") == 0);
  CHECK(strcmp(STR(lineInitializeEx), "lineInitializeExW") == 0);
  CHECK(strcmp(STR(lineMakeCall), "lineMakeCallW") == 0);
  CHECK(strcmp(STR(lineOpen), "lineOpenW") == 0);
  CHECK(strcmp(STR(lineGetDevCaps), "lineGetDevCapsW") == 0);

  ZeroMemory(&lip, sizeof(lip));
  lip.dwTotalSize = sizeof(lip);
  lip.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  REQUIRE_RC(lineInitializeEx(&hLineApp, NULL, NULL, lpszAppName, &dwNumDevs, &dwAPIVersion,
                              &lip),
             0);
  REQUIRE_RC(lineOpen(hLineApp, 0, &hLine, 0x00030001, 0, 0, LINECALLPRIVILEGE_NONE, 0, NULL),
             0);
  lReq = lineMakeCall(hLine, &hCall, TEXT("5550123"), 0, NULL);
  REQUIRE(lReq > 0);
  while (lineGetMessage(hLineApp, &msg, 1000) == 0)
    if (msg.dwMessageID == LINE_CALLSTATE && msg.dwParam1 == LINECALLSTATE_CONNECTED) break;
  REQUIRE(hCall != 0);

  lpInfo = (LPLINECALLINFO)calloc(1, 2048);
  REQUIRE(lpInfo != NULL);
  lpInfo->dwTotalSize = 2048;
  CHECK_RC(lineGetCallInfo(hCall, lpInfo), 0);
  CHECK(WideEquals(lpInfo, lpInfo->dwCalledIDSize, lpInfo->dwCalledIDOffset, TEXT("5550123")));
  CHECK(WideEquals(lpInfo, lpInfo->dwAppNameSize, lpInfo->dwAppNameOffset, lpszAppName));
  CHECK(WideEquals(lpInfo, lpInfo->dwCallerIDNameSize, lpInfo->dwCallerIDNameOffset,
                   TEXT("Simulated Line 0")));
  free(lpInfo);

  CHECK_RC(lineDeallocateCall(hCall), 0);
  CHECK_RC(lineShutdown(hLineApp), 0);
  TEST_DONE();
}
