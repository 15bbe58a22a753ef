//! Lexicon names: well-known organizations, ambiguous ones in context
//! (after a head, in quotation marks, in a dateline, as a brand).

use super::super::lexicon::{orgs, places};
use super::candidate::{Candidate, mention_start};
use super::clubs::{
    adjective_of_previous, after_middle, city_after_fi, club_of_name, club_sign_after,
    common_noun_of_club, coordinated_with_common_noun, definite_match, qualified_common_word,
    sports_context,
};
use super::lookup::head_is_definite;
use super::words::{
    AGE_GROUP_CUES, AGE_GROUP_NAMES, CLOSE_QUOTES, CLUB_HEADS, GOVERNMENT_KINDS, HEAD_BOUND_KINDS,
    LEXICON_CUT_HEADS, MINISTER_WORDS, NAME_HEADS, OPEN_QUOTES, PRODUCT_WORDS, RELATION_WORDS,
    STATEMENT_WORDS, TIME_WORDS,
};
use crate::document::Document;
use crate::extract::people::lexicon::{NameFlags, lexicon as people_lexicon};
use crate::extract::words::{FastSet, clean_gap, entry_key, is_stopword, lookup_stem};
use crate::lexicon::LexMatch;
use std::ops::Range;

/// Context that makes an ambiguous media name a source: a dateline
/// («الدوحة - قنا :», «( الجزيرة )») or a correspondent before it
/// («مراسل الجزيرة»).
pub(super) fn media_context(doc: &Document, m: &LexMatch) -> bool {
    let norm = doc.norm();
    let before = norm.get(..m.range.start).unwrap_or("").trim_end();
    let after = norm.get(m.range.end..).unwrap_or("").trim_start();
    if (before.ends_with('-') || before.ends_with('('))
        && (after.starts_with([':', '-', ')']) || after.is_empty())
    {
        return true;
    }
    let prev_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    // One proclitic at most: «فضائية» keeps its ف.
    let prev = prev_word
        .strip_prefix(['و', 'ف', 'ل'])
        .filter(|_| !prev_word.starts_with("فضائي"))
        .unwrap_or(prev_word);
    if matches!(
        prev,
        "مراسل"
            | "مراسلة"
            | "مراسله"
            | "مراسلو"
            | "مراسلي"
            | "فضائية"
            | "فضائيه"
            | "موفد"
    ) {
        return true;
    }
    // A statement to the medium: «قال للجزيرة إن», «في تصريح للجزيرة».
    let to = m.has_prefix() && doc.key()[m.range.clone()].starts_with('ل');
    let next = after.split(char::is_whitespace).next().unwrap_or("");
    to && (STATEMENT_WORDS.contains(&prev) || matches!(next, "إن" | "أن" | "ان" | "انه" | "أنه"))
}

/// True when a match stands alone in quotation marks or parentheses
/// («الشرق الأوسط», ( العربي )).
pub(super) fn enclosed(doc: &Document, m: &LexMatch) -> bool {
    enclosed_range(doc, &m.range)
}

/// True when a range stands alone in quotation marks: a description so
/// written is a name («" مجلس الإصلاح الديمقراطي "»).
pub(super) fn quoted(doc: &Document, range: &Range<usize>) -> bool {
    let norm = doc.norm();
    let before = norm.get(..range.start).unwrap_or("").trim_end();
    let after = norm.get(range.end..).unwrap_or("").trim_start();
    before
        .chars()
        .next_back()
        .is_some_and(|c| OPEN_QUOTES.contains(&c))
        && after
            .chars()
            .next()
            .is_some_and(|c| CLOSE_QUOTES.contains(&c))
}

