//! The mention a head and its complements make: whether they name a body,
//! and which words the mention keeps («صحيفة الأهرام» → الأهرام, «وزارة
//! الخارجية الروسية» whole, «نادي جدة الأدبي»).

use super::super::lexicon::places;
use super::super::place_context::PlaceContext;
use super::candidate::{Candidate, canonical_of, mention_start};
use super::clubs::sports_context;
use super::complements::Complements;
use super::heads::HeadAt;
use super::lookup::lex_head_definite;
use super::names::quoted;
use super::words::{
    ANAPHOR_HEADS, BANK_HEADS, CLUB_HEADS, CULTURAL_CLUB_ADJECTIVES, DESCRIPTIVE_KINDS,
    FACILITY_HEADS, FORCE_WORDS, GOVERNMENT_KINDS, NAME_HEADS, POLITICAL_WORDS, VENUE_WORDS,
    VERBAL_HEADS, WEAK_HEADS, disagrees, is_nisba,
};
use crate::document::Document;
use crate::extract::people::lexicon::{NameFlags, lexicon as people_lexicon};
use crate::extract::words::clean_gap;
use crate::lexicon::LexMatch;

/// The candidate the head `h` and its complements `c` make, if any.
pub(super) fn head_mention(
    doc: &Document,
    lexicon: &[Candidate],
    pctx: &PlaceContext,
    sports: &mut Option<bool>,
    h: &HeadAt,
    c: Complements,
) -> Option<Candidate> {
    let pl = places();
    let people_lex = people_lexicon();
    let toks = doc.tokens();
    let (m, kind, first, last) = (h.m, h.kind, h.first, h.last);
    let (head_key, head_words, definite_head) = (h.key, h.words, h.definite);
    let ministry = kind == "ministry_short";
    let Complements {
        end,
        n,
        cc,
        has_country,
        field,
        indefinite,
        person_named,
        construct_place,
        named_field,
    } = c;
    // «البنك التجاري»; not an adjective of another noun («متطلبات البنك
    // الرأسمالية»).
    let bank_name = BANK_HEADS.contains(&head_key) && n == 1 && {
        let a = doc.token_key(&toks[end]);
        is_nisba(a) && !disagrees(head_key, if a.ends_with('ه') { "f.sg" } else { "m.sg" })
    };
    let ok = if ministry {
        has_country
    } else if head_words >= 2
        && head_key
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with("ال"))
    {
        // A whole head of several words is a body («مجلس الوزراء»), but
        // a company's is a trade («شركات [الخطوط الجوية]», «أن تكون
        // [الخطوط الجوية] سالكة»): a company needs a name or a country.
        n >= 1 || kind != "company"
    } else if head_key.starts_with("ال") {
        has_country || (field && !GOVERNMENT_KINDS.contains(&kind)) || bank_name
    } else {
        n >= 1
    };
    // A head that is also a common noun (حركة motion, قوة strength,
    // مركز centre …) needs a relational adjective, a demonym or a place
    // at the end of its complements: «حركة المقاومة الإسلامية» yes,
    // «حركة القمر» no.
    // A market with a country is an economy («سوق السيارات الصينية»,
    // «سوق دبي»), not a body: it needs a relational adjective or a field.
    let market = head_key == "سوق";
    if ok
        && !ministry
        && !person_named
        && head_words == 1
        && WEAK_HEADS.contains(&head_key)
        && (!has_country || market)
    {
        // «قوة الشخصية» (strength of character), «قوة الجاذبية»: a single
        // word in «ية» right after an indefinite «قوة» is in construct, an
        // abstract noun, no adjective («قوة الطوارئ» is a force).
        let construct_noun = head_key == "قوه"
            && !definite_head
            && end == last + 1
            && doc.token_key(&toks[end]).ends_with("يه");
        let nisba = end > last
            && is_nisba(doc.token_key(&toks[end]))
            && !(market && has_country)
            && !construct_noun;
        // A club's head with one definite name in a sports article:
        // «فريق الجزيرة».
        let club =
            kind == "club" && end == last + 1 && *sports.get_or_insert_with(|| sports_context(doc));
        // «غرفة الصناعة والتجارة»: a chamber of commerce, not a room.
        let chamber = head_key == "غرفه"
            && (last + 1..=end).any(|j| {
                let k = doc.token_key(&toks[j]);
                matches!(k.strip_prefix('و').unwrap_or(k), "التجاره" | "الصناعه")
            });
        if !nisba && !field && !club && !chamber {
            return None;
        }
    }
    if !ok || indefinite {
        return None;
    }
    // «قوة» is strength before most definite words («قوة الترابط الأسري»,
    // «قوة القطاع الخاص», «قوة العاصفة الرملية»); a force is named by
    // its task or arm («قوة الطوارئ الخاصة», «قوة حفظ السلام», «قوة
    // مواجهة الكوارث الوطنية»).
    if head_key == "قوه"
        && head_words == 1
        && !definite_head
        && end > last
        && !FORCE_WORDS.contains(&doc.token_key(&toks[last + 1]))
    {
        return None;
    }
    // «الرمادي مركز محافظة الأنبار», «مركز منطقة جازان»: the seat of an
    // area is a town, no body.
    if head_key == "مركز"
        && end > last
        && crate::extract::places::is_place_head(doc.token_key(&toks[last + 1]))
    {
        return None;
    }
    // «حركة» and «تنظيم» with common nouns are a motion or an activity
    // whatever their adjectives («حركة الصادرات المصرية», «الحركة العامة
    // للسوق»): a body needs a political word («حركة المقاومة
    // الإسلامية»), a person or a place in construct.
    if VERBAL_HEADS.contains(&head_key) && !person_named && !construct_place {
        // «حركة نور الدين الزنكي»: named after a person.
        let given_name = end > last
            && people_lex
                .names
                .get(doc.token_key(&toks[last + 1]))
                .is_some_and(|f| f.has(NameFlags::GIVEN));
        let political =
            (last + 1..=end).any(|j| POLITICAL_WORDS.contains(&doc.token_key(&toks[j])));
        if !given_name && !political {
            return None;
        }
    }
    // «تنظيم روسيا لحدث», «جبهة لحج», «موقع فوردو», «كلما زادت قوة
    // مصر»: a head that is also a verbal noun, a place noun or an abstract
    // noun, with a bare place, is a phrase, no body (unlike «غرفة
    // الرياض»; «قوة القدس» is the lexicon's).
    if head_words == 1
        && matches!(head_key, "تنظيم" | "موقع" | "جبهه" | "تجمع" | "قوه")
        && end == last + 1
        && !definite_head
        && pctx.place_of_token(end).is_some()
    {
        return None;
    }
    // «فريق مالي», «صندوق مالي جديد», «مركز مالي»: after a head that is
    // also a common noun, a bare place that is also a common word shaped
    // like a nisba adjective (مالي: financial), which the places extractor
    // did not read as a place, is the adjective («منتخب مالي», «حكومة
    // مالي» stay; «غرفة جدة», «مركز العيون» are no nisba).
    if head_words == 1
        && end == last + 1
        && !definite_head
        && WEAK_HEADS.contains(&head_key)
        && pctx.place_of_token(end).is_some_and(|(p, _)| p == 0)
        && doc.token_key(&toks[end]).ends_with('ي')
        && pctx.place_starting_at(end).is_none()
        && pl.is_ambiguous_place(doc.token_key(&toks[end]))
    {
        return None;
    }
    // «الشركة القطرية», «المؤسسة الفرنسية»: the body of a kind that a
    // country has many of, named by its demonym alone, stands for one
    // named earlier; it is no entity of its own.
    if head_words == 1
        && end == last + 1
        && has_country
        && ANAPHOR_HEADS.contains(&head_key)
        && pl.is_demonym(doc.token_key(&toks[end]))
    {
        return None;
    }
    // A known name is complete: «مجلس الأمن» (الأسبوع المقبل).
    let from = lexicon.partition_point(|c| c.range.start < toks[first].range.start);
    if lexicon[from..]
        .iter()
        .take_while(|c| c.range.start < toks[first].range.end)
        .any(|c| !c.ambiguous && c.range.end >= m.range.end && c.range.end < toks[end].range.end)
    {
        return None;
    }
    // «نادي جدة الأدبي» (Jeddah's literary club): a cultural club named
    // by a city is the whole phrase, not the city.
    if head_words == 1
        && matches!(head_key, "نادي" | "النادي")
        && end == last + 1
        && pctx.place_of_token(end).is_some_and(|(p, _)| p == 0)
        && let Some(a) = toks.get(end + 1).filter(|t| {
            t.sentence == toks[end].sentence
                && clean_gap(doc, end, end + 1)
                && CULTURAL_CLUB_ADJECTIVES.contains(&doc.token_key(t))
        })
    {
        return Some(whole_phrase(doc, m, definite_head, a.range.end, cc, kind));
    }
    // After a medium's or club's head the name alone, without a
    // demonym: «صحيفة الأهرام» → الأهرام، «نادي الظفرة الإماراتي» → الظفرة.
    // «نادي دبي للصحافة»: a club with a field is named by the whole
    // phrase, its head kept.
    if head_key == "نادي" && named_field && pctx.place_of_token(last + 1).is_some() {
        return Some(whole_phrase(
            doc,
            m,
            definite_head,
            toks[end].range.end,
            cc,
            kind,
        ));
    }
    if !ministry && head_words == 1 && NAME_HEADS.contains(&head_key) && end > last {
        let mut name_end = end;
        // «النادي البرتغالي لبطاقة اللاعب»: a demonym first describes
        // the head; what follows is no name. «فريق العاصمة الفرنسية»: a
        // venue word names a place, the club is only described.
        if pl.is_demonym(doc.token_key(&toks[last + 1]))
            || VENUE_WORDS.contains(&doc.token_key(&toks[last + 1]))
        {
            return None;
        }
        // «فريق التحقيق البريطاني»: a team named by a verbal noun of
        // the second form (التفعيل) does some work; it is no club.
        if head_key == "فريق" && is_form_two_verbal_noun(doc.token_key(&toks[last + 1])) {
            return None;
        }
        // «مجلة نصف الدنيا القاهرية», «صحيفة الحياة اللندنية»: a city's
        // adjective says where the medium appears, as a demonym does.
        if pl.is_demonym(doc.token_key(&toks[name_end]))
            || city_adjective(doc.token_key(&toks[name_end]))
        {
            // «النادي الإسباني»: a description, no name.
            if name_end == last + 1 {
                return None;
            }
            name_end -= 1;
        }
        // A club's head with one unknown definite word and no demonym
        // (the known clubs were taken from the lexicon): «فريق الطوارئ»
        // is a team of some work, no body; «نادي الصحافة» is a club
        // named by its whole phrase.
        if end == last + 1 && !has_country && CLUB_HEADS.contains(&head_key) {
            if head_key != "نادي" {
                return None;
            }
            return Some(whole_phrase(doc, m, false, toks[end].range.end, cc, kind));
        }
        let range = toks[last + 1].range.start..toks[name_end].range.end;
        let canonical = canonical_of(doc, range.clone(), false);
        return Some(Candidate {
            cc,
            ..Candidate::from_rule(range, canonical, kind.to_string())
        });
    }
    let head_definite = head_key.starts_with("ال") || lex_head_definite(doc, &m.name);
    let (start, lam_lam) = mention_start(doc, &m.range, &m.name, head_definite);
    let range = start..toks[end].range.end;
    let out_kind = if ministry || head_key == "وزاره" {
        "ministry".to_string()
    } else {
        kind.to_string()
    };
    let canonical = canonical_of(doc, range.clone(), lam_lam);
    let named = (field && !has_country)
        || bank_name
        || person_named
        || named_field
        || (!head_key.starts_with("ال")
            && !DESCRIPTIVE_KINDS.contains(&kind)
            && !FACILITY_HEADS.contains(&head_key))
        || quoted(doc, &range);
    // A description with no country is no entity («مجلس الإدارة»,
    // «إدارة الأعمال», «شركات الطيران»), except a ministry or an
    // institution named by a multi-word head («مجلس الوزراء»).
    if !named && !has_country && head_words == 1 && head_key != "وزاره" {
        return None;
    }
    Some(Candidate {
        cc,
        named,
        ..Candidate::from_rule(range, canonical, out_kind)
    })
}

