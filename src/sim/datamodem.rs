//! The data channel of a simulated data call (`lineGetID`'s `"comm/datamodem"`).
//!
//! A connected data call gets a pseudo-terminal: the program receives a descriptor of
//! its slave side (the "comm handle") and its path; the provider keeps the master side
//! and plays the far end's modem on a library thread: echoing every byte back (a
//! loopback peer) or, when the scenario gives the far end a data script
//! ([`super::data_script`]), playing it ([`FarModem`]): every wait of the thread, in a
//! pause or an `expect` too, is a `poll` that includes the stop signal, and its hang-up
//! is queued on the provider's clock (the thread never takes the core's control lock,
//! which the core holds while it stops the thread). The slave is put in raw mode, as a modem provider configures the
//! port it hands out. The thread ends, and the master is closed, when the call goes
//! IDLE or its record is freed ([`DataModems::end`]); the program closes the
//! descriptors it received. At process exit (`atexit`, registered with the first
//! channel) every far end still playing is stopped and joined and the channels freed,
//! so a program that exits with a data call connected neither hangs nor leaves the
//! threads and their memory behind.

use std::collections::HashMap;
use std::ffi::CStr;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Once, OnceLock, Weak};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::data_script::{Act, DataScript};
use crate::core::panics::catch_quietly;
use crate::core::sync::lock;
use crate::core::{spawn_library_thread, Result};
use tapi32_defs::LineError;

/// One call's pseudo-terminal and the thread playing its far end.
struct Channel {
    /// The slave's path (`/dev/pts/N`).
    path: String,
    /// Written to stop the thread.
    stop: OwnedFd,
    thread: Option<JoinHandle<()>>,
}

type Channels = Mutex<HashMap<u32, Channel>>;

/// The data channels of the simulated calls, by `dwCallID`.
#[derive(Default)]
pub(crate) struct DataModems {
    channels: Arc<Channels>,
    /// The scripts of the far ends of calls that have one, by `dwCallID`, from the
    /// call's creation until it ends.
    scripts: Mutex<HashMap<u32, Arc<DataScript>>>,
    /// Whether `channels` is in [`LIVE`].
    registered: OnceLock<()>,
    /// Set (never cleared) before the first script or channel goes in, so that ending
    /// a call costs no lock while no call has ever had either ([`DataModems::end`]).
    used: AtomicBool,
}

/// Every [`DataModems`] that has had a channel: ended at process exit.
static LIVE: Mutex<Vec<Weak<Channels>>> = Mutex::new(Vec::new());
static AT_EXIT: Once = Once::new();

extern "C" fn end_all_at_exit() {
    let _ = catch_quietly(|| {
        // The list stays: valgrind then still reaches the tables through it.
        let live: Vec<Arc<Channels>> = lock(&LIVE).iter().filter_map(Weak::upgrade).collect();
        for channels in live {
            end_all(&channels);
        }
    });
}

/// Stops every far end of `channels` and frees the table.
fn end_all(channels: &Channels) {
    let all = std::mem::take(&mut *lock(channels));
    all.into_values().for_each(stop);
}

/// Stops `c`'s far end, waits for its thread and closes the master.
fn stop(mut c: Channel) {
    let one: u64 = 1;
    // SAFETY: writing eight bytes to an eventfd.
    unsafe { libc::write(c.stop.as_raw_fd(), (&one as *const u64).cast(), 8) };
    // The thread takes no lock and never blocks on the slave: it ends at once.
    if let Some(t) = c.thread.take() {
        let _ = t.join();
    }
}

fn os_err() -> LineError {
    match std::io::Error::last_os_error().raw_os_error() {
        Some(libc::ENOMEM) => LineError::NOMEM,
        _ => LineError::RESOURCEUNAVAIL,
    }
}

/// `fd` as an owned descriptor, or the error of the call that should have given it.
fn owned(fd: RawFd) -> Result<OwnedFd> {
    if fd < 0 {
        return Err(os_err());
    }
    // SAFETY: `fd` was just returned to us, open, and is owned by nobody else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Opens the slave at `path` for the program.
fn open_slave(path: &str) -> Result<OwnedFd> {
    let c = std::ffi::CString::new(path).map_err(|_| LineError::OPERATIONFAILED)?;
    // SAFETY: a NUL-terminated path.
    let fd =
        owned(unsafe { libc::open(c.as_ptr(), libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC) })?;
    if fd.as_raw_fd() > 2 {
        return Ok(fd);
    }
    // Never descriptor 0 (a NULL HANDLE) nor the standard output and error.
    // SAFETY: duplicating an open descriptor.
    owned(unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 3) })
}