/// True when a one-word feminine nisba in quotation marks right after a
/// definite feminine noun is that noun's adjective: «اللغة “العربية”»,
/// «المشاركة "العربية"» (the Arabic language, Arab participation), not the
/// channel; not after a head word («القناة “العربية”»).
fn feminine_adjective_in_marks(doc: &Document, m: &LexMatch) -> bool {
    let key = &doc.key()[m.name.clone()];
    if m.has_prefix() || key.contains(' ') || !key.starts_with("ال") || !key.ends_with("يه") {
        return false;
    }
    let toks = doc.tokens();
    let Some(t) = m.first_token(doc).filter(|&t| t > 0) else {
        return false;
    };
    let prev = doc.token_key(&toks[t - 1]);
    let gap = &doc.norm()[toks[t - 1].range.end..toks[t].range.start];
    let bare = prev.strip_prefix("ال").unwrap_or(prev);
    toks[t - 1].sentence == toks[t].sentence
        && gap.trim().chars().count() == 1
        && gap.trim().chars().all(|c| OPEN_QUOTES.contains(&c))
        && prev.starts_with("ال")
        && prev.ends_with('ه')
        && !is_stopword(prev)
        && !orgs().heads_single.contains_key(prev)
        && !orgs().heads_single.contains_key(bare)
}

/// True when a range stands alone in quotation marks or parentheses.
pub(super) fn enclosed_range(doc: &Document, range: &Range<usize>) -> bool {
    let norm = doc.norm();
    let before = norm.get(..range.start).unwrap_or("").trim_end();
    let after = norm.get(range.end..).unwrap_or("").trim_start();
    let open = before.chars().next_back();
    let close = after.chars().next();
    open.is_some_and(|c| OPEN_QUOTES.contains(&c) || c == '(')
        && close.is_some_and(|c| CLOSE_QUOTES.contains(&c) || c == ')' || c == '«')
}

/// The byte offset of the word after the first one of a match's name.
pub(super) fn second_word(doc: &Document, name: &Range<usize>) -> Option<usize> {
    let k = &doc.key()[name.clone()];
    k.find(' ').map(|i| name.start + i + 1)
}

/// The trimmed range of a lexicon match: a head that only introduces the
/// name («حركة حماس» → حماس) and a demonym after it («حزب الله اللبناني» →
/// حزب الله) are left out when the rest is a name of the same organization.
/// Returns the name range and the country of a demonym left out.
pub(super) fn trim_lexicon_name(
    doc: &Document,
    m: &LexMatch,
    entry: u32,
) -> (Range<usize>, Option<String>) {
    let lex = orgs();
    let key = doc.key();
    let canonical = lex
        .entries
        .get(entry as usize)
        .map(|e| e.canonical.as_str());
    let same = |r: Range<usize>| {
        lex.by_key
            .get(&entry_key(&key[r]))
            .and_then(|&i| lex.entries.get(i as usize))
            .map(|e| e.canonical.as_str())
            == canonical
    };
    let mut name = m.name.clone();
    let first = key[name.clone()].split(' ').next().unwrap_or("");
    // A club's head stays before a foreign (indefinite) name: «نادي
    // تشيلسي», but «نادي الزمالك» → الزمالك.
    let club_head = CLUB_HEADS.contains(&first);
    if (NAME_HEADS.contains(&first) || LEXICON_CUT_HEADS.contains(&first))
        && let Some(s) = second_word(doc, &name)
        && (!club_head || key[s..].starts_with("ال"))
        && same(s..name.end)
    {
        name.start = s;
    }
    let mut cc = None;
    let k = &key[name.clone()];
    // The demonym of a variant only: an official name keeps it
    // («منظمة التحرير الفلسطينية»).
    if let Some(i) = k.rfind(' ')
        && let Some(d) = places().demonym(&k[i + 1..])
        && canonical.is_none_or(|c| entry_key(c) != k)
        && same(name.start..name.start + i)
    {
        cc = Some(d.cc.to_string());
        name.end = name.start + i;
    }
    (name, cc)
}

