//! Clubs: whether a document is a sports article, and when an ambiguous
//! club name (الاتفاق، الشباب، العين) or a city is a club.

use super::super::lexicon::{orgs, places};
use super::candidate::Candidate;
use super::words::{
    AGE_GROUP_NAMES, CLUB_HEADS, COMMON_NOUN_CUES, SPORTS_WORDS, TEAM_WORDS, VENUE_WORDS, is_nisba,
};
use crate::document::Document;
use crate::document::token_splits::word_hash;
use crate::extract::word_class::{SPORTS_WORD, TEAM_WORD};
use crate::extract::words::{FastSet, clean_gap, entry_key, is_definite, is_stopword, lookup_stem};
use crate::lexicon::LexMatch;
use std::ops::Range;
use std::sync::OnceLock;

/// In a long document, one token in this many must be a sports word for
/// the document to be a sports article.
pub(super) const SPORTS_WORDS_PER: usize = 250;

/// The sports words by their precomputed stem hash, and a 64-bit filter of
/// the hashes that rejects almost every word at once: no string is hashed
/// or compared per token.
pub(crate) fn sports_hashes() -> &'static (u64, Vec<u64>) {
    static HASHES: OnceLock<(u64, Vec<u64>)> = OnceLock::new();
    HASHES.get_or_init(|| {
        let mut v: Vec<u64> = SPORTS_WORDS.iter().map(|w| word_hash(w)).collect();
        v.sort_unstable();
        (v.iter().fold(0, |f, h| f | 1 << (h & 63)), v)
    })
}

/// True when token `i` is a sports word of `hashes` (proclitics و ف ب ل
/// allowed).
pub(super) fn sports_word_in(doc: &Document, i: usize, (filter, hashes): &(u64, Vec<u64>)) -> bool {
    if doc
        .token_classes()
        .get(i)
        .is_some_and(|c| c & SPORTS_WORD == 0)
    {
        return false;
    }
    doc.token_splits(i)
        .iter()
        .filter(|s| filter & (1 << (s.hash & 63)) != 0)
        .filter(|s| s.cut <= 2 && !s.article && !s.restored)
        .any(|s| hashes.binary_search(&s.hash).is_ok())
}

/// True when token `i` is a sports word (proclitics و ف ب ل allowed).
pub fn sports_word_at(doc: &Document, i: usize) -> bool {
    sports_word_in(doc, i, sports_hashes())
}

/// True when at least three tokens of `doc`, and one in
/// [`SPORTS_WORDS_PER`] in a long document, are sports words (proclitics
/// و ف ب ل allowed), not all of them «فريق»: a festival's «فريق …
/// الفريق … فريق» (teams of volunteers) is no sports article, nor is a
/// long essay with a «الدوري» (periodic) and a «كأس» in it. «بهدف» is «in
/// order to».
pub fn sports_context(doc: &Document) -> bool {
    let hashes = sports_hashes();
    let need = (doc.tokens().len() / SPORTS_WORDS_PER).max(3);
    let mut n = 0;
    let mut other_than_team = false;
    // Only the tokens the word class allows (`sports_word_in` tests it
    // too).
    for i in doc.tokens_of_class(SPORTS_WORD) {
        if sports_word_in(doc, i, hashes) {
            let k = doc.token_key(&doc.tokens()[i]);
            if k == "بهدف" {
                continue;
            }
            n += 1;
            other_than_team |= !k.ends_with("فريق");
            if n >= need && other_than_team {
                return true;
            }
        }
    }
    false
}

