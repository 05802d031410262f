/* winprog.h: what the legacy-style programs of c-tests-win/ share. Each is written as for
 * Windows (<windows.h>, <tapi.h>, tapisim.h) and builds unchanged for Windows
 * (x86_64-w64-mingw32-gcc, run under Wine) and for Linux (cc -I include/win32 -I
 * include); tests/wine.rs checks that both print the same lines. */
#ifndef TAPI32_WINPROG_H
#define TAPI32_WINPROG_H

#include <windows.h>
#include <tapi.h>
#include <stdio.h>
#include <stdlib.h>

#include "tapisim.h"

static int g_failures;

/* A check: prints the failed condition and counts it. */
#define EXPECT(cond)                                                       \
  do {                                                                     \
    if (!(cond)) {                                                         \
      printf("FAILED line %d: %s\n", __LINE__, #cond);                     \
      g_failures++;                                                        \
    }                                                                      \
  } while (0)

/* A TAPI function that must succeed (0); prints its result otherwise. */
#define EXPECT_OK(expr)                                                    \
  do {                                                                     \
    LONG r_ = (expr);                                                      \
    if (r_ != 0) {                                                         \
      printf("FAILED line %d: %s gave %#lx\n", __LINE__, #expr,            \
             (unsigned long)(DWORD)r_);                                    \
      g_failures++;                                                        \
    }                                                                      \
  } while (0)

/* The last line, and the exit status: 0 when every check held. */
static inline int Done(void) {
  printf(g_failures ? "failed\n" : "done\n");
  fflush(stdout);
  return g_failures ? 1 : 0;
}

/* Pumps the thread's messages (GetMessage after a check with PeekMessage, for at most
 * 3 s) until *flag is set. */
static inline int PumpUntil(volatile LONG *flag) {
  MSG msg;
  DWORD start = GetTickCount();
  while (!*flag) {
    if (GetTickCount() - start > 3000) return 0;
    if (!PeekMessage(&msg, NULL, 0, 0, PM_NOREMOVE)) {
      MsgWaitForMultipleObjects(0, NULL, FALSE, 50, QS_ALLINPUT);
      continue;
    }
    if (GetMessage(&msg, NULL, 0, 0) <= 0) return 0;
    TranslateMessage(&msg);
    DispatchMessage(&msg);
  }
  return 1;
}

/* A callback application (TAPI 2.0, hidden window) owning voice calls on line 0, and a
 * call offered there; gives the application and the line in *line. */
static inline HLINEAPP OwnerWithOfferedCall(LINECALLBACK cb, const char *name, HLINE *line) {
  HLINEAPP hApp = 0;
  DWORD dwDevs = 0, dwVersion = 0x00020000, dwCallID = 0;
  LINEINITIALIZEEXPARAMS lip;

  ZeroMemory(&lip, sizeof(lip));
  lip.dwTotalSize = sizeof(lip);
  lip.dwOptions = LINEINITIALIZEEXOPTION_USEHIDDENWINDOW;
  EXPECT_OK(lineInitializeExA(&hApp, GetModuleHandle(NULL), cb, name, &dwDevs, &dwVersion, &lip));
  EXPECT_OK(lineOpenA(hApp, 0, line, dwVersion, 0, 0, LINECALLPRIVILEGE_OWNER,
                      LINEMEDIAMODE_INTERACTIVEVOICE, NULL));
  EXPECT_OK(tapisimOfferCall(0, 0, "5550100", "Caller", 0, &dwCallID));
  return hApp;
}

#endif
