//! Open phones: `phoneOpen`, `phoneClose`, the phone setters (`phoneSetHookSwitch`,
//! `phoneSetRing` ...) with their `PHONE_REPLY` and `PHONE_STATE` messages, and the ring
//! of a phone whose line has a call offered.

use std::sync::Arc;

use super::{post, ControlLock, PhoneRec};
use crate::core::app::{DeliverIf, Message};
use crate::core::handles::{Kind, Object, Retired};
use crate::core::observer::Issued;
use crate::core::phone::{PhoneDevice, PhoneObj, HOOKSWITCH_DEVS, HOOKSWITCH_STATES};
use crate::core::Result;
use tapi32_defs::constants::*;
use tapi32_defs::LineError;

/// A change a phone setter asks for (the core checked its arguments).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum PhoneChange {
    /// `phoneSetHookSwitch`: these hookswitch devices to this mode.
    HookSwitch {
        /// `PHONEHOOKSWITCHDEV_*` bits.
        devs: u32,
        /// One `PHONEHOOKSWITCHMODE_*`.
        mode: u32,
    },
    /// `phoneSetRing`
    Ring {
        /// Ring pattern, 0 for silence.
        mode: u32,
        /// Ringer volume.
        volume: u32,
    },
    /// `phoneSetVolume` of hookswitch device index `dev`.
    Volume {
        /// Index in `HOOKSWITCH_DEVS`.
        dev: usize,
        /// The level.
        level: u32,
    },
    /// `phoneSetGain` of hookswitch device index `dev`.
    Gain {
        /// Index in `HOOKSWITCH_DEVS`.
        dev: usize,
        /// The level.
        level: u32,
    },
    /// `phoneSetDisplay`: `text` written from character `at` of the display on.
    Display {
        /// Offset in the display (row * columns + column).
        at: usize,
        /// The characters.
        text: Vec<u8>,
    },
}

/// What `phoneGetStatus` reports of an open phone's device.
#[derive(Clone, Debug)]
pub(crate) struct PhoneStatus {
    /// The device's state.
    pub device: PhoneDevice,
    /// Opens with owner privilege.
    pub owners: u32,
    /// Opens with monitor privilege.
    pub monitors: u32,
    /// The name of the application of the first owner, if any.
    pub owner_name: Option<String>,
}

