/* scenario_probe.c: watches both lines of the simulated network for a while and prints
 * what happens, one line per event, for tests/tapi_run.rs:
 *   call ID new LINE from NUMBER|- NAME|- to NUMBER      (its first sight of a call)
 *   call ID STATE[/mode]                                 (each LINE_CALLSTATE)
 *   line N closed                                        (LINE_CLOSE)
 * Usage: scenario_probe MILLISECONDS [NUMBER...]: it dials each NUMBER from line 0 at
 * the start. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tapi.h"

static HLINEAPP app;
static HLINE lines[2];

static const char *state(DWORD s) {
  switch (s) {
    case LINECALLSTATE_IDLE: return "IDLE";
    case LINECALLSTATE_OFFERING: return "OFFERING";
    case LINECALLSTATE_DIALING: return "DIALING";
    case LINECALLSTATE_PROCEEDING: return "PROCEEDING";
    case LINECALLSTATE_RINGBACK: return "RINGBACK";
    case LINECALLSTATE_BUSY: return "BUSY";
    case LINECALLSTATE_CONNECTED: return "CONNECTED";
    case LINECALLSTATE_DISCONNECTED: return "DISCONNECTED";
    default: return "OTHER";
  }
}

static const char *field(LINECALLINFO *ci, DWORD size, DWORD offset) {
  return size ? (const char *)ci + offset : "-";
}

static DWORD call_id(HCALL h, int announce) {
  char buf[2048];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  memset(buf, 0, sizeof buf);
  ci->dwTotalSize = sizeof buf;
  if (lineGetCallInfoA(h, ci) != 0) return 0;
  if (announce)
    printf("call %u new line %u from %s %s to %s\n", (unsigned)ci->dwCallID,
           (unsigned)ci->dwLineDeviceID, field(ci, ci->dwCallerIDSize, ci->dwCallerIDOffset),
           field(ci, ci->dwCallerIDNameSize, ci->dwCallerIDNameOffset),
           field(ci, ci->dwCalledIDSize, ci->dwCalledIDOffset));
  return ci->dwCallID;
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  DWORD n, ver = 0x00020002;
  LINEINITIALIZEEXPARAMS p;
  LINEMESSAGE m;
  double end;
  int i;
  if (argc < 2) return 2;
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  if (lineInitializeExA(&app, NULL, NULL, "Probe", &n, &ver, &p) != 0) return 10;
  end = now_ms() + atoi(argv[1]);
  for (i = 0; i < 2; i++)
    if (lineOpenA(app, (DWORD)i, &lines[i], 0x00020002, 0, 0, LINECALLPRIVILEGE_MONITOR, 0,
                  NULL) != 0)
      return 11;
  for (i = 2; i < argc; i++) {
    HCALL h = 0;
    if (lineMakeCallA(lines[0], &h, argv[i], 0, NULL) <= 0) return 12;
    call_id(h, 1);
  }
  while (now_ms() < end) {
    if (lineGetMessage(app, &m, 20) != 0) continue;
    if (m.dwMessageID == LINE_APPNEWCALL) {
      call_id((HCALL)m.dwParam2, 1);
    } else if (m.dwMessageID == LINE_CALLSTATE) {
      DWORD id = call_id(m.hDevice, 0);
      if (m.dwParam1 == LINECALLSTATE_BUSY || m.dwParam1 == LINECALLSTATE_DISCONNECTED)
        printf("call %u %s/%u\n", (unsigned)id, state((DWORD)m.dwParam1), (unsigned)m.dwParam2);
      else
        printf("call %u %s\n", (unsigned)id, state((DWORD)m.dwParam1));
      if (m.dwParam1 == LINECALLSTATE_IDLE) lineDeallocateCall(m.hDevice);
    } else if (m.dwMessageID == LINE_CLOSE) {
      printf("line %d closed\n", m.hDevice == lines[0] ? 0 : 1);
    }
    fflush(stdout);
  }
  lineShutdown(app);
  return 0;
}
