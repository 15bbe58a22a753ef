//! Organization candidates: the lexicon of well-known organizations, head
//! words with their complements, short ministry names with a demonym, and
//! names in quotation marks after a head word.

use super::lexicon::{orgs, places};
use super::place_context::PlaceContext;
use crate::document::Document;
use crate::document::token_splits::word_hash;
use crate::extract::people::lexicon::{NameFlags, lexicon as people_lexicon};
use crate::extract::word_class::{SPORTS_WORD, TEAM_WORD};
use crate::extract::words::{clean_gap, entry_key, is_definite, is_stopword, lookup_stem};
use crate::lexicon::LexMatch;
use std::ops::Range;
use std::sync::OnceLock;

/// A candidate organization mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Byte range of the mention in the normalized text.
    pub range: Range<usize>,
    /// Canonical name (matching key of the name when no lexicon entry).
    pub canonical: String,
    /// Kind, if known.
    pub kind: Option<String>,
    /// Country code, if known.
    pub cc: Option<String>,
    /// From the lexicon (wins ties against rules).
    pub from_lexicon: bool,
    /// An ambiguous lexicon name accepted from its context.
    pub ambiguous: bool,
    /// A proper name (lexicon, quoted, or a name after a head word), not a
    /// description built from a head and common words (الحكومة العراقية).
    pub named: bool,
}

impl Candidate {
    /// A name found by a rule (not the lexicon): unambiguous, no country
    /// yet, a proper name unless the caller says otherwise.
    fn from_rule(range: Range<usize>, canonical: String, kind: String) -> Candidate {
        Candidate {
            range,
            canonical,
            kind: Some(kind),
            cc: None,
            from_lexicon: false,
            ambiguous: false,
            named: true,
        }
    }
}

/// True when a head match is definite (الحكومة، للمجلس).
fn head_is_definite(doc: &Document, m: &LexMatch) -> bool {
    doc.key()[m.name.clone()].starts_with("ال") || lex_head_definite(doc, &m.name)
}

/// Heads that stay part of the name when a proper name follows them
/// («جامعة هارفارد»); after other heads the mention is the proper name alone
/// («شركة موتورولا» → موتورولا، «وكالة “فرانس برس”» → فرانس برس).
const KEEP_HEADS: &[&str] = &[
    "مجلس",
    "حزب",
    "جامعه",
    "منظمه",
    "اتحاد",
    "بنك",
    "جمعيه",
    "هييه",
];

/// Adjectives of a cultural club named by its city («نادي جدة الأدبي»), as
/// matching keys.
const CULTURAL_CLUB_ADJECTIVES: &[&str] = &[
    "الادبي",
    "الثقافي",
    "الفني",
    "الاجتماعي",
    "العلمي",
    "الفوتوغرافي",
];

/// Heads whose complement is the proper name of a medium, a club or a
/// mosque: the mention is the name alone, even when it is definite
/// («صحيفة الأهرام» → الأهرام، «نادي الجزيرة» → الجزيرة), and a lexicon name
/// that begins with one of them is cut after it when the rest is a name of
/// the same organization («حركة حماس» → حماس).
const NAME_HEADS: &[&str] = &[
    "صحيفه",
    "جريده",
    "مجله",
    "قناه",
    "فضاييه",
    "نادي",
    "النادي",
    "فريق",
    "مسجد",
];

/// Further heads cut from a lexicon name when the rest is a name of the same
/// organization («وكالة فرانس برس» → فرانس برس، «حركة طالبان» → طالبان).
const LEXICON_CUT_HEADS: &[&str] = &["وكاله", "حركه", "شركه", "جماعه", "شبكه", "منظمه"];

/// Club heads: cut from a lexicon name before a definite name only.
const CLUB_HEADS: &[&str] = &["نادي", "النادي", "فريق"];

/// Adjectives that make a definite head with a لل complement a proper name
/// («الاتحاد الدولي للشرطة», «المنظمة العالمية للملكية الفكرية»).
const INSTITUTIONAL_ADJECTIVES: &[&str] = &[
    "الدولي",
    "الدوليه",
    "العالمي",
    "العالميه",
    "الوطني",
    "الوطنيه",
    "الاعلي",
    "العليا",
    "العام",
    "العامه",
    "العربي",
    "العربيه",
    "الاسلامي",
    "الاسلاميه",
    "الاوروبي",
    "الاوروبيه",
    "الافريقي",
    "الافريقيه",
    "الاسيوي",
    "الاسيويه",
    "القاري",
    "القاريه",
    "الاتحادي",
    "الاتحاديه",
    "المركزي",
    "المركزيه",
    "الفيدرالي",
    "الفيدراليه",
    "الاقليمي",
    "الاقليميه",
    "الخليجي",
    "الخليجيه",
];

/// Head kinds whose head + common-word complements make a description,
/// not a name.
const DESCRIPTIVE_KINDS: &[&str] = &[
    "government",
    "ministry_short",
    "company",
    "agency_media",
    "club",
];

/// Definite bank heads that take one relational adjective as a name
/// («البنك التجاري», «المصرف العربي»).
const BANK_HEADS: &[&str] = &["البنك", "المصرف"];

/// True for a definite relational adjective (nisba): التجاري، الإسلامية.
fn is_nisba(k: &str) -> bool {
    k.starts_with("ال") && (k.ends_with('ي') || k.ends_with("يه")) && !is_stopword(k)
}

/// A short word that looks like an imperfect verb (يقع، تضم), which ends a
/// foreign name after a head («مسجد هوبان يقع»).
fn short_imperfect(k: &str) -> bool {
    let n = k.chars().count();
    (3..=5).contains(&n) && k.starts_with(['ي', 'ت'])
}

/// Participles that relate a body to another one («مجلس الأمن التابع
/// للأمم المتحدة»): they end the first one's complements.
const RELATION_WORDS: &[&str] = &["التابع", "التابعه", "التابعين", "التابعتين", "التابعان"];

/// Adjectives of a person's role after a name («رئيس الهيئة العامة للتأمين
/// الصحي الجديد», «… السابق»): they end the name's complements.
const ROLE_ADJECTIVES: &[&str] = &["السابق", "السابقه", "الاسبق", "الجديد", "الجديده"];

/// Participles that describe a body in the sentence rather than name it
/// («مسجد الرحمة المجاور لجامعة …», «بعثة النصر المغادرة إلى النمسا»,
/// «قناة آزال الفضائية الموالية للرئيس», «الجهات المعنية»): they end a
/// name's complements (matching keys).
const CLAUSE_ADJECTIVES: &[&str] = &[
    "المجاور",
    "المجاوره",
    "المغادر",
    "المغادره",
    "القريب",
    "القريبه",
    "المرافق",
    "المرافقه",
    "المشارك",
    "المشاركه",
    "المشاركين",
    "المكلف",
    "المكلفه",
    "المكلفين",
    "الموالي",
    "المواليه",
    "الموالين",
    "المدعوم",
    "المدعومه",
    "المعني",
    "المعنيه",
    "المعنيين",
    "المتطرف",
    "المتطرفه",
    "المزعوم",
    "المزعومه",
    "المذكور",
    "المذكوره",
    "الموجود",
    "الموجوده",
    "المتواجد",
    "المتواجده",
    "المقيم",
    "المقيمه",
    "المتمرده",
    "المنشق",
    "المنشقه",
    "المضيف",
    "المضيفه",
    "المستضيف",
    "المستضيفه",
    "المتعلق",
    "المتعلقه",
    "المتعلقين",
    "المقرر",
    "المقرره",
    "المرتقب",
    "المرتقبه",
    "المنعقد",
    "المنعقده",
    "المقترح",
    "المقترحه",
    "المولف",
    "المولفه",
    "المكون",
    "المكونه",
    "المقوم",
    "المقومه",
];

/// True when a key (a proclitic و allowed) is a role or clause adjective
/// that ends a name's complements.
fn ends_complements(k: &str) -> bool {
    let k = k.strip_prefix('و').unwrap_or(k);
    ROLE_ADJECTIVES.contains(&k) || clause_adjective(k)
}

/// True for a word of [`CLAUSE_ADJECTIVES`] (all begin with «الم» or «الق»).
fn clause_adjective(k: &str) -> bool {
    (k.starts_with("الم") || k.starts_with("الق")) && CLAUSE_ADJECTIVES.contains(&k)
}

/// True when token `j` is «الخاص ب» / «الخاصة ب» (concerning); after a
/// complement it qualifies the noun before the name: «قرار وزارة العمل
/// الخاص بتحصيل» (but «المحكمة الخاصة بلبنان»).
fn concerning(doc: &Document, j: usize) -> bool {
    let toks = doc.tokens();
    matches!(doc.token_key(&toks[j]), "الخاص" | "الخاصه")
        && toks
            .get(j + 1)
            .is_some_and(|t| doc.token_key(t).starts_with('ب'))
}

/// Time words, which end a name's complements («مجلس الوزراء الأسبوع
/// المقبل»).
const TIME_WORDS: &[&str] = &[
    "الاسبوع",
    "اليوم",
    "الليله",
    "امس",
    "مساء",
    "صباح",
    "الماضي",
    "الماضيه",
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "الجاري",
    "الحالي",
    "الحاليه",
    "الشهر",
    "العام",
    "السنه",
    "غدا",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "الاحد",
];

/// True when «العام» at token `j` is the year («العام الماضي», «العام
/// 2006»), not the adjective «general» («الادعاء العام»).
fn year_after(doc: &Document, j: usize) -> bool {
    doc.tokens().get(j + 1).is_none_or(|t| {
        t.kind == crate::document::TokenKind::Number
            || matches!(
                doc.token_key(t),
                "الماضي" | "المقبل" | "القادم" | "الجاري" | "الحالي" | "المنصرم"
            )
    })
}

/// A word that looks like an imperfect verb (يستطيع، يمكن) or a short
/// participle or noun of the patterns مفعل / مفاعل (معلن، مباشر، مطار),
/// which is no proper name after a head.
fn verb_or_participle(k: &str) -> bool {
    let n = k.chars().count();
    (k.starts_with('ي') && (3..=6).contains(&n))
        || (k.starts_with('ت') && (4..=5).contains(&n))
        || (k.starts_with('م') && (4..=5).contains(&n))
}

