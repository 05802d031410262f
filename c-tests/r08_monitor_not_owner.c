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
  unsigned char buf[1024];
  if (t_info(h, buf, sizeof buf) != 0) return 0xDEADBEEF;
  return ((LINECALLINFO *)buf)->dwAppSpecific;
}

static HLINE line_of(HCALL h) {
  unsigned char buf[1024];
  if (t_info(h, buf, sizeof buf) != 0) return 0;
  return ((LINECALLINFO *)buf)->hLine;
}

static DWORD privilege(HCALL h) {
  LINECALLSTATUS s;
  memset(&s, 0, sizeof s);
  s.dwTotalSize = sizeof s;
  if (lineGetCallStatus(h, &s) != 0) return 0;
  return s.dwCallPrivilege;
}

/* The handle the 1.4 app got: LINE_CALLSTATE with dwParam3 = its privilege (no
 * LINE_APPNEWCALL below 2.0). */
static HCALL wait_new_call_14(HLINEAPP app, DWORD *priv) {
  LINEMESSAGE m;
  while (t_next(app, &m, T_TIMEOUT_MS)) {
    if (m.dwMessageID == LINE_CALLSTATE && m.dwParam3 != 0) {
      *priv = (DWORD)m.dwParam3;
      return m.hDevice;
    }
  }
  return 0;
}

static HCALL wait_new_call(HLINEAPP app, HLINE line, DWORD *priv) {
  LINEMESSAGE m;
  REQUIRE(t_wait_for(app, LINE_APPNEWCALL, line, &m));
  *priv = (DWORD)m.dwParam3;
  return (HCALL)m.dwParam2;
}

int main(void) {
  apps[0] = t_init_event("r08-owner");
  apps[1] = t_init_event("r08-monitor");
  apps[2] = t_init_event("r08-second-owner");
  apps[3] = t_init_event("r08-monitor14");
  HLINE lo = t_open(apps[0], 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 10);
  HLINE lm = t_open(apps[1], 0, 0x00020000, LINECALLPRIVILEGE_MONITOR, 11);
  HLINE l2 = t_open(apps[2], 0, 0x00030001, LINECALLPRIVILEGE_OWNER, 12);
  HLINE l14 = t_open(apps[3], 0, 0x00010004, LINECALLPRIVILEGE_MONITOR, 13);

  /* Incoming call. */
  DWORD call_id = 0, pr = 0;
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Alice", 0, &call_id), 0);
  HCALL ho = wait_new_call(apps[0], lo, &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_OWNER);
  HCALL hm = wait_new_call(apps[1], lm, &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_MONITOR);
  HCALL h2 = wait_new_call(apps[2], l2, &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_MONITOR);
  HCALL h14 = wait_new_call_14(apps[3], &pr);
  REQUIRE(h14 != 0);
  CHECK_EQ(pr, LINECALLPRIVILEGE_MONITOR);
  CHECK_EQ(line_of(h14), l14);
  CHECK_EQ(privilege(ho), LINECALLPRIVILEGE_OWNER);
  HCALL monitors[3] = {hm, h2, h14};
  for (int i = 0; i < 3; i++) CHECK_EQ(privilege(monitors[i]), LINECALLPRIVILEGE_MONITOR);
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
    CHECK_EQ(privilege(monitors[i]), LINECALLPRIVILEGE_MONITOR);
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
  HCALL om = wait_new_call(apps[1], lm, &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_MONITOR);
  HCALL o2 = wait_new_call(apps[2], l2, &pr);
  CHECK_EQ(pr, LINECALLPRIVILEGE_MONITOR);
  HCALL o14 = wait_new_call_14(apps[3], &pr);
  REQUIRE(o14 != 0);
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
