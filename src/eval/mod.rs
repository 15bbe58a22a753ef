//! `newsx eval`: measures the extractors against labelled data, so that every
//! accuracy figure of the project is a command anyone can rerun.
//!
//! - [`conll`]: CoNLL-style NER data (ANERcorp, AQMAR), strict entity-level
//!   precision/recall/F1 per type (CoNLL-2003 convention: an entity counts
//!   only when its type and its exact token range are right).
//! - [`gold`]: one article against a hand-made gold file.

pub mod conll;
pub mod gold;
pub mod score;

use crate::analyze::{AnalyzeOptions, analyze_text};
use conll::{EntityType, TokenEntity};
use score::{Counts, Prf};
use serde::Serialize;
use std::fmt::Write as _;

/// Default number of sentences per pseudo-document in `eval --conll`.
pub const DEFAULT_DOC_SENTENCES: usize = 10;

/// Scores of one type.
#[derive(Clone, Debug, Serialize)]
pub struct TypeScore {
    /// `PERS`, `LOC`, `ORG`, `MISC` or `ALL`.
    #[serde(rename = "type")]
    pub ty: String,
    /// Scores.
    #[serde(flatten)]
    pub prf: Prf,
    /// False when the analyzer does not predict this type (MISC).
    pub predicted_type: bool,
}

/// The result of `eval --conll`.
#[derive(Clone, Debug, Serialize)]
pub struct ConllReport {
    /// Input file.
    pub file: String,
    /// Sentences read.
    pub sentences: usize,
    /// Tokens read.
    pub tokens: usize,
    /// Sentences per pseudo-document.
    pub doc_sentences: usize,
    /// Whether only named organizations were scored.
    pub named_orgs_only: bool,
    /// Per type, then `ALL` (micro-average over PERS, LOC and ORG).
    pub scores: Vec<TypeScore>,
    /// Errors (`FP TYPE tokens` / `FN TYPE tokens`), when asked for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
}

/// Scores CoNLL data: reassembles the text in pseudo-documents of
/// `doc_sentences` sentences, analyses each and compares entity token ranges.
pub fn eval_conll(file: &str, data: &str, doc_sentences: usize) -> ConllReport {
    eval_conll_with(
        file,
        data,
        &ConllOptions {
            doc_sentences,
            ..ConllOptions::default()
        },
    )
}

/// Options of [`eval_conll_with`].
#[derive(Clone, Debug, Default)]
pub struct ConllOptions {
    /// Sentences per pseudo-document.
    pub doc_sentences: usize,
    /// List every false positive and false negative.
    pub list_errors: bool,
    /// Score only organizations with `named: true` (conventions such as
    /// ANERcorp's do not tag descriptions like «الحكومة العراقية»).
    pub named_orgs_only: bool,
}

