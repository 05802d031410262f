/* R2: after a call reaches LINECALLSTATE_IDLE its owner's handle stays valid until the
 * application deallocates it (or its line closes). lineGetCallStatus reports IDLE and
 * lineGetCallInfo keeps the call's data (dwCallID as tapisimOfferCall returned it,
 * caller ID and name, called ID). After lineDeallocateCall both give
 * LINEERR_INVALCALLHANDLE. Covered: an answered incoming call the far end hangs up and
 * the owner then drops (2.x line), an outgoing call the owner drops, and an offered
 * call dropped on a TAPI 1.4 line (read with the 1.4 fixed size, 296 bytes). */
#include "common.h"

static void check_caller(HCALL h, DWORD id, const char *number, const char *name) {
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  CHECK_RC(t_info(h, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, id);
  CHECK_EQ(ci->dwCallerIDFlags & (LINECALLPARTYID_ADDRESS | LINECALLPARTYID_NAME),
           LINECALLPARTYID_ADDRESS | LINECALLPARTYID_NAME);
  CHECK(strcmp(t_field(ci, ci->dwCallerIDSize, ci->dwCallerIDOffset), number) == 0);
  CHECK(strcmp(t_field(ci, ci->dwCallerIDNameSize, ci->dwCallerIDNameOffset), name) == 0);
  CHECK_EQ(ci->dwCallerIDSize, strlen(number) + 1);
}

int main(void) {
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  DWORD priv = 0;
  HLINEAPP app = t_init_event("r02-idle");
  HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1);

  /* 1. Incoming, answered, the far end hangs up, the owner drops: IDLE. */
  DWORD id = 0;
  HCALL in = t_offer(app, 0, "5551234", "Alice Smith", &id);
  CHECK(id != 0);
  CHECK(lineAnswer(in, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, in, LINECALLSTATE_CONNECTED));
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), 0);
  REQUIRE(t_wait_state(app, in, LINECALLSTATE_DISCONNECTED));
  CHECK_EQ(t_status_of(in, NULL), LINECALLSTATE_DISCONNECTED);
  check_caller(in, id, "5551234", "Alice Smith");
  CHECK(lineDrop(in, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, in, LINECALLSTATE_IDLE));
  CHECK_EQ(t_status_of(in, &priv), LINECALLSTATE_IDLE);
  CHECK_EQ(priv, LINECALLPRIVILEGE_OWNER);
  check_caller(in, id, "5551234", "Alice Smith");
  CHECK_RC(t_info(in, buf, sizeof buf), 0);
  CHECK_EQ(ci->hLine, line);
  CHECK_EQ(ci->dwLineDeviceID, 0);
  CHECK_EQ(ci->dwNumOwners, 1);
  /* The far end cannot hang up an idle call again; the handle is unaffected. */
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), LINEERR_INVALCALLSTATE);

  /* 2. Outgoing, dropped by the owner: IDLE, called ID kept. Meanwhile more calls come
   * and go; the idle handle is not reclaimed. */
  HCALL out = t_make_call(app, line, "5550100");
  CHECK_RC(t_info(out, buf, sizeof buf), 0);
  DWORD oid = ci->dwCallID;
  CHECK(oid != 0 && oid != id);
  CHECK(lineDrop(out, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, out, LINECALLSTATE_IDLE));
  for (int i = 0; i < 50; i++) {
    HCALL x = t_make_call(app, line, "5550199");
    CHECK_RC(lineDeallocateCall(x), 0);
    t_drain(app);
  }
  CHECK_EQ(t_status_of(out, NULL), LINECALLSTATE_IDLE);
  CHECK_RC(t_info(out, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, oid);
  CHECK_EQ(ci->dwOrigin, LINECALLORIGIN_OUTBOUND);
  CHECK(ci->dwCalledIDFlags & LINECALLPARTYID_ADDRESS);
  CHECK(strcmp(t_field(ci, ci->dwCalledIDSize, ci->dwCalledIDOffset), "5550100") == 0);
  CHECK_EQ(t_status_of(in, NULL), LINECALLSTATE_IDLE);
  check_caller(in, id, "5551234", "Alice Smith");

  /* Valid until deallocated, then invalid. */
  CHECK_RC(lineDeallocateCall(in), 0);
  CHECK_RC(t_info(in, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(t_status_of(in, NULL), 0);
  LINECALLSTATUS st;
  CHECK_RC(t_status(in, &st), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(t_status_of(out, NULL), LINECALLSTATE_IDLE);
  CHECK_RC(lineDeallocateCall(out), 0);
  CHECK_RC(t_info(out, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_RC(t_status(out, &st), LINEERR_INVALCALLHANDLE);

  /* 3. TAPI 1.4: an offered call dropped by its owner. */
  HLINE l14 = t_open(app, 1, 0x00010004, LINECALLPRIVILEGE_OWNER, 2);
  DWORD id14 = 0;
  CHECK_RC(tapisimOfferCall(1, 0, "5557777", "Bob Jones", 0, &id14), 0);
  LINEMESSAGE m;
  REQUIRE(t_wait_for(app, LINE_CALLSTATE, 0, &m));
  CHECK_EQ(m.dwParam1, LINECALLSTATE_OFFERING);
  HCALL h14 = m.hDevice;
  CHECK(h14 != 0);
  CHECK(lineDrop(h14, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, h14, LINECALLSTATE_IDLE));
  CHECK_EQ(t_status_of(h14, NULL), LINECALLSTATE_IDLE);
  check_caller(h14, id14, "5557777", "Bob Jones");
  CHECK_RC(t_info(h14, buf, 296), 0);
  CHECK_EQ(ci->dwCallID, id14);
  CHECK_EQ(ci->hLine, l14);
  CHECK_RC(lineDeallocateCall(h14), 0);
  CHECK_RC(t_info(h14, buf, sizeof buf), LINEERR_INVALCALLHANDLE);

  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
