//! The phone operations of [`Core`]: `phoneNegotiateAPIVersion`, `phoneGetDevCaps`,
//! `phoneOpen`, `phoneClose`, the getters and setters of an open phone, and the line a
//! phone sits beside. Arguments are checked here; changes happen under the control lock
//! (`state/phones.rs`).

use std::sync::Arc;

use tapi32_defs::constants::*;
use tapi32_defs::LineError;

use super::handles::{Kind, Object};
use super::phone::{hookswitch_index, PhoneObj, HOOKSWITCH_MODES};
use super::provider::PhoneInfo;
use super::state::{PhoneChange, PhoneStatus};
use super::{highest_version, is_known_version, Core, Result};

/// The highest level of a volume or gain (`0xFFFF`); higher values are set to it.
const MAX_LEVEL: u32 = 0xFFFF;

impl Core {
    /// Number of phone devices.
    pub(crate) fn num_phones(&self) -> u32 {
        self.provider.phone_count()
    }

    /// `PHONEERR_BADDEVICEID` unless phone device `device` exists.
    pub(crate) fn phone_device_exists(&self, device: u32) -> Result<()> {
        self.phone_device(device).map(|_| ())
    }

    fn phone_device(&self, device: u32) -> Result<PhoneInfo> {
        if device < self.num_phones() {
            Ok(self.provider.phone_info(device))
        } else {
            Err(LineError::BADDEVICEID)
        }
    }

    /// `phoneNegotiateAPIVersion`: the highest known version in `lo..=hi`.
    pub(crate) fn phone_negotiate_api_version(
        &self,
        happ: u32,
        device: u32,
        lo: u32,
        hi: u32,
    ) -> Result<u32> {
        self.phone_app(happ)?;
        self.phone_device(device)?;
        highest_version(lo, hi)
    }

    /// `phoneNegotiateExtVersion`: the device must exist; it has no extensions.
    pub(crate) fn phone_negotiate_ext_version(&self, happ: u32, device: u32) -> Result<()> {
        self.phone_app(happ)?;
        self.phone_device(device)?;
        Err(LineError::OPERATIONUNAVAIL)
    }

    /// `phoneGetDevCaps`: validates and returns the device's facts.
    pub(crate) fn phone_caps(
        &self,
        happ: u32,
        device: u32,
        version: u32,
        ext: u32,
    ) -> Result<PhoneInfo> {
        self.phone_app(happ)?;
        let info = self.phone_device(device)?;
        check_versions(version, ext)?;
        Ok(info)
    }

    /// `phoneOpen`.
    pub(crate) fn phone_open(
        &self,
        happ: u32,
        device: u32,
        version: u32,
        ext: u32,
        instance: usize,
        privilege: u32,
    ) -> Result<u32> {
        self.phone_app(happ)?;
        self.phone_device(device)?;
        check_versions(version, ext)?;
        if privilege != PHONEPRIVILEGE_OWNER && privilege != PHONEPRIVILEGE_MONITOR {
            return Err(LineError::PHONE_INVALPRIVILEGE);
        }
        self.ctx(|ev| ev.open_phone(happ, device, version, instance, privilege))
    }

    /// The open phone `hphone`.
    pub(crate) fn phone(&self, hphone: u32) -> Result<Arc<PhoneObj>> {
        self.check_phone_initialized()?;
        match self.table.get(hphone, Kind::Phone) {
            Some(Object::Phone(p)) => Ok(p),
            _ => Err(self.invalid(hphone, Kind::Phone)),
        }
    }

    /// The facts of the device of the open phone `hphone`.
    pub(crate) fn phone_info(&self, hphone: u32) -> Result<PhoneInfo> {
        let p = self.phone(hphone)?;
        Ok(self.provider.phone_info(p.device))
    }

    /// `phoneClose`.
    pub(crate) fn phone_close(&self, hphone: u32) -> Result<()> {
        self.phone(hphone)?;
        self.ctx(|ev| ev.close_phone(hphone))
    }

    /// `phoneGetStatus` and the getters.
    pub(crate) fn phone_status(&self, hphone: u32) -> Result<PhoneStatus> {
        self.phone(hphone)?;
        self.ctx(|ev| ev.phone_status(hphone))
    }

