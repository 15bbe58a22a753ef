//! East Asian (Chinese, Korean) names written in Arabic letters: a family
//! name of one syllable and a given name of one or two more («دينغ ون جي»،
//! «قو يو شنغ»، «تشن مين جن»، «اسماعيل وانغ قوانغ شوى»). Each syllable is a
//! short word no lexicon knows, so the name rules stopped after the family
//! name. The syllables and family names below are the common Arabic
//! spellings of pinyin and Korean syllables (general knowledge), in the
//! match-key form (ى → ي، ة → ه، أ/إ/آ → ا).

use super::rules::{Ctx, Key, NameCand};
use crate::extract::word_class::{EAST_ASIAN_SURNAME, token_may_be};
use crate::extract::words::FastSet;
use std::sync::OnceLock;

/// Syllables of Chinese and Korean names besides the family names of
/// [`SURNAMES`], which are syllables too.
const SYLLABLES: &[&str] = &[
    "جاو",
    "جو",
    "سو",
    "خو",
    "تشينغ",
    "جنغ",
    "لو",
    "شيه",
    "فانغ",
    "بنغ",
    "تسنغ",
    "يو",
    "دو",
    "شيا",
    "مين",
    "جن",
    "يي",
    "جونغ",
    "هوا",
    "شينغ",
    "شنغ",
    "يونغ",
    "جون",
    "جيان",
    "قوانغ",
    "غوانغ",
    "هاي",
    "سي",
    "ون",
    "وين",
    "جي",
    "شيانغ",
    "هوي",
    "تشيو",
    "شاو",
    "خاي",
    "ليان",
    "ماو",
    "تاو",
    "باو",
    "داو",
    "كاي",
    "كون",
    "كوانغ",
    "لانغ",
    "لونغ",
    "مو",
    "نينغ",
    "نان",
    "بينغ",
    "بو",
    "بي",
    "تشي",
    "تشيانغ",
    "تشوان",
    "تشون",
    "تشيان",
    "رونغ",
    "رن",
    "شان",
    "شانغ",
    "شيو",
    "شين",
    "شون",
    "شوي",
    "تينغ",
    "تونغ",
    "تسي",
    "تسو",
    "يان",
    "ياو",
    "يين",
    "ين",
    "يون",
    "فاي",
    "فن",
    "غانغ",
    "غونغ",
    "قانغ",
    "قونغ",
    "هانغ",
    "هونغ",
    "هونج",
    "هينغ",
    "كوون",
    "هيون",
    "هيونغ",
    "سانغ",
    "سيونغ",
    "كيونغ",
    "ميونغ",
    "بيونغ",
    "تشول",
    "تاي",
    "تايك",
    "سوك",
    "هيوك",
    "جاي",
    "نام",
    "بيك",
    "كواك",
    "هون",
    "شينج",
    "جيون",
    "دوك",
];

/// Common East Asian family names (the first syllable of a name).
pub const SURNAMES: &[&str] = &[
    "وانغ",
    "وانج",
    "لي",
    "تشانغ",
    "تشانج",
    "جانغ",
    "جانج",
    "ليو",
    "تشن",
    "تشين",
    "يانغ",
    "يانج",
    "هوانغ",
    "هوانج",
    "خوانغ",
    "تشاو",
    "وو",
    "تشو",
    "شو",
    "سون",
    "ما",
    "هو",
    "قوه",
    "قو",
    "غوه",
    "لين",
    "قاو",
    "غاو",
    "ليانغ",
    "تشنغ",
    "سونغ",
    "تانغ",
    "هان",
    "فنغ",
    "دينغ",
    "دنغ",
    "تساو",
    "شياو",
    "تيان",
    "دونغ",
    "يوان",
    "جيانغ",
    "تساي",
    "وي",
    "شي",
    "جين",
    "جيا",
    "فو",
    "منغ",
    "مينغ",
    "كيم",
    "بارك",
    "تشوي",
    "كانغ",
];

/// Arabic function words that are also syllables: a name part only before
/// another syllable or a clear end (punctuation, the end of the text).
fn function_word(k: &str) -> bool {
    matches!(k, "لي" | "ما" | "هو" | "هي" | "بي")
}

/// The longest syllable in bytes (six Arabic letters).
const MAX_BYTES: usize = 12;

