/* lineGetAddressStatus and lineGetLineDevStatus (plain, A, W) follow the calls and the
 * opens of the simulated lines: calls in use, active, on hold; opens by every
 * application, the owners' media modes and, from API 2.0, a LINEAPPINFO per open with its
 * strings whole or absent; fixed sizes (64; 76 before 2.0, 88 from 2.0); and
 * LINE_ADDRESSSTATE (INUSEONE, INUSEZERO, NUMCALLS) to the applications that asked for
 * it with lineSetStatusMessages. Plus bad input. */
#include "common.h"

#undef lineGetAddressStatus
#undef lineGetLineDevStatus

#define CANARY 0xA5

static LINEADDRESSSTATUS addr_status(HLINE line) {
  LINEADDRESSSTATUS s;
  memset(&s, 0, sizeof s);
  s.dwTotalSize = sizeof s;
  CHECK_RC(lineGetAddressStatusA(line, 0, &s), 0);
  return s;
}

static void check_counts(HLINE line, DWORD in_use, DWORD active, DWORD held) {
  LINEADDRESSSTATUS s = addr_status(line);
  CHECK_EQ(s.dwNumInUse, in_use);
  CHECK_EQ(s.dwNumActiveCalls, active);
  CHECK_EQ(s.dwNumOnHoldCalls, held);
  CHECK_EQ(s.dwNumOnHoldPendCalls, 0);
  CHECK_EQ(s.dwAddressFeatures, LINEADDRFEATURE_MAKECALL);
  CHECK_EQ(s.dwForwardNumEntries, 0);
  CHECK_EQ(s.dwNeededSize, sizeof s);
  LINEDEVSTATUS d;
  memset(&d, 0, sizeof d);
  d.dwTotalSize = sizeof d;
  CHECK_RC(lineGetLineDevStatusA(line, &d), 0);
  CHECK_EQ(d.dwNumActiveCalls, active);
  CHECK_EQ(d.dwNumOnHoldCalls, held);
}

/* The next LINE_ADDRESSSTATE for `line` within a short wait: its dwParam2, or 0. */
static DWORD next_addrstate(HLINEAPP app, HLINE line) {
  LINEMESSAGE m;
  while (t_next(app, &m, 200))
    if (m.dwMessageID == LINE_ADDRESSSTATE) {
      CHECK_EQ(m.hDevice, line);
      CHECK_EQ(m.dwParam1, 0);
      return (DWORD)m.dwParam2;
    }
  return 0;
}

typedef LONG (*devstatus_fn)(HLINE, LPLINEDEVSTATUS);

/* Checks the LINEAPPINFO list of `line` (API 2.x) through `fn`: `n` opens, names. */
static void check_app_info(devstatus_fn fn, int wide, HLINE line, DWORD n) {
  unsigned char buf[2048];
  LINEDEVSTATUS *d = (LINEDEVSTATUS *)buf;
  memset(buf, CANARY, sizeof buf);
  d->dwTotalSize = sizeof buf;
  REQUIRE_RC(fn(line, d), 0);
  DWORD needed = d->dwNeededSize;
  CHECK_EQ(d->dwUsedSize, needed);
  CHECK_EQ(d->dwNumOpens, n);
  CHECK_EQ(d->dwAppInfoSize, n * sizeof(LINEAPPINFO));
  CHECK(d->dwAppInfoOffset >= 88);
  CHECK_EQ(buf[needed], CANARY);
  int found_a = 0;
  for (DWORD i = 0; i < n && d->dwAppInfoSize; i++) {
    LINEAPPINFO ai;
    memcpy(&ai, buf + d->dwAppInfoOffset + i * sizeof ai, sizeof ai);
    CHECK_EQ(ai.dwAddressID, 0xFFFFFFFF);
    CHECK(ai.dwMachineNameSize > 0 && ai.dwMachineNameOffset + ai.dwMachineNameSize <= needed);
    CHECK(ai.dwUserNameSize > 0 && ai.dwUserNameOffset + ai.dwUserNameSize <= needed);
    CHECK(ai.dwModuleFilenameSize > 0);
    CHECK(ai.dwFriendlyNameOffset + ai.dwFriendlyNameSize <= needed);
    const unsigned char *f = buf + ai.dwFriendlyNameOffset;
    int is_a = wide ? t_wide_is(f, ai.dwFriendlyNameSize, "api-lds-a")
                    : (ai.dwFriendlyNameSize == 10 && memcmp(f, "api-lds-a", 10) == 0);
    if (is_a) {
      found_a = 1;
      CHECK_EQ(ai.dwMediaModes, LINEMEDIAMODE_INTERACTIVEVOICE);
    }
  }
  CHECK(found_a);
  /* Every size from the fixed part: the list whole or absent, nothing past the total. */
  for (DWORD total = 87; total <= needed + 2; total++) {
    memset(buf, CANARY, sizeof buf);
    d->dwTotalSize = total;
    LONG r = fn(line, d);
    if (total < 88) {
      CHECK_RC(r, LINEERR_STRUCTURETOOSMALL);
      continue;
    }
    CHECK_RC(r, 0);
    CHECK_EQ(d->dwNeededSize, needed);
    CHECK(d->dwUsedSize <= total);
    if (total < needed) {
      CHECK_EQ(d->dwAppInfoSize, 0);
      CHECK_EQ(d->dwAppInfoOffset, 0);
    }
    for (DWORD i = total; i < total + 8; i++) CHECK_EQ(buf[i], CANARY);
  }
}

