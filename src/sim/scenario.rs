//! Scenarios: a TOML file that scripts the simulated telephone network.
//!
//! ```toml
//! codepage = "windows-1252" # top level, before any table: the ANSI code page of the
//!                           # single-byte entry points, a number (1252) or a label
//!                           # (default windows-1252; TAPI32_CODEPAGE overrides it)
//!
//! [[line]]                  # one per line device, in device-ID order (default: two lines)
//! name = "Front desk"       # LineName (default "Simulated Line N")
//! number = "1000"           # the line's own number (default 1000+N)
//! addresses = 1             # addresses on the line (default 1)
//!
//! [[incoming]]              # a remote party calls a line
//! at_ms = 500               # when, counted from the process's first lineInitialize(Ex)
//! line = 0
//! address = 0               # default 0
//! caller_id = "5551234"     # optional (absent: withheld)
//! caller_name = "Alice"     # optional
//! media = "interactivevoice"  # or automatedvoice, datamodem, g3fax, unknown
//! bearer = "voice"          # LINEBEARERMODE_*: voice (default), speech, data, 3_1khzaudio
//!                           # (= voice, TAPI's 3.1 kHz voice-grade bearer), alt_speech_data,
//!                           # nonCallSignaling, passthrough, restricted_data
//! rate = 33600              # dwRate in bit/s (default: 33600 for datamodem, 14400 for
//!                           # g3fax, else 0)
//! answer_after_ms = 1500    # optional: the line's own phone picks up
//! hangup_after_ms = 4000    # optional: the caller hangs up (counted from the ring)
//! data = [ { send = "CONNECT\r\n" }, { expect = "LOGIN", timeout_ms = 5000 },
//!          { send = "WELCOME\r\n", after_ms = 100 }, { hangup = true } ]
//!                           # optional, with media = "datamodem": the calling modem's
//!                           # data script ([`data_script`](super::data_script))
//! data_echo = false         # optional, with data: echo after a script that ends
//!                           # without hangup (default: silent)
//!
//! [[outgoing]]              # the line's own phone dials (applications see the call)
//! at_ms = 2000
//! line = 0
//! number = "5550100"
//! hangup_after_ms = 3000    # optional: the phone hangs up (counted from the dialling)
//!
//! [[number]]                # how the far end treats a dialled number
//! number = "5550100"
//! answer_after_ms = 500     # it answers (0: at once), or: busy = true, or: no_answer = true
//! hangup_after_ms = 2000    # optional, with answer_after_ms: it hangs up after answering
//! rate = 9600               # optional: the far end's modem rate in bit/s
//! data = [ { send_hex = "52 49 4e 47 0d 0a" } ]  # optional, with an answer: the
//! data_echo = true          # answering modem's data script, and what it does after
//!
//! [[close]]                 # the provider takes a line out of service (LINE_CLOSE)
//! at_ms = 6000
//! line = 1
//!
//! [[phone]]                 # one per phone device, in device-ID order (default: none)
//! name = "Desk phone"       # PhoneName (default "Simulated Phone N")
//! line = 0                  # optional: the line device it sits beside; a call offered
//!                           # on that line rings it, lineGetID(.., "tapi/phone") finds it
//! hookswitch = ["handset", "speaker"]  # its hookswitch devices (default these two;
//!                           # also "headset")
//! ring_modes = 1            # ring patterns, dwNumRingModes (default 1, at most 16)
//! display_rows = 2          # display size (default 2 rows of 40 columns; 0 rows or
//! display_columns = 40      # 0 columns: no display)
//!
//! [location]                # the telephony location (or [[location]], one per location;
//!                           # the first is current)
//! id = 0                    # dwPermanentLocationID (default: its place in the list)
//! name = "Head office"      # default "Simulated location"
//! country_code = 44         # a country lineGetCountry lists (default 1)
//! area_code = "20"          # default "425"
//! local_access = "9"        # dialled before local calls (default none)
//! long_distance_access = "9"  # before long-distance and international calls
//! ```
//!
//! A number no `[[number]]` names answers at once (unless `tapisimSetAutoAnswer(FALSE)`).
//!
//! `LINECALLINFO`'s `dwMediaMode`, `dwBearerMode` and `dwRate` show, to owners and
//! monitors alike: for an incoming call, its `media`, `bearer` and `rate`. The bearer
//! defaults to voice whatever the media: a modem or fax call on a telephone line travels
//! in a 3.1 kHz voice channel, and Windows' modem provider reports
//! `LINEBEARERMODE_VOICE` for it; the default rate is what an analog modem (V.34, 33600)
//! or fax (V.17, 14400) connects at. Each line also advertises (`LINEDEVCAPS.dwBearerModes`)
//! the bearers its incoming calls use. For an outgoing call, `dwRate` is the
//! `dwMaxRate` of the caller's `LINECALLPARAMS` capped by the number's `rate`, or the
//! number's `rate` when `dwMaxRate` is 0 or no parameters are given (the modems settle
//! on the highest rate both can do); with no `rate` for the number, `dwMaxRate` (0 without
//! parameters). `dwMinRate` is not enforced: the far end never refuses a call for its
//! rate. `lineSetCallParams` is granted its `dwMaxRate` under the same cap.
//! Errors name the file, the line in it and the problem (for a data script's step: the
//! line of its table and the step's number; an unknown key in a step: the step's line).
//!
//! A scenario file must be a regular file (a FIFO, a device or a directory is refused at
//! once, without waiting for a writer) of at most [`MAX_FILE_SIZE`] bytes, and no
//! section of it (a table with its keys) longer than [`MAX_SECTION_SIZE`] bytes. It is
//! parsed a few sections at a time, so the parse takes a few times the file's size.

use std::ops::Range;
use std::sync::Arc;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use toml::Spanned;

use super::data_script::{self, DataScript, RawStep};
use super::locations::{self, Location};
use super::toml_pieces;
use crate::core::codepage::CodePage;

use tapi32_defs::constants::*;

/// The embedded default scenario (`tapi-run` without `--scenario`).
pub(crate) const DEFAULT: &str = include_str!("default_scenario.toml");
/// The name [`crate::sim::SCENARIO_ENV`] takes for the embedded default.
pub const DEFAULT_NAME: &str = "builtin:default";

