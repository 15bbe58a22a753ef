//! Quotations and their speakers: direct quotes (a whole utterance in marks),
//! partial quotes (a few quoted words in the reporter's sentence) and
//! indirect speech (the clause after قال إن، أكد أن …).
//!
//! The pipeline, in small steps, each linear in the document:
//! 1. [`marks`] pairs the quotation marks (nested, reversed, unbalanced),
//!    bounding an unclosed mark to its paragraph and warning about it;
//! 2. [`cues`] finds speech verbs (every form, with و/ف) and attribution
//!    frames (بحسب، نقلا عن …) outside quotations and resolves their speakers
//!    from the entities earlier extractors found ([`entities`]): after the
//!    verb (VSO), before it (SVO), or by pro-drop continuation;
//! 3. [`marked`] tells names, titles and scare quotes from quotations and
//!    gives each quotation its kind and governing cue;
//! 4. [`indirect`] takes the clause after a complementizer.
//!
//! Speakers are linked to the person, organization or place whose mention
//! sits in the speaker position; when none does, the words there are given as
//! a name with a null id.

mod cue_checks;
pub mod cues;
pub mod entities;
pub mod indirect;
pub mod lexicon;
pub mod marked;
pub mod marks;
pub mod phrase;
pub mod subject;

use crate::document::Document;
use crate::extract::{Context, Extraction, Extractor};
use crate::output::{Quote, TextSpan, Warning};
use marked::NotQuote;
use phrase::Scan;

/// Most `unclosed_quote` warnings per document; one more says how many were left out.
pub const MAX_WARNINGS: usize = 20;

/// The quotation extractor. Runs last: it reads people, organizations and
/// places to name speakers.
#[derive(Clone, Copy, Debug, Default)]
pub struct QuotesExtractor;

impl Extractor for QuotesExtractor {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn extract(&self, doc: &Document, _ctx: &Context, out: &mut Extraction) {
        let (quotes, warnings) = find_quotes(doc, out);
        out.quotes.extend(quotes);
        out.warnings.extend(warnings);
    }
}

/// Finds the quotations of `doc`, given the entities already in `ents`.
/// Returns the quotes (ids `q1`, `q2`, … in text order) and warnings.
pub fn find_quotes(doc: &Document, ents: &Extraction) -> (Vec<Quote>, Vec<Warning>) {
    let lex = lexicon::lexicon();
    let index = entities::EntityIndex::new(doc, ents);
    let pairing = marks::pair(doc.norm());
    let body_end = doc
        .boilerplate()
        .first()
        .map_or(doc.norm().len(), |r| r.start);

    // Outermost closed pairs mark the tokens inside quotations.
    let toks = doc.tokens();
    let mut inside = vec![false; toks.len()];
    let mut outer: Vec<&marks::Marked> = Vec::new();
    for m in &pairing.pairs {
        if m.open.start >= body_end || outer.last().is_some_and(|o| m.open.start < o.inner.end) {
            continue;
        }
        outer.push(m);
    }
    // Names and titles in marks are not quotations: their words stay
    // visible to the cue and speaker search (قال مصدر لـ«الشرق الأوسط» إن …).
    let no_inside = vec![false; toks.len()];
    let fathatan = doc.original().contains('\u{064B}');
    let pre = Scan {
        doc,
        lex,
        ents: &index,
        inside: &no_inside,
        fathatan,
    };
    // Where names in marks open (normalized bytes, sorted): an indirect
    // clause may begin with one («إن «إعلان القاهرة» كشف …»).
    let mut name_opens = Vec::new();
    outer.retain(|m| {
        let quote = marked::name_or_empty(&pre, m).is_none();
        if !quote {
            name_opens.push(m.open.start);
        }
        quote
    });
    for m in &outer {
        let a = toks.partition_point(|t| t.range.end <= m.inner.start);
        let b = toks.partition_point(|t| t.range.start < m.inner.end);
        inside[a..b.max(a)].iter_mut().for_each(|x| *x = true);
    }
    let scan = Scan {
        doc,
        lex,
        ents: &index,
        inside: &inside,
        fathatan,
    };
    let cues = cues::find(&scan);

    let mut quotes: Vec<Quote> = Vec::new();
    let mut warnings = Vec::new();
    // Where each quotation in marks starts (normalized bytes), for the
    // indirect clauses that a complementizer opening one would repeat.
    let mut marked_starts = Vec::new();
    let mut push = |mq: marked::MarkedQuote| {
        marked_starts.push(mq.inner.start);
        let span = doc.span(mq.inner.clone());
        quotes.push(Quote {
            id: String::new(),
            text: doc.original_slice(span).to_string(),
            start: span.start,
            end: span.end,
            kind: mq.kind.to_string(),
            cue: mq.cue.map(|r| text_span(doc, r)),
            speaker: mq.speaker,
            rule: mq.rule,
            confidence: mq.confidence,
        });
    };
    for m in &outer {
        match marked::classify(&scan, &cues, m, true) {
            Ok(q) => push(q),
            Err(NotQuote::Name | NotQuote::Scare | NotQuote::Empty) => {}
        }
    }
    let mut unclosed = 0usize;
    for m in pairing.unclosed.iter().filter(|m| m.open.start < body_end) {
        if unclosed < MAX_WARNINGS {
            let span = doc.span(m.open.start..m.inner.end);
            warnings.push(Warning {
                code: "unclosed_quote".into(),
                message: format!(
                    "quotation mark not closed; the quotation was bounded to {} characters",
                    span.end.saturating_sub(span.start + 1)
                ),
                start: Some(span.start),
                end: Some(span.end),
            });
        }
        unclosed += 1;
        // `outer` holds disjoint pairs in text order: one binary search
        // finds the pair that could contain this mark.
        let before = outer.partition_point(|o| o.inner.start <= m.open.start);
        if before > 0 && m.open.start < outer[before - 1].inner.end {
            continue;
        }
        if let Ok(q) = marked::classify(&scan, &cues, m, false) {
            push(q);
        }
    }
    if unclosed > MAX_WARNINGS {
        warnings.push(Warning {
            code: "unclosed_quote".into(),
            message: format!(
                "{} more unclosed quotation marks not listed",
                unclosed - MAX_WARNINGS
            ),
            start: None,
            end: None,
        });
    }
    marked_starts.sort_unstable();
    for ind in indirect::find(&scan, &cues, &marked_starts, &name_opens) {
        let span = doc.span(ind.clause.clone());
        let src = ind.frame.unwrap_or(ind.cue);
        quotes.push(Quote {
            id: String::new(),
            text: doc.original_slice(span).to_string(),
            start: span.start,
            end: span.end,
            kind: "indirect".into(),
            cue: Some(text_span(doc, ind.cue.range.clone())),
            speaker: src.speaker.clone(),
            rule: src.rule.to_string(),
            confidence: if src.speaker.is_some() {
                src.confidence
            } else {
                0.0
            },
        });
    }
    quotes.sort_by_key(|q| (q.start, q.end));
    for (i, q) in quotes.iter_mut().enumerate() {
        q.id = crate::civil::numbered_id('q', i + 1);
    }
    (quotes, warnings)
}

fn text_span(doc: &Document, r: std::ops::Range<usize>) -> TextSpan {
    let span = doc.span(r);
    TextSpan {
        text: doc.original_slice(span).to_string(),
        start: span.start,
        end: span.end,
    }
}

#[cfg(test)]
mod tests;
