//! What the status functions read (`lineGetAddressStatus`, `lineGetLineDevStatus`) and
//! the `LINE_ADDRESSSTATE` messages sent when an address's calls change.

use std::sync::{Arc, OnceLock};

use super::{post, ControlLock, Set};
use crate::core::app::{DeliverIf, Message};
use crate::core::call::Text;
use crate::core::handles::{Kind, Object};
use crate::core::Result;
use tapi32_defs::constants::*;
use tapi32_defs::LineError;

/// The `LINEADDRESSSTATE_*` changes a simulated address reports
/// (`LINEADDRESSCAPS.dwAddressStates`); `OTHER` is accepted and never sent.
pub(crate) const STATUS_ADDRESS_STATES: u32 = LINEADDRESSSTATE_OTHER
    | LINEADDRESSSTATE_INUSEZERO
    | LINEADDRESSSTATE_INUSEONE
    | LINEADDRESSSTATE_NUMCALLS;

/// The calls on an address (or a whole device), counted by state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct CallCounts {
    /// 1 if a call is not IDLE (the address is in use), else 0.
    pub in_use: u32,
    /// Calls in a state other than IDLE, ONHOLD, ONHOLDPENDTRANSFER, ONHOLDPENDCONF.
    pub active: u32,
    /// Calls ONHOLD.
    pub on_hold: u32,
    /// Calls ONHOLDPENDTRANSFER or ONHOLDPENDCONF.
    pub on_hold_pend: u32,
}

impl CallCounts {
    fn add(&mut self, state: u32) {
        match state {
            LINECALLSTATE_IDLE => return,
            LINECALLSTATE_ONHOLD => self.on_hold += 1,
            LINECALLSTATE_ONHOLDPENDTRANSFER | LINECALLSTATE_ONHOLDPENDCONF => {
                self.on_hold_pend += 1
            }
            _ => self.active += 1,
        }
        self.in_use = 1;
    }

    /// The `LINEADDRESSSTATE_*` changes from `self` to `new`.
    fn changes_to(&self, new: &CallCounts) -> u32 {
        let mut changed = 0;
        if self.in_use == 0 && new.in_use != 0 {
            changed |= LINEADDRESSSTATE_INUSEONE;
        }
        if self.in_use != 0 && new.in_use == 0 {
            changed |= LINEADDRESSSTATE_INUSEZERO;
        }
        let calls = |c: &CallCounts| (c.active, c.on_hold, c.on_hold_pend);
        if calls(self) != calls(new) {
            changed |= LINEADDRESSSTATE_NUMCALLS;
        }
        changed
    }
}

/// One open of a line device, as `LINEDEVSTATUS`'s `LINEAPPINFO` array shows it.
#[derive(Clone, Debug)]
pub(crate) struct OpenInfo {
    /// The application's module file name.
    pub module: Text,
    /// The application's friendly name (given to `lineInitialize(Ex)`).
    pub friendly: Text,
    /// The media modes it owns incoming calls for (0 without owner privilege).
    pub media_modes: u32,
}

/// What `lineGetLineDevStatus` reports of a line device.
#[derive(Clone, Debug)]
pub(crate) struct LineStatus {
    /// The calls on every address of the device.
    pub calls: CallCounts,
    /// The union of the media modes of the owner opens.
    pub open_media_modes: u32,
    /// Every open of the device, by every application, in `lineOpen` order.
    pub opens: Vec<OpenInfo>,
    /// The name of the machine the applications run on.
    pub machine: Text,
    /// The name of the user they run as.
    pub user: Text,
}

/// This machine's name (the kernel's host name), or `localhost`.
fn machine_name() -> Text {
    static NAME: OnceLock<Text> = OnceLock::new();
    NAME.get_or_init(|| {
        std::fs::read_to_string("/proc/sys/kernel/hostname")
            .ok()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "localhost".to_owned())
            .into()
    })
    .clone()
}

/// The user's name (`USER`, `LOGNAME`; not in secure execution, see `env`), or the
/// numeric user ID.
fn user_name() -> Text {
    static NAME: OnceLock<Text> = OnceLock::new();
    NAME.get_or_init(|| {
        crate::platform::USER_VARS
            .iter()
            .find_map(|v| crate::env::var_unless_secure(v).filter(|s| !s.is_empty()))
            .unwrap_or_else(crate::platform::user_id)
            .into()
    })
    .clone()
}

