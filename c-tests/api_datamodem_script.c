/* A scenario's data script plays the far end of comm/datamodem calls. An incoming data
 * call ([[incoming]] data): once the program takes the channel its caller sends a
 * banner, waits for the program's login (sending nothing and not hanging up before),
 * answers it and hangs up: the program sees LINE_CALLSTATE DISCONNECTED
 * (LINEDISCONNECTMODE_NORMAL), the channel stays open until the call goes IDLE. An
 * outgoing call to a scripted [[number]]: raw bytes (send_hex, with NUL and 0xFF), an
 * expect, a reply, then (data_echo = true) an echo, connected until the program drops.
 * A number whose expect times out hangs up without sending the steps after it. */
#include "common.h"

static const char *SCENARIO =
    "[[incoming]]\n"
    "media = \"datamodem\"\n"
    "line = 0\n"
    "at_ms = 1500\n"
    "data = [ { send = \"CONNECT 9600\\r\\n\" },\n"
    "         { expect = \"LOGIN alice\\r\", timeout_ms = 20000 },\n"
    "         { send = \"WELCOME alice\\r\\n\", after_ms = 50 },\n"
    "         { hangup = true, after_ms = 50 } ]\n"
    "\n"
    "[[number]]\n"
    "number = \"5550142\"\n"
    "answer_after_ms = 50\n"
    "data = [ { send_hex = \"52 49 4e 47 00 ff\" }, { expect = \"ATA\" },\n"
    "         { send = \"BYE\\r\\n\" } ]\n"
    "data_echo = true\n"
    "\n"
    "[[number]]\n"
    "number = \"5550143\"\n"
    "data = [ { expect = \"PASSWORD\", timeout_ms = 300 }, { send = \"never\" } ]\n";

/* Reads exactly `n` bytes from `fd` into `out` (each within T_TIMEOUT_MS): 1 if all came. */
static int read_exactly(int fd, char *out, size_t n) {
  size_t got = 0;
  while (got < n) {
    struct pollfd p = {fd, POLLIN, 0};
    if (poll(&p, 1, T_TIMEOUT_MS) != 1 || !(p.revents & POLLIN)) return 0;
    ssize_t r = read(fd, out + got, n - got);
    if (r <= 0) return 0;
    got += (size_t)r;
  }
  return 1;
}

/* Whether the far end sends `s` (exactly its bytes) on `fd`. */
static int receives(int fd, const char *s, size_t n) {
  char buf[64];
  REQUIRE(n <= sizeof buf);
  return read_exactly(fd, buf, n) && memcmp(buf, s, n) == 0;
}

/* Nothing arrives on `fd` within `ms`. */
static int quiet(int fd, int ms) {
  struct pollfd p = {fd, POLLIN, 0};
  return poll(&p, 1, ms) == 0;
}

static void put(int fd, const char *s) {
  CHECK_EQ(write(fd, s, strlen(s)), (ssize_t)strlen(s));
}

/* Waits for `call`'s LINE_CALLSTATE DISCONNECTED; its disconnect mode, or 0. */
static DWORD disconnected(HLINEAPP app, HCALL call) {
  LINEMESSAGE m;
  while (t_wait_for(app, LINE_CALLSTATE, call, &m))
    if (m.dwParam1 == LINECALLSTATE_DISCONNECTED) return (DWORD)m.dwParam2;
  return 0;
}

static HCALL data_call(HLINEAPP app, HLINE line, const char *dest) {
  LINECALLPARAMS p;
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwBearerMode = LINEBEARERMODE_VOICE;
  p.dwMediaMode = LINEMEDIAMODE_DATAMODEM;
  HCALL c = t_make_call_with(app, line, dest, &p, NULL);
  REQUIRE(t_wait_state(app, c, LINECALLSTATE_CONNECTED));
  return c;
}

/* Drops `call`, waits for IDLE: the channel `fd` hangs up; closes and deallocates. */
static void finish(HLINEAPP app, HCALL call, int fd) {
  CHECK(lineDrop(call, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, call, LINECALLSTATE_IDLE));
  CHECK(t_hung_up(fd));
  CHECK(close(fd) == 0);
  CHECK_RC(lineDeallocateCall(call), 0);
}

int main(void) {
  char path[] = "/tmp/tapi32_datascript_XXXXXX";
  t_scenario_file(SCENARIO, path);
  HLINEAPP app = t_init_event("api_datamodem_script");
  unlink(path);
  HLINE line = 0;
  REQUIRE_RC(lineOpen(app, 0, &line, 0x00020002, 0, 0, LINECALLPRIVILEGE_OWNER,
                      LINEMEDIAMODE_DATAMODEM | LINEMEDIAMODE_INTERACTIVEVOICE, NULL),
             0);
  unsigned char buf[256];

  /* The incoming data call: banner, login, welcome, hang-up. */
  HCALL call = t_new_call(app, line, NULL);
  REQUIRE(lineAnswer(call, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, call, LINECALLSTATE_CONNECTED));
  int fd = t_modem_fd(call, buf, sizeof buf, NULL);
  REQUIRE(fd > 2);
  CHECK(receives(fd, "CONNECT 9600\r\n", 14));
  /* It waits for the login: nothing more comes, the call stays up, nothing echoes. */
  put(fd, "LOGIN al");
  CHECK(quiet(fd, 300));
  CHECK_EQ(t_state(call), LINECALLSTATE_CONNECTED);
  put(fd, "ice\r");
  CHECK(receives(fd, "WELCOME alice\r\n", 15));
  CHECK_EQ(disconnected(app, call), LINEDISCONNECTMODE_NORMAL);
  CHECK_EQ(t_state(call), LINECALLSTATE_DISCONNECTED);
  /* Disconnected: no new channel; the one open is silent until the call goes IDLE. */
  CHECK_EQ(t_modem_fd(call, buf, sizeof buf, NULL), -1);
  put(fd, "hello?");
  CHECK(quiet(fd, 200));
  finish(app, call, fd);

  /* The outgoing call to the scripted number: raw bytes, expect, reply, then an echo. */
  call = data_call(app, line, "5550142");
  fd = t_modem_fd(call, buf, sizeof buf, NULL);
  REQUIRE(fd > 2);
  CHECK(receives(fd, "RING\0\xff", 6));
  CHECK(quiet(fd, 200));
  put(fd, "ATA");
  CHECK(receives(fd, "BYE\r\n", 5));
  CHECK(t_echoes(fd, "ATH0\r"));
  CHECK_EQ(t_state(call), LINECALLSTATE_CONNECTED);
  finish(app, call, fd);

  /* The number whose expect times out: it hangs up and sends nothing more. */
  double t0 = t_now_ms();
  call = data_call(app, line, "5550143");
  fd = t_modem_fd(call, buf, sizeof buf, NULL);
  REQUIRE(fd > 2);
  put(fd, "wrong");
  CHECK_EQ(disconnected(app, call), LINEDISCONNECTMODE_NORMAL);
  CHECK(t_now_ms() - t0 >= 300);
  CHECK(quiet(fd, 200));
  finish(app, call, fd);

  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
