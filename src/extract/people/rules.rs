//! Person-name candidates from evidence: a title or role before a name, a
//! given name from the lexicons, name particles, and names already seen in
//! the article (surname alone, variant spellings of the given name).

use super::lexicon::NameFlags;
use super::morph::{preposition_before_consonant, preposition_letter};
use super::words::WordInfo;
use crate::document::Document;
use crate::extract::organizations::lexicon::{orgs, places};
use crate::extract::words::{FastMap as HashMap, clean_gap, lookup_stem};
use crate::lexicon::LexMatch;
use std::ops::Range;

/// A key of a name ([`NameCand::keys`]): a slice of the document's
/// matching key (a token's, the first without its proclitics), made a
/// string of its own only when it is no such slice («للقذافي» read
/// «القذافي», the article's alef given back). No string is allocated nor
/// copied for the others, nor when a candidate is cloned.
pub type Key<'a> = std::borrow::Cow<'a, str>;

/// `key` without its first `p` bytes (empty when byte `p` begins no
/// character of it): a slice still when `key` is one.
fn key_after<'a>(key: &Key<'a>, p: usize) -> Key<'a> {
    match key {
        Key::Borrowed(k) => Key::Borrowed(k.get(p..).unwrap_or("")),
        Key::Owned(k) => Key::Owned(k.get(p..).unwrap_or("").to_string()),
    }
}

/// A candidate mention of a person.
#[derive(Clone, Debug, PartialEq)]
pub struct NameCand<'a> {
    /// First token of the name.
    pub first: usize,
    /// Last token of the name (inclusive).
    pub last: usize,
    /// Byte range of the mention in the normalized text (proclitics left out).
    pub range: Range<usize>,
    /// Matching keys of the name's tokens (proclitics removed from the first).
    pub keys: Vec<Key<'a>>,
    /// The title before the name (normalized bytes) and the country of its demonym.
    pub title: Option<(Range<usize>, Option<String>)>,
}

impl<'a> NameCand<'a> {
    /// A name of the one token `j`, with no title.
    pub fn word(ctx: &Ctx<'a, '_>, j: usize) -> NameCand<'a> {
        NameCand {
            first: j,
            last: j,
            range: ctx.doc.tokens()[j].range.clone(),
            keys: vec![Key::Borrowed(ctx.key(j))],
            title: None,
        }
    }

    /// A name of the tokens `first..=last`, with no title.
    pub fn words(ctx: &Ctx<'a, '_>, first: usize, last: usize) -> NameCand<'a> {
        let toks = ctx.doc.tokens();
        NameCand {
            first,
            last,
            range: toks[first].range.start..toks[last].range.end,
            keys: (first..=last).map(|j| Key::Borrowed(ctx.key(j))).collect(),
            title: None,
        }
    }
}

/// Maximum tokens of a name.
const MAX_NAME: usize = 10;
/// Maximum complement tokens between a title and the name.
const MAX_COMPLEMENTS: usize = 7;

/// The document and the facts about its tokens. (Two lifetimes: the
/// candidates' keys borrow from the document, `'a`, and outlive the facts,
/// `'i`.)
pub struct Ctx<'a, 'i> {
    /// The document.
    pub doc: &'a Document,
    /// One entry per token.
    pub info: &'i [WordInfo],
    /// The original text holds a tanwin mark (U+064B–U+064D): without one
    /// no token ends in a tanwin, told without reading the token's original
    /// text (about half the articles have none). (A plain field: a cell
    /// would make the rules reload the context's fields after every call.)
    tanwin: bool,
}

impl<'a, 'i> Ctx<'a, 'i> {
    /// The context of `doc` with facts `info` (one entry per token).
    pub fn new(doc: &'a Document, info: &'i [WordInfo]) -> Ctx<'a, 'i> {
        Ctx {
            doc,
            info,
            tanwin: has_tanwin(doc.original()),
        }
    }
}

/// True when `text` holds a tanwin mark (U+064B–U+064D, UTF-8 D9 8B–8D):
/// the bytes 8B–8D are searched with `memchr3` (elsewhere they end only the
/// rare ؋، ، and ؍, after D8) and each hit's lead byte is checked.
fn has_tanwin(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3_iter(0x8B, 0x8C, 0x8D, b).any(|i| i > 0 && b[i - 1] == 0xD9)
}

