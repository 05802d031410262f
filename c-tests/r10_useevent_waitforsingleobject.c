/* R10, LINEINITIALIZEEXOPTION_USEEVENT as a Windows program waits on it: the
 * Handles.hEvent of lineInitializeEx is signalled while the application has messages
 * waiting, and not once lineGetMessage has drained them.
 * - WaitForSingleObject(hEvent, ms): WAIT_TIMEOUT while nothing waits; WAIT_OBJECT_0
 *   once a message is queued (an offered call on an opened owner line), also when it is
 *   queued by another thread during the wait; still WAIT_OBJECT_0 (the wait consumes
 *   nothing) until the last message is taken; WAIT_TIMEOUT again after;
 * - WaitForMultipleObjects on two applications' events: the index of the signalled one,
 *   the lowest when both are; with bWaitAll only when both are;
 * - MsgWaitForMultipleObjects with the event handle: WAIT_OBJECT_0 for the event,
 *   WAIT_OBJECT_0 + 1 for a posted thread message, WAIT_TIMEOUT for neither. */
#include <windows.h>

#include <pthread.h>
#include <unistd.h>

#include "common.h"

static HLINEAPP init_event(const char *name, HANDLE *event) {
  LINEINITIALIZEEXPARAMS p = t_init_params(LINEINITIALIZEEXOPTION_USEEVENT);
  HLINEAPP app = 0;
  DWORD num = 0, ver = 0x00030001;
  REQUIRE_RC(lineInitializeExA(&app, NULL, NULL, name, &num, &ver, &p), 0);
  REQUIRE(app != 0);
  *event = p.Handles.hEvent;
  return app;
}

static LONG g_later_rc = -1; /* read after pthread_join */

static void *offer_later(void *arg) {
  (void)arg;
  Sleep(40);
  DWORD id = 0;
  g_later_rc = tapisimOfferCall(0, 0, "5557000", "Later", 0, &id);
  return NULL;
}

int main(void) {
  LINEMESSAGE m;
  HANDLE ha, hb;
  DWORD t0;
  alarm(30); /* watchdog */

  HLINEAPP a = init_event("r10-event-a", &ha);
  HLINEAPP b = init_event("r10-event-b", &hb);
  HLINE la = t_open(a, 0, 0x00020000, LINECALLPRIVILEGE_OWNER, 0xA);
  HLINE lb = t_open(b, 1, 0x00020000, LINECALLPRIVILEGE_OWNER, 0xB);
  t_drain(a);
  t_drain(b);

  /* Nothing waits: not signalled. */
  t0 = GetTickCount();
  CHECK_EQ(WaitForSingleObject(ha, 30), WAIT_TIMEOUT);
  CHECK(GetTickCount() - t0 >= 20);
  CHECK_EQ(WaitForSingleObject(ha, 0), WAIT_TIMEOUT);

  /* A call offered on a's line: LINE_APPNEWCALL and LINE_CALLSTATE OFFERING wait. */
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551000", "One", 0, &(DWORD){0}), 0);
  t0 = GetTickCount();
  CHECK_EQ(WaitForSingleObject(ha, 1000), WAIT_OBJECT_0);
  CHECK(GetTickCount() - t0 < 500);
  CHECK_EQ(WaitForSingleObject(ha, 0), WAIT_OBJECT_0); /* the wait took nothing */
  CHECK_EQ(WaitForSingleObject(hb, 0), WAIT_TIMEOUT);  /* b has nothing */
  REQUIRE(t_next(a, &m, 0));
  CHECK_EQ(m.dwMessageID, LINE_APPNEWCALL);
  CHECK_EQ(WaitForSingleObject(ha, 0), WAIT_OBJECT_0); /* OFFERING still waits */
  REQUIRE(t_next(a, &m, 0));
  CHECK_EQ(m.dwMessageID, LINE_CALLSTATE);
  CHECK_EQ(m.dwParam1, LINECALLSTATE_OFFERING);
  CHECK(!t_next(a, &m, 0));
  CHECK_EQ(WaitForSingleObject(ha, 30), WAIT_TIMEOUT); /* drained: not signalled */

  /* Queued by another thread while the main thread waits. */
  {
    pthread_t t;
    REQUIRE(pthread_create(&t, NULL, offer_later, NULL) == 0);
    t0 = GetTickCount();
    CHECK_EQ(WaitForSingleObject(ha, 3000), WAIT_OBJECT_0);
    CHECK(GetTickCount() - t0 < 2000);
    pthread_join(t, NULL);
    CHECK_RC(g_later_rc, 0);
    t_drain(a);
    CHECK_EQ(WaitForSingleObject(ha, 0), WAIT_TIMEOUT);
  }

  /* Two applications' events. */
  HANDLE both[2] = {ha, hb};
  CHECK_EQ(WaitForMultipleObjects(2, both, FALSE, 30), WAIT_TIMEOUT);
  REQUIRE_RC(tapisimOfferCall(1, 0, "5552000", "Two", 0, &(DWORD){0}), 0);
  CHECK_EQ(WaitForMultipleObjects(2, both, FALSE, 1000), WAIT_OBJECT_0 + 1);
  CHECK_EQ(WaitForMultipleObjects(2, both, TRUE, 30), WAIT_TIMEOUT); /* only b */
  REQUIRE_RC(tapisimOfferCall(0, 0, "5553000", "Three", 0, &(DWORD){0}), 0);
  CHECK_EQ(WaitForMultipleObjects(2, both, FALSE, 1000), WAIT_OBJECT_0); /* the lowest */
  CHECK_EQ(WaitForMultipleObjects(2, both, TRUE, 1000), WAIT_OBJECT_0);
  t_drain(a);
  CHECK_EQ(WaitForMultipleObjects(2, both, FALSE, 1000), WAIT_OBJECT_0 + 1);
  t_drain(b);
  CHECK_EQ(WaitForMultipleObjects(2, both, FALSE, 30), WAIT_TIMEOUT);

  /* MsgWaitForMultipleObjects with the event. */
  CHECK_EQ(MsgWaitForMultipleObjects(1, &ha, FALSE, 30, QS_ALLINPUT), WAIT_TIMEOUT);
  REQUIRE_RC(tapisimOfferCall(0, 0, "5554000", "Four", 0, &(DWORD){0}), 0);
  CHECK_EQ(MsgWaitForMultipleObjects(1, &ha, FALSE, 1000, QS_ALLINPUT), WAIT_OBJECT_0);
  CHECK_EQ(MsgWaitForMultipleObjectsEx(1, &ha, 1000, QS_ALLINPUT, 0), WAIT_OBJECT_0);
  t_drain(a);
  CHECK(PostThreadMessage(GetCurrentThreadId(), WM_USER + 1, 0, 0));
  CHECK_EQ(MsgWaitForMultipleObjects(1, &ha, FALSE, 1000, QS_ALLINPUT), WAIT_OBJECT_0 + 1);
  MSG msg;
  CHECK(PeekMessage(&msg, NULL, 0, 0, PM_REMOVE));
  CHECK_EQ(msg.message, WM_USER + 1);
  CHECK_EQ(MsgWaitForMultipleObjects(1, &ha, FALSE, 30, QS_ALLINPUT), WAIT_TIMEOUT);
  CHECK_EQ(WaitForSingleObject(ha, 0), WAIT_TIMEOUT);

  CHECK_RC(lineClose(la), 0);
  CHECK_RC(lineClose(lb), 0);
  CHECK_RC(lineShutdown(a), 0);
  CHECK_RC(lineShutdown(b), 0);
  TEST_DONE();
}
