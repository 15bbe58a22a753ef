//! What the lexicons say about each token of a document, computed once per
//! document.

use super::lexicon::{NameFlags, lexicon};
use crate::document::token_splits::{ALL_CLASSES, TokenSplit, word_hash, word_hash_of_parts};
use crate::document::{Document, Token, TokenKind};
use crate::extract::organizations::lexicon::{orgs, places};
use crate::extract::word_class::{
    EAST_ASIAN_SURNAME, FACILITY_HEAD, MONTH_NAME, NAMING_CUE, PEOPLE_FLAGS_SHIFT, PEOPLE_WORD,
    PERSON_TITLE, QUOTE_BOUNDARY,
};
use crate::extract::words::{FastSet, stopwords};
use crate::lexicon::WordHashMap;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

/// Facts about one token.
#[derive(Clone, Debug, Default)]
pub struct WordInfo {
    /// Function word, frequent verb or common noun.
    pub stop: bool,
    /// A number.
    pub number: bool,
    /// Inside an organization (or other entity) found earlier.
    pub blocked: bool,
    /// Role of the name particle the token is (بن، أبو، دي …).
    pub particle: Option<&'static str>,
    /// The token as a name: bytes of proclitics before it, and lexicon flags.
    pub name: Option<(usize, NameFlags)>,
    /// The whole token is a name (no proclitic).
    pub bare_name: Option<NameFlags>,
    /// Country code of a demonym (also after و: والسعودي).
    pub demonym: Option<&'static str>,
    /// A place name (also after و ب ل).
    pub place: bool,
    /// A country, region or governorate (not a city), also after و ب ل.
    pub large_place: bool,
    /// Begins with the article (after optional proclitics).
    pub definite: bool,
    /// Proclitic bytes, when the token is a known word only after removing them.
    pub prefix: usize,
    /// Part of a title or role («الرئيس»، «سمو»).
    pub title: bool,
    /// A speech verb (قال، وأضاف …).
    pub speech: bool,
    /// A definite ordinal (الأول، الثاني): never begins a name, may end a
    /// regnal one («تشارلز الأول»).
    pub regnal: bool,
    /// A family, clan or dynasty noun (أسرة، عشيرة، عائلة) that introduces
    /// a family name.
    pub clan: bool,
}

/// Speech verbs (third person), matching keys.
pub const SPEECH_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "اضاف",
    "اضافت",
    "اكد",
    "اكدت",
    "اعلن",
    "اعلنت",
    "اوضح",
    "اوضحت",
    "تابع",
    "تابعت",
    "ذكر",
    "ذكرت",
    "اشار",
    "اشارت",
    "صرح",
    "صرحت",
    "شدد",
    "شددت",
    "راي",
    "يقول",
    "تقول",
    "لفت",
    "لفتت",
    "اعتبر",
    "اعتبرت",
    "كشف",
    "كشفت",
    "ختم",
    "اختتم",
    "يري",
    "تري",
    "توقع",
    "توقعت",
    "اعترف",
    "اعترفت",
    "علق",
    "علقت",
    "نفي",
    "نفت",
    "حذر",
    "حذرت",
    "كتب",
    "كتبت",
    "يضيف",
    "تضيف",
    "ردد",
    "اجاب",
    "اجابت",
    "توعد",
    "توعدت",
    "اعرب",
    "اعربت",
    "ناشد",
    "ناشدت",
    "هدد",
    "هددت",
    "ابلغ",
    "ابلغت",
    "افاد",
    "افادت",
    "تساءل",
    "تساءلت",
    "نوه",
    "نوهت",
    "زعم",
    "زعمت",
    "اقر",
    "اقرت",
    "اتهم",
    "اتهمت",
    "انتقد",
    "انتقدت",
    "اشاد",
    "اشادت",
    "دعا",
    "دعت",
    "حث",
    "حثت",
    "استطرد",
];

/// True when `word` (a matching key) is one of [`SPEECH_VERBS`].
fn is_speech_verb(word: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| SPEECH_VERBS.iter().copied().collect())
        .contains(word)
}

/// Ranges sorted by start, overlapping ones merged; the ranges themselves
/// when they are already so (each ends at or before the next one starts:
/// the titles, longest gazetteer matches in text order), without a copy.
fn sorted(ranges: &[Range<usize>]) -> Cow<'_, [Range<usize>]> {
    if ranges.windows(2).all(|w| w[0].end <= w[1].start) {
        return Cow::Borrowed(ranges);
    }
    Cow::Owned(sorted_vec(ranges.to_vec()))
}

/// [`sorted`] of the ranges of `v`, sorted in place.
fn sorted_vec(mut v: Vec<Range<usize>>) -> Vec<Range<usize>> {
    v.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(v.len());
    for r in v {
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// The tokens of `toks` (in text order) that overlap one of `ranges`
/// (sorted by start, overlapping ones merged, as [`sorted`] leaves them),
/// in text order: [`for_overlapping_tokens`] collected.
#[cfg(test)]
fn overlapping_tokens(toks: &[Token], ranges: &[Range<usize>]) -> Vec<usize> {
    let mut out = Vec::new();
    for_overlapping_tokens(toks, ranges, |i| out.push(i));
    out
}

/// Calls `f` once for each token of `toks` that overlaps one of `ranges`
/// (sorted by start, overlapping ones merged, as [`sorted`] leaves them),
/// in text order: a binary search and the few tokens inside per range,
/// instead of a test per token, and no list of the tokens. A token
/// overlaps a range when each begins before the other ends (an empty
/// range strictly inside a token overlaps it).
#[inline]
fn for_overlapping_tokens(toks: &[Token], ranges: &[Range<usize>], mut f: impl FnMut(usize)) {
    // Tokens before `from` end before every range still to come; tokens
    // before `done` were passed to `f` already.
    let mut from = 0;
    let mut done = 0;
    for r in ranges {
        from += toks[from..].partition_point(|t| t.range.end <= r.start);
        let mut i = from.max(done);
        while toks.get(i).is_some_and(|t| t.range.start < r.end) {
            f(i);
            i += 1;
        }
        done = done.max(i);
    }
}

/// The flags of [`known_stems`] for the stem of split `s`: from its word
/// classes, where the word-class table keeps them, or by a look-up when the
/// split was made before the table was built.
#[inline]
fn flags_of(s: &TokenSplit, known: &WordHashMap<u8>) -> u8 {
    if s.classes == ALL_CLASSES {
        known.get(&s.hash).copied().unwrap_or(0)
    } else {
        (s.classes >> PEOPLE_FLAGS_SHIFT) as u8
    }
}

/// A name particle ([`super::lexicon::PeopleLexicon::particles`]).
const PARTICLE: u8 = 1;
/// A general word that is no name ([`super::lexicon::PeopleLexicon::not_names`]).
const GENERAL: u8 = 2;
/// A definite ordinal (الأول، الثاني).
const REGNAL: u8 = 4;
/// A function word or frequent verb ([`is_stopword`]).
const STOPWORD: u8 = 8;
/// A speech verb, also after و or ف ([`SPEECH_VERBS`]).
const SPEECH: u8 = 16;
/// A family, clan or dynasty noun (أسرة، عشيرة، عائلة), also after و or ل.
const CLAN: u8 = 32;
/// A name of the people lexicon ([`super::lexicon::PeopleLexicon::names`]).
const NAME: u8 = 64;
/// A place or demonym ([`crate::extract::organizations::lexicon::PlaceLexicon::keys`]).
const PLACE: u8 = 128;
/// The nouns of [`CLAN`] (matching keys).
const CLAN_NOUNS: &[&str] = &["اسره", "عشيره", "عايله"];

/// Every stem any of the lexicons used by [`analyse`] knows (a name, a
/// particle, a place), every general word and every speech verb (also after
/// و or ف), by [`word_hash`]: one look-up of a precomputed hash rules out
/// most stems, tells which lexicons may hold the others, and tells a
/// general word or a speech verb.
pub(crate) fn known_stems() -> &'static WordHashMap<u8> {
    static MAP: OnceLock<WordHashMap<u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        let lex = lexicon();
        let pl = places();
        let mut map: WordHashMap<u8> = WordHashMap::default();
        for (keys, flag) in [
            (
                &mut lex.names.keys().map(String::as_str) as &mut dyn Iterator<Item = &str>,
                NAME,
            ),
            (&mut lex.particles.keys().map(String::as_str), PARTICLE),
            (&mut pl.keys(), PLACE),
        ] {
            for k in keys {
                *map.entry(word_hash(k)).or_default() |= flag;
            }
        }
        for (&h, &regnal) in &lex.not_names {
            *map.entry(h).or_default() |= if regnal { REGNAL } else { GENERAL };
        }
        for w in stopwords() {
            *map.entry(word_hash(w)).or_default() |= STOPWORD;
        }
        for v in SPEECH_VERBS {
            for conj in ["", "و", "ف"] {
                *map.entry(word_hash_of_parts(&[conj, v])).or_default() |= SPEECH;
            }
        }
        for n in CLAN_NOUNS {
            for p in ["", "و", "ل"] {
                *map.entry(word_hash_of_parts(&[p, n])).or_default() |= CLAN;
            }
        }
        map
    })
}

