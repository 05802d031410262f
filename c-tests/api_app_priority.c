/* lineSetAppPriority / lineGetAppPriority: the handoff priority lists, per media mode and
 * for Assisted Telephony's request modes, need no initialized application; 1 puts a module
 * first (moving it up), 0 removes it, the position reads back (0 when not listed); names
 * compare without regard to case. Bad input gets its error and changes nothing. Two
 * applications of one process share its module name, so the first lineOpen owns an
 * offered call whatever the lists say. */
#include "common.h"

static DWORD prio(const char *name, DWORD media, DWORD request) {
  DWORD p = 0xDEADBEEF;
  CHECK_RC(lineGetAppPriority(name, media, NULL, request, NULL, &p), 0);
  return p;
}

int main(int argc, char **argv) {
  (void)argc;
  const DWORD modem = LINEMEDIAMODE_DATAMODEM;

  /* No application initialized yet: the lists work anyway (an installer's idiom). */
  CHECK_EQ(prio("dialer.exe", modem, 0), 0);
  CHECK_RC(lineSetAppPriority("Dialer.EXE", modem, NULL, 0, NULL, 1), 0);
  CHECK_EQ(prio("dialer.exe", modem, 0), 1);
  CHECK_RC(lineSetAppPriorityA("fax.exe", modem, NULL, 0, NULL, 1), 0);
  CHECK_EQ(prio("DIALER.exe", modem, 0), 2);
  CHECK_EQ(prio("fax.exe", modem, 0), 1);
  CHECK_RC(lineSetAppPriority("dialer.exe", modem, NULL, 0, NULL, 1), 0); /* moves up */
  CHECK_EQ(prio("dialer.exe", modem, 0), 1);
  CHECK_EQ(prio("fax.exe", modem, 0), 2);
  CHECK_EQ(prio("dialer.exe", LINEMEDIAMODE_G3FAX, 0), 0); /* lists are per media mode */
  /* dwRequestMode is ignored with a media mode. */
  CHECK_EQ(prio("dialer.exe", modem, 0x12345678), 1);

  /* Request mode lists. */
  CHECK_RC(lineSetAppPriority("dialer.exe", 0, NULL, LINEREQUESTMODE_MAKECALL, NULL, 1), 0);
  CHECK_EQ(prio("dialer.exe", 0, LINEREQUESTMODE_MAKECALL), 1);
  CHECK_EQ(prio("dialer.exe", 0, LINEREQUESTMODE_MEDIACALL), 0);

  /* Wide entry points share the lists. */
  const WCHAR wfax_upper[] = {'F', 'A', 'X', '.', 'E', 'X', 'E', 0};
  const WCHAR wfax[] = {'f', 'a', 'x', '.', 'e', 'x', 'e', 0};
  DWORD p = 0;
  CHECK_RC(lineGetAppPriorityW(wfax_upper, modem, NULL, 0, NULL, &p), 0);
  CHECK_EQ(p, 2);
  CHECK_RC(lineSetAppPriorityW(wfax, modem, NULL, 0, NULL, 1), 0);
  CHECK_EQ(prio("fax.exe", modem, 0), 1);

  /* Removing, twice (no error the second time). */
  CHECK_RC(lineSetAppPriority("fax.exe", modem, NULL, 0, NULL, 0), 0);
  CHECK_RC(lineSetAppPriority("fax.exe", modem, NULL, 0, NULL, 0), 0);
  CHECK_EQ(prio("fax.exe", modem, 0), 0);
  CHECK_EQ(prio("dialer.exe", modem, 0), 1);

  /* Bad input: its error, the lists unchanged, *lpdwPriority not written. */
  CHECK_RC(lineSetAppPriority("dialer.exe", modem, NULL, 0, NULL, 2), LINEERR_INVALPARAM);
  CHECK_RC(lineSetAppPriority("dialer.exe", modem, NULL, 0, NULL, 0xFFFFFFFF),
           LINEERR_INVALPARAM);
  CHECK_RC(lineSetAppPriority(NULL, modem, NULL, 0, NULL, 1), LINEERR_INVALPOINTER);
  CHECK_RC(lineSetAppPriority("", modem, NULL, 0, NULL, 1), LINEERR_INVALAPPNAME);
  CHECK_RC(lineSetAppPriority("C:\\apps\\fax.exe", modem, NULL, 0, NULL, 1),
           LINEERR_INVALAPPNAME);
  CHECK_RC(lineSetAppPriority("fax.exe", modem | LINEMEDIAMODE_G3FAX, NULL, 0, NULL, 1),
           LINEERR_INVALMEDIAMODE);
  CHECK_RC(lineSetAppPriority("fax.exe", 1, NULL, 0, NULL, 1), LINEERR_INVALMEDIAMODE);
  CHECK_RC(lineSetAppPriority("fax.exe", 0x00010000, NULL, 0, NULL, 1), LINEERR_INVALMEDIAMODE);
  CHECK_RC(lineSetAppPriority("fax.exe", 0, NULL, 0, NULL, 1), LINEERR_INVALREQUESTMODE);
  CHECK_RC(lineSetAppPriority("fax.exe", 0, NULL, 4, NULL, 1), LINEERR_INVALREQUESTMODE);
  CHECK_EQ(prio("fax.exe", modem, 0), 0);
  CHECK_EQ(prio("dialer.exe", modem, 0), 1);
  p = 0xDEADBEEF;
  CHECK_RC(lineGetAppPriority(NULL, modem, NULL, 0, NULL, &p), LINEERR_INVALPOINTER);
  CHECK_RC(lineGetAppPriority("dialer.exe", modem, NULL, 0, NULL, NULL), LINEERR_INVALPOINTER);
  CHECK_RC(lineGetAppPriority("a\\b.exe", modem, NULL, 0, NULL, &p), LINEERR_INVALAPPNAME);
  CHECK_RC(lineGetAppPriority("dialer.exe", 6, NULL, 0, NULL, &p), LINEERR_INVALMEDIAMODE);
  CHECK_RC(lineGetAppPriority("dialer.exe", 0, NULL, 8, NULL, &p), LINEERR_INVALREQUESTMODE);
  CHECK_EQ(p, 0xDEADBEEF);

  /* This program first for voice; two of its applications open the line as owners. The
   * one that opened first owns the offered call, the other monitors it. */
  const char *self = strrchr(argv[0], '/');
  self = self ? self + 1 : argv[0];
  CHECK_RC(lineSetAppPriority(self, LINEMEDIAMODE_INTERACTIVEVOICE, NULL, 0, NULL, 1), 0);
  CHECK_EQ(prio(self, LINEMEDIAMODE_INTERACTIVEVOICE, 0), 1);
  HLINEAPP a = t_app_with_line("prio-a", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, NULL);
  HLINEAPP b = t_app_with_line("prio-b", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 2, NULL);
  HCALL ha = t_offer(a, 0, "5551234", "Prio", NULL);
  HCALL hb = t_offer(b, 0, "5551234", "Prio", NULL);
  DWORD pa = 0, pb = 0;
  REQUIRE(t_status_of(ha, &pa) == LINECALLSTATE_OFFERING);
  REQUIRE(t_status_of(hb, &pb) == LINECALLSTATE_OFFERING);
  CHECK_EQ(pa, LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(pb, LINECALLPRIVILEGE_MONITOR);
  /* Still readable while applications run, and unchanged by them. */
  CHECK_EQ(prio("dialer.exe", modem, 0), 1);
  CHECK_RC(lineDeallocateCall(hb), 0);
  REQUIRE(lineDrop(ha, NULL, 0) > 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  CHECK_EQ(prio(self, LINEMEDIAMODE_INTERACTIVEVOICE, 0), 1);
  TEST_DONE();
}
