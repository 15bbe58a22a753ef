//! Organization lexicons, parsed once, and a view of the places extractor's place and demonym tables.

use super::rules::GOVERNMENT_KINDS;
use crate::extract::words::FastMap as HashMap;
use crate::extract::words::entry_key;
use crate::lexicon::{Gazetteer, LexMatch, longest_non_overlapping, tsv_rows};
use std::sync::OnceLock;

/// One row of `organizations.tsv`.
#[derive(Clone, Debug)]
pub struct OrgEntry {
    /// Canonical name.
    pub canonical: String,
    /// Kind (`un_body`, `agency_media`, …).
    pub kind: Option<String>,
    /// ISO country code, if national.
    pub cc: Option<String>,
    /// Also a common word, place or person: needs context.
    pub ambiguous: bool,
    /// The canonical name is a description, no proper name: a definite
    /// authority's head and a demonym («الجيش الإسرائيلي»), computed once
    /// with the lexicon.
    pub description: bool,
}

use crate::extract::places::Demonym;

/// The organization lexicons.
#[derive(Debug)]
pub struct OrgLexicon {
    /// Names of well-known organizations (entry id = index into `entries`)
    /// and head words (entry id = `entries.len()` + index into `head_kinds`),
    /// in one gazetteer so that a document is scanned once.
    pub all: Gazetteer,
    /// Entries of the organization names, by entry id.
    pub entries: Vec<OrgEntry>,
    /// Kind of each head (`ministry_short` for short ministry names).
    pub head_kinds: Vec<String>,
    /// For each head, whether it is a short ministry name that is also a
    /// common abstract noun (الثقافة، البيئة): an organization only where
    /// the document names the ministry in full.
    pub head_needs_full_name: Vec<bool>,
    /// Short ministry names without their article (خارجية), for titles.
    pub ministry_bare: HashMap<String, ()>,
    /// Single-word heads by key, with their index into `head_kinds`.
    pub heads_single: HashMap<String, u32>,
    /// Entry id of every organization name, by matching key.
    pub by_key: HashMap<String, u32>,
    /// For each entry id, the entry id of the club «نادي» + its name when
    /// that is another organization's name («الجزيرة»: a channel; «نادي
    /// الجزيرة»: a club).
    pub club_alias: Vec<Option<u32>>,
    /// The matching key ([`entry_key`]) of every entry's canonical name, by
    /// canonical name: the key of a lexicon name without folding it again
    /// (see [`OrgLexicon::canonical_key`]).
    canonical_keys: HashMap<String, String>,
}

/// Places and demonyms by matching key: a view of the places extractor's
/// tables ([`crate::extract::places`]).
#[derive(Debug)]
pub struct PlaceLexicon;

/// The country codes of the readings of a place name (the first eight), in
/// lexicon order ("" for a place without one), without allocating.
#[derive(Clone, Copy, Debug, Default)]
pub struct PlaceCcs {
    codes: [&'static str; 8],
    len: usize,
}

impl PlaceCcs {
    /// The country codes, in lexicon order.
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.codes.into_iter().take(self.len)
    }
}

/// Kinds of place that are a whole country or a large part of one.
const LARGE_KINDS: &[&str] = &["country", "region", "governorate", "continent", "territory"];

impl PlaceLexicon {
    /// The demonym a key is (no proclitics split off).
    pub fn demonym(&self, key: &str) -> Option<Demonym> {
        crate::extract::places::demonym_of_exact_key(key)
    }

    /// True when the key is a demonym.
    pub fn is_demonym(&self, key: &str) -> bool {
        self.demonym(key).is_some()
    }

    /// The country codes of every place a key names, in lexicon order
    /// (empty for a place without one), or `None` when the key is no place.
    pub fn place_ccs(&self, key: &str) -> Option<PlaceCcs> {
        let lex = crate::extract::places::lexicon();
        let readings = lex.readings_of_key(key)?;
        let mut ccs = PlaceCcs::default();
        for r in readings.iter().take(ccs.codes.len()) {
            ccs.codes[ccs.len] = lex.places[r.place as usize].cc.unwrap_or("");
            ccs.len += 1;
        }
        Some(ccs)
    }

    /// The display name of the place a key names when every place it may
    /// name is a city («ليون», «مانشستر»), else `None`.
    pub fn city_only(&self, key: &str) -> Option<&'static str> {
        let lex = crate::extract::places::lexicon();
        let readings = lex.readings_of_key(key)?;
        let first = readings.first()?;
        readings
            .iter()
            .all(|r| lex.places[r.place as usize].kind == "city")
            .then(|| lex.places[first.place as usize].display_name())
    }

    /// True when the key names a place.
    pub fn is_place(&self, key: &str) -> bool {
        crate::extract::places::lexicon()
            .readings_of_key(key)
            .is_some()
    }

    /// True when the key names a place written only with a final ى
    /// (بخارى), which a word written with ي is not (the family name
    /// «بخاري»).
    pub fn is_maqsura_place(&self, key: &str) -> bool {
        crate::extract::places::lexicon().maqsura_only_key(key)
    }

    /// True when one of the places the key names is a country, region,
    /// governorate, continent or territory (not a city).
    pub fn is_large_place(&self, key: &str) -> bool {
        let lex = crate::extract::places::lexicon();
        lex.readings_of_key(key).is_some_and(|readings| {
            readings
                .iter()
                .any(|r| LARGE_KINDS.contains(&lex.places[r.place as usize].kind))
        })
    }

    /// Every place and demonym key.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        crate::extract::places::lexicon()
            .keys()
            .chain(crate::extract::places::demonym_keys())
    }
}

