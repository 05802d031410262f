/* timeline.c: a TAPI program for tests/html.rs, whose timeline page has one of each
 * thing the page draws. It prints its handles ("name=0x........") for the test.
 *
 * - answered: an incoming call it answers, drops and deallocates, then reads again (a
 *   use after the handle died);
 * - closed: an outgoing call, connected, whose line it closes under it (a line closed
 *   under owned calls);
 * - held: an outgoing call on the first line, connected and never deallocated, the line
 *   never closed and the application never shut down (held at exit);
 * - phone: the scenario's phone, opened and closed. */
#include <stdio.h>

#include "tapi.h"

static HLINEAPP app;

/* Waits for LINE_REPLY to `req` (success) or for `call` to reach `state`; 0 on time out. */
static int wait_for(LONG req, HCALL *call, DWORD state) {
  LINEMESSAGE m;
  while (lineGetMessage(app, &m, 3000) == 0) {
    if (req && m.dwMessageID == LINE_REPLY && m.dwParam1 == (DWORD_PTR)req)
      return m.dwParam2 == 0;
    if (!req && m.dwMessageID == LINE_CALLSTATE && m.dwParam1 == state &&
        (*call == 0 || (HCALL)m.hDevice == *call)) {
      *call = (HCALL)m.hDevice;
      return 1;
    }
  }
  return 0;
}

static HCALL dial(HLINE line, const char *number) {
  HCALL h = 0;
  LONG req = lineMakeCallA(line, &h, number, 0, NULL);
  if (req <= 0 || !wait_for(req, NULL, 0) || !wait_for(0, &h, LINECALLSTATE_CONNECTED)) return 0;
  return h;
}

int main(void) {
  DWORD n, ver = 0x00020002;
  HLINE line0, line1;
  HCALL answered = 0, closed, held;
  HPHONEAPP papp;
  HPHONE phone;
  PHONEINITIALIZEEXPARAMS pp = {sizeof pp, 0, 0, PHONEINITIALIZEEXOPTION_USEEVENT, {0}, 0};
  /* dwTotalSize, dwNeededSize, dwUsedSize, dwOptions */
  LINEINITIALIZEEXPARAMS p = {sizeof p, 0, 0, LINEINITIALIZEEXOPTION_USEEVENT, {0}, 0};
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;

  if (lineInitializeExA(&app, NULL, NULL, "Timeline Test", &n, &ver, &p) != 0 ||
      lineOpenA(app, 0, &line0, 0x00020002, 0, 0, LINECALLPRIVILEGE_OWNER, LINEMEDIAMODE_INTERACTIVEVOICE,
                NULL) != 0 ||
      lineOpenA(app, 1, &line1, 0x00020002, 0, 0, LINECALLPRIVILEGE_NONE, 0, NULL) != 0)
    return 10;

  /* The scenario's incoming call on line 0. */
  if (!wait_for(0, &answered, LINECALLSTATE_OFFERING)) return 13;
  if (!wait_for(lineAnswer(answered, NULL, 0), NULL, 0)) return 14;
  if (!wait_for(0, &answered, LINECALLSTATE_CONNECTED)) return 15;
  if (!wait_for(lineDrop(answered, NULL, 0), NULL, 0)) return 16;
  lineDeallocateCall(answered);
  ci->dwTotalSize = sizeof buf;
  if (lineGetCallInfoA(answered, ci) != (LONG)LINEERR_INVALCALLHANDLE) return 17; /* used after death */

  closed = dial(line1, "5550100");
  held = dial(line0, "5550100");
  if (!closed || !held) return 18;
  lineClose(line1); /* under the owned, connected call `closed` */

  if (phoneInitializeExA(&papp, NULL, NULL, "Timeline Test", &n, &ver, &pp) != 0 ||
      phoneOpen(papp, 0, &phone, 0x00020002, 0, 0, PHONEPRIVILEGE_OWNER) != 0 ||
      phoneClose(phone) != 0 || phoneShutdown(papp) != 0)
    return 19;

  printf("line0=0x%08x line1=0x%08x answered=0x%08x closed=0x%08x held=0x%08x phone=0x%08x\n",
         (unsigned)line0, (unsigned)line1, (unsigned)answered, (unsigned)closed, (unsigned)held,
         (unsigned)phone);
  return 0; /* line0, held and the application are still held at exit */
}