/// False when token `t` of `doc` is surely no place nor demonym key, also
/// after proclitics: none of its proclitic splits (the stems
/// [`crate::extract::words::lookup_stem`] tries, and more) is such a key by
/// the people flags its word classes keep. True for a token too short to
/// have splits and for splits made before the word-class table was built.
pub(crate) fn token_may_be_place(doc: &Document, t: usize) -> bool {
    let splits = doc.token_splits(t);
    splits.is_empty()
        || splits
            .iter()
            .any(|s| (s.classes >> PEOPLE_FLAGS_SHIFT) as u8 & PLACE != 0)
}

/// [`crate::extract::words::is_stopword`] of token `t` of `doc`: false at
/// once when the people flags of its whole word's split (kept with its word
/// classes) lack [`STOPWORD`], as every stop word's hash has it; else (a
/// hash shared with a stop word, a token too short to have splits, splits
/// made before the word-class table was built) the look-up by string.
pub(crate) fn token_is_stopword(doc: &Document, t: usize) -> bool {
    let surely_not = doc.token_splits(t).first().is_some_and(|s| {
        s.cut == 0
            && s.classes != ALL_CLASSES
            && (s.classes >> PEOPLE_FLAGS_SHIFT) as u8 & STOPWORD == 0
    });
    !surely_not && crate::extract::words::is_stopword(doc.token_key(&doc.tokens()[t]))
}

/// True when token `t` of `doc` is a one-word person title
/// ([`super::lexicon::PeopleLexicon::single_titles`]): false at once when
/// the classes of its whole word's split lack [`PERSON_TITLE`], which the
/// hash of every title's first word has (a one-word title is its own first
/// word); else the look-up by string.
pub(crate) fn token_is_single_title(doc: &Document, t: usize) -> bool {
    let surely_not = doc
        .token_splits(t)
        .first()
        .is_some_and(|s| s.cut == 0 && s.classes != ALL_CLASSES && s.classes & PERSON_TITLE == 0);
    !surely_not
        && lexicon()
            .single_titles
            .contains(doc.token_key(&doc.tokens()[t]))
}

/// Facts about every token of `doc`; tokens overlapping `blocked` ranges
/// (normalized bytes) are marked.
pub fn analyse(doc: &Document, blocked: &[Range<usize>], titles: &[Range<usize>]) -> Vec<WordInfo> {
    analyse_with_anchors(doc, blocked, titles).0
}

/// The few tokens the passes of the rules start from, noted while the
/// facts are read, so that those passes do not test every token.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Anchors {
    /// The tokens read as a name or a particle (in text order; some may
    /// have lost the reading since): every token but the word before a
    /// patronymic particle where an untitled name may start is one
    /// ([`super::rules::untitled`]).
    pub readings: Vec<usize>,
    /// The tokens that may set off a name in [`super::rules::titled`] (in
    /// text order): speech verbs, demonyms, definite words written with
    /// «لل» or «ولل», and «د».
    pub cues: Vec<usize>,
    /// The clan nouns and the stop words of four or five letters that end
    /// in «نظام» («نظام», «لنظام»), in text order: the tokens
    /// [`super::rules::clans`] starts from.
    pub clans: Vec<usize>,
    /// The tokens that are no stop word nor number (in text order; some
    /// may be no part of a name for another reason, [`WordInfo::nameable`]
    /// tells), each with the tail bit of its key: the tokens
    /// [`super::rules::known`] looks at.
    pub nameable: Vec<Nameable>,
    /// The tokens of the word classes [`FACILITY_HEAD`],
    /// [`EAST_ASIAN_SURNAME`] and [`NAMING_CUE`], as
    /// [`Document::tokens_of_class`] lists them (in text order): noted in
    /// the pass over the tokens, so that [`super::facilities::named_after`],
    /// [`super::east_asian::untitled`] and [`super::naming::named`] need no
    /// pass of their own over the classes.
    pub facility_heads: Vec<usize>,
    /// See [`Anchors::facility_heads`].
    pub east_asian: Vec<usize>,
    /// See [`Anchors::facility_heads`].
    pub naming_cues: Vec<usize>,
    /// The tokens of the quotes' boundary class of four or six bytes whose
    /// key ends in «ان» (in text order), among them every complementizer «أن، إن، بأن، لأن …» with
    /// its proclitic: the tokens [`super::complementizer::after_complementizer`]
    /// looks at (a few in a hundred words).
    pub complementizers: Vec<usize>,
}

/// A token of [`Anchors::nameable`] and the table bit of the last four
/// bytes of its key ([`tail_bit`]), or [`NO_TAIL`] for a key of fewer
/// bytes: [`super::rules::known`] rules out the words that end as no
/// surname of the article by this bit, without reading the key (it runs
/// twice an article). (One record of eight bytes: one push a token.)
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Nameable {
    /// The token.
    pub token: u32,
    /// Its key's [`tail_bit`].
    pub tail: u16,
}

impl Nameable {
    /// Token `ti`, with key bytes `kb`.
    #[inline]
    fn of(ti: usize, kb: &[u8]) -> Nameable {
        Nameable {
            token: ti as u32,
            tail: tail_bit(kb),
        }
    }
}

/// [`tail_bit`] of a key of fewer than four bytes (which every table lets
/// through).
pub(super) const NO_TAIL: u16 = u16::MAX;

/// The bit of the last four bytes of key bytes `k` in a table of 4096
/// bits (the surnames' tails of [`super::rules::known`]), or [`NO_TAIL`]
/// for a key of fewer than four bytes.
#[inline]
pub(super) fn tail_bit(k: &[u8]) -> u16 {
    match k.last_chunk::<4>() {
        Some(t) => (u32::from_le_bytes(*t).wrapping_mul(0x9E37_79B1) >> 20) as u16,
        None => NO_TAIL,
    }
}

/// True when a token with facts `w` and key bytes `kb` may set off a name
/// in [`super::rules::titled`]: a speech verb, a demonym, a definite word
/// written with «لل» or «ولل», or «د» (the abbreviation).
#[inline]
fn titled_cue(w: &WordInfo, kb: &[u8]) -> bool {
    w.speech || w.demonym.is_some() || w.definite && lam_lam(kb) || matches!(kb, [0xD8, 0xAF])
}

/// True when key bytes `kb` begin with «لل» or «ولل» (compared byte by
/// byte: no call).
#[inline]
fn lam_lam(kb: &[u8]) -> bool {
    matches!(
        kb,
        [0xD9, 0x84, 0xD9, 0x84, ..] | [0xD9, 0x88, 0xD9, 0x84, 0xD9, 0x84, ..]
    )
}