impl<'a> Ctx<'a, '_> {
    /// True when the original text of `doc` may hold a tanwin: false when
    /// it has no tanwin mark at all.
    fn may_have_tanwin(&self) -> bool {
        self.tanwin
    }

    /// True when token `i` ends in a tanwin in the original text
    /// ([`super::morph::tanwin_ending`]).
    fn tanwin_ending(&self, i: usize) -> bool {
        self.may_have_tanwin()
            && super::morph::tanwin_ending(
                self.doc
                    .original_slice(self.doc.span(self.doc.tokens()[i].range.clone())),
            )
    }

    /// For token `i` written with a tanwin (ً ٌ ٍ), most often an
    /// indefinite noun or adjective («لم تعرف ديناً ولا إنسانية»):
    /// `Some(true)` when it is the tanwin of the accusative (ً),
    /// `Some(false)` for another; `None` for a word without one. (The
    /// token's original text is read only when the document has a tanwin
    /// mark at all: about half the articles have none.)
    pub(super) fn nunated(&self, i: usize) -> Option<bool> {
        if !self.may_have_tanwin() {
            return None;
        }
        let doc = self.doc;
        let word = doc.original_slice(doc.span(doc.tokens()[i].range.clone()));
        word.contains(['\u{064B}', '\u{064C}', '\u{064D}'])
            .then(|| word.contains('\u{064B}'))
    }

    pub(super) fn key(&self, i: usize) -> &'a str {
        self.doc.token_key(&self.doc.tokens()[i])
    }

    /// Next token after `i` in the same sentence with only spaces between.
    pub(super) fn next(&self, i: usize) -> Option<usize> {
        let toks = self.doc.tokens();
        (i + 1 < toks.len()
            && toks[i + 1].sentence == toks[i].sentence
            && clean_gap(self.doc, i, i + 1))
        .then_some(i + 1)
    }

    pub(super) fn is_given(&self, i: usize) -> bool {
        // With a proclitic too: only a name's first token may have one
        // («وأحمد البكري»).
        self.info[i]
            .name
            .is_some_and(|(_, f)| f.has(NameFlags::GIVEN))
            || self.info[i].particle == Some("compound_suffix")
            || (i > 0
                && self.info[i - 1]
                    .particle
                    .is_some_and(|r| r.starts_with("theophoric")))
    }

    /// May token `j` continue a name ending at `last`? Returns how many
    /// tokens to take (0 = stop).
    fn continuation(&self, cand_first: usize, last: usize, j: usize, titled: bool) -> usize {
        let w = &self.info[j];
        // «سيباستيان بأول زيارة»: ل، ب or ك and a hamza begin a word, even
        // one that reads as a name without the hamza (باول).
        if self.hamza_after_proclitic(j) {
            return 0;
        }
        if self.preposition_or_feminine_nisba(j) {
            return 0;
        }
        // «والمدافع احمد سهيل لمعسكر الفريق»: ل and a noun or participle
        // in م with no long vowel after it (معسكر، مباراة، مدة) is the
        // preposition («لمياء» is a name).
        // (The key's first letters tested on its bytes first: most words
        // are not read as characters.)
        if w.unknown()
            && self.key(j).starts_with("لم")
            && short_chars::<6>(self.key(j)).is_some_and(|(c, n)| {
                n >= 5 && c[0] == 'ل' && c[1] == 'م' && !matches!(c[2], 'ا' | 'و' | 'ي')
            })
        {
            return 0;
        }
        // «اللواء الغامدي يشكر»، «اللواء البلوي تعازي»: after a title, a
        // family name with the article that begins the name is all of it
        // (but a particle, a nisba or a regnal ordinal).
        if titled
            && last == cand_first
            && self.info[last].definite
            && self.info[last]
                .name
                .is_some_and(|(_, f)| f.has(NameFlags::FAMILY) && !f.has(NameFlags::GIVEN))
            && !w.definite
            && w.particle.is_none()
        {
            return 0;
        }
        // A word with digits is no name part: «اللاعب صاحب الـ28 عاما».
        if self.key(j).bytes().any(|b| b.is_ascii_digit()) {
            return 0;
        }
        // «جلال محمود عضوي لجنة الحكام»: a title in the dual or plural
        // construct («عضوي» = two members of) names the people before it.
        if w.unknown() && self.title_in_construct(j) {
            return 0;
        }
        // «دينغ ون جي»، «قو يو شنغ»: the syllables of an East Asian name.
        if super::east_asian::continues(self, cand_first, last, j) {
            return 1;
        }
        // «إسماعيل ولد الشيخ أحمد»: «الشيخ» inside a Mauritanian name.
        if let Some(n) = super::cues::sheikh_in_nasab(self, last, j) {
            return n;
        }
        if super::cues::bare_sheikh_in_name(self, last, j) {
            return 2;
        }
        // The family name of a house after «آل» may be a general word (آل
        // ثاني، آل خليفة), not a function word.
        if self.info[last].particle == Some("family_house") && self.house_name(j) {
            return 1;
        }
        if w.title && self.title_surname(cand_first, last, j) {
            return 1;
        }
        if titled && super::cues::unknown_given_before_name(self, cand_first, last, j) {
            return 1;
        }
        // An initial after a given name: «هشام ل.», «ديفيد إيه تومسون».
        if self.is_given(last) && (self.initial(j) || self.spelled_initial(j)) {
            return 1;
        }
        // «محمد علي السعدي»، «أحمد علي عبد الله صالح»: «علي» (written with
        // ي, which ANERcorp-style text also uses for على) between a given
        // name and a nisba, a known family name or «عبد …» is a name part.
        if self.key(j) == "علي"
            && self.doc.token_text(&self.doc.tokens()[j]) == "علي"
            && !w.blocked
            && self.is_given(last)
            && self.info[last]
                .name
                .is_some_and(|(p, _)| p == 0 || last > cand_first)
            && self.next(j).is_some_and(|n| {
                let x = &self.info[n];
                x.nameable()
                    && (x.particle.is_some_and(|r| r.starts_with("theophoric"))
                        || x.bare_name
                            .is_some_and(|f| f.has(NameFlags::FAMILY) && !f.has(NameFlags::COMMON))
                        || x.definite
                            && x.demonym.is_none()
                            && !x.place
                            && x.bare_name.is_none_or(|f| f.has(NameFlags::FAMILY))
                            && self.doc.token_text(&self.doc.tokens()[n]).ends_with('ي')
                            && self.key(n).chars().nth(4).is_some()
                            && self
                                .key(n)
                                .strip_prefix("ال")
                                .is_some_and(|stem| !super::morph::common_shape(stem)))
            })
        {
            return 1;
        }
        // «عبد الملك»: after «عبد» a definite word is a divine name, even
        // one that is also a title.
        if self.info[last]
            .particle
            .is_some_and(|r| r.starts_with("theophoric"))
            && self.lineage_part("theophoric_prefix", j)
        {
            return 1;
        }
        // «بن أبي طالب»: after a kunya a given name that is also a verb.
        if let Some(role) = self.info[last].particle
            && role.starts_with("kunya")
            && self.lineage_part(role, j)
        {
            return 1;
        }
        // «الدكتور محمد الماضي كان»: after a title and one given name, a
        // definite adjective in ي that the lexicons list as a word
        // (الماضي، الحالي) is the family name before a clear end: the
        // adjective qualifies a noun of time or place, not a name.
        if titled
            && last == cand_first
            && self.is_given(last)
            && w.stop
            && w.definite
            && !w.title
            && !w.blocked
            && !w.number
            && w.particle.is_none()
            && w.demonym.is_none()
            && !w.regnal
            && self.key(j).ends_with('ي')
            && self.key(j).chars().nth(4).is_some()
            && !crate::extract::words::is_stopword(self.key(j))
            && self.next(j).is_none_or(|n| {
                crate::extract::words::is_stopword(self.key(n)) || self.comma_after(j)
            })
        {
            return 1;
        }
        if !w.nameable() {
            return 0;
        }
        if let Some(role) = w.particle {
            // «الدين» of «صلاح الدين»; «أوغلو»، «زاده» end a Turkish or
            // Persian surname («أحمد داود أوغلو»، «مولود جاويش أوغلو»).
            if matches!(role, "compound_suffix" | "foreign_suffix") {
                return 1;
            }
            // «محسن العيسى وعبد الله»: a particle after «و» begins the
            // next name.
            if w.prefix > 0 {
                return 0;
            }
            // «أم» begins a name («أم كلثوم»), it does not continue one:
            // «حياة أم المؤمنين» is "the life of the Mother of the Faithful".
            if role == "kunya_female" {
                return 0;
            }
            // A particle needs a name part after it; after a kunya or a
            // patronymic any unknown word, also in ة («أبو غزالة»).
            let kin = role.starts_with("kunya") || role == "patronymic";
            return match self.next(j) {
                Some(n) if role == "family_house" && self.house_name(n) => 2,
                // «عبد الملك» (a title word is a divine name after «عبد»),
                // «بن علي» (no preposition after «بن»).
                Some(n) if self.lineage_part(role, n) => 2,
                // «دو لا سابليير»: a foreign particle, an article (a
                // function word too) and a name part.
                Some(n)
                    if role.starts_with("foreign")
                        && self.info[n].particle == Some("foreign_article")
                        && !self.info[n].blocked
                        && self.next(n).is_some_and(|m| {
                            self.info[m].bare_name.is_some()
                                || self.info[m].unknown()
                                    && (self.name_like(m) || self.foreign_like(m))
                        }) =>
                {
                    3
                }
                // (After a kunya not a verb in ت nor a noun with a pronoun:
                // «سيارة أبي تحمل»، «أغرم أبي بفنها» are "my father".)
                Some(n)
                    if self.info[n].nameable()
                        && (self.info[n].bare_name.is_some()
                            || self.info[n].unknown()
                                && (kin
                                    && !ta_imperfect(self.key(n))
                                    && !["ها", "هم", "هما", "كم"]
                                        .iter()
                                        .any(|s| self.key(n).ends_with(s))
                                    || self.name_like(n))
                            || self.info[n].place
                            || self.info[n].definite
                            || self.info[n].particle.is_some()) =>
                {
                    2
                }
                _ => 0,
            };
        }
        // A definite family name or nisba after a given name: «بشار الأسد»،
        // «محمد السادس»، «عبد الكريم الخطابي».
        if w.definite {
            let len = last + 1 - cand_first;
            // «إبراهيم البالغ من العمر 26 عاما»: an adjective of the name.
            if self.next(j).is_some_and(|n| {
                self.key(n) == "من" && self.next(n).is_some_and(|a| self.key(a) == "العمر")
            }) {
                return 0;
            }
            // A nisba after a name of two words or more: «أبو عبد الله التركي».
            // Also after one Arabic given name: «فيصل السويدي» (a foreign
            // name takes a demonym as an adjective: «رونالدو البرازيلي»).
            let arabic_given = self.is_given(last)
                && self.info[last]
                    .name
                    .is_some_and(|(_, f)| !f.has(NameFlags::FOREIGN));
            let nisba_demonym = w.demonym.is_some() && (len >= 2 || arabic_given) && !w.place;
            // A listed family name that is also a small place is the family
            // name after a given name: «محمد الأحمدي» (الأحمدي, Kuwait).
            let family_over_place = !w.large_place
                && w.name.is_some_and(|(p, f)| {
                    p == 0 && f.has(NameFlags::FAMILY) && !f.has(NameFlags::PLACE)
                });
            if (w.demonym.is_some() && !nisba_demonym)
                || (w.place && !family_over_place)
                || !self.key(j).starts_with("ال")
            {
                return 0;
            }
            // «الدكتور بريكان الشلوي»: a nisba after an unknown word alone
            // after a title.
            let nisba_after_unknown = titled
                && last == cand_first
                && self.info[last].unknown()
                && self.key(last).chars().nth(3).is_some()
                // Not a preposition or a conjunction and a noun («بلقب
                // الدوري»، «بالزي الخليجي»، «وربما العالمي»).
                && !self.conj(last)
                // Nor a noun with the pronoun "my" («موقعي الإلكتروني»).
                && !self.key(last).ends_with('ي')
                && !["بل", "بال", "لل", "ال"]
                    .iter()
                    .any(|p| self.key(last).starts_with(p))
                && !general_adjective(self.key(j))
                && w.demonym.is_none()
                && self.doc.token_text(&self.doc.tokens()[j]).ends_with('ي')
                && self.key(j).chars().nth(4).is_some()
                // Not before a given name, which begins the name after the
                // title's complement («ومدرب حراس الأولمبي محمد عبدالمولى»).
                && !self.next(j).is_some_and(|n| {
                    self.info[n]
                        .bare_name
                        .is_some_and(|f| f.has(NameFlags::GIVEN) && !f.has(NameFlags::COMMON))
                });
            // «إبراهيم خضير الخضيري»: a nisba after a given name and an
            // unknown father's name.
            let nisba_after_father = last == cand_first + 1
                && self.is_given(cand_first)
                && self.info[cand_first].name.is_some_and(|(p, f)| {
                    p == 0 && !f.has(NameFlags::COMMON) && !f.has(NameFlags::FOREIGN)
                })
                && self.info[last].unknown()
                && self.name_like(last)
                && !self.conj(last)
                && !self.key(last).ends_with('ي')
                && !general_adjective(self.key(j))
                && w.demonym.is_none()
                && self.doc.token_text(&self.doc.tokens()[j]).ends_with('ي')
                && self.key(j).chars().nth(4).is_some();
            let after_given = nisba_after_unknown
                || nisba_after_father
                || self.is_given(last)
                || self.info[last]
                    .particle
                    .is_some_and(|r| !r.starts_with("foreign"))
                || (last > cand_first
                    && self.info[last - 1]
                        .particle
                        .is_some_and(|r| r.starts_with("theophoric") || r == "patronymic"));
            let family = w.bare_name.is_some_and(|f| f.has(NameFlags::FAMILY));
            // A definite plural or verbal noun is no family name: «حمدان
            // الإجراءات»، «علي الأوضاع».
            let stem = self.key(j).get("ال".len()..).unwrap_or("");
            // Nor, when no lexicon knows it, a feminine noun in ة or a
            // sound plural after a name of three words ending in an
            // everyday word («علي عبد الله صالح السيطرة»، «… صالح
            // الموالين»); family names in ة or ين are frequent after
            // shorter names («سلمان العودة»، «عبد العزيز الجبرين»).
            let plural_or_feminine = w.bare_name.is_none()
                && self.units(cand_first, last) >= 3
                && self.info[last]
                    .bare_name
                    .is_some_and(|f| f.has(NameFlags::COMMON))
                && (self.doc.token_text(&self.doc.tokens()[j]).ends_with('ة')
                    || stem.chars().count() >= 4 && (stem.ends_with("ين") || stem.ends_with("ون")));
            // The sound plural of an active participle فاعلين/فاعلون
            // («العائدين»، «القادمون») is no family name at any length.
            let participle_plural = stem.chars().count() == 6
                && stem.chars().nth(1) == Some('ا')
                && (stem.ends_with("ين") || stem.ends_with("ون"));
            if !family
                && (super::morph::common_shape(stem)
                    || stem.ends_with("ات") && stem.chars().count() >= 4
                    || plural_or_feminine
                    || participle_plural
                    // «… نصر المركز الثالث»، «فهد بن خالد المجلس
                    // التنفيذي»: an organization head noun with the article.
                    || orgs().heads_single.contains_key(stem))
            {
                return 0;
            }
            // Foreign names take no article: «هنري التقدم» is no name (nor
            // with a proclitic: «لراؤول الفضل»).
            let foreign = self.info[last]
                .bare_name
                .or(self.info[last]
                    .name
                    .filter(|_| last == cand_first)
                    .map(|(_, f)| f))
                .is_some_and(|f| f.has(NameFlags::FOREIGN));
            // A regnal ordinal after any given name: «تشارلز الأول».
            if w.regnal {
                // «ألفونسو الثالث عشر»: a compound ordinal.
                let teen = self.next(j).is_some_and(|n| self.key(n) == "عشر");
                return usize::from(self.is_given(last) && len < 4) * (1 + usize::from(teen));
            }
            // An unknown definite word after a given name is taken as a family
            // name (الخطابي، السيد): right far more often than not in news.
            return usize::from((family || after_given && !foreign) && len < 6);
        }
        // A kunya written joined, as family names often are, after a given
        // name: «هاني بن محمد أبوراس», «أحمد أبوزيد» (not a place: أبوظبي).
        if w.bare_name.is_none()
            && w.name.is_none()
            && !w.place
            && !w.definite
            && w.prefix == 0
            && self.is_given(last)
            && self.key(j).starts_with("ابو")
            && self.key(j).chars().count() >= 5
        {
            return 1;
        }
        if let Some(f) = w.bare_name {
            // An Arabic woman's given name is no father's name: not after
            // another one («حياة كريمة», a decent life), nor, when it is
            // also an everyday word, after anything but a man's given name
            // («نسبة نجاح عالية»; «محمد عزة دروزة» stays).
            if f.feminine_only() && !f.has(NameFlags::FOREIGN) {
                let before = self.info[last].name.map(|(_, g)| g);
                let after_woman = before.is_some_and(|g| g.feminine_only());
                let after_man = before.is_some_and(|g| {
                    g.has(NameFlags::GIVEN | NameFlags::MASCULINE) && !g.has(NameFlags::COMMON)
                });
                // «رشاد سمر الدين»: the first half of a compound name.
                let compound = self
                    .next(j)
                    .is_some_and(|n| self.info[n].particle == Some("compound_suffix"));
                if !compound && (after_woman || f.has(NameFlags::COMMON) && !after_man) {
                    return 0;
                }
            }
            // After a title, an unknown first word and a foreign lexicon
            // name: «الإمبراطور جاي شين».
            if titled
                && last == cand_first
                && self.info[last].unknown()
                && f.has(NameFlags::FOREIGN)
                && !f.has(NameFlags::PLACE)
                && !w.definite
            {
                return 1;
            }
            // Any lexicon name after a kunya or patronymic inside a name,
            // also an everyday word at the end of the text: «عائشة بنت أبي
            // بكر».
            if last > cand_first
                && self.info[last]
                    .particle
                    .is_some_and(|r| r.starts_with("kunya") || r == "patronymic")
                && !w.definite
                && !f.has(NameFlags::PLACE)
            {
                return 1;
            }
            if f.has(NameFlags::FAMILY) && !f.has(NameFlags::COMMON) {
                return 1;
            }
            // After a title, a lexicon name continues the name even when it
            // is also a common word («الرئيس حسني مبارك»).
            // «عبد ربه منصور»: the word after «عبد» is a given name too.
            let theophoric_last = last > cand_first
                && self.info[last - 1]
                    .particle
                    .is_some_and(|r| r.starts_with("theophoric"));
            // A compound «عبد X» counts as one word: «الرئيس علي عبد الله
            // صالح».
            // Not an Arabic everyday word after a foreign name («مدرب
            // الفريق أليكس فيرغسون خليفة لهدافه»).
            let foreign_before = self.info[last]
                .name
                .is_some_and(|(_, g)| g.has(NameFlags::FOREIGN) && !g.has(NameFlags::COMMON));
            if titled
                && !f.has(NameFlags::PLACE)
                && self.units(cand_first, last) < 3
                && (self.info[last].name.is_some() || theophoric_last)
                && !(foreign_before && f.has(NameFlags::COMMON) && !f.has(NameFlags::FOREIGN))
            {
                return 1;
            }
            // After a title, a third given name after «عبد X» and a given
            // name: «الرئيس عبد ربه منصور هادي».
            if titled
                && f.has(NameFlags::GIVEN)
                && !f.has(NameFlags::PLACE)
                && !w.definite
                && last + 1 - cand_first == 3
                && self.info[cand_first]
                    .particle
                    .is_some_and(|r| r.starts_with("theophoric"))
                && self.is_given(last)
            {
                return 1;
            }
            if f.has(NameFlags::GIVEN) && !f.has(NameFlags::COMMON) && !w.definite {
                return 1;
            }
            // In a chain of forebears a given name continues even when it
            // is an everyday word: «محمد بن حمد سيف الرمحي».
            // An everyday word needs a name part after it («رسول الإسلام»
            // is no name), or a title («خالد بن عبدالقادر طاهر مدير …»).
            if f.has(NameFlags::GIVEN)
                && !f.has(NameFlags::PLACE)
                && !w.definite
                && last > cand_first
                && self.info[last - 1].particle == Some("patronymic")
                && (!f.has(NameFlags::COMMON)
                    || self.next(j).is_some_and(|n| {
                        self.info[n].nameable()
                            && (self.info[n].definite || self.info[n].bare_name.is_some())
                            || self.info[n].title && !self.info[n].blocked
                    }))
            {
                return 1;
            }
            // «حسني مبارك»: a common-word name after a safe given name.
            let len = last + 1 - cand_first;
            // «عادل إمام»، «نجيب محفوظ»: two lexicon names, the first a
            // given name, make a name even when both are everyday words.
            if f.has(NameFlags::COMMON)
                && !f.has(NameFlags::PLACE)
                && !w.definite
                && len == 1
                && last == cand_first
                // Also with a proclitic: «لنجيب محفوظ».
                && self.info[last]
                    .name
                    .is_some_and(|(_, g)| g.has(NameFlags::GIVEN) && !g.has(NameFlags::PLACE))
            {
                return 1;
            }
            if f.has(NameFlags::COMMON)
                && !w.definite
                && len < 3
                && (theophoric_last
                    || self.info[last]
                        .name
                        .is_some_and(|(_, g)| g.safe_name() && g.has(NameFlags::GIVEN)))
            {
                return 1;
            }
            // A common word or place in a name needs a safe name right after.
            return match self.next(j) {
                Some(n) if self.info[n].bare_name.is_some_and(|g| g.safe_name()) && !w.definite => {
                    1
                }
                _ => 0,
            };
        }
        // No conjunction right after a particle: «بن أبي وقاص». After the
        // second half of a compound given name «و» is the conjunction:
        // «عبد الله وديع» is two names.
        // (A long foreign name in و stays: «الحاج عبد الله وليامسون».)
        let conj = self.conj(j)
            && self.info[last].particle.is_none_or(|r| {
                r == "compound_suffix"
                    // (Nor a short one: «عبد الله واد».)
                    && self.key(j).chars().nth(3).is_some()
                    && (self.key(j).chars().nth(5).is_none() || self.info[j].bare_name.is_some())
            });
        // An indefinite nisba right after a given name is a family name, as
        // an adjective of a name would be definite («جون كندي»، «أحمد مصري»).
        if w.demonym.is_some()
            && w.bare_name.is_none()
            && !w.place
            && !conj
            && last == cand_first
            && self.is_given(last)
        {
            return 1;
        }
        // After foreign given names, an unknown word is the surname even
        // with endings Arabic words rarely have in names (توريه، ماسا،
        // ميخيا، ويلكس): «كولو توريه»، «جان بيير رافاران».
        let len = last + 1 - cand_first;
        // The first may carry a proclitic: «ولويس ساها».
        let foreign_given = |i: usize| {
            let f = if i == cand_first {
                self.info[i].name.map(|(_, f)| f)
            } else {
                self.info[i].bare_name
            };
            f.is_some_and(|g| {
                g.has(NameFlags::GIVEN) && g.has(NameFlags::FOREIGN) && !g.has(NameFlags::COMMON)
            })
        };
        if len < 3
            && (cand_first..=last).all(foreign_given)
            && w.nameable()
            && w.name.is_none()
            && w.particle.is_none()
            && w.demonym.is_none()
            && !w.definite
            && !w.large_place
            && !w.speech
            && self.foreign_like_with(j, true)
        {
            return 1;
        }
        // «بيجن زنغنه في»، «علي زاده .»: after foreign given names, a
        // Persian family name in ه before a clear end of the name (a
        // function word, a title, punctuation); not a noun with the
        // pronoun (كلمته، جهوده، موقفه، تأييده).
        if len < 3
            && (cand_first..=last).all(foreign_given)
            && w.unknown()
            && w.prefix == 0
            && self.persian_ha_surname(j)
        {
            return 1;
        }
        // After a foreign particle or article inside a name, an unknown
        // word is the surname: «جان مارك دو لا سابليير»، «دل بييرو».
        if w.unknown()
            && last > cand_first
            && self.info[last]
                .particle
                .is_some_and(|r| r.starts_with("foreign_particle") || r == "foreign_article")
            && (self.name_like(j) || self.foreign_like(j))
        {
            return 1;
        }
        // An unknown word in ة right after a given name is its family name
        // («خالد عليوة»، «هاني عبادة»): the key folds ة to ه, but the
        // normalized text tells ة from the pronoun ه. Not after a given name
        // read under ب، ل or ك, often a whole word («بروز أزمة»: the
        // emergence of a crisis).
        if w.unknown()
            && !conj
            && last == cand_first
            && self.is_given(last)
            && self.info[last].name.is_some_and(|(p, _)| {
                p == 0
                    || self
                        .key(last)
                        .get(..p)
                        .is_some_and(|pre| !pre.contains(['ب', 'ل', 'ك']))
            })
            && self.ta_marbuta_name(j)
        {
            return 1;
        }
        // Also without a title after a given name that is no everyday word
        // («دخول محمد بركات لاعب الوسط»).
        // Not after ب، ل or ك («ببرقية مماثلة» is no «رقية»).
        let safe_first = self.info[cand_first].name.is_some_and(|(p, f)| {
            f.has(NameFlags::GIVEN)
                && f.safe_name()
                && (p == 0 || self.key(cand_first).get(..p) == Some("و"))
        });
        if (titled || safe_first) && self.surname_before_boundary(cand_first, last, j) {
            return 1;
        }
        if self.surname_after_nasab(cand_first, last, j) {
            return 1;
        }
        // «سالم باعجاجه»، «عبدالله باوزير»: a Hadrami family name in «با»
        // right after one given name (a pronoun ه is no obstacle here).
        if w.unknown()
            && w.prefix == 0
            && self.is_given(last)
            && self.units(cand_first, last) == 1
            && self.ba_family(j)
        {
            return 1;
        }
        // «بنان تقوم»: an imperfect verb in ت of four letters (تقوم،
        // تعود، تعمل) is no family name.
        if w.unknown() && ta_imperfect(self.key(j)) {
            return 0;
        }
        if w.unknown() && self.name_like(j) && !conj {
            let len = last + 1 - cand_first;
            // The name after a kunya or patronymic inside a name: «سعد بن
            // أبي وقاص».
            if last > cand_first
                && self.info[last]
                    .particle
                    .is_some_and(|r| r.starts_with("kunya") || r == "patronymic")
            {
                return 1;
            }
            // Not a short noun in the accusative («رونالدو هدفا»).
            // A short word in ا before «و» and a given name is a surname in
            // a list of names («وائل زنجا ومحمد»).
            let listed = self.next(j).is_some_and(|n| {
                self.key(n).starts_with('و')
                    && self.info[n]
                        .name
                        .is_some_and(|(p, f)| p > 0 && f.has(NameFlags::GIVEN))
            });
            let accusative = (accusative_shape(self.key(j))
                || self.adjective_shape(j)
                || self.key(j).chars().count() < 4 && self.key(j).ends_with('ا'))
                && !listed;
            // After one given name, also a compound one («عبد الله
            // بامخالف»، «أبو القاسم عبدي»).
            // Also a compound given name in «الدين، الله» («نور الدين
            // زنكي»، «أسد الدين شيركوه»), before a word of four letters or
            // more that begins with no conjunction, preposition or
            // imperfect prefix («نور الدين شكك»، «يشكر الله ويعلم»، «وهبه
            // الله لحبر»، «الدين تستمد»).
            let compound = len == 2
                && self.info[last].particle == Some("compound_suffix")
                && self.key(j).chars().nth(3).is_some()
                && !self.conj(j)
                && !(self.key(j).starts_with('ت') && self.key(j).chars().nth(5).is_none())
                // A preposition and the article («بالرد»).
                && !["بال", "كال", "لل"].iter().any(|p| self.key(j).starts_with(p))
                // ب + a verbal noun فعول («بوقوع»، «بوجود»).
                && !short_chars::<5>(self.key(j))
                    .is_some_and(|(c, n)| n == 5 && c[0] == 'ب' && c[3] == 'و')
                && !preposition_before_consonant(self.key(j), &['ب', 'ل', 'ك']);
            let one_given = len == 1
                || compound
                || len == 2
                    && self.info[cand_first]
                        .particle
                        .is_some_and(|r| r.starts_with("theophoric") || r.starts_with("kunya"));
            // After a foreign given name, no triliteral word without a long
            // vowel («راؤول كسر»; «ديفيد لين» is a name) nor a verb of the
            // forms V, VI, X («راؤول يستعيد»).
            let foreign_first = self.info[last]
                .name
                .is_some_and(|(_, f)| f.has(NameFlags::FOREIGN) && !f.has(NameFlags::COMMON));
            let short_verb = short_chars::<3>(self.key(j))
                .is_some_and(|(c, n)| n == 3 && !c.iter().any(|&x| matches!(x, 'ا' | 'و' | 'ي')));
            let verb = self.key(j).starts_with("يست") || self.key(j).starts_with("يت");
            // ل + an imperfect verb after an Arabic name («عبد الفتاح
            // ليعوض»، «ابن أخيه ليفاوض»).
            let lam_verb = self.key(j).starts_with("لي")
                && (5..=7).contains(&self.key(j).chars().count())
                && !self.info[last]
                    .name
                    .is_some_and(|(_, f)| f.has(NameFlags::FOREIGN));
            // A woman's given name before a past verb of her own in ت
            // («هيفاء صنعت»، «منى قدمت»): no surname.
            let her_verb = self.info[last].name.is_some_and(|(_, f)| f.feminine_only())
                && short_chars::<4>(self.key(j)).is_some_and(|(c, n)| n == 4 && c[3] == 'ت');
            if self.is_given(last)
                && one_given
                && !accusative
                && !lam_verb
                && !her_verb
                && !(foreign_first && (short_verb || verb))
                // Nor, without a title, a triliteral past verb before its
                // definite object («بعد وفاة بلقيس رفض الزواج»).
                && !(!titled
                    && short_verb
                    // (Not before a nisba: «عبدالله دشن الحبابي».)
                    && self.next(j).is_some_and(|n| {
                        self.info[n].definite
                            && self.info[n].name.is_none()
                            && !self.doc.token_text(&self.doc.tokens()[n]).ends_with('ي')
                    }))
            {
                return 1;
            }
            // «بندر محمد سلطان عسيري»: after a chain of two or three Arabic
            // given names (a name with its forebears, without «بن»), an
            // unknown nisba is the family name.
            let arabic_given = |t: usize| {
                let f = if t == cand_first {
                    self.info[t].name.map(|(_, f)| f)
                } else {
                    self.info[t].bare_name
                };
                f.is_some_and(|g| g.has(NameFlags::GIVEN) && !g.has(NameFlags::FOREIGN))
                    && self.info[t].particle.is_none()
            };
            if (2..=3).contains(&len)
                && !accusative
                && w.prefix == 0
                && self.key(j).chars().nth(3).is_some()
                && self.doc.token_text(&self.doc.tokens()[j]).ends_with('ي')
                && (cand_first..=last).all(arabic_given)
            {
                return 1;
            }
            // «الأمين العام كوفي عنان في»: two unknown words after a title.
            let boundary = self
                .next(j)
                .is_none_or(|n| self.info[n].stop || self.info[n].title);
            // After a title, a second unknown word not in the accusative
            // («السفير الأميركي جيفري فيلتمان»; not «ترأس عباس اجتماعا»),
            // not after a foreign surname («الرئيس بوش تجاوز»).
            let family_only = self.info[last].bare_name.is_some_and(|g| {
                g.has(NameFlags::FAMILY | NameFlags::FOREIGN) && !g.has(NameFlags::GIVEN)
            });
            if titled
                && len == 1
                && (boundary || !self.key(j).ends_with('ا'))
                && !family_only
                && !self.adjective_shape(j)
            {
                return 1;
            }
            // «الرئيس الإيراني محمود أحمدي نجاد في»، «وزير الخارجية
            // الفرنسي فيليب دوست بلازي اليوم»: after a title, a third
            // unknown word of a foreign shape before a boundary.
            if titled
                && len == 2
                && boundary
                && !accusative
                && self.foreign_like(j)
                && third_part_shape(self.key(j))
                && (cand_first..=last).any(|t| {
                    self.info[t].unknown()
                        || self.info[t]
                            .bare_name
                            .is_some_and(|f| f.has(NameFlags::FOREIGN))
                })
            {
                return 1;
            }
            // «بان كي مون»: a short unknown word between name parts (not a
            // verb: «أولمرت أبلغ أنان»).
            if (titled || self.info[cand_first].bare_name.is_some())
                && self.key(j).chars().count() <= 3
                && let Some(n) = self.next(j)
                && self.info[n]
                    .bare_name
                    .is_some_and(|g| g.has(NameFlags::FAMILY) && !g.has(NameFlags::COMMON))
            {
                return 1;
            }
        }
        0
    }

    /// The word after a particle that is a name part whatever else it
    /// reads as: a definite word after «عبد» (عبد الملك، عبد الرحمن: a
    /// title word is a divine name there), «علي» after «بن» (not على).
    pub(super) fn lineage_part(&self, role: &str, n: usize) -> bool {
        let x = &self.info[n];
        !x.blocked
            && !x.number
            && (role.starts_with("theophoric") && x.definite && !x.stop
                || role == "patronymic" && self.key(n) == "علي"
                // «أبي طالب»، «أبو علي»: after a kunya a given name that
                // is also a verb or a preposition (not «على» with ى).
                || role.starts_with("kunya")
                    && x.stop
                    && x.bare_name.is_some_and(|f| f.has(NameFlags::GIVEN))
                    && self.doc.token_text(&self.doc.tokens()[n]) != "على")
    }

    /// «علي بن أبي طالب»: «علي» written with ي (also the preposition على
    /// in some texts) before «بن/ابن» and a name begins a lineage.
    fn ali_nasab(&self, i: usize) -> bool {
        let w = &self.info[i];
        w.stop
            && !w.blocked
            && w.name.is_some_and(|(p, _)| {
                self.key(i).get(p..) == Some("علي")
                    && self.doc.token_text(&self.doc.tokens()[i]).ends_with("علي")
            })
            && self
                .next(i)
                .is_some_and(|n| self.info[n].particle == Some("patronymic"))
            && self.next(i + 1).is_some_and(|m| {
                let x = &self.info[m];
                x.nameable() && (x.bare_name.is_some() || x.particle.is_some())
                    || self.lineage_part("patronymic", m)
            })
    }

    /// A function word, also after «و» («والذي»), or a number: a word
    /// that ends a name.
    pub(super) fn boundary_word(&self, n: usize) -> bool {
        let x = &self.info[n];
        x.number
            || x.stop && x.name.is_none()
            || self.key(n).strip_prefix('و').is_some_and(|r| {
                r.chars().nth(1).is_some() && crate::extract::words::is_stopword(r)
            })
    }

    /// The token after a word of one letter and a full stop (an abbreviated
    /// title: «د. عزيز الدويك»), which the sentence splitter takes for the
    /// end of a sentence.
    fn after_abbreviation(&self, i: usize) -> Option<usize> {
        let toks = self.doc.tokens();
        let n = toks.get(i + 1)?;
        let one_letter = self.key(i).chars().nth(1).is_none();
        let gap = self.doc.norm().get(toks[i].range.end..n.range.start)?;
        (one_letter && gap.trim() == "." && gap.starts_with('.')).then_some(i + 1)
    }

    /// True when token `i` is followed by a comma and a token of the same
    /// sentence.
    pub(super) fn comma_after(&self, i: usize) -> bool {
        let toks = self.doc.tokens();
        toks.get(i + 1).is_some_and(|n| {
            n.sentence == toks[i].sentence
                && toks[i].range.end <= n.range.start
                && matches!(
                    self.doc.norm()[toks[i].range.end..n.range.start].trim(),
                    "،" | ","
                )
        })
    }

    /// True when token `i` is followed by an age or a note in parentheses
    /// («نويل (37 عاما)»), a title or a relative pronoun («كولومبا التي»).
    fn described_after(&self, i: usize) -> bool {
        let toks = self.doc.tokens();
        let paren = toks.get(i + 1).is_some_and(|n| {
            self.doc
                .norm()
                .get(toks[i].range.end..n.range.start)
                .is_some_and(|g| g.trim_start().starts_with('('))
        });
        paren
            || self
                .next(i)
                .is_some_and(|n| self.info[n].title || matches!(self.key(n), "الذي" | "التي"))
    }

    /// After a title, an unknown word right after one or two given names
    /// and right before a clear end of the name (punctuation, the end of
    /// the sentence, a title, «الذي/التي» or «أن/إن») is the family name, whatever
    /// its shape: «اللاعب محمد بركات لاعب الوسط» (a plural in ات), «القس
    /// سعد سيروب .» (سي like a future verb), «مدربه ستيف مكلارين الذي»،
    /// «المهندس محمد مجدي قبيصي محافظ الفيوم». Not a conjunction, a
    /// preposition and the article, an accusative or a hamza after a
    /// proclitic («الرئيس محمد بالإجماع»، «الرئيس محمد أيضا .»).
    fn surname_before_boundary(&self, cand_first: usize, last: usize, j: usize) -> bool {
        let w = &self.info[j];
        let k = self.key(j);
        let n = k.chars().count();
        // Before a title, not a verb («سهيل إدريس نشر .»، «مدحت صالح
        // يستعد المطرب») nor the participle of a compound title («سمير عوض
        // مساعد وزير الداخلية»).
        let short = short_chars::<5>(k);
        let triliteral = short
            .is_some_and(|(c, n)| n == 3 && !c[..3].iter().any(|&x| matches!(x, 'ا' | 'و' | 'ي')));
        let imperfect = k.starts_with(['ي', 'ت']) && short.is_some();
        // (Nor a future verb: «دي ماريا سيحرص المهاجم».)
        let participle =
            (k.starts_with('م') || k.starts_with("سي") || k.starts_with("ست")) && short.is_some();
        let end = !triliteral
            && !imperfect
            && self.next(j).is_none_or(|m| {
                !participle && self.info[m].title && !self.info[m].blocked
                    || matches!(self.key(m), "الذي" | "التي")
                    // «أن/إن» after the subject of a speech verb («وقال
                    // سفير الصين وانغ غوانغيا إن»); not an adverb in ة
                    // («الشيخ محمد صراحة إن»).
                    || matches!(self.key(m), "ان" | "انه" | "انها" | "بان")
                        && !participle
                        && !self.doc.token_text(&self.doc.tokens()[j]).ends_with('ة')
            });
        let units = self.units(cand_first, last);
        end && w.unknown()
            // Not after a prayer formula read as a compound name («الملك
            // عبدالعزيز ـ طيب الله ثراه ـ»); «عبد الله» is a name.
            && !(self.key(last) == "الله"
                && last > cand_first
                && !self.info[last - 1]
                    .particle
                    .is_some_and(|r| r.starts_with("theophoric")))
            && self.is_given(last)
            && (units == 1
                || units == 2
                    && (cand_first..=last).all(|t| {
                        self.info[t].bare_name.is_some_and(|f| f.has(NameFlags::GIVEN))
                            || self.info[t].particle.is_some()
                            || t == cand_first && self.is_given(t)
                    }))
            && n >= 3
            && arabic_word(k)
            && !self.conj(j)
            && !k.starts_with("ال")
            && !["بال", "كال", "لل", "فال"].iter().any(|p| k.starts_with(p))
            // No accusative in ا, but for a foreign surname after a foreign
            // given name before punctuation («ولويس ساها (16)»، «ديفيد فيا ،»).
            && (!k.ends_with('ا')
                || self.next(j).is_none()
                    && !accusative_shape(k)
                    && self.info[last]
                        .name
                        .is_some_and(|(_, f)| f.has(NameFlags::FOREIGN) && !f.has(NameFlags::COMMON)))
            // A pronoun ه («الأمير محمد نفسه .»، «حفظه الله»): names end
            // in يه or اه (روجيه).
            && !(self.doc.token_text(&self.doc.tokens()[j]).ends_with('ه')
                && !k.ends_with("يه")
                && !k.ends_with("اه"))
            && !self.adjective_shape(j)
            && !self.hamza_after_proclitic(j)
            && !self.tanwin_ending(j)
    }

    /// «سعيد بن محمد مخايش،»، «صالح بن أحمد زهراني إن»: after a given
    /// name, «بن» and a given name, an unknown word right before a clear
    /// end of the name (punctuation, a title, «أن/إن», «الذي/التي») is the
    /// family name, with or without a title. Not a triliteral past verb
    /// («محمد بن سلمان حضر .») nor one of the form أفعل written with its
    /// hamza («أوضح»), a preposition («بنقل»), an accusative in ا or a word
    /// with the pronoun ه.
    fn surname_after_nasab(&self, cand_first: usize, last: usize, j: usize) -> bool {
        if last < cand_first + 2
            || self.info[last - 1].particle != Some("patronymic")
            || !self.is_given(last)
            || !self.info[j].unknown()
            || !self.name_like(j)
            || self.conj(j)
        {
            return false;
        }
        let k = self.key(j);
        let text = self.doc.token_text(&self.doc.tokens()[j]);
        let triliteral = short_chars::<4>(k)
            .is_some_and(|(c, n)| n == 3 && !c[..3].iter().any(|&x| matches!(x, 'ا' | 'و' | 'ي')));
        let original = self
            .doc
            .original_slice(self.doc.span(self.doc.tokens()[j].range.clone()));
        let end = self.next(j).is_none_or(|m| {
            self.info[m].title && !self.info[m].blocked
                || matches!(self.key(m), "ان" | "انه" | "انها" | "بان" | "الذي" | "التي")
        });
        // ب or ل and a consonant is a preposition («بنقل الجندي»).
        let preposition = preposition_before_consonant(k, &['ب', 'ل']);
        end && !triliteral
            && !preposition
            && !original.starts_with(['أ', 'إ'])
            && !k.ends_with('ا')
            && !(text.ends_with('ه') && !k.ends_with("يه") && !k.ends_with("اه"))
            && !self.adjective_shape(j)
            && !self.hamza_after_proclitic(j)
            && !self.tanwin_ending(j)
    }

    /// True when token `i` ends its sentence (only punctuation after it).
    fn sentence_end_after(&self, i: usize) -> bool {
        let toks = self.doc.tokens();
        toks.get(i + 1)
            .is_none_or(|n| n.sentence != toks[i].sentence)
    }

    /// Words of the name `first..=last`, a compound given name («عبد
    /// الله»، «نصر الله») counting as one.
    fn units(&self, first: usize, last: usize) -> usize {
        let halves = (first..last)
            .filter(|&t| {
                self.info[t]
                    .particle
                    .is_some_and(|r| r.starts_with("theophoric"))
                    || self.info[t + 1].particle == Some("compound_suffix")
            })
            .count();
        last + 1 - first - halves
    }

    /// A single letter followed by a full stop (an initial: «محمد ب.»).
    fn initial(&self, j: usize) -> bool {
        let toks = self.doc.tokens();
        let t = &toks[j];
        let mut ch = self.key(j).chars();
        ch.next()
            .is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c))
            && ch.next().is_none()
            && self.doc.norm()[t.range.end..].starts_with('.')
    }

    /// A Latin letter spelled out as a middle initial, before a word that
    /// may be a surname: «ديفيد إيه تومسون», «جورج دبليو بوش». Not the
    /// letters that are also Arabic words (إن، في، أم، أو).
    fn spelled_initial(&self, j: usize) -> bool {
        matches!(
            self.key(j),
            "ايه" | "اف" | "دبليو" | "جيه" | "كيه" | "اتش" | "اس" | "ار"
        ) && self.next(j).is_some_and(|n| {
            let x = &self.info[n];
            !x.stop && !x.number && !x.title && !x.blocked && self.foreign_like(n)
        })
    }

    /// A family name after «آل»: any word but a function word or a number,
    /// also a general word (آل ثاني، آل خليفة).
    fn house_name(&self, n: usize) -> bool {
        let w = &self.info[n];
        // A definite title is a house's name too: «آل الشيخ».
        let title_house = w.title && self.key(n).starts_with("ال");
        !w.blocked
            && !w.number
            && self.key(n).chars().nth(1).is_some()
            && (title_house || !crate::extract::words::is_stopword(self.key(n)))
    }

    /// A one-word definite title right after a one-word (or compound)
    /// given name and before a boundary is a family name: «وليد المعلم .»، «حامد الشريف
    /// وجلال»; not a title with complements («خالد الرئيس التنفيذي»).
    fn title_surname(&self, cand_first: usize, last: usize, j: usize) -> bool {
        let w = &self.info[j];
        // Also after a compound given name or a kunya used as one: «عبد
        // الله الشريف»، «أبو بكر الشريف».
        let compound = last == cand_first + 1
            && self.info[cand_first]
                .particle
                .is_some_and(|r| r.starts_with("theophoric") || r.starts_with("kunya"));
        if !(last == cand_first && self.is_given(last) || compound)
            || self.info[last].title
            || w.blocked
            || w.particle.is_some()
            || !self.key(j).starts_with("ال")
        {
            return false;
        }
        match self.next(j) {
            None => true,
            Some(n) => {
                let x = &self.info[n];
                !x.title
                    && (x.stop && x.name.is_none()
                        || self.key(n).starts_with('و') && x.name.is_some_and(|(p, _)| p > 0))
            }
        }
    }

    /// True when token `i` begins with a conjunction: و, or ف before a
    /// function word or a speech verb («فقال»); names often begin with ف
    /// (فياض، فرانك).
    pub fn conj(&self, i: usize) -> bool {
        let k = self.key(i);
        k.starts_with('و')
            || k.strip_prefix('ف').is_some_and(|r| {
                self.info[i].speech
                    || crate::extract::words::is_stopword(r)
                    || r.chars().count() < 3
                    // Also before a verb of a derived form («فاحتسب»).
                    || super::morph::common_shape(r)
            })
    }

    /// A word no lexicon knows that may still be a name: not an imperfect
    /// verb (يحتاج), not a word with a pronoun suffix or a feminine/plural
    /// ending (بلاده، محادثات، سلطانية).
    pub fn name_like(&self, i: usize) -> bool {
        let k = self.key(i);
        let n = k.chars().count();
        // A word in Latin script («UNIX»، «Trademark») is no Arabic name.
        if n < 2 || self.hamza_after_proclitic(i) || !arabic_word(k) {
            return false;
        }
        // (ل + an imperfect verb in ت: «لتنتهي».)
        let verb = n >= 4
            && (k.starts_with('ي')
                || k.starts_with("ست") && !(n >= 5 && k.starts_with("ستي"))
                || k.starts_with("سي")
                || n >= 5 && k.starts_with("لت"))
            // «وزير الخارجية يصل إلى»: ي and two consonants.
            || n == 3
                && k.strip_prefix('ي').is_some_and(|r| {
                    !r.contains(['ا', 'و', 'ي', 'ى', 'ء', 'ة', 'ه'])
                });
        // Adverbs and adjectives in the accusative: «هاتفيا»، «رسميا».
        let adverb = n >= 5 && k.ends_with("يا");
        let suffix = ["ه", "ها", "هم", "هما", "هن", "كم", "نا", "ات", "وا", "تم"]
            .iter()
            .any(|s| k.ends_with(s));
        // «وتستحوذ»: «و» and a verb (not «و» and ي: «ويلكس» is a name).
        let and_common = k.strip_prefix('و').is_some_and(|r| {
            !r.starts_with('ي') && r.chars().nth(3).is_some() && super::morph::common_shape(r)
        });
        !verb && !suffix && !adverb && !and_common && !self.common_shape(i)
    }

    /// A Persian family name ending in ه (زنغنه، زاده): five letters or
    /// more, written with ه (not ة), no letter of an imperfect, a
    /// participle or a proclitic first, no ت، و، ي or ا before the ه
    /// (كلمته، جهوده، رأيه), and a clear end of the name after it.
    fn persian_ha_surname(&self, j: usize) -> bool {
        let k = self.key(j);
        let Some((c, n)) = short_chars::<9>(k) else {
            return false;
        };
        n >= 5
            && c[n - 1] == 'ه'
            && self.doc.token_text(&self.doc.tokens()[j]).ends_with('ه')
            && !matches!(c[n - 2], 'ت' | 'و' | 'ي' | 'ا')
            && !matches!(
                c[0],
                'م' | 'ت' | 'ي' | 'ا' | 'ب' | 'ل' | 'ف' | 'و' | 'ك' | 'س' | 'ن'
            )
            && arabic_word(k)
            && !self.common_shape(j)
            && self
                .next(j)
                .is_none_or(|m| self.info[m].stop || self.info[m].title)
    }

    /// A Hadrami family name in «با» (باوزير، باعشن، بافقيه، باعجاجه): five
    /// letters or more after «با», not ب + the article (بالتوقيع) nor ب +
    /// a verbal noun of the forms VII, VIII or X (بانتظار، باعتبار،
    /// بازدياد، باستخدام); ب + a verbal noun إفعال (باعلان، بارسال) only
    /// before a clear end of the name (a function word, a title,
    /// punctuation): a noun in construct is followed by its genitive.
    fn ba_family(&self, j: usize) -> bool {
        let k = self.key(j);
        let Some((c, n)) = short_chars::<9>(k) else {
            return false;
        };
        if n < 5 || c[0] != 'ب' || c[1] != 'ا' || !arabic_word(k) {
            return false;
        }
        // (Also a preposition written apart: «باسلمة لـ«المدينة»».)
        let end = self.next(j).is_none_or(|m| {
            self.info[m].stop || self.info[m].title || matches!(self.key(m), "ل" | "ب")
        });
        let derived = matches!(c[2], 'ل' | 'ن' | 'ت')
            || k.starts_with("باست")
            || matches!(c[3], 'ت' | 'ط' | 'د')
            || self.info[j].place
            || self.info[j].blocked
            || self.common_shape(j)
            || self.hamza_after_proclitic(j)
            // A word in ة (باقة، ب + أسرة) but a long name before a clear
            // end of the name («بدر باسلمة إلى»).
            || self.doc.token_text(&self.doc.tokens()[j]).ends_with('ة') && !(n >= 6 && end)
            // A sound plural (بارزين، باحثون، باقات) or a verb or noun
            // with a pronoun (بادلتها، باخوانهم).
            || ["ين", "ون", "ات", "ها", "هم", "كم", "نا"]
                .iter()
                .any(|e| k.ends_with(e))
            // «بـاخوي»: ب written apart with a tatweel.
            || self
                .doc
                .original_slice(self.doc.span(self.doc.tokens()[j].range.clone()))
                .contains('ـ');
        let if3al = n >= 6 && c[4] == 'ا';
        !derived && (!if3al || end)
    }

    /// An unknown word ending in ة (not the pronoun ه) that may be a
    /// family name: four letters or more, not an imperfect verb, not a
    /// common shape (مفاوضة).
    fn ta_marbuta_name(&self, i: usize) -> bool {
        let k = self.key(i);
        self.doc.token_text(&self.doc.tokens()[i]).ends_with('ة')
            && k.chars().nth(3).is_some()
            // Not an imperfect verb nor a word after ب ل ك («بصراحة»، «لكرة»).
            && !k.starts_with(['ي', 'ل', 'ك'])
            // ب only in Maghrebi names with بن/بو joined («بنطلحة»).
            && (!k.starts_with('ب') || k.starts_with("بن") || k.starts_with("بو"))
            && !self.common_shape(i)
    }

    /// A word shaped like a common noun or verb (a sound plural, a verbal
    /// noun of a derived form, a future verb) or written with a tanwin
    /// («جديداً»، «هاوٍ»).
    pub(super) fn common_shape(&self, i: usize) -> bool {
        super::morph::common_shape(self.key(i)) || self.tanwin_ending(i)
    }

    /// A word written with ل، ب or ك and a hamza on alef («لإيقاف»).
    /// True when token `i` cannot go on a name: ب or ل before a verbal
    /// noun («ووعد محمود بتحقيق», «فؤاد بتوقيع»), a definite feminine
    /// nisba adjective («مبادرات عبداللطيف جميل الاجتماعية»), or an
    /// imperfect verb with ؤ («ظريف ليؤكد»).
    fn preposition_or_feminine_nisba(&self, i: usize) -> bool {
        let k = self.key(i);
        // (Verbal nouns in ت, or in است after ب, or in ا after ل:
        // «بورنيون»، «باشماخ» are surnames.)
        let verbal_noun = (k
            .strip_prefix('ب')
            .filter(|r| r.starts_with('ت') || r.starts_with("است")))
        .or_else(|| k.strip_prefix('ل').filter(|r| r.starts_with(['ت', 'ا'])))
        .is_some_and(|rest| rest.chars().nth(3).is_some() && super::morph::common_shape(rest));
        // (Eight letters at least: «العطية»، «الوادية» are family names.)
        let text = self.doc.token_text(&self.doc.tokens()[i]);
        let nisba = k.starts_with("ال")
            && text.ends_with("ية")
            && k.chars().nth(7).is_some()
            && !self.info[i].regnal;
        // «ظريف ليؤكد»: an imperfect verb, also after ل، و or ف.
        let verb = super::words::imperfect_with_hamza(text, 0)
            || text
                .strip_prefix(['ل', 'و', 'ف'])
                .is_some_and(|r| super::words::imperfect_with_hamza(r, 0));
        // «فيتفاتزيدس ليصبح»: ل + an imperfect of three consonants, no
        // long vowel (foreign names in «لي» have one: ليونيل، ليفاندوفسكي).
        let lam_imperfect = short_chars::<5>(k).is_some_and(|(c, n)| {
            n == 5
                && c[0] == 'ل'
                && c[1] == 'ي'
                && !c[2..].iter().any(|&x| matches!(x, 'ا' | 'و' | 'ي' | 'ى'))
        });
        verbal_noun || nisba || verb || lam_imperfect
    }

    fn hamza_after_proclitic(&self, i: usize) -> bool {
        super::words::hamza_after_proclitic(self.doc, i)
    }

    /// A word that may be a foreign surname: not a short imperfect verb
    /// (يريد), a plural or a word with a pronoun suffix, nor a function
    /// word after و/ف.
    pub(super) fn foreign_like(&self, i: usize) -> bool {
        self.foreign_like_with(i, false)
    }

    /// [`Self::foreign_like`], also for a word of five letters or more in
    /// «نا» when `na` is true (after a foreign given name: «خوسيه ريينا»،
    /// «لويس هورنا»; «نا» is else the pronoun "our").
    fn foreign_like_with(&self, i: usize, na: bool) -> bool {
        let k = self.key(i);
        let n = k.chars().count();
        let na = na && n >= 5 && k.ends_with("نا");
        // Imperfect verbs, also of the forms V, VI and X at any length
        // («يستعيد»، «يتقدم»; not «يلتسين»، «يعالون»).
        let verb = (4..=5).contains(&n) && k.starts_with('ي')
            || k.starts_with("يست")
            || k.starts_with("يت");
        let suffix = ["ها", "هم", "هما", "هن", "كم", "نا", "ات", "وا", "تم", "ته"]
            .iter()
            .any(|s| k.ends_with(s) && !(na && *s == "نا"))
            || k.starts_with(['و', 'ف']) && k.ends_with('ه')
            // A pronoun ه after a consonant (حديثه); foreign names end in
            // يه or اه (روجيه، توريه، إيبواه).
            || self.doc.token_text(&self.doc.tokens()[i]).ends_with('ه')
                && !k.ends_with("يه")
                && !k.ends_with("اه");
        // ل and a consonant is the preposition (لفيضان): foreign names
        // begin with لا، لو، لي (لارسن، لويس، ليونيل).
        let lam = k
            .strip_prefix('ل')
            .and_then(|r| r.chars().next())
            .is_some_and(|c| !matches!(c, 'ا' | 'و' | 'ي' | 'ى'));
        // Triliteral verbs (بدأ) and short nouns in the accusative (هدفا).
        let short = n < 4 || accusative_shape(k) || self.adjective_shape(i);
        // Also before a verb of a derived form («فاحتسب»).
        let conj = k.strip_prefix(['و', 'ف']).is_some_and(|r| {
            crate::extract::words::is_stopword(r)
                || r.chars().count() < 3
                || super::morph::common_shape(r)
        });
        !short
            && arabic_word(k)
            && !verb
            && !suffix
            && !lam
            && !conj
            && !self.common_shape(i)
            && !self.hamza_after_proclitic(i)
    }

    /// An adjective in the accusative of the shapes فعيلا and مفعولا
    /// («راؤول بديلا»، «راؤول مشهورا») or ك + an elative («كأفضل»): no
    /// surname.
    fn adjective_shape(&self, i: usize) -> bool {
        let (c, n) = short_chars::<6>(self.key(i)).unwrap_or((['\0'; 6], 0));
        let cons = |x: usize| !matches!(c[x], 'ا' | 'و' | 'ي' | 'ى' | 'ء');
        let fa3ilan = fa3ilan_shape(self.key(i));
        let maf3ulan =
            n == 6 && c[0] == 'م' && cons(1) && cons(2) && c[3] == 'و' && cons(4) && c[5] == 'ا';
        // A participle or noun in م in the accusative (مؤتمرا، مشروعا،
        // موقفا; names in م have a long vowel after it: ماريا، ميشا).
        // The original text keeps the hamza (the normalized one has كا).
        let t = &self.doc.tokens()[i];
        let original = self.doc.original_slice(self.doc.span(t.range.clone()));
        let mafalan =
            n >= 5 && c[0] == 'م' && (cons(1) || original.starts_with("مؤ")) && c[n - 1] == 'ا';
        // An elative أفعل (أصعب، أشهر): the hamza and three consonants.
        // Also of a root with و (أوكل، أوقف).
        let af3al = n == 4 && original.starts_with('أ') && c[1] != 'ا' && cons(2) && cons(3);
        fa3ilan || maf3ulan || mafalan || af3al || original.starts_with("كأ")
    }

    /// The token after a hyphen that continues a name of two words or more
    /// ending in a foreign or unknown word: a lexicon name or a short
    /// unknown word («كيم جونغ - ايل»، «ميشال اليو - ماري»).
    fn hyphen_part(&self, first: usize, last: usize) -> Option<usize> {
        let toks = self.doc.tokens();
        let j = last + 1;
        let t = toks.get(j)?;
        if last == first
            || t.sentence != toks[last].sentence
            || toks[last].range.end > t.range.start
        {
            return None;
        }
        let gap = self.doc.norm().get(toks[last].range.end..t.range.start)?;
        if gap.trim_matches(' ') != "-" {
            return None;
        }
        let foreign = |i: usize| {
            self.info[i].unknown()
                || self.info[i]
                    .bare_name
                    .is_some_and(|f| f.has(NameFlags::FOREIGN))
        };
        let w = &self.info[j];
        let part = w.nameable()
            && !w.definite
            && !w.place
            && w.particle.is_none()
            && (w.bare_name.is_some_and(|f| f.safe_name())
                || w.unknown() && self.key(j).chars().count() <= 4 && self.name_like(j));
        (foreign(last) && part).then_some(j)
    }

    /// True when token `j` is a one-word title with the ي of the dual or
    /// plural construct («عضوي»، «مديري») before the noun it governs, a
    /// definite word or an organization's head («لجنة»); not a nisba
    /// family name («فارسي وموسى»، «أميري مقدم»، «نجمي أمس»).
    fn title_in_construct(&self, j: usize) -> bool {
        let titles = &super::lexicon::lexicon().single_titles;
        // (The cheap tests first: the look-ups allocate.)
        self.key(j).ends_with('ي')
            && self.next(j).is_some_and(|n| {
                let x = &self.info[n];
                !self.key(n).starts_with('و')
                    && !x.title
                    && (x.definite || orgs().heads_single.contains_key(self.key(n)))
            })
            && self.key(j).strip_suffix('ي').is_some_and(|stem| {
                stem.chars().nth(2).is_some()
                    && (titles.contains(stem) || titles.contains(&format!("ال{stem}")))
            })
    }

    /// Grows a name from token `first` to the right.
    pub fn grow(&self, first: usize, titled: bool) -> Option<NameCand<'a>> {
        let w = &self.info[first];
        let prefix = w.name.map_or(w.prefix, |(p, _)| p);
        // Two proclitics with ب ك ل before a name found by no title are
        // rather a word: «وبكيت» (and I cried), «وبروز» (and the rise),
        // «وكرامة»; unless a known name follows («ولميخائيل غورباتشوف»).
        if !titled
            && prefix >= 4
            && self
                .key(first)
                .get(..prefix)
                .is_some_and(|p| p.contains(['ب', 'ك', 'ل']))
            && self
                .next(first)
                .is_none_or(|n| self.info[n].bare_name.is_none())
        {
            return None;
        }
        // «قال مارتسيو إيلاريو فيوري»، «يقدم فيوري»: «ف» (so, then) opens a
        // clause, after punctuation or a pronoun («وأما أنا فعلي بن أبي
        // طالب»); right after another word it is a letter of the name
        // («فيوري» is no «يوري»).
        if !titled
            && prefix == 'ف'.len_utf8()
            && self.key(first).starts_with('ف')
            && first > 0
            && self.next(first - 1) == Some(first)
            && !matches!(
                self.key(first - 1),
                "انا"
                    | "وانا"
                    | "هو"
                    | "وهو"
                    | "هي"
                    | "وهي"
                    | "نحن"
                    | "ونحن"
                    | "اما"
                    | "واما"
            )
        {
            return None;
        }
        // «لعودة مارسيل»، «لحماس خالد مشعل»: ل or ب and an everyday
        // feminine noun or an organization, before a safe given name, is
        // a noun in construct with the name or a complement before it.
        if let Some(n) = self.next(first)
            && self.info[n]
                .bare_name
                .is_some_and(|f| f.safe_name() && f.has(NameFlags::GIVEN))
            && self.info[n].particle.is_none()
            && w.particle.is_none()
            && (w.name.is_some_and(|(p, f)| {
                p > 0
                    && f.has(NameFlags::COMMON)
                    && self.key(first).get(..p).is_some_and(|pre| pre.ends_with(['ل', 'ب']))
                    // A feminine noun («لعودة لويس»، «لحياة زيدان»); not
                    // a given name that is also an adjective («لسالم
                    // محمد»، «لنبيل هيثم»).
                    && self.doc.token_text(&self.doc.tokens()[first]).ends_with('ة')
            }) || w.name.is_some_and(|(_, f)| {
                // «عودة ديدييه دروغبا» (Drogba's return): an Arabic given
                // name that is an everyday word before a foreign given
                // name is a noun in construct with the name (not a short
                // one, often a foreign name too: «روي كين»).
                f.has(NameFlags::COMMON)
                    && self.key(first).chars().nth(3).is_some()
                    && !f.has(NameFlags::FOREIGN)
                    && self.info[n]
                        .bare_name
                        .is_some_and(|g| g.has(NameFlags::FOREIGN) && !g.has(NameFlags::FAMILY))
            }) || w.unknown()
                // ل or ب and a known organization («لحماس»; not «السيناتور
                // لندلسي غراهام»).
                && self
                    .key(first)
                    .strip_prefix(['ل', 'ب'])
                    .is_some_and(|r| orgs().by_key.contains_key(r)))
        {
            return self.grow(n, titled);
        }
        let mut last = first;
        // A name may begin with a particle: أبو مازن، عبد الله، آل سعود.
        if w.particle.is_some() {
            let n = self.next(first)?;
            let pair = format!("{} {}", self.key(first), self.key(n));
            // «أم» before a definite word names a place or a thing (أم
            // القرى، أم درمان), not a mother («أم كلثوم»); before a word that
            // is no given name it is the conjunction "or" («غناء أم شعرا»،
            // «بوش أم ووكر»).
            let umm = w.particle == Some("kunya_female")
                && (self.info[n].definite
                    || !self.info[n]
                        .bare_name
                        .is_some_and(|f| f.has(NameFlags::GIVEN)));
            let house = w.particle == Some("family_house") && self.house_name(n);
            // «أبو طالب»: a given name that is also a verb after a kunya;
            // «عبد الملك»: a title word is a divine name after «عبد».
            let kin = w.particle.is_some_and(|r| {
                (r.starts_with("kunya") || r.starts_with("theophoric")) && self.lineage_part(r, n)
            });
            // «سيارة أبي تحمل»، «أغرم أبي بفنها»: "my father" before a verb
            // in ت or a noun with a pronoun.
            let my_father = w.particle.is_some_and(|r| r.starts_with("kunya"))
                && self.info[n].unknown()
                && (ta_imperfect(self.key(n))
                    || ["ها", "هم", "هما", "كم"]
                        .iter()
                        .any(|s| self.key(n).ends_with(s)));
            if !(self.info[n].nameable() || house || kin)
                || my_father
                // «وصرح آبي مخاطبًا»: no name part in the accusative
                // tanwin.
                || self.nunated(n) == Some(true)
                || self.info[n].place
                || umm
                || places().is_place(&pair)
            {
                return None;
            }
            last = n;
        }
        while last + 1 - first < MAX_NAME {
            let Some(j) = self.next(last) else {
                // «كيم جونغ - ايل»، «ميشال اليو - ماري»: a hyphenated part.
                match self.hyphen_part(first, last) {
                    Some(j) => {
                        last = j;
                        continue;
                    }
                    None => break,
                }
            };
            let take = self.continuation(first, last, j, titled);
            if take == 0 {
                break;
            }
            last = j + take - 1;
        }
        // Never end on a particle but a suffix.
        while last > first
            && self.info[last]
                .particle
                .is_some_and(|r| !matches!(r, "compound_suffix" | "foreign_suffix"))
        {
            last -= 1;
        }
        let toks = self.doc.tokens();
        let start = toks[first].range.start + prefix;
        let range = start..toks[last].range.end;
        // (The first key is made without its proclitics at once.)
        let keys: Vec<Key> = (first..=last)
            .map(|i| {
                let k = self.key(i);
                if i == first {
                    Key::Borrowed(k.get(prefix..).unwrap_or(""))
                } else {
                    Key::Borrowed(k)
                }
            })
            .collect();
        Some(NameCand {
            first,
            last,
            range,
            keys,
            title: None,
        })
    }
}

