//! Evaluation of the date extractor on the shared corpora (ignored by
//! default; skips when `../shared/data` is absent):
//!
//! `cargo test --test dates_eval -- --ignored --nocapture`
//! (set `NEWSX_DATA_DIR=/work/shared/data` when the crate is not beside `shared/`)
//!
//! - Wojood sample (train + val): DATE span precision, recall and F1, exact
//!   (same tokens) and partial (overlapping tokens).
//! - timex-silver: for every silver TIMEX3 our mentions overlap, whether our
//!   value equals the silver value (reference date 2015-12-24, the document
//!   creation time the silver annotator used, as its «اليوم» values show).

use newsx::{AnalyzeOptions, analyze_text};
use std::path::{Path, PathBuf};

#[path = "common/shared_data.rs"]
mod shared_data;

fn data_dir() -> Option<PathBuf> {
    shared_data::shared_data()
}

/// A sentence of Wojood: its tokens and whether each is inside a DATE (B/I at any level).
struct Sentence {
    tokens: Vec<String>,
    date: Vec<Option<bool>>, // Some(true) = B-DATE, Some(false) = I-DATE
}

fn read_wojood(path: &Path) -> Vec<Sentence> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut out = Vec::new();
    let mut cur = Sentence {
        tokens: Vec::new(),
        date: Vec::new(),
    };
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        let Some(tok) = parts.next() else {
            if !cur.tokens.is_empty() {
                out.push(std::mem::replace(
                    &mut cur,
                    Sentence {
                        tokens: Vec::new(),
                        date: Vec::new(),
                    },
                ));
            }
            continue;
        };
        let tags: Vec<&str> = parts.collect();
        let d = if tags.contains(&"B-DATE") {
            Some(true)
        } else if tags.contains(&"I-DATE") {
            Some(false)
        } else {
            None
        };
        cur.tokens.push(tok.to_string());
        cur.date.push(d);
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    out
}

/// Joins tokens back into text as it was written (no space before closing
/// punctuation, none inside numeric dates such as 20/9/1947); returns the
/// text and each token's code-point range.
fn detokenize(tokens: &[String]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut ranges = Vec::new();
    let mut chars = 0;
    let is_num = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
    };
    for (i, t) in tokens.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| tokens[p].as_str());
        let glue_num = |a: &str, b: &str| {
            (["/", "-", ":"].contains(&a) && is_num(b))
                || (is_num(a) && ["/", "-", ":"].contains(&b))
        };
        let tight = match prev {
            None => true,
            Some(p) => {
                [")", "]", ",", ".", ":", "،", "؛", "؟", "!", "%"].contains(&t.as_str())
                    && !(t == ":" && is_num(p))
                    || ["(", "["].contains(&p)
                    || (glue_num(p, t)
                        && (i + 1 < tokens.len() || p != "-")
                        && !(p == "-" && i >= 2 && tokens[i - 2].len() == 4 && t.len() == 4))
            }
        };
        if !tight {
            text.push(' ');
            chars += 1;
        }
        text.push_str(t);
        let n = t.chars().count();
        ranges.push((chars, chars + n));
        chars += n;
    }
    (text, ranges)
}