/// [`analyse`], with the [`Anchors`] of the document.
pub fn analyse_with_anchors(
    doc: &Document,
    blocked: &[Range<usize>],
    titles: &[Range<usize>],
) -> (Vec<WordInfo>, Anchors) {
    analyse_blocking(doc, blocked, titles, false)
}

/// [`analyse_with_anchors`], with the month names written as dates
/// ([`super::month_words::date_months`]: «شهر رمضان»، «5 رجب») blocked too,
/// as if they were among `blocked`: the month-name tokens are noted in the
/// pass over the tokens, instead of a pass of their own over the word
/// classes.
pub fn analyse_with_anchors_and_months(
    doc: &Document,
    blocked: &[Range<usize>],
    titles: &[Range<usize>],
) -> (Vec<WordInfo>, Anchors) {
    analyse_blocking(doc, blocked, titles, true)
}

/// [`analyse_with_anchors`]; with `months`, the month names written as
/// dates are blocked too (after `blocked`, as `People::extract` listed
/// them).
fn analyse_blocking(
    doc: &Document,
    blocked: &[Range<usize>],
    titles: &[Range<usize>],
    months: bool,
) -> (Vec<WordInfo>, Anchors) {
    let known = known_stems();
    // The facts are written in place (a record is not moved).
    let mut out = vec![WordInfo::default(); doc.tokens().len()];
    let classes = doc.token_classes();
    let key = doc.key().as_bytes();
    // The tokens read as a name or a particle, for the second pass.
    // (Made at about their usual size, a fifth and an eighth of the
    // tokens at most in news: no regrowth from empty for most articles.)
    let mut readings = Vec::with_capacity(out.len() / 5);
    let mut cues = Vec::with_capacity(out.len() / 8);
    let mut clans = Vec::new();
    let mut nameable = Vec::with_capacity(out.len());
    let mut facility_heads = Vec::new();
    let mut east_asian = Vec::new();
    let mut naming_cues = Vec::new();
    let mut month_names = Vec::new();
    let mut complementizers = Vec::new();
    // (The classes of the lists noted, the month name's only when asked.)
    let listed =
        FACILITY_HEAD | EAST_ASIAN_SURNAME | NAMING_CUE | if months { MONTH_NAME } else { 0 };
    // (The classes have one entry per token, the split starts one more:
    // zipped, no index checks nor look-up of the splits per token.)
    let (starts, split_list) = doc.all_token_splits();
    debug_assert_eq!(classes.len(), out.len());
    debug_assert_eq!(starts.len(), out.len() + 1);
    let tokens = doc.tokens().iter().zip(classes).zip(starts.windows(2));
    for (ti, (((t, &c), bounds), w)) in tokens.zip(&mut out).enumerate() {
        // (One test for the listed classes: most tokens have none.)
        if c & listed != 0 {
            if c & FACILITY_HEAD != 0 {
                facility_heads.push(ti);
            }
            if c & EAST_ASIAN_SURNAME != 0 {
                east_asian.push(ti);
            }
            if c & NAMING_CUE != 0 {
                naming_cues.push(ti);
            }
            if c & MONTH_NAME != 0 && months {
                month_names.push(ti);
            }
        }
        // A word none of whose stems the people lexicons know (its classes
        // lack PEOPLE_WORD; a word too short to have stems has them all) is
        // no name, particle, place, stop word nor speech verb, also after
        // «و» (the stem after it is one of its splits).
        if c & PEOPLE_WORD == 0 && t.kind == TokenKind::Word {
            let kb = key.get(t.range.clone()).unwrap_or_default();
            plain_word(doc, t, kb, w);
            nameable.push(Nameable::of(ti, kb));
            // (A word no people lexicon knows is no speech verb nor
            // demonym.)
            if (w.definite || t.range.len() == 2) && titled_cue(w, kb) {
                cues.push(ti);
            }
        } else {
            let kb = key.get(t.range.clone()).unwrap_or_default();
            let splits = split_list
                .get(bounds[0] as usize..bounds[1] as usize)
                .unwrap_or_default();
            lexicon_word(doc, t, splits, kb, known, w);
            if (w.speech || w.demonym.is_some() || w.definite || t.range.len() == 2)
                && titled_cue(w, kb)
            {
                cues.push(ti);
            }
            if !w.stop && !w.number {
                nameable.push(Nameable::of(ti, kb));
            }
            // (Only a word of the lexicons is a stop word or a clan noun;
            // of the stop words, only «نظام» after nothing or one letter:
            // the byte test leaves the other stop words of four or five
            // letters out.)
            if w.clan
                || w.stop && matches!(t.range.len(), 8 | 10) && kb.ends_with("نظام".as_bytes())
            {
                clans.push(ti);
            }
            // (A complementizer's stem «ان» is a stop word and a quotes'
            // boundary word: its tokens have both classes, with or without
            // a proclitic. The class first: one test of a bit for most
            // tokens.)
            if c & QUOTE_BOUNDARY != 0 && t.range.len() | 2 == 6 && kb.ends_with("ان".as_bytes())
            {
                complementizers.push(ti);
            }
        }
        if w.name.is_some() || w.particle.is_some() {
            readings.push(ti);
        }
    }
    let toks = doc.tokens();
    // Tokens inside entities found earlier, and parts of titles.
    let blocked = if months {
        let mut all = blocked.to_vec();
        all.extend(super::month_words::date_months_of(
            doc,
            month_names.into_iter(),
        ));
        Cow::Owned(sorted_vec(all))
    } else {
        sorted(blocked)
    };
    for_overlapping_tokens(toks, &blocked, |i| out[i].blocked = true);
    for_overlapping_tokens(toks, &sorted(titles), |i| out[i].title = true);
    // Readings the text rules out, for the few tokens read as a name or a
    // particle (the key read once); a reading dropped on the way (the word
    // after «رمضان») is no longer looked at.
    for &i in &readings {
        if out[i].name.is_none() && out[i].particle.is_none() {
            continue;
        }
        let t = &toks[i];
        let k = doc.token_key(t);
        let bare = out[i].name.is_some_and(|(p, _)| p == 0);
        // The name's proclitics (و، ل، ب …), if any.
        let pre = out[i].name.map_or(0, |(p, _)| p);
        let drop_name = out[i].name.is_some()
            && (
                // «بأول» is ب + أول, not the name باول: a hamza after ل، ب
                // or ك in the original text begins the word.
                bare && hamza_after_proclitic(doc, i)
                // «مما يؤسف له» is no «يوسف», «ليؤكد» no «يوكد»: ي، ت or ن
                // and a hamza on waw begin an imperfect verb.
                || imperfect_with_hamza(doc.token_text(t), pre)
                // «ناديه» (his club) is no «نادية»: a word written with the
                // pronoun ه whose stem is an organization's head word, also
                // after a proclitic («وناديه السابق»).
                || k.ends_with('ه')
                    && doc.token_text(t).ends_with('ه')
                    && k.get(pre..)
                        .and_then(|r| r.strip_suffix('ه'))
                        .is_some_and(|stem| orgs().heads_single.contains_key(stem))
            );
        // «علي هامش»، «علي مدى»، «علي أنها»: the preposition على written
        // with ي before a word that follows it in fixed phrases.
        let ala = k == "علي"
            && toks
                .get(i + 1)
                .is_some_and(|n| n.sentence == t.sentence && is_ala_phrase(doc.token_key(n)));
        // «فإن» (so) is no «فان» (van).
        let fa_inna = k == "فان"
            && out[i].particle.is_some()
            && doc.original_slice(doc.span(t.range.clone())).contains('إ');
        // «الرئيس الباكستاني برويز مشرف»: after a title or a demonym and
        // before a family name, a word read as ب/ل/ك + a foreign family
        // name («ب + رويز») is a given name no lexicon knows, read whole (a
        // preposition before a surname and then a name is rare; before a
        // given name it is common: «بجون كيري»).
        let whole_foreign = out[i].name.is_some_and(|(p, f)| {
            p > 0
                && k[..p].ends_with(['ب', 'ل', 'ك'])
                && f.has(NameFlags::FAMILY | NameFlags::FOREIGN)
                && !f.has(NameFlags::GIVEN)
        }) && i > 0
            && toks[i - 1].sentence == t.sentence
            && (out[i - 1].title || out[i - 1].demonym.is_some())
            && toks.get(i + 1).is_some_and(|n| {
                n.sentence == t.sentence
                    && out[i + 1]
                        .bare_name
                        .is_some_and(|g| g.has(NameFlags::FAMILY))
            });
        let w = &mut out[i];
        if drop_name || ala {
            w.name = None;
            w.bare_name = None;
        }
        if ala || fa_inna {
            w.stop = true;
        }
        if fa_inna {
            w.particle = None;
        }
        if whole_foreign {
            w.name = None;
        }
        // «الإسلام» ends a compound given name only after the first halves
        // of one («سيف الإسلام»، «نور الإسلام»), not after a given name
        // that is also a noun («رسول الإسلام», the Prophet of Islam).
        if k == "الاسلام"
            && w.particle == Some("compound_suffix")
            && (i == 0
                || toks[i - 1].sentence != t.sentence
                || !ISLAM_COMPOUND_FIRSTS.contains(&doc.token_key(&toks[i - 1])))
        {
            w.particle = None;
        }
        // «رمضان كريم», «رمضان مبارك»: the greeting, not a name.
        if k == "رمضان"
            && toks.get(i + 1).is_some_and(|n| {
                n.sentence == t.sentence && matches!(doc.token_key(n), "كريم" | "مبارك")
            })
        {
            drop_names(&mut out[i..=i + 1]);
        }
        // «أحمد الله» ("I praise God"): a verb, not the name.
        if matches!(k, "احمد" | "واحمد" | "فاحمد")
            && toks
                .get(i + 1)
                .is_some_and(|n| n.sentence == t.sentence && doc.token_key(n) == "الله")
        {
            drop_names(&mut out[i..=i]);
        }
        // «أسمى التهاني», «أسمى آيات الشكر»: the elative أسمى ("the
        // highest") before a noun, not the name; the noun after it is no
        // name either («آيات»). A known family name after it makes a name
        // («أسمى الزهراني»).
        if bare
            && elative_in_alif_maqsura(doc.token_text(t))
            && toks.get(i + 1).is_some_and(|n| n.sentence == t.sentence)
            && !out[i + 1]
                .bare_name
                .is_some_and(|f| f.has(NameFlags::FAMILY))
        {
            drop_names(&mut out[i..=i + 1]);
        }
    }
    (
        out,
        Anchors {
            readings,
            cues,
            clans,
            nameable,
            facility_heads,
            east_asian,
            naming_cues,
            complementizers,
        },
    )
}

