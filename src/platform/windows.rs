//! Windows (`tapi32.dll`): Win32 events, `GetTickCount`, and the message-only window
//! through which a pumped callback application's messages reach the program's own
//! message loop. The Win32 functions come from `windows-sys`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::OpenOptions;
use std::rc::Rc;
use std::sync::OnceLock;

use windows_sys::Win32::Foundation::{CloseHandle, HANDLE, HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::System::SystemInformation::GetTickCount;
use windows_sys::Win32::System::Threading::{
    CreateEventW, GetCurrentThreadId, ResetEvent, SetEvent,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CreateWindowExW, DefWindowProcW, DestroyWindow, PostMessageW, RegisterClassExW, HWND_MESSAGE,
    WM_CLOSE, WM_NCDESTROY, WM_USER, WNDCLASSEXW,
};

/// The handle an event-mode application waits on (`WaitForSingleObject`): a
/// manual-reset event, signalled while the application's queue may hold a message, as
/// Windows TAPI's.
#[derive(Debug)]
pub(crate) struct EventHandle(HANDLE);

// SAFETY: a Win32 event handle may be used from any thread.
unsafe impl Send for EventHandle {}
// SAFETY: as above; SetEvent and ResetEvent are thread-safe.
unsafe impl Sync for EventHandle {}

impl EventHandle {
    /// A new, unsignalled event; `None` when the system has none to give.
    pub(crate) fn new() -> Option<Self> {
        // SAFETY: no security attributes and no name; a NULL result is an error.
        let h = unsafe { CreateEventW(std::ptr::null(), 1, 0, std::ptr::null()) };
        (!h.is_null()).then_some(EventHandle(h))
    }

    /// Signals it.
    pub(crate) fn set(&self) {
        // SAFETY: an event handle we own.
        unsafe { SetEvent(self.0) };
    }

    /// Resets it.
    pub(crate) fn reset(&self) {
        // SAFETY: an event handle we own.
        unsafe { ResetEvent(self.0) };
    }

    /// The value the program gets as its `HANDLE`.
    pub(crate) fn raw(&self) -> isize {
        self.0 as isize
    }
}

impl Drop for EventHandle {
    fn drop(&mut self) {
        // SAFETY: an event handle we own, closed once.
        unsafe { CloseHandle(self.0) };
    }
}

/// Nanoseconds since the Unix epoch by the system's clock (0 before it); the name is
/// the Unix side's (whose clock there is the coarse one).
pub(crate) fn coarse_now_nanos() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

/// Milliseconds since the system started, wrapping at 2^32.
pub(crate) fn tick_count() -> u32 {
    // SAFETY: no preconditions.
    unsafe { GetTickCount() }
}

/// Windows has no signals to block on a library thread: nothing to do.
pub(crate) struct AsyncSignalsBlocked;

impl AsyncSignalsBlocked {
    /// Nothing.
    pub(crate) fn new() -> Self {
        AsyncSignalsBlocked
    }
}

/// Windows has no `fork()`: the handlers are never called.
pub(crate) fn at_fork(prepare: extern "C" fn(), parent: extern "C" fn(), child: extern "C" fn()) {
    let _ = (prepare, parent, child);
}

/// Windows has no secure-execution mode.
pub(crate) fn secure() -> bool {
    false
}

/// The calling thread's ID, as the system numbers threads (`GetCurrentThreadId`).
pub(crate) fn thread_id() -> u32 {
    // SAFETY: GetCurrentThreadId has no preconditions.
    unsafe { windows_sys::Win32::System::Threading::GetCurrentThreadId() }
}

/// The environment variables that may hold the user's name.
pub(crate) const USER_VARS: [&str; 1] = ["USERNAME"];

/// The user when no variable names them.
pub(crate) fn user_id() -> String {
    "user".to_owned()
}

/// For the doctor's report files: the defaults.
pub(crate) fn no_follow(opts: &mut OpenOptions) -> &mut OpenOptions {
    opts
}

/// For scenario files: the defaults.
pub(crate) fn no_block(opts: &mut OpenOptions) -> &mut OpenOptions {
    opts
}

/// The private message that says "a TAPI message may wait" to a [`MessageWindow`].
const WM_TAPI_PUMP: u32 = WM_USER + 0x7A;

/// What a [`MessageWindow`] does: `message` for each [`MessageWindow::poke`] its
/// thread's message loop dispatches; `thread_exit` when its thread ends first.
struct Handler {
    message: Box<dyn Fn()>,
    thread_exit: Option<Box<dyn FnOnce()>>,
}

/// The calling thread's message windows and their handlers. Dropped when the thread
/// exits (when Windows destroys its windows): each handler's `thread_exit` runs.
#[derive(Default)]
struct Handlers(HashMap<usize, Rc<RefCell<Handler>>>);

impl Drop for Handlers {
    fn drop(&mut self) {
        for (_, h) in self.0.drain() {
            if let Some(f) = h.borrow_mut().thread_exit.take() {
                f();
            }
        }
    }
}

thread_local! {
    static HANDLERS: RefCell<Handlers> = RefCell::new(Handlers::default());
}

/// A hidden, message-only window (`HWND_MESSAGE`, of a class the library registers)
/// on the thread that made it, as Windows TAPI makes for an application initialized
/// with a callback: [`MessageWindow::poke`] posts it a private message from any thread,
/// and the owner thread's `GetMessage`/`DispatchMessage` runs its handler.
#[derive(Debug)]
pub(crate) struct MessageWindow {
    hwnd: usize,
    thread: u32,
}

/// The window class, registered once.
fn class_name() -> Option<&'static [u16]> {
    static CLASS: OnceLock<Option<Vec<u16>>> = OnceLock::new();
    CLASS
        .get_or_init(|| {
            let name: Vec<u16> = "tapi32.dll TAPI window\0".encode_utf16().collect();
            let class = WNDCLASSEXW {
                cbSize: size_of::<WNDCLASSEXW>() as u32,
                lpfnWndProc: Some(window_proc),
                // SAFETY: NULL: the program's module, which lives as long as the process.
                hInstance: unsafe { GetModuleHandleW(std::ptr::null()) },
                lpszClassName: name.as_ptr(),
                // SAFETY: all-zero is a valid WNDCLASSEXW for the other members.
                ..unsafe { std::mem::zeroed() }
            };
            // SAFETY: a valid class description; the name is copied.
            (unsafe { RegisterClassExW(&class) } != 0).then_some(name)
        })
        .as_deref()
}

