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
        .get_or_init(|| ministry_word_ends(key))
        .iter()
        .any(|&p| key[p..].starts_with(field))
}

/// The byte offsets right after each «وزاره »، «وزير »، «وزيره » of `key`:
/// each «وز» found by a vectorized substring search (`memchr::memmem`),
/// then the rest of the three words after it.
fn ministry_word_ends(key: &str) -> Vec<usize> {
    const WAW_ZAY: &[u8] = "وز".as_bytes();
    let bytes = key.as_bytes();
    let mut at = Vec::new();
    for i in memchr::memmem::find_iter(bytes, WAW_ZAY) {
        let after = i + WAW_ZAY.len();
        for rest in ["اره ", "ير ", "يره "] {
            if bytes[after..].starts_with(rest.as_bytes()) {
                at.push(after + rest.len());
            }
        }
    }
    at
}

/// True when a head match is a word of a phrase, not the head of a body:
/// «بقيادة فلان» (led by), «على هيئة فوتون» (in the form of), a short
/// ministry name after «وزير» or a field noun («وسائل الإعلام
/// اليابانية»), or as the adjective of a definite noun («السياسة الخارجية
/// السعودية»), and an abstract field («الثقافة الأميركية») where the
/// document does not name the ministry in full. `first` is the match's
/// first token (the caller has it: no search again).
pub(super) fn head_in_phrase(
    doc: &Document,
    m: &LexMatch,
    first: usize,
    head_key: &str,
    ministry: bool,
    minister_words: &OnceCell<Vec<usize>>,
) -> bool {
    let toks = doc.tokens();
    let lex = orgs();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan by characters the substring search replaces.
    fn ministry_word_ends_slow(key: &str) -> Vec<usize> {
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
    }

    #[test]
    fn ministry_word_ends_agree_with_the_character_scan() {
        let texts = [
            "",
            "وز",
            "وزير",
            "وزير ",
            "قال وزير الخارجية ووزيرة الثقافة إن الوزارة ووزاره الصحه",
            "ز وزز ووزير وزيره وزاره الوزير الخارجيه",
            "الوزراء زار وزيرا وزير\nالمالية وزاره",
            "وزير الثقافه, وزاره  الصحه وزيره الاعلام.",
        ];
        for t in texts {
            assert_eq!(ministry_word_ends(t), ministry_word_ends_slow(t), "{t:?}");
            let doc = Document::new(t.to_string());
            let k = doc.key();
            assert_eq!(ministry_word_ends(k), ministry_word_ends_slow(k), "{k:?}");
        }
        let doc = Document::new("قال وزير الخارجية ووزيرة الثقافة".to_string());
        assert_eq!(ministry_word_ends(doc.key()).len(), 2);
    }
}
