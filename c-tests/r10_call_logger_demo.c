/* R10: the demo call logger (examples/call_logger.c), unmodified, on the default
 * scenario: a single-threaded Windows program whose callback runs inside its own
 * GetMessage/DispatchMessage loop. Run in all four variants, so ThreadSanitizer checks
 * that the logger and its callback share their data without a race, as on Windows. */
#include <stdlib.h>

#define main call_logger_main
#include "../examples/call_logger.c"
#undef main

int main(void) {
  /* Before the first TAPI call: the simulated provider reads its scenario then. */
  setenv("TAPI32_SCENARIO", "builtin:default", 1);
  char arg0[] = "call_logger", arg1[] = "5";
  char *argv[] = {arg0, arg1, NULL};
  if (call_logger_main(2, argv) != 0) return 1;
  printf("ok\n");
  return 0;
}
