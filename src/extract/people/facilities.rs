//! Names of people that name a facility, a prize, a cup or a league («مطار
//! الملك خالد»، «ملعب الأمير فيصل بن فهد»، «كأس الشيخ جاسم»، «دوري عبداللطيف
//! جميل»): no person mentions.

use super::rules::Ctx;
use crate::extract::word_class::{FACILITY_HEAD, token_may_be};

/// Facilities, prizes and cups named after a person (matching keys): «مطار
/// الملك خالد»، «استاد الملك فهد»، «كأس الشيخ جاسم»، «مسجد الحسن الثاني»
/// name the place or the prize, not the person.
pub(crate) const FACILITY_HEADS: &[&str] = &[
    "مطار",
    "استاد",
    "ستاد",
    "ملعب",
    "مسجد",
    "جامع",
    "مستشفي",
    "شارع",
    "قاعه",
    "مدرسه",
    "كليه",
    "جامعه",
    "كاس",
    "جايزه",
    // «دوري عبداللطيف جميل»: a league named after its sponsor.
    "دوري",
    "قاعده",
    "ميناء",
    "جسر",
    "برج",
    "حديقه",
    "متحف",
    "مكتبه",
    "معهد",
    "سجن",
    "بوابه",
    "كاتدراييه",
    "كنيسه",
    "مدينه",
    "مجمع",
    "ميدان",
    "ساحه",
    "طريق",
    "فندق",
];

/// True when `key` is a facility head of [`FACILITY_HEADS`], also after
/// one of the proclitics و ف ب ل ك («بمطار»، «لاستاد»).
pub(super) fn facility_head(key: &str) -> bool {
    static SET: std::sync::OnceLock<crate::extract::words::FastSet<String>> =
        std::sync::OnceLock::new();
    // Two to eight letters with a proclitic: rule out most words by length.
    (6..=20).contains(&key.len())
        && SET
            .get_or_init(|| {
                let mut set = crate::extract::words::FastSet::default();
                for h in FACILITY_HEADS {
                    set.insert((*h).to_string());
                    for p in ["و", "ف", "ب", "ل", "ك"] {
                        set.insert(format!("{p}{h}"));
                    }
                }
                set
            })
            .contains(key)
}

/// True when token `j` is a facility head, but not «طريق» in «عن طريق» (by
/// way of: «عن طريق لاعبه فلان»).
///
/// A token none of whose stems has the word class [`FACILITY_HEAD`] is
/// ruled out without reading its key.
pub(super) fn facility_head_at(ctx: &Ctx, j: usize) -> bool {
    if !token_may_be(ctx.doc.token_splits(j), FACILITY_HEAD) {
        return false;
    }
    let k = ctx.key(j);
    facility_head(k) && !(k == "طريق" && j > 0 && ctx.key(j - 1) == "عن")
}

/// Names of people that name a facility, a prize or a cup after its head
/// noun, with the royal or religious title between («مطار الملك خالد بن
/// عبد العزيز»، «ملعب الأمير فيصل بن فهد»): (first, last) token pairs that
/// no person mention may use.
pub fn named_after(ctx: &Ctx) -> Vec<(usize, usize)> {
    named_after_heads(ctx, ctx.doc.tokens_of_class(FACILITY_HEAD))
}

/// [`named_after`], with the tokens of the class [`FACILITY_HEAD`] (in text
/// order: [`super::words::Anchors::facility_heads`]).
pub fn named_after_heads(ctx: &Ctx, heads: impl IntoIterator<Item = usize>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // The word classes rule most tokens out without a look-up.
    for i in heads {
        if !facility_head_at(ctx, i) {
            continue;
        }
        let Some(j) = ctx.next(i) else { continue };
        // «مدينة الملك عبد العزيز للعلوم», «مدينة سلطان بن عبد العزيز», but
        // «مدينة نصر» is a town: after «مدينة» a title or a lineage.
        if ctx.key(i).ends_with("مدينه")
            && !ctx.info[j].title
            && !ctx
                .next(j)
                .is_some_and(|n| matches!(ctx.key(n), "بن" | "ابن"))
        {
            continue;
        }
        let start = if ctx.info[j].title {
            match ctx.next(j) {
                Some(s) => s,
                None => continue,
            }
        } else {
            j
        };
        let w = &ctx.info[start];
        if w.name.is_none() && w.particle.is_none() {
            continue;
        }
        if let Some(c) = ctx.grow(start, true) {
            out.push((j, c.last));
        }
    }
    out
}
