/* R9 (event mode): one thread taking in turn from two USEEVENT applications gets each
 * application's own messages (lineGetMessage remembers the application a thread took
 * from last; the remembered one must never answer for another handle), and a handle
 * shut down gives LINEERR_INVALAPPHANDLE at once, with a timeout of 0 or not, while the
 * other application and one initialized afterwards still work.
 *  A. Calls offered on device 0 (application a, instance 10) and device 1 (b, 20),
 *     messages taken alternately: each LINE_APPNEWCALL has its own application's line
 *     and instance; an empty queue gives LINEERR_OPERATIONFAILED (0 and 20 ms).
 *  B. lineShutdown(a) from this thread after taking from a: lineGetMessage(a) gives
 *     LINEERR_INVALAPPHANDLE (timeout 0, 20 ms, and a message was still queued for it);
 *     b still gets its messages.
 *  C. A new application c on device 0 after a's shutdown: its messages come to c, and
 *     a's old handle is still refused. */
#include "common.h"

static LINEMESSAGE take(HLINEAPP app, DWORD timeout) {
  LINEMESSAGE m;
  memset(&m, 0, sizeof m);
  CHECK_RC(lineGetMessage(app, &m, timeout), 0);
  return m;
}

int main(void) {
  HLINE la, lb;
  HLINEAPP a = t_app_with_line("r09-turn-a", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 10, &la);
  HLINEAPP b = t_app_with_line("r09-turn-b", 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 20, &lb);
  LINEMESSAGE m;
  DWORD id = 0;

  /* A. In turn. */
  for (int round = 0; round < 3; round++) {
    REQUIRE_RC(tapisimOfferCall(0, 0, "5551000", "To A", 0, &id), 0);
    REQUIRE_RC(tapisimOfferCall(1, 0, "5552000", "To B", 0, &id), 0);
    LINEMESSAGE ma = take(a, T_TIMEOUT_MS);
    LINEMESSAGE mb = take(b, T_TIMEOUT_MS);
    CHECK_EQ(ma.dwMessageID, LINE_APPNEWCALL);
    CHECK_EQ(ma.hDevice, la);
    CHECK_EQ(ma.dwCallbackInstance, 10);
    CHECK_EQ(mb.dwMessageID, LINE_APPNEWCALL);
    CHECK_EQ(mb.hDevice, lb);
    CHECK_EQ(mb.dwCallbackInstance, 20);
    /* The rest (LINE_CALLSTATE OFFERING...) about each one's own call and line. */
    for (int i = 0; i < 2; i++) {
      HLINEAPP app = i ? b : a;
      DWORD_PTR inst = i ? 20 : 10;
      HCALL call = (HCALL)(i ? mb.dwParam2 : ma.dwParam2);
      while (lineGetMessage(app, &m, 0) == 0) {
        CHECK_EQ(m.dwCallbackInstance, inst);
        if (m.dwMessageID == LINE_CALLSTATE) CHECK_EQ(m.hDevice, call);
      }
      CHECK_RC(lineGetMessage(app, &m, 0), LINEERR_OPERATIONFAILED);
      CHECK_RC(lineGetMessage(app, &m, 20), LINEERR_OPERATIONFAILED);
      CHECK_RC(lineDeallocateCall(call), 0);
    }
  }

  /* B. a shut down, with a message still queued for it, after this thread took from it. */
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551001", "To A", 0, &id), 0);
  (void)take(a, T_TIMEOUT_MS);
  REQUIRE_RC(tapisimOfferCall(1, 0, "5552001", "To B", 0, &id), 0);
  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineGetMessage(a, &m, 0), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetMessage(a, &m, 20), LINEERR_INVALAPPHANDLE);
  m = take(b, T_TIMEOUT_MS);
  CHECK_EQ(m.dwMessageID, LINE_APPNEWCALL);
  CHECK_EQ(m.dwCallbackInstance, 20);
  CHECK_RC(lineGetMessage(a, &m, 0), LINEERR_INVALAPPHANDLE);

  /* C. A new application on a's device. */
  HLINE lc;
  HLINEAPP c = t_app_with_line("r09-turn-c", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 30, &lc);
  CHECK(c != a);
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551002", "To C", 0, &id), 0);
  m = take(c, T_TIMEOUT_MS);
  CHECK_EQ(m.dwMessageID, LINE_APPNEWCALL);
  CHECK_EQ(m.hDevice, lc);
  CHECK_EQ(m.dwCallbackInstance, 30);
  CHECK_RC(lineGetMessage(a, &m, 0), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetMessage(a, &m, 20), LINEERR_INVALAPPHANDLE);

  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(c), 0);
  TEST_DONE();
}
