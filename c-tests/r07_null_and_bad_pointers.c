/* R7: the caller's variably sized structure must be usable: NULL or an unusable pointer
 * (the README: one into the first 64 KiB, or one whose span wraps past the end of the
 * address space; nothing is assumed about the address space's size) gives
 * LINEERR_INVALPOINTER from lineGetCallInfo (plain, A, W), lineGetCallStatus and
 * lineGetDevCaps (plain, A, W). The same calls succeed with a real buffer, also at an odd
 * address (README: structures may be at any alignment), with the same bytes. */
#include "common.h"

/* The plain (TAPI 1.x) entry points; tapi.h maps the generic names to the A ones. */
#undef lineGetCallInfo
#undef lineGetDevCaps

static void *const bad_ptrs[] = {
    NULL,
    (void *)16,
    (void *)0xFFF0,
    (void *)(UINTPTR_MAX - 2), /* even dwTotalSize's 4 bytes would wrap */
};
#define N_BAD (sizeof bad_ptrs / sizeof bad_ptrs[0])

/* Zeroes an aligned and a misaligned buffer (at mis + off) and gives both dwTotalSize 1024. */
static void prepare_pair(unsigned char *al, unsigned char *mis, size_t size, int off) {
  memset(al, 0, size);
  memset(mis, 0, size);
  t_put_dw(al, 0, 1024);
  t_put_dw(mis + off, 0, 1024);
}

int main(void) {
  static unsigned char buf[2048];
  HLINEAPP app = t_init_event("r07-ptr");
  HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1);
  HCALL call = t_offer(app, 0, "5551234", "Ptr", NULL);

  for (size_t i = 0; i < N_BAD; i++) {
    void *p = bad_ptrs[i];
    CHECK_RC(lineGetCallInfo(call, (LPLINECALLINFO)p), LINEERR_INVALPOINTER);
    CHECK_RC(lineGetCallInfoA(call, (LPLINECALLINFO)p), LINEERR_INVALPOINTER);
    CHECK_RC(lineGetCallInfoW(call, (LPLINECALLINFO)p), LINEERR_INVALPOINTER);
    CHECK_RC(lineGetCallStatus(call, (LPLINECALLSTATUS)p), LINEERR_INVALPOINTER);
    CHECK_RC(lineGetDevCaps(app, 0, 0x00020002, 0, (LPLINEDEVCAPS)p), LINEERR_INVALPOINTER);
    CHECK_RC(lineGetDevCapsA(app, 0, 0x00020002, 0, (LPLINEDEVCAPS)p), LINEERR_INVALPOINTER);
    CHECK_RC(lineGetDevCapsW(app, 0, 0x00020002, 0, (LPLINEDEVCAPS)p), LINEERR_INVALPOINTER);
    if (t_failures) fprintf(stderr, "  (with pointer #%zu = %p)\n", i, p);
  }

  /* The same calls with a usable buffer succeed: the errors above came from the pointer. */
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  memset(buf, 0, sizeof buf);
  ci->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetCallInfo(call, ci), 0);
  memset(buf, 0, sizeof buf);
  ci->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetCallInfoA(call, ci), 0);
  memset(buf, 0, sizeof buf);
  ci->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetCallInfoW(call, ci), 0);
  LINECALLSTATUS *cs = (LINECALLSTATUS *)buf;
  memset(buf, 0, sizeof buf);
  cs->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetCallStatus(call, cs), 0);
  CHECK_EQ(cs->dwCallState, LINECALLSTATE_OFFERING);
  LINEDEVCAPS *dc = (LINEDEVCAPS *)buf;
  memset(buf, 0, sizeof buf);
  dc->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetDevCaps(app, 0, 0x00020002, 0, dc), 0);
  memset(buf, 0, sizeof buf);
  dc->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetDevCapsA(app, 0, 0x00020002, 0, dc), 0);
  memset(buf, 0, sizeof buf);
  dc->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetDevCapsW(app, 0, 0x00020002, 0, dc), 0);

  /* Misaligned buffers: same result as an aligned one. */
  {
    static unsigned char al[1024 + 8], mis[1024 + 8];
    for (int off = 1; off < 4; off++) {
      prepare_pair(al, mis, sizeof al, off);
      CHECK_RC(lineGetCallInfoW(call, (LPLINECALLINFO)al), 0);
      CHECK_RC(lineGetCallInfoW(call, (LPLINECALLINFO)(mis + off)), 0);
      CHECK(memcmp(al, mis + off, 1024) == 0);
      prepare_pair(al, mis, sizeof al, off);
      CHECK_RC(lineGetCallStatus(call, (LPLINECALLSTATUS)al), 0);
      CHECK_RC(lineGetCallStatus(call, (LPLINECALLSTATUS)(mis + off)), 0);
      /* tStateEntryTime is the same too: the state has not changed. */
      CHECK(memcmp(al, mis + off, 1024) == 0);
      prepare_pair(al, mis, sizeof al, off);
      CHECK_RC(lineGetDevCapsA(app, 1, 0x00030001, 0, (LPLINEDEVCAPS)al), 0);
      CHECK_RC(lineGetDevCapsA(app, 1, 0x00030001, 0, (LPLINEDEVCAPS)(mis + off)), 0);
      CHECK(memcmp(al, mis + off, 1024) == 0);
    }
  }

  /* A bad pointer changes nothing: the call and its handle are as before. */
  CHECK_EQ(t_state(call), LINECALLSTATE_OFFERING);
  CHECK_RC(lineClose(line), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
