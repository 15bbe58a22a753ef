//! Bare common nouns that name a place in a document that speaks of it:
//! «المدينة» ("the city") is Medina in a text that names Mecca or Medina
//! («خرج من المدينة إلى مكة»، «تضم مكة والمدينة»), as «المدينة» was the
//! Prophet's city's usual name in the sources.

use super::cluster::{Cluster, Found};
use super::context::{next_of, prev_of};
use super::lexicon::lexicon;
use crate::document::Document;
use crate::document::clitics::splits;
use std::ops::Range;
use std::sync::OnceLock;

/// A bare common noun that names a place in a document that speaks of it.
struct Sense {
    /// The bare word, as a matching key.
    word: &'static str,
    /// The place it names (canonical name of `places.tsv`).
    target: &'static str,
    /// Places one of which the document must name (canonical names).
    anchors: &'static [&'static str],
    /// Countries any of whose places the document must name, as an anchor
    /// place does.
    anchor_ccs: &'static [&'static str],
    /// Countries none of whose places the document may name: the word may
    /// then name another one.
    rival_ccs: &'static [&'static str],
    /// Words before the bare word, besides [`BEFORE`], that make it the
    /// place (matching keys).
    before: &'static [&'static str],
}

/// The bare words and the places they name.
const SENSES: &[Sense] = &[
    Sense {
        word: "المدينه",
        target: "المدينة المنورة",
        anchors: &["المدينة المنورة", "مكة المكرمة"],
        anchor_ccs: &[],
        rival_ccs: &[],
        before: &[],
    },
    // «المملكة» (the kingdom) is Saudi Arabia in a text that names Saudi
    // places, unless it names a place of another kingdom too.
    Sense {
        word: "المملكه",
        target: "السعودية",
        anchors: &[],
        anchor_ccs: &["SA"],
        rival_ccs: &[
            "JO", "MA", "BH", "GB", "ES", "NL", "BE", "SE", "NO", "DK", "TH", "KH", "BT", "LS",
            "SZ", "TO",
        ],
        before: &["خارج", "داخل"],
    },
];

/// Prepositions after which the bare word is the place: «إلى المدينة»،
/// «من المدينة»، «على المدينة» (matching keys).
const BEFORE: &[&str] = &["في", "الي", "من", "علي", "عن", "نحو"];

/// Words after the bare word that make it "the city" itself: «المدينة
/// نفسها» (matching keys).
const NOT_AFTER: &[&str] = &["نفسها", "ذاتها", "كلها", "باكملها"];

/// Mentions of the bare words of [`SENSES`] in a document that names one of
/// their anchor places (in `found`); `covered` tokens are skipped and the new
/// mentions' tokens are marked covered.
pub fn bare_senses(doc: &Document, found: &mut Vec<Found>, covered: &mut [bool]) {
    let lex = lexicon();
    let key = doc.key().as_bytes();
    for (sense, prepared) in SENSES.iter().zip(prepared()) {
        let Some(target) = prepared.target else {
            continue;
        };
        // Most documents do not hold the word: one vectorized search first.
        let mut hits = prepared.finder.find_iter(key).peekable();
        if hits.peek().is_none() {
            continue;
        }
        let cc_of = |f: &Found| match f.cluster {
            Cluster::Known(p) => lex.places[p as usize].cc,
            Cluster::Unknown(_) => None,
        };
        if found
            .iter()
            .any(|f| cc_of(f).is_some_and(|cc| sense.rival_ccs.contains(&cc)))
        {
            continue;
        }
        let anchor_ends: Vec<usize> = found
            .iter()
            .filter(|f| {
                matches!(f.cluster, Cluster::Known(p) if prepared.anchors.contains(&p))
                    || cc_of(f).is_some_and(|cc| sense.anchor_ccs.contains(&cc))
            })
            .map(|f| f.range.end)
            .collect();
        if anchor_ends.is_empty() {
            continue;
        }
        let mut new = Vec::new();
        for at in hits {
            let Some(ti) = doc.token_at(at) else {
                continue;
            };
            if covered[ti] {
                continue;
            }
            if let Some(r) = bare_at(doc, ti, sense, &anchor_ends) {
                covered[ti] = true;
                new.push(Found {
                    range: r,
                    cluster: Cluster::Known(target),
                });
            }
        }
        found.extend(new);
    }
}

/// A [`Sense`] looked up once: its place ids and a searcher of its word.
struct Prepared {
    target: Option<u32>,
    anchors: Vec<u32>,
    finder: memchr::memmem::Finder<'static>,
}

/// [`SENSES`] looked up in the gazetteer, in their order.
fn prepared() -> &'static [Prepared] {
    static PREPARED: OnceLock<Vec<Prepared>> = OnceLock::new();
    PREPARED.get_or_init(|| {
        let lex = lexicon();
        let place_of = |name: &str| {
            lex.readings_of(name)
                .and_then(|rs| {
                    rs.iter()
                        .find(|r| lex.places[r.place as usize].canonical == name)
                })
                .map(|r| r.place)
        };
        SENSES
            .iter()
            .map(|s| Prepared {
                target: place_of(s.target),
                anchors: s.anchors.iter().filter_map(|a| place_of(a)).collect(),
                finder: memchr::memmem::Finder::new(s.word.as_bytes()),
            })
            .collect()
    })
}

/// The mention of `word` at token `ti` when its context makes it the place:
/// a preposition before it (or a ب proclitic), or و joining it to an anchor
/// place («مكة والمدينة»); and no definite word or `not_name` word after it
/// («المدينة القديمة»، «المدينة نفسها»).
fn bare_at(
    doc: &Document,
    ti: usize,
    sense: &Sense,
    anchor_ends: &[usize],
) -> Option<Range<usize>> {
    let word = sense.word;
    let tokens = doc.tokens();
    let t = &tokens[ti];
    let key = doc.token_key(t);
    if !key.ends_with(word) {
        return None;
    }
    let split = splits(key).find(|s| s.stem == word && !s.lam_lam)?;
    let prefix = split.prefix;
    let bare = prefix.strip_prefix(['و', 'ف']).unwrap_or(prefix);
    if !(bare.is_empty() || bare == "ب") {
        return None;
    }
    let prev = prev_of(doc, ti);
    let after_preposition = bare == "ب"
        || prev.is_some_and(|p| {
            let w = doc.token_key(&tokens[p]);
            BEFORE.contains(&w) || sense.before.contains(&w)
        });
    let after_anchor =
        prefix.starts_with('و') && prev.is_some_and(|p| anchor_ends.contains(&tokens[p].range.end));
    if !(after_preposition || after_anchor) {
        return None;
    }
    if let Some(n) = next_of(doc, ti) {
        let w = doc.token_key(&tokens[n]);
        if w.starts_with("ال") || NOT_AFTER.contains(&w) {
            return None;
        }
    }
    Some(t.range.start + prefix.len()..t.range.end)
}
