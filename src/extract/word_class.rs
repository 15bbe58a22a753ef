//! Word classes: one table, keyed by [`word_hash`], that tells for every stem
//! which lexicons may hold it. A document's tokens get their stems' classes
//! with their proclitic splits ([`TokenSplit::classes`]), one look-up per
//! stem, and each extractor tests a bit before it looks the stem up in its
//! own lexicon, instead of every extractor probing its own table for every
//! stem of the text (most stems are in none).
//!
//! The classes only rule stems out: a stem whose bit is set is still looked
//! up, and before the table is built every bit is set. The table needs every
//! lexicon, so it is built once they are: by [`crate::extract::warm_up`], or
//! before the second document of the process ([`prepare`]).
//!
//! [`word_hash`]: crate::document::token_splits::word_hash

use crate::document::token_splits::{self, ALL_CLASSES, TokenSplit};
use crate::lexicon::{WordHashMap, WordHashTable};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The first word of a name of the places gazetteer.
pub const PLACE_NAME: u32 = 1 << 0;
/// The first word of a name or head of the organizations gazetteer.
pub const ORG_NAME: u32 = 1 << 1;
/// The first word of a person's title.
pub const PERSON_TITLE: u32 = 1 << 2;
/// The first word of a second-tier place name.
pub const PLACE_TIER2: u32 = 1 << 3;
/// A demonym («الروسي»، «للسوريين»).
pub const DEMONYM: u32 = 1 << 4;
/// The first word of a date expression's vocabulary.
pub const DATE_WORD: u32 = 1 << 5;
/// A word the people extractor knows (name, particle, place, speech verb,
/// general word, stop word).
pub const PEOPLE_WORD: u32 = 1 << 6;
/// A word that may start a quotation cue (speech verb, frame).
pub const QUOTE_CUE: u32 = 1 << 7;
/// A place head noun («مدينة»، «بلدة»، «منطقة» …, see
/// `places::triggers::head`): the few trigger words after which the places
/// extractor reads an unknown name.
pub const PLACE_HEAD: u32 = 1 << 8;
/// A sports word of the organizations extractor («مباراة»، «الدوري» …).
pub const SPORTS_WORD: u32 = 1 << 9;
/// A team word of the organizations extractor («لاعب»، «مدرب» …).
pub const TEAM_WORD: u32 = 1 << 10;
/// A facility head of the people extractor («مطار»، «ملعب» …, see
/// `people::facilities`).
pub const FACILITY_HEAD: u32 = 1 << 11;
/// A naming cue of the people extractor («يدعى»، «المدعو» …, see
/// `people::naming::CUES`).
pub const NAMING_CUE: u32 = 1 << 12;
/// A common East Asian family name of the people extractor («وانغ»، «لي» …,
/// see `people::east_asian::SURNAMES`).
pub const EAST_ASIAN_SURNAME: u32 = 1 << 13;
/// A month name of either calendar («رمضان»، «نيسان»; the dates lexicon's
/// `month_hashes`), for the people extractor's month words: far fewer
/// tokens than [`DATE_WORD`].
pub const MONTH_NAME: u32 = 1 << 14;
/// A boundary word of the quotes extractor's speaker phrases («خلال»،
/// «الذي» …) or a complementizer («أن»، «بأنه», also after و/ف): the words
/// of `quotes::lexicon::QuoteLexicon::boundary_word_hashes`.
pub const QUOTE_BOUNDARY: u32 = 1 << 15;
/// Where the people extractor's facts about a [`PEOPLE_WORD`] stem are kept
/// (a byte of flags: name stem, general word, stop word, speech verb …, see
/// `people::words::known_stems`): `(classes >> PEOPLE_FLAGS_SHIFT) as u8`
/// gives them without a second look-up of the stem. The top byte stays
/// clear, so that no table entry equals [`ALL_CLASSES`].
pub const PEOPLE_FLAGS_SHIFT: u32 = 16;

/// The classes of every stem the lexicons know, by [`word_hash`]: a flat
/// table, as every stem of every document is looked up in it.
static TABLE: OnceLock<WordHashTable> = OnceLock::new();

/// The classes of the stem whose hash is `hash`; every class while the table
/// is not built yet.
fn classes_of(hash: u64) -> u32 {
    match TABLE.get() {
        Some(table) => table.get(hash),
        None => ALL_CLASSES,
    }
}

