//! A foreign name as the subject after «أن/إن»: «يذكر أن كانافارو انضم إلى
//! يوفنتوس»، «أكد فيرجسون أن نيستلروي يجب أن يرحل»، «يذكر أن كافو هو».
//!
//! After the complementizer comes the subject of the clause; a word no
//! lexicon knows, of the shape of a foreign name, followed right away by a
//! masculine verb (a country or a company, grammatically feminine, takes
//! «تـ» or a past verb in «ت») is taken as a person. The name then joins
//! its other mentions in the article like any name found alone.

use super::rules::{Ctx, NameCand, foreign_given_shape, hollow_given_shape};

/// Is token `i` the complementizer «أن/إن» (also «بأن، لأن، وأن، فإن، وإن»
/// written with their hamza: «بان» is also a name, «فان» a particle)?
pub(super) fn complementizer(ctx: &Ctx, i: usize) -> bool {
    let k = ctx.key(i);
    if k == "ان" {
        return true;
    }
    if !matches!(k, "بان" | "لان" | "وان" | "فان") {
        return false;
    }
    let toks = ctx.doc.tokens();
    let original = ctx.doc.original_slice(ctx.doc.span(toks[i].range.clone()));
    original.ends_with("أن") || original.ends_with("إن")
}

/// The shape of a foreign name that may be a subject: a foreign given
/// name's shape, or a word of four letters or more in «و» (كافو، رونالدو;
/// Arabic nouns in و are short: نمو، عضو).
fn subject_shape(k: &str) -> bool {
    // Not a sound plural («لأن كثيرين لا يثقون») nor a short noun with the
    // pronoun «ك» («أن دورك لم يلفت»).
    // Nor a noun in the accusative the complementizer governs («وقال إن
    // تحقيقا يتعلق»), nor a plural with the pronoun «ي» («بأن أبنائي
    // ينتظرون»، «غير أن قرائي يعرفون»; the key folds ئ to ي).
    let plural = k.ends_with("ين") || k.ends_with("ون") || k.ends_with("ايي");
    if k.strip_suffix('ا')
        .is_some_and(|stem| super::morph::common_shape(stem) || k.chars().count() <= 5)
    {
        return false;
    }
    let your = k.ends_with('ك') && k.chars().count() == 4;
    // Nor a verb: «أن» is above all followed by one («أن يكون»، «أن
    // تعيرني»): no word beginning like an imperfect (ي، ن; ت below seven
    // letters) nor ending in the object pronoun «ني».
    let n = k.chars().count();
    if k.starts_with(['ي', 'ن']) || k.starts_with('ت') && n < 7 || k.ends_with("ني") {
        return false;
    }
    let in_waw = n >= 4 && k.ends_with('و') && !k.ends_with("وو");
    in_waw || !plural && !your && (foreign_given_shape(k) || hollow_given_shape(k))
}

/// Is token `n` a masculine verb, or a word that opens one («قد، لن،
/// لم، لا، سوف» and an imperfect in «ي»)? Not «هو»: «يذكر أن سبيتار هو
/// الشريك الطبي» describes a hospital as well as a man.
pub(super) fn masculine_verb_at(ctx: &Ctx, n: usize) -> bool {
    let w = &ctx.info[n];
    if w.name.is_some() || w.place || w.definite || w.number {
        return false;
    }
    let k = ctx.key(n);
    // (Not a plural «يعملون، يعملوا», whose subject is no single person,
    // nor a foreign name in ي: «لأن اتسوتو يوشيدا تعرض».)
    let imperfect = |k: &str| {
        let c = k.chars().count();
        k.starts_with('ي')
            && (3..=7).contains(&c)
            && !k.ends_with('ا')
            && !k.ends_with('و')
            && !k.ends_with("ون")
    };
    match k {
        "كان" | "ظل" | "بات" | "اصبح" | "ليس" | "مازال" | "لايزال" => {
            return true;
        }
        "قد" | "لن" | "لم" | "لا" | "سوف" => {
            return ctx
                .next(n)
                .is_some_and(|m| ctx.info[m].name.is_none() && imperfect(ctx.key(m)));
        }
        _ => {}
    }
    if w.stop {
        return false;
    }
    if w.speech {
        return !k.ends_with('ت') && !k.starts_with('ت');
    }
    let (c, len) = {
        let v: Vec<char> = k.chars().take(8).collect();
        let len = k.chars().count();
        (v, len)
    };
    let cons = |x: char| !matches!(x, 'ا' | 'و' | 'ي' | 'ى' | 'ء' | 'ة' | 'ه' | 'ت');
    // An imperfect or future verb: «يجب»، «يمتلك»، «سيغادر».
    if imperfect(k) || k.starts_with("سي") && (5..=7).contains(&len) {
        return true;
    }
    // A past verb of the forms VII and VIII: «انضم»، «انسحب»، «اعتبر».
    (4..=5).contains(&len)
        && c[0] == 'ا'
        && (c[1] == 'ن' || c[2] == 'ت')
        && cons(c[len - 1])
        && cons(c[len - 2])
}

