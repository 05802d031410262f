/* The far end of a data call (the library's echo thread) ends with the call: at
 * lineDrop, at lineClose and lineShutdown of the call's sole owner, and at process exit
 * with a call still connected and its channel open (the program returns from main
 * without lineShutdown: no hang, and no far-end thread left; the library's exit handler,
 * registered after this program's, runs before it and must have ended them). */
#include <dirent.h>

#include "common.h"

/* How many of the process's threads are a data call's far end ("tapi32-modem-N"). */
static int modem_threads(void) {
  DIR *d = opendir("/proc/self/task");
  if (!d) return -1;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    char path[300], name[32] = {0};
    snprintf(path, sizeof path, "/proc/self/task/%s/comm", e->d_name);
    FILE *f = fopen(path, "r");
    if (!f) continue;
    if (fgets(name, sizeof name, f) && strncmp(name, "tapi32-modem", 12) == 0) n++;
    fclose(f);
  }
  closedir(d);
  return n;
}

static void check_at_exit(void) {
  int n = modem_threads();
  if (n != 0) {
    fprintf(stderr, "at exit: %d far-end thread(s) still running\n", n);
    fflush(stdout);
    _exit(1);
  }
}

static HCALL data_call(HLINEAPP app, HLINE line, int *fd) {
  LINECALLPARAMS p;
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwMediaMode = LINEMEDIAMODE_DATAMODEM;
  HCALL call = t_make_call_with(app, line, "5550100", &p, NULL);
  REQUIRE(t_wait_state(app, call, LINECALLSTATE_CONNECTED));
  unsigned char buf[256];
  *fd = t_modem_fd(call, buf, sizeof buf, NULL);
  REQUIRE(*fd > 2);
  CHECK(t_echoes(*fd, "AT\r"));
  return call;
}

int main(void) {
  REQUIRE(atexit(check_at_exit) == 0);
  CHECK_EQ(modem_threads(), 0);
  int fd = -1;
  HLINE line = 0;

  /* lineDrop. */
  HLINEAPP app = t_app_with_line("ends", 0, 0x00020000, LINECALLPRIVILEGE_NONE, 0, &line);
  HCALL call = data_call(app, line, &fd);
  CHECK(lineDrop(call, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, call, LINECALLSTATE_IDLE));
  CHECK(t_hung_up(fd));
  CHECK(close(fd) == 0);
  CHECK_RC(lineDeallocateCall(call), 0);
  CHECK_EQ(modem_threads(), 0);

  /* lineClose by the sole owner drops the call. */
  call = data_call(app, line, &fd);
  CHECK_RC(lineClose(line), 0);
  CHECK(t_hung_up(fd));
  CHECK(close(fd) == 0);

  /* lineShutdown with the channel open. */
  line = t_open(app, 0, 0x00020000, LINECALLPRIVILEGE_NONE, 0);
  call = data_call(app, line, &fd);
  CHECK_RC(lineShutdown(app), 0);
  CHECK(t_hung_up(fd));
  CHECK(close(fd) == 0);
  CHECK_EQ(modem_threads(), 0);

  /* Process exit with a connected data call and its channel open: returning from main
   * must neither hang on the far end's thread nor leave it counted as leaked. */
  app = t_app_with_line("ends at exit", 0, 0x00020000, LINECALLPRIVILEGE_NONE, 0, &line);
  call = data_call(app, line, &fd);
  CHECK_EQ(t_state(call), LINECALLSTATE_CONNECTED);
  CHECK_EQ(modem_threads(), 1);
  TEST_DONE();
}