/// [`classes_of`] of every split of a document, with one test of the
/// table's presence and the look-up inlined in the loop, and the union of
/// each token's (token `i` has `splits[starts[i]..starts[i + 1]]`) in
/// `unions[i]`, as [`token_splits::union_of`] makes it: made as the classes
/// are written, without a second pass over the list.
fn classify_all(splits: &mut [TokenSplit], starts: &[u32], unions: &mut [u32]) {
    let Some(table) = TABLE.get() else {
        splits.iter_mut().for_each(|s| s.classes = ALL_CLASSES);
        unions.fill(ALL_CLASSES);
        return;
    };
    let mut rest = splits;
    let mut prev = starts.first().map_or(0, |&s| s as usize);
    for (union, &end) in unions.iter_mut().zip(starts.iter().skip(1)) {
        let end = end as usize;
        let (token, after) = std::mem::take(&mut rest).split_at_mut(end - prev);
        rest = after;
        prev = end;
        *union = if token.is_empty() {
            ALL_CLASSES
        } else {
            token.iter_mut().fold(0, |a, s| {
                s.classes = table.get(s.hash);
                a | s.classes
            })
        };
    }
}

/// Makes documents ask the table for their stems' classes. Cheap.
pub fn install() {
    token_splits::set_classifier(classes_of);
    token_splits::set_batch_classifier(classify_all);
}

/// Call before extracting a document: installs the classifier and, from the
/// second document of the process on, builds the table if no one has (a
/// single document, the command line's common case, does not wait for it).
pub fn prepare() {
    static DOCUMENTS: AtomicUsize = AtomicUsize::new(0);
    install();
    if TABLE.get().is_none() && DOCUMENTS.fetch_add(1, Ordering::Relaxed) >= 1 {
        build();
    }
}

/// Builds the table from every lexicon (building those not built yet).
pub fn build() {
    TABLE.get_or_init(|| {
        let mut table: WordHashMap<u32> = WordHashMap::default();
        let mut add = |hashes: &mut dyn Iterator<Item = u64>, bit: u32| {
            for h in hashes {
                *table.entry(h).or_default() |= bit;
            }
        };
        add(
            &mut super::places::lexicon::lexicon()
                .gazetteer
                .first_word_hashes(),
            PLACE_NAME,
        );
        add(
            &mut super::organizations::lexicon::orgs()
                .all
                .first_word_hashes(),
            ORG_NAME,
        );
        add(
            &mut super::people::lexicon::lexicon().titles.first_word_hashes(),
            PERSON_TITLE,
        );
        add(
            &mut super::places::tier2::first_words().iter().copied(),
            PLACE_TIER2,
        );
        add(&mut super::places::demonym::key_hashes(), DEMONYM);
        add(
            &mut super::dates::lexicon::lexicon().word_hashes(),
            DATE_WORD,
        );
        add(
            &mut super::quotes::lexicon::lexicon().cue_word_hashes(),
            QUOTE_CUE,
        );
        add(
            &mut super::quotes::lexicon::lexicon().boundary_word_hashes(),
            QUOTE_BOUNDARY,
        );
        add(&mut super::places::triggers::head_key_hashes(), PLACE_HEAD);
        add(
            &mut super::organizations::rules::sports_hashes()
                .1
                .iter()
                .copied(),
            SPORTS_WORD,
        );
        add(
            &mut super::organizations::rules::team_hashes().1.iter().copied(),
            TEAM_WORD,
        );
        add(
            &mut super::people::facilities::FACILITY_HEADS
                .iter()
                .map(|h| token_splits::word_hash(h)),
            FACILITY_HEAD,
        );
        add(
            &mut super::people::naming::CUES
                .iter()
                .map(|h| token_splits::word_hash(h)),
            NAMING_CUE,
        );
        add(
            &mut super::dates::lexicon::lexicon().month_hashes(),
            MONTH_NAME,
        );
        add(
            &mut super::people::east_asian::SURNAMES
                .iter()
                .map(|h| token_splits::word_hash(h)),
            EAST_ASIAN_SURNAME,
        );
        // The people extractor's flags ride along with its class bit.
        for (&h, &flags) in super::people::words::known_stems() {
            *table.entry(h).or_default() |= PEOPLE_WORD | u32::from(flags) << PEOPLE_FLAGS_SHIFT;
        }
        WordHashTable::new(&table)
    });
}