/// A verb that cannot begin a name after a head: a three-letter imperfect
/// in ت with a consonant after it («بشبكة تضم»), a future verb of the
/// forms V or X («ستستهلك», «سيستمر»), or any shape of
/// [`crate::extract::people::morph::common_shape`] (verbal nouns, plural
/// participles, past verbs of the form X: «تنظيم إضراب», «مجموعة
/// مصطحبين», «برلمان استبعدت»).
fn verb_shape(k: &str) -> bool {
    let mut c = k.chars();
    let n = k.chars().count();
    let short_ta = n == 3 && c.next() == Some('ت') && c.next().is_some_and(|x| !"اوي".contains(x));
    let future = n >= 6 && ["ستت", "ستس"].iter().any(|p| k.starts_with(p));
    // Not the nisba plurals of that shape: foreign names end so too («مسجد
    // دونغيين»).
    let nisba_plural = k.ends_with("يين") || k.ends_with("يون");
    short_ta || future || (!nisba_plural && crate::extract::people::morph::common_shape(k))
}

/// The first word of a construct state after a head that is a verb or an
/// adjective, not a noun: an imperfect verb («جريدة يتم إلغاء»), a future
/// verb, or an indefinite institutional or general relational adjective
/// («حزب إسلامي التوجه»; not a plural in construct: «جمعية صانعي
/// السيارات», nor a foreign name: «جامعة كوفنتري البريطانية»).
fn construct_verb_or_adjective(k: &str) -> bool {
    let n = k.chars().count();
    let imperfect =
        k.starts_with('ي') && (3..=6).contains(&n) && !matches!(k, "يوم" | "يد" | "يمين" | "يسار");
    let future = n >= 6 && ["ستت", "ستس"].iter().any(|p| k.starts_with(p));
    let nisba = k.ends_with('ي')
        && (INSTITUTIONAL_ADJECTIVES
            .iter()
            .any(|a| a.strip_prefix("ال") == Some(k))
            || matches!(
                k,
                "سياسي" | "اجتماعي" | "ديني" | "اقتصادي" | "ثقافي" | "طوعي"
            ));
    imperfect || future || nisba
}

/// True when token `j` is written in Latin letters.
fn latin_word(doc: &Document, j: usize) -> bool {
    doc.tokens()
        .get(j)
        .and_then(|t| doc.norm()[t.range.clone()].chars().next())
        .is_some_and(|c| c.is_ascii_alphabetic())
}

/// Heads that are also frequent common nouns.
const WEAK_HEADS: &[&str] = &[
    "حركه",
    "قوه",
    "مركز",
    "موقع",
    "برنامج",
    "سوق",
    "كتله",
    "حمله",
    "صندوق",
    "جهاز",
    "دايره",
    "شبكه",
    "مبادره",
    "مجموعه",
    "فريق",
    "تنظيم",
    "غرفه",
    "جبهه",
    "تجمع",
];

/// Connectives inside foreign names written in Arabic letters: «أوف»
/// (of), «آند» (and) (matching keys).
const FOREIGN_CONNECTIVES: &[&str] = &["اوف", "اند"];

/// Definite heads of bodies that a country has many of (companies, banks,
/// universities, newspapers …): with a demonym alone they refer back to one
/// named earlier («الشركة القطرية»), unlike a government or an army.
const ANAPHOR_HEADS: &[&str] = &[
    "الشركه",
    "الموسسه",
    "البنك",
    "المصرف",
    "الجامعه",
    "الجمعيه",
    "المعهد",
    "المركز",
    "المستشفي",
    "الصندوق",
    "المنظمه",
    "المجموعه",
    "الصحيفه",
    "الجريده",
    "المجله",
    "القناه",
    "الوكاله",
];

/// Heads of facilities and units named after their field («كلية الحقوق»,
/// «مركز المعلومات القضائي», «مستشفى الشفاء»): with common words only, a
/// description.
const FACILITY_HEADS: &[&str] = &["مركز", "مستشفي", "مدرسه", "كليه", "سوق", "مصنع", "مصفاه"];

/// Head kinds of public authorities: a definite one needs a country
/// («الحكومة العراقية»), a field complement is not enough.
const GOVERNMENT_KINDS: &[&str] = &["government", "ministry_short"];

/// Head kinds whose head + a word + a field is a name («شركة وقاية
/// للتأمين»).
const FIELD_NAMED_KINDS: &[&str] = &["company"];

/// True when token `j` may be the one-word name before a field: a word,
/// indefinite, no function word nor general adjective or verb, no pronoun
/// suffix, no tanween («شركة جديدةً للتأمين»).
fn word_before_field(doc: &Document, j: usize) -> bool {
    let toks = doc.tokens();
    let t = &toks[j];
    let k = doc.token_key(t);
    let text = doc.token_text(t);
    // A participle describes the company: «شركة متخصصة», «شركة مستقلة».
    let participle = (k.starts_with("مت") || k.starts_with("مست")) && k.ends_with('ه');
    t.kind == crate::document::TokenKind::Word
        && k.chars().count() >= 3
        && !participle
        && !k.starts_with("ال")
        && !k.starts_with('ل')
        && !is_stopword(k)
        && !super::lexicon::general_non_nouns().contains(k)
        && !places().is_demonym(k)
        && !["ه", "ها", "هم", "هما"].iter().any(|s| text.ends_with(s))
        && !doc
            .original_slice(doc.span(t.range.clone()))
            .contains(['\u{064B}', '\u{064C}', '\u{064D}'])
}

/// The last token of a field right after token `j`: لل + a definite noun
/// and its definite adjectives or coordinated nouns («للتكنولوجيا», «للعلوم
/// والتقنية»), or ل + an indefinite noun + a definite one.
fn lam_field(doc: &Document, j: usize) -> Option<usize> {
    let toks = doc.tokens();
    let t = toks.get(j + 1)?;
    let k = doc.token_key(t);
    if !(k.starts_with("لل") && clean_gap(doc, j, j + 1) && t.sentence == toks[j].sentence) {
        return field_complement(doc, j);
    }
    let mut end = j + 1;
    while let Some(n) = toks.get(end + 1) {
        let nk = doc.token_key(n);
        let word = nk.strip_prefix('و').unwrap_or(nk);
        if n.sentence != t.sentence
            || !clean_gap(doc, end, end + 1)
            || !word.starts_with("ال")
            || !is_definite(word)
            || is_stopword(word)
            || TIME_WORDS.contains(&word)
            || ends_complements(word)
            || places().is_demonym(word)
            // A person's title after the name: «… الخيرية الأستاذ فلان».
            || people_lexicon().single_titles.contains(word)
        {
            break;
        }
        end += 1;
    }
    Some(end)
}

/// The last token of a field complement right after token `j`: ل + an
/// indefinite noun + a definite one («لكرة القدم», «لحقوق الإنسان»); not ل
/// + an imperfect verb («ليكون الرابع»), nor a time («لصيف العام»).
fn field_complement(doc: &Document, j: usize) -> Option<usize> {
    let toks = doc.tokens();
    let (a, b) = (toks.get(j + 1)?, toks.get(j + 2)?);
    let (ka, kb) = (doc.token_key(a), doc.token_key(b));
    let ok = clean_gap(doc, j, j + 1)
        && clean_gap(doc, j + 1, j + 2)
        && a.sentence == b.sentence
        && ka.starts_with('ل')
        && !ka.starts_with("لل")
        && !ka.starts_with("لي")
        && !ka.starts_with("ال")
        && ka.chars().count() >= 4
        && !is_stopword(ka)
        && kb.starts_with("ال")
        && is_definite(kb)
        && !is_stopword(kb)
        // «جامعة هارفارد لصيف العام الحالي»: a time, not a field.
        && !TIME_WORDS.contains(&kb);
    ok.then_some(j + 2)
}

const OPEN_QUOTES: &[char] = &['“', '«', '"', '„', '‘'];
const CLOSE_QUOTES: &[char] = &['”', '»', '"', '’'];
/// Words before a short ministry name that make it part of a title
/// («وزير الخارجية الأميركي»), not an organization.
const MINISTER_WORDS: &[&str] = &["وزير", "وزيره", "وزراء", "وزيري", "نايب", "مساعد"];

/// Nouns whose complement is a field that is also a short ministry name
/// («وسائل الإعلام», «شركات النفط», «قطاع الصحة»).
const FIELD_NOUNS: &[&str] = &[
    "وسايل",
    "شركات",
    "شركه",
    "قطاع",
    "اسعار",
    "سوق",
    "اسواق",
    "منتجات",
    "صادرات",
    "واردات",
    "انتاج",
    "خبراء",
    "مصادر",
];

/// True when the document names the ministry of a field in full: «وزارة
/// الثقافة» or «وزير الثقافة» for the field key «الثقافه».
fn names_ministry_in_full(doc: &Document, field: &str) -> bool {
    ["وزاره ", "وزير ", "وزيره "]
        .iter()
        .any(|w| doc.key().contains(&format!("{w}{field}")))
}

/// Where a lexicon or head match starts in the mention: the proclitics are
/// left out, except a fused لل (للامم المتحدة), which the mention keeps.
fn mention_start(
    doc: &Document,
    range: &Range<usize>,
    name: &Range<usize>,
    entry_definite: bool,
) -> (usize, bool) {
    let name_key = &doc.key()[name.clone()];
    if entry_definite && !name_key.starts_with("ال") && range.start != name.start {
        (range.start, true)
    } else {
        (name.start, false)
    }
}

/// The canonical key of a rule-found mention: a fused لل article restored.
pub(super) fn canonical_of(doc: &Document, range: Range<usize>, lam_lam: bool) -> String {
    let key = entry_key(&doc.key()[range]);
    match key.strip_prefix("لل") {
        Some(rest) if lam_lam => format!("ال{rest}"),
        _ => key,
    }
}

/// Words that make a document a sports article.
const SPORTS_WORDS: &[&str] = &[
    "مباراه",
    "المباراه",
    "الدوري",
    "فريق",
    "الفريق",
    "لاعب",
    "اللاعب",
    "المدرب",
    "هدف",
    "هدفا",
    "هدفين",
    "بطوله",
    "البطوله",
    "كاس",
    "المنتخب",
    "منتخب",
    "مرمي",
    "الملعب",
    "نادي",
    "النادي",
    "مرمي",
    "ضيفه",
    "مضيفه",
    "تعادل",
];

/// In a long document, one token in this many must be a sports word for
/// the document to be a sports article.
const SPORTS_WORDS_PER: usize = 250;

/// The sports words by their precomputed stem hash, and a 64-bit filter of
/// the hashes that rejects almost every word at once: no string is hashed
/// or compared per token.
pub(crate) fn sports_hashes() -> &'static (u64, Vec<u64>) {
    static HASHES: OnceLock<(u64, Vec<u64>)> = OnceLock::new();
    HASHES.get_or_init(|| {
        let mut v: Vec<u64> = SPORTS_WORDS.iter().map(|w| word_hash(w)).collect();
        v.sort_unstable();
        (v.iter().fold(0, |f, h| f | 1 << (h & 63)), v)
    })
}

