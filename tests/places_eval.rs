//! Strict LOC precision/recall/F1 of the places extractor on ANERcorp train
//! and the AQMAR dev articles (`token TAG` IOB files). Each sentence is
//! rebuilt from its tokens (joined by spaces) and analysed on its own; a
//! place mention is aligned to the tokens it touches and counts when its
//! token span equals a gold LOC span exactly.
//!
//! Run: `cargo test --release --test places_eval -- --ignored --nocapture`
//! (`PLACES_EVAL_ERRORS=1` also prints the most frequent errors).
//! Skips when `../shared/data` is absent.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

#[path = "common/shared_data.rs"]
mod shared_data;

type Spans = HashSet<(usize, usize)>;

/// Sentences of an IOB file as (tokens, gold LOC token spans).
fn read(path: &Path) -> Vec<(Vec<String>, Spans)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut out = Vec::new();
    let (mut toks, mut tags): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut flush = |toks: &mut Vec<String>, tags: &mut Vec<String>| {
        if !toks.is_empty() {
            let mut spans = Spans::new();
            let mut start: Option<usize> = None;
            for (i, tag) in tags.iter().enumerate() {
                let inside = tag == "I-LOC" && start.is_some();
                if !inside {
                    if let Some(s) = start.take() {
                        spans.insert((s, i));
                    }
                    if tag == "B-LOC" || tag == "I-LOC" {
                        start = Some(i);
                    }
                }
            }
            if let Some(s) = start {
                spans.insert((s, tags.len()));
            }
            out.push((std::mem::take(toks), spans));
            tags.clear();
        }
    };
    for line in text.lines() {
        match line.trim().rsplit_once(' ') {
            Some((tok, tag)) if !tok.is_empty() => {
                toks.push(tok.to_string());
                tags.push(tag.to_string());
            }
            _ => flush(&mut toks, &mut tags),
        }
    }
    flush(&mut toks, &mut tags);
    out
}

struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    /// False positives and negatives that overlap a gold/predicted span.
    boundary: usize,
    errors: BTreeMap<String, usize>,
}

fn score(sentences: &[(Vec<String>, Spans)]) -> Score {
    let mut s = Score {
        tp: 0,
        fp: 0,
        fn_: 0,
        boundary: 0,
        errors: BTreeMap::new(),
    };
    for (toks, gold) in sentences {
        let text = toks.join(" ");
        // Code-point start of each token.
        let mut starts = Vec::with_capacity(toks.len());
        let mut pos = 0;
        for t in toks {
            starts.push(pos);
            pos += t.chars().count() + 1;
        }
        let tok_of = |cp: usize| starts.partition_point(|&s| s <= cp).saturating_sub(1);
        let a = newsx::analyze_text(&text, &Default::default());
        let mut pred = Spans::new();
        for p in &a.places {
            for m in &p.mentions {
                if m.end > m.start {
                    pred.insert((tok_of(m.start), tok_of(m.end - 1) + 1));
                }
            }
        }
        let show = |sp: &(usize, usize)| toks[sp.0..sp.1].join(" ");
        let overlaps = |a: &(usize, usize), set: &Spans| set.iter().any(|b| a.0 < b.1 && b.0 < a.1);
        for sp in &pred {
            if gold.contains(sp) {
                s.tp += 1;
            } else {
                s.fp += 1;
                *s.errors.entry(format!("FP {}", show(sp))).or_default() += 1;
                if overlaps(sp, gold) {
                    s.boundary += 1;
                    let g: Vec<String> = gold
                        .iter()
                        .filter(|b| sp.0 < b.1 && b.0 < sp.1)
                        .map(show)
                        .collect();
                    *s.errors
                        .entry(format!("BOUNDARY [{}] gold [{}]", show(sp), g.join("|")))
                        .or_default() += 1;
                }
            }
        }
        for sp in gold.difference(&pred) {
            s.fn_ += 1;
            *s.errors.entry(format!("FN {}", show(sp))).or_default() += 1;
            if overlaps(sp, &pred) {
                s.boundary += 1;
            }
        }
        if let Ok(word) = std::env::var("PLACES_EVAL_CONTEXT") {
            for (kind, sp) in pred
                .difference(gold)
                .map(|sp| ("FP", sp))
                .chain(gold.difference(&pred).map(|sp| ("FN", sp)))
            {
                if word.split('|').any(|w| w == show(sp)) {
                    let (a, b) = (sp.0.saturating_sub(6), (sp.1 + 6).min(toks.len()));
                    println!(
                        "    {kind} …{} [{}] {}…",
                        toks[a..sp.0].join(" "),
                        show(sp),
                        toks[sp.1..b].join(" ")
                    );
                }
            }
        }
    }
    s
}