/// The facts about a word token none of whose stems the people lexicons
/// know ([`PEOPLE_WORD`] not among its classes), from its key's bytes
/// `kb`: what is left to tell is whether it is definite and a joined
/// theophoric name. The key is read as a string only for a word that may
/// be either (a ل at byte 2, 4 or 6, or 16 bytes or more).
fn plain_word(doc: &Document, t: &Token, kb: &[u8], w: &mut WordInfo) {
    // (On the key's bytes: the key is read as a string only for a joined
    // theophoric name.)
    if lam_of_article(kb) {
        w.definite = definite_bytes(kb) && !short_article_stem_bytes(kb);
    }
    // (Only a key of 16 bytes or more may be one: no call for the
    // others.)
    if kb.len() >= 16 {
        joined_theophoric(doc.token_key(t), w);
    }
}

/// The facts about token `t` of `doc`, a number, a short token or a word
/// one of whose stems the people lexicons may know (by its classes), with
/// splits `splits` ([`Document::token_splits`]) and key bytes `kb`; `known`
/// is [`known_stems`].
fn lexicon_word(
    doc: &Document,
    t: &Token,
    splits: &[TokenSplit],
    kb: &[u8],
    known: &WordHashMap<u8>,
    w: &mut WordInfo,
) {
    if stop_word(t, splits, kb, known, w) {
        return;
    }
    lexicon_word_full(doc, t, splits, known, w);
}

/// The short cut of [`lexicon_word`]: true, with the facts in `w`, when
/// token `t` (splits `splits`, key bytes `kb`) is a stop word that is no
/// name nor particle, of two characters or more (most function words, and
/// the general words with the article: «الحكومة»، «الرئيس»): its facts are
/// its flags alone and whether it is definite, told without reading its
/// key as a string ([`lexicon_word_full`] tells the same).
#[inline]
fn stop_word(
    t: &Token,
    splits: &[TokenSplit],
    kb: &[u8],
    known: &WordHashMap<u8>,
    w: &mut WordInfo,
) -> bool {
    // The whole token's hash and classes come with its splits (the
    // first one).
    let Some(whole) = splits.first().filter(|s| s.cut == 0) else {
        return false;
    };
    let kn = flags_of(whole, known);
    if kn & (PARTICLE | NAME) != 0
        || kn & (GENERAL | STOPWORD) == 0
        || t.kind == TokenKind::Number
        || !(kb.len() > 4 || at_least_chars(kb, 2))
    {
        return false;
    }
    w.stop = true;
    w.regnal = kn & REGNAL != 0;
    w.clan = kn & CLAN != 0;
    w.speech = kn & SPEECH != 0;
    // (No name: the exceptions for given names with ال do not apply.)
    w.definite = lam_of_article(kb) && definite_bytes(kb) && !short_article_stem_bytes(kb);
    true
}