/// [`Document::token_at`] of byte `pos`, walking from token `from` when it
/// begins at or before `pos` (the tokens before it then end before `pos`):
/// the last token of a title a few tokens after its first, without a
/// binary search over the document.
fn token_at_from(doc: &Document, from: usize, pos: usize) -> Option<usize> {
    let toks = doc.tokens();
    if toks.get(from).is_none_or(|t| t.range.start > pos) {
        return doc.token_at(pos);
    }
    let mut i = from;
    while toks.get(i).is_some_and(|t| t.range.end <= pos) {
        i += 1;
    }
    toks.get(i).filter(|t| t.range.start <= pos).map(|_| i)
}

/// True when candidate `c` is one token, a foreign given name that is no
/// everyday word (which [`extend_left`] may read as a surname).
fn foreign_alone<'a>(ctx: &Ctx<'a, '_>, c: &NameCand<'a>) -> bool {
    c.first == c.last
        && ctx.info[c.first]
            .bare_name
            .is_some_and(|f| f.has(NameFlags::FOREIGN) && !f.has(NameFlags::COMMON))
}

/// Extends candidates that do not begin with a given name one word to the
/// left over a given name or an unknown name-like word («كوفي أنان»).
pub fn extend_left<'a>(ctx: &Ctx<'a, '_>, cands: &mut [NameCand<'a>], taken: &mut [bool]) {
    if cands.is_empty() {
        return;
    }
    let toks = ctx.doc.tokens();
    // How many taken tokens that end a name (the next token is not taken)
    // have each key: the surnames of the article, kept up to date as names
    // grow to the left, so that each look-up is one probe, not a scan.
    // Only a foreign given name alone reads them (a candidate's first and
    // last tokens are its own until its turn): without one, the pass over
    // the tokens is not made.
    let mut surnames: HashMap<&str, usize> = HashMap::default();
    if cands.iter().any(|c| foreign_alone(ctx, c)) {
        for t in (0..taken.len()).filter(|&t| taken[t] && taken.get(t + 1) != Some(&true)) {
            *surnames.entry(ctx.key(t)).or_default() += 1;
        }
    }
    for c in cands.iter_mut() {
        // «بان كي مون»: a foreign lexicon name (also a homograph of a
        // function word: بان = بأن) and a short unknown word before a
        // foreign surname.
        if let Some(q) = short_middle_name(ctx, c, taken) {
            extend_left_to(ctx, c, taken, q);
            continue;
        }
        // «الزميل عايض بن عبدالرحمن الشهراني»: an unknown given name
        // before «بن/بنت» and the name.
        if let Some(q) = given_before_nasab(ctx, c, taken) {
            extend_left_to(ctx, c, taken, q);
            continue;
        }
        // A foreign given name alone may be a surname too («أريادني
        // أوليفر»، «رايمون دومينيك»).
        let foreign_alone = foreign_alone(ctx, c);
        if c.title.is_some()
            || c.first == 0
            || ctx.is_given(c.first) && !foreign_alone
            || c.range.start != toks[c.first].range.start
        {
            continue;
        }
        let p = c.first - 1;
        let w = &ctx.info[p];
        if taken[p]
            || ctx.next(p) != Some(c.first)
            || !w.nameable()
            || w.definite
            || w.place
            || w.demonym.is_some()
        {
            continue;
        }
        // An unknown name-like word before a foreign surname is its given
        // name («كوفي أنان»، «فيديل كاسترو»).
        let foreign = ctx.info[c.first]
            .bare_name
            .is_some_and(|f| f.has(NameFlags::FOREIGN) && f.has(NameFlags::FAMILY))
            || foreign_alone;
        let foreign = foreign
            && w.unknown()
            && !w.speech
            // Foreign given names may end like a pronoun suffix (روجيه).
            && (ctx.name_like(p) || ctx.foreign_like(p))
            && !ctx.conj(p)
            // Verbs come before names too («دخل أينشتاين»): only after a
            // speech verb, a title or a demonym («وقال كوفي أنان»), or a
            // word of a foreign shape («داستين هوفمان»).
            && (foreign_given_shape(ctx.key(p))
                // «روين فرنانديز»، «كيني ميلر» before a foreign family name.
                || ctx.info[c.first]
                    .bare_name
                    .is_some_and(|f| f.has(NameFlags::FAMILY))
                    && hollow_given_shape(ctx.key(p))
                || p > 0
                    && ctx.next(p - 1) == Some(p)
                    && (ctx.info[p - 1].speech
                        || ctx.info[p - 1].title
                        || ctx.info[p - 1].demonym.is_some()));
        // Before a given name alone, not a verb of the forms VII/VIII
        // («اختير راؤول») nor the surname of someone else in the article
        // («وأشرك كابيلو راؤول»).
        let k = ctx.key(p);
        let foreign = foreign
            // A given name is short: no loanword («سوبرماركت مانويل»).
            && !(foreign_alone && k.chars().nth(7).is_some())
            && !(foreign_alone
                && (k.starts_with('ا')
                    && k.chars()
                        .nth(2)
                        .is_some_and(|c| matches!(c, 'ت' | 'ط' | 'د'))
                    || surnames.get(k).is_some_and(|&n| n > 0)));
        if !w.bare_name.is_some_and(|f| f.has(NameFlags::GIVEN)) && !foreign {
            continue;
        }
        taken[p] = true;
        // The token before, if taken, no longer ends a name.
        if p > 0
            && taken[p - 1]
            && let Some(n) = surnames.get_mut(ctx.key(p - 1))
        {
            *n = n.saturating_sub(1);
        }
        c.first = p;
        c.range.start = toks[p].range.start;
        c.keys.insert(0, Key::Borrowed(ctx.key(p)));
    }
}

