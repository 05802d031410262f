/* R9, TAPI 1.x lineInitialize: messages go to the LINECALLBACK as on Windows, on the
 * thread that initialized the application, inside its message loop (the main thread
 * pumps), one at a time, in order, and the callback drives the whole call from
 * inside: on LINE_CALLSTATE OFFERING (a 1.4 line: no LINE_APPNEWCALL, the new handle and
 * its privilege come in LINE_CALLSTATE) it reads the call with the plain lineGetCallInfo
 * and answers it (LINE_REPLY arrives later, through the callback, with dwParam2 0); on
 * DISCONNECTED it drops it, on IDLE it deallocates it and shuts its application down from
 * inside the callback (the header: lineShutdown from the callback does not wait for
 * itself). No callback runs after that; a second lineShutdown gives LINEERR_INVALAPPHANDLE. */
#include <windows.h>

#include "common.h"

#undef lineGetCallInfo /* the plain (TAPI 1.x) entry point */

#define MAX_LOG 64

static struct {
  DWORD dev, id;
  DWORD_PTR inst, p1, p2, p3;
} logs[MAX_LOG];
static int nlog;
static int inflight, overlap, off_main, ncallbacks;
static DWORD main_thread;
static HLINEAPP g_app;

static HCALL call;
static LONG info_rc = -1, answer_req = -1, drop_req = -1, dealloc_rc = -1, shutdown_rc = -1;
static DWORD info_callid;
static DWORD_PTR info_line;
static int shut;

static void cb(DWORD dev, DWORD msg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2, DWORD_PTR p3) {
  if (++inflight > 1) overlap++;
  ncallbacks++;
  if (GetCurrentThreadId() != main_thread) off_main++;
  if (nlog < MAX_LOG) {
    logs[nlog].dev = dev;
    logs[nlog].id = msg;
    logs[nlog].inst = inst;
    logs[nlog].p1 = p1;
    logs[nlog].p2 = p2;
    logs[nlog].p3 = p3;
    nlog++;
  }
  if (msg == LINE_CALLSTATE && p1 == LINECALLSTATE_OFFERING && p3 == LINECALLPRIVILEGE_OWNER &&
      call == 0) {
    call = dev;
    unsigned char buf[1024];
    LINECALLINFO *ci = (LINECALLINFO *)buf;
    memset(buf, 0, sizeof buf);
    ci->dwTotalSize = sizeof buf;
    info_rc = lineGetCallInfo(dev, ci);
    info_callid = ci->dwCallID;
    info_line = ci->hLine;
    answer_req = lineAnswer(dev, NULL, 0);
  } else if (msg == LINE_CALLSTATE && dev == call && p1 == LINECALLSTATE_DISCONNECTED) {
    drop_req = lineDrop(dev, NULL, 0);
  } else if (msg == LINE_CALLSTATE && dev == call && p1 == LINECALLSTATE_IDLE) {
    dealloc_rc = lineDeallocateCall(dev);
    shutdown_rc = lineShutdown(g_app);
    shut = 1;
  }
  t_sleep_ms(1);
  inflight--;
}

static int find(int from, DWORD id, DWORD dev, DWORD_PTR p1) {
  for (int i = from; i < nlog; i++)
    if (logs[i].id == id && logs[i].dev == dev && logs[i].p1 == p1) return i;
  return -1;
}

int main(void) {
  main_thread = GetCurrentThreadId();
  DWORD num = 0;
  HLINEAPP app = t_init_1x(cb, "r09-tapi1x", &num);
  CHECK_EQ(num, 2);
  g_app = app;
  HLINE line = t_open(app, 0, 0x00010004, LINECALLPRIVILEGE_OWNER, 14);

  DWORD id = 0;
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Legacy", 0, &id), 0);
  REQUIRE_PUMP_UNTIL(answer_req > 0 && find(0, LINE_CALLSTATE, call, LINECALLSTATE_CONNECTED) >= 0);
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), 0);
  REQUIRE_PUMP_UNTIL(shut);

  int n_at_shutdown = nlog;
  CHECK(ncallbacks > 0);
  CHECK_EQ(off_main, 0);
  CHECK_EQ(overlap, 0);
  CHECK_RC(info_rc, 0);
  CHECK_EQ(info_callid, id);
  CHECK_EQ(info_line, line);
  CHECK(answer_req > 0);
  CHECK(drop_req > 0 && drop_req != answer_req);
  CHECK_RC(dealloc_rc, 0);
  CHECK_RC(shutdown_rc, 0);
  /* No LINE_APPNEWCALL on a 1.4 line; the order of everything else. */
  CHECK_EQ(find(0, LINE_APPNEWCALL, line, 0), -1);
  int o = find(0, LINE_CALLSTATE, call, LINECALLSTATE_OFFERING);
  int ra = find(0, LINE_REPLY, 0, (DWORD_PTR)answer_req);
  int c = find(0, LINE_CALLSTATE, call, LINECALLSTATE_CONNECTED);
  int d = find(0, LINE_CALLSTATE, call, LINECALLSTATE_DISCONNECTED);
  int rd = find(0, LINE_REPLY, 0, (DWORD_PTR)drop_req);
  int i = find(0, LINE_CALLSTATE, call, LINECALLSTATE_IDLE);
  CHECK_EQ(o, 0);
  CHECK(ra > o && c > o && d > c && d > ra && rd > d && i > d);
  if (o >= 0) CHECK_EQ(logs[o].inst, 14);
  if (ra >= 0) CHECK_EQ(logs[ra].p2, 0);
  if (rd >= 0) CHECK_EQ(logs[rd].p2, 0);
  if (d >= 0) CHECK_EQ(logs[d].p2, LINEDISCONNECTMODE_NORMAL);

  /* Shut down from inside its own callback: nothing more is delivered, the handle is dead. */
  CHECK_RC(tapisimOfferCall(0, 0, "5550000", "Nobody", 0, &(DWORD){0}), 0);
  t_pump_for(50);
  CHECK_EQ(nlog, n_at_shutdown);
  CHECK_EQ(ncallbacks, n_at_shutdown);
  CHECK_RC(lineShutdown(app), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineClose(line), LINEERR_UNINITIALIZED);
  TEST_DONE();
}