/// [`lexicon_word`] without its short cut for stop words.
fn lexicon_word_full(
    doc: &Document,
    t: &Token,
    splits: &[TokenSplit],
    known: &WordHashMap<u8>,
    w: &mut WordInfo,
) {
    let whole = splits.first().filter(|s| s.cut == 0);
    let lex = lexicon();
    let k = doc.token_key(t);
    let kn = match whole {
        Some(whole) => flags_of(whole, known),
        None => known.get(&word_hash(k)).copied().unwrap_or(0),
    };
    // General words (كبير، خصوصا، مسؤولون، نفسه …) are stop words here.
    w.number = t.kind == TokenKind::Number;
    w.stop = kn & (GENERAL | STOPWORD) != 0;
    w.regnal = kn & REGNAL != 0;
    w.clan = kn & CLAN != 0;
    if w.number || one_char(k) && !lex.particles.contains_key(k) {
        return;
    }
    if kn & (PARTICLE | NAME) != 0 {
        if kn & PARTICLE != 0 {
            w.particle = lex.particles.get(k).map(String::as_str);
        }
        if kn & NAME != 0 {
            w.bare_name = lex.names.get(k).copied();
        }
        // «ابنه» written with ه is «his son», not «ابنة» (daughter of).
        if k == "ابنه" && !doc.token_text(t).ends_with('ة') {
            w.particle = None;
            w.stop = true;
            return;
        }
    }
    // A given name beginning with ال has no article (إلهام، ألبرتو،
    // أليكس → الهام، البرتو، اليكس).
    // Nor a foreign name (كالديرون = ك + ال + ديرون، ألونسو).
    w.definite = lam_of_article(k.as_bytes())
        && definite_bytes(k.as_bytes())
        && !w.bare_name.is_some_and(|f| {
            f.has(NameFlags::GIVEN) && !f.has(NameFlags::FAMILY) || f.has(NameFlags::FOREIGN)
        })
        && !short_article_stem_bytes(k.as_bytes());
    if w.stop {
        w.name = w.bare_name.map(|f| (0, f));
        // Frequent speech verbs are stop words too («وقال»).
        w.speech = kn & SPEECH != 0;
        return;
    }
    // Every admissible proclitic split, the whole word first; each
    // lexicon keeps the first split it knows.
    let mut place_prefix = None;
    // A لل word is read with its article restored (للامم → الامم) before
    // its bare stem; names that have an article list it.
    let ordered = splits
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.article)
        .map(|(j, s)| match splits.get(j + 1) {
            Some(next) if next.restored && !s.restored => next,
            _ if s.restored => &splits[j - 1],
            _ => s,
        });
    for s in ordered {
        // The word classes rule out most stems without a look-up, and
        // tell which lexicons to look the others up in.
        let f = flags_of(s, known);
        if f & (NAME | PLACE | SPEECH) == 0 {
            continue;
        }
        let p = usize::from(s.cut);
        let restored = s.restored;
        let restored_stem;
        let stem = if restored {
            restored_stem = format!("ا{}", &k[p..]);
            restored_stem.as_str()
        } else {
            &k[p..]
        };
        // The future prefix س goes with verbs only: «سوائل» is no
        // س + وائل, «سجون» no س + جون; ك (like) is rare before a
        // name and common at the start of one: «كرشيد» is no ك + رشيد.
        // (The whole word's reading is its bare one, looked up above.)
        if w.name.is_none()
            && f & NAME != 0
            && !restored
            && !k[..p].ends_with(['س', 'ك'])
            && let Some(f) = if p == 0 {
                w.bare_name
            } else {
                lex.names.get(stem).copied()
            }
        {
            w.name = Some((p, f));
        }
        if f & PLACE != 0 {
            // (The stem's place facts by its hash, the key compared; the
            // string look-ups only for a stem the table does not hold.)
            let facts = match place_facts().get(&s.hash) {
                Some(e) if e.key == Some(stem) => e.facts,
                _ => PlaceFacts::of(stem),
            };
            if w.demonym.is_none() && (p == 0 || k.starts_with('و')) && facts.demonym.is_some() {
                w.demonym = facts.demonym;
            }
            // «فواز بخاري»: a word written with a final ي is no place
            // written with ى (بخارى).
            if place_prefix.is_none()
                && facts.place
                && !(facts.maqsura
                    && crate::extract::places::written_with_final_ya(doc, t.range.clone()))
            {
                place_prefix = Some(p);
                w.large_place = facts.large;
            }
        }
        if !w.speech && f & SPEECH != 0 && p <= 2 && is_speech_verb(stem) {
            w.speech = true;
        }
    }
    if let Some((p, _)) = w.name
        && medial_hamza(doc, t, k, p)
        && !lex.medial_hamza_names.contains(&k[p..])
    {
        w.name = None;
        if p == 0 {
            w.bare_name = None;
        }
    }
    if w.name.is_none() && w.particle.is_none() && k.len() >= 16 {
        joined_theophoric(k, w);
    }
    // «وأبو عبد الله»، «وعبد الله»، «وبن عيسى»: a name particle after
    // «و» still begins a name.
    if w.name.is_none()
        && w.particle.is_none()
        && !w.definite
        // The particles are two to four letters (بن … ابنة).
        && (5..=10).contains(&k.len())
        && let Some(rest) = k.strip_prefix('و')
        && rest.starts_with(['ا', 'ب', 'ع'])
        && (rest != "ابنه" || doc.token_text(t).ends_with('ة'))
        && let Some(role) = lex.particles.get(rest).filter(|r| {
            r.starts_with("kunya") && r.as_str() != "kunya_female"
                || r.starts_with("theophoric")
                || matches!(r.as_str(), "patronymic" | "family_house")
        })
    {
        w.particle = Some(role.as_str());
        w.prefix = 'و'.len_utf8();
    }
    w.place = place_prefix.is_some_and(|p| p == 0 || w.name.is_none_or(|(np, _)| np != 0));
    w.large_place &= w.place;
}

/// True when token `t` of `doc` is written with a hamza on alef inside its
/// stem (after the proclitics of its matching key `k` cut at byte `p`, and
/// the article): «يأسر»، «اليأس», not «وأحمد»، «الأمين». The key has a
/// bare alef for the hamza: the original is read only when the stem has
/// an alef past its first letter.
fn medial_hamza(doc: &Document, t: &Token, k: &str, p: usize) -> bool {
    let article = if k[p..].starts_with("ال") { 2 } else { 0 };
    let stem = &k[p + article * 'ا'.len_utf8()..];
    if !stem
        .get('ا'.len_utf8()..)
        .is_some_and(|rest| rest.contains('ا'))
    {
        return false;
    }
    let skip = k[..p].chars().count() + article;
    doc.original_slice(doc.span(t.range.clone()))
        .chars()
        .filter(|&c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | 'ـ'))
        .skip(skip + 1)
        .any(|c| c == 'أ')
}

/// What the places lexicon says of a stem: the country code of the
/// demonym it is, whether it names a place and a large one.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct PlaceFacts {
    demonym: Option<&'static str>,
    place: bool,
    large: bool,
    /// A place written only with a final ى (بخارى).
    maqsura: bool,
}

impl PlaceFacts {
    /// The facts of `stem` by the string look-ups.
    fn of(stem: &str) -> PlaceFacts {
        let pl = places();
        PlaceFacts {
            demonym: pl.demonym(stem).map(|d| d.cc),
            place: pl.is_place(stem),
            large: pl.is_large_place(stem),
            maqsura: pl.is_maqsura_place(stem),
        }
    }
}

/// A place or demonym key and its [`PlaceFacts`]; `key` is `None` when two
/// keys share a hash (the stem is then looked up by string).
struct PlaceEntry {
    key: Option<&'static str>,
    facts: PlaceFacts,
}

/// Every place and demonym key by [`word_hash`], with its facts computed
/// once: a stem flagged [`PLACE`] gets them by its split's hash and one
/// comparison of its key, instead of three string look-ups.
fn place_facts() -> &'static WordHashMap<PlaceEntry> {
    static MAP: OnceLock<WordHashMap<PlaceEntry>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: WordHashMap<PlaceEntry> = WordHashMap::default();
        for k in places().keys() {
            let e = map.entry(word_hash(k)).or_insert(PlaceEntry {
                key: Some(k),
                facts: PlaceFacts::of(k),
            });
            if e.key.is_some_and(|x| x != k) {
                e.key = None;
            }
        }
        map
    })
}

/// The first halves of the compound given names in «الإسلام» (matching
/// keys; with و too, as a name's first word may have it).
const ISLAM_COMPOUND_FIRSTS: &[&str] = &[
    "سيف",
    "نور",
    "فخر",
    "شمس",
    "عز",
    "ضياء",
    "وسيف",
    "ونور",
    "وفخر",
    "وشمس",
    "وعز",
    "وضياء",
];

/// A theophoric name written joined («عبدالهادي»، «وعبدالمنصف»), whatever
/// its second half, is a given name: sets the readings of `w` (a token
/// read as no name nor particle) when key `k` is one.
fn joined_theophoric(k: &str, w: &mut WordInfo) {
    if k.len() < 16 {
        return;
    }
    let p = if k.starts_with("وعبدال") {
        'و'.len_utf8()
    } else {
        0
    };
    if k[p..].starts_with("عبدال") && k[p..].chars().nth(7).is_some() {
        w.name = Some((p, NameFlags(NameFlags::GIVEN)));
        if p == 0 {
            w.bare_name = Some(NameFlags(NameFlags::GIVEN));
        }
    }
}

/// Drops the name readings of `words` (a fixed phrase of common words).
fn drop_names(words: &mut [WordInfo]) {
    for w in words {
        w.name = None;
        w.bare_name = None;
    }
}

/// True for a word of the shape أفعل ending in ى (أسمى، أعلى، أغلى): an
/// elative, even when it is also a given name.
fn elative_in_alif_maqsura(text: &str) -> bool {
    text.ends_with('ى') && text.starts_with('ا') && text.chars().count() == 4
}

