//! The country of a place named inside an organization's name, chosen with
//! the document: «أمانة عمان» is Amman's (JO) in an article about Jordan,
//! not Oman's (OM), the name's first reading.

use super::lexicon::{PlaceCcs, places};
use crate::document::Document;
use crate::extract::words::lookup_stem;
use crate::output::Place;
use std::cell::OnceCell;

/// Chooses among the readings of ambiguous place names with the places
/// extractor's output and the demonyms of the document.
pub struct PlaceContext<'a> {
    doc: &'a Document,
    places: &'a [Place],
    /// Countries of the document's demonyms, computed on first need.
    demonyms: OnceCell<Vec<&'static str>>,
    /// The place mentions as (start, end) code points, sorted by start,
    /// computed on first need.
    spans: OnceCell<Vec<(usize, usize)>>,
    /// Place names of several words the places extractor left out after a
    /// blocker word (see [`crate::extract::Extraction::blocked_places`]).
    blocked: &'a [(std::ops::Range<usize>, &'static str)],
    /// The normalized ranges of the place mentions, if given (else made
    /// from the mentions when needed).
    ranges: &'a [std::ops::Range<usize>],
    /// The places of several words, mentions and `blocked`, as normalized
    /// (start, end, country code), sorted by start, computed on first need.
    multi: OnceCell<Vec<(usize, usize, &'a str)>>,
}

impl<'a> PlaceContext<'a> {
    /// A context over a document and the places already extracted from it.
    pub fn new(doc: &'a Document, places: &'a [Place]) -> Self {
        PlaceContext {
            doc,
            places,
            demonyms: OnceCell::new(),
            spans: OnceCell::new(),
            blocked: &[],
            ranges: &[],
            multi: OnceCell::new(),
        }
    }

