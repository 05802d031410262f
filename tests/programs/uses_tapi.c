/* uses_tapi.c: a small TAPI client, for tests/tapi_run.rs. It makes a call, reads it,
 * hangs up, deallocates, and exits 0; it exits 1 if any TAPI call fails (as it does
 * against the stub library every call of which fails). If TAPI32_MARKER names a file,
 * it creates it first (to show whether it ran at all); if TAPI32_CHDIR names a
 * directory, it changes into it before its first TAPI call. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tapi.h"

#define TRY(expr)                                                              \
  do {                                                                         \
    LONG r_ = (expr);                                                          \
    if (r_ < 0) {                                                              \
      printf("uses_tapi: %s failed: 0x%08x\n", #expr, (unsigned)r_);           \
      return 1;                                                                \
    }                                                                          \
  } while (0)

int main(void) {
  HLINEAPP app;
  HLINE line;
  HCALL h = 0;
  DWORD n, ver = 0x00020002;
  LINEINITIALIZEEXPARAMS p;
  LINEMESSAGE m;
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  const char *marker = getenv("TAPI32_MARKER");
  if (marker) {
    FILE *f = fopen(marker, "w");
    if (f) fclose(f);
  }
  if (getenv("TAPI32_CHDIR") && chdir(getenv("TAPI32_CHDIR")) != 0) {
    printf("uses_tapi: cannot change directory\n");
    return 1;
  }
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  TRY(lineInitializeExA(&app, NULL, NULL, "Uses TAPI", &n, &ver, &p));
  TRY(lineOpenA(app, 0, &line, 0x00020002, 0, 0, LINECALLPRIVILEGE_NONE, 0, NULL));
  TRY(lineMakeCallA(line, &h, "5550100", 0, NULL));
  while (lineGetMessage(app, &m, 0) == 0) {
  }
  ci->dwTotalSize = sizeof buf;
  TRY(lineGetCallInfoA(h, ci));
  TRY(lineDrop(h, NULL, 0));
  TRY(lineDeallocateCall(h));
  TRY(lineShutdown(app));
  printf("uses_tapi: ok, called %s\n", buf + ci->dwCalledIDOffset);
  return 0;
}
