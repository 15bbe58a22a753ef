//! Head words with their complements: «وزارة الخارجية الروسية», «شركة
//! وقاية للتأمين», «وكالة “فرانس برس”», short ministry names. This file
//! walks the head matches; the steps live beside it: `phrase` (a head that
//! is a word of a phrase), `name_after` (a name right after the head),
//! `complements` (the words that follow it), `mention` (the mention they
//! make), with `field` and `lookup` as shared helpers.

use super::super::lexicon::orgs;
use super::super::place_context::PlaceContext;
use super::candidate::Candidate;
use super::complements::complements;
use super::lookup::{head_is_definite, lex_head_definite};
use super::mention::head_mention;
use super::name_after::{NameAfter, name_right_after, parenthesized_after, quoted_after};
use super::phrase::head_in_phrase;
use super::words::{FIELD_NAMED_KINDS, KEEP_HEADS};
use crate::document::Document;
use crate::extract::words::{clean_gap, entry_key, word_count};
use crate::lexicon::LexMatch;
use std::cell::OnceCell;

/// A head match and what the head-candidate rules know of it.
pub(super) struct HeadAt<'a> {
    /// The head word's match.
    pub m: &'a LexMatch,
    /// The head's kind in the spec (company, ministry_short, club …).
    pub kind: &'a str,
    /// The head's first and last tokens.
    pub first: usize,
    pub last: usize,
    /// The head's key, its article restored after a fused لل.
    pub key: &'a str,
    /// Words in the head.
    pub words: usize,
    /// Whether the head is definite.
    pub definite: bool,
    /// Whether the head stays in the mention before a name.
    pub keep: bool,
}

/// Head-word candidates; `lexicon` are the lexicon candidates (a head right
/// before one of them only decides whether the head is part of the name).
pub fn head_candidates(
    doc: &Document,
    heads: &[LexMatch],
    lexicon: &[Candidate],
    pctx: &PlaceContext,
    sports: &mut Option<bool>,
) -> Vec<Candidate> {
    let lex = orgs();
    let toks = doc.tokens();
    let mut out = Vec::new();
    // See `names_ministry_in_full`.
    let minister_words = OnceCell::new();
    for m in heads.iter().cloned() {
        let Some(kind) = lex.head_kinds.get(m.entry as usize) else {
            continue;
        };
        let Some((first, last)) = m
            .first_token(doc)
            .and_then(|first| head_span_from(doc, first, &m.range))
        else {
            continue;
        };
        // A counted head is a common noun: «أسهم 26 شركة».
        if first > 0
            && clean_gap(doc, first - 1, first)
            && toks[first - 1].kind == crate::document::TokenKind::Number
        {
            continue;
        }
        // The head's own key, its article restored after a fused لل
        // («للبنك» → البنك).
        let head_owned;
        let head_key = match doc.key()[m.name.clone()].strip_prefix('ل') {
            Some(rest) if lex_head_definite(doc, &m.name) => {
                head_owned = format!("ال{rest}");
                head_owned.as_str()
            }
            _ => &doc.key()[m.name.clone()],
        };
        // «لمصلحة» (in favour of): no authority.
        if head_key == "مصلحه"
            && m.has_prefix()
            && doc.key()[m.range.start..m.name.start].contains('ل')
        {
            continue;
        }
        // «بحوزة» (in the possession of): no seminary.
        if head_key == "حوزه"
            && m.has_prefix()
            && doc.key()[m.range.start..m.name.start].contains('ب')
        {
            continue;
        }
        // «نادى البعض»: the verb (called for), not «نادي» (club).
        if head_key == "نادي" && doc.norm()[m.name.clone()].ends_with('ى') {
            continue;
        }
        // «مسجد الحسن الثاني», «مسجد الكوفة», «كنيسة مار يعقوب»: a house of
        // worship named after a person, a title or a place is a building,
        // no body.
        if WORSHIP_HEADS.contains(&head_key) && named_after_person_or_place(doc, pctx, last) {
            continue;
        }
        let head_words = head_word_count(first, last, head_key);
        let definite_head = head_is_definite(doc, &m);
        let ministry = kind == "ministry_short";
        if head_in_phrase(doc, &m, first, head_key, ministry, &minister_words) {
            continue;
        }
        // «جهاز» + a name is a device («جهاز “كيندل”», «جهاز سامسونج»); the
        // apparatus of a state takes definite complements only («جهاز
        // الأمن الوطني»).
        let device = head_key == "جهاز";
        // «سهم «سابك»»: a company only with a name in marks.
        let in_marks_only = kind == "company_in_marks";
        // A name in quotation marks right after the head: «وكالة “فرانس برس”»;
        // not after a definite head, which is whole («دستور الوكالة
        // «موظفين دوليين …»»). A share's name is a short name, no phrase with
        // a number («أسهم "ما تسوى 3 ريالات"»).
        // «ديوان «فصل في الجحيم»»: a collection of poems, no court.
        let poems = head_key == "ديوان";
        if !ministry
            && !device
            && !definite_head
            && !poems
            && let Some(range) = quoted_after(doc, last, in_marks_only).or_else(|| {
                // «شركة (كامبل سوب)»: a company's short name in
                // parentheses.
                FIELD_NAMED_KINDS
                    .contains(&kind.as_str())
                    .then(|| parenthesized_after(doc, last))
                    .flatten()
            })
        {
            if let Some(c) = known_with_demonym_after(doc, &range) {
                out.push(c);
                continue;
            }
            let canonical = entry_key(&doc.key()[range.clone()]);
            let kind = if in_marks_only { "company" } else { kind };
            out.push(Candidate::from_rule(range, canonical, kind.to_string()));
            continue;
        }
        if in_marks_only {
            continue;
        }
        let keep_head = head_words > 1 || KEEP_HEADS.contains(&head_key);
        let h = HeadAt {
            m: &m,
            kind,
            first,
            last,
            key: head_key,
            words: head_words,
            definite: definite_head,
            keep: keep_head,
        };
        if !ministry && !device && last + 1 < toks.len() && clean_gap(doc, last, last + 1) {
            match name_right_after(doc, lexicon, &h) {
                NameAfter::Found(c) => {
                    out.push(c);
                    continue;
                }
                NameAfter::Drop => continue,
                NameAfter::None => {}
            }
        }
        // Complements: definite nouns/adjectives, demonyms, a place (لسوريا).
        let c = complements(doc, heads, lexicon, pctx, &h);
        if let Some(c) = head_mention(doc, lexicon, pctx, sports, &h, c) {
            out.push(c);
        }
    }
    out
}

