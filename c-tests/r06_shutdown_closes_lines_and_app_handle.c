/* R6 lineShutdown closes every line the app has open, as lineClose does (R4): its line
 * handles and all its call handles (active and IDLE, outgoing and incoming, on every
 * device) are invalid, calls it solely owned are dropped so another app's monitor
 * handles see LINE_CALLSTATE IDLE and read dwNumOwners 0 (and stay valid), and no
 * LINE_CLOSE is sent to anyone. The app handle is invalid: lineOpen,
 * lineNegotiateAPIVersion, lineGetDevCaps and lineGetMessage with it give
 * LINEERR_INVALAPPHANDLE while another app is still initialized, and a second
 * lineShutdown gives LINEERR_INVALAPPHANDLE (so do lineShutdown of 0, of an HLINE and of
 * an HCALL, which change nothing). The other app keeps working. */
#include "common.h"

enum { D0_OUT, D0_IN, D1_OUT, D1_IDLE, NCALLS };

int main(void) {
  t_queue_t q;
  HLINE lm0, la0;
  HLINEAPP m = t_app_with_line("r06-monitor", 0, 0x00030000, LINECALLPRIVILEGE_MONITOR, 0x30, &lm0);
  HLINE lm1 = t_open(m, 1, 0x00020001, LINECALLPRIVILEGE_MONITOR, 0x31);
  HLINEAPP a = t_app_with_line("r06-a", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0x20, &la0);
  HLINE la1 = t_open(a, 1, 0x00030001, LINECALLPRIVILEGE_OWNER, 0x21);

  HCALL ha[NCALLS], hm[NCALLS];
  DWORD ids[NCALLS];
  LONG r;
  r = lineMakeCall(la0, &ha[D0_OUT], "5551000", 0, NULL);
  REQUIRE(r > 0);
  REQUIRE_RC(tapisimOfferCall(0, 0, "5552000", "In", 0, &ids[D0_IN]), 0);
  r = lineMakeCall(la1, &ha[D1_OUT], "5553000", 0, NULL);
  REQUIRE(r > 0);
  r = lineMakeCall(la1, &ha[D1_IDLE], "5554000", 0, NULL);
  REQUIRE(r > 0);
  t_pull(a, &q);
  ha[D0_IN] = t_newcall_on(&q, la0, 0);
  REQUIRE(ha[D0_IN] != 0);
  r = lineDrop(ha[D1_IDLE], NULL, 0);
  REQUIRE(r > 0);
  t_pull(m, &q);
  hm[D0_OUT] = t_newcall_on(&q, lm0, 0);
  hm[D0_IN] = t_newcall_on(&q, lm0, 1);
  hm[D1_OUT] = t_newcall_on(&q, lm1, 0);
  hm[D1_IDLE] = t_newcall_on(&q, lm1, 1);
  for (int i = 0; i < NCALLS; i++) {
    char buf[1024];
    REQUIRE(hm[i] != 0);
    REQUIRE_RC(t_info(ha[i], buf, sizeof buf), 0);
    ids[i] = ((LINECALLINFO *)buf)->dwCallID;
    REQUIRE_RC(t_info(hm[i], buf, sizeof buf), 0);
    CHECK_EQ(((LINECALLINFO *)buf)->dwCallID, ids[i]);
    CHECK_EQ(((LINECALLINFO *)buf)->dwNumOwners, 1);
  }
  CHECK_EQ(t_state(hm[D0_OUT]), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(hm[D0_IN]), LINECALLSTATE_OFFERING);
  CHECK_EQ(t_state(hm[D1_OUT]), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(hm[D1_IDLE]), LINECALLSTATE_IDLE);

  CHECK_RC(lineShutdown(a), 0);

  /* Every handle of a is dead. */
  for (int i = 0; i < NCALLS; i++) t_check_call_dead(ha[i]);
  t_check_line_dead(la0);
  t_check_line_dead(la1);
  {
    HLINE l = 0xDEADBEEF;
    DWORD v = 0xDEADBEEF;
    LINEEXTENSIONID ext;
    LINEMESSAGE msg;
    char caps[4096];
    memset(caps, 0, sizeof caps);
    ((LINEDEVCAPS *)caps)->dwTotalSize = sizeof caps;
    CHECK_RC(lineOpen(a, 0, &l, 0x00020002, 0, 0, LINECALLPRIVILEGE_OWNER,
                      LINEMEDIAMODE_INTERACTIVEVOICE, NULL),
             LINEERR_INVALAPPHANDLE);
    CHECK_EQ(l, 0xDEADBEEF);
    CHECK_RC(lineNegotiateAPIVersion(a, 0, 0x00010004, 0x00030001, &v, &ext),
             LINEERR_INVALAPPHANDLE);
    CHECK_EQ(v, 0xDEADBEEF);
    CHECK_RC(lineGetDevCaps(a, 0, 0x00020002, 0, (LINEDEVCAPS *)caps), LINEERR_INVALAPPHANDLE);
    CHECK_RC(lineGetMessage(a, &msg, 0), LINEERR_INVALAPPHANDLE);
    CHECK_RC(lineGetMessage(a, &msg, 20), LINEERR_INVALAPPHANDLE);
  }
  CHECK_RC(lineShutdown(a), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineShutdown(0), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineShutdown(lm0), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineShutdown(hm[D0_OUT]), LINEERR_INVALAPPHANDLE);

  /* The monitor app: sole-owned active calls were dropped, its handles are valid. */
  t_pull(m, &q);
  for (int i = 0; i < NCALLS; i++) {
    char buf[1024];
    REQUIRE_RC(t_info(hm[i], buf, sizeof buf), 0);
    LINECALLINFO *ci = (LINECALLINFO *)buf;
    CHECK_EQ(ci->dwCallID, ids[i]);
    CHECK_EQ(ci->dwNumOwners, 0);
    CHECK_EQ(ci->dwNumMonitors, 1);
    CHECK_EQ(t_state(hm[i]), LINECALLSTATE_IDLE);
    if (i == D1_IDLE)
      CHECK_EQ(t_count(q.m, q.n, LINE_CALLSTATE, hm[i], T_ANY), 0);
    else
      CHECK_EQ(t_count(q.m, q.n, LINE_CALLSTATE, hm[i], LINECALLSTATE_IDLE), 1);
  }
  for (int i = 0; i < q.n; i++) {
    CHECK(q.m[i].dwMessageID != LINE_CLOSE);
    CHECK(q.m[i].dwCallbackInstance == 0x30 || q.m[i].dwCallbackInstance == 0x31);
  }
  /* m is still initialized and its lines work; the calls of a are gone for it too. */
  {
    HCALL c = 0;
    r = lineMakeCall(lm0, &c, "5556000", 0, NULL);
    CHECK(r > 0);
    CHECK(c != 0);
    t_pull(m, &q);
    int replies = 0;
    for (int i = 0; i < q.n; i++)
      if (q.m[i].dwMessageID == LINE_REPLY && q.m[i].dwParam1 == (DWORD_PTR)r) replies++;
    CHECK_EQ(replies, 1);
    CHECK_EQ(t_state(c), LINECALLSTATE_CONNECTED);
    DWORD v = 0;
    LINEEXTENSIONID ext;
    CHECK_RC(lineNegotiateAPIVersion(m, 0, 0x00010004, 0x00030001, &v, &ext), 0);
    CHECK_EQ(v, 0x00030001);
  }
  for (int i = 0; i < NCALLS; i++) CHECK_RC(lineDeallocateCall(hm[i]), 0);
  CHECK_RC(lineShutdown(m), 0);
  TEST_DONE();
}