/// True when a club's name is followed by the masculine demonym of its
/// country («ليل الفرنسي»: a city would take a feminine one) or by a
/// country in parentheses («ليل ( فرنسا )», the tables of a competition's
/// groups). A definite name shared by clubs of several countries («النصر
/// العماني», «الاتفاق السعودي») takes any demonym, but not after a definite
/// noun it would qualify, and not when it is itself an adjective («التعاون
/// العربي الصيني»); the caller asks a sports article of it too («الشباب
/// البريطاني»). `cc` is the club's country, if known.
pub(super) fn club_sign_after(doc: &Document, m: &LexMatch, cc: Option<&str>) -> bool {
    let Some(t) = doc.token_at(m.range.end.saturating_sub(1)) else {
        return false;
    };
    let toks = doc.tokens();
    let Some(next) = toks.get(t + 1).filter(|n| n.sentence == toks[t].sentence) else {
        return false;
    };
    let name = &doc.key()[m.name.clone()];
    let definite = name.starts_with("ال");
    if definite && (is_nisba(name) || adjective_of_previous(doc, m)) {
        return false;
    }
    // The complement of a head: the demonym is the head's («مركز التعاون
    // الياباني»).
    let after_head = m
        .first_token(doc)
        .filter(|&s| s > 0 && clean_gap(doc, s - 1, s))
        .is_some_and(|s| {
            lookup_stem(doc.token_key(&toks[s - 1]), |w| {
                orgs().heads_single.get(w).map(|_| ())
            })
            .is_some()
        });
    if after_head {
        return false;
    }
    let fits = |c: &str| definite || cc.is_some_and(|cc| cc.eq_ignore_ascii_case(c));
    let gap = &doc.norm()[toks[t].range.end..next.range.start];
    let pl = places();
    if gap.trim().is_empty() {
        let k = doc.token_key(next);
        return k.starts_with("ال")
            && pl
                .demonym(k)
                .is_some_and(|d| d.gender_number == "m.sg" && fits(d.cc));
    }
    // «( فرنسا )»: one or two words between parentheses, not after a
    // locative word («في برشلونة ( إسبانيا )»).
    if gap.trim() != "(" || after_locative(doc, m) {
        return false;
    }
    let close = (t + 1..toks.len().min(t + 3)).find(|&j| {
        doc.norm()[toks[j].range.end..]
            .trim_start()
            .starts_with(')')
    });
    close.is_some_and(|j| {
        let inner = &doc.key()[next.range.start..toks[j].range.end];
        pl.place_ccs(inner)
            .is_some_and(|ccs| ccs.iter().any(|c| !c.is_empty() && fits(c)))
    })
}

/// True when a match has a ب proclitic or follows a locative preposition
/// or a place head noun («في برشلونة», «بالجزيرة», «بحي الجزيرة»): a place
/// there, not a club.
pub(super) fn after_locative(doc: &Document, m: &LexMatch) -> bool {
    (m.has_prefix() && doc.key()[m.range.start..m.name.start].contains('ب'))
        || m.first_token(doc).filter(|&s| s > 0).is_some_and(|s| {
            let k = doc.token_key(&doc.tokens()[s - 1]);
            matches!(k, "في" | "الي" | "من" | "قرب" | "بين")
                || crate::extract::places::is_place_head(k)
        })
}

/// True when an ambiguous club's name that is a city's follows «في» with
/// no sports word within four tokens around it: the city, not the club
/// («سياراته في روما», «الطلاب السعوديين في نيوكاسل»; but «تغييرات كبيرة في
/// ليفربول داخل الملعب», «باللعب في برشلونة»). A demonym or a country in
/// parentheses after it
/// ([`club_sign_after`]) is tested before.
pub(super) fn city_after_fi(doc: &Document, m: &LexMatch) -> bool {
    let toks = doc.tokens();
    let (Some(t), Some(last)) = (doc.token_at(m.range.start), doc.token_at(m.range.end - 1)) else {
        return false;
    };
    if m.has_prefix()
        || t == 0
        || !clean_gap(doc, t - 1, t)
        || !matches!(doc.token_key(&toks[t - 1]), "في" | "وفي")
        || places().city_only(&doc.key()[m.name.clone()]).is_none()
    {
        return false;
    }
    // «باللعب في برشلونة», «احترف في ليفربول»: playing for the club.
    let plays = t >= 2 && clean_gap(doc, t - 2, t - 1) && {
        let k = doc.token_key(&toks[t - 2]);
        let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
        let k = k
            .strip_prefix("بال")
            .or_else(|| k.strip_prefix("لل"))
            .unwrap_or(k);
        let k = k.strip_prefix("ال").unwrap_or(k);
        matches!(
            k,
            "لعب"
                | "يلعب"
                | "العب"
                | "تلعب"
                | "نلعب"
                | "لعبه"
                | "احترف"
                | "يحترف"
                | "احتراف"
        )
    };
    let sentence = toks[t].sentence;
    !plays
        && !(t.saturating_sub(5)..(last + 5).min(toks.len()))
            .filter(|&u| (u < t - 1 || u > last) && toks[u].sentence == sentence)
            .any(|u| sports_word_at(doc, u))
}