/// [`SYLLABLES`] and [`SURNAMES`] as sets (looked up at every token).
fn sets() -> &'static (FastSet<&'static str>, FastSet<&'static str>) {
    static SETS: OnceLock<(FastSet<&'static str>, FastSet<&'static str>)> = OnceLock::new();
    SETS.get_or_init(|| {
        (
            SYLLABLES
                .iter()
                .chain(SURNAMES)
                .copied()
                .chain(["هي"])
                .collect(),
            SURNAMES.iter().copied().collect(),
        )
    })
}

/// A syllable of an East Asian name (match-key form).
pub fn syllable(k: &str) -> bool {
    k.len() <= MAX_BYTES && sets().0.contains(k)
}

/// A common East Asian family name (match-key form).
pub fn surname(k: &str) -> bool {
    k.len() <= MAX_BYTES && sets().1.contains(k)
}

/// Two syllables written as one word («غوانغيا»، «ليانماو»), each of two
/// letters or more.
fn two_syllables(k: &str) -> bool {
    let n = k.chars().count();
    (2..n.saturating_sub(1)).any(|i| {
        let b = k.char_indices().nth(i).map_or(k.len(), |(b, _)| b);
        let (a, z) = k.split_at(b);
        // «يا» (ya) only ends a word: alone it is the vocative particle.
        syllable(a) && (syllable(z) || z == "يا")
    })
}

/// May token `j` continue the name `cand_first..=last` as a syllable of an
/// East Asian given name? The name ends in a run of one or two syllables
/// that begins with a family name («دينغ» + «ون»، «قو يو» + «شنغ»), or in
/// an Arabic given name before a family name and a syllable («حبيب» + «ما
/// جونغ يي»). A function word («لي»، «ما») needs a syllable or
/// punctuation after it («وانغ يي في» stops at «في»).
///
/// Every such name has a family name at `j`, at `last` or just before it:
/// when none of these tokens has the family names' word class, the answer
/// is no without reading a key.
pub fn continues(ctx: &Ctx, cand_first: usize, last: usize, j: usize) -> bool {
    let may_be_surname = |t: usize| token_may_be(ctx.doc.token_splits(t), EAST_ASIAN_SURNAME);
    (may_be_surname(j) || may_be_surname(last) || last > cand_first && may_be_surname(last - 1))
        && continues_by_keys(ctx, cand_first, last, j)
}

/// [`continues`] without the test of the word classes.
fn continues_by_keys(ctx: &Ctx, cand_first: usize, last: usize, j: usize) -> bool {
    let w = &ctx.info[j];
    let k = ctx.key(j);
    if w.blocked || w.number || w.definite || w.place || w.title || w.particle.is_some() {
        return false;
    }
    let plain_syllable = |t: usize| {
        let x = &ctx.info[t];
        syllable(ctx.key(t)) && !x.stop && !x.number && !x.definite && !function_word(ctx.key(t))
    };
    // The run of syllables that ends the name.
    let mut start = last + 1;
    while start > cand_first && syllable(ctx.key(start - 1)) && last + 1 - (start - 1) <= 3 {
        start -= 1;
    }
    let run = last + 1 - start;
    let after = ctx.next(j);
    let end_after =
        after.is_none() || after.is_some_and(|n| ctx.boundary_word(n) || ctx.info[n].title);
    if run == 0 {
        // «حبيب ما جونغ يي»: an Arabic given name, a family name and a
        // syllable.
        return last == cand_first
            && ctx.info[last].name.is_some()
            && surname(k)
            && after.is_some_and(|n| plain_syllable(n) && ctx.next(n).is_some());
    }
    if run > 2 || !surname(ctx.key(start)) || start > cand_first + 1 {
        return false;
    }
    if syllable(k) {
        return if function_word(k) || w.stop {
            after.is_none() || after.is_some_and(plain_syllable)
        } else {
            true
        };
    }
    // «وانغ غوانغيا»: a given name of two syllables written as one word,
    // right after a family name alone and before a clear end.
    run == 1 && start == last && w.unknown() && two_syllables(k) && end_after
}

/// East Asian names of three syllables with no title before them: a
/// family name and two syllables, none an Arabic function word but a
/// first «لي», before a clear end (punctuation, a function word, a title):
/// «ويعلق دينغ ون جي المشرف»، «قولهم ان لي تشاو شينغ وزير». Three such
/// short words in a row are hardly Arabic text. Skips tokens in `taken`.
pub fn untitled<'a>(ctx: &Ctx<'a, '_>, taken: &[bool]) -> Vec<NameCand<'a>> {
    untitled_from(ctx, taken, ctx.doc.tokens_of_class(EAST_ASIAN_SURNAME))
}

