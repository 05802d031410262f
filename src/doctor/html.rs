//! Draws the doctor's [`Timeline`] as one self-contained HTML page (`TAPI32_HTML`):
//! inline CSS, SVG and a little script, nothing loaded from anywhere.
//!
//! A row per handle: its bar runs from the moment it was handed out to the moment it was
//! retired (the end cap says why) or to the end of the run (a "held at exit" marker); a
//! call handle's bar is coloured by the call's states. Markers show where the program
//! used the handle when it was invalid, where its line closed under owned calls and where
//! it was still held at `lineShutdown`. Every part has a tooltip (an SVG `<title>`): the
//! exported call, thread and arguments behind it; the script shows the one under the
//! pointer in a panel, filters rows, and marks the page ready
//! (`<html data-timeline="ready">`) when it has run; `window.onerror` lists any script
//! error in the page.

use std::fmt::Write;
use std::time::Duration;

use html_escape::encode_safe as esc;

use super::timeline::{At, Mark, Row, Timeline, EVENT_LIMIT, ROW_LIMIT};
use crate::core::{Kind, LeakCheck, Retired};
use tapi32_defs::call_state_name;

const WIDTH: f64 = 1180.0;
const LABEL: f64 = 300.0;
const PLOT: f64 = WIDTH - LABEL - 50.0;
const ROW_H: f64 = 20.0;
const TOP: f64 = 28.0;

/// What the page says of the run besides the timeline.
pub(crate) struct RunInfo<'a> {
    /// The program (its command line).
    pub(crate) program: &'a str,
    pub(crate) pid: u32,
    /// Exported calls made.
    pub(crate) api_calls: u64,
    /// How long the run lasted (to the page's drawing).
    pub(crate) duration: Duration,
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::App => "HLINEAPP",
        Kind::Line => "HLINE",
        Kind::Call => "HCALL",
        Kind::Phone => "HPHONE",
    }
}

fn retired_text(why: Retired) -> (&'static str, &'static str) {
    match why {
        Retired::Deallocated => ("deallocated", "deallocated (lineDeallocateCall)"),
        Retired::LineClosed => ("line-closed", "its line closed (lineClose)"),
        Retired::ProviderClosed => (
            "provider-closed",
            "the provider closed the line (LINE_CLOSE)",
        ),
        Retired::AppShutdown => ("shutdown", "its application shut down"),
        Retired::PhoneClosed => ("phone-closed", "phone closed (phoneClose)"),
    }
}

fn ms(t: Duration) -> String {
    format!("{:.3} ms", t.as_secs_f64() * 1000.0)
}

/// A tick of the time axis, as precise as the run's length needs.
fn tick(t: Duration, end: Duration) -> String {
    let ms = t.as_secs_f64() * 1000.0;
    match end.as_millis() {
        0..10 => format!("{ms:.2} ms"),
        10..100 => format!("{ms:.1} ms"),
        _ => format!("{ms:.0} ms"),
    }
}

/// "lineMakeCallA(args) on thread N at T".
fn origin(t: &Timeline, at: &At) -> String {
    let who = if at.function.is_empty() {
        "the provider".to_owned()
    } else {
        match t.args.get(&at.seq) {
            Some(args) => format!("{}{args}", at.function),
            None => at.function.to_owned(),
        }
    };
    format!("{who} on thread {} at {}", at.thread, ms(at.t))
}

struct Page<'a> {
    t: &'a Timeline,
    end: Duration,
    out: String,
}

