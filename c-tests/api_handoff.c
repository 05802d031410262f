/* lineHandoff: by media mode, the first other application, in lineOpen order, that has
 * the line open as owner for that mode becomes an owner of the call (its handle gets
 * LINE_CALLSTATE with dwParam3 LINECALLPRIVILEGE_OWNER; dwNumOwners counts it); by
 * program file name, another application of that program; TARGETSELF, TARGETNOTFOUND,
 * INVALMEDIAMODE, NOTOWNER and dead handles as Microsoft documents. */
#include "common.h"

/* The privilege of `h`'s next LINE_CALLSTATE that names one (dwParam3), or 0. */
static DWORD callstate_privilege(HLINEAPP app, HCALL h) {
  LINEMESSAGE m;
  while (t_wait_for(app, LINE_CALLSTATE, h, &m))
    if (m.dwParam3) return (DWORD)m.dwParam3;
  return 0;
}

int main(int argc, char **argv) {
  (void)argc;
  const char *self = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
  HLINE la, lb, lc;
  /* A owns voice calls, B is an owner for data calls, C monitors. */
  HLINEAPP a = t_app_with_line("api-handoff-a", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &la);
  HLINEAPP b = t_init_event("api-handoff-b");
  REQUIRE_RC(lineOpen(b, 0, &lb, 0x00020002, 0, 2, LINECALLPRIVILEGE_OWNER,
                      LINEMEDIAMODE_DATAMODEM, NULL),
             0);
  HLINEAPP c = t_app_with_line("api-handoff-c", 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 3, &lc);

  HCALL ha = t_offer(a, 0, "5551234", "Handoff", NULL);
  HCALL hb = t_new_call(b, lb, NULL);
  HCALL hc = t_new_call(c, lc, NULL);
  CHECK_EQ(t_privilege(ha), LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(t_privilege(hb), LINECALLPRIVILEGE_MONITOR);
  CHECK_COUNTS(ha, 1, 2);
  t_drain(a);
  t_drain(b);
  t_drain(c);

  /* Bad input changes nothing. */
  CHECK_RC(lineHandoff(hc, NULL, LINEMEDIAMODE_DATAMODEM), LINEERR_NOTOWNER);
  CHECK_RC(lineHandoff(ha, NULL, 0), LINEERR_INVALMEDIAMODE);
  CHECK_RC(lineHandoff(ha, NULL, LINEMEDIAMODE_DATAMODEM | LINEMEDIAMODE_G3FAX),
           LINEERR_INVALMEDIAMODE);
  CHECK_RC(lineHandoff(ha, NULL, LINEMEDIAMODE_G3FAX), LINEERR_TARGETNOTFOUND);
  CHECK_RC(lineHandoff(ha, NULL, LINEMEDIAMODE_INTERACTIVEVOICE), LINEERR_TARGETSELF);
  CHECK_RC(lineHandoff(ha, "no-such-program.exe", 0), LINEERR_TARGETNOTFOUND);
  {
    const WCHAR wname[] = {'n', 'o', 'n', 'e', 0};
    CHECK_RC(lineHandoffW(ha, wname, 0), LINEERR_TARGETNOTFOUND);
  }
  CHECK_RC(lineHandoff(0, NULL, LINEMEDIAMODE_DATAMODEM), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineHandoff((HCALL)la, NULL, LINEMEDIAMODE_DATAMODEM), LINEERR_INVALCALLHANDLE);
  CHECK_EQ(t_privilege(hb), LINECALLPRIVILEGE_MONITOR);
  CHECK_COUNTS(ha, 1, 2);

  /* By media mode: B, the owner for data calls, gets ownership. */
  CHECK_RC(lineHandoff(ha, NULL, LINEMEDIAMODE_DATAMODEM), 0);
  CHECK_EQ(t_privilege(hb), LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(callstate_privilege(b, hb), LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(t_privilege(ha), LINECALLPRIVILEGE_OWNER); /* the caller keeps ownership */
  CHECK_COUNTS(ha, 2, 1);
  CHECK_COUNTS(hc, 2, 1);
  CHECK_EQ(t_privilege(hc), LINECALLPRIVILEGE_MONITOR);

  /* A gives up its ownership and deallocates, as handing off programs do. */
  CHECK_RC(lineSetCallPrivilege(ha, LINECALLPRIVILEGE_MONITOR), 0);
  CHECK_RC(lineDeallocateCall(ha), 0);
  CHECK_COUNTS(hb, 1, 1);

  /* By file name (all applications here are this program): the first other
   * owner-privileged open, A; handing off to one's own name succeeds. */
  t_drain(a);
  CHECK_RC(lineHandoffA(hb, self, 0), 0);
  HCALL ha2 = t_new_call(a, la, NULL);
  CHECK(ha2 != 0 && ha2 != ha);
  CHECK_EQ(t_privilege(ha2), LINECALLPRIVILEGE_OWNER);
  CHECK_COUNTS(hb, 2, 1);

  CHECK(lineDrop(hb, NULL, 0) > 0);
  CHECK(t_wait_state(b, hb, LINECALLSTATE_IDLE));
  CHECK_RC(lineDeallocateCall(hb), 0);
  CHECK_RC(lineDeallocateCall(ha2), 0);
  CHECK_RC(lineDeallocateCall(hc), 0);
  CHECK_RC(lineHandoff(hb, NULL, LINEMEDIAMODE_DATAMODEM), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineShutdown(c), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineHandoff(ha2, NULL, LINEMEDIAMODE_DATAMODEM), LINEERR_UNINITIALIZED);
  TEST_DONE();
}
