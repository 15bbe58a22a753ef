//! Titles after a name, in apposition («وقال أشرف العربي وزير التخطيط
//! المصري أمس»، «جون كيري، وزير الخارجية الأميركي»): the person's title
//! when no title precedes the name.

use super::rules::{Ctx, NameCand};
use crate::lexicon::LexMatch;

/// Most words of a complement after the title word («التخطيط المصري»).
const MAX_COMPLEMENTS: usize = 4;

/// Gives each candidate without a title the office written right after it,
/// directly or after a comma, with its complements (definite words that are
/// no name, title or function word, one indefinite word in construct, words
/// of another entity) and demonyms; not when another name or title follows
/// (the office is then that person's). `titles` are the title gazetteer's matches in text order.
pub fn attach<'a>(ctx: &Ctx<'a, '_>, titles: &[LexMatch], cands: &mut [NameCand<'a>]) {
    let toks = ctx.doc.tokens();
    let categories = &super::lexicon::lexicon().title_categories;
    let mut name_starts = vec![false; toks.len()];
    for c in cands.iter() {
        name_starts[c.first] = true;
    }
    for c in cands.iter_mut().filter(|c| c.title.is_none()) {
        let Some(next) = ctx
            .next(c.last)
            .or_else(|| ctx.comma_after(c.last).then_some(c.last + 1))
        else {
            continue;
        };
        // Only a title without a proclitic («وزير», not «ووزير» or «لوزير»).
        let start = toks[next].range.start;
        let k = titles.partition_point(|m| m.range.start < start);
        let Some(m) = titles
            .get(k)
            .filter(|m| m.range.start == start && !m.has_prefix() && office(m, categories))
        else {
            continue;
        };
        let Some(mut end) = ctx.doc.token_at(m.range.end.saturating_sub(1)) else {
            continue;
        };
        let title_end = end;
        let mut country = None;
        for _ in 0..MAX_COMPLEMENTS {
            let Some(j) = ctx.next(end) else { break };
            let w = &ctx.info[j];
            // «… والمرجع»: a conjunction begins the next phrase.
            if ctx.key(j).starts_with("وال") {
                break;
            }
            // One letter (a clitic split off: «ل …») ends it too.
            if ctx.key(j).chars().nth(1).is_none() {
                break;
            }
            if let Some(d) = w.demonym {
                country.get_or_insert_with(|| d.to_string());
            } else if !(w.blocked
                || !w.stop
                    && w.name.is_none()
                    && !w.title
                    && !w.number
                    // An indefinite word only in construct right after the
                    // title word («مدير عام»، «رئيس بنك …»).
                    && (w.definite || end == title_end))
            {
                break;
            }
            end = j;
        }
        // A definite title alone after a name is rather a family name or
        // the next person's title («محمد جاسم السلطان»، «… المهندس فلان»);
        // with a complement it is the person's («المدير التنفيذي للشركة»).
        if end == title_end && ctx.doc.norm()[m.name.clone()].starts_with("ال") {
            continue;
        }
        // «أردوغان، رئيس الوزراء الإسرائيلي نتنياهو»: a title right before
        // another name is that person's.
        if ctx
            .next(end)
            .is_some_and(|n| name_starts[n] || ctx.info[n].title)
        {
            continue;
        }
        c.title = Some((m.name.start..toks[end].range.end, country));
    }
}

/// True when a title match after a name may be an office («وزير
/// التخطيط»، «مدير عام»): not a kinship, royal, religious or honorific
/// title, which after a name is a family name or someone else's.
fn office(m: &LexMatch, categories: &[String]) -> bool {
    categories
        .get(m.entry as usize)
        .is_some_and(|c| !matches!(c.as_str(), "relation" | "royal" | "religious" | "honorific"))
}
