/* dwCallID is a counter (each call the next value, never a value in use) and the
 * tapisim* functions that take a call ID act on that call only: an ended call's ID, a
 * never-issued ID, and IDs that share a live call's record bits (the ID plus multiples
 * of 2^22, the top bit flipped) get LINEERR_INVALPARAM and leave every other call as it
 * was: no state change, no message, no digits. */
#include "common.h"

/* Ends call `h` (whose ID is `id`) for good: far-end hangup, drop, deallocate. */
static void end_call(HLINEAPP app, HCALL h, DWORD id) {
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), 0);
  REQUIRE(t_wait_state(app, h, LINECALLSTATE_DISCONNECTED));
  /* Still a call: the ID is known, the state is wrong. */
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALCALLSTATE);
  LONG req = lineDrop(h, NULL, 0);
  CHECK(req > 0);
  REQUIRE(t_wait_state(app, h, LINECALLSTATE_IDLE));
  CHECK_RC(lineDeallocateCall(h), 0);
  t_drain(app);
}

/* Calls every tapisim* function that takes a call ID with each of `ids` (none a live
 * call's): each must fail, and the live calls B and C must be as they were. */
static void check_foreign_ids_do_nothing(HLINEAPP app, const DWORD *ids, int n, HCALL b,
                                         HCALL c) {
  for (int i = 0; i < n; i++) {
    CHECK_RC(tapisimRemoteHangup(ids[i], LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);
    CHECK_RC(tapisimRemoteDigits(ids[i], "5", LINEDIGITMODE_DTMF), LINEERR_INVALPARAM);
    CHECK_RC(tapisimRemoteAnswer(ids[i]), LINEERR_INVALPARAM);
  }
  CHECK_EQ(t_state(b), LINECALLSTATE_CONNECTED);
  CHECK_EQ(t_state(c), LINECALLSTATE_RINGBACK);
  CHECK_QUIET(app);
}

int main(void) {
  HLINE line;
  HLINEAPP app = t_app_with_line("r00-call-ids", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &line);

  /* IDs count up by one, and the ID LINECALLINFO shows is the one tapisim gave. */
  DWORD ids[20];
  for (int i = 0; i < 20; i++) {
    HCALL h = t_offer(app, 0, "5550100", "Counter", &ids[i]);
    CHECK_EQ(t_call_id(h), ids[i]);
    if (i > 0) CHECK_EQ(ids[i], ids[i - 1] + 1);
    end_call(app, h, ids[i]);
  }
  const DWORD stale = ids[0];

  /* B: an answered incoming call, monitoring DTMF. C: an outgoing call in RINGBACK. */
  DWORD id_b = 0;
  HCALL b = t_offer(app, 0, "5550111", "Bee", &id_b);
  CHECK(id_b > ids[19]);
  LONG req = lineAnswer(b, NULL, 0);
  CHECK(req > 0);
  REQUIRE(t_wait_state(app, b, LINECALLSTATE_CONNECTED));
  CHECK_RC(lineMonitorDigits(b, LINEDIGITMODE_DTMF), 0);
  CHECK_RC(tapisimSetAutoAnswer(FALSE), 0);
  HCALL c = t_make_call(app, line, "5550122");
  REQUIRE(t_wait_state(app, c, LINECALLSTATE_RINGBACK));
  DWORD id_c = t_call_id(c);
  CHECK(id_c != 0 && id_c != id_b);
  t_drain(app);

  DWORD foreign[] = {
      stale,                   /* an ended call */
      ids[19],                 /* the last ended call */
      0,                       /* never issued */
      id_c + 1000,             /* not issued yet */
      id_b + (1u << 22),       /* B's record bits, another ID */
      id_b + (3u << 22),       /* the same, further on */
      id_b ^ 0x80000000u,      /* the same, top bit flipped */
      id_c + (1u << 22),       /* C's record bits */
      id_c ^ 0x80000000u,
      0xFFFFFFFFu,
  };
  check_foreign_ids_do_nothing(app, foreign, (int)(sizeof foreign / sizeof foreign[0]), b, c);

  /* The same IDs once a hundred more calls have come and gone: still nothing. */
  for (int i = 0; i < 100; i++) {
    DWORD id = 0;
    HCALL h = t_offer(app, 0, "5550133", "Churn", &id);
    CHECK(id != stale && id != id_b && id != id_c);
    end_call(app, h, id);
  }
  check_foreign_ids_do_nothing(app, foreign, (int)(sizeof foreign / sizeof foreign[0]), b, c);

  /* The right IDs do act (so the checks above could fail). */
  CHECK_RC(tapisimRemoteDigits(id_b, "7", LINEDIGITMODE_DTMF), 0);
  LINEMESSAGE m;
  REQUIRE(t_wait_for(app, LINE_MONITORDIGITS, b, &m));
  CHECK_EQ(m.dwParam1, '7');
  CHECK_RC(tapisimRemoteAnswer(id_c), 0);
  REQUIRE(t_wait_state(app, c, LINECALLSTATE_CONNECTED));
  CHECK_RC(tapisimRemoteHangup(id_b, LINEDISCONNECTMODE_BUSY), 0);
  REQUIRE(t_wait_for(app, LINE_CALLSTATE, b, &m));
  CHECK_EQ(m.dwParam1, LINECALLSTATE_DISCONNECTED);
  CHECK_EQ(m.dwParam2, LINEDISCONNECTMODE_BUSY);
  CHECK_EQ(t_state(c), LINECALLSTATE_CONNECTED);

  CHECK_RC(tapisimSetAutoAnswer(TRUE), 0);
  CHECK_RC(lineShutdown(app), 0);
  /* After shutdown every call is gone: its ID too. */
  CHECK_RC(tapisimRemoteHangup(id_c, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALPARAM);
  TEST_DONE();
}
