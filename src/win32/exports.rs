//! The exported Win32 functions, each under a `tapi32_` name so that nothing collides
//! with another library a program links; `include/win32/windows.h` maps the SDK's names
//! onto them (`GetMessageA` is `tapi32_GetMessageA`).

use std::cell::Cell;
use std::time::{Duration, Instant};

use crossbeam_utils::Backoff;

use super::basics;
use super::queue::{self, Filter, Local};
use super::types::*;
use crate::ffi::ptr::{check_ptr, write_out};
use crate::ffi::timeout;
use tapi32_defs::{BOOL, DWORD, HANDLE};

/// Declares exported Win32 functions, each once, under every name given (the `A` and
/// `W` forms where the SDK has both): each runs its body inside a panic boundary that
/// returns `$fail` instead of unwinding into C.
macro_rules! win32_fn {
    ($(#[$doc:meta])* unsafe fn [$($name:ident),+] $args:tt -> $ret:ty = $fail:expr; $body:block) => {
        win32_fn!(@each [$($name)+] {$(#[$doc])*} [unsafe] $args $ret, $fail, $body);
    };
    ($(#[$doc:meta])* fn [$($name:ident),+] $args:tt -> $ret:ty = $fail:expr; $body:block) => {
        win32_fn!(@each [$($name)+] {$(#[$doc])*} [] $args $ret, $fail, $body);
    };
    (@each [] $($rest:tt)*) => {};
    (@each [$name:ident $($more:ident)*] $docs:tt $unsafety:tt $args:tt $ret:ty, $fail:expr, $body:block) => {
        win32_fn!(@one $name $docs $unsafety $args $ret, $fail, $body);
        win32_fn!(@each [$($more)*] $docs $unsafety $args $ret, $fail, $body);
    };
    (@one $name:ident {$(#[$doc:meta])*} [$($unsafe:ident)?] ($($arg:ident : $ty:ty),* $(,)?)
        $ret:ty, $fail:expr, $body:block) => {
        $(#[$doc])*
        #[doc = win32_fn!(@safety $($unsafe)?)]
        #[no_mangle]
        #[allow(clippy::unused_unit)]
        pub $($unsafe)? extern "C" fn $name($($arg: $ty),*) -> $ret {
            $crate::core::panics::catch_quietly_inline(|| -> $ret { $body })
                .unwrap_or($fail)
        }
    };
    (@safety unsafe) => {
        "\n# Safety\nPointer arguments are NULL or valid for the access the SDK documents."
    };
    (@safety) => { "" };
}
pub(super) use win32_fn;

thread_local! {
    static LAST_ERROR: Cell<DWORD> = const { Cell::new(0) };
}

pub(super) fn set_last_error(e: DWORD) {
    LAST_ERROR.set(e);
}

/// Milliseconds left until `deadline` for poll(2) (-1: no deadline).
fn poll_ms(deadline: Option<Instant>, also: Option<Duration>) -> i32 {
    let now = Instant::now();
    let left = match (deadline.map(|d| d.saturating_duration_since(now)), also) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    match left {
        None => -1,
        // Round up, so a wait does not end a hair early and spin.
        Some(d) => d.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32,
    }
}

/// Polls `fds` for readability for `ms` (poll(2) semantics); the revents of each.
fn poll_fds(fds: &[i32], ms: i32) -> Option<Vec<i16>> {
    let mut p: Vec<libc::pollfd> = fds
        .iter()
        .map(|&fd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        })
        .collect();
    // SAFETY: `p` is a live array of p.len() pollfds.
    let r = unsafe { libc::poll(p.as_mut_ptr(), p.len() as libc::nfds_t, ms) };
    if r < 0 && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
        return None;
    }
    Some(
        p.iter()
            .map(|x| if r > 0 { x.revents } else { 0 })
            .collect(),
    )
}

/// A wait handle's descriptor: `Handles.hEvent` of `lineInitializeEx` and the events
/// of `CreateEvent` are eventfds. NULL is never a handle.
pub(super) fn handle_fd(h: HANDLE) -> Option<i32> {
    let fd = h as isize;
    (1..=i32::MAX as isize).contains(&fd).then_some(fd as i32)
}

/// The handles of a wait, or `None` (with the last error set) when they are unusable.
///
/// # Safety
/// `handles` is NULL or points to `count` handles.
unsafe fn wait_handles(count: DWORD, handles: LPHANDLE, none_ok: bool) -> Option<Vec<i32>> {
    if count > MAXIMUM_WAIT_OBJECTS || (count == 0 && !none_ok) {
        set_last_error(ERROR_INVALID_PARAMETER);
        return None;
    }
    if count > 0 && check_ptr(handles, count as usize * size_of::<HANDLE>()).is_err() {
        set_last_error(ERROR_INVALID_PARAMETER);
        return None;
    }
    let mut fds = Vec::with_capacity(count as usize);
    for i in 0..count as usize {
        // SAFETY: `handles` holds `count` handles (checked as far as can be above).
        let h = unsafe { handles.add(i).read_unaligned() };
        let Some(fd) = handle_fd(h) else {
            set_last_error(ERROR_INVALID_HANDLE);
            return None;
        };
        fds.push(fd);
    }
    Some(fds)
}

/// Waits for `fds` (all of them with `all`) and, with `queue`, for input on the
/// thread's queue (`mask`): `WAIT_OBJECT_0 + i`, `WAIT_OBJECT_0 + fds.len()` for input,
/// `WAIT_TIMEOUT` or `WAIT_FAILED`. A wait satisfied by an auto-reset event of
/// `CreateEvent` resets it; nothing else is consumed (`Handles.hEvent` of
/// `lineInitializeEx` stays signalled while messages wait).
fn wait(fds: &[i32], all: bool, ms: DWORD, queue: Option<(&Local, DWORD)>) -> DWORD {
    let deadline = timeout(ms).map(|t| Instant::now() + t);
    let auto = basics::auto_reset(fds);
    loop {
        if let Some((q, _)) = queue {
            // Before the look ahead of the poll: TAPI posts write the eventfd from here.
            q.may_sleep();
            q.clear_wake();
        }
        let mut watch = fds.to_vec();
        if let Some((q, _)) = queue {
            watch.push(q.wake_fd());
        }
        let Some(ready) = poll_fds(&watch, 0) else {
            return WAIT_FAILED;
        };
        if ready[..fds.len()].iter().any(|r| r & libc::POLLNVAL != 0) {
            set_last_error(ERROR_INVALID_HANDLE);
            return WAIT_FAILED;
        }
        let is_ready = |r: &i16| r & libc::POLLIN != 0;
        let input = queue.is_some_and(|(q, mask)| input_waiting(q, mask));
        if all {
            if ready[..fds.len()].iter().all(is_ready)
                && (queue.is_none() || input)
                && basics::take_all(fds, &auto)
            {
                return WAIT_OBJECT_0;
            }
        } else {
            // The first signalled handle satisfies the wait; an auto-reset event only if
            // this wait is the one that resets it (another may have taken it since).
            let taken =
                (0..fds.len()).find(|&i| is_ready(&ready[i]) && (!auto[i] || basics::take(fds[i])));
            if let Some(i) = taken {
                return WAIT_OBJECT_0 + i as DWORD;
            }
            if input {
                return WAIT_OBJECT_0 + fds.len() as DWORD;
            }
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return WAIT_TIMEOUT;
        }
        let timer = queue.and_then(|(q, _)| q.next_timer());
        if poll_fds(&watch, poll_ms(deadline, timer)).is_none() {
            return WAIT_FAILED;
        }
    }
}

/// Whether the thread's queue has input of the kinds `mask` names.
fn input_waiting(q: &Local, mask: DWORD) -> bool {
    let any = Filter {
        hwnd: 0,
        min: 0,
        max: 0,
    };
    let posted = QS_POSTMESSAGE | QS_ALLPOSTMESSAGE;
    match q.retrieve(any, false) {
        Some(m) if m.message == WM_TIMER => mask & QS_TIMER != 0,
        Some(_) => mask & posted != 0,
        None => false,
    }
}

/// The window filter of a message function: NULL, -1, or a TAPI application's hidden
/// window; `None` for any other window (the library makes no other windows).
fn window_filter(hwnd: HWND) -> Option<usize> {
    let h = hwnd as usize;
    let ours = |h: usize| h == 0 || h == usize::MAX || h & (1 << (usize::BITS - 2)) != 0;
    ours(h).then_some(h)
}

/// What `GetMessage` does between two looks that found nothing, in this order: lowers
/// [`queue::ThreadQueue::may_sleep`]'s flag (the thread looks again before it waits) and
/// clears the wake-up (only before a look that may be followed by a wait, not for every
/// message of a busy queue, so a post after the look wakes it); then, once per call,
/// looks again in a bounded spin (`crossbeam_utils`'s `Backoff`: 127 `spin_loop` hints
/// rising, then 4 `yield`s; a few microseconds; only with more than one CPU), so a post,
/// `WM_QUIT` or a timer falling due in that time is taken without a sleep; then raises
/// [`queue::ThreadQueue::may_sleep`] (until then a TAPI application's post skips the
/// eventfd write) and looks a last time; then polls, until the next timer at most.
#[derive(Default)]
struct Between {
    cleared: bool,
    spin: Option<Backoff>,
    raised: bool,
}

impl Between {
    /// One step before the next look; false if the poll failed.
    #[cold]
    #[inline(never)]
    fn step(&mut self, q: &Local) -> bool {
        if !self.cleared {
            // Looks again before any wait: posts may skip the eventfd write until the
            // flag is raised again below.
            q.awake();
            self.raised = false;
            q.clear_wake();
            self.cleared = true;
            return true;
        }
        match &self.spin {
            None if crate::core::app::may_spin() => {
                self.spin = Some(Backoff::new());
                return true;
            }
            Some(b) if !b.is_completed() => {
                b.snooze();
                return true;
            }
            _ => {}
        }
        if !self.raised {
            q.may_sleep();
            self.raised = true;
            return true;
        }
        self.cleared = false;
        poll_fds(&[q.wake_fd()], poll_ms(None, q.next_timer())).is_some()
    }
}

/// Writes `msg` to the caller's `lpMsg`.
///
/// # Safety
/// `lpMsg` was checked and is valid for a write of `MSG`.
unsafe fn put_msg(lpMsg: LPMSG, msg: MSG) {
    // SAFETY: forwarded contract.
    let _ = unsafe { write_out(lpMsg, msg) };
}

win32_fn! {
    /// Takes the next message of the calling thread's queue, waiting for one: posted
    /// thread messages, the messages of TAPI applications this thread initialized with a
    /// callback (`DispatchMessage` runs the callback), `WM_QUIT`, then due timers.
    ///
    /// Returns nonzero, 0 for `WM_QUIT`, or -1 for a bad `lpMsg` or window (last error
    /// `ERROR_INVALID_PARAMETER` or `ERROR_INVALID_WINDOW_HANDLE`).
    unsafe fn [tapi32_GetMessageA, tapi32_GetMessageW](
        lpMsg: LPMSG,
        hWnd: HWND,
        wMsgFilterMin: UINT,
        wMsgFilterMax: UINT,
    ) -> BOOL = -1; {
        if check_ptr(lpMsg, size_of::<MSG>()).is_err() {
            set_last_error(ERROR_INVALID_PARAMETER);
            return -1;
        }
        // The message loop of a program that pumps TAPI messages, while they come:
        // taken without the general look (which would find the same message).
        let any = hWnd.is_null() && wMsgFilterMin == 0 && wMsgFilterMax == 0;
        // SAFETY: checked above.
        if any && unsafe { queue::next_tapi(lpMsg) } {
            return 1;
        }
        // SAFETY: checked above.
        unsafe { get_message(lpMsg, hWnd, wMsgFilterMin, wMsgFilterMax) }
    }
}

/// `GetMessage`'s general look and wait (out of line, so that the common case above
/// stays small).
///
/// # Safety
/// `lpMsg` was checked and is valid for a write of `MSG`.
#[inline(never)]
unsafe fn get_message(lpMsg: LPMSG, hWnd: HWND, min: UINT, max: UINT) -> BOOL {
    let Some(hwnd) = window_filter(hWnd) else {
        set_last_error(ERROR_INVALID_WINDOW_HANDLE);
        return -1;
    };
    let filter = Filter { hwnd, min, max };
    queue::with_current(|q| {
        // One place looks, so the look is inlined once; what happens between looks
        // is out of line (`Between::step`).
        let mut between = Between::default();
        loop {
            if let Some(m) = q.retrieve(filter, true) {
                // SAFETY: forwarded contract.
                unsafe { put_msg(lpMsg, m) };
                return BOOL::from(m.message != WM_QUIT);
            }
            if !between.step(q) {
                return -1;
            }
        }
    })
    .unwrap_or(-1)
}

win32_fn! {
    /// Looks at the next message of the calling thread's queue without waiting;
    /// `wRemoveMsg` `PM_REMOVE` takes it, `PM_NOREMOVE` leaves it. Returns TRUE when there
    /// is one, FALSE when not (also for a bad `lpMsg` or window, or an inverted range).
    unsafe fn [tapi32_PeekMessageA, tapi32_PeekMessageW](
        lpMsg: LPMSG,
        hWnd: HWND,
        wMsgFilterMin: UINT,
        wMsgFilterMax: UINT,
        wRemoveMsg: UINT,
    ) -> BOOL = 0; {
        if check_ptr(lpMsg, size_of::<MSG>()).is_err() {
            set_last_error(ERROR_INVALID_PARAMETER);
            return 0;
        }
        let Some(hwnd) = window_filter(hWnd) else {
            set_last_error(ERROR_INVALID_WINDOW_HANDLE);
            return 0;
        };
        let filter = Filter { hwnd, min: wMsgFilterMin, max: wMsgFilterMax };
        let m = queue::with_current(|q| {
            q.clear_wake();
            q.retrieve(filter, wRemoveMsg & PM_REMOVE != 0)
        });
        match m.flatten() {
            Some(m) => {
                // SAFETY: checked above.
                unsafe { put_msg(lpMsg, m) };
                1
            }
            None => 0,
        }
    }
}

win32_fn! {
    /// Has no effect here (no keyboard input to translate); returns FALSE.
    unsafe fn [tapi32_TranslateMessage](lpMsg: *const MSG) -> BOOL = 0; {
        let _ = lpMsg;
        0
    }
}

win32_fn! {
    /// Dispatches a message `GetMessage` or `PeekMessage` returned: for a TAPI
    /// application's hidden window, runs its callback with its next message (on this
    /// thread, inside this call; a message loop in the callback dispatches further
    /// messages); for a `WM_TIMER` with a `TIMERPROC`, runs it. Any other message,
    /// or NULL, has no effect. Returns 0.
    unsafe fn [tapi32_DispatchMessageA, tapi32_DispatchMessageW](lpMsg: *const MSG) -> LPARAM = 0; {
        if check_ptr(lpMsg, size_of::<MSG>()).is_err() {
            return 0;
        }
        // The message loop of a program that pumps TAPI messages: its first
        // application's message delivered without the general dispatch (which would do
        // the same).
        // SAFETY: checked above; the caller passes a MSG.
        if unsafe { queue::dispatch_tapi(lpMsg) } {
            return 0;
        }
        // SAFETY: as above.
        let msg = unsafe { lpMsg.read_unaligned() };
        queue::with_current(|q| q.dispatch(&msg));
        0
    }
}

win32_fn! {
    /// Asks the calling thread's message loop to end: `GetMessage` returns 0 with
    /// `WM_QUIT` (wParam `nExitCode`) once the queue has no other posted message.
    fn [tapi32_PostQuitMessage](nExitCode: i32) -> () = (); {
        if let Some(q) = queue::current() {
            q.post_quit(nExitCode);
        }
    }
}

win32_fn! {
    /// Posts a message to thread `idThread`'s queue. FALSE (last error
    /// `ERROR_INVALID_THREAD_ID`) when that thread has no message queue (it never
    /// called a message function).
    fn [tapi32_PostThreadMessageA, tapi32_PostThreadMessageW](
        idThread: DWORD,
        Msg: UINT,
        wParam: WPARAM,
        lParam: LPARAM,
    ) -> BOOL = 0; {
        match queue::of_thread(idThread) {
            Some(q) => {
                q.post(Msg, wParam, lParam);
                1
            }
            None => {
                set_last_error(ERROR_INVALID_THREAD_ID);
                0
            }
        }
    }
}

win32_fn! {
    /// Posts a message: with a NULL window, to the calling thread's queue (as
    /// `PostThreadMessage`). The library has no other windows to post to: any other
    /// window gives FALSE (`ERROR_INVALID_WINDOW_HANDLE`).
    fn [tapi32_PostMessageA, tapi32_PostMessageW](
        hWnd: HWND,
        Msg: UINT,
        wParam: WPARAM,
        lParam: LPARAM,
    ) -> BOOL = 0; {
        if !hWnd.is_null() {
            set_last_error(ERROR_INVALID_WINDOW_HANDLE);
            return 0;
        }
        match queue::current() {
            Some(q) => {
                q.post(Msg, wParam, lParam);
                1
            }
            None => 0,
        }
    }
}

win32_fn! {
    /// Waits until the calling thread's queue has a message. Returns TRUE.
    fn [tapi32_WaitMessage]() -> BOOL = 0; {
        let all = QS_POSTMESSAGE | QS_ALLPOSTMESSAGE | QS_TIMER;
        queue::with_current(|q| BOOL::from(wait(&[], false, INFINITE, Some((q, all))) != WAIT_FAILED))
            .unwrap_or(0)
    }
}

win32_fn! {
    /// Waits for one of `pHandles` (all with `dwFlags` `MWMO_WAITALL`) or for input on
    /// the calling thread's queue that `dwWakeMask` names (`QS_POSTMESSAGE`,
    /// `QS_ALLPOSTMESSAGE`: posted and TAPI messages; `QS_TIMER`). Handles are the
    /// `hEvent` of `lineInitializeEx`. Returns `WAIT_OBJECT_0 + i` for handle i,
    /// `WAIT_OBJECT_0 + nCount` for input, `WAIT_TIMEOUT`, or `WAIT_FAILED`. Input
    /// already waiting counts (as with `MWMO_INPUTAVAILABLE`).
    unsafe fn [tapi32_MsgWaitForMultipleObjectsEx](
        nCount: DWORD,
        pHandles: LPHANDLE,
        dwMilliseconds: DWORD,
        dwWakeMask: DWORD,
        dwFlags: DWORD,
    ) -> DWORD = WAIT_FAILED; {
        // SAFETY: the caller passes nCount handles.
        let Some(fds) = (unsafe { wait_handles(nCount, pHandles, true) }) else {
            return WAIT_FAILED;
        };
        queue::with_current(|q| {
            wait(&fds, dwFlags & MWMO_WAITALL != 0, dwMilliseconds, Some((q, dwWakeMask)))
        })
        .unwrap_or(WAIT_FAILED)
    }
}

win32_fn! {
    /// As `MsgWaitForMultipleObjectsEx` with `fWaitAll` for `MWMO_WAITALL`.
    unsafe fn [tapi32_MsgWaitForMultipleObjects](
        nCount: DWORD,
        pHandles: LPHANDLE,
        fWaitAll: BOOL,
        dwMilliseconds: DWORD,
        dwWakeMask: DWORD,
    ) -> DWORD = WAIT_FAILED; {
        let flags = if fWaitAll != 0 { MWMO_WAITALL } else { 0 };
        // SAFETY: forwarded contract.
        unsafe {
            tapi32_MsgWaitForMultipleObjectsEx(nCount, pHandles, dwMilliseconds, dwWakeMask, flags)
        }
    }
}

win32_fn! {
    /// Waits until `hHandle` (the `hEvent` of `lineInitializeEx`: signalled while the
    /// application has messages waiting) is signalled. Returns `WAIT_OBJECT_0`,
    /// `WAIT_TIMEOUT`, or `WAIT_FAILED` (last error `ERROR_INVALID_HANDLE`).
    fn [tapi32_WaitForSingleObject](hHandle: HANDLE, dwMilliseconds: DWORD) -> DWORD = WAIT_FAILED; {
        let Some(fd) = handle_fd(hHandle) else {
            set_last_error(ERROR_INVALID_HANDLE);
            return WAIT_FAILED;
        };
        wait(&[fd], false, dwMilliseconds, None)
    }
}

win32_fn! {
    /// Waits until one of `lpHandles` (all of them with `bWaitAll`) is signalled.
    /// Returns `WAIT_OBJECT_0 + i`, `WAIT_TIMEOUT`, or `WAIT_FAILED`.
    unsafe fn [tapi32_WaitForMultipleObjects](
        nCount: DWORD,
        lpHandles: LPHANDLE,
        bWaitAll: BOOL,
        dwMilliseconds: DWORD,
    ) -> DWORD = WAIT_FAILED; {
        // SAFETY: the caller passes nCount handles.
        let Some(fds) = (unsafe { wait_handles(nCount, lpHandles, false) }) else {
            return WAIT_FAILED;
        };
        wait(&fds, bWaitAll != 0, dwMilliseconds, None)
    }
}

win32_fn! {
    /// Starts a timer of the calling thread: `WM_TIMER` (wParam the timer's id, lParam
    /// `lpTimerFunc`) comes through its message loop every `uElapse` milliseconds (at
    /// least 10), and `DispatchMessage` calls `lpTimerFunc` if given. `hWnd` must be
    /// NULL (the library has no windows); then `nIDEvent` names the timer to replace, or
    /// a new id is chosen. Returns the timer's id, or 0.
    fn [tapi32_SetTimer](
        hWnd: HWND,
        nIDEvent: UINT_PTR,
        uElapse: UINT,
        lpTimerFunc: TIMERPROC,
    ) -> UINT_PTR = 0; {
        if !hWnd.is_null() {
            set_last_error(ERROR_INVALID_WINDOW_HANDLE);
            return 0;
        }
        queue::current().map_or(0, |q| q.set_timer(nIDEvent, uElapse, lpTimerFunc))
    }
}

win32_fn! {
    /// Stops the calling thread's timer `uIDEvent` (`hWnd` NULL). FALSE when there is no
    /// such timer.
    fn [tapi32_KillTimer](hWnd: HWND, uIDEvent: UINT_PTR) -> BOOL = 0; {
        if !hWnd.is_null() {
            set_last_error(ERROR_INVALID_WINDOW_HANDLE);
            return 0;
        }
        match queue::current() {
            Some(q) if q.kill_timer(uIDEvent) => 1,
            _ => {
                set_last_error(ERROR_INVALID_HANDLE);
                0
            }
        }
    }
}

win32_fn! {
    /// The calling thread's id (its Linux thread ID), as `PostThreadMessage` takes it.
    fn [tapi32_GetCurrentThreadId]() -> DWORD = 0; {
        queue::current_thread_id()
    }
}

win32_fn! {
    /// Milliseconds since the system started, wrapping after 49.7 days.
    fn [tapi32_GetTickCount]() -> DWORD = 0; {
        queue::tick_count()
    }
}

win32_fn! {
    /// Sleeps `dwMilliseconds` (`INFINITE`: for ever). Delivers no message.
    fn [tapi32_Sleep](dwMilliseconds: DWORD) -> () = (); {
        match timeout(dwMilliseconds) {
            Some(d) => std::thread::sleep(d),
            None => loop {
                std::thread::sleep(Duration::from_secs(3600));
            },
        }
    }
}

win32_fn! {
    /// The calling thread's last error, as the functions above set it.
    fn [tapi32_GetLastError]() -> DWORD = 0; {
        LAST_ERROR.get()
    }
}

win32_fn! {
    /// Sets the calling thread's last error.
    fn [tapi32_SetLastError](dwErrCode: DWORD) -> () = (); {
        set_last_error(dwErrCode);
    }
}
