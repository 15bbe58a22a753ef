//! A place name right after a foreign given name that makes a mention alone
//! is the person's surname: «المبعوث الأممي برناردينو ليون» is the envoy
//! Bernardino León, not «برناردينو» and the city of Lyon; «الباحث تشارلز
//! ليستر» is Charles Lister, not Leicester.

use super::lexicon::NameFlags;
use super::rules::{Ctx, Key, NameCand};
use crate::extract::organizations::lexicon::places as gazetteer;
use std::ops::Range;

/// Extends each one-word candidate that is a foreign given name (or, after a
/// title, an unknown foreign-looking word) with the place mention right
/// after it, and returns the place mentions so taken (normalized byte
/// ranges, out of `places`, which must be sorted by start).
///
/// The place must be a whole token with no proclitic («برناردينو لليون» is
/// no name), a city or smaller (a country after a name is the object of a
/// verb: «زار جون مصر»), no demonym, and not coordinated with a place after
/// it («ودعا روبن واشنطن ولندن»: the places are the object).
pub fn extend<'a>(
    ctx: &Ctx<'a, '_>,
    places: &[Range<usize>],
    cands: &mut [NameCand<'a>],
) -> Vec<Range<usize>> {
    let toks = ctx.doc.tokens();
    let mut taken = Vec::new();
    for c in cands.iter_mut() {
        if c.first != c.last {
            continue;
        }
        let g = c.last;
        let w = &ctx.info[g];
        let foreign_given = w.name.is_some_and(|(_, f)| {
            f.has(NameFlags::GIVEN | NameFlags::FOREIGN)
                && !f.has(NameFlags::COMMON)
                && !f.has(NameFlags::FAMILY)
                && !f.has(NameFlags::PLACE)
        });
        // «المبعوث الأممي برناردينو»: an unknown word of a foreign shape
        // that a title introduced.
        // Not a short nisba adjective («مدير مدني جدة»: the civil defence
        // director of Jeddah).
        let k = ctx.key(g);
        let nisba = k.ends_with('ي') && k.chars().nth(4).is_none();
        let titled_unknown = c.title.is_some() && w.unknown() && ctx.foreign_like(g) && !nisba;
        if !(foreign_given || titled_unknown) {
            continue;
        }
        let Some(t) = ctx.next(g) else { continue };
        let tw = &ctx.info[t];
        let range = &toks[t].range;
        let i = places.partition_point(|p| p.start < range.start);
        if places.get(i) != Some(range)
            || tw.large_place
            || tw.demonym.is_some()
            || !gazetteer().is_place(ctx.key(t))
        {
            continue;
        }
        // «روبن واشنطن ولندن»، «… واشنطن، لندن»: a list of places.
        let listed = ctx.next(t).is_some_and(|n| ctx.info[n].place)
            || ctx.comma_after(t) && ctx.info[t + 1].place;
        if listed {
            continue;
        }
        c.last = t;
        c.range.end = range.end;
        c.keys.push(Key::Borrowed(ctx.key(t)));
        taken.push(range.clone());
    }
    taken
}
