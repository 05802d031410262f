/* R1 (incoming, owners and monitors): an application learns of a new call handle
 * through LINE_APPNEWCALL (hDevice = its hLine, dwParam1 = address ID, dwParam2 = the
 * new hCall, dwParam3 = LINECALLPRIVILEGE_OWNER or _MONITOR), followed by LINE_CALLSTATE
 * (hDevice = that hCall, dwParam1 = OFFERING, dwParam3 = the same privilege). Every
 * application with the call's line open gets its own handle, and the handles of
 * different applications for one call differ. An outgoing call of application A is
 * announced the same way to application B, which monitors the line. Messages carry
 * each line's own dwCallbackInstance. Two applications live in one process here. */
#include "common.h"

#define INST_A ((DWORD_PTR)UINT64_C(0xAAAA0000AAAA0001))
#define INST_B ((DWORD_PTR)UINT64_C(0xBBBB0000BBBB0002))
#define INST_C ((DWORD_PTR)0xC3)
#define INST_D ((DWORD_PTR)0xD4)

typedef struct {
  LINEMESSAGE m[32];
  int n;
} log_t;

/* Takes messages until a LINE_CALLSTATE with state `last`. */
static int collect(HLINEAPP app, log_t *log, DWORD last) {
  log->n = 0;
  while (log->n < 32) {
    LINEMESSAGE *m = &log->m[log->n];
    if (lineGetMessage(app, m, T_TIMEOUT_MS) != 0) return 0;
    log->n++;
    if (m->dwMessageID == LINE_CALLSTATE && m->dwParam1 == last) return 1;
  }
  return 0;
}

/* Checks one application's announcement of a new call: exactly one LINE_APPNEWCALL,
 * then a first LINE_CALLSTATE `first_state` for the handle it named. Returns the hCall. */
static HCALL check_new_call(const log_t *log, HLINE line, DWORD_PTR inst, DWORD privilege,
                            DWORD first_state) {
  int newcalls = 0, appnew_at = -1, state_at = -1;
  HCALL h = 0;
  for (int i = 0; i < log->n; i++) {
    const LINEMESSAGE *m = &log->m[i];
    CHECK_EQ(m->dwCallbackInstance, inst);
    if (m->dwMessageID == LINE_APPNEWCALL) {
      newcalls++;
      appnew_at = i;
      CHECK_EQ(m->hDevice, line);
      CHECK_EQ(m->dwParam1, 0); /* address ID */
      CHECK(m->dwParam2 != 0);
      CHECK_EQ(m->dwParam3, privilege);
      h = (HCALL)m->dwParam2;
    } else if (m->dwMessageID == LINE_CALLSTATE && state_at < 0) {
      state_at = i;
      CHECK_EQ(m->dwParam1, first_state);
      CHECK_EQ(m->dwParam3, privilege);
    }
  }
  CHECK_EQ(newcalls, 1);
  CHECK(appnew_at >= 0 && state_at > appnew_at);
  if (state_at >= 0) CHECK_EQ(log->m[state_at].hDevice, h);
  return h;
}

