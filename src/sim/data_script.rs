//! A far end's data script: what the simulated remote modem of a data call sends,
//! waits for and does, step by step (a scenario's `data` key on `[[incoming]]` and
//! `[[number]]`; the steps are checked here, [`super::datamodem`] plays them).
//!
//! ```toml
//! data = [
//!   { send = "CONNECT 9600\r\n" },          # bytes: the string's UTF-8 bytes
//!   { expect = "LOGIN", timeout_ms = 5000 }, # read until the bytes received contain it
//!   { send_hex = "57 45 4c 0d 0a", after_ms = 100 },  # raw bytes, in hex
//!   { hangup = true, after_ms = 50 },        # the far end hangs up the call
//! ]
//! data_echo = false         # after a script that ends without hangup: echo (true) or
//!                           # stay connected and silent (false, the default)
//! ```
//!
//! Each step has exactly one of `send`, `send_hex`, `expect` and `hangup = true`, and
//! may have `after_ms` (a pause before it); `timeout_ms` goes with `expect` only, and
//! nothing follows a hangup. The script starts when the program first takes the call's
//! channel. An `expect` that times out hangs up as `hangup` does; after a hang-up the
//! far end is silent until the call ends. No negative times.

use serde::Deserialize;

/// One step of the raw scenario text.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStep {
    send: Option<String>,
    send_hex: Option<String>,
    expect: Option<String>,
    hangup: Option<bool>,
    after_ms: Option<i64>,
    timeout_ms: Option<i64>,
}

/// What a step does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Act {
    /// Writes these bytes to the program.
    Send(Vec<u8>),
    /// Reads until the bytes received (since the last match) contain `text`; after
    /// `timeout_ms` without it, the far end hangs up.
    Expect {
        /// What to wait for.
        text: Vec<u8>,
        /// How long to wait (`None`: until the call ends).
        timeout_ms: Option<u64>,
    },
    /// The far end hangs up the call (DISCONNECTED, `LINEDISCONNECTMODE_NORMAL`).
    Hangup,
}

/// One step: after a pause of `after_ms`, `act`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// Milliseconds to wait before the step.
    pub after_ms: u64,
    /// What it does.
    pub act: Act,
}

/// A far end's data script.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataScript {
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// Whether the far end echoes after the last step (when that is not a hangup).
    pub echo: bool,
}

/// `name`'s value as milliseconds: not negative.
fn millis(name: &str, v: Option<i64>) -> Result<Option<u64>, String> {
    match v {
        Some(ms) if ms < 0 => Err(format!("{name} must not be negative, not {ms}")),
        v => Ok(v.map(|ms| ms as u64)),
    }
}

/// The bytes of `hex`: pairs of hex digits, spaces between bytes allowed.
fn hex_bytes(hex: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    for word in hex.split_ascii_whitespace() {
        if word.len() % 2 != 0 || !word.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(format!(
                "send_hex {hex:?}: give bytes as pairs of hex digits (\"41 54 0d\")"
            ));
        }
        for i in (0..word.len()).step_by(2) {
            out.push(u8::from_str_radix(&word[i..i + 2], 16).map_err(|e| e.to_string())?);
        }
    }
    Ok(out)
}

/// The checked step `r` (its number `n`, from 1, names it in errors).
fn step(r: &RawStep, n: usize) -> Result<Step, String> {
    let given = [
        r.send.is_some(),
        r.send_hex.is_some(),
        r.expect.is_some(),
        r.hangup.is_some(),
    ];
    if given.iter().filter(|g| **g).count() != 1 {
        return Err(format!(
            "data step {n}: give exactly one of send, send_hex, expect, hangup = true"
        ));
    }
    let timeout_ms =
        millis("timeout_ms", r.timeout_ms).map_err(|e| format!("data step {n}: {e}"))?;
    if timeout_ms.is_some() && r.expect.is_none() {
        return Err(format!("data step {n}: timeout_ms goes with expect"));
    }
    let act = if let Some(s) = &r.send {
        Act::Send(s.as_bytes().to_vec())
    } else if let Some(h) = &r.send_hex {
        Act::Send(hex_bytes(h).map_err(|e| format!("data step {n}: {e}"))?)
    } else if let Some(e) = &r.expect {
        Act::Expect {
            text: e.as_bytes().to_vec(),
            timeout_ms,
        }
    } else if r.hangup == Some(true) {
        Act::Hangup
    } else {
        return Err(format!("data step {n}: hangup must be true"));
    };
    match &act {
        Act::Send(b) | Act::Expect { text: b, .. } if b.is_empty() => {
            return Err(format!("data step {n}: nothing to send or expect"))
        }
        _ => {}
    }
    let after_ms = millis("after_ms", r.after_ms).map_err(|e| format!("data step {n}: {e}"))?;
    Ok(Step {
        after_ms: after_ms.unwrap_or(0),
        act,
    })
}

