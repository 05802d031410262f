//! The ANSI code page: how the single-byte (`A` and plain) entry points' bytes and the
//! `W` entry points' UTF-16 become the library's strings and back, without loss.
//!
//! The library keeps every string as a Rust `String`. A caller's string that Unicode
//! cannot hold as given is kept with escapes in the last 2,304 code points of plane 16
//! (Supplementary Private Use Area-B), as Python's `surrogateescape` keeps bytes:
//!
//! * a byte of an `A` string that the code page does not decode (or that would not
//!   encode back to the same byte) is U+10FF00 + the byte;
//! * an unpaired surrogate of a `W` string is U+10F000 + (surrogate − 0xD800);
//! * a caller's own character in those two ranges is escaped like the former (its bytes,
//!   or its surrogate pair's two units), so no input is ambiguous.
//!
//! So `A` in and `A` out gives the same bytes, and `W` in and `W` out the same code units,
//! whatever they hold (the code page unchanged in between). Between `A` and `W` the text
//! goes through the code page: an escaped byte decodes as the code page does
//! (`MultiByteToWideChar`: U+FFFD where invalid), an escaped surrogate or a character
//! the code page lacks encodes as `?` per UTF-16 unit (`WideCharToMultiByte`'s default
//! character; in UTF-8 a lone surrogate is U+FFFD; the "best fit" substitutions Windows
//! also makes by default, such as `A` for U+0100, are not made).
//! Conversions are `encoding_rs`'s (the WHATWG encodings), code page numbers mapped to
//! them by the `codepage` crate.

use std::borrow::Cow;

use encoding_rs::{EncoderResult, Encoding, UTF_8, WINDOWS_1252};

/// First code point of the escaped bytes (U+10FF00 + byte).
const BYTE_ESC: u32 = 0x10_FF00;
/// First code point of the escaped unpaired surrogates (U+10F000 + (unit − 0xD800)).
const SURROGATE_ESC: u32 = 0x10_F000;
/// What a character a code page cannot encode becomes (`WideCharToMultiByte`'s default
/// character). UTF-8 encodes every character; a lone surrogate is U+FFFD there.
const DEFAULT_CHAR: u8 = b'?';

/// An ANSI code page: the encoding of the single-byte entry points' strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CodePage(&'static Encoding);

/// What an escape stands for.
enum Escaped {
    Byte(u8),
    Surrogate(u16),
}

fn escaped(c: char) -> Option<Escaped> {
    let c = c as u32;
    if c >= BYTE_ESC {
        Some(Escaped::Byte((c - BYTE_ESC) as u8))
    } else if (SURROGATE_ESC..SURROGATE_ESC + 0x800).contains(&c) {
        Some(Escaped::Surrogate((c - SURROGATE_ESC) as u16 + 0xD800))
    } else {
        None
    }
}

fn byte_esc(b: u8) -> char {
    char::from_u32(BYTE_ESC + b as u32).expect("plane 16 code point")
}

fn surrogate_esc(u: u16) -> char {
    char::from_u32(SURROGATE_ESC + (u - 0xD800) as u32).expect("plane 16 code point")
}

/// Whether `s` may hold an escape (all of them are in plane 16, UTF-8 lead byte 0xF4).
fn may_escape(s: &str) -> bool {
    s.as_bytes().contains(&0xF4)
}

impl Default for CodePage {
    fn default() -> Self {
        CodePage::DEFAULT
    }
}

impl CodePage {
    /// Windows-1252, the ANSI code page of Western-European and American Windows, where
    /// legacy TAPI programs were written.
    pub(crate) const DEFAULT: CodePage = CodePage(WINDOWS_1252);

