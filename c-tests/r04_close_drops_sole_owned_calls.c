/* R4 lineClose revokes the app's ownership of the calls on the line: a call the closing
 * app solely owned is dropped (LINEDEVCAPFLAGS_CLOSEDROP): another app's monitor handle
 * gets LINE_CALLSTATE IDLE and reads dwNumOwners 0 and state IDLE, and stays valid; a
 * call another app also owns (made owner with lineSetCallPrivilege) is not dropped: it
 * stays CONNECTED, dwNumOwners drops by one (LINE_CALLINFO NUMOWNERDECR) and the other
 * owner can still drop it. Outgoing and incoming calls, at API 2.2 and 3.0. */
#include "common.h"

/* How many LINE_CALLSTATE messages for h (state `state`, or any state if ~0). */
static int count_callstate(const t_queue_t *q, HCALL h, DWORD state, DWORD_PTR instance) {
  int n = 0;
  for (int i = 0; i < q->n; i++)
    if (q->m[i].dwMessageID == LINE_CALLSTATE && q->m[i].hDevice == h &&
        (state == 0xFFFFFFFF || q->m[i].dwParam1 == state)) {
      CHECK_EQ(q->m[i].dwCallbackInstance, instance);
      n++;
    }
  return n;
}

static int has_callinfo(const t_queue_t *q, HCALL h, DWORD bits) {
  for (int i = 0; i < q->n; i++)
    if (q->m[i].dwMessageID == LINE_CALLINFO && q->m[i].hDevice == h &&
        (q->m[i].dwParam1 & bits) == bits)
      return 1;
  return 0;
}

typedef struct {
  DWORD state, privilege, owners, monitors, call_id;
  HLINE line;
} view_t;

static view_t view(HCALL h) {
  char buf[2048];
  view_t v;
  memset(&v, 0, sizeof v);
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  REQUIRE_RC(t_info(h, buf, sizeof buf), 0);
  v.owners = ci->dwNumOwners;
  v.monitors = ci->dwNumMonitors;
  v.call_id = ci->dwCallID;
  v.line = ci->hLine;
  v.state = t_status_of(h, &v.privilege);
  REQUIRE(v.state != 0);
  return v;
}

enum { OUT_ACTIVE, IN_OFFERING, IN_CONNECTED, OUT_IDLE, NCALLS };

/* Makes the four kinds of call on `la` (owner app a) and returns a's and m's handles. */
static void make_calls(HLINEAPP a, HLINE la, HLINEAPP m, HLINE lm, HCALL *ha, HCALL *hm) {
  t_queue_t q;
  for (int i = 0; i < NCALLS; i++) {
    if (i == OUT_ACTIVE || i == OUT_IDLE) {
      HCALL c = 0;
      LONG req = lineMakeCall(la, &c, "5551000", 0, NULL);
      REQUIRE(req > 0 && c != 0);
      ha[i] = c;
      t_pull(a, &q);
      REQUIRE(t_replied_ok(&q, req));
    } else {
      DWORD id = 0;
      REQUIRE_RC(tapisimOfferCall(0, 0, "5559999", "Remote", 0, &id), 0);
      t_pull(a, &q);
      ha[i] = t_newcall_on(&q, la, 0);
      REQUIRE(ha[i] != 0);
    }
    t_pull(m, &q);
    hm[i] = t_newcall_on(&q, lm, 0);
    REQUIRE(hm[i] != 0);
  }
  LONG r = lineAnswer(ha[IN_CONNECTED], NULL, 0);
  REQUIRE(r > 0);
  r = lineDrop(ha[OUT_IDLE], NULL, 0);
  REQUIRE(r > 0);
  t_drain(a);
  t_drain(m);
}