/// The known organization a name in marks makes with the demonym right
/// after the closing mark: «كتلة "القوات" اللبنانية» is the Lebanese
/// Forces («القوات اللبنانية»), not «القوات» (forces) alone. The mention
/// stays the name in marks; the lexicon gives the canonical name, kind and
/// country.
fn known_with_demonym_after(doc: &Document, range: &std::ops::Range<usize>) -> Option<Candidate> {
    let toks = doc.tokens();
    let last = doc.token_at(range.end.checked_sub(1)?)?;
    let next = toks
        .get(last + 1)
        .filter(|t| t.sentence == toks[last].sentence)?;
    let demonym = doc.token_key(next);
    if !demonym.starts_with("ال") || !super::super::lexicon::places().is_demonym(demonym) {
        return None;
    }
    let lex = orgs();
    let name = format!("{} {demonym}", entry_key(&doc.key()[range.clone()]));
    let e = lex.entries.get(*lex.by_key.get(&name)? as usize)?;
    Some(Candidate {
        range: range.clone(),
        canonical: e.canonical.clone(),
        kind: e.kind.clone(),
        cc: e.cc.clone(),
        from_lexicon: true,
        ambiguous: false,
        named: true,
    })
}

/// The words of a head whose first and last tokens are `first` and
/// `last`: a head inside one token is one word (a token holds no white
/// space), so only a head of several tokens is counted.
#[inline]
fn head_word_count(first: usize, last: usize, head_key: &str) -> usize {
    if first == last && !head_key.is_empty() {
        1
    } else {
        word_count(head_key)
    }
}

/// Indefinite heads of a house of worship, as matching keys.
const WORSHIP_HEADS: &[&str] = &["مسجد", "كنيسه"];

/// [`Document::token_span`] of the byte range `r` of a head: its first
/// token by a binary search, its last by walking from the first (a head is
/// a few tokens; the tokens before the first end before `r`), instead of a
/// second binary search over the document.
#[cfg(test)]
fn head_span(doc: &Document, r: &std::ops::Range<usize>) -> Option<(usize, usize)> {
    head_span_from(doc, doc.token_at(r.start)?, r)
}

