/* R7 as a TAPI 1.4 program sees it: compiled with TAPI_CURRENT_VERSION 0x00010004 the
 * structures have their 1.4 sizes (LINECALLINFO 296, LINECALLSTATUS 36, LINEDEVCAPS 240),
 * and passing dwTotalSize = sizeof on a line negotiated at 1.4 works: the fixed part is
 * filled (dwUsedSize == sizeof, since no string fits), dwNeededSize tells what the strings
 * need, and not one byte after the structure is written. The same structure on a line
 * negotiated at 2.0 is too small (the line's version decides: LINEERR_STRUCTURETOOSMALL). */
#define TAPI_CURRENT_VERSION 0x00010004
#include "common.h"

#define CANARY 0x77

struct info_box {
  LINECALLINFO ci;
  unsigned char after[64];
};
struct status_box {
  LINECALLSTATUS cs;
  unsigned char after[64];
};
struct caps_box {
  LINEDEVCAPS dc;
  unsigned char after[64];
};

static int untouched(const unsigned char *p, size_t n) {
  return t_first_changed(p, 0, n, CANARY) == -1;
}

/* Fills the `size` bytes of a box with the canary, then sets the structure's dwTotalSize
 * to `total` (the program's sizeof). */
static void prepare(void *box, size_t size, DWORD total) {
  memset(box, CANARY, size);
  t_put_dw((unsigned char *)box, 0, total);
}

int main(void) {
  CHECK_EQ(sizeof(LINECALLINFO), 296);
  CHECK_EQ(sizeof(LINECALLSTATUS), 36);
  CHECK_EQ(sizeof(LINEDEVCAPS), 240);
  CHECK_EQ(offsetof(struct info_box, after), 296);

  HLINEAPP app = t_init_event("r07-tapi14");
  HLINE l14 = t_open(app, 0, 0x00010004, LINECALLPRIVILEGE_NONE, 1);
  HLINE l20 = t_open(app, 0, 0x00020000, LINECALLPRIVILEGE_NONE, 2);
  HCALL c14 = t_make_call(app, l14, "5550014");
  HCALL c20 = t_make_call(app, l20, "5550020");

  struct info_box ib;
  prepare(&ib, sizeof ib, sizeof ib.ci);
  CHECK_RC(lineGetCallInfo(c14, &ib.ci), 0);
  CHECK_EQ(ib.ci.dwTotalSize, 296);
  CHECK_EQ(ib.ci.dwUsedSize, 296);
  CHECK(ib.ci.dwNeededSize > 296);
  CHECK_EQ(ib.ci.hLine, l14);
  CHECK_EQ(ib.ci.dwCallerIDSize, 0);
  CHECK_EQ(ib.ci.dwCallerIDOffset, 0);
  CHECK_EQ(ib.ci.dwCalledIDSize, 0);
  CHECK_EQ(ib.ci.dwCalledIDOffset, 0);
  CHECK_EQ(ib.ci.dwAppNameSize, 0);
  CHECK_EQ(ib.ci.dwAppNameOffset, 0);
  CHECK(untouched(ib.after, sizeof ib.after));

  /* Room for the strings: the app allocates dwNeededSize and asks again. */
  DWORD need = ib.ci.dwNeededSize;
  unsigned char *big = malloc(need + 64);
  REQUIRE(big != NULL);
  memset(big, CANARY, need + 64);
  LINECALLINFO *ci = (LINECALLINFO *)big;
  ci->dwTotalSize = need;
  CHECK_RC(lineGetCallInfo(c14, ci), 0);
  CHECK_EQ(ci->dwNeededSize, need);
  CHECK_EQ(ci->dwUsedSize, need);
  CHECK(strcmp(t_field(big, ci->dwCalledIDSize, ci->dwCalledIDOffset), "5550014") == 0);
  CHECK(ci->dwCalledIDOffset >= 296);
  CHECK(untouched(big + need, 64));
  free(big);

  prepare(&ib, sizeof ib, sizeof ib.ci);
  CHECK_RC(lineGetCallInfo(c20, &ib.ci), LINEERR_STRUCTURETOOSMALL);
  CHECK(untouched((unsigned char *)&ib + 4, sizeof ib - 4));

  struct status_box sb;
  prepare(&sb, sizeof sb, sizeof sb.cs);
  CHECK_RC(lineGetCallStatus(c14, &sb.cs), 0);
  CHECK_EQ(sb.cs.dwUsedSize, 36);
  CHECK_EQ(sb.cs.dwNeededSize, 36);
  CHECK_EQ(sb.cs.dwCallState, LINECALLSTATE_CONNECTED);
  CHECK(untouched(sb.after, sizeof sb.after));
  prepare(&sb, sizeof sb, sizeof sb.cs);
  CHECK_RC(lineGetCallStatus(c20, &sb.cs), LINEERR_STRUCTURETOOSMALL);
  CHECK(untouched((unsigned char *)&sb + 4, sizeof sb - 4));

  struct caps_box cb;
  prepare(&cb, sizeof cb, sizeof cb.dc);
  CHECK_RC(lineGetDevCaps(app, 0, 0x00010004, 0, &cb.dc), 0);
  CHECK_EQ(cb.dc.dwUsedSize, 240);
  CHECK(cb.dc.dwNeededSize > 240);
  CHECK(cb.dc.dwDevCapFlags & LINEDEVCAPFLAGS_CLOSEDROP);
  CHECK_EQ(cb.dc.dwStringFormat, STRINGFORMAT_ASCII);
  CHECK(untouched(cb.after, sizeof cb.after));
  prepare(&cb, sizeof cb, sizeof cb.dc);
  CHECK_RC(lineGetDevCaps(app, 0, 0x00020000, 0, &cb.dc), LINEERR_STRUCTURETOOSMALL);
  CHECK(untouched((unsigned char *)&cb + 4, sizeof cb - 4));

  CHECK_RC(lineClose(l14), 0);
  CHECK_RC(lineClose(l20), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
