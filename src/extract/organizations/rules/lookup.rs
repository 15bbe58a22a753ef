//! Small look-ups shared by the head rules: a head's definiteness, the
//! lexicon candidate at a token, a ruler's title and name.

use super::candidate::Candidate;
use super::words::{RULER_TITLES, verb_or_participle};
use crate::document::Document;
use crate::extract::words::{clean_gap, is_stopword};
use crate::lexicon::LexMatch;
use std::ops::Range;

/// True when a head match is definite (الحكومة، للمجلس).
pub(super) fn head_is_definite(doc: &Document, m: &LexMatch) -> bool {
    doc.key()[m.name.clone()].starts_with("ال") || lex_head_definite(doc, &m.name)
}

/// The last token of a ruler's title and name starting at token `j` («الملك
/// فيصل», «الملك عبدالله بن عبدالعزيز»), if token `j` is such a title and a
/// name follows it.
pub(super) fn ruler_name(doc: &Document, j: usize) -> Option<usize> {
    let toks = doc.tokens();
    if !RULER_TITLES.contains(&doc.token_key(toks.get(j)?)) {
        return None;
    }
    let name = |t: usize| {
        toks.get(t).is_some_and(|tok| {
            let k = doc.token_key(tok);
            tok.sentence == toks[j].sentence
                && clean_gap(doc, t - 1, t)
                && tok.kind == crate::document::TokenKind::Word
                && !k.starts_with("ال")
                && !is_stopword(k)
                && !k.starts_with(['و', 'ب', 'ل'])
                && !verb_or_participle(k)
        })
    };
    if !name(j + 1) {
        return None;
    }
    let mut end = j + 1;
    // «بن عبدالعزيز»: up to two generations.
    for _ in 0..2 {
        let is_bin = toks
            .get(end + 1)
            .is_some_and(|t| matches!(doc.token_key(t), "بن" | "ابن"));
        if is_bin && name(end + 2) {
            end += 2;
        } else {
            break;
        }
    }
    // «مؤسسة الملك عبدالعزيز ورجاله للموهبة والإبداع»: the ruler's
    // people (a noun with his pronoun) share the name before its field.
    let field_next = toks.get(end + 2).is_some_and(|t| {
        t.sentence == toks[j].sentence
            && clean_gap(doc, end + 1, end + 2)
            && doc.token_key(t).starts_with("لل")
    });
    if field_next
        && toks.get(end + 1).is_some_and(|t| {
            let text = doc.token_text(t);
            clean_gap(doc, end, end + 1)
                && doc.token_key(t).starts_with('و')
                && text.ends_with('ه')
                && text.chars().count() >= 4
        })
    {
        end += 1;
    }
    Some(end)
}

/// The first lexicon candidate (sorted by start) that starts in token `t`.
pub(super) fn lexicon_at<'a>(
    doc: &Document,
    lexicon: &'a [Candidate],
    t: usize,
) -> Option<&'a Candidate> {
    let r = &doc.tokens().get(t)?.range;
    let i = lexicon.partition_point(|c| c.range.start < r.start);
    lexicon.get(i).filter(|c| c.range.start < r.end)
}

/// True when a lexicon candidate at token `t` has a ل proclitic
/// («للجامعة العربية», «لحركة حماس»): after a head, it names another body.
pub(super) fn lam_before(doc: &Document, t: usize, c: &Candidate) -> bool {
    let tok = &doc.tokens()[t];
    let k = doc.token_key(tok);
    k.starts_with('ل') && (c.range.start > tok.range.start || k.starts_with("لل"))
}

/// True when a head was matched as the لل form of a definite head.
pub(super) fn lex_head_definite(doc: &Document, name: &Range<usize>) -> bool {
    let k = &doc.key()[name.clone()];
    k.starts_with('ل')
        && !k.starts_with("ال")
        && name.start >= 1
        && doc.key()[..name.start].ends_with('ل')
}

/// True when a head of several words begins in a token («والهيئة العامة»;
/// `heads` sorted by start).
pub(super) fn head_starts_in(heads: &[LexMatch], token: &Range<usize>) -> bool {
    let i = heads.partition_point(|h| h.range.start < token.start);
    heads
        .get(i)
        .is_some_and(|h| h.range.start < token.end && h.range.end > token.end)
}