/// Lexicon candidates: unambiguous entries, and ambiguous ones in context.
pub fn lexicon_candidates(
    doc: &Document,
    names: &[LexMatch],
    after_head: &[(usize, u32)],
    heads: &[LexMatch],
    sports: &mut Option<bool>,
) -> Vec<Candidate> {
    let lex = orgs();
    let pl = places();
    // Definite heads of authorities (الجيش، الحكومة، الخارجية) and وزارة.
    // (Sets: a long document has many names, heads and matches.)
    let descriptive_heads: FastSet<usize> = heads
        .iter()
        .filter(|h| {
            let k = &doc.key()[h.name.clone()];
            lex.head_kinds
                .get(h.entry as usize)
                .is_some_and(|kind| GOVERNMENT_KINDS.contains(&kind.as_str()))
                && (k.starts_with("ال") || k == "وزاره")
        })
        .map(|h| h.name.start)
        .collect();
    // Where the lexicon's names begin («الشباب والهلال»: a club
    // coordinated with another name).
    let org_starts: FastSet<usize> = names.iter().map(|m| m.range.start).collect();
    let mut out = Vec::new();
    let mut after_heads = after_head.to_vec();
    after_heads.sort_unstable();
    // One sense per discourse: an ambiguous name of an organization that the
    // document also names unambiguously («حركة حماس» … «حماس»).
    let seen: FastSet<&str> = names
        .iter()
        .filter_map(|m| lex.entries.get(m.entry as usize))
        .filter(|e| !e.ambiguous)
        .map(|e| e.canonical.as_str())
        .collect();
    // A company named after a product word once («مركبة نيسان») is the
    // company in the rest of the document too, except in a date («نيسان
    // الماضي», «أبريل / نيسان»).
    let brands: FastSet<u32> = names
        .iter()
        .filter(|m| {
            lex.entries.get(m.entry as usize).is_some_and(|e| {
                e.ambiguous && e.kind.as_deref() == Some("company") && product_context(doc, m)
            })
        })
        .map(|m| m.entry)
        .collect();
    for mut m in names.iter().cloned() {
        let Some(mut e) = lex.entries.get(m.entry as usize) else {
            continue;
        };
        if conjunction_after_preposition(doc, &m) {
            continue;
        }
        // An ambiguous name (الجزيرة، حماس) only right after a head word,
        // an ambiguous club also in a sports article, an ambiguous medium
        // also in a dateline or after a correspondent; any of them in
        // quotation marks or parentheses or when named elsewhere.
        if e.ambiguous {
            let tok = m.first_token(doc);
            let at = tok.map_or(0, |t| after_heads.partition_point(|&(a, _)| a < t));
            let after = after_heads[at..]
                .iter()
                .take_while(|&&(t, _)| Some(t) == tok)
                .any(|&(_, h)| {
                    lex.head_kinds
                        .get(h as usize)
                        .is_some_and(|hk| head_fits(hk, e.kind.as_deref()))
                });
            let club = e.kind.as_deref() == Some("club");
            // A club's common-word name used as the common noun («تم
            // الاتفاق على», «بالاتفاق على», «وزير الشباب») is no club, even
            // where the document names the club.
            if club && !after && (common_noun_of_club(doc, &m) || after_middle(doc, &m)) {
                continue;
            }
            // (A club's common-word name was ruled out above: here `after`
            // is false only where `common_noun_of_club` said no.)
            let ok = after
                || seen.contains(&e.canonical.as_str())
                || match e.kind.as_deref() {
                    // «(الرائد)» in a list of players, not «مسلسل (العهد)».
                    _ if enclosed(doc, &m) => {
                        (!club || *sports.get_or_insert_with(|| sports_context(doc)))
                            && !feminine_adjective_in_marks(doc, &m)
                    }
                    Some("club")
                        if club_sign_after(doc, &m, e.cc.as_deref())
                            && (!definite_match(doc, &m)
                                || *sports.get_or_insert_with(|| sports_context(doc))) =>
                    {
                        true
                    }
                    Some("club") => {
                        !qualified_common_word(doc, &m)
                            && !adjective_of_previous(doc, &m)
                            && !city_after_fi(doc, &m)
                            && *sports.get_or_insert_with(|| sports_context(doc))
                    }
                    Some("agency_media") => media_context(doc, &m),
                    Some("armed_group") => {
                        member_before(doc, &m) || after_known_group(doc, &m, names)
                    }
                    Some("party") if !doc.key()[m.name.clone()].starts_with("ال") => {
                        member_before(doc, &m)
                    }
                    Some("company") => {
                        product_context(doc, &m)
                            || (brands.contains(&m.entry) && !date_context(doc, &m))
                    }
                    _ => false,
                };
            // The name of a club too («نادي الجزيرة»), in a sports article:
            // «مباراة الجزيرة», «تأهل الجزيرة».
            let club = if ok || e.kind.as_deref() == Some("club") {
                None
            } else {
                club_of_name(doc, &m, sports)
            };
            if let Some(id) = club
                && let Some(c) = lex.entries.get(id as usize)
            {
                m.entry = id;
                e = c;
            } else if !ok {
                continue;
            }
            // «جون بولتون», «ستيف مكلارين»: a surname after a given name.
            // «أبريل (نيسان)»: a month name in a date is the month.
            if after_given_name(doc, &m) || super::super::month_name::month_in_date(doc, &m) {
                continue;
            }
        }
        // «جريدة «الجزيرة»», «جريدة الجزيرة»: after a newspaper's head, a
        // name that is also a newspaper's («صحيفة الجزيرة») is the newspaper,
        // not the channel.
        if let Some(id) = newspaper_of(doc, &m)
            && let Some(paper) = lex.entries.get(id as usize)
        {
            m.entry = id;
            e = paper;
        }
        // Any club, not only an ambiguous one: «ستيف مكلارين» is a surname
        // after a given name; «منتخب الشباب» is a national team's age
        // group, no club; «الشباب والشابات» is a common noun coordinated
        // with another.
        if e.kind.as_deref() == Some("club")
            && !doc.key()[m.name.clone()].contains(' ')
            && ((after_given_name(doc, &m) && !doc.key()[m.name.clone()].starts_with("ال"))
                || after_national_team(doc, &m)
                // «في ميلان الإيطالية»: a city's name with a feminine
                // demonym is the city (a club takes a masculine one:
                // «ميلان الإيطالي»).
                || (!doc.key()[m.name.clone()].starts_with("ال")
                    && feminine_demonym_after(doc, &m))
                // (A club's common-word name, not a national team's
                // nickname: «لمدافعي العنابي والحذر منه».)
                || (e.ambiguous
                    && e.canonical.starts_with("نادي ")
                    && coordinated_with_common_noun(doc, &m, &org_starts)))
        {
            continue;
        }
        // «وزيرة الخارجية الأميركية», «مساعد وزيرة الخارجية»: a known
        // short ministry name after a minister's word is part of the
        // title, as the head rules read it («وزير الخارجية الأميركي»).
        if minister_title(doc, &m) || ordinary_assembly(doc, &m) {
            continue;
        }
        let (mut name, demonym_cc) = trim_lexicon_name(doc, &m, m.entry);
        // «الجمعية العامة للأمم المتحدة»: the body, and the organization it
        // belongs to, each on its own.
        if let Some((first_end, second, id)) = split_parent(doc, &name, &e.canonical)
            && let Some(e2) = lex.entries.get(id as usize)
        {
            name.end = first_end;
            out.push(Candidate {
                range: second,
                canonical: e2.canonical.clone(),
                kind: e2.kind.clone(),
                cc: e2.cc.clone(),
                from_lexicon: true,
                ambiguous: e2.ambiguous,
                named: true,
            });
        }
        // A known description (a definite authority's head and a demonym:
        // «الجيش الإسرائيلي», «الخارجية الأميركية») is not a proper name.
        let description = (descriptive_heads.contains(&m.name.start)
            && doc
                .token_at(name.end.saturating_sub(1))
                .is_some_and(|t| pl.is_demonym(doc.token_key(&doc.tokens()[t]))))
            // A variant of a known description is one too: «جيش الاحتلال»
            // for «الجيش الإسرائيلي».
            || e.description;
        let (start, _) = if name.start == m.name.start {
            let definite = lex.canonical_key(&e.canonical).starts_with("ال")
                || doc.key()[m.name.clone()].starts_with('ل');
            mention_start(doc, &m.range, &m.name, definite)
        } else {
            (name.start, false)
        };
        out.push(Candidate {
            range: start..name.end,
            canonical: e.canonical.clone(),
            kind: e.kind.clone(),
            cc: e.cc.clone().or(demonym_cc),
            from_lexicon: true,
            ambiguous: e.ambiguous,
            named: !description,
        });
    }
    out.sort_by_key(|c| c.range.start);
    out
}

