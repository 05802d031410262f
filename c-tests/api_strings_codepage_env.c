/* The code page set by the environment: TAPI32_CODEPAGE=utf-8 wins over the scenario's
 * `codepage = 1251`. Single-byte strings are UTF-8: valid sequences are characters in
 * the W results, invalid bytes (a Windows-1252 "M\xfcller") still come back verbatim
 * from the A entry points and as U+FFFD from the W ones (as MultiByteToWideChar does);
 * from W to A every character is representable (U+0100 is C4 80) and a lone surrogate
 * is U+FFFD (EF BF BD), as WideCharToMultiByte(CP_UTF8) gives. */
#include "common.h"
#include "strings_fields.h"

int main(void) {
  char path[] = "/tmp/tapi32-cp-env-XXXXXX";
  t_scenario_file("codepage = 1251\n"
                  "[[line]]\n"
                  "name = \"\xd0\x9b\xd0\xb8\xd0\xbd\xd0\xb8\xd1\x8f\"\n",
                  path);
  setenv("TAPI32_CODEPAGE", "utf-8", 1);
  HLINE line = 0;
  HLINEAPP app = t_app_with_line("strings-utf8", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0, &line);
  unlink(path);

  HCALL zoe = t_offer(app, 0, "1", "Zo\xc3\xab", NULL);
  static const WCHAR w_zoe[] = {'Z', 'o', 0xEB, 0};
  CHECK_RC(info(lineGetCallInfoA, zoe), 0);
  A_IS(CALLER_NAME, "Zo\xc3\xab");
  CHECK_RC(info(lineGetCallInfoW, zoe), 0);
  W_IS(CALLER_NAME, w_zoe);

  HCALL bad = t_offer(app, 0, "2", "M\xfcller \xc3", NULL);
  static const WCHAR w_bad[] = {'M', 0xFFFD, 'l', 'l', 'e', 'r', ' ', 0xFFFD, 0};
  CHECK_RC(info(lineGetCallInfoA, bad), 0);
  A_IS(CALLER_NAME, "M\xfcller \xc3");
  CHECK_RC(info(lineGetCallInfoW, bad), 0);
  W_IS(CALLER_NAME, w_bad);

  /* The scenario's line name in UTF-8. */
  CHECK_RC(devcaps(lineGetDevCapsA, app, 0), 0);
  A_IS(LINE_NAME, "\xd0\x9b\xd0\xb8\xd0\xbd\xd0\xb8\xd1\x8f");

  static const WCHAR w_dest[] = {0x0100, 0xD800, '3', 0};
  CHECK_DEST_W(app, line, w_dest, "\xc4\x80\xef\xbf\xbd" "3");

  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
