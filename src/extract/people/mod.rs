//! People: names found from evidence (titles and roles before a name, given
//! names from the lexicons, name particles, names seen elsewhere in the
//! article), one entity per person with all its mentions clustered, its
//! titles and the country a demonym in a title gives.
//!
//! Mentions leave proclitics out (ولافروف → لافروف).

pub mod byline;
pub mod cluster;
pub mod complementizer;
pub mod cues;
pub mod east_asian;
pub mod facilities;
pub mod lexicon;
pub mod month_words;
pub mod morph;
pub mod naming;
pub mod place_surname;
pub mod postposed;
pub mod rules;
pub mod surname_alone;
pub mod words;

use crate::document::Document;
use crate::extract::{Context, Extraction, Extractor};
use crate::output::{Person, TextSpan};
use crate::span::Span;
use rules::{Ctx, NameCand};
use std::ops::Range;

/// The people extractor.
pub struct People;

/// Keeps the longest of overlapping candidates (earlier ones win ties).
fn resolve(mut c: Vec<NameCand>) -> Vec<NameCand> {
    c.sort_by_key(|x| (std::cmp::Reverse(x.last - x.first), x.first));
    // Tokens taken so far, as sorted disjoint (first, last) pairs: one
    // binary search per candidate.
    // (Both made at their largest size: no regrowth.)
    let mut occupied: Vec<(usize, usize)> = Vec::with_capacity(c.len());
    let mut taken: Vec<NameCand> = Vec::with_capacity(c.len());
    for cand in c {
        let i = occupied.partition_point(|&(_, last)| last < cand.first);
        if occupied.get(i).is_none_or(|&(first, _)| cand.last < first) {
            occupied.insert(i, (cand.first, cand.last));
            taken.push(cand);
        }
    }
    taken.sort_by_key(|t| t.first);
    taken
}