static void sole_owner_round(HLINEAPP a, HLINEAPP m, HLINE lm, DWORD version,
                             DWORD_PTR inst_a, DWORD_PTR inst_m) {
  t_queue_t q;
  HCALL ha[NCALLS], hm[NCALLS];
  DWORD ids[NCALLS];
  HLINE la = t_open(a, 0, version, LINECALLPRIVILEGE_OWNER, inst_a);
  make_calls(a, la, m, lm, ha, hm);

  static const DWORD before[NCALLS] = {LINECALLSTATE_CONNECTED, LINECALLSTATE_OFFERING,
                                       LINECALLSTATE_CONNECTED, LINECALLSTATE_IDLE};
  for (int i = 0; i < NCALLS; i++) {
    view_t v = view(hm[i]);
    ids[i] = v.call_id;
    CHECK_EQ(v.state, before[i]);
    CHECK_EQ(v.privilege, LINECALLPRIVILEGE_MONITOR);
    CHECK_EQ(v.owners, 1);
    CHECK_EQ(v.monitors, 1);
    CHECK_EQ(v.line, lm);
    CHECK_EQ(view(ha[i]).call_id, ids[i]);
  }

  CHECK_RC(lineClose(la), 0);

  t_pull(m, &q);
  for (int i = 0; i < NCALLS; i++) {
    CHECK_RC(lineGetCallStatus(ha[i], &(LINECALLSTATUS){.dwTotalSize = sizeof(LINECALLSTATUS)}),
             LINEERR_INVALCALLHANDLE);
    view_t v = view(hm[i]); /* the monitor handle is still valid */
    CHECK_EQ(v.call_id, ids[i]);
    CHECK_EQ(v.state, LINECALLSTATE_IDLE);
    CHECK_EQ(v.privilege, LINECALLPRIVILEGE_MONITOR);
    CHECK_EQ(v.owners, 0);
    CHECK_EQ(v.monitors, 1);
    CHECK_EQ(v.line, lm);
    if (i == OUT_IDLE) {
      /* Already IDLE: nothing to drop, no new state. */
      CHECK_EQ(count_callstate(&q, hm[i], 0xFFFFFFFF, inst_m), 0);
    } else {
      /* Dropped: exactly one LINE_CALLSTATE, IDLE, on m's handle. */
      CHECK_EQ(count_callstate(&q, hm[i], LINECALLSTATE_IDLE, inst_m), 1);
      CHECK_EQ(count_callstate(&q, hm[i], 0xFFFFFFFF, inst_m), 1);
    }
  }
  for (int i = 0; i < q.n; i++) CHECK(q.m[i].dwMessageID != LINE_CLOSE);
  for (int i = 0; i < NCALLS; i++) CHECK_RC(lineDeallocateCall(hm[i]), 0);
  /* The closing app got nothing about its closed line. */
  t_pull(a, &q);
  CHECK_EQ(q.n, 0);
}

static void shared_owner_round(HLINEAPP a, HLINEAPP m, HLINE lm, DWORD version,
                               DWORD_PTR inst_m) {
  t_queue_t q;
  HCALL ha[NCALLS], hm[NCALLS];
  DWORD ids[NCALLS];
  HLINE la = t_open(a, 0, version, LINECALLPRIVILEGE_OWNER, 0x5A);
  make_calls(a, la, m, lm, ha, hm);
  for (int i = 0; i < NCALLS; i++) {
    CHECK_RC(lineSetCallPrivilege(hm[i], LINECALLPRIVILEGE_OWNER), 0);
    view_t v = view(hm[i]);
    ids[i] = v.call_id;
    CHECK_EQ(v.owners, 2);
    CHECK_EQ(v.monitors, 0);
    CHECK_EQ(v.privilege, LINECALLPRIVILEGE_OWNER);
  }
  t_drain(m);
  t_drain(a);

  CHECK_RC(lineClose(la), 0);

  static const DWORD states[NCALLS] = {LINECALLSTATE_CONNECTED, LINECALLSTATE_OFFERING,
                                       LINECALLSTATE_CONNECTED, LINECALLSTATE_IDLE};
  t_pull(m, &q);
  for (int i = 0; i < NCALLS; i++) {
    CHECK_RC(lineGetCallStatus(ha[i], &(LINECALLSTATUS){.dwTotalSize = sizeof(LINECALLSTATUS)}),
             LINEERR_INVALCALLHANDLE);
    view_t v = view(hm[i]);
    CHECK_EQ(v.call_id, ids[i]);
    CHECK_EQ(v.state, states[i]); /* not dropped */
    CHECK_EQ(v.owners, 1);
    CHECK_EQ(v.monitors, 0);
    CHECK_EQ(v.privilege, LINECALLPRIVILEGE_OWNER);
    CHECK_EQ(count_callstate(&q, hm[i], 0xFFFFFFFF, inst_m), 0);
    CHECK(has_callinfo(&q, hm[i], LINECALLINFOSTATE_NUMOWNERDECR));
  }
  /* The remaining owner still owns them: it can drop the active ones. */
  for (int i = 0; i < NCALLS; i++) {
    if (states[i] == LINECALLSTATE_IDLE) continue;
    LONG req = lineDrop(hm[i], NULL, 0);
    CHECK(req > 0);
    t_pull(m, &q);
    CHECK(t_replied_ok(&q, req));
    CHECK_EQ(count_callstate(&q, hm[i], LINECALLSTATE_IDLE, inst_m), 1);
    CHECK_EQ(view(hm[i]).state, LINECALLSTATE_IDLE);
  }
  for (int i = 0; i < NCALLS; i++) CHECK_RC(lineDeallocateCall(hm[i]), 0);
  t_pull(a, &q);
  CHECK_EQ(q.n, 0);
}

int main(void) {
  HLINEAPP a = t_init_event("r04-closer");
  HLINEAPP m = t_init_event("r04-monitor");
  HLINE lm = t_open(m, 0, 0x00030000, LINECALLPRIVILEGE_MONITOR, 0x4D);

  sole_owner_round(a, m, lm, 0x00020002, 0xA1, 0x4D);
  sole_owner_round(a, m, lm, 0x00030000, 0xA2, 0x4D);
  shared_owner_round(a, m, lm, 0x00020002, 0x4D);
  shared_owner_round(a, m, lm, 0x00030001, 0x4D);

  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineShutdown(m), 0);
  TEST_DONE();
}
