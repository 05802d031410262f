/* R4: lineClose makes the line handle and every call handle the app holds on that
 * line invalid at once; closing again gives LINEERR_INVALLINEHANDLE. */
#include "common.h"

int main(void) {
  char buf[1024];
  HLINEAPP app = t_init_event("r04");
  HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 7);
  HCALL out = t_make_call(app, line, "5551000");
  HCALL in = t_offer(app, 0, "5552000", "Caller", NULL);
  CHECK_RC(t_info(out, buf, sizeof buf), 0);
  CHECK_RC(t_info(in, buf, sizeof buf), 0);

  CHECK_RC(lineClose(line), 0);
  CHECK_RC(t_info(out, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_RC(t_info(in, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(out), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineClose(line), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineClose(0), LINEERR_INVALLINEHANDLE);
  /* The app handle is still fine. */
  HLINE again = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 8);
  CHECK(again != line);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