/// True when a one-word definite club name is used as the common noun it
/// also is: with a ب before «مع» («بالتعاون مع»), after a word of
/// [`COMMON_NOUN_CUES`], or before «بين» («الاتفاق بين الطرفين»). «ذلك»
/// is left out: «وأيد ذلك النصر» (and Al-Nassr backed that).
pub(super) fn common_noun_of_club(doc: &Document, m: &LexMatch) -> bool {
    let key = &doc.key()[m.name.clone()];
    if key.contains(' ') || !definite_match(doc, m) {
        return false;
    }
    let toks = doc.tokens();
    let Some((first, last)) = doc.token_span(&m.range) else {
        return false;
    };
    let next_is = |w: &str| {
        toks.get(last + 1)
            .is_some_and(|t| clean_gap(doc, last, last + 1) && doc.token_key(t) == w)
    };
    if m.has_prefix()
        && doc.key()[m.range.start..m.name.start].contains('ب')
        && (next_is("مع") || next_is("علي"))
    {
        return true;
    }
    // «بطولة آسيا للشباب», «الهيئة العامة للشباب»: for the youth; not
    // after a goal or a transfer («بهدف للشباب», «سجل للشباب», «انضم
    // للشباب»: for the club).
    let for_club = first > 0
        && clean_gap(doc, first - 1, first)
        && FOR_CLUB_WORDS.contains(
            &doc.token_key(&toks[first - 1])
                .trim_start_matches(['و', 'ف', 'ب']),
        );
    if !for_club
        && doc.key()[m.range.clone()]
            .strip_prefix("لل")
            .is_some_and(|rest| AGE_GROUP_NAMES.contains(&format!("ال{rest}").as_str()))
    {
        return true;
    }
    // «تم الاتفاق معه», «إتمام الاتفاق معهم»: «مع» with a pronoun after the
    // verbal noun; «للتعاون مع», «في التعاون مع»: the verbal noun after ل or
    // a preposition (a club is the subject of a verb: «تعادل الاتفاق مع»).
    let with_pronoun = toks.get(last + 1).is_some_and(|t| {
        clean_gap(doc, last, last + 1)
            && matches!(
                doc.token_key(t),
                "معه" | "معها" | "معهم" | "معهما" | "معهن" | "معنا" | "معك" | "معكم"
            )
    });
    let after_preposition = doc.key()[m.range.clone()].starts_with("لل")
        || (first > 0
            && clean_gap(doc, first - 1, first)
            && matches!(doc.token_key(&toks[first - 1]), "في" | "علي" | "عن" | "حول"));
    if with_pronoun || (after_preposition && next_is("مع")) {
        return true;
    }
    let cue_before = first > 0 && clean_gap(doc, first - 1, first) && {
        let k = doc.token_key(&toks[first - 1]);
        COMMON_NOUN_CUES.contains(&k)
            || k.strip_prefix(['و', 'ف', 'ل'])
                .is_some_and(|b| COMMON_NOUN_CUES.contains(&b))
    };
    // «الاتفاق الذي توصل إليه الطرفان»: the accord that was reached
    // («الاتفاق الذي اعتبره بيتي الأول», «الاتحاد الذي وقع معه» stay the
    // clubs).
    let accord_clause = key == "الاتفاق"
        && next_is("الذي")
        && toks.get(last + 2).is_some_and(|t| {
            clean_gap(doc, last + 1, last + 2)
                && matches!(doc.token_key(t), "توصل" | "توصلت" | "توصلوا" | "ابرم")
        });
    cue_before || next_is("بين") || accord_clause
}

/// True when a club's name follows «منتصف» (the middle of), which takes a
/// time or a place: «منتصف ليل أمس» is midnight, not Lille.
pub(super) fn after_middle(doc: &Document, m: &LexMatch) -> bool {
    m.first_token(doc)
        .filter(|&t| t > 0 && clean_gap(doc, t - 1, t))
        .is_some_and(|t| {
            let k = doc.token_key(&doc.tokens()[t - 1]);
            k.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(k) == "منتصف" || k == "منتصف"
        })
}

/// Words after which «لل» + a club's name is for the club (a goal, a
/// transfer), as matching keys without و ف ب.
const FOR_CLUB_WORDS: &[&str] = &[
    "هدف",
    "هدفا",
    "هدفين",
    "سجل",
    "انضم",
    "ينضم",
    "انتقل",
    "ينتقل",
    "انتقاله",
    "عاد",
    "يعود",
];