/// Words for a group's members, leaders or envoys (matching keys without
/// و or ف): after them an ambiguous name is the group's («وفد حماس», «عناصر
/// القاعدة», «مقاتلي النصرة», «المتحدث باسم حماس»).
const MEMBER_WORDS: &[&str] = &[
    "وفد",
    "قاده",
    "قايد",
    "قيادي",
    "قياديين",
    "قياديي",
    "عناصر",
    "عنصر",
    "مقاتلي",
    "مقاتلو",
    "مسلحي",
    "مسلحو",
    "زعيم",
    "زعماء",
    "اعضاء",
    "عضو",
    "انصار",
    "مويدي",
    "باسم",
];

/// True when an ambiguous group's name follows a word of [`MEMBER_WORDS`],
/// or its political or armed wing with ل («المكتب السياسي لحماس», «الجناح
/// العسكري لحماس»).
fn member_before(doc: &Document, m: &LexMatch) -> bool {
    let toks = doc.tokens();
    let Some(t) = m
        .first_token(doc)
        .filter(|&t| t > 0 && clean_gap(doc, t - 1, t) && toks[t - 1].sentence == toks[t].sentence)
    else {
        return false;
    };
    let k = doc.token_key(&toks[t - 1]);
    let bare = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    let lam = m.has_prefix() && doc.key()[m.range.start..m.name.start].ends_with('ل');
    MEMBER_WORDS.contains(&k)
        || MEMBER_WORDS.contains(&bare)
        || (lam && matches!(k, "السياسي" | "العسكري"))
}