    /// The code page `v` names: a Windows code page number (`1252`, `65001`, `932`,
    /// also as `cp1252`) or an encoding label (`windows-1252`, `utf-8`, `shift_jis` ...).
    /// Only encodings that keep ASCII as ASCII, as every Windows ANSI code page does.
    pub(crate) fn parse(v: &str) -> Result<CodePage, String> {
        let t = v.trim();
        let digits = t
            .strip_prefix("cp")
            .or_else(|| t.strip_prefix("CP"))
            .unwrap_or(t);
        let enc = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            digits
                .parse::<u16>()
                .ok()
                .and_then(codepage::to_encoding_no_replacement)
        } else {
            Encoding::for_label_no_replacement(t.as_bytes())
        };
        match enc {
            Some(e) if e.is_ascii_compatible() && e.output_encoding() == e => Ok(CodePage(e)),
            Some(e) => Err(format!(
                "code page {t:?} ({}) is not an ANSI code page",
                e.name()
            )),
            None => Err(format!("unknown code page {t:?}")),
        }
    }

    /// As [`CodePage::decode`], borrowing `bytes` when they are ASCII (every accepted
    /// code page keeps ASCII as ASCII): no allocation for the common case.
    pub(crate) fn decode_borrowed<'a>(self, bytes: &'a [u8]) -> Cow<'a, str> {
        if bytes.is_ascii() {
            // SAFETY: ASCII bytes are UTF-8 (checked just above).
            return Cow::Borrowed(unsafe { std::str::from_utf8_unchecked(bytes) });
        }
        Cow::Owned(self.decode(bytes))
    }

    /// The library's string for the bytes of a single-byte string (no NUL), lossless.
    pub(crate) fn decode(self, bytes: &[u8]) -> String {
        if bytes.is_ascii() {
            // Every accepted code page keeps ASCII as ASCII.
            // SAFETY: ASCII bytes are UTF-8 (checked just above; no second validation).
            return unsafe { String::from_utf8_unchecked(bytes.to_vec()) };
        }
        if let Some(s) = self
            .0
            .decode_without_bom_handling_and_without_replacement(bytes)
        {
            if !may_escape(&s) && (self.0 == UTF_8 || self.encodes_exactly(&s, bytes)) {
                return s.into_owned();
            }
        }
        self.decode_slowly(bytes)
    }

    /// Whether `s` encodes to exactly `bytes` (no character the code page lacks).
    fn encodes_exactly(self, s: &str, bytes: &[u8]) -> bool {
        let mut enc = self.0.new_encoder();
        let mut out = vec![0u8; bytes.len() + 16];
        let (r, read, written) = enc.encode_from_utf8_without_replacement(s, &mut out, true);
        r == EncoderResult::InputEmpty && read == s.len() && &out[..written] == bytes
    }

    /// Character by character: the shortest sequence at each position that decodes to
    /// one character that encodes back to it; otherwise the byte, escaped.
    fn decode_slowly(self, bytes: &[u8]) -> String {
        let mut s = String::with_capacity(bytes.len() * 2);
        let mut i = 0;
        'outer: while i < bytes.len() {
            for n in 1..=4.min(bytes.len() - i) {
                let seq = &bytes[i..i + n];
                let Some(t) = self
                    .0
                    .decode_without_bom_handling_and_without_replacement(seq)
                else {
                    continue;
                };
                let mut chars = t.chars();
                if let (Some(c), None) = (chars.next(), chars.next()) {
                    if escaped(c).is_none() && self.encodes_exactly(&t, seq) {
                        s.push(c);
                        i += n;
                        continue 'outer;
                    }
                }
            }
            s.push(byte_esc(bytes[i]));
            i += 1;
        }
        s
    }

    /// `s` as a single-byte string of this code page (no NUL): escaped bytes as they
    /// were, escaped surrogates and characters the code page lacks as `?`.
    pub(crate) fn encode(self, s: &str) -> Cow<'_, [u8]> {
        if s.is_ascii() {
            return Cow::Borrowed(s.as_bytes());
        }
        let mut out = Vec::with_capacity(s.len() + 4);
        let mut enc = self.0.new_encoder();
        let mut units = Vec::new();
        for c in s.chars() {
            match escaped(c) {
                Some(Escaped::Surrogate(u)) => units.push(u),
                other => {
                    // Escaped units: a pair is one character, a lone unit U+FFFD (`?`).
                    for c in char::decode_utf16(units.drain(..)) {
                        let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
                        encode_char(&mut enc, c, &mut out);
                    }
                    match other {
                        Some(Escaped::Byte(b)) => out.push(b),
                        _ => encode_char(&mut enc, c, &mut out),
                    }
                }
            }
        }
        for c in char::decode_utf16(units.drain(..)) {
            encode_char(&mut enc, c.unwrap_or(char::REPLACEMENT_CHARACTER), &mut out);
        }
        Cow::Owned(out)
    }

    /// `s` as UTF-16 (no NUL): escaped surrogates as they were, escaped bytes decoded by
    /// this code page (U+FFFD where invalid).
    pub(crate) fn encode_wide(self, s: &str) -> Vec<u16> {
        if !may_escape(s) {
            return s.encode_utf16().collect();
        }
        let mut out = Vec::with_capacity(s.len());
        let mut bytes = Vec::new();
        let flush = |bytes: &mut Vec<u8>, out: &mut Vec<u16>| {
            if !bytes.is_empty() {
                let (t, _) = self.0.decode_without_bom_handling(bytes);
                out.extend(t.encode_utf16());
                bytes.clear();
            }
        };
        for c in s.chars() {
            match escaped(c) {
                Some(Escaped::Byte(b)) => bytes.push(b),
                Some(Escaped::Surrogate(u)) => {
                    flush(&mut bytes, &mut out);
                    out.push(u);
                }
                None => {
                    flush(&mut bytes, &mut out);
                    let mut tmp = [0u16; 2];
                    out.extend_from_slice(c.encode_utf16(&mut tmp));
                }
            }
        }
        flush(&mut bytes, &mut out);
        out
    }
}

