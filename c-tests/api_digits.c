/* lineGenerateDigits, lineMonitorDigits and the far end's digits (tapisimRemoteDigits):
 * LINE_GENERATE when digits are sent, LINE_MONITORDIGITS per digit in the modes each
 * handle asked for (DTMFEND too), nothing once monitoring stops; owners only for
 * generating, owners and monitors for monitoring; bad modes, digits and states. */
#include "common.h"

/* Collects the LINE_MONITORDIGITS digits (and their modes) for `h`. */
static int digits_of(HLINEAPP app, HCALL h, char *out, DWORD *modes, int max) {
  LINEMESSAGE m;
  int n = 0;
  while (t_next(app, &m, 200))
    if (m.dwMessageID == LINE_MONITORDIGITS && m.hDevice == h && n < max) {
      out[n] = (char)m.dwParam1;
      modes[n++] = (DWORD)m.dwParam2;
    }
  out[n] = 0;
  return n;
}

int main(void) {
  HLINE line, mline;
  HLINEAPP app = t_app_with_line("api-digits", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &line);
  HLINEAPP mon = t_app_with_line("api-digits-m", 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 2,
                                 &mline);
  HCALL h = t_make_call(app, line, "5550100");
  HCALL hm = t_new_call(mon, mline, NULL);
  REQUIRE(t_wait_state(app, h, LINECALLSTATE_CONNECTED));
  DWORD id = t_call_id(h);
  t_drain(app);
  t_drain(mon);

  /* Monitoring. */
  CHECK_RC(lineMonitorDigits(h, 0x100), LINEERR_INVALDIGITMODE);
  CHECK_RC(lineMonitorDigits(h, LINEDIGITMODE_DTMF), 0);
  CHECK_RC(lineMonitorDigits(hm, LINEDIGITMODE_PULSE | LINEDIGITMODE_DTMF | LINEDIGITMODE_DTMFEND),
           0);
  CHECK_RC(tapisimRemoteDigits(id, "12#", LINEDIGITMODE_DTMF), 0);
  char got[32];
  DWORD modes[32];
  CHECK_EQ(digits_of(app, h, got, modes, 31), 3);
  CHECK(strcmp(got, "12#") == 0);
  CHECK_EQ(modes[0], LINEDIGITMODE_DTMF);
  CHECK_EQ(digits_of(mon, hm, got, modes, 31), 6); /* DTMF and DTMFEND per digit */
  CHECK(strcmp(got, "1122##") == 0);
  CHECK_EQ(modes[0], LINEDIGITMODE_DTMF);
  CHECK_EQ(modes[1], LINEDIGITMODE_DTMFEND);
  CHECK_RC(tapisimRemoteDigits(id, "9", LINEDIGITMODE_PULSE), 0);
  CHECK_EQ(digits_of(app, h, got, modes, 31), 0); /* the owner asked for DTMF only */
  CHECK_EQ(digits_of(mon, hm, got, modes, 31), 1);
  CHECK_RC(lineMonitorDigits(h, 0), 0);
  CHECK_RC(tapisimRemoteDigits(id, "5", LINEDIGITMODE_DTMF), 0);
  CHECK_EQ(digits_of(app, h, got, modes, 31), 0);
  t_drain(mon);
  CHECK_RC(tapisimRemoteDigits(id, "12X", LINEDIGITMODE_DTMF), LINEERR_INVALPARAM);
  CHECK_RC(tapisimRemoteDigits(id, "1A", LINEDIGITMODE_PULSE), LINEERR_INVALPARAM);
  CHECK_RC(tapisimRemoteDigits(id, "1", 0x8), LINEERR_INVALPARAM);
  CHECK_RC(tapisimRemoteDigits(0x7FFFFF, "1", LINEDIGITMODE_DTMF), LINEERR_INVALPARAM);
  CHECK_RC(tapisimRemoteDigits(id, NULL, LINEDIGITMODE_DTMF), LINEERR_INVALPOINTER);

  /* Generating. */
  LINEMESSAGE m;
  CHECK_RC(lineGenerateDigits(h, LINEDIGITMODE_DTMF, "123*#ABCD,9", 0), 0);
  REQUIRE(t_wait_for(app, LINE_GENERATE, h, &m));
  CHECK_EQ(m.dwParam1, LINEGENERATETERM_DONE);
  {
    const WCHAR w[] = {'4', '5', 0};
    CHECK_RC(lineGenerateDigitsW(h, LINEDIGITMODE_PULSE, w, 0), 0);
    REQUIRE(t_wait_for(app, LINE_GENERATE, h, &m));
  }
  CHECK_RC(lineGenerateDigits(h, LINEDIGITMODE_PULSE, "12A", 0), LINEERR_INVALDIGITS);
  CHECK_RC(lineGenerateDigits(h, LINEDIGITMODE_DTMF, "", 0), LINEERR_INVALDIGITS);
  CHECK_RC(lineGenerateDigits(h, 3, "1", 0), LINEERR_INVALDIGITMODE);
  CHECK_RC(lineGenerateDigits(hm, LINEDIGITMODE_DTMF, "1", 0), LINEERR_NOTOWNER);
  CHECK_RC(lineGenerateDigits(h, LINEDIGITMODE_DTMF, NULL, 0), 0); /* nothing to cancel */
  CHECK(!t_wait_for(app, LINE_GENERATE, h, &m));

  /* Not on an idle call, nor a dead handle. */
  CHECK(lineDrop(h, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, h, LINECALLSTATE_IDLE));
  CHECK_RC(lineGenerateDigits(h, LINEDIGITMODE_DTMF, "1", 0), LINEERR_INVALCALLSTATE);
  CHECK_RC(lineMonitorDigits(h, LINEDIGITMODE_DTMF), LINEERR_INVALCALLSTATE);
  CHECK_RC(lineDeallocateCall(h), 0);
  CHECK_RC(lineMonitorDigits(h, LINEDIGITMODE_DTMF), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineGenerateDigits(h, LINEDIGITMODE_DTMF, "1", 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineShutdown(mon), 0);
  CHECK_RC(lineShutdown(app), 0);
  CHECK_RC(lineMonitorDigits(h, 0), LINEERR_UNINITIALIZED);
  TEST_DONE();
}
