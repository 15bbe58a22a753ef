//! Trigger words around place names (`lexicons/place_triggers.tsv`): head
//! nouns («مدينة X»), locative prepositions, blockers (جامعة، بن) and words
//! that cannot be a place name.

use crate::document::Document;
use crate::document::clitics::splits;
use crate::document::token_splits::word_hash;
use crate::extract::word_class::{PLACE_HEAD, token_may_be};
use crate::extract::words::{FastMap as HashMap, FastSet};
use crate::lexicon::tsv_rows;
use crate::normalize::match_key;
use std::sync::OnceLock;

const TRIGGERS_TSV: &str = include_str!("../../../lexicons/place_triggers.tsv");

/// What a trigger word does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// «مدينة X»: X is a place even when unknown.
    Head,
    /// Context for a known name only (منطقة، العاصمة، جنوب …).
    HeadKnown,
    /// A locative preposition or verb (في، إلى، زار …).
    Locative,
    /// The next name belongs to an organization or person (جامعة، بن …).
    Blocker,
    /// The preceding name belongs to an organization (مانشستر يونايتد).
    BlockerAfter,
    /// A team word (منتخب، لاعبي، أبطال): a following city names a club, a
    /// following country is the country itself (منتخب مصر).
    Team,
    /// A trailing honorific kept out of the mention (المكرمة).
    Epithet,
    /// A title noun (وزير، رئيس).
    Office,
    /// A ministry word between an office and a country (خارجية).
    Portfolio,
    /// Cannot be the X of «مدينة X».
    NotName,
}

/// A trigger word's role and, for heads, the kind it gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trigger {
    /// The role.
    pub role: Role,
    /// Kind of place a head names (`city`, `governorate`, …), if any.
    pub kind: Option<&'static str>,
}

fn table() -> &'static HashMap<String, Trigger> {
    static TABLE: OnceLock<HashMap<String, Trigger>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::default();
        for row in tsv_rows(TRIGGERS_TSV) {
            let role = match row.get(1).copied() {
                Some("head") => Role::Head,
                Some("head_known") => Role::HeadKnown,
                Some("locative") => Role::Locative,
                Some("blocker") => Role::Blocker,
                Some("blocker_after") => Role::BlockerAfter,
                Some("team") => Role::Team,
                Some("epithet") => Role::Epithet,
                Some("office") => Role::Office,
                Some("portfolio") => Role::Portfolio,
                Some("not_name") => Role::NotName,
                _ => continue,
            };
            let kind = row.get(2).copied().filter(|k| !k.is_empty());
            if let Some(form) = row.first() {
                map.entry(match_key(form)).or_insert(Trigger { role, kind });
            }
        }
        map
    })
}

/// The trigger a word (in matching fold) is, as written (no proclitic split).
pub fn exact(word_key: &str) -> Option<Trigger> {
    table().get(word_key).copied()
}

/// The head noun a word is (role [`Role::Head`], or [`Role::HeadKnown`] with
/// a kind), proclitics allowed as in [`trigger`]. Most words end in none of
/// the few head nouns: they are rejected by a suffix test before any hash
/// look-up or proclitic split (this runs on every token of a document).
pub fn head(word_key: &str) -> Option<Trigger> {
    fn last_two(word: &str) -> Option<(char, char)> {
        let mut it = word.chars().rev();
        let b = it.next()?;
        Some((it.next().unwrap_or(' '), b))
    }
    static ENDINGS: OnceLock<FastSet<(char, char)>> = OnceLock::new();
    let endings = ENDINGS.get_or_init(|| {
        table()
            .iter()
            .filter(|(_, t)| is_head(t))
            .filter_map(|(k, _)| last_two(k))
            .collect()
    });
    if last_two(word_key).is_none_or(|e| !endings.contains(&e)) {
        return None;
    }
    trigger(word_key).filter(is_head)
}

/// True for the triggers [`head`] gives.
fn is_head(t: &Trigger) -> bool {
    t.role == Role::Head || (t.role == Role::HeadKnown && t.kind.is_some())
}

/// [`head`] of token `ti` of `doc`, ruling most tokens out by the word
/// classes of their proclitic splits: a head is the whole word or one of
/// its stems, whose class [`PLACE_HEAD`] only the few head nouns have.
pub fn head_of_token(doc: &Document, ti: usize) -> Option<Trigger> {
    let splits = doc.token_splits(ti);
    if !token_may_be(splits, PLACE_HEAD) {
        return None;
    }
    head(doc.token_key(doc.tokens().get(ti)?))
}

/// [`word_hash`] of every head noun ([`head`]), for
/// [`crate::extract::word_class`].
pub(crate) fn head_key_hashes() -> impl Iterator<Item = u64> {
    table()
        .iter()
        .filter(|(_, t)| is_head(t))
        .map(|(k, _)| word_hash(k))
}

/// The trigger a word is, allowing و ف ب ل ك proclitics in front of heads,
/// locatives, blockers and offices (بمدينة، وفي، وجامعة، ووزير). Other roles
/// match only as written.
pub fn trigger(word_key: &str) -> Option<Trigger> {
    if let Some(t) = exact(word_key) {
        return Some(t);
    }
    splits(word_key)
        .skip(1)
        .filter(|s| !s.prefix.ends_with("ال") && !s.lam_lam)
        .find_map(|s| {
            exact(s.stem).filter(|t| {
                matches!(
                    t.role,
                    Role::Head
                        | Role::HeadKnown
                        | Role::Locative
                        | Role::Blocker
                        | Role::Team
                        | Role::Office
                )
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trigger_table() {
        let rows: &[(&str, Option<Role>)] = &[
            ("مدينة", Some(Role::Head)),
            ("بمدينة", Some(Role::Head)),
            ("ومحافظة", Some(Role::Head)),
            ("وفي", Some(Role::Locative)),
            ("الى", Some(Role::Locative)),
            ("وجامعة", Some(Role::Blocker)),
            ("العاصمة", Some(Role::HeadKnown)),
            ("الملك", Some(Role::NotName)),
            ("والملك", None),
            ("كتاب", None),
        ];
        for &(word, want) in rows {
            assert_eq!(trigger(&match_key(word)).map(|t| t.role), want, "{word}");
        }
        let heads: &[(&str, Option<Role>)] = &[
            ("بمدينة", Some(Role::Head)),
            ("وحي", Some(Role::Head)),
            ("منطقة", Some(Role::HeadKnown)),
            ("العاصمة", None),
            ("الملك", None),
            ("كتاب", None),
        ];
        for &(word, want) in heads {
            assert_eq!(head(&match_key(word)).map(|t| t.role), want, "{word}");
        }
    }

    #[test]
    fn head_of_token_agrees_with_head() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        // Heads with and without proclitics, words that end like heads,
        // triggers of other roles, and a word too short to have splits.
        let text = "بمدينة وحي ومنطقة لمحافظة حي العاصمة وادي ووادي وفي جامعة \
                    كتاب بلده مدينه الملك منطقتنا فالمخيم بالمدينة ع";
        let doc = Document::new(text.to_string());
        let mut heads = 0;
        for ti in 0..doc.tokens().len() {
            let key = doc.token_key(&doc.tokens()[ti]);
            let want = head(key);
            heads += usize::from(want.is_some());
            assert_eq!(head_of_token(&doc, ti), want, "{key}");
        }
        assert_eq!(heads, 7);
    }
}
