//! Rules on a single gazetteer match: what part of it is the mention, and
//! whether it is an office title, a club, an adjective or a dateline.

use super::context::prev_of;
#[cfg(doc)]
use super::context::{next_token, prev_token};
use super::demonym;
use super::lexicon::lexicon;
use super::triggers::{Role, exact, trigger};
use crate::document::Document;
use crate::extract::words::FastSet;
use crate::lexicon::LexMatch;
use std::ops::Range;
use std::sync::OnceLock;

/// The part of a gazetteer name that is the mention, as for «مدينة X» where
/// X alone is the mention: a leading head noun (مدينة، محافظة …) is left out
/// unless the place is a country; a leading generic or direction word
/// (قطاع، دولة، جنوب …) is left out when the rest is itself a listed name of
/// the same place, or of any place when this one is not a country («قطاع
/// غزة» → غزة, «دولة قطر» → قطر, but «جنوب السودان» stays whole); a trailing
/// epithet is left out too («مكة المكرمة» → مكة).
pub fn trim_mention(key: &str, name: Range<usize>, place: u32) -> Range<usize> {
    let lex = lexicon();
    let mut r = name;
    let info = &lex.places[place as usize];
    let broad = matches!(info.kind, "country" | "territory" | "continent");
    // Word by word: «جنوب شرق آسيا» → «شرق آسيا» → «آسيا».
    while let Some((first, rest)) = key[r.clone()].split_once(' ') {
        let role = exact(first).map(|t| t.role);
        let known_rest = lex
            .readings_of(rest)
            .is_some_and(|rs| !broad || rs.iter().any(|x| x.place == place));
        if (role == Some(Role::Head) && !broad) || (role == Some(Role::HeadKnown) && known_rest) {
            r.start += first.len() + 1;
        } else {
            break;
        }
    }
    let text = &key[r.clone()];
    if let Some((before, last)) = text.rsplit_once(' ')
        && exact(last).is_some_and(|t| t.role == Role::Epithet)
    {
        r.end = r.start + before.len();
    }
    r
}

/// True when the name after token `prev` (its [`prev_token`]) ends an
/// office title: «وزير خارجية X»، «رئيس وزراء X» (X is part of the title,
/// as a demonym would be).
pub fn in_title(doc: &Document, prev: Option<usize>) -> bool {
    let tokens = doc.tokens();
    let Some(p) = prev else {
        return false;
    };
    if exact(doc.token_key(&tokens[p])).is_none_or(|t| t.role != Role::Portfolio) {
        return false;
    }
    prev_of(doc, p)
        .and_then(|o| trigger(doc.token_key(&tokens[o])))
        .is_some_and(|t| t.role == Role::Office)
}

/// What [`club_or_adjective`] found.
#[derive(Clone, Copy, Debug)]
pub struct ClubOrAdjective {
    /// A masculine demonym or a city's nisba follows: the name is a club's.
    pub club: bool,
    /// A demonym used as an adjective of the definite noun before it.
    pub adjective: bool,
}

/// Whether the match is not a place but a club or an adjective:
/// «ليون الفرنسي» (a place followed by a masculine definite demonym names a
/// team), «العائلة المالكة السعودية» (a country name that is also a
/// feminine demonym, right after a definite word, is an adjective).
/// `prev` and `next` are the match's [`prev_token`] and [`next_token`].
pub fn club_or_adjective(
    doc: &Document,
    m: &LexMatch,
    prev: Option<usize>,
    next: Option<usize>,
) -> ClubOrAdjective {
    let tokens = doc.tokens();
    let key = doc.key();
    let club = next.is_some_and(|t| {
        let w = doc.token_key(&tokens[t]);
        w.starts_with("ال")
            && (demonym::demonym_of_key(w).is_some_and(|d| d.gender_number == "m.sg")
                || city_nisba(w))
    });
    let adjective = !m.has_prefix()
        && prev.is_some_and(|p| {
            let w = doc.token_key(&tokens[p]);
            (w.starts_with("ال") || w.starts_with("وال")) && trigger(w).is_none()
        })
        && demonym::demonym_of_key(&key[m.name.clone()]).is_some();
    ClubOrAdjective { club, adjective }
}