/// True when token `i` is a sports word of `hashes` (proclitics و ف ب ل
/// allowed).
fn sports_word_in(doc: &Document, i: usize, (filter, hashes): &(u64, Vec<u64>)) -> bool {
    if doc
        .token_classes()
        .get(i)
        .is_some_and(|c| c & SPORTS_WORD == 0)
    {
        return false;
    }
    doc.token_splits(i)
        .iter()
        .filter(|s| filter & (1 << (s.hash & 63)) != 0)
        .filter(|s| s.cut <= 2 && !s.article && !s.restored)
        .any(|s| hashes.binary_search(&s.hash).is_ok())
}

/// True when token `i` is a sports word (proclitics و ف ب ل allowed).
pub fn sports_word_at(doc: &Document, i: usize) -> bool {
    sports_word_in(doc, i, sports_hashes())
}

/// True when at least three tokens of `doc`, and one in
/// [`SPORTS_WORDS_PER`] in a long document, are sports words (proclitics
/// و ف ب ل allowed), not all of them «فريق»: a festival's «فريق …
/// الفريق … فريق» (teams of volunteers) is no sports article, nor is a
/// long essay with a «الدوري» (periodic) and a «كأس» in it. «بهدف» is «in
/// order to».
pub fn sports_context(doc: &Document) -> bool {
    let hashes = sports_hashes();
    let need = (doc.tokens().len() / SPORTS_WORDS_PER).max(3);
    let mut n = 0;
    let mut other_than_team = false;
    for i in 0..doc.tokens().len() {
        if sports_word_in(doc, i, hashes) {
            let k = doc.token_key(&doc.tokens()[i]);
            if k == "بهدف" {
                continue;
            }
            n += 1;
            other_than_team |= !k.ends_with("فريق");
            if n >= need && other_than_team {
                return true;
            }
        }
    }
    false
}

/// Context that makes an ambiguous media name a source: a dateline
/// («الدوحة - قنا :», «( الجزيرة )») or a correspondent before it
/// («مراسل الجزيرة»).
fn media_context(doc: &Document, m: &LexMatch) -> bool {
    let norm = doc.norm();
    let before = norm.get(..m.range.start).unwrap_or("").trim_end();
    let after = norm.get(m.range.end..).unwrap_or("").trim_start();
    if (before.ends_with('-') || before.ends_with('('))
        && (after.starts_with([':', '-', ')']) || after.is_empty())
    {
        return true;
    }
    let prev_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    // One proclitic at most: «فضائية» keeps its ف.
    let prev = prev_word
        .strip_prefix(['و', 'ف', 'ل'])
        .filter(|_| !prev_word.starts_with("فضائي"))
        .unwrap_or(prev_word);
    if matches!(
        prev,
        "مراسل"
            | "مراسلة"
            | "مراسله"
            | "مراسلو"
            | "مراسلي"
            | "فضائية"
            | "فضائيه"
            | "موفد"
    ) {
        return true;
    }
    // A statement to the medium: «قال للجزيرة إن», «في تصريح للجزيرة».
    let to = m.has_prefix() && doc.key()[m.range.clone()].starts_with('ل');
    let next = after.split(char::is_whitespace).next().unwrap_or("");
    to && (STATEMENT_WORDS.contains(&prev) || matches!(next, "إن" | "أن" | "ان" | "انه" | "أنه"))
}

/// Words before «ل + medium» that make it the medium a statement was made
/// to.
const STATEMENT_WORDS: &[&str] = &[
    "قال",
    "قالت",
    "اكد",
    "أكد",
    "اكدت",
    "أكدت",
    "اضاف",
    "أضاف",
    "اضافت",
    "أضافت",
    "اوضح",
    "أوضح",
    "اوضحت",
    "أوضحت",
    "كشف",
    "كشفت",
    "صرح",
    "صرحت",
    "تصريح",
    "تصريحات",
    "تصريحه",
    "حديث",
    "حديثه",
    "مقابلة",
    "مقابله",
];

/// True when a match stands alone in quotation marks or parentheses
/// («الشرق الأوسط», ( العربي )).
fn enclosed(doc: &Document, m: &LexMatch) -> bool {
    enclosed_range(doc, &m.range)
}

/// True when a range stands alone in quotation marks: a description so
/// written is a name («" مجلس الإصلاح الديمقراطي "»).
fn quoted(doc: &Document, range: &Range<usize>) -> bool {
    let norm = doc.norm();
    let before = norm.get(..range.start).unwrap_or("").trim_end();
    let after = norm.get(range.end..).unwrap_or("").trim_start();
    before
        .chars()
        .next_back()
        .is_some_and(|c| OPEN_QUOTES.contains(&c))
        && after
            .chars()
            .next()
            .is_some_and(|c| CLOSE_QUOTES.contains(&c))
}

/// True when a range stands alone in quotation marks or parentheses.
fn enclosed_range(doc: &Document, range: &Range<usize>) -> bool {
    let norm = doc.norm();
    let before = norm.get(..range.start).unwrap_or("").trim_end();
    let after = norm.get(range.end..).unwrap_or("").trim_start();
    let open = before.chars().next_back();
    let close = after.chars().next();
    open.is_some_and(|c| OPEN_QUOTES.contains(&c) || c == '(')
        && close.is_some_and(|c| CLOSE_QUOTES.contains(&c) || c == ')' || c == '«')
}

/// The byte offset of the word after the first one of a match's name.
fn second_word(doc: &Document, name: &Range<usize>) -> Option<usize> {
    let k = &doc.key()[name.clone()];
    k.find(' ').map(|i| name.start + i + 1)
}

/// The trimmed range of a lexicon match: a head that only introduces the
/// name («حركة حماس» → حماس) and a demonym after it («حزب الله اللبناني» →
/// حزب الله) are left out when the rest is a name of the same organization.
/// Returns the name range and the country of a demonym left out.
fn trim_lexicon_name(doc: &Document, m: &LexMatch, entry: u32) -> (Range<usize>, Option<String>) {
    let lex = orgs();
    let key = doc.key();
    let canonical = lex
        .entries
        .get(entry as usize)
        .map(|e| e.canonical.as_str());
    let same = |r: Range<usize>| {
        lex.by_key
            .get(&entry_key(&key[r]))
            .and_then(|&i| lex.entries.get(i as usize))
            .map(|e| e.canonical.as_str())
            == canonical
    };
    let mut name = m.name.clone();
    let first = key[name.clone()].split(' ').next().unwrap_or("");
    // A club's head stays before a foreign (indefinite) name: «نادي
    // تشيلسي», but «نادي الزمالك» → الزمالك.
    let club_head = CLUB_HEADS.contains(&first);
    if (NAME_HEADS.contains(&first) || LEXICON_CUT_HEADS.contains(&first))
        && let Some(s) = second_word(doc, &name)
        && (!club_head || key[s..].starts_with("ال"))
        && same(s..name.end)
    {
        name.start = s;
    }
    let mut cc = None;
    let k = &key[name.clone()];
    // The demonym of a variant only: an official name keeps it
    // («منظمة التحرير الفلسطينية»).
    if let Some(i) = k.rfind(' ')
        && let Some(d) = places().demonym(&k[i + 1..])
        && canonical.is_none_or(|c| entry_key(c) != k)
        && same(name.start..name.start + i)
    {
        cc = Some(d.cc.to_string());
        name.end = name.start + i;
    }
    (name, cc)
}

/// True when a club's name is followed by the masculine demonym of its
/// country («ليل الفرنسي»: a city would take a feminine one) or by a
/// country in parentheses («ليل ( فرنسا )», the tables of a competition's
/// groups). A definite name shared by clubs of several countries («النصر
/// العماني», «الاتفاق السعودي») takes any demonym, but not after a definite
/// noun it would qualify, and not when it is itself an adjective («التعاون
/// العربي الصيني»); the caller asks a sports article of it too («الشباب
/// البريطاني»). `cc` is the club's country, if known.
fn club_sign_after(doc: &Document, m: &LexMatch, cc: Option<&str>) -> bool {
    let Some(t) = doc.token_at(m.range.end.saturating_sub(1)) else {
        return false;
    };
    let toks = doc.tokens();
    let Some(next) = toks.get(t + 1).filter(|n| n.sentence == toks[t].sentence) else {
        return false;
    };
    let name = &doc.key()[m.name.clone()];
    let definite = name.starts_with("ال");
    if definite && (is_nisba(name) || adjective_of_previous(doc, m)) {
        return false;
    }
    // The complement of a head: the demonym is the head's («مركز التعاون
    // الياباني»).
    let after_head = doc
        .token_at(m.range.start)
        .filter(|&s| s > 0 && clean_gap(doc, s - 1, s))
        .is_some_and(|s| {
            lookup_stem(doc.token_key(&toks[s - 1]), |w| {
                orgs().heads_single.get(w).map(|_| ())
            })
            .is_some()
        });
    if after_head {
        return false;
    }
    let fits = |c: &str| definite || cc.is_some_and(|cc| cc.eq_ignore_ascii_case(c));
    let gap = &doc.norm()[toks[t].range.end..next.range.start];
    let pl = places();
    if gap.trim().is_empty() {
        let k = doc.token_key(next);
        return k.starts_with("ال")
            && pl
                .demonym(k)
                .is_some_and(|d| d.gender_number == "m.sg" && fits(d.cc));
    }
    // «( فرنسا )»: one or two words between parentheses, not after a
    // locative word («في برشلونة ( إسبانيا )»).
    if gap.trim() != "(" || after_locative(doc, m) {
        return false;
    }
    let close = (t + 1..toks.len().min(t + 3)).find(|&j| {
        doc.norm()[toks[j].range.end..]
            .trim_start()
            .starts_with(')')
    });
    close.is_some_and(|j| {
        let inner = &doc.key()[next.range.start..toks[j].range.end];
        pl.place_ccs(inner)
            .is_some_and(|ccs| ccs.iter().any(|c| !c.is_empty() && fits(c)))
    })
}

/// True when a match has a ب proclitic or follows a locative preposition
/// or a place head noun («في برشلونة», «بالجزيرة», «بحي الجزيرة»): a place
/// there, not a club.
fn after_locative(doc: &Document, m: &LexMatch) -> bool {
    (m.has_prefix() && doc.key()[m.range.start..m.name.start].contains('ب'))
        || doc
            .token_at(m.range.start)
            .filter(|&s| s > 0)
            .is_some_and(|s| {
                let k = doc.token_key(&doc.tokens()[s - 1]);
                matches!(k, "في" | "الي" | "من" | "قرب" | "بين")
                    || crate::extract::places::is_place_head(k)
            })
}

