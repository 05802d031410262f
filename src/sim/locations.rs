//! Telephony locations, calling cards and countries of the simulated system: what
//! Windows keeps in the Telephony control panel ("Dialing Rules") and `lineTranslateAddress`
//! uses to turn a canonical address (`+1 (425) 555-0100`) into a dialable string.
//!
//! A location has a country (its dialing rules), an area (city) code and outside-line
//! access codes; the scenario's `[location]` tables set them (default: one location,
//! "Simulated location", country 1, area code 425). Exactly one location is current,
//! process-wide, as on Windows; `lineSetCurrentLocation` changes it.
//!
//! Dialing rules are written as Windows writes them (`LINECOUNTRYENTRY`): `E` the
//! destination's country code, `F` its area code, `G` the subscriber number, `H` a calling
//! card number; anything else is dialled as it stands.

use std::sync::atomic::{AtomicUsize, Ordering};

use tapi32_defs::constants::*;
use tapi32_defs::LineError;

/// One country of the built-in table (`LINECOUNTRYENTRY`).
#[derive(Debug)]
pub(crate) struct Country {
    /// `dwCountryID` (Windows' IDs: the country code, or another number for countries
    /// that share a code, as Canada shares 1 with the United States).
    pub id: u32,
    /// `dwCountryCode`: the digits dialled in an international call.
    pub code: u32,
    /// The country's name.
    pub name: &'static str,
    /// `SameAreaRule`
    pub same_area: &'static str,
    /// `LongDistanceRule`
    pub long_distance: &'static str,
    /// `InternationalRule`
    pub international: &'static str,
}

const fn c(
    id: u32,
    code: u32,
    name: &'static str,
    same_area: &'static str,
    long_distance: &'static str,
    international: &'static str,
) -> Country {
    Country {
        id,
        code,
        name,
        same_area,
        long_distance,
        international,
    }
}

/// The countries the simulated system knows, by ascending ID (the order of the list
/// `lineGetCountry` links through `dwNextCountryID`).
pub(crate) const COUNTRIES: &[Country] = &[
    c(1, 1, "United States of America", "G", "1FG", "011EFG"),
    c(2, 1, "Canada", "G", "1FG", "011EFG"),
    c(31, 31, "Netherlands", "G", "0FG", "00EFG"),
    c(33, 33, "France", "G", "0FG", "00EFG"),
    c(44, 44, "United Kingdom", "G", "0FG", "00EFG"),
    c(49, 49, "Germany", "G", "0FG", "00EFG"),
    c(61, 61, "Australia", "G", "0FG", "0011EFG"),
    c(81, 81, "Japan", "G", "0FG", "010EFG"),
    c(91, 91, "India", "G", "0FG", "00EFG"),
];

/// The country with ID `id`.
pub(crate) fn country(id: u32) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.id == id)
}

/// The first country (lowest ID) with calling code `code`.
pub(crate) fn country_by_code(code: u32) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.code == code)
}

/// The ID of the country after `id` in the list, 0 after the last.
pub(crate) fn next_country_id(id: u32) -> u32 {
    COUNTRIES
        .iter()
        .position(|c| c.id == id)
        .and_then(|i| COUNTRIES.get(i + 1))
        .map_or(0, |c| c.id)
}

/// The one calling card (`LINECARDENTRY`), as Windows has it: dialling without a card.
#[derive(Debug)]
pub(crate) struct Card {
    /// `dwPermanentCardID`
    pub id: u32,
    /// The card's name.
    pub name: &'static str,
    /// `dwOptions`
    pub options: u32,
}

/// The calling cards: "None (Direct Dial)", ID 0.
pub(crate) const CARDS: &[Card] = &[Card {
    id: 0,
    name: "None (Direct Dial)",
    options: LINECARDOPTION_PREDEFINED,
}];