fn opt(s: Option<&&str>) -> Option<String> {
    s.filter(|s| !s.is_empty()).map(|s| s.to_string())
}

impl OrgLexicon {
    /// The matching key of a canonical name: [`entry_key`] of it, looked up
    /// for a lexicon entry's canonical name, computed for any other.
    pub fn canonical_key<'a>(&'a self, canonical: &str) -> std::borrow::Cow<'a, str> {
        match self.canonical_keys.get(canonical) {
            Some(key) => std::borrow::Cow::Borrowed(key),
            None => std::borrow::Cow::Owned(entry_key(canonical)),
        }
    }

    /// The longest non-overlapping organization-name matches and head-word
    /// matches of a document (entry ids of heads index `head_kinds`).
    pub fn find(&self, doc: &crate::document::Document) -> (Vec<LexMatch>, Vec<LexMatch>) {
        let n = self.entries.len() as u32;
        let (names, mut heads): (Vec<LexMatch>, Vec<LexMatch>) = self
            .all
            .find_all(doc)
            .into_iter()
            .partition(|m| m.entry < n);
        for h in &mut heads {
            h.entry -= n;
        }
        (
            longest_non_overlapping(names),
            longest_non_overlapping(heads),
        )
    }
}

/// The organization lexicons (built on first use).
pub fn orgs() -> &'static OrgLexicon {
    static LEX: OnceLock<OrgLexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut entries = Vec::new();
        let mut names = Vec::new();
        let mut by_key = HashMap::default();
        for row in tsv_rows(include_str!("../../../lexicons/organizations.tsv")) {
            let Some(name) = row.first().filter(|s| !s.is_empty()) else {
                continue;
            };
            let id = entries.len() as u32;
            entries.push(OrgEntry {
                canonical: row
                    .get(1)
                    .filter(|s| !s.is_empty())
                    .unwrap_or(name)
                    .to_string(),
                kind: opt(row.get(2)),
                cc: opt(row.get(3)),
                ambiguous: row.get(4).is_some_and(|f| f.contains("ambiguous")),
                description: false,
            });
            by_key.entry(entry_key(name)).or_insert(id);
            names.push((name.to_string(), id));
        }
        let mut heads = Vec::new();
        let mut head_kinds = Vec::new();
        let mut head_needs_full_name = Vec::new();
        let mut ministry_bare = HashMap::default();
        let mut heads_single = HashMap::default();
        for row in tsv_rows(include_str!("../../../lexicons/org_heads.tsv")) {
            let (Some(head), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let field = *kind == "ministry_field";
            let kind = if field { "ministry_short" } else { *kind };
            if kind == "ministry_short" {
                let k = entry_key(head);
                if let Some(bare) = k.strip_prefix("ال") {
                    ministry_bare.insert(bare.to_string(), ());
                }
            }
            let hk = entry_key(head);
            if !hk.contains(' ') {
                heads_single.insert(hk, head_kinds.len() as u32);
            }
            heads.push((head.to_string(), head_kinds.len() as u32));
            head_kinds.push(kind.to_string());
            head_needs_full_name.push(field);
        }
        let club_alias = names
            .iter()
            .map(|(name, id)| {
                let alias = *by_key.get(&entry_key(&format!("نادي {name}")))?;
                (alias != *id
                    && entries
                        .get(alias as usize)
                        .and_then(|e: &OrgEntry| e.kind.as_deref())
                        == Some("club"))
                .then_some(alias)
            })
            .collect();
        let mut canonical_keys = HashMap::default();
        for e in &mut entries {
            e.description = is_description(&e.canonical, &heads_single, &head_kinds);
            canonical_keys
                .entry(e.canonical.clone())
                .or_insert_with(|| entry_key(&e.canonical));
        }
        let n = entries.len() as u32;
        let all = Gazetteer::new(
            names
                .into_iter()
                .chain(heads.into_iter().map(|(h, i)| (h, n + i))),
        )
        .with_class(crate::extract::word_class::ORG_NAME);
        OrgLexicon {
            all,
            entries,
            head_kinds,
            head_needs_full_name,
            ministry_bare,
            heads_single,
            by_key,
            club_alias,
            canonical_keys,
        }
    })
}

/// True when a canonical name is a description: two words, a definite
/// single-word head of a governmental kind and a demonym («الجيش
/// الإسرائيلي»); `heads_single` and `head_kinds` as in [`OrgLexicon`].
fn is_description(
    canonical: &str,
    heads_single: &HashMap<String, u32>,
    head_kinds: &[String],
) -> bool {
    let mut words = canonical.split(' ');
    let (Some(first), Some(last), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let first = entry_key(first);
    first.starts_with("ال")
        && heads_single
            .get(&first)
            .and_then(|&h| head_kinds.get(h as usize))
            .is_some_and(|kind| GOVERNMENT_KINDS.contains(&kind.as_str()))
        && places().is_demonym(&entry_key(last))
}

/// General words of `not_names.tsv` other than nouns (adjectives, verbs,
/// function words …), by matching key: no one-word name of a company
/// («شركة جديدة للتأمين»), while a noun may be one («شركة أمانة للتأمين»).
pub fn general_non_nouns() -> &'static crate::extract::words::FastSet<String> {
    static SET: OnceLock<crate::extract::words::FastSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        tsv_rows(include_str!("../../../lexicons/not_names.tsv"))
            .filter(|row| row.get(1).is_some_and(|c| *c != "noun"))
            .filter_map(|row| row.first().map(|w| entry_key(w)))
            .collect()
    })
}

/// The places extractor's place and demonym tables, as organizations and
/// people query them by matching key (no copy of their own).
pub fn places() -> &'static PlaceLexicon {
    &PlaceLexicon
}