/// Finds the person mentions of a document; `blocked` are normalized byte
/// ranges already taken by other entities, `places` those of places (sorted
/// by start); the month names written as dates («شهر رمضان») are blocked
/// too. Returns them with the place mentions read as a surname instead
/// («برناردينو ليون»).
pub fn candidates<'a>(
    doc: &'a Document,
    blocked: &[Range<usize>],
    places: &[Range<usize>],
) -> (Vec<NameCand<'a>>, Vec<Range<usize>>) {
    // (As `Gazetteer::find`: the longest matches, sorted by groups.)
    let titles = crate::extract::organizations::lexicon::longest_in_groups(
        lexicon::lexicon().titles.find_all(doc),
    );
    let title_ranges: Vec<Range<usize>> = titles.iter().map(|m| m.range.clone()).collect();
    // (The month names written as dates are blocked by the analysis.)
    let (info, anchors) = words::analyse_with_anchors_and_months(doc, blocked, &title_ranges);
    let ctx = Ctx::new(doc, &info);
    // «مطار الملك خالد»: names of facilities are no person mentions.
    let mut taken = vec![false; info.len()];
    for (first, last) in facilities::named_after_heads(&ctx, anchors.facility_heads.iter().copied())
    {
        for t in taken.iter_mut().take(last + 1).skip(first) {
            *t = true;
        }
    }
    let named = taken.clone();
    let mut cands: Vec<NameCand> = resolve(rules::titled(&ctx, &titles, &anchors.cues))
        .into_iter()
        .filter(|c| !(c.first..=c.last).any(|t| named[t]))
        .collect();
    let mark = |taken: &mut Vec<bool>, cs: &[NameCand]| {
        for c in cs {
            for t in taken.iter_mut().take(c.last + 1).skip(c.first) {
                *t = true;
            }
        }
    };
    mark(&mut taken, &cands);
    // «ناصر الجديع» alone on its line: a columnist's byline.
    let bylines = byline::bylines(&ctx, &taken);
    mark(&mut taken, &bylines);
    cands.extend(bylines);
    // «لندن : علي الصالح»: a correspondent after a dateline.
    let bylines = byline::datelines(&ctx, &taken);
    mark(&mut taken, &bylines);
    cands.extend(bylines);
    // «خالد علي- سبق- جدة:»: a reporter's name before the source.
    let bylines = byline::dash_bylines(&ctx, &taken);
    mark(&mut taken, &bylines);
    cands.extend(bylines);
    // «رجل يدعى آدم بولين»: a name after a naming verb.
    let called = naming::named_after_cues(&ctx, &taken, anchors.naming_cues.iter().copied());
    mark(&mut taken, &called);
    cands.extend(called);
    // «دينغ ون جي»: East Asian names of three syllables.
    let east = east_asian::untitled_from(&ctx, &taken, anchors.east_asian.iter().copied());
    mark(&mut taken, &east);
    cands.extend(east);
    let (mut more, lone) = rules::untitled(&ctx, &taken, &anchors.readings);
    mark(&mut taken, &more);
    // «أريادني أوليفر»: a foreign given name used as a surname.
    rules::extend_left(&ctx, &mut more, &mut taken);
    cands.extend(more);
    // «فيليب جوردون … وهاجم جوردون فكرة»: a surname seen before, alone.
    surname_alone::shorten(&ctx, &mut cands, &mut taken);
    let mut known = resolve(rules::known(&ctx, &cands, &taken, &anchors.nameable));
    mark(&mut taken, &known);
    // «سكارليت أوهارا»: an unknown given name before a surname seen again.
    rules::extend_known_left(&ctx, &mut known, &mut taken);
    cands.extend(known);
    let mut singles = rules::untitled_singles(&ctx, &taken, lone);
    mark(&mut taken, &singles);
    rules::extend_left(&ctx, &mut singles, &mut taken);
    // Family and dynasty names after «أسرة، عشيرة، عائلة».
    let clans = rules::clans(&ctx, &taken, &anchors.clans);
    mark(&mut taken, &clans);
    singles.extend(clans);
    cands.extend(singles.iter().cloned());
    // Names first seen alone (a foreign surname) are found elsewhere too.
    let mut again = resolve(rules::known(&ctx, &singles, &taken, &anchors.nameable));
    mark(&mut taken, &again);
    rules::extend_known_left(&ctx, &mut again, &mut taken);
    cands.extend(again);
    cands.sort_by_key(|c| c.first);
    // A lexicon name after a name and «و» is the next name of a list
    // («صلاح بوسريف وحسن نجمي»), even when it is an everyday word.
    let listed = rules::coordinated(&ctx, &cands, &mut taken);
    // «يذكر أن كانافارو انضم»: a foreign subject after «أن/إن», when no
    // other rule took the word.
    let subjects =
        complementizer::after_complementizer(&ctx, &taken, &cands, &anchors.complementizers);
    mark(&mut taken, &subjects);
    // «… ودان حالوتس» then «وكان حالوتس قد أقر»: a full name first found
    // in a list, and a subject after «أن», are found elsewhere too (not
    // a single word of a list, weaker evidence: «مسلمة وعمر»).
    let seeds: Vec<NameCand> = listed
        .iter()
        .filter(|c| c.last > c.first)
        .chain(subjects.iter())
        .cloned()
        .collect();
    let mut again = resolve(rules::known(&ctx, &seeds, &taken, &anchors.nameable));
    mark(&mut taken, &again);
    rules::extend_known_left(&ctx, &mut again, &mut taken);
    cands.extend(listed);
    cands.extend(subjects);
    cands.extend(again);
    cands.sort_by_key(|c| c.first);
    // «دي ستيفانو»: a foreign particle before a foreign name.
    rules::particle_left(&ctx, &mut cands, &mut taken);
    // «وكتب ابن تيمية»: «ابن» before a name found without it.
    cues::ibn_left(&ctx, &mut cands, &mut taken);
    // «أشرف العربي وزير التخطيط المصري»: a title after the name.
    postposed::attach(&ctx, &titles, &mut cands);
    cands.retain(|c| {
        !cut_word_in_marks(doc, c)
            && !feast_in_name(&ctx, c)
            && !ctx.nunated(c.first).is_some_and(|fath| {
                // The first word of a longer name takes no tanwin: «عيدٌ
                // سعيدٌ» is a greeting. A name in ا takes none either
                // («دينا»: «ديناً» is a religion); another, vocalized, may
                // («محمدٌ»).
                c.first != c.last
                    || fath && ctx.key(c.first).ends_with('ا')
                    || !ctx.info[c.first].name.is_some_and(|(_, f)| f.safe_name())
            })
    });
    // «المبعوث الأممي برناردينو ليون»: a place after a foreign given name.
    let surnames = place_surname::extend(&ctx, places, &mut cands);
    (cands, surnames)
}

