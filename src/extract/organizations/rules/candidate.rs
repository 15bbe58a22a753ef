//! The candidate organization mention, and where its text and canonical
//! name begin and end.

use crate::document::Document;
use crate::extract::words::entry_key;
use std::ops::Range;

/// A candidate organization mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Byte range of the mention in the normalized text.
    pub range: Range<usize>,
    /// Canonical name (matching key of the name when no lexicon entry).
    pub canonical: String,
    /// Kind, if known.
    pub kind: Option<String>,
    /// Country code, if known.
    pub cc: Option<String>,
    /// From the lexicon (wins ties against rules).
    pub from_lexicon: bool,
    /// An ambiguous lexicon name accepted from its context.
    pub ambiguous: bool,
    /// A proper name (lexicon, quoted, or a name after a head word), not a
    /// description built from a head and common words (الحكومة العراقية).
    pub named: bool,
}

impl Candidate {
    /// A name found by a rule (not the lexicon): unambiguous, no country
    /// yet, a proper name unless the caller says otherwise.
    pub(super) fn from_rule(range: Range<usize>, canonical: String, kind: String) -> Candidate {
        Candidate {
            range,
            canonical,
            kind: Some(kind),
            cc: None,
            from_lexicon: false,
            ambiguous: false,
            named: true,
        }
    }
}

/// Where a lexicon or head match starts in the mention: the proclitics are
/// left out, except a fused لل (للامم المتحدة), which the mention keeps
/// without a conjunction before it («وللحوثيين» → للحوثيين). A ل before an
/// indefinite name is a proclitic («لهيئة الأمم المتحدة», «وسابك»).
pub(super) fn mention_start(
    doc: &Document,
    range: &Range<usize>,
    name: &Range<usize>,
    entry_definite: bool,
) -> (usize, bool) {
    let name_key = &doc.key()[name.clone()];
    if entry_definite && !name_key.starts_with("ال") && range.start != name.start {
        let full = &doc.key()[range.clone()];
        let rest = full.trim_start_matches(['و', 'ف']);
        if rest.starts_with("لل") {
            return (range.start + (full.len() - rest.len()), true);
        }
    }
    (name.start, false)
}

/// The canonical key of a rule-found mention: a fused لل article restored,
/// with the head's own ل when the head begins with one («للجنة» is ل +
/// «اللجنة», not «الجنة»).
pub(crate) fn canonical_of(doc: &Document, range: Range<usize>, lam_lam: bool) -> String {
    let key = entry_key(&doc.key()[range]);
    match key.strip_prefix("لل") {
        Some(rest) if lam_lam => {
            let first = rest.split(' ').next().unwrap_or(rest);
            let heads = &crate::extract::organizations::lexicon::orgs().heads_single;
            if !heads.contains_key(first) && heads.contains_key(&format!("ل{first}")) {
                format!("الل{rest}")
            } else {
                format!("ال{rest}")
            }
        }
        _ => key,
    }
}
