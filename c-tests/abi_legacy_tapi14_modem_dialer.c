/* Drop-in ABI: a TAPI 1.4 data-modem dialler written as for Windows.
 *
 * It translates a canonical number to its dialable form, opens the line with no call
 * privilege (a dialler needs none), makes a LINEMEDIAMODE_DATAMODEM call with a 1.4
 * LINECALLPARAMS, waits the g_req way (GetMessage/DispatchMessage until the callback has
 * seen its LINE_REPLY and LINECALLSTATE_CONNECTED), asks lineGetID for "comm/datamodem"
 * and talks to the modem through the returned handle: on Windows a comm HANDLE for
 * ReadFile/WriteFile, here a pseudo-terminal's file descriptor, (HANDLE)(intptr_t)fd.
 * The simulated far end echoes what it receives. Then it hangs up, waits for IDLE,
 * deallocates the call, closes the line, shuts down and closes the handle. */
#define TAPI_CURRENT_VERSION 0x00010004
#include <windows.h>
#include <tapi.h>

#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h" /* the suite's CHECK macros; the program above needs nothing else */

#define TIMEOUT_TIMER 1

static LONG g_req;
static BOOL g_bReplied;
static LONG g_lReplyResult;
static DWORD g_dwCallState;
static HCALL g_hCall;

static void CALLBACK LineCallbackProc(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwCallbackInstance,
                                      DWORD_PTR dwParam1, DWORD_PTR dwParam2,
                                      DWORD_PTR dwParam3) {
  (void)dwCallbackInstance, (void)dwParam3;
  switch (dwMsg) {
    case LINE_REPLY:
      if ((LONG)dwParam1 == g_req) {
        g_bReplied = TRUE;
        g_lReplyResult = (LONG)dwParam2;
      }
      break;
    case LINE_CALLSTATE:
      if ((HCALL)hDevice == g_hCall) g_dwCallState = (DWORD)dwParam1;
      break;
    default:
      break;
  }
}

/* The message loop: until the request's reply has come and the call is in `state`, or
 * the timeout timer fires. */
static BOOL PumpUntil(DWORD state) {
  MSG msg;
  BOOL ok = TRUE;
  UINT_PTR timer = SetTimer(NULL, TIMEOUT_TIMER, 5000, NULL);
  while (!(g_bReplied && g_dwCallState == state)) {
    if (GetMessage(&msg, NULL, 0, 0) <= 0) {
      ok = FALSE;
      break;
    }
    if (msg.message == WM_TIMER && msg.hwnd == NULL) {
      ok = FALSE;
      break;
    }
    TranslateMessage(&msg);
    DispatchMessage(&msg);
  }
  KillTimer(NULL, timer);
  return ok;
}

/* Reads exactly `len` bytes from `fd`, waiting at most 2 s for each. */
static int ReadAll(int fd, char *buf, size_t len) {
  size_t got = 0;
  while (got < len) {
    struct pollfd pfd = {fd, POLLIN, 0};
    int n = poll(&pfd, 1, 2000);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return 0;
    ssize_t r = read(fd, buf + got, len - got);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return 0;
    got += (size_t)r;
  }
  return 1;
}

static int WriteAll(int fd, const char *buf, size_t len) {
  while (len > 0) {
    ssize_t w = write(fd, buf, len);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return 0;
    buf += w;
    len -= (size_t)w;
  }
  return 1;
}

