/* R4 lineClose: success (0) makes the line handle and every call handle the app holds
 * on that line invalid at once, for outgoing and incoming calls, active and IDLE ones:
 * lineGetCallInfo, lineGetCallStatus, lineDrop, lineAnswer, lineSetAppSpecific,
 * lineSetCallPrivilege and lineDeallocateCall give LINEERR_INVALCALLHANDLE; lineMakeCall
 * and lineClose on the line give LINEERR_INVALLINEHANDLE (and lineMakeCall leaves
 * *lphCall alone). Handles the same app holds on its other lines (another device, and a
 * second open of the same device) stay valid. lineClose of a closed, unknown, 0, HCALL or
 * HLINEAPP handle gives LINEERR_INVALLINEHANDLE and changes nothing. No message naming a
 * handle of the closed line is delivered afterwards. */
#include "common.h"

static int has_callstate(const t_queue_t *q, HCALL h, DWORD state, DWORD_PTR instance) {
  for (int i = 0; i < q->n; i++)
    if (q->m[i].dwMessageID == LINE_CALLSTATE && q->m[i].hDevice == h &&
        q->m[i].dwParam1 == state && q->m[i].dwCallbackInstance == instance)
      return 1;
  return 0;
}

static LONG info_of(HCALL h, LINECALLINFO **out) {
  static char buf[2048];
  LONG r = t_info(h, buf, sizeof buf);
  *out = (LINECALLINFO *)buf;
  return r;
}