/// The first token of a lineage whose given name no lexicon knows: a
/// candidate that begins with a given name (or «عبد …») after «بن/بنت»,
/// and before the particle an unknown word of the shape of an Arabic
/// given name (four to six letters: عايض، مفلح، شويش), not a verb of the
/// derived forms (استقبل، انتقد: «ا»), a preposition or conjunction and
/// a word, a title, a speech verb or a function word («واستقبل بن علي»
/// is no name).
fn given_before_nasab<'a>(ctx: &Ctx<'a, '_>, c: &NameCand<'a>, taken: &[bool]) -> Option<usize> {
    let toks = ctx.doc.tokens();
    if c.title.is_some()
        || c.first < 2
        || c.range.start != toks[c.first].range.start
        || !(ctx.is_given(c.first)
            || ctx.info[c.first]
                .particle
                .is_some_and(|r| r.starts_with("theophoric")))
    {
        return None;
    }
    let (q, p) = (c.first - 2, c.first - 1);
    let w = &ctx.info[q];
    let k = ctx.key(q);
    let n = k.chars().count();
    (matches!(ctx.key(p), "بن" | "بنت")
        && ctx.info[p].particle == Some("patronymic")
        && !taken[p]
        && !taken[q]
        && ctx.next(q) == Some(p)
        && ctx.next(p) == Some(c.first)
        && w.unknown()
        && w.prefix == 0
        && !w.speech
        && !w.title
        && (4..=6).contains(&n)
        && !k.starts_with('ا')
        && arabic_word(k)
        && ctx.name_like(q)
        && !ctx.conj(q)
        && known_given_shape(k))
    .then_some(q)
}

/// The first token of a three-part East Asian name ending in candidate
/// `c` («بان كي مون»): before a foreign family name found alone, a word
/// of two or three letters no lexicon knows and, before it, a foreign
/// lexicon name written without a hamza (not «بأن»), none of them taken.
fn short_middle_name<'a>(ctx: &Ctx<'a, '_>, c: &NameCand<'a>, taken: &[bool]) -> Option<usize> {
    let toks = ctx.doc.tokens();
    if c.title.is_some()
        || c.first < 2
        || c.range.start != toks[c.first].range.start
        || !ctx.info[c.first]
            .bare_name
            .is_some_and(|f| f.has(NameFlags::FOREIGN) && f.has(NameFlags::FAMILY))
    {
        return None;
    }
    let (q, p) = (c.first - 2, c.first - 1);
    let mid = ctx.key(p).chars().count();
    let first_ok = ctx.info[q]
        .bare_name
        .is_some_and(|f| f.has(NameFlags::FOREIGN))
        && !ctx.info[q].blocked
        && !ctx.info[q].definite
        && !ctx
            .doc
            .original_slice(ctx.doc.span(toks[q].range.clone()))
            .contains(['أ', 'إ', 'آ']);
    (!taken[p]
        && !taken[q]
        && ctx.next(q) == Some(p)
        && ctx.next(p) == Some(c.first)
        && ctx.info[p].unknown()
        && (2..=3).contains(&mid)
        && arabic_word(ctx.key(p))
        && !ctx.conj(p)
        && first_ok)
        .then_some(q)
}

/// A foreign particle right before a foreign name that begins a
/// candidate is part of it: «دي ستيفانو»، «ديل بوسكي»، «فان بيرسي» (the
/// articles لا، لو، لي are too ambiguous alone).
pub fn particle_left<'a>(ctx: &Ctx<'a, '_>, cands: &mut [NameCand<'a>], taken: &mut [bool]) {
    let toks = ctx.doc.tokens();
    for c in cands.iter_mut() {
        if c.first == 0 || c.range.start != toks[c.first].range.start {
            continue;
        }
        let p = c.first - 1;
        // (The cheap tests first: the original text and the shape of the
        // name are read only after a foreign particle.)
        if taken[p]
            || ctx.info[p].particle != Some("foreign_particle")
            || ctx.info[p].blocked
            || ctx.next(p) != Some(c.first)
        {
            continue;
        }
        let foreign = ctx.info[c.first]
            .bare_name
            .is_some_and(|f| f.has(NameFlags::FOREIGN))
            || ctx.info[c.first].unknown() && ctx.foreign_like(c.first);
        // «فإن» (so) is no «فان» (van).
        let hamza = ctx
            .doc
            .original_slice(ctx.doc.span(toks[p].range.clone()))
            .contains(['أ', 'إ', 'آ']);
        if hamza || !foreign {
            continue;
        }
        taken[p] = true;
        c.first = p;
        c.range.start = toks[p].range.start;
        c.keys.insert(0, Key::Borrowed(ctx.key(p)));
    }
}

/// True when `key` begins with an Arabic letter (not a Latin word or a
/// number).
fn arabic_word(key: &str) -> bool {
    key.chars()
        .next()
        .is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// A short noun in the accusative: three consonants and ا (هدفا، وقتا),
/// not a foreign name with a long vowel inside (ماسا، ساها).
/// An imperfect verb in ت of four letters: a hollow one (تقوم، تعود،
/// تبيع) or three consonants after ت (تعمل، تشهد); no family name.
fn ta_imperfect(k: &str) -> bool {
    let cons = |x: char| !matches!(x, 'ا' | 'و' | 'ي' | 'ى' | 'ء' | 'ة' | 'ه');
    short_chars::<4>(k).is_some_and(|(c, n)| {
        n == 4
            && c[0] == 'ت'
            && cons(c[1])
            // «تش» writes a foreign ch (تشين، تشاو).
            && c[1] != 'ش'
            && cons(c[3])
            && (matches!(c[2], 'و' | 'ي') || cons(c[2]))
    })
}

fn accusative_shape(k: &str) -> bool {
    short_chars::<4>(k).is_some_and(|(c, n)| n == 4 && c[3] == 'ا' && !c[..3].contains(&'ا'))
}

/// An adjective of the shape فعيل in the indefinite accusative, an adverb
/// («سريعا»، «كثيرا»، «قريبا»): two consonants, ي, a consonant and ا.
fn fa3ilan_shape(k: &str) -> bool {
    let cons = |x: char| !matches!(x, 'ا' | 'و' | 'ي' | 'ى' | 'ء');
    short_chars::<5>(k).is_some_and(|(c, n)| {
        n == 5 && cons(c[0]) && cons(c[1]) && c[2] == 'ي' && cons(c[3]) && c[4] == 'ا'
    })
}

/// The characters of a word of at most `N` characters, and how many there
/// are; `None` for a longer word (no allocation in the per-word tests).
fn short_chars<const N: usize>(word: &str) -> Option<([char; N], usize)> {
    let mut out = ['\0'; N];
    let mut n = 0;
    for c in word.chars() {
        *out.get_mut(n)? = c;
        n += 1;
    }
    Some((out, n))
}

/// The shape of a foreign given name rather than an Arabic verb or noun:
/// five letters or more with a long vowel و/ي inside (داستين، ألفريد،
/// إستوارت), not a participle in م (مبعوث، مشروع) nor a verbal noun.
pub fn foreign_given_shape(key: &str) -> bool {
    let c: Vec<char> = key.chars().collect();
    c.len() >= 5
        // Not a participle, a word after ف or ل (فحاول، لتوجه), a future
        // verb (سيتنحى), a feminine noun or a pronoun suffix (نظرية، نجميه).
        && !matches!(c[0], 'م' | 'ف' | 'ل')
        && !key.starts_with("سيت")
        && !key.starts_with("سين")
        && !key.ends_with('ه')
        // Not a broken plural فواعل (جوائز، عواصم).
        && !(c.len() == 5 && c[1] == 'و' && c[2] == 'ا')
        && c[1..c.len() - 1].iter().any(|&x| x == 'و' || x == 'ي')
        && !super::morph::common_shape(key)
}

/// The shape of a short foreign given name with a long vowel after its
/// first letter (روين، كيني، جيمس، سيغموند): four to seven letters, not
/// beginning like an imperfect or future verb, a participle or a word
/// after a proclitic (يقول، تولى، سيزور، موقف، فيما، ليكون، وصول), nor
/// ending like a feminine noun, a plural or a pronoun.
pub fn hollow_given_shape(key: &str) -> bool {
    let Some((c, n)) = short_chars::<7>(key) else {
        return false;
    };
    let verb_or_proclitic = matches!(c[0], 'ي' | 'ت' | 'ف' | 'ل' | 'م' | 'و' | 'ن' | 'ا' | 'ك')
        || c[0] == 'س' && c[1] == 'ي';
    let ending = matches!(c[n.saturating_sub(1)], 'ه' | 'ة')
        || key.ends_with("ات")
        || key.ends_with("ون")
        // A dual or plural (دولتين), not a short name (روين).
        || n > 4 && key.ends_with("ين");
    (4..=7).contains(&n)
        && matches!(c[1], 'ي' | 'و')
        && !verb_or_proclitic
        && !ending
        && !super::morph::common_shape(key)
}

/// The shape of a third name word after a title («محمود أحمدي نجاد»), not
/// a verb after the name (اتفق، نشرت، جدد is accepted: a boundary follows
/// it only when it ends the clause), a proclitic and a noun (بانسحاب،
/// لانتقال، فوصف) nor a participle (مساعد).
fn third_part_shape(key: &str) -> bool {
    let Some((c, n)) = short_chars::<12>(key) else {
        return false;
    };
    let cons = |x: usize| !matches!(c[x], 'ا' | 'و' | 'ي' | 'ى' | 'ء');
    if n < 3 {
        return false;
    }
    let proclitic = matches!(c[0], 'ب' | 'ل' | 'ف' | 'ك') && preposition_letter(c[1])
        || matches!(c[0], 'ب' | 'ل' | 'ف' | 'ك') && c[1] == 'ا' && n >= 5 && cons(2) && cons(3);
    // Past verbs of the forms V and VI (تخلى، تحدث، تراجع).
    let form5 = c[0] == 'ت' && (c[n - 1] == 'ى' || n == 4 || n == 5 && c[2] == 'ا');
    let verb = c[0] == 'ي'
        || form5
        || c[0] == 'م' && cons(1)
        || c[0] == 'ا' && cons(1) && cons(2)
        || c[n - 1] == 'ت' && cons(n - 2);
    !proclitic && !verb
}

/// Stricter than [`foreign_given_shape`] for a word before a surname that
/// no lexicon knows either: not a verb (يشترون، سيدعم، توجهت), ب/ل + a
/// word (بتعريف), a broken plural or a verbal noun (أموال، ضيوف، غياب،
/// جواب، تصاميم، توقيع) nor an accusative (طويلا).
fn known_given_shape(key: &str) -> bool {
    let Some((c, n)) = short_chars::<10>(key) else {
        return false;
    };
    if n < 4 {
        return false;
    }
    let bi = c[0] == 'ب' && preposition_letter(c[1]);
    let verb_or_proclitic = bi
        || matches!(c[0], 'ي' | 'ت' | 'ل' | 'ف' | 'و' | 'م' | 'ك')
        || c[0] == 'س' && matches!(c[1], 'ي' | 'ت' | 'ن');
    let ending = matches!(c[n - 1], 'ا' | 'ة' | 'ه')
        || c[n - 1] == 'ت' && c[n - 2] != 'ي'
        || key.ends_with("ون")
        || key.ends_with("ين");
    // فعال (غياب، جواب), أفعال (أموال), فعول (ضيوف، شيوخ).
    let plural = n == 4 && matches!(c[2], 'ا' | 'و') || n == 5 && c[0] == 'ا' && c[3] == 'ا';
    !verb_or_proclitic && !ending && !plural
}

/// Extends a surname found again in the article («أوهارا», a word no
/// lexicon knows) one word to the left over an unknown word of the shape
/// of a foreign given name («سكارليت أوهارا»، «إستوارت بوين»).
pub fn extend_known_left<'a>(ctx: &Ctx<'a, '_>, cands: &mut [NameCand<'a>], taken: &mut [bool]) {
    let toks = ctx.doc.tokens();
    for c in cands.iter_mut() {
        if c.first != c.last
            || c.first == 0
            || c.range.start != toks[c.first].range.start
            || !ctx.info[c.first].unknown()
        {
            continue;
        }
        let p = c.first - 1;
        let w = &ctx.info[p];
        let k = ctx.key(p);
        if taken[p]
            || ctx.next(p) != Some(c.first)
            || !w.unknown()
            || w.speech
            || ctx.conj(p)
            || !(foreign_given_shape(k) || hollow_given_shape(k))
            || !(ctx.name_like(p) || ctx.foreign_like(p))
            || !known_given_shape(k)
        {
            continue;
        }
        taken[p] = true;
        c.first = p;
        c.range.start = toks[p].range.start;
        c.keys.insert(0, Key::Borrowed(k));
    }
}

/// A one-word name after a trigger: a safe lexicon name, or a word followed
/// by a boundary (punctuation, end of sentence or a function word).
fn single_ok(ctx: &Ctx, i: usize, titled: bool) -> bool {
    // After a title also a common-word name, but not a homograph of a
    // function word (علي = على) or an organization head word (نادي).
    let relaxed = titled
        && !ctx.info[i].place
        && !ctx.info[i].stop
        && !orgs().heads_single.contains_key(ctx.key(i));
    if ctx.info[i]
        .name
        .is_some_and(|(_, f)| f.safe_name() || relaxed && !f.has(NameFlags::PLACE))
    {
        return true;
    }
    if foreign_single(ctx, i) {
        return true;
    }
    match ctx.next(i) {
        None => true,
        Some(n) => {
            ctx.info[n].title
                || ctx.info[n].speech
                || matches!(
                    ctx.key(n),
                    "ان" | "انه"
                        | "انها"
                        | "الذي"
                        | "التي"
                        | "بان"
                        | "عن"
                        | "امس"
                        | "اليوم"
                        | "الي"
                )
        }
    }
}

/// «الرئيس شافيز»: an unknown word of the shape of a foreign given name
/// (not a broken plural, a verbal noun, ب + a noun, a nisba, a place or
/// organization head, a word in Latin script).
fn foreign_single(ctx: &Ctx, i: usize) -> bool {
    ctx.info[i].unknown() && {
        let k = ctx.key(i);
        let (c, len) = short_chars::<16>(k).unwrap_or((['\0'; 16], 0));
        let c = &c[..len];
        c.len() >= 4 && {
            let plural = c.len() >= 5 && c[2] == 'ا';
            let masdar = c[0] == 'ا' && c.len() >= 5 && c[c.len() - 2] == 'ا';
            let cons = |x: char| !matches!(x, 'ا' | 'و' | 'ي' | 'ى' | 'ء');
            // ب and a consonant, or ب and a verbal noun in و («بوضوح»، «بوقف»).
            let bi = c[0] == 'ب'
                && (preposition_letter(c[1])
                    || c[1] == 'و'
                        && (c.len() == 4 && cons(c[2]) && cons(c[3])
                            || c.len() == 5 && c[3] == 'و'));
            let arabic = c.iter().all(|x| ('\u{0621}'..='\u{064A}').contains(x));
            (foreign_given_shape(k) || hollow_given_shape(k))
                && known_given_shape(k)
                && !plural
                && !masdar
                && !bi
                && arabic
                && !(c[0] == 'ا' && k.ends_with('ت'))
                && !k.ends_with('ي')
                && !crate::extract::places::is_place_head(k)
                && !orgs().heads_single.contains_key(k)
        }
    }
}

/// Given names that are above all everyday words (matching keys).
const FALSE_FRIENDS: &[&str] = &[
    "سلام",
    "امل",
    "نور",
    "جمال",
    "امال",
    "اماني",
    "احلام",
    "ايمان",
    "وفاء",
    "رجاء",
    "ضياء",
    "امين",
    "فضل",
    "خير",
    // «صاحب الامتياز» (the holder of), «مرضى السكري» (patients: ى folds
    // to ي), «ألحان طارق» (melodies by).
    "صاحب",
    "مرضي",
    "الحان",
];

/// Is `key` a given name that is above all an everyday word
/// ([`FALSE_FRIENDS`])?
pub(super) fn false_friend(key: &str) -> bool {
    FALSE_FRIENDS.contains(&key)
}

/// True when a name candidate is acceptable without a title.
/// True when token `i` follows a place head noun, directly or after one
/// title: «حي الشيخ رضوان»، «مخيم رضوان» name a place, not a person.
fn after_place_head(ctx: &Ctx, i: usize) -> bool {
    let toks = ctx.doc.tokens();
    // Only spaces and opening marks between («متحف «مدام توسو»»), no
    // closing mark nor comma («الحكم فلان «ساحة» وفلان»: a referee's role).
    let before = |j: usize| {
        j > 0
            && toks[j - 1].sentence == toks[j].sentence
            && ctx.doc.norm()[toks[j - 1].range.end..toks[j].range.start]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '«' | '"' | '“' | '('))
    };
    // (By the word classes of the token's stems first: most words are
    // neither head.)
    let head = |j: usize| {
        crate::extract::places::triggers::head_of_token(ctx.doc, j).is_some()
            || super::facilities::facility_head_at(ctx, j)
    };
    before(i) && (head(i - 1) || ctx.info[i - 1].title && before(i - 1) && head(i - 2))
}

fn untitled_ok<'a>(ctx: &Ctx<'a, '_>, c: &NameCand<'a>) -> bool {
    if after_place_head(ctx, c.first) {
        return false;
    }
    let w = &ctx.info[c.first];
    let len = c.last + 1 - c.first;
    if w.particle.is_some() {
        return len >= 2;
    }
    // «الوليد بن عبد الملك»، «الحسين بن علي».
    if definite_given_nasab(ctx, c.first) {
        return len >= 3;
    }
    let Some((prefix, f)) = w.name else {
        return false;
    };
    // «السلطان العثماني محمد الفاتح»: a definite family name or nisba
    // before a given name is an adjective of the word before it; the name
    // begins at the given name.
    // Also before a kunya: «الأصولي المصري أبو حمزة».
    if w.definite
        && !f.has(NameFlags::GIVEN)
        && len >= 2
        && (ctx.is_given(c.first + 1)
            || ctx.info[c.first + 1]
                .particle
                .is_some_and(|r| r.starts_with("kunya")))
    {
        return false;
    }
    // «للبنى التحتية»: ل + ال + a noun and its adjective, at any length.
    let lam_lam = ctx.key(c.first).starts_with("لل") && prefix == 'ل'.len_utf8();
    if prefix > 0 && (len == 1 || lam_lam) && short_after_preposition(ctx.key(c.first), prefix, f) {
        return false;
    }
    // «وواصل البدري»، «ووعد عبدالسلام»: an everyday-word given name after
    // و at the start of a sentence is above all a verb or a noun.
    let toks = ctx.doc.tokens();
    let clause_start = c.first == 0 || toks[c.first - 1].sentence != toks[c.first].sentence;
    if f.has(NameFlags::COMMON)
        && w.bare_name.is_none()
        && ctx.key(c.first).starts_with('و')
        && clause_start
    {
        return false;
    }
    if f.has(NameFlags::COMMON) || f.has(NameFlags::PLACE) {
        // False friends (أمل، سلام، نور، جمال) need a safe name after them,
        // or (a given name that is no place) another lexicon name: «عادل
        // إمام»، «توفيق الحكيم».
        // The most frequent false friends need a family name after them
        // («نور الشريف»), not a second everyday word («سلام عادل»).
        let strong = !FALSE_FRIENDS.contains(&ctx.key(c.first));
        let second = c.first < c.last
            && ctx.info[c.first + 1].bare_name.is_some_and(|g| {
                !g.has(NameFlags::PLACE)
                    && (g.has(NameFlags::FAMILY) || strong && !ctx.info[c.first + 1].definite)
            });
        // «نصر الله»، «جمال الدين»: a given name in a compound.
        let compound = c.first < c.last
            && ctx.info[c.first + 1].particle == Some("compound_suffix")
            // Not «رسول الله»، «أمر الله»: only الدين (and العابدين, in
            // «زين العابدين» only) without a trigger.
            && matches!(ctx.key(c.first + 1), "الدين" | "العابدين")
            && f.has(NameFlags::GIVEN)
            && !f.has(NameFlags::PLACE);
        // «صالح العجيري»: a definite nisba after a given name; an
        // everyday word would be followed by a noun in construct, rarely by
        // a nisba.
        let nisba = c.first < c.last && {
            let k = ctx.key(c.first + 1);
            strong
                && f.has(NameFlags::GIVEN)
                && !f.has(NameFlags::PLACE)
                && ctx.info[c.first + 1].definite
                && ctx.info[c.first + 1].demonym.is_none()
                && ctx.info[c.first + 1]
                    .bare_name
                    .is_none_or(|g| g.has(NameFlags::FAMILY))
                && !ctx.info[c.first + 1].regnal
                // ي in the text, not ى (المستوى).
                && ctx
                    .doc
                    .token_text(&ctx.doc.tokens()[c.first + 1])
                    .ends_with('ي')
                && k.chars().nth(4).is_some()
        };
        // «سعد بن أبي وقاص»: a given name before بن/ابن/بنت and a name.
        let nasab = len >= 3
            && f.has(NameFlags::GIVEN)
            && !f.has(NameFlags::PLACE)
            && ctx.info[c.first + 1].particle == Some("patronymic");
        // «منى عبد الغني»، «حسن أبو السعود»: a given name before a
        // theophoric or kunya name.
        let theophoric = len >= 3
            && strong
            && f.has(NameFlags::GIVEN)
            && !f.has(NameFlags::PLACE)
            && ctx.info[c.first + 1]
                .particle
                .is_some_and(|r| r.starts_with("theophoric") || r.starts_with("kunya"));
        // «فايزة أبوالنجا»: a kunya written joined as the family name.
        let joined_kunya = len >= 2
            && strong
            && f.has(NameFlags::GIVEN)
            && !f.has(NameFlags::PLACE)
            && ctx.info[c.first + 1].unknown()
            && ctx.key(c.first + 1).starts_with("ابو")
            && ctx.key(c.first + 1).chars().nth(4).is_some();
        // «سالم باوزير»: a Hadrami family name in «با».
        let ba = len >= 2
            && strong
            && f.has(NameFlags::GIVEN)
            && !f.has(NameFlags::PLACE)
            && ctx.info[c.first + 1].unknown()
            && ctx.ba_family(c.first + 1);
        return len >= 2
            && (compound
                || ba
                || nasab
                || theophoric
                || joined_kunya
                || nisba
                || ((c.first + 1)..=c.last)
                    .any(|i| ctx.info[i].bare_name.is_some_and(|g| g.safe_name()))
                || second
                    && f.has(NameFlags::GIVEN)
                    && !f.has(NameFlags::PLACE)
                    // With a proclitic only before an indefinite family
                    // name: «لنجيب محفوظ».
                    && (w.bare_name.is_some() || ctx.info[c.first + 1].bare_name.is_some_and(|g| g.has(NameFlags::FAMILY) || g.has(NameFlags::GIVEN)) && !ctx.info[c.first + 1].definite));
    }
    if f.has(NameFlags::GIVEN) {
        // A given name that is also a town, before a family name: «بشار
        // الأسد».
        return !w.place
            || len >= 2
                && ((c.first + 1)..=c.last).any(|i| {
                    ctx.info[i]
                        .bare_name
                        .is_some_and(|g| g.safe_name() && g.has(NameFlags::FAMILY))
                });
    }
    // A family name alone: only a foreign one (لافروف) or with more parts.
    len >= 2 || f.has(NameFlags::FOREIGN)
}