impl ControlLock<'_> {
    pub(in crate::core) fn open_phone(
        &mut self,
        happ: u32,
        device: u32,
        version: u32,
        instance: usize,
        privilege: u32,
    ) -> Result<u32> {
        if !self.st.apps.contains_key(&happ) {
            return Err(LineError::INVALAPPHANDLE);
        }
        let (hphone, obj) = self
            .core
            .table
            .insert(|h| {
                Object::Phone(Arc::new(PhoneObj {
                    handle: h,
                    happ,
                    device,
                    version,
                    instance,
                    privilege,
                }))
            })
            .ok_or(LineError::NOMEM)?;
        let Object::Phone(obj) = obj else {
            unreachable!()
        };
        self.st.phones.insert(
            hphone,
            PhoneRec {
                obj,
                states: 0,
                button_modes: 0,
                button_states: 0,
            },
        );
        if let Some(o) = self.core.observer {
            o.handle_issued(&Issued {
                handle: hphone,
                kind: Kind::Phone,
                happ,
                device,
                hline: 0,
                call_id: 0,
                state: 0,
                privilege,
            });
        }
        self.st.phone_opens[device as usize].push(hphone);
        self.st
            .apps
            .get_mut(&happ)
            .expect("checked")
            .phones
            .push(hphone);
        self.privileges_changed(device, hphone, privilege);
        Ok(hphone)
    }

    pub(in crate::core) fn close_phone(&mut self, hphone: u32) -> Result<()> {
        self.live_phone(hphone)?;
        self.retire_phone(hphone, Retired::PhoneClosed);
        Ok(())
    }

    /// Closes an open phone: retires its handle (its queued messages and replies go
    /// with it) and tells the device's other opens of the owner or monitor count.
    pub(super) fn retire_phone(&mut self, hphone: u32, why: Retired) {
        let Some(rec) = self.st.phones.remove(&hphone) else {
            return;
        };
        let (device, happ) = (rec.obj.device, rec.obj.happ);
        self.st.phone_opens[device as usize].retain(|&h| h != hphone);
        if let Some(a) = self.st.apps.get_mut(&happ) {
            a.phones.retain(|&h| h != hphone);
        }
        self.core.table.remove(hphone, Kind::Phone, why);
        if let Some(o) = self.core.observer {
            o.handle_retired(hphone, Kind::Phone, why);
        }
        self.needs_settle(happ);
        self.privileges_changed(device, hphone, rec.obj.privilege);
    }

    /// `PHONESTATE_OWNER` or `_MONITORS` (with the new count) to the opens of `device`
    /// but `except`, after an open of `privilege` came or went.
    fn privileges_changed(&self, device: u32, except: u32, privilege: u32) {
        let (owners, monitors) = self.phone_privilege_counts(device);
        let (state, count) = if privilege == PHONEPRIVILEGE_OWNER {
            (PHONESTATE_OWNER, owners)
        } else {
            (PHONESTATE_MONITORS, monitors)
        };
        self.phone_state(device, Some(except), state, count);
    }

    fn phone_privilege_counts(&self, device: u32) -> (u32, u32) {
        let opens = &self.st.phone_opens[device as usize];
        let owners = opens
            .iter()
            .filter_map(|h| self.st.phones.get(h))
            .filter(|r| r.obj.privilege == PHONEPRIVILEGE_OWNER)
            .count() as u32;
        (owners, opens.len() as u32 - owners)
    }

    /// `PHONE_STATE` `state` (dwParam2 `detail`) to every open of `device` but `except`
    /// that asked for it with `phoneSetStatusMessages`.
    fn phone_state(&self, device: u32, except: Option<u32>, state: u32, detail: u32) {
        for &h in &self.st.phone_opens[device as usize] {
            let Some(rec) = self.st.phones.get(&h) else {
                continue;
            };
            if Some(h) == except || rec.states & state == 0 {
                continue;
            }
            let msg = Message {
                device: h,
                id: PHONE_STATE as u32,
                instance: rec.obj.instance,
                p1: state as usize,
                p2: detail as usize,
                p3: 0,
            };
            post(&self.st.apps, rec.obj.happ, msg, DeliverIf::PhoneLive(h));
        }
    }

    /// The open phone `hphone`'s record.
    fn live_phone(&self, hphone: u32) -> Result<&PhoneRec> {
        match self.st.phones.get(&hphone) {
            Some(rec) if self.core.table.is_live(hphone, Kind::Phone) => Ok(rec),
            _ => Err(self.core.invalid(hphone, Kind::Phone)),
        }
    }

    /// `phoneGetStatus` (and the getters): the state of `hphone`'s device.
    pub(in crate::core) fn phone_status(&self, hphone: u32) -> Result<PhoneStatus> {
        let device = self.live_phone(hphone)?.obj.device;
        let (owners, monitors) = self.phone_privilege_counts(device);
        let owner_name = self.st.phone_opens[device as usize]
            .iter()
            .filter_map(|h| self.st.phones.get(h))
            .find(|r| r.obj.privilege == PHONEPRIVILEGE_OWNER)
            .and_then(|r| self.st.apps.get(&r.obj.happ))
            .map(|a| a.app.name.to_string());
        Ok(PhoneStatus {
            device: self.st.phone_devs[device as usize].clone(),
            owners,
            monitors,
            owner_name,
        })
    }

    /// A phone setter: applies `change` to `hphone`'s device (its application must own
    /// the phone), queues `PHONE_REPLY` (success) and the `PHONE_STATE` messages of what
    /// changed. Returns the request ID.
    pub(in crate::core) fn set_phone(&mut self, hphone: u32, change: PhoneChange) -> Result<u32> {
        let rec = self.live_phone(hphone)?;
        if rec.obj.privilege != PHONEPRIVILEGE_OWNER {
            return Err(LineError::NOTOWNER);
        }
        let (device, happ, instance) = (rec.obj.device, rec.obj.happ, rec.obj.instance);
        let id = self.next_request_id();
        let reply = Message {
            device: 0,
            id: PHONE_REPLY as u32,
            instance,
            p1: id as usize,
            p2: 0,
            p3: 0,
        };
        post(&self.st.apps, happ, reply, DeliverIf::PhoneLive(hphone));
        let dev = &mut self.st.phone_devs[device as usize];
        let before = dev.clone();
        let ring_before = dev.effective_ring_mode();
        match change {
            PhoneChange::HookSwitch { devs, mode } => {
                for (i, d) in HOOKSWITCH_DEVS.iter().enumerate() {
                    if devs & d != 0 {
                        dev.hookswitch[i] = mode;
                    }
                }
            }
            PhoneChange::Ring { mode, volume } => {
                dev.ring_mode = mode;
                dev.ring_volume = volume;
            }
            PhoneChange::Volume { dev: i, level } => dev.volume[i] = level,
            PhoneChange::Gain { dev: i, level } => dev.gain[i] = level,
            PhoneChange::Display { at, text } => {
                let end = (at + text.len()).min(dev.display.len());
                dev.display[at..end].copy_from_slice(&text[..end - at]);
            }
        }
        let after = dev.clone();
        for (i, [hook, volume, gain]) in HOOKSWITCH_STATES.into_iter().enumerate() {
            if before.hookswitch[i] != after.hookswitch[i] {
                self.phone_state(device, None, hook, after.hookswitch[i]);
            }
            if before.volume[i] != after.volume[i] {
                self.phone_state(device, None, volume, 0);
            }
            if before.gain[i] != after.gain[i] {
                self.phone_state(device, None, gain, 0);
            }
        }
        if ring_before != after.effective_ring_mode() {
            let mode = after.effective_ring_mode();
            self.phone_state(device, None, PHONESTATE_RINGMODE, mode);
        }
        if before.ring_volume != after.ring_volume {
            self.phone_state(device, None, PHONESTATE_RINGVOLUME, 0);
        }
        if before.display != after.display {
            self.phone_state(device, None, PHONESTATE_DISPLAY, 0);
        }
        Ok(id)
    }

    /// `phoneSetStatusMessages` (the core checked the values).
    pub(in crate::core) fn set_phone_status_messages(
        &mut self,
        hphone: u32,
        states: u32,
        button_modes: u32,
        button_states: u32,
    ) -> Result<()> {
        self.live_phone(hphone)?;
        let rec = self.st.phones.get_mut(&hphone).expect("checked");
        rec.states = states;
        rec.button_modes = button_modes;
        rec.button_states = if button_modes == 0 { 0 } else { button_states };
        Ok(())
    }

    /// `phoneGetStatusMessages`: (phone states, button modes, button states).
    pub(in crate::core) fn phone_status_messages(&self, hphone: u32) -> Result<(u32, u32, u32)> {
        let rec = self.live_phone(hphone)?;
        Ok((rec.states, rec.button_modes, rec.button_states))
    }

    /// `call` on line device `line` is offered (`offered`) or no longer: the phones
    /// beside the line ring while a call is offered (`PHONESTATE_RINGMODE`).
    /// Inline: most lines have no phone beside them (nothing to look at).
    #[inline(always)]
    pub(super) fn phone_ring(&mut self, line: u32, call: u32, offered: bool) {
        let beside = self.st.line_phones.get(line as usize).map_or(0, Vec::len);
        if beside > 0 {
            self.ring_beside(line, call, offered, beside);
        }
    }

    #[inline(never)]
    fn ring_beside(&mut self, line: u32, call: u32, offered: bool, beside: usize) {
        for i in 0..beside {
            let phone = self.st.line_phones[line as usize][i];
            let dev = &mut self.st.phone_devs[phone];
            let before = dev.effective_ring_mode();
            dev.offered.retain(|&c| c != call);
            if offered {
                dev.offered.push(call);
            }
            let after = dev.effective_ring_mode();
            if before != after {
                self.phone_state(phone as u32, None, PHONESTATE_RINGMODE, after);
            }
        }
    }
}