/// True when token `i` is written with ل، ب or ك and a hamza on alef
/// («لإيقاف»، «بأول»، «لإجراء»): a preposition and a word, as no name
/// begins so.
pub fn hamza_after_proclitic(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens()[i];
    // The normalized text has a bare alef for the hamza: look at the
    // original only then.
    // (ل، ب or ك and ا, on the key's bytes: no slicing, no decoding.)
    let kb = doc
        .key()
        .as_bytes()
        .get(t.range.clone())
        .unwrap_or_default();
    if !proclitic_alef(kb) {
        return false;
    }
    let mut c = doc
        .original_slice(doc.span(t.range.clone()))
        .chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c) && *c != 'ـ');
    matches!(
        (c.next(), c.next()),
        (Some('ل' | 'ب' | 'ك'), Some('أ' | 'إ' | 'آ'))
    )
}

/// True when the normalized token `text`, past `pre` bytes of proclitics,
/// opens with ي، ت or ن and ؤ: an imperfect verb («يؤسف»، «تؤكد»), which no
/// name does («لؤي» opens with ل).
pub(super) fn imperfect_with_hamza(text: &str, pre: usize) -> bool {
    // On the bytes (ي D9 8A، ن D9 86، ت D8 AA; ؤ D8 A4): past a byte that
    // begins no character the bytes match no letter, as the string
    // version found no text.
    matches!(
        text.as_bytes().get(pre..),
        Some([0xD9, 0x8A | 0x86, 0xD8, 0xA4, ..] | [0xD8, 0xAA, 0xD8, 0xA4, ..])
    )
}

/// True when key bytes `kb` open with ل، ب or ك and ا (ل D9 84، ك D9 83،
/// ب D8 A8; ا D8 A7).
#[inline]
fn proclitic_alef(kb: &[u8]) -> bool {
    matches!(
        kb,
        [0xD9, 0x84 | 0x83, 0xD8, 0xA7, ..] | [0xD8, 0xA8, 0xD8, 0xA7, ..]
    )
}

/// Words that follow the preposition على in fixed phrases (matching
/// keys): «على هامش، على مدى، على أن، على الرغم، على صعيد …».
const ALA_PHRASES: &[&str] = &[
    "هامش",
    "مدي",
    "صعيد",
    "خلفيه",
    "حساب",
    "اثر",
    "غرار",
    "ضوء",
    "قيد",
    "طول",
    "عكس",
    "نحو",
    "وشك",
    "راس",
    "الرغم",
    "الاقل",
    "الارجح",
    "الاطلاق",
    "الفور",
    "الاطلاق",
    "الصعيد",
    "المستوي",
    "ان",
    "انه",
    "انها",
    "انهم",
    "الاطلاق",
    "الارض",
    "الساحه",
    "الحدود",
    "مستوي",
    "اساس",
    "الاوضاع",
    "الشريط",
];

/// True when `k` is one of [`ALA_PHRASES`]: one hash look-up, not a
/// comparison with each.
fn is_ala_phrase(k: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| ALA_PHRASES.iter().copied().collect())
        .contains(k)
}

/// True when `k` is one character at most (a character has four bytes at
/// most: a longer key is ruled out without reading it).
#[inline]
fn one_char(k: &str) -> bool {
    k.len() <= 4 && k.chars().nth(1).is_none()
}

/// The first test of [`crate::extract::words::is_definite`] (a ل at byte 2, 4 or 6 of a key,
/// which most words lack), on the key's bytes: false rules the article
/// out.
#[inline]
fn lam_of_article(b: &[u8]) -> bool {
    const LAM: &[u8] = "ل".as_bytes();
    [2, 4, 6]
        .iter()
        .any(|&i| b.get(i..i + 2).is_some_and(|x| x == LAM))
}

/// True when bytes `b` (a valid UTF-8 key) hold at least `n` characters:
/// the bytes that are no continuation byte are counted.
#[inline]
fn at_least_chars(b: &[u8], n: usize) -> bool {
    b.iter()
        .filter(|&&c| (c as i8) >= -0x40)
        .nth(n - 1)
        .is_some()
}

/// [`crate::extract::words::is_definite`] on the key's bytes (no character decoding, no string
/// slicing): optional و/ف, optional ب/ك/ل, then ال and two characters or
/// more but «إلكترون…»; or ل + ل and two characters or more.
#[inline(always)]
fn definite_bytes(b: &[u8]) -> bool {
    // (No test of [`lam_of_article`] first: the shapes below have their ل
    // at byte 2, 4 or 6.)
    let mut rest = b;
    if let [0xD9, 0x88 | 0x81, r @ ..] = rest {
        rest = r;
    }
    let mut lam = false;
    if let [x, y, r @ ..] = rest
        && matches!((x, y), (0xD8, 0xA8) | (0xD9, 0x83) | (0xD9, 0x84))
    {
        lam = *y == 0x84;
        rest = r;
    }
    // (A character has four bytes at most: a stem of five bytes or more
    // has two characters. «كترون» is ك ت ر و ن.)
    let article = match rest {
        [0xD8, 0xA7, 0xD9, 0x84, s @ ..] => {
            (s.len() > 4 || at_least_chars(s, 2))
                && !matches!(
                    s,
                    [
                        0xD9,
                        0x83,
                        0xD8,
                        0xAA,
                        0xD8,
                        0xB1,
                        0xD9,
                        0x88,
                        0xD9,
                        0x86,
                        ..
                    ]
                )
        }
        _ => false,
    };
    article || lam && matches!(rest, [0xD9, 0x84, ..]) && at_least_chars(rest, 3)
}

/// A word read as a proclitic, the article and a stem of one or two
/// letters (بالاك = ب + ال + اك): a foreign name rather than a definite
/// noun. On the key's bytes `b`.
fn short_article_stem_bytes(b: &[u8]) -> bool {
    // «بال»، «وال»، «فال»، «كال» (six bytes) and a stem of two letters at
    // most.
    b.len() <= 10
        && matches!(
            b,
            [0xD8, 0xA8, 0xD8, 0xA7, 0xD9, 0x84, ..]
                | [0xD9, 0x88 | 0x81 | 0x83, 0xD8, 0xA7, 0xD9, 0x84, ..]
        )
        && !at_least_chars(&b[6..], 3)
}

impl WordInfo {
    /// True when the token may be part of a name at all.
    pub fn nameable(&self) -> bool {
        !self.stop && !self.number && !self.blocked && !self.title
    }

    /// A word no lexicon knows, without article: maybe a (foreign) name.
    pub fn unknown(&self) -> bool {
        self.nameable()
            && self.name.is_none()
            && self.particle.is_none()
            && self.demonym.is_none()
            && !self.place
            && !self.definite
    }
}

#[cfg(test)]
mod speed_tests {
    use super::*;
    use crate::extract::words::is_definite;

    /// (The former test on the key as a string.)
    /// A word read as a proclitic, the article and a stem of one or two
    /// letters (بالاك = ب + ال + اك): a foreign name rather than a definite
    /// noun.
    fn short_article_stem_reference(k: &str) -> bool {
        // At most five letters of two bytes.
        k.len() <= 10
            && ["بال", "وال", "فال", "كال"].iter().any(|p| {
                k.strip_prefix(p)
                    .is_some_and(|r| r.chars().nth(2).is_none())
            })
    }

    /// The tests on a key's bytes agree with those on the key as a string,
    /// over every proclitic, article and short stem combination.
    #[test]
    fn byte_tests_agree_with_string_ones() {
        let pre = [
            "", "و", "ف", "ب", "ك", "ل", "وب", "ول", "فل", "وك", "فب", "لل", "ولل", "a",
        ];
        let mid = ["", "ال", "ل", "ا", "إل", "اال"];
        let stems = [
            "",
            "ب",
            "بي",
            "بيت",
            "بيتا",
            "ل",
            "لي",
            "ليب",
            "كترون",
            "كترونية",
            "كترو",
            "😀",
            "😀😀",
            "a",
            "ab",
            "abc",
            "ة",
            "اك",
            "ي",
        ];
        let mut n = 0;
        for p in pre {
            for m in mid {
                for st in stems {
                    let k = format!("{p}{m}{st}");
                    let b = k.as_bytes();
                    assert_eq!(definite_bytes(b), is_definite(&k), "{k}");
                    assert_eq!(
                        short_article_stem_bytes(b),
                        short_article_stem_reference(&k),
                        "{k}"
                    );
                    assert_eq!(at_least_chars(b, 2), k.chars().nth(1).is_some(), "{k}");
                    assert_eq!(at_least_chars(b, 3), k.chars().nth(2).is_some(), "{k}");
                    n += usize::from(definite_bytes(b));
                }
            }
        }
        // (Both answers occur.)
        assert!(n > 100, "{n}");
    }