/// A given name with the article (the classical style: «الوليد»،
/// «الحسين»، «المختار») right before «بن/ابن» and a name: the start of a
/// lineage.
#[inline]
fn definite_given_nasab(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.info[i];
    w.definite
        && ctx
            .info
            .get(i + 1)
            .is_some_and(|x| x.particle == Some("patronymic"))
        && nasab_rest(ctx, i)
}

/// The rest of [`definite_given_nasab`], once the word is definite and a
/// patronymic follows it.
fn nasab_rest(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.info[i];
    // The cheap tests first: this runs for every word that may begin a
    // name.
    if !w.definite || w.prefix != 0 || w.demonym.is_some() || w.place || !w.nameable() {
        return false;
    }
    if ctx
        .info
        .get(i + 1)
        .is_none_or(|x| x.particle != Some("patronymic"))
    {
        return false;
    }
    let Some(n) = ctx.next(i) else {
        return false;
    };
    ctx.next(n).is_some_and(|m| {
        let x = &ctx.info[m];
        (x.nameable() || ctx.lineage_part("patronymic", m))
            && (x.bare_name.is_some_and(|f| f.has(NameFlags::GIVEN))
                || x.particle
                    .is_some_and(|r| r.starts_with("theophoric") || r.starts_with("kunya")))
    }) && ctx.key(i).strip_prefix("ال").is_some_and(|stem| {
        super::lexicon::lexicon()
            .names
            .get(stem)
            .is_some_and(|f| f.has(NameFlags::GIVEN) && !f.has(NameFlags::PLACE))
    })
}

/// A word read as a preposition and a short name that is above all a
/// common word: ب or ك and a name of at most four letters («برقية»،
/// «كيان»، «بريد»، «كلاما»), ل and one of at most three («لايف»), ل and an
/// Arabic name beginning with ل («للبنى» is ل + ال + بنى). `prefix` is the
/// byte length of the proclitics.
fn short_after_preposition(key: &str, prefix: usize, f: NameFlags) -> bool {
    let (Some(pre), Some(stem)) = (key.get(..prefix), key.get(prefix..)) else {
        return false;
    };
    let pre = pre.strip_prefix(['و', 'ف']).unwrap_or(pre);
    let n = stem.chars().count();
    match pre {
        "ب" | "ك" => n <= 4,
        "ل" => n <= 3 || stem.starts_with('ل') && !f.has(NameFlags::FOREIGN),
        _ => false,
    }
}

/// «العالم الألماني» (the German scientist): «العالم» (also the world)
/// before a singular demonym (not «العربي»، «الغربي») is a role; token `i`
/// is the demonym.
fn scientist(ctx: &Ctx, i: usize) -> bool {
    if i == 0 || ctx.info[i].demonym.is_none() {
        return false;
    }
    let k = ctx.key(i);
    !ctx.info[i].blocked
        && k.starts_with("ال")
        && (k.ends_with('ي') || k.ends_with("يه"))
        && !matches!(k, "العربي" | "العربيه" | "الغربي" | "الغربيه")
        && ctx.next(i - 1) == Some(i)
        && matches!(
            ctx.key(i - 1),
            "العالم" | "والعالم" | "العالمه" | "والعالمه"
        )
}

/// True when title `title` is «الفريق» alone (the team, or the rank of
/// lieutenant general) and word `start` after it reads as what follows the
/// team: a function word («أمام»، «بلا»; «علي» written with ي is a name),
/// an accusative or adverb in ا («إنجازا»، «استعدادا»), ب and a word, or
/// a plural or verbal noun («جهود»، «استئناف»), or one word alone before
/// punctuation («إن الفريق جاهز.»). A given name no lexicon
/// knows stays («الفريق مهاب مميش»).
fn team_or_rank(ctx: &Ctx, title: usize, start: usize) -> bool {
    let k = ctx.key(title);
    if !matches!(k.strip_prefix(['و', 'ف']).unwrap_or(k), "الفريق" | "للفريق") {
        return false;
    }
    let w = &ctx.info[start];
    let key = ctx.key(start);
    if w.stop {
        return ctx.doc.token_text(&ctx.doc.tokens()[start]) != "علي";
    }
    w.unknown()
        && (key.ends_with('ا')
            || key.starts_with('ب')
            // One word alone before punctuation: «إن الفريق جاهز.».
            || ctx.next(start).is_none()
            || super::morph::common_shape(key)
            || short_chars::<4>(key).is_some_and(|(c, n)| n == 4 && c[2] == 'و'))
}

/// Past verbs (matching keys) whose first letters read as the article:
/// «التقى، ألقى، ألغى، التزم، التحق، ألمح، التمس» and their feminine.
const LAM_VERBS: &[&str] = &[
    "التقي",
    "التقت",
    "القي",
    "القت",
    "الغي",
    "الغت",
    "التزم",
    "التزمت",
    "التحق",
    "التحقت",
    "المح",
    "المحت",
    "التمس",
    "التمست",
];

/// True when token `i` is a title that is also an adjective («الرئيس» main,
/// «الناقد» critical, «الحاكم» ruling) right after a definite general noun
/// it qualifies: «المرتكز الرئيس ويحقق»، «التفكير الناقد فقال».
fn adjective_title(ctx: &Ctx, i: usize) -> bool {
    const ADJECTIVES: &[&str] = &[
        "الرييس",
        "الرايد",
        "الناقد",
        "القايد",
        "الحاكم",
        "الراعي",
        "الامين",
        "الوكيل",
        "المنتج",
        "المالك",
        "المشرف",
        "الفايز",
        "المنظم",
        "المضيف",
        "الشريف",
    ];
    if i == 0 || !ADJECTIVES.contains(&ctx.key(i)) {
        return false;
    }
    let toks = ctx.doc.tokens();
    let p = &ctx.info[i - 1];
    toks[i - 1].sentence == toks[i].sentence
        && clean_gap(ctx.doc, i - 1, i)
        && p.definite
        && !p.title
        // (A general noun the lexicons list as a stop word too: «الدور
        // الرائد».)
        && !crate::extract::words::is_stopword(ctx.key(i - 1))
        // A past verb that begins like the article: «التقى الرئيس».
        && !LAM_VERBS.contains(&ctx.key(i - 1))
        && !p.blocked
        && !p.place
        && p.name.is_none()
        && p.bare_name.is_none()
        && p.demonym.is_none()
        && p.particle.is_none()
}

/// A definite demonym used as a noun before a name («الإيطالي فابيو
/// كابيلو»): not after a word it could qualify (a definite or unknown noun),
/// only at the start of a sentence or after a function word or a verb.
fn demonym_title(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.info[i];
    if w.demonym.is_none() || w.blocked || w.title {
        return false;
    }
    // Only a singular nisba is a person («الروسي»، «الفرنسية»); a plural
    // is the people («على الصرب وأشعل فتيل الحرب»).
    if !(ctx.key(i).ends_with('ي') || ctx.key(i).ends_with("يه")) {
        return false;
    }
    let with_and = ctx.key(i).starts_with("وال");
    if !(with_and || ctx.key(i).starts_with("ال")) {
        return false;
    }
    let toks = ctx.doc.tokens();
    // «، والبرتغالي تياغو»: after a comma, the next item of a list; a
    // masculine demonym (the feminine also qualifies things: «والفرنسية
    // رافال»).
    if i > 0
        && toks[i - 1].sentence == toks[i].sentence
        && ctx.comma_after(i - 1)
        && ctx.doc.token_text(&toks[i]).ends_with('ي')
    {
        return true;
    }
    if i == 0 || toks[i - 1].sentence != toks[i].sentence || !clean_gap(ctx.doc, i - 1, i) {
        return !with_and;
    }
    let p = &ctx.info[i - 1];
    // «نيدفيد والفرنسي ليليان تورام»: a demonym with «و» after a name is
    // the next person of a list, not an adjective of the name.
    if with_and {
        return !p.title
            && (p.unknown() && ctx.name_like(i - 1)
                || p.demonym.is_none()
                    && p.name
                        .is_some_and(|(_, f)| f.0 & (NameFlags::GIVEN | NameFlags::FAMILY) != 0));
    }
    // A definite general noun is one the demonym qualifies («القرار
    // السوداني رد»، «الدور الروسي»), unlike a function word.
    let noun = p.definite && !crate::extract::words::is_stopword(ctx.key(i - 1));
    !p.title
        && !p.blocked
        && (p.stop && !noun
            || !p.definite
                && p.name.is_none()
                && (!(p.unknown() && ctx.name_like(i - 1))
                    || conj_verb(ctx.key(i - 1)) && {
                        let text = ctx.doc.token_text(&toks[i]);
                        text.ends_with('ي') || text.ends_with("ية")
                    }))
}

/// «و» or «ف» and a past verb of three or four letters, or of four or five
/// ending in the feminine ت («وتأهل»، «وفازت»، «وتغلبت»): no name a
/// singular demonym after it could qualify («وتأهل الإسباني طومي
/// روبريدو»).
fn conj_verb(k: &str) -> bool {
    let Some(r) = k.strip_prefix(['و', 'ف']) else {
        return false;
    };
    let n = r.chars().count();
    !r.starts_with(['ا', 'و', 'ي'])
        && ((3..=4).contains(&n) && !r.ends_with(['ا', 'ي', 'ه'])
            || (4..=5).contains(&n) && r.ends_with('ت'))
}

/// «للكيني كومان رونو»، «للبرازيلية مارتا»: ل + a definite singular
/// demonym is a noun (an adjective takes no preposition of its own), the
/// person the name after it is. Returns the country code.
fn lam_demonym(ctx: &Ctx, i: usize) -> Option<String> {
    let k = ctx.key(i);
    let rest = k.strip_prefix("لل").or_else(|| k.strip_prefix("ولل"))?;
    if ctx.info[i].blocked || ctx.info[i].title || !(rest.ends_with('ي') || rest.ends_with("يه"))
    {
        return None;
    }
    places()
        .demonym(&format!("ال{rest}"))
        .map(|d| d.cc.to_string())
}

/// A definite general word of `not_names.tsv` (الدولي، الجديد): an
/// adjective a title may take after a demonym or a title word before the
/// name («الحارس الكوستاريكي الدولي كيلور نافاس»), unlike a definite
/// function word (الذي).
fn general_adjective(key: &str) -> bool {
    key.starts_with("ال")
        && !crate::extract::words::is_stopword(key)
        && super::lexicon::lexicon()
            .not_names
            .contains_key(&crate::document::token_splits::word_hash(key))
}

/// Adjectives of renown or age that describe a person between a title (or
/// its demonym) and the name (matching keys).
const PERSON_ADJECTIVES: &[&str] = &[
    "الشهير",
    "الشهيره",
    "المشهور",
    "المشهوره",
    "المعروف",
    "المعروفه",
    "المخضرم",
    "المخضرمه",
    "المتالق",
    "المتالقه",
    "الصاعد",
    "الصاعده",
    "الشاب",
    "الشابه",
];