/// One telephony location (`LINELOCATIONENTRY`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// `dwPermanentLocationID`
    pub id: u32,
    /// The location's name.
    pub name: String,
    /// `dwCountryID`: a country of the built-in table.
    pub country_id: u32,
    /// `dwCountryCode`
    pub country_code: u32,
    /// The area (city) code, digits.
    pub area_code: String,
    /// Dialled before a local call to reach an outside line (e.g. `9`).
    pub local_access: String,
    /// Dialled before a long-distance or international call to reach an outside line.
    pub long_distance_access: String,
}

impl Default for Location {
    fn default() -> Self {
        Location {
            id: 0,
            name: "Simulated location".into(),
            country_id: 1,
            country_code: 1,
            area_code: "425".into(),
            local_access: String::new(),
            long_distance_access: String::new(),
        }
    }
}

/// Whether `c` may appear in a dialable string (digits, `*#ABCD`, and the dial
/// modifiers `!PTW@$?,`).
pub(crate) fn is_dialable(c: char) -> bool {
    c.is_ascii_digit() || "*#ABCD!PTW@$?,".contains(c)
}

/// What `lineTranslateAddress` gives (`LINETRANSLATEOUTPUT`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Translation {
    /// `DialableString`
    pub dialable: String,
    /// `DisplayableString` (the dialable string with card numbers hidden: here the same).
    pub displayable: String,
    /// `dwCurrentCountry`: the current location's country code.
    pub current_country: u32,
    /// `dwDestCountry`: the destination's country code (0 for a non-canonical address).
    pub dest_country: u32,
    /// `dwTranslateResults`: `LINETRANSLATERESULT_*`.
    pub results: u32,
}

/// The translate options the simulated system knows.
const KNOWN_OPTIONS: u32 = LINETRANSLATEOPTION_CARDOVERRIDE
    | LINETRANSLATEOPTION_CANCELCALLWAITING
    | LINETRANSLATEOPTION_FORCELOCAL
    | LINETRANSLATEOPTION_FORCELD;

/// The locations of the simulated system and which one is current.
#[derive(Debug)]
pub(crate) struct Locations {
    list: Vec<Location>,
    current: AtomicUsize,
}

impl Locations {
    /// `list` (not empty; the first is current).
    pub(crate) fn new(list: Vec<Location>) -> Self {
        let list = if list.is_empty() {
            vec![Location::default()]
        } else {
            list
        };
        Locations {
            list,
            current: AtomicUsize::new(0),
        }
    }

    /// Every location, in the scenario's order.
    pub(crate) fn all(&self) -> &[Location] {
        &self.list
    }

    /// The current location.
    pub(crate) fn current(&self) -> &Location {
        &self.list[self.current.load(Ordering::Acquire)]
    }

    /// `lineSetCurrentLocation`: makes location `id` current.
    pub(crate) fn set_current(&self, id: u32) -> Result<(), LineError> {
        let i = self
            .list
            .iter()
            .position(|l| l.id == id)
            .ok_or(LineError::INVALLOCATION)?;
        self.current.store(i, Ordering::Release);
        Ok(())
    }

