/* tapi32_win32.h: the Win32 message loop and basics of tapi32 for Linux (libtapi32.so). */
#ifndef TAPI32_LINUX_TAPI32_WIN32_H
#define TAPI32_LINUX_TAPI32_WIN32_H

/* Generated with cbindgen by `cargo xtask headers` from the exports in src/win32; do not edit. Include <windows.h>, not this file. */

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

/**
 * Allocates `uBytes` bytes (`LMEM_ZEROINIT`: zeroed). `LMEM_MOVEABLE` memory is
 * fixed memory here: its handle is its address, which `LocalLock` returns. Returns
 * the handle, or NULL (`ERROR_NOT_ENOUGH_MEMORY`).
 *
 */
HLOCAL tapi32_LocalAlloc(UINT uFlags, SIZE_T uBytes);

/**
 * Frees a block of `LocalAlloc`. Returns NULL, or `hMem` (last error
 * `ERROR_INVALID_HANDLE`) when it is no live block (freed already, or never
 * allocated here). NULL is ignored.
 *
 */
HLOCAL tapi32_LocalFree(HLOCAL hMem);

/**
 * The size a block was allocated (or reallocated) with; 0 (`ERROR_INVALID_HANDLE`)
 * for no live block.
 *
 */
SIZE_T tapi32_LocalSize(HLOCAL hMem);

/**
 * Resizes a block to `uBytes` (`LMEM_ZEROINIT` zeroes what it grows by). A fixed
 * block moves only with `LMEM_MOVEABLE`, else it must fit where it is
 * (`ERROR_NOT_ENOUGH_MEMORY`); a moveable one moves as needed, and its handle (its
 * address) changes with it. `LMEM_MODIFY` changes no size. Returns the block's
 * handle, or NULL (`ERROR_INVALID_HANDLE`, `ERROR_NOT_ENOUGH_MEMORY`; the block is
 * unchanged).
 *
 */
HLOCAL tapi32_LocalReAlloc(HLOCAL hMem, SIZE_T uBytes, UINT uFlags);

/**
 * The address of a `LocalAlloc` block (its handle), counting a lock of a moveable
 * one; NULL (`ERROR_INVALID_HANDLE`) for no live block.
 *
 */
void *tapi32_LocalLock(HLOCAL hMem);

/**
 * Undoes one `LocalLock` of a moveable block: TRUE while it stays locked, FALSE
 * (last error `NO_ERROR`) once unlocked; FALSE with `ERROR_NOT_LOCKED` for a block
 * not locked (a fixed block never is), `ERROR_INVALID_HANDLE` for no live block.
 *
 */
BOOL tapi32_LocalUnlock(HLOCAL hMem);

/**
 * As `LocalAlloc` (`GMEM_*` are the `LMEM_*` values); the same heap.
 *
 */
HGLOBAL tapi32_GlobalAlloc(UINT uFlags, SIZE_T dwBytes);

/**
 * As `LocalFree`.
 *
 */
HGLOBAL tapi32_GlobalFree(HGLOBAL hMem);

/**
 * As `LocalSize`.
 *
 */
SIZE_T tapi32_GlobalSize(HGLOBAL hMem);

/**
 * As `LocalReAlloc`.
 *
 */
HGLOBAL tapi32_GlobalReAlloc(HGLOBAL hMem, SIZE_T dwBytes, UINT uFlags);

/**
 * As `LocalLock`.
 *
 */
void *tapi32_GlobalLock(HGLOBAL hMem);

/**
 * Undoes one `GlobalLock` of a moveable block: TRUE while it stays locked, FALSE
 * (last error `NO_ERROR`) once unlocked, FALSE with `ERROR_NOT_LOCKED` when it was
 * not locked. A fixed block gives TRUE (as Wine). FALSE with
 * `ERROR_INVALID_HANDLE` for no live block.
 *
 */
BOOL tapi32_GlobalUnlock(HGLOBAL hMem);

