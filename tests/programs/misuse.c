/* misuse.c: a TAPI program with exactly three handle mistakes, for tests/tapi_run.rs.
 *
 * 1. It drops a call and never deallocates its handle (a leak, found at lineShutdown).
 * 2. It reads a call handle it has already deallocated.
 * 3. It reads a call handle of a line it has closed.
 * Otherwise it does everything right: every call it reads is IDLE before its line
 * closes or the application shuts down. */
#include <stdio.h>
#include <string.h>

#include "tapi.h"

static HLINEAPP app;

static int wait_reply(LONG req) {
  LINEMESSAGE m;
  while (lineGetMessage(app, &m, 2000) == 0)
    if (m.dwMessageID == LINE_REPLY && m.dwParam1 == (DWORD_PTR)req) return m.dwParam2 == 0;
  return 0;
}

static HCALL call(HLINE line, const char *number) {
  HCALL h = 0;
  LONG req = lineMakeCallA(line, &h, number, 0, NULL);
  if (req <= 0 || !wait_reply(req)) return 0;
  return h;
}

int main(void) {
  DWORD n, ver = 0x00020002;
  HLINE line0, line1;
  HCALL leaked, deallocated, closed;
  LINEINITIALIZEEXPARAMS p;
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;

  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  if (lineInitializeExA(&app, NULL, NULL, "Misuse Test", &n, &ver, &p) != 0) return 10;
  if (lineOpenA(app, 0, &line0, 0x00020002, 0, 0, LINECALLPRIVILEGE_NONE, 0, NULL) != 0) return 11;
  if (lineOpenA(app, 1, &line1, 0x00020002, 0, 0, LINECALLPRIVILEGE_NONE, 0, NULL) != 0) return 12;
  leaked = call(line0, "5550001");
  deallocated = call(line0, "5550002");
  closed = call(line1, "5550003");
  if (!leaked || !deallocated || !closed) return 13;

  wait_reply(lineDrop(leaked, NULL, 0)); /* mistake 1: never deallocated */

  wait_reply(lineDrop(deallocated, NULL, 0));
  lineDeallocateCall(deallocated);
  ci->dwTotalSize = sizeof buf;
  lineGetCallInfo(deallocated, ci); /* mistake 2 */

  wait_reply(lineDrop(closed, NULL, 0));
  lineClose(line1);
  ci->dwTotalSize = sizeof buf;
  lineGetCallInfo(closed, ci); /* mistake 3 */

  lineShutdown(app); /* closes line 0, with the leaked handle on it */
  printf("misuse: done\n");
  return 0;
}
