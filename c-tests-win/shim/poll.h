/* poll.h for the Windows builds of c-tests/common.h (tests/wine.rs): mingw-w64 has
 * none. Only common.h's modem helpers poll, and no program built for Windows uses them:
 * a poll() here fails. */
#ifndef TAPI32_WIN_SHIM_POLL_H
#define TAPI32_WIN_SHIM_POLL_H
#include <errno.h>
struct pollfd {
  int fd;
  short events;
  short revents;
};
#define POLLIN 0x0001
#define POLLOUT 0x0004
#define POLLERR 0x0008
#define POLLHUP 0x0010
static inline int poll(struct pollfd *fds, unsigned long nfds, int timeout) {
  (void)fds;
  (void)nfds;
  (void)timeout;
  errno = ENOSYS;
  return -1;
}
#endif