/// True when a one-word definite club name is coordinated with a definite
/// common noun right after it: «الشباب والشابات», «الشباب والناشئين»,
/// «الشباب والرياضة», «التعاون والتنسيق»: the common noun it also is. A
/// club coordinated with another organization or a place («الشباب
/// والهلال», «الوحدة والرياض») stays; `org_starts` are the byte offsets
/// where lexicon names of organizations begin.
pub(super) fn coordinated_with_common_noun(
    doc: &Document,
    m: &LexMatch,
    org_starts: &FastSet<usize>,
) -> bool {
    let key = &doc.key()[m.name.clone()];
    if key.contains(' ') || !definite_match(doc, m) {
        return false;
    }
    let toks = doc.tokens();
    let Some(last) = doc.token_at(m.range.end.saturating_sub(1)) else {
        return false;
    };
    let Some(next) = toks
        .get(last + 1)
        .filter(|n| n.sentence == toks[last].sentence && clean_gap(doc, last, last + 1))
    else {
        return false;
    };
    // «الناشئين والشباب», «للرياضة والشباب»: coordinated with a definite
    // common noun before it.
    let first = m.first_token(doc).unwrap_or(last);
    if doc.key()[m.range.start..m.name.start].starts_with('و')
        && first > 0
        && toks[first - 1].sentence == toks[first].sentence
        && clean_gap(doc, first - 1, first)
    {
        let p = doc.token_key(&toks[first - 1]);
        let restored;
        let p = match p.strip_prefix("لل") {
            Some(rest) => {
                restored = format!("ال{rest}");
                restored.as_str()
            }
            None => p,
        };
        // (Not a known name, «نادي النصر والاتفاق», nor an adjective that
        // may qualify a club, «ناديه الأصلي والرائد».)
        if !is_nisba(p)
            && !orgs().by_key.contains_key(p)
            && common_conjunct(doc, p, first - 1, org_starts)
        {
            return true;
        }
    }
    let k = doc.token_key(next);
    let Some(bare) = k.strip_prefix('و').filter(|b| b.starts_with("ال")) else {
        return false;
    };
    common_conjunct(doc, bare, last + 1, org_starts)
}

/// True when `bare` (token `j` without its conjunction) is a definite
/// common noun: no organization, place, demonym, club's head, sports word
/// or match result.
fn common_conjunct(doc: &Document, bare: &str, j: usize, org_starts: &FastSet<usize>) -> bool {
    let next = &doc.tokens()[j];
    bare.starts_with("ال")
        && is_definite(bare)
        && !is_stopword(bare)
        && !org_starts.contains(&next.range.start)
        && !places().is_place(bare)
        && !places().is_demonym(bare)
        && !CLUB_HEADS.contains(&bare)
        && !SPORTS_WORDS.contains(&bare)
        && !MATCH_RESULTS.contains(&bare)
        && !sports_word_at(doc, j)
}

/// Results and titles a club wins, coordinated with its name («بفوزين على
/// الاتفاق والنصر والتعادل أمام …»), as matching keys.
const MATCH_RESULTS: &[&str] = &[
    "الفوز",
    "التعادل",
    "الخساره",
    "الهزيمه",
    "الانتصار",
    "اللقب",
    "الصعود",
    "الهبوط",
    "التاهل",
    "الدوري",
    "الكاس",
    "البطوله",
];

/// True for a definite match, with the article or fused in لل
/// («للاتفاق»).
pub(super) fn definite_match(doc: &Document, m: &LexMatch) -> bool {
    doc.key()[m.name.clone()].starts_with("ال") || doc.key()[m.range.clone()].starts_with("لل")
}

/// The entry id of the club «نادي» + the name of an ambiguous lexicon match
/// of another kind («الجزيرة»: a channel, and clubs), when the document is a
/// sports article and the name is no common noun there.
pub(super) fn club_of_name(doc: &Document, m: &LexMatch, sports: &mut Option<bool>) -> Option<u32> {
    let id = orgs().club_alias.get(m.entry as usize).copied().flatten()?;
    (!qualified_common_word(doc, m)
        && !adjective_of_previous(doc, m)
        && !after_locative(doc, m)
        && *sports.get_or_insert_with(|| sports_context(doc)))
    .then_some(id)
}