int main(void) {
  HLINEAPP hLineApp = 0;
  HLINE hLine = 0;
  DWORD dwNumDevs = 0, dwAPIVersion = 0;
  LINEEXTENSIONID extID;
  LPLINETRANSLATEOUTPUT lpXlat;
  LPLINECALLPARAMS lpParams;
  LPVARSTRING lpVar;
  char szDialable[64];
  HANDLE hComm;
  int fd;

  REQUIRE_RC(lineInitialize(&hLineApp, NULL, LineCallbackProc, "Modem Dialer", &dwNumDevs),
             0);
  REQUIRE(dwNumDevs >= 1);
  REQUIRE_RC(lineNegotiateAPIVersion(hLineApp, 0, 0x00010003, 0x00010004, &dwAPIVersion, &extID),
             0);
  CHECK_EQ(dwAPIVersion, 0x00010004);

  /* The canonical number in the dialable form of the current location, grown to
   * dwNeededSize the documented way. */
  lpXlat = (LPLINETRANSLATEOUTPUT)calloc(1, sizeof(LINETRANSLATEOUTPUT));
  REQUIRE(lpXlat != NULL);
  lpXlat->dwTotalSize = sizeof(LINETRANSLATEOUTPUT);
  REQUIRE_RC(lineTranslateAddress(hLineApp, 0, dwAPIVersion, "+1 (425) 555-0100", 0, 0, lpXlat),
             0);
  if (lpXlat->dwNeededSize > lpXlat->dwTotalSize) {
    DWORD dwNeeded = lpXlat->dwNeededSize;
    free(lpXlat);
    lpXlat = (LPLINETRANSLATEOUTPUT)calloc(1, dwNeeded);
    REQUIRE(lpXlat != NULL);
    lpXlat->dwTotalSize = dwNeeded;
    REQUIRE_RC(
        lineTranslateAddress(hLineApp, 0, dwAPIVersion, "+1 (425) 555-0100", 0, 0, lpXlat), 0);
  }
  REQUIRE(lpXlat->dwDialableStringSize > 0 && lpXlat->dwDialableStringSize <= sizeof szDialable);
  lstrcpyA(szDialable, (LPCSTR)((LPBYTE)lpXlat + lpXlat->dwDialableStringOffset));
  free(lpXlat);
  CHECK(strcmp(szDialable, "5550100") == 0);

  /* A dialler owns the calls it makes; it needs no privilege for incoming ones. */
  REQUIRE_RC(lineOpen(hLineApp, 0, &hLine, dwAPIVersion, 0, 0, LINECALLPRIVILEGE_NONE,
                      LINEMEDIAMODE_DATAMODEM, NULL),
             0);

  /* A 1.4 program's LINECALLPARAMS is the 1.4 structure. */
  lpParams = (LPLINECALLPARAMS)calloc(1, sizeof(LINECALLPARAMS));
  REQUIRE(lpParams != NULL);
  lpParams->dwTotalSize = sizeof(LINECALLPARAMS);
  lpParams->dwBearerMode = LINEBEARERMODE_VOICE;
  lpParams->dwMediaMode = LINEMEDIAMODE_DATAMODEM;

  g_req = lineMakeCall(hLine, &g_hCall, szDialable, 0, lpParams);
  free(lpParams);
  REQUIRE(g_req > 0);
  REQUIRE(PumpUntil(LINECALLSTATE_CONNECTED));
  REQUIRE_RC(g_lReplyResult, 0);
  REQUIRE(g_hCall != 0);

  /* The modem's comm handle, the VARSTRING grown to dwNeededSize. */
  lpVar = (LPVARSTRING)calloc(1, sizeof(VARSTRING));
  REQUIRE(lpVar != NULL);
  lpVar->dwTotalSize = sizeof(VARSTRING);
  REQUIRE_RC(lineGetID(0, 0, g_hCall, LINECALLSELECT_CALL, lpVar, "comm/datamodem"), 0);
  CHECK_EQ(lpVar->dwStringSize, 0);
  {
    DWORD dwNeeded = lpVar->dwNeededSize;
    REQUIRE(dwNeeded > sizeof(VARSTRING) + sizeof(HANDLE));
    free(lpVar);
    lpVar = (LPVARSTRING)calloc(1, dwNeeded);
    REQUIRE(lpVar != NULL);
    lpVar->dwTotalSize = dwNeeded;
  }
  REQUIRE_RC(lineGetID(0, 0, g_hCall, LINECALLSELECT_CALL, lpVar, "comm/datamodem"), 0);
  CHECK_EQ(lpVar->dwStringFormat, STRINGFORMAT_BINARY);
  REQUIRE(lpVar->dwStringSize > sizeof(HANDLE));
  memcpy(&hComm, (LPBYTE)lpVar + lpVar->dwStringOffset, sizeof(HANDLE));
  {
    const char *szDevice = (const char *)lpVar + lpVar->dwStringOffset + sizeof(HANDLE);
    CHECK_EQ(strlen(szDevice) + 1, lpVar->dwStringSize - sizeof(HANDLE));
    CHECK(strncmp(szDevice, "/dev/pts/", 9) == 0);
  }
  free(lpVar);
  REQUIRE(hComm != NULL);
  fd = (int)(intptr_t)hComm;

  /* Talk to the modem: the far end echoes every byte. */
  {
    static const char *const cmds[] = {"ATI0\r", "AT&F E0 V1\r", "ATDT5550100\r\n"};
    char echo[64];
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
      size_t len = strlen(cmds[i]);
      memset(echo, 0, sizeof echo);
      REQUIRE(WriteAll(fd, cmds[i], len));
      REQUIRE(ReadAll(fd, echo, len));
      CHECK(memcmp(echo, cmds[i], len) == 0);
    }
    /* Every byte value passes unchanged (the port is raw). */
    unsigned char bin[256], back[256];
    for (int i = 0; i < 256; i++) bin[i] = (unsigned char)i;
    REQUIRE(WriteAll(fd, (const char *)bin, sizeof bin));
    REQUIRE(ReadAll(fd, (char *)back, sizeof back));
    CHECK(memcmp(bin, back, sizeof bin) == 0);
  }

  /* Hang up, as on Windows: lineDrop, wait for IDLE, deallocate. */
  g_bReplied = FALSE;
  g_req = lineDrop(g_hCall, NULL, 0);
  REQUIRE(g_req > 0);
  REQUIRE(PumpUntil(LINECALLSTATE_IDLE));
  CHECK_RC(g_lReplyResult, 0);
  /* The far end has gone: the port reports the hang-up. */
  {
    struct pollfd pfd = {fd, POLLIN, 0};
    CHECK(poll(&pfd, 1, 2000) == 1 && (pfd.revents & POLLHUP));
  }
  CHECK_RC(lineDeallocateCall(g_hCall), 0);
  CHECK_RC(lineClose(hLine), 0);
  CHECK_RC(lineShutdown(hLineApp), 0);
  CHECK(close(fd) == 0);
  TEST_DONE();
}
