//! Places: countries, cities, regions … from the gazetteer
//! (`lexicons/places.tsv`), matched with proclitics (بموسكو، وواشنطن،
//! للولايات المتحدة), multi-word and longest first; names that are also
//! common words are kept only with context; head nouns («مدينة X») make
//! places the gazetteer does not know. Demonyms are not places: see
//! [`demonym_country`].
//!
//! A mention is the name without its proclitics (بموسكو → موسكو); a name
//! written with لل (للولايات المتحدة) keeps its ل + ال, as it cannot be cut.

mod cluster;
mod context;
pub(crate) mod demonym;
pub(crate) mod lexicon;
mod rules;
mod sense;
pub(crate) mod tier2;
pub(crate) mod triggers;
mod unknown;

pub use demonym::{Demonym, demonym, demonym_country};
pub(crate) use demonym::{demonym_keys, demonym_of_exact_key};

/// False when [`triggers::head`] of `w` (the key of token `t`, a leading
/// و stripped or not) is surely `None`: a head is a stem of `w` after a
/// proclitic sequence, so «و» + that sequence is one of the token's own
/// splits, whose class lacks [`PLACE_HEAD`] — unless the sequence of `w`
/// starts with و or ف itself (وو، وف are no proclitics of a token). True for
/// a token without splits.
#[inline]
fn may_be_head_after_wa(doc: &Document, t: usize, w: &str) -> bool {
    let stripped = w.len() < doc.token_key(&doc.tokens()[t]).len();
    (stripped && w.starts_with(['و', 'ف']))
        || crate::extract::word_class::token_may_be(doc.token_splits(t), PLACE_HEAD)
}

/// True when a word (matching key, proclitics allowed) is a head noun that
/// names a place after it (حي، مدينة، مخيم، بلدة …).
pub(crate) fn is_place_head(word_key: &str) -> bool {
    triggers::head(word_key).is_some()
}
pub use lexicon::{PlaceInfo, lexicon};

use crate::document::Document;
use crate::document::clitics::splits;
use crate::extract::word_class::{DEMONYM, PLACE_HEAD, PLACE_TIER2};
use crate::extract::words::{FastMap as HashMap, FastSet as HashSet};
use crate::extract::{Context, Extraction, Extractor};
use cluster::{Cluster, Found};
use context::{is_context, next_token, preposition_prefix, prev_of, prev_token};
use rules::{
    SPORT_NEAR, blocker_before_quote, club_or_adjective, country_in_parentheses, dateline,
    direction_after_place, exhibition, in_title, nunated, quoted_title, sport_weight, trim_mention,
};
use std::ops::Range;
use triggers::{Role, exact, trigger};

/// The member states of the Arab League (ISO codes): their places have
/// Arabic names, whose final ة written ه may be a pronoun («زواره»).
const ARAB_STATES: &[&str] = &[
    "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
    "SA", "SD", "SO", "SY", "TN", "YE",
];

/// How near (in tokens) a country must be named to decide an ambiguous name
/// of that country.
const NEAR: usize = 30;

/// The places extractor.
#[derive(Clone, Copy, Debug, Default)]
pub struct Places;

/// A gazetteer match and what its context says.
struct Candidate {
    /// Byte range of the mention in the normalized text.
    mention: Range<usize>,
    /// Gazetteer entry (surface key).
    entry: u32,
    /// Chosen place.
    place: u32,
    blocked: bool,
    ambiguous: bool,
    context: bool,
    /// Right after an accord word (اتفاق الطائف).
    accord: bool,
    /// After a head noun or a locative word, or with a ب proclitic.
    strict: bool,
    /// A name flagged `strong`: its country nearby is no context.
    strong_only: bool,
}

impl Extractor for Places {
    fn name(&self) -> &'static str {
        "places"
    }

    fn extract(&self, doc: &Document, _ctx: &Context, out: &mut Extraction) {
        let found = find(doc, &mut out.clubs, &mut out.blocked_places);
        out.places = cluster::to_output(doc, found);
    }
}