impl Page<'_> {
    fn x(&self, t: Duration) -> f64 {
        let end = self.end.as_secs_f64().max(1e-9);
        LABEL + (t.as_secs_f64() / end).min(1.0) * PLOT
    }

    fn row(&mut self, i: usize, r: &Row) {
        let y = TOP + i as f64 * ROW_H;
        let h = format!("{:#010x}", r.what.handle);
        let kind = kind_name(r.what.kind);
        let (what, label) = match r.what.kind {
            Kind::Call => {
                let privilege =
                    if r.what.privilege == tapi32_defs::constants::LINECALLPRIVILEGE_OWNER {
                        "owner"
                    } else {
                        "monitor"
                    };
                (
                    format!(
                        "call {} on line {} (HLINE {:#010x}), {privilege}",
                        r.what.call_id, r.what.device, r.what.hline,
                    ),
                    format!(
                        "call {}, line {}, {privilege}",
                        r.what.call_id, r.what.device
                    ),
                )
            }
            Kind::Phone => (format!("phone {}", r.what.device), String::new()),
            _ => (format!("line {}", r.what.device), String::new()),
        };
        let label = if label.is_empty() {
            what.clone()
        } else {
            label
        };
        let (end_class, end_text) = match &r.retired {
            Some((at, why)) => {
                let (c, text) = retired_text(*why);
                (c, format!("retired: {text}, by {}", origin(self.t, at)))
            }
            None => ("held", "still held at exit".to_owned()),
        };
        let x0 = self.x(r.issued.t);
        let x1 = r
            .retired
            .as_ref()
            .map_or(LABEL + PLOT, |(at, _)| self.x(at.t))
            .max(x0 + 2.0);
        let issued = origin(self.t, &r.issued);
        let o = &mut self.out;
        let _ = write!(
            o,
            "<g class=\"row {}\" data-handle=\"{h}\" data-kind=\"{kind}\" data-end=\"{end_class}\">\
             <title>{kind} {h}: {} (application {:#010x}); issued by {}; {}</title>\
             <text x=\"4\" y=\"{:.1}\">{kind} {h} <tspan class=\"dim\">{}</tspan></text>",
            kind.to_ascii_lowercase(),
            esc(&what),
            r.what.happ,
            esc(&issued),
            esc(&end_text),
            y + 14.0,
            esc(&label),
        );
        let _ = write!(
            o,
            "<rect class=\"life\" x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"10\"/>",
            y + 5.0,
            x1 - x0
        );
        // The call's states, each to the next (or to the bar's end).
        for (n, (at, state)) in r.states.iter().enumerate() {
            let from = self.x(at.t).max(x0);
            let to = r.states.get(n + 1).map_or(x1, |(next, _)| self.x(next.t));
            let name = call_state_name(*state);
            let _ = write!(
                self.out,
                "<rect class=\"st st-{}\" x=\"{from:.1}\" y=\"{:.1}\" width=\"{:.1}\" \
                 height=\"14\"><title>{name}: set by {}</title></rect>",
                name.to_ascii_lowercase(),
                y + 3.0,
                (to - from).max(1.0),
                esc(&origin(self.t, at)),
            );
        }
        let _ = write!(
            self.out,
            "<path class=\"end end-{end_class}\" d=\"M{x1:.1} {:.1}v16\"><title>{}</title></path>",
            y + 2.0,
            esc(&end_text)
        );
        if r.retired.is_none() {
            let _ = write!(
                self.out,
                "<path class=\"mark held\" d=\"M{x1:.1} {:.1}l-6 -5v10z\"><title>{kind} {h} \
                 was still held at exit: the program never retired it</title></path>",
                y + 10.0
            );
        }
        for (at, mark) in &r.marks {
            self.mark(y, &h, kind, at, mark);
        }
        self.out.push_str("</g>\n");
    }

    fn mark(&mut self, y: f64, h: &str, kind: &str, at: &At, mark: &Mark) {
        let x = self.x(at.t);
        let (class, text, shape) = match mark {
            Mark::InvalidUse(reason) => (
                "stale",
                format!(
                    "used after it died: {kind} {h} was invalid ({}) when passed to {}",
                    serde_json::to_value(reason)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default(),
                    origin(self.t, at)
                ),
                format!("M{x:.1} {:.1}l6 10h-12z", y + 1.0),
            ),
            Mark::ClosedUnderCalls(calls) => (
                "closed-under-calls",
                format!(
                    "the line closed while its application owned active call(s) {}: {}",
                    calls
                        .iter()
                        .map(|(c, s)| format!("{c:#010x} ({})", call_state_name(*s)))
                        .collect::<Vec<_>>()
                        .join(", "),
                    origin(self.t, at)
                ),
                format!("M{x:.1} {:.1}l6 8l-6 8l-6 -8z", y + 2.0),
            ),
            Mark::Held(check, state) => (
                "leak",
                format!(
                    "still held ({}) at {}: never deallocated; {}",
                    call_state_name(*state),
                    match check {
                        LeakCheck::Shutdown => "lineShutdown",
                        LeakCheck::Exit => "exit",
                    },
                    origin(self.t, at)
                ),
                format!("M{:.1} {:.1}h8v8h-8z", x - 4.0, y + 6.0),
            ),
        };
        let _ = write!(
            self.out,
            "<path class=\"mark {class}\" d=\"{shape}\"><title>{}</title></path>",
            esc(&text)
        );
    }

    fn axis(&mut self, height: f64) {
        let _ = write!(
            self.out,
            "<line class=\"axis\" x1=\"{LABEL}\" y1=\"{TOP}\" x2=\"{LABEL}\" y2=\"{height:.0}\"/>"
        );
        for n in 0..=5 {
            let t = self.end.mul_f64(f64::from(n) / 5.0);
            let x = self.x(t);
            let _ = write!(
                self.out,
                "<line class=\"tick\" x1=\"{x:.1}\" y1=\"{:.0}\" x2=\"{x:.1}\" y2=\"{height:.0}\"/>\
                 <text class=\"tick\" x=\"{x:.1}\" y=\"16\">{}</text>",
                TOP - 6.0,
                tick(t, self.end)
            );
        }
    }
}