    /// The look-up of the words after «علي» finds each of [`ALA_PHRASES`]
    /// and no other word.
    #[test]
    fn ala_phrases_by_look_up() {
        for k in ALA_PHRASES {
            assert!(is_ala_phrase(k), "{k}");
        }
        for k in ["", "علي", "هامشي", "الرغ", "انهما", "محمد"] {
            assert!(!is_ala_phrase(k), "{k}");
        }
    }

    /// The tests of the opening letters on the bytes agree with those on
    /// the characters: ل، ب، ك + ا; ي، ت، ن + ؤ (also past proclitics, and
    /// past a byte inside a character).
    #[test]
    fn opening_letters_on_bytes() {
        let words = [
            "",
            "ا",
            "ل",
            "لا",
            "لاعب",
            "باول",
            "كاتب",
            "بالرئيس",
            "ولا",
            "فا",
            "يؤسف",
            "تؤكد",
            "نؤمن",
            "ليؤكد",
            "لؤي",
            "ي",
            "يو",
            "ؤ",
            "a",
            "ab",
            "😀",
            "لأ",
            "ت",
            "تا",
        ];
        for w in words {
            let mut c = w.chars();
            let chars = matches!((c.next(), c.next()), (Some('ل' | 'ب' | 'ك'), Some('ا')));
            assert_eq!(proclitic_alef(w.as_bytes()), chars, "{w}");
            for pre in 0..=w.len() + 1 {
                let mut c = w.get(pre..).unwrap_or_default().chars();
                let chars = matches!((c.next(), c.next()), (Some('ي' | 'ت' | 'ن'), Some('ؤ')));
                assert_eq!(imperfect_with_hamza(w, pre), chars, "{w} {pre}");
            }
        }
    }

    /// The tokens [`super::super::rules::known`] looks at: every token
    /// that may be part of a name, no stop word («قال»، «في»، «إن») nor
    /// number, in text order.
    #[test]
    fn nameable_anchors_leave_out_stop_words_and_numbers() {
        let doc = Document::new("قال الرئيس باراك أوباما في 2015 إن كيري".to_string());
        let (info, anchors) = analyse_with_anchors(&doc, &[], &[]);
        let list: Vec<usize> = anchors.nameable.iter().map(|n| n.token as usize).collect();
        assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        for (i, w) in info.iter().enumerate() {
            if w.nameable() {
                assert!(list.contains(&i), "{i} {list:?}");
            }
        }
        for i in [0, 4, 5, 6] {
            assert!(!list.contains(&i), "{i} {list:?}");
        }
        assert!(list.contains(&2) && list.contains(&7), "{list:?}");
    }

    /// Each nameable token is noted once, in text order, with the tail bit
    /// of its own key (one record a token).
    #[test]
    fn nameable_records_carry_their_tokens_tails() {
        let rows: &[(&str, &[u32])] = &[
            ("قال الرئيس باراك أوباما في 2015 إن كيري", &[2, 3, 7]),
            ("وقال جون كيري: «لا» a بي سي", &[1, 2, 4, 6]),
            ("ذهب لافروف إلى موسكو", &[0, 1, 3]),
        ];
        assert_eq!(std::mem::size_of::<Nameable>(), 8);
        for &(text, tokens) in rows {
            let doc = Document::new(text.to_string());
            let (_, anchors) = analyse_with_anchors(&doc, &[], &[]);
            let got: Vec<u32> = anchors.nameable.iter().map(|n| n.token).collect();
            let words: Vec<&str> = doc.tokens().iter().map(|t| doc.token_key(t)).collect();
            assert_eq!(got, tokens, "{text} {words:?}");
            for n in &anchors.nameable {
                let kb = doc.token_key(&doc.tokens()[n.token as usize]).as_bytes();
                assert_eq!(n.tail, tail_bit(kb), "{text}: {}", n.token);
            }
        }
    }

    /// A stop word read on the fast path has the facts of the full one:
    /// stop, speech verb, clan noun, and no name, particle nor article.
    #[test]
    fn stop_words_read_by_their_flags() {
        let doc = Document::new("وقال في عن لعائلة هذا الى الذي مع كان وفي".to_string());
        let info = analyse(&doc, &[], &[]);
        let rows: &[(usize, bool, bool, bool, bool)] = &[
            // (token, stop, speech, clan, definite)
            (0, true, true, false, false),
            (1, true, false, false, false),
            (2, true, false, false, false),
            (4, true, false, false, false),
            (8, true, false, false, false),
            (9, true, false, false, false),
        ];
        for &(i, stop, speech, clan, definite) in rows {
            let w = &info[i];
            assert_eq!(
                (w.stop, w.speech, w.clan, w.definite),
                (stop, speech, clan, definite),
                "{i}"
            );
            assert!(w.name.is_none() && w.particle.is_none(), "{i}");
        }
    }

    /// The stop words' short cut takes the general words with the article
    /// too («الحكومة»، «الرئيس»), and tells what the full analysis tells
    /// of every word it takes; (word, taken by the short cut, definite).
    #[test]
    fn stop_word_short_cut_as_full_analysis() {
        let rows: &[(&str, bool, bool)] = &[
            ("الحكومة", true, true),
            ("الرئيس", true, true),
            ("الذي", true, true),
            ("في", true, false),
            ("وقال", true, false),
            ("محمد", false, false),
            ("السعودية", false, true),
            ("والعالم", false, true),
        ];
        let known = known_stems();
        for &(word, taken, definite) in rows {
            let doc = Document::new(word.to_string());
            let t = &doc.tokens()[0];
            let kb = doc.token_key(t).as_bytes();
            let splits = doc.token_splits(0);
            let mut short = WordInfo::default();
            let got = stop_word(t, splits, kb, known, &mut short);
            assert_eq!(
                (got, got && short.definite),
                (taken, taken && definite),
                "{word}"
            );
            let mut full = WordInfo::default();
            lexicon_word_full(&doc, t, splits, known, &mut full);
            if got {
                assert_eq!(format!("{short:?}"), format!("{full:?}"), "{word}");
            } else {
                assert_eq!(full.definite, definite, "{word}");
            }
        }
        // Every token of a text: the short cut, where it applies, agrees
        // with the full analysis.
        let doc = Document::new(
            "قالت الحكومة السعودية إن العالم والمجتمع الدولي بالإضافة إلى الأمم المتحدة \
             للحكومة الذي في وقال الرئيس محمد بن سلمان، والله أعلم."
                .to_string(),
        );
        let mut seen = 0;
        for (i, t) in doc.tokens().iter().enumerate() {
            let kb = doc.token_key(t).as_bytes();
            let splits = doc.token_splits(i);
            let mut short = WordInfo::default();
            if stop_word(t, splits, kb, known, &mut short) {
                let mut full = WordInfo::default();
                lexicon_word_full(&doc, t, splits, known, &mut full);
                assert_eq!(format!("{short:?}"), format!("{full:?}"), "{i}");
                seen += 1;
            }
        }
        assert!(seen >= 8, "{seen}");
    }

