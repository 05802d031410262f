//! Open phones: an application's `HPHONE` on a phone device, and what a phone device
//! keeps (hookswitch, ringer, volumes, gains, display).

use tapi32_defs::constants::*;

use super::provider::PhoneInfo;

/// What `phoneOpen` fixed for an open phone; it never changes while the phone is open.
#[derive(Debug, Clone)]
pub(crate) struct PhoneObj {
    /// The `HPHONE` value.
    pub handle: u32,
    /// The application (`HPHONEAPP`) that opened it.
    pub happ: u32,
    /// The phone device (`dwDeviceID`).
    pub device: u32,
    /// The API version given to `phoneOpen`.
    pub version: u32,
    /// `dwCallbackInstance` given to `phoneOpen`.
    pub instance: usize,
    /// `PHONEPRIVILEGE_OWNER` or `PHONEPRIVILEGE_MONITOR`.
    pub privilege: u32,
}

/// The hookswitch devices, in the order [`PhoneDevice`]'s arrays keep them.
pub(crate) const HOOKSWITCH_DEVS: [u32; 3] = [
    PHONEHOOKSWITCHDEV_HANDSET,
    PHONEHOOKSWITCHDEV_SPEAKER,
    PHONEHOOKSWITCHDEV_HEADSET,
];

/// The index of the single hookswitch device `dev` in [`HOOKSWITCH_DEVS`].
pub(crate) fn hookswitch_index(dev: u32) -> Option<usize> {
    HOOKSWITCH_DEVS.iter().position(|&d| d == dev)
}

/// The `PHONESTATE_*` of hookswitch device `i`'s hookswitch, volume and gain.
pub(crate) const HOOKSWITCH_STATES: [[u32; 3]; 3] = [
    [
        PHONESTATE_HANDSETHOOKSWITCH,
        PHONESTATE_HANDSETVOLUME,
        PHONESTATE_HANDSETGAIN,
    ],
    [
        PHONESTATE_SPEAKERHOOKSWITCH,
        PHONESTATE_SPEAKERVOLUME,
        PHONESTATE_SPEAKERGAIN,
    ],
    [
        PHONESTATE_HEADSETHOOKSWITCH,
        PHONESTATE_HEADSETVOLUME,
        PHONESTATE_HEADSETGAIN,
    ],
];

/// The hookswitch modes a simulated hookswitch device takes.
pub(crate) const HOOKSWITCH_MODES: u32 = PHONEHOOKSWITCHMODE_ONHOOK
    | PHONEHOOKSWITCHMODE_MIC
    | PHONEHOOKSWITCHMODE_SPEAKER
    | PHONEHOOKSWITCHMODE_MICSPEAKER;

/// The `PHONESTATE_*` changes a phone with hookswitch devices `devs` reports
/// (`PHONECAPS.dwPhoneStates`).
pub(crate) fn phone_states(devs: u32) -> u32 {
    let mut states = PHONESTATE_OWNER
        | PHONESTATE_MONITORS
        | PHONESTATE_DISPLAY
        | PHONESTATE_RINGMODE
        | PHONESTATE_RINGVOLUME;
    for (i, &d) in HOOKSWITCH_DEVS.iter().enumerate() {
        if devs & d != 0 {
            states |= HOOKSWITCH_STATES[i].iter().fold(0, |a, s| a | s);
        }
    }
    states
}

/// A volume or gain level's default: half way.
pub(crate) const DEFAULT_LEVEL: u32 = 0x8000;

/// The current state of a phone device, whoever has it open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PhoneDevice {
    /// `PHONEHOOKSWITCHMODE_*` of each hookswitch device (ONHOOK when absent).
    pub hookswitch: [u32; 3],
    /// Volume of each hookswitch device, `0..=0xFFFF`.
    pub volume: [u32; 3],
    /// Gain of each hookswitch device, `0..=0xFFFF`.
    pub gain: [u32; 3],
    /// The ring mode `phoneSetRing` set (0: silent unless a call is offered).
    pub ring_mode: u32,
    /// The ringer volume, `0..=0xFFFF`.
    pub ring_volume: u32,
    /// The display, `rows * columns` characters.
    pub display: Vec<u8>,
    /// Calls offered on the phone's line (they make it ring).
    pub offered: Vec<u32>,
}

impl PhoneDevice {
    /// A device as `info` describes it: on hook, silent, its display blank.
    pub(crate) fn new(info: &PhoneInfo) -> Self {
        PhoneDevice {
            hookswitch: [PHONEHOOKSWITCHMODE_ONHOOK; 3],
            volume: [DEFAULT_LEVEL; 3],
            gain: [DEFAULT_LEVEL; 3],
            ring_mode: 0,
            ring_volume: DEFAULT_LEVEL,
            display: vec![b' '; (info.display_rows * info.display_columns) as usize],
            offered: Vec::new(),
        }
    }

    /// The ring mode the phone shows: the one `phoneSetRing` set, else 1 (the first
    /// ring pattern) while a call is offered on its line, else 0.
    pub(crate) fn effective_ring_mode(&self) -> u32 {
        if self.ring_mode != 0 {
            self.ring_mode
        } else if !self.offered.is_empty() {
            1
        } else {
            0
        }
    }

    /// The hookswitch devices that are off hook (`phoneGetHookSwitch`).
    pub(crate) fn off_hook(&self) -> u32 {
        HOOKSWITCH_DEVS
            .iter()
            .zip(self.hookswitch)
            .filter(|(_, m)| *m != PHONEHOOKSWITCHMODE_ONHOOK)
            .fold(0, |a, (d, _)| a | d)
    }
}

/// The `PHONEFEATURE_*` of a phone as `info` describes it (`PHONECAPS` and
/// `PHONESTATUS.dwPhoneFeatures`).
pub(crate) fn phone_features(info: &PhoneInfo) -> u32 {
    const BY_DEV: [u32; 3] = [
        PHONEFEATURE_GETHOOKSWITCHHANDSET
            | PHONEFEATURE_SETHOOKSWITCHHANDSET
            | PHONEFEATURE_GETVOLUMEHANDSET
            | PHONEFEATURE_SETVOLUMEHANDSET
            | PHONEFEATURE_GETGAINHANDSET
            | PHONEFEATURE_SETGAINHANDSET,
        PHONEFEATURE_GETHOOKSWITCHSPEAKER
            | PHONEFEATURE_SETHOOKSWITCHSPEAKER
            | PHONEFEATURE_GETVOLUMESPEAKER
            | PHONEFEATURE_SETVOLUMESPEAKER
            | PHONEFEATURE_GETGAINSPEAKER
            | PHONEFEATURE_SETGAINSPEAKER,
        PHONEFEATURE_GETHOOKSWITCHHEADSET
            | PHONEFEATURE_SETHOOKSWITCHHEADSET
            | PHONEFEATURE_GETVOLUMEHEADSET
            | PHONEFEATURE_SETVOLUMEHEADSET
            | PHONEFEATURE_GETGAINHEADSET
            | PHONEFEATURE_SETGAINHEADSET,
    ];
    let mut f = PHONEFEATURE_GETRING | PHONEFEATURE_SETRING;
    if info.display_rows != 0 {
        f |= PHONEFEATURE_GETDISPLAY | PHONEFEATURE_SETDISPLAY;
    }
    for (i, &d) in HOOKSWITCH_DEVS.iter().enumerate() {
        if info.hookswitch_devs & d != 0 {
            f |= BY_DEV[i];
        }
    }
    f
}