/**
 * NULL: the program's module handle (its image base). "tapi32" or "tapi32.dll"
 * (any case): the library's. Any other name: NULL (`ERROR_MOD_NOT_FOUND`); the
 * library loads no DLLs.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
HMODULE tapi32_GetModuleHandleA(LPCSTR lpModuleName);

/**
 * As `GetModuleHandleA`, with a UTF-16 name.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
HMODULE tapi32_GetModuleHandleW(LPCWSTR lpModuleName);

/**
 * Copies `lpString2` to `lpString1`; returns `lpString1`, or NULL when either is
 * NULL.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
LPSTR tapi32_lstrcpyA(LPSTR lpString1, LPCSTR lpString2);

/**
 * As `lstrcpyA`, UTF-16.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
LPWSTR tapi32_lstrcpyW(LPWSTR lpString1, LPCWSTR lpString2);

/**
 * Copies at most `iMaxLength - 1` characters of `lpString2` and a NUL to
 * `lpString1` (nothing when `iMaxLength` <= 0); returns `lpString1`, or NULL when
 * either is NULL.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
LPSTR tapi32_lstrcpynA(LPSTR lpString1, LPCSTR lpString2, int iMaxLength);

/**
 * As `lstrcpynA`, UTF-16 (`iMaxLength` in characters).
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
LPWSTR tapi32_lstrcpynW(LPWSTR lpString1, LPCWSTR lpString2, int iMaxLength);

/**
 * Appends `lpString2` to `lpString1`; returns `lpString1`, or NULL when either is
 * NULL.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
LPSTR tapi32_lstrcatA(LPSTR lpString1, LPCSTR lpString2);

/**
 * As `lstrcatA`, UTF-16.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
LPWSTR tapi32_lstrcatW(LPWSTR lpString1, LPCWSTR lpString2);

/**
 * The length of `lpString` in bytes, without its NUL; 0 for NULL.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
int tapi32_lstrlenA(LPCSTR lpString);

/**
 * The length of `lpString` in UTF-16 units, without its NUL; 0 for NULL.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
int tapi32_lstrlenW(LPCWSTR lpString);

/**
 * Compares two strings by their bytes: -1, 0 or 1 (NULL sorts first, two NULLs are
 * equal). Windows compares by the user's locale; this order is the ordinal one,
 * which agrees with it for strings of ASCII letters and digits of one case.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
int tapi32_lstrcmpA(LPCSTR lpString1, LPCSTR lpString2);

/**
 * As `lstrcmpA`, by UTF-16 units.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
int tapi32_lstrcmpW(LPCWSTR lpString1, LPCWSTR lpString2);

/**
 * As `lstrcmpA`, ignoring the case of ASCII letters.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
int tapi32_lstrcmpiA(LPCSTR lpString1, LPCSTR lpString2);

/**
 * As `lstrcmpW`, ignoring the case of ASCII letters.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
int tapi32_lstrcmpiW(LPCWSTR lpString1, LPCWSTR lpString2);

/**
 * Writes `lpOutputString` to stderr as it is (no newline added; NULL: nothing).
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
void tapi32_OutputDebugStringA(LPCSTR lpOutputString);

/**
 * Writes `lpOutputString` to stderr in UTF-8 (no newline added; NULL: nothing).
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
void tapi32_OutputDebugStringW(LPCWSTR lpOutputString);

/**
 * Initializes a critical section: a recursive lock (the thread that holds it may
 * enter it again, and leaves it as often). NULL is ignored.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
void tapi32_InitializeCriticalSection(LPCRITICAL_SECTION lpCriticalSection);

/**
 * As `InitializeCriticalSection` (the spin count is ignored). TRUE, or FALSE for
 * NULL.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
BOOL tapi32_InitializeCriticalSectionAndSpinCount(LPCRITICAL_SECTION lpCriticalSection,
                                                  DWORD dwSpinCount);

/**
 * Releases a critical section's resources; it must not be held. NULL is ignored.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
void tapi32_DeleteCriticalSection(LPCRITICAL_SECTION lpCriticalSection);

/**
 * Waits for and takes a critical section (again, if this thread holds it).
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
void tapi32_EnterCriticalSection(LPCRITICAL_SECTION lpCriticalSection);

/**
 * Takes a critical section if no other thread holds it: TRUE, else FALSE at once.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
BOOL tapi32_TryEnterCriticalSection(LPCRITICAL_SECTION lpCriticalSection);

/**
 * Leaves a critical section once (as often as it was entered to release it).
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
void tapi32_LeaveCriticalSection(LPCRITICAL_SECTION lpCriticalSection);

/**
 * Creates an event: manual-reset (signalled until `ResetEvent`) or auto-reset (a
 * satisfied wait resets it, so one `SetEvent` releases one wait), signalled at once
 * with `bInitialState`. A name already used in this process gives another handle
 * to that event (last error `ERROR_ALREADY_EXISTS`); names do not cross
 * processes. `lpEventAttributes` is ignored. Returns the handle (an eventfd,
 * pollable), or NULL.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
HANDLE tapi32_CreateEventA(LPSECURITY_ATTRIBUTES lpEventAttributes,
                           BOOL bManualReset,
                           BOOL bInitialState,
                           LPCSTR lpName);

/**
 * As `CreateEventA`, with a UTF-16 name.
 * # Safety
 * Pointer arguments are NULL or valid for the access the SDK documents.
 */
HANDLE tapi32_CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes,
                           BOOL bManualReset,
                           BOOL bInitialState,
                           LPCWSTR lpName);

/**
 * Signals an event (no effect on one signalled already). FALSE
 * (`ERROR_INVALID_HANDLE`) for a handle that is no event of `CreateEvent`.
 *
 */
BOOL tapi32_SetEvent(HANDLE hEvent);

/**
 * Makes an event not signalled. FALSE (`ERROR_INVALID_HANDLE`) for a handle that is
 * no event of `CreateEvent`.
 *
 */
BOOL tapi32_ResetEvent(HANDLE hEvent);

/**
 * Closes a handle of `CreateEvent` (the event goes with its last handle). FALSE
 * (`ERROR_INVALID_HANDLE`) for any other handle: the library closes nothing else
 * (not `Handles.hEvent` of `lineInitializeEx`, which `lineShutdown` closes).
 *
 */