    /// The cheap tests agree with the full ones they stand before: a key
    /// they rule out is no definite word, no word of one character.
    #[test]
    fn place_facts_by_hash_as_by_string() {
        // Every key of the table: its facts are the string look-ups'.
        let table = place_facts();
        for k in places().keys() {
            let e = &table[&word_hash(k)];
            if e.key == Some(k) {
                assert_eq!(e.facts, PlaceFacts::of(k), "{k}");
            }
        }
        // Places, demonyms (also restored after «لل») and other words.
        let rows: &[(&str, Option<&str>, bool)] = &[
            ("لبنان", None, true),
            ("السعوديه", Some("SA"), true),
            ("مصر", None, true),
            ("الرياض", None, true),
            ("اللبناني", Some("LB"), false),
            ("السعودي", Some("SA"), false),
            ("المصريه", Some("EG"), false),
            ("الرئيس", None, false),
            ("كتاب", None, false),
        ];
        for &(k, cc, place) in rows {
            let f = match table.get(&word_hash(k)) {
                Some(e) if e.key == Some(k) => e.facts,
                _ => PlaceFacts::of(k),
            };
            assert_eq!((f.demonym, f.place), (cc, place), "{k}");
            assert_eq!(f, PlaceFacts::of(k), "{k}");
        }
    }

    #[test]
    fn cheap_tests_agree_with_full_ones() {
        for k in [
            "",
            "ب",
            "ال",
            "بال",
            "الرئيس",
            "والرئيس",
            "وبالرئيس",
            "للرئيس",
            "ولل",
            "قال",
            "كتاب",
            "لبنان",
            "فلسطين",
            "a",
            "ab",
            "abcde",
            "é",
            "ﷺ",
            "😀",
            "😀a",
            "د",
            "دد",
            "لل",
            "ولل",
            "ول",
            "وللامم",
        ] {
            if !lam_of_article(k.as_bytes()) {
                assert!(!is_definite(k), "{k}");
            }
            assert_eq!(one_char(k), k.chars().nth(1).is_none(), "{k}");
            assert_eq!(
                lam_lam(k.as_bytes()),
                k.starts_with("لل") || k.starts_with("ولل"),
                "{k}"
            );
            assert_eq!(matches!(k.as_bytes(), [0xD8, 0xAF]), k == "د", "{k}");
        }
    }

    /// The tokens marked per range are those the test of every token
    /// against every range finds: ranges across several tokens, inside
    /// one, empty, between tokens, touching, and past the end.
    #[test]
    fn overlapping_tokens_as_every_token() {
        let doc = Document::new("قال الرئيس الروسي في موسكو يوم الاثنين".to_string());
        let toks = doc.tokens();
        let r = |t: usize| toks[t].range.clone();
        let end = doc.norm().len();
        let rows: Vec<Vec<Range<usize>>> = vec![
            vec![],
            vec![r(1).start..r(2).end],
            vec![r(1).start + 2..r(1).start + 4],
            vec![r(3).start + 2..r(3).start + 2],
            vec![r(3).end..r(4).start],
            vec![
                r(0).start..r(0).end,
                r(0).end..r(1).end,
                r(5).start..end + 5,
            ],
            vec![r(2).start..r(2).start, r(6).end..end],
        ];
        for ranges in rows {
            let sorted_ranges = sorted(&ranges);
            let naive: Vec<usize> = (0..toks.len())
                .filter(|&i| {
                    sorted_ranges
                        .iter()
                        .any(|x| x.start < toks[i].range.end && toks[i].range.start < x.end)
                })
                .collect();
            assert_eq!(
                overlapping_tokens(toks, &sorted_ranges),
                naive,
                "{ranges:?}"
            );
        }
    }

    /// Ranges already sorted and apart are taken as they are, and give
    /// what sorting a copy gives: touching, apart, overlapping, nested,
    /// unsorted, empty ones.
    #[test]
    fn sorted_ranges_borrowed_when_sorted() {
        let rows: Vec<(Vec<Range<usize>>, bool)> = vec![
            (vec![], true),
            (vec![3..5, 7..9], true),
            (vec![0..2, 2..4, 9..12], true),
            (vec![0..2, 4..4, 4..7], true),
            (vec![0..3, 2..4], false),
            (vec![5..8, 0..2], false),
            (vec![0..9, 2..4], false),
        ];
        for (ranges, borrowed) in rows {
            let got = sorted(&ranges);
            assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{ranges:?}");
            assert_eq!(*got, *sorted_vec(ranges.clone()), "{ranges:?}");
        }
    }

    /// The analysis blocking the month names written as dates gives the
    /// facts and anchors of the analysis given those months among the
    /// blocked ranges (after the others, as `People::extract` listed them).
    #[test]
    fn months_blocked_by_the_analysis() {
        let texts = [
            "في شهر رمضان المبارك قال رجب طيب أردوغان",
            "وصل يوم 5 رجب 1436 الأمير فيصل بن سلمان إلى جدة",
            "قال شعبان عبد الرحيم إن رمضان كريم وإن صفر 2015 كان",
            "التقى الملك سلمان بالرئيس في الرياض",
        ];
        let mut months = 0;
        for text in texts {
            let doc = Document::new(text.to_string());
            let toks = doc.tokens();
            let blocked = vec![toks[1].range.clone()];
            let mut with_months = blocked.clone();
            with_months.extend(super::super::month_words::date_months(&doc));
            months += with_months.len() - 1;
            let (info, anchors) = analyse_with_anchors(&doc, &with_months, &[]);
            let (info2, anchors2) = analyse_with_anchors_and_months(&doc, &blocked, &[]);
            assert_eq!(anchors, anchors2, "{text}");
            assert_eq!(format!("{info:?}"), format!("{info2:?}"), "{text}");
        }
        // (The texts hold months written as dates.)
        assert!(months >= 2, "{months}");
    }

    /// The stop-word test by the whole word's flags is the look-up by
    /// string, for every token of texts full of function words, proclitics,
    /// numbers, punctuation and Latin words.
    #[test]
    fn stop_words_by_flags_as_by_string() {
        let texts = [
            "قال إنه كان في هذا العام من أجل أن يكون وزير الخارجية الذي لم",
            "وفي عام 2015 ، ولم تكن هناك أي شركة أو هيئة عامة تابعة لها .",
            "UN و USA ثم بعد ذلك حتى إذا كيف لماذا متى هل ضد عبر وفق و ب",
        ];
        let mut stop = 0;
        for text in texts {
            let doc = Document::new(text.to_string());
            for (i, t) in doc.tokens().iter().enumerate() {
                let expected = crate::extract::words::is_stopword(doc.token_key(t));
                assert_eq!(token_is_stopword(&doc, i), expected, "{text} {i}");
                stop += usize::from(expected);
            }
        }
        assert!(stop >= 20, "{stop}");
    }

    /// Every one-word title, alone and after words, is found by the test
    /// by its word classes, as by the look-up (the classes depend on the
    /// key's hash alone: every token whose key is a title is so); and the
    /// tokens of texts with and without titles give the look-up's answer.
    #[test]
    fn single_titles_by_classes_as_by_string() {
        let lex = lexicon();
        let mut titles: Vec<&String> = lex.single_titles.iter().collect();
        titles.sort();
        let mut seen = 0;
        for title in titles {
            let doc = Document::new(format!("قال {title} إن"));
            for (i, t) in doc.tokens().iter().enumerate() {
                if doc.token_key(t) == title.as_str() {
                    assert!(token_is_single_title(&doc, i), "{title}");
                    seen += 1;
                }
            }
        }
        assert!(seen * 10 >= lex.single_titles.len() * 9, "{seen}");
        let texts = [
            "قال الرئيس الأمريكي والمهندس سعد ووزير الخارجية إن الشيخ",
            "وزارة الخارجية الروسية والدكتور محمد في عام 2015 . UN",
        ];
        for text in texts {
            let doc = Document::new(text.to_string());
            for (i, t) in doc.tokens().iter().enumerate() {
                let expected = lex.single_titles.contains(doc.token_key(t));
                assert_eq!(token_is_single_title(&doc, i), expected, "{text} {i}");
            }
        }
    }
}