/// True when an ambiguous armed group's name is coordinated with «و» right
/// after an unambiguous party's or armed group's: «مقاتلي طالبان والقاعدة».
fn after_known_group(doc: &Document, m: &LexMatch, names: &[LexMatch]) -> bool {
    if !m.has_prefix() || !doc.key()[m.range.start..m.name.start].starts_with('و') {
        return false;
    }
    let toks = doc.tokens();
    let Some(t) = m
        .first_token(doc)
        .filter(|&t| t > 0 && clean_gap(doc, t - 1, t))
    else {
        return false;
    };
    let end = toks[t - 1].range.end;
    names.iter().any(|n| {
        n.range.end == end
            && orgs().entries.get(n.entry as usize).is_some_and(|e| {
                !e.ambiguous && matches!(e.kind.as_deref(), Some("armed_group" | "party"))
            })
    })
}

/// True when a match's proclitic و or ف follows a preposition, which takes
/// no conjunction after it: the letter is the word's own, no proclitic
/// («في فارنا» is the city, no ف + «إرنا»).
fn conjunction_after_preposition(doc: &Document, m: &LexMatch) -> bool {
    if !m.has_prefix() || !doc.key()[m.range.start..m.name.start].starts_with(['و', 'ف']) {
        return false;
    }
    m.first_token(doc)
        .filter(|&t| t > 0 && clean_gap(doc, t - 1, t))
        .is_some_and(|t| {
            matches!(
                doc.token_key(&doc.tokens()[t - 1]),
                "في" | "من" | "الي" | "علي" | "عن" | "مع" | "منذ" | "حتي" | "لدي" | "نحو"
            )
        })
}