/// The checked script of `steps` and `echo` (the entry's `data` and `data_echo`).
pub(super) fn script(
    steps: &Option<Vec<RawStep>>,
    echo: Option<bool>,
) -> Result<Option<DataScript>, String> {
    let Some(raw) = steps else {
        return match echo {
            Some(_) => Err("data_echo goes with data".into()),
            None => Ok(None),
        };
    };
    let steps = raw
        .iter()
        .enumerate()
        .map(|(i, r)| step(r, i + 1))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(i) = steps.iter().position(|s| s.act == Act::Hangup) {
        if i + 1 < steps.len() {
            return Err(format!("data step {}: nothing may follow a hangup", i + 2));
        }
    }
    Ok(Some(DataScript {
        steps,
        echo: echo.unwrap_or(false),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(toml_steps: &str) -> Vec<RawStep> {
        #[derive(Deserialize)]
        struct W {
            data: Vec<RawStep>,
        }
        toml::from_str::<W>(&format!("data = {toml_steps}"))
            .unwrap()
            .data
    }

    #[test]
    fn steps_and_their_bytes() {
        let s = script(
            &Some(raw(
                r#"[{ send = "CONNECT\r\n\u00e9" }, { expect = "LOGIN", timeout_ms = 5 },
                   { send_hex = "00ff 41", after_ms = 7 }, { hangup = true }]"#,
            )),
            None,
        )
        .unwrap()
        .unwrap();
        assert!(!s.echo);
        assert_eq!(s.steps.len(), 4);
        assert_eq!(s.steps[0].act, Act::Send(b"CONNECT\r\n\xc3\xa9".to_vec()));
        assert_eq!(
            s.steps[1].act,
            Act::Expect {
                text: b"LOGIN".to_vec(),
                timeout_ms: Some(5)
            }
        );
        assert_eq!(
            s.steps[2],
            Step {
                after_ms: 7,
                act: Act::Send(vec![0, 0xff, 0x41])
            }
        );
        assert_eq!(s.steps[3].act, Act::Hangup);
        assert_eq!(script(&None, None).unwrap(), None);
        let e = script(&Some(vec![]), Some(true)).unwrap().unwrap();
        assert!(e.echo && e.steps.is_empty());
    }

    #[test]
    fn bad_steps() {
        for (steps, echo, msg) in [
            (
                "[{ after_ms = 3 }]",
                None,
                "data step 1: give exactly one of",
            ),
            (
                r#"[{ send = "a" }, { send = "a", expect = "b" }]"#,
                None,
                "data step 2: give exactly one of",
            ),
            (
                r#"[{ send = "a", after_ms = -1 }]"#,
                None,
                "data step 1: after_ms must not be negative",
            ),
            (
                r#"[{ expect = "a", timeout_ms = -5 }]"#,
                None,
                "timeout_ms must not be negative",
            ),
            (
                r#"[{ send = "a", timeout_ms = 5 }]"#,
                None,
                "timeout_ms goes with expect",
            ),
            ("[{ hangup = false }]", None, "hangup must be true"),
            (r#"[{ send_hex = "4" }]"#, None, "pairs of hex digits"),
            (r#"[{ send_hex = "zz" }]"#, None, "pairs of hex digits"),
            (r#"[{ expect = "" }]"#, None, "nothing to send or expect"),
            (
                r#"[{ hangup = true }, { send = "x" }]"#,
                None,
                "data step 2: nothing may follow a hangup",
            ),
        ] {
            let e = script(&Some(raw(steps)), echo).unwrap_err();
            assert!(e.starts_with(msg) || e.contains(msg), "{steps}: {e}");
        }
        assert_eq!(
            script(&None, Some(true)).unwrap_err(),
            "data_echo goes with data"
        );
    }
}