fn report(name: &str, s: &Score) -> f64 {
    let p = s.tp as f64 / (s.tp + s.fp).max(1) as f64;
    let r = s.tp as f64 / (s.tp + s.fn_).max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "{name}: strict LOC P={p:.3} R={r:.3} F1={f:.3} (tp {} fp {} fn {}; {} of the errors are boundary errors)",
        s.tp, s.fp, s.fn_, s.boundary
    );
    if std::env::var_os("PLACES_EVAL_ERRORS").is_some() {
        let mut errs: Vec<_> = s.errors.iter().collect();
        errs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let limit = std::env::var("PLACES_EVAL_ERRORS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(120);
        for (e, n) in errs.iter().take(limit) {
            println!("  {n:4} {e}");
        }
    }
    f
}

#[test]
#[ignore = "reads the evaluation corpora; run with --ignored --nocapture"]
fn loc_f1_anercorp_and_aqmar() {
    let Some(data) = shared_data::shared_data() else {
        return;
    };
    let aner = read(&data.join("anercorp/train.txt"));
    let f = report("ANERcorp train", &score(&aner));
    let mut aqmar = Vec::new();
    if let Ok(dir) = std::fs::read_dir(data.join("aqmar-dev")) {
        let mut files: Vec<_> = dir.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files {
            aqmar.extend(read(&f));
        }
    }
    report("AQMAR dev", &score(&aqmar));
    assert!(f > 0.5, "ANERcorp LOC F1 collapsed: {f:.3}");
}

#[test]
#[ignore = "timing; run in release with --ignored --nocapture"]
fn lexicon_load_and_linear_matching() {
    use std::time::Instant;
    let t = Instant::now();
    let lex = newsx::extract::places::lexicon();
    let _ = newsx::extract::places::demonym_country("الروسي");
    let load = t.elapsed();
    let t = Instant::now();
    let _ = newsx::analyze_text("وصل الوفد إلى مدينة حلب", &Default::default());
    let first = t.elapsed();
    let t = Instant::now();
    let _ = newsx::analyze_text("وصل الوفد إلى مدينة حلب", &Default::default());
    let second = t.elapsed();
    println!(
        "places lexicon: {} surface patterns, {} places; load {:.2} ms; first short analysis {:.2} ms (trigger table incl.), next {:.3} ms",
        lex.gazetteer.len(),
        lex.places.len(),
        load.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3,
        second.as_secs_f64() * 1e3
    );
    let unit = "يصل المبعوث إلى موسكو لإجراء مباحثات حول سوريا، ولا سيما في مدينة حلب وفي جدة. ";
    let mut prev = 0.0;
    for n in [250usize, 500, 1000, 2000, 4000] {
        let text = unit.repeat(n);
        let t = Instant::now();
        let a = newsx::analyze_text(&text, &Default::default());
        let secs = t.elapsed().as_secs_f64();
        let mentions: usize = a.places.iter().map(|p| p.mentions.len()).sum();
        println!(
            "{:>8} chars: {:8.2} ms, {:.3} µs/char, {mentions} mentions{}",
            text.chars().count(),
            secs * 1e3,
            secs * 1e6 / text.chars().count() as f64,
            if prev > 0.0 {
                format!(", x{:.2} vs half size", secs / prev)
            } else {
                String::new()
            }
        );
        prev = secs;
    }
}
