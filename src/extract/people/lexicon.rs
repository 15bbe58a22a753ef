//! Name lexicons (given names, family names, particles, titles), parsed once.

use crate::document::token_splits::word_hash;
use crate::extract::words::FastMap as HashMap;
use crate::extract::words::entry_key;
use crate::lexicon::{Gazetteer, WordHashMap, tsv_rows};
use std::sync::OnceLock;

/// What the lexicons say about one word (bit flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NameFlags(pub u8);

impl NameFlags {
    /// A given name.
    pub const GIVEN: u8 = 1;
    /// A family name.
    pub const FAMILY: u8 = 2;
    /// Also an everyday word (أمل، سلام، نور، جمال): needs strong evidence.
    pub const COMMON: u8 = 4;
    /// Also a place name.
    pub const PLACE: u8 = 8;
    /// A foreign name.
    pub const FOREIGN: u8 = 16;
    /// A given name of women.
    pub const FEMININE: u8 = 32;
    /// A given name of men (or of both).
    pub const MASCULINE: u8 = 64;

    /// True when every bit of `f` is set.
    pub fn has(self, f: u8) -> bool {
        self.0 & f == f
    }

    /// A given name of women only, no family name: never a father's name
    /// nor a surname after a given name («حياة كريمة» is "a decent life").
    pub fn feminine_only(self) -> bool {
        self.0 & (Self::FEMININE | Self::MASCULINE | Self::FAMILY) == Self::FEMININE
    }

    /// A given or family name that is neither a common word nor a place.
    pub fn safe_name(self) -> bool {
        self.0 & (Self::GIVEN | Self::FAMILY) != 0 && self.0 & (Self::COMMON | Self::PLACE) == 0
    }
}

/// The people lexicons.
#[derive(Debug)]
pub struct PeopleLexicon {
    /// Single-word names by matching key.
    pub names: HashMap<String, NameFlags>,
    /// Multi-word given and family names (عبد الرحمن، دي ميستورا), by key.
    pub multi_names: HashMap<String, NameFlags>,
    /// Name particles by key, with their role.
    pub particles: HashMap<String, String>,
    /// Titles and roles; entry id = index into `title_categories`.
    pub titles: Gazetteer,
    /// Category of each title (`government`, `relation`, …).
    pub title_categories: Vec<String>,
    /// One-word titles by key (المهندس، الرئيس), for other extractors.
    pub single_titles: crate::extract::words::FastSet<String>,
    /// General words that are no names (`not_names.tsv`), also after the
    /// proclitics و ف ب ل ك, by [`word_hash`] of the matching key: `true`
    /// for a definite ordinal, which may still end a regnal name (تشارلز
    /// الأول), `false` for any other word.
    pub not_names: WordHashMap<bool>,
    /// Matching keys of names written only with a final ى (سلمى، ليلى،
    /// مصطفى): a word with a final ي folds to them but is rather an
    /// adjective («سلمي» peaceful, «ليلي» nightly).
    pub maqsura_names: crate::extract::words::FastSet<String>,
    /// Matching keys of names written with a hamza on alef inside the
    /// word (رأفت، مأمون): a word written so folds to a name only then
    /// («يأسر» captivates is no «ياسر», «اليأس» despair no «الياس»).
    pub medial_hamza_names: crate::extract::words::FastSet<String>,
}

/// Proclitics a general word may carry («وخصوصا»، «لأي»); rarer sequences
/// are listed as words where needed, to keep the table small.
const NOT_NAME_PREFIXES: &[&str] = &["", "و", "ف", "ب", "ل"];

/// The [`PeopleLexicon::not_names`] table: every word of `not_names.tsv`
/// with its proclitic forms, except forms that are names themselves.
fn not_names(names: &HashMap<String, NameFlags>) -> WordHashMap<bool> {
    let mut out = std::collections::HashMap::default();
    for row in tsv_rows(include_str!("../../../lexicons/not_names.tsv")) {
        let (Some(w), Some(class)) = (row.first(), row.get(1)) else {
            continue;
        };
        let key = entry_key(w);
        let definite = key.starts_with("ال");
        let regnal = definite && *class == "ordinal";
        for p in NOT_NAME_PREFIXES {
            // Short words and definite ones only as they are (and after و ف).
            if !p.is_empty() && (key.chars().count() < 3 || definite && !matches!(*p, "و" | "ف"))
            {
                continue;
            }
            let form = format!("{p}{key}");
            if !p.is_empty() && names.contains_key(&form) {
                continue;
            }
            out.insert(word_hash(&form), regnal);
        }
    }
    out
}

