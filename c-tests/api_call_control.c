/* The call-control functions on the simulated provider, each with its semantics and its
 * bad input: lineDial (a call made with a NULL address waits in DIALTONE), lineHold /
 * lineUnhold, lineSecureCall, lineSetMediaMode, lineRedirect, lineBlindTransfer, and
 * lineGetAddressID. Owners only (a monitor gets LINEERR_NOTOWNER); every request replies
 * with LINE_REPLY; the features LINECALLSTATUS offers follow the state. */
#include "common.h"

/* Waits for the LINE_REPLY of `req` and returns its result. */
static LONG reply_of(HLINEAPP app, LONG req) {
  LINEMESSAGE m;
  REQUIRE(req > 0);
  while (t_wait_for(app, LINE_REPLY, 0, &m))
    if ((LONG)m.dwParam1 == req) return (LONG)m.dwParam2;
  REQUIRE(!"no LINE_REPLY");
  return -1;
}

static DWORD features(HCALL h) {
  LINECALLSTATUS st;
  REQUIRE_RC(t_status(h, &st), 0);
  return st.dwCallFeatures;
}

/* LINE_CALLINFO for `h` with `what` among its bits comes before the queue is quiet. */
static int callinfo_seen(HLINEAPP app, HCALL h, DWORD what) {
  LINEMESSAGE m;
  while (t_next(app, &m, 200))
    if (m.dwMessageID == LINE_CALLINFO && m.hDevice == h && (m.dwParam1 & what)) return 1;
  return 0;
}