/// A new pseudo-terminal: its master (non-blocking) and its slave's path.
fn open_pty() -> Result<(OwnedFd, String)> {
    // SAFETY: plain libc calls on a descriptor we own; `name` is large enough and
    // ptsname_r NUL-terminates it.
    unsafe {
        let flags = libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC | libc::O_NONBLOCK;
        let master = owned(libc::posix_openpt(flags))?;
        let m = master.as_raw_fd();
        if libc::grantpt(m) != 0 || libc::unlockpt(m) != 0 {
            return Err(os_err());
        }
        let mut name = [0 as libc::c_char; 128];
        if libc::ptsname_r(m, name.as_mut_ptr(), name.len()) != 0 {
            return Err(os_err());
        }
        let path = CStr::from_ptr(name.as_ptr()).to_string_lossy().into_owned();
        Ok((master, path))
    }
}

/// Puts the terminal `fd` in raw mode: bytes pass unchanged, no echo by the line
/// discipline, no line buffering.
fn make_raw(fd: RawFd) -> Result<()> {
    // SAFETY: `t` is a termios to fill; `fd` is an open terminal.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(fd, &mut t) != 0 {
            return Err(os_err());
        }
        libc::cfmakeraw(&mut t);
        if libc::tcsetattr(fd, libc::TCSANOW, &t) != 0 {
            return Err(os_err());
        }
    }
    Ok(())
}

/// What [`wait`] saw.
#[derive(Debug, PartialEq, Eq)]
enum Woke {
    /// The stop signal: the thread must end.
    Stop,
    /// The master is ready for some of the events asked for.
    Ready,
    /// The deadline passed.
    Timeout,
}

/// Waits until the master `m` is ready for `events` (`POLLIN`, `POLLOUT`), `stop` is
/// written or `deadline` passes. With no slave open the master reports `POLLHUP` at
/// once: then it waits for the stop signal alone a while (the program may open the path
/// again) and reports a timeout.
fn wait(m: RawFd, stop: RawFd, events: libc::c_short, deadline: Option<Instant>) -> Woke {
    loop {
        let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
        let ms = |d: Duration| d.as_millis().min(i32::MAX as u128) as libc::c_int;
        let mut fds = [
            libc::pollfd {
                fd: stop,
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: m,
                events,
                revents: 0,
            },
        ];
        // SAFETY: `fds` is an array of two pollfd.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, left.map_or(-1, ms)) };
        if n < 0 {
            if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return Woke::Stop;
        }
        if fds[0].revents != 0 {
            return Woke::Stop;
        }
        let r = fds[1].revents;
        if r & events != 0 {
            return Woke::Ready;
        }
        if r & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            let mut only_stop = [fds[0]];
            let nap = left.map_or(50, |l| ms(l).min(50));
            // SAFETY: one pollfd.
            if unsafe { libc::poll(only_stop.as_mut_ptr(), 1, nap) } > 0 {
                return Woke::Stop;
            }
            return Woke::Timeout;
        }
        if n == 0 {
            return Woke::Timeout;
        }
    }
}

/// Reads what the master has into `into` (nothing if it has nothing).
fn read_some(m: RawFd, into: &mut Vec<u8>) {
    let mut buf = [0u8; 4096];
    // SAFETY: reading into `buf`.
    let got = unsafe { libc::read(m, buf.as_mut_ptr().cast(), buf.len()) };
    if got > 0 {
        into.extend_from_slice(&buf[..got as usize]);
    }
}

/// Writes what it can of `bytes` to the master; the bytes written go from `bytes`.
fn write_some(m: RawFd, bytes: &mut Vec<u8>) {
    // SAFETY: writing from `bytes`.
    let put = unsafe { libc::write(m, bytes.as_ptr().cast(), bytes.len()) };
    if put > 0 {
        bytes.drain(..put as usize);
    }
}

/// The far end that echoes: sends back what arrives on `m` until `stop` is written.
fn echo(m: RawFd, stop: RawFd) {
    let mut pending: Vec<u8> = Vec::new();
    loop {
        let events = if pending.is_empty() {
            libc::POLLIN
        } else {
            libc::POLLOUT
        };
        match wait(m, stop, events, None) {
            Woke::Stop => return,
            Woke::Timeout => continue,
            Woke::Ready if pending.is_empty() => read_some(m, &mut pending),
            Woke::Ready => write_some(m, &mut pending),
        }
    }
}

