/* no_tapi.c: linked against libtapi32 but makes no TAPI call, for tests/tapi_run.rs.
 * It prints where its report goes (TAPI32_REPORT), the mode and owner of that
 * directory, and LD_PRELOAD, one per line. */
#define _POSIX_C_SOURCE 200809L
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tapi.h"

/* Referenced, never called: the program needs libtapi32. */
LONG(WINAPI *volatile unused)(HLINEAPP) = lineShutdown;

int main(void) {
  const char *report = getenv("TAPI32_REPORT");
  const char *preload = getenv("LD_PRELOAD");
  char dir[4096];
  struct stat st;
  printf("report=%s\n", report ? report : "");
  printf("preload=%s\n", preload ? preload : "");
  if (report && strlen(report) < sizeof dir) {
    strcpy(dir, report);
    if (stat(dirname(dir), &st) == 0)
      printf("dir_mode=%o dir_uid=%u my_uid=%u\n", (unsigned)(st.st_mode & 07777),
             (unsigned)st.st_uid, (unsigned)getuid());
  }
  printf("no_tapi: done\n");
  return 0;
}