    /// The context with the normalized ranges of the place mentions (in
    /// the order of the places and their mentions, as
    /// [`super::place_ranges`] makes them) and the place names of several
    /// words the places extractor left out after a blocker word.
    pub fn with_ranges(
        mut self,
        ranges: &'a [std::ops::Range<usize>],
        blocked: &'a [(std::ops::Range<usize>, &'static str)],
    ) -> Self {
        self.ranges = ranges;
        self.blocked = blocked;
        self
    }

    /// A place of several words that begins token `t` (no proclitic before
    /// it): a place mention or a name the places extractor left out after
    /// a blocker word («سراة عبيدة» in «مستشفى سراة عبيدة»). Its last
    /// token and its country code ("" when none).
    pub fn place_of_words_from(&self, t: usize) -> Option<(usize, &'a str)> {
        let doc = self.doc;
        let start = doc.tokens().get(t)?.range.start;
        let multi = self.multi.get_or_init(|| {
            let norm = doc.normalized();
            let given =
                self.ranges.len() == self.places.iter().map(|p| p.mentions.len()).sum::<usize>();
            let mut at = 0;
            let mut v: Vec<(usize, usize, &'a str)> = Vec::new();
            for p in self.places {
                let cc = p.country.as_deref().unwrap_or("");
                for m in &p.mentions {
                    let r = if given {
                        self.ranges[at].clone()
                    } else {
                        norm.to_normalized(crate::span::Span::new(m.start, m.end))
                    };
                    at += 1;
                    if doc.key().get(r.clone()).is_some_and(|k| k.contains(' ')) {
                        v.push((r.start, r.end, cc));
                    }
                }
            }
            v.extend(self.blocked.iter().map(|(r, cc)| (r.start, r.end, *cc)));
            v.sort_unstable();
            v
        });
        let i = multi.partition_point(|&(s, _, _)| s < start);
        let &(_, end, cc) = multi.get(i).filter(|&&(s, _, _)| s == start)?;
        let last = doc.token_at(end.saturating_sub(1)).filter(|&e| e > t)?;
        (doc.tokens()[last].sentence == doc.tokens()[t].sentence).then_some((last, cc))
    }

    /// The place token `t` names (proclitics split off, a ل or no prefix
    /// only: «لسوريا»): the prefix length in bytes and the country code of
    /// the reading the document supports ("" when it has none).
    pub fn place_of_token(&self, t: usize) -> Option<(usize, &'static str)> {
        let doc = self.doc;
        let tok = doc.tokens().get(t)?;
        // Most tokens are ruled out by their splits' word classes, without
        // a look-up of each stem.
        if !crate::extract::people::words::token_may_be_place(doc, t) {
            return None;
        }
        let k = doc.token_key(tok);
        let (p, _, ccs) = lookup_stem(k, |s| places().place_ccs(s))
            .filter(|(p, _, _)| *p == 0 || k.starts_with('ل'))?;
        Some((p, self.choose(ccs, doc.span(tok.range.clone()))))
    }

    /// The last token of a place mention of the document that begins in
    /// token `t` («بيت المقدس» after «أنصار»).
    pub fn place_starting_at(&self, t: usize) -> Option<usize> {
        let doc = self.doc;
        let span = doc.span(doc.tokens().get(t)?.range.clone());
        let spans = self.spans.get_or_init(|| {
            let mut v: Vec<(usize, usize)> = self
                .places
                .iter()
                .flat_map(|p| &p.mentions)
                .map(|m| (m.start, m.end))
                .collect();
            v.sort_unstable();
            v
        });
        let i = spans.partition_point(|&(s, _)| s < span.start);
        let &(start, end) = spans.get(i).filter(|&&(s, _)| s < span.end)?;
        let r = doc
            .normalized()
            .to_normalized(crate::span::Span::new(start, end));
        doc.token_at(r.end.saturating_sub(1)).filter(|&e| e >= t)
    }

    /// The reading (by country code, in lexicon order) the document supports:
    /// the places extractor's own reading of this very mention, then a
    /// country among the document's places, then among its demonyms, else
    /// the first.
    fn choose(&self, ccs: PlaceCcs, span: crate::span::Span) -> &'static str {
        let first = ccs.iter().next().unwrap_or("");
        if ccs.iter().all(|c| c == first) {
            return first;
        }
        let known = |cc: &str| ccs.iter().find(|&c| !c.is_empty() && c == cc);
        // The places extractor's reading of this mention.
        for p in self.places {
            let here = p
                .mentions
                .iter()
                .any(|m| m.start < span.end && span.start < m.end);
            if here && let Some(c) = p.country.as_deref().and_then(known) {
                return c;
            }
        }
        // The reading whose country has the most place mentions elsewhere.
        let mut best: Option<(&'static str, usize)> = None;
        for c in ccs.iter() {
            let n: usize = self
                .places
                .iter()
                .filter(|p| !c.is_empty() && p.country.as_deref() == Some(c))
                .map(|p| p.mentions.len())
                .sum();
            if n > 0 && best.is_none_or(|(_, b)| n > b) {
                best = Some((c, n));
            }
        }
        if let Some((c, _)) = best {
            return c;
        }
        let demonyms = self.demonyms.get_or_init(|| {
            let doc = self.doc;
            doc.tokens()
                .iter()
                .filter_map(|t| {
                    lookup_stem(doc.token_key(t), |s| places().demonym(s)).map(|(_, _, d)| d.cc)
                })
                .collect()
        });
        ccs.iter()
            .find(|c| !c.is_empty() && demonyms.contains(c))
            .unwrap_or(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::people::words::token_may_be_place;
    use crate::extract::word_class;

    /// The word classes rule out only tokens that name no place: for every
    /// token of each text, whether it may be a place (the table), and that
    /// `place_of_token` finds what a look-up of every stem finds.
    #[test]
    fn place_of_token_ruled_out_by_word_classes() {
        word_class::install();
        word_class::build();
        let rows: &[(&str, &[bool])] = &[
            ("أمانة عمان ولسوريا", &[false, true, true]),
            ("وزارة الخارجية السورية", &[false, false, true]),
            ("شركة موتورولا بالقاهرة", &[false, false, true]),
            ("للمغرب وفرنسا ثلاجة", &[true, true, false]),
            ("في 2015 قال", &[false, false, false]),
        ];
        for &(text, want) in rows {
            let doc = Document::new(text.to_string());
            let pctx = PlaceContext::new(&doc, &[]);
            let got: Vec<bool> = (0..doc.tokens().len())
                .map(|t| token_may_be_place(&doc, t))
                .collect();
            assert_eq!(got, want, "{text}");
            for t in 0..doc.tokens().len() {
                let k = doc.token_key(&doc.tokens()[t]);
                let looked_up = lookup_stem(k, |s| places().place_ccs(s))
                    .filter(|(p, _, _)| *p == 0 || k.starts_with('ل'))
                    .map(|(p, _, _)| p);
                assert_eq!(
                    pctx.place_of_token(t).map(|(p, _)| p),
                    looked_up,
                    "{text}: token {t}"
                );
            }
        }
    }
}