BOOL tapi32_CloseHandle(HANDLE hObject);

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
#define CloseHandle tapi32_CloseHandle
#define CreateEventA tapi32_CreateEventA
#define CreateEventW tapi32_CreateEventW
#define DeleteCriticalSection tapi32_DeleteCriticalSection
#define DispatchMessageA tapi32_DispatchMessageA
#define DispatchMessageW tapi32_DispatchMessageW
#define EnterCriticalSection tapi32_EnterCriticalSection
#define GetCurrentThreadId tapi32_GetCurrentThreadId
#define GetLastError tapi32_GetLastError
#define GetMessageA tapi32_GetMessageA
#define GetMessageW tapi32_GetMessageW
#define GetModuleHandleA tapi32_GetModuleHandleA
#define GetModuleHandleW tapi32_GetModuleHandleW
#define GetTickCount tapi32_GetTickCount
#define GlobalAlloc tapi32_GlobalAlloc
#define GlobalFree tapi32_GlobalFree
#define GlobalLock tapi32_GlobalLock
#define GlobalReAlloc tapi32_GlobalReAlloc
#define GlobalSize tapi32_GlobalSize
#define GlobalUnlock tapi32_GlobalUnlock
#define InitializeCriticalSection tapi32_InitializeCriticalSection
#define InitializeCriticalSectionAndSpinCount tapi32_InitializeCriticalSectionAndSpinCount
#define KillTimer tapi32_KillTimer
#define LeaveCriticalSection tapi32_LeaveCriticalSection
#define LocalAlloc tapi32_LocalAlloc
#define LocalFree tapi32_LocalFree
#define LocalLock tapi32_LocalLock
#define LocalReAlloc tapi32_LocalReAlloc
#define LocalSize tapi32_LocalSize
#define LocalUnlock tapi32_LocalUnlock
#define MsgWaitForMultipleObjects tapi32_MsgWaitForMultipleObjects
#define MsgWaitForMultipleObjectsEx tapi32_MsgWaitForMultipleObjectsEx
#define OutputDebugStringA tapi32_OutputDebugStringA
#define OutputDebugStringW tapi32_OutputDebugStringW
#define PeekMessageA tapi32_PeekMessageA
#define PeekMessageW tapi32_PeekMessageW
#define PostMessageA tapi32_PostMessageA
#define PostMessageW tapi32_PostMessageW
#define PostQuitMessage tapi32_PostQuitMessage
#define PostThreadMessageA tapi32_PostThreadMessageA
#define PostThreadMessageW tapi32_PostThreadMessageW
#define ResetEvent tapi32_ResetEvent
#define SetEvent tapi32_SetEvent
#define SetLastError tapi32_SetLastError
#define SetTimer tapi32_SetTimer
#define Sleep tapi32_Sleep
#define TranslateMessage tapi32_TranslateMessage
#define TryEnterCriticalSection tapi32_TryEnterCriticalSection
#define WaitForMultipleObjects tapi32_WaitForMultipleObjects
#define WaitForSingleObject tapi32_WaitForSingleObject
#define WaitMessage tapi32_WaitMessage
#define lstrcatA tapi32_lstrcatA
#define lstrcatW tapi32_lstrcatW
#define lstrcmpA tapi32_lstrcmpA
#define lstrcmpW tapi32_lstrcmpW
#define lstrcmpiA tapi32_lstrcmpiA
#define lstrcmpiW tapi32_lstrcmpiW
#define lstrcpyA tapi32_lstrcpyA
#define lstrcpyW tapi32_lstrcpyW
#define lstrcpynA tapi32_lstrcpynA
#define lstrcpynW tapi32_lstrcpynW
#define lstrlenA tapi32_lstrlenA
#define lstrlenW tapi32_lstrlenW

/* The generic names select the A or W entry point. */
#ifdef UNICODE
#define CreateEvent CreateEventW
#define DispatchMessage DispatchMessageW
#define GetMessage GetMessageW
#define GetModuleHandle GetModuleHandleW
#define OutputDebugString OutputDebugStringW
#define PeekMessage PeekMessageW
#define PostMessage PostMessageW
#define PostThreadMessage PostThreadMessageW
#define lstrcat lstrcatW
#define lstrcmp lstrcmpW
#define lstrcmpi lstrcmpiW
#define lstrcpy lstrcpyW
#define lstrcpyn lstrcpynW
#define lstrlen lstrlenW
#else
#define CreateEvent CreateEventA
#define DispatchMessage DispatchMessageA
#define GetMessage GetMessageA
#define GetModuleHandle GetModuleHandleA
#define OutputDebugString OutputDebugStringA
#define PeekMessage PeekMessageA
#define PostMessage PostMessageA
#define PostThreadMessage PostThreadMessageA
#define lstrcat lstrcatA
#define lstrcmp lstrcmpA
#define lstrcmpi lstrcmpiA
#define lstrcpy lstrcpyA
#define lstrcpyn lstrcpynA
#define lstrlen lstrlenA
#endif

#endif /* TAPI32_LINUX_TAPI32_WIN32_H */
