//! The places gazetteer (`lexicons/places.tsv`), parsed once into a
//! clitic-aware [`Gazetteer`] whose entries are distinct surface keys; each
//! key lists the places (readings) it may name.

use crate::extract::words::FastMap as HashMap;
use crate::extract::words::entry_key;
use crate::lexicon::{Gazetteer, tsv_rows};
use std::sync::OnceLock;

const PLACES_TSV: &str = include_str!("../../../lexicons/places.tsv");
/// Names that contain a place's name but name something else (كوبا أمريكا,
/// the Copa América): matched with the places, longest first, so that the
/// place inside them is no mention; they have no reading.
const NOT_PLACES_TSV: &str = include_str!("../../../lexicons/not_places.tsv");

/// One place of the gazetteer (all spelling variants share it).
#[derive(Clone, Debug)]
pub struct PlaceInfo {
    /// Canonical name as written in the lexicon, qualifier included
    /// (`طرابلس (لبنان)`).
    pub canonical: &'static str,
    /// `country`, `city`, `region`, …
    pub kind: &'static str,
    /// ISO 3166-1 alpha-2 code, if any.
    pub cc: Option<&'static str>,
}

impl PlaceInfo {
    /// The canonical name without its parenthesised qualifier.
    pub fn display_name(&self) -> &'static str {
        match self.canonical.find(" (") {
            Some(i) if self.canonical.ends_with(')') => &self.canonical[..i],
            _ => self.canonical,
        }
    }
}

/// One reading of a surface name: a place, and the row's flags.
#[derive(Clone, Copy, Debug)]
pub struct Reading {
    /// Index into [`PlaceLexicon::places`].
    pub place: u32,
    /// The bare name is also a common word or a person name.
    pub ambiguous: bool,
    /// Default reading of a name shared by several places.
    pub primary: bool,
    /// An ambiguous name that only a head noun or its own country named
    /// nearby makes a place (flag `country`: «الريف» is "the countryside"
    /// unless Morocco is spoken of).
    pub country_only: bool,
    /// An ambiguous name that is above all a common noun (flag `strong`:
    /// «الخبر» is "the news" far more often than Khobar): only a head noun, a
    /// ب proclitic, a neighbouring place joined by و or a dateline make it a
    /// place, not a locative word or its country nearby.
    pub strong_only: bool,
}

/// The parsed gazetteer.
#[derive(Debug)]
pub struct PlaceLexicon {
    /// Every place, indexed by [`Reading::place`].
    pub places: Vec<PlaceInfo>,
    /// Readings of each surface key, indexed by the gazetteer entry id.
    pub readings: Vec<Vec<Reading>>,
    /// By gazetteer entry id: every surface form of the entry is one word
    /// written with a final ى (بخارى، نينوى), which a word written with ي
    /// is not («بخاري» is a family name).
    pub maqsura_only: Vec<bool>,
    /// The matcher over every surface key.
    pub gazetteer: Gazetteer,
    by_key: HashMap<String, u32>,
}

impl PlaceLexicon {
    /// The readings of a (normalized or raw) surface name, if it is listed.
    pub fn readings_of(&self, name: &str) -> Option<&[Reading]> {
        self.by_key
            .get(&entry_key(name))
            .map(|&i| self.readings[i as usize].as_slice())
    }

    /// The readings of a matching key (normalized, folded, single spaces:
    /// [`crate::document::Document::token_key`] of a word), without
    /// normalizing it again.
    pub fn readings_of_key(&self, key: &str) -> Option<&[Reading]> {
        self.by_key
            .get(key)
            .map(|&i| self.readings[i as usize].as_slice())
    }

    /// True when every surface form of `key` is one word written with a
    /// final ى (بخارى): see [`PlaceLexicon::maqsura_only`].
    pub fn maqsura_only_key(&self, key: &str) -> bool {
        self.by_key
            .get(key)
            .is_some_and(|&i| self.maqsura_only[i as usize])
    }

    /// True when the gazetteer entry is a name that only contains a place
    /// (`lexicons/not_places.tsv`: «كوبا أمريكا»), no place itself.
    pub fn is_not_place(&self, entry: u32) -> bool {
        self.readings[entry as usize].is_empty()
    }

    /// Every surface key of the gazetteer.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.by_key.keys().map(String::as_str)
    }
}

/// A name and, for names beginning with أبو or نيو, the same name with
/// that word joined to or separated from the next one (أبوظبي / أبو ظبي,
/// نيوجيرسي / نيو جيرسي): Arabic writes both.
fn abu_variants(key: String) -> Vec<String> {
    // (prefix, letters the joined rest needs: «نيوم» is no «نيو م»)
    let other = [("ابو", 2), ("نيو", 3)].iter().find_map(|&(p, min)| {
        if let Some(rest) = key.strip_prefix(p).and_then(|r| r.strip_prefix(' ')) {
            Some(format!("{p}{rest}"))
        } else {
            key.strip_prefix(p)
                .filter(|rest| rest.chars().count() >= min && !rest.starts_with(' '))
                .map(|rest| format!("{p} {rest}"))
        }
    });
    std::iter::once(key).chain(other).collect()
}

