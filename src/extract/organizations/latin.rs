//! Latin-script names of an organization written right after its Arabic
//! mention («جامعة آستون ( Aston University )», «جامعة كارديف Cardiff
//! University»): another mention of the same organization.

use super::rules::Candidate;
use crate::document::Document;

/// Small words inside a Latin name («Free University of Berlin», «Banco de
/// España»); a name neither begins nor ends with one.
const CONNECTIVES: &[&str] = &[
    "of", "and", "for", "the", "de", "du", "des", "del", "la", "le", "für", "und", "&",
];

/// The most Latin words an alias may have.
const MAX_WORDS: usize = 7;

/// True when a word is written in Latin letters.
fn latin(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '\'')
}

/// True when a Latin word may be part of a name: capitalized, an acronym,
/// or a connective.
fn name_word(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_uppercase()) || CONNECTIVES.contains(&word)
}

/// The gap between an organization mention and its alias holds only
/// spaces, closing quotation marks and one opening parenthesis.
fn alias_gap(gap: &str) -> bool {
    gap.chars().all(|c| c.is_whitespace() || alias_gap_char(c)) && gap.matches('(').count() <= 1
}

/// Punctuation allowed between a mention and its alias.
fn alias_gap_char(c: char) -> bool {
    matches!(c, '(' | '"' | '”' | '»' | '’')
}

/// Latin aliases of the organizations of `found` (sorted by start, not
/// overlapping): a run of capitalized Latin words right after a mention,
/// in parentheses or not, that is not itself the start of a longer Latin
/// text (it ends at a closing parenthesis or at a non-Latin word). Each
/// alias takes the canonical name of the mention before it, so both are
/// one organization.
pub fn aliases(doc: &Document, found: &[Candidate]) -> Vec<Candidate> {
    let toks = doc.tokens();
    let norm = doc.norm();
    let mut out = Vec::new();
    for (i, c) in found.iter().enumerate() {
        // A cheap look at the first letter after the mention.
        let next_letter = norm
            .get(c.range.end..)
            .unwrap_or("")
            .chars()
            .take(8)
            .find(|&ch| !(ch.is_whitespace() || alias_gap_char(ch)));
        if !next_letter.is_some_and(|ch| ch.is_ascii_alphabetic()) {
            continue;
        }
        let Some(last) = doc.token_at(c.range.end.saturating_sub(1)) else {
            continue;
        };
        let first = last + 1;
        let Some(t) = toks.get(first) else {
            continue;
        };
        // After an Arabic mention only: «Science of Us» after «New York
        // Magazine» is another name.
        if latin(&norm[toks[last].range.clone()]) {
            continue;
        }
        let gap = &norm[toks[last].range.end..t.range.start];
        let paren = gap.contains('(');
        if !alias_gap(gap) || t.sentence != toks[last].sentence {
            continue;
        }
        let mut end = first;
        let mut words = 0;
        while let Some(tok) = toks.get(end) {
            let w = &norm[tok.range.clone()];
            if !latin(w) || !name_word(w) || words == MAX_WORDS {
                break;
            }
            words += 1;
            end += 1;
            let next_gap = toks
                .get(end)
                .map_or("", |n| &norm[tok.range.end..n.range.start]);
            // «AT & T»: an ampersand between two words.
            if !(next_gap.trim().is_empty() || next_gap.trim() == "&") {
                break;
            }
        }
        if words == 0 {
            continue;
        }
        let last_alias = end - 1;
        // Not a connective at either end.
        let word = |j: usize| &norm[toks[j].range.clone()];
        if CONNECTIVES.contains(&word(first)) || CONNECTIVES.contains(&word(last_alias)) {
            continue;
        }
        // The alias ends at a closing parenthesis (when one was opened) or
        // before a non-Latin word: not the first words of a longer Latin text.
        let after = toks
            .get(end)
            .map_or(&norm[toks[last_alias].range.end..], |n| {
                &norm[toks[last_alias].range.end..n.range.start]
            });
        let next_latin = toks.get(end).is_some_and(|n| latin(&norm[n.range.clone()]));
        let closed = after.contains(')');
        if !closed && (paren || next_latin) {
            continue;
        }
        // A model after a maker («إيرباص A380», «بوينغ DC - 3»): a word with
        // a digit, or a number after the alias, outside parentheses.
        let digit = (first..end).any(|j| word(j).chars().any(|c| c.is_ascii_digit()));
        let then_number = toks
            .get(end)
            .is_some_and(|n| n.kind == crate::document::TokenKind::Number && after.trim() == "-");
        if !paren && (digit || then_number) {
            continue;
        }
        let range = t.range.start..toks[last_alias].range.end;
        // Not over another candidate.
        if found.get(i + 1).is_some_and(|n| n.range.start < range.end) {
            continue;
        }
        out.push(Candidate { range, ..c.clone() });
    }
    out
}
