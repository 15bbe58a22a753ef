//! False heads: a head word that is a word of a phrase, not the head of a
//! body («بقيادة فلان», «وسائل الإعلام اليابانية», «الثقافة الأميركية»).

use super::super::lexicon::orgs;
use super::words::{FIELD_NOUNS, MINISTER_WORDS};
use crate::document::Document;
use crate::extract::words::{clean_gap, lookup_stem};
use crate::lexicon::LexMatch;
use std::cell::OnceCell;

/// True when the document names the ministry of a field in full: «وزارة
/// الثقافة» or «وزير الثقافة» for the field key «الثقافه».
/// `after` holds the byte offsets right after each «وزارة »، «وزير »،
/// «وزيرة » of the matching text, found on the first call for a document.
pub(super) fn names_ministry_in_full(
    doc: &Document,
    field: &str,
    after: &OnceCell<Vec<usize>>,
) -> bool {
    let key = doc.key();
    after
        .get_or_init(|| {
            // From each «ز» (a rare letter, found by its last byte), the
            // «و» before it and the rest of the three words after it.
            let mut at = Vec::new();
            for (i, z) in key.match_indices('ز') {
                if !key[..i].ends_with('و') {
                    continue;
                }
                let after = i + z.len();
                for rest in ["اره ", "ير ", "يره "] {
                    if key[after..].starts_with(rest) {
                        at.push(after + rest.len());
                    }
                }
            }
            at
        })
        .iter()
        .any(|&p| key[p..].starts_with(field))
}

/// True when a head match is a word of a phrase, not the head of a body:
/// «بقيادة فلان» (led by), «على هيئة فوتون» (in the form of), a short
/// ministry name after «وزير» or a field noun («وسائل الإعلام
/// اليابانية»), or as the adjective of a definite noun («السياسة الخارجية
/// السعودية»), and an abstract field («الثقافة الأميركية») where the
/// document does not name the ministry in full.
pub(super) fn head_in_phrase(
    doc: &Document,
    m: &LexMatch,
    head_key: &str,
    ministry: bool,
    minister_words: &OnceCell<Vec<usize>>,
) -> bool {
    let toks = doc.tokens();
    let lex = orgs();
    let Some(first) = doc.token_at(m.range.start) else {
        return true;
    };
    // «بقيادة فلان», «برئاسة فلان»: led by, chaired by; «بقوة»: strongly.
    if m.has_prefix()
        && doc.key()[m.range.start..m.name.start].ends_with('ب')
        && matches!(head_key, "قياده" | "رياسه" | "قوه")
    {
        return true;
    }
    // «التي تجمع نجوم المسرح», «ستجمع»: the verb (gathers), not a
    // gathering.
    if head_key == "تجمع" && m.has_prefix() && doc.key()[m.range.start..m.name.start].ends_with('س')
    {
        return true;
    }
    if head_key == "تجمع"
        && !m.has_prefix()
        && first > 0
        && clean_gap(doc, first - 1, first)
        && matches!(
            doc.token_key(&toks[first - 1]),
            "التي" | "الذي" | "اللتين" | "اللذين" | "لا" | "لم" | "لن" | "قد" | "ما"
        )
    {
        return true;
    }
    // «على هيئة فوتون»: in the form of.
    if head_key == "هييه"
        && !m.has_prefix()
        && first > 0
        && clean_gap(doc, first - 1, first)
        && doc.token_key(&toks[first - 1]) == "علي"
    {
        return true;
    }
    if ministry && first > 0 {
        let prev = doc.token_key(&toks[first - 1]);
        let minister = lookup_stem(prev, |s| MINISTER_WORDS.contains(&s).then_some(()));
        // «وسائل الإعلام اليابانية», «شركات النفط الأمريكية»: the field
        // of a noun, not a ministry.
        let field_of = lookup_stem(prev, |s| FIELD_NOUNS.contains(&s).then_some(()));
        if (minister.is_some() || field_of.is_some()) && clean_gap(doc, first - 1, first) {
            return true;
        }
        // After a definite noun the word is its adjective or complement:
        // «السياسة الخارجية السعودية», «الأسواق المالية الأمريكية».
        if (prev.starts_with("ال") || prev.starts_with("لل"))
            && toks[first - 1].sentence == toks[first].sentence
            && clean_gap(doc, first - 1, first)
        {
            return true;
        }
    }
    // «الثقافة الأميركية» is American culture unless the document names
    // the ministry in full.
    if ministry
        && lex.head_needs_full_name.get(m.entry as usize) == Some(&true)
        && !names_ministry_in_full(doc, head_key, minister_words)
    {
        return true;
    }
    false
}