unsafe extern "system" fn window_proc(hwnd: HWND, msg: u32, wp: WPARAM, lp: LPARAM) -> LRESULT {
    match msg {
        WM_TAPI_PUMP => {
            let handler = HANDLERS
                .try_with(|h| h.borrow().0.get(&(hwnd as usize)).cloned())
                .ok()
                .flatten();
            // No borrow is held while the handler runs: it may run a nested message
            // loop, or end the application and destroy this window.
            if let Some(h) = handler {
                let h = h.borrow();
                (h.message)();
            }
            0
        }
        WM_NCDESTROY => {
            let _ = HANDLERS.try_with(|h| h.borrow_mut().0.remove(&(hwnd as usize)));
            // SAFETY: forwarded as received.
            unsafe { DefWindowProcW(hwnd, msg, wp, lp) }
        }
        // SAFETY: forwarded as received (WM_CLOSE destroys the window).
        _ => unsafe { DefWindowProcW(hwnd, msg, wp, lp) },
    }
}

impl MessageWindow {
    /// A new message window of the calling thread; `None` when Windows refuses one.
    pub(crate) fn new() -> Option<Self> {
        let class = class_name()?;
        // SAFETY: a registered class, no title, a message-only window with no menu and
        // no creation data.
        let hwnd = unsafe {
            CreateWindowExW(
                0,
                class.as_ptr(),
                std::ptr::null(),
                0,
                0,
                0,
                0,
                0,
                HWND_MESSAGE,
                std::ptr::null_mut(),
                GetModuleHandleW(std::ptr::null()),
                std::ptr::null(),
            )
        };
        if hwnd.is_null() {
            return None;
        }
        Some(MessageWindow {
            hwnd: hwnd as usize,
            // SAFETY: no preconditions.
            thread: unsafe { GetCurrentThreadId() },
        })
    }

    /// On the window's thread: what it does for each poke (`message`, with no lock of
    /// the platform module held) and when its thread ends (`thread_exit`).
    pub(crate) fn set_handler(&self, message: Box<dyn Fn()>, thread_exit: Box<dyn FnOnce()>) {
        let handler = Rc::new(RefCell::new(Handler {
            message,
            thread_exit: Some(thread_exit),
        }));
        let _ = HANDLERS.try_with(|h| h.borrow_mut().0.insert(self.hwnd, handler));
    }

    /// Posts the window its private message (any thread): its thread's message loop
    /// will run the handler once.
    pub(crate) fn poke(&self) {
        // SAFETY: PostMessageW fails harmlessly on a window that no longer exists.
        unsafe { PostMessageW(self.hwnd as HWND, WM_TAPI_PUMP, 0, 0) };
    }

    /// Destroys the window: at once on its own thread, else by posting it `WM_CLOSE`.
    pub(crate) fn close(&self) {
        // SAFETY: no preconditions.
        if unsafe { GetCurrentThreadId() } == self.thread {
            // SAFETY: a window of this thread; destroying one already gone fails.
            unsafe { DestroyWindow(self.hwnd as HWND) };
        } else {
            // SAFETY: as in `poke`.
            unsafe { PostMessageW(self.hwnd as HWND, WM_CLOSE, 0, 0) };
        }
    }
}