/// Does the article use word `k` otherwise than as a name: with the
/// article (a noun: «الجاسوس» … «أن جاسوسي يعمل»), or inside the name of
/// an organization or place (a club: «مانشستر يونايتد» … «أن يونايتد
/// يسعى»)?
fn named_otherwise(ctx: &Ctx, k: &str) -> bool {
    let stem = k.strip_suffix('ي');
    (0..ctx.info.len()).any(|t| {
        let kt = ctx.key(t);
        ctx.info[t].blocked && kt == k
            || kt
                .strip_prefix("ال")
                .is_some_and(|r| r == k || stem == Some(r))
    })
}

/// Names after «أن/إن»: an unknown word of a foreign shape between the
/// complementizer and a masculine verb.
///
/// Not the first word of a longer name of `found` («سيرخيو راموس» …
/// «أن سيرخيو سيبقى»): the cluster joins a given name alone to its full
/// name only before punctuation or a function word, so the mention would
/// make a second person.
pub fn after_complementizer<'a>(
    ctx: &Ctx<'a, '_>,
    taken: &[bool],
    found: &[NameCand<'a>],
    anchors: &[usize],
) -> Vec<NameCand<'a>> {
    let mut out = Vec::new();
    // Every complementizer (with ب، ل، و or ف) has the stem «ان», one of
    // the quotes' boundary words; `anchors` are the tokens of that class,
    // of two or three letters, whose key ends in it
    // ([`super::words::Anchors::complementizers`]).
    for &i in anchors {
        if !complementizer(ctx, i) {
            continue;
        }
        let Some(j) = ctx.next(i) else { continue };
        let Some(n) = ctx.next(j) else { continue };
        let w = &ctx.info[j];
        let k = ctx.key(j);
        let ok = !taken[j]
            && !taken[n]
            && w.unknown()
            && w.prefix == 0
            && !w.speech
            && !ctx.conj(j)
            && subject_shape(k)
            && ctx.foreign_like(j)
            && masculine_verb_at(ctx, n)
            && !named_otherwise(ctx, k)
            && !found
                .iter()
                .any(|c| c.last > c.first && c.keys.first().is_some_and(|f| f == k));
        if ok {
            out.push(NameCand::word(ctx, j));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::words::analyse_with_anchors_and_months;
    use crate::document::Document;

    /// The analysis notes every token whose key is a complementizer's
    /// («ان» with or without ب، ل، و، ف), as a test of every token of the
    /// quotes' boundary class does, also after punctuation, at the start
    /// and end of the text and before marks and digits.
    #[test]
    fn complementizer_anchors_as_every_token() {
        let texts = [
            "أن الوزير قال إن كانافارو انضم، وأن «سلمان» بأن لأن فإن وإن",
            "إن",
            "كان السودان (إيران) واليابان:أن2015 ان,ان.انان «أن» فأن",
            "قال إنّ الأمانة أنَّ فلان، بان كي مون وفان باستن لان",
        ];
        let mut seen = 0;
        for text in texts {
            let doc = Document::new(text.to_string());
            let toks = doc.tokens();
            let every: Vec<usize> = doc
                .tokens_of_class(crate::extract::word_class::QUOTE_BOUNDARY)
                .filter(|&i| matches!(doc.token_key(&toks[i]), "ان" | "بان" | "لان" | "وان" | "فان"))
                .collect();
            let (_, anchors) = analyse_with_anchors_and_months(&doc, &[], &[]);
            let noted: Vec<usize> = anchors
                .complementizers
                .iter()
                .copied()
                .filter(|&i| every.contains(&i))
                .collect();
            assert_eq!(noted, every, "{text}");
            seen += every.len();
        }
        assert!(seen >= 15, "{seen}");
    }
}