impl ControlLock<'_> {
    /// The calls on `device` (on `address` only, if given) that an open of the device
    /// holds, counted by state. Costs O(call handles on the device).
    pub(super) fn call_counts(&self, device: u32, address: Option<u32>) -> CallCounts {
        let mut seen = Set::default();
        let mut counts = CallCounts::default();
        for h in &self.st.device_opens[device as usize] {
            let Some(line) = self.st.lines.get(h) else {
                continue;
            };
            for &hcall in &line.calls {
                let Some(Object::Call(c)) = self.core.table.get(hcall, Kind::Call) else {
                    continue;
                };
                if !seen.insert(c.call_id) {
                    continue;
                }
                let Some(rec) = self.st.calls.get(&c.call_id) else {
                    continue;
                };
                if address.is_none_or(|a| a == rec.data.address) {
                    counts.add(rec.data.state());
                }
            }
        }
        counts
    }

    fn live_line(&self, hline: u32) -> Result<u32> {
        match self.st.lines.get(&hline) {
            Some(rec) if self.core.table.is_live(hline, Kind::Line) => Ok(rec.obj.device),
            _ => Err(self.core.invalid(hline, Kind::Line)),
        }
    }

    /// `lineGetAddressStatus`: the calls on `address` of `hline`'s device.
    pub(in crate::core) fn address_status(&self, hline: u32, address: u32) -> Result<CallCounts> {
        let device = self.live_line(hline)?;
        if address >= self.core.provider.device_info(device).num_addresses {
            return Err(LineError::INVALADDRESSID);
        }
        Ok(self.call_counts(device, Some(address)))
    }

    /// `lineGetLineDevStatus`: the opens and calls of `hline`'s device.
    pub(in crate::core) fn line_status(&self, hline: u32) -> Result<LineStatus> {
        let device = self.live_line(hline)?;
        let mut open_media_modes = 0;
        let mut opens = Vec::new();
        for h in &self.st.device_opens[device as usize] {
            let Some(line) = self.st.lines.get(h) else {
                continue;
            };
            let owner = line.obj.privileges & LINECALLPRIVILEGE_OWNER != 0;
            let media_modes = if owner { line.obj.media_modes } else { 0 };
            open_media_modes |= media_modes;
            if let Some(a) = self.st.apps.get(&line.obj.happ) {
                opens.push(OpenInfo {
                    module: Arc::clone(&a.app.module),
                    friendly: Arc::clone(&a.app.name),
                    media_modes,
                });
            }
        }
        Ok(LineStatus {
            calls: self.call_counts(device, None),
            open_media_modes,
            opens,
            machine: machine_name(),
            user: user_name(),
        })
    }

    /// Whether an open of `device` asked for `LINE_ADDRESSSTATE` messages.
    fn address_watched(&self, device: u32) -> bool {
        self.st.address_watchers[device as usize] > 0
    }

    /// Starts keeping the call counts of every address of `device` (an open asked for
    /// address changes), so that later changes can be told.
    pub(super) fn watch_addresses(&mut self, device: u32) {
        let n = self.core.provider.device_info(device).num_addresses;
        for address in 0..n {
            let counts = self.call_counts(device, Some(address));
            self.st.addr_counts.insert((device, address), counts);
        }
    }

    /// The calls of `address` on `device` may have changed (a call changed state, came
    /// or went): sends `LINE_ADDRESSSTATE` with the changes (`INUSEONE`, `INUSEZERO`,
    /// `NUMCALLS`) to every open of the device that asked for them. Does nothing (and
    /// costs nothing) while no open of the device asked.
    ///
    /// Inline, the common case: no open watches the device's addresses and no counts are
    /// kept, so there is nothing to compare.
    #[inline]
    pub(crate) fn address_maybe_changed(&mut self, device: u32, address: u32) {
        let watched = (self.st.address_watchers.get(device as usize)).is_some_and(|&n| n > 0);
        if watched || !self.st.addr_counts.is_empty() {
            self.address_counts_changed(device, address);
        }
    }

    #[inline(never)]
    fn address_counts_changed(&mut self, device: u32, address: u32) {
        if device as usize >= self.st.device_opens.len() {
            return;
        }
        if !self.address_watched(device) {
            if !self.st.addr_counts.is_empty() {
                self.st.addr_counts.remove(&(device, address));
            }
            return;
        }
        let new = self.call_counts(device, Some(address));
        let Some(old) = self.st.addr_counts.insert((device, address), new) else {
            return;
        };
        let changed = old.changes_to(&new);
        if changed == 0 {
            return;
        }
        for &h in &self.st.device_opens[device as usize] {
            let Some(rec) = self.st.lines.get(&h) else {
                continue;
            };
            let asked = rec.address_states & changed;
            if asked == 0 {
                continue;
            }
            let msg = Message {
                device: h,
                id: LINE_ADDRESSSTATE as u32,
                instance: rec.obj.instance,
                p1: address as usize,
                p2: asked as usize,
                p3: 0,
            };
            post(&self.st.apps, rec.obj.happ, msg, DeliverIf::LineLive(h));
        }
    }
}