int main(void) {
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  log_t log;
  HLINE la, lb;
  HLINEAPP a = t_app_with_line("r01-owner", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, INST_A, &la);
  HLINEAPP b = t_app_with_line("r01-monitor", 0, 0x00030001,
                               LINECALLPRIVILEGE_MONITOR, INST_B, &lb);

  /* 1. An incoming call: A owns it, B monitors it. */
  DWORD id = 0;
  CHECK_RC(tapisimOfferCall(0, 0, "5551234", "Alice", 0, &id), 0);
  CHECK(id != 0);
  REQUIRE(collect(a, &log, LINECALLSTATE_OFFERING));
  HCALL ha = check_new_call(&log, la, INST_A, LINECALLPRIVILEGE_OWNER, LINECALLSTATE_OFFERING);
  REQUIRE(collect(b, &log, LINECALLSTATE_OFFERING));
  HCALL hb =
      check_new_call(&log, lb, INST_B, LINECALLPRIVILEGE_MONITOR, LINECALLSTATE_OFFERING);
  CHECK(ha != 0 && hb != 0 && ha != hb);
  CHECK_EQ(t_privilege(ha), LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(t_privilege(hb), LINECALLPRIVILEGE_MONITOR);
  CHECK_RC(t_info(ha, buf, sizeof buf), 0);
  CHECK_EQ(ci->hLine, la);
  CHECK_EQ(ci->dwCallID, id);
  CHECK_EQ(ci->dwNumOwners, 1);
  CHECK_EQ(ci->dwNumMonitors, 1);
  CHECK_RC(t_info(hb, buf, sizeof buf), 0);
  CHECK_EQ(ci->hLine, lb);
  CHECK_EQ(ci->dwCallID, id);
  CHECK_EQ(ci->dwNumOwners, 1);
  CHECK_EQ(ci->dwNumMonitors, 1);

  /* 2. An outgoing call of A is announced to B, as a monitor, with B's own handle. */
  HCALL oa = t_make_call(a, la, "5550100");
  REQUIRE(collect(b, &log, LINECALLSTATE_CONNECTED));
  HCALL ob =
      check_new_call(&log, lb, INST_B, LINECALLPRIVILEGE_MONITOR, LINECALLSTATE_DIALING);
  CHECK(ob != 0 && ob != oa && ob != ha && ob != hb);
  CHECK_EQ(t_privilege(oa), LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(t_privilege(ob), LINECALLPRIVILEGE_MONITOR);
  CHECK_RC(t_info(oa, buf, sizeof buf), 0);
  DWORD oid = ci->dwCallID;
  CHECK(oid != id);
  CHECK_RC(t_info(ob, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, oid);
  CHECK_EQ(ci->hLine, lb);
  CHECK_EQ(ci->dwOrigin, LINECALLORIGIN_OUTBOUND);
  CHECK_EQ(ci->dwNumOwners, 1);
  CHECK_EQ(ci->dwNumMonitors, 1);

  /* 3. Two applications with owner privilege on one line: each gets its own handle;
   * the first opener (lineOpen order, per README) owns, the other monitors. */
  HLINEAPP c = t_init_event("r01-owner-1");
  HLINEAPP d = t_init_event("r01-owner-2");
  HLINE lc = t_open(c, 1, 0x00020000, LINECALLPRIVILEGE_OWNER, INST_C);
  HLINE ld = t_open(d, 1, 0x00020001, LINECALLPRIVILEGE_OWNER | LINECALLPRIVILEGE_MONITOR,
                    INST_D);
  DWORD id2 = 0;
  CHECK_RC(tapisimOfferCall(1, 0, "5559876", NULL, 0, &id2), 0);
  REQUIRE(collect(c, &log, LINECALLSTATE_OFFERING));
  HCALL hc = check_new_call(&log, lc, INST_C, LINECALLPRIVILEGE_OWNER, LINECALLSTATE_OFFERING);
  REQUIRE(collect(d, &log, LINECALLSTATE_OFFERING));
  HCALL hd =
      check_new_call(&log, ld, INST_D, LINECALLPRIVILEGE_MONITOR, LINECALLSTATE_OFFERING);
  CHECK(hc != 0 && hd != 0 && hc != hd);
  CHECK_RC(t_info(hd, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, id2);
  CHECK_EQ(ci->dwNumOwners, 1);
  CHECK_EQ(ci->dwNumMonitors, 1);
  /* Applications on device 0 heard nothing of device 1's call. */
  LINEMESSAGE m;
  t_drain(a);
  CHECK_RC(lineGetMessage(b, &m, 0), LINEERR_OPERATIONFAILED);

  CHECK_RC(lineShutdown(d), 0);
  CHECK_RC(lineShutdown(c), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
