//! The data channel of a simulated data call (`lineGetID`'s `"comm/datamodem"`).
//!
//! A connected data call gets a pseudo-terminal: the program receives a descriptor of
//! its slave side (the "comm handle") and its path; the provider keeps the master side
//! and plays the far end's modem on a library thread, echoing every byte back (a
//! loopback peer). The slave is put in raw mode, as a modem provider configures the
//! port it hands out. The thread ends, and the master is closed, when the call goes
//! IDLE or its record is freed ([`DataModems::end`]); the program closes the
//! descriptors it received. At process exit (`atexit`, registered with the first
//! channel) every far end still playing is stopped and joined and the channels freed,
//! so a program that exits with a data call connected neither hangs nor leaves the
//! threads and their memory behind.

use std::collections::HashMap;
use std::ffi::CStr;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::{Arc, Mutex, Once, OnceLock, Weak};
use std::thread::JoinHandle;

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
    /// Whether `channels` is in [`LIVE`].
    registered: OnceLock<()>,
}

/// Every [`DataModems`] that has had a channel: ended at process exit.
static LIVE: Mutex<Vec<Weak<Channels>>> = Mutex::new(Vec::new());
static AT_EXIT: Once = Once::new();

extern "C" fn end_all_at_exit() {
    let _ = std::panic::catch_unwind(|| {
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

/// The far end: echoes what arrives on `master` until `stop` is written.
fn echo(master: OwnedFd, stop: RawFd) {
    let m = master.as_raw_fd();
    let mut pending: Vec<u8> = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        // With no slave open the master reports POLLHUP at once: wait for the stop
        // signal alone a while (the program may open the path again).
        let mut fds = [
            libc::pollfd {
                fd: stop,
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: m,
                events: if pending.is_empty() {
                    libc::POLLIN
                } else {
                    libc::POLLOUT
                },
                revents: 0,
            },
        ];
        // SAFETY: `fds` is an array of two pollfd.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, -1) };
        if n < 0 {
            if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return;
        }
        if fds[0].revents != 0 {
            return;
        }
        let r = fds[1].revents;
        if r & (libc::POLLIN | libc::POLLOUT) == 0 && r & (libc::POLLHUP | libc::POLLERR) != 0 {
            let mut only_stop = [fds[0]];
            // SAFETY: one pollfd.
            if unsafe { libc::poll(only_stop.as_mut_ptr(), 1, 50) } > 0 {
                return;
            }
            continue;
        }
        if pending.is_empty() {
            // SAFETY: reading into `buf`.
            let got = unsafe { libc::read(m, buf.as_mut_ptr().cast(), buf.len()) };
            if got > 0 {
                pending.extend_from_slice(&buf[..got as usize]);
            }
        }
        if !pending.is_empty() {
            // SAFETY: writing from `pending`.
            let put = unsafe { libc::write(m, pending.as_ptr().cast(), pending.len()) };
            if put > 0 {
                pending.drain(..put as usize);
            }
        }
    }
}

impl DataModems {
    /// Before `fork()`: holds the channels' lock.
    pub(crate) fn fork_prepare(&'static self) {
        crate::core::sync::hold(&self.channels);
    }

    /// In a forked child, with the lock held: the parent's calls and their far-end
    /// threads are not in the child; their channels are forgotten (their descriptors
    /// close on exec).
    pub(crate) fn fork_child(&self) {
        crate::core::sync::with_held::<HashMap<u32, Channel>>(|m| {
            std::mem::forget(std::mem::take(m))
        });
    }

    /// A descriptor of the slave side of `call`'s pseudo-terminal, opened for the
    /// program, and its path. The first request makes the pseudo-terminal and starts the
    /// far end; each request opens the slave again.
    pub(crate) fn open(&self, call: u32) -> Result<(RawFd, String)> {
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
            echo(master, stop_fd)
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
        let c = lock(&self.channels).remove(&call);
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

    #[test]
    fn echoes_until_ended() {
        let modems = DataModems::default();
        let (fd, path) = modems.open(7).unwrap();
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
        let (fd2, path2) = modems.open(7).unwrap();
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
        let (fd, _) = modems.open(8).unwrap();
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
