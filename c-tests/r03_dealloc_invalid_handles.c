/* R3, errors: lineDeallocateCall of an invalid handle gives LINEERR_INVALCALLHANDLE:
 * 0, values never issued, a handle already deallocated (a second and third time, and
 * after many later calls), a handle made invalid by lineClose or lineShutdown, and
 * handles of other kinds (HLINE, HLINEAPP). Such a failure changes nothing: the other
 * handles to the same call stay valid with unchanged counts and no message is queued. */
#include "common.h"

int main(void) {
  char buf[1024];
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  LINEMESSAGE m;
  HLINE la, lb;
  HLINEAPP a = t_app_with_line("r03-invalid-a", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &la);
  HLINEAPP b = t_app_with_line("r03-invalid-b", 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 2, &lb);

  DWORD id = 0;
  HCALL live = t_offer(a, 0, "5551234", "Alice", &id);
  HCALL live_b = t_new_call(b, lb, NULL);

  /* Already deallocated. */
  HCALL old = t_make_call(a, la, "5550100");
  CHECK_RC(lineDeallocateCall(old), 0);
  CHECK_RC(lineDeallocateCall(old), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(old), LINEERR_INVALCALLHANDLE);
  /* Stale: still rejected after many later calls came and went. */
  for (int i = 0; i < 200; i++) {
    HCALL x = t_make_call(a, la, "5550101");
    CHECK(x != old);
    CHECK_RC(lineDeallocateCall(x), 0);
    t_drain(a);
  }
  CHECK_RC(lineDeallocateCall(old), LINEERR_INVALCALLHANDLE);

  /* Invalid because its line was closed. */
  HLINE l1 = t_open(a, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 3);
  HCALL closed = t_make_call(a, l1, "5550102");
  CHECK_RC(lineClose(l1), 0);
  CHECK_RC(lineDeallocateCall(closed), LINEERR_INVALCALLHANDLE);
  /* Invalid because its application shut down (another application keeps TAPI
   * initialized, so the answer is not LINEERR_UNINITIALIZED). */
  HLINEAPP c = t_init_event("r03-invalid-c");
  HLINE lc = t_open(c, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 4);
  HCALL shut = t_make_call(c, lc, "5550103");
  CHECK_RC(lineShutdown(c), 0);
  CHECK_RC(lineDeallocateCall(shut), LINEERR_INVALCALLHANDLE);

  t_drain(a);
  t_drain(b);
  /* Never valid. */
  CHECK_RC(lineDeallocateCall(0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(0xFFFFFFFFu), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(0xDEADBEEFu), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(0x80000000u), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(live ^ 0x80000000u), LINEERR_INVALCALLHANDLE);
  /* Other kinds. */
  CHECK_RC(lineDeallocateCall(la), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(lb), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(a), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(b), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(c), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(l1), LINEERR_INVALCALLHANDLE);

  /* Nothing changed. */
  CHECK_RC(lineGetMessage(a, &m, 0), LINEERR_OPERATIONFAILED);
  CHECK_RC(lineGetMessage(b, &m, 0), LINEERR_OPERATIONFAILED);
  CHECK_RC(t_info(live, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, id);
  CHECK_EQ(ci->dwNumOwners, 1);
  CHECK_EQ(ci->dwNumMonitors, 1);
  CHECK_RC(t_info(live_b, buf, sizeof buf), 0);
  CHECK_EQ(ci->dwCallID, id);
  CHECK_EQ(t_state(live), LINECALLSTATE_OFFERING);
  CHECK_RC(lineDeallocateCall(live), 0);
  CHECK_RC(lineDeallocateCall(live_b), 0);
  CHECK_RC(lineDeallocateCall(live), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(live_b), LINEERR_INVALCALLHANDLE);

  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