/// The largest scenario file accepted: 1 MiB.
pub const MAX_FILE_SIZE: u64 = 1 << 20;

/// One line device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineSpec {
    /// `LineName`
    pub name: String,
    /// The line's own number.
    pub number: String,
    /// Addresses on the line.
    pub addresses: u32,
}

/// One phone device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneSpec {
    /// `PhoneName`
    pub name: String,
    /// The line device it sits beside.
    pub line: Option<u32>,
    /// `PHONEHOOKSWITCHDEV_*` bits.
    pub hookswitch: u32,
    /// `dwNumRingModes`
    pub ring_modes: u32,
    /// `dwDisplayNumRows`
    pub display_rows: u32,
    /// `dwDisplayNumColumns`
    pub display_columns: u32,
}

/// A remote party calling a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    /// Milliseconds after the first initialization.
    pub at_ms: u64,
    /// Line device.
    pub line: u32,
    /// Address on it.
    pub address: u32,
    /// Caller's number.
    pub caller_id: Option<String>,
    /// Caller's name.
    pub caller_name: Option<String>,
    /// One `LINEMEDIAMODE_*` bit.
    pub media: u32,
    /// One `LINEBEARERMODE_*` bit.
    pub bearer: u32,
    /// `dwRate`, bits per second.
    pub rate: u32,
    /// The line's phone answers after this long.
    pub answer_after_ms: Option<u64>,
    /// The caller hangs up after this long.
    pub hangup_after_ms: Option<u64>,
    /// DTMF digits the caller sends, and when (counted from the ring, as the hang-up
    /// is); sent only if the call is connected by then.
    pub digits: Option<(String, u64)>,
    /// The calling modem's data script (a `datamodem` call).
    pub data: Option<Arc<DataScript>>,
}

/// The line's own phone dialling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    /// Milliseconds after the first initialization.
    pub at_ms: u64,
    /// Line device.
    pub line: u32,
    /// The number dialled.
    pub number: String,
    /// The phone hangs up after this long.
    pub hangup_after_ms: Option<u64>,
}

/// How the far end treats a dialled number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FarEnd {
    /// Answers after `after_ms`, then hangs up after `hangup_after_ms` if given.
    Answer {
        /// Milliseconds of ringing.
        after_ms: u64,
        /// Milliseconds connected before it hangs up.
        hangup_after_ms: Option<u64>,
    },
    /// Busy.
    Busy,
    /// Rings and never answers.
    NoAnswer,
}

/// A `[[number]]`: how the far end treats a dialled number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number {
    /// The number as dialled.
    pub number: String,
    /// What the far end does.
    pub far: FarEnd,
    /// The far end's modem rate, bits per second.
    pub rate: Option<u32>,
    /// The answering modem's data script.
    pub data: Option<Arc<DataScript>>,
}

/// A forced line close.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Close {
    /// Milliseconds after the first initialization.
    pub at_ms: u64,
    /// Line device.
    pub line: u32,
}

/// A parsed, checked scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// The line devices.
    pub lines: Vec<LineSpec>,
    /// Incoming calls.
    pub incoming: Vec<Incoming>,
    /// Calls the lines' phones make.
    pub outgoing: Vec<Outgoing>,
    /// Far-end behaviour by number.
    pub numbers: Vec<Number>,
    /// Forced line closes.
    pub closes: Vec<Close>,
    /// The telephony locations (at least one; the first is current at the start).
    pub locations: Vec<Location>,
    /// The phone devices.
    pub phones: Vec<PhoneSpec>,
    /// The ANSI code page of the single-byte entry points (top-level `codepage`), if
    /// the scenario sets one.
    pub(crate) code_page: Option<CodePage>,
}