/// Appends the character `c` as `enc` encodes it, or `?` for each of its UTF-16 code
/// units (as Windows' table-driven code pages convert unit by unit: an emoji is `??`).
fn encode_char(enc: &mut encoding_rs::Encoder, c: char, out: &mut Vec<u8>) {
    let mut tmp = [0u8; 4];
    let mut buf = [0u8; 8];
    let (r, _, n) =
        enc.encode_from_utf8_without_replacement(c.encode_utf8(&mut tmp), &mut buf, false);
    match r {
        EncoderResult::InputEmpty => out.extend_from_slice(&buf[..n]),
        _ => out.extend(std::iter::repeat_n(DEFAULT_CHAR, c.len_utf16())),
    }
}

/// The library's string for UTF-16 code units (no NUL), lossless.
pub(crate) fn decode_wide(units: &[u16]) -> String {
    let mut s = String::with_capacity(units.len());
    for r in char::decode_utf16(units.iter().copied()) {
        match r {
            Ok(c) if escaped(c).is_some() => {
                let mut tmp = [0u16; 2];
                for &u in c.encode_utf16(&mut tmp).iter() {
                    s.push(surrogate_esc(u));
                }
            }
            Ok(c) => s.push(c),
            Err(e) => s.push(surrogate_esc(e.unpaired_surrogate())),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cp(v: &str) -> CodePage {
        CodePage::parse(v).unwrap()
    }

    #[test]
    fn parses_numbers_and_labels() {
        assert_eq!(cp("1252"), CodePage::DEFAULT);
        assert_eq!(cp("cp1252"), CodePage::DEFAULT);
        assert_eq!(cp(" windows-1252 "), CodePage::DEFAULT);
        assert_eq!(cp("65001").0, UTF_8);
        assert_eq!(codepage::from_encoding(cp("utf-8").0), Some(65001));
        assert_eq!(cp("932").0.name(), "Shift_JIS");
        assert_eq!(cp("1251").0.name(), "windows-1251");
        assert!(CodePage::parse("1200").is_err()); // UTF-16LE: not an ANSI code page
        assert!(CodePage::parse("utf-16").is_err());
        assert!(CodePage::parse("iso-2022-jp").is_err()); // not ASCII-compatible
        assert!(CodePage::parse("klingon").is_err());
        assert!(CodePage::parse("99999").is_err());
        assert!(CodePage::parse("").is_err());
    }

    #[test]
    fn windows_1252_decodes_every_byte_and_round_trips() {
        let all: Vec<u8> = (1..=255).collect();
        let s = CodePage::DEFAULT.decode(&all);
        assert!(
            !may_escape(&s),
            "windows-1252 maps every byte to a character"
        );
        assert_eq!(&*CodePage::DEFAULT.encode(&s), &all[..]);
        assert_eq!(CodePage::DEFAULT.decode(b"M\xfcller"), "Müller");
        assert_eq!(CodePage::DEFAULT.decode(b"\x80 \x9f"), "€ Ÿ");
        assert_eq!(
            CodePage::DEFAULT.encode_wide(&CodePage::DEFAULT.decode(b"M\xfcller")),
            "Müller".encode_utf16().collect::<Vec<_>>()
        );
    }

    #[test]
    fn invalid_utf8_bytes_are_kept() {
        let u = cp("utf-8");
        let bytes = b"M\xfcller \xc3\xa9 \xf0\x9f\x98\x80 \xc3";
        let s = u.decode(bytes);
        assert_eq!(&*u.encode(&s), &bytes[..]);
        // Through UTF-16 the bad bytes are U+FFFD, the good ones their characters.
        let w = u.encode_wide(&s);
        assert_eq!(
            String::from_utf16(&w).unwrap(),
            "M\u{fffd}ller é 😀 \u{fffd}"
        );
        // Under windows-1252 the same bytes are other characters, still exact.
        let s = CodePage::DEFAULT.decode(bytes);
        assert_eq!(&*CodePage::DEFAULT.encode(&s), &bytes[..]);
    }

    #[test]
    fn shift_jis_round_trips_with_bad_bytes() {
        let j = cp("932");
        let bytes = b"\x83\x65\x83\x58\x83\x67 \x82 \xff";
        let s = j.decode(bytes);
        assert!(s.starts_with("テスト "));
        assert_eq!(&*j.encode(&s), &bytes[..]);
    }

    #[test]
    fn lone_surrogates_are_kept() {
        let units = [0x41, 0xD800, 0x42, 0xDC00, 0xD83D, 0xDE00, 0xDFFF];
        let s = decode_wide(&units);
        assert_eq!(CodePage::DEFAULT.encode_wide(&s), units);
        // As single-byte text: each lone surrogate is `?`, the emoji `??`.
        assert_eq!(&*CodePage::DEFAULT.encode(&s), b"A?B????");
        // In UTF-8, as `WideCharToMultiByte(CP_UTF8)` does since Vista: U+FFFD.
        assert_eq!(
            &*cp("utf-8").encode(&s),
            "A\u{fffd}B\u{fffd}😀\u{fffd}".as_bytes()
        );
    }

    #[test]
    fn characters_in_the_escape_ranges_are_not_ambiguous() {
        // U+10FF41 (would be the escape of byte 0x41) and U+10F000 given as UTF-16.
        let w: Vec<u16> = "\u{10FF41}\u{10F000}x".encode_utf16().collect();
        let s = decode_wide(&w);
        assert_eq!(CodePage::DEFAULT.encode_wide(&s), w);
        assert_eq!(&*cp("utf-8").encode(&s), "\u{10FF41}\u{10F000}x".as_bytes());
        // The same characters given as UTF-8 bytes.
        let u = cp("utf-8");
        let bytes = "\u{10FF41}a".as_bytes();
        let s = u.decode(bytes);
        assert_eq!(&*u.encode(&s), bytes);
        assert_eq!(
            String::from_utf16(&u.encode_wide(&s)).unwrap(),
            "\u{10FF41}a"
        );
    }

    #[test]
    fn unmappable_characters_become_question_marks() {
        let s = "Ā€ž日本😀";
        assert_eq!(&*CodePage::DEFAULT.encode(s), b"?\x80\x9e????");
        assert_eq!(&*cp("1251").encode("Ж€ü"), b"\xc6\x88?");
        assert_eq!(&*CodePage::DEFAULT.encode("plain"), b"plain");
    }
}