/// True when a match is «الجمعية العامة» followed by «العادية» or «غير
/// العادية»: a company's (ordinary or extraordinary) general meeting of
/// shareholders, not the United Nations General Assembly («وافقت الجمعية
/// العامة غير العادية لشركة …»).
pub(super) fn ordinary_assembly(doc: &Document, m: &LexMatch) -> bool {
    let toks = doc.tokens();
    &doc.key()[m.name.clone()] == "الجمعيه العامه"
        && doc
            .token_at(m.range.end.saturating_sub(1))
            .and_then(|t| toks.get(t + 1).map(|n| (t, n)))
            .is_some_and(|(t, n)| {
                clean_gap(doc, t, t + 1) && matches!(doc.token_key(n), "العاديه" | "غير" | "العادي")
            })
}

/// True when a lexicon match is a short ministry name (its first word a
/// definite ministry field: «الخارجية الأميركية») right after a minister's
/// word («وزيرة», «لوزيرة», «نائب»): the title's complement, no ministry.
pub(super) fn minister_title(doc: &Document, m: &LexMatch) -> bool {
    if m.has_prefix() {
        return false;
    }
    let key = &doc.key()[m.name.clone()];
    let first = key.split(' ').next().unwrap_or("");
    let Some(bare) = first.strip_prefix("ال") else {
        return false;
    };
    if !orgs().ministry_bare.contains_key(bare) {
        return false;
    }
    let toks = doc.tokens();
    let Some(t) = m.first_token(doc).filter(|&t| t > 0) else {
        return false;
    };
    clean_gap(doc, t - 1, t)
        && lookup_stem(doc.token_key(&toks[t - 1]), |s| {
            MINISTER_WORDS.contains(&s).then_some(())
        })
        .is_some()
}

/// A known name that ends with «(التابع) ل + another known organization»,
/// whose first part is a name of the same organization («الجمعية العامة
/// للأمم المتحدة», «مجلس الأمن التابع للأمم المتحدة»): the end of the first
/// part, the mention of the second (a fused لل kept) and its entry id.
pub(super) fn split_parent(
    doc: &Document,
    name: &Range<usize>,
    canonical: &str,
) -> Option<(usize, Range<usize>, u32)> {
    let lex = orgs();
    let key = &doc.key()[name.clone()];
    let same = |k: &str| {
        lex.by_key
            .get(k)
            .and_then(|&i| lex.entries.get(i as usize))
            .is_some_and(|e| e.canonical == canonical)
    };
    for (i, _) in key.match_indices(" ل") {
        let rest = &key[i + 1..];
        let (restored, lam) = match rest.strip_prefix("لل") {
            Some(r) => (format!("ال{r}"), true),
            None => (rest['ل'.len_utf8()..].to_string(), false),
        };
        let Some(&id) = lex.by_key.get(&restored) else {
            continue;
        };
        if lex
            .entries
            .get(id as usize)
            .is_none_or(|e| e.canonical == canonical)
        {
            continue;
        }
        let mut first = &key[..i];
        if let Some(j) = first.rfind(' ')
            && RELATION_WORDS.contains(&&first[j + 1..])
        {
            first = &first[..j];
        }
        // (After a fused لل the name lacks its article's alef:
        // «للجمعية العامة للأمم المتحدة».)
        let restored_first = first.strip_prefix('ل').map(|r| format!("ال{r}"));
        if !same(first) && !restored_first.is_some_and(|f| same(&f)) {
            continue;
        }
        let start = name.start + i + 1 + if lam { 0 } else { 'ل'.len_utf8() };
        return Some((name.start + first.len(), start..name.end, id));
    }
    None
}

