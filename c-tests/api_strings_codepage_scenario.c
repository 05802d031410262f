/* The code page set by a scenario (top-level `codepage = 1251`, Cyrillic Windows): the
 * single-byte entry points' strings are Windows-1251. Bytes given to tapisimOfferCall
 * come back as the same bytes from lineGetCallInfoA and as Cyrillic from
 * lineGetCallInfoW; the scenario's line name (UTF-8 TOML) comes back from
 * lineGetDevCapsA in Windows-1251, its 'ü' (not in 1251) as '?', and exactly from
 * lineGetDevCapsW, its location's name likewise from lineGetTranslateCaps; a W
 * destination comes back from the A entry point in 1251. */
#include "common.h"
#include "strings_fields.h"

int main(void) {
  char path[] = "/tmp/tapi32-cp-scenario-XXXXXX";
  t_scenario_file("codepage = 1251\n"
                  "\n"
                  "[[line]]\n"
                  "name = \"\xd0\x9b\xd0\xb8\xd0\xbd\xd0\xb8\xd1\x8f M\xc3\xbcller\"\n"
                  "\n"
                  "[[line]]\n"
                  "\n"
                  "[location]\n"
                  "name = \"\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0\"\n",
                  path);
  HLINE line = 0;
  HLINEAPP app = t_app_with_line("strings-1251", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0, &line);
  unlink(path);

  /* "Иван" in Windows-1251. */
  HCALL in = t_offer(app, 0, "5551234", "\xc8\xe2\xe0\xed", NULL);
  static const WCHAR w_ivan[] = {0x0418, 0x0432, 0x0430, 0x043D, 0};
  CHECK_RC(info(lineGetCallInfoA, in), 0);
  A_IS(CALLER_NAME, "\xc8\xe2\xe0\xed");
  CHECK_RC(info(lineGetCallInfoW, in), 0);
  W_IS(CALLER_NAME, w_ivan);

  /* "Линия Müller". */
  static const WCHAR w_line[] = {0x041B, 0x0438, 0x043D, 0x0438, 0x044F, ' ', 'M',
                                 0xFC, 'l', 'l', 'e', 'r', 0};
  CHECK_RC(devcaps(lineGetDevCapsA, app, 0), 0);
  A_IS(LINE_NAME, "\xcb\xe8\xed\xe8\xff M?ller");
  CHECK_RC(devcaps(lineGetDevCapsW, app, 0), 0);
  W_IS(LINE_NAME, w_line);

  /* The location "Москва". */
  static const WCHAR w_moscow[] = {0x041C, 0x043E, 0x0441, 0x043A, 0x0432, 0x0430, 0};
  const size_t name = offsetof(LINELOCATIONENTRY, dwLocationNameSize);
  fresh();
  CHECK_RC(lineGetTranslateCapsA(app, 0x00020002, (LINETRANSLATECAPS *)buf), 0);
  A_IS(t_get_dw(buf, offsetof(LINETRANSLATECAPS, dwLocationListOffset)) + name,
       "\xcc\xee\xf1\xea\xe2\xe0");
  fresh();
  CHECK_RC(lineGetTranslateCapsW(app, 0x00020002, (LINETRANSLATECAPS *)buf), 0);
  W_IS(t_get_dw(buf, offsetof(LINETRANSLATECAPS, dwLocationListOffset)) + name, w_moscow);

  /* W in ("Ж€", both in 1251), A out. */
  static const WCHAR w_dest[] = {0x0416, 0x20AC, '1', 0};
  CHECK_DEST_W(app, line, w_dest, "\xc6\x88" "1");

  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