int main(void) {
  t_queue_t q;
  LINECALLINFO *ci;
  HLINEAPP app = t_init_event("r04-every-use");
  HLINE la = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0x11);
  /* A second open of the same device, monitor only, and a line on device 1. */
  HLINE lm = t_open(app, 0, 0x00030000, LINECALLPRIVILEGE_MONITOR, 0x12);
  HLINE lb = t_open(app, 1, 0x00030001, LINECALLPRIVILEGE_OWNER, 0x13);
  REQUIRE(la != lm && la != lb && lm != lb);

  /* Calls on la; lm gets a monitor handle to each. */
  enum { OUT_ACTIVE, OUT_IDLE, IN_OFFERING, IN_CONNECTED, IN_IDLE, NCALLS };
  HCALL ha[NCALLS], hm[NCALLS];
  DWORD ids[NCALLS];
  LONG req;

  for (int i = OUT_ACTIVE; i <= OUT_IDLE; i++) {
    HCALL c = 0;
    req = lineMakeCall(la, &c, i == OUT_ACTIVE ? "5551001" : "5551002", 0, NULL);
    REQUIRE(req > 0);
    REQUIRE(c != 0);
    t_pull(app, &q);
    REQUIRE(t_replied_ok(&q, req));
    ha[i] = c;
    hm[i] = t_newcall_on(&q, lm, 0);
    REQUIRE(hm[i] != 0);
  }
  for (int i = IN_OFFERING; i <= IN_IDLE; i++) {
    REQUIRE_RC(tapisimOfferCall(0, 0, "5552000", "Caller", 0, &ids[i]), 0);
    t_pull(app, &q);
    ha[i] = t_newcall_on(&q, la, 0);
    hm[i] = t_newcall_on(&q, lm, 0);
    REQUIRE(ha[i] != 0 && hm[i] != 0);
  }
  req = lineAnswer(ha[IN_CONNECTED], NULL, 0);
  REQUIRE(req > 0);
  req = lineDrop(ha[OUT_IDLE], NULL, 0);
  REQUIRE(req > 0);
  req = lineDrop(ha[IN_IDLE], NULL, 0);
  REQUIRE(req > 0);
  t_pull(app, &q);
  CHECK_EQ(t_state(ha[OUT_ACTIVE]), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(ha[OUT_IDLE]), LINECALLSTATE_IDLE);
  CHECK_EQ(t_state(ha[IN_OFFERING]), LINECALLSTATE_OFFERING);
  CHECK_EQ(t_state(ha[IN_CONNECTED]), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(ha[IN_IDLE]), LINECALLSTATE_IDLE);
  for (int i = 0; i < NCALLS; i++) {
    REQUIRE_RC(info_of(ha[i], &ci), 0);
    CHECK_EQ(ci->hLine, la);
    ids[i] = ci->dwCallID;
    REQUIRE_RC(info_of(hm[i], &ci), 0);
    CHECK_EQ(ci->hLine, lm);
    CHECK_EQ(ci->dwCallID, ids[i]);
  }

  /* Calls on device 1. */
  HCALL b_out = 0;
  req = lineMakeCall(lb, &b_out, "5553000", 0, NULL);
  REQUIRE(req > 0 && b_out != 0);
  DWORD b_in_id = 0;
  REQUIRE_RC(tapisimOfferCall(1, 0, "5554000", NULL, 0, &b_in_id), 0);
  t_pull(app, &q);
  HCALL b_in = t_newcall_on(&q, lb, 0);
  REQUIRE(b_in != 0);

  /* Close la. */
  CHECK_RC(lineClose(la), 0);

  /* Every call function, then lineGetCallInfo again: still invalid after every attempt. */
  for (int i = 0; i < NCALLS; i++) t_check_call_dead(ha[i]);
  t_check_line_dead(la);

  /* The same app's second open of device 0 keeps its handles; the calls la solely
   * owned and that were active were dropped: lm sees them go IDLE. */
  t_pull(app, &q);
  for (int i = 0; i < NCALLS; i++) {
    REQUIRE_RC(info_of(hm[i], &ci), 0);
    CHECK_EQ(ci->hLine, lm);
    CHECK_EQ(ci->dwCallID, ids[i]);
    CHECK_EQ(ci->dwNumOwners, 0);
    CHECK_EQ(ci->dwNumMonitors, 1);
    CHECK_EQ(t_state(hm[i]), LINECALLSTATE_IDLE);
  }
  CHECK(has_callstate(&q, hm[OUT_ACTIVE], LINECALLSTATE_IDLE, 0x12));
  CHECK(has_callstate(&q, hm[IN_OFFERING], LINECALLSTATE_IDLE, 0x12));
  CHECK(has_callstate(&q, hm[IN_CONNECTED], LINECALLSTATE_IDLE, 0x12));
  /* No delivered message names la or one of its call handles. */
  for (int i = 0; i < q.n; i++) {
    CHECK(q.m[i].hDevice != la);
    CHECK(q.m[i].dwCallbackInstance != 0x11);
    for (int j = 0; j < NCALLS; j++) {
      CHECK(q.m[i].hDevice != ha[j]);
      if (q.m[i].dwMessageID == LINE_APPNEWCALL) CHECK(q.m[i].dwParam2 != ha[j]);
    }
  }

  /* Device 1 is untouched. */
  CHECK_EQ(t_state(b_out), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(b_in), LINECALLSTATE_OFFERING);
  REQUIRE_RC(info_of(b_in, &ci), 0);
  CHECK_EQ(ci->hLine, lb);
  CHECK_EQ(ci->dwCallID, b_in_id);
  CHECK_EQ(ci->dwNumOwners, 1);
  {
    HCALL c = 0;
    req = lineMakeCall(lb, &c, "5553001", 0, NULL);
    CHECK(req > 0);
    CHECK(c != 0);
    t_pull(app, &q);
    CHECK(t_replied_ok(&q, req));
  }

  /* Bad lineClose arguments: closed (above), 0, unknown, an HCALL, an HLINEAPP. */
  CHECK_RC(lineClose(0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineClose(0x12345678), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineClose(0xFFFFFFFF), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineClose(b_in), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineClose(hm[OUT_ACTIVE]), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineClose(app), LINEERR_INVALLINEHANDLE);
  /* ... and they changed nothing. */
  CHECK_EQ(t_state(b_in), LINECALLSTATE_OFFERING);
  CHECK_RC(info_of(hm[OUT_ACTIVE], &ci), 0);
  {
    HLINE again = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0x14);
    CHECK(again != la && again != lm && again != lb);
    CHECK_RC(lineClose(again), 0);
  }

  CHECK_RC(lineClose(lm), 0);
  CHECK_RC(info_of(hm[OUT_ACTIVE], &ci), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineClose(lb), 0);
  CHECK_RC(info_of(b_in, &ci), LINEERR_INVALCALLHANDLE);
  CHECK_RC(info_of(b_out, &ci), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
