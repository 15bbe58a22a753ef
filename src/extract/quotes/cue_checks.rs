//! Word-level checks that decide whether a speech cue reports and who its
//! subject is: a weak verb's complementizer after a comma, «هدد» with a
//! verbal noun in ب, speech nouns and possessed nouns that are no subject.

use super::phrase::{Phrase, Scan, Stop, is_mark};
use super::subject::HONORIFICS;

/// Nouns of speech (matching keys without the pronoun): with a possessive
/// pronoun they are a verb's object, not its subject («اختتم حديثه بأن»).
const SPEECH_NOUNS: &[&str] = &[
    "حديث",
    "كلمت",
    "تصريح",
    "تصريحات",
    "بيان",
    "كلام",
    "قول",
    "رسالت",
    "خطاب",
    "تعليق",
    "رد",
    "مداخلت",
    "تغريدت",
    "لقاء",
    "حوار",
];

/// True when the word at token `t` cannot begin a speaker phrase: a speech
/// noun with a possessive pronoun (حديثه، كلمتها), a verb of the first
/// person plural (تقدمنا، أكدنا) or a definite nisba plural in the oblique
/// case (الإعلاميين).
pub(super) fn no_subject_word(scan: &Scan, t: usize) -> bool {
    let norm = scan.doc.token_text(&scan.doc.tokens()[t]);
    // (A long vowel before نا is a name: «إيلينا»، «سوزانا».)
    let we = norm.chars().count() >= 5
        && norm
            .strip_suffix("نا")
            .and_then(|stem| stem.chars().last())
            .is_some_and(|c| !matches!(c, 'ا' | 'ي' | 'و' | 'ى'));
    let speech_noun = ["ه", "ها", "هم", "هما"].iter().any(|p| {
        norm.strip_suffix(p).is_some_and(|stem| {
            SPEECH_NOUNS.contains(&stem.strip_prefix(['و', 'ف']).unwrap_or(stem))
        })
    });
    // «ناشد الإعلاميين تحكيم عقولهم»: a definite nisba plural in ـيين is
    // in the accusative or genitive (the subject would read ـيون): the
    // verb's object, no subject.
    let key = scan.key(t);
    let oblique_plural = key.starts_with("ال") && key.chars().count() >= 7 && key.ends_with("يين");
    we || speech_noun || oblique_plural
}

/// True for a noun with a possessive pronoun (موقعها، حجمه، نوعهم; `norm`
/// keeps ة apart from ه), not an honorific (سموه، معاليه) nor a part of a
/// group (أحدهم، بعضهم).
pub(super) fn possessed_noun(k: &str, norm: &str) -> bool {
    !HONORIFICS.contains(&k)
        && norm.chars().count() >= 4
        && ["ها", "ه", "هم", "هما", "هن"]
            .iter()
            .any(|s| norm.ends_with(s))
        && !norm.ends_with("يه")
        && !norm.ends_with("اه")
        && !["احد", "بعض", "كل", "جميع", "معظم", "اغلب"]
            .iter()
            .any(|p| k.starts_with(p))
}

/// True when the word after the subject (past a comma, a few words on) is
/// a verbal noun with ب, the complement of «هدد»، «طالب»: «وهدد قيادي في
/// الجمعية الشرعية، باللجوء للقضاء» (not «يهدد أمن المجتمعات، مشددا …»).
pub(super) fn bi_after(scan: &Scan, phrase: &Phrase) -> bool {
    let toks = scan.doc.tokens();
    if phrase.end <= phrase.start {
        return false;
    }
    let sentence = toks[phrase.start].sentence;
    let last = (phrase.end + 6).min(toks.len());
    for (k, tok) in toks.iter().enumerate().take(last).skip(phrase.end) {
        let gap = scan.gap(k - 1, k);
        if tok.sentence != sentence || scan.inside[k] || gap.contains([':', '؛', ';', '.']) {
            return false;
        }
        if gap.contains(['،', ',']) {
            return scan.key(k).starts_with("بال");
        }
    }
    false
}