/// Head-word candidates.
/// Tokens right after a head word (where an ambiguous lexicon name counts).
pub fn after_heads(doc: &Document, heads: &[LexMatch]) -> Vec<(usize, u32)> {
    let toks = doc.tokens();
    heads
        .iter()
        .filter(|m| !head_is_definite(doc, m))
        .filter_map(|m| Some((doc.token_at(m.range.end.saturating_sub(1))?, m.entry)))
        .filter(|&(t, _)| t + 1 < toks.len() && clean_gap(doc, t, t + 1))
        .map(|(t, e)| (t + 1, e))
        .collect()
}

/// True when a head of kind `head` can introduce a name of kind `entry`.
pub(super) fn head_fits(head: &str, entry: Option<&str>) -> bool {
    let entry = entry.unwrap_or("");
    head == entry || !(HEAD_BOUND_KINDS.contains(&head) || HEAD_BOUND_KINDS.contains(&entry))
}

/// True when a match stands in a date: a number, a time word or a slash
/// next to it («نيسان 2006», «نيسان الماضي», «أبريل / نيسان»), or a word of
/// time before it («في نيسان», «منذ نيسان»).
pub(super) fn date_context(doc: &Document, m: &LexMatch) -> bool {
    let toks = doc.tokens();
    let Some((a, b)) = doc.token_span(&m.range) else {
        return false;
    };
    let number = |t: Option<&crate::document::Token>| {
        t.is_some_and(|t| t.kind == crate::document::TokenKind::Number)
    };
    let slash = |from: usize, to: usize| doc.norm().get(from..to).is_some_and(|g| g.contains('/'));
    let before = a.checked_sub(1).map(|p| &toks[p]);
    let after = toks.get(b + 1);
    number(before)
        || number(after)
        || before.is_some_and(|p| {
            slash(p.range.end, toks[a].range.start)
                || matches!(
                    doc.token_key(p),
                    "في" | "منذ"
                        | "حتي"
                        | "شهر"
                        | "مطلع"
                        | "اواخر"
                        | "اوايل"
                        | "منتصف"
                        | "خلال"
                )
        })
        || after.is_some_and(|n| {
            slash(toks[b].range.end, n.range.start) || TIME_WORDS.contains(&doc.token_key(n))
        })
}

/// True when the word before `m` is a product word.
pub(super) fn product_context(doc: &Document, m: &LexMatch) -> bool {
    m.first_token(doc)
        .filter(|&t| t > 0 && clean_gap(doc, t - 1, t))
        .is_some_and(|t| {
            let k = doc.token_key(&doc.tokens()[t - 1]);
            let bare = k.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(k);
            PRODUCT_WORDS.contains(&k) || PRODUCT_WORDS.contains(&bare)
        })
}

/// True when an ambiguous name right after a given name is its surname
/// («جون بولتون», «ستيف مكلارين», «شيرين سيف النصر»).
pub(super) fn after_given_name(doc: &Document, m: &LexMatch) -> bool {
    if m.has_prefix() {
        return false;
    }
    let Some(t) = m.first_token(doc).filter(|&t| t > 0) else {
        return false;
    };
    let prev = doc.token_key(&doc.tokens()[t - 1]);
    // «عبد الخالق الحوثي»، «عبد الملك الحوثي»: a compound given name in
    // «عبد» and a divine name.
    let theophoric = t >= 2
        && prev.starts_with("ال")
        && clean_gap(doc, t - 2, t - 1)
        && matches!(
            doc.token_key(&doc.tokens()[t - 2]),
            "عبد" | "وعبد" | "لعبد" | "بعبد"
        );
    clean_gap(doc, t - 1, t)
        && (theophoric
            || !is_stopword(prev)
                && people_lexicon()
                    .names
                    .get(prev)
                    .is_some_and(|f| f.has(NameFlags::GIVEN) && !f.has(NameFlags::COMMON)))
}

