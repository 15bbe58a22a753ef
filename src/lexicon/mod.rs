//! Lexicons: embedded TSV data files and the multi-word, clitic-aware matcher
//! that extractors share.
//!
//! Lexicon files live in `lexicons/` at the crate root and are embedded with
//! `include_str!`; each extractor parses its files once (in a `OnceLock`) into
//! a [`Gazetteer`], never per document.

use crate::document::Document;
use crate::document::clitics::is_proclitic_sequence;
use crate::document::segment::is_word_char;
use crate::normalize::match_key;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::ops::Range;

/// Rows of a TSV lexicon: skips the header line, blank lines and lines
/// starting with `#`; splits on tabs, trimming each field.
pub fn tsv_rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// A lexicon match in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexMatch {
    /// The entry id given when the gazetteer was built.
    pub entry: u32,
    /// Byte range of the whole match in the normalized text, proclitics included.
    pub range: Range<usize>,
    /// Byte range of the name without its proclitics.
    pub name: Range<usize>,
}

impl LexMatch {
    /// True when the name carries proclitics (وواشنطن, بموسكو, للامم …).
    pub fn has_prefix(&self) -> bool {
        self.range.start != self.name.start
    }
}

#[derive(Clone, Copy, Debug)]
struct PatternInfo {
    entry: u32,
    /// The pattern is a name with its article's alef dropped (لامم for
    /// الامم): it only matches after a ل proclitic (للامم).
    lam_lam: bool,
}

/// A set of names, matched on a document's matching text with Arabic
/// proclitics (و ف ب ك ل س and لل for ل + ال) in front and word boundaries at
/// both ends. Build once, use for every document: matching is linear in the
/// text length plus the number of matches.
#[derive(Debug)]
pub struct Gazetteer {
    matcher: Option<AhoCorasick>,
    patterns: Vec<PatternInfo>,
}

impl Gazetteer {
    /// Builds a gazetteer from `(surface form, entry id)` pairs. Surface forms
    /// are written naturally; they are normalized and folded here.
    pub fn new<S: AsRef<str>>(names: impl IntoIterator<Item = (S, u32)>) -> Gazetteer {
        let mut keys: Vec<String> = Vec::new();
        let mut patterns = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (name, entry) in names {
            let key = match_key(name.as_ref());
            let key = key.split_whitespace().collect::<Vec<_>>().join(" ");
            if key.chars().count() < 2 || !seen.insert((key.clone(), entry)) {
                continue;
            }
            if let Some(rest) = key.strip_prefix("ال") {
                if rest.starts_with('ل') || rest.chars().count() < 2 {
                    // لل + ل… would be three lams: Arabic writes those fully.
                } else {
                    keys.push(format!("ل{rest}"));
                    patterns.push(PatternInfo {
                        entry,
                        lam_lam: true,
                    });
                }
            }
            keys.push(key);
            patterns.push(PatternInfo {
                entry,
                lam_lam: false,
            });
        }
        let matcher = if keys.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(&keys)
                .ok()
        };
        Gazetteer { matcher, patterns }
    }

    /// Number of patterns (surface forms and their لل variants).
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// True when the gazetteer holds no names.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Every admissible match in the document (overlapping ones included), in
    /// order of end position.
    pub fn find_all(&self, doc: &Document) -> Vec<LexMatch> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let key = doc.key();
        let mut out = Vec::new();
        for m in matcher.find_overlapping_iter(key) {
            let info = self.patterns[m.pattern().as_usize()];
            let (s, e) = (m.start(), m.end());
            if key[e..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let word_start = key[..s]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_word_char(c))
                .last()
                .map_or(s, |(i, _)| i);
            let prefix = &key[word_start..s];
            let ok = if info.lam_lam {
                prefix.ends_with('ل') && is_proclitic_sequence(prefix)
            } else {
                prefix.is_empty() || (is_proclitic_sequence(prefix) && !prefix.ends_with("ال"))
            };
            if ok {
                out.push(LexMatch {
                    entry: info.entry,
                    range: word_start..e,
                    name: s..e,
                });
            }
        }
        out
    }

    /// The longest matches that do not overlap, leftmost first among equals,
    /// in text order.
    pub fn find(&self, doc: &Document) -> Vec<LexMatch> {
        longest_non_overlapping(self.find_all(doc))
    }
}

/// Keeps the longest of overlapping matches (ties: the earlier start), and
/// returns them in text order.
pub fn longest_non_overlapping(mut matches: Vec<LexMatch>) -> Vec<LexMatch> {
    matches.sort_by(|a, b| {
        (b.range.end - b.range.start)
            .cmp(&(a.range.end - a.range.start))
            .then(a.range.start.cmp(&b.range.start))
    });
    let mut taken: Vec<LexMatch> = Vec::new();
    let mut occupied: Vec<Range<usize>> = Vec::new();
    for m in matches {
        let i = occupied.partition_point(|r| r.end <= m.range.start);
        if i < occupied.len() && occupied[i].start < m.range.end {
            continue;
        }
        occupied.insert(i, m.range.clone());
        taken.push(m);
    }
    taken.sort_by_key(|m| m.range.start);
    taken
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(doc: &Document, g: &Gazetteer) -> Vec<(String, String, u32)> {
        g.find(doc)
            .into_iter()
            .map(|m| {
                (
                    doc.norm()[m.range.clone()].to_string(),
                    doc.norm()[m.name.clone()].to_string(),
                    m.entry,
                )
            })
            .collect()
    }

    #[test]
    fn clitics_multiword_and_longest() {
        let g = Gazetteer::new([
            ("موسكو", 1),
            ("واشنطن", 2),
            ("الولايات المتحدة", 3),
            ("الأمم المتحدة", 4),
            ("سوريا", 5),
            ("سورية", 5),
            ("جنوب السودان", 6),
            ("السودان", 7),
        ]);
        let doc = Document::new(
            "ورعت موسكو وواشنطن والولايات المتحدة بموسكو للامم المتحدة لسورية في جنوب السودان والسودان. موسكوفي".to_string(),
        );
        assert_eq!(
            names(&doc, &g),
            vec![
                ("موسكو".into(), "موسكو".into(), 1),
                ("وواشنطن".into(), "واشنطن".into(), 2),
                ("والولايات المتحدة".into(), "الولايات المتحدة".into(), 3),
                ("بموسكو".into(), "موسكو".into(), 1),
                ("للامم المتحدة".into(), "لامم المتحدة".into(), 4),
                ("لسورية".into(), "سورية".into(), 5),
                ("جنوب السودان".into(), "جنوب السودان".into(), 6),
                ("والسودان".into(), "السودان".into(), 7),
            ]
        );
    }

    #[test]
    fn no_match_inside_words_or_after_non_clitics() {
        let g = Gazetteer::new([("عمان", 1), ("امل", 2)]);
        let doc = Document::new("العمانية تعمان الامل عمان".to_string());
        assert_eq!(names(&doc, &g), vec![("عمان".into(), "عمان".into(), 1)]);
    }

    #[test]
    fn tsv_skips_header_and_comments() {
        let rows: Vec<Vec<&str>> = tsv_rows("# c\nname\tkind\nموسكو\tcity\n\n").collect();
        assert_eq!(rows, vec![vec!["موسكو", "city"]]);
    }
}
