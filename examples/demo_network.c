/* demo_network.c: stands in for the telephone network and the people using it, so the
 * unmodified call logger has calls to log. Linked into the demo binary, it starts a
 * thread at load time that drives the built-in simulated provider (tapisim.h) and plays
 * a desk phone application (its own TAPI app, owner of line 0):
 *
 *   1. Alice calls line 0; the phone answers; Alice hangs up.
 *   2. The phone dials 5550100; the far end answers; the phone hangs up.
 *   3. A withheld number calls line 1; nobody answers; the caller gives up.
 *   4. The phone dials 5550199 and gives up while it rings (no auto-answer).
 *   5. Bob calls line 0; the phone answers; the provider closes line 1 meanwhile;
 *      Bob hangs up.
 *
 * Not part of the logger: on Windows the network is real. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tapi.h"
#include "tapisim.h"

static HLINEAPP phone_app;
static HLINE phone_line;

static void pause_ms(int ms) { usleep(ms * 1000); }

/* The desk phone's own messages: it answers what rings and keeps the handles it gets. */
static HCALL phone_wait_call(void) {
  LINEMESSAGE m;
  while (lineGetMessage(phone_app, &m, 2000) == 0)
    if (m.dwMessageID == LINE_APPNEWCALL) return (HCALL)m.dwParam2;
  return 0;
}

static void phone_drain(void) {
  LINEMESSAGE m;
  while (lineGetMessage(phone_app, &m, 0) == 0) {
  }
}

static void *network(void *arg) {
  DWORD id, n, ver = 0x00020002;
  HCALL h;
  LINEINITIALIZEEXPARAMS p;
  (void)arg;
  pause_ms(300); /* let the logger open its lines */
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  if (lineInitializeExA(&phone_app, NULL, NULL, "Desk Phone", &n, &ver, &p) != 0) return NULL;
  lineOpenA(phone_app, 0, &phone_line, 0x00020002, 0, 0, LINECALLPRIVILEGE_OWNER,
            LINEMEDIAMODE_INTERACTIVEVOICE, NULL);

  printf("[network] Alice (5551234) calls line 0\n");
  tapisimOfferCall(0, 0, "5551234", "Alice Smith", LINEMEDIAMODE_INTERACTIVEVOICE, &id);
  h = phone_wait_call();
  pause_ms(200);
  printf("[phone]   answers\n");
  lineAnswer(h, NULL, 0);
  pause_ms(400);
  printf("[network] Alice hangs up\n");
  tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL);
  lineDrop(h, NULL, 0);
  lineDeallocateCall(h);
  phone_drain();
  pause_ms(200);

  printf("[phone]   dials 5550100\n");
  lineMakeCallA(phone_line, &h, "5550100", 0, NULL);
  pause_ms(400);
  printf("[phone]   hangs up\n");
  lineDrop(h, NULL, 0);
  lineDeallocateCall(h);
  phone_drain();
  pause_ms(200);

  printf("[network] a withheld number calls line 1; nobody answers\n");
  tapisimOfferCall(1, 0, NULL, NULL, 0, &id);
  pause_ms(400);
  tapisimRemoteHangup(id, LINEDISCONNECTMODE_NOANSWER);
  pause_ms(200);

  printf("[phone]   dials 5550199 (no answer) and gives up\n");
  tapisimSetAutoAnswer(FALSE);
  lineMakeCallA(phone_line, &h, "5550199", 0, NULL);
  pause_ms(400);
  lineDrop(h, NULL, 0);
  lineDeallocateCall(h);
  tapisimSetAutoAnswer(TRUE);
  phone_drain();
  pause_ms(200);

  printf("[network] Bob (5559876) calls line 0\n");
  tapisimOfferCall(0, 0, "5559876", "Bob Jones", 0, &id);
  h = phone_wait_call();
  lineAnswer(h, NULL, 0);
  pause_ms(200);
  printf("[network] the provider takes line 1 out of service\n");
  tapisimCloseLine(1);
  pause_ms(200);
  printf("[network] Bob hangs up\n");
  tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL);
  lineDrop(h, NULL, 0);
  lineDeallocateCall(h);
  pause_ms(100);
  lineShutdown(phone_app);
  return NULL;
}

__attribute__((constructor)) static void start_network(void) {
  pthread_t t;
  if (pthread_create(&t, NULL, network, NULL) == 0) pthread_detach(t);
}
