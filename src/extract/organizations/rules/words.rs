//! Word lists and word-shape tests of the organization rules: heads that
//! keep or lose their place in a name, adjectives and time words that end
//! the complements, sports and product words.

use crate::document::Document;
use crate::extract::words::is_stopword;

/// Heads that stay part of the name when a proper name follows them
/// («جامعة هارفارد»); after other heads the mention is the proper name alone
/// («شركة موتورولا» → موتورولا، «وكالة “فرانس برس”» → فرانس برس).
pub(super) const KEEP_HEADS: &[&str] = &[
    "مجلس",
    "حزب",
    "جامعه",
    "منظمه",
    "اتحاد",
    "بنك",
    "جمعيه",
    "هييه",
];

/// Heads of bodies named by their town or region, which stay part of the
/// name before an unknown proper name («شرطة هامبشير», «بلدية قباء») but not
/// before a known organization («شرطة حماس» → حماس).
pub(super) const PLACE_NAMED_HEADS: &[&str] = &["شرطه", "بلديه", "امانه"];

/// Adjectives of a cultural club named by its city («نادي جدة الأدبي»), as
/// matching keys.
pub(super) const CULTURAL_CLUB_ADJECTIVES: &[&str] = &[
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
pub(super) const NAME_HEADS: &[&str] = &[
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
pub(super) const LEXICON_CUT_HEADS: &[&str] = &["وكاله", "حركه", "شركه", "جماعه", "شبكه", "منظمه"];

/// Club heads: cut from a lexicon name before a definite name only.
pub(super) const CLUB_HEADS: &[&str] = &["نادي", "النادي", "فريق"];

/// Adjectives that make a definite head with a لل complement a proper name
/// («الاتحاد الدولي للشرطة», «المنظمة العالمية للملكية الفكرية»).
pub(super) const INSTITUTIONAL_ADJECTIVES: &[&str] = &[
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

/// Heads that are verbal nouns first: «حركة» (motion, movement) and
/// «تنظيم» (organizing, organization), definite or not (matching keys).
pub(super) const VERBAL_HEADS: &[&str] = &["حركه", "الحركه", "تنظيم"];

/// Relational adjectives of political bodies and nouns of political action
/// (matching keys): with a verbal head they make a movement or an
/// organization («حركة المقاومة الإسلامية», «الحركة الشعبية»), where other
/// words describe a motion or an activity («حركة الرياح السطحية», «تنظيم
/// المخيمات الشاطئية»).
pub(super) const POLITICAL_WORDS: &[&str] = &[
    "الاسلامي",
    "الاسلاميه",
    "الوطني",
    "الوطنيه",
    "الشعبي",
    "الشعبيه",
    "الديمقراطي",
    "الديمقراطيه",
    "الثوري",
    "الثوريه",
    "الاشتراكي",
    "الاشتراكيه",
    "الشيوعي",
    "الشيوعيه",
    "القومي",
    "القوميه",
    "الجهادي",
    "الجهاديه",
    "السلفي",
    "السلفيه",
    "الليبرالي",
    "الليبراليه",
    "المسلح",
    "المسلحه",
    "التحرري",
    "التحرريه",
    "الانفصالي",
    "الانفصاليه",
    "الاصلاحي",
    "الاصلاحيه",
    "الناصري",
    "الناصريه",
    "البعثي",
    "البعثيه",
    "الارهابي",
    "الارهابيه",
    "المتطرف",
    "المتطرفه",
    // Nouns of political action: «حركة المقاومة الفلسطينية», «حركة
    // التحرير الوطني».
    "المقاومه",
    "التحرير",
    "الجهاد",
    "النضال",
    "الاصلاح",
    "التغيير",
    "المعارضه",
    "الانتفاضه",
    "الثوره",
    "التوحيد",
    "النهضه",
    "العداله",
    "التضامن",
];

/// Head kinds whose head + common-word complements make a description,
/// not a name.
pub(super) const DESCRIPTIVE_KINDS: &[&str] = &[
    "government",
    "ministry_short",
    "company",
    "agency_media",
    "club",
];

/// Definite bank heads that take one relational adjective as a name
/// («البنك التجاري», «المصرف العربي»).
pub(super) const BANK_HEADS: &[&str] = &["البنك", "المصرف"];

/// True for a definite relational adjective (nisba): التجاري، الإسلامية.
pub(super) fn is_nisba(k: &str) -> bool {
    k.starts_with("ال") && (k.ends_with('ي') || k.ends_with("يه")) && !is_stopword(k)
}

/// True when `k`, after the definite noun `before` (no relational
/// adjective: see [`noun_after_adjective`]), is a verbal noun of the forms
/// تفعيل / تفاعل / تفعّل: no adjective, and a definite noun takes no
/// genitive, so it begins the clause («تلزم وزارة التعليم [التراجع] عما
/// أقرته», «عدّت الأمانة العامة للمجلس الأعلى للقضاء [التفجير]»).
pub(super) fn verbal_noun_after_noun(before: &str, k: &str) -> bool {
    let stem = before.strip_prefix('و').unwrap_or(before);
    (stem.starts_with("ال") || stem.starts_with("لل"))
        && !is_nisba(stem)
        && !stem.ends_with("ات")
        && k.starts_with("الت")
        && k.chars().count() >= 6
        && !is_nisba(k)
}

/// True when `k`, after the relational adjective `before`, is a verbal noun
/// of the forms تفعيل / تفاعل / تفعّل and so no longer part of a name: «الشؤون
/// الاجتماعية [التعامل]». (`before_norm` is the normalized word, to tell
/// «القوى» from a nisba.)
pub(super) fn noun_after_adjective(before: &str, before_norm: &str, k: &str) -> bool {
    is_nisba(before)
        && !before_norm.ends_with('ى')
        && k.starts_with("الت")
        && k.chars().count() >= 6
        && !is_nisba(k)
}

/// True when `k`, a definite word after the relational adjective `before`
/// at the end of a body's field, is a plain noun that begins the sentence's
/// next phrase: «لشؤون المسجد الحرام والمسجد النبوي [النفق] المؤدي». Not
/// another relational adjective, a participle («المتحدة»), an active
/// participle of the form فاعل («الحاكم») or an elative («الأعلى»,
/// «العليا», «الكبرى»), which may go on qualifying the name.
pub(super) fn noun_after_nisba(before: &str, k: &str) -> bool {
    let stem = before.strip_prefix('و').unwrap_or(before);
    if !is_nisba(stem) || !k.starts_with("ال") || is_nisba(k) || k.starts_with("الم") {
        return false;
    }
    let c: Vec<char> = k.chars().skip(2).collect();
    let faa3il = c.len() >= 4 && c[1] == 'ا';
    let elative = matches!(c.first(), Some('ا')) && c.len() == 4;
    let fu3la = c.len() == 4 && matches!(c.last(), Some('ي' | 'ا'));
    !faa3il && !elative && !fu3la && !matches!(k, "الحر" | "الحره")
}

/// Periodic adjectives (matching keys): they qualify a meeting, a session
/// or a publication, never a body («جلسة مجلس الوزراء الأسبوعية»).
pub(crate) const PERIODIC_ADJECTIVES: &[&str] = &[
    "الاسبوعي",
    "الاسبوعيه",
    "الشهري",
    "الشهريه",
    "السنوي",
    "السنويه",
    "اليوميه",
    "الطاريه",
    "الاستثناييه",
    "الدوريه",
    // Seasonal: «برامج مؤسسة … للموهبة والإبداع [الصيفية]».
    "الصيفي",
    "الصيفيه",
    "الشتوي",
    "الشتويه",
];

/// True when a word (normalized text) is a perfect verb that begins with
/// «أل» and ends in «ى»: «ألقى», «ألغى», «التقى» (not the article).
pub(super) fn article_verb(norm: &str) -> bool {
    // The final «ى» first: most words end otherwise, and are not decoded.
    if !norm.ends_with('ى') {
        return false;
    }
    let n = norm.chars().count();
    let bare = norm.trim_start_matches(['ا', 'أ', 'إ']);
    bare.len() < norm.len()
        && bare.starts_with('ل')
        && (n == 4 || (n == 5 && bare.starts_with("لت")))
}

/// True when a word ends in the suffix «نا» (our): «شعبنا», «بلادنا»; not
/// a foreign name in «ينا», «ونا» or «انا» («فيينا», «كورونا», «غانا»).
pub(super) fn ours(k: &str) -> bool {
    // The suffix first: most words end otherwise, and are not counted.
    k.strip_suffix("نا")
        .and_then(|r| r.chars().next_back())
        .is_some_and(|c| !matches!(c, 'ي' | 'و' | 'ا'))
        && k.chars().count() >= 4
}

/// True when the character at byte `i` of `b` is an Arabic letter
/// U+0621–U+063A or U+0641–U+064A (D8 A1–D8 BA, D9 81–D9 8A), told from its two bytes.
#[inline]
fn arabic_letter_at(b: &[u8], i: usize) -> bool {
    match (b.get(i), b.get(i + 1)) {
        (Some(0xD8), Some(&b1)) => (0xA1..=0xBA).contains(&b1),
        (Some(0xD9), Some(&b1)) => (0x81..=0x8A).contains(&b1),
        _ => false,
    }
}

/// `k.chars().all(char::is_numeric)`: false at once when `k` begins with an
/// Arabic letter (no number), without the Unicode table look-up that
/// `is_numeric` makes for every character beyond ASCII.
pub(super) fn all_numeric(k: &str) -> bool {
    !arabic_letter_at(k.as_bytes(), 0) && k.chars().all(char::is_numeric)
}

/// `k.chars().any(char::is_numeric)`: Arabic letters (no numbers) are
/// skipped two bytes at a time and ASCII read as bytes; only other
/// characters are decoded and looked up in the Unicode table.
pub(super) fn any_numeric(k: &str) -> bool {
    let b = k.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            if b[i].is_ascii_digit() {
                return true;
            }
            i += 1;
        } else if arabic_letter_at(b, i) {
            i += 2;
        } else {
            let Some(c) = k[i..].chars().next() else {
                return false;
            };
            if c.is_numeric() {
                return true;
            }
            i += c.len_utf8();
        }
    }
    false
}

/// A short word that looks like an imperfect verb (يقع، تضم), which ends a
/// foreign name after a head («مسجد هوبان يقع»).
pub(super) fn short_imperfect(k: &str) -> bool {
    let n = k.chars().count();
    (3..=5).contains(&n) && k.starts_with(['ي', 'ت'])
}

/// Participles that relate a body to another one («مجلس الأمن التابع
/// للأمم المتحدة»): they end the first one's complements.
pub(super) const RELATION_WORDS: &[&str] =
    &["التابع", "التابعه", "التابعين", "التابعتين", "التابعان"];

/// Adjectives of a person's role after a name («رئيس الهيئة العامة للتأمين
/// الصحي الجديد», «… السابق»): they end the name's complements.
pub(super) const ROLE_ADJECTIVES: &[&str] = &[
    "السابق",
    "السابقه",
    "الاسبق",
    "الجديد",
    "الجديده",
    // «وكيل وزارة الشؤون الاجتماعية المساعد»: assistant.
    "المساعد",
    "المساعده",
];

/// Participles that describe a body in the sentence rather than name it
/// («مسجد الرحمة المجاور لجامعة …», «بعثة النصر المغادرة إلى النمسا»,
/// «قناة آزال الفضائية الموالية للرئيس», «الجهات المعنية»): they end a
/// name's complements (matching keys).
pub(super) const CLAUSE_ADJECTIVES: &[&str] = &[
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
    // «مؤسسة مسك [الراعية] لهذه المبادرة», «معهد تقنية المعلومات [الرامية]
    // إلى», «المنظمة … [المنفذة] لهذه المبادرة», «الجماعة [المنحاز]
    // للاحتلال».
    "الراعيه",
    "الراميه",
    "المنفذ",
    "المنفذه",
    "المنحاز",
    "المنحازه",
];

/// True when a key (a proclitic و allowed) is a role or clause adjective
/// that ends a name's complements.
pub(super) fn ends_complements(k: &str) -> bool {
    let k = k.strip_prefix('و').unwrap_or(k);
    ROLE_ADJECTIVES.contains(&k) || clause_adjective(k)
}

/// True for a word of [`CLAUSE_ADJECTIVES`] (all begin with «الم», «الق» or
/// «الر»).
pub(super) fn clause_adjective(k: &str) -> bool {
    (k.starts_with("الم") || k.starts_with("الق") || k.starts_with("الر"))
        && CLAUSE_ADJECTIVES.contains(&k)
}

/// Time words, which end a name's complements («مجلس الوزراء الأسبوع
/// المقبل»).
pub(super) const TIME_WORDS: &[&str] = &[
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

/// True when token `j` of `doc` may be a word of the lists the
/// complements' break tests compare it with ([`RELATION_WORDS`],
/// [`TIME_WORDS`], [`PERIODIC_ADJECTIVES`], [`CLAUSE_ADJECTIVES`], and
/// [`ROLE_ADJECTIVES`] and the clause adjectives after «و», as
/// [`ends_complements`] reads them): false at once when the hash of its
/// whole word (kept with its splits) is none of those words' hashes, so
/// that most words skip the five list scans; true (the lists are then
/// scanned) for a hash among them and for a token too short to have
/// splits.
pub(super) fn may_be_listed(doc: &Document, j: usize) -> bool {
    doc.token_splits(j)
        .first()
        .is_none_or(|s| s.cut != 0 || listed_hashes().contains(&s.hash))
}

/// The [`crate::document::token_splits::word_hash`] of every word of the
/// lists [`may_be_listed`] stands for.
fn listed_hashes() -> &'static crate::lexicon::WordHashSet {
    static SET: std::sync::OnceLock<crate::lexicon::WordHashSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        use crate::document::token_splits::{word_hash, word_hash_of_parts};
        let plain = [
            RELATION_WORDS,
            TIME_WORDS,
            PERIODIC_ADJECTIVES,
            CLAUSE_ADJECTIVES,
            ROLE_ADJECTIVES,
        ];
        let after_wa = [ROLE_ADJECTIVES, CLAUSE_ADJECTIVES];
        (plain.into_iter().flatten().map(|w| word_hash(w)))
            .chain(
                after_wa
                    .into_iter()
                    .flatten()
                    .map(|w| word_hash_of_parts(&["و", w])),
            )
            .collect()
    })
}