/// The far end that is silent: reads and drops what arrives until `stop` is written.
fn silent(m: RawFd, stop: RawFd) {
    let mut dropped = Vec::new();
    while wait(m, stop, libc::POLLIN, None) != Woke::Stop {
        read_some(m, &mut dropped);
        dropped.clear();
    }
}

/// The most received bytes a script keeps while it is not expecting them (the latest).
const HELD_BYTES: usize = 64 * 1024;

/// A data script playing on the master `m`.
struct Player {
    m: RawFd,
    stop: RawFd,
    /// Received since the last `expect` matched (at most [`HELD_BYTES`], the latest).
    got: Vec<u8>,
}

/// A step played, or why the script stops there.
type Step = std::result::Result<(), Halt>;

/// Why a script stopped before its end.
enum Halt {
    /// Stopped: the call ended (or the process exits).
    Stopped,
    /// The far end hangs up (a `hangup` step, or an `expect` that timed out).
    Hangup,
}

impl Player {
    /// Waits for `events` (reading what arrives meanwhile) until `deadline`: whether
    /// the master is ready for `events` beyond `POLLIN`.
    fn wait(
        &mut self,
        events: libc::c_short,
        deadline: Option<Instant>,
    ) -> std::result::Result<bool, Halt> {
        match wait(self.m, self.stop, libc::POLLIN | events, deadline) {
            Woke::Stop => Err(Halt::Stopped),
            Woke::Timeout => Ok(false),
            Woke::Ready => {
                read_some(self.m, &mut self.got);
                if self.got.len() > HELD_BYTES {
                    self.got.drain(..self.got.len() - HELD_BYTES);
                }
                Ok(events != 0)
            }
        }
    }

    /// Pauses `ms` milliseconds.
    fn pause(&mut self, ms: u64) -> Step {
        let until = Instant::now() + Duration::from_millis(ms);
        while Instant::now() < until {
            self.wait(0, Some(until))?;
        }
        Ok(())
    }

    /// Writes all of `bytes`.
    fn send(&mut self, bytes: &[u8]) -> Step {
        let mut left = bytes.to_vec();
        while !left.is_empty() {
            if self.wait(libc::POLLOUT, None)? {
                write_some(self.m, &mut left);
            }
        }
        Ok(())
    }

    /// Reads until the bytes received contain `text`, and forgets them up to its end.
    fn expect(&mut self, text: &[u8], timeout_ms: Option<u64>) -> Step {
        let deadline = timeout_ms.map(|t| Instant::now() + Duration::from_millis(t));
        loop {
            if let Some(at) = self.got.windows(text.len()).position(|w| w == text) {
                self.got.drain(..at + text.len());
                return Ok(());
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Err(Halt::Hangup);
            }
            self.wait(0, deadline)?;
        }
    }

    /// Plays `script`'s steps.
    fn play(&mut self, script: &DataScript) -> Step {
        for step in &script.steps {
            self.pause(step.after_ms)?;
            match &step.act {
                Act::Send(bytes) => self.send(bytes)?,
                Act::Expect { text, timeout_ms } => self.expect(text, *timeout_ms)?,
                Act::Hangup => return Err(Halt::Hangup),
            }
        }
        Ok(())
    }
}

/// How a call's far end plays: its script, and how it hangs up the call.
pub(crate) struct FarModem {
    /// The script (`None`: it echoes).
    pub(crate) script: Option<Arc<DataScript>>,
    /// Makes the far end hang up the call. It must not wait for the core's control lock
    /// (the core holds it while it stops this thread): the provider queues the hang-up
    /// on its clock.
    pub(crate) hangup: Box<dyn FnOnce() + Send>,
}

/// The far end on `master` until `stop` is written: `far`'s script, then an echo or
/// silence (`data_echo`); after a hang-up, silence. No script: an echo.
fn far_end(master: OwnedFd, stop: RawFd, far: FarModem) {
    let m = master.as_raw_fd();
    let Some(script) = far.script else {
        return echo(m, stop);
    };
    let mut player = Player {
        m,
        stop,
        got: Vec::new(),
    };
    match player.play(&script) {
        Err(Halt::Stopped) => {}
        Err(Halt::Hangup) => {
            (far.hangup)();
            silent(m, stop);
        }
        Ok(()) if script.echo => {
            // What arrived and no step read is echoed first.
            let mut pending = std::mem::take(&mut player.got);
            while !pending.is_empty() {
                match wait(m, stop, libc::POLLOUT, None) {
                    Woke::Stop => return,
                    Woke::Timeout => {}
                    Woke::Ready => write_some(m, &mut pending),
                }
            }
            echo(m, stop)
        }
        Ok(()) => silent(m, stop),
    }
}

