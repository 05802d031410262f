/* R8: lineDrop, lineAnswer and lineSetAppSpecific on a monitor handle give
 * LINEERR_NOTOWNER and change nothing: the call's state and dwAppSpecific stay as they
 * were, as seen through every handle, and no application gets a message. Monitor handles
 * here: a MONITOR open (API 2.0), a second OWNER open (the first owner in lineOpen order
 * owns the call, README), a MONITOR open negotiated at 1.4, and the monitor handles of
 * an outgoing call. */
#include "common.h"

#define N_APPS 4

static HLINEAPP apps[N_APPS];

static void drain_all(void) {
  for (int i = 0; i < N_APPS; i++) t_drain(apps[i]);
}

/* No application has a message waiting. */
static void check_quiet(int line) {
  LINEMESSAGE m;
  for (int i = 0; i < N_APPS; i++) {
    if (t_next(apps[i], &m, 0)) {
      fprintf(stderr, "%s:%d: app %d got message %u (hDevice 0x%08x, p1 0x%lx)\n", __FILE__, line, i,
              (unsigned)m.dwMessageID, (unsigned)m.hDevice, (unsigned long)m.dwParam1);
      t_failures++;
    }
  }
}

static DWORD app_specific(HCALL h) {
  return t_info_dw(h, offsetof(LINECALLINFO, dwAppSpecific), 0xDEADBEEF);
}

static HLINE line_of(HCALL h) { return t_info_dw(h, offsetof(LINECALLINFO, hLine), 0); }

int main(void) {
  HLINE lo, lm, l2, l14;
  apps[0] = t_app_with_line("r08-owner", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 10, &lo);
  apps[1] = t_app_with_line("r08-monitor", 0, 0x00020000, LINECALLPRIVILEGE_MONITOR, 11, &lm);
  apps[2] = t_app_with_line("r08-second-owner", 0, 0x00030001, LINECALLPRIVILEGE_OWNER, 12, &l2);
  apps[3] = t_app_with_line("r08-monitor14", 0, 0x00010004, LINECALLPRIVILEGE_MONITOR, 13, &l14);

  /* Incoming call. */
  DWORD call_id = 0, pr = 0;
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Alice", 0, &call_id), 0);
  HCALL ho = t_new_call(apps[0], lo, &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_OWNER);
  HCALL hm = t_new_call(apps[1], lm, &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_MONITOR);
  HCALL h2 = t_new_call(apps[2], l2, &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_MONITOR);
  HCALL h14 = t_new_call_14(apps[3], &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_MONITOR);
  CHECK_EQ(line_of(h14), l14);
  CHECK_EQ(t_privilege(ho), LINECALLPRIVILEGE_OWNER);
  HCALL monitors[3] = {hm, h2, h14};
  for (int i = 0; i < 3; i++) CHECK_EQ(t_privilege(monitors[i]), LINECALLPRIVILEGE_MONITOR);
  drain_all();

  /* OFFERING: monitors cannot answer, drop or set app-specific data. */
  for (int i = 0; i < 3; i++) {
    CHECK_RC(lineAnswer(monitors[i], NULL, 0), LINEERR_NOTOWNER);
    CHECK_RC(lineDrop(monitors[i], NULL, 0), LINEERR_NOTOWNER);
    CHECK_RC(lineSetAppSpecific(monitors[i], 0x1234), LINEERR_NOTOWNER);
  }
  CHECK_EQ(t_state(ho), LINECALLSTATE_OFFERING);
  for (int i = 0; i < 3; i++) {
    CHECK_EQ(t_state(monitors[i]), LINECALLSTATE_OFFERING);
    CHECK_EQ(t_privilege(monitors[i]), LINECALLPRIVILEGE_MONITOR);
    CHECK_EQ(app_specific(monitors[i]), 0);
  }
  CHECK_EQ(app_specific(ho), 0);
  check_quiet(__LINE__);

  /* The owner answers; CONNECTED: monitors still cannot drop. */
  LONG req = lineAnswer(ho, NULL, 0);
  CHECK(req > 0);
  CHECK_EQ(t_state(ho), LINECALLSTATE_CONNECTED);
  drain_all();
  for (int i = 0; i < 3; i++) {
    CHECK_RC(lineDrop(monitors[i], NULL, 0), LINEERR_NOTOWNER);
    CHECK_RC(lineSetAppSpecific(monitors[i], 7), LINEERR_NOTOWNER);
  }
  CHECK_EQ(t_state(ho), LINECALLSTATE_CONNECTED);
  for (int i = 0; i < 3; i++) CHECK_EQ(t_state(monitors[i]), LINECALLSTATE_CONNECTED);
  CHECK_EQ(app_specific(ho), 0);
  check_quiet(__LINE__);
  /* The owner can set it, and every handle sees it. */
  CHECK_RC(lineSetAppSpecific(ho, 0xABCD), 0);
  CHECK_EQ(app_specific(ho), 0xABCD);
  for (int i = 0; i < 3; i++) CHECK_EQ(app_specific(monitors[i]), 0xABCD);
  drain_all();

  /* Outgoing call by the owner app: the others monitor it. */
  HCALL out = t_make_call(apps[0], lo, "5550199");
  HCALL om = t_new_call(apps[1], lm, &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_MONITOR);
  HCALL o2 = t_new_call(apps[2], l2, &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_MONITOR);
  HCALL o14 = t_new_call_14(apps[3], &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_MONITOR);
  CHECK_EQ(line_of(o14), l14);
  CHECK_EQ(t_state(out), LINECALLSTATE_CONNECTED);
  drain_all();
  HCALL omon[3] = {om, o2, o14};
  for (int i = 0; i < 3; i++) {
    CHECK_RC(lineDrop(omon[i], NULL, 0), LINEERR_NOTOWNER);
    CHECK_RC(lineAnswer(omon[i], NULL, 0), LINEERR_NOTOWNER);
    CHECK_RC(lineSetAppSpecific(omon[i], 99), LINEERR_NOTOWNER);
  }
  CHECK_EQ(t_state(out), LINECALLSTATE_CONNECTED);
  for (int i = 0; i < 3; i++) {
    CHECK_EQ(t_state(omon[i]), LINECALLSTATE_CONNECTED);
    CHECK_EQ(app_specific(omon[i]), 0);
  }
  check_quiet(__LINE__);

  for (int i = 0; i < N_APPS; i++) CHECK_RC(lineShutdown(apps[i]), 0);
  TEST_DONE();
}
