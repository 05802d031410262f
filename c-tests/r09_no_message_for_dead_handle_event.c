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

#define MAX_MSG 64

typedef struct {
  LINEMESSAGE m[MAX_MSG];
  int n;
} msgs_t;

static void collect(HLINEAPP app, msgs_t *out) {
  out->n = 0;
  LINEMESSAGE m;
  while (out->n < MAX_MSG && t_next(app, &m, 0)) out->m[out->n++] = m;
}

/* No message names `dead` (hDevice, or dwParam2 of LINE_APPNEWCALL), except LINE_CLOSE
 * when `close_ok`. */
static void check_not_named(const msgs_t *ms, DWORD dead, int close_ok, const char *what) {
  for (int i = 0; i < ms->n; i++) {
    const LINEMESSAGE *m = &ms->m[i];
    int named = m->hDevice == dead ||
                (m->dwMessageID == LINE_APPNEWCALL && (DWORD)m->dwParam2 == dead);
    if (named && !(close_ok && m->dwMessageID == LINE_CLOSE && m->hDevice == dead)) {
      fprintf(stderr, "  %s: message %u (hDevice 0x%08x, p1 0x%lx, p2 0x%lx) names dead 0x%08x\n",
              what, (unsigned)m->dwMessageID, (unsigned)m->hDevice, (unsigned long)m->dwParam1,
              (unsigned long)m->dwParam2, (unsigned)dead);
      t_failures++;
    }
  }
}

static int count(const msgs_t *ms, DWORD id, DWORD hdev, DWORD_PTR p1) {
  int c = 0;
  for (int i = 0; i < ms->n; i++)
    if (ms->m[i].dwMessageID == id && ms->m[i].hDevice == hdev &&
        (p1 == (DWORD_PTR)-1 || ms->m[i].dwParam1 == p1))
      c++;
  return c;
}

static HCALL new_call(HLINEAPP app, HLINE line) {
  LINEMESSAGE m;
  REQUIRE(t_wait_for(app, LINE_APPNEWCALL, line, &m));
  return (HCALL)m.dwParam2;
}

int main(void) {
  const DWORD_PTR ANY = (DWORD_PTR)-1;
  HLINEAPP a = t_init_event("r09-dead-a");
  HLINEAPP b = t_init_event("r09-dead-b");
  HLINE la0 = t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 10);
  HLINE la1 = t_open(a, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 11);
  HLINE lb0 = t_open(b, 0, 0x00030001, LINECALLPRIVILEGE_MONITOR, 20);
  msgs_t ma, mb;

  /* A. Incoming call, deallocated with messages about it queued. */
  {
    DWORD id = 0;
    REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Dead A", 0, &id), 0);
    LINEMESSAGE m;
    REQUIRE(t_next(a, &m, T_TIMEOUT_MS) && m.dwMessageID == LINE_APPNEWCALL);
    HCALL h = (HCALL)m.dwParam2; /* its LINE_CALLSTATE OFFERING stays queued */
    HCALL hb = new_call(b, lb0);
    CHECK_RC(lineSetAppSpecific(h, 1), 0);
    LONG req = lineAnswer(h, NULL, 0);
    CHECK(req > 0);
    CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), 0);
    CHECK_RC(lineDeallocateCall(h), 0);
    collect(a, &ma);
    collect(b, &mb);
    check_not_named(&ma, h, 0, "A");
    CHECK_EQ(count(&ma, LINE_REPLY, 0, (DWORD_PTR)req), 1);
    /* The monitor got all of them, about its own handle. */
    CHECK_EQ(count(&mb, LINE_CALLSTATE, hb, LINECALLSTATE_OFFERING), 1);
    CHECK(count(&mb, LINE_CALLINFO, hb, ANY) >= 1);
    CHECK_EQ(count(&mb, LINE_CALLSTATE, hb, LINECALLSTATE_CONNECTED), 1);
    CHECK_EQ(count(&mb, LINE_CALLSTATE, hb, LINECALLSTATE_DISCONNECTED), 1);
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
    collect(a, &ma);
    collect(b, &mb);
    check_not_named(&ma, h, 0, "B");
    CHECK_EQ(count(&ma, LINE_REPLY, 0, (DWORD_PTR)req), 1);
    /* The monitor's handle: LINE_APPNEWCALL, then the states up to CONNECTED (the call
     * ends when its last owner handle goes, so IDLE may follow). */
    int appnew = -1;
    for (int i = 0; i < mb.n; i++)
      if (mb.m[i].dwMessageID == LINE_APPNEWCALL && mb.m[i].hDevice == lb0) appnew = i;
    CHECK(appnew >= 0);
    if (appnew >= 0) {
      HCALL hb = (HCALL)mb.m[appnew].dwParam2;
      CHECK_EQ(count(&mb, LINE_CALLSTATE, hb, LINECALLSTATE_DIALING), 1);
      CHECK_EQ(count(&mb, LINE_CALLSTATE, hb, LINECALLSTATE_CONNECTED), 1);
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
    collect(a, &ma);
    check_not_named(&ma, la0, 0, "C (line)");
    check_not_named(&ma, out, 0, "C (call)");
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
    CHECK_EQ(count(&ma, LINE_CALLSTATE, h1, LINECALLSTATE_OFFERING), 1);
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
    collect(a, &ma);
    collect(b, &mb);
    check_not_named(&ma, la0b, 1, "D (line)");
    check_not_named(&ma, out, 0, "D (call)");
    CHECK_EQ(count(&ma, LINE_CLOSE, la0b, ANY), 1);
    for (int i = 0; i < ma.n; i++) {
      if (ma.m[i].dwMessageID == LINE_CLOSE) CHECK_EQ(ma.m[i].dwCallbackInstance, 12);
      /* Every message of a is about the closed line: after the close, only LINE_CLOSE. */
      CHECK(ma.m[i].dwMessageID == LINE_CLOSE || ma.m[i].dwMessageID == LINE_REPLY);
    }
    check_not_named(&mb, lb0, 1, "D (monitor line)");
    CHECK_EQ(count(&mb, LINE_CLOSE, lb0, ANY), 1);
    /* b has no other line: LINE_CLOSE is all it may get (its monitor handles are dead). */
    for (int i = 0; i < mb.n; i++) CHECK_EQ(mb.m[i].dwMessageID, LINE_CLOSE);
    CHECK_RC(lineClose(la0b), LINEERR_INVALLINEHANDLE);
  }

  CHECK_RC(lineClose(la1), 0);
  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineShutdown(b), 0);
  TEST_DONE();
}
