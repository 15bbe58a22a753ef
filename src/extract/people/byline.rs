//! A columnist's byline: a paragraph that is only a given name and a
//! family name with the article («ناصر الجديع» on its own line above the
//! column), even when the given name is also an everyday word and the
//! family name is known to no lexicon.

use super::lexicon::NameFlags;
use super::rules::{Ctx, NameCand};

/// The bylines of the document: sentences of two tokens alone in their
/// paragraph (not the title), with nothing but white space around them,
/// the first a lexicon given name without a proclitic (not a place, not a
/// given name that is above all an everyday word: «جمال الطبيعة», nor a
/// woman's name in ة: «حياة الناس»), the second a definite word no
/// lexicon reads otherwise, of no common noun or plural shape.
pub fn bylines<'a>(ctx: &Ctx<'a, '_>, taken: &[bool]) -> Vec<NameCand<'a>> {
    let doc = ctx.doc;
    let sentences = doc.sentences();
    let norm = doc.norm();
    let toks = doc.tokens();
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        if s.end_token != s.first_token + 2 {
            continue;
        }
        let Some(par) = s.paragraph else { continue };
        let alone = (si == 0 || sentences[si - 1].paragraph != Some(par))
            && sentences
                .get(si + 1)
                .is_none_or(|n| n.paragraph != Some(par));
        let (g, f) = (s.first_token, s.first_token + 1);
        if !alone
            || taken[g]
            || taken[f]
            || !norm
                .get(s.range.start..toks[g].range.start)
                .is_some_and(|x| x.trim().is_empty())
            || !norm
                .get(toks[f].range.end..s.range.end)
                .is_some_and(|x| x.trim().is_empty())
            || !crate::extract::words::clean_gap(doc, g, f)
        {
            continue;
        }
        let given = ctx.info[g].nameable()
            && ctx.info[g].name.is_some_and(|(p, fl)| {
                p == 0
                    && fl.has(NameFlags::GIVEN)
                    && !fl.has(NameFlags::PLACE)
                    && !fl.feminine_only()
            })
            && !super::rules::false_friend(ctx.key(g));
        let w = &ctx.info[f];
        let stem = ctx.key(f).strip_prefix("ال").unwrap_or("");
        let family = w.nameable()
            && w.definite
            && w.name.is_none()
            && w.particle.is_none()
            && w.demonym.is_none()
            && !w.place
            && !w.regnal
            && stem.chars().nth(2).is_some()
            && !super::morph::common_shape(stem)
            && !stem.ends_with("ات")
            && !stem.ends_with("ون")
            && !stem.ends_with("ين");
        if given && family {
            out.push(NameCand::words(ctx, g, f));
        }
    }
    out
}

/// Is the text between tokens `a` and `a + 1` a dash with spaces only
/// («خالد علي- سبق- جدة»)?
fn dash_after(ctx: &Ctx, a: usize) -> bool {
    let toks = ctx.doc.tokens();
    let (Some(x), Some(y)) = (toks.get(a), toks.get(a + 1)) else {
        return false;
    };
    ctx.doc
        .norm()
        .get(x.range.end..y.range.start)
        .is_some_and(|g| {
            let g = g.trim();
            matches!(g, "-" | "–" | "ـ" | "—")
        })
}

/// The reporter's name that opens an article's first words, before a dash,
/// the news source and another dash («خالد علي- سبق- جدة:»، «بدر الجبل–
/// سبق– تيماء»): two or three words at the start of a paragraph, the first
/// a lexicon given name without a proclitic, the others words a name may
/// hold («علي» too, which is no preposition before a dash), the source one
/// or two words.
pub fn dash_bylines<'a>(ctx: &Ctx<'a, '_>, taken: &[bool]) -> Vec<NameCand<'a>> {
    let doc = ctx.doc;
    let sentences = doc.sentences();
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let Some(par) = s.paragraph else { continue };
        if si > 0 && sentences[si - 1].paragraph == Some(par) {
            continue;
        }
        let g = s.first_token;
        if g >= s.end_token
            || taken[g]
            || !ctx.info[g]
                .name
                .is_some_and(|(p, f)| p == 0 && f.has(NameFlags::GIVEN) && !f.has(NameFlags::PLACE))
        {
            continue;
        }
        // The name's last token: the one before the first dash.
        let Some(last) = (g + 1..(g + 3).min(s.end_token)).find(|&t| dash_after(ctx, t)) else {
            continue;
        };
        let source_dash = (last + 1..(last + 3).min(s.end_token)).any(|t| dash_after(ctx, t));
        let parts_ok = (g + 1..=last).all(|t| {
            let w = &ctx.info[t];
            !taken[t]
                && !w.blocked
                && !w.title
                && !w.number
                && (!w.stop || ctx.key(t) == "علي")
                && ctx.next(t - 1) == Some(t)
        });
        if source_dash && parts_ok {
            out.push(NameCand::words(ctx, g, last));
        }
    }
    out
}

