/* R9 (event mode): lineGetMessage works from a thread's exit, as on Windows (where a
 * DLL_THREAD_DETACH or a TLS callback may still drain a queue): a thread that took a
 * message in the usual way then calls lineGetMessage again from its pthread key
 * destructor, which glibc runs after the library's own thread-locals are gone. The
 * messages still waiting are handed out there (0, not LINEERR_OPERATIONFAILED), in order,
 * and the main thread finds the rest afterwards.
 *  A. Two calls offered: LINE_APPNEWCALL and LINE_CALLSTATE (OFFERING) for each.
 *  B. A thread takes the first (the first call's LINE_APPNEWCALL) normally; in its exit
 *     it takes the next two (the first call's LINE_CALLSTATE, the second's
 *     LINE_APPNEWCALL).
 *  C. The main thread takes the last (the second call's LINE_CALLSTATE); then the queue
 *     is empty. */
#include "common.h"
#include <pthread.h>

static HLINEAPP g_app;
static pthread_key_t g_key;
static LONG g_rc[3];
static LINEMESSAGE g_msg[3];

static void at_exit_of_thread(void *p) {
  (void)p;
  for (int i = 1; i < 3; i++) g_rc[i] = lineGetMessage(g_app, &g_msg[i], 0);
}

static void *taker(void *p) {
  (void)p;
  pthread_setspecific(g_key, (void *)1);
  g_rc[0] = lineGetMessage(g_app, &g_msg[0], T_TIMEOUT_MS);
  return NULL;
}

int main(void) {
  HLINE line;
  DWORD id = 0;
  g_app = t_app_with_line("r09-thread-exit", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 7, &line);

  /* A. */
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Exit", 0, &id), 0);
  REQUIRE_RC(tapisimOfferCall(0, 0, "5551235", "Exit 2", 0, &id), 0);

  /* B. */
  REQUIRE(pthread_key_create(&g_key, at_exit_of_thread) == 0);
  pthread_t t;
  REQUIRE(pthread_create(&t, NULL, taker, NULL) == 0);
  REQUIRE(pthread_join(t, NULL) == 0);
  CHECK_RC(g_rc[0], 0);
  CHECK_EQ(g_msg[0].dwMessageID, LINE_APPNEWCALL);
  HCALL call = (HCALL)g_msg[0].dwParam2;
  for (int i = 1; i < 3; i++) {
    CHECK_RC(g_rc[i], 0);
    CHECK_EQ(g_msg[i].dwCallbackInstance, 7);
  }
  CHECK_EQ(g_msg[1].dwMessageID, LINE_CALLSTATE);
  CHECK_EQ(g_msg[1].hDevice, call);
  CHECK_EQ(g_msg[2].dwMessageID, LINE_APPNEWCALL);
  HCALL call2 = (HCALL)g_msg[2].dwParam2;
  CHECK(call2 != 0 && call2 != call);

  /* C. */
  LINEMESSAGE m;
  CHECK_RC(lineGetMessage(g_app, &m, 0), 0);
  CHECK_EQ(m.dwMessageID, LINE_CALLSTATE);
  CHECK_EQ(m.hDevice, call2);
  CHECK_RC(lineGetMessage(g_app, &m, 0), LINEERR_OPERATIONFAILED);
  CHECK_RC(lineDeallocateCall(call), 0);
  CHECK_RC(lineDeallocateCall(call2), 0);
  CHECK_RC(lineShutdown(g_app), 0);
  pthread_key_delete(g_key);
  TEST_DONE();
}