/// Words before a club's name that make it the common noun it also is:
/// «ولي العهد» (the crown prince), «حديثي العهد» (newcomers), «هذا
/// الاتفاق» (this agreement).
const COMMON_NOUN_CUES: &[&str] = &["ولي", "وليا", "ولايه", "حديث", "حديثي", "هذا", "هذه"];

/// True when a one-word definite club name is used as the common noun it
/// also is: with a ب before «مع» («بالتعاون مع»), after a word of
/// [`COMMON_NOUN_CUES`], or before «بين» («الاتفاق بين الطرفين»). «ذلك»
/// is left out: «وأيد ذلك النصر» (and Al-Nassr backed that).
fn common_noun_of_club(doc: &Document, m: &LexMatch) -> bool {
    let key = &doc.key()[m.name.clone()];
    if key.contains(' ') || !definite_match(doc, m) {
        return false;
    }
    let toks = doc.tokens();
    let (Some(first), Some(last)) = (
        doc.token_at(m.range.start),
        doc.token_at(m.range.end.saturating_sub(1)),
    ) else {
        return false;
    };
    let next_is = |w: &str| {
        toks.get(last + 1)
            .is_some_and(|t| clean_gap(doc, last, last + 1) && doc.token_key(t) == w)
    };
    if m.has_prefix() && doc.key()[m.range.start..m.name.start].contains('ب') && next_is("مع") {
        return true;
    }
    let cue_before = first > 0 && clean_gap(doc, first - 1, first) && {
        let k = doc.token_key(&toks[first - 1]);
        COMMON_NOUN_CUES.contains(&k)
            || k.strip_prefix(['و', 'ف', 'ل'])
                .is_some_and(|b| COMMON_NOUN_CUES.contains(&b))
    };
    cue_before || next_is("بين")
}

/// True for a definite match, with the article or fused in لل
/// («للاتفاق»).
fn definite_match(doc: &Document, m: &LexMatch) -> bool {
    doc.key()[m.name.clone()].starts_with("ال") || doc.key()[m.range.clone()].starts_with("لل")
}

/// The entry id of the club «نادي» + the name of an ambiguous lexicon match
/// of another kind («الجزيرة»: a channel, and clubs), when the document is a
/// sports article and the name is no common noun there.
fn club_of_name(doc: &Document, m: &LexMatch, sports: &mut Option<bool>) -> Option<u32> {
    let id = orgs().club_alias.get(m.entry as usize).copied().flatten()?;
    (!qualified_common_word(doc, m)
        && !adjective_of_previous(doc, m)
        && !after_locative(doc, m)
        && *sports.get_or_insert_with(|| sports_context(doc)))
    .then_some(id)
}

/// Lexicon candidates: unambiguous entries, and ambiguous ones in context.
pub fn lexicon_candidates(
    doc: &Document,
    names: &[LexMatch],
    after_head: &[(usize, u32)],
    heads: &[LexMatch],
    sports: &mut Option<bool>,
) -> Vec<Candidate> {
    let lex = orgs();
    let pl = places();
    // Definite heads of authorities (الجيش، الحكومة، الخارجية) and وزارة.
    let descriptive_heads: Vec<&LexMatch> = heads
        .iter()
        .filter(|h| {
            let k = &doc.key()[h.name.clone()];
            lex.head_kinds
                .get(h.entry as usize)
                .is_some_and(|kind| GOVERNMENT_KINDS.contains(&kind.as_str()))
                && (k.starts_with("ال") || k == "وزاره")
        })
        .collect();
    let mut out = Vec::new();
    // One sense per discourse: an ambiguous name of an organization that the
    // document also names unambiguously («حركة حماس» … «حماس»).
    let seen: Vec<&str> = names
        .iter()
        .filter_map(|m| lex.entries.get(m.entry as usize))
        .filter(|e| !e.ambiguous)
        .map(|e| e.canonical.as_str())
        .collect();
    // A company named after a product word once («مركبة نيسان») is the
    // company in the rest of the document too, except in a date («نيسان
    // الماضي», «أبريل / نيسان»).
    let brands: Vec<u32> = names
        .iter()
        .filter(|m| {
            lex.entries.get(m.entry as usize).is_some_and(|e| {
                e.ambiguous && e.kind.as_deref() == Some("company") && product_context(doc, m)
            })
        })
        .map(|m| m.entry)
        .collect();
    for mut m in names.iter().cloned() {
        let Some(mut e) = lex.entries.get(m.entry as usize) else {
            continue;
        };
        // An ambiguous name (الجزيرة، حماس) only right after a head word,
        // an ambiguous club also in a sports article, an ambiguous medium
        // also in a dateline or after a correspondent; any of them in
        // quotation marks or parentheses or when named elsewhere.
        if e.ambiguous {
            let tok = doc.token_at(m.range.start);
            let after = after_head.iter().any(|&(t, h)| {
                Some(t) == tok
                    && lex
                        .head_kinds
                        .get(h as usize)
                        .is_some_and(|hk| head_fits(hk, e.kind.as_deref()))
            });
            let club = e.kind.as_deref() == Some("club");
            let ok = after
                || seen.contains(&e.canonical.as_str())
                || match e.kind.as_deref() {
                    _ if club && common_noun_of_club(doc, &m) => false,
                    // «(الرائد)» in a list of players, not «مسلسل (العهد)».
                    _ if enclosed(doc, &m) => {
                        !club || *sports.get_or_insert_with(|| sports_context(doc))
                    }
                    Some("club")
                        if club_sign_after(doc, &m, e.cc.as_deref())
                            && (!definite_match(doc, &m)
                                || *sports.get_or_insert_with(|| sports_context(doc))) =>
                    {
                        true
                    }
                    Some("club") => {
                        !qualified_common_word(doc, &m)
                            && !adjective_of_previous(doc, &m)
                            && *sports.get_or_insert_with(|| sports_context(doc))
                    }
                    Some("agency_media") => media_context(doc, &m),
                    Some("company") => {
                        product_context(doc, &m)
                            || (brands.contains(&m.entry) && !date_context(doc, &m))
                    }
                    _ => false,
                };
            // The name of a club too («نادي الجزيرة»), in a sports article:
            // «مباراة الجزيرة», «تأهل الجزيرة».
            let club = if ok || e.kind.as_deref() == Some("club") {
                None
            } else {
                club_of_name(doc, &m, sports)
            };
            if let Some(id) = club
                && let Some(c) = lex.entries.get(id as usize)
            {
                m.entry = id;
                e = c;
            } else if !ok {
                continue;
            }
            // «جون بولتون», «ستيف مكلارين»: a surname after a given name.
            // «أبريل (نيسان)»: a month name in a date is the month.
            if after_given_name(doc, &m) || super::month_name::month_in_date(doc, &m) {
                continue;
            }
        }
        let (mut name, demonym_cc) = trim_lexicon_name(doc, &m, m.entry);
        // «الجمعية العامة للأمم المتحدة»: the body, and the organization it
        // belongs to, each on its own.
        if let Some((first_end, second, id)) = split_parent(doc, &name, &e.canonical)
            && let Some(e2) = lex.entries.get(id as usize)
        {
            name.end = first_end;
            out.push(Candidate {
                range: second,
                canonical: e2.canonical.clone(),
                kind: e2.kind.clone(),
                cc: e2.cc.clone(),
                from_lexicon: true,
                ambiguous: e2.ambiguous,
                named: true,
            });
        }
        // A known description (a definite authority's head and a demonym:
        // «الجيش الإسرائيلي», «الخارجية الأميركية») is not a proper name.
        let description = descriptive_heads
            .iter()
            .any(|h| h.name.start == m.name.start)
            && doc
                .token_at(name.end.saturating_sub(1))
                .is_some_and(|t| pl.is_demonym(doc.token_key(&doc.tokens()[t])));
        let (start, _) = if name.start == m.name.start {
            let definite = entry_key(&e.canonical).starts_with("ال")
                || doc.key()[m.name.clone()].starts_with('ل');
            mention_start(doc, &m.range, &m.name, definite)
        } else {
            (name.start, false)
        };
        out.push(Candidate {
            range: start..name.end,
            canonical: e.canonical.clone(),
            kind: e.kind.clone(),
            cc: e.cc.clone().or(demonym_cc),
            from_lexicon: true,
            ambiguous: e.ambiguous,
            named: !description,
        });
    }
    out.sort_by_key(|c| c.range.start);
    out
}

/// A known name that ends with «(التابع) ل + another known organization»,
/// whose first part is a name of the same organization («الجمعية العامة
/// للأمم المتحدة», «مجلس الأمن التابع للأمم المتحدة»): the end of the first
/// part, the mention of the second (a fused لل kept) and its entry id.
fn split_parent(
    doc: &Document,
    name: &Range<usize>,
    canonical: &str,
) -> Option<(usize, Range<usize>, u32)> {
    let lex = orgs();
    let key = &doc.key()[name.clone()];
    let same = |k: &str| {
        lex.by_key
            .get(k)
            .and_then(|&i| lex.entries.get(i as usize))
            .is_some_and(|e| e.canonical == canonical)
    };
    for (i, _) in key.match_indices(" ل") {
        let rest = &key[i + 1..];
        let (restored, lam) = match rest.strip_prefix("لل") {
            Some(r) => (format!("ال{r}"), true),
            None => (rest['ل'.len_utf8()..].to_string(), false),
        };
        let Some(&id) = lex.by_key.get(&restored) else {
            continue;
        };
        if lex
            .entries
            .get(id as usize)
            .is_none_or(|e| e.canonical == canonical)
        {
            continue;
        }
        let mut first = &key[..i];
        if let Some(j) = first.rfind(' ')
            && RELATION_WORDS.contains(&&first[j + 1..])
        {
            first = &first[..j];
        }
        if !same(first) {
            continue;
        }
        let start = name.start + i + 1 + if lam { 0 } else { 'ل'.len_utf8() };
        return Some((name.start + first.len(), start..name.end, id));
    }
    None
}

/// Head-word candidates.
/// Tokens right after a head word (where an ambiguous lexicon name counts).
pub fn after_heads(doc: &Document, heads: &[LexMatch]) -> Vec<(usize, u32)> {
    let toks = doc.tokens();
    heads
        .iter()
        .filter(|m| !head_is_definite(doc, m))
        .filter_map(|m| Some((doc.token_at(m.range.end.saturating_sub(1))?, m.entry)))
        .filter(|&(t, _)| t + 1 < toks.len() && clean_gap(doc, t, t + 1))
        .map(|(t, e)| (t + 1, e))
        .collect()
}

