//! Organization, place and demonym lexicons, parsed once.

use crate::extract::words::entry_key;
use crate::extract::words::{FastMap as HashMap, FastSet};
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
}

/// A demonym: country and gender/number (`m.sg`, `f.sg`, `m.pl`, `f.pl`).
#[derive(Clone, Debug)]
pub struct Demonym {
    /// ISO country code.
    pub cc: String,
    /// Gender and number.
    pub gender_number: String,
}

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
    /// Short ministry names without their article (خارجية), for titles.
    pub ministry_bare: HashMap<String, ()>,
    /// Single-word heads by key.
    pub heads_single: HashMap<String, ()>,
    /// Entry id of every organization name, by matching key.
    pub by_key: HashMap<String, u32>,
}

/// Places and demonyms, by matching key.
#[derive(Debug)]
pub struct PlaceLexicon {
    /// Place name → country code (empty when none).
    pub places: HashMap<String, String>,
    /// Names of countries, regions, governorates and continents (not cities).
    pub large_places: FastSet<String>,
    /// Demonym form → country and gender/number.
    pub demonyms: HashMap<String, Demonym>,
}

fn opt(s: Option<&&str>) -> Option<String> {
    s.filter(|s| !s.is_empty()).map(|s| s.to_string())
}

impl OrgLexicon {
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
            });
            by_key.entry(entry_key(name)).or_insert(id);
            names.push((name.to_string(), id));
        }
        let mut heads = Vec::new();
        let mut head_kinds = Vec::new();
        let mut ministry_bare = HashMap::default();
        let mut heads_single = HashMap::default();
        for row in tsv_rows(include_str!("../../../lexicons/org_heads.tsv")) {
            let (Some(head), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            if *kind == "ministry_short" {
                let k = entry_key(head);
                if let Some(bare) = k.strip_prefix("ال") {
                    ministry_bare.insert(bare.to_string(), ());
                }
            }
            let hk = entry_key(head);
            if !hk.contains(' ') {
                heads_single.insert(hk, ());
            }
            heads.push((head.to_string(), head_kinds.len() as u32));
            head_kinds.push(kind.to_string());
        }
        let n = entries.len() as u32;
        let all = Gazetteer::new(
            names
                .into_iter()
                .chain(heads.into_iter().map(|(h, i)| (h, n + i))),
        );
        OrgLexicon {
            all,
            entries,
            head_kinds,
            ministry_bare,
            heads_single,
            by_key,
        }
    })
}

/// The place and demonym lexicons (built on first use).
pub fn places() -> &'static PlaceLexicon {
    static LEX: OnceLock<PlaceLexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut places = HashMap::default();
        let mut large_places = FastSet::default();
        for row in tsv_rows(include_str!("../../../lexicons/places.tsv")) {
            if let Some(name) = row.first().filter(|s| !s.is_empty()) {
                let key = entry_key(name);
                if matches!(
                    row.get(2).copied(),
                    Some("country" | "region" | "governorate" | "continent" | "territory")
                ) {
                    large_places.insert(key.clone());
                }
                places.insert(key, row.get(3).unwrap_or(&"").to_string());
            }
        }
        let mut demonyms = HashMap::default();
        for row in tsv_rows(include_str!("../../../lexicons/demonyms.tsv")) {
            if let (Some(form), Some(cc)) = (row.first(), row.get(1)) {
                demonyms.insert(
                    entry_key(form),
                    Demonym {
                        cc: cc.to_string(),
                        gender_number: row.get(2).unwrap_or(&"").to_string(),
                    },
                );
            }
        }
        PlaceLexicon {
            places,
            large_places,
            demonyms,
        }
    })
}
