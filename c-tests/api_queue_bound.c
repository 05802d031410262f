/* An application's message queue holds at most TAPI32_QUEUE_LIMIT messages. A message
 * posted to a full queue is discarded: the oldest stay, as when Windows' PostMessage
 * fails on a full queue. The handle doctor (TAPI32_DOCTOR=1) says so once per overflow,
 * and the queue takes messages again once drained. */
#include "common.h"

#define LIMIT 20
#define CALLS 10

/* How many times `needle` occurs in the file `path`. */
static int occurrences(const char *path, const char *needle) {
  static char text[65536];
  FILE *f = fopen(path, "r");
  REQUIRE(f != NULL);
  size_t n = fread(text, 1, sizeof text - 1, f);
  fclose(f);
  text[n] = 0;
  int count = 0;
  for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle)) count++;
  return count;
}

int main(void) {
  setenv("TAPI32_QUEUE_LIMIT", "20", 1);
  setenv("TAPI32_DOCTOR", "1", 1);
  /* The doctor's findings go to stderr: catch them in a file. */
  char errpath[] = "/tmp/tapi32_queue_XXXXXX";
  int efd = mkstemp(errpath);
  REQUIRE(efd >= 0);
  int saved = dup(2);
  REQUIRE(saved >= 0);
  REQUIRE(dup2(efd, 2) == 2);

  HLINE line;
  HLINEAPP app = t_app_with_line("api_queue_bound", 0, 0x00020002,
                                 LINECALLPRIVILEGE_OWNER, 1, &line);
  HCALL calls[CALLS];
  LONG reqs[CALLS];
  for (int i = 0; i < CALLS; i++) {
    calls[i] = 0;
    reqs[i] = lineMakeCall(line, &calls[i], "5550100", 0, NULL);
    REQUIRE(reqs[i] > 0);
    REQUIRE(calls[i] != 0);
  }
  /* Ten calls, each a LINE_REPLY and its call states: far more than LIMIT messages. */
  LINEMESSAGE m;
  int n = 0;
  LONG first_reply = 0;
  while (t_next(app, &m, 0)) {
    if (m.dwMessageID == LINE_REPLY && first_reply == 0) first_reply = (LONG)m.dwParam1;
    n++;
  }
  CHECK_EQ(n, LIMIT);
  /* The oldest were kept. */
  CHECK_EQ(first_reply, reqs[0]);
  /* Drained, the queue takes messages again: a new call's reply comes. */
  HCALL h = t_make_call(app, line, "5550101");
  t_drain(app);
  CHECK_RC(lineDeallocateCall(h), 0);
  for (int i = 0; i < CALLS; i++) CHECK_RC(lineDeallocateCall(calls[i]), 0);
  CHECK_RC(lineShutdown(app), 0);

  REQUIRE(dup2(saved, 2) == 2);
  close(saved);
  close(efd);
  CHECK_EQ(occurrences(errpath, "tapi32 doctor: "), 1);
  CHECK_EQ(occurrences(errpath, "is full (20 messages not taken): new messages are discarded"), 1);
  unlink(errpath);
  TEST_DONE();
}
