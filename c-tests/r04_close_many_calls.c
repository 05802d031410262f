/* R4/R6 with many calls on a line (more than the 256 above which the core retires a
 * line's calls in handle order): lineClose of a line holding 600 offered calls that
 * its app solely owns invalidates all 600 handles and drops every call, so a monitor on
 * the same device gets exactly one LINE_CALLSTATE IDLE per call and reads owners 0; the
 * app's other line and its calls are untouched. Then lineShutdown of the app, whose
 * remaining line holds 300 calls, does the same for those. */
#define MAXQ 4096
#include "common.h"

enum { MANY = 600, REST = 300 };

static t_queue_t q; /* static: MAXQ messages */

/* How many LINE_CALLSTATE messages in q for h, and how many of them are `state`. */
static int count_states(HCALL h, DWORD state, int *of_state) {
  int n = 0;
  *of_state = 0;
  for (int i = 0; i < q.n; i++)
    if (q.m[i].dwMessageID == LINE_CALLSTATE && q.m[i].hDevice == h) {
      n++;
      *of_state += q.m[i].dwParam1 == state;
    }
  return n;
}

/* Offers n calls on `dev`; a's handles (on la) in ha, the monitor m's (on lm) in hm. */
static void offer_many(HLINEAPP a, HLINE la, HLINEAPP m, HLINE lm, DWORD dev, int n,
                       HCALL *ha, HCALL *hm) {
  for (int i = 0; i < n; i++) {
    DWORD id = 0;
    REQUIRE_RC(tapisimOfferCall(dev, 0, "5559999", "Remote", 0, &id), 0);
    t_pull(a, &q);
    ha[i] = t_newcall_on(&q, la, 0);
    t_pull(m, &q);
    hm[i] = t_newcall_on(&q, lm, 0);
    REQUIRE(ha[i] != 0 && hm[i] != 0);
    CHECK_EQ(t_state(ha[i]), LINECALLSTATE_OFFERING);
  }
}

/* After a's handles ha went away: each is invalid, each call was dropped once (one
 * IDLE on m's handle, in q) and m's handle stays valid, IDLE, with no owner left. */
static void check_dropped(const HCALL *ha, const HCALL *hm, int n) {
  char buf[2048];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  for (int i = 0; i < n; i++) {
    CHECK_RC(lineGetCallStatus(ha[i], &(LINECALLSTATUS){.dwTotalSize = sizeof(LINECALLSTATUS)}),
             LINEERR_INVALCALLHANDLE);
    int idle = 0;
    CHECK_EQ(count_states(hm[i], LINECALLSTATE_IDLE, &idle), 1);
    CHECK_EQ(idle, 1);
    CHECK_EQ(t_state(hm[i]), LINECALLSTATE_IDLE);
    CHECK_RC(t_info(hm[i], buf, sizeof buf), 0);
    CHECK_EQ(ci->dwNumOwners, 0);
    CHECK_EQ(ci->dwNumMonitors, 1);
  }
}

int main(void) {
  static HCALL ha[MANY], hm[MANY], hb[REST], hn[REST];
  HLINEAPP a = t_init_event("r04-many-closer");
  HLINEAPP m = t_init_event("r04-many-monitor");
  HLINE lm0 = t_open(m, 0, 0x00030000, LINECALLPRIVILEGE_MONITOR, 0x4D);
  HLINE lm1 = t_open(m, 1, 0x00030000, LINECALLPRIVILEGE_MONITOR, 0x4E);
  HLINE la = t_open(a, 0, 0x00030000, LINECALLPRIVILEGE_OWNER, 0xA1);
  HLINE lb = t_open(a, 1, 0x00030000, LINECALLPRIVILEGE_OWNER, 0xB1);

  offer_many(a, la, m, lm0, 0, MANY, ha, hm);
  offer_many(a, lb, m, lm1, 1, REST, hb, hn);
  t_drain(a);
  t_drain(m);

  CHECK_RC(lineClose(la), 0);
  t_pull(m, &q);
  REQUIRE(q.n < MAXQ);
  check_dropped(ha, hm, MANY);
  /* Nothing about the other line's calls: still offered, still a's. */
  for (int i = 0; i < REST; i++) {
    int idle = 0;
    CHECK_EQ(count_states(hn[i], LINECALLSTATE_IDLE, &idle), 0);
    CHECK_EQ(t_state(hb[i]), LINECALLSTATE_OFFERING);
    CHECK_EQ(t_state(hn[i]), LINECALLSTATE_OFFERING);
  }
  t_pull(a, &q);
  CHECK_EQ(q.n, 0); /* the closing app hears nothing of its closed line */

  CHECK_RC(lineShutdown(a), 0);
  t_pull(m, &q);
  REQUIRE(q.n < MAXQ);
  check_dropped(hb, hn, REST);
  for (int i = 0; i < MANY; i++) CHECK_RC(lineDeallocateCall(hm[i]), 0);
  for (int i = 0; i < REST; i++) CHECK_RC(lineDeallocateCall(hn[i]), 0);
  CHECK_RC(lineShutdown(m), 0);
  TEST_DONE();
}