/// [`untitled`], with the tokens of the class [`EAST_ASIAN_SURNAME`] (in
/// text order: [`super::words::Anchors::east_asian`]).
pub fn untitled_from<'a>(
    ctx: &Ctx<'a, '_>,
    taken: &[bool],
    surnames: impl IntoIterator<Item = usize>,
) -> Vec<NameCand<'a>> {
    let toks = ctx.doc.tokens();
    let plain = |t: usize| {
        let x = &ctx.info[t];
        !taken[t]
            && syllable(ctx.key(t))
            && !function_word(ctx.key(t))
            && !x.stop
            && !x.number
            && !x.definite
            && !x.blocked
            && !x.place
            && !x.title
            && x.name.is_none_or(|(p, _)| p == 0)
    };
    let mut out = Vec::new();
    // The first token not passed over (after the last name taken).
    let mut next = 0;
    // Only a token of the family-name class may be one (every token, for
    // a document split before the class table was built).
    for i in surnames {
        if i < next {
            continue;
        }
        let k = ctx.key(i);
        let first_ok = !taken[i]
            && surname(k)
            && (plain(i) || k == "لي" && !ctx.info[i].blocked && !ctx.info[i].number);
        let rest = first_ok
            .then(|| ctx.next(i))
            .flatten()
            .filter(|&a| plain(a))
            .and_then(|a| ctx.next(a).filter(|&b| plain(b)));
        let Some(b) = rest else {
            continue;
        };
        let end = ctx
            .next(b)
            .is_none_or(|n| ctx.boundary_word(n) || ctx.info[n].title || ctx.info[n].stop);
        if end {
            out.push(NameCand {
                first: i,
                last: b,
                range: toks[i].range.start..toks[b].range.end,
                keys: (i..=b).map(|t| Key::Borrowed(ctx.key(t))).collect(),
                title: None,
            });
            next = b + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every family name [`untitled`] may start at is a token of the
    /// family-name class it passes over, with the class table built.
    #[test]
    fn surnames_have_the_class() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        let doc = crate::document::Document::new(
            "قال وانغ يي إن لي تشاو شينغ وكيم جين سو التقيا في بكين مع لي".to_string(),
        );
        let class: Vec<usize> = doc.tokens_of_class(EAST_ASIAN_SURNAME).collect();
        let surnames: Vec<usize> = (0..doc.tokens().len())
            .filter(|&i| surname(doc.token_key(&doc.tokens()[i])))
            .collect();
        assert!(surnames.len() >= 3, "{surnames:?}");
        assert!(surnames.iter().all(|i| class.contains(i)), "{class:?}");
        // «وكيم»: the class (after «و»), not a family name.
        assert!(class.contains(&7) && !surnames.contains(&7), "{class:?}");
    }

    /// [`continues`] (by the word classes first) answers as
    /// [`continues_by_keys`] for every name of up to four tokens and the
    /// token after it, in texts with and without East Asian names.
    #[test]
    fn continues_as_by_keys() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        let mut yes = 0;
        for text in [
            "ويعلق دينغ ون جي المشرف وقال وانغ غوانغيا إن حبيب ما جونغ يي وصل",
            "قولهم ان لي تشاو شينغ وزير و قو يو شنغ و تشن مين جن في بكين مع لي",
            "قال الرئيس باراك أوباما إن اسماعيل وانغ قوانغ شوى زار كيم جونغ أون",
        ] {
            let doc = crate::document::Document::new(text.to_string());
            let info = super::super::words::analyse(&doc, &[], &[]);
            let ctx = Ctx::new(&doc, &info);
            let n = info.len();
            for first in 0..n {
                for last in first..n.min(first + 4) {
                    for j in last + 1..n.min(last + 2) {
                        let by_keys = continues_by_keys(&ctx, first, last, j);
                        assert_eq!(
                            continues(&ctx, first, last, j),
                            by_keys,
                            "{text} {first} {last}"
                        );
                        yes += usize::from(by_keys);
                    }
                }
            }
        }
        assert!(yes >= 5, "{yes}");
    }

    #[test]
    fn syllable_tables() {
        for k in ["ون", "شنغ", "جونغ", "قوانغ"] {
            assert!(syllable(k), "{k}");
        }
        for k in ["غوانغيا", "ليانماو"] {
            assert!(two_syllables(k), "{k}");
        }
        for k in ["محمد", "اليوم", "وانغ", "مصر"] {
            assert!(!two_syllables(k), "{k}");
        }
    }
}