    /// `lineTranslateAddress` of `input` from the current location. `version` is the
    /// caller's API version; `card` counts only with `LINETRANSLATEOPTION_CARDOVERRIDE`.
    pub(crate) fn translate(
        &self,
        input: &str,
        card: u32,
        options: u32,
        version: u32,
    ) -> Result<Translation, LineError> {
        let force = LINETRANSLATEOPTION_FORCELOCAL | LINETRANSLATEOPTION_FORCELD;
        if options & !KNOWN_OPTIONS != 0
            || options & force == force
            || (version < 0x0002_0000 && options & force != 0)
        {
            return Err(LineError::INVALPARAM);
        }
        if options & LINETRANSLATEOPTION_CARDOVERRIDE != 0 && !CARDS.iter().any(|c| c.id == card) {
            return Err(LineError::INVALCARD);
        }
        let loc = self.current();
        let here = country(loc.country_id).ok_or(LineError::OPERATIONFAILED)?;
        if input.is_empty() {
            return Err(LineError::INVALADDRESS);
        }
        let Some(rest) = input.strip_prefix('+') else {
            // Not canonical: dialled as it stands.
            let results = dial_flags(input);
            return Ok(Translation {
                dialable: input.to_owned(),
                displayable: input.to_owned(),
                current_country: here.code,
                dest_country: 0,
                results,
            });
        };
        let dest = Canonical::parse(rest).ok_or(LineError::INVALADDRESS)?;
        let (rule, kind, access) = if dest.country != here.code {
            (
                here.international,
                LINETRANSLATERESULT_INTERNATIONAL,
                &loc.long_distance_access,
            )
        } else {
            let same_area = dest.area.is_empty() || dest.area == loc.area_code;
            let local = if same_area {
                options & LINETRANSLATEOPTION_FORCELD == 0
            } else {
                options & LINETRANSLATEOPTION_FORCELOCAL != 0
            };
            if local {
                (here.same_area, LINETRANSLATERESULT_LOCAL, &loc.local_access)
            } else {
                (
                    here.long_distance,
                    LINETRANSLATERESULT_LONGDISTANCE,
                    &loc.long_distance_access,
                )
            }
        };
        let mut dialable = access.clone();
        for ch in rule.chars() {
            match ch {
                'E' => dialable.push_str(&dest.country.to_string()),
                'F' => dialable.push_str(&dest.area),
                'G' => dialable.push_str(&dest.subscriber),
                'H' => {} // no card number: direct dial
                other => dialable.push(other),
            }
        }
        let results = LINETRANSLATERESULT_CANONICAL | kind | dial_flags(&dialable);
        Ok(Translation {
            displayable: dialable.clone(),
            dialable,
            current_country: here.code,
            dest_country: dest.country,
            results,
        })
    }
}

/// The `LINETRANSLATERESULT_DIAL*` flags for the modifiers in `s`.
fn dial_flags(s: &str) -> u32 {
    let mut f = 0;
    for (ch, flag) in [
        ('W', LINETRANSLATERESULT_DIALDIALTONE),
        ('@', LINETRANSLATERESULT_DIALQUIET),
        ('$', LINETRANSLATERESULT_DIALBILLING),
        ('?', LINETRANSLATERESULT_DIALPROMPT),
    ] {
        if s.contains(ch) {
            f |= flag;
        }
    }
    f
}

/// A canonical address: `+` CountryCode Space [`(` AreaCode `)` Space] SubscriberNumber
/// [`|` Subaddress] [`^` Name], and only the first of several (CRLF-separated).
#[derive(Debug, PartialEq, Eq)]
struct Canonical {
    country: u32,
    area: String,
    /// The subscriber number's dialable characters (punctuation and spaces dropped).
    subscriber: String,
}

