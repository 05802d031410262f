/* atexit_cleanup.c: registers its cleanup with atexit before its first TAPI call, as
 * programs do; the cleanup drops and deallocates the call it left connected and shuts
 * down. For tests/tapi_run.rs: the doctor's leak check must run after it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tapi.h"

static HLINEAPP app;
static HCALL call;

static void cleanup(void) {
  LONG drop = lineDrop(call, NULL, 0);
  LONG dealloc = lineDeallocateCall(call);
  LONG shut = lineShutdown(app);
  printf("atexit_cleanup: cleanup %ld %ld %ld\n", (long)(drop < 0 ? drop : 0),
         (long)dealloc, (long)shut);
}

int main(void) {
  HLINE line;
  DWORD n, ver = 0x00020002;
  LINEINITIALIZEEXPARAMS p;
  LINEMESSAGE m;
  atexit(cleanup);
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  if (lineInitializeExA(&app, NULL, NULL, "Atexit", &n, &ver, &p) != 0 ||
      lineOpenA(app, 0, &line, 0x00020002, 0, 0, LINECALLPRIVILEGE_NONE, 0, NULL) != 0 ||
      lineMakeCallA(line, &call, "5550100", 0, NULL) < 0) {
    printf("atexit_cleanup: setup failed\n");
    return 1;
  }
  while (lineGetMessage(app, &m, 0) == 0) {
  }
  printf("atexit_cleanup: exiting with call 0x%08lx\n", (unsigned long)call);
  return 0;
}
