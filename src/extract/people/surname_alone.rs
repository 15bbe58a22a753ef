//! A surname seen in a full name, read alone again: «فيليب جوردون … وهاجم
//! جوردون فكرة أن»: «جوردون» is the man named before, and the word after it,
//! shaped like an Arabic noun or verb («فكرة»، «كشفت»، «سيخوض»), is no
//! second name part.

use super::rules::{Ctx, NameCand};

/// Shortens to their first word the two-word candidates without a title
/// whose first word is the last word of a longer name in the document (with
/// another first word) and whose second word no lexicon knows and has the
/// shape of an Arabic word ([`arabic_word_shape`]). The dropped tokens are
/// freed in `taken`.
pub fn shorten<'a>(ctx: &Ctx<'a, '_>, cands: &mut [NameCand<'a>], taken: &mut [bool]) {
    let surname_of_other = |c: &NameCand| {
        cands.iter().any(|o| {
            o.last > o.first && o.keys.last() == c.keys.first() && o.keys.first() != c.keys.first()
        })
    };
    let shorten: Vec<usize> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.last == c.first + 1
                && c.title.is_none()
                && ctx.info[c.last].unknown()
                && arabic_word_shape(ctx, c.last)
                && surname_of_other(c)
        })
        .map(|(i, _)| i)
        .collect();
    let toks = ctx.doc.tokens();
    for i in shorten {
        let c = &mut cands[i];
        taken[c.last] = false;
        c.last = c.first;
        c.range.end = toks[c.first].range.end;
        c.keys.truncate(1);
    }
}

/// True when token `t` has a shape Arabic words have and surnames rarely
/// do: a feminine noun in ة («فكرة»، «مأدبة»), a past verb of four letters
/// in ت («كشفت»، «سمعت»), a future verb («سيخوض»), a common shape of the
/// derived forms («استاء»), a function word («حسبما») or ب، ل، ك before a
/// hamza («بكأس»). Family names such as «يعقوبي»، «عجاج»، «بترجي» have none.
fn arabic_word_shape(ctx: &Ctx, t: usize) -> bool {
    let key = ctx.key(t);
    let n = key.chars().count();
    ctx.doc.token_text(&ctx.doc.tokens()[t]).ends_with('ة')
        || n == 4 && key.ends_with('ت')
        || n >= 5 && ["سي", "ست", "سن"].iter().any(|p| key.starts_with(p))
        || super::morph::common_shape(key)
        || crate::extract::words::is_stopword(key)
        || super::words::hamza_after_proclitic(ctx.doc, t)
}