/// True when «العام» at token `j` is the year («العام الماضي», «العام
/// 2006»), not the adjective «general» («الادعاء العام»).
pub(super) fn year_after(doc: &Document, j: usize) -> bool {
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
pub(super) fn verb_or_participle(k: &str) -> bool {
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
pub(super) fn verb_shape(k: &str) -> bool {
    let mut c = k.chars();
    let n = k.chars().count();
    let short_ta = n == 3 && c.next() == Some('ت') && c.next().is_some_and(|x| !"اوي".contains(x));
    // (Any future verb in «سي/ست/سن»: «فريق زيلينا سيحقق»; not «سيتي…»,
    // which begins foreign names: «شركة سيتيلينك».)
    let future = n >= 6 && ["ستت", "ستس"].iter().any(|p| k.starts_with(p))
        || crate::extract::words::future_verb(k) && !k.starts_with("سيت");
    // Not the nisba plurals of that shape: foreign names end so too («مسجد
    // دونغيين»).
    let nisba_plural = k.ends_with("يين") || k.ends_with("يون");
    short_ta
        || future
        || perfect_feminine(k)
        || (!nisba_plural && crate::extract::people::morph::common_shape(k))
}

/// A perfect verb of the third person feminine (matching key) of the forms
/// I, IV, VIII and X: «جماعة فقدت», «شركة نقلت», «جماعة أطلقت», «شركة
/// امتنعت», «صحيفة استطاعت». Not a word whose root letters hold a long vowel, which foreign
/// names in ت do («بوست», «حريت», «سمارت», «إنوفست»).
fn perfect_feminine(k: &str) -> bool {
    let c: Vec<char> = k.chars().collect();
    let consonant = |x: char| !"اويىء".contains(x);
    match c.as_slice() {
        // فعلت: «فقدت», «نقلت», «حررت».
        [a, b, d, 'ت'] => consonant(*a) && consonant(*b) && consonant(*d),
        // فعّت of a doubled root: «مجموعة ضمت», «ردت», «عدت».
        [a, b, 'ت'] => consonant(*a) && consonant(*b),
        // أفعلت: «اطلقت», «اعلنت».
        ['ا', a, b, d, 'ت'] => consonant(*a) && consonant(*b) && consonant(*d),
        // افتعلت: «امتنعت», «انتقلت».
        ['ا', a, 'ت', b, d, 'ت'] => consonant(*a) && consonant(*b) && consonant(*d),
        // استفعلت, also of a hollow root: «استخدمت», «استطاعت».
        ['ا', 'س', 'ت', a, _, d, 'ت'] => consonant(*a) && consonant(*d),
        _ => false,
    }
}

/// The first word of a construct state after a head that is a verb or an
/// adjective, not a noun: an imperfect verb («جريدة يتم إلغاء»), a future
/// verb, or an indefinite institutional or general relational adjective
/// («حزب إسلامي التوجه»; not a plural in construct: «جمعية صانعي
/// السيارات», nor a foreign name: «جامعة كوفنتري البريطانية»).
pub(super) fn construct_verb_or_adjective(k: &str) -> bool {
    let n = k.chars().count();
    let imperfect =
        k.starts_with('ي') && (3..=6).contains(&n) && !matches!(k, "يوم" | "يد" | "يمين" | "يسار");
    let future = n >= 6 && ["ستت", "ستس"].iter().any(|p| k.starts_with(p));
    imperfect || future || indefinite_adjective(k)
}

/// An indefinite adjective that may follow a head: an institutional or
/// general relational adjective («حزب إسلامي التوجه», «اتحاد طوعي»), or an
/// adjective in an improper construct with a definite noun («قوة متعددة
/// الجنسيات», «بعثة رفيعة المستوى», «شركة محدودة المسؤولية»).
pub(super) fn indefinite_adjective(k: &str) -> bool {
    let nisba = k.ends_with('ي')
        && (INSTITUTIONAL_ADJECTIVES
            .iter()
            .any(|a| a.strip_prefix("ال") == Some(k))
            || matches!(
                k,
                "سياسي" | "اجتماعي" | "ديني" | "اقتصادي" | "ثقافي" | "طوعي"
            ));
    let improper = matches!(
        k.strip_suffix('ه').unwrap_or(k),
        "متعدد" | "واسع" | "رفيع" | "قصير" | "بعيد" | "طويل" | "متوسط" | "محدود"
    );
    nisba || improper
}

/// True when token `j` is written in Latin letters.
pub(super) fn latin_word(doc: &Document, j: usize) -> bool {
    doc.tokens()
        .get(j)
        .and_then(|t| doc.norm()[t.range.clone()].chars().next())
        .is_some_and(|c| c.is_ascii_alphabetic())
}

/// The first words (matching keys) of an armed or security force's name
/// after an indefinite «قوة»: its task or arm («قوة الطوارئ», «قوة حفظ
/// السلام», «قوة مكافحة الإرهاب», «قوة دفاع البحرين»); other words make
/// strength («قوة الترابط», «قوة الاقتصاد»).
pub(super) const FORCE_WORDS: &[&str] = &[
    "الطوارئ",
    "الطوارىء",
    "الطوارى",
    "الطواري",
    "الطواريء",
    "حفظ",
    "الامن",
    "امن",
    "الدفاع",
    "دفاع",
    "الردع",
    "التدخل",
    "المهام",
    "المهمات",
    "الواجب",
    "العمليات",
    "المراقبه",
    "الحمايه",
    "حمايه",
    "مكافحه",
    "مواجهه",
    "الرد",
    "الاسناد",
    "النخبه",
    "الفصل",
    "الانتشار",
    "الاحتياط",
    "الاستجابه",
    "الشرطه",
    "المشاه",
    "الصاعقه",
    "المظلات",
    "المظليين",
    "الحرس",
    "السلام",
    "الحدود",
    "حرس",
    "التحالف",
    "الساحل",
    "القدس",
    "الرضوان",
    "الكوماندوز",
    "المارينز",
];

/// Heads that are also frequent common nouns.
pub(super) const WEAK_HEADS: &[&str] = &[
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
pub(super) const FOREIGN_CONNECTIVES: &[&str] = &["اوف", "اند"];

/// Names of Latin letters written in Arabic letters, which abbreviations
/// are spelled with: «آر آي بي بي», «إم بي سي», «يو بي إس» (matching keys).
/// These are no Arabic words («بي» with me, rare in news, aside).
const LETTER_NAMES: &[&str] = &[
    "ايه",
    "بي",
    "سي",
    "دي",
    "جي",
    "جيه",
    "اتش",
    "ايتش",
    "اف",
    "كيه",
    "كيو",
    "ار",
    "اس",
    "تي",
    "يو",
    "دبليو",
    "دابليو",
    "اكس",
    "زد",
];

/// Names of Latin letters that are also Arabic words (في in, إن that, أو
/// or, أي any, كي so that, أم or, إل, واي, زي like): inside a run of
/// letters only, never its last word («شركة بي بي في العراق»).
const LETTER_NAMES_COMMON: &[&str] = &["في", "ان", "او", "اي", "كي", "ام", "ال", "واي", "زي"];

/// The last token of an abbreviation spelled with letters' names that
/// begins at token `j`: at least two words, in one sentence, the last no
/// common word («شركة آر آي بي بي الصينية» → «آر آي بي بي»; «شركة إي إم
/// سي المتخصصة» → «إي إم سي»).
pub(super) fn letter_run(doc: &Document, j: usize) -> Option<usize> {
    let toks = doc.tokens();
    let mut last_letter = None;
    for i in j..toks.len().min(j + 6) {
        if i > j
            && (toks[i].sentence != toks[j].sentence
                || !crate::extract::words::clean_gap(doc, i - 1, i))
        {
            break;
        }
        let k = doc.token_key(&toks[i]);
        if LETTER_NAMES.contains(&k) {
            last_letter = Some(i);
        } else if !LETTER_NAMES_COMMON.contains(&k) {
            break;
        } else if last_letter.is_some() && {
            // A common word last, before a demonym or no word of the
            // sentence, is a letter: «إذاعة إن إتش كي اليابانية».
            let after = toks.get(i + 1).filter(|t| {
                t.sentence == toks[i].sentence && crate::extract::words::clean_gap(doc, i, i + 1)
            });
            after.is_none_or(|t| super::super::lexicon::places().is_demonym(doc.token_key(t)))
        } {
            last_letter = Some(i);
            break;
        }
    }
    last_letter.filter(|&e| e > j)
}

/// Definite heads of bodies that a country has many of (companies, banks,
/// universities, newspapers …): with a demonym alone they refer back to one
/// named earlier («الشركة القطرية»), unlike a government or an army.
pub(super) const ANAPHOR_HEADS: &[&str] = &[
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
pub(super) const FACILITY_HEADS: &[&str] =
    &["مركز", "مستشفي", "مدرسه", "كليه", "سوق", "مصنع", "مصفاه"];

/// Head kinds of public authorities: a definite one needs a country
/// («الحكومة العراقية»), a field complement is not enough.
pub(crate) const GOVERNMENT_KINDS: &[&str] = &["government", "ministry_short"];

/// Head kinds whose head + a word + a field is a name («شركة وقاية
/// للتأمين»).
pub(super) const FIELD_NAMED_KINDS: &[&str] = &["company"];

pub(super) const OPEN_QUOTES: &[char] = &['“', '«', '"', '„', '‘'];

pub(super) const CLOSE_QUOTES: &[char] = &['”', '»', '"', '’'];

/// Words before a short ministry name that make it part of a title
/// («وزير الخارجية الأميركي»), not an organization.
pub(super) const MINISTER_WORDS: &[&str] = &["وزير", "وزيره", "وزراء", "وزيري", "نايب", "مساعد"];

/// Nouns whose complement is a field that is also a short ministry name
/// («وسائل الإعلام», «شركات النفط», «قطاع الصحة»).
pub(super) const FIELD_NOUNS: &[&str] = &[
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

/// Words that make a document a sports article.
pub(super) const SPORTS_WORDS: &[&str] = &[
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

/// Words before «ل + medium» that make it the medium a statement was made
/// to.
pub(super) const STATEMENT_WORDS: &[&str] = &[
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

/// Words before a club's name that make it the common noun it also is:
/// «ولي العهد» (the crown prince), «حديثي العهد» (newcomers), «هذا
/// الاتفاق» (this agreement).
pub(super) const COMMON_NOUN_CUES: &[&str] = &[
    "ولي",
    "وليا",
    "ولايه",
    "حديث",
    "حديثي",
    "هذا",
    "هذه",
    // «تم الاتفاق», «سيتم التعاون»: a verbal noun after «was done».
    "تم",
    "يتم",
    "سيتم",
    // «وزير الشباب»: a minister's field.
    "وزير",
    "وزيره",
    "وزاره",
];

/// Words before a club's common-word name that make it an age group
/// («درجة الشباب», «فئة الشباب», «فئات الشباب», «دوري الشباب»), as
/// matching keys without a proclitic.
pub(super) const AGE_GROUP_CUES: &[&str] = &["درجه", "درجتي", "فيه", "فيات", "فيتي", "دوري"];

/// Clubs' names that are also age groups (youth, juniors), as matching
/// keys: after a word of [`AGE_GROUP_CUES`] they name the age group.
pub(super) const AGE_GROUP_NAMES: &[&str] = &["الشباب", "الناشيين", "الاشبال", "البراعم"];

/// Kinds of organization that need a head of their own kind before an
/// ambiguous name («نادي روما» yes, «مؤتمر روما» no).
pub(super) const HEAD_BOUND_KINDS: &[&str] = &["club", "agency_media", "company"];

/// Words before a company name that make an ambiguous one a brand
/// («سيارات نيسان»).
pub(super) const PRODUCT_WORDS: &[&str] = &[
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

/// Words of a team's members and staff: a city right after one names its
/// club («لاعب مانشستر», «صفوف ليون»).
pub(super) const TEAM_WORDS: &[&str] = &[
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

/// Venues and ports: a place after one is where it is, not a club.
pub(super) const VENUE_WORDS: &[&str] = &[
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

/// Titles of rulers and princes after which an institution names its
/// patron: «جامعة السلطان قابوس», «مستشفى الملك فيصل».
pub(super) const RULER_TITLES: &[&str] = &["الملك", "السلطان", "الامير", "الشيخ", "الامام"];

/// Words that often follow a head word but are no names (a head followed by
/// an indefinite common noun: «شركة نفط», «مجلس إدارة»).
pub(super) fn common_noun(k: &str) -> bool {
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
        // «أمانة حلف “ناتو”»: the alliance's secretariat.
        "حلف",
        "اصحاب",
        "حفظ",
        // «مسجد مقر قوات الطوارئ»: the mosque of the headquarters.
        "مقر",
        // «موقع قريب من», «فريق قادر على», «فريق ربما»، «غرفة نوم»,
        // «تيار بحري», «شبكة طرق»: adjectives and nouns of a description.
        "قريب",
        "بعيد",
        "قادر",
        "ربما",
        "نوم",
        "بحري",
        "طرق",
        // Short indefinite nisbas: «كتيار ديني», «مسجد شيعي», «سوق أثري».
        "شيعي",
        "سني",
        "اثري",
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
        // «ترافيك سبورتس فرع الولايات المتحدة»: a branch; «إدارة حقوق
        // وعلاقات المرضى»: rights.
        "فرع",
        "حقوق",
        // «دائرة حمراء», «سوق سوداء», «فريق شاب», «فريق خطير», «مركز
        // حيوي», «فريق بحثي»: adjectives of a description.
        "حمراء",
        "سوداء",
        "بيضاء",
        "خضراء",
        "زرقاء",
        "صفراء",
        "شاب",
        "خطير",
        "حيوي",
        "بحثي",
        // «شبكة خطوط», «مجموعة عوامل», «بإدارة كوادر»,
        // «شركة إدارة أموال», «حرس حدود», «قوة دفع», «مركز نقل», «موقع
        // رصد», «جماعة ضغط»: common nouns.
        "خطوط",
        "عوامل",
        "كوادر",
        "اموال",
        "حدود",
        "دفع",
        "نقل",
        "رصد",
        "ضغط",
        // «إدارة ملف تعاقدات النادي», «إدارة شؤون أعضاء هيئة التدريس»:
        // managing a file, affairs.
        "ملف",
        "شوون",
        // Nisbas often written as adverbs in «يًا» without the tanween:
        // «لواء عسكريا», «مجموعة رسميا».
        "عسكري",
        "رسمي",
        "فعلي",
        "نهايي",
        "جزيي",
        "حالي",
        "محلي",
        "شخصي",
        "يومي",
        "عملي",
        "نسبي",
        "مبديي",
        "تدريجي",
        "اداري",
        "ميداني",
        "اعلامي",
        "تاريخي",
    ];
    WORDS.contains(&k)
        // An adverb in «يًا»: «حركة منظمة سياسيًا وعسكريًا».
        || k.strip_suffix('ا').is_some_and(|s| {
            s.ends_with('ي') && (WORDS.contains(&s) || indefinite_adjective(s))
        })
        || k.ends_with("يه")
        || k.ends_with("ات")
        || (k.ends_with('ي') && k.chars().count() >= 5)
}

/// The gender and number an adjective of the head takes, when the head's
/// first word tells it: `f.sg` after a feminine noun in ة («الحكومة
/// اللبنانية»), `m.sg` after a masculine singular noun («الجيش اللبناني»);
/// `None` for plurals (a sound plural in ات, a broken plural such as كتائب،
/// الخطوط, which take a feminine adjective) and words in ا (ميليشيا).
pub(super) fn head_gender(head_key: &str) -> Option<&'static str> {
    let first = head_key.split(' ').next().unwrap_or(head_key);
    let word = first.strip_prefix("ال").unwrap_or(first);
    if word.ends_with('ه') {
        Some("f.sg")
    } else if word.ends_with("ات")
        || word.ends_with('ا')
        || matches!(word, "كتايب" | "خطوط" | "اسهم" | "سوق" | "اوقاف" | "قوي")
    {
        None
    } else {
        Some("m.sg")
    }
}

/// True when an adjective (matching key) of the gender and number
/// `gender` cannot qualify a head of [`head_gender`]: a masculine
/// adjective after a feminine head or the reverse («رئيس الحكومة
/// الإيطالي»: the adjective is the prime minister's).
pub(super) fn disagrees(head_key: &str, gender: &str) -> bool {
    match head_gender(head_key) {
        Some(g) => g != gender,
        None => false,
    }
}

/// True when a complement (matching key) surely cannot take an adjective
/// of `gender`: a word in ة is feminine singular, a definite nisba in ي
/// masculine singular; other words (broken plurals such as الوزراء، الشؤون,
/// plurals in ات, nouns of either reading) may take any.
pub(super) fn complement_disagrees(k: &str, gender: &str) -> bool {
    let k = k.strip_prefix('و').unwrap_or(k);
    if k.ends_with("ات") {
        false
    } else if k.ends_with('ه') {
        gender != "f.sg"
    } else if is_nisba(k) {
        gender != "m.sg"
    } else {
        false
    }
}

#[cfg(test)]
mod fast_path_tests {
    use super::*;

    /// The slow forms the fast tests replace.
    fn article_verb_slow(norm: &str) -> bool {
        let n = norm.chars().count();
        let bare = norm.trim_start_matches(['ا', 'أ', 'إ']);
        norm.ends_with('ى')
            && bare.len() < norm.len()
            && bare.starts_with('ل')
            && (n == 4 || (n == 5 && bare.starts_with("لت")))
    }

    fn ours_slow(k: &str) -> bool {
        k.chars().count() >= 4
            && k.strip_suffix("نا")
                .and_then(|r| r.chars().next_back())
                .is_some_and(|c| !matches!(c, 'ي' | 'و' | 'ا'))
    }

    /// Words of every shape the tests meet: Arabic, digits of three
    /// scripts, Latin, marks, empty, one byte, letters next to the
    /// Arabic block (U+0620, U+063B, U+0640, U+064B, U+0660).
    fn words() -> Vec<String> {
        let mut w: Vec<String> = [
            "",
            "ا",
            "ألقى",
            "التقى",
            "الغى",
            "إلتقى",
            "القى",
            "شعبنا",
            "بلادنا",
            "فيينا",
            "كورونا",
            "غانا",
            "نا",
            "انا",
            "2015",
            "٢٠١٥",
            "۲۰۱۵",
            "12أ",
            "أ12",
            "abc",
            "a1",
            "Ⅻ",
            "½",
            "وزاره",
            "ى",
            "لى",
            "اللى",
            "12.5",
            "x²",
            "ـ",
            "ـنا",
            "٣نا",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for c in ('\u{0600}'..='\u{06FF}').chain(['0', 'a', ' ', '\u{00B2}', '\u{2160}']) {
            w.push(c.to_string());
            w.push(format!("ال{c}"));
            w.push(format!("{c}نا"));
            w.push(format!("ال{c}ى"));
            w.push(format!("شعب{c}"));
        }
        w
    }

    #[test]
    fn fast_word_tests_agree_with_the_slow_ones() {
        for k in words() {
            assert_eq!(article_verb(&k), article_verb_slow(&k), "{k:?}");
            assert_eq!(ours(&k), ours_slow(&k), "{k:?}");
            assert_eq!(all_numeric(&k), k.chars().all(char::is_numeric), "{k:?}");
            assert_eq!(any_numeric(&k), k.chars().any(char::is_numeric), "{k:?}");
        }
        // Every character of the Basic Multilingual Plane alone and after
        // an Arabic letter.
        for c in (0u32..0x1_0000).filter_map(char::from_u32) {
            for k in [c.to_string(), format!("ب{c}"), format!("{c}ب")] {
                assert_eq!(all_numeric(&k), k.chars().all(char::is_numeric), "{k:?}");
                assert_eq!(any_numeric(&k), k.chars().any(char::is_numeric), "{k:?}");
            }
        }
    }
}

#[cfg(test)]
mod listed_tests {
    use super::*;

    /// True when key `k` is a word of one of the lists [`may_be_listed`]
    /// stands for, as the complements' break tests read them.
    fn in_lists(k: &str) -> bool {
        RELATION_WORDS.contains(&k)
            || ends_complements(k)
            || clause_adjective(k)
            || TIME_WORDS.contains(&k)
            || PERIODIC_ADJECTIVES.contains(&k)
    }

    #[test]
    fn may_be_listed_lets_every_listed_word_through() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        // (Each row: a text; every token the lists hold must pass, and a
        // token ruled out must be in none of them.)
        let rows: &[(&str, usize)] = &[
            ("مجلس الأمن التابع للأمم المتحدة والتابعة لها", 1),
            ("رئيس الهيئة السابق والسابقة والجديد المساعد", 4),
            ("مسجد الرحمة المجاور والمجاورة للجامعة", 2),
            ("مجلس الوزراء الأسبوع المقبل اليوم أمس غدا الخميس", 6),
            ("جلسة مجلس الوزراء الأسبوعية والشهرية السنوي", 2),
            ("قال الرئيس إن الشركة العام الماضي في 2015 و x", 2),
            ("وزارة الخارجية الأمريكية وشركة أرامكو السعودية", 0),
        ];
        for &(text, listed) in rows {
            let doc = Document::new(text.to_string());
            let mut passed = 0;
            for (j, t) in doc.tokens().iter().enumerate() {
                let k = doc.token_key(t);
                let may = may_be_listed(&doc, j);
                assert!(may || !in_lists(k), "{text}: {k}");
                if in_lists(k) {
                    passed += 1;
                }
            }
            assert_eq!(passed, listed, "{text}");
        }
        // Every word of the lists, alone and after «و», as a token.
        let all = [
            RELATION_WORDS,
            TIME_WORDS,
            PERIODIC_ADJECTIVES,
            CLAUSE_ADJECTIVES,
            ROLE_ADJECTIVES,
        ];
        for w in all.into_iter().flatten() {
            for text in [w.to_string(), format!("و{w}")] {
                let doc = Document::new(text.clone());
                assert_eq!(doc.tokens().len(), 1, "{text}");
                let k = doc.token_key(&doc.tokens()[0]);
                assert!(!in_lists(k) || may_be_listed(&doc, 0), "{text}");
            }
        }
        // Most other words are ruled out.
        let doc = Document::new("وزارة الخارجية الأمريكية وشركة أرامكو السعودية".to_string());
        assert!((0..doc.tokens().len()).all(|j| !may_be_listed(&doc, j)));
    }
}