/// An entity's id: `prefix` and the number `n` in decimal digits
/// (`format!("{prefix}{n}")`, without the formatting machinery).
pub(crate) fn numbered_id(prefix: char, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(prefix.len_utf8() + digits.len() - at);
    id.push(prefix);
    for &d in &digits[at..] {
        id.push(char::from(d));
    }
    id
}

/// Removes the place mentions whose normalized range is one of `taken`
/// (read as a surname), the places left without a mention, and numbers the
/// places again.
fn drop_places(
    out: &mut Extraction,
    taken: &[Range<usize>],
    normalized: impl Fn(&TextSpan) -> Range<usize>,
) {
    for p in &mut out.places {
        p.mentions.retain(|m| !taken.contains(&normalized(m)));
    }
    out.places.retain(|p| !p.mentions.is_empty());
    for (i, p) in out.places.iter_mut().enumerate() {
        p.id = numbered_id('l', i + 1);
    }
}

/// Names of feasts after «عيد» (matching keys): «خطاب عيد الفطر» is a speech
/// of the feast, not a person «… عيد» (the given name «عيد» stays: «عيد
/// الزارع»).
const FEASTS: &[&str] = &[
    "الفطر",
    "الاضحي",
    "الميلاد",
    "الفصح",
    "الاستقلال",
    "الحب",
    "الام",
    "العمال",
    "الجلوس",
    "الشكر",
];

/// True when the name holds «عيد» before the name of a feast (see
/// [`FEASTS`]), inside it or right after it.
fn feast_in_name<'a>(ctx: &Ctx<'a, '_>, c: &NameCand<'a>) -> bool {
    (c.first..=c.last)
        .any(|t| ctx.key(t) == "عيد" && ctx.next(t).is_some_and(|n| FEASTS.contains(&ctx.key(n))))
}

/// True when the name is one word alone in quotation marks with a proclitic
/// cut off it: «الفرقاطة «فريم»» is the word فريم, not ف + ريم.
fn cut_word_in_marks(doc: &Document, c: &NameCand) -> bool {
    const OPEN: &[char] = &['«', '"', '“', '\''];
    const CLOSE: &[char] = &['»', '"', '”', '\''];
    let toks = doc.tokens();
    let t = &toks[c.first];
    let norm = doc.norm();
    c.first == c.last
        && c.range.start > t.range.start
        && norm[..t.range.start].trim_end().ends_with(OPEN)
        && norm[t.range.end..].trim_start().starts_with(CLOSE)
}

