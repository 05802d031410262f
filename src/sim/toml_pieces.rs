//! Splits a TOML document at its top-level table headers (`[a]`, `[[a]]`) into pieces
//! that each parse alone, so a scenario is parsed a piece at a time: the TOML parser's
//! tokens, events and tree (some 70 times the text they come from) then exist for one
//! piece, not for the whole file.
//!
//! The split uses `toml_parser`'s lexer (the one the `toml` crate parses with), so a
//! bracket inside a string, a comment or a multi-line array value is never taken for a
//! header. The text before the first header (top-level keys) is always a piece of its
//! own: it may define arrays (`incoming = [...]`) that a later header must not extend.

use std::ops::Range;

use toml_parser::lexer::TokenKind;
use toml_parser::Source;

/// The pieces of `text`, in order, covering it: each starts at a top-level header (but
/// the first, at 0) and holds whole sections (a header and its keys, or the text before
/// the first header), at least `target` bytes of them when the document has that many
/// after it. A section longer than `max_section` bytes ends the pieces with `Err` and
/// its range. Allocates nothing.
pub(crate) fn pieces(
    text: &str,
    target: usize,
    max_section: usize,
) -> impl Iterator<Item = Result<Range<usize>, Range<usize>>> + '_ {
    let mut starts = header_starts(text).chain(std::iter::once(text.len()));
    let mut at = 0;
    let mut section = 0;
    let mut preamble = true;
    let mut failed = false;
    std::iter::from_fn(move || {
        if failed || (at >= text.len() && !preamble) {
            return None;
        }
        let start = at;
        for next in starts.by_ref() {
            if next - section > max_section {
                failed = true;
                return Some(Err(section..next));
            }
            section = next;
            if preamble || next - start >= target {
                break;
            }
        }
        preamble = false;
        at = section;
        Some(Ok(start..section))
    })
}

/// Where each top-level header starts.
fn header_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut tokens = Source::new(text).lex();
    // Brackets and braces open inside a value.
    let mut depth = 0usize;
    let mut line_start = true;
    let mut in_header = false;
    std::iter::from_fn(move || {
        for t in tokens.by_ref() {
            let kind = t.kind();
            let mut header = None;
            match kind {
                TokenKind::Newline => {
                    in_header = false;
                    if depth == 0 {
                        line_start = true;
                    }
                    continue;
                }
                TokenKind::Whitespace | TokenKind::Comment => continue,
                TokenKind::LeftSquareBracket if line_start && depth == 0 => {
                    in_header = true;
                    header = Some(t.span().start());
                }
                _ if in_header => {}
                TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket => depth += 1,
                TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => {
                    depth = depth.saturating_sub(1)
                }
                _ => {}
            }
            line_start = false;
            if header.is_some() {
                return header;
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, target: usize) -> Vec<&str> {
        pieces(text, target, 1000)
            .map(|r| &text[r.unwrap()])
            .collect()
    }

    #[test]
    fn splits_at_top_level_headers_only() {
        let text = "a = 1\nb = [\n[1, 2],\n{ x = \"[[no]]\" },\n]\n# [[no]]\n\
                    [[incoming]]\nat_ms = 1\ns = '''\n[[no]]\n'''\n  [location]\nid = 2\n";
        assert_eq!(
            split(text, 0),
            [
                "a = 1\nb = [\n[1, 2],\n{ x = \"[[no]]\" },\n]\n# [[no]]\n",
                "[[incoming]]\nat_ms = 1\ns = '''\n[[no]]\n'''\n  ",
                "[location]\nid = 2\n",
            ]
        );
        // Pieces hold whole sections, at least the target size; the preamble is alone.
        assert_eq!(
            split("x = 1\n[a]\n[b]\n[c]\n", 6),
            ["x = 1\n", "[a]\n[b]\n", "[c]\n"]
        );
        assert_eq!(split("[a]\n", 4096), ["", "[a]\n"]);
        assert_eq!(split("", 4096), [""]);
        let all: String = split(text, 10).concat();
        assert_eq!(all, text);
    }

    #[test]
    fn a_section_longer_than_the_limit_is_an_error() {
        let text = "a = 1\n[b]\nx = 123456\n[c]\n";
        let got: Vec<_> = pieces(text, 0, 12).collect();
        assert_eq!(got, [Ok(0..6), Err(6..21)]);
        let got: Vec<_> = pieces(text, 0, 15).collect();
        assert_eq!(got, [Ok(0..6), Ok(6..21), Ok(21..25)]);
    }
}
