/* Drop-in ABI (issue 3): Windows code that writes wide strings as L"..." compiles
 * unchanged under -fshort-wchar (wchar_t 16 bits, as on Windows): WCHAR is then wchar_t
 * and L"..." a WCHAR string, in C99 as in C++.
 *
 * c-test-flags: -fshort-wchar */
#define UNICODE
#include <windows.h>
#include <tapi.h>

#include <stdlib.h>

#include "common.h"

int main(void) {
  HLINEAPP hLineApp = 0;
  HLINE hLine = 0;
  HCALL hCall = 0;
  DWORD dwNumDevs = 0, dwAPIVersion = 0x00020002, dwCallID = 0;
  LINEINITIALIZEEXPARAMS lip;
  LINEMESSAGE msg;
  LPLINECALLINFO lpInfo;
  const WCHAR *lpszName = L"Zo\u00eb \u00c5berg";
  DWORD dwNameSize;

  CHECK_EQ(sizeof(wchar_t), 2);
  CHECK_EQ(sizeof(LINECALLINFO), 344);

  ZeroMemory(&lip, sizeof(lip));
  lip.dwTotalSize = sizeof(lip);
  lip.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  REQUIRE_RC(lineInitializeEx(&hLineApp, NULL, NULL, L"Wide Logger", &dwNumDevs, &dwAPIVersion,
                              &lip),
             0);
  REQUIRE_RC(lineOpen(hLineApp, 1, &hLine, 0x00020002, 0, 0, LINECALLPRIVILEGE_MONITOR, 0, NULL),
             0);
  /* The simulated caller's name is in the ANSI code page on the single-byte control API
   * (by default Windows-1252, as on Western Windows). */
  REQUIRE_RC(tapisimOfferCall(1, 0, "5557777", "Zo\xeb \xc5" "berg", 0, &dwCallID), 0);
  while (lineGetMessage(hLineApp, &msg, 1000) == 0)
    if (msg.dwMessageID == LINE_APPNEWCALL) {
      hCall = (HCALL)msg.dwParam2;
      break;
    }
  REQUIRE(hCall != 0);
  lpInfo = (LPLINECALLINFO)calloc(1, 1024);
  REQUIRE(lpInfo != NULL);
  lpInfo->dwTotalSize = 1024;
  CHECK_RC(lineGetCallInfo(hCall, lpInfo), 0); /* lineGetCallInfoW */
  /* Counted by hand: libc's wcslen assumes a 4-byte wchar_t. */
  for (dwNameSize = 0; lpszName[dwNameSize]; dwNameSize++) {
  }
  dwNameSize = (dwNameSize + 1) * sizeof(WCHAR);
  CHECK_EQ(lpInfo->dwCallerIDNameSize, dwNameSize);
  CHECK(lpInfo->dwCallerIDNameSize == dwNameSize &&
        memcmp((BYTE *)lpInfo + lpInfo->dwCallerIDNameOffset, lpszName, dwNameSize) == 0);
  CHECK(lpInfo->dwCallerIDSize == 8 * sizeof(WCHAR) &&
        memcmp((BYTE *)lpInfo + lpInfo->dwCallerIDOffset, L"5557777", 8 * sizeof(WCHAR)) == 0);
  CHECK_EQ(lpInfo->dwCallID, dwCallID);
  free(lpInfo);
  CHECK_RC(lineDeallocateCall(hCall), 0);
  CHECK_RC(lineShutdown(hLineApp), 0);
  TEST_DONE();
}
