/* R1 (outgoing, callback mode): the library writes the new HCALL into lineMakeCall's
 * *lphCall when the request completes, before it delivers LINE_REPLY. So inside the
 * LINECALLBACK, on LINE_REPLY, the application's HCALL variable already holds the
 * handle (and the handle already works); LINE_REPLY carries dwParam1 = request ID,
 * dwParam2 = 0 and comes before the call's first LINE_CALLSTATE. Checked for a
 * lineInitializeEx (USEHIDDENWINDOW) application on a 2.x line and a TAPI 1.x
 * lineInitialize application on a 1.4 line. Both callbacks run as on Windows, in the
 * main thread's message loop (the thread that initialized them pumps). (README: with a
 * dispatcher thread LINE_REPLY may run before lineMakeCall's return value reaches the
 * caller's variable, so the request ID is compared only after lineMakeCall has
 * returned.) */
#include <windows.h>

#include "common.h"

#define INST_A ((DWORD_PTR)UINT64_C(0xA1A2A3A4A5A6A7A8))
#define INST_B ((DWORD_PTR)0x5EED)

typedef struct {
  LINEMESSAGE m;   /* the message */
  HCALL var;       /* the application's HCALL variable as the callback saw it */
  LONG status_rc;  /* lineGetCallStatus(var) from inside the callback, on LINE_REPLY */
  DWORD state;     /* the state it reported */
} rec_t;

static rec_t recs[128];
static int nrec = 0;
static HCALL call_a = 0, call_b = 0; /* written by lineMakeCall through lphCall */

static void CALLBACK cb(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance,
                        DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  rec_t r;
  memset(&r, 0, sizeof r);
  r.m = t_msg(hDevice, dwMessage, dwInstance, dwParam1, dwParam2, dwParam3);
  r.var = dwInstance == INST_A ? call_a : call_b;
  if (dwMessage == LINE_REPLY) {
    LINECALLSTATUS st;
    r.status_rc = t_status(r.var, &st);
    r.state = st.dwCallState;
  }
  if (nrec < 128) recs[nrec++] = r;
}

/* Whether the callback has seen LINE_CALLSTATE `state` for instance `inst`. */
static int seen_state(DWORD_PTR inst, DWORD state) {
  for (int i = 0; i < nrec; i++)
    if (recs[i].m.dwCallbackInstance == inst && recs[i].m.dwMessageID == LINE_CALLSTATE &&
        recs[i].m.dwParam1 == state)
      return 1;
  return 0;
}

/* Pumps the message loop until the callback has seen LINE_CALLSTATE `state` for
 * instance `inst` (at most 2 s). */
static int wait_state(DWORD_PTR inst, DWORD state) {
  T_PUMP_UNTIL(seen_state(inst, state), T_TIMEOUT_MS);
  return seen_state(inst, state);
}

static void check_app(DWORD_PTR inst, LONG req, HCALL call) {
  static const DWORD states[] = {LINECALLSTATE_DIALING, LINECALLSTATE_PROCEEDING,
                                 LINECALLSTATE_RINGBACK, LINECALLSTATE_CONNECTED};
  int replies = 0, seen = 0;
  for (int i = 0; i < nrec; i++) {
    const rec_t *r = &recs[i];
    if (r->m.dwCallbackInstance != inst) continue;
    if (r->m.dwMessageID == LINE_REPLY) {
      replies++;
      CHECK_EQ(seen, 0); /* before the first LINE_CALLSTATE */
      CHECK_EQ(r->m.dwParam1, (DWORD)req);
      CHECK_EQ(r->m.dwParam2, 0);
      CHECK(r->var != 0); /* *lphCall written before LINE_REPLY */
      CHECK_EQ(r->var, call);
      CHECK_RC(r->status_rc, 0);
      CHECK(r->state != 0);
    } else if (r->m.dwMessageID == LINE_CALLSTATE) {
      CHECK_EQ(r->m.hDevice, call);
      if (seen < 4) CHECK_EQ(r->m.dwParam1, states[seen]);
      seen++;
    }
  }
  CHECK_EQ(replies, 1);
  CHECK_EQ(seen, 4);
}

int main(void) {
  /* A TAPI 2.x application (hidden-window option: callback) on a 2.2 line. */
  HLINEAPP a = t_init_callback(cb, "r01-callback-2x");
  HLINE la = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, INST_A);
  /* A TAPI 1.x application on a 1.4 line. */
  DWORD ndev = 0;
  HLINEAPP b = t_init_1x(cb, "r01-callback-1x", &ndev);
  CHECK(ndev >= 2);
  HLINE lb = t_open(b, 1, 0x00010004, LINECALLPRIVILEGE_OWNER, INST_B);

  LONG ra = lineMakeCall(la, &call_a, "5550100", 0, NULL);
  CHECK(ra > 0);
  REQUIRE(wait_state(INST_A, LINECALLSTATE_CONNECTED));
  LONG rb = lineMakeCall(lb, &call_b, "5550200", 0, NULL);
  CHECK(rb > 0);
  REQUIRE(wait_state(INST_B, LINECALLSTATE_CONNECTED));

  CHECK(call_a != 0 && call_b != 0 && call_a != call_b);
  check_app(INST_A, ra, call_a);
  check_app(INST_B, rb, call_b);
  CHECK_EQ(t_state(call_a), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(call_b), LINECALLSTATE_CONNECTED);

  CHECK_RC(lineDeallocateCall(call_a), 0);
  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineShutdown(b), 0);
  TEST_DONE();
}