/// Kinds of organization that need a head of their own kind before an
/// ambiguous name («نادي روما» yes, «مؤتمر روما» no).
const HEAD_BOUND_KINDS: &[&str] = &["club", "agency_media", "company"];

/// True when a head of kind `head` can introduce a name of kind `entry`.
fn head_fits(head: &str, entry: Option<&str>) -> bool {
    let entry = entry.unwrap_or("");
    head == entry || !(HEAD_BOUND_KINDS.contains(&head) || HEAD_BOUND_KINDS.contains(&entry))
}

/// Words before a company name that make an ambiguous one a brand
/// («سيارات نيسان»).
const PRODUCT_WORDS: &[&str] = &[
    "سياره",
    "سيارات",
    "طراز",
    "هاتف",
    "هواتف",
    "جهاز",
    "اجهزه",
    "منتجات",
    "مصانع",
    "مصنع",
    "اسهم",
    "اسم",
    "علامه",
    "ماركه",
    "قافله",
    "طايره",
    "طايرات",
    "مركبه",
    "مركبات",
    "سايق",
    "طرازات",
    "موديل",
    "وكيل",
    "وكلاء",
    "شاحنات",
];

/// True when a match stands in a date: a number, a time word or a slash
/// next to it («نيسان 2006», «نيسان الماضي», «أبريل / نيسان»), or a word of
/// time before it («في نيسان», «منذ نيسان»).
fn date_context(doc: &Document, m: &LexMatch) -> bool {
    let toks = doc.tokens();
    let (Some(a), Some(b)) = (
        doc.token_at(m.range.start),
        doc.token_at(m.range.end.saturating_sub(1)),
    ) else {
        return false;
    };
    let number = |t: Option<&crate::document::Token>| {
        t.is_some_and(|t| t.kind == crate::document::TokenKind::Number)
    };
    let slash = |from: usize, to: usize| doc.norm().get(from..to).is_some_and(|g| g.contains('/'));
    let before = a.checked_sub(1).map(|p| &toks[p]);
    let after = toks.get(b + 1);
    number(before)
        || number(after)
        || before.is_some_and(|p| {
            slash(p.range.end, toks[a].range.start)
                || matches!(
                    doc.token_key(p),
                    "في" | "منذ"
                        | "حتي"
                        | "شهر"
                        | "مطلع"
                        | "اواخر"
                        | "اوايل"
                        | "منتصف"
                        | "خلال"
                )
        })
        || after.is_some_and(|n| {
            slash(toks[b].range.end, n.range.start) || TIME_WORDS.contains(&doc.token_key(n))
        })
}

/// True when the word before `m` is a product word.
fn product_context(doc: &Document, m: &LexMatch) -> bool {
    doc.token_at(m.range.start)
        .filter(|&t| t > 0 && clean_gap(doc, t - 1, t))
        .is_some_and(|t| {
            let k = doc.token_key(&doc.tokens()[t - 1]);
            let bare = k.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(k);
            PRODUCT_WORDS.contains(&k) || PRODUCT_WORDS.contains(&bare)
        })
}

/// True when an ambiguous name right after a given name is its surname
/// («جون بولتون», «ستيف مكلارين», «شيرين سيف النصر»).
fn after_given_name(doc: &Document, m: &LexMatch) -> bool {
    if m.has_prefix() {
        return false;
    }
    let Some(t) = doc.token_at(m.range.start).filter(|&t| t > 0) else {
        return false;
    };
    let prev = doc.token_key(&doc.tokens()[t - 1]);
    clean_gap(doc, t - 1, t)
        && !is_stopword(prev)
        && people_lexicon()
            .names
            .get(prev)
            .is_some_and(|f| f.has(NameFlags::GIVEN) && !f.has(NameFlags::COMMON))
}

/// Words of a team's members and staff: a city right after one names its
/// club («لاعب مانشستر», «صفوف ليون»).
const TEAM_WORDS: &[&str] = &[
    "لاعب",
    "لاعبو",
    "لاعبي",
    "مدرب",
    "صفوف",
    "حارس",
    "مهاجم",
    "مدافع",
    "فريق",
];

/// Clubs named by their city after a team word («رحل عن صفوف مانشستر»).
pub fn team_city_candidates(doc: &Document) -> Vec<Candidate> {
    let (filter, hashes) = team_hashes();
    let toks = doc.tokens();
    let classes = doc.token_classes();
    let mut out = Vec::new();
    for (t, tok) in toks.iter().enumerate().skip(1) {
        // The word class rules out most tokens with one test.
        if classes.get(t - 1).is_some_and(|c| c & TEAM_WORD == 0) {
            continue;
        }
        let team = doc
            .token_splits(t - 1)
            .iter()
            .filter(|s| filter & (1 << (s.hash & 63)) != 0)
            .filter(|s| s.cut <= 2 && !s.article && !s.restored)
            .any(|s| hashes.binary_search(&s.hash).is_ok());
        if !team || !clean_gap(doc, t - 1, t) {
            continue;
        }
        let k = doc.token_key(tok);
        if places().city_only(k).is_some() {
            out.push(Candidate::from_rule(
                tok.range.clone(),
                entry_key(k),
                "club".to_string(),
            ));
        }
    }
    out
}

/// The team words by their precomputed stem hash (one proclitic letter
/// allowed: «ولاعب»): no string is compared per token. A 64-bit filter of
/// the hashes rejects almost every word at once.
pub(crate) fn team_hashes() -> &'static (u64, Vec<u64>) {
    static HASHES: OnceLock<(u64, Vec<u64>)> = OnceLock::new();
    HASHES.get_or_init(|| {
        let mut v: Vec<u64> = TEAM_WORDS.iter().map(|w| word_hash(w)).collect();
        v.sort_unstable();
        (v.iter().fold(0, |f, h| f | 1 << (h & 63)), v)
    })
}

/// Venues and ports: a place after one is where it is, not a club.
const VENUE_WORDS: &[&str] = &[
    "ملعب",
    "استاد",
    "ستاد",
    "مطار",
    "مطاري",
    "ميناء",
    "ملاعب",
    "صاله",
    "مدينه",
    "العاصمه",
];

/// Clubs named by a place that the places extractor read as a club's name
/// (`clubs`: «ليون الفرنسي», «برشلونة ( إسبانيا )», a city among sport
/// words): the lexicon's club of that name when there is one.
pub fn place_club_candidates(
    doc: &Document,
    clubs: &[Range<usize>],
    lexicon: &[Candidate],
) -> Vec<Candidate> {
    let lex = orgs();
    let toks = doc.tokens();
    // Not a venue's or an airport's place («ملعب سانتياغو», «مطار عمان
    // الأردني»: the demonym agrees with the head), nor a place after a
    // demonym («العاصمة الألمانية برلين»).
    let after_venue = |r: &Range<usize>| {
        doc.token_at(r.start)
            .filter(|&t| t > 0 && clean_gap(doc, t - 1, t))
            .is_some_and(|t| {
                let k = doc.token_key(&toks[t - 1]);
                let bare = k.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(k);
                VENUE_WORDS.contains(&k) || VENUE_WORDS.contains(&bare) || places().is_demonym(k)
            })
    };
    // The word before is no part of a longer foreign name («هرتا برلين»,
    // «أسيك أبيدجان»): punctuation, a function word, a sports word, a
    // definite word or an imperfect verb («يستضيف»).
    let open_before = |r: &Range<usize>| {
        doc.token_at(r.start).is_some_and(|t| {
            t == 0 || !clean_gap(doc, t - 1, t) || toks[t - 1].sentence != toks[t].sentence || {
                let k = doc.token_key(&toks[t - 1]);
                is_stopword(k)
                    || k.starts_with("ال")
                    || k.starts_with(['ي', 'ت'])
                    || sports_word_at(doc, t - 1)
            }
        })
    };
    // A dateline: «مدريد ( رويترز )», «مدريد - أ ف ب» (a dash the normalizer
    // may have taken for a tatweel).
    // Also a city among the first words of its sentence with a colon or a
    // dash after it («سبق- الرياض:»، «الرياض - واس»).
    let dateline = |r: &Range<usize>| {
        doc.token_at(r.start).is_some_and(|t| {
            let first = doc.sentences()[toks[t].sentence].first_token;
            let marked = t - first <= 2
                && doc
                    .norm()
                    .get(r.end..)
                    .unwrap_or("")
                    .trim_start_matches(' ')
                    .starts_with([':', '-', '–', '—']);
            marked
                || first == t
                    && lexicon.iter().any(|c| {
                        c.kind.as_deref() == Some("agency_media")
                            && c.range.start > r.end
                            && doc.token_at(c.range.start).is_some_and(|u| u <= t + 2)
                    })
        })
    };
    clubs
        .iter()
        .filter(|r| {
            doc.key().get((*r).clone()).is_some()
                && !after_venue(r)
                && open_before(r)
                && !dateline(r)
        })
        .map(|r| {
            let k = entry_key(&doc.key()[r.clone()]);
            match lex
                .by_key
                .get(&k)
                .and_then(|&i| lex.entries.get(i as usize))
                .filter(|e| e.kind.as_deref() == Some("club"))
            {
                Some(e) => Candidate {
                    range: r.clone(),
                    canonical: e.canonical.clone(),
                    kind: e.kind.clone(),
                    cc: e.cc.clone(),
                    from_lexicon: true,
                    ambiguous: e.ambiguous,
                    named: true,
                },
                None => Candidate::from_rule(r.clone(), k, "club".to_string()),
            }
        })
        .collect()
}

/// True when a one-word definite nisba (العربي، الأهلي) right after a
/// definite noun is that noun's adjective («الأدب العربي», «والعالم
/// العربي»), unless the noun is a club's head («الفريق الأهلي»).
fn adjective_of_previous(doc: &Document, m: &LexMatch) -> bool {
    let key = &doc.key()[m.name.clone()];
    if m.has_prefix() || key.contains(' ') || !is_nisba(key) {
        return false;
    }
    let Some(t) = doc.token_at(m.range.start).filter(|&t| t > 0) else {
        return false;
    };
    let prev = doc.token_key(&doc.tokens()[t - 1]);
    let bare = prev.strip_prefix(['و', 'ف', 'ب']).unwrap_or(prev);
    let restored;
    let bare = match bare.strip_prefix("لل") {
        Some(rest) => {
            restored = format!("ال{rest}");
            restored.as_str()
        }
        None => bare,
    };
    clean_gap(doc, t - 1, t)
        && bare.starts_with("ال")
        && is_definite(bare)
        && !is_stopword(bare)
        && !CLUB_HEADS.contains(&bare)
        && !SPORTS_WORDS.contains(&bare)
}