impl Extractor for People {
    fn name(&self) -> &'static str {
        "people"
    }

    fn extract(&self, doc: &Document, _ctx: &Context, out: &mut Extraction) {
        let norm = doc.normalized();
        // (The ranges the organizations extractor left, when they are those
        // of the place mentions; else converted here.)
        let mentions: usize = out.places.iter().map(|p| p.mentions.len()).sum();
        let mut places: Vec<Range<usize>> = if out.place_ranges.len() == mentions {
            std::mem::take(&mut out.place_ranges)
        } else {
            crate::extract::organizations::place_ranges(doc, &out.places)
        };
        places.sort_by_key(|r| r.start);
        let blocked: Vec<Range<usize>> = out
            .organizations
            .iter()
            .flat_map(|o| &o.mentions)
            .map(|m| norm.to_normalized(Span::new(m.start, m.end)))
            .chain(places.iter().cloned())
            .collect();
        // («شهر رمضان»: a month in a date is no person; `candidates` blocks
        // those too.)
        let (cands, surnames) = candidates(doc, &blocked, &places);
        if !surnames.is_empty() {
            drop_places(out, &surnames, |m| {
                norm.to_normalized(Span::new(m.start, m.end))
            });
        }
        let lex = lexicon::lexicon();
        // A one-word mention followed by punctuation, the end of its
        // sentence or a function word, also after a proclitic («بأنه»),
        // (no name part: «علي» may be one).
        let toks = doc.tokens();
        let closed = |i: usize| {
            let last = cands[i].last;
            toks.get(last + 1).is_none_or(|n| {
                n.sentence != toks[last].sentence
                    || !crate::extract::words::clean_gap(doc, last, last + 1)
                    || {
                        let k = doc.token_key(n);
                        let bare = k
                            .strip_prefix(['و', 'ف', 'ب', 'ل'])
                            .filter(|r| r.chars().nth(1).is_some())
                            .unwrap_or(k);
                        bare != "علي" && crate::extract::words::is_stopword(bare)
                    }
            })
        };
        let groups = cluster::cluster(
            &cands,
            |k| lex.particles.contains_key(k),
            closed,
            |k| lex.names.contains_key(k),
            |i| {
                // (Not «الشيخ» inside a Mauritanian name: «ولد الشيخ أحمد».)
                cands[i].title.as_ref().is_some_and(|(r, _)| {
                    let last = doc.key()[r.clone()].rsplit(' ').next().unwrap_or("");
                    matches!(
                        last,
                        "الملك" | "الامير" | "الاميره" | "السلطان" | "الشيخ" | "الشيخه"
                    ) && !doc.key()[..r.start].trim_end().ends_with("ولد")
                })
            },
        );
        let text_span = |r: &Range<usize>| {
            let span = doc.span(r.clone());
            TextSpan {
                text: doc.original_slice(span).to_string(),
                start: span.start,
                end: span.end,
            }
        };
        let base = out.people.len();
        for (gi, members) in groups.into_iter().enumerate() {
            // How often each form occurs in the group (counted once, not
            // per member: a group may have thousands of mentions).
            // (A group of one mention is named by it: no count.)
            let best = match members.as_slice() {
                [only] => *only,
                _ => {
                    let mut counts: crate::extract::words::FastMap<&[rules::Key], usize> =
                        Default::default();
                    for &i in &members {
                        *counts.entry(cands[i].keys.as_slice()).or_default() += 1;
                    }
                    members
                        .iter()
                        .copied()
                        .max_by_key(|&i| {
                            (
                                cluster::words(&cands[i].keys),
                                cands[i].keys.len(),
                                counts.get(cands[i].keys.as_slice()).copied().unwrap_or(0),
                                std::cmp::Reverse(cands[i].range.start),
                            )
                        })
                        .unwrap_or(members[0])
                }
            };
            let mut titles: Vec<String> = Vec::new();
            let mut country = None;
            for &i in &members {
                if let Some((r, cc)) = &cands[i].title {
                    let t = title_text(doc, r);
                    if !titles.contains(&t) {
                        titles.push(t);
                    }
                    if country.is_none() {
                        country = cc.clone();
                    }
                }
            }
            let mentions: Vec<TextSpan> = members
                .iter()
                .map(|&i| text_span(&cands[i].range))
                .collect();
            // (The name is the best member's mention, converted once.)
            let name = members.iter().position(|&i| i == best).map_or_else(
                || text_span(&cands[best].range).text,
                |m| mentions[m].text.clone(),
            );
            out.people.push(Person {
                id: numbered_id('p', base + gi + 1),
                name,
                mentions,
                titles,
                country,
            });
        }
    }
}

#[cfg(test)]
mod tests;

/// The text of a title: its original slice without a conjunction, with the
/// article restored after a fused «لل» («للصحفي» → «الصحفي», «للاعب» →
/// «اللاعب»; «والتونسي» → «التونسي»).
fn title_text(doc: &Document, r: &Range<usize>) -> String {
    let text = doc.original_slice(doc.span(r.clone()));
    let key = doc.key();
    let Some(k) = key.get(r.clone()) else {
        return text.to_string();
    };
    let titles = &lexicon::lexicon().single_titles;
    let first = k.split(' ').next().unwrap_or(k);
    // (Not a title that begins with و: «والي».)
    if let Some(rest) = text.strip_prefix(['و', 'ف'])
        && k.strip_prefix(['و', 'ف'])
            .is_some_and(|k| k.starts_with("ال"))
        && !titles.contains(first)
    {
        return rest.to_string();
    }
    let fused = k.starts_with('ل')
        && !k.starts_with("ال")
        && key.get(..r.start).is_some_and(|b| b.ends_with('ل'));
    if !fused {
        return text.to_string();
    }
    // «لاعب» (from «للاعب»: ل + ال + لاعب) is a title with its article
    // before it; «لصحفي» (from «للصحفي») has the article's ل in it.
    if titles.contains(&format!("ال{first}")) {
        return format!("ال{text}");
    }
    match text.strip_prefix('ل') {
        Some(rest) => format!("ال{rest}"),
        None => text.to_string(),
    }
}
