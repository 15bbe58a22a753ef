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

    /// True when one of the places the key names is a country.
    pub fn is_country(&self, key: &str) -> bool {
        let lex = crate::extract::places::lexicon();
        lex.readings_of_key(key).is_some_and(|readings| {
            readings
                .iter()
                .any(|r| lex.places[r.place as usize].kind == "country")
        })
    }

    /// True when every place the key names is also a common word
    /// («مالي»: Mali, and «financial»).
    pub fn is_ambiguous_place(&self, key: &str) -> bool {
        crate::extract::places::lexicon()
            .readings_of_key(key)
            .is_some_and(|readings| readings.iter().all(|r| r.ambiguous))
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
        let all = self.all.find_all(doc);
        // (Both lists made at the size of all matches: no regrowth.)
        let mut names = Vec::with_capacity(all.len());
        let mut heads = Vec::with_capacity(all.len());
        for mut m in all {
            if m.entry < n {
                names.push(m);
            } else {
                m.entry -= n;
                heads.push(m);
            }
        }
        (longest_in_groups(names), longest_in_groups(heads))
    }
}

/// [`longest_non_overlapping`] of `matches` sorted by end, as
/// [`Gazetteer::find_all`] returns them: the same matches, in text order.
///
/// The matches fall into groups that overlap no other group (a group ends
/// where every match after it starts at or after the group's last end);
/// the longest-first choice in a group depends on that group alone. A
/// match alone in its group (most matches) is taken without sorting; only
/// the matches of a group of several are sorted by length. Matches not
/// sorted by end, or an empty one, go to [`longest_non_overlapping`] whole.
pub(crate) fn longest_in_groups(matches: Vec<LexMatch>) -> Vec<LexMatch> {
    if matches.len() < 2 {
        return matches;
    }
    if matches.iter().any(|m| m.range.is_empty()) || !matches.is_sorted_by_key(|m| m.range.end) {
        return longest_non_overlapping(matches);
    }
    // The first start among the matches from `i` on.
    let mut min_start = vec![usize::MAX; matches.len() + 1];
    for (i, m) in matches.iter().enumerate().rev() {
        min_start[i] = min_start[i + 1].min(m.range.start);
    }
    let mut out = Vec::with_capacity(matches.len());
    let mut group: Vec<LexMatch> = Vec::new();
    for (i, m) in matches.into_iter().enumerate() {
        // (Sorted by end: this match's end is the group's last.)
        let closes = m.range.end <= min_start[i + 1];
        if closes && group.is_empty() {
            out.push(m);
            continue;
        }
        group.push(m);
        if closes {
            out.extend(longest_non_overlapping(std::mem::take(&mut group)));
        }
    }
    out
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

#[cfg(test)]
mod group_tests {
    use super::*;
    use crate::document::Document;

    /// A match's own token is the one the search over the document finds
    /// for the start of the match and of its name: every name, head and
    /// person's title match of texts with proclitics, a fused «لل» and a
    /// match at the first token; a match made otherwise (token 0) is
    /// found by the search.
    #[test]
    fn match_tokens_as_token_at() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        let texts = [
            "وزارة الخارجية الروسية قالت إن الأمم المتحدة وللبنك الدولي ومجلس الأمن",
            "قال الرئيس الأمريكي باراك أوباما للصحفيين إن وكالة الأنباء السعودية نقلت",
            "والتقى وزير الخارجية السعودي بالأمين العام لجامعة الدول العربية",
        ];
        for text in texts {
            let doc = Document::new(text.to_string());
            let (names, heads) = orgs().find(&doc);
            let titles = crate::extract::people::lexicon::lexicon()
                .titles
                .find_all(&doc);
            let mut n = 0;
            for m in names.iter().chain(&heads).chain(&titles) {
                assert_eq!(
                    m.first_token(&doc),
                    doc.token_at(m.range.start),
                    "{text}: {m:?}"
                );
                assert_eq!(
                    m.name_token(&doc),
                    doc.token_at(m.name.start),
                    "{text}: {m:?}"
                );
                assert_eq!(Some(m.token as usize), doc.token_at(m.range.start), "{m:?}");
                n += 1;
            }
            assert!(n >= 3, "{text}: {n}");
        }
        let doc = Document::new("قالت وزارة الخارجية".to_string());
        let r = doc.tokens()[1].range.clone();
        let made = LexMatch {
            entry: 0,
            token: 0,
            range: r.clone(),
            name: r,
        };
        assert_eq!(made.first_token(&doc), Some(1));
        assert_eq!(made.name_token(&doc), Some(1));
    }

    fn m(entry: u32, start: usize, end: usize) -> LexMatch {
        LexMatch {
            token: 0,
            entry,
            range: start..end,
            name: start..end,
        }
    }

    /// `matches` sorted as `Gazetteer::find_all` leaves them.
    fn by_end(mut matches: Vec<LexMatch>) -> Vec<LexMatch> {
        matches.sort_by_key(|m| (m.range.end, m.range.start));
        matches
    }

    /// The groups' choice is the whole list's: tables of overlapping,
    /// nested, touching and equal ranges, and pseudo-random sets.
    #[test]
    fn longest_in_groups_as_longest_non_overlapping() {
        let rows: Vec<Vec<LexMatch>> = vec![
            vec![],
            vec![m(0, 0, 5)],
            vec![m(0, 0, 5), m(1, 5, 9)],
            vec![m(0, 0, 5), m(1, 3, 9)],
            vec![m(0, 0, 5), m(1, 3, 8), m(2, 6, 12), m(3, 20, 25)],
            // Equal ranges: the first in the list wins.
            vec![m(7, 2, 6), m(3, 2, 6), m(1, 10, 12)],
            // Nested, and a long one over two groups.
            vec![m(0, 0, 4), m(1, 5, 9), m(2, 0, 9), m(3, 9, 14)],
            vec![m(0, 0, 3), m(1, 2, 5), m(2, 4, 7), m(3, 6, 9)],
        ];
        let mut seed: u64 = 7;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        let mut random = Vec::new();
        for _ in 0..300 {
            let len = next(12) as usize;
            let list: Vec<LexMatch> = (0..len)
                .map(|e| {
                    let start = next(40) as usize;
                    m(e as u32, start, start + 1 + next(8) as usize)
                })
                .collect();
            random.push(list);
        }
        for list in rows.into_iter().chain(random) {
            let sorted = by_end(list);
            assert_eq!(
                longest_in_groups(sorted.clone()),
                longest_non_overlapping(sorted.clone()),
                "{sorted:?}"
            );
        }
    }

    /// On texts, the organizations' and the titles' matches as
    /// `Gazetteer::find` chose them.
    #[test]
    fn longest_in_groups_on_texts() {
        let texts = [
            "وأعلنت وزارة الخارجية الروسية أن الأمم المتحدة ومجلس الأمن الدولي",
            "قال وزير الخارجية الأمريكي جون كيري ورئيس الوزراء البريطاني",
            "الهيئة العامة للرياضة والاتحاد السعودي لكرة القدم ونادي الهلال",
        ];
        for text in texts {
            let doc = Document::new(text.to_string());
            let all = orgs().all.find_all(&doc);
            assert_eq!(
                longest_in_groups(all.clone()),
                longest_non_overlapping(all),
                "{text}"
            );
            let titles = &crate::extract::people::lexicon::lexicon().titles;
            assert_eq!(
                longest_in_groups(titles.find_all(&doc)),
                titles.find(&doc),
                "{text}"
            );
        }
    }
}