/// True when a one-word definite name is followed by a definite adjective
/// that makes it a common noun phrase («التعاون الاقتصادي», «الاتحاد الدولي»).
fn qualified_common_word(doc: &Document, m: &LexMatch) -> bool {
    let key = &doc.key()[m.name.clone()];
    if key.contains(' ') || !key.starts_with("ال") {
        return false;
    }
    let Some(t) = doc.token_at(m.range.end.saturating_sub(1)) else {
        return false;
    };
    doc.tokens().get(t + 1).is_some_and(|n| {
        let k = doc.token_key(n);
        clean_gap(doc, t, t + 1) && k.starts_with("ال") && is_definite(k) && !is_stopword(k)
    })
}

/// Head-word candidates; `lexicon` are the lexicon candidates (a head right
/// before one of them only decides whether the head is part of the name).
pub fn head_candidates(
    doc: &Document,
    heads: &[LexMatch],
    lexicon: &[Candidate],
    pctx: &PlaceContext,
    sports: &mut Option<bool>,
) -> Vec<Candidate> {
    let lex = orgs();
    let pl = places();
    let people_lex = people_lexicon();
    let toks = doc.tokens();
    let mut out = Vec::new();
    for m in heads.iter().cloned() {
        let Some(kind) = lex.head_kinds.get(m.entry as usize) else {
            continue;
        };
        let (Some(first), Some(last)) = (
            doc.token_at(m.range.start),
            doc.token_at(m.range.end.saturating_sub(1)),
        ) else {
            continue;
        };
        // A counted head is a common noun: «أسهم 26 شركة».
        if first > 0
            && clean_gap(doc, first - 1, first)
            && toks[first - 1].kind == crate::document::TokenKind::Number
        {
            continue;
        }
        // The head's own key, its article restored after a fused لل
        // («للبنك» → البنك).
        let head_owned;
        let head_key = match doc.key()[m.name.clone()].strip_prefix('ل') {
            Some(rest) if lex_head_definite(doc, &m.name) => {
                head_owned = format!("ال{rest}");
                head_owned.as_str()
            }
            _ => &doc.key()[m.name.clone()],
        };
        let head_words = head_key.split_whitespace().count();
        let definite_head = head_is_definite(doc, &m);
        let ministry = kind == "ministry_short";
        // «بقيادة فلان», «برئاسة فلان»: led by, chaired by.
        if m.has_prefix()
            && doc.key()[m.range.start..m.name.start].ends_with('ب')
            && matches!(head_key, "قياده" | "رياسه")
        {
            continue;
        }
        // «على هيئة فوتون»: in the form of.
        if head_key == "هييه"
            && !m.has_prefix()
            && first > 0
            && clean_gap(doc, first - 1, first)
            && doc.token_key(&toks[first - 1]) == "علي"
        {
            continue;
        }
        if ministry && first > 0 {
            let prev = doc.token_key(&toks[first - 1]);
            let minister = lookup_stem(prev, |s| MINISTER_WORDS.contains(&s).then_some(()));
            // «وسائل الإعلام اليابانية», «شركات النفط الأمريكية»: the field
            // of a noun, not a ministry.
            let field_of = lookup_stem(prev, |s| FIELD_NOUNS.contains(&s).then_some(()));
            if (minister.is_some() || field_of.is_some()) && clean_gap(doc, first - 1, first) {
                continue;
            }
            // After a definite noun the word is its adjective or complement:
            // «السياسة الخارجية السعودية», «الأسواق المالية الأمريكية».
            if (prev.starts_with("ال") || prev.starts_with("لل"))
                && toks[first - 1].sentence == toks[first].sentence
                && clean_gap(doc, first - 1, first)
            {
                continue;
            }
        }
        // «الثقافة الأميركية» is American culture unless the document names
        // the ministry in full.
        if ministry
            && lex.head_needs_full_name.get(m.entry as usize) == Some(&true)
            && !names_ministry_in_full(doc, head_key)
        {
            continue;
        }
        // «جهاز» + a name is a device («جهاز “كيندل”», «جهاز سامسونج»); the
        // apparatus of a state takes definite complements only («جهاز
        // الأمن الوطني»).
        let device = head_key == "جهاز";
        // «سهم «سابك»»: a company only with a name in marks.
        let in_marks_only = kind == "company_in_marks";
        // A name in quotation marks right after the head: «وكالة “فرانس برس”».
        if !ministry && !device && last + 1 < toks.len() {
            let gap = &doc.norm()[toks[last].range.end..toks[last + 1].range.start];
            if gap.trim().chars().count() == 1 && gap.contains(OPEN_QUOTES) {
                let mut j = last + 1;
                let mut closed = None;
                while j < toks.len() && j < last + 7 && toks[j].sentence == toks[last].sentence {
                    let after = toks.get(j + 1).map_or(doc.norm().len(), |t| t.range.start);
                    let g = &doc.norm()[toks[j].range.end..after];
                    if g.contains(CLOSE_QUOTES) {
                        closed = Some(j);
                        break;
                    }
                    if !g.chars().all(char::is_whitespace) {
                        break;
                    }
                    j += 1;
                }
                // A share's name is a short name, no phrase with a number
                // («أسهم "ما تسوى 3 ريالات"»).
                let closed = closed.filter(|&j| {
                    !in_marks_only
                        || (j < last + 5
                            && toks[last + 1..=j]
                                .iter()
                                .all(|t| t.kind == crate::document::TokenKind::Word))
                });
                if let Some(j) = closed {
                    let range = toks[last + 1].range.start..toks[j].range.end;
                    let canonical = entry_key(&doc.key()[range.clone()]);
                    let kind = if in_marks_only { "company" } else { kind };
                    out.push(Candidate::from_rule(range, canonical, kind.to_string()));
                    continue;
                }
            }
        }
        if in_marks_only {
            continue;
        }
        let keep_head = head_words > 1 || KEEP_HEADS.contains(&head_key);
        if !ministry && !device && last + 1 < toks.len() && clean_gap(doc, last, last + 1) {
            let next = last + 1;
            // A known organization right after the head: «قناة الجزيرة».
            if let Some(c) = lexicon_at(doc, lexicon, next).filter(|c| !lam_before(doc, next, c)) {
                if !keep_head {
                    continue;
                }
                let (start, _) = mention_start(doc, &m.range, &m.name, false);
                out.push(Candidate {
                    range: start..c.range.end,
                    ..c.clone()
                });
                continue;
            }
            // A proper name right after the head: «شركة موتورولا».
            let proper = |j: usize| {
                let k = doc.token_key(&toks[j]);
                // An indefinite word with tanween («رئيسًا», «مستشارًا»).
                let tanween = doc
                    .original_slice(doc.span(toks[j].range.clone()))
                    .contains(['\u{064B}', '\u{064C}', '\u{064D}']);
                if tanween {
                    return false;
                }
                // A general word of the people lexicon's list (صغير، أكثر،
                // أخرى …), by the hash of the whole token.
                let general = doc
                    .token_splits(j)
                    .iter()
                    .find(|s| s.cut == 0)
                    .is_some_and(|s| people_lex.not_names.contains_key(&s.hash));
                // A proclitic ب before a function word: «بقوة بكل».
                let bare_b = k.strip_prefix('ب').filter(|r| r.chars().count() >= 2);
                !general
                    && !is_stopword(k)
                    // ب + a function word, a definite word or a place is a
                    // prepositional phrase: «بكل», «بالمعنى», «بتندوف».
                    && !bare_b.is_some_and(|r| {
                        is_stopword(r)
                            || (r.starts_with("ال") && is_definite(r))
                            || pl.is_place(r)
                    })
                    && !verb_or_participle(k)
                    && !is_definite(k)
                    && !k.starts_with('و')
                    && !k.chars().any(|c| c.is_numeric())
                    && !pl.is_demonym(k)
                    && !pl.is_place(k)
                    && !lex.heads_single.contains_key(k)
                    && !people_lex.particles.contains_key(k)
                    && !common_noun(k)
                    && !people_lex
                        .names
                        .get(k)
                        .is_some_and(|f| f.has(NameFlags::GIVEN))
                    // «إدارة كلينتون», «مكتب أولمرت»: a person's office.
                    && !(kind == "government"
                        && people_lex
                            .names
                            .get(k)
                            .is_some_and(|f| f.has(NameFlags::FAMILY) && f.has(NameFlags::FOREIGN)))
                    && !["ه", "ها", "هم", "هما"].iter().any(|s| k.ends_with(s))
                    // Last: the word-shape test is the costliest.
                    && !verb_shape(k)
            };
            // Not a prepositional phrase (ل and a consonant: «لحشد») nor a
            // word with «نا» or «كم» (our, your): «تنظيم داعش لحشد شبابنا»,
            // «أسهمنا». Foreign names end in «ينا»/«ونا» (فيستينا، بولترونا).
            let continues = |j: usize| {
                let k = doc.token_key(&toks[j]);
                let lam = k
                    .strip_prefix('ل')
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| !matches!(c, 'ا' | 'و' | 'ي'));
                let ours = k
                    .strip_suffix("نا")
                    .and_then(|r| r.chars().next_back())
                    .is_some_and(|c| !matches!(c, 'ي' | 'و'));
                !lam && !ours && !k.ends_with("كم")
            };
            // A known name already holds the head and this word, and the
            // name alone would drop the head: «تنظيم داعش» (بانفجار …).
            let before = lexicon.partition_point(|c| c.range.start <= toks[first].range.start);
            let known = lexicon[..before]
                .iter()
                .rev()
                .take(2)
                .any(|c| c.range.end >= toks[next].range.end);
            // An indefinite feminine nisba adjective describes the head:
            // «صحيفة إلكترونية», «جمعية خيرية».
            let adjective = |j: usize| {
                let k = doc.token_key(&toks[j]);
                k.ends_with("يه") && k.chars().count() >= 5
            };
            // A head of several words ending in a definite one is a whole
            // name: «مجلس الوزراء» (بإنشاء …), «مجلس الشورى» (سيعقد …).
            let complete_head = head_words > 1
                && head_key
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with("ال"));
            // A word and a field after a company's head is a name even when
            // the word is also a common noun: «شركة وقاية للتأمين», «شركة
            // أمانة للتأمين التعاوني».
            if !definite_head
                && !complete_head
                && FIELD_NAMED_KINDS.contains(&kind.as_str())
                && word_before_field(doc, next)
                // «وقاية», «رعاية»: nouns in -اية, no nisba adjectives.
                && (!adjective(next) || doc.token_key(&toks[next]).ends_with("ايه"))
                && let Some(end) = lam_field(doc, next).filter(|&e| {
                    let field = doc.token_key(&toks[next + 1]);
                    // «مجموعة بسيطة للغاية»: «very», no field.
                    e > next && field.starts_with("لل") && field != "للغايه"
                })
            {
                let start = mention_start(doc, &m.range, &m.name, false).0;
                let range = start..toks[end].range.end;
                let canonical = canonical_of(doc, range.clone(), false);
                out.push(Candidate::from_rule(range, canonical, kind.clone()));
                continue;
            }
            if !definite_head
                && !complete_head
                && proper(next)
                && continues(next)
                && !adjective(next)
                && toks[next].sentence == toks[last].sentence
            {
                let mut end = next;
                while end + 1 < toks.len()
                    && end < next + 2
                    && toks[end + 1].sentence == toks[next].sentence
                    && clean_gap(doc, end, end + 1)
                    && proper(end + 1)
                    && continues(end + 1)
                    && !short_imperfect(doc.token_key(&toks[end + 1]))
                    // «شركة هانيويل HoneyWell»: a Latin spelling after an
                    // Arabic name is an alias, not the name's next word.
                    && latin_word(doc, end + 1) == latin_word(doc, next)
                {
                    end += 1;
                }
                // A foreign name's connective and the word after it, which
                // may be a place: «بنك أوف أميركا», «جونسون آند جونسون».
                let connective = |j: usize| {
                    j + 1 < toks.len()
                        && toks[j + 1].sentence == toks[next].sentence
                        && FOREIGN_CONNECTIVES.contains(&doc.token_key(&toks[j]))
                        && clean_gap(doc, j, j + 1)
                };
                loop {
                    if connective(end) {
                        end += 1;
                    } else if clean_gap(doc, end, end + 1) && connective(end + 1) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                // A common noun in construct with a definite word («قوة حفظ
                // السلام») is no name; a demonym may follow a name.
                let construct = end + 1 < toks.len()
                    && clean_gap(doc, end, end + 1)
                    && doc.token_key(&toks[end + 1]).starts_with("ال")
                    && !pl.is_demonym(doc.token_key(&toks[end + 1]))
                    && !ends_complements(doc.token_key(&toks[end + 1]));
                if !(construct && end == next) {
                    // The field of a body named after a person or a place:
                    // «معهد ماساشوستس للتكنولوجيا»; the head stays.
                    let field_end = lam_field(doc, end);
                    let keep_head = keep_head || field_end.is_some();
                    if known && !keep_head {
                        continue;
                    }
                    let end = field_end.unwrap_or(end);
                    let start = if keep_head {
                        mention_start(doc, &m.range, &m.name, false).0
                    } else {
                        toks[next].range.start
                    };
                    let range = start..toks[end].range.end;
                    let canonical = canonical_of(doc, range.clone(), false);
                    out.push(Candidate::from_rule(range, canonical, kind.clone()));
                    continue;
                }
            }
        }
        // Complements: definite nouns/adjectives, demonyms, a place (لسوريا).
        let mut end = last;
        let mut n = 0;
        let mut cc: Option<String> = None;
        let mut has_country = false;
        let mut institutional = false;
        let mut field = false;
        let mut indefinite = false;
        // Named after a person: «جامعة السلطان قابوس», «مستشفى الملك فيصل».
        let mut person_named = false;
        // A demonym or a multi-word head with the body's field: «الرابطة
        // الألمانية لصناعة النفط», «الهيئة العامة للتأمين الصحي».
        let mut named_field = false;
        while n < 6 {
            let j = end + 1;
            if j >= toks.len() || toks[j].sentence != toks[last].sentence || !clean_gap(doc, end, j)
            {
                break;
            }
            let k = doc.token_key(&toks[j]);
            if n == 0
                && !definite_head
                && !ministry
                && let Some(e) = ruler_name(doc, j)
            {
                person_named = true;
                end = e;
                n += 1;
                continue;
            }
            // A known organization after the complements is another one:
            // «الأمانة العامة [للجامعة العربية]».
            if lexicon_at(doc, lexicon, j).is_some_and(|c| n > 0 || lam_before(doc, j, c)) {
                break;
            }
            // A person's title ends the name: «مجلس إدارتها المهندس …»; so
            // does «التابع» (affiliated to another body).
            if is_stopword(k)
                || RELATION_WORDS.contains(&k)
                || (n > 0 && concerning(doc, j))
                || (n > 0 && ends_complements(k))
                || clause_adjective(k)
                || (TIME_WORDS.contains(&k) && (k != "العام" || year_after(doc, j)))
                || k.chars().all(|c| c.is_numeric())
                // A kinship title that is also a city («جدة»: grandmother,
                // Jeddah) is the city here: «أمانة جدة».
                || (people_lex.single_titles.contains(k) && pctx.place_of_token(j).is_none())
                || ["ها", "هم", "هما"].iter().any(|s| k.ends_with(s))
            {
                break;
            }
            if let Some(d) = pl.demonym(k) {
                if ministry && n == 0 && d.gender_number != "f.sg" {
                    break;
                }
                // An indefinite head with an indefinite demonym is a
                // description of some body, no entity: «شركة صينية»,
                // «قوات إثيوبية».
                if n == 0 && !definite_head && !k.starts_with("ال") {
                    indefinite = true;
                    break;
                }
                cc.get_or_insert_with(|| d.cc.to_string());
                has_country = true;
                end = j;
                n += 1;
                // A demonym ends the name: «المنتخب الإنجليزي» (للفوز …),
                // except before the field of a body: «الاتحاد الكويتي لكرة
                // القدم», «المعهد الاتحادي السويسري للتقانة».
                // A team's demonym takes no لل word: «المنتخب الإنجليزي للفوز».
                let field_end = if kind == "club" {
                    field_complement(doc, j)
                } else {
                    lam_field(doc, j)
                };
                if !ministry
                    && !GOVERNMENT_KINDS.contains(&kind.as_str())
                    && let Some(e) = field_end
                {
                    end = e;
                    named_field = true;
                }
                break;
            }
            // A ministry takes a demonym only: «الثقافة الجديدة» is no
            // ministry of the town El Jadida.
            if ministry {
                break;
            }
            if let Some((_, pcc)) = pctx.place_of_token(j) {
                if !pcc.is_empty() {
                    cc.get_or_insert_with(|| pcc.to_string());
                }
                has_country = true;
                end = j;
                n += 1;
                // An institutional adjective of the head after the place:
                // «مصرف قطر المركزي», «جامعة عمان الأهلية».
                if !ministry
                    && toks.get(j + 1).is_some_and(|t| {
                        let a = doc.token_key(t);
                        t.sentence == toks[j].sentence
                            && clean_gap(doc, j, j + 1)
                            && (INSTITUTIONAL_ADJECTIVES.contains(&a)
                                || matches!(a, "الاهلي" | "الاهليه"))
                            && !pl.is_demonym(a)
                            && !TIME_WORDS.contains(&a)
                    })
                {
                    end = j + 1;
                }
                break;
            }
            if ministry {
                break;
            }
            // Another body's head after the complements begins that body:
            // «وزارة المالية [للمؤسسة العامة للتقاعد]».
            if n > 0
                && let Some(rest) = k.strip_prefix("لل")
                && lex
                    .heads_single
                    .get(&format!("ال{rest}"))
                    .and_then(|&h| lex.head_kinds.get(h as usize))
                    .is_some_and(|kind| !GOVERNMENT_KINDS.contains(&kind.as_str()))
            {
                break;
            }
            let definite_plain =
                k.starts_with("ال") || (k.starts_with("لل") && (n > 0 || head_words > 1));
            if definite_plain && is_definite(k) {
                if n == 0 && INSTITUTIONAL_ADJECTIVES.contains(&k) {
                    institutional = true;
                }
                if k.starts_with("لل") && institutional {
                    field = true;
                }
                // «الهيئة العامة للتأمين الصحي»: a multi-word head's field.
                if k.starts_with("لل") && head_words > 1 {
                    named_field = true;
                }
                end = j;
                n += 1;
                continue;
            }
            // A coordinated definite noun after a definite complement:
            // «هيئة التحقيق والادعاء العام», «وزارة الاقتصاد والتجارة».
            if n > 0
                && !ministry
                && let Some(c) = k.strip_prefix('و')
                && c.starts_with("ال")
                && is_definite(c)
                && !is_stopword(c)
                && !TIME_WORDS.contains(&c)
                && (!lex.heads_single.contains_key(c)
                    || lex.ministry_bare.contains_key(&c["ال".len()..]))
                && !pl.is_demonym(c)
                && pctx.place_of_token(j).is_none()
                && doc.token_key(&toks[end]).starts_with("ال")
                // «وزارة الإسكان والجهات المعنية»: other bodies.
                && !toks
                    .get(j + 1)
                    .is_some_and(|t| clean_gap(doc, j, j + 1) && ends_complements(doc.token_key(t)))
            {
                end = j;
                n += 1;
                continue;
            }
            // Construct state: «هيئة تحرير الشام».
            let next_definite = toks.get(j + 1).is_some_and(|t| {
                let nk = doc.token_key(t);
                clean_gap(doc, j, j + 1)
                    && nk.starts_with("ال")
                    && is_definite(nk)
                    && !is_stopword(nk)
                    && !ends_complements(nk)
            });
            // A word with ل is a prepositional phrase, not a construct noun
            // («قوة لحفظ السلام»).
            let construct = n == 0
                && head_words == 1
                && !head_key.starts_with("ال")
                && !k.starts_with(['و', 'ل'])
                // «جماعة بالمعنى المتعارف»: a prepositional phrase (not a
                // foreign name in كال: «صحيفة كالكاليست الاقتصادية»).
                && (!k.starts_with("بال") || !is_definite(k))
                && !construct_verb_or_adjective(k);
            if construct && next_definite {
                end = j;
                n += 1;
                continue;
            }
            // «جماعة أنصار بيت المقدس»: a place of several words in
            // construct names the body (not a facility's head: «مركز احتجاز
            // طرابلس»).
            if construct
                && !FACILITY_HEADS.contains(&head_key)
                // Not another head or a place's head («أمين صندوق اتحاد
                // أميركا الجنوبية», «بلدية محافظة …»), nor an adjective.
                && !lex.heads_single.contains_key(k)
                && !crate::extract::places::is_place_head(k)
                && !k.ends_with("يه")
                && clean_gap(doc, j, j + 1)
                && !doc.token_key(&toks[j + 1]).starts_with('ل')
                && let Some(e) = pctx.place_starting_at(j + 1).filter(|&e| e > j + 1)
                && toks[e].sentence == toks[j].sentence
            {
                end = e;
                n += 2;
                has_country = true;
                break;
            }
            break;
        }
        let bank_name =
            BANK_HEADS.contains(&head_key) && n == 1 && is_nisba(doc.token_key(&toks[end]));
        let ok = if ministry {
            has_country
        } else if head_words >= 2
            && head_key
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with("ال"))
        {
            true
        } else if head_key.starts_with("ال") {
            has_country || (field && !GOVERNMENT_KINDS.contains(&kind.as_str())) || bank_name
        } else {
            n >= 1
        };
        // A head that is also a common noun (حركة motion, قوة strength,
        // مركز centre …) needs a relational adjective, a demonym or a place
        // at the end of its complements: «حركة المقاومة الإسلامية» yes,
        // «حركة القمر» no.
        // A market with a country is an economy («سوق السيارات الصينية»,
        // «سوق دبي»), not a body: it needs a relational adjective or a field.
        let market = head_key == "سوق";
        if ok
            && !ministry
            && !person_named
            && head_words == 1
            && WEAK_HEADS.contains(&head_key)
            && (!has_country || market)
        {
            let nisba =
                end > last && is_nisba(doc.token_key(&toks[end])) && !(market && has_country);
            // A club's head with one definite name in a sports article:
            // «فريق الجزيرة».
            let club = kind == "club"
                && end == last + 1
                && *sports.get_or_insert_with(|| sports_context(doc));
            // «غرفة الصناعة والتجارة»: a chamber of commerce, not a room.
            let chamber = head_key == "غرفه"
                && (last + 1..=end).any(|j| {
                    let k = doc.token_key(&toks[j]);
                    matches!(k.strip_prefix('و').unwrap_or(k), "التجاره" | "الصناعه")
                });
            if !nisba && !field && !club && !chamber {
                continue;
            }
        }
        if !ok || indefinite {
            continue;
        }
        // «تنظيم روسيا لحدث», «جبهة لحج», «موقع فوردو»: a head that is
        // also a verbal noun or a place noun, with a bare place, is a phrase,
        // no body (unlike «غرفة الرياض», «قوة القدس»).
        if head_words == 1
            && matches!(head_key, "تنظيم" | "موقع" | "جبهه" | "تجمع")
            && end == last + 1
            && !definite_head
            && pctx.place_of_token(end).is_some()
        {
            continue;
        }
        // «الشركة القطرية», «المؤسسة الفرنسية»: the body of a kind that a
        // country has many of, named by its demonym alone, stands for one
        // named earlier; it is no entity of its own.
        if head_words == 1
            && end == last + 1
            && has_country
            && ANAPHOR_HEADS.contains(&head_key)
            && pl.is_demonym(doc.token_key(&toks[end]))
        {
            continue;
        }
        // A known name is complete: «مجلس الأمن» (الأسبوع المقبل).
        let from = lexicon.partition_point(|c| c.range.start < toks[first].range.start);
        if lexicon[from..]
            .iter()
            .take_while(|c| c.range.start < toks[first].range.end)
            .any(|c| {
                !c.ambiguous && c.range.end >= m.range.end && c.range.end < toks[end].range.end
            })
        {
            continue;
        }
        // «نادي جدة الأدبي» (Jeddah's literary club): a cultural club named
        // by a city is the whole phrase, not the city.
        if head_words == 1
            && matches!(head_key, "نادي" | "النادي")
            && end == last + 1
            && pctx.place_of_token(end).is_some_and(|(p, _)| p == 0)
            && let Some(a) = toks.get(end + 1).filter(|t| {
                t.sentence == toks[end].sentence
                    && clean_gap(doc, end, end + 1)
                    && CULTURAL_CLUB_ADJECTIVES.contains(&doc.token_key(t))
            })
        {
            let (start, lam_lam) = mention_start(doc, &m.range, &m.name, definite_head);
            let range = start..a.range.end;
            let canonical = canonical_of(doc, range.clone(), lam_lam);
            out.push(Candidate {
                cc,
                named: true,
                ..Candidate::from_rule(range, canonical, kind.clone())
            });
            continue;
        }
        // After a medium's or club's head the name alone, without a
        // demonym: «صحيفة الأهرام» → الأهرام، «نادي الظفرة الإماراتي» → الظفرة.
        if !ministry && head_words == 1 && NAME_HEADS.contains(&head_key) && end > last {
            let mut name_end = end;
            // «النادي البرتغالي لبطاقة اللاعب»: a demonym first describes
            // the head; what follows is no name.
            if pl.is_demonym(doc.token_key(&toks[last + 1])) {
                continue;
            }
            if pl.is_demonym(doc.token_key(&toks[name_end])) {
                // «النادي الإسباني»: a description, no name.
                if name_end == last + 1 {
                    continue;
                }
                name_end -= 1;
            }
            let range = toks[last + 1].range.start..toks[name_end].range.end;
            let canonical = canonical_of(doc, range.clone(), false);
            out.push(Candidate {
                cc,
                ..Candidate::from_rule(range, canonical, kind.clone())
            });
            continue;
        }
        let head_definite = head_key.starts_with("ال") || lex_head_definite(doc, &m.name);
        let (start, lam_lam) = mention_start(doc, &m.range, &m.name, head_definite);
        let range = start..toks[end].range.end;
        let out_kind = if ministry || head_key == "وزاره" {
            "ministry".to_string()
        } else {
            kind.clone()
        };
        let canonical = canonical_of(doc, range.clone(), lam_lam);
        let named = (field && !has_country)
            || bank_name
            || person_named
            || named_field
            || (!head_key.starts_with("ال")
                && !DESCRIPTIVE_KINDS.contains(&kind.as_str())
                && !FACILITY_HEADS.contains(&head_key))
            || quoted(doc, &range);
        // A description with no country is no entity («مجلس الإدارة»,
        // «إدارة الأعمال», «شركات الطيران»), except a ministry or an
        // institution named by a multi-word head («مجلس الوزراء»).
        if !named && !has_country && head_words == 1 && head_key != "وزاره" {
            continue;
        }
        out.push(Candidate {
            cc,
            named,
            ..Candidate::from_rule(range, canonical, out_kind)
        });
    }
    out
}

