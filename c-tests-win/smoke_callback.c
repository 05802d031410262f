/* Smoke test of tapi32.dll under Wine (issue 15): a Windows program, built with
 * x86_64-w64-mingw32-gcc against mingw-w64's own <windows.h> and <tapi.h> and linked
 * with the project's import library (libtapi32.dll.a), run with the project's DLL beside
 * it and `WINEDLLOVERRIDES=tapi32=n`.
 *
 * 1. Callback: lineInitializeEx with LINEINITIALIZEEXOPTION_USEHIDDENWINDOW. No
 *    callback runs before the thread pumps; lineMakeCall to the default scenario's
 *    5550100 (answers after 400 ms); the program's own GetMessage/DispatchMessage loop
 *    delivers LINE_REPLY (the request ID lineMakeCall returned, success) and
 *    LINE_CALLSTATE up to CONNECTED, all on the initializing thread. lineShutdown
 *    destroys the application's hidden message-only window.
 * 2. Event: lineInitializeEx with LINEINITIALIZEEXOPTION_USEEVENT: the event handle is
 *    unsignalled while the queue is empty, WaitForSingleObject wakes on the LINE_REPLY,
 *    lineGetMessage returns it.
 * 3. lineGetCallInfo fills the structure (Wine's builtin tapi32 returns 0 and leaves it
 *    unfilled): the program ran against this DLL.
 *
 * Prints "smoke_callback: OK" and exits 0, or names the first failed check and exits 1.
 * Build and run: see README "Windows DLL". */
#include <windows.h>
#include <tapi.h>

#include <stdio.h>
#include <string.h>

static int g_failed;
#define CHECK(c)                                                            \
  do {                                                                      \
    if (!(c)) {                                                             \
      printf("smoke_callback: FAILED line %d: %s\n", __LINE__, #c);         \
      g_failed = 1;                                                         \
    }                                                                       \
  } while (0)
#define REQUIRE(c)                                                          \
  do {                                                                      \
    CHECK(c);                                                               \
    if (g_failed) return 1;                                                 \
  } while (0)

/* The class of the hidden window tapi32.dll makes for a callback application. */
#define TAPI_WINDOW_CLASS "tapi32.dll TAPI window"

/* What the callback saw. */
static struct {
  DWORD dwMainThread;
  LONG nOtherThread, lRequest, nReplies, lReplyResult, nCallbacks;
  HCALL hCallState;
  DWORD dwLastState, dwStatesSeen;
} g = {0, 0, -1, 0, -1, 0, 0, 0, 0};

static void CALLBACK LineCallback(DWORD hDevice, DWORD dwMsg, DWORD_PTR dwInstance,
                                  DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)dwInstance;
  (void)dwParam3;
  g.nCallbacks++;
  if (GetCurrentThreadId() != g.dwMainThread) g.nOtherThread++;
  if (dwMsg == LINE_REPLY && (LONG)dwParam1 == g.lRequest) {
    g.nReplies++;
    g.lReplyResult = (LONG)dwParam2;
  } else if (dwMsg == LINE_CALLSTATE) {
    g.hCallState = (HCALL)hDevice;
    g.dwLastState = (DWORD)dwParam1;
    g.dwStatesSeen |= (DWORD)dwParam1;
  }
}

/* The program's own message loop: GetMessage/DispatchMessage until the call is
 * CONNECTED, or a 5 s thread timer (WM_TIMER) ends it. */
static int PumpUntilConnected(void) {
  MSG msg;
  UINT_PTR timer = SetTimer(NULL, 0, 5000, NULL);
  int ok = 0;
  while (GetMessage(&msg, NULL, 0, 0) > 0) {
    if (msg.message == WM_TIMER && msg.hwnd == NULL && msg.wParam == timer) break;
    TranslateMessage(&msg);
    DispatchMessage(&msg);
    if (g.dwLastState == LINECALLSTATE_CONNECTED && g.nReplies > 0) {
      ok = 1;
      break;
    }
  }
  KillTimer(NULL, timer);
  return ok;
}

