/* A scenario's caller sends DTMF digits (digits, digits_after_ms in [[incoming]]): the
 * answered call's monitoring application gets a LINE_MONITORDIGITS per digit; a call
 * still ringing at that time gets none (the caller's tones need a connected call) and is hung up DISCONNECTED. */
#include "common.h"

static const char *SCENARIO =
    "[[incoming]]\n"
    "at_ms = 100\n"
    "line = 0\n"
    "caller_id = \"5551234\"\n"
    "digits = \"12#\"\n"
    "digits_after_ms = 2500\n"
    "hangup_after_ms = 6000\n"
    "\n"
    "[[incoming]]\n"
    "at_ms = 200\n"
    "line = 0\n"
    "caller_id = \"5559999\"\n"
    "digits = \"9\"\n"
    "digits_after_ms = 1000\n"
    "hangup_after_ms = 2000\n";

int main(void) {
  char path[] = "/tmp/tapi32_digits_XXXXXX";
  t_scenario_file(SCENARIO, path);
  HLINE line;
  HLINEAPP app = t_app_with_line("api_scenario_digits", 0, 0x00020002,
                                 LINECALLPRIVILEGE_OWNER, 1, &line);
  unlink(path);

  LINEMESSAGE m;
  REQUIRE(t_wait_for(app, LINE_APPNEWCALL, 0, &m));
  HCALL h1 = (HCALL)m.dwParam2;
  CHECK_RC(lineMonitorDigits(h1, LINEDIGITMODE_DTMF), 0);
  REQUIRE(lineAnswer(h1, NULL, 0) > 0);
  REQUIRE(t_wait_for(app, LINE_APPNEWCALL, 0, &m));
  HCALL h2 = (HCALL)m.dwParam2;
  CHECK_RC(lineMonitorDigits(h2, LINEDIGITMODE_DTMF), 0);

  char got1[8] = {0};
  int n1 = 0, n2 = 0, h2_gone = 0;
  while (n1 < 3 && t_next(app, &m, 3000)) {
    if (m.dwMessageID == LINE_MONITORDIGITS) {
      CHECK_EQ(m.dwParam2, LINEDIGITMODE_DTMF);
      if (m.hDevice == h1 && n1 < 7) got1[n1++] = (char)m.dwParam1;
      if (m.hDevice == h2) n2++;
    }
    if (m.dwMessageID == LINE_CALLSTATE && m.hDevice == h2 && 
        m.dwParam1 == LINECALLSTATE_DISCONNECTED)
      h2_gone = 1;
  }
  CHECK(strcmp(got1, "12#") == 0);
  CHECK_EQ(n2, 0);
  CHECK_EQ(h2_gone, 1);
  CHECK_EQ(t_state(h1), LINECALLSTATE_CONNECTED);

  REQUIRE(lineDrop(h1, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, h1, LINECALLSTATE_IDLE));
  CHECK_RC(lineDeallocateCall(h1), 0);
  CHECK_RC(lineDeallocateCall(h2), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