/// Candidates introduced by a title («وزير الخارجية الأميركي جون كيري»).
/// Candidates after the title matches `titles` and after the tokens of
/// `cues` ([`super::words::Anchors::cues`]: the only tokens that may be a
/// speech verb, a demonym used as a title, a «لل» demonym or «د»).
pub fn titled<'a>(ctx: &Ctx<'a, '_>, titles: &[LexMatch], cues: &[usize]) -> Vec<NameCand<'a>> {
    let doc = ctx.doc;
    let toks = doc.tokens();
    let mut out = Vec::new();
    // Triggers: (title range or None for a speech verb, first token, last token).
    // The last field: a royal or religious title («الإمام»، «الملك»).
    // (One at most per title and per cue: made at that size.)
    let mut triggers: Vec<(Option<Range<usize>>, usize, usize, bool)> =
        Vec::with_capacity(titles.len() + cues.len());
    let categories = &super::lexicon::lexicon().title_categories;
    let mut quotable = vec![false; toks.len()];
    // Kinship titles («ابنها»، «زوجته»), often the subject of a verb.
    let mut relation = vec![false; toks.len()];
    // Religious and honorific titles («الشيخ»، «الإمام»), often before a
    // family name alone («الشيخ الخراساني»).
    let mut cleric = vec![false; toks.len()];
    // Demonyms with «لل» (no demonym for the word tables) and their country.
    let mut lam_cc: Vec<(usize, String)> = Vec::new();
    // Titles written with the conjunction «و» («والدكتور»): each begins
    // the title of another person.
    let mut coordinated = vec![false; toks.len()];
    for m in titles {
        let first = m.name_token(doc);
        if let Some(f) = first
            && doc.norm()[m.range.start..m.name.start].starts_with('و')
        {
            coordinated[f] = true;
        }
        if let (Some(first), Some(last)) = (
            first,
            first.map_or_else(
                || doc.token_at(m.range.end.saturating_sub(1)),
                |f| token_at_from(doc, f, m.range.end.saturating_sub(1)),
            ),
        ) {
            let category = categories.get(m.entry as usize).map(String::as_str);
            let royal = matches!(category, Some("royal" | "religious"));
            // A person's title, not the head of a body, whose name in
            // quotation marks is often an organization («مدير « ولمرت »»).
            if category.is_some_and(|c| !matches!(c, "organization" | "head_of_state")) {
                quotable[first] = true;
            }
            if category == Some("relation") {
                relation[first] = true;
            }
            // Only «الشيخ، الإمام، السيد» alone: other clerical titles
            // take a nisba adjective («البطريرك الماروني»، «القس
            // الكلداني»), and «المرجع» is also "the reference".
            if matches!(category, Some("religious" | "honorific"))
                && first == last
                && ctx
                    .key(first)
                    .strip_prefix(['و', 'ل'])
                    .unwrap_or(ctx.key(first))
                    .strip_prefix("ال")
                    .or_else(|| ctx.key(first).strip_prefix("لل"))
                    .is_some_and(|k| matches!(k, "شيخ" | "امام" | "سيد"))
            {
                cleric[first] = true;
            }
            triggers.push((Some(m.name.clone()), first, last, royal));
        }
    }
    for &i in cues {
        let t = &toks[i];
        // «د.» (doctor), which the title lexicon cannot match: one letter
        // and a full stop.
        if t.range.len() == "د".len() && ctx.key(i) == "د" && ctx.after_abbreviation(i).is_some()
        {
            triggers.push((Some(t.range.clone()), i, i, false));
            continue;
        }
        if ctx.info[i].speech {
            triggers.push((None, i, i, false));
        } else if scientist(ctx, i) {
            triggers.push((Some(toks[i - 1].range.start..t.range.end), i - 1, i, false));
        } else if demonym_title(ctx, i) || super::cues::demonym_before_pair(ctx, i) {
            triggers.push((Some(t.range.clone()), i, i, false));
        } else if ctx.info[i].definite
            && doc
                .key()
                .as_bytes()
                .get(t.range.clone())
                .is_some_and(|b| b.starts_with("لل".as_bytes()) || b.starts_with("ولل".as_bytes()))
            && let Some(cc) = lam_demonym(ctx, i)
        {
            lam_cc.push((i, cc));
            triggers.push((Some(t.range.clone()), i, i, false));
        }
    }
    for (title_range, first, last, royal) in triggers {
        let speech = title_range.is_none();
        if ctx.info[first].blocked {
            continue;
        }
        if !speech && after_place_head(ctx, first) {
            continue;
        }
        if !speech && first == last && adjective_title(ctx, first) {
            continue;
        }
        // «عبد الملك الحوثي»: after «عبد» a title word is a divine name.
        if !speech
            && first > 0
            && ctx.next(first - 1) == Some(first)
            && ctx.info[first - 1]
                .particle
                .is_some_and(|r| r.starts_with("theophoric"))
        {
            continue;
        }
        // «إسماعيل ولد الشيخ أحمد»، «حسن شيخ محمود»: a name part, not a
        // title.
        if !speech
            && (super::cues::sheikh_after_ould(ctx, first)
                || first > 0 && super::cues::bare_sheikh_in_name(ctx, first - 1, first))
        {
            continue;
        }
        let mut cc: Option<String> = lam_cc
            .iter()
            .find(|(t, _)| *t == first)
            .map(|(_, c)| c.clone());
        let mut end = last;
        let mut skipped = 0;
        let mut epithet = false;
        let mut s = ctx.next(last).or_else(|| ctx.after_abbreviation(last));
        let mut before_coordinated = false;
        while let Some(j) = s {
            if skipped >= MAX_COMPLEMENTS {
                break;
            }
            // «الدكتور طارق العرنوس مدير عام الإدارة العامة للطوارئ
            // والدكتور خالد المرغلاني»: a title right after a name (no
            // comma) is that name's, and the name after the coordinated
            // title is that title's. (Without a name before, one person
            // holds both: «رئيس الوزراء ووزير الخارجية الشيخ حمد»; after a
            // comma, a list goes on: «…، والشاعر والقاص سمير دلغادو».)
            if coordinated[j]
                && out
                    .iter()
                    .any(|c: &NameCand| ctx.next(c.last) == Some(first))
            {
                before_coordinated = true;
                break;
            }
            let w = &ctx.info[j];
            let k = ctx.key(j);
            // «الإمام الرضا»، «الملك الحسين قد»، «الحسن الثاني»: after a royal
            // or religious title, a given name with the article; «ويضيف الشيخ
            // الخراساني أن»: after a religious or honorific title, a nisba no
            // lexicon knows before a boundary.
            let epithet_or_nisba = royal.then(|| epithet_name(ctx, j)).flatten().or_else(|| {
                (cleric[first] && skipped == 0 && !speech)
                    .then(|| cleric_nisba(ctx, j))
                    .flatten()
            });
            if let Some(c) = epithet_or_nisba {
                let mut c = c;
                c.title = title_range
                    .as_ref()
                    .map(|r| (r.start..toks[end].range.end, cc.clone()));
                out.push(c);
                s = None;
                epithet = true;
                break;
            }
            // A nisba without the article after a definite word agrees with
            // nothing: a lexicon given name («الأمير تركي الفيصل»), not the
            // title's nationality («مسؤول أمريكي»).
            let demonym = w.demonym.filter(|_| {
                w.definite
                    || w.name.is_none()
                    || !ctx.key(j - 1).contains("ال")
                    || ctx.info[j - 1].demonym.is_some()
            });
            let skip = if let Some(d) = demonym {
                cc.get_or_insert_with(|| d.to_string());
                true
            } else {
                w.blocked
                    || (w.large_place && w.name.is_none())
                    // (A short ministry name: looked up only here.)
                    || orgs().ministry_bare.contains_key(k)
                    // «عضو هيئة الدفاع»، «رئيس مجلس إدارة الشركة»: an
                    // organization's head noun in construct before a
                    // definite word (not a plural: «قائد ميليشيات
                    // الحوثيين وصالح» names a group).
                    || (!w.definite
                        && w.name.is_none()
                        && !k.ends_with("ات")
                        && orgs().heads_single.contains_key(k)
                        && ctx.next(j).is_some_and(|n| ctx.info[n].definite))
                    || k == "باسم"
                    // «المقدم ركن طيار سعود المعولي»: a staff or pilot's
                    // qualification after a rank.
                    // «العميد متقاعد سعد العسيري»: retired.
                    || matches!(k, "ركن" | "طيار" | "متقاعد")
                        && (ctx.info[j - 1].title
                            || matches!(ctx.key(j - 1), "ركن" | "طيار" | "متقاعد"))
                    // «سفير إسرائيل لدى الأمم المتحدة دان غيلرمان».
                    || !speech && super::cues::title_preposition(ctx, j)
                    // «السلطان العثماني سليم الأول»: a nisba that is also a
                    // family name, between a title and a given name.
                    || (w.definite
                        && w.name.is_some_and(|(_, f)| f.has(NameFlags::FAMILY))
                        && w.prefix == 0
                        && !w.stop
                        && doc.token_text(&toks[j]).ends_with('ي')
                        && ctx.next(j).is_some_and(|n| {
                            ctx.info[n].nameable()
                                && ctx.info[n]
                                    .bare_name
                                    .is_some_and(|f| f.has(NameFlags::GIVEN))
                        }))
                    || (w.definite
                        && !w.name.is_some_and(|(_, f)| f.has(NameFlags::FAMILY))
                        && (!w.stop
                            || general_adjective(k)
                                && (ctx.info[j - 1].demonym.is_some()
                                    || ctx.info[j - 1].title
                                    // «وزير الدولة للآثار السابق زاهي حواس».
                                    || skipped > 0)))
            };
            if !skip {
                // «اللواء د. محمد السعدان»: «د.» goes on the title.
                if k == "د" && ctx.after_abbreviation(j).is_some() {
                    end = j;
                    s = ctx.after_abbreviation(j);
                    continue;
                }
                break;
            }
            skipped += 1;
            end = j;
            s = ctx.next(j);
        }
        if before_coordinated {
            continue;
        }
        // «الإمبراطور " هوانج تي "»: a name in quotation marks after a
        // person's title.
        if s.is_none()
            && !speech
            && !epithet
            && quotable[first]
            && !qualifies_noun(ctx, first)
            && !(first..=end).any(|t| ctx.key(t) == "باسم")
            && let Some(c) = quoted_name(ctx, end)
        {
            let mut c = c;
            c.title = title_range
                .as_ref()
                .map(|r| (r.start..toks[end].range.end, cc.clone()));
            out.push(c);
            continue;
        }
        // «وزير الدفاع الأميركي، دونكان هانتر،»: a name in apposition
        // between commas after a title.
        let apposition =
            s.is_none() && !speech && !epithet && ctx.comma_after(end) && !ctx.conj(end + 1);
        if apposition {
            s = Some(end + 1);
        }
        let Some(start) = s else { continue };
        // «عضو» (member, also an organ) alone: only before its body («عضو
        // هيئة الدفاع مبروك كرشيد»), and before a given name or a name
        // particle («عضو شرف النادي»، «عضو صالح في مجتمعه»، «عضو البعثة
        // قدم تفاصيل» are no names).
        if first == last
            && !speech
            && matches!(
                ctx.key(first)
                    .strip_prefix(['و', 'ل'])
                    .unwrap_or(ctx.key(first)),
                "عضو" | "عضوه"
            )
            && (skipped == 0 || !ctx.is_given(start) && ctx.info[start].particle.is_none())
        {
            continue;
        }
        // «الفريق» alone is also the team («حقق الفريق إنجازا رائعا»،
        // «الفريق أمام اتليتكو»، «الفريق بلا شك»): as a rank it comes
        // before a lexicon name or a name particle («الفريق مهاب مميش»; a
        // surname alone is found again from the full name).
        if first == last && !speech && skipped == 0 && team_or_rank(ctx, first, start) {
            continue;
        }
        // «أمير منطقة عسير صباح أمس»: a time of day, no name.
        if super::cues::time_of_day(ctx, start) {
            continue;
        }
        let w = &ctx.info[start];
        // After a title a lexicon name wins over a homograph function word
        // («بان» = بأن).
        // Not a word of the next title («الإيراني آية الله علي خامنئي»).
        let nameable = w.nameable()
            || (w.stop
                && !w.blocked
                && !w.title
                && w.bare_name.is_some()
                && !matches!(ctx.key(start), "الي" | "لي" | "ما" | "من")
                // «على» written with ى is the preposition, not «علي».
                && doc.token_text(&toks[start]) != "على");
        let definite_ok = w
            .bare_name
            .is_some_and(|f| f.has(NameFlags::FAMILY) && !f.has(NameFlags::COMMON));
        // A name right after a title takes no preposition («الخليفة
        // الفاطمي العاضد لدين الله»: ل + دين).
        // «قائد شرطة ولاية يوبي»: و + ل + «آية» neither.
        let preposition = w.name.is_some_and(|(p, _)| {
            p > 0 && ctx.key(start).get(..p).is_some_and(|pre| pre.contains(['ل', 'ب']))
        })
                // «الرئيس الأميركي بتشكيل»، «… عزما أكيدا»، «المدرب
                // الفرنسي سريعا»: ب and a consonant, or an accusative,
                // begins no name.
                || w.unknown()
                    && (fa3ilan_shape(ctx.key(start))
                        // «المؤسسة تقوم بنقل المياه»، «الملكة تقيم "موهبة"»:
                        // a verb in ت, not before another word no lexicon
                        // knows («… ترين ماو»).
                        || ta_imperfect(ctx.key(start))
                            && !ctx.next(start).is_some_and(|n| {
                                ctx.info[n].unknown() && !ctx.key(n).starts_with('ب')
                            })
                        || accusative_shape(ctx.key(start))
                        && !ctx.key(start).chars().take(3).any(|c| matches!(c, 'و' | 'ي'))
                        // before an adjective or ل: «عزما أكيدا»، «رمزا لفرض»
                        // («العقيد معلا بن مرزوق» is a name).
                        && ctx
                            .next(start)
                            .is_some_and(|n| ctx.key(n).ends_with('ا') || ctx.key(n).starts_with('ل'))
                        || preposition_before_consonant(ctx.key(start), &['ب'])
                        // «المخرج الوحيد لنزع فتيل الأزمة»، «لاعب لتعزيز
                        // خط الوسط»: ل and a consonant before a verbal
                        // noun or a short stem is the preposition.
                        || ctx.key(start).strip_prefix('ل').is_some_and(|r| {
                            r.chars()
                                .next()
                                .is_some_and(|c| !matches!(c, 'ا' | 'و' | 'ي' | 'ل'))
                        }));
        // «حامد الشريف وجلال محمود»: a name with «و» right after a title
        // or its complements is coordinated with what precedes, not named
        // by the title («الملياردير الأميركي وقطب أندية القمار»).
        let coordinated = w.name.is_some_and(|(p, _)| p > 0) && ctx.key(start).starts_with('و');
        if !nameable
            || preposition
            || coordinated
            || w.regnal
            || w.definite && !definite_ok
            || (w.large_place && w.name.is_none())
            || w.particle == Some("compound_suffix")
            || (speech && w.place && !(w.name.is_some() && masculine_verb(ctx.key(first))))
        {
            continue;
        }
        // A city name may be a given name after a title («بشار»).
        let unknown =
            w.unknown() || (w.place && !w.large_place && !w.definite && w.demonym.is_none());
        // Foreign names may end in يه (كزافييه، ديدييه), like a pronoun.
        // After a feminine title, a word in ة before a safe lexicon name
        // or a family name with the article is a woman's given name
        // («النجمة سميحة أيوب»، «المعلمة رحمة الحويطي»; not «رئيس مؤسسة
        // كوفي أنان»).
        // «اللاعب السنغالي سيدي بيه»، «الروسية سفتلانا كوزنتسوفا»: right
        // after a singular demonym, an unknown word of any shape before a
        // foreign surname (`cues::loose_foreign_pair`).
        // Also after an adjective of renown or age that follows the title
        // or its demonym («الإعلامية الأميركية الشهيرة أوبرا وينفري»،
        // «المهاجم المخضرم ياري ليتمانن»).
        let singular_demonym = |t: usize| {
            lam_cc.iter().any(|(x, _)| *x == t)
                || ctx.info[t].demonym.is_some() && {
                    let k = ctx.key(t);
                    k.ends_with('ي') || k.ends_with("يه")
                }
        };
        let renown = end > last
            && PERSON_ADJECTIVES.contains(&ctx.key(end))
            && (end - 1 == last || singular_demonym(end - 1));
        let demonym_pair = !speech
            && end + 1 == start
            && (singular_demonym(end) || renown)
            && super::cues::loose_foreign_pair(ctx, start);
        let name_like = demonym_pair
            || ctx.name_like(start)
            // (not a word with the pronoun ه alone: «وأكد معاليه»).
            || doc.token_text(&toks[start]).ends_with("يه")
                && !ctx.key(start).starts_with(['ب', 'ل', 'و', 'ف'])
                && ctx.foreign_like(start)
                && ctx.next(start).is_some_and(|n| {
                    ctx.info[n].unknown() && ctx.foreign_like(n)
                        || ctx.info[n].bare_name.is_some_and(|f| f.safe_name())
                })
            || !speech
                && doc.token_text(&toks[last]).ends_with('ة')
                && ctx.ta_marbuta_name(start)
                && ctx.next(start).is_some_and(|n| {
                    let w = &ctx.info[n];
                    w.nameable()
                        && if w.definite {
                            w.name.is_some_and(|(p, f)| p == 0 && f.safe_name() && f.has(NameFlags::FAMILY))
                        } else {
                            w.bare_name.is_some_and(|f| f.safe_name())
                        }
                });
        if w.name.is_none() && !(unknown && name_like) && w.particle.is_none() {
            continue;
        }
        // «الرئيس الإيراني الأسبوع الماضي ولمح»، «مع الفريق واشتكى
        // اللاعب»: after a title, a word no lexicon knows with «و» (not
        // the particle «ولد») begins
        // a clause; unless it is a foreign given name with a long vowel
        // after «و» before an unknown surname («المدافع الفرنسي ويلي
        // سانيول»), a name before a lexicon surname («والمغنية ويلو
        // سميث») or, right after the title, a name alone before
        // punctuation («السيد ولايتي؟»).
        if w.name.is_none()
            && w.particle.is_none()
            && (end > last || !speech)
            && ctx.key(start).starts_with('و')
            && !(ctx
                .key(start)
                .chars()
                .nth(1)
                .is_some_and(|c| matches!(c, 'ا' | 'و' | 'ي'))
                && ctx
                    .next(start)
                    .is_some_and(|n| ctx.info[n].unknown() && ctx.foreign_like(n)))
            && !ctx.next(start).is_some_and(|n| {
                ctx.info[n].nameable()
                    && !ctx.info[n].definite
                    && ctx.info[n]
                        .bare_name
                        .is_some_and(|f| f.has(NameFlags::FAMILY) && f.safe_name())
            })
            && !(end == last && ctx.next(start).is_none())
        {
            continue;
        }
        // After a speech verb: a lexicon name right after the verb, or an
        // unknown word followed by «أن/إن» or punctuation («قال كوبل إن»),
        // «في، فيما، عن …» («قال محفوظ فيما يشبه»).
        let clause = |t: usize| {
            ctx.next(t).is_none_or(|n| match ctx.key(n) {
                "ان" | "انه" | "انها" | "بان" | "امس" | "اليوم" | "عن" | "في" | "خلال" | "الذي"
                | "امام" | "فيما" => true,
                // «وشدد ميمني على».
                "علي" | "على" => stressed_subject(ctx, t),
                // «وأشار هيرين إلى أن».
                "الي" => ctx.next(n).is_some_and(|a| ctx.key(a) == "ان"),
                _ => false,
            })
        };
        // For unknown words also a title or role after the name («وقال
        // نيتشيرفان برزاني رئيس الوزراء»).
        let clause_or_title =
            |t: usize| clause(t) || ctx.next(t).is_some_and(|n| ctx.info[n].title);
        if speech {
            // «وقالت جيما أرياس إن»: two unknown words before the clause.
            // «أكد كفاح محمود المستشار»: also an unknown word of four
            // letters or more before a safe lexicon given name (no
            // proclitic).
            let second = ctx.next(start).filter(|&n| {
                let x = &ctx.info[n];
                w.name.is_none()
                    && !clause(start)
                    && (x.unknown() && ctx.name_like(n)
                        || x.bare_name
                            .is_some_and(|f| f.has(NameFlags::GIVEN) && f.safe_name())
                            && x.particle.is_none()
                            && !x.stop
                            && ctx.foreign_like(start))
                    && !ctx.key(n).starts_with(['و', 'ف'])
                    && clause_or_title(n)
            });
            if end != last || (w.name.is_none() && !clause(start) && second.is_none()) {
                continue;
            }
            if let (Some(n), Some(mut c)) = (second, ctx.grow(start, false)) {
                c.last = n;
                c.range.end = toks[n].range.end;
                c.keys = (start..=n).map(|t| Key::Borrowed(ctx.key(t))).collect();
                if let Some(k) = c.keys.first_mut() {
                    let p = w.name.map_or(w.prefix, |(p, _)| p);
                    *k = key_after(k, p);
                }
                out.push(c);
                continue;
            }
        }
        if let Some(mut c) = ctx.grow(start, !speech) {
            // «مدير عام مطار الملك فهد»، «مدير فندق جلوريا»: a facility's
            // head alone is the title's workplace, no name.
            if c.first == c.last && super::facilities::facility_head_at(ctx, c.first) {
                continue;
            }
            // «بسعادة وبهجة» (with happiness and joy), «و[نجم] الرياضات»: a
            // conjunction before an everyday word alone coordinates nouns.
            if c.first == c.last
                && w.name.is_some_and(|(p, f)| {
                    p > 0 && f.has(NameFlags::COMMON) && ctx.key(start).starts_with(['و', 'ف'])
                })
            {
                continue;
            }
            // After a speech verb a false friend (أمل، نور، جمال) needs the
            // clause right after it or a safe name part.
            if speech
                && w.name.is_some_and(|(_, f)| !f.safe_name())
                && !(c.first == c.last && clause(start))
                && !(c.first < c.last && ctx.info[c.first + 1].particle == Some("compound_suffix"))
                // «وقال دان غيلرمان «»: a foreign given name and an unknown
                // surname before the clause.
                && !(c.first + 1 == c.last
                    && w.name.is_some_and(|(_, f)| f.has(NameFlags::FOREIGN))
                    && ctx.info[c.last].unknown()
                    && ctx.foreign_like(c.last)
                    && clause(c.last))
                && !((c.first + 1)..=c.last)
                    .any(|i| ctx.info[i].bare_name.is_some_and(|g| g.safe_name()))
                // «وقال وليد العوض عضو المكتب السياسي»: a given name and a
                // family name with the article before a title or the clause.
                && !(c.first + 1 == c.last
                    && w.name.is_some_and(|(p, f)| p == 0 && f.has(NameFlags::GIVEN))
                    && ctx.info[c.last].definite
                    && ctx.info[c.last].nameable()
                    && ctx.info[c.last].name.is_none()
                    && clause_or_title(c.last))
            {
                continue;
            }
            // After a speech verb the clause test above already passed.
            // After a royal or religious title a lexicon given name alone,
            // also the homograph of a function word written with ي («الإمام
            // علي ورجاله»; not an everyday word: «الملك أمام التعاون»).
            let royal_name = royal
                && w.bare_name.is_some_and(|f| {
                    f.has(NameFlags::GIVEN)
                        && !f.has(NameFlags::PLACE)
                        && (!f.has(NameFlags::COMMON)
                            || w.stop && doc.token_text(&toks[start]).ends_with('ي'))
                });
            // «اللاعب الكونغولي شاباني نوندا»، «المدرب البرتغالي كيروش
            // تدريب»: after a role with a demonym, or a demonym used as a
            // noun, an unknown word of a foreign shape is a name, and so is
            // a second one.
            // The demonym is singular (الكونغولي، البرتغالية), not a
            // people («السعوديين»، «اليونانيون»).
            let singular = || {
                lam_cc.iter().any(|(t, _)| *t == first)
                    || (first..=end).any(|t| {
                        ctx.info[t].demonym.is_some() && {
                            let k = ctx.key(t);
                            k.ends_with('ي') || k.ends_with("يه")
                        }
                    })
            };
            // Not a feminine noun, a word in ا (an accusative: «تقريرا»)
            // nor a verb.
            // Nor ب and a consonant, a preposition («بتحرير»، «بصفوف»;
            // names: برتران، بلير، بيار).
            let part = |t: usize| {
                let text = doc.token_text(&toks[t]);
                let bi = preposition_before_consonant(ctx.key(t), &['ب']);
                ctx.info[t].unknown()
                    && !ctx.info[t].speech
                    && !ctx.conj(t)
                    && !bi
                    && !text.ends_with('ة')
                    && ctx.foreign_like(t)
            };
            let demonym_role =
                !speech && c.first == c.last && (part(start) || demonym_pair) && singular();
            // «التشيلي بول كابديفيا»: a foreign given name, even an
            // everyday word, and an unknown surname.
            let demonym_given = !speech
                && c.first == c.last
                && w.bare_name
                    .is_some_and(|f| f.has(NameFlags::FOREIGN) && f.has(NameFlags::GIVEN))
                && singular();
            let mut demonym_name = false;
            if demonym_given
                && c.first == c.last
                && let Some(n) = ctx
                    .next(start)
                    .filter(|&n| part(n) && !ctx.key(n).starts_with('ي'))
            {
                c.last = n;
                c.range.end = toks[n].range.end;
                c.keys.push(Key::Borrowed(ctx.key(n)));
            }
            if demonym_role && c.first == c.last {
                if let Some(n) = ctx
                    .next(start)
                    .filter(|&n| part(n) && !ctx.key(n).starts_with('ي'))
                {
                    c.last = n;
                    c.range.end = toks[n].range.end;
                    c.keys.push(Key::Borrowed(ctx.key(n)));
                } else {
                    // One word alone: the shape of a foreign name, not a
                    // nisba adjective («تحريضي»).
                    let k = ctx.key(start);
                    // Not a dual («قرارين»).
                    demonym_name = foreign_given_shape(k)
                        && !k.ends_with('ي')
                        && !k.ends_with('ا')
                        && !k.ends_with("ين")
                        && !k.ends_with("ان");
                }
            }
            // In apposition the name ends at a comma or the end of the
            // sentence; one word alone is a safe lexicon name or a word no
            // lexicon knows («، صباح أمس،» is a time).
            // Nor a verb before a lexicon name («، رفض ستيفان دجريك،»).
            if apposition
                && (!(ctx.comma_after(c.last) || ctx.sentence_end_after(c.last))
                    || c.first == c.last
                        && !(w.bare_name.is_some_and(|f| f.safe_name())
                            || w.unknown() && ctx.name_like(start) && ctx.foreign_like(start))
                    || c.first < c.last && w.unknown() && ctx.is_given(c.first + 1))
            {
                continue;
            }
            // After a kinship noun, often a subject before its verb or
            // predicate («ابنها سافر»، «صديقتها ذهبت»، «أبوه تاجر صوف»), a
            // word no lexicon knows needs a comma after the title or a
            // lexicon name after it, alone the shape of a foreign given
            // name («زوجته ميليفا»), or an age in parentheses, a title or a
            // relative pronoun after it («ابنته نويل (37 عاما)»، «لزوجته
            // كولومبا التي»، «زوجها إيد بالز وزير الخزانة»); never a word
            // with «و».
            if !speech
                && relation[first]
                && (ctx.conj(start)
                    || w.name.is_none()
                        && !apposition
                        && !(c.first == c.last && foreign_single(ctx, start))
                        && !(ctx.described_after(c.last)
                            && ctx.foreign_like(start)
                            && !ctx.next(c.last).is_some_and(|n| relation[n]))
                        && !((c.first + 1)..=c.last)
                            .any(|i| ctx.info[i].bare_name.is_some_and(|g| g.safe_name())))
            {
                continue;
            }
            if c.first == c.last
                && !royal_name
                && !demonym_name
                && (!(speech || single_ok(ctx, c.first, true))
                    || w.place && w.name.is_none()
                    || w.unknown() && accusative_noun(ctx, start))
            {
                continue;
            }
            // «كمنسق إعلامي»، «ومشرف لقاء «إطلالة مبدع»».
            if !speech
                && c.first == c.last
                && (super::cues::indefinite_title_adjective(ctx, first, last, start)
                    || super::cues::noun_before_quoted_title(ctx, start))
            {
                continue;
            }
            c.title = title_range.map(|r| (r.start..toks[end].range.end, cc));
            out.push(c);
        }
    }
    out
}

/// An unknown word in the indefinite accusative of an Arabic noun or
/// participle shape, the object or an adverb of the verb or title before
/// it, no name alone: «يرى تعارضا» (تفاعلا), «مصير الطيار مجهولا»
/// (مفعولا), «قال مازحا» (فاعلا, not before «أن/إن»: «وقال جامبا إن»),
/// «أبدى استعدادا» (استفعالا، افتعالا), and the shapes of
/// [`Ctx::adjective_shape`].
fn accusative_noun(ctx: &Ctx, i: usize) -> bool {
    let k = ctx.key(i);
    let Some((c, n)) = short_chars::<8>(k) else {
        return false;
    };
    if n < 5 || c[n - 1] != 'ا' {
        return false;
    }
    let cons = |x: usize| !matches!(c[x], 'ا' | 'و' | 'ي' | 'ى' | 'ء');
    let tafa3ul = n == 6 && c[0] == 'ت' && cons(1) && c[2] == 'ا' && cons(3) && cons(4);
    let ifti3al = n == 7 && c[0] == 'ا' && c[2] == 'ت' && c[4] == 'ا' && cons(1) && cons(3);
    let istif3al = n == 8 && k.starts_with("است") && cons(3) && cons(4) && c[5] == 'ا' && cons(6);
    let before_clause = ctx
        .next(i)
        .is_some_and(|x| matches!(ctx.key(x), "ان" | "انه" | "انها" | "بان"));
    let fa3il = n == 5 && cons(0) && c[1] == 'ا' && cons(2) && cons(3) && !before_clause;
    tafa3ul || ifti3al || istif3al || fa3il || ctx.adjective_shape(i)
}

/// A word before «على» after a speech verb («وشدد ميمني على») that may be
/// its subject: not an accusative or a participle («معلقا»، «ردا»), a
/// plural («قائمون») nor ب + a noun («بذكاء»).
fn stressed_subject(ctx: &Ctx, t: usize) -> bool {
    let k = ctx.key(t);
    let n = k.chars().count();
    let bi = preposition_before_consonant(k, &['ب']);
    n >= 3
        && !(k.ends_with('ا') && (n <= 4 || k.starts_with('م')))
        && !k.ends_with("ون")
        && !k.ends_with("ين")
        && !bi
}

/// True when the title at token `first` may be an adjective of the noun
/// before it («الفيلم الكوميدي»، «خدمة المترجم»، «حملتها الإعلامية»): a
/// definite word or a noun in ة or with a pronoun.
fn qualifies_noun(ctx: &Ctx, first: usize) -> bool {
    let toks = ctx.doc.tokens();
    if first == 0 || ctx.next(first - 1) != Some(first) {
        return false;
    }
    let p = first - 1;
    let w = &ctx.info[p];
    let text = ctx.doc.token_text(&toks[p]);
    w.nameable()
        && (w.definite || text.ends_with('ة') || text.ends_with('ه') || text.ends_with("ها"))
}

/// A name of one to three words between quotation marks right after token
/// `end` (a title): «الإمبراطور " هوانج تي "»، «الملك " شاهرخ "».
fn quoted_name<'a>(ctx: &Ctx<'a, '_>, end: usize) -> Option<NameCand<'a>> {
    let toks = ctx.doc.tokens();
    let norm = ctx.doc.norm();
    let first = end + 1;
    let t = toks.get(first)?;
    if t.sentence != toks[end].sentence || toks[end].range.end > t.range.start {
        return None;
    }
    let open = norm.get(toks[end].range.end..t.range.start)?.trim();
    if !matches!(open, "\"" | "«" | "“") {
        return None;
    }
    let mut last = first;
    while last + 1 - first < 3
        && let Some(n) = ctx.next(last)
    {
        last = n;
    }
    let after = toks.get(last + 1)?;
    let close = norm.get(toks[last].range.end..after.range.start)?;
    let close = close.trim_start();
    if !(close.starts_with('"') || close.starts_with('»') || close.starts_with('”')) {
        return None;
    }
    let ok = (first..=last).all(|i| {
        let w = &ctx.info[i];
        ctx.key(i)
            .chars()
            .all(|x| ('\u{0621}'..='\u{064A}').contains(&x))
            && w.nameable()
            && !w.place
            && w.demonym.is_none()
            && (!w.definite || w.bare_name.is_some_and(|f| f.has(NameFlags::FAMILY)))
            && (w.name.is_some()
                || w.particle.is_some()
                // Not a feminine noun nor a nisba adjective («داعشي»،
                // «سني»; a word of two letters is no nisba: «هوانج تي»).
                || !(ctx.doc.token_text(&toks[i]).ends_with('ة')
                    || ctx.doc.token_text(&toks[i]).ends_with('ي')
                        && ctx.key(i).chars().nth(2).is_some())
                    && (ctx.name_like(i) || ctx.foreign_like(i)))
    }) && ctx.info[first]
        .particle
        .is_none_or(|r| !r.starts_with("foreign"));
    ok.then(|| NameCand {
        first,
        last,
        range: toks[first].range.start..toks[last].range.end,
        keys: (first..=last).map(|i| Key::Borrowed(ctx.key(i))).collect(),
        title: None,
    })
}

/// Adjectives that are also given names and follow royal or religious
/// titles as adjectives («الشيخ الجليل»، «الإمام الأكبر»), matching keys
/// without the article.
const TITLE_ADJECTIVES: &[&str] = &[
    "جليل", "كريم", "اكبر", "اعظم", "شاب", "جديد", "راحل", "وحيد", "غالي", "روحي", "صالح",
];

/// A given name with the article after a royal or religious title, before
/// a boundary or a regnal ordinal: «الإمام الرضا من»، «الملك الحسن
/// الثاني».
fn epithet_name<'a>(ctx: &Ctx<'a, '_>, j: usize) -> Option<NameCand<'a>> {
    let w = &ctx.info[j];
    let k = ctx.key(j);
    let stem = k.strip_prefix("ال")?;
    if !w.definite
        || !w.nameable()
        || w.demonym.is_some()
        || w.place
        || w.regnal
        || TITLE_ADJECTIVES.contains(&stem)
        || !super::lexicon::lexicon()
            .names
            .get(stem)
            .is_some_and(|f| f.has(NameFlags::GIVEN) && !f.has(NameFlags::PLACE))
    {
        return None;
    }
    let toks = ctx.doc.tokens();
    let mut last = j;
    if let Some(n) = ctx.next(j)
        && ctx.info[n].regnal
    {
        last = n;
        // «الحسن الثاني عشر».
        if let Some(m) = ctx.next(n).filter(|&m| ctx.key(m) == "عشر") {
            last = m;
        }
    }
    let boundary = last > j
        || ctx.next(last).is_none_or(|n| {
            let x = &ctx.info[n];
            x.stop || x.title || x.number || ctx.boundary_word(n)
        });
    // «السلطان الظاهر بيبرس»، «السلطان المنصور قلاوون»: the epithet
    // before a name no lexicon knows is part of it.
    if !boundary
        && let Some(n) = ctx.next(j)
        && {
            let x = &ctx.info[n];
            // A name no lexicon knows (a Turkic or Persian one): before a
            // known given name the definite word is rather an adjective
            // («الخليفة الراشد عثمان»، «الملك الحازم سلمان»).
            x.unknown() && !ctx.conj(n) && ctx.name_like(n) && ctx.foreign_like(n)
        }
        && let Some(mut c) = ctx.grow(n, true)
    {
        c.first = j;
        c.range.start = toks[j].range.start;
        c.keys.insert(0, Key::Borrowed(k));
        return Some(c);
    }
    boundary.then(|| NameCand {
        first: j,
        last,
        range: toks[j].range.start..toks[last].range.end,
        keys: (j..=last).map(|t| Key::Borrowed(ctx.key(t))).collect(),
        title: None,
    })
}

