/* R1 (outgoing, event mode): lineMakeCall returns a positive request ID; the library
 * writes the new HCALL into *lphCall when the request completes, before LINE_REPLY is
 * delivered; LINE_REPLY has dwParam1 = the request ID and dwParam2 = 0 (success) and
 * comes before the call's first LINE_CALLSTATE. The simulated far end then takes the
 * call through DIALING, PROCEEDING, RINGBACK and CONNECTED (README), or waits in
 * RINGBACK with tapisimSetAutoAnswer(FALSE) until tapisimRemoteAnswer. Messages carry
 * the dwCallbackInstance given to lineOpen, all pointer-size bits of it (tapi.h: it is
 * "returned in every message about this line and its calls", LINE_REPLY included). */
#include "common.h"

#define INST ((DWORD_PTR)UINT64_C(0x0123456789ABCDEF))

typedef struct {
  LINEMESSAGE m[64];
  int n;
  int reply_at;        /* index of the LINE_REPLY, or -1 */
  HCALL hcall_at_reply; /* *lphCall when the LINE_REPLY was taken */
} log_t;

/* Takes messages until a LINE_CALLSTATE with state `last` (or a timeout); records the
 * caller's HCALL variable at the moment the LINE_REPLY arrives. */
static int collect(HLINEAPP app, log_t *log, const HCALL *lph, DWORD last) {
  log->n = 0;
  log->reply_at = -1;
  log->hcall_at_reply = 0;
  while (log->n < 64) {
    LINEMESSAGE *m = &log->m[log->n];
    if (lineGetMessage(app, m, T_TIMEOUT_MS) != 0) return 0;
    if (m->dwMessageID == LINE_REPLY && log->reply_at < 0) {
      log->reply_at = log->n;
      log->hcall_at_reply = *lph;
    }
    log->n++;
    if (m->dwMessageID == LINE_CALLSTATE && m->dwParam1 == last) return 1;
  }
  return 0;
}

/* Checks the log of one lineMakeCall: its LINE_REPLY, then `nstates` call states. */
static void check_log(const log_t *log, LONG req, HCALL call, const DWORD *states,
                      int nstates) {
  CHECK(log->reply_at >= 0);
  if (log->reply_at < 0) return;
  const LINEMESSAGE *r = &log->m[log->reply_at];
  CHECK_EQ(r->dwParam1, (DWORD)req);
  CHECK_EQ(r->dwParam2, 0);
  CHECK_EQ(r->dwCallbackInstance, INST);
  CHECK(log->hcall_at_reply != 0);
  CHECK_EQ(log->hcall_at_reply, call);
  int replies = 0, seen = 0;
  for (int i = 0; i < log->n; i++) {
    const LINEMESSAGE *m = &log->m[i];
    if (m->dwMessageID == LINE_REPLY) replies++;
    if (m->dwMessageID != LINE_CALLSTATE) continue;
    CHECK(i > log->reply_at); /* LINE_REPLY comes first */
    CHECK_EQ(m->hDevice, call);
    CHECK_EQ(m->dwCallbackInstance, INST);
    if (seen < nstates) CHECK_EQ(m->dwParam1, states[seen]);
    if (seen > 0) CHECK_EQ(m->dwParam3, 0); /* no privilege change after the first */
    seen++;
  }
  CHECK_EQ(replies, 1);
  CHECK_EQ(seen, nstates);
}

int main(void) {
  static const DWORD full[] = {LINECALLSTATE_DIALING, LINECALLSTATE_PROCEEDING,
                               LINECALLSTATE_RINGBACK, LINECALLSTATE_CONNECTED};
  char buf[1024];
  log_t log;
  HLINEAPP app = t_init_event("r01-makecall");
  HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, INST);

  /* 1. A call that the far end answers at once. */
  HCALL c1 = 0;
  LONG r1 = lineMakeCall(line, &c1, "5550100", 0, NULL);
  CHECK(r1 > 0);
  REQUIRE(collect(app, &log, &c1, LINECALLSTATE_CONNECTED));
  CHECK(c1 != 0);
  check_log(&log, r1, c1, full, 4);
  CHECK_EQ(t_state(c1), LINECALLSTATE_CONNECTED);
  LINECALLSTATUS st;
  CHECK_RC(t_status(c1, &st), 0);
  CHECK_EQ(st.dwCallPrivilege, LINECALLPRIVILEGE_OWNER);
  CHECK_RC(t_info(c1, buf, sizeof buf), 0);
  CHECK_EQ(((LINECALLINFO *)buf)->hLine, line);
  CHECK_EQ(((LINECALLINFO *)buf)->dwOrigin, LINECALLORIGIN_OUTBOUND);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNumOwners, 1);
  CHECK_EQ(((LINECALLINFO *)buf)->dwNumMonitors, 0);

  /* 2. A second call, through the W entry point: a new request ID, a new handle. */
  const WCHAR wdest[] = {'5', '5', '5', '0', '1', '0', '1', 0};
  HCALL c2 = 0;
  LONG r2 = lineMakeCallW(line, &c2, wdest, 0, NULL);
  CHECK(r2 > 0);
  CHECK(r2 != r1);
  REQUIRE(collect(app, &log, &c2, LINECALLSTATE_CONNECTED));
  check_log(&log, r2, c2, full, 4);
  CHECK(c2 != 0 && c2 != c1);

  /* 3. Auto-answer off: the call waits in RINGBACK until the far end answers. */
  CHECK_RC(tapisimSetAutoAnswer(FALSE), 0);
  HCALL c3 = 0;
  LONG r3 = lineMakeCallA(line, &c3, "5550102", 0, NULL);
  CHECK(r3 > 0);
  CHECK(r3 != r1 && r3 != r2);
  REQUIRE(collect(app, &log, &c3, LINECALLSTATE_RINGBACK));
  check_log(&log, r3, c3, full, 3);
  LINEMESSAGE m;
  CHECK_RC(lineGetMessage(app, &m, 100), LINEERR_OPERATIONFAILED);
  CHECK_EQ(t_state(c3), LINECALLSTATE_RINGBACK);
  CHECK_RC(t_info(c3, buf, sizeof buf), 0);
  DWORD id3 = ((LINECALLINFO *)buf)->dwCallID;
  CHECK_RC(tapisimRemoteAnswer(id3), 0);
  REQUIRE(lineGetMessage(app, &m, T_TIMEOUT_MS) == 0);
  CHECK_EQ(m.dwMessageID, LINE_CALLSTATE);
  CHECK_EQ(m.hDevice, c3);
  CHECK_EQ(m.dwParam1, LINECALLSTATE_CONNECTED);
  CHECK_EQ(m.dwParam3, 0);
  CHECK_EQ(m.dwCallbackInstance, INST);
  CHECK_EQ(t_state(c3), LINECALLSTATE_CONNECTED);
  CHECK_RC(tapisimRemoteAnswer(id3), LINEERR_INVALCALLSTATE);
  CHECK_RC(tapisimSetAutoAnswer(TRUE), 0);

  /* Different calls have different dwCallIDs. */
  CHECK_RC(t_info(c1, buf, sizeof buf), 0);
  CHECK(((LINECALLINFO *)buf)->dwCallID != id3);

  CHECK_RC(lineDeallocateCall(c1), 0);
  CHECK_RC(lineDeallocateCall(c2), 0);
  CHECK_RC(lineDeallocateCall(c3), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