/// True when a word (matching key) is the definite masculine nisba of a
/// listed city: «الفاسي» (فاس), «التطواني» (تطوان). After a place it names a
/// club: «المغرب الفاسي», as «ليون الفرنسي» does with a demonym.
fn city_nisba(word: &str) -> bool {
    let Some(stem) = word
        .strip_prefix("ال")
        .and_then(|w| w.strip_suffix('ي'))
        .filter(|s| s.chars().count() >= 3)
    else {
        return false;
    };
    lexicon().readings_of(stem).is_some_and(|rs| {
        rs.iter()
            .all(|r| lexicon().places[r.place as usize].kind == "city")
    })
}

/// True when a blocker stands before the opening quotation mark right
/// before the match: «جامعة "باري الدو مورو"» (a university named after
/// Bari), «صحيفة «القدس»», as the blocker does without the mark.
pub fn blocker_before_quote(doc: &Document, m: &LexMatch) -> bool {
    let key = doc.key();
    let before = key[..m.range.start].trim_end();
    let Some(open) = before.strip_suffix(['«', '"', '“', '\'']) else {
        return false;
    };
    open.trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .and_then(trigger)
        .is_some_and(|t| t.role == Role::Blocker)
}

/// Direction adjectives (matching keys) that are also places' names
/// («الشرقية»: Saudi Arabia's Eastern Province, Egypt's Sharqia).
const DIRECTION_ADJECTIVES: &[&str] = &[
    "الشرقيه",
    "الغربيه",
    "الشماليه",
    "الجنوبيه",
    "الشرقي",
    "الغربي",
    "الشمالي",
    "الجنوبي",
    "الوسطي",
];

/// True when the match is a bare direction adjective right after another
/// place, with nothing but white space between: the adjective of that place
/// («أفريقيا الشرقية»: East Africa, not Africa and the Eastern Province).
/// `before` is the previous gazetteer match.
pub fn direction_after_place(doc: &Document, m: &LexMatch, before: Option<&LexMatch>) -> bool {
    let key = doc.key();
    !m.has_prefix()
        && DIRECTION_ADJECTIVES.contains(&&key[m.name.clone()])
        && before.is_some_and(|b| {
            b.range.end <= m.range.start
                && key[b.range.end..m.range.start]
                    .chars()
                    .all(char::is_whitespace)
        })
}

/// True when the match's original text carries tanween (ً ٌ ٍ): an
/// indefinite adjective, never a place's name («16 حاجًا ماليزيًا»:
/// Malaysian, not Malaysia).
pub fn nunated(doc: &Document, m: &LexMatch) -> bool {
    doc.nunated(m.name.clone())
}

/// True when the match names an exhibition: «معرض X للـY» («معرض الخليج
/// للتعليم والتدريب»), a name like a festival's or a competition's. Without
/// the ل phrase the place stays («معرض صنعاء الدولي للكتاب»: a fair held in
/// Sanaa).
/// `prev` and `next` are the match's [`prev_token`] and [`next_token`].
pub fn exhibition(doc: &Document, prev: Option<usize>, next: Option<usize>) -> bool {
    let tokens = doc.tokens();
    prev.is_some_and(|p| {
        let w = doc.token_key(&tokens[p]);
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        let w = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
        w == "معرض"
    }) && next.is_some_and(|n| doc.token_key(&tokens[n]).starts_with("لل"))
}

/// True when a country's name in parentheses follows the match: «ليفربول
/// (إنجلترا)», «روما (إيطاليا)», as team lists and results name clubs.
pub fn country_in_parentheses(doc: &Document, m: &LexMatch) -> bool {
    let lex = lexicon();
    let rest = doc.key()[m.range.end..].trim_start();
    let Some(inner) = rest.strip_prefix('(') else {
        return false;
    };
    let Some((inner, _)) = inner.split_once(')') else {
        return false;
    };
    let inner = inner.trim();
    inner.len() <= 60
        && lex.readings_of_key(inner).is_some_and(|rs| {
            rs.iter()
                .any(|r| !r.ambiguous && lex.places[r.place as usize].kind == "country")
        })
}

/// True when the match opens its sentence and a dash or colon follows it:
/// a dateline («عمان – بترا :», «الرياض - واس»).
pub fn dateline(doc: &Document, m: &LexMatch) -> bool {
    let opens = doc
        .token_at(m.range.start)
        .is_some_and(|t| doc.sentences()[doc.tokens()[t].sentence].first_token == t);
    opens
        && doc.key()[m.range.end..]
            .trim_start()
            .starts_with(['-', '–', '—', ':', 'ـ'])
}