/// Clubs named by their city after a team word («رحل عن صفوف مانشستر»).
pub fn team_city_candidates(doc: &Document) -> Vec<Candidate> {
    let (filter, hashes) = team_hashes();
    let toks = doc.tokens();
    let mut out = Vec::new();
    // The word class rules out most tokens with one test: only a token
    // after one that may be a team word is looked at.
    for p in doc.tokens_of_class(TEAM_WORD) {
        let t = p + 1;
        let Some(tok) = toks.get(t) else { break };
        let team = doc
            .token_splits(t - 1)
            .iter()
            .filter(|s| filter & (1 << (s.hash & 63)) != 0)
            .filter(|s| s.cut <= 2 && !s.article && !s.restored)
            .any(|s| hashes.binary_search(&s.hash).is_ok());
        if !team || !clean_gap(doc, t - 1, t) {
            continue;
        }
        let k = doc.token_key(tok);
        if places().city_only(k).is_some() {
            // «فريق نيويورك سيتي»: a word that ends a club's name after
            // its city («سيتي», «يونايتد») belongs to it.
            let range = match toks.get(t + 1) {
                Some(n)
                    if n.sentence == tok.sentence
                        && clean_gap(doc, t, t + 1)
                        && crate::extract::places::triggers::exact(doc.token_key(n))
                            .is_some_and(|x| {
                                x.role == crate::extract::places::triggers::Role::BlockerAfter
                            }) =>
                {
                    tok.range.start..n.range.end
                }
                _ => tok.range.clone(),
            };
            let canonical = entry_key(&doc.key()[range.clone()]);
            out.push(Candidate::from_rule(range, canonical, "club".to_string()));
        }
    }
    out
}

/// The team words by their precomputed stem hash (one proclitic letter
/// allowed: «ولاعب»): no string is compared per token. A 64-bit filter of
/// the hashes rejects almost every word at once.
pub(crate) fn team_hashes() -> &'static (u64, Vec<u64>) {
    static HASHES: OnceLock<(u64, Vec<u64>)> = OnceLock::new();
    HASHES.get_or_init(|| {
        let mut v: Vec<u64> = TEAM_WORDS.iter().map(|w| word_hash(w)).collect();
        v.sort_unstable();
        (v.iter().fold(0, |f, h| f | 1 << (h & 63)), v)
    })
}

/// Clubs named by a place that the places extractor read as a club's name
/// (`clubs`: «ليون الفرنسي», «برشلونة ( إسبانيا )», a city among sport
/// words): the lexicon's club of that name when there is one.
pub fn place_club_candidates(
    doc: &Document,
    clubs: &[Range<usize>],
    lexicon: &[Candidate],
) -> Vec<Candidate> {
    let lex = orgs();
    let toks = doc.tokens();
    // Not a venue's or an airport's place («ملعب سانتياغو», «مطار عمان
    // الأردني»: the demonym agrees with the head), nor a place after a
    // demonym («العاصمة الألمانية برلين»).
    // (With `demonym`, a demonym before counts too.)
    let after_venue = |r: &Range<usize>, demonym: bool| {
        doc.token_at(r.start)
            .filter(|&t| t > 0 && clean_gap(doc, t - 1, t))
            .is_some_and(|t| {
                let k = doc.token_key(&toks[t - 1]);
                let bare = k.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(k);
                VENUE_WORDS.contains(&k)
                    || VENUE_WORDS.contains(&bare)
                    || (demonym && places().is_demonym(k))
            })
    };
    // The word before is no part of a longer foreign name («هرتا برلين»,
    // «أسيك أبيدجان»): punctuation, a function word, a sports word, a
    // definite word or an imperfect verb («يستضيف»).
    let open_before = |r: &Range<usize>| {
        doc.token_at(r.start).is_some_and(|t| {
            t == 0 || !clean_gap(doc, t - 1, t) || toks[t - 1].sentence != toks[t].sentence || {
                let k = doc.token_key(&toks[t - 1]);
                is_stopword(k)
                    || k.starts_with("ال")
                    || k.starts_with(['ي', 'ت'])
                    || sports_word_at(doc, t - 1)
            }
        })
    };
    // A dateline: «مدريد ( رويترز )», «مدريد - أ ف ب» (a dash the normalizer
    // may have taken for a tatweel).
    // Also a city among the first words of its sentence with a colon or a
    // dash after it («سبق- الرياض:»، «الرياض - واس»).
    let dateline = |r: &Range<usize>| {
        doc.token_at(r.start).is_some_and(|t| {
            let first = doc.sentences()[toks[t].sentence].first_token;
            let marked = t - first <= 2
                && doc
                    .norm()
                    .get(r.end..)
                    .unwrap_or("")
                    .trim_start_matches(' ')
                    .starts_with([':', '-', '–', '—']);
            marked
                || first == t
                    && lexicon.iter().any(|c| {
                        c.kind.as_deref() == Some("agency_media")
                            && c.range.start > r.end
                            && doc.token_at(c.range.start).is_some_and(|u| u <= t + 2)
                    })
        })
    };
    clubs
        .iter()
        .filter(|r| {
            doc.key().get((*r).clone()).is_some()
                && !after_venue(r, false)
                && (own_country_club(doc, r) || (!after_venue(r, true) && open_before(r)))
                && !dateline(r)
        })
        .map(|r| {
            let k = entry_key(&doc.key()[r.clone()]);
            match lex
                .by_key
                .get(&k)
                .and_then(|&i| lex.entries.get(i as usize))
                .filter(|e| e.kind.as_deref() == Some("club"))
            {
                Some(e) => Candidate {
                    range: r.clone(),
                    canonical: e.canonical.clone(),
                    kind: e.kind.clone(),
                    cc: e.cc.clone(),
                    from_lexicon: true,
                    ambiguous: e.ambiguous,
                    named: true,
                },
                None => Candidate::from_rule(r.clone(), k, "club".to_string()),
            }
        })
        .collect()
}

