/* R9, LINEINITIALIZEEXOPTION_USEEVENT: the event handle returned in
 * LINEINITIALIZEEXPARAMS.Handles.hEvent is a pollable file descriptor (README: an eventfd,
 * (int)(intptr_t)hEvent): it is open, each application has its own; poll() and select()
 * report it not readable while nothing was queued, readable once a message is queued
 * (a thread blocked in poll() wakes up), still readable while messages remain, and not
 * readable once lineGetMessage has found the queue empty (also when the queued messages
 * were discarded because their handle died). lineShutdown closes it (README). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/select.h>
#include <time.h>

#include "common.h"

static HLINEAPP init_event(const char *name, int *fd) {
  HLINEAPP app = 0;
  DWORD num = 0, ver = 0x00020002;
  LINEINITIALIZEEXPARAMS p = t_init_params(LINEINITIALIZEEXOPTION_USEEVENT);
  p.Handles.hEvent = (HANDLE)(intptr_t)-1;
  REQUIRE_RC(lineInitializeExA(&app, NULL, NULL, name, &num, &ver, &p), 0);
  REQUIRE(app != 0);
  *fd = (int)(intptr_t)p.Handles.hEvent;
  return app;
}

static int readable(int fd, int timeout_ms) {
  struct pollfd pfd = {fd, POLLIN, 0};
  int r = poll(&pfd, 1, timeout_ms);
  return r == 1 && (pfd.revents & POLLIN);
}

static int select_readable(int fd) {
  fd_set set;
  FD_ZERO(&set);
  FD_SET(fd, &set);
  struct timeval tv = {0, 0};
  return select(fd + 1, &set, NULL, NULL, &tv) == 1 && FD_ISSET(fd, &set);
}

struct poller {
  int fd;
  int woke;
  double took;
};

static void *poll_thread(void *arg) {
  struct poller *p = arg;
  double t0 = t_now_ms();
  p->woke = readable(p->fd, 2000);
  p->took = t_now_ms() - t0;
  return NULL;
}

int main(void) {
  int fd = -1, fd2 = -1;
  HLINEAPP app = init_event("r09-fd", &fd);
  HLINEAPP app2 = init_event("r09-fd2", &fd2);
  CHECK(fd >= 0);
  CHECK(fd2 >= 0);
  CHECK(fd != fd2);
  REQUIRE(fd >= 0 && fd2 >= 0);
  CHECK(fcntl(fd, F_GETFD) != -1);
  CHECK(fcntl(fd2, F_GETFD) != -1);
  HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1);

  /* Nothing queued yet. */
  CHECK(!readable(fd, 0));
  CHECK(!select_readable(fd));
  CHECK(!readable(fd2, 0));

  /* A thread blocked in poll() wakes up when a call is offered. */
  struct poller pl = {fd, 0, 0};
  pthread_t th;
  REQUIRE(pthread_create(&th, NULL, poll_thread, &pl) == 0);
  t_sleep_ms(30);
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Poll", 0, &(DWORD){0}), 0);
  pthread_join(th, NULL);
  CHECK(pl.woke);
  CHECK(pl.took < 1000.0);
  CHECK(readable(fd, 0));
  CHECK(select_readable(fd));
  CHECK(!readable(fd2, 0)); /* the other application's queue is empty */

  /* Two messages (LINE_APPNEWCALL, LINE_CALLSTATE): readable while one remains. */
  LINEMESSAGE m;
  CHECK_RC(lineGetMessage(app, &m, 0), 0);
  CHECK_EQ(m.dwMessageID, LINE_APPNEWCALL);
  HCALL call = (HCALL)m.dwParam2;
  CHECK(readable(fd, 0));
  CHECK_RC(lineGetMessage(app, &m, 0), 0);
  CHECK_EQ(m.dwMessageID, LINE_CALLSTATE);
  CHECK_RC(lineGetMessage(app, &m, 0), LINEERR_OPERATIONFAILED);
  CHECK(!readable(fd, 0));
  CHECK(!select_readable(fd));

  /* Readable again for the next message; several rounds. */
  for (int i = 0; i < 3; i++) {
    CHECK_RC(lineSetAppSpecific(call, (DWORD)i), 0);
    CHECK(readable(fd, 0));
    CHECK_RC(lineGetMessage(app, &m, 0), 0);
    CHECK_EQ(m.dwMessageID, LINE_CALLINFO);
    CHECK_RC(lineGetMessage(app, &m, 0), LINEERR_OPERATIONFAILED);
    CHECK(!readable(fd, 0));
  }

  /* Messages queued, then discarded because the handle died: after lineGetMessage finds
   * nothing deliverable, the descriptor is not readable. */
  CHECK_RC(lineSetAppSpecific(call, 42), 0);
  CHECK(lineAnswer(call, NULL, 0) > 0);
  CHECK(readable(fd, 0));
  CHECK_RC(lineDeallocateCall(call), 0);
  /* Only the LINE_REPLY of the answer (2.x: still delivered, hDevice 0) may remain. */
  while (lineGetMessage(app, &m, 0) == 0) {
    CHECK_EQ(m.dwMessageID, LINE_REPLY);
    CHECK(m.hDevice != call);
  }
  CHECK(!readable(fd, 0));

  /* lineShutdown closes the descriptor. */
  CHECK_RC(lineClose(line), 0);
  CHECK_RC(lineShutdown(app), 0);
  errno = 0;
  CHECK(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
  CHECK(fcntl(fd2, F_GETFD) != -1);
  CHECK_RC(lineShutdown(app2), 0);
  errno = 0;
  CHECK(fcntl(fd2, F_GETFD) == -1 && errno == EBADF);
  TEST_DONE();
}