/// The entry of the newspaper «صحيفة» + the name of match `m` when a
/// newspaper's head («صحيفة», «جريدة», «يومية») stands right before it, or
/// before an opening quotation mark before it.
fn newspaper_of(doc: &Document, m: &LexMatch) -> Option<u32> {
    if m.has_prefix() {
        return None;
    }
    let toks = doc.tokens();
    let t = m.first_token(doc).filter(|&t| t > 0)?;
    let gap = &doc.norm()[toks[t - 1].range.end..toks[t].range.start];
    let gap_ok = gap.chars().all(char::is_whitespace)
        || (gap.trim().chars().count() == 1 && gap.contains(OPEN_QUOTES));
    let prev = doc.token_key(&toks[t - 1]);
    let prev = prev.strip_prefix('و').unwrap_or(prev);
    if !gap_ok || toks[t - 1].sentence != toks[t].sentence {
        return None;
    }
    if !matches!(prev, "صحيفه" | "جريده" | "يوميه") {
        return None;
    }
    let key = format!("صحيفه {}", entry_key(&doc.key()[m.name.clone()]));
    let &id = orgs().by_key.get(&key)?;
    (id != m.entry).then_some(id)
}

/// True when a match follows a national team's head («منتخب», «ومنتخب»,
/// «لمنتخبات») or another word of an age group («درجة», «فئة», «دوري»):
/// «منتخب الشباب», «لاعبي درجة الشباب» name a team's age group.
fn after_national_team(doc: &Document, m: &LexMatch) -> bool {
    // «نجم المنتخب والأهلي»: a club coordinated with the team.
    if m.has_prefix() {
        return false;
    }
    let toks = doc.tokens();
    let Some(t) = m.first_token(doc).filter(|&t| t > 0) else {
        return false;
    };
    if !clean_gap(doc, t - 1, t) {
        return false;
    }
    let prev = doc.token_key(&toks[t - 1]);
    let bare = prev.trim_start_matches(['و', 'ف', 'ل', 'ب']);
    // «فئات الهلال السنية» are the club's: only a name that is an age
    // group itself («الشباب») takes the other words.
    let age_group_name = AGE_GROUP_NAMES.contains(&&doc.key()[m.name.clone()]);
    bare.starts_with("منتخب")
        || bare.starts_with("المنتخب")
        || (age_group_name
            && (AGE_GROUP_CUES.contains(&prev)
                || prev
                    .strip_prefix(['و', 'ف', 'ل', 'ب'])
                    .is_some_and(|b| AGE_GROUP_CUES.contains(&b))))
}

/// A name a head rule found whose whole text is an unambiguous lexicon name
/// of a non-governmental body («وكالة الصحافة الفرنسية», whose lexicon
/// match lost its head to a shorter variant) is that lexicon entry: its
/// canonical name, kind and country, and a proper name.
pub fn as_lexicon_name(c: &mut Candidate) {
    if c.from_lexicon {
        return;
    }
    let lex = orgs();
    let Some(e) = lex
        .by_key
        .get(&entry_key(&c.canonical))
        .and_then(|&i| lex.entries.get(i as usize))
    else {
        return;
    };
    let governmental = e
        .kind
        .as_deref()
        .is_some_and(|k| GOVERNMENT_KINDS.contains(&k) || k == "ministry");
    if e.ambiguous || governmental || e.description {
        return;
    }
    c.canonical.clone_from(&e.canonical);
    c.kind.clone_from(&e.kind);
    if e.cc.is_some() {
        c.cc.clone_from(&e.cc);
    }
    c.from_lexicon = true;
    c.named = true;
}

/// True when a feminine singular demonym follows the match right after it
/// («ميلان الإيطالية»).
fn feminine_demonym_after(doc: &Document, m: &LexMatch) -> bool {
    let toks = doc.tokens();
    let Some(t) = doc.token_at(m.range.end.saturating_sub(1)) else {
        return false;
    };
    toks.get(t + 1).is_some_and(|n| {
        n.sentence == toks[t].sentence
            && clean_gap(doc, t, t + 1)
            && places()
                .demonym(doc.token_key(n))
                .is_some_and(|d| d.gender_number == "f.sg")
    })
}