impl DataModems {
    /// Before `fork()`: holds the channels' lock.
    pub(crate) fn fork_prepare(&'static self) {
        crate::core::sync::hold(&self.channels);
        crate::core::sync::hold(&self.scripts);
    }

    /// In a forked child, with the lock held: the parent's calls and their far-end
    /// threads are not in the child; their channels are forgotten (their descriptors
    /// close on exec).
    pub(crate) fn fork_child(&self) {
        crate::core::sync::with_held::<HashMap<u32, Channel>>(|m| {
            std::mem::forget(std::mem::take(m))
        });
        crate::core::sync::with_held::<HashMap<u32, Arc<DataScript>>>(|m| m.clear());
    }

    /// The far end of `call` plays `script` once the call's channel is opened.
    pub(crate) fn set_script(&self, call: u32, script: Arc<DataScript>) {
        self.used.store(true, Ordering::SeqCst);
        lock(&self.scripts).insert(call, script);
    }

    /// The script of `call`'s far end, if it has one.
    pub(crate) fn script(&self, call: u32) -> Option<Arc<DataScript>> {
        lock(&self.scripts).get(&call).cloned()
    }

    /// A descriptor of the slave side of `call`'s pseudo-terminal, opened for the
    /// program, and its path. The first request makes the pseudo-terminal and starts the
    /// far end; each request opens the slave again.
    pub(crate) fn open(&self, call: u32, far: FarModem) -> Result<(RawFd, String)> {
        self.used.store(true, Ordering::SeqCst);
        self.registered.get_or_init(|| {
            lock(&LIVE).push(Arc::downgrade(&self.channels));
            // SAFETY: `end_all_at_exit` is an `extern "C" fn()` that never unwinds.
            AT_EXIT.call_once(|| unsafe {
                libc::atexit(end_all_at_exit);
            });
        });
        let mut channels = lock(&self.channels);
        if let Some(c) = channels.get(&call) {
            let slave = open_slave(&c.path)?;
            return Ok((into_raw(slave), c.path.clone()));
        }
        let (master, path) = open_pty()?;
        let slave = open_slave(&path)?;
        make_raw(slave.as_raw_fd())?;
        // SAFETY: plain eventfd creation.
        let stop = owned(unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) })?;
        let stop_fd = stop.as_raw_fd();
        let thread = spawn_library_thread(format!("tapi32-modem-{call:x}"), move || {
            far_end(master, stop_fd, far)
        })
        .map_err(|_| LineError::RESOURCEUNAVAIL)?;
        channels.insert(
            call,
            Channel {
                path: path.clone(),
                stop,
                thread: Some(thread),
            },
        );
        Ok((into_raw(slave), path))
    }

    /// `call` has gone IDLE or been freed: stops its far end and closes the master.
    pub(crate) fn end(&self, call: u32) {
        // Most calls have neither: while no call ever had one there is nothing to look
        // at (as if this ran before a concurrent first insertion, which the locks alone
        // allow too), and the emptiness checks spare the hashing.
        if !self.used.load(Ordering::SeqCst) {
            return;
        }
        let mut scripts = lock(&self.scripts);
        if !scripts.is_empty() {
            scripts.remove(&call);
        }
        drop(scripts);
        let mut channels = lock(&self.channels);
        let c = if channels.is_empty() {
            None
        } else {
            channels.remove(&call)
        };
        drop(channels);
        if let Some(c) = c {
            stop(c);
        }
    }
}

