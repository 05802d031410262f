/* tapi32ext.h: what tapi32 for Linux adds to TAPI, for programs that choose it in
 * code (unmodified programs get the same through environment variables). */

#ifndef TAPI32_LINUX_TAPI32EXT_H
#define TAPI32_LINUX_TAPI32EXT_H

/* Generated with cbindgen by `cargo xtask headers` from the exports in src/ffi; do not edit. */

#include "tapi.h"

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

/**
 * Chooses how the callbacks of applications initialized from now on
 * (`lineInitialize`, `lineInitializeEx` with `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW`)
 * are delivered, for programs without a message loop.
 *
 * * `bEnable` FALSE (the default, as on Windows): the callback runs on the thread
 *   that initialized the application, inside its message loop (`GetMessage`,
 *   `PeekMessage`, `DispatchMessage` of `include/win32/windows.h`).
 * * TRUE: each application gets a dispatcher thread that runs its callback, one
 *   message at a time. A function that retires handles waits for a callback already
 *   running about them at most `TAPI32_CALLBACK_WAIT_MS` (default 250 ms).
 *
 * `TAPI32_CALLBACK_THREAD=1` in the environment does the same for unmodified
 * programs. Returns 0.
 *
 */
LONG tapi32SetCallbackThread(BOOL bEnable);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

#endif  /* TAPI32_LINUX_TAPI32EXT_H */


