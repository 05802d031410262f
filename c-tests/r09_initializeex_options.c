/* R9: how lineInitializeEx / lineInitialize treat the message options (header):
 * - LINEINITIALIZEEXOPTION_USECOMPLETIONPORT has no Linux meaning: LINEERR_OPERATIONUNAVAIL;
 * - USEHIDDENWINDOW with a NULL callback, and lineInitialize with a NULL callback:
 *   LINEERR_INVALPOINTER; a NULL LINEINITIALIZEEXPARAMS or lphLineApp: LINEERR_INVALPOINTER;
 * - LINEINITIALIZEEXPARAMS.dwTotalSize below 28 (its size, packed as in the SDK):
 *   LINEERR_STRUCTURETOOSMALL; an unknown option (0, 4, CALLHUBTRACKING alone):
 *   LINEERR_INVALPARAM;
 * every failure changes nothing: the output variables keep their values and no
 * application exists afterwards (line functions give LINEERR_UNINITIALIZED).
 * Then the accepted forms: USEEVENT (optionally | CALLHUBTRACKING), with dwTotalSize 28
 * or larger (nothing written past the 28 bytes), USEHIDDENWINDOW with a callback,
 * lineInitializeExW, lineInitialize; *lpdwNumDevs = 2 (default TAPI32_SIM_LINES) and
 * *lpdwAPIVersion = 0x00030001. */
#include "common.h"

static HLINEAPP app_out;
static DWORD num_out, ver_out;

/* lineInitializeExA with the given options and dwTotalSize; outputs preset to sentinels. */
static LONG try_init(DWORD options, DWORD total, LINECALLBACK callback, unsigned char *params) {
  app_out = 0xA5A5A5A5;
  num_out = 0x5A5A5A5A;
  ver_out = 0x00020002;
  LINEINITIALIZEEXPARAMS *p = (LINEINITIALIZEEXPARAMS *)params;
  p->dwTotalSize = total;
  p->dwNeededSize = 0xEEEEEEEE;
  p->dwUsedSize = 0xEEEEEEEE;
  p->dwOptions = options;
  p->Handles.hEvent = (HANDLE)(intptr_t)0x1234;
  return lineInitializeExA(&app_out, NULL, callback, "r09-init", &num_out, &ver_out, p);
}

static void check_unchanged(unsigned char *params, int line) {
  LINEINITIALIZEEXPARAMS *p = (LINEINITIALIZEEXPARAMS *)params;
  if (app_out != 0xA5A5A5A5 || num_out != 0x5A5A5A5A || ver_out != 0x00020002 ||
      p->dwNeededSize != 0xEEEEEEEE || p->dwUsedSize != 0xEEEEEEEE ||
      p->Handles.hEvent != (HANDLE)(intptr_t)0x1234) {
    fprintf(stderr, "%s:%d: a failed initialization wrote its outputs\n", __FILE__, line);
    t_failures++;
  }
}