/// True when the word after the match is the demonym of one of its
/// readings' countries («ليل الفرنسي»; not «الزاوية اليمنى»).
fn own_demonym_after(
    doc: &Document,
    m: &crate::lexicon::LexMatch,
    readings: &[lexicon::Reading],
) -> bool {
    let lex = lexicon();
    next_token(doc, m.range.end)
        .and_then(|t| demonym::demonym_of_key(doc.token_key(&doc.tokens()[t])))
        .is_some_and(|d| {
            readings
                .iter()
                .any(|r| lex.places[r.place as usize].cc == Some(d.cc))
        })
}

/// The last two characters of `s` (all of it when shorter).
fn last_two_chars(s: &str) -> &str {
    let start = s.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    &s[start..]
}

/// Sort rank of a gazetteer match among overlapping readings (lower
/// first): 0 after a head noun, else 1 when every reading is ambiguous and
/// 2 when they are also all guarded.
fn reading_rank(doc: &Document, m: &crate::lexicon::LexMatch) -> u8 {
    let readings = &lexicon().readings[m.entry as usize];
    let ambiguous = readings.iter().all(|r| r.ambiguous);
    let guarded = readings.iter().all(|r| r.country_only || r.strong_only);
    let headed =
        prev_token(doc, m.range.start).is_some_and(|p| triggers::head_of_token(doc, p).is_some());
    if headed {
        0
    } else {
        u8::from(ambiguous) + u8::from(ambiguous && guarded)
    }
}

/// True when the original text of the normalized `range` of `doc` ends
/// with ي: then it is no place the gazetteer writes only with a final ى
/// ([`lexicon::PlaceLexicon::maqsura_only`]; the key folds the two).
pub(crate) fn written_with_final_ya(doc: &Document, range: Range<usize>) -> bool {
    doc.original_slice(doc.span(range)).ends_with('ي')
}

