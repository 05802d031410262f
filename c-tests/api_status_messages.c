/* lineSetStatusMessages / lineGetStatusMessages and the LINE_LINEDEVSTATE messages they
 * enable: RINGING for an incoming call (dwParam3 the ring count), OPEN and CLOSE when
 * another application opens or closes the device; nothing that was not asked for, and
 * nothing naming a closed line. Plus bad input. */
#include "common.h"

/* The next LINE_LINEDEVSTATE for `line` within the timeout, or 0. */
static DWORD next_devstate(HLINEAPP app, HLINE line, LINEMESSAGE *out) {
  LINEMESSAGE m;
  while (t_next(app, &m, 300))
    if (m.dwMessageID == LINE_LINEDEVSTATE) {
      CHECK_EQ(m.hDevice, line);
      if (out) *out = m;
      return (DWORD)m.dwParam1;
    }
  return 0;
}

int main(void) {
  HLINE la, lb;
  HLINEAPP a = t_app_with_line("api-status-a", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 7, &la);
  HLINEAPP b = t_app_with_line("api-status-b", 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 8, &lb);

  DWORD ls = 0xFFFF, as = 0xFFFF;
  CHECK_RC(lineGetStatusMessages(la, &ls, &as), 0);
  CHECK_EQ(ls, 0);
  CHECK_EQ(as, 0);

  /* What the device reports. */
  unsigned char caps[2048];
  memset(caps, 0, sizeof caps);
  ((LINEDEVCAPS *)caps)->dwTotalSize = sizeof caps;
  REQUIRE_RC(lineGetDevCaps(a, 0, 0x00020002, 0, (LINEDEVCAPS *)caps), 0);
  DWORD reported = ((LINEDEVCAPS *)caps)->dwLineStates;
  DWORD want = LINEDEVSTATE_RINGING | LINEDEVSTATE_OPEN | LINEDEVSTATE_CLOSE;
  CHECK_EQ(reported & want, want);

  /* Bad input changes nothing. */
  CHECK_RC(lineSetStatusMessages(la, LINEDEVSTATE_BATTERY, 0), LINEERR_INVALLINESTATE);
  CHECK_RC(lineSetStatusMessages(la, want, LINEADDRESSSTATE_FORWARD), LINEERR_INVALADDRESSSTATE);
  CHECK_RC(lineSetStatusMessages(0, want, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetStatusMessages((HLINE)a, want, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetStatusMessages(la, NULL, &as), LINEERR_INVALPOINTER);
  CHECK_RC(lineGetStatusMessages(la, &ls, NULL), LINEERR_INVALPOINTER);
  CHECK_RC(lineGetStatusMessages(0, &ls, &as), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetStatusMessages(la, &ls, &as), 0);
  CHECK_EQ(ls, 0);

  CHECK_RC(lineSetStatusMessages(la, want, 0), 0);
  CHECK_RC(lineGetStatusMessages(la, &ls, &as), 0);
  CHECK_EQ(ls, want);
  CHECK_EQ(as, 0);
  t_drain(a);
  t_drain(b);

  /* Another application opens the device: A hears OPEN, B (not asked) nothing. */
  HLINE lc;
  HLINEAPP c = t_app_with_line("api-status-c", 0, 0x00020002, LINECALLPRIVILEGE_NONE, 9, &lc);
  LINEMESSAGE m;
  CHECK_EQ(next_devstate(a, la, &m), LINEDEVSTATE_OPEN);
  CHECK_EQ(m.dwCallbackInstance, 7);
  CHECK_EQ(next_devstate(b, lb, NULL), 0);
  CHECK_EQ(next_devstate(c, lc, NULL), 0);

  /* An incoming call rings. */
  HCALL h = t_offer(a, 0, "5551234", "Ring", NULL);
  CHECK_EQ(next_devstate(a, la, &m), LINEDEVSTATE_RINGING);
  CHECK_EQ(m.dwParam3, 1);
  CHECK_EQ(next_devstate(b, lb, NULL), 0);
  LONG req = lineDrop(h, NULL, 0);
  CHECK(req > 0);
  CHECK(t_wait_state(a, h, LINECALLSTATE_IDLE));
  CHECK_RC(lineDeallocateCall(h), 0);
  t_drain(a);
  t_drain(b);

  /* It closes: A hears CLOSE. */
  CHECK_RC(lineClose(lc), 0);
  CHECK_EQ(next_devstate(a, la, NULL), LINEDEVSTATE_CLOSE);

  /* Asked for less, hears less. */
  CHECK_RC(lineSetStatusMessages(la, LINEDEVSTATE_CLOSE, 0), 0);
  CHECK_RC(lineOpen(c, 0, &lc, 0x00020002, 0, 0, LINECALLPRIVILEGE_NONE, 0, NULL), 0);
  CHECK_EQ(next_devstate(a, la, NULL), 0);

  /* A closed line hears nothing, and its handle is dead for both functions. */
  CHECK_RC(lineClose(la), 0);
  CHECK_RC(lineClose(lc), 0);
  CHECK_EQ(next_devstate(a, la, NULL), 0);
  CHECK_RC(lineSetStatusMessages(la, want, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetStatusMessages(la, &ls, &as), LINEERR_INVALLINEHANDLE);

  CHECK_RC(lineShutdown(c), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineSetStatusMessages(lb, want, 0), LINEERR_UNINITIALIZED);
  TEST_DONE();
}
