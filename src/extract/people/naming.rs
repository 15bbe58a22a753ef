//! A name after a naming verb or participle: «رياضي كندي سابق يدعى آدم
//! بولين»، «جارة لها تدعى زينب»، «المدعو عصمت»، «رجل يسمى بجماليون».

use super::rules::{Ctx, NameCand};
use crate::extract::word_class::NAMING_CUE;

/// Nouns of a person before «يسمى/تسمى» (matching keys): «تسمى» alone
/// names things far more often («مياه تسمى مياها جوفية»).
const PERSON_NOUNS: &[&str] = &[
    "رجل",
    "رجلا",
    "امراه",
    "فتاه",
    "فتي",
    "شاب",
    "شابا",
    "شابه",
    "طفل",
    "طفلا",
    "طفله",
    "ولد",
    "ولدا",
    "بنت",
    "صبي",
    "صبيا",
    "شخص",
    "شخصا",
    "سيده",
    "ابن",
    "ابنه",
    "ابنا",
];

/// The keys a naming cue may have ([`cue`] checks the context): the
/// tokens of the [`NAMING_CUE`] class are those that may be one.
pub const CUES: &[&str] = &["المدعو", "المدعوه", "يدعي", "تدعي", "يسمي", "تسمي"];

/// Is token `i` a naming cue for the word after it?
fn cue(ctx: &Ctx, i: usize) -> bool {
    let toks = ctx.doc.tokens();
    // Every cue is four letters of two bytes with «د» or «س» second, or six
    // or seven with «د» fourth: other tokens are ruled out by their length
    // and one letter, before their key is compared.
    let r = &toks[i].range;
    let at = match r.len() {
        8 => r.start + 2,
        12 | 14 => r.start + 6,
        _ => return false,
    };
    if !matches!(
        ctx.doc.key().as_bytes().get(at..at + 2),
        Some(b) if b == "د".as_bytes() || b == "س".as_bytes()
    ) {
        return false;
    }
    let k = ctx.key(i);
    let prev = (i > 0 && toks[i - 1].sentence == toks[i].sentence).then(|| ctx.key(i - 1));
    match k {
        "المدعو" | "المدعوه" => true,
        // «يُدعى» (is called), written with ى: «يدّعي» (claims) is written
        // with ي, and «يُدعى الشاعر» (is invited) takes a definite word;
        // not after «ما، عندما، كما …» («ما يدعى بـ»).
        "يدعي" | "تدعي" => {
            ctx.doc.token_text(&toks[i]).ends_with('ى') && prev.is_none_or(|p| !p.ends_with("ما"))
        }
        "يسمي" | "تسمي" => prev.is_some_and(|p| PERSON_NOUNS.contains(&p)),
        _ => false,
    }
}

/// Name candidates after a naming cue: a lexicon name or an unknown word
/// that may be a name (no article, conjunction or proclitic), grown as
/// after a title.
pub fn named<'a>(ctx: &Ctx<'a, '_>, taken: &[bool]) -> Vec<NameCand<'a>> {
    named_after_cues(ctx, taken, ctx.doc.tokens_of_class(NAMING_CUE))
}

/// [`named`], with the tokens of the class [`NAMING_CUE`] (in text order:
/// [`super::words::Anchors::naming_cues`]).
pub fn named_after_cues<'a>(
    ctx: &Ctx<'a, '_>,
    taken: &[bool],
    cues: impl IntoIterator<Item = usize>,
) -> Vec<NameCand<'a>> {
    let mut out = Vec::new();
    // Only a token of the naming-cue class may be one (every token, for
    // a document split before the class table was built).
    for i in cues {
        if !cue(ctx, i) {
            continue;
        }
        let Some(j) = ctx.next(i) else { continue };
        let w = &ctx.info[j];
        let bare = w.name.is_some_and(|(p, _)| p == 0) && w.prefix == 0;
        let ok = !taken[j]
            && w.nameable()
            && !w.definite
            && !w.place
            && w.particle.is_none()
            && !ctx.conj(j)
            && (bare || w.unknown() && w.prefix == 0 && unknown_name(ctx, j));
        if !ok {
            continue;
        }
        if let Some(c) = ctx.grow(j, true)
            && !(c.first..=c.last).any(|t| taken[t])
        {
            out.push(c);
        }
    }
    out
}

/// An unknown word that may be a name after a naming cue: not a
/// preposition and a consonant («مقياس يدعى بدرجة الحرارة»; foreign
/// names begin with لي، لو، با: «لينوس»), nor a feminine
/// noun in ة («تطبيقاته تدعى توزيعة»).
fn unknown_name(ctx: &Ctx, j: usize) -> bool {
    let k = ctx.key(j);
    !k.strip_prefix(['ب', 'ل', 'ك'])
        .and_then(|r| r.chars().next())
        .is_some_and(|c| !matches!(c, 'ا' | 'و' | 'ي'))
        && !ctx.doc.token_text(&ctx.doc.tokens()[j]).ends_with('ة')
        && (ctx.name_like(j) || ctx.foreign_like(j))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::extract::people::words;

    fn with_ctx<T>(text: &str, f: impl FnOnce(&Ctx) -> T) -> T {
        let doc = Document::new(text.to_string());
        let info = words::analyse(&doc, &[], &[]);
        f(&Ctx::new(&doc, &info))
    }

    /// The cues of every length, and words of their lengths that are none
    /// (the length test comes before the key is read).
    #[test]
    fn naming_cue_table() {
        let rows: &[(&str, usize, bool)] = &[
            ("المدعو عصمت", 0, true),
            ("المدعوة زينب", 0, true),
            ("جارة لها تدعى زينب", 2, true),
            ("رجل يسمى بجماليون", 1, true),
            ("مياه تسمى مياها جوفية", 1, false),
            ("عندما يدعى الشاعر", 1, false),
            ("وهو يدّعي ذلك", 1, false),
            ("المدعوم من الدولة", 0, false),
            ("كتاب جديد", 0, false),
            ("المدعي العام", 0, false),
        ];
        for &(text, i, want) in rows {
            assert_eq!(with_ctx(text, |ctx| cue(ctx, i)), want, "{text}");
        }
    }

    /// Every token [`cue`] takes is one of the naming-cue class that
    /// [`named`] passes over, with the class table built; the class also
    /// has the cue keys after a conjunction, which [`cue`] rules out.
    #[test]
    fn cue_tokens_have_the_class() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        let rows: &[(&str, &[usize])] = &[
            ("قال المدعو عصمت إن رجلا يسمى بجماليون وصل", &[1, 5]),
            ("جارة لها تدعى زينب والمدعوة هند", &[2]),
            ("عندما يدعى الشاعر وهو يدّعي ذلك", &[]),
            ("كتاب جديد عن المدعي العام", &[]),
        ];
        for &(text, want) in rows {
            with_ctx(text, |ctx| {
                let n = ctx.doc.tokens().len();
                let cues: Vec<usize> = (0..n).filter(|&i| cue(ctx, i)).collect();
                assert_eq!(cues, want, "{text}");
                let class: Vec<usize> = ctx.doc.tokens_of_class(NAMING_CUE).collect();
                assert!(cues.iter().all(|i| class.contains(i)), "{text}: {class:?}");
                // «والمدعوة»: the class, not a cue.
                if text.contains("والمدعوة") {
                    assert!(class.contains(&4), "{text}: {class:?}");
                }
            });
        }
    }
}