int main(void) {
  unsigned char params[64];
  memset(params, 0, sizeof params);
  CHECK_EQ(sizeof(LINEINITIALIZEEXPARAMS), 28);

  /* Failures, before any application exists. */
  CHECK_RC(try_init(LINEINITIALIZEEXOPTION_USECOMPLETIONPORT, 28, t_ignore_callback, params),
           LINEERR_OPERATIONUNAVAIL);
  check_unchanged(params, __LINE__);
  CHECK_RC(try_init(LINEINITIALIZEEXOPTION_USECOMPLETIONPORT, 28, NULL, params),
           LINEERR_OPERATIONUNAVAIL);
  check_unchanged(params, __LINE__);
  CHECK_RC(try_init(LINEINITIALIZEEXOPTION_USEHIDDENWINDOW, 28, NULL, params),
           LINEERR_INVALPOINTER);
  check_unchanged(params, __LINE__);
  const DWORD small[] = {0, 4, 16, 24, 27};
  for (size_t i = 0; i < sizeof small / sizeof small[0]; i++) {
    CHECK_RC(try_init(LINEINITIALIZEEXOPTION_USEEVENT, small[i], NULL, params),
             LINEERR_STRUCTURETOOSMALL);
    check_unchanged(params, __LINE__);
  }
  const DWORD bad_opt[] = {0, 4, LINEINITIALIZEEXOPTION_CALLHUBTRACKING, 0x10};
  for (size_t i = 0; i < sizeof bad_opt / sizeof bad_opt[0]; i++) {
    CHECK_RC(try_init(bad_opt[i], 28, t_ignore_callback, params), LINEERR_INVALPARAM);
    check_unchanged(params, __LINE__);
  }
  DWORD num = 0, ver = 0x00020002;
  HLINEAPP app = 0xA5A5A5A5;
  CHECK_RC(lineInitializeExA(&app, NULL, NULL, "x", &num, &ver, NULL), LINEERR_INVALPOINTER);
  CHECK_RC(lineInitializeExA(NULL, NULL, NULL, "x", &num, &ver, (LINEINITIALIZEEXPARAMS *)params),
           LINEERR_INVALPOINTER);
  CHECK_RC(lineInitialize(&app, NULL, NULL, "x", &num), LINEERR_INVALPOINTER);
  CHECK_EQ(app, 0xA5A5A5A5);
  /* None of that initialized anything. */
  CHECK_RC(lineClose(1), LINEERR_UNINITIALIZED);
  CHECK_RC(lineGetMessage(1, &(LINEMESSAGE){0}, 0), LINEERR_UNINITIALIZED);

  /* USEEVENT, exact size. */
  memset(params, 0xCC, sizeof params);
  CHECK_RC(try_init(LINEINITIALIZEEXOPTION_USEEVENT, 28, NULL, params), 0);
  HLINEAPP a1 = app_out;
  CHECK(a1 != 0 && a1 != 0xA5A5A5A5);
  CHECK_EQ(num_out, 2);
  CHECK_EQ(ver_out, 0x00030001);
  LINEINITIALIZEEXPARAMS *p = (LINEINITIALIZEEXPARAMS *)params;
  CHECK_EQ(p->dwTotalSize, 28);
  CHECK_EQ(p->dwNeededSize, 28);
  CHECK_EQ(p->dwUsedSize, 28);
  CHECK((int)(intptr_t)p->Handles.hEvent >= 0);
  for (size_t i = 28; i < sizeof params; i++) CHECK_EQ(params[i], 0xCC);

  /* USEEVENT | CALLHUBTRACKING, a larger dwTotalSize: nothing past 28 bytes written. */
  memset(params, 0xCC, sizeof params);
  CHECK_RC(try_init(LINEINITIALIZEEXOPTION_USEEVENT | LINEINITIALIZEEXOPTION_CALLHUBTRACKING, 48,
                    NULL, params),
           0);
  HLINEAPP a2 = app_out;
  CHECK(a2 != 0 && a2 != a1);
  CHECK_EQ(p->dwTotalSize, 48);
  CHECK(p->dwUsedSize <= 48);
  for (size_t i = 28; i < sizeof params; i++) CHECK_EQ(params[i], 0xCC);

  /* USEHIDDENWINDOW with a callback. */
  memset(params, 0, sizeof params);
  CHECK_RC(try_init(LINEINITIALIZEEXOPTION_USEHIDDENWINDOW, 28, t_ignore_callback, params), 0);
  HLINEAPP a3 = app_out;
  CHECK(a3 != 0 && a3 != a1 && a3 != a2);

  /* lineInitializeExW with a UTF-16 name ("Zoë"). */
  static const WCHAR wname[] = {0x5A, 0x6F, 0xEB, 0};
  LINEINITIALIZEEXPARAMS wp = t_init_params(LINEINITIALIZEEXOPTION_USEEVENT);
  HLINEAPP a4 = 0;
  num = 0;
  ver = 0x00020000;
  CHECK_RC(lineInitializeExW(&a4, NULL, NULL, wname, &num, &ver, &wp), 0);
  CHECK(a4 != 0);
  CHECK_EQ(num, 2);

  /* TAPI 1.x lineInitialize. */
  HLINEAPP a5 = 0;
  num = 0;
  CHECK_RC(lineInitialize(&a5, NULL, t_ignore_callback, "r09-init-1x", &num), 0);
  CHECK(a5 != 0);
  CHECK_EQ(num, 2);

  CHECK_RC(lineShutdown(a1), 0);
  CHECK_RC(lineShutdown(a2), 0);
  CHECK_RC(lineShutdown(a3), 0);
  CHECK_RC(lineShutdown(a4), 0);
  CHECK_RC(lineShutdown(a5), 0);
  TEST_DONE();
}
