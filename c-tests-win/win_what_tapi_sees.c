/* What a plain TAPI 2 program sees of the telephony system: no simulator call, only
 * tapi32.dll's own functions, so it runs with any tapi32 (the README's side-by-side of
 * Wine's builtin tapi32 and this one). Prints each function's result. */
#include "winprog.h"

int main(void) {
  HLINEAPP hApp = 0;
  HLINE hLine = 0;
  HCALL hCall = 0;
  DWORD dwDevs = 0, dwVersion = 0x00020000;
  LINEINITIALIZEEXPARAMS lip;
  LINEMESSAGE msg;
  LINEDEVCAPS *caps = (LINEDEVCAPS *)calloc(1, 4096);
  LINECALLINFO *ci = (LINECALLINFO *)calloc(1, 4096);
  LONG r, req;

  ZeroMemory(&lip, sizeof(lip));
  lip.dwTotalSize = sizeof(lip);
  lip.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  r = lineInitializeExA(&hApp, NULL, NULL, "WhatTapiSees", &dwDevs, &dwVersion, &lip);
  printf("lineInitializeExA: %#lx, %lu line devices\n", (unsigned long)(DWORD)r, (unsigned long)dwDevs);
  caps->dwTotalSize = 4096;
  r = lineGetDevCapsA(hApp, 0, dwVersion, 0, caps);
  printf("lineGetDevCapsA(line 0): %#lx, name \"%.*s\"\n", (unsigned long)(DWORD)r,
         r == 0 ? (int)caps->dwLineNameSize : 0,
         r == 0 && caps->dwLineNameSize ? (const char *)caps + caps->dwLineNameOffset : "");
  r = lineOpenA(hApp, 0, &hLine, dwVersion, 0, 0, LINECALLPRIVILEGE_NONE, 0, NULL);
  printf("lineOpenA(line 0): %#lx\n", (unsigned long)(DWORD)r);
  req = lineMakeCallA(hLine, &hCall, "5551234", 0, NULL);
  printf("lineMakeCallA: %s\n", req > 0 ? "a request ID" : "an error");
  r = -1;
  while (req > 0 && lineGetMessage(hApp, &msg, 2000) == 0) {
    if (msg.dwMessageID == LINE_REPLY && (LONG)msg.dwParam1 == req) {
      r = (LONG)msg.dwParam2;
      break;
    }
  }
  printf("LINE_REPLY: %#lx\n", (unsigned long)(DWORD)r);
  ci->dwTotalSize = 4096;
  r = lineGetCallInfoA(hCall, ci);
  printf("lineGetCallInfoA: %#lx, called ID \"%.*s\"\n", (unsigned long)(DWORD)r,
         r == 0 ? (int)ci->dwCalledIDSize : 0,
         r == 0 && ci->dwCalledIDSize ? (const char *)ci + ci->dwCalledIDOffset : "");
  ci->dwTotalSize = 4096;
  r = lineGetCallInfoA((HCALL)1, ci);
  printf("lineGetCallInfoA(a handle never given): %#lx\n", (unsigned long)(DWORD)r);
  if (hCall) lineDeallocateCall(hCall);
  if (hLine) lineClose(hLine);
  r = lineShutdown(hApp);
  printf("lineShutdown: %#lx\n", (unsigned long)(DWORD)r);
  free(caps);
  free(ci);
  return 0;
}
