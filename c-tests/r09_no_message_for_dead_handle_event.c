/* R9 (event mode): once a handle is invalid, no message names it, LINE_CLOSE aside. Each
 * case queues several messages about a call or line without reading them, makes the
 * handle invalid, then reads everything: no delivered message has hDevice (or, for
 * LINE_APPNEWCALL, dwParam2) equal to the dead handle, except LINE_CLOSE naming its own
 * line. A second application monitoring the same calls, whose handles stay valid, gets
 * the corresponding messages (so they really were queued).
 *  A. lineDeallocateCall of an incoming call's handle (2.x owner) after LINE_CALLSTATE
 *     OFFERING, LINE_CALLINFO, LINE_REPLY/CONNECTED and DISCONNECTED were queued; the
 *     LINE_REPLY of lineAnswer (hDevice 0) is still delivered (2.x).
 *  B. lineDeallocateCall of an outgoing call whose LINE_REPLY and DIALING..CONNECTED
 *     are queued.
 *  C. lineClose of a line with queued LINE_APPNEWCALL/LINE_CALLSTATE about its calls;
 *     the messages about the app's other line still come.
 *  D. tapisimCloseLine (the provider closes the line): LINE_CLOSE (hDevice = the line,
 *     its callback instance) comes, exactly once, and nothing else names the line or
 *     its calls; the monitoring application gets its own LINE_CLOSE. */
#include "common.h"