/// Every place mention of the document, before clustering; `clubs` gets
/// the names read as a club instead (see [`Extraction::clubs`]),
/// `blocked_places` the names of several words left out after a blocker
/// (see [`Extraction::blocked_places`]).
fn find(
    doc: &Document,
    clubs: &mut Vec<Range<usize>>,
    blocked_places: &mut Vec<(Range<usize>, &'static str)>,
) -> Vec<Found> {
    let lex = lexicon();
    let classes = doc.token_classes();
    // Of two readings of the same words, the less ambiguous wins: «وجدة» is
    // و + «جدة» (Jeddah) before it is Oujda, unless a head noun says so
    // («مدينة وجدة»).
    let mut all = lex.gazetteer.find_all_in(doc, classes);
    // The rank looks at the token before: computed once a match, not at
    // every comparison (the sort stays stable).
    all.sort_by_cached_key(|m| reading_rank(doc, m));
    let mut matches = crate::lexicon::longest_non_overlapping(all);
    let tokens = doc.tokens();
    let key = doc.key();
    let mut covered = vec![false; tokens.len()];
    // A name that only contains a place («كوبا أمريكا»: the Copa América)
    // covers its words and is no candidate: not a neighbour of a place
    // either.
    matches.retain(|m| {
        if !lex.is_not_place(m.entry) {
            return true;
        }
        if let (Some(a), Some(b)) = (doc.token_at(m.range.start), doc.token_at(m.range.end - 1)) {
            covered[a..=b].iter_mut().for_each(|c| *c = true);
        }
        false
    });

    // Countries the document speaks of, with the tokens where it does:
    // unambiguous country names, and demonyms (looked up only when some name
    // needs them).
    let mut ccs: HashMap<&'static str, Vec<usize>> = HashMap::default();

    let mut cands: Vec<Candidate> = Vec::with_capacity(matches.len());
    for (i, m) in matches.iter().enumerate() {
        let readings = &lex.readings[m.entry as usize];
        if readings.is_empty() {
            continue;
        }
        // «فواز بخاري» (a family name) is no «بخارى» (Bukhara).
        if lex.maqsura_only[m.entry as usize] && written_with_final_ya(doc, m.range.clone()) {
            continue;
        }
        if let (Some(a), Some(b)) = (doc.token_at(m.range.start), doc.token_at(m.range.end - 1)) {
            covered[a..=b].iter_mut().for_each(|c| *c = true);
        }
        // The tokens right before and after the match (white space
        // between): found once for all the rules below, each a binary search.
        let prev = prev_token(doc, m.range.start);
        let next = next_token(doc, m.range.end);
        let trig = prev.and_then(|p| trigger(doc.token_key(&tokens[p])));
        let full_prefix = &key[m.range.start..m.name.start];
        // س (future tense) goes only before a verb: «سليما» is not س + ليما.
        if full_prefix.contains('س') {
            continue;
        }
        let conj = full_prefix.starts_with('و') || full_prefix.starts_with('ف');
        let prep = preposition_prefix(doc, &m.range, m.name.start);
        // A blocker, also across a direction or head word: «حلف شمال الأطلسي».
        let through_head = trig.is_some_and(|t| t.role == Role::HeadKnown)
            && prev
                .and_then(|p| prev_of(doc, p))
                .and_then(|p| trigger(doc.token_key(&tokens[p])))
                .is_some_and(|t| t.role == Role::Blocker);
        // A street named after a place is not the place: «شارع فلسطين
        // بجدة», «شارع باريس» (heads of kind `street`).
        let street =
            trig.is_some_and(|t| t.role == Role::Head && t.kind == Some("street")) && !conj;
        let blocked_by_word = trig.is_some_and(|t| t.role == Role::Blocker) && !conj;
        let blocked = blocked_by_word
            || through_head
            || street
            || blocker_before_quote(doc, m)
            || direction_after_place(doc, m, i.checked_sub(1).map(|j| &matches[j]))
            || in_title(doc, prev)
            || next.is_some_and(|t| {
                exact(doc.token_key(&tokens[t])).is_some_and(|t| t.role == Role::BlockerAfter)
            });
        // A team word before a city names a club (لاعب برشلونة); before a
        // country, the country itself (منتخب مصر).
        let team = trig.is_some_and(|t| t.role == Role::Team)
            && !conj
            && !readings.iter().any(|r| {
                matches!(
                    lex.places[r.place as usize].kind,
                    "country" | "territory" | "continent"
                )
            });
        // A ك proclitic ("like") before a place is rare; before a word that
        // only looks like one, common: «كلاوس» (Klaus, not ك + لاوس).
        // A one-word name in ة written with a final ه is often a word with
        // a pronoun: «لزواره» (his visitors, not Zuwara), «ما وجده» (he found
        // it), «من شروره» (its evils): it is read as an ambiguous name in ة
        // written so (below: only a head noun, ب, a neighbouring place or a
        // dateline make it the place: «بمحافظة شروره», «بجده»).
        // (An Arabic name only: a foreign one is no Arabic noun with a
        // pronoun, «لشبونه» is Lisbon.)
        let ha_written = !key[m.name.clone()].contains(' ')
            && doc.norm()[m.name.clone()].ends_with('ه')
            && readings.iter().all(|r| {
                let p = &lex.places[r.place as usize];
                p.canonical.ends_with('ة') && p.cc.is_some_and(|cc| ARAB_STATES.contains(&cc))
            });
        let ambiguous = readings.iter().all(|r| r.ambiguous) || prep == "ك" || ha_written;
        // An ambiguous name right before another place is a common noun in a
        // construct (بورصة لندن "the London stock exchange").
        let construct = ambiguous
            && matches.get(i + 1).is_some_and(|n| {
                n.range.start == n.name.start
                    && next.is_some_and(|t| tokens[t].range.start == n.range.start)
            });
        // A city without a locative word near a sport word is a club.
        let club = readings
            .iter()
            .all(|r| lex.places[r.place as usize].kind == "city")
            && !is_context(trig)
            && !prep.starts_with('ب')
            && !dateline(doc, m)
            && (country_in_parentheses(doc, m)
                || doc.token_at(m.range.start).is_some_and(|t| {
                    let (a, b) = (
                        t.saturating_sub(SPORT_NEAR),
                        (t + SPORT_NEAR + 1).min(tokens.len()),
                    );
                    (a..b)
                        .filter(|&u| tokens[u].sentence == tokens[t].sentence)
                        .map(|u| sport_weight(doc, u))
                        .sum::<u8>()
                        >= 2
                }));
        // An ambiguous name described by a definite nisba adjective is a
        // common noun: «العمارة الصينية» (Chinese architecture), «صور
        // الفضائية»; not by a direction adjective, a listed trigger (الجليل
        // الغربي), nor by its own country's demonym (صور اللبنانية).
        let described = ambiguous
            && next.is_some_and(|t| {
                let w = doc.token_key(&tokens[t]);
                w.starts_with("ال")
                    && (w.ends_with("يه") || w.ends_with('ي'))
                    && w.len() > 10
                    && exact(w).is_none()
                    // «صور اللبنانية»: the place's own country describes it
                    && demonym::demonym_of_key(w).is_none_or(|d| {
                        !readings
                            .iter()
                            .any(|r| lex.places[r.place as usize].cc == Some(d.cc))
                    })
            });
        // «ومن هنا نجد أن» (we find that): an ambiguous name shaped like an
        // imperfect verb, with no preposition nor trigger, before «أن» is a
        // verb.
        // Any name after a particle that only governs a verb is a verb:
        // «لم نجد»، «لم يزد» (not the city of Yazd).
        let verb = prep.is_empty()
            && (ambiguous
                && key[m.name.clone()].starts_with(['ن', 'ي', 'ت'])
                && trig.is_none()
                && next.is_some_and(|t| {
                    matches!(doc.token_key(&tokens[t]), "ان" | "انه" | "انها" | "انهم")
                })
                || prev.is_some_and(|t| {
                    matches!(
                        doc.token_key(&tokens[t]),
                        "لم" | "ولم" | "لن" | "ولن" | "كي" | "لكي" | "سوف" | "قد" | "وقد"
                    )
                }));
        // A whole word that only looks like a proclitic + place: «بليون»
        // (billion), listed as `not_name`.
        // An ambiguous definite name right after a definite noun is its
        // adjective: «النظام القائم» (the existing regime, not al-Qaim).
        let adjective_of_noun = ambiguous
            && !m.has_prefix()
            && key[m.name.clone()].starts_with("ال")
            && trig.is_none()
            && prev.is_some_and(|p| {
                let w = doc.token_key(&tokens[p]);
                let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                w.starts_with("ال")
                    && lex.readings_of_key(w).is_none()
                    && demonym::demonym_of_key(w).is_none()
            });
        let lookalike = m.has_prefix()
            && doc
                .token_at(m.range.start)
                .and_then(|t| exact(doc.token_key(&tokens[t])))
                .is_some_and(|t| t.role == Role::NotName);
        // «اتفاق الطائف»: the accord, and the place's other mentions in the
        // document need a head noun or a locative word.
        let accord =
            trig.is_some_and(|t| t.role == Role::Blocker && t.kind == Some("accord")) && !conj;
        let strict = trig.is_some_and(|t| matches!(t.role, Role::Head | Role::Locative))
            || prep.starts_with('ب');
        let club_adjective = club_or_adjective(doc, m, prev, next);
        // A club for the organizations extractor: with no preposition and
        // no locative word before it; a name that is also a common word
        // (ليل، ميلان) only before a demonym or a country in parentheses.
        if (club || club_adjective.club)
            && !blocked
            && prep.is_empty()
            && !is_context(trig)
            && !dateline(doc, m)
            && (country_in_parentheses(doc, m)
                || !readings.iter().any(|r| r.ambiguous)
                || (club_adjective.club && own_demonym_after(doc, m, readings)))
        {
            clubs.push(m.name.clone());
        }
        let blocked = blocked
            || club
            || team
            || described
            || verb
            || adjective_of_noun
            || lookalike
            || construct
            || club_adjective.club
            || club_adjective.adjective
            || exhibition(doc, prev, next)
            || quoted_title(doc, m)
            || nunated(doc, m);
        let short = key[m.name.clone()].chars().count() <= 2;
        // A two-letter name takes no proclitic but و/ف: «باب» is not ب + إب.
        if short && !prep.is_empty() {
            continue;
        }
        // Coordinated with a neighbouring place: «X وY» or «Y وX», also
        // in a list with commas («والمدينة المنورة، وجدة»).
        let list_gap = |a: usize, b: usize, commas: usize| {
            key.get(a..b).is_some_and(|gap| {
                gap.chars()
                    .all(|c| c.is_whitespace() || c == '،' || c == ',')
                    && gap.chars().filter(|&c| c == '،' || c == ',').count() == commas
            })
        };
        let after_place = i > 0
            && ((conj
                && (list_gap(matches[i - 1].range.end, m.range.start, 0)
                    || list_gap(matches[i - 1].range.end, m.range.start, 1)))
                // The third name of a list with commas only: «في الكويت،
                // الرياض، جدة وفي دبي».
                || (!conj
                    && i > 1
                    && list_gap(matches[i - 1].range.end, m.range.start, 1)
                    && list_gap(matches[i - 2].range.end, matches[i - 1].range.start, 1)));
        let before_place = matches.get(i + 1).is_some_and(|n| {
            key[n.range.start..].starts_with('و')
                && next.is_some_and(|t| tokens[t].range.start == n.range.start)
        });
        // «الريف» (flag `country`): only a head noun or the country nearby.
        let country_only = ambiguous && readings.iter().all(|r| r.country_only);
        // «الخبر» (flag `strong`): not after a locative word alone. Nor an
        // ambiguous name in ة written with a final ه, more often a word
        // with a pronoun: «في حديثه» (his talk), not Haditha («بحماه»,
        // «مدينة جده», «حمص وحماه» stay places).
        let pronoun = ambiguous
            && doc.norm()[m.name.clone()].ends_with('ه')
            && readings
                .iter()
                .all(|r| lex.places[r.place as usize].canonical.ends_with('ة'));
        let strong_only = ambiguous && (pronoun || readings.iter().all(|r| r.strong_only));
        let context = if short || country_only {
            trig.is_some_and(|t| matches!(t.role, Role::Head | Role::HeadKnown))
        } else if strong_only {
            trig.is_some_and(|t| matches!(t.role, Role::Head | Role::HeadKnown))
                || prep.starts_with('ب')
                || after_place
                || before_place
                || dateline(doc, m)
        } else {
            is_context(trig)
                || prep.starts_with('ب')
                || after_place
                || before_place
                || dateline(doc, m)
        };
        // Reading: the kind a head names, then a country the text speaks of,
        // then the default.
        let head_kind = trig.filter(|t| t.role == Role::Head).and_then(|t| t.kind);
        let capital_head = trig.is_some_and(|t| t.role == Role::HeadKnown)
            && prev.is_some_and(|p| doc.token_key(&tokens[p]).ends_with("عاصمه"));
        let place = readings
            .iter()
            .find(|r| {
                let p = &lex.places[r.place as usize];
                head_kind.is_some_and(|k| p.kind == k) || (capital_head && p.kind == "city")
            })
            .unwrap_or(&readings[0])
            .place;
        // لل names (للولايات) keep ل + ال: the mention starts at the لل.
        let lam_lam = lex.readings_of_key(&key[m.name.clone()]).is_none();
        let mention = if lam_lam {
            m.name
                .start
                .saturating_sub('ل'.len_utf8())
                .max(m.range.start)..m.range.end
        } else {
            trim_mention(key, m.name.clone(), place)
        };
        let info = &lex.places[place as usize];
        // A name of several words right after a blocker («مستشفى سراة
        // عبيدة»): the organizations extractor reads it as the head's
        // complement, which it cannot tell from one word alone.
        if blocked_by_word && m.range.start == m.name.start && key[m.name.clone()].contains(' ') {
            blocked_places.push((m.name.clone(), info.cc.unwrap_or("")));
        }
        if !ambiguous
            && !blocked
            && info.kind == "country"
            && let Some(cc) = info.cc
            && let Some(t) = doc.token_at(m.name.start)
        {
            ccs.entry(cc).or_default().push(t);
        }
        cands.push(Candidate {
            mention,
            entry: m.entry,
            place,
            blocked,
            ambiguous,
            context,
            accord,
            strict,
            strong_only,
        });
    }

    if cands
        .iter()
        .any(|c| (c.ambiguous && !c.context) || lex.readings[c.entry as usize].len() > 1)
    {
        for (t, &c) in classes.iter().enumerate() {
            if c & DEMONYM == 0 {
                continue;
            }
            if let Some(d) = demonym::demonym_of_token(doc, t) {
                ccs.entry(d.cc).or_default().push(t);
            }
        }
        ccs.values_mut().for_each(|v| v.sort_unstable());
    }
    // Multi names: a reading in a country the text speaks of.
    for c in &mut cands {
        let readings = &lex.readings[c.entry as usize];
        if readings.len() > 1
            && lex.places[c.place as usize]
                .cc
                .is_none_or(|cc| !ccs.contains_key(cc))
            && let Some(r) = readings.iter().find(|r| {
                lex.places[r.place as usize]
                    .cc
                    .is_some_and(|cc| ccs.contains_key(cc))
            })
        {
            c.place = r.place;
        }
        if c.ambiguous && !c.context && !c.strong_only {
            // The same country nearby: within NEAR tokens.
            let at = doc.token_at(c.mention.start).unwrap_or(0);
            c.context = lex.places[c.place as usize]
                .cc
                .and_then(|cc| ccs.get(cc))
                .is_some_and(|ts| {
                    let i = ts.partition_point(|&t| t + NEAR < at);
                    ts.get(i).is_some_and(|&t| t <= at + NEAR)
                });
        }
    }
    // A place an accord is named after (اتفاق الطائف) is the accord in the
    // rest of the document too, unless a head noun or locative word says
    // otherwise.
    if cands.iter().any(|c| c.accord) {
        let accords: HashSet<u32> = cands.iter().filter(|c| c.accord).map(|c| c.place).collect();
        for c in &mut cands {
            if accords.contains(&c.place) && !c.strict {
                c.blocked = true;
            }
        }
    }
    // One sense per document: an ambiguous place seen with context once is a
    // place everywhere.
    let confirmed: HashSet<u32> = cands
        .iter()
        .filter(|c| !c.blocked && c.context)
        .map(|c| c.place)
        .collect();

    let mut found: Vec<Found> = cands
        .iter()
        .filter(|c| !c.blocked && (!c.ambiguous || confirmed.contains(&c.place)))
        .map(|c| Found {
            range: c.mention.clone(),
            cluster: Cluster::Known(c.place),
        })
        .collect();

    sense::bare_senses(doc, &mut found, &mut covered);
    let mut unknown_keys: HashSet<String> = HashSet::default();
    second_tier(doc, classes, &mut covered, &mut found, &mut unknown_keys);

    // Head nouns before unknown names: the tokens with a head noun's class
    // (few), found eight at a time.
    for ti in doc.tokens_of_class(PLACE_HEAD) {
        let t = &tokens[ti];
        if covered[ti] {
            continue;
        }
        // A generic head with a kind (منطقة، جزيرة) makes a place of an
        // indefinite foreign-looking word only: «منطقة بيكول».
        let indefinite_only = match triggers::head_of_token(doc, ti) {
            Some(t) => t.role == Role::HeadKnown,
            None => continue,
        };
        // Head nouns end in ة, which the matching fold writes ه: «بلده» is
        // "his country", not «بلدة».
        if doc.token_text(t).ends_with('ه') {
            continue;
        }
        // A head inside a person's name: «أبو جبل».
        if prev_of(doc, ti)
            .and_then(|p| exact(doc.token_key(&tokens[p])))
            .is_some_and(|t| t.role == Role::Blocker)
        {
            continue;
        }
        let name = unknown::name_after_head(doc, ti, &covered, indefinite_only)
            .or_else(|| unknown::quoted_after_head(doc, ti, &covered));
        if let Some(r) = name {
            // A dual head names two places: «بلدتي الفارعة وطلوزة».
            let head_key = doc.token_key(t);
            let mut rest: Vec<_> = unknown::is_dual_head(head_key)
                .then(|| unknown::second_of_pair(doc, r.end, &covered))
                .flatten()
                .into_iter()
                .collect();
            // A plural head names a list: «بلدات كفرنبل وحاس وسرمين».
            if unknown::is_plural_head(head_key) {
                if !unknown::plural_first_ok(doc, &r, &covered) {
                    continue;
                }
                rest = unknown::rest_of_list(doc, r.end, &covered);
            }
            for r in std::iter::once(r).chain(rest) {
                let k = key[r.clone()].to_string();
                unknown_keys.insert(k.clone());
                found.push(Found {
                    range: r,
                    cluster: Cluster::Unknown(k),
                });
            }
        }
    }
    // Later mentions of those names without their head noun (كفرنبل …).
    // A name that is also a person's given name («بلدة سليمان» … «وقال
    // سليمان») is the place only after its head noun.
    let people = crate::extract::people::lexicon::lexicon();
    unknown_keys.retain(|k| {
        !people.names.get(k.as_str()).is_some_and(|f| {
            f.has(crate::extract::people::lexicon::NameFlags::GIVEN)
                && !f.has(crate::extract::people::lexicon::NameFlags::PLACE)
        })
    });
    if !unknown_keys.is_empty() {
        let taken: HashSet<usize> = found.iter().map(|f| f.range.start).collect();
        // A stem is the end of its word: a word whose last two letters end
        // none of the names has no split to look up (one look-up a word,
        // however many names: a long document has many).
        let tails: HashSet<&str> = unknown_keys.iter().map(|k| last_two_chars(k)).collect();
        for (ti, t) in tokens.iter().enumerate() {
            if covered[ti] {
                continue;
            }
            let word = doc.token_key(t);
            if !tails.contains(last_two_chars(word)) {
                continue;
            }
            if let Some(s) = splits(word)
                .find(|s| !s.lam_lam && !s.prefix.ends_with("ال") && unknown_keys.contains(s.stem))
            {
                let start = t.range.start + s.prefix.len();
                // A definite name is often a common noun too («مدينة
                // الياسمين» … «زراعة الياسمين»): without its head, only
                // after a preposition or with ب.
                let definite_bare = s.stem.starts_with("ال")
                    && !s.prefix.contains('ب')
                    && !prev_of(doc, ti).is_some_and(|p| {
                        let w = doc.token_key(&tokens[p]);
                        STRONG_BEFORE.contains(&w) || matches!(w, "من" | "علي" | "عن")
                    });
                // «مسجد هوبان» after «زقاق هوبان»: a blocker or a mosque
                // word before it names a building.
                let blocked = prev_of(doc, ti).is_some_and(|p| {
                    let w = doc.token_key(&tokens[p]);
                    matches!(w, "مسجد" | "جامع")
                        || trigger(w).is_some_and(|t| t.role == Role::Blocker)
                });
                if !taken.contains(&start) && !definite_bare && !blocked {
                    found.push(Found {
                        range: start..t.range.end,
                        cluster: Cluster::Unknown(s.stem.to_string()),
                    });
                }
            }
        }
    }
    found.sort_by_key(|f| f.range.start);
    found.dedup_by_key(|f| f.range.start);
    found
}

/// Words after which a second-tier name is a place: «في X»، «إلى X»، «عاصمة X»
/// (matching keys: ى and ة folded).
const STRONG_BEFORE: &[&str] = &[
    "في",
    "الي",
    "نحو",
    "قرب",
    "داخل",
    "ضواحي",
    "انحاء",
    "عاصمه",
    "العاصمه",
];

/// Second-tier names (rare city names of the raw sources) with strong
/// context: a head noun (مدينة X), a word of [`STRONG_BEFORE`], or a place it is joined to by و («X وY», «Y وX»).
fn second_tier(
    doc: &Document,
    classes: &[u32],
    covered: &mut [bool],
    found: &mut Vec<Found>,
    unknown_keys: &mut HashSet<String>,
) {
    let tokens = doc.tokens();
    let key = doc.key();
    let place_ends: HashSet<usize> = found.iter().map(|f| f.range.end).collect();
    let place_starts: HashSet<usize> = found.iter().map(|f| f.range.start).collect();
    let mut ti = 0;
    while ti < tokens.len() {
        // The class first: it rules out most tokens, one test a token.
        ti += classes
            .get(ti..)
            .and_then(|rest| rest.iter().position(|&c| c & PLACE_TIER2 != 0))
            .unwrap_or(tokens.len() - ti);
        if ti >= tokens.len() {
            break;
        }
        let t = &tokens[ti];
        if classes[ti] & PLACE_TIER2 == 0
            || covered[ti]
            || t.kind != crate::document::TokenKind::Word
            || !tier2::may_start_name(doc, ti)
        {
            ti += 1;
            continue;
        }
        // The lookup is the costly part: try it only where one of the
        // contexts tested below can hold (a head word or preposition before,
        // a known place joined by و before or after).
        let prev = prev_of(doc, ti);
        let may_follow_place = doc.token_key(t).starts_with('و')
            && prev.is_some_and(|p| place_ends.contains(&tokens[p].range.end));
        let may_precede_place = tokens.iter().skip(ti + 1).take(3).any(|n| {
            key[n.range.start..].starts_with('و')
                && (n.range.start + 'و'.len_utf8()..n.range.end).any(|b| place_starts.contains(&b))
        });
        let may_have_head = prev.is_some_and(|p| {
            let w = doc.token_key(&tokens[p]);
            let w = w.strip_prefix('و').unwrap_or(w);
            STRONG_BEFORE.contains(&w)
                || (may_be_head_after_wa(doc, p, w)
                    && triggers::head(w).is_some_and(|t| t.role == Role::Head))
        });
        if !(may_follow_place || may_precede_place || may_have_head) {
            ti += 1;
            continue;
        }
        let Some((prefix, name)) = tier2::name_at(doc, ti) else {
            ti += 1;
            continue;
        };
        let last = doc.token_at(name.end - 1).unwrap_or(ti);
        if covered[ti..=last].iter().any(|&c| c) {
            ti += 1;
            continue;
        }
        let conj = prefix.starts_with('و');
        let head = prev.is_some_and(|p| {
            let w = doc.token_key(&tokens[p]);
            let w = w.strip_prefix('و').unwrap_or(w);
            STRONG_BEFORE.contains(&w)
                || (triggers::head(w).is_some_and(|t| t.role == Role::Head)
                    && !doc.token_text(&tokens[p]).ends_with('ه'))
        });
        let blocked = prev
            .and_then(|p| trigger(doc.token_key(&tokens[p])))
            .is_some_and(|t| matches!(t.role, Role::Blocker | Role::Team));
        let after_place = conj && prev.is_some_and(|p| place_ends.contains(&tokens[p].range.end));
        let before_place = next_token(doc, name.end).is_some_and(|n| {
            key[tokens[n].range.start..].starts_with('و')
                && (tokens[n].range.start + 'و'.len_utf8()..tokens[n].range.end)
                    .any(|b| place_starts.contains(&b))
        });
        if !blocked && (head || after_place || before_place) {
            covered[ti..=last].iter_mut().for_each(|c| *c = true);
            let k = key[name.clone()].to_string();
            if last == ti {
                unknown_keys.insert(k.clone());
            }
            found.push(Found {
                range: name,
                cluster: Cluster::Unknown(k),
            });
            ti = last + 1;
        } else {
            ti += 1;
        }
    }
}

#[cfg(test)]
mod tests;