/// The correspondent's name after a dateline's place and colon, as news
/// agencies and papers write it at the head of an article («لندن : علي
/// الصالح تل أبيب : …»، «نيويورك : صلاح عواد»): a place that opens the
/// sentence or follows the previous dateline's name, a colon, a lexicon
/// given name without a proclitic (also «علي», no preposition there) and
/// a family name (a lexicon one, a definite word or an unknown word that
/// may be a name), then the end of the sentence or the next place.
pub fn datelines<'a>(ctx: &Ctx<'a, '_>, taken: &[bool]) -> Vec<NameCand<'a>> {
    let doc = ctx.doc;
    let toks = doc.tokens();
    let norm = doc.norm();
    let mut out = Vec::new();
    let colon = |a: usize| {
        toks.get(a + 1).is_some_and(|y| {
            toks[a].sentence == y.sentence
                && norm
                    .get(toks[a].range.end..y.range.start)
                    .is_some_and(|g| matches!(g.trim(), ":" | "："))
        })
    };
    // Only the tokens right before a colon: found by a search for the
    // colon's bytes (":" and the full-width "："), not by visiting every
    // token.
    let mut colon_tokens: Vec<usize> = memchr::memchr_iter(b':', norm.as_bytes())
        .chain(memchr::memmem::find_iter(norm.as_bytes(), "：".as_bytes()))
        .filter_map(|c| toks.partition_point(|t| t.range.end <= c).checked_sub(1))
        .collect();
    colon_tokens.sort_unstable();
    colon_tokens.dedup();
    for p in colon_tokens {
        // (Places are blocked for the people rules; a gazetteer place.)
        if !(ctx.info[p].blocked || ctx.info[p].place) || !colon(p) {
            continue;
        }
        // The place opens the sentence, or follows another dateline.
        let mut q = p;
        while q > 0
            && (ctx.info[q - 1].blocked || ctx.info[q - 1].place)
            && ctx.next(q - 1) == Some(q)
        {
            q -= 1;
        }
        let opens = q == 0
            || toks[q - 1].sentence != toks[q].sentence
            || taken[q - 1]
            || out.last().is_some_and(|c: &NameCand| c.last + 1 == q);
        let (g, f) = (p + 1, p + 2);
        if !opens || f >= toks.len() || taken[g] || taken[f] || ctx.next(g) != Some(f) {
            continue;
        }
        let given = !ctx.info[g].blocked
            && !ctx.info[g].title
            && ctx.info[g].name.is_some_and(|(pre, fl)| {
                pre == 0 && fl.has(NameFlags::GIVEN) && !fl.has(NameFlags::PLACE)
            });
        let w = &ctx.info[f];
        let family = w.nameable()
            && w.particle.is_none()
            && w.demonym.is_none()
            && (w
                .name
                .is_some_and(|(pre, fl)| pre == 0 && !fl.has(NameFlags::PLACE))
                || w.unknown() && ctx.name_like(f));
        let end = ctx.next(f).is_none_or(|n| {
            (ctx.info[n].blocked || ctx.info[n].place) && colon_ahead(ctx, n, &colon)
        });
        if given && family && end {
            out.push(NameCand::words(ctx, g, f));
        }
    }
    out
}

/// Does a place that begins at token `n` (one or two tokens) end in a
/// colon?
fn colon_ahead(ctx: &Ctx, n: usize, colon: &impl Fn(usize) -> bool) -> bool {
    colon(n)
        || ctx
            .next(n)
            .is_some_and(|m| (ctx.info[m].blocked || ctx.info[m].place) && colon(m))
}