/// [`eval_conll`] with options.
pub fn eval_conll_with(file: &str, data: &str, o: &ConllOptions) -> ConllReport {
    let (doc_sentences, list_errors) = (o.doc_sentences.max(1), o.list_errors);
    let mut errors = Vec::new();
    let sentences = conll::parse(data);
    let tokens = sentences.iter().map(|s| s.tokens.len()).sum();
    let docs = conll::assemble(&sentences, doc_sentences);
    let mut counts = [Counts::default(); 4];
    let opts = AnalyzeOptions::default();
    for doc in &docs {
        let a = analyze_text(&doc.text, &opts);
        let mut pred: Vec<TokenEntity> = Vec::new();
        let groups: [(EntityType, Vec<&crate::output::TextSpan>); 3] = [
            (
                EntityType::Pers,
                a.people.iter().flat_map(|p| &p.mentions).collect(),
            ),
            (
                EntityType::Loc,
                a.places.iter().flat_map(|p| &p.mentions).collect(),
            ),
            (
                EntityType::Org,
                a.organizations
                    .iter()
                    .filter(|p| p.named || !o.named_orgs_only)
                    .flat_map(|p| &p.mentions)
                    .collect(),
            ),
        ];
        for (ty, mentions) in groups {
            for m in mentions {
                if let Some(tokens) = conll::align(&doc.token_spans, m.start, m.end) {
                    pred.push(TokenEntity { tokens, ty });
                }
            }
        }
        pred.sort();
        pred.dedup();
        for ty in EntityType::ALL {
            let p: Vec<&TokenEntity> = pred.iter().filter(|e| e.ty == ty).collect();
            let g: Vec<&TokenEntity> = doc.gold.iter().filter(|e| e.ty == ty).collect();
            counts[ty as usize].add(score::match_sets(&p, &g));
            if list_errors {
                let words = |e: &TokenEntity| {
                    let a = e.tokens.start.saturating_sub(2);
                    let b = (e.tokens.end + 2).min(doc.token_spans.len());
                    let chars: Vec<char> = doc.text.chars().collect();
                    let part = |r: std::ops::Range<usize>| -> String {
                        if r.is_empty() {
                            return String::new();
                        }
                        chars[doc.token_spans[r.start].start..doc.token_spans[r.end - 1].end]
                            .iter()
                            .map(|&c| if c == '\n' { '/' } else { c })
                            .collect()
                    };
                    format!(
                        "{} [{}] {}",
                        part(a..e.tokens.start),
                        part(e.tokens.clone()),
                        part(e.tokens.end..b)
                    )
                };
                let overlaps = |e: &TokenEntity, others: &[&TokenEntity]| {
                    others
                        .iter()
                        .any(|o| o.tokens.start < e.tokens.end && e.tokens.start < o.tokens.end)
                };
                // `FP`/`FN`: nothing overlapping; `FP~`/`FN~`: wrong boundaries.
                for e in &p {
                    if !g.contains(e) {
                        let b = if overlaps(e, &g) { "~" } else { "" };
                        errors.push(format!("FP{b} {} {}", ty.name(), words(e)));
                    }
                }
                for e in &g {
                    if !p.contains(e) {
                        let b = if overlaps(e, &p) { "~" } else { "" };
                        errors.push(format!("FN{b} {} {}", ty.name(), words(e)));
                    }
                }
            }
        }
    }
    let mut all = Counts::default();
    let mut scores = Vec::new();
    for ty in EntityType::ALL {
        let c = counts[ty as usize];
        if ty != EntityType::Misc {
            all.add(c);
        }
        scores.push(TypeScore {
            ty: ty.name().to_string(),
            prf: c.prf(),
            predicted_type: ty != EntityType::Misc,
        });
    }
    scores.push(TypeScore {
        ty: "ALL".to_string(),
        prf: all.prf(),
        predicted_type: true,
    });
    ConllReport {
        file: file.to_string(),
        sentences: sentences.iter().filter(|s| !s.tokens.is_empty()).count(),
        tokens,
        doc_sentences,
        named_orgs_only: o.named_orgs_only,
        scores,
        errors,
    }
}

fn row(out: &mut String, label: &str, p: &Prf, note: &str) {
    let _ = writeln!(
        out,
        "{label:<24} {:>6.3} {:>6.3} {:>6.3} {:>6} {:>6} {:>6}{note}",
        p.precision, p.recall, p.f1, p.tp, p.predicted, p.gold
    );
}

fn header(out: &mut String, first: &str) {
    let _ = writeln!(
        out,
        "{first:<24} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "P", "R", "F1", "tp", "pred", "gold"
    );
}

/// The table of a CoNLL report.
pub fn render_conll(r: &ConllReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} sentences, {} tokens, {} sentences per document (strict entity-level{})",
        r.file,
        r.sentences,
        r.tokens,
        r.doc_sentences,
        if r.named_orgs_only {
            ", named organizations only"
        } else {
            ""
        }
    );
    header(&mut out, "type");
    for s in &r.scores {
        let note = if s.predicted_type {
            ""
        } else {
            "  (not predicted)"
        };
        let label = if s.ty == "ALL" {
            "ALL (PERS+LOC+ORG)"
        } else {
            &s.ty
        };
        row(&mut out, label, &s.prf, note);
    }
    for e in &r.errors {
        let _ = writeln!(out, "{e}");
    }
    out
}

/// The table of a gold report.
pub fn render_gold(file: &str, r: &gold::GoldReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{file}: document-level scores");
    header(&mut out, "what");
    for (name, s) in [
        ("people", &r.people),
        ("places", &r.places),
        ("organizations", &r.organizations),
    ] {
        row(&mut out, name, &s.entities, "");
        row(
            &mut out,
            &format!("  {name} mentions"),
            &s.mentions,
            &format!("  clusters exact {}/{}", s.clusters_exact, s.entities.gold),
        );
    }
    row(&mut out, "dates (text)", &r.dates_text, "");
    row(&mut out, "dates (text+value)", &r.dates_value, "");
    row(
        &mut out,
        "quotes (offsets)",
        &r.quotes,
        &format!("  speakers right {}", r.quote_speakers_right),
    );
    let _ = writeln!(out, "not_quotes violations: {}", r.not_quote_violations);
    for (name, s) in [
        ("people", &r.people),
        ("places", &r.places),
        ("organizations", &r.organizations),
    ] {
        for m in &s.missed {
            let _ = writeln!(out, "missed {name}: {m}");
        }
        for m in &s.spurious {
            let _ = writeln!(out, "spurious {name}: {m}");
        }
        for m in &s.cluster_errors {
            let _ = writeln!(out, "cluster {name}: {m}");
        }
    }
    out
}