    /// The index of the single hookswitch device `dev` that `hphone`'s device has.
    pub(crate) fn phone_hookswitch(&self, hphone: u32, dev: u32) -> Result<usize> {
        let info = self.phone_info(hphone)?;
        hookswitch_index(dev)
            .filter(|_| info.hookswitch_devs & dev != 0)
            .ok_or(LineError::PHONE_INVALHOOKSWITCHDEV)
    }

    /// `phoneSetHookSwitch`: returns the request ID.
    pub(crate) fn phone_set_hookswitch(&self, hphone: u32, devs: u32, mode: u32) -> Result<u32> {
        let info = self.phone_info(hphone)?;
        if devs == 0 || devs & !info.hookswitch_devs != 0 {
            return Err(LineError::PHONE_INVALHOOKSWITCHDEV);
        }
        if !mode.is_power_of_two() || mode & HOOKSWITCH_MODES == 0 {
            return Err(LineError::PHONE_INVALHOOKSWITCHMODE);
        }
        self.set_phone(hphone, PhoneChange::HookSwitch { devs, mode })
    }

    /// `phoneSetRing`: returns the request ID.
    pub(crate) fn phone_set_ring(&self, hphone: u32, mode: u32, volume: u32) -> Result<u32> {
        let info = self.phone_info(hphone)?;
        if mode > info.ring_modes {
            return Err(LineError::PHONE_INVALRINGMODE);
        }
        let volume = volume.min(MAX_LEVEL);
        self.set_phone(hphone, PhoneChange::Ring { mode, volume })
    }

    /// `phoneSetVolume` (`gain` false) or `phoneSetGain`: returns the request ID.
    pub(crate) fn phone_set_level(
        &self,
        hphone: u32,
        dev: u32,
        level: u32,
        gain: bool,
    ) -> Result<u32> {
        let dev = self.phone_hookswitch(hphone, dev)?;
        let level = level.min(MAX_LEVEL);
        let change = if gain {
            PhoneChange::Gain { dev, level }
        } else {
            PhoneChange::Volume { dev, level }
        };
        self.set_phone(hphone, change)
    }

    /// `phoneSetDisplay`: `text` at `row`, `column`; returns the request ID.
    pub(crate) fn phone_set_display(
        &self,
        hphone: u32,
        row: u32,
        column: u32,
        text: Vec<u8>,
    ) -> Result<u32> {
        let info = self.phone_info(hphone)?;
        if row >= info.display_rows || column >= info.display_columns {
            return Err(LineError::INVALPARAM);
        }
        let at = (row * info.display_columns + column) as usize;
        self.set_phone(hphone, PhoneChange::Display { at, text })
    }

    fn set_phone(&self, hphone: u32, change: PhoneChange) -> Result<u32> {
        self.ctx(|ev| ev.set_phone(hphone, change))
    }

    /// `phoneSetStatusMessages`.
    pub(crate) fn phone_set_status_messages(
        &self,
        hphone: u32,
        states: u32,
        button_modes: u32,
        button_states: u32,
    ) -> Result<()> {
        let info = self.phone_info(hphone)?;
        if states & !super::phone::phone_states(info.hookswitch_devs) != 0 {
            return Err(LineError::PHONE_INVALPHONESTATE);
        }
        if button_modes & !(PHONEBUTTONMODE_DISPLAY * 2 - 1) != 0 {
            return Err(LineError::PHONE_INVALBUTTONMODE);
        }
        if button_modes != 0 && button_states & !(PHONEBUTTONSTATE_UNAVAIL * 2 - 1) != 0 {
            return Err(LineError::PHONE_INVALBUTTONSTATE);
        }
        self.ctx(|ev| ev.set_phone_status_messages(hphone, states, button_modes, button_states))
    }

    /// `phoneGetStatusMessages`: (phone states, button modes, button states).
    pub(crate) fn phone_status_messages(&self, hphone: u32) -> Result<(u32, u32, u32)> {
        self.phone(hphone)?;
        self.ctx(|ev| ev.phone_status_messages(hphone))
    }

    /// The phone device beside line device `line` (`lineGetID`'s `"tapi/phone"`).
    pub(crate) fn phone_of_line(&self, line: u32) -> Option<u32> {
        (0..self.num_phones()).find(|&p| self.provider.phone_info(p).line == Some(line))
    }
}

fn check_versions(version: u32, ext: u32) -> Result<()> {
    if !is_known_version(version) {
        return Err(LineError::INCOMPATIBLEAPIVERSION);
    }
    if ext != 0 {
        return Err(LineError::INCOMPATIBLEEXTVERSION);
    }
    Ok(())
}