int main(void) {
  LINEADDRESSSTATUS s;
  s.dwTotalSize = sizeof s;
  CHECK_RC(lineGetAddressStatusA(1, 0, &s), LINEERR_UNINITIALIZED);

  HLINE la, lb, lc;
  HLINEAPP a = t_app_with_line("api-lds-a", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &la);
  HLINEAPP b = t_app_with_line("api-lds-b", 0, 0x00020000, LINECALLPRIVILEGE_MONITOR, 2, &lb);
  check_counts(la, 0, 0, 0);

  /* Opens by every application show. */
  LINEDEVSTATUS d;
  memset(&d, 0, sizeof d);
  d.dwTotalSize = sizeof d;
  CHECK_RC(lineGetLineDevStatusA(lb, &d), 0);
  CHECK_EQ(d.dwNumOpens, 2);
  CHECK_EQ(d.dwOpenMediaModes, LINEMEDIAMODE_INTERACTIVEVOICE);
  CHECK_EQ(d.dwLineFeatures, LINEFEATURE_MAKECALL);
  CHECK_EQ(d.dwSignalLevel, 0xFFFF);
  CHECK_EQ(d.dwBatteryLevel, 0xFFFF);
  CHECK_EQ(d.dwRoamMode, LINEROAMMODE_UNAVAIL);
  CHECK_EQ(d.dwDevStatusFlags, LINEDEVSTATUSFLAGS_CONNECTED | LINEDEVSTATUSFLAGS_INSERVICE);
  CHECK_EQ(d.dwNumCallCompletions, 0);
  CHECK(d.dwNeededSize > sizeof d);
  CHECK_EQ(d.dwAppInfoSize, 0);
  HLINEAPP c = t_app_with_line("api-lds-c", 0, 0x00010004, LINECALLPRIVILEGE_NONE, 3, &lc);
  check_app_info(lineGetLineDevStatus, 0, la, 3);
  check_app_info(lineGetLineDevStatusA, 0, la, 3);
  check_app_info(lineGetLineDevStatusW, 1, la, 3);

  /* A 1.4 line: 76 bytes, no application list. */
  unsigned char small[200];
  memset(small, CANARY, sizeof small);
  ((LINEDEVSTATUS *)small)->dwTotalSize = 76;
  CHECK_RC(lineGetLineDevStatusA(lc, (LINEDEVSTATUS *)small), 0);
  CHECK_EQ(((LINEDEVSTATUS *)small)->dwNumOpens, 3);
  CHECK_EQ(((LINEDEVSTATUS *)small)->dwUsedSize, 76);
  CHECK_EQ(((LINEDEVSTATUS *)small)->dwNeededSize, 76);
  CHECK_EQ(small[76], CANARY);
  ((LINEDEVSTATUS *)small)->dwTotalSize = 75;
  CHECK_RC(lineGetLineDevStatusA(lc, (LINEDEVSTATUS *)small), LINEERR_STRUCTURETOOSMALL);
  CHECK_RC(lineClose(lc), 0);
  memset(&d, 0, sizeof d);
  d.dwTotalSize = sizeof d;
  CHECK_RC(lineGetLineDevStatusW(la, &d), 0);
  CHECK_EQ(d.dwNumOpens, 2);

  /* A asks for address changes; B for INUSE only. */
  DWORD all = LINEADDRESSSTATE_INUSEZERO | LINEADDRESSSTATE_INUSEONE | LINEADDRESSSTATE_NUMCALLS;
  CHECK_RC(lineSetStatusMessages(la, 0, all | LINEADDRESSSTATE_OTHER), 0);
  CHECK_RC(lineSetStatusMessages(lb, 0, LINEADDRESSSTATE_INUSEONE | LINEADDRESSSTATE_INUSEZERO), 0);
  CHECK_RC(lineSetStatusMessages(la, 0, LINEADDRESSSTATE_FORWARD), LINEERR_INVALADDRESSSTATE);
  DWORD ls = 0, as = 0;
  CHECK_RC(lineGetStatusMessages(la, &ls, &as), 0);
  CHECK_EQ(as, all | LINEADDRESSSTATE_OTHER);
  t_drain(a);
  t_drain(b);

  /* An outgoing call: in use, one active call. */
  HCALL h = t_make_call(a, la, "5550100");
  CHECK(t_wait_state(a, h, LINECALLSTATE_CONNECTED));
  check_counts(la, 1, 1, 0);
  check_counts(lb, 1, 1, 0);
  t_drain(a);
  t_drain(b);
  /* (the messages came before; look again from a fresh call below) */

  /* On hold. */
  CHECK(lineHold(h) > 0);
  CHECK(t_wait_state(a, h, LINECALLSTATE_ONHOLD));
  check_counts(la, 1, 0, 1);
  CHECK_EQ(next_addrstate(a, la), LINEADDRESSSTATE_NUMCALLS);
  CHECK_EQ(next_addrstate(b, lb), 0);
  CHECK(lineUnhold(h) > 0);
  CHECK(t_wait_state(a, h, LINECALLSTATE_CONNECTED));
  check_counts(la, 1, 1, 0);
  CHECK_EQ(next_addrstate(a, la), LINEADDRESSSTATE_NUMCALLS);

  /* An incoming call as well: two active. */
  HCALL in = t_offer(a, 0, "5551234", "In", NULL);
  CHECK(t_wait_state(a, in, LINECALLSTATE_OFFERING));
  check_counts(la, 1, 2, 0);
  CHECK_EQ(next_addrstate(a, la), LINEADDRESSSTATE_NUMCALLS);
  CHECK(lineDrop(in, NULL, 0) > 0);
  CHECK(t_wait_state(a, in, LINECALLSTATE_IDLE));
  check_counts(la, 1, 1, 0);
  CHECK_EQ(next_addrstate(a, la), LINEADDRESSSTATE_NUMCALLS);
  CHECK_RC(lineDeallocateCall(in), 0);

  /* Idle: not in use. */
  t_drain(b);
  CHECK(lineDrop(h, NULL, 0) > 0);
  CHECK(t_wait_state(a, h, LINECALLSTATE_IDLE));
  check_counts(la, 0, 0, 0);
  CHECK_EQ(next_addrstate(a, la), LINEADDRESSSTATE_INUSEZERO | LINEADDRESSSTATE_NUMCALLS);
  CHECK_EQ(next_addrstate(b, lb), LINEADDRESSSTATE_INUSEZERO);
  CHECK_RC(lineDeallocateCall(h), 0);

  /* A new call: in use again. */
  t_drain(a);
  t_drain(b);
  h = t_make_call(a, la, "5550100");
  CHECK_EQ(next_addrstate(b, lb), LINEADDRESSSTATE_INUSEONE);
  LINEMESSAGE m;
  int got = 0;
  while (t_next(a, &m, 200))
    if (m.dwMessageID == LINE_ADDRESSSTATE) {
      CHECK_EQ(m.dwParam2, LINEADDRESSSTATE_INUSEONE | LINEADDRESSSTATE_NUMCALLS);
      CHECK_EQ(m.dwCallbackInstance, 1);
      got++;
    }
  CHECK_EQ(got, 1);

  /* Asked for nothing: hears nothing. */
  CHECK_RC(lineSetStatusMessages(lb, 0, 0), 0);
  CHECK(lineDrop(h, NULL, 0) > 0);
  CHECK(t_wait_state(a, h, LINECALLSTATE_IDLE));
  CHECK_EQ(next_addrstate(b, lb), 0);
  CHECK_RC(lineDeallocateCall(h), 0);

  /* Bad input. */
  CHECK_RC(lineGetAddressStatusA(la, 1, &s), LINEERR_INVALADDRESSID);
  CHECK_RC(lineGetAddressStatusA(la, 0, NULL), LINEERR_INVALPOINTER);
  s.dwTotalSize = sizeof s - 1;
  CHECK_RC(lineGetAddressStatusW(la, 0, &s), LINEERR_STRUCTURETOOSMALL);
  s.dwTotalSize = sizeof s;
  CHECK_RC(lineGetAddressStatus(la, 0, &s), 0);
  CHECK_RC(lineGetAddressStatusA(0, 0, &s), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetAddressStatusA((HLINE)a, 0, &s), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetLineDevStatusA(la, NULL), LINEERR_INVALPOINTER);
  d.dwTotalSize = 87;
  CHECK_RC(lineGetLineDevStatusA(la, &d), LINEERR_STRUCTURETOOSMALL);
  d.dwTotalSize = sizeof d;
  CHECK_RC(lineGetLineDevStatusA((HLINE)a, &d), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetLineDevStatusA(lc, &d), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetAddressStatusA(lc, 0, &s), LINEERR_INVALLINEHANDLE);

  CHECK_RC(lineShutdown(c), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineGetLineDevStatusA(la, &d), LINEERR_UNINITIALIZED);
  CHECK_RC(lineGetAddressStatusA(la, 0, &s), LINEERR_UNINITIALIZED);
  TEST_DONE();
}
