/* tapi32_win32.h: the Win32 message loop of tapi32 for Linux (libtapi32.so). */
#ifndef TAPI32_LINUX_TAPI32_WIN32_H
#define TAPI32_LINUX_TAPI32_WIN32_H

/* Generated with cbindgen by `cargo xtask headers` from the exports in src/win32; do not edit. Include <windows.h>, not this file. */

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

/**
 * Takes the next message of the calling thread's queue, waiting for one: posted
 * thread messages, the messages of TAPI applications this thread initialized with a
 * callback (`DispatchMessage` runs the callback), `WM_QUIT`, then due timers.
 *
 * Returns nonzero, 0 for `WM_QUIT`, or -1 for a bad `lpMsg` or window (last error
 * `ERROR_INVALID_PARAMETER` or `ERROR_INVALID_WINDOW_HANDLE`).
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
BOOL tapi32_GetMessageA(LPMSG lpMsg, HWND hWnd, UINT wMsgFilterMin, UINT wMsgFilterMax);

/**
 * Takes the next message of the calling thread's queue, waiting for one: posted
 * thread messages, the messages of TAPI applications this thread initialized with a
 * callback (`DispatchMessage` runs the callback), `WM_QUIT`, then due timers.
 *
 * Returns nonzero, 0 for `WM_QUIT`, or -1 for a bad `lpMsg` or window (last error
 * `ERROR_INVALID_PARAMETER` or `ERROR_INVALID_WINDOW_HANDLE`).
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
BOOL tapi32_GetMessageW(LPMSG lpMsg, HWND hWnd, UINT wMsgFilterMin, UINT wMsgFilterMax);

/**
 * Looks at the next message of the calling thread's queue without waiting;
 * `wRemoveMsg` `PM_REMOVE` takes it, `PM_NOREMOVE` leaves it. Returns TRUE when there
 * is one, FALSE when not (also for a bad `lpMsg` or window, or an inverted range).
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
BOOL tapi32_PeekMessageA(LPMSG lpMsg,
                         HWND hWnd,
                         UINT wMsgFilterMin,
                         UINT wMsgFilterMax,
                         UINT wRemoveMsg);

/**
 * Looks at the next message of the calling thread's queue without waiting;
 * `wRemoveMsg` `PM_REMOVE` takes it, `PM_NOREMOVE` leaves it. Returns TRUE when there
 * is one, FALSE when not (also for a bad `lpMsg` or window, or an inverted range).
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
BOOL tapi32_PeekMessageW(LPMSG lpMsg,
                         HWND hWnd,
                         UINT wMsgFilterMin,
                         UINT wMsgFilterMax,
                         UINT wRemoveMsg);

/**
 * Has no effect here (no keyboard input to translate); returns FALSE.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
BOOL tapi32_TranslateMessage(const MSG *lpMsg);

/**
 * Dispatches a message `GetMessage` or `PeekMessage` returned: for a TAPI
 * application's hidden window, runs its callback with its next message (on this
 * thread, inside this call; a message loop in the callback dispatches further
 * messages); for a `WM_TIMER` with a `TIMERPROC`, runs it. Any other message,
 * or NULL, has no effect. Returns 0.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
LPARAM tapi32_DispatchMessageA(const MSG *lpMsg);

/**
 * Dispatches a message `GetMessage` or `PeekMessage` returned: for a TAPI
 * application's hidden window, runs its callback with its next message (on this
 * thread, inside this call; a message loop in the callback dispatches further
 * messages); for a `WM_TIMER` with a `TIMERPROC`, runs it. Any other message,
 * or NULL, has no effect. Returns 0.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
LPARAM tapi32_DispatchMessageW(const MSG *lpMsg);

/**
 * Asks the calling thread's message loop to end: `GetMessage` returns 0 with
 * `WM_QUIT` (wParam `nExitCode`) once the queue has no other posted message.
 *
 */
void tapi32_PostQuitMessage(int32_t nExitCode);

/**
 * Posts a message to thread `idThread`'s queue. FALSE (last error
 * `ERROR_INVALID_THREAD_ID`) when that thread has no message queue (it never
 * called a message function).
 *
 */
BOOL tapi32_PostThreadMessageA(DWORD idThread, UINT Msg, WPARAM wParam, LPARAM lParam);

/**
 * Posts a message to thread `idThread`'s queue. FALSE (last error
 * `ERROR_INVALID_THREAD_ID`) when that thread has no message queue (it never
 * called a message function).
 *
 */
BOOL tapi32_PostThreadMessageW(DWORD idThread, UINT Msg, WPARAM wParam, LPARAM lParam);

/**
 * Posts a message: with a NULL window, to the calling thread's queue (as
 * `PostThreadMessage`). The library has no other windows to post to: any other
 * window gives FALSE (`ERROR_INVALID_WINDOW_HANDLE`).
 *
 */
BOOL tapi32_PostMessageA(HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam);

/**
 * Posts a message: with a NULL window, to the calling thread's queue (as
 * `PostThreadMessage`). The library has no other windows to post to: any other
 * window gives FALSE (`ERROR_INVALID_WINDOW_HANDLE`).
 *
 */
BOOL tapi32_PostMessageW(HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam);

/**
 * Waits until the calling thread's queue has a message. Returns TRUE.
 *
 */
BOOL tapi32_WaitMessage(void);

