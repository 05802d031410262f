/* Strings verbatim, default code page (Windows-1252): what a single-byte entry point is
 * given comes back from the single-byte entry points as the same bytes, whatever they
 * are; what a W entry point is given comes back from the W entry points as the same code
 * units, lone surrogates included. Between the two the library converts through
 * Windows-1252: 0xFC is U+00FC, 0x80 U+20AC, 0x9F U+0178; a character Windows-1252 lacks
 * becomes '?' (one per UTF-16 unit), as WideCharToMultiByte's default character. Paths:
 * tapisimOfferCall's caller name, lineMakeCall's destination (the called ID),
 * lineInitializeEx's application name (LINECALLINFO's AppName). */
#include "common.h"
#include "strings_fields.h"

#undef lineGetCallInfo /* the plain (TAPI 1.x) entry point */

int main(void) {
  HLINE line0 = 0;
  HLINEAPP app = t_app_with_line("strings-a", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 0, &line0);

  /* 1. A in, A out: Windows-1252 bytes, including the C1 range and bytes 1252 leaves
   * undefined (0x81, 0x8D), come back as given; W out: their characters. */
  HCALL in = t_offer(app, 0, "555\xb2", "M\xfcller \x80\x9f\x81\x8d\xff", NULL);
  static const WCHAR w_name[] = {'M', 0xFC, 'l', 'l', 'e', 'r', ' ', 0x20AC,
                                 0x0178, 0x0081, 0x008D, 0x00FF, 0};
  static const WCHAR w_id[] = {'5', '5', '5', 0xB2, 0};
  CHECK_RC(info(lineGetCallInfoA, in), 0);
  A_IS(CALLER_NAME, "M\xfcller \x80\x9f\x81\x8d\xff");
  A_IS(CALLER_ID, "555\xb2");
  CHECK_RC(info(lineGetCallInfoW, in), 0);
  W_IS(CALLER_NAME, w_name);
  W_IS(CALLER_ID, w_id);

  /* lineMakeCallA's destination: the called ID, bytes in, bytes out. */
  HCALL out_a = t_make_call(app, line0, "Caf\xe9 \x80\xa4");
  static const WCHAR w_cafe[] = {'C', 'a', 'f', 0xE9, ' ', 0x20AC, 0xA4, 0};
  CHECK_RC(info(lineGetCallInfoA, out_a), 0);
  A_IS(CALLED_ID, "Caf\xe9 \x80\xa4");
  A_IS(APP_NAME, "strings-a");
  CHECK_RC(info(lineGetCallInfoW, out_a), 0);
  W_IS(CALLED_ID, w_cafe);

  /* 2. W in, W out: an application named with lone surrogates, a destination with a
   * lone low surrogate, a surrogate pair, and a character Windows-1252 lacks. */
  static const WCHAR w_app[] = {'W', 0xD800, 'x', 0xDFFF, 0};
  static const WCHAR w_dest[] = {'M', 0xFC, 'l', 0x20AC, 0x0100, 0xDC00, 0xD83D, 0xDE00, '9', 0};
  HLINEAPP wapp = 0;
  DWORD num = 0, ver = 0x00020002;
  LINEINITIALIZEEXPARAMS p = t_init_params(LINEINITIALIZEEXOPTION_USEEVENT);
  REQUIRE_RC(lineInitializeExW(&wapp, NULL, NULL, w_app, &num, &ver, &p), 0);
  HLINE wline = t_open(wapp, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 0);
  HCALL out_w = make_call_w(wapp, wline, w_dest);
  CHECK_RC(info(lineGetCallInfoW, out_w), 0);
  W_IS(CALLED_ID, w_dest);
  W_IS(APP_NAME, w_app);

  /* 3. W in, A out: through Windows-1252; U+0100, each lone surrogate and each unit of
   * the emoji's pair are '?' (no best-fit 'A' for U+0100). */
  CHECK_RC(info(lineGetCallInfoA, out_w), 0);
  A_IS(CALLED_ID, "M\xfcl\x80??" "??9");
  A_IS(APP_NAME, "W?x?");
  /* The plain (TAPI 1.x) entry point is single-byte too. */
  CHECK_RC(info(lineGetCallInfo, out_w), 0);
  A_IS(CALLED_ID, "M\xfcl\x80????9");

  /* lineDial's destination likewise (W in: W out exactly). */
  HCALL dt = 0;
  LONG req = lineMakeCallW(wline, &dt, NULL, 0, NULL);
  REQUIRE(req > 0);
  REQUIRE(t_wait_for(wapp, LINE_REPLY, 0, NULL));
  static const WCHAR w_dial[] = {'7', 0xDBFF, '7', 0};
  CHECK(lineDialW(dt, w_dial, 0) > 0);
  CHECK_RC(info(lineGetCallInfoW, dt), 0);
  W_IS(CALLED_ID, w_dial);

  CHECK_RC(lineShutdown(wapp), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
