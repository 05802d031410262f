/* secure_probe.c: for tests/secure_exec.rs. Prints whether it runs in secure-execution
 * mode (AT_SECURE), its real and effective user IDs, then what lineInitializeEx gives
 * (the result and the number of line devices), and shuts down. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "tapi.h"

int main(void) {
  HLINEAPP app = 0;
  DWORD n = 0, ver = 0x00020002;
  LINEINITIALIZEEXPARAMS p;
  LONG rc;
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  printf("secure=%lu ruid=%u euid=%u\n", getauxval(AT_SECURE), (unsigned)getuid(),
         (unsigned)geteuid());
  rc = lineInitializeExA(&app, NULL, NULL, "Secure probe", &n, &ver, &p);
  printf("init=0x%08lx lines=%lu\n", (unsigned long)(DWORD)rc, (unsigned long)n);
  if (rc == 0) lineShutdown(app);
  /* A use of an invalid handle: a finding the doctor would print. */
  lineShutdown((HLINEAPP)12345);
  return 0;
}