int main(void) {
  HLINE line, mline;
  HLINEAPP app = t_app_with_line("api-cc", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &line);
  HLINEAPP mon = t_app_with_line("api-cc-mon", 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 2,
                                 &mline);

  /* lineDial: a call made with no address waits at dial tone. */
  HCALL h = t_make_call(app, line, NULL);
  REQUIRE(t_wait_state(app, h, LINECALLSTATE_DIALTONE));
  CHECK(features(h) & LINECALLFEATURE_DIAL);
  HCALL hm = t_new_call(mon, mline, NULL);
  CHECK_RC(lineDial(h, NULL, 0), LINEERR_INVALPOINTER);
  CHECK_RC(lineDial(h, "", 0), LINEERR_INVALADDRESS);
  CHECK_RC(lineDial(hm, "5550100", 0), LINEERR_NOTOWNER);
  CHECK_RC(lineHold(h), LINEERR_INVALCALLSTATE); /* not connected yet */
  CHECK_EQ(reply_of(app, lineDialA(h, "5550100", 0)), 0);
  REQUIRE(t_wait_state(app, h, LINECALLSTATE_CONNECTED));
  {
    unsigned char buf[1024];
    REQUIRE_RC(t_info(h, buf, sizeof buf), 0);
    LINECALLINFO *ci = (LINECALLINFO *)buf;
    CHECK(ci->dwCalledIDFlags & LINECALLPARTYID_ADDRESS);
    const char *called = t_field(buf, ci->dwCalledIDSize, ci->dwCalledIDOffset);
    CHECK(called && strcmp(called, "5550100") == 0);
  }
  CHECK_RC(lineDial(h, "5550111", 0), LINEERR_INVALCALLSTATE); /* connected */

  /* lineHold / lineUnhold. */
  CHECK(features(h) & LINECALLFEATURE_HOLD);
  CHECK_RC(lineUnhold(h), LINEERR_INVALCALLSTATE);
  CHECK_RC(lineHold(hm), LINEERR_NOTOWNER);
  CHECK_EQ(reply_of(app, lineHold(h)), 0);
  REQUIRE(t_wait_state(app, h, LINECALLSTATE_ONHOLD));
  CHECK_EQ(t_state(hm), LINECALLSTATE_ONHOLD);
  CHECK(features(h) & LINECALLFEATURE_UNHOLD);
  CHECK_RC(lineHold(h), LINEERR_INVALCALLSTATE);
  CHECK_EQ(reply_of(app, lineUnhold(h)), 0);
  REQUIRE(t_wait_state(app, h, LINECALLSTATE_CONNECTED));

  /* lineSecureCall: dwCallParamFlags gains SECURE; every handle is told. */
  CHECK_EQ(t_info_dw(h, offsetof(LINECALLINFO, dwCallParamFlags), 0xFFFFFFFF) &
               LINECALLPARAMFLAGS_SECURE,
           0);
  CHECK_RC(lineSecureCall(hm), LINEERR_NOTOWNER);
  CHECK_EQ(reply_of(app, lineSecureCall(h)), 0);
  CHECK_EQ(t_info_dw(h, offsetof(LINECALLINFO, dwCallParamFlags), 0) &
               LINECALLPARAMFLAGS_SECURE,
           LINECALLPARAMFLAGS_SECURE);
  CHECK_EQ(t_info_dw(hm, offsetof(LINECALLINFO, dwCallParamFlags), 0) &
               LINECALLPARAMFLAGS_SECURE,
           LINECALLPARAMFLAGS_SECURE);

  /* lineSetMediaMode: synchronous; one mode, or several with UNKNOWN. */
  CHECK_RC(lineSetMediaMode(h, 0), LINEERR_INVALMEDIAMODE);
  CHECK_RC(lineSetMediaMode(h, LINEMEDIAMODE_DATAMODEM | LINEMEDIAMODE_G3FAX),
           LINEERR_INVALMEDIAMODE);
  CHECK_RC(lineSetMediaMode(h, 0x80000000), LINEERR_INVALMEDIAMODE);
  CHECK_RC(lineSetMediaMode(hm, LINEMEDIAMODE_DATAMODEM), LINEERR_NOTOWNER);
  t_drain(mon);
  CHECK_RC(lineSetMediaMode(h, LINEMEDIAMODE_DATAMODEM), 0);
  CHECK_EQ(t_info_dw(hm, offsetof(LINECALLINFO, dwMediaMode), 0), LINEMEDIAMODE_DATAMODEM);
  CHECK(callinfo_seen(mon, hm, LINECALLINFOSTATE_MEDIAMODE));
  CHECK_RC(lineSetMediaMode(h, LINEMEDIAMODE_UNKNOWN | LINEMEDIAMODE_DATAMODEM |
                                   LINEMEDIAMODE_INTERACTIVEVOICE),
           0);

  /* lineBlindTransfer: the call leaves the line, IDLE here and for the monitor. */
  CHECK(features(h) & LINECALLFEATURE_BLINDTRANSFER);
  CHECK_RC(lineBlindTransfer(h, "", 0), LINEERR_INVALADDRESS);
  CHECK_RC(lineBlindTransfer(hm, "5550200", 0), LINEERR_NOTOWNER);
  CHECK_EQ(reply_of(app, lineBlindTransferA(h, "5550200", 0)), 0);
  REQUIRE(t_wait_state(app, h, LINECALLSTATE_IDLE));
  CHECK_EQ(t_state(hm), LINECALLSTATE_IDLE);
  CHECK_RC(lineBlindTransfer(h, "5550200", 0), LINEERR_INVALCALLSTATE);
  CHECK_RC(lineHold(h), LINEERR_INVALCALLSTATE);
  CHECK_RC(lineSecureCall(h), LINEERR_INVALCALLSTATE);
  CHECK_RC(lineDeallocateCall(h), 0);
  CHECK_RC(lineDeallocateCall(hm), 0);
  t_drain(app);
  t_drain(mon);

  /* lineRedirect: an offered call goes elsewhere without being answered. */
  HCALL in = t_offer(app, 0, "5551234", "Caller", NULL);
  HCALL in_m = t_new_call(mon, mline, NULL);
  REQUIRE(t_wait_state(app, in, LINECALLSTATE_OFFERING));
  CHECK(features(in) & LINECALLFEATURE_REDIRECT);
  CHECK_RC(lineRedirect(in_m, "5550300", 0), LINEERR_NOTOWNER);
  CHECK_RC(lineHold(in), LINEERR_INVALCALLSTATE);
  CHECK_EQ(reply_of(app, lineRedirectA(in, "5550300", 0)), 0);
  REQUIRE(t_wait_state(app, in, LINECALLSTATE_IDLE));
  CHECK_RC(lineRedirect(in, "5550300", 0), LINEERR_INVALCALLSTATE);
  CHECK_RC(lineDeallocateCall(in), 0);
  CHECK_RC(lineDeallocateCall(in_m), 0);

  /* lineGetAddressID: by the line's own number (1000 for device 0). */
  DWORD id = 0xFFFF;
  CHECK_RC(lineGetAddressID(line, &id, LINEADDRESSMODE_DIALABLEADDR, "1000", 5), 0);
  CHECK_EQ(id, 0);
  CHECK_RC(lineGetAddressID(line, &id, LINEADDRESSMODE_DIALABLEADDR, "9999", 5),
           LINEERR_INVALADDRESS);
  CHECK_RC(lineGetAddressID(line, &id, LINEADDRESSMODE_ADDRESSID, "1000", 5),
           LINEERR_INVALADDRESSMODE);
  CHECK_RC(lineGetAddressID(line, NULL, LINEADDRESSMODE_DIALABLEADDR, "1000", 5),
           LINEERR_INVALPOINTER);
  CHECK_RC(lineGetAddressID(line, &id, LINEADDRESSMODE_DIALABLEADDR, NULL, 5),
           LINEERR_INVALPOINTER);
  {
    const WCHAR wnum[] = {'1', '0', '0', '0', 0};
    id = 0xFFFF;
    CHECK_RC(lineGetAddressIDW(line, &id, LINEADDRESSMODE_DIALABLEADDR, wnum, sizeof wnum), 0);
    CHECK_EQ(id, 0);
  }

  /* Wrong kinds and dead handles. */
  CHECK_RC(lineHold(0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineHold((HCALL)line), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSecureCall(in), LINEERR_INVALCALLHANDLE); /* deallocated */
  CHECK_RC(lineDial(in, "1", 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetMediaMode(in, LINEMEDIAMODE_DATAMODEM), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineGetAddressID((HLINE)in, &id, LINEADDRESSMODE_DIALABLEADDR, "1000", 5),
           LINEERR_INVALLINEHANDLE);

  CHECK_RC(lineShutdown(mon), 0);
  CHECK_RC(lineShutdown(app), 0);
  CHECK_RC(lineHold(h), LINEERR_UNINITIALIZED);
  TEST_DONE();
}