/// True when some split of a token may be in the lexicon of class `bit`, or
/// the token is too short to have splits (such words are looked up as they
/// are).
pub fn token_may_be(splits: &[TokenSplit], bit: u32) -> bool {
    splits.is_empty() || splits.iter().any(|s| s.may_be(bit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    /// The tokens of a class, in order: those whose union of classes has
    /// the bit, and every token too short to have splits.
    #[test]
    fn tokens_of_class_table() {
        install();
        build();
        let rows: &[(&str, u32, &[usize])] = &[
            ("فاز ولاعب الفريق مع لاعب", TEAM_WORD, &[1, 2, 4]),
            ("ولاعب", TEAM_WORD, &[0]),
            ("قال الوزير", TEAM_WORD, &[]),
            ("مباراة في الدوري ثلاجة", SPORTS_WORD, &[0, 2]),
            ("بمطار ومطارات وملعب القاهرة", FACILITY_HEAD, &[0, 2]),
            ("و ملعب", FACILITY_HEAD, &[0, 1]),
            ("رجل يدعى زيد والمدعو عمرو", NAMING_CUE, &[1, 3]),
            ("المدعوة هند تسمى يسمي", NAMING_CUE, &[0, 2, 3]),
            ("قال وانغ يي ووانغ", EAST_ASIAN_SURNAME, &[1, 3]),
            (
                "في شهر رمضان وبرمضان يوم 5 يناير",
                MONTH_NAME,
                &[2, 3, 5, 6],
            ),
            ("", SPORTS_WORD, &[]),
            // Past the first blocks of eight tokens.
            (
                "قال الوزير في بيان إن الحكومة ستعمل مع الشركات على دعم لاعب \
                 شاب في المدينة وقال إن المدرب واللاعب والفريق سيعودون",
                TEAM_WORD,
                &[11, 17, 18, 19],
            ),
        ];
        for &(text, bit, want) in rows {
            let doc = Document::new(text.to_string());
            let got: Vec<usize> = doc.tokens_of_class(bit).collect();
            assert_eq!(got, want, "{text}");
            let by_union: Vec<usize> = (0..doc.tokens().len())
                .filter(|&i| doc.token_classes()[i] & bit != 0)
                .collect();
            assert_eq!(got, by_union, "{text}");
        }
    }

    #[test]
    fn classes_rule_out_only_unknown_stems() {
        install();
        build();
        let doc = Document::new(
            "وقال الرئيس الروسي في موسكو يوم الاثنين ثلاجة وبالمباراة ولاعب".to_string(),
        );
        let classes =
            |i: usize| -> u32 { doc.token_splits(i).iter().fold(0, |acc, s| acc | s.classes) };
        let rows: &[(usize, u32, bool)] = &[
            (0, QUOTE_CUE, true),
            (1, PERSON_TITLE, true),
            (2, DEMONYM, true),
            (4, PLACE_NAME, true),
            (6, DATE_WORD, true),
            (
                7,
                PLACE_NAME
                    | DATE_WORD
                    | QUOTE_CUE
                    | PERSON_TITLE
                    | DEMONYM
                    | SPORTS_WORD
                    | TEAM_WORD,
                false,
            ),
            (8, SPORTS_WORD, true),
            (4, SPORTS_WORD, false),
        ];
        let facilities = Document::new("بمطار ومطارات وملعب القاهرة".to_string());
        for (token, want) in [(0, true), (1, false), (2, true), (3, false)] {
            assert_eq!(
                facilities.token_classes()[token] & FACILITY_HEAD != 0,
                want,
                "facility head {token}"
            );
        }
        // Head nouns have the places' head class; other trigger words
        // (في، جامعة) and heads without a kind (العاصمة) do not.
        let heads = Document::new("بمدينة وفي جامعة ومنطقة كتاب العاصمة وحي".to_string());
        for (token, want) in [
            (0, true),
            (1, false),
            (2, false),
            (3, true),
            (4, false),
            (5, false),
            (6, true),
        ] {
            assert_eq!(
                heads.token_classes()[token] & PLACE_HEAD != 0,
                want,
                "place head {token}"
            );
        }
        for (token, bit, want) in [
            (8, SPORTS_WORD, true),
            (7, SPORTS_WORD, false),
            (9, TEAM_WORD, true),
            (7, TEAM_WORD, false),
        ] {
            assert_eq!(
                doc.token_classes()[token] & bit != 0,
                want,
                "union of token {token}"
            );
        }
        for &(token, bit, want) in rows {
            assert_eq!(classes(token) & bit != 0, want, "token {token}, bit {bit}");
        }
    }
}