const STYLE: &str = "body{font:13px system-ui,sans-serif;margin:12px;color:#222}\
h1{font-size:18px;margin:0 0 4px}p{margin:4px 0}\
svg{display:block;background:#fff;border:1px solid #ddd}\
svg text{font:11px monospace;fill:#222}svg text.tick{text-anchor:middle;fill:#666}\
.dim{fill:#777}line.axis,line.tick{stroke:#ccc}\
.life{fill:#cfd8e3}.row.hline .life{fill:#4a78b5}.row.hphone .life{fill:#9b7bb8}\
.row:hover text{font-weight:bold}\
.st{fill:#95a5a6}.st-offering{fill:#f5a623}.st-accepted{fill:#f1d302}\
.st-dialtone,.st-dialing,.st-proceeding,.st-ringback{fill:#7fb3d5}\
.st-connected{fill:#2e9d4a}.st-onhold,.st-onholdpendconf,.st-onholdpendtransfer{fill:#8e6cc7}\
.st-busy{fill:#e67e22}.st-disconnected{fill:#7f8c8d}.st-idle{fill:#dcdcdc}\
.st-conferenced{fill:#16a085}.st-specialinfo{fill:#d35400}\
.end{stroke:#222;stroke-width:2}.end-held{stroke:none}\
.mark.stale{fill:#e01b24;stroke:#600}.mark.closed-under-calls{fill:#ff8c00;stroke:#703}\
.mark.held{fill:#8b00c9}.mark.leak{fill:#8b00c9;stroke:#300}\
#info{position:sticky;top:0;background:#ffffe0;border:1px solid #cc9;padding:4px;\
min-height:2.6em;white-space:pre-wrap;font:12px monospace;z-index:1}\
.legend span{display:inline-block;margin-right:10px}\
.legend i{display:inline-block;width:12px;height:12px;margin-right:3px;vertical-align:middle}\
#errors{color:#b00;white-space:pre-wrap}.note{color:#a40}";

const LEGEND: &[(&str, &str)] = &[
    ("#4a78b5", "HLINE open"),
    ("#9b7bb8", "HPHONE open"),
    ("#f5a623", "offering"),
    ("#f1d302", "accepted"),
    ("#7fb3d5", "dialtone / dialing / proceeding / ringback"),
    ("#2e9d4a", "connected"),
    ("#8e6cc7", "on hold"),
    ("#e67e22", "busy"),
    ("#7f8c8d", "disconnected"),
    ("#dcdcdc", "idle"),
    ("#e01b24", "\u{25b2} used after it died"),
    ("#ff8c00", "\u{25c6} line closed under owned calls"),
    (
        "#8b00c9",
        "\u{25c0} held at exit / \u{25a0} held at lineShutdown",
    ),
];