/**
 * Waits for one of `pHandles` (all with `dwFlags` `MWMO_WAITALL`) or for input on
 * the calling thread's queue that `dwWakeMask` names (`QS_POSTMESSAGE`,
 * `QS_ALLPOSTMESSAGE`: posted and TAPI messages; `QS_TIMER`). Handles are the
 * `hEvent` of `lineInitializeEx`. Returns `WAIT_OBJECT_0 + i` for handle i,
 * `WAIT_OBJECT_0 + nCount` for input, `WAIT_TIMEOUT`, or `WAIT_FAILED`. Input
 * already waiting counts (as with `MWMO_INPUTAVAILABLE`).
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
DWORD tapi32_MsgWaitForMultipleObjectsEx(DWORD nCount,
                                         LPHANDLE pHandles,
                                         DWORD dwMilliseconds,
                                         DWORD dwWakeMask,
                                         DWORD dwFlags);

/**
 * As `MsgWaitForMultipleObjectsEx` with `fWaitAll` for `MWMO_WAITALL`.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
DWORD tapi32_MsgWaitForMultipleObjects(DWORD nCount,
                                       LPHANDLE pHandles,
                                       BOOL fWaitAll,
                                       DWORD dwMilliseconds,
                                       DWORD dwWakeMask);

/**
 * Waits until `hHandle` (the `hEvent` of `lineInitializeEx`: signalled while the
 * application has messages waiting) is signalled. Returns `WAIT_OBJECT_0`,
 * `WAIT_TIMEOUT`, or `WAIT_FAILED` (last error `ERROR_INVALID_HANDLE`).
 *
 */
DWORD tapi32_WaitForSingleObject(HANDLE hHandle, DWORD dwMilliseconds);

/**
 * Waits until one of `lpHandles` (all of them with `bWaitAll`) is signalled.
 * Returns `WAIT_OBJECT_0 + i`, `WAIT_TIMEOUT`, or `WAIT_FAILED`.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
DWORD tapi32_WaitForMultipleObjects(DWORD nCount,
                                    LPHANDLE lpHandles,
                                    BOOL bWaitAll,
                                    DWORD dwMilliseconds);

/**
 * Starts a timer of the calling thread: `WM_TIMER` (wParam the timer's id, lParam
 * `lpTimerFunc`) comes through its message loop every `uElapse` milliseconds (at
 * least 10), and `DispatchMessage` calls `lpTimerFunc` if given. `hWnd` must be
 * NULL (the library has no windows); then `nIDEvent` names the timer to replace, or
 * a new id is chosen. Returns the timer's id, or 0.
 *
 */
UINT_PTR tapi32_SetTimer(HWND hWnd, UINT_PTR nIDEvent, UINT uElapse, TIMERPROC lpTimerFunc);

/**
 * Stops the calling thread's timer `uIDEvent` (`hWnd` NULL). FALSE when there is no
 * such timer.
 *
 */
BOOL tapi32_KillTimer(HWND hWnd, UINT_PTR uIDEvent);

/**
 * The calling thread's id (its Linux thread ID), as `PostThreadMessage` takes it.
 *
 */
DWORD tapi32_GetCurrentThreadId(void);

/**
 * Milliseconds since the system started, wrapping after 49.7 days.
 *
 */
DWORD tapi32_GetTickCount(void);

/**
 * Sleeps `dwMilliseconds` (`INFINITE`: for ever). Delivers no message.
 *
 */
void tapi32_Sleep(DWORD dwMilliseconds);

/**
 * The calling thread's last error, as the functions above set it.
 *
 */
DWORD tapi32_GetLastError(void);

/**
 * Sets the calling thread's last error.
 *
 */
void tapi32_SetLastError(DWORD dwErrCode);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

/* The SDK's names of the library's exports. */
#define DispatchMessageA tapi32_DispatchMessageA
#define DispatchMessageW tapi32_DispatchMessageW
#define GetCurrentThreadId tapi32_GetCurrentThreadId
#define GetLastError tapi32_GetLastError
#define GetMessageA tapi32_GetMessageA
#define GetMessageW tapi32_GetMessageW
#define GetTickCount tapi32_GetTickCount
#define KillTimer tapi32_KillTimer
#define MsgWaitForMultipleObjects tapi32_MsgWaitForMultipleObjects
#define MsgWaitForMultipleObjectsEx tapi32_MsgWaitForMultipleObjectsEx
#define PeekMessageA tapi32_PeekMessageA
#define PeekMessageW tapi32_PeekMessageW
#define PostMessageA tapi32_PostMessageA
#define PostMessageW tapi32_PostMessageW
#define PostQuitMessage tapi32_PostQuitMessage
#define PostThreadMessageA tapi32_PostThreadMessageA
#define PostThreadMessageW tapi32_PostThreadMessageW
#define SetLastError tapi32_SetLastError
#define SetTimer tapi32_SetTimer
#define Sleep tapi32_Sleep
#define TranslateMessage tapi32_TranslateMessage
#define WaitForMultipleObjects tapi32_WaitForMultipleObjects
#define WaitForSingleObject tapi32_WaitForSingleObject
#define WaitMessage tapi32_WaitMessage

/* The generic names select the A or W entry point. */
#ifdef UNICODE
#define DispatchMessage DispatchMessageW
#define GetMessage GetMessageW
#define PeekMessage PeekMessageW
#define PostMessage PostMessageW
#define PostThreadMessage PostThreadMessageW
#else
#define DispatchMessage DispatchMessageA
#define GetMessage GetMessageA
#define PeekMessage PeekMessageA
#define PostMessage PostMessageA
#define PostThreadMessage PostThreadMessageA
#endif

#endif /* TAPI32_LINUX_TAPI32_WIN32_H */