/// A family name alone after a religious or honorific title: a definite
/// nisba no lexicon knows (ending in ي, a stem of four letters or more,
/// no general adjective or common shape) before a boundary — a function
/// word, a title, a number or punctuation: «ويضيف الشيخ الخراساني أن».
fn cleric_nisba<'a>(ctx: &Ctx<'a, '_>, j: usize) -> Option<NameCand<'a>> {
    let w = &ctx.info[j];
    let k = ctx.key(j);
    let stem = k.strip_prefix("ال")?;
    let toks = ctx.doc.tokens();
    if !w.definite
        || w.prefix > 0
        || !w.nameable()
        || w.name.is_some()
        || w.particle.is_some()
        || w.demonym.is_some()
        || w.place
        || w.regnal
        || !ctx.doc.token_text(&toks[j]).ends_with('ي')
        || stem.chars().count() < 4
        || general_adjective(k)
        || super::morph::common_shape(stem)
        || TITLE_ADJECTIVES.contains(&stem)
    {
        return None;
    }
    let boundary = ctx.next(j).is_none_or(|n| {
        let x = &ctx.info[n];
        x.title || ctx.boundary_word(n)
    });
    boundary.then(|| NameCand::word(ctx, j))
}

/// True when a speech verb (a matching key) is masculine: a country or
/// city, grammatically feminine, is not its subject («وأوضح فارس» is a
/// man, «وأكدت فرنسا» a country).
fn masculine_verb(key: &str) -> bool {
    let verb = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    !verb.ends_with('ت') && !verb.starts_with('ت')
}

/// Extends name `c` leftwards to begin at token `q`, taking the tokens in
/// between.
fn extend_left_to<'a>(ctx: &Ctx<'a, '_>, c: &mut NameCand<'a>, taken: &mut [bool], q: usize) {
    for t in taken.iter_mut().take(c.first).skip(q) {
        *t = true;
    }
    for t in (q..c.first).rev() {
        c.keys.insert(0, Key::Borrowed(ctx.key(t)));
    }
    c.first = q;
    c.range.start = ctx.doc.tokens()[q].range.start;
}

/// True when an untitled name may start at token `i`: a name, a definite
/// given name opening a lineage, a kunya, theophoric or family-house
/// particle, or «علي» before a lineage.
fn untitled_start(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.info[i];
    w.nameable()
        && !w.regnal
        && (w.name.is_some()
            || w.definite && definite_given_nasab(ctx, i)
            || w.particle.is_some_and(|r| {
                r.starts_with("kunya") || r.starts_with("theophoric") || r == "family_house"
            }))
        || w.stop && w.name.is_some() && ctx.ali_nasab(i)
}

/// Candidates from the name lexicons and particles, without a title, but a
/// family name alone, which [`untitled_singles`] takes later (after the pass
/// over names seen in the article). Also returns the lone family names
/// found on the way, with the token each was grown from, for
/// [`untitled_singles`]: the tokens a name may start at and what grows from
/// them do not change between the two passes, only which tokens are taken.
///
/// `readings` are [`super::words::Anchors::readings`]: a name may start only
/// at one of them or at the word before one (a definite given name before
/// a patronymic particle), so only those are looked at, in text order.
pub fn untitled<'a>(
    ctx: &Ctx<'a, '_>,
    taken: &[bool],
    readings: &[usize],
) -> (Vec<NameCand<'a>>, Vec<(usize, NameCand<'a>)>) {
    let mut out = Vec::new();
    let mut lone = Vec::new();
    // The first token not passed over yet (after the last name taken).
    let mut next = 0;
    for i in readings
        .iter()
        .flat_map(|&r| [r.checked_sub(1), Some(r)])
        .flatten()
    {
        if i < next {
            continue;
        }
        next = i + 1;
        if taken[i] {
            continue;
        }
        if untitled_start(ctx, i)
            && let Some(c) = ctx.grow(i, false)
        {
            if c.first == c.last && !ctx.is_given(c.first) {
                lone.push((i, c));
            } else if untitled_takes(ctx, taken, &c) {
                next = c.last + 1;
                out.push(c);
            }
        }
    }
    (out, lone)
}

/// The family names alone among `lone` (from [`untitled`], in text order)
/// that are still free: the second pass of [`untitled`] over the tokens,
/// without growing the names again.
pub fn untitled_singles<'a>(
    ctx: &Ctx<'a, '_>,
    taken: &[bool],
    lone: Vec<(usize, NameCand<'a>)>,
) -> Vec<NameCand<'a>> {
    let mut out = Vec::new();
    // The first token not yet passed over (after the last name taken).
    let mut next = 0;
    for (i, c) in lone {
        if i < next || taken[i] {
            continue;
        }
        if !plural_imperfect_shape(ctx.key(c.first)) && untitled_takes(ctx, taken, &c) {
            next = c.last + 1;
            out.push(c);
        }
    }
    out
}

/// The checks of a name grown by [`untitled`] and [`untitled_singles`].
fn untitled_takes<'a>(ctx: &Ctx<'a, '_>, taken: &[bool], c: &NameCand<'a>) -> bool {
    !(c.first == c.last
        && (article_not_hamza(ctx, c.first)
            || lone_accusative_or_conjunction(ctx, c.first)
            || ya_for_maqsura(ctx, c.first)))
        && untitled_ok(ctx, c)
        && !(c.first..=c.last).any(|t| taken[t])
}

/// True when a lone given name that begins with «ال» is written with the
/// article's plain alef: «البناء الفريد» (unique) and «سن اليأس» (despair)
/// are no «ألفريد», «إلياس»; the names alone are written with hamza or
/// come with a surname, a title or a speech verb.
fn article_not_hamza(ctx: &Ctx, t: usize) -> bool {
    let doc = ctx.doc;
    let tok = &doc.tokens()[t];
    ctx.key(t).starts_with("ال")
        && ctx.is_given(t)
        && doc
            .original_slice(doc.span(tok.range.clone()))
            .trim_start_matches(['و', 'ف', 'ب'])
            .starts_with("ال")
}

/// True when a lone word with a final ي folds to a name written only with
/// ى: «إنه سلمي» (peaceful) is no «سلمى».
fn ya_for_maqsura(ctx: &Ctx, t: usize) -> bool {
    let doc = ctx.doc;
    doc.token_text(&doc.tokens()[t]).ends_with('ي')
        && super::lexicon::lexicon().maqsura_names.contains(ctx.key(t))
}

/// True when a lone word ends in a tanwin («تاليًا»: next), which names
/// do not take, or is written «وأ…» or «فأ…»: the hamza shows that و/ف is
/// the conjunction, so «وأين» (and where) is no «واين» (Wayne). The
/// original text is read once, and only when the document has a tanwin or
/// the key opens with «وا» or «فا» (a hamza on alef folds to ا).
fn lone_accusative_or_conjunction(ctx: &Ctx, t: usize) -> bool {
    let conj = conjunction_alef(ctx.key(t).as_bytes());
    if !conj && !ctx.may_have_tanwin() {
        return false;
    }
    let doc = ctx.doc;
    let text = doc.original_slice(doc.span(doc.tokens()[t].range.clone()));
    super::morph::tanwin_ending(text) || text.starts_with("وأ") || text.starts_with("فأ")
}

/// True when key bytes `kb` open with و or ف and ا (و D9 88، ف D9 81; ا
/// D8 A7).
fn conjunction_alef(kb: &[u8]) -> bool {
    matches!(kb, [0xD9, 0x88 | 0x81, 0xD8, 0xA7, ..])
}

/// True for a word shaped like an imperfect plural verb (ي + three letters
/// or more + ون): alone, «يعلون» is "they raise", not the surname Ya'alon
/// (found again once the document names «موشيه يعلون» in full).
fn plural_imperfect_shape(k: &str) -> bool {
    k.starts_with('ي') && k.ends_with("ون") && k.chars().count() >= 5
}

/// Names coordinated with a found name by «و» («أحمد مظهر وشادية»،
/// «صلاح بوسريف وحسن نجمي»): a lexicon given or family name with the
/// conjunction, which the list makes a name even when it is an everyday
/// word; chains of names are followed. `found` is sorted by first token.
pub fn coordinated<'a>(
    ctx: &Ctx<'a, '_>,
    found: &[NameCand<'a>],
    taken: &mut [bool],
) -> Vec<NameCand<'a>> {
    let mut out: Vec<NameCand> = Vec::new();
    let mut ends: Vec<usize> = found.iter().map(|c| c.last).collect();
    let mut k = 0;
    while k < ends.len() {
        let last = ends[k];
        k += 1;
        // «( 13 ) وجيرماين ديفو»: also after a scorer's minutes.
        let Some(j) = ctx
            .next(last)
            .or_else(|| super::cues::after_minutes(ctx, last))
        else {
            continue;
        };
        let w = &ctx.info[j];
        let listed = w.nameable()
            && !taken[j]
            && !w.place
            && !w.regnal
            && w.particle.is_none()
            && w.name.is_some_and(|(p, f)| {
                p == 'و'.len_utf8()
                    && f.0 & (NameFlags::GIVEN | NameFlags::FAMILY) != 0
                    && !f.has(NameFlags::PLACE)
            })
            && ctx.key(j).starts_with('و')
            // Not the most frequent false friends («وأمل الجمهور»), nor a
            // personal pronoun («بلاتيني وأنا في طليعة المرشحين»: «آنا»).
            && !FALSE_FRIENDS.contains(&ctx.key(j).get('و'.len_utf8()..).unwrap_or(""))
            && !matches!(ctx.key(j).get('و'.len_utf8()..), Some("انا" | "انت" | "نحن"));
        if !listed {
            // «بوفون وغانلوكا زامبروتا»: two unknown words of a foreign shape.
            if let Some(c) = coordinated_foreign(ctx, last, j, taken) {
                for t in taken.iter_mut().take(c.last + 1).skip(c.first) {
                    *t = true;
                }
                ends.push(c.last);
                out.push(c);
            }
            continue;
        }
        if let Some(c) = ctx.grow(j, true)
            && !(c.first..=c.last).any(|t| taken[t])
        {
            for t in taken.iter_mut().take(c.last + 1).skip(c.first) {
                *t = true;
            }
            ends.push(c.last);
            out.push(c);
        }
    }
    out
}

/// «بوفون وغانلوكا زامبروتا»: after a name ending in a foreign or unknown
/// word (token `last`), «و» and two unknown words of a foreign shape
/// before a boundary are the next name of a list.
fn coordinated_foreign<'a>(
    ctx: &Ctx<'a, '_>,
    last: usize,
    j: usize,
    taken: &[bool],
) -> Option<NameCand<'a>> {
    let prev_foreign = ctx.info[last].unknown()
        || ctx.info[last]
            .bare_name
            .is_some_and(|f| f.has(NameFlags::FOREIGN));
    let w = &ctx.info[j];
    let rest = ctx.key(j).strip_prefix('و')?;
    let n = ctx.next(j)?;
    let x = &ctx.info[n];
    let boundary = ctx
        .next(n)
        .is_none_or(|m| ctx.boundary_word(m) || ctx.key(m).starts_with('و'));
    // «لورانس أوليفيه وإليك جينيس»، «روي ماكاي وإدغار دافيدز»: after a
    // foreign name of two words or more that was itself the next name of
    // a list, the first word needs no long vowel (a list of people goes
    // on): three letters or more after «و», no preposition and a
    // consonant, no article.
    let in_list = ctx.info[last].unknown()
        && last > 0
        && ctx.next(last - 1) == Some(last)
        && ctx.key(last - 1).starts_with('و')
        && (ctx.info[last - 1].unknown() || ctx.info[last - 1].name.is_some_and(|(p, _)| p > 0))
        && rest.chars().nth(2).is_some()
        && !preposition_before_consonant(rest, &['ب', 'ل', 'ك', 'ف'])
        && !rest.starts_with("ال");
    let ok = prev_foreign
        && !taken[j]
        && !taken[n]
        && w.unknown()
        && (foreign_given_shape(rest) || hollow_given_shape(rest) || in_list)
        && ctx.foreign_like(j)
        && x.unknown()
        && !ctx.key(n).starts_with('و')
        && ctx.foreign_like(n)
        && boundary;
    let toks = ctx.doc.tokens();
    ok.then(|| NameCand {
        first: j,
        last: n,
        range: toks[j].range.start + 'و'.len_utf8()..toks[n].range.end,
        keys: vec![Key::Borrowed(rest), Key::Borrowed(ctx.key(n))],
        title: None,
    })
}

/// The consonant skeleton of a name: long vowels, alef and ه/ة removed.
pub fn skeleton(key: &str) -> String {
    key.chars()
        .filter(|c| !matches!(c, 'ا' | 'و' | 'ي' | 'ى' | 'ه' | 'ة' | 'ء'))
        .collect()
}

/// Levenshtein distance between two short strings (in chars).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// True when two given names are spelling variants (ستافان / استيفان).
pub fn similar(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (sa, sb) = (skeleton(a), skeleton(b));
    sa.chars().count() >= 2
        && (sa == sb || (sa.chars().count() >= 5 && edit_distance(&sa, &sb) <= 1))
}

/// Mentions of names seen elsewhere in the article: a surname alone (كيري),
/// with its particles (دي ميستورا), or after a variant of the given name
/// (استيفان دي ميستورا); proclitics left out (ولافروف → لافروف).
/// `nameable` are the tokens that are no stop word nor number, with their
/// keys' tail bits ([`super::words::Anchors::nameable`]), those it looks
/// at.
pub fn known<'a>(
    ctx: &Ctx<'a, '_>,
    found: &[NameCand<'a>],
    taken: &[bool],
    nameable: &[super::words::Nameable],
) -> Vec<NameCand<'a>> {
    // surname key → (particles before it in the full name, given names,
    // the words before it in each full name). (Borrowed from the
    // candidates and the document: no key is copied.)
    type Entry<'k> = (&'k str, Vec<&'k str>, Vec<&'k str>, Vec<&'k [Key<'k>]>);
    let mut surnames: Vec<Entry> = Vec::new();
    // Surname → its entry: a document naming thousands of people stays
    // linear. (Every surname has its entry here, also a father's name.)
    let mut index: crate::extract::words::FastMap<&str, usize> = Default::default();
    // Per entry: made only by a one-word everyday name.
    // (0: strong; 1: a one-word everyday name; 2: the everyday given name
    // of a full name.)
    let mut weak: Vec<u8> = Vec::new();
    for c in found {
        // «مولود تشاووش أوغلو»: the word before a surname suffix is the
        // surname found alone («وقال تشاووش أوغلو»).
        let (c_last, keys) =
            if c.last > c.first && ctx.info[c.last].particle == Some("foreign_suffix") {
                (c.last - 1, &c.keys[..c.keys.len() - 1])
            } else {
                (c.last, &c.keys[..])
            };
        let Some(last) = keys.last() else { continue };
        // «صدام حسين» … «إدانة صدام»: the given name of a full name, when
        // it is an everyday word, is found alone as such a name is.
        if let [given, _, ..] = keys
            && ctx.info[c.first].particle.is_none()
            && ctx.info[c.first + 1].particle.is_none()
            && ctx.info[c.first]
                .name
                .is_some_and(|(_, f)| f.has(NameFlags::GIVEN) && f.has(NameFlags::COMMON))
            && given.chars().nth(2).is_some()
            && !index.contains_key(&**given)
        {
            index.insert(&**given, surnames.len());
            weak.push(2);
            surnames.push((&**given, Vec::new(), Vec::new(), Vec::new()));
        }
        let flags = ctx.info[c_last].bare_name;
        // Not the second half of a compound given name (عبد الله، نور الدين).
        let compound = ctx.info[c_last].particle.is_some()
            || (c_last > c.first
                && ctx.info[c_last - 1]
                    .particle
                    .is_some_and(|r| r.starts_with("theophoric")));
        // A one-word name that is also an everyday word («محفوظ»، «صدام»،
        // «رضا») is found again only where a name is clearly read (see
        // [`common_single_again`]).
        let common_single = keys.len() < 2 && flags.is_some_and(|f| f.has(NameFlags::COMMON));
        if last.chars().count() < 3
            || compound
            || common_single && index.contains_key(&**last)
            || ctx.info[c_last].definite
                && keys.len() == 1
                // «نظام الأسد» … «قوات الأسد».
                && !(c.first > 0 && regime_noun(ctx, c.first - 1))
            // A demonym in a name («عزام الأميركي») is no surname to find
            // alone: «الأميركي» is above all an adjective.
            || ctx.info[c_last].demonym.is_some() && ctx.info[c_last].definite
            // «عبد الله الثاني» does not make every «الثاني» a mention.
            || ctx.info[c_last].regnal
            // «أبا الفنون»، «أبو الحسن»: the definite word of a kunya alone
            // is a noun or another person («الفنون»، «الحسن»).
            || c_last == c.first + 1
                && ctx.info[c_last].definite
                && ctx.info[c.first].particle.is_some_and(|r| r.starts_with("kunya"))
        {
            continue;
        }
        let mut particles = Vec::new();
        let mut t = c_last;
        while t > c.first && ctx.info[t - 1].particle.is_some() {
            particles.insert(0, ctx.key(t - 1));
            t -= 1;
        }
        let given: Option<&str> = (t > c.first).then(|| &*keys[0]);
        let before: &[Key] = &keys[..keys.len() - 1];
        match index.get(&**last).and_then(|&i| surnames.get_mut(i)) {
            Some(e) => {
                if let Some(w) = weak.get_mut(index[&**last]) {
                    *w = 0;
                }
                if e.1.is_empty() {
                    e.1 = particles;
                }
                if let Some(g) = given
                    && !e.2.contains(&g)
                {
                    e.2.push(g);
                }
                if !before.is_empty() && !e.3.contains(&before) {
                    e.3.push(before);
                }
            }
            None => {
                let full = if before.is_empty() {
                    vec![]
                } else {
                    vec![before]
                };
                index.insert(&**last, surnames.len());
                weak.push(u8::from(common_single));
                surnames.push((&**last, particles, given.into_iter().collect(), full));
            }
        }
    }
    // The father's name in a chain of forebears names a person too («علي
    // بن الحسين» → «الحسين»): a lexicon name, not an everyday word unless
    // definite.
    for c in found {
        for t in c.first..c.last {
            if ctx.info[t].particle != Some("patronymic") || t + 1 == c.last {
                continue;
            }
            let f = ctx.info[t + 1].bare_name;
            let k = ctx.key(t + 1);
            if f.is_some_and(|f| {
                !f.has(NameFlags::PLACE) && (!f.has(NameFlags::COMMON) || ctx.info[t + 1].definite)
            }) && k.chars().nth(2).is_some()
                && !index.contains_key(k)
            {
                index.insert(k, surnames.len());
                weak.push(0);
                surnames.push((k, Vec::new(), Vec::new(), Vec::new()));
            }
        }
    }
    let mut out = Vec::new();
    if surnames.is_empty() {
        return out;
    }
    // The surnames by hash: a token none of whose stems hashes to one is
    // ruled out without a string look-up.
    let hashes: crate::lexicon::WordHashFilter = surnames
        .iter()
        .map(|(s, _, _, _)| crate::document::token_splits::word_hash(s))
        .collect();
    let tails = Tails::of(surnames.iter().map(|(s, _, _, _)| s.as_bytes()));
    let toks = ctx.doc.tokens();
    // (Only the tokens that are no stop word nor number: most function
    // words are passed over without a test; the others first by the tail
    // bits the word analysis noted, without reading their keys.)
    for n in nameable {
        if !tails.has(n.tail) {
            continue;
        }
        let i = n.token as usize;
        let (Some(&tk), Some(w)) = (taken.get(i), ctx.info.get(i)) else {
            continue;
        };
        if tk || !w.nameable() {
            continue;
        }
        let splits = ctx.doc.token_splits(i);
        if !splits.is_empty()
            && !splits
                .iter()
                .any(|s| !s.article && hashes.contains(&s.hash))
        {
            continue;
        }
        let k = ctx.key(i);
        let Some((prefix, restored, idx)) = lookup_stem(k, |s| index.get(s).copied()) else {
            continue;
        };
        let (_, particles, given, full) = &surnames[idx];
        let kind = weak.get(idx).copied().unwrap_or(0);
        if kind > 0 && (prefix > 0 || !common_single_again(ctx, i, kind == 2)) {
            continue;
        }
        // The whole name again, whatever its words («بان كي مون»: بان is
        // also a function word).
        if prefix == 0
            && let Some(n) = full
                .iter()
                .filter(|b| {
                    b.len() <= i
                        && b.iter().enumerate().all(|(x, key)| {
                            let t = i - b.len() + x;
                            !taken[t]
                                && !ctx.info[t].blocked
                                && ctx.next(t) == Some(t + 1)
                                && ctx.key(t) == key
                        })
                })
                .map(|b| b.len())
                .max()
        {
            let first = i - n;
            out.push(NameCand {
                first,
                last: i,
                range: toks[first].range.start..toks[i].range.end,
                keys: (first..=i).map(|t| Key::Borrowed(ctx.key(t))).collect(),
                title: None,
            });
            continue;
        }
        let mut first = i;
        let mut prefix_bytes = prefix;
        let mut start_prefix = 0;
        // Particles of the full name before the surname.
        let mut ok = true;
        for p in particles.iter().rev() {
            if first > 0
                && !taken[first - 1]
                && ctx.key(first - 1) == *p
                && ctx.next(first - 1) == Some(first)
            {
                first -= 1;
                prefix_bytes = 0;
            } else {
                ok = false;
                break;
            }
        }
        if prefix > 0 && first != i {
            continue;
        }
        // A variant of the given name, or another given name, before it.
        if ok
            && first > 0
            && prefix_bytes == 0
            && !taken[first - 1]
            && ctx.next(first - 1) == Some(first)
        {
            let g = first - 1;
            let gk = ctx.key(g);
            let variant = given
                .iter()
                .any(|x| similar(&skeleton_src(x), &skeleton_src(gk)));
            // Also after a conjunction: «وكانديس جونسون».
            let given_name = ctx.info[g]
                .name
                .filter(|(_, f)| f.has(NameFlags::GIVEN) && !f.has(NameFlags::COMMON));
            // Not a clan noun («عائلة بونغو»: عائلة and علي share a skeleton).
            if ctx.info[g].nameable()
                && !ctx.info[g].definite
                && !ctx.info[g].clan
                && (variant || given_name.is_some())
            {
                first = g;
                // «وفاتن» is و + «فاتن», though close to «فاتن» as it is.
                start_prefix = ctx.info[g].name.map_or(0, |(p, _)| p);
            }
        }
        let start = toks[first].range.start + if first == i { prefix } else { start_prefix };
        let mut keys: Vec<Key> = (first..=i).map(|t| Key::Borrowed(ctx.key(t))).collect();
        if first == i {
            // «للقذافي» (ل + القذافي, the article's alef dropped): the key
            // is the surname's, so that the mention joins its person; the
            // mention leaves the preposition out («لقذافي»).
            keys[0] = if restored {
                Key::Owned(format!("ا{}", k.get(prefix..).unwrap_or("")))
            } else {
                Key::Borrowed(k.get(prefix..).unwrap_or(""))
            };
        } else if start_prefix > 0 {
            keys[0] = key_after(&keys[0], start_prefix);
        }
        out.push(NameCand {
            first,
            last: i,
            range: start..toks[i].range.end,
            keys,
            title: None,
        });
    }
    out
}