const SCRIPT: &str = "(function(){\
var svg=document.getElementById('chart'),info=document.getElementById('info');\
var rows=svg.querySelectorAll('g.row');\
function tip(n){for(;n&&n!==svg;n=n.parentNode){\
for(var c=n.firstChild;c;c=c.nextSibling){if(c.nodeName==='title')return c.textContent;}}return '';}\
svg.addEventListener('mousemove',function(e){var s=tip(e.target);if(s)info.textContent=s;});\
var f=document.getElementById('filter');\
f.addEventListener('input',function(){var q=f.value.toLowerCase();\
for(var i=0;i<rows.length;i++){var r=rows[i];\
r.style.opacity=(!q||r.textContent.toLowerCase().indexOf(q)>=0)?'1':'0.15';}});\
document.getElementById('script-status').textContent='ready: '+rows.length+' rows';\
document.documentElement.setAttribute('data-timeline','ready');\
})();";

/// The page.
pub(crate) fn page(t: &Timeline, run: &RunInfo<'_>) -> String {
    let end = t.end.max(run.duration).max(Duration::from_micros(1));
    let mut p = Page {
        t,
        end,
        out: String::with_capacity(64 * 1024),
    };
    let o = &mut p.out;
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>tapi32 timeline: {prog}</title><style>{STYLE}</style>\
         <script>window.onerror=function(m,s,l,c){{var e=document.getElementById('errors');\
         if(e){{e.hidden=false;e.textContent+=m+' (line '+l+':'+c+')\\n';}}\
         document.documentElement.setAttribute('data-script-error','1');}};</script>\
         </head><body>\n<h1>tapi32 timeline: {prog}</h1>\n\
         <p>Process {pid}, {calls} TAPI calls, {dur}. One row per line, call and phone \
         handle the program was given, from when it was handed out to when it was retired \
         (the end cap) or the end of the run. Hover for the TAPI call, thread and \
         arguments.</p>\n",
        prog = esc(run.program),
        pid = run.pid,
        calls = run.api_calls,
        dur = ms(end),
    );
    if t.rows_left_out > 0 {
        let _ = writeln!(
            o,
            "<p class=\"note\" id=\"left-out-rows\">{} more handles not shown (the page \
             shows the first {ROW_LIMIT}).</p>",
            t.rows_left_out
        );
    }
    if t.events_left_out > 0 {
        let _ = writeln!(
            o,
            "<p class=\"note\" id=\"left-out-events\">{} more events (call states, markers) \
             not shown (the page shows the first {EVENT_LIMIT}).</p>",
            t.events_left_out
        );
    }
    o.push_str("<p class=\"legend\">");
    for (colour, text) in LEGEND {
        let _ = write!(
            o,
            "<span><i style=\"background:{colour}\"></i>{text}</span>"
        );
    }
    o.push_str(
        "</p>\n<p><label>Filter rows: <input id=\"filter\" type=\"search\"></label> \
         <span id=\"script-status\">the script has not run</span></p>\n\
         <pre id=\"errors\" hidden></pre>\n<div id=\"info\">Hover over a bar or marker.</div>\n",
    );
    let height = TOP + t.rows.len().max(1) as f64 * ROW_H + 4.0;
    let _ = writeln!(
        p.out,
        "<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" \
         height=\"{height:.0}\" viewBox=\"0 0 {WIDTH} {height:.0}\">"
    );
    p.axis(height);
    for (i, r) in t.rows.iter().enumerate() {
        p.row(i, r);
    }
    if t.rows.is_empty() {
        let _ = write!(
            p.out,
            "<text x=\"{LABEL}\" y=\"{:.0}\">No line, call or phone handle was handed out.</text>",
            TOP + 14.0
        );
    }
    p.out.push_str("</svg>\n");
    if !t.loose.is_empty() {
        p.out
            .push_str("<h2>Invalid handles without a row</h2>\n<ul id=\"loose\">\n");
        for u in &t.loose {
            let reason = serde_json::to_value(u.reason)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let _ = writeln!(
                p.out,
                "<li class=\"mark stale\">{} {:#010x} ({reason}): {}</li>",
                kind_name(u.kind),
                u.handle,
                esc(&origin(t, &u.at))
            );
        }
        p.out.push_str("</ul>\n");
    }
    let _ = write!(p.out, "<script>{SCRIPT}</script>\n</body></html>\n");
    p.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doctor::timeline::tests::issued;
    use crate::report::Reason;

    fn at(us: u64, seq: u64) -> At {
        At {
            t: Duration::from_micros(us),
            function: "lineGetCallInfoA",
            thread: 42,
            seq,
        }
    }

    fn run() -> RunInfo<'static> {
        RunInfo {
            program: "prog <script>",
            pid: 1,
            api_calls: 3,
            duration: Duration::from_millis(5),
        }
    }

    #[test]
    fn a_small_timeline_has_its_rows_states_and_markers_escaped() {
        let mut t = Timeline::default();
        t.args
            .insert(9, "(hCall=0x30, lpCallInfo=0x7ff</title>) = 0".into());
        t.issued(at(10, 1), issued(0x2002, Kind::Line, 0));
        t.issued(at(20, 2), issued(0x30, Kind::Call, 4));
        t.call_state(at(30, 0), 4, 0x100);
        t.retired(at(40, 3), 0x30, Retired::Deallocated);
        t.mark(
            at(50, 9),
            0x30,
            Kind::Call,
            Mark::InvalidUse(Reason::Deallocated),
        );
        let html = page(&t, &run());
        assert!(html.contains("data-handle=\"0x00002002\" data-kind=\"HLINE\" data-end=\"held\""));
        assert!(html
            .contains("data-handle=\"0x00000030\" data-kind=\"HCALL\" data-end=\"deallocated\""));
        assert!(html.contains("class=\"st st-offering\""));
        assert!(html.contains("class=\"st st-connected\""));
        assert!(html.contains("class=\"mark stale\""));
        assert!(html.contains("class=\"mark held\""));
        assert!(html.contains(
            "lineGetCallInfoA(hCall=0x30, lpCallInfo=0x7ff&lt;&#x2F;title&gt;) = 0 on thread 42"
        ));
        assert!(!html.contains("prog <script>"));
        assert!(!html.contains("not shown"));
        assert!(
            !html.contains("http:") || html.matches("http:").count() == 1,
            "no link but the SVG namespace"
        );
    }

    /// Millions of events: the page stays bounded and says what it left out.
    #[test]
    fn millions_of_events_give_a_bounded_page_that_says_what_it_left_out() {
        let mut t = Timeline::default();
        for n in 0..1_000_000u64 {
            let handle = n as u32 + 1;
            let a = at(n, n);
            t.issued(a, issued(handle, Kind::Call, handle));
            t.call_state(a, handle, 0x100);
            t.call_state(a, handle, 0x4000);
            t.retired(a, handle, Retired::Deallocated);
            t.mark(a, handle, Kind::Call, Mark::InvalidUse(Reason::Deallocated));
            t.mark(
                a,
                0xdead_0000 | (n as u32 & 0xffff),
                Kind::Call,
                Mark::InvalidUse(Reason::Stale),
            );
            if t.wants_args(n) {
                t.args.insert(n, "x".repeat(200));
            }
        }
        assert_eq!(t.rows.len(), ROW_LIMIT);
        assert_eq!(t.events, EVENT_LIMIT);
        assert!(t.args.len() <= EVENT_LIMIT);
        let html = page(&t, &run());
        assert!(html.len() < 16 << 20, "{} bytes", html.len());
        assert!(html.contains(&format!("{} more handles not shown", 1_000_000 - ROW_LIMIT)));
        assert!(html.contains("more events (call states, markers) not shown"));
        assert_eq!(html.matches("<g class=\"row").count(), ROW_LIMIT);
    }
}