fn gold_spans(s: &Sentence) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.date.len() {
        if s.date[i] == Some(true) {
            let mut j = i + 1;
            while j < s.date.len() && s.date[j] == Some(false) {
                j += 1;
            }
            out.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// A token span without signal words and brackets at its ends.
fn trim_signals(tokens: &[String], (mut s, mut e): (usize, usize)) -> (usize, usize) {
    const SIGNALS: &[&str] = &[
        "بتاريخ",
        "تاريخ",
        "منذ",
        "قبل",
        "بعد",
        "خلال",
        "في",
        "حتى",
        "(",
        ")",
        ".",
        "،",
        ",",
        ":",
        "ومنذ",
    ];
    while s < e && SIGNALS.contains(&tokens[s].as_str()) {
        s += 1;
    }
    while e > s && SIGNALS.contains(&tokens[e - 1].as_str()) {
        e -= 1;
    }
    (s, e)
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[test]
#[ignore]
fn wojood_date_spans() {
    let Some(dir) = data_dir() else { return };
    let mut sentences = read_wojood(&dir.join("wojood-sample/train.txt"));
    sentences.extend(read_wojood(&dir.join("wojood-sample/val.txt")));
    let (mut gold_n, mut pred_n, mut exact, mut partial_g, mut partial_p) = (0, 0, 0, 0, 0);
    let mut relaxed = 0;
    let mut misses = Vec::new();
    let mut boundary = Vec::new();
    for s in &sentences {
        let (text, ranges) = detokenize(&s.tokens);
        let analysis = analyze_text(&text, &AnalyzeOptions::default());
        let pred: Vec<(usize, usize)> = analysis
            .dates
            .iter()
            // Wojood tags clock times and «الآن»، «حاليا» (PRESENT_REF …) as TIME.
            .filter(|d| {
                d.kind != "time" && !d.value.as_deref().is_some_and(|v| v.ends_with("_REF"))
            })
            .filter_map(|d| {
                let first = ranges.iter().position(|r| r.1 > d.start)?;
                let last = ranges.iter().rposition(|r| r.0 < d.end)?;
                Some((first, last + 1))
            })
            .collect();
        let gold = gold_spans(s);
        gold_n += gold.len();
        pred_n += pred.len();
        let overlaps = |a: &(usize, usize), b: &(usize, usize)| a.0 < b.1 && b.0 < a.1;
        exact += gold.iter().filter(|g| pred.contains(g)).count();
        // Exact up to a signal word («بتاريخ», «منذ», «خلال» …) and brackets at
        // either end, which Wojood includes and TIMEX3 leaves out.
        let core = |r: &(usize, usize)| trim_signals(&s.tokens, *r);
        let pred_core: Vec<(usize, usize)> = pred.iter().map(core).collect();
        relaxed += gold.iter().filter(|g| pred_core.contains(&core(g))).count();
        partial_g += gold
            .iter()
            .filter(|g| pred.iter().any(|p| overlaps(g, p)))
            .count();
        partial_p += pred
            .iter()
            .filter(|p| gold.iter().any(|g| overlaps(g, p)))
            .count();
        for g in &gold {
            if !pred.iter().any(|p| overlaps(g, p)) && misses.len() < 40 {
                misses.push(s.tokens[g.0..g.1].join(" "));
            }
            // Overlapping but different even without signals and brackets.
            if let Some(p) = pred.iter().find(|p| overlaps(g, p))
                && core(p) != core(g)
                && boundary.len() < 40
            {
                boundary.push(format!(
                    "{} ≠ {}",
                    s.tokens[g.0..g.1].join(" "),
                    s.tokens[p.0..p.1].join(" ")
                ));
            }
        }
    }
    let (p, r) = (exact as f64 / pred_n as f64, exact as f64 / gold_n as f64);
    let (pp, pr) = (
        partial_p as f64 / pred_n as f64,
        partial_g as f64 / gold_n as f64,
    );
    println!(
        "Wojood sample: {} sentences, {gold_n} gold DATE spans, {pred_n} predicted",
        sentences.len()
    );
    println!("  exact:   P {:.3} R {:.3} F1 {:.3}", p, r, f1(p, r));
    println!("  partial: P {:.3} R {:.3} F1 {:.3}", pp, pr, f1(pp, pr));
    let (rp, rr) = (
        relaxed as f64 / pred_n as f64,
        relaxed as f64 / gold_n as f64,
    );
    println!(
        "  exact up to signals/brackets: P {:.3} R {:.3} F1 {:.3}",
        rp,
        rr,
        f1(rp, rr)
    );
    println!("  some missed spans: {misses:?}");
    println!("  some boundary differences (gold ≠ ours): {boundary:#?}");
    assert!(gold_n > 0);
}

/// A silver TIMEX3: its text, code-point span in the tag-free text, value.
struct Timex {
    text: String,
    start: usize,
    end: usize,
    value: String,
}

fn read_tml(path: &Path) -> (String, Vec<Timex>) {
    let raw = std::fs::read_to_string(path).unwrap_or_default();
    let body = raw
        .split_once("<TimeML>")
        .map_or(raw.as_str(), |(_, b)| b)
        .split("</TimeML>")
        .next()
        .unwrap_or("");
    let mut text = String::new();
    let mut chars = 0;
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find("<TIMEX3") {
        let before = &rest[..open];
        text.push_str(before);
        chars += before.chars().count();
        let Some(gt) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open..open + gt];
        let value = tag
            .split("value=\"")
            .nth(1)
            .and_then(|v| v.split('"').next())
            .unwrap_or("")
            .to_string();
        let inner_start = open + gt + 1;
        let Some(close) = rest[inner_start..].find("</TIMEX3>") else {
            break;
        };
        let inner = &rest[inner_start..inner_start + close];
        let n = inner.chars().count();
        out.push(Timex {
            text: inner.to_string(),
            start: chars,
            end: chars + n,
            value,
        });
        text.push_str(inner);
        chars += n;
        rest = &rest[inner_start + close + "</TIMEX3>".len()..];
    }
    text.push_str(rest);
    (text.trim_start_matches('\u{feff}').to_string(), out)
}

#[test]
#[ignore]
fn timex_silver_values() {
    let Some(dir) = data_dir() else { return };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir.join("timex-silver"))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    let opts = AnalyzeOptions {
        reference_date: "2015-12-24".parse().ok(),
        ..AnalyzeOptions::default()
    };
    let (mut silver, mut found, mut agree) = (0, 0, 0);
    let mut disagreements = Vec::new();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
    {
        let (text, timexes) = read_tml(path);
        // The BOM, if any, was at the start of the body: shift offsets.
        let shift = usize::from(text.len() != text.trim_start_matches('\u{feff}').len());
        let analysis = analyze_text(&text, &opts);
        for t in &timexes {
            silver += 1;
            let (s, e) = (t.start.saturating_sub(shift), t.end.saturating_sub(shift));
            let Some(m) = analysis.dates.iter().find(|d| d.start < e && s < d.end) else {
                continue;
            };
            found += 1;
            let ours = m.value.clone().unwrap_or_default();
            // An interval agrees with a silver TIMEX3 on either of its ends.
            let end_of_interval = m.interval.as_ref().is_some_and(|iv| {
                iv.from.as_deref() == Some(t.value.as_str())
                    || iv.to.as_deref() == Some(t.value.as_str())
            });
            if ours == t.value || end_of_interval {
                agree += 1;
            } else {
                disagreements.push(format!(
                    "{} [{}] silver={} ours={} ({})",
                    t.text, m.text, t.value, ours, m.kind
                ));
            }
        }
    }
    println!(
        "timex-silver: {silver} TIMEX3, {found} overlapped by our mentions, {agree} same value ({:.1}% of overlapped, {:.1}% of all)",
        100.0 * agree as f64 / found.max(1) as f64,
        100.0 * agree as f64 / silver.max(1) as f64
    );
    for d in &disagreements {
        println!("  {d}");
    }
    assert!(silver > 0);
}
