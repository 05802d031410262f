/* Handles and types: TAPI functions return LONG (32-bit signed) and the LINEERR_
 * constants are unsigned 32-bit hex literals, so a legacy program's raw comparison
 * `lineClose(h) == LINEERR_INVALLINEHANDLE` must be true in C on Linux as on Windows.
 * (With a `0x8000002BL` literal on LP64 the LONG would be sign-extended to a 64-bit
 * long and the comparison would be false.) */
#include "common.h"

/* This file deliberately writes the comparisons as legacy TAPI programs do, without a
 * cast. They compare a signed LONG with an unsigned constant, which is exactly the case
 * the rule is about and which GCC's -Wsign-compare (part of -Wextra) reports, as MSVC's
 * C4389 does on Windows; the harness builds with -Werror, so that one warning is
 * silenced here and only here. */
#pragma GCC diagnostic ignored "-Wsign-compare"

int main(void) {
  /* Before any application is initialized. */
  CHECK(lineClose(0x00200001) == LINEERR_UNINITIALIZED);
  CHECK(lineDeallocateCall(0x00200001) == LINEERR_UNINITIALIZED);

  HLINEAPP app = t_init_event("r00-raw-compare");
  HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1);
  HCALL call = t_make_call(app, line, "5550100");

  LONG rc = lineClose(0);
  CHECK(rc == LINEERR_INVALLINEHANDLE);
  CHECK(rc < 0);
  CHECK(!(rc != LINEERR_INVALLINEHANDLE));
  CHECK(lineClose(call) == LINEERR_INVALLINEHANDLE);
  CHECK(lineDeallocateCall(0) == LINEERR_INVALCALLHANDLE);
  CHECK(lineDeallocateCall(line) == LINEERR_INVALCALLHANDLE);
  CHECK(lineShutdown(line) == LINEERR_INVALAPPHANDLE);
  CHECK(lineMakeCall(line, NULL, "5550100", 0, NULL) == LINEERR_INVALPOINTER);
  LINEMESSAGE m;
  t_drain(app);
  CHECK(lineGetMessage(app, &m, 0) == LINEERR_OPERATIONFAILED);

  /* A success still compares equal to 0, and a different error does not match. */
  CHECK(lineDeallocateCall(call) == 0);
  rc = lineDeallocateCall(call);
  CHECK(rc == LINEERR_INVALCALLHANDLE);
  CHECK(!(rc == LINEERR_INVALLINEHANDLE));
  CHECK(lineClose(line) == 0);
  CHECK(lineClose(line) == LINEERR_INVALLINEHANDLE);
  CHECK(lineShutdown(app) == 0);
  CHECK(lineShutdown(app) == LINEERR_INVALAPPHANDLE);
  TEST_DONE();
}
