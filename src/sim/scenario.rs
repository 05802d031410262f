//! Scenarios: a TOML file that scripts the simulated telephone network.
//!
//! ```toml
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
//!
//! [[close]]                 # the provider takes a line out of service (LINE_CLOSE)
//! at_ms = 6000
//! line = 1
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
//! Errors name the file, the line in it and the problem.

use std::ops::Range;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use toml::Spanned;

use super::locations::{self, Location};

use tapi32_defs::constants::*;

/// The embedded default scenario (`tapi-run` without `--scenario`).
pub(crate) const DEFAULT: &str = include_str!("default_scenario.toml");
/// The name [`crate::sim::SCENARIO_ENV`] takes for the embedded default.
pub const DEFAULT_NAME: &str = "builtin:default";

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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
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
        let raw: File = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(0, |s| line_of(text, s));
            let msg = e.message().to_owned();
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
            if numbers.iter().any(|k| k.number == r.number) {
                return Err(err(
                    n.span(),
                    format!("number {:?} is given twice", r.number),
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
        let raw_locations: Vec<(Range<usize>, &RawLocation)> = match &raw.location {
            None => Vec::new(),
            Some(l) => match l.get_ref() {
                RawLocations::One(r) => vec![(l.span(), r)],
                RawLocations::Many(v) => v.iter().map(|r| (r.span(), r.get_ref())).collect(),
            },
        };
        for (i, (span, r)) in raw_locations.into_iter().enumerate() {
            let l = location(r, i as u32).map_err(|m| err(span.clone(), m))?;
            if locations.iter().any(|o| o.id == l.id) {
                return Err(err(span, format!("location id {} is given twice", l.id)));
            }
            locations.push(l);
        }
        if locations.is_empty() {
            locations.push(Location::default());
        }
        Ok(Scenario {
            lines,
            incoming,
            outgoing,
            numbers,
            closes,
            locations,
        })
    }

    /// Reads and parses the scenario `name`: a file, or [`DEFAULT_NAME`].
    pub fn load(name: &str) -> Result<Scenario, String> {
        if name == DEFAULT_NAME {
            return Scenario::parse(DEFAULT, "(default scenario)");
        }
        let text = std::fs::read_to_string(name).map_err(|e| format!("{name}: {e}"))?;
        Scenario::parse(&text, name)
    }

    /// How the far end treats `number`, if the scenario says.
    pub fn far_end(&self, number: &str) -> Option<FarEnd> {
        self.number(number).map(|n| n.far)
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