/// [`Document::token_span`] of the byte range `r` of a head given `first`,
/// the token holding the start of `r` ([`crate::lexicon::LexMatch::first_token`]
/// of a head match): its last token by walking from the first.
fn head_span_from(
    doc: &Document,
    first: usize,
    r: &std::ops::Range<usize>,
) -> Option<(usize, usize)> {
    let pos = r.end.saturating_sub(1);
    let toks = doc.tokens();
    // (A range ending before its start: the search over the document.)
    if pos < r.start {
        return Some((first, doc.token_at(pos)?));
    }
    let mut i = first;
    while toks.get(i).is_some_and(|t| t.range.end <= pos) {
        i += 1;
    }
    let last = toks.get(i).filter(|t| t.range.start <= pos).map(|_| i)?;
    Some((first, last))
}

/// True when the word after token `last` is a place, a person's title or
/// a person's name («مسجد [الكوفة]», «مسجد [الملك] الحسن الثاني», «مسجد
/// [الحسن] الثاني», «كنيسة [مار] يعقوب», «لكنيسة [مايكل] المقدسة»).
fn named_after_person_or_place(doc: &Document, pctx: &PlaceContext, last: usize) -> bool {
    let toks = doc.tokens();
    let j = last + 1;
    if j >= toks.len() || toks[j].sentence != toks[last].sentence || !clean_gap(doc, last, j) {
        return false;
    }
    let k = doc.token_key(&toks[j]);
    let people_lex = crate::extract::people::lexicon::lexicon();
    let person = |w: &str| {
        people_lex.names.get(w).is_some_and(|f| {
            f.has(crate::extract::people::lexicon::NameFlags::GIVEN)
                || f.has(crate::extract::people::lexicon::NameFlags::FAMILY)
        })
    };
    pctx.place_of_token(j).is_some_and(|(p, _)| p == 0)
        || super::super::lexicon::places().is_place(k)
        || people_lex.single_titles.contains(k)
        || WORSHIP_TITLES.contains(&k)
        || person(k)
        || k.strip_prefix("ال").is_some_and(person)
}

/// Titles of saints and imams a house of worship is named after, as
/// matching keys (the people lexicon's titles are a ruler's or an
/// official's).
const WORSHIP_TITLES: &[&str] = &["مار", "القديس", "القديسه", "الامام", "السيده"];

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-token short cut counts what `word_count` counts, for every
    /// head match (fused لل restored too) of texts with one-word and
    /// several-word heads.
    #[test]
    fn head_span_as_token_span() {
        let texts = [
            "قالت وزارة الخارجية الروسية إن الأمم المتحدة  وللبنك الدولي.",
            "«وكالة “فرانس برس”» و(شركة) 12 حزب - الله",
        ];
        for text in texts {
            let doc = Document::new(text.to_string());
            let n = doc.norm().len();
            for start in 0..=n + 1 {
                for end in 0..=n + 2 {
                    let r = start..end;
                    assert_eq!(head_span(&doc, &r), doc.token_span(&r), "{text} {r:?}");
                }
            }
        }
    }

    #[test]
    fn head_word_count_agrees_with_word_count() {
        let texts = [
            "قالت وزارة الخارجية الروسية إن الأمم المتحدة وللبنك الدولي ومجلس الأمن",
            "أعلنت شركة وقاية للتأمين وهيئة الأمر بالمعروف والنهي عن المنكر",
            "وكالة “فرانس برس” والمؤسسة العامة للتقاعد ولجنة حقوق الإنسان",
            "النادي الأهلي ومنتخب السعودية وجامعة الملك سعود وللجنة الأولمبية",
        ];
        let mut seen = 0;
        for text in texts {
            let doc = Document::new(text.to_string());
            let (_, heads) = orgs().find(&doc);
            for m in &heads {
                let Some((first, last)) = doc.token_span(&m.range) else {
                    continue;
                };
                let key = &doc.key()[m.name.clone()];
                let restored = key.strip_prefix('ل').map(|r| format!("ال{r}"));
                for k in std::iter::once(key).chain(restored.as_deref()) {
                    assert_eq!(head_word_count(first, last, k), word_count(k), "{k:?}");
                    seen += 1;
                }
            }
        }
        assert!(seen >= 10, "{seen}");
    }
}
