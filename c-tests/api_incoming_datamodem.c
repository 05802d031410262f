/* Data calls and their media as the scenario sets them. An incoming datamodem call
 * ([[incoming]] media, bearer, rate) shows its media mode, bearer mode and rate in
 * lineGetCallInfo to its owner and to a monitor; the owner answers, takes the call's
 * pseudo-terminal with lineGetID("comm/datamodem") and exchanges data with the far end
 * (an echo: short commands and a block larger than one read). Defaults: a g3fax call
 * without bearer or rate is voice at 14400. Lines advertise the bearers their calls
 * use. Outgoing calls: dwRate is LINECALLPARAMS' dwMaxRate capped by the number's rate
 * ([[number]] rate), or the number's rate when none is asked; bad bearer modes and rate
 * ranges are refused; lineSetCallParams is capped the same way. (The calls ring late
 * enough for both applications to have their lines open, under valgrind too.) */
#include "common.h"

static const char *SCENARIO =
    "[[incoming]]\n"
    "at_ms = 1500\n"
    "line = 0\n"
    "caller_id = \"5557000\"\n"
    "media = \"datamodem\"\n"
    "bearer = \"data\"\n"
    "rate = 9600\n"
    "\n"
    "[[incoming]]\n"
    "at_ms = 2500\n"
    "line = 1\n"
    "media = \"g3fax\"\n"
    "\n"
    "[[incoming]]\n"
    "at_ms = 2600\n"
    "line = 1\n"
    "bearer = \"passthrough\"\n"
    "\n"
    "[[number]]\n"
    "number = \"5550199\"\n"
    "rate = 2400\n";

#define INFO(h, field) t_info_dw((h), offsetof(LINECALLINFO, field), 0xFFFFFFFFu)

static LINECALLPARAMS params(DWORD bearer, DWORD min_rate, DWORD max_rate) {
  LINECALLPARAMS p;
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwBearerMode = bearer;
  p.dwMinRate = min_rate;
  p.dwMaxRate = max_rate;
  p.dwMediaMode = LINEMEDIAMODE_DATAMODEM;
  return p;
}

/* Places a data call to `dest` with `p` and returns its dwRate once connected, dropping
 * and deallocating it. */
static DWORD rate_of_call(HLINEAPP app, HLINE line, const char *dest, LINECALLPARAMS *p,
                          DWORD *bearer) {
  HCALL c = t_make_call_with(app, line, dest, p, NULL);
  REQUIRE(t_wait_state(app, c, LINECALLSTATE_CONNECTED));
  DWORD rate = INFO(c, dwRate);
  if (bearer) *bearer = INFO(c, dwBearerMode);
  CHECK(lineDrop(c, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, c, LINECALLSTATE_IDLE));
  CHECK_RC(lineDeallocateCall(c), 0);
  return rate;
}

static DWORD bearer_modes(HLINEAPP app, DWORD dev) {
  unsigned char buf[1024];
  LINEDEVCAPS *caps = (LINEDEVCAPS *)buf;
  memset(buf, 0, sizeof buf);
  caps->dwTotalSize = sizeof buf;
  REQUIRE_RC(lineGetDevCaps(app, dev, 0x00020002, 0, caps), 0);
  return caps->dwBearerModes;
}