/// True when the match, without proclitics, is the whole of a quotation
/// («الشرق الأوسط»، "الأهرام"): the title of a newspaper, book or programme
/// named after a place, not the place.
///
/// A head noun before the opening quote makes it the place after all:
/// «مدينة "برلين" الألمانية».
pub fn quoted_title(doc: &Document, m: &LexMatch) -> bool {
    let key = doc.key();
    let before = key[..m.range.start].trim_end();
    let Some(open) = before.strip_suffix(['«', '"', '“', '\'']) else {
        return false;
    };
    let after_head = open
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .and_then(trigger)
        .is_some_and(|t| matches!(t.role, Role::Head | Role::HeadKnown));
    !m.has_prefix()
        && !after_head
        && key[m.range.end..]
            .trim_start()
            .starts_with(['»', '"', '”', '\''])
}

/// Words of a match report (folded matching keys): a city named near one of
/// them without a locative word is a club («تعادل ليفربول مع تشلسي»).
const SPORT_WORDS: &[&str] = &[
    "مباراه",
    "المباراه",
    "مباريات",
    "المباريات",
    "الدوري",
    "دوري",
    "هدف",
    "هدفا",
    "الهدف",
    "اهداف",
    "الاهداف",
    "الشوط",
    "تعادل",
    "بالتعادل",
    "التعادل",
    "ملعب",
    "الملعب",
    "المدرب",
    "مدرب",
    "مرمي",
    "المرمي",
    "ضيفه",
    "مضيفه",
    "الفريق",
    "فريق",
    "اللاعب",
    "لاعب",
    "النادي",
    "نادي",
    "الكره",
    "البطوله",
    "الكاس",
    "المنتخب",
    "الجوله",
    "هداف",
    "الهداف",
    "المجموعه",
    "جزاء",
    "ركله",
    "ركلات",
    "شباك",
    "الشباك",
    "مهاجم",
    "المهاجم",
    "الحارس",
    "الذهاب",
    "الاياب",
    "ذهاب",
    "اياب",
    "الصداره",
    "المتصدر",
    "متذيل",
    "الوصيف",
    // twenty-fifth session: friendlies («الاتحاد يختتم ودياته بمواجهة
    // تورينو»)
    "ودياته",
    "وديات",
    "الوديات",
    "الوديه",
    "بمواجهه",
    "مواجهه",
    "لمواجهه",
];

/// Sport words that are also everyday words (folded matching keys): «احتلت
/// مركز الصدارة» (the lead, of a ranking). One of them alone near a city
/// does not make it a club; with another sport word it does. (The other
/// everyday sport words, الهدف، المجموعة، الجولة …, are needed alone: team
/// lists such as «المجموعة الثالثة: ليفربول» have no other.)
/// «بمواجهة» (facing, also «بمواجهة الإرهاب») and «الودية» (friendly,
/// also «العلاقات الودية») are among them.
const WEAK_SPORT_WORDS: &[&str] = &[
    "الصداره",
    "بمواجهه",
    "مواجهه",
    "لمواجهه",
    "الوديه",
    "الوديات",
];

/// How strongly token `t` says "match report": 2 for a sport word of
/// [`SPORT_WORDS`], 1 for one of [`WEAK_SPORT_WORDS`], else 0 (with or
/// without a leading و/ف).
pub fn sport_weight(doc: &Document, t: usize) -> u8 {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| SPORT_WORDS.iter().copied().collect());
    let w = doc.token_key(&doc.tokens()[t]);
    // (A word whose و is its own, «ودياته», as written first.)
    let w = Some(w)
        .filter(|w| w.starts_with('و') && set.contains(w))
        .unwrap_or_else(|| {
            w.strip_prefix('و')
                .or_else(|| w.strip_prefix('ف'))
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(w)
        });
    if !set.contains(w) {
        0
    } else if WEAK_SPORT_WORDS.contains(&w) {
        1
    } else {
        2
    }
}

/// How near (in tokens, same sentence) a sport word makes a city a club.
pub const SPORT_NEAR: usize = 4;
