//! Organizations: well-known names from `lexicons/organizations.tsv`, head
//! words (وزارة، وكالة، منظمة، مجلس …, `lexicons/org_heads.tsv`) with their
//! complements, short ministry names with a demonym (الخارجية الأميركية), and
//! names in quotation marks after a head (وكالة “فرانس برس”). Mentions leave
//! proclitics out, except a fused لل (للامم المتحدة); mentions with the same
//! canonical name form one entity.

pub mod latin;
pub mod lexicon;
pub mod month_name;
pub mod place_context;
pub mod rules;

use crate::document::Document;
use crate::extract::words::entry_key;
use crate::extract::{Context, Extraction, Extractor};
use crate::output::{Organization, Place, TextSpan};
use crate::span::Span;
use place_context::PlaceContext;
use rules::Candidate;
use std::ops::Range;

/// The organization extractor.
pub struct Organizations;

/// Keeps the longest of overlapping candidates (lexicon entries win ties),
/// in text order.
fn resolve(mut c: Vec<Candidate>) -> Vec<Candidate> {
    c.sort_by(|a, b| {
        (b.range.end - b.range.start)
            .cmp(&(a.range.end - a.range.start))
            .then(b.from_lexicon.cmp(&a.from_lexicon))
            .then(a.range.start.cmp(&b.range.start))
    });
    // The ranges taken so far, sorted and disjoint: one binary search per
    // candidate instead of a scan of every one taken.
    // (Both made at their largest size: no regrowth.)
    let mut occupied: Vec<Range<usize>> = Vec::with_capacity(c.len());
    let mut taken: Vec<Candidate> = Vec::with_capacity(c.len());
    for cand in c {
        let i = occupied.partition_point(|r| r.end <= cand.range.start);
        if occupied.get(i).is_none_or(|r| cand.range.end <= r.start) {
            occupied.insert(i, cand.range.clone());
            taken.push(cand);
        }
    }
    taken.sort_by_key(|t| t.range.start);
    taken
}

/// Finds the organization mentions of a document, in text order; `places`
/// are the places already extracted (they choose the reading of an
/// ambiguous place inside a name), `clubs` the place names the places
/// extractor read as clubs' names.
pub fn candidates(doc: &Document, places: &[Place], clubs: &[Range<usize>]) -> Vec<Candidate> {
    candidates_with(doc, places, &place_ranges(doc, places), clubs, &[])
}

/// The normalized byte ranges of the mentions of `places`, in their order
/// (`Normalized::to_normalized` of each).
pub(crate) fn place_ranges(doc: &Document, places: &[Place]) -> Vec<Range<usize>> {
    places
        .iter()
        .flat_map(|p| &p.mentions)
        .map(|m| doc.normalized().to_normalized(Span::new(m.start, m.end)))
        .collect()
}

