/* lock_cycle.c: a program with a lock cycle between its callback and its main thread,
 * in dispatcher mode, for tests/tapi_run.rs.
 *
 * The callback takes the program's mutex; the main thread holds that mutex while it
 * closes the line whose call the running callback is about. On Windows (and by default
 * here) the callback would run in the main thread's message loop and there would be no
 * cycle; with a dispatcher thread, lineClose waits for the callback at most the bound
 * (TAPI32_CALLBACK_WAIT_MS, 250 ms), gives up, and the handle doctor reports it. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tapi.h"
#include "tapi32ext.h"
#include "tapisim.h"

static pthread_mutex_t g_mutex = PTHREAD_MUTEX_INITIALIZER;
static volatile int g_in_callback;

static void sleep_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
}

static void callback(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance, DWORD_PTR dwParam1,
                     DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)hDevice, (void)dwInstance, (void)dwParam1, (void)dwParam2, (void)dwParam3;
  if (dwMessage != LINE_APPNEWCALL) return;
  __atomic_store_n(&g_in_callback, 1, __ATOMIC_SEQ_CST);
  pthread_mutex_lock(&g_mutex);
  pthread_mutex_unlock(&g_mutex);
}

int main(void) {
  HLINEAPP app = 0;
  HLINE line = 0;
  DWORD n = 0, ver = 0x00020002, call_id = 0;
  LINEINITIALIZEEXPARAMS p;
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwOptions = LINEINITIALIZEEXOPTION_USEHIDDENWINDOW;
  if (tapi32SetCallbackThread(TRUE) != 0) return 10;
  if (lineInitializeExA(&app, NULL, callback, "Lock Cycle", &n, &ver, &p) != 0) return 11;
  if (lineOpen(app, 0, &line, 0x00020002, 0, 0, LINECALLPRIVILEGE_OWNER,
               LINEMEDIAMODE_INTERACTIVEVOICE, NULL) != 0)
    return 12;
  pthread_mutex_lock(&g_mutex);
  if (tapisimOfferCall(0, 0, "5551234", "Caller", 0, &call_id) != 0) return 13;
  for (int i = 0; i < 200 && !__atomic_load_n(&g_in_callback, __ATOMIC_SEQ_CST); i++)
    sleep_ms(10);
  if (!__atomic_load_n(&g_in_callback, __ATOMIC_SEQ_CST)) return 14;
  sleep_ms(20); /* the callback now waits for g_mutex */
  if (lineClose(line) != 0) return 15; /* returns after the bound, with a finding */
  pthread_mutex_unlock(&g_mutex);
  if (lineShutdown(app) != 0) return 16;
  printf("lock cycle: lineClose returned\n");
  return 0;
}