fn build() -> PlaceLexicon {
    // Sized once from the line count: no rehashing while loading.
    let rows = crate::lexicon::lines(PLACES_TSV).count();
    let mut places: Vec<PlaceInfo> = Vec::with_capacity(rows);
    let mut place_ids: HashMap<&'static str, u32> = HashMap::default();
    place_ids.reserve(rows);
    let mut readings: Vec<Vec<Reading>> = Vec::with_capacity(rows);
    let mut by_key: HashMap<String, u32> = HashMap::default();
    by_key.reserve(rows + rows / 8);
    let mut surfaces: Vec<(String, u32)> = Vec::with_capacity(rows + rows / 8);
    let mut maqsura_only: Vec<bool> = Vec::with_capacity(rows);
    for row in tsv_rows(PLACES_TSV) {
        let [name, canonical, kind, cc, flags] = [0, 1, 2, 3, 4].map(|i| row.get(i).copied());
        let (Some(name), Some(canonical), Some(kind)) = (name, canonical, kind) else {
            continue;
        };
        let cc = cc.filter(|c| !c.is_empty());
        let flags = flags.unwrap_or("");
        let has = |f: &str| flags.split(',').any(|x| x.trim() == f);
        let place = *place_ids.entry(canonical).or_insert_with(|| {
            places.push(PlaceInfo {
                canonical,
                kind,
                cc,
            });
            (places.len() - 1) as u32
        });
        let key = entry_key(name);
        if key.chars().count() < 2 {
            continue;
        }
        let maqsura = name.ends_with('ى') && !name.contains(' ');
        for key in abu_variants(key) {
            let entry = *by_key.entry(key.clone()).or_insert_with(|| {
                readings.push(Vec::new());
                maqsura_only.push(maqsura);
                surfaces.push((key, (readings.len() - 1) as u32));
                (readings.len() - 1) as u32
            });
            maqsura_only[entry as usize] &= maqsura;
            let list = &mut readings[entry as usize];
            if let Some(r) = list.iter_mut().find(|r| r.place == place) {
                r.ambiguous &= has("ambiguous");
                r.primary |= has("primary");
                r.country_only &= has("country");
                r.strong_only &= has("strong");
            } else {
                list.push(Reading {
                    place,
                    ambiguous: has("ambiguous"),
                    primary: has("primary"),
                    country_only: has("country"),
                    strong_only: has("strong"),
                });
            }
        }
    }
    // Names that only contain a place: an entry without readings (and no
    // key of `by_key`: they name no place). A name that is also a place's
    // is the place's.
    for row in tsv_rows(NOT_PLACES_TSV) {
        let Some(name) = row.first() else { continue };
        let key = entry_key(name);
        if key.chars().count() < 2 || by_key.contains_key(&key) {
            continue;
        }
        readings.push(Vec::new());
        maqsura_only.push(false);
        surfaces.push((key, (readings.len() - 1) as u32));
    }
    // The primary reading first, so that `readings[0]` is the default.
    for list in &mut readings {
        list.sort_by_key(|r| !r.primary);
    }
    PlaceLexicon {
        gazetteer: Gazetteer::from_keys(surfaces)
            .with_class(crate::extract::word_class::PLACE_NAME),
        places,
        readings,
        maqsura_only,
        by_key,
    }
}

/// The gazetteer, parsed on first use.
pub fn lexicon() -> &'static PlaceLexicon {
    static LEX: OnceLock<PlaceLexicon> = OnceLock::new();
    LEX.get_or_init(build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_table() {
        let lex = lexicon();
        // (surface, display name of the default reading, kind, cc, ambiguous, readings)
        let rows: &[(&str, &str, &str, &str, bool, usize)] = &[
            ("سوريا", "سوريا", "country", "SY", false, 1),
            ("سورية", "سوريا", "country", "SY", false, 1),
            ("موسكو", "موسكو", "city", "RU", false, 1),
            ("عمان", "عمان", "country", "OM", true, 2),
            ("جدة", "جدة", "city", "SA", true, 1),
            ("جده", "جدة", "city", "SA", true, 1),
            // transliteration variants derived by the generator
            ("كراكاس", "كاراكاس", "city", "VE", false, 1),
            ("تركمنستان", "تركمانستان", "country", "TM", false, 1),
            ("جوانتانامو", "غوانتانامو", "landmark", "CU", false, 1),
            ("استوكهولم", "ستوكهولم", "city", "SE", false, 1),
            ("بولندة", "بولندا", "country", "PL", false, 1),
            ("مانيلة", "مانيلا", "city", "PH", false, 1),
            // hand-curated spellings and names (general knowledge)
            ("زيوريخ", "زيورخ", "city", "CH", false, 1),
            ("بلنسية", "فالنسيا", "city", "ES", false, 1),
            ("القسطنطينية", "إسطنبول", "city", "TR", false, 1),
            ("ينبع", "ينبع", "city", "SA", true, 1),
        ];
        for &(name, display, kind, cc, ambiguous, n) in rows {
            let r = lex.readings_of(name).unwrap_or_else(|| panic!("{name}"));
            let p = &lex.places[r[0].place as usize];
            assert_eq!(
                (p.display_name(), p.kind, p.cc, r[0].ambiguous, r.len()),
                (display, kind, Some(cc), ambiguous, n),
                "{name}"
            );
        }
        // historical states: no ISO code
        for name in ["الاتحاد السوفياتي", "الاتحاد السوفييتي", "يوغسلافيا"]
        {
            let r = lex.readings_of(name).unwrap_or_else(|| panic!("{name}"));
            let p = &lex.places[r[0].place as usize];
            assert_eq!((p.kind, p.cc), ("country", None), "{name}");
        }
        // variants that would be everyday words are not generated
        for word in ["مديرا", "المتوسط"] {
            assert!(lex.readings_of(word).is_none(), "{word}");
        }
    }

    #[test]
    fn matched_names_are_their_own_keys() {
        // The text of a gazetteer match is a key, or a key without the alef
        // of its article (للامم): normalizing it again changes nothing, so
        // `find` looks it up with `readings_of_key`.
        let lex = lexicon();
        for key in lex.keys() {
            assert_eq!(entry_key(key), key, "{key}");
            if let Some(rest) = key.strip_prefix('ا') {
                assert_eq!(entry_key(rest), rest, "{key}");
            }
        }
    }
}