/// [`candidates`], with the normalized ranges of the place mentions
/// ([`place_ranges`]) and the names of several words the places extractor
/// left out after a blocker word.
fn candidates_with(
    doc: &Document,
    places: &[Place],
    place_ranges: &[Range<usize>],
    clubs: &[Range<usize>],
    blocked_places: &[(Range<usize>, &'static str)],
) -> Vec<Candidate> {
    let (name_matches, head_matches) = lexicon::orgs().find(doc);
    // Whether the document is a sports article, computed once if needed.
    let mut sports = None;
    let lexicon = rules::lexicon_candidates(
        doc,
        &name_matches,
        &rules::after_heads(doc, &head_matches),
        &head_matches,
        &mut sports,
    );
    let clubs = rules::place_club_candidates(doc, clubs, &lexicon);
    let pctx = PlaceContext::new(doc, places).with_ranges(place_ranges, blocked_places);
    let heads = rules::head_candidates(doc, &head_matches, &lexicon, &pctx, &mut sports);
    let teams = rules::team_city_candidates(doc);
    let reported = rules::reported_candidates(doc);
    // (All the candidates in one list made at its size.)
    let mut all = Vec::with_capacity(
        lexicon.len() + heads.len() + teams.len() + clubs.len() + reported.len(),
    );
    all.extend(lexicon);
    all.extend(heads);
    all.extend(teams);
    all.extend(clubs);
    all.extend(reported);
    let mut found = resolve(settle_with_places(doc, place_ranges, all));
    found.iter_mut().for_each(rules::as_lexicon_name);
    found.retain(|c| !aircraft_type(doc, c));
    let aliases = latin::aliases(doc, &found);
    if !aliases.is_empty() {
        found.extend(aliases);
        found.sort_by_key(|c| c.range.start);
    }
    found
}

/// «طائرة بوينج 757», «من طراز بوينج»: a maker's name that gives an
/// aircraft's type names no company.
fn aircraft_type(doc: &Document, c: &Candidate) -> bool {
    if c.kind.as_deref() != Some("company") {
        return false;
    }
    let toks = doc.tokens();
    let Some((first, last)) = doc.token_span(&c.range) else {
        return false;
    };
    if first == 0 || !crate::extract::words::clean_gap(doc, first - 1, first) {
        return false;
    }
    let before = doc.token_key(&toks[first - 1]);
    if before.ends_with("طراز") {
        return true;
    }
    let plane = ["طائر", "طاير", "الطائر", "الطاير", "وطائر", "وطاير"]
        .iter()
        .any(|p| before.starts_with(p));
    // The type's number: «737», «A320».
    plane
        && toks.get(last + 1).is_some_and(|t| {
            crate::extract::words::clean_gap(doc, last, last + 1)
                && doc.token_text(t).chars().any(|ch| ch.is_ascii_digit())
        })
}

/// Settles candidates that overlap a place mention without containing it:
/// inside a longer place a name is part of the place's («قناة السويس»,
/// the canal, not a channel named السويس); a lexicon name that ends inside
/// a place is a misreading («وأم القرى» is و + أم القرى, not the agency
/// WAM); a rule's name that stops inside a place takes the whole place
/// («اتحاد أمريكا الجنوبية»).
/// (`places`: the normalized ranges of the place mentions.)
fn settle_with_places(
    doc: &Document,
    places: &[Range<usize>],
    all: Vec<Candidate>,
) -> Vec<Candidate> {
    let mut spans: Vec<Range<usize>> = places.to_vec();
    if spans.is_empty() {
        return all;
    }
    spans.sort_by_key(|r| r.start);
    let mut out = Vec::with_capacity(all.len());
    for mut c in all {
        let r = c.range.clone();
        // Places that overlap the candidate without lying inside it.
        let from = spans.partition_point(|p| p.end <= r.start);
        let over = spans[from..]
            .iter()
            .take_while(|p| p.start < r.end)
            .find(|p| !(r.start <= p.start && p.end <= r.end));
        match over {
            None => {}
            Some(p) if p.start <= r.start => continue,
            Some(_) if c.from_lexicon => continue,
            Some(p) => {
                // A لل name keeps its restored article in the canonical name.
                let lam_lam = c.canonical != rules::canonical_of(doc, r.clone(), false);
                c.range = r.start..p.end;
                c.canonical = rules::canonical_of(doc, c.range.clone(), lam_lam);
            }
        }
        out.push(c);
    }
    out
}

/// The name of a rule-found organization: its mention, with the article's
/// alef given back when the mention begins with a fused لل whose canonical
/// name restores it («للجيش البريطاني» → «الجيش البريطاني», «للجنة
/// الوطنية» → «اللجنة الوطنية»).
fn name_of_mention(text: &str, canonical: &str) -> String {
    if canonical.starts_with("ال") && entry_key(text).starts_with("لل") {
        let mut chars = text.chars();
        chars.next();
        let rest = chars
            .as_str()
            .trim_start_matches(crate::normalize::steps::is_diacritic);
        // «للجنة» → «اللجنة»: the head keeps its own ل.
        if canonical.starts_with("الل") {
            return format!("ال{rest}");
        }
        return format!("ا{rest}");
    }
    text.to_string()
}

impl Extractor for Organizations {
    fn name(&self) -> &'static str {
        "organizations"
    }

    fn extract(&self, doc: &Document, _ctx: &Context, out: &mut Extraction) {
        // (The key is kept in `index` alone.)
        let lex = lexicon::orgs();
        // (The place mentions' normalized ranges are made once, here, and
        // left for the people extractor.)
        let place_ranges = place_ranges(doc, &out.places);
        let found = candidates_with(
            doc,
            &out.places,
            &place_ranges,
            &out.clubs,
            &out.blocked_places,
        );
        // (At most one organization per candidate: the list and the index
        // made at that size.)
        let mut orgs: Vec<Organization> = Vec::with_capacity(found.len());
        // Where each canonical key's organization sits in `orgs` (a long
        // document names many).
        let mut index: crate::extract::words::FastMap<String, usize> =
            crate::extract::words::FastMap::with_capacity_and_hasher(
                found.len(),
                Default::default(),
            );
        for c in found {
            let span = doc.span(c.range.clone());
            let mention = TextSpan {
                text: doc.original_slice(span).to_string(),
                start: span.start,
                end: span.end,
            };
            let key = joined_compounds(lex.canonical_key(&c.canonical));
            if let Some(o) = index.get(key.as_ref()).map(|&i| &mut orgs[i]) {
                o.mentions.push(mention);
                if o.country.is_none() {
                    o.country = c.cc;
                }
                o.named |= c.named;
                continue;
            }
            let name = if c.from_lexicon {
                c.canonical.clone()
            } else {
                name_of_mention(&mention.text, &c.canonical)
            };
            index.insert(key.into_owned(), orgs.len());
            orgs.push(Organization {
                id: String::new(),
                name,
                kind: c.kind,
                country: c.cc,
                named: c.named,
                mentions: vec![mention],
            });
        }
        let base = out.organizations.len();
        out.organizations.reserve(orgs.len());
        for (i, mut o) in orgs.into_iter().enumerate() {
            o.id = crate::extract::people::numbered_id('o', base + i + 1);
            out.organizations.push(o);
        }
        out.place_ranges = place_ranges;
    }
}

/// The grouping key of a canonical key: «عبد X» written as one word, so
/// that «مركز الملك عبد الله» and «مركز الملك عبدالله» are one
/// organization.
fn joined_compounds(key: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    let joined = |k: &str| k.starts_with("عبد ") || k.contains(" عبد ");
    if joined(&key) {
        let mut out = String::with_capacity(key.len());
        let mut words = key.split(' ').peekable();
        while let Some(w) = words.next() {
            out.push_str(w);
            if words.peek().is_some() && w != "عبد" {
                out.push(' ');
            }
        }
        std::borrow::Cow::Owned(out)
    } else {
        key
    }
}

#[cfg(test)]
mod tests;