/// A code page as the scenario gives it: a number (`1252`) or a label (`"utf-8"`).
#[derive(Deserialize)]
#[serde(untagged)]
enum RawCodePage {
    Number(u32),
    Label(String),
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    codepage: Option<Spanned<RawCodePage>>,
    #[serde(default)]
    line: Vec<Spanned<RawLine>>,
    #[serde(default)]
    incoming: Vec<Spanned<RawIncoming>>,
    #[serde(default)]
    outgoing: Vec<Spanned<RawOutgoing>>,
    #[serde(default)]
    number: Vec<Spanned<RawNumber>>,
    #[serde(default)]
    close: Vec<Spanned<RawClose>>,
    location: Option<Spanned<RawLocations>>,
    #[serde(default)]
    phone: Vec<Spanned<RawPhone>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhone {
    name: Option<String>,
    line: Option<u32>,
    hookswitch: Option<Vec<String>>,
    ring_modes: Option<u32>,
    display_rows: Option<u32>,
    display_columns: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocation {
    id: Option<u32>,
    name: Option<String>,
    country_code: Option<u32>,
    area_code: Option<String>,
    local_access: Option<String>,
    long_distance_access: Option<String>,
}

/// How much text is parsed at a time ([`toml_pieces`]): the TOML parser's working
/// memory, some 70 to 110 times the text, exists for this much, not for the whole file.
const PIECE_BYTES: usize = 4096;

/// The longest section (a `[header]` or `[[header]]` with its keys, or the keys before
/// the first header) a scenario may have: the parser's working memory for it stays
/// under 2 MiB. Long lists are written as `[[incoming]]` tables, one per item.
pub const MAX_SECTION_SIZE: usize = 16 * 1024;

/// `s`, its span moved `by` bytes on.
fn shifted<T>(s: Spanned<T>, by: usize) -> Spanned<T> {
    let span = s.span();
    Spanned::new(span.start + by..span.end + by, s.into_inner())
}

/// Moves the items of `from` (spans `by` bytes on) to the end of `to`; `fixed`: `to` was
/// given whole before (`name = [...]`), so an `[[name]]` may not extend it.
fn extend<T>(
    name: &str,
    to: &mut Vec<Spanned<T>>,
    from: Vec<Spanned<T>>,
    by: usize,
    fixed: bool,
) -> Result<(), (Range<usize>, String)> {
    if let (true, Some(first)) = (fixed, from.first()) {
        let span = first.span();
        return Err((
            span.start + by..span.end + by,
            format!("duplicate key `{name}`"),
        ));
    }
    to.extend(from.into_iter().map(|s| shifted(s, by)));
    Ok(())
}

impl File {
    /// Parses `text` a piece of `piece` bytes or so at a time
    /// ([`toml_pieces::pieces`]), as one document. Errors: the span (in `text`) and the
    /// message.
    fn parse(text: &str, piece: usize) -> Result<File, (Option<Range<usize>>, String)> {
        let mut all = File::default();
        // Which of line, incoming, outgoing, number, close, location, phone the text
        // before the first header gave whole.
        let mut fixed = [false; 7];
        for (i, r) in toml_pieces::pieces(text, piece, MAX_SECTION_SIZE).enumerate() {
            let r = r.map_err(|s| {
                let msg = format!(
                    "a section of {} bytes: a section (a table and its keys, or the keys \
                     before the first table) may have at most {MAX_SECTION_SIZE} bytes; \
                     write long lists as [[tables]]",
                    s.len()
                );
                (Some(s), msg)
            })?;
            let at = r.start;
            let piece: File = toml::from_str(&text[r]).map_err(|e| {
                let span = e.span().map(|s| s.start + at..s.end + at);
                (span, e.message().to_owned())
            })?;
            let set = [
                !piece.line.is_empty(),
                !piece.incoming.is_empty(),
                !piece.outgoing.is_empty(),
                !piece.number.is_empty(),
                !piece.close.is_empty(),
                piece.location.is_some(),
                !piece.phone.is_empty(),
            ];
            all.append(piece, at, &fixed)
                .map_err(|(s, m)| (Some(s), m))?;
            if i == 0 {
                fixed = set;
            }
        }
        Ok(all)
    }

    /// Adds `piece`, parsed from the text at `at`.
    fn append(
        &mut self,
        piece: File,
        at: usize,
        fixed: &[bool; 7],
    ) -> Result<(), (Range<usize>, String)> {
        extend("line", &mut self.line, piece.line, at, fixed[0])?;
        extend("incoming", &mut self.incoming, piece.incoming, at, fixed[1])?;
        extend("outgoing", &mut self.outgoing, piece.outgoing, at, fixed[2])?;
        extend("number", &mut self.number, piece.number, at, fixed[3])?;
        extend("close", &mut self.close, piece.close, at, fixed[4])?;
        extend("phone", &mut self.phone, piece.phone, at, fixed[6])?;
        // A top-level key: only the text before the first header can hold it.
        if let Some(c) = piece.codepage {
            self.codepage = Some(shifted(c, at));
        }
        let Some(new) = piece.location else {
            return Ok(());
        };
        let span = new.span();
        let span = span.start + at..span.end + at;
        let many = |v: Vec<Spanned<RawLocation>>| v.into_iter().map(move |s| shifted(s, at));
        match (&mut self.location, new.into_inner()) {
            (None, l) => {
                let l = match l {
                    RawLocations::Many(v) => RawLocations::Many(many(v).collect()),
                    one => one,
                };
                self.location = Some(Spanned::new(span, l));
            }
            (Some(old), RawLocations::Many(v)) if !fixed[5] => match old.get_mut() {
                RawLocations::Many(all) => all.extend(many(v)),
                RawLocations::One(_) => return Err((span, "duplicate key `location`".into())),
            },
            _ => return Err((span, "duplicate key `location`".into())),
        }
        Ok(())
    }
}

/// `[location]` (one table, spanned by the field) or `[[location]]` (each spanned).
enum RawLocations {
    One(RawLocation),
    Many(Vec<Spanned<RawLocation>>),
}

impl<'de> Deserialize<'de> for RawLocations {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawLocations;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a [location] table or [[location]] tables")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawLocations, A::Error> {
                RawLocation::deserialize(MapAccessDeserializer::new(map)).map(RawLocations::One)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<RawLocations, A::Error> {
                Vec::deserialize(SeqAccessDeserializer::new(seq)).map(RawLocations::Many)
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLine {
    name: Option<String>,
    number: Option<String>,
    addresses: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIncoming {
    at_ms: u64,
    line: u32,
    address: Option<u32>,
    caller_id: Option<String>,
    caller_name: Option<String>,
    media: Option<String>,
    bearer: Option<String>,
    rate: Option<u32>,
    answer_after_ms: Option<u64>,
    hangup_after_ms: Option<u64>,
    digits: Option<String>,
    digits_after_ms: Option<u64>,
    data: Option<Vec<RawStep>>,
    data_echo: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutgoing {
    at_ms: u64,
    line: u32,
    number: String,
    hangup_after_ms: Option<u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNumber {
    number: String,
    answer_after_ms: Option<u64>,
    hangup_after_ms: Option<u64>,
    #[serde(default)]
    busy: bool,
    #[serde(default)]
    no_answer: bool,
    rate: Option<u32>,
    data: Option<Vec<RawStep>>,
    data_echo: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClose {
    at_ms: u64,
    line: u32,
}

/// The default lines when a scenario names none.
pub(crate) const DEFAULT_LINES: u32 = 2;

/// The line device `id` with default name and number.
pub(crate) fn default_line(id: u32) -> LineSpec {
    LineSpec {
        name: format!("Simulated Line {id}"),
        number: format!("{}", 1000 + id),
        addresses: 1,
    }
}

fn line_of(text: &str, span: Range<usize>) -> usize {
    text[..span.start.min(text.len())].matches('\n').count() + 1
}

fn media_mode(name: &str) -> Option<u32> {
    Some(match name {
        "interactivevoice" => LINEMEDIAMODE_INTERACTIVEVOICE,
        "automatedvoice" => LINEMEDIAMODE_AUTOMATEDVOICE,
        "datamodem" => LINEMEDIAMODE_DATAMODEM,
        "g3fax" => LINEMEDIAMODE_G3FAX,
        "unknown" => LINEMEDIAMODE_UNKNOWN,
        _ => return None,
    })
}

/// The checked phone `r`, the `index`th of the scenario (its line already checked).
fn phone(r: &RawPhone, index: usize) -> Result<PhoneSpec, String> {
    let mut hookswitch = 0;
    let names = r
        .hookswitch
        .clone()
        .unwrap_or_else(|| vec!["handset".into(), "speaker".into()]);
    for n in &names {
        hookswitch |= match n.as_str() {
            "handset" => PHONEHOOKSWITCHDEV_HANDSET,
            "speaker" => PHONEHOOKSWITCHDEV_SPEAKER,
            "headset" => PHONEHOOKSWITCHDEV_HEADSET,
            _ => {
                return Err(format!(
                    "unknown hookswitch device {n:?} (handset, speaker or headset)"
                ))
            }
        };
    }
    let ring_modes = r.ring_modes.unwrap_or(1);
    if ring_modes > 16 {
        return Err(format!("ring_modes must be 0 to 16, not {ring_modes}"));
    }
    let (rows, columns) = (r.display_rows.unwrap_or(2), r.display_columns.unwrap_or(40));
    if rows > 16 || columns > 256 {
        return Err(format!(
            "a display has at most 16 rows of 256 columns, not {rows} of {columns}"
        ));
    }
    let (rows, columns) = if rows == 0 || columns == 0 {
        (0, 0)
    } else {
        (rows, columns)
    };
    Ok(PhoneSpec {
        name: r
            .name
            .clone()
            .unwrap_or_else(|| format!("Simulated Phone {index}")),
        line: r.line,
        hookswitch,
        ring_modes,
        display_rows: rows,
        display_columns: columns,
    })
}

/// The media names [`media_mode`] knows.
const MEDIA_NAMES: &str = "interactivevoice, automatedvoice, datamodem, g3fax or unknown";
/// The bearer names [`bearer_mode`] knows.
const BEARER_NAMES: &str = "voice, speech, data, 3_1khzaudio, alt_speech_data, \
                            nonCallSignaling, passthrough or restricted_data";

/// The bit `lookup` gives for the scenario's `name` (`default` without one), or the name
/// it does not know.
fn named(
    name: &Option<String>,
    default: u32,
    lookup: fn(&str) -> Option<u32>,
) -> Result<u32, String> {
    match name {
        None => Ok(default),
        Some(n) => lookup(n).ok_or_else(|| n.clone()),
    }
}

/// The `LINEBEARERMODE_*` bit a scenario names.
fn bearer_mode(name: &str) -> Option<u32> {
    Some(match name {
        "voice" => LINEBEARERMODE_VOICE,
        "speech" => LINEBEARERMODE_SPEECH,
        "data" => LINEBEARERMODE_DATA,
        "3_1khzaudio" => LINEBEARERMODE_VOICE,
        "alt_speech_data" => LINEBEARERMODE_ALTSPEECHDATA,
        "nonCallSignaling" => LINEBEARERMODE_NONCALLSIGNALING,
        "passthrough" => LINEBEARERMODE_PASSTHROUGH,
        "restricted_data" => LINEBEARERMODE_RESTRICTEDDATA,
        _ => return None,
    })
}

/// The rate of an incoming call of `media` whose scenario gives none.
pub(crate) fn default_rate(media: u32) -> u32 {
    match media {
        LINEMEDIAMODE_DATAMODEM => 33_600,
        LINEMEDIAMODE_G3FAX => 14_400,
        _ => 0,
    }
}

/// The checked location `r`, the `index`th of the scenario.
fn location(r: &RawLocation, index: u32) -> Result<Location, String> {
    let d = Location::default();
    let code = r.country_code.unwrap_or(d.country_code);
    let country = locations::country_by_code(code).ok_or_else(|| {
        let known: Vec<String> = locations::COUNTRIES
            .iter()
            .map(|c| c.code.to_string())
            .collect();
        format!(
            "country_code {code} is not one the simulated system knows ({})",
            known.join(", ")
        )
    })?;
    let area_code = r.area_code.clone().unwrap_or(d.area_code);
    if area_code.len() > 7 || !area_code.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("area_code {area_code:?} must be at most 7 digits"));
    }
    let name = r.name.clone().unwrap_or(d.name);
    if name.is_empty() {
        return Err("location name is empty".into());
    }
    let access = |key: &str, v: &Option<String>| -> Result<String, String> {
        let v = v.clone().unwrap_or_default();
        if v.chars().all(locations::is_dialable) {
            Ok(v)
        } else {
            Err(format!(
                "{key} {v:?} may hold only digits, *#ABCD and the dial modifiers !PTW@$?,"
            ))
        }
    };
    Ok(Location {
        id: r.id.unwrap_or(index),
        name,
        country_id: country.id,
        country_code: code,
        area_code,
        local_access: access("local_access", &r.local_access)?,
        long_distance_access: access("long_distance_access", &r.long_distance_access)?,
    })
}

impl Scenario {
    /// Parses and checks `text`; `file` names it in errors (`FILE:LINE: problem`).
    pub fn parse(text: &str, file: &str) -> Result<Scenario, String> {
        let raw = File::parse(text, PIECE_BYTES).map_err(|(span, msg)| {
            let line = span.map_or(0, |s| line_of(text, s));
            format!("{file}:{line}: {msg}")
        })?;
        let err =
            |span: Range<usize>, msg: String| format!("{file}:{}: {msg}", line_of(text, span));

        let lines: Vec<LineSpec> = if raw.line.is_empty() {
            (0..DEFAULT_LINES).map(default_line).collect()
        } else {
            let mut v = Vec::new();
            for (i, l) in raw.line.iter().enumerate() {
                let d = default_line(i as u32);
                let addresses = l.get_ref().addresses.unwrap_or(1);
                if !(1..=64).contains(&addresses) {
                    return Err(err(
                        l.span(),
                        format!("addresses must be 1 to 64, not {addresses}"),
                    ));
                }
                v.push(LineSpec {
                    name: l.get_ref().name.clone().unwrap_or(d.name),
                    number: l.get_ref().number.clone().unwrap_or(d.number),
                    addresses,
                });
            }
            if v.len() > super::MAX_LINES as usize {
                return Err(format!("{file}: more than {} lines", super::MAX_LINES));
            }
            v
        };
        let check_line = |span: Range<usize>, line: u32| {
            if (line as usize) < lines.len() {
                Ok(())
            } else {
                Err(err(
                    span,
                    format!(
                        "line {line} does not exist (the scenario has {} lines)",
                        lines.len()
                    ),
                ))
            }
        };

        let mut incoming = Vec::new();
        for c in &raw.incoming {
            let r = c.get_ref();
            check_line(c.span(), r.line)?;
            let address = r.address.unwrap_or(0);
            if address >= lines[r.line as usize].addresses {
                return Err(err(
                    c.span(),
                    format!("line {} has no address {address}", r.line),
                ));
            }
            let media = named(&r.media, LINEMEDIAMODE_INTERACTIVEVOICE, media_mode)
                .map_err(|m| err(c.span(), format!("unknown media {m:?} ({MEDIA_NAMES})")))?;
            let bearer = named(&r.bearer, LINEBEARERMODE_VOICE, bearer_mode)
                .map_err(|b| err(c.span(), format!("unknown bearer {b:?} ({BEARER_NAMES})")))?;
            let digits = match (&r.digits, r.digits_after_ms) {
                (None, None) => None,
                (Some(d), Some(t)) => {
                    let dtmf = |c| super::is_digit(c, LINEDIGITMODE_DTMF);
                    if d.is_empty() || !d.chars().all(dtmf) {
                        return Err(err(
                            c.span(),
                            format!("digits {d:?}: give DTMF digits (0-9, A-D, * and #)"),
                        ));
                    }
                    Some((d.clone(), t))
                }
                _ => {
                    return Err(err(
                        c.span(),
                        "digits and digits_after_ms go together".into(),
                    ))
                }
            };
            let data = data_script::script(&r.data, r.data_echo).map_err(|m| err(c.span(), m))?;
            if data.is_some() && media != LINEMEDIAMODE_DATAMODEM {
                return Err(err(c.span(), "data needs media = \"datamodem\"".into()));
            }
            incoming.push(Incoming {
                at_ms: r.at_ms,
                line: r.line,
                address,
                caller_id: r.caller_id.clone(),
                caller_name: r.caller_name.clone(),
                media,
                bearer,
                rate: r.rate.unwrap_or_else(|| default_rate(media)),
                answer_after_ms: r.answer_after_ms,
                hangup_after_ms: r.hangup_after_ms,
                digits,
                data: data.map(Arc::new),
            });
        }

        let mut outgoing = Vec::new();
        for c in &raw.outgoing {
            let r = c.get_ref();
            check_line(c.span(), r.line)?;
            if r.number.is_empty() {
                return Err(err(c.span(), "number is empty".into()));
            }
            outgoing.push(Outgoing {
                at_ms: r.at_ms,
                line: r.line,
                number: r.number.clone(),
                hangup_after_ms: r.hangup_after_ms,
            });
        }

        let mut numbers: Vec<Number> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for n in &raw.number {
            let r = n.get_ref();
            let kinds = usize::from(r.answer_after_ms.is_some())
                + usize::from(r.busy)
                + usize::from(r.no_answer);
            if kinds > 1 {
                return Err(err(
                    n.span(),
                    format!(
                        "number {:?}: give one of answer_after_ms, busy = true, no_answer = true",
                        r.number
                    ),
                ));
            }
            if r.hangup_after_ms.is_some() && (r.busy || r.no_answer) {
                return Err(err(
                    n.span(),
                    format!("number {:?}: hangup_after_ms needs an answer", r.number),
                ));
            }
            if !seen.insert(r.number.as_str()) {
                return Err(err(
                    n.span(),
                    format!("number {:?} is given twice", r.number),
                ));
            }
            let data = data_script::script(&r.data, r.data_echo)
                .map_err(|m| err(n.span(), format!("number {:?}: {m}", r.number)))?;
            if data.is_some() && (r.busy || r.no_answer) {
                return Err(err(
                    n.span(),
                    format!("number {:?}: data needs an answer", r.number),
                ));
            }
            let far = if r.busy {
                FarEnd::Busy
            } else if r.no_answer {
                FarEnd::NoAnswer
            } else {
                FarEnd::Answer {
                    after_ms: r.answer_after_ms.unwrap_or(0),
                    hangup_after_ms: r.hangup_after_ms,
                }
            };
            numbers.push(Number {
                number: r.number.clone(),
                far,
                rate: r.rate,
                data: data.map(Arc::new),
            });
        }

        let mut closes = Vec::new();
        for c in &raw.close {
            check_line(c.span(), c.get_ref().line)?;
            closes.push(Close {
                at_ms: c.get_ref().at_ms,
                line: c.get_ref().line,
            });
        }
        let mut locations: Vec<Location> = Vec::new();
        let mut ids = std::collections::HashSet::new();
        let raw_locations: Vec<(Range<usize>, &RawLocation)> = match &raw.location {
            None => Vec::new(),
            Some(l) => match l.get_ref() {
                RawLocations::One(r) => vec![(l.span(), r)],
                RawLocations::Many(v) => v.iter().map(|r| (r.span(), r.get_ref())).collect(),
            },
        };
        for (i, (span, r)) in raw_locations.into_iter().enumerate() {
            let l = location(r, i as u32).map_err(|m| err(span.clone(), m))?;
            if !ids.insert(l.id) {
                return Err(err(span, format!("location id {} is given twice", l.id)));
            }
            locations.push(l);
        }
        if locations.is_empty() {
            locations.push(Location::default());
        }
        let code_page = match &raw.codepage {
            None => None,
            Some(c) => {
                let v = match c.get_ref() {
                    RawCodePage::Number(n) => n.to_string(),
                    RawCodePage::Label(l) => l.clone(),
                };
                Some(CodePage::parse(&v).map_err(|m| err(c.span(), format!("codepage: {m}")))?)
            }
        };
        let mut phones = Vec::new();
        for (i, p) in raw.phone.iter().enumerate() {
            let r = p.get_ref();
            if let Some(line) = r.line {
                check_line(p.span(), line)?;
            }
            phones.push(phone(r, i).map_err(|m| err(p.span(), m))?);
        }
        Ok(Scenario {
            phones,
            lines,
            incoming,
            outgoing,
            numbers,
            closes,
            locations,
            code_page,
        })
    }

    /// Reads and parses the scenario `name`: a file, or [`DEFAULT_NAME`].
    pub fn load(name: &str) -> Result<Scenario, String> {
        if name == DEFAULT_NAME {
            return Scenario::parse(DEFAULT, "(default scenario)");
        }
        let text = read_file(name).map_err(|e| format!("{name}: {e}"))?;
        Scenario::parse(&text, name)
    }

    /// How the far end treats `number`, if the scenario says.
    pub fn far_end(&self, number: &str) -> Option<FarEnd> {
        self.number(number).map(|n| n.far)
    }

    /// The data script of the far end at `number`, if the scenario gives one.
    pub fn data_of(&self, number: &str) -> Option<Arc<DataScript>> {
        self.number(number).and_then(|n| n.data.clone())
    }

    /// The far end's modem rate for `number`, if the scenario gives one.
    pub fn rate_of(&self, number: &str) -> Option<u32> {
        self.number(number).and_then(|n| n.rate)
    }

    fn number(&self, number: &str) -> Option<&Number> {
        self.numbers.iter().find(|n| n.number == number)
    }

    /// The bearer modes the incoming calls on `line` use.
    pub fn bearers_of(&self, line: u32) -> u32 {
        self.incoming
            .iter()
            .filter(|c| c.line == line)
            .fold(0, |b, c| b | c.bearer)
    }
}

/// Reads the scenario file `name`: a regular file of at most [`MAX_FILE_SIZE`] bytes,
/// in UTF-8. Opened without blocking, so a FIFO with no writer is refused, not waited on.
fn read_file(name: &str) -> Result<String, String> {
    use std::io::Read;
    let file = crate::platform::no_block(std::fs::OpenOptions::new().read(true))
        .open(name)
        .map_err(|e| e.to_string())?;
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file (a scenario must be a regular file)".to_owned());
    }
    if meta.len() > MAX_FILE_SIZE {
        return Err(format!(
            "{} bytes: larger than the {MAX_FILE_SIZE} bytes a scenario may have",
            meta.len()
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // Bounded even if the file grows while it is read.
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(format!(
            "larger than the {MAX_FILE_SIZE} bytes a scenario may have"
        ));
    }
    String::from_utf8(bytes).map_err(|_| "stream did not contain valid UTF-8".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_parse_as_one_document() {
        // Far more than one piece (PIECE_BYTES) of tables: errors name the file's line.
        let mut text = String::new();
        for i in 0..400 {
            text += &format!("[[number]]\nnumber = \"{i}\"\nbusy = true\n");
        }
        assert!(text.len() > 3 * PIECE_BYTES);
        let bad_line = format!("{text}[[close]]\nat_ms = 1\nline = 7\n");
        assert_eq!(
            Scenario::parse(&bad_line, "f").unwrap_err(),
            "f:1201: line 7 does not exist (the scenario has 2 lines)"
        );
        let bad_toml = format!("{text}[[close]]\nat_ms = x\n");
        let e = Scenario::parse(&bad_toml, "f").unwrap_err();
        assert!(e.starts_with("f:1202: "), "{e}");
        let twice = format!("{text}[[number]]\nnumber = \"7\"\n");
        let e = Scenario::parse(&twice, "f").unwrap_err();
        assert!(e.starts_with("f:1201: number \"7\" is given twice"), "{e}");
        let s = Scenario::parse(&text, "f").unwrap();
        assert_eq!(s.numbers.len(), 400);
        assert_eq!(
            (s.numbers[399].number.as_str(), s.numbers[399].far),
            ("399", FarEnd::Busy)
        );
        // [[location]] tables in many pieces make one list, in order.
        let mut locs = String::new();
        for i in 0..300 {
            locs += &format!("[[location]]\nid = {}\nname = \"L{i}\"\n", 1000 + i);
        }
        let s = Scenario::parse(&locs, "f").unwrap();
        assert_eq!(s.locations.len(), 300);
        assert_eq!(s.locations[299].id, 1299);
        assert_eq!(s.locations[299].name, "L299");
    }

    #[test]
    fn what_toml_forbids_across_pieces_stays_forbidden() {
        for (text, key) in [
            // An array given whole may not be extended by a later table.
            (
                "incoming = [{at_ms = 1, line = 0}]\n[[incoming]]\nat_ms = 2\nline = 0\n",
                "incoming",
            ),
            ("[location]\nid = 1\n[[location]]\nid = 2\n", "location"),
            ("[[location]]\nid = 1\n[location]\nid = 2\n", "location"),
            ("[location]\nid = 1\n[location]\nid = 2\n", "location"),
            ("location = {id = 1}\n[[location]]\nid = 2\n", "location"),
        ] {
            // As toml does for the whole text, with each section a piece of its own.
            assert!(toml::from_str::<File>(text).is_err(), "{text}");
            let Err((_, e)) = File::parse(text, 0) else {
                panic!("{text}: accepted");
            };
            assert_eq!(e, format!("duplicate key `{key}`"), "{text}");
        }
        // Tables after the preamble extend each other.
        let f = File::parse(
            "[[incoming]]\nat_ms = 1\nline = 0\n[[close]]\nat_ms = 5\nline = 1\n\
             [[incoming]]\nat_ms = 2\nline = 1\n[[location]]\nid = 1\n[[location]]\nid = 2\n",
            0,
        )
        .map_err(|e| e.1)
        .unwrap();
        assert_eq!(f.incoming.len(), 2);
        assert_eq!(f.incoming[1].get_ref().at_ms, 2);
        assert_eq!(f.close.len(), 1);
        assert!(
            matches!(f.location.map(|l| l.into_inner()), Some(RawLocations::Many(v)) if v.len() == 2)
        );
    }

    #[test]
    fn the_default_scenario_parses() {
        let s = Scenario::parse(DEFAULT, "default").unwrap();
        assert_eq!(s.lines.len(), 2);
        assert!(!s.incoming.is_empty() && !s.outgoing.is_empty());
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let text = "[[incoming]]\nat_ms = 10\nline = 0\n\n[[incoming]]\nat_ms = 20\nline = 7\n";
        let e = Scenario::parse(text, "s.toml").unwrap_err();
        assert!(e.starts_with("s.toml:5: line 7 does not exist"), "{e}");
        let e =
            Scenario::parse("[[close]]\nat_ms = 1\nline = 0\ncolour = 3\n", "t.toml").unwrap_err();
        assert!(e.starts_with("t.toml:") && e.contains("colour"), "{e}");
        let e = Scenario::parse(
            "[[number]]\nnumber = \"1\"\nbusy = true\nno_answer = true\n",
            "u",
        )
        .unwrap_err();
        assert!(e.starts_with("u:1: number \"1\": give one of"), "{e}");
        let e = Scenario::parse("[[incoming]\n", "v").unwrap_err();
        assert!(e.starts_with("v:1: "), "{e}");
        let e = Scenario::parse("[[incoming]]\nat_ms = 1\nline = 0\nmedia = \"fax\"\n", "w")
            .unwrap_err();
        assert!(e.contains("unknown media \"fax\""), "{e}");
    }

    #[test]
    fn code_page_by_number_or_label() {
        let cp = |text: &str| Scenario::parse(text, "c").map(|s| s.code_page);
        assert_eq!(cp("[[line]]\n").unwrap(), None);
        assert_eq!(cp("codepage = 1252\n").unwrap(), Some(CodePage::DEFAULT));
        assert_eq!(
            cp("codepage = \"windows-1252\"\n").unwrap(),
            Some(CodePage::DEFAULT)
        );
        assert_eq!(
            cp("codepage = \"utf-8\"\n").unwrap(),
            Some(CodePage::parse("65001").unwrap())
        );
        let e = cp("\ncodepage = \"klingon\"\n").unwrap_err();
        assert!(e.starts_with("c:2: codepage: unknown code page"), "{e}");
        let e = cp("codepage = 1200\n").unwrap_err();
        assert!(e.contains("not an ANSI code page"), "{e}");
    }

    #[test]
    fn phones() {
        let s = Scenario::parse(DEFAULT, "default").unwrap();
        assert!(s.phones.is_empty(), "the default scenario stays phone-less");
        let text = "[[phone]]\nname = \"Desk\"\nline = 1\nhookswitch = [\"headset\"]\n\
                    ring_modes = 0\ndisplay_rows = 0\n[[phone]]\n";
        let s = Scenario::parse(text, "p").unwrap();
        assert_eq!(s.phones.len(), 2);
        let (a, b) = (&s.phones[0], &s.phones[1]);
        assert_eq!((a.name.as_str(), a.line), ("Desk", Some(1)));
        assert_eq!(a.hookswitch, PHONEHOOKSWITCHDEV_HEADSET);
        assert_eq!((a.ring_modes, a.display_rows, a.display_columns), (0, 0, 0));
        assert_eq!((b.name.as_str(), b.line), ("Simulated Phone 1", None));
        assert_eq!(
            b.hookswitch,
            PHONEHOOKSWITCHDEV_HANDSET | PHONEHOOKSWITCHDEV_SPEAKER
        );
        assert_eq!(
            (b.ring_modes, b.display_rows, b.display_columns),
            (1, 2, 40)
        );
        for (bad, says) in [
            ("line = 2", "line 2 does not exist"),
            (
                "hookswitch = [\"pedal\"]",
                "unknown hookswitch device \"pedal\"",
            ),
            ("ring_modes = 17", "ring_modes must be 0 to 16"),
            ("display_columns = 300", "at most 16 rows of 256 columns"),
            ("buttons = 3", "buttons"),
        ] {
            let e = Scenario::parse(&format!("[[line]]\n[[phone]]\n{bad}\n"), "q").unwrap_err();
            assert!(e.starts_with("q:") && e.contains(says), "{e}");
        }
    }

    #[test]
    fn bearer_and_rate() {
        let base = "[[incoming]]\nat_ms = 1\nline = 0\n";
        let s = Scenario::parse(base, "b").unwrap();
        assert_eq!(
            (s.incoming[0].bearer, s.incoming[0].rate),
            (LINEBEARERMODE_VOICE, 0)
        );
        let s = Scenario::parse(&format!("{base}media = \"datamodem\"\n"), "b").unwrap();
        assert_eq!(
            (s.incoming[0].bearer, s.incoming[0].rate),
            (LINEBEARERMODE_VOICE, 33_600)
        );
        let s = Scenario::parse(&format!("{base}media = \"g3fax\"\n"), "b").unwrap();
        assert_eq!(s.incoming[0].rate, 14_400);
        let text = format!("{base}media = \"datamodem\"\nbearer = \"data\"\nrate = 9600\n");
        let s = Scenario::parse(&text, "b").unwrap();
        assert_eq!(
            (s.incoming[0].bearer, s.incoming[0].rate),
            (LINEBEARERMODE_DATA, 9600)
        );
        assert_eq!(s.bearers_of(0), LINEBEARERMODE_DATA);
        assert_eq!(s.bearers_of(1), 0);
        for (name, bit) in [
            ("voice", LINEBEARERMODE_VOICE),
            ("speech", LINEBEARERMODE_SPEECH),
            ("3_1khzaudio", LINEBEARERMODE_VOICE),
            ("alt_speech_data", LINEBEARERMODE_ALTSPEECHDATA),
            ("nonCallSignaling", LINEBEARERMODE_NONCALLSIGNALING),
            ("passthrough", LINEBEARERMODE_PASSTHROUGH),
            ("restricted_data", LINEBEARERMODE_RESTRICTEDDATA),
        ] {
            let s = Scenario::parse(&format!("{base}bearer = \"{name}\"\n"), "b").unwrap();
            assert_eq!(s.incoming[0].bearer, bit, "{name}");
        }
        let e = Scenario::parse(&format!("{base}bearer = \"isdn\"\n"), "b").unwrap_err();
        assert!(e.starts_with("b:1: unknown bearer \"isdn\""), "{e}");
        let e = Scenario::parse(&format!("{base}rate = -1\n"), "b").unwrap_err();
        assert!(e.starts_with("b:"), "{e}");
        let s = Scenario::parse("[[number]]\nnumber = \"5\"\nrate = 2400\n", "n").unwrap();
        assert_eq!((s.rate_of("5"), s.rate_of("6")), (Some(2400), None));
    }

    #[test]
    fn caller_digits() {
        let base = "[[incoming]]\nat_ms = 1\nline = 0\n";
        let ok = Scenario::parse(
            &format!("{base}digits = \"12*#A\"\ndigits_after_ms = 9\n"),
            "d",
        )
        .unwrap();
        assert_eq!(ok.incoming[0].digits, Some(("12*#A".to_owned(), 9)));
        let none = Scenario::parse(base, "d").unwrap();
        assert_eq!(none.incoming[0].digits, None);
        let e = Scenario::parse(&format!("{base}digits = \"12\"\n"), "d").unwrap_err();
        assert!(e.contains("go together"), "{e}");
        let e = Scenario::parse(&format!("{base}digits_after_ms = 5\n"), "d").unwrap_err();
        assert!(e.contains("go together"), "{e}");
        for bad in ["", "12x", "1 2"] {
            let text = format!("{base}digits = \"{bad}\"\ndigits_after_ms = 5\n");
            let e = Scenario::parse(&text, "d").unwrap_err();
            assert!(e.starts_with("d:1: digits"), "{e}");
        }
    }

    #[test]
    fn numbers_and_lines() {
        let text = "[[line]]\nname = \"Desk\"\n[[line]]\naddresses = 2\n\
                    [[number]]\nnumber = \"5\"\nanswer_after_ms = 100\nhangup_after_ms = 50\n\
                    [[number]]\nnumber = \"6\"\nbusy = true\n";
        let s = Scenario::parse(text, "x").unwrap();
        assert_eq!(s.lines[0].name, "Desk");
        assert_eq!(s.lines[1].number, "1001");
        assert_eq!(s.lines[1].addresses, 2);
        assert_eq!(
            s.far_end("5"),
            Some(FarEnd::Answer {
                after_ms: 100,
                hangup_after_ms: Some(50)
            })
        );
        assert_eq!(s.far_end("6"), Some(FarEnd::Busy));
        assert_eq!(s.far_end("7"), None);
        assert_eq!(s.locations, vec![Location::default()]);
    }

    #[test]
    fn locations_one_or_many() {
        let text = "[location]\nname = \"London\"\ncountry_code = 44\narea_code = \"20\"\n\
                    local_access = \"9\"\n";
        let s = Scenario::parse(text, "x").unwrap();
        assert_eq!(s.locations.len(), 1);
        let l = &s.locations[0];
        assert_eq!((l.id, l.name.as_str(), l.country_id), (0, "London", 44));
        assert_eq!((l.area_code.as_str(), l.local_access.as_str()), ("20", "9"));
        let text = "[[location]]\nid = 5\n\n[[location]]\nid = 9\ncountry_code = 49\n\
                    area_code = \"30\"\n";
        let s = Scenario::parse(text, "y").unwrap();
        assert_eq!(s.locations.iter().map(|l| l.id).collect::<Vec<_>>(), [5, 9]);
        assert_eq!(s.locations[0].area_code, "425");
        assert_eq!(s.locations[1].country_id, 49);
    }

    #[test]
    fn bad_locations_name_the_file_and_line() {
        let e = Scenario::parse("[[line]]\n\n[location]\ncountry_code = 999\n", "a").unwrap_err();
        assert!(e.starts_with("a:3: country_code 999 is not one"), "{e}");
        let e = Scenario::parse("[[location]]\nid = 1\n[[location]]\nid = 1\n", "b").unwrap_err();
        assert!(e.starts_with("b:3: location id 1 is given twice"), "{e}");
        let e = Scenario::parse("[location]\narea_code = \"4x\"\n", "c").unwrap_err();
        assert!(e.starts_with("c:1: area_code"), "{e}");
        let e = Scenario::parse("[location]\n\nlocal_access = \"9-\"\n", "d").unwrap_err();
        assert!(e.starts_with("d:1: local_access"), "{e}");
        let e = Scenario::parse("[location]\nplanet = 3\n", "e").unwrap_err();
        assert!(e.starts_with("e:") && e.contains("planet"), "{e}");
    }

    #[test]
    fn the_readme_example_parses() {
        let readme = include_str!("../../README.md");
        let at = readme.find("## Scenarios").unwrap();
        let block = &readme[at..];
        let start = block.find("```toml\n").unwrap() + 8;
        let text = &block[start..start + block[start..].find("```").unwrap()];
        let s = Scenario::parse(text, "README").unwrap();
        assert_eq!(s.incoming[0].data.as_ref().unwrap().steps.len(), 4);
        assert!(s.data_of("5550100").unwrap().echo);
    }

    #[test]
    fn data_scripts() {
        use super::data_script::Act;
        let text = "[[incoming]]\nat_ms = 1\nline = 0\nmedia = \"datamodem\"\n\
                    data = [{ send = \"HI\\r\\n\" }, { expect = \"OK\", timeout_ms = 900 }, \
                    { hangup = true, after_ms = 5 }]\n\
                    [[number]]\nnumber = \"77\"\ndata = [{ send_hex = \"0d0a\" }]\n\
                    data_echo = true\n[[number]]\nnumber = \"78\"\n";
        let s = Scenario::parse(text, "d").unwrap();
        let d = s.incoming[0].data.as_ref().unwrap();
        assert_eq!(d.steps.len(), 3);
        assert_eq!(d.steps[0].act, Act::Send(b"HI\r\n".to_vec()));
        assert_eq!(d.steps[2].after_ms, 5);
        assert!(!d.echo);
        let n = s.data_of("77").unwrap();
        assert_eq!(n.steps[0].act, Act::Send(b"\r\n".to_vec()));
        assert!(n.echo);
        assert_eq!(s.data_of("78"), None);
        assert_eq!(s.data_of("79"), None);
        for (text, want) in [
            (
                "[[incoming]]\nat_ms = 1\nline = 0\n\ndata = [{ send = \"x\" }]\n",
                "d:1: data needs media = \"datamodem\"",
            ),
            (
                "[[line]]\n[[number]]\nnumber = \"5\"\ndata = [{ hangup = true, send = \"x\" }]\n",
                "d:2: number \"5\": data step 1: give exactly one of",
            ),
            (
                "[[number]]\nnumber = \"5\"\nbusy = true\ndata = []\n",
                "d:1: number \"5\": data needs an answer",
            ),
            (
                "[[number]]\nnumber = \"5\"\ndata = [{ send = \"x\", after_ms = -3 }]\n",
                "d:1: number \"5\": data step 1: after_ms must not be negative, not -3",
            ),
            (
                "[[number]]\nnumber = \"5\"\ndata_echo = true\n",
                "d:1: number \"5\": data_echo goes with data",
            ),
        ] {
            let e = Scenario::parse(text, "d").unwrap_err();
            assert!(e.starts_with(want), "{text}: {e}");
        }
        // An unknown key in a step: the line of the step.
        let e = Scenario::parse(
            "[[number]]\nnumber = \"5\"\ndata = [\n{ send = \"x\" },\n{ sned = \"y\" }]\n",
            "d",
        )
        .unwrap_err();
        assert!(e.starts_with("d:5: ") && e.contains("sned"), "{e}");
    }
}