fn add(
    map: &mut HashMap<String, NameFlags>,
    multi: &mut HashMap<String, NameFlags>,
    name: &str,
    f: u8,
) {
    let key = entry_key(name);
    if key.chars().count() < 2 {
        return;
    }
    let target = if key.contains(' ') { multi } else { map };
    target.entry(key).or_default().0 |= f;
}

fn flags_of(flags: Option<&&str>) -> u8 {
    let flags = flags.copied().unwrap_or("");
    let mut f = 0;
    if flags.contains("common_word") {
        f |= NameFlags::COMMON;
    }
    if flags.contains("place") {
        f |= NameFlags::PLACE;
    }
    f
}

/// The people lexicons (built on first use).
pub fn lexicon() -> &'static PeopleLexicon {
    static LEX: OnceLock<PeopleLexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        const GIVEN: &str = include_str!("../../../lexicons/given_names.tsv");
        const FAMILY: &str = include_str!("../../../lexicons/family_names.tsv");
        // Sized once from the line counts: no rehashing while loading.
        let mut names = HashMap::default();
        names.reserve(GIVEN.lines().count() + FAMILY.lines().count());
        let mut multi = HashMap::default();
        for row in tsv_rows(GIVEN) {
            let Some(name) = row.first() else { continue };
            let mut f = NameFlags::GIVEN | flags_of(row.get(3));
            if row.get(2) == Some(&"foreign") {
                f |= NameFlags::FOREIGN;
            }
            f |= match row.get(1) {
                Some(&"f") => NameFlags::FEMININE,
                _ => NameFlags::MASCULINE,
            };
            add(&mut names, &mut multi, name, f);
        }
        for row in tsv_rows(FAMILY) {
            let Some(name) = row.first() else { continue };
            let mut f = NameFlags::FAMILY | flags_of(row.get(2));
            if row.get(1) == Some(&"foreign") {
                f |= NameFlags::FOREIGN;
            }
            add(&mut names, &mut multi, name, f);
        }
        // Keys of names with a final ى and none with a final ي.
        let mut maqsura_names = crate::extract::words::FastSet::default();
        let mut ya_names = crate::extract::words::FastSet::default();
        for row in tsv_rows(GIVEN).chain(tsv_rows(FAMILY)) {
            let Some(name) = row.first() else { continue };
            if name.ends_with('ى') {
                maqsura_names.insert(entry_key(name));
            } else if name.ends_with('ي') {
                ya_names.insert(entry_key(name));
            }
        }
        maqsura_names.retain(|k| !ya_names.contains(k));
        let medial_hamza_names = tsv_rows(GIVEN)
            .chain(tsv_rows(FAMILY))
            .filter_map(|row| row.first().copied())
            .filter(|name| {
                name.split(' ').any(|w| {
                    let stem = w.strip_prefix("ال").unwrap_or(w);
                    stem.chars().skip(1).any(|c| c == 'أ')
                })
            })
            .map(entry_key)
            .collect();
        let mut particles = HashMap::default();
        for row in tsv_rows(include_str!("../../../lexicons/name_particles.tsv")) {
            if let (Some(p), Some(role)) = (row.first(), row.get(1)) {
                particles.insert(entry_key(p), role.to_string());
            }
        }
        let mut titles = Vec::new();
        let mut title_categories = Vec::new();
        let mut single_titles = crate::extract::words::FastSet::default();
        for row in tsv_rows(include_str!("../../../lexicons/person_titles.tsv")) {
            let Some(t) = row.first() else { continue };
            let cat = row.get(2).unwrap_or(&"").to_string();
            // Bare patronymic particles (ابن، بنت) are no titles.
            if particles.contains_key(&entry_key(t)) {
                continue;
            }
            let tk = entry_key(t);
            if !tk.contains(' ') {
                single_titles.insert(tk);
            }
            titles.push((t.to_string(), title_categories.len() as u32));
            title_categories.push(cat);
        }
        PeopleLexicon {
            not_names: not_names(&names),
            names,
            multi_names: multi,
            particles,
            titles: Gazetteer::new(titles).with_class(crate::extract::word_class::PERSON_TITLE),
            title_categories,
            single_titles,
            maqsura_names,
            medial_hamza_names,
        }
    })
}