/// Token `i`, an everyday word found elsewhere as a one-word name, is the
/// name again where it cannot read as an adjective: the subject right after
/// a verb with «و/ف» that begins the clause («ونشر محفوظ»، «واكتشف
/// محفوظ»), or the second term of a construct after an indefinite feminine
/// noun, which an adjective would agree with («رواية محفوظ»، «ولاية
/// صالح»، «إدانة صدام»); `given` when the name is the given name of a
/// full name.
fn common_single_again(ctx: &Ctx, i: usize, given: bool) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    if ctx.next(p) != Some(i) {
        return false;
    }
    let toks = ctx.doc.tokens();
    let w = &ctx.info[p];
    if w.definite || w.name.is_some() || w.title || w.place || w.number || w.blocked {
        return false;
    }
    let text = ctx.doc.token_text(&toks[p]);
    let name_text = ctx.doc.token_text(&toks[i]);
    let k = ctx.key(p);
    // Not the title of a ruler before his country («وهنأ سلطان عمان»).
    if ctx.next(i).is_some_and(|n| ctx.info[n].place) {
        return false;
    }
    // «إلى أن محفوظ كان»: the subject after «أن/إن» before a verb.
    if super::complementizer::complementizer(ctx, p) {
        return ctx
            .next(i)
            .is_some_and(|n| super::complementizer::masculine_verb_at(ctx, n));
    }
    // A clause begins: the sentence's first token or one after
    // punctuation.
    let clause_start = p == 0
        || toks[p - 1].sentence != toks[p].sentence
        || !crate::extract::words::clean_gap(ctx.doc, p - 1, p);
    // (Also a sentence's first word without «و»: «توفي توفيق عن عمر».)
    let sentence_start = p == 0 || toks[p - 1].sentence != toks[p].sentence;
    let bare_verb = |r: &str| {
        r.chars().nth(2).is_some()
            && r.chars().nth(5).is_none()
            && !crate::extract::words::is_stopword(r)
            && !r.starts_with("ال")
    };
    // (Without «و» a short word, no noun in م nor one with a pronoun:
    // «مكتب سعد»، «سأريك حياة العقل».)
    let plain_verb = sentence_start
        && bare_verb(k)
        && k.chars().nth(4).is_none()
        && !k.starts_with('م')
        && !k.ends_with(['ك', 'ه']);
    // (Not a function word, also one the lexicons list in «في»: «فيما
    // حافظ الصربي».)
    let verb = clause_start
        && !crate::extract::words::is_stopword(k)
        && !(w.stop && !w.speech && k.starts_with("في"))
        && (k.strip_prefix(['و', 'ف']).is_some_and(bare_verb) || plain_verb)
        && !text.ends_with('ة')
        && !k.ends_with("ات");
    // (Not a short word with a preposition, an adverb: «بشدة خطاب».)
    let construct = text.ends_with('ة')
        && k.chars().nth(2).is_some()
        && !(k.starts_with(['ب', 'ك', 'ل']) && k.chars().nth(4).is_none())
        // A given name read as an everyday noun is itself in construct
        // before a definite noun («سياسة حسن الجوار»).
        && !(given && ctx.next(i).is_some_and(|n| ctx.info[n].definite))
        // Nor before an indefinite feminine noun («إشارة حسن نية»).
        && !(given
            && ctx.next(i).is_some_and(|n| {
                !ctx.info[n].definite && ctx.doc.token_text(&toks[n]).ends_with('ة')
            }))
        // Nor a given name that is above all a word («مسابقة جمال»), nor
        // after a place's head («محافظة بدر»).
        && !false_friend(ctx.key(i))
        && !crate::extract::places::is_place_head(k)
        && !name_text.ends_with(['ة', 'ا', 'ى']);
    verb || construct
}

/// The last four bytes of a set of keys, as bits of a small table: every
/// stem [`lookup_stem`] tries ends as the word does (a proclitic split
/// leaves a suffix; before one restored after «لل», the article's alef
/// comes first), so a word whose last four bytes end none of the keys has
/// no stem that is one. One test per token instead of a look-up of every
/// stem.
struct Tails([u64; 64]);

impl Tails {
    /// The tails of `keys`. A key shorter than six bytes (three Arabic
    /// letters, so that a restored stem after its alef has four bytes) lets
    /// every word through.
    fn of<'a>(keys: impl Iterator<Item = &'a [u8]>) -> Tails {
        let mut t = Tails([0; 64]);
        for k in keys {
            match Self::bit(k).filter(|_| k.len() >= 6) {
                Some(b) => t.0[b / 64] |= 1 << (b % 64),
                None => t.0 = [u64::MAX; 64],
            }
        }
        t
    }

    /// The table bit of the last four bytes of `k`
    /// ([`super::words::tail_bit`]).
    #[inline]
    fn bit(k: &[u8]) -> Option<usize> {
        let b = super::words::tail_bit(k);
        (b != super::words::NO_TAIL).then_some(usize::from(b))
    }

    /// True when bit `b` ([`super::words::tail_bit`] of a word) is in the
    /// table, or `b` is [`super::words::NO_TAIL`]: [`Tails::may_end`] of
    /// the word.
    #[inline]
    fn has(&self, b: u16) -> bool {
        b == super::words::NO_TAIL || self.0[usize::from(b / 64)] >> (b % 64) & 1 != 0
    }

    /// False when no key ends with the last four bytes of `word` (true for
    /// a word shorter than four bytes).
    #[cfg(test)]
    fn may_end(&self, word: &[u8]) -> bool {
        Self::bit(word).is_none_or(|b| self.0[b / 64] >> (b % 64) & 1 != 0)
    }

    /// [`Tails::may_end`] of the bytes `range` of `key` (true for a range
    /// outside the key), reading only the last four.
    #[cfg(test)]
    fn may_end_at(&self, key: &[u8], range: &Range<usize>) -> bool {
        if range.len() < 4 {
            return true;
        }
        self.may_end(key.get(range.end - 4..range.end).unwrap_or_default())
    }
}

/// A name key without a leading alef (استيفان → ستيفان) for comparisons.
fn skeleton_src(k: &str) -> String {
    k.strip_prefix('ا').unwrap_or(k).to_string()
}

/// «نظام» (regime), also after و ل ب: the word before a ruler's name.
fn regime_noun(ctx: &Ctx, i: usize) -> bool {
    let n = ctx.doc.tokens()[i].range.len();
    (n == "نظام".len() || n == "لنظام".len())
        && ctx
            .key(i)
            .strip_suffix("نظام")
            .is_some_and(|p| matches!(p, "" | "و" | "ل" | "ب"))
}

/// Family, clan or dynasty names after «أسرة، عشيرة، عائلة» (also
/// after و/ل): «أسرة مينغ»، «عشيرة دينغ»، «عائلة الحريري». An indefinite
/// word is a name when no lexicon knows it and it has the shape of a name
/// (an adjective agreeing with the noun would end in ة: «أسرة كبيرة»); a
/// definite one when it is a family name or a nisba (الحريري).
///
/// `anchors` are [`super::words::Anchors::clans`]: the only tokens that may
/// be «نظام» or a clan noun.
pub fn clans<'a>(ctx: &Ctx<'a, '_>, taken: &[bool], anchors: &[usize]) -> Vec<NameCand<'a>> {
    let toks = ctx.doc.tokens();
    let mut out = Vec::new();
    for &i in anchors {
        // «نظام الأسد»، «لنظام القذافي»: the regime of a ruler named by an
        // Arabic family name alone.
        if ctx.info[i].stop
            && matches!(toks[i].range.len(), 8 | 10)
            && regime_noun(ctx, i)
            && let Some(j) = ctx.next(i)
            && !taken[j]
            && ctx.info[j].nameable()
            && ctx.info[j].bare_name.is_some_and(|f| {
                f.has(NameFlags::FAMILY) && !f.has(NameFlags::FOREIGN) && !f.has(NameFlags::COMMON)
            })
        {
            out.push(NameCand::word(ctx, j));
            continue;
        }
        if !ctx.info[i].clan {
            continue;
        }
        let Some(j) = ctx.next(i) else { continue };
        let w = &ctx.info[j];
        if taken[j] || !w.nameable() || w.place || w.demonym.is_some() || w.particle.is_some() {
            continue;
        }
        let kj = ctx.key(j);
        let text = ctx.doc.token_text(&toks[j]);
        let ok = if w.definite {
            w.bare_name
                .is_some_and(|f| f.has(NameFlags::FAMILY) && !f.has(NameFlags::COMMON))
                || w.bare_name.is_none() && text.ends_with('ي') && kj.chars().nth(4).is_some()
        } else {
            w.unknown()
                && !text.ends_with('ة')
                && !kj.starts_with('ي')
                && !kj.starts_with("تت")
                && !ctx.conj(j)
                && (ctx.name_like(j) || ctx.foreign_like(j))
        };
        if ok {
            out.push(NameCand::word(ctx, j));
        }
    }
    out
}

#[cfg(test)]
mod tails_tests {
    use super::*;

    /// [`extend_left`] counts the article's surnames only where a foreign
    /// given name alone may read them: the candidates of one token whose
    /// bare name is foreign and no everyday word.
    #[test]
    fn foreign_given_names_alone() {
        let rows: &[(&str, bool)] = &[
            ("راؤول", true),
            ("محمد", false),
            ("كابيلو", false),
            ("جون كيري", false),
        ];
        for &(text, expected) in rows {
            let doc = Document::new(text.to_string());
            let info = super::super::words::analyse(&doc, &[], &[]);
            let ctx = Ctx::new(&doc, &info);
            let last = doc.tokens().len() - 1;
            let c = NameCand {
                first: 0,
                last,
                range: 0..doc.norm().len(),
                keys: (0..=last).map(|t| Key::Borrowed(ctx.key(t))).collect(),
                title: None,
            };
            assert_eq!(foreign_alone(&ctx, &c), expected, "{text}");
        }
    }

    /// The walk from a token finds the token of every byte as the binary
    /// search does: inside tokens, in the gaps, past the end, and from a
    /// token after the byte (the search then).
    #[test]
    fn token_at_from_as_token_at() {
        let doc = Document::new("قال وزير الخارجية الأمريكي، جون كيري.".to_string());
        let n = doc.tokens().len();
        for pos in 0..doc.norm().len() + 3 {
            for from in 0..n + 1 {
                assert_eq!(
                    token_at_from(&doc, from, pos),
                    doc.token_at(pos),
                    "{from} {pos}"
                );
            }
        }
    }

    /// The candidates' keys ([`Key`]) are slices of the document's matching
    /// key, the first without its proclitics, but for a surname read with
    /// the article's alef given back («للقذافي» → «القذافي»), which is a
    /// string of its own: (text, the keys of its candidates, and which of
    /// them are no slice).
    #[test]
    fn candidate_keys_borrow_the_documents_key() {
        // (The text, the keys of its candidates, the keys made strings.)
        type Row<'r> = (&'r str, &'r [&'r [&'r str]], &'r [&'r str]);
        let rows: &[Row] = &[
            (
                "قال وزير الخارجية الأمريكي جون كيري إن كيري ولافروف اتفقا.",
                &[&["جون", "كيري"], &["كيري"], &["لافروف"]],
                &[],
            ),
            (
                "التقى العقيد معمر القذافي وزيرا، ثم قال للقذافي إن الوقت حان.",
                &[&["معمر", "القذافي"], &["القذافي"]],
                &["القذافي"],
            ),
        ];
        for &(text, want, owned) in rows {
            let doc = Document::new(text.to_string());
            let key = doc.key().as_bytes().as_ptr_range();
            let (cands, _) = crate::extract::people::candidates(&doc, &[], &[]);
            let got: Vec<Vec<&str>> = cands
                .iter()
                .map(|c| c.keys.iter().map(|k| &**k).collect())
                .collect();
            assert_eq!(got, want, "{text}");
            let mut made = Vec::new();
            for k in cands.iter().flat_map(|c| &c.keys) {
                match k {
                    Key::Borrowed(b) => {
                        let r = b.as_bytes().as_ptr_range();
                        assert!(key.start <= r.start && r.end <= key.end, "{text}: {b}");
                    }
                    Key::Owned(o) => made.push(o.as_str()),
                }
            }
            assert_eq!(made, owned, "{text}");
        }
    }

    /// [`Ctx::nunated`]: the tanwin a token is written with, read from the
    /// original text; `None` for every token of a text without any tanwin
    /// mark (which is not read then).
    #[test]
    fn nunated_tokens_by_their_tanwin() {
        // (The text, and its words written with a tanwin and the answer
        // for each; every other token has none.)
        let rows: &[(&str, &[(&str, bool)])] = &[
            ("لم تعرف ديناً ولا إنسانية", &[("ديناً", true)]),
            (
                "عيدٌ سعيدٌ يا محمدٍ",
                &[("عيدٌ", false), ("سعيدٌ", false), ("محمدٍ", false)],
            ),
            ("قال محمد علي إن", &[]),
            (
                "جون كيري (2016) ماليزيًا، وسعيدٌ",
                &[("ماليزيًا", true), ("وسعيدٌ", false)],
            ),
        ];
        for &(text, nunated) in rows {
            let doc = Document::new(text.to_string());
            let info = super::super::words::analyse(&doc, &[], &[]);
            let ctx = Ctx::new(&doc, &info);
            let mut found = 0;
            for (i, t) in doc.tokens().iter().enumerate() {
                let word = doc.original_slice(doc.span(t.range.clone()));
                let want = nunated.iter().find(|(w, _)| *w == word).map(|&(_, f)| f);
                found += usize::from(want.is_some());
                assert_eq!(ctx.nunated(i), want, "{text}: {word}");
            }
            assert_eq!(found, nunated.len(), "{text}");
            assert_eq!(ctx.may_have_tanwin(), !nunated.is_empty(), "{text}");
        }
    }

    /// The tail bits the word analysis notes for the tokens
    /// [`known`] looks at: one per token of [`super::super::words::Anchors::nameable`],
    /// and the table tells by each what it tells by the token's key.
    #[test]
    fn nameable_tails_are_the_keys_tails() {
        let keys = ["كيري", "لافروف", "القذافي", "ميستورا"];
        let tails = Tails::of(keys.iter().map(|k| k.as_bytes()));
        let rows: &[(&str, usize)] = &[
            ("قال كيري ولافروف في موسكو إن للقذافي وبميستورا", 4),
            ("وقال جون كيري: «لا» 2016 a بي سي", 2),
            ("ذهب و ل ب إلى x", 3),
        ];
        for &(text, passing) in rows {
            let doc = Document::new(text.to_string());
            let (_, anchors) = super::super::words::analyse_with_anchors(&doc, &[], &[]);
            let mut n = 0;
            for &super::super::words::Nameable { token: i, tail: b } in &anchors.nameable {
                let kb = doc.token_key(&doc.tokens()[i as usize]).as_bytes();
                let want = kb
                    .last_chunk::<4>()
                    .map_or(super::super::words::NO_TAIL, |_| {
                        Tails::bit(kb).map_or(super::super::words::NO_TAIL, |x| x as u16)
                    });
                assert_eq!(b, want, "{text}: {i}");
                assert_eq!(tails.has(b), tails.may_end(kb), "{text}: {i}");
                n += usize::from(tails.has(b));
            }
            assert_eq!(n, passing, "{text}");
        }
    }

    /// Every word whose stem [`lookup_stem`] finds among the keys passes
    /// the tails; words that end as no key does are ruled out.
    #[test]
    fn tails_let_every_stem_through() {
        let keys = ["كيري", "لافروف", "القذافي", "ميستورا"];
        let tails = Tails::of(keys.iter().map(|k| k.as_bytes()));
        let rows: &[(&str, bool)] = &[
            ("كيري", true),
            ("وكيري", true),
            ("لكيري", true),
            ("ولافروف", true),
            ("للقذافي", true),
            ("بميستورا", true),
            ("الرئيس", false),
            ("قال", false),
            ("موسكو", false),
        ];
        for &(word, found) in rows {
            let stem = lookup_stem(word, |s| keys.contains(&s).then_some(()));
            assert_eq!(stem.is_some(), found, "{word}");
            if found {
                assert!(tails.may_end(word.as_bytes()), "{word}");
            } else {
                assert!(!tails.may_end(word.as_bytes()), "{word}");
            }
        }
        // A word shorter than four bytes passes; a key shorter than six
        // bytes lets every word through.
        assert!(tails.may_end(b"abc"));
        assert!(Tails::of([&b"abcde"[..]].into_iter()).may_end("قال".as_bytes()));
        // The bytes of a range of a key, as the range's slice: inside the
        // key, shorter than four bytes, past its end, reversed.
        let key = "قال كيري ولافروف في موسكو".as_bytes();
        let n = key.len();
        #[allow(clippy::reversed_empty_ranges)]
        let ranges = [
            0..6,
            7..15,
            16..30,
            0..3,
            4..7,
            n - 4..n,
            n - 2..n + 2,
            n..n + 8,
            9..5,
        ];
        for r in ranges {
            assert_eq!(
                tails.may_end_at(key, &r),
                tails.may_end(key.get(r.clone()).unwrap_or_default()),
                "{r:?}"
            );
        }
    }
}

#[cfg(test)]
mod two_pass_tests {
    use super::*;
    use crate::extract::people::words;

    /// The second pass of [`untitled`] as it was written before the lone
    /// family names were kept: every free token again, names grown again.
    fn singles_token_by_token<'a>(ctx: &Ctx<'a, '_>, taken: &[bool]) -> Vec<NameCand<'a>> {
        let mut out = Vec::new();
        let n = ctx.info.len();
        let mut i = 0;
        while i < n {
            if taken[i] {
                i += 1;
                continue;
            }
            if untitled_start(ctx, i)
                && let Some(c) = ctx.grow(i, false)
            {
                let single_family = c.first == c.last && !ctx.is_given(c.first);
                if single_family
                    && !plural_imperfect_shape(ctx.key(c.first))
                    && untitled_takes(ctx, taken, &c)
                {
                    i = c.last + 1;
                    out.push(c);
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    /// [`untitled_singles`] finds what a second pass over every token
    /// found, on every article of `fixtures/` and on short texts, once the
    /// first pass's names are taken (and more tokens besides).
    #[test]
    fn untitled_singles_match_a_pass_over_every_token() {
        let mut texts = fixture_texts();
        texts.extend(
            [
                "قال الرئيس باراك أوباما إن أوباما سيزور كيري",
                "وصل الزهراني والعتيبي أمس ثم التقى الزهراني محمد الحسني",
                "كتاب جديد",
            ]
            .map(String::from),
        );
        let mut found_any = 0;
        for text in &texts {
            let doc = Document::new(text.clone());
            let info = words::analyse(&doc, &[], &[]);
            let ctx = Ctx::new(&doc, &info);
            let mut taken = vec![false; info.len()];
            let (_, anchors) = words::analyse_with_anchors(&doc, &[], &[]);
            let (found, lone) = untitled(&ctx, &taken, &anchors.readings);
            assert!(lone.iter().all(|(_, c)| c.first == c.last));
            // The tokens of the names the first pass took are taken (as
            // `candidates` marks them) before the second pass.
            for c in &found {
                for t in &mut taken[c.first..=c.last] {
                    *t = true;
                }
            }
            let singles = untitled_singles(&ctx, &taken, lone.clone());
            found_any += singles.len();
            assert_eq!(singles, singles_token_by_token(&ctx, &taken), "{text}");
            // And with every other free token taken as well (names found
            // in between by other rules).
            for (i, t) in taken.iter_mut().enumerate() {
                *t |= i % 2 == 1;
            }
            assert_eq!(
                untitled_singles(&ctx, &taken, lone),
                singles_token_by_token(&ctx, &taken),
                "{text}"
            );
        }
        assert!(found_any > 0, "no family name alone in the texts");
    }
}

#[cfg(test)]
mod anchor_tests {
    use super::*;
    use crate::extract::people::words;

    /// The texts of `fixtures/` and short texts with titles, speech verbs,
    /// demonyms, «لل» demonyms, «د.» and names after a patronymic.
    fn texts() -> Vec<String> {
        let mut texts = fixture_texts();
        texts.extend(
            [
                "وقال كيري إن الإيطالي فابيو كابيلو زار العالم الألماني هانز مولر",
                "أكد د. محمد السعدان أن الوليد بن طلال وعلي بن الحسين في الرياض",
                "قال المتحدث للسعودي أحمد العتيبي وقال الزهراني",
                "وصل أبو محمد وعبد الله وناديه السابق ثم فإن دي ميستورا",
                "قوات نظام الأسد ولنظام القذافي وأسرة مينغ وعائلة الحريري وعشيرة دينغ",
                "حي الشيخ رضوان ومخيم رضوان وبمطار الملك خالد وملعب الأمير فيصل عن طريق فلان",
            ]
            .map(String::from),
        );
        texts
    }

    /// The tanwin and «وأ» tests that skip the original text where the
    /// document or the key rules them out agree with the full ones on every
    /// token.
    #[test]
    fn original_text_read_only_where_it_may_tell() {
        let rows: &[(&str, bool)] = &[
            ("قال جديداً", true),
            ("قال جديدًا", true),
            ("هاوٍ", true),
            ("كبيرٌ", true),
            ("وأين كان", false),
            ("فأكد وَأين", false),
            ("قال واين روني", false),
            ("كلمة ، ؍ ؋", false),
            ("", false),
        ];
        for &(text, want) in rows {
            assert_eq!(has_tanwin(text), want, "{text}");
        }
        let mut texts: Vec<String> = rows.iter().map(|(t, _)| t.to_string()).collect();
        texts.extend(["فأين تاليًا وأحمد فا واين", "ـوأين وـأين فَأكد"].map(String::from));
        texts.extend(fixture_texts());
        let mut seen = [0; 2];
        for text in texts {
            let doc = Document::new(text);
            let info = words::analyse(&doc, &[], &[]);
            let ctx = Ctx::new(&doc, &info);
            for j in 0..info.len() {
                let orig = doc.original_slice(doc.span(doc.tokens()[j].range.clone()));
                let tanwin = super::super::morph::tanwin_ending(orig);
                let conj = orig.starts_with("وأ") || orig.starts_with("فأ");
                assert_eq!(ctx.tanwin_ending(j), tanwin, "{orig}");
                assert_eq!(
                    lone_accusative_or_conjunction(&ctx, j),
                    tanwin || conj,
                    "{orig}"
                );
                seen[0] += usize::from(tanwin);
                seen[1] += usize::from(conj);
            }
        }
        assert!(seen[0] > 2 && seen[1] > 2, "{seen:?}");
    }

    /// The heads found by the word classes of a token are those its key
    /// gives, on every token of the texts.
    #[test]
    fn heads_by_class_as_by_key() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        let mut heads = 0;
        for text in texts() {
            let doc = Document::new(text);
            let info = words::analyse(&doc, &[], &[]);
            let ctx = Ctx::new(&doc, &info);
            for j in 0..info.len() {
                let k = ctx.key(j);
                let place = crate::extract::places::triggers::head_of_token(&doc, j).is_some();
                assert_eq!(place, crate::extract::places::is_place_head(k), "{k}");
                let facility = super::super::facilities::facility_head_at(&ctx, j);
                assert_eq!(
                    facility,
                    super::super::facilities::facility_head(k)
                        && !(k == "طريق" && j > 0 && ctx.key(j - 1) == "عن"),
                    "{k}"
                );
                heads += usize::from(place) + usize::from(facility);
            }
        }
        assert!(heads > 10, "{heads}");
    }

    /// [`titled`] from the cue tokens of [`words::Anchors`], [`untitled`]
    /// from its readings and [`clans`] from its clan anchors find what they
    /// find from every token
    /// (with no token taken, and with every third token taken).
    #[test]
    fn anchors_find_what_every_token_finds() {
        let mut found = 0;
        for text in texts() {
            let doc = Document::new(text.clone());
            let (info, anchors) = words::analyse_with_anchors(&doc, &[], &[]);
            let ctx = Ctx::new(&doc, &info);
            let every: Vec<usize> = (0..info.len()).collect();
            let titles = super::super::lexicon::lexicon().titles.find(&doc);
            let by_cues = titled(&ctx, &titles, &anchors.cues);
            assert_eq!(by_cues, titled(&ctx, &titles, &every), "{text}");
            for step in [usize::MAX, 3] {
                let taken: Vec<bool> = (0..info.len()).map(|i| i % step == 2).collect();
                let by_readings = untitled(&ctx, &taken, &anchors.readings);
                assert_eq!(by_readings, untitled(&ctx, &taken, &every), "{text}");
                found += by_readings.0.len() + by_readings.1.len();
                let by_anchors = clans(&ctx, &taken, &anchors.clans);
                assert_eq!(by_anchors, clans(&ctx, &taken, &every), "{text}");
                found += by_anchors.len();
            }
            found += by_cues.len();
        }
        assert!(found > 50, "{found}");
    }
}

/// The texts of the articles in `fixtures/`, for tests that compare two
/// ways of running a rule.
#[cfg(test)]
fn fixture_texts() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}