int main(void) {
  char path[] = "/tmp/tapi32_datamodem_XXXXXX";
  t_scenario_file(SCENARIO, path);
  HLINEAPP app = t_init_event("api_incoming_datamodem");
  unlink(path);
  HLINE line = 0, line1 = 0;
  REQUIRE_RC(lineOpen(app, 0, &line, 0x00020002, 0, 0, LINECALLPRIVILEGE_OWNER,
                      LINEMEDIAMODE_DATAMODEM | LINEMEDIAMODE_INTERACTIVEVOICE, NULL),
             0);
  REQUIRE_RC(lineOpen(app, 1, &line1, 0x00020002, 0, 1, LINECALLPRIVILEGE_OWNER,
                      LINEMEDIAMODE_G3FAX | LINEMEDIAMODE_INTERACTIVEVOICE, NULL),
             0);
  HLINE mon_line = 0;
  HLINEAPP mon = t_app_with_line("monitor", 0, 0x00020002, LINECALLPRIVILEGE_MONITOR, 0,
                                 &mon_line);

  /* The lines advertise the bearers of their scenario calls. */
  CHECK(bearer_modes(app, 0) & LINEBEARERMODE_DATA);
  CHECK(bearer_modes(app, 1) & LINEBEARERMODE_PASSTHROUGH);
  CHECK(!(bearer_modes(app, 0) & LINEBEARERMODE_PASSTHROUGH));

  /* The data call rings: owner and monitor see its media, bearer and rate. */
  LINEMESSAGE m;
  REQUIRE(t_wait_for(app, LINE_APPNEWCALL, 0, &m));
  CHECK_EQ(m.hDevice, line);
  HCALL call = (HCALL)m.dwParam2;
  REQUIRE(t_wait_for(mon, LINE_APPNEWCALL, 0, &m));
  HCALL mcall = (HCALL)m.dwParam2;
  HCALL both[2] = {call, mcall};
  for (int i = 0; i < 2; i++) {
    CHECK_EQ(INFO(both[i], dwMediaMode), LINEMEDIAMODE_DATAMODEM);
    CHECK_EQ(INFO(both[i], dwBearerMode), LINEBEARERMODE_DATA);
    CHECK_EQ(INFO(both[i], dwRate), 9600);
  }
  CHECK_EQ(t_privilege(call), LINECALLPRIVILEGE_OWNER);
  CHECK_EQ(t_privilege(mcall), LINECALLPRIVILEGE_MONITOR);

  /* No data channel before it is answered; then one that echoes. */
  unsigned char buf[256];
  CHECK_EQ(t_modem_fd(call, buf, sizeof buf, NULL), -1);
  REQUIRE(lineAnswer(call, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, call, LINECALLSTATE_CONNECTED));
  const char *name = NULL;
  int fd = t_modem_fd(call, buf, sizeof buf, &name);
  REQUIRE(fd > 2);
  CHECK(strncmp(name, "/dev/pts/", 9) == 0);
  CHECK(t_echoes(fd, "ATI3\r"));
  static char block[10000];
  for (size_t i = 0; i < sizeof block; i++) block[i] = (char)(i * 7 + 3);
  CHECK(t_echoes_n(fd, block, sizeof block));
  /* The monitor may take the channel too (lineGetID is not owner-only). */
  int mfd = t_modem_fd(mcall, buf, sizeof buf, NULL);
  CHECK(mfd > 2 && mfd != fd);
  if (mfd > 2) CHECK(close(mfd) == 0);
  /* Connected, the rate and bearer are still the scenario's. */
  CHECK_EQ(INFO(mcall, dwRate), 9600);
  CHECK_EQ(INFO(call, dwBearerMode), LINEBEARERMODE_DATA);

  /* Dropped: the far end goes, the channel hangs up. */
  CHECK(lineDrop(call, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, call, LINECALLSTATE_IDLE));
  CHECK(t_hung_up(fd));
  CHECK(close(fd) == 0);
  CHECK_RC(lineDeallocateCall(call), 0);
  CHECK_RC(lineDeallocateCall(mcall), 0);

  /* The fax call: voice bearer, the fax default rate; the other call: passthrough. */
  REQUIRE(t_wait_for(app, LINE_APPNEWCALL, 0, &m));
  CHECK_EQ(m.hDevice, line1);
  HCALL fax = (HCALL)m.dwParam2;
  CHECK_EQ(INFO(fax, dwMediaMode), LINEMEDIAMODE_G3FAX);
  CHECK_EQ(INFO(fax, dwBearerMode), LINEBEARERMODE_VOICE);
  CHECK_EQ(INFO(fax, dwRate), 14400);
  REQUIRE(t_wait_for(app, LINE_APPNEWCALL, 0, &m));
  HCALL pass = (HCALL)m.dwParam2;
  CHECK_EQ(INFO(pass, dwBearerMode), LINEBEARERMODE_PASSTHROUGH);
  CHECK_EQ(INFO(pass, dwRate), 0);
  CHECK_EQ(INFO(pass, dwMediaMode), LINEMEDIAMODE_INTERACTIVEVOICE);

  /* Outgoing: capped by the number's rate, or the number's rate when none asked. */
  LINECALLPARAMS p = params(LINEBEARERMODE_DATA, 1200, 28800);
  DWORD bearer = 0;
  CHECK_EQ(rate_of_call(app, line, "5550199", &p, &bearer), 2400);
  CHECK_EQ(bearer, LINEBEARERMODE_DATA);
  p = params(0, 0, 1200);
  CHECK_EQ(rate_of_call(app, line, "5550199", &p, &bearer), 1200);
  CHECK_EQ(bearer, LINEBEARERMODE_VOICE);
  p = params(LINEBEARERMODE_VOICE, 0, 0);
  CHECK_EQ(rate_of_call(app, line, "5550199", &p, NULL), 2400);
  CHECK_EQ(rate_of_call(app, line, "5550199", NULL, NULL), 2400);
  /* A number without a rate: what was asked. */
  p = params(LINEBEARERMODE_DATA, 0, 19200);
  CHECK_EQ(rate_of_call(app, line, "5550100", &p, NULL), 19200);
  CHECK_EQ(rate_of_call(app, line, "5550100", NULL, NULL), 0);

  /* Bad bearer modes and rate ranges: refused, no call made. */
  DWORD bad_bearers[] = {LINEBEARERMODE_VOICE | LINEBEARERMODE_DATA, 0x100,
                         LINEBEARERMODE_MULTIUSE};
  for (size_t i = 0; i < sizeof bad_bearers / sizeof bad_bearers[0]; i++) {
    HCALL none = 0;
    p = params(bad_bearers[i], 0, 0);
    CHECK_RC(lineMakeCallA(line, &none, "5550199", 0, &p), LINEERR_INVALBEARERMODE);
    CHECK_EQ(none, 0);
  }
  HCALL none = 0;
  p = params(LINEBEARERMODE_DATA, 9600, 2400);
  CHECK_RC(lineMakeCallA(line, &none, "5550199", 0, &p), LINEERR_INVALRATE);
  CHECK_EQ(none, 0);

  /* lineSetCallParams on a call to the rated number: capped too. */
  p = params(LINEBEARERMODE_DATA, 0, 0);
  HCALL out = t_make_call_with(app, line, "5550199", &p, NULL);
  REQUIRE(t_wait_state(app, out, LINECALLSTATE_CONNECTED));
  LONG req = lineSetCallParams(out, LINEBEARERMODE_DATA, 0, 14400, NULL);
  CHECK(req > 0);
  REQUIRE(t_wait_for(app, LINE_REPLY, 0, &m));
  CHECK_EQ(INFO(out, dwRate), 2400);
  req = lineSetCallParams(out, LINEBEARERMODE_DATA, 0, 1200, NULL);
  CHECK(req > 0);
  REQUIRE(t_wait_for(app, LINE_REPLY, 0, &m));
  CHECK_EQ(INFO(out, dwRate), 1200);

  CHECK_RC(lineShutdown(mon), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
