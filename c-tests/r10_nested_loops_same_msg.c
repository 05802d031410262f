/* A legacy program with ONE global MSG used by the outer message loop and by
 * nested loops inside the LINECALLBACK (GetMessage and PeekMessage, overwriting the MSG
 * the outer DispatchMessage is dispatching), and PostQuitMessage from inside a callback
 * while digits still wait. Also a callback that calls DispatchMessage on the global MSG
 * again (re-entrant dispatch of the message being dispatched).
 * Expectations (R10): every digit exactly once, in order, whatever the nesting; WM_QUIT
 * only after every waiting digit; the outer GetMessage returns 0 with the quit code. */
#include <windows.h>

#include "common.h"

#define DIGITS "0123456789ABCD*#"

MSG msg; /* the one MSG of the program, as in many Windows samples */
static HCALL g_call;
static int g_n, g_depth, g_max_depth;
static DWORD_PTR g_d[128];
static int g_depth_at[128];
static int g_mode;
static int g_quit_seen_nested;

static void CALLBACK Cb(DWORD hDevice, DWORD dwMsg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2,
                        DWORD_PTR p3) {
  (void)hDevice, (void)inst, (void)p3;
  if (dwMsg == LINE_APPNEWCALL) g_call = (HCALL)p2;
  if (dwMsg != LINE_MONITORDIGITS || g_n >= 128) return;
  int idx = g_n;
  g_d[g_n] = p1;
  g_depth_at[g_n] = g_depth;
  g_n++;
  g_depth++;
  if (g_depth > g_max_depth) g_max_depth = g_depth;
  if (g_mode == 1) {
    /* Nested GetMessage loop on the same MSG until 8 digits are in, at the 3rd. */
    if (idx == 2)
      while (g_n < 8 && GetMessage(&msg, NULL, 0, 0) > 0) DispatchMessage(&msg);
    /* At the 10th: quit, then drain with a nested PeekMessage loop on the same MSG;
     * re-post WM_QUIT when it shows up, as programs do. */
    if (idx == 9) {
      PostQuitMessage(7);
      while (PeekMessage(&msg, NULL, 0, 0, PM_REMOVE)) {
        if (msg.message == WM_QUIT) {
          CHECK_EQ(g_n, 16); /* every digit came before WM_QUIT */
          g_quit_seen_nested = 1;
          PostQuitMessage((int)msg.wParam);
          break;
        }
        DispatchMessage(&msg);
      }
    }
  } else if (g_mode == 2) {
    /* Re-entrant: dispatch the MSG being dispatched again, from its own callback. */
    if (idx % 3 == 0) DispatchMessage(&msg);
  } else if (g_mode == 3) {
    /* PostQuitMessage at the first digit, no nested loop. */
    if (idx == 0) PostQuitMessage(9);
  }
  g_depth--;
}

static int in_order(void) {
  for (int i = 0; i < 16; i++)
    if (g_d[i] != (DWORD_PTR)DIGITS[i]) return 0;
  return 1;
}

int main(void) {
  HLINEAPP a = t_init_callback(Cb, "pump-nested");
  (void)t_open(a, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 10);
  DWORD id = 0;
  (void)t_monitored_call(0, &g_call, &id);

  /* Mode 1: nested GetMessage and PeekMessage loops, PostQuitMessage inside. */
  g_mode = 1;
  g_n = 0;
  REQUIRE_RC(tapisimRemoteDigits(id, DIGITS, LINEDIGITMODE_DTMF), 0);
  int got, outer = 0;
  while ((got = GetMessage(&msg, NULL, 0, 0)) > 0) {
    DispatchMessage(&msg);
    if (++outer > 100) break;
  }
  CHECK_EQ(got, 0);
  CHECK_EQ(msg.message, WM_QUIT);
  CHECK_EQ(msg.wParam, 7);
  CHECK_EQ(g_n, 16);
  CHECK(in_order());
  CHECK(g_quit_seen_nested);
  CHECK(g_max_depth >= 2);
  CHECK_EQ(g_depth_at[2], 0);
  CHECK_EQ(g_depth_at[3], 1);
  CHECK_EQ(g_depth_at[9], 0);
  CHECK_EQ(g_depth_at[10], 1);
  CHECK(!PeekMessage(&msg, NULL, 0, 0, PM_NOREMOVE));

  /* Mode 2: re-entrant DispatchMessage of the same MSG. */
  g_mode = 2;
  g_n = 0;
  g_max_depth = 0;
  REQUIRE_RC(tapisimRemoteDigits(id, DIGITS, LINEDIGITMODE_DTMF), 0);
  outer = 0;
  while (g_n < 16 && outer++ < 100) {
    REQUIRE(GetMessage(&msg, NULL, 0, 0) > 0);
    DispatchMessage(&msg);
  }
  CHECK_EQ(g_n, 16);
  CHECK(in_order());
  CHECK(g_max_depth >= 2);
  CHECK(!PeekMessage(&msg, NULL, 0, 0, PM_NOREMOVE));

  /* Mode 3: PostQuitMessage at the first of 16 digits: 15 more, then WM_QUIT. */
  g_mode = 3;
  g_n = 0;
  REQUIRE_RC(tapisimRemoteDigits(id, DIGITS, LINEDIGITMODE_DTMF), 0);
  outer = 0;
  int before_quit = -1;
  while ((got = GetMessage(&msg, NULL, 0, 0)) > 0) {
    DispatchMessage(&msg);
    if (++outer > 100) break;
  }
  before_quit = g_n;
  CHECK_EQ(got, 0);
  CHECK_EQ(msg.wParam, 9);
  CHECK_EQ(before_quit, 16);
  CHECK_EQ(outer, 16);
  CHECK(in_order());

  CHECK_RC(lineDeallocateCall(g_call), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
