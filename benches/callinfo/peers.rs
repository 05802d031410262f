//! The peers `lineGetCallInfo` is measured beside (issue 14, item 2): other ways to keep
//! a record per call handle that any thread may read. Each does the same work per read
//! as ours: given the call's handle (or, for `sharded-slab`, its key; the harness takes
//! them in visiting order before the clock starts, as it does ours' `HCALL`s), look it
//! up and copy the record (the very bytes `lineGetCallInfo` returns for that call) into
//! the caller's buffer, or fail on an unknown handle.
//!
//! - `Mutex<HashMap>`: the naive shim, one lock around one map.
//! - `dashmap`: the concurrent map the design card named for the handle table (a
//!   hashed handle picks a shard; a read takes that shard's `RwLock` for reading).
//! - `sharded-slab`: a maintained lock-free concurrent slab; its own insert returns the
//!   key (index plus generation, like our handles), and a read holds a reference count
//!   on the slot while it copies.
//!
//! The records are shared (`Arc<[u8]>`) by all three, so holding 10^6 of them costs the
//! process their bytes once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use dashmap::DashMap;
use sharded_slab::Slab;
use tapi32::testing::{HCALL, LINEERR_INVALCALLHANDLE};

const INVALID: i32 = LINEERR_INVALCALLHANDLE as i32;

type Record = Arc<[u8]>;

/// The three peers over one set of calls.
pub struct Peers {
    handles: Vec<HCALL>,
    mutex: Mutex<HashMap<HCALL, Record>>,
    dash: DashMap<HCALL, Record>,
    slab: Slab<Record>,
    slab_keys: Vec<usize>,
}

/// Which peer a load reads through.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Peer {
    Mutex,
    Dash,
    Slab,
}

impl Peer {
    pub const ALL: [Peer; 3] = [Peer::Mutex, Peer::Dash, Peer::Slab];

    pub fn name(self) -> &'static str {
        match self {
            Peer::Mutex => "Mutex<HashMap>",
            Peer::Dash => "dashmap",
            Peer::Slab => "sharded-slab",
        }
    }
}

impl Peers {
    /// `images[i]` is what `lineGetCallInfo(calls[i])` returns.
    pub fn new(calls: &[HCALL], images: &[Vec<u8>]) -> Self {
        let records: Vec<Record> = images.iter().map(|b| Record::from(&b[..])).collect();
        let slab = Slab::new();
        let slab_keys = records
            .iter()
            .map(|r| slab.insert(r.clone()).expect("sharded-slab is full"))
            .collect();
        let pairs = || calls.iter().copied().zip(records.iter().cloned());
        Peers {
            handles: calls.to_vec(),
            mutex: Mutex::new(pairs().collect()),
            dash: pairs().collect(),
            slab,
            slab_keys,
        }
    }

    /// The key a read of the call in `slot` is given: its handle, or for `sharded-slab`
    /// the key its insert returned. Taken before the clock starts, as ours is given the
    /// `HCALL` (see `run` in callinfo.rs).
    pub fn key(&self, peer: Peer, slot: usize) -> usize {
        match peer {
            Peer::Mutex | Peer::Dash => self.handles[slot] as usize,
            Peer::Slab => self.slab_keys[slot],
        }
    }

    /// Reads the record of the call `key` names (see [`Peers::key`]) through `peer` into
    /// `buf`: 0, or `LINEERR_INVALCALLHANDLE` if the peer does not know the key.
    #[inline]
    pub fn read(&self, peer: Peer, key: usize, buf: &mut [u8]) -> i32 {
        let copy = |b: &[u8], buf: &mut [u8]| {
            buf[..b.len()].copy_from_slice(b);
            0
        };
        match peer {
            Peer::Mutex => {
                let map = self.mutex.lock().unwrap();
                map.get(&(key as HCALL)).map_or(INVALID, |b| copy(b, buf))
            }
            Peer::Dash => self
                .dash
                .get(&(key as HCALL))
                .map_or(INVALID, |b| copy(&b, buf)),
            Peer::Slab => self.slab.get(key).map_or(INVALID, |b| copy(&b, buf)),
        }
    }
}