/// True when the place at `r` is a country right before its own masculine
/// definite demonym: «قطر القطري», «الكويت الكويتي» name the clubs of
/// those names whatever word comes before
/// («على عكس قطر القطري»), even after another club's demonym («الاتفاق
/// السعودي وقطر القطري»); no foreign name ends in a country's name.
fn own_country_club(doc: &Document, r: &Range<usize>) -> bool {
    let pl = places();
    let toks = doc.tokens();
    let Some(t) = doc.token_at(r.start) else {
        return false;
    };
    let key = &doc.key()[r.clone()];
    t + 1 < toks.len()
        && toks[t + 1].sentence == toks[t].sentence
        && clean_gap(doc, t, t + 1)
        && pl.is_country(key)
        && pl
            .demonym(doc.token_key(&toks[t + 1]))
            .filter(|d| d.gender_number == "m.sg")
            .is_some_and(|d| {
                doc.token_key(&toks[t + 1]).starts_with("ال")
                    && pl
                        .place_ccs(key)
                        .is_some_and(|c| c.iter().any(|cc| cc == d.cc))
            })
}

/// True when a one-word definite nisba (العربي، الأهلي) right after a
/// definite noun is that noun's adjective («الأدب العربي», «والعالم
/// العربي»), unless the noun is a club's head («الفريق الأهلي»).
pub(super) fn adjective_of_previous(doc: &Document, m: &LexMatch) -> bool {
    let key = &doc.key()[m.name.clone()];
    if m.has_prefix() || key.contains(' ') || !is_nisba(key) {
        return false;
    }
    let Some(t) = m.first_token(doc).filter(|&t| t > 0) else {
        return false;
    };
    let prev = doc.token_key(&doc.tokens()[t - 1]);
    let bare = prev.strip_prefix(['و', 'ف', 'ب']).unwrap_or(prev);
    let restored;
    let bare = match bare.strip_prefix("لل") {
        Some(rest) => {
            restored = format!("ال{rest}");
            restored.as_str()
        }
        None => bare,
    };
    clean_gap(doc, t - 1, t)
        && bare.starts_with("ال")
        && is_definite(bare)
        && !is_stopword(bare)
        && !CLUB_HEADS.contains(&bare)
        && !SPORTS_WORDS.contains(&bare)
}

/// True when a one-word definite name is followed by a definite adjective
/// that makes it a common noun phrase («التعاون الاقتصادي», «الاتحاد الدولي»).
pub(super) fn qualified_common_word(doc: &Document, m: &LexMatch) -> bool {
    let key = &doc.key()[m.name.clone()];
    if key.contains(' ') || !key.starts_with("ال") {
        return false;
    }
    let Some(t) = doc.token_at(m.range.end.saturating_sub(1)) else {
        return false;
    };
    doc.tokens().get(t + 1).is_some_and(|n| {
        let k = doc.token_key(n);
        clean_gap(doc, t, t + 1) && k.starts_with("ال") && is_definite(k) && !is_stopword(k)
    })
}