/// Titles of rulers and princes after which an institution names its
/// patron: «جامعة السلطان قابوس», «مستشفى الملك فيصل».
const RULER_TITLES: &[&str] = &["الملك", "السلطان", "الامير", "الشيخ", "الامام"];

/// The last token of a ruler's title and name starting at token `j` («الملك
/// فيصل», «الملك عبدالله بن عبدالعزيز»), if token `j` is such a title and a
/// name follows it.
fn ruler_name(doc: &Document, j: usize) -> Option<usize> {
    let toks = doc.tokens();
    if !RULER_TITLES.contains(&doc.token_key(toks.get(j)?)) {
        return None;
    }
    let name = |t: usize| {
        toks.get(t).is_some_and(|tok| {
            let k = doc.token_key(tok);
            tok.sentence == toks[j].sentence
                && clean_gap(doc, t - 1, t)
                && tok.kind == crate::document::TokenKind::Word
                && !k.starts_with("ال")
                && !is_stopword(k)
                && !k.starts_with(['و', 'ب', 'ل'])
                && !verb_or_participle(k)
        })
    };
    if !name(j + 1) {
        return None;
    }
    let mut end = j + 1;
    // «بن عبدالعزيز»: up to two generations.
    for _ in 0..2 {
        let is_bin = toks
            .get(end + 1)
            .is_some_and(|t| matches!(doc.token_key(t), "بن" | "ابن"));
        if is_bin && name(end + 2) {
            end += 2;
        } else {
            break;
        }
    }
    Some(end)
}