/// True when a complementizer right after a comma follows the subject phrase
/// within a few words: «وذكر أحد ملاك الاستراحات القريبة من البحر، ويدعى
/// "بدر الحربي"، أن …» reports, as «ذكر أن» does (a weak verb otherwise needs
/// its complementizer, a colon or marks).
pub(super) fn comma_then_complementizer(scan: &Scan, phrase: &Phrase) -> bool {
    let toks = scan.doc.tokens();
    if !matches!(phrase.stop, Stop::Punct | Stop::Boundary(_)) || phrase.end <= phrase.start {
        return false;
    }
    let sentence = toks[phrase.start].sentence;
    let last = (phrase.end + 10).min(toks.len());
    for (k, tok) in toks.iter().enumerate().take(last).skip(phrase.end) {
        if tok.sentence != sentence || scan.verb_at(k).is_some() {
            return false;
        }
        // A name in marks may stand in the apposition.
        if scan.inside[k] {
            continue;
        }
        let gap = scan.gap(k - 1, k);
        if gap.contains([':', '؛', ';', '.']) {
            return false;
        }
        // Only «أن»/«بأن»: after a comma «إن»، «فإن»، «وأن» rather begin a
        // condition or go on a clause («ومع عدم توقع تدخل حكومي، فإن …»).
        if scan.lex.is_complementizer(scan.key(k)) {
            let written = scan
                .doc
                .original_slice(scan.doc.span(toks[k].range.clone()));
            let mut punct = gap.chars().filter(|&c| !c.is_whitespace() && !is_mark(c));
            return matches!(punct.next(), Some('،' | ','))
                && punct.next().is_none()
                && matches!(scan.key(k), "ان" | "بان")
                && !written.contains(['إ', 'ٳ']);
        }
    }
    false
}

/// True when the verb of deeming at token `t` is passive («يعتبر قرارا
/// شخصيا منه»: it is considered a personal decision): an indefinite word
/// ending in the alif of tanween follows, its predicate, not a speaker.
/// Known names are left alone.
pub(super) fn deemed_predicate(scan: &Scan, t: usize) -> bool {
    let toks = scan.doc.tokens();
    let deeming = matches!(
        scan.key(t).strip_prefix(['و', 'ف']).unwrap_or(scan.key(t)),
        "يعتبر" | "تعتبر" | "يعد" | "تعد"
    );
    deeming
        && toks
            .get(t + 1)
            .is_some_and(|n| n.sentence == toks[t].sentence)
        && scan.gap(t, t + 1).trim().is_empty()
        && {
            let next = scan.key(t + 1);
            next.ends_with('ا')
                && !next.starts_with("ال")
                && next.chars().count() >= 4
                && !crate::extract::people::lexicon::lexicon()
                    .names
                    .contains_key(next)
        }
}

/// Nouns of rules, plans and conditions (matching keys without ال): after
/// «وفق»، «حسب»، «طبقا ل» they say "in accordance with", not who speaks
/// («وفق الشروط المحددة»، «وفقا لقواعد الإكسيد»، «حسب وضعهم»).
const NOT_SOURCES: &[&str] = &[
    "شروط",
    "قواعد",
    "اعتبارات",
    "نصوص",
    "نص",
    "عمل",
    "صيغه",
    "تخصصات",
    "وضع",
    "وضعهم",
    "معايير",
    "ضوابط",
    "اليه",
    "نظام",
    "انظمه",
    "لوايح",
    "لايحه",
    "خطه",
    "جدول",
    "برنامج",
    "اتفاق",
    "اتفاقيه",
    "قانون",
    "تعليمات",
    "اجراءات",
    "اسس",
    "منهجيه",
    "رويه",
    "استراتيجيه",
    "احتياجات",
    "متطلبات",
    "حاجه",
    "ترتيب",
    "نسب",
    "نسبه",
    "اولويات",
    "مراحل",
    "مواعيد",
    "توقيت",
    "حجم",
    "نوع",
    "طبيعه",
    "ظروف",
    "قدرات",
    "امكانات",
    "امكانيات",
    "مستوي",
    "درجه",
    "تصنيف",
    "مواصفات",
    "اشتراطات",
    "مقاييس",
    "احكام",
    "مبادي",
    "قيم",
    "اهداف",
    "رغبه",
    "تصميم",
    "تصاميم",
    "مخطط",
    "نموذج",
];

/// True when the speaker phrase of an attribution frame starting at token
/// `start` names a rule or a plan, not a source: the frame attributes
/// nothing.
pub(super) fn rule_not_source(scan: &Scan, start: usize) -> bool {
    if start >= scan.doc.tokens().len() || scan.ents.starting_at(start).is_some() {
        return false;
    }
    let key = scan.key(start);
    let key = key
        .strip_prefix('ل')
        .filter(|r| r.chars().count() > 2)
        .unwrap_or(key);
    let key = key.strip_prefix("ال").unwrap_or(key);
    NOT_SOURCES.contains(&key)
}