int main(void) {
  HLINE la0, lb0;
  HLINEAPP a = t_app_with_line("r09-dead-a", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 10, &la0);
  HLINE la1 = t_open(a, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 11);
  HLINEAPP b = t_app_with_line("r09-dead-b", 0, 0x00030001, LINECALLPRIVILEGE_MONITOR, 20, &lb0);
  t_queue_t ma, mb;

  /* A. Incoming call, deallocated with messages about it queued. */
  {
    DWORD id = 0;
    REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Dead A", 0, &id), 0);
    LINEMESSAGE m;
    REQUIRE(t_next(a, &m, T_TIMEOUT_MS) && m.dwMessageID == LINE_APPNEWCALL);
    HCALL h = (HCALL)m.dwParam2; /* its LINE_CALLSTATE OFFERING stays queued */
    HCALL hb = t_new_call(b, lb0, NULL);
    CHECK_RC(lineSetAppSpecific(h, 1), 0);
    LONG req = lineAnswer(h, NULL, 0);
    CHECK(req > 0);
    CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), 0);
    CHECK_RC(lineDeallocateCall(h), 0);
    t_pull(a, &ma);
    t_pull(b, &mb);
    t_check_not_named(ma.m, ma.n, h, 0, "A");
    CHECK_EQ(t_count(ma.m, ma.n, LINE_REPLY, 0, (DWORD_PTR)req), 1);
    /* The monitor got all of them, about its own handle. */
    CHECK_EQ(t_count(mb.m, mb.n, LINE_CALLSTATE, hb, LINECALLSTATE_OFFERING), 1);
    CHECK(t_count(mb.m, mb.n, LINE_CALLINFO, hb, T_ANY) >= 1);
    CHECK_EQ(t_count(mb.m, mb.n, LINE_CALLSTATE, hb, LINECALLSTATE_CONNECTED), 1);
    CHECK_EQ(t_count(mb.m, mb.n, LINE_CALLSTATE, hb, LINECALLSTATE_DISCONNECTED), 1);
    CHECK_RC(lineDeallocateCall(hb), 0);
    t_drain(a);
    t_drain(b);
  }

  /* B. Outgoing call, deallocated before any of its messages was read. */
  {
    HCALL h = 0;
    LONG req = lineMakeCallA(la0, &h, "5550102", 0, NULL);
    REQUIRE(req > 0);
    REQUIRE(h != 0);
    CHECK_RC(lineDeallocateCall(h), 0);
    t_pull(a, &ma);
    t_pull(b, &mb);
    t_check_not_named(ma.m, ma.n, h, 0, "B");
    CHECK_EQ(t_count(ma.m, ma.n, LINE_REPLY, 0, (DWORD_PTR)req), 1);
    /* The monitor's handle: LINE_APPNEWCALL, then the states up to CONNECTED (the call
     * ends when its last owner handle goes, so IDLE may follow). */
    int appnew = -1;
    for (int i = 0; i < mb.n; i++)
      if (mb.m[i].dwMessageID == LINE_APPNEWCALL && mb.m[i].hDevice == lb0) appnew = i;
    CHECK(appnew >= 0);
    if (appnew >= 0) {
      HCALL hb = (HCALL)mb.m[appnew].dwParam2;
      CHECK_EQ(t_count(mb.m, mb.n, LINE_CALLSTATE, hb, LINECALLSTATE_DIALING), 1);
      CHECK_EQ(t_count(mb.m, mb.n, LINE_CALLSTATE, hb, LINECALLSTATE_CONNECTED), 1);
      lineDeallocateCall(hb);
    }
    t_drain(b);
  }

  /* C. lineClose with messages about the line and its calls queued. */
  {
    REQUIRE_RC(tapisimOfferCall(0, 0, "5550103", "Dead C0", 0, &(DWORD){0}), 0);
    REQUIRE_RC(tapisimOfferCall(1, 0, "5550113", "Live C1", 0, &(DWORD){0}), 0);
    HCALL out = 0;
    REQUIRE(lineMakeCallA(la0, &out, "5550104", 0, NULL) > 0);
    REQUIRE(out != 0);
    CHECK_RC(lineClose(la0), 0);
    t_pull(a, &ma);
    t_check_not_named(ma.m, ma.n, la0, 0, "C (line)");
    t_check_not_named(ma.m, ma.n, out, 0, "C (call)");
    /* Only line 1 (and possibly LINE_REPLY, hDevice 0) remains: its LINE_APPNEWCALL and
     * the OFFERING of that handle. */
    HCALL h1 = 0;
    for (int i = 0; i < ma.n; i++) {
      const LINEMESSAGE *m = &ma.m[i];
      if (m->dwMessageID == LINE_APPNEWCALL) {
        CHECK_EQ(m->hDevice, la1);
        h1 = (HCALL)m->dwParam2;
      } else if (m->dwMessageID != LINE_REPLY) {
        CHECK_EQ(m->hDevice, h1);
        CHECK_EQ(m->dwCallbackInstance, 11);
      }
    }
    CHECK(h1 != 0);
    CHECK_EQ(t_count(ma.m, ma.n, LINE_CALLSTATE, h1, LINECALLSTATE_OFFERING), 1);
    t_drain(b);
  }

  /* D. The provider closes the line: only LINE_CLOSE names it. */
  {
    HLINE la0b = t_open(a, 0, 0x00020000, LINECALLPRIVILEGE_OWNER, 12);
    REQUIRE_RC(tapisimOfferCall(0, 0, "5550105", "Dead D", 0, &(DWORD){0}), 0);
    HCALL out = 0;
    REQUIRE(lineMakeCallA(la0b, &out, "5550106", 0, NULL) > 0);
    REQUIRE(out != 0);
    CHECK_RC(lineSetAppSpecific(out, 5), 0);
    CHECK_RC(tapisimCloseLine(0), 0);
    t_pull(a, &ma);
    t_pull(b, &mb);
    t_check_not_named(ma.m, ma.n, la0b, 1, "D (line)");
    t_check_not_named(ma.m, ma.n, out, 0, "D (call)");
    CHECK_EQ(t_count(ma.m, ma.n, LINE_CLOSE, la0b, T_ANY), 1);
    for (int i = 0; i < ma.n; i++) {
      if (ma.m[i].dwMessageID == LINE_CLOSE) CHECK_EQ(ma.m[i].dwCallbackInstance, 12);
      /* Every message of a is about the closed line: after the close, only LINE_CLOSE. */
      CHECK(ma.m[i].dwMessageID == LINE_CLOSE || ma.m[i].dwMessageID == LINE_REPLY);
    }
    t_check_not_named(mb.m, mb.n, lb0, 1, "D (monitor line)");
    CHECK_EQ(t_count(mb.m, mb.n, LINE_CLOSE, lb0, T_ANY), 1);
    /* b has no other line: LINE_CLOSE is all it may get (its monitor handles are dead). */
    for (int i = 0; i < mb.n; i++) CHECK_EQ(mb.m[i].dwMessageID, LINE_CLOSE);
    CHECK_RC(lineClose(la0b), LINEERR_INVALLINEHANDLE);
  }

  CHECK_RC(lineClose(la1), 0);
  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineShutdown(b), 0);
  TEST_DONE();
}
