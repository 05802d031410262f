/* R8 with R3: lineSetCallPrivilege(MONITOR) is how an application gives up ownership
 * before deallocating. On a line negotiated at 1.4, the sole owner of a call that is not
 * IDLE cannot deallocate it (LINEERR_INVALCALLSTATE, handle still valid); once another
 * application owns the call too, the 1.4 application turns its handle into a monitor
 * handle and deallocates it while the call is still OFFERING: the call goes on (the other
 * owner can answer it) and the counts follow. For a call the 1.4 application owns alone,
 * Microsoft's reference says to drop it first (lineDrop, IDLE): then giving up ownership
 * and deallocating both succeed. */
#include "common.h"

static DWORD privilege(HCALL h) {
  LINECALLSTATUS s;
  memset(&s, 0, sizeof s);
  s.dwTotalSize = sizeof s;
  if (lineGetCallStatus(h, &s) != 0) return 0;
  return s.dwCallPrivilege;
}

static void counts(HCALL h, DWORD *o, DWORD *m) {
  unsigned char buf[1024];
  *o = *m = 0xFFFFFFFF;
  if (t_info(h, buf, sizeof buf) != 0) return;
  *o = ((LINECALLINFO *)buf)->dwNumOwners;
  *m = ((LINECALLINFO *)buf)->dwNumMonitors;
}

#define CHECK_COUNTS(h, eo, em)  \
  do {                           \
    DWORD o_, m_;                \
    counts((h), &o_, &m_);       \
    CHECK_EQ(o_, (eo));          \
    CHECK_EQ(m_, (em));          \
  } while (0)

/* A 1.4 line gets no LINE_APPNEWCALL: the new handle comes in LINE_CALLSTATE with the
 * privilege in dwParam3. */
static HCALL new_call_14(HLINEAPP app, DWORD want_priv) {
  LINEMESSAGE m;
  while (t_next(app, &m, T_TIMEOUT_MS)) {
    CHECK(m.dwMessageID != LINE_APPNEWCALL);
    if (m.dwMessageID == LINE_CALLSTATE && m.dwParam3 != 0) {
      CHECK_EQ(m.dwParam3, want_priv);
      return m.hDevice;
    }
  }
  REQUIRE(!"no LINE_CALLSTATE with a new handle");
  return 0;
}

int main(void) {
  HLINEAPP p = t_init_event("r08-legacy14");
  HLINEAPP q = t_init_event("r08-modern");
  HLINE lp = t_open(p, 0, 0x00010004, LINECALLPRIVILEGE_OWNER, 1); /* opened first: owns */
  HLINE lq = t_open(q, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 2);

  /* Incoming call: p owns it, q monitors it. */
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Legacy", 0, &(DWORD){0}), 0);
  HCALL hp = new_call_14(p, LINECALLPRIVILEGE_OWNER);
  LINEMESSAGE m;
  REQUIRE(t_wait_for(q, LINE_APPNEWCALL, lq, &m));
  HCALL hq = (HCALL)m.dwParam2;
  CHECK_EQ(m.dwParam3, LINECALLPRIVILEGE_MONITOR);

  /* 1.4 sole owner, OFFERING: cannot deallocate; the handle stays valid. */
  CHECK_RC(lineDeallocateCall(hp), LINEERR_INVALCALLSTATE);
  CHECK_EQ(t_state(hp), LINECALLSTATE_OFFERING);
  CHECK_EQ(privilege(hp), LINECALLPRIVILEGE_OWNER);
  CHECK_COUNTS(hq, 1, 1);

  /* q becomes an owner too; p gives up ownership and deallocates, the call still OFFERING. */
  CHECK_RC(lineSetCallPrivilege(hq, LINECALLPRIVILEGE_OWNER), 0);
  CHECK_COUNTS(hp, 2, 0);
  CHECK_RC(lineSetCallPrivilege(hp, LINECALLPRIVILEGE_MONITOR), 0);
  CHECK_EQ(privilege(hp), LINECALLPRIVILEGE_MONITOR);
  CHECK_COUNTS(hq, 1, 1);
  CHECK_EQ(t_state(hp), LINECALLSTATE_OFFERING);
  CHECK_RC(lineDeallocateCall(hp), 0);
  CHECK_EQ(t_state(hp), 0); /* the handle is gone */
  CHECK_RC(lineDeallocateCall(hp), LINEERR_INVALCALLHANDLE);
  CHECK_COUNTS(hq, 1, 0);
  CHECK_EQ(t_state(hq), LINECALLSTATE_OFFERING); /* the call goes on */
  LONG req = lineAnswer(hq, NULL, 0);
  CHECK(req > 0);
  CHECK(t_wait_for(q, LINE_REPLY, 0, &m) && m.dwParam1 == (DWORD_PTR)req && m.dwParam2 == 0);
  CHECK_EQ(t_state(hq), LINECALLSTATE_CONNECTED);
  t_drain(p);
  t_drain(q);

  /* An outgoing call p owns alone: drop first, then give up ownership, then deallocate. */
  HCALL out = t_make_call(p, lp, "5550140");
  REQUIRE(t_wait_for(q, LINE_APPNEWCALL, lq, &m));
  HCALL outq = (HCALL)m.dwParam2;
  CHECK_EQ(t_state(out), LINECALLSTATE_CONNECTED);
  CHECK_RC(lineDeallocateCall(out), LINEERR_INVALCALLSTATE);
  CHECK_EQ(t_state(out), LINECALLSTATE_CONNECTED);
  req = lineDrop(out, NULL, 0);
  CHECK(req > 0);
  CHECK_EQ(t_state(out), LINECALLSTATE_IDLE);
  CHECK_RC(lineSetCallPrivilege(out, LINECALLPRIVILEGE_MONITOR), 0);
  CHECK_EQ(privilege(out), LINECALLPRIVILEGE_MONITOR);
  CHECK_COUNTS(outq, 0, 2);
  CHECK_RC(lineDeallocateCall(out), 0);
  CHECK_EQ(t_state(out), 0);
  CHECK_COUNTS(outq, 0, 1);
  CHECK_EQ(t_state(outq), LINECALLSTATE_IDLE);

  CHECK_RC(lineShutdown(p), 0);
  CHECK_RC(lineShutdown(q), 0);
  TEST_DONE();
}