/// The first lexicon candidate (sorted by start) that starts in token `t`.
fn lexicon_at<'a>(doc: &Document, lexicon: &'a [Candidate], t: usize) -> Option<&'a Candidate> {
    let r = &doc.tokens().get(t)?.range;
    let i = lexicon.partition_point(|c| c.range.start < r.start);
    lexicon.get(i).filter(|c| c.range.start < r.end)
}

/// True when a lexicon candidate at token `t` has a ل proclitic
/// («للجامعة العربية», «لحركة حماس»): after a head, it names another body.
fn lam_before(doc: &Document, t: usize, c: &Candidate) -> bool {
    let tok = &doc.tokens()[t];
    let k = doc.token_key(tok);
    k.starts_with('ل') && (c.range.start > tok.range.start || k.starts_with("لل"))
}

/// True when a head was matched as the لل form of a definite head.
fn lex_head_definite(doc: &Document, name: &Range<usize>) -> bool {
    let k = &doc.key()[name.clone()];
    k.starts_with('ل')
        && !k.starts_with("ال")
        && name.start >= 1
        && doc.key()[..name.start].ends_with('ل')
}

/// Words that often follow a head word but are no names (a head followed by
/// an indefinite common noun: «شركة نفط», «مجلس إدارة»).
fn common_noun(k: &str) -> bool {
    const WORDS: &[&str] = &[
        "اداره",
        "جنوب",
        "شمال",
        "شرق",
        "غرب",
        "وسط",
        "نفط",
        "امن",
        "تحرير",
        "عمل",
        "تجاره",
        "طيران",
        "تامين",
        "استثمار",
        "اعلام",
        "خدمات",
        "صناعه",
        "تنميه",
        "دعم",
        "حمايه",
        "انباء",
        "كره",
        "قدم",
        "عامه",
        "وطنيه",
        "دوليه",
        "عربيه",
        "جديده",
        "كبري",
        "خاصه",
        "محليه",
        "اجنبيه",
        "حكوميه",
        "اهليه",
        "عالميه",
        "دولي",
        "عربي",
        "وطني",
        "صحافي",
        "صحفي",
        "مشترك",
        "عام",
        "خاص",
        "جديد",
        "كبير",
        "اخر",
        "واحد",
        "انتاج",
        "سنوي",
        "علمي",
        "فني",
        "طبي",
        "رايع",
        "صغير",
        "متعدده",
        "ملك",
        "حاكم",
        // Generic plurals: «مجموعة دول», «رابطة أصحاب محطات الوقود».
        "دول",
        "اصحاب",
        "حفظ",
        // Short indefinite nisbas: «كتيار ديني».
        "ديني",
        "امني",
        "مدني",
        "شعبي",
        "قومي",
        "حزبي",
        "سلمي",
        // «مسجد غربي بغداد»: west of.
        "شرقي",
        "غربي",
        "شمالي",
        "جنوبي",
    ];
    WORDS.contains(&k)
        || k.ends_with("يه")
        || k.ends_with("ات")
        || (k.ends_with('ي') && k.chars().count() >= 5)
}