/// A named organization from the head `m` to byte `end`, the head kept:
/// «نادي جدة الأدبي», «نادي الصحافة».
fn whole_phrase(
    doc: &Document,
    m: &LexMatch,
    definite_head: bool,
    end: usize,
    cc: Option<String>,
    kind: &str,
) -> Candidate {
    let (start, lam_lam) = mention_start(doc, &m.range, &m.name, definite_head);
    let range = start..end;
    let canonical = canonical_of(doc, range.clone(), lam_lam);
    Candidate {
        cc,
        named: true,
        ..Candidate::from_rule(range, canonical, kind.to_string())
    }
}

/// True when a definite nisba (matching key) is the adjective of a known
/// city: «القاهريه» (القاهرة), «اللندنيه» (لندن), «الدمشقي» (دمشق).
fn city_adjective(k: &str) -> bool {
    let pl = places();
    let Some(stem) = k
        .strip_prefix("ال")
        .and_then(|s| s.strip_suffix("يه").or_else(|| s.strip_suffix('ي')))
    else {
        return false;
    };
    stem.chars().count() >= 3
        && [
            stem.to_string(),
            format!("{stem}ه"),
            format!("ال{stem}"),
            format!("ال{stem}ه"),
        ]
        .iter()
        .any(|p| pl.city_only(p).is_some())
}

/// A definite verbal noun of the second form, «التفعيل» (التحقيق، التنظيم،
/// التدريب): «ال», «ت», two letters, «ي» and one letter (matching key).
fn is_form_two_verbal_noun(key: &str) -> bool {
    let Some(rest) = key.strip_prefix("الت") else {
        return false;
    };
    let letters: Vec<char> = rest.chars().collect();
    letters.len() == 4 && letters[2] == 'ي'
}