/* lineInitializeExA with `dwOptions` and lineOpenA of line 0 (TAPI 2.0). */
static int Start(DWORD dwOptions, LINECALLBACK lpfnCallback, LINEINITIALIZEEXPARAMS *params,
                 HLINEAPP *phApp, HLINE *phLine) {
  DWORD dwNumDevs = 0, dwAPIVersion = 0x00020000;

  memset(params, 0, sizeof(*params));
  params->dwTotalSize = sizeof(*params);
  params->dwOptions = dwOptions;
  REQUIRE(lineInitializeExA(phApp, GetModuleHandleA(NULL), lpfnCallback, "smoke", &dwNumDevs,
                            &dwAPIVersion, params) == 0);
  CHECK(dwNumDevs == 2);
  CHECK(dwAPIVersion == 0x00030001);
  REQUIRE(lineOpenA(*phApp, 0, phLine, 0x00020000, 0, 0, LINECALLPRIVILEGE_NONE,
                    LINEMEDIAMODE_INTERACTIVEVOICE, NULL) == 0);
  return 0;
}

static int CallbackMode(void) {
  HLINEAPP hApp = 0;
  HLINE hLine = 0;
  HCALL hCall = 0;
  LINEINITIALIZEEXPARAMS params;
  LINECALLINFO *ci;
  char buf[4096];

  g.dwMainThread = GetCurrentThreadId();
  if (Start(LINEINITIALIZEEXOPTION_USEHIDDENWINDOW, LineCallback, &params, &hApp, &hLine))
    return 1;
  g.lRequest = lineMakeCallA(hLine, &hCall, "5550100", 0, NULL);
  REQUIRE(g.lRequest > 0);
  Sleep(100);
  CHECK(g.nCallbacks == 0); /* nothing before the thread pumps */
  REQUIRE(PumpUntilConnected());
  CHECK(g.nReplies == 1 && g.lReplyResult == 0);
  CHECK(g.hCallState == hCall);
  CHECK(g.dwStatesSeen & LINECALLSTATE_DIALING);
  CHECK(g.nOtherThread == 0);

  memset(buf, 0, sizeof(buf));
  ci = (LINECALLINFO *)buf;
  ci->dwTotalSize = sizeof(buf);
  CHECK(lineGetCallInfoA(hCall, ci) == 0);
  CHECK(ci->hLine == hLine);
  CHECK(ci->dwCallID != 0);
  CHECK(ci->dwUsedSize >= sizeof(LINECALLINFO));

  CHECK(lineDrop(hCall, NULL, 0) > 0);
  CHECK(lineDeallocateCall(hCall) == 0);
  CHECK(lineClose(hLine) == 0);
  /* The application's hidden message-only window goes with lineShutdown. */
  CHECK(FindWindowExA(HWND_MESSAGE, NULL, TAPI_WINDOW_CLASS, NULL) != NULL);
  CHECK(lineShutdown(hApp) == 0);
  CHECK(FindWindowExA(HWND_MESSAGE, NULL, TAPI_WINDOW_CLASS, NULL) == NULL);
  CHECK(lineShutdown(hApp) == (LONG)LINEERR_INVALAPPHANDLE);
  printf("smoke_callback: callback mode: reply %ld, states 0x%lx, %ld callbacks\n",
         (long)g.lReplyResult, (unsigned long)g.dwStatesSeen, (long)g.nCallbacks);
  return g_failed;
}

static int EventMode(void) {
  HLINEAPP hApp = 0;
  HLINE hLine = 0;
  HCALL hCall = 0;
  LINEINITIALIZEEXPARAMS params;
  LINEMESSAGE msg;
  LONG lReq;

  if (Start(LINEINITIALIZEEXOPTION_USEEVENT, NULL, &params, &hApp, &hLine)) return 1;
  REQUIRE(params.Handles.hEvent != NULL);
  CHECK(WaitForSingleObject(params.Handles.hEvent, 0) == WAIT_TIMEOUT);
  lReq = lineMakeCallA(hLine, &hCall, "5550100", 0, NULL);
  REQUIRE(lReq > 0);
  CHECK(WaitForSingleObject(params.Handles.hEvent, 2000) == WAIT_OBJECT_0);
  memset(&msg, 0, sizeof(msg));
  CHECK(lineGetMessage(hApp, &msg, 0) == 0);
  CHECK(msg.dwMessageID == LINE_REPLY && (LONG)msg.dwParam1 == lReq && msg.dwParam2 == 0);
  CHECK(lineShutdown(hApp) == 0);
  /* No application left: the library is uninitialized, as on Windows. */
  CHECK(lineGetMessage(hApp, &msg, 0) == (LONG)LINEERR_UNINITIALIZED);
  return g_failed;
}

int main(void) {
  if (CallbackMode() == 0) EventMode();
  if (g_failed) return 1;
  printf("smoke_callback: OK\n");
  return 0;
}