impl Canonical {
    /// Parses what follows the `+`.
    fn parse(rest: &str) -> Option<Canonical> {
        let first = rest.split(['\r', '\n']).next().unwrap_or("");
        let addr = first.split(['|', '^']).next().unwrap_or("");
        let digits = addr.len() - addr.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 || digits > 4 {
            return None;
        }
        let country: u32 = addr[..digits].parse().ok()?;
        let mut tail = addr[digits..].trim_start();
        let mut area = String::new();
        if let Some(t) = tail.strip_prefix('(') {
            let close = t.find(')')?;
            area = t[..close].trim().to_owned();
            if !area.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            tail = t[close + 1..].trim_start();
        }
        let mut subscriber = String::new();
        for ch in tail.chars() {
            if is_dialable(ch) {
                subscriber.push(ch);
            } else if !matches!(ch, ' ' | '-' | '.' | '/' | '(' | ')') {
                return None;
            }
        }
        if !subscriber.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        Some(Canonical {
            country,
            area,
            subscriber,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(l: &Locations, s: &str) -> Translation {
        l.translate(s, 0, 0, 0x0002_0002).unwrap()
    }

    #[test]
    fn nanp_local_long_distance_international() {
        let l = Locations::new(vec![]);
        let t = tr(&l, "+1 (425) 555-0100");
        assert_eq!(t.dialable, "5550100");
        assert_eq!(t.displayable, "5550100");
        assert_eq!(
            t.results,
            LINETRANSLATERESULT_CANONICAL | LINETRANSLATERESULT_LOCAL
        );
        assert_eq!((t.current_country, t.dest_country), (1, 1));
        let t = tr(&l, "+1 (206) 555-0100");
        assert_eq!(t.dialable, "12065550100");
        assert_eq!(
            t.results,
            LINETRANSLATERESULT_CANONICAL | LINETRANSLATERESULT_LONGDISTANCE
        );
        let t = tr(&l, "+44 (20) 7946 0018");
        assert_eq!(t.dialable, "011442079460018");
        assert_eq!(t.dest_country, 44);
        assert_eq!(
            t.results,
            LINETRANSLATERESULT_CANONICAL | LINETRANSLATERESULT_INTERNATIONAL
        );
        let t = tr(&l, "+1 555-0100");
        assert_eq!(t.dialable, "5550100");
    }

    #[test]
    fn access_codes_force_options_and_other_countries() {
        let l = Locations::new(vec![
            Location::default(),
            Location {
                id: 7,
                name: "London".into(),
                country_id: 44,
                country_code: 44,
                area_code: "20".into(),
                local_access: "9,".into(),
                long_distance_access: "8W".into(),
            },
        ]);
        assert_eq!(l.set_current(3), Err(LineError::INVALLOCATION));
        l.set_current(7).unwrap();
        assert_eq!(tr(&l, "+44 (20) 7946 0018").dialable, "9,79460018");
        let t = tr(&l, "+44 (161) 496 0000");
        assert_eq!(t.dialable, "8W01614960000");
        assert_ne!(t.results & LINETRANSLATERESULT_DIALDIALTONE, 0);
        assert_eq!(tr(&l, "+1 (425) 555-0100").dialable, "8W0014255550100");
        let forced = l
            .translate(
                "+44 (20) 7946 0018",
                0,
                LINETRANSLATEOPTION_FORCELD,
                0x20000,
            )
            .unwrap();
        assert_eq!(forced.dialable, "8W02079460018");
        let both = LINETRANSLATEOPTION_FORCELD | LINETRANSLATEOPTION_FORCELOCAL;
        assert_eq!(
            l.translate("+44 1", 0, both, 0x20000),
            Err(LineError::INVALPARAM)
        );
        assert_eq!(
            l.translate("+44 1", 5, LINETRANSLATEOPTION_CARDOVERRIDE, 0x20000),
            Err(LineError::INVALCARD)
        );
    }

    #[test]
    fn non_canonical_and_bad_addresses() {
        let l = Locations::new(vec![]);
        let t = tr(&l, "5550100");
        assert_eq!(
            (t.dialable.as_str(), t.dest_country, t.results),
            ("5550100", 0, 0)
        );
        for bad in [
            "",
            "+",
            "+ (425) 555",
            "+1 (425 555",
            "+1 (425)",
            "+1 (4x5) 5",
        ] {
            assert_eq!(
                l.translate(bad, 0, 0, 0x20000),
                Err(LineError::INVALADDRESS),
                "{bad:?}"
            );
        }
        let t = tr(&l, "+1 (425) 555-0100|12^Bob\r\n+1 (206) 1");
        assert_eq!(t.dialable, "5550100");
    }

    #[test]
    fn the_country_list_is_linked_by_id() {
        assert_eq!(next_country_id(1), 2);
        assert_eq!(next_country_id(91), 0);
        assert_eq!(country_by_code(1).unwrap().id, 1);
        assert!(COUNTRIES.windows(2).all(|w| w[0].id < w[1].id));
    }
}
