//! A body's field after its head or name: «شركة وقاية [للتأمين]», «الاتحاد
//! الكويتي [لكرة القدم]», and the definite words a name's complements may
//! take.

use super::super::lexicon::places;
use super::words::{
    RELATION_WORDS, TIME_WORDS, ends_complements, is_nisba, noun_after_nisba, verb_or_participle,
};
use crate::document::Document;
use crate::extract::people::lexicon::lexicon as people_lexicon;
use crate::extract::words::{clean_gap, is_definite, is_stopword};

/// True when token `j` is «الخاص ب» / «الخاصة ب» (concerning); after a
/// complement it qualifies the noun before the name: «قرار وزارة العمل
/// الخاص بتحصيل» (but «المحكمة الخاصة بلبنان»).
pub(super) fn concerning(doc: &Document, j: usize) -> bool {
    let toks = doc.tokens();
    matches!(doc.token_key(&toks[j]), "الخاص" | "الخاصه")
        && toks
            .get(j + 1)
            .is_some_and(|t| doc.token_key(t).starts_with('ب'))
}

/// True when token `j` may be the one-word name before a field: a word,
/// indefinite, no function word nor general adjective or verb, no
/// participle or plural, no pronoun suffix, no tanween («شركة جديدةً
/// للتأمين»).
pub(super) fn word_before_field(doc: &Document, j: usize) -> bool {
    let toks = doc.tokens();
    let t = &toks[j];
    let k = doc.token_key(t);
    let text = doc.token_text(t);
    // A participle describes the company: «شركة متخصصة», «شركة مستقلة».
    let participle = (k.starts_with("مت") || k.starts_with("مست")) && k.ends_with('ه');
    // A plural counts what the head groups: «مجموعة انتقادات للمشروع».
    let plural = k.ends_with("ات");
    t.kind == crate::document::TokenKind::Word
        && k.chars().count() >= 3
        && !participle
        && !plural
        && !k.starts_with("ال")
        && !k.starts_with('ل')
        && !is_stopword(k)
        && !super::super::lexicon::general_non_nouns().contains(k)
        && !places().is_demonym(k)
        && !["ه", "ها", "هم", "هما"].iter().any(|s| text.ends_with(s))
        && !doc.nunated(t.range.clone())
}

/// The last token of a field right after token `j`: لل + a definite noun
/// and its definite adjectives or coordinated nouns («للتكنولوجيا», «للعلوم
/// والتقنية»), or ل + an indefinite noun + a definite one.
pub(super) fn lam_field(doc: &Document, j: usize) -> Option<usize> {
    let toks = doc.tokens();
    let t = toks.get(j + 1)?;
    let k = doc.token_key(t);
    if !(k.starts_with("لل") && clean_gap(doc, j, j + 1) && t.sentence == toks[j].sentence) {
        return field_complement(doc, j);
    }
    // «للمرة السابعة» (for the seventh time), «للغاية» (very): no field.
    if matches!(k, "للمره" | "للغايه") {
        return None;
    }
    let mut end = j + 1;
    while let Some(n) = toks.get(end + 1) {
        let nk = doc.token_key(n);
        let word = nk.strip_prefix('و').unwrap_or(nk);
        if n.sentence != t.sentence || !clean_gap(doc, end, end + 1) || !plain_definite(word) {
            break;
        }
        // «للطاقة الشمسية [الدين]»: a plain noun after the field's
        // adjective begins the sentence's next phrase.
        if end > j + 1 && noun_after_nisba(doc.token_key(&toks[end]), nk) {
            break;
        }
        end += 1;
    }
    Some(end)
}

/// The last token of a field complement right after token `j`: ل + an
/// indefinite noun + a definite one («لكرة القدم», «لحقوق الإنسان»); not ل
/// + an imperfect verb («ليكون الرابع»), nor a time («لصيف العام»).
pub(super) fn field_complement(doc: &Document, j: usize) -> Option<usize> {
    let toks = doc.tokens();
    let a = toks.get(j + 1)?;
    // «لشركات صناعة السيارات», «لمكافحة غسل الأموال»: a second indefinite
    // noun in construct before the definite one.
    let second_noun = |t: usize| {
        toks.get(t).is_some_and(|tok| {
            let k = doc.token_key(tok);
            tok.kind == crate::document::TokenKind::Word
                && tok.sentence == a.sentence
                && clean_gap(doc, t - 1, t)
                && k.chars().count() >= 3
                && !k.starts_with(['ا', 'ل', 'و', 'ب', 'ف'])
                && !is_stopword(k)
                && !TIME_WORDS.contains(&k)
                && !super::super::lexicon::general_non_nouns().contains(k)
                // (A place's head that looks like a participle is a noun:
                // «الهيئة العليا لتطوير [منطقة] الرياض».)
                && (!verb_or_participle(k) || crate::extract::places::is_place_head(k))
                && !places().is_place(k)
                && !doc.nunated(tok.range.clone())
        })
    };
    let def = if toks
        .get(j + 2)
        .is_some_and(|t| doc.token_key(t).starts_with("ال"))
        || !second_noun(j + 2)
    {
        j + 2
    } else {
        j + 3
    };
    let b = toks.get(def)?;
    let (ka, kb) = (doc.token_key(a), doc.token_key(b));
    let ok = clean_gap(doc, j, j + 1)
        && clean_gap(doc, def - 1, def)
        && a.sentence == b.sentence
        && ka.starts_with('ل')
        && !ka.starts_with("لل")
        && !ka.starts_with("لي")
        && !ka.starts_with("ال")
        && ka.chars().count() >= 4
        && !is_stopword(ka)
        // «لهذا الموسم»: ل + a function word.
        && !is_stopword(&ka['ل'.len_utf8()..])
        && ((kb.starts_with("ال") && is_definite(kb))
            // A place: «اللجنة العليا لمهرجان جدة» (not ل + a place
            // itself: «الاتحاد الأوروبي لإيران»).
            || (places().is_place(kb) && !places().is_place(&ka['ل'.len_utf8()..])))
        && !is_stopword(kb)
        // «جامعة هارفارد لصيف العام الحالي»: a time, not a field.
        && !TIME_WORDS.contains(&kb);
    if !ok {
        return None;
    }
    // The field's adjectives: «لذوي الاحتياجات الخاصة».
    let mut end = def;
    while let Some(n) = toks.get(end + 1) {
        let nk = doc.token_key(n);
        if end >= def + 2
            || n.sentence != b.sentence
            || !clean_gap(doc, end, end + 1)
            // Feminine: fields are plurals or feminine nouns, and a
            // masculine adjective is the head's («مؤشر … لمناخ الأعمال
            // الرئيسي»).
            || !(nk == "الخاصه" || (is_nisba(nk) && nk.ends_with("يه")))
            || places().is_demonym(nk)
            || ends_complements(nk)
        {
            break;
        }
        end += 1;
    }
    Some(end)
}

/// A definite word that may go on a name as its adjective or complement:
/// not a function word, a time word, a word that ends the complements, a
/// relation word («مركز ينبع الدولي للمعارض [التابع] لها»), a demonym, nor
/// a person's title («… الخيرية الأستاذ فلان»).
pub(super) fn plain_definite(word: &str) -> bool {
    word.starts_with("ال")
        && is_definite(word)
        && !is_stopword(word)
        && !TIME_WORDS.contains(&word)
        && !ends_complements(word)
        && !RELATION_WORDS.contains(&word)
        && !places().is_demonym(word)
        && !people_lexicon().single_titles.contains(word)
}