fn into_raw(fd: OwnedFd) -> RawFd {
    std::os::fd::IntoRawFd::into_raw_fd(fd)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::data_script::Step as ScriptStep;
    use std::sync::mpsc;

    /// A far end without a script.
    fn echoing() -> FarModem {
        FarModem {
            script: None,
            hangup: Box::new(|| panic!("an echo never hangs up")),
        }
    }

    /// A far end playing `steps` (then echoing if `echo`), and what tells of its hang-up.
    fn scripted(steps: Vec<ScriptStep>, echo: bool) -> (FarModem, mpsc::Receiver<()>) {
        let (tx, rx) = mpsc::channel();
        let far = FarModem {
            script: Some(Arc::new(DataScript { steps, echo })),
            hangup: Box::new(move || tx.send(()).unwrap()),
        };
        (far, rx)
    }

    fn step(after_ms: u64, act: Act) -> ScriptStep {
        ScriptStep { after_ms, act }
    }

    /// Reads from `fd` until `want` bytes came or 2 s passed without any.
    fn read_n(fd: RawFd, want: usize) -> Vec<u8> {
        let mut got = Vec::new();
        while got.len() < want {
            let mut p = libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one pollfd.
            if unsafe { libc::poll(&mut p, 1, 2000) } != 1 || p.revents & libc::POLLIN == 0 {
                break;
            }
            let mut buf = [0u8; 256];
            // SAFETY: reading into `buf`.
            let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), want - got.len()) };
            if r <= 0 {
                break;
            }
            got.extend_from_slice(&buf[..r as usize]);
        }
        got
    }

    fn put(fd: RawFd, bytes: &[u8]) {
        // SAFETY: writing a local buffer.
        assert_eq!(
            unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) },
            bytes.len() as isize
        );
    }

    /// Nothing arrives on `fd` within `ms`.
    fn quiet(fd: RawFd, ms: i32) -> bool {
        let mut p = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one pollfd.
        unsafe { libc::poll(&mut p, 1, ms) == 0 }
    }

    #[test]
    fn a_script_sends_expects_and_hangs_up() {
        let modems = DataModems::default();
        let steps = vec![
            step(0, Act::Send(b"CONNECT 9600\r\n".to_vec())),
            step(
                0,
                Act::Expect {
                    text: b"LOGIN".to_vec(),
                    timeout_ms: None,
                },
            ),
            step(30, Act::Send(vec![b'W', 0, 0xff])),
            step(0, Act::Hangup),
        ];
        let (far, hung) = scripted(steps, false);
        let (fd, _) = modems.open(9, far).unwrap();
        // SAFETY: the descriptor was opened for us.
        let slave = unsafe { OwnedFd::from_raw_fd(fd) };
        let s = slave.as_raw_fd();
        assert_eq!(read_n(s, 14), b"CONNECT 9600\r\n");
        // Not yet: the far end waits for LOGIN, in pieces, after other bytes.
        put(s, b"xxLOG");
        assert!(quiet(s, 100));
        assert!(hung.try_recv().is_err());
        put(s, b"IN\r");
        assert_eq!(read_n(s, 3), [b'W', 0, 0xff]);
        hung.recv_timeout(Duration::from_secs(2)).unwrap();
        // After its hang-up the far end is silent (no echo) until the call ends.
        put(s, b"anyone?");
        assert!(quiet(s, 100));
        modems.end(9);
    }

    #[test]
    fn an_expect_that_times_out_hangs_up() {
        let modems = DataModems::default();
        let steps = vec![
            step(
                0,
                Act::Expect {
                    text: b"PASSWORD".to_vec(),
                    timeout_ms: Some(100),
                },
            ),
            step(0, Act::Send(b"never".to_vec())),
        ];
        let (far, hung) = scripted(steps, true);
        let (fd, _) = modems.open(10, far).unwrap();
        // SAFETY: the descriptor was opened for us.
        let slave = unsafe { OwnedFd::from_raw_fd(fd) };
        let t = Instant::now();
        put(slave.as_raw_fd(), b"wrong");
        hung.recv_timeout(Duration::from_secs(2)).unwrap();
        assert!(t.elapsed() >= Duration::from_millis(100));
        assert!(quiet(slave.as_raw_fd(), 100));
        modems.end(10);
    }

    #[test]
    fn after_its_script_it_echoes_or_is_silent() {
        let modems = DataModems::default();
        let steps = || {
            vec![step(
                0,
                Act::Expect {
                    text: b"GO".to_vec(),
                    timeout_ms: None,
                },
            )]
        };
        let (far, hung) = scripted(steps(), true);
        let (fd, _) = modems.open(11, far).unwrap();
        // SAFETY: ours.
        let slave = unsafe { OwnedFd::from_raw_fd(fd) };
        // What came after the match is echoed, then everything.
        put(slave.as_raw_fd(), b"GO+1");
        assert_eq!(read_n(slave.as_raw_fd(), 2), b"+1");
        put(slave.as_raw_fd(), b"ATZ");
        assert_eq!(read_n(slave.as_raw_fd(), 3), b"ATZ");
        modems.end(11);
        assert!(hung.try_recv().is_err(), "no hang-up without a hangup step");
        let (far, _hung) = scripted(steps(), false);
        let (fd, _) = modems.open(12, far).unwrap();
        // SAFETY: ours.
        let slave = unsafe { OwnedFd::from_raw_fd(fd) };
        put(slave.as_raw_fd(), b"GO ATZ");
        assert!(quiet(slave.as_raw_fd(), 100));
        modems.end(12);
    }

    #[test]
    fn stoppable_in_a_pause_or_an_expect() {
        let modems = DataModems::default();
        for (call, act) in [
            (13, step(60_000, Act::Send(b"late".to_vec()))),
            (
                14,
                step(
                    0,
                    Act::Expect {
                        text: b"never".to_vec(),
                        timeout_ms: None,
                    },
                ),
            ),
        ] {
            let (far, hung) = scripted(vec![act], false);
            let (fd, _) = modems.open(call, far).unwrap();
            // SAFETY: ours.
            drop(unsafe { OwnedFd::from_raw_fd(fd) });
            std::thread::sleep(Duration::from_millis(50));
            let t = Instant::now();
            modems.end(call);
            assert!(t.elapsed() < Duration::from_secs(2));
            assert!(hung.try_recv().is_err());
        }
    }

    #[test]
    fn scripts_are_kept_until_the_call_ends() {
        let modems = DataModems::default();
        let script = Arc::new(DataScript {
            steps: vec![],
            echo: true,
        });
        modems.set_script(15, Arc::clone(&script));
        assert_eq!(modems.script(15), Some(script));
        assert_eq!(modems.script(16), None);
        modems.end(15);
        assert_eq!(modems.script(15), None);
    }

    #[test]
    fn echoes_until_ended() {
        let modems = DataModems::default();
        let (fd, path) = modems.open(7, echoing()).unwrap();
        assert!(path.starts_with("/dev/pts/"));
        // SAFETY: the descriptor was opened for us.
        let slave = unsafe { OwnedFd::from_raw_fd(fd) };
        let s = slave.as_raw_fd();
        let msg = b"ATI0\r";
        // SAFETY: plain reads and writes of local buffers.
        unsafe {
            assert_eq!(libc::write(s, msg.as_ptr().cast(), msg.len()), 5);
            let mut back = [0u8; 5];
            let mut got = 0;
            while got < 5 {
                let mut p = libc::pollfd {
                    fd: s,
                    events: libc::POLLIN,
                    revents: 0,
                };
                assert_eq!(libc::poll(&mut p, 1, 2000), 1);
                let r = libc::read(s, back[got..].as_mut_ptr().cast(), 5 - got);
                assert!(r > 0);
                got += r as usize;
            }
            assert_eq!(&back, msg);
        }
        // A second request opens the same port again.
        let (fd2, path2) = modems.open(7, echoing()).unwrap();
        assert_eq!(path2, path);
        // SAFETY: ours.
        drop(unsafe { OwnedFd::from_raw_fd(fd2) });
        modems.end(7);
        modems.end(7);
        let mut p = libc::pollfd {
            fd: s,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one pollfd.
        assert_eq!(unsafe { libc::poll(&mut p, 1, 2000) }, 1);
        assert!(p.revents & libc::POLLHUP != 0);
    }

    #[test]
    fn registered_and_ended_all() {
        let modems = DataModems::default();
        let (fd, _) = modems.open(8, echoing()).unwrap();
        // SAFETY: the descriptor was opened for us.
        let slave = unsafe { OwnedFd::from_raw_fd(fd) };
        assert!(lock(&LIVE)
            .iter()
            .any(|w| w.as_ptr() == Arc::as_ptr(&modems.channels)));
        // (end_all_at_exit would end the other tests' channels too; the C test
        // api_datamodem_ends runs it at a real exit.)
        end_all(&modems.channels);
        assert!(lock(&modems.channels).is_empty());
        let mut p = libc::pollfd {
            fd: slave.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one pollfd.
        assert_eq!(unsafe { libc::poll(&mut p, 1, 2000) }, 1);
        assert!(p.revents & libc::POLLHUP != 0);
    }
}
