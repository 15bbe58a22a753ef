//! Word shapes that are common nouns or verbs, never names: sound plurals
//! of people (مسؤولون، دبلوماسيون), verbal nouns of the derived forms
//! (اقتراح، انسحاب، استخدام، تصريح، تبادل، مفاوضة، إصدار), verbs of the
//! forms V and VI (تعهد، تسببت، تباينت) and future verbs (وستناقش). Only used for words no name lexicon knows.

/// Long vowels and alef, which a pattern's root consonants are not.
fn vowel(c: char) -> bool {
    matches!(c, 'ا' | 'و' | 'ي' | 'ى' | 'ء')
}

/// The most characters from its start that [`common_shape`] reads of a word.
const PATTERN_CHARS: usize = 8;

/// The first [`PATTERN_CHARS`] characters of `key` (`'\0'` after its end)
/// and how many characters it has: the patterns read a word without
/// allocating.
fn first_chars(key: &str) -> ([char; PATTERN_CHARS], usize) {
    let mut head = ['\0'; PATTERN_CHARS];
    let mut n = 0;
    for c in key.chars() {
        if let Some(slot) = head.get_mut(n) {
            *slot = c;
        }
        n += 1;
    }
    (head, n)
}

/// After a proclitic ب (or ل، ك), a letter that begins no name: not a long
/// vowel, and not ر or ل, which begin foreign names that look like ب and a
/// word («برتران»، «بلير»، «بيار»). ب and such a letter is the preposition
/// before a noun («بتحرير»، «بصفوف»).
pub fn preposition_letter(c: char) -> bool {
    !matches!(c, 'ا' | 'و' | 'ي' | 'ر' | 'ل')
}

/// A key that begins with one of `proclitics` and a [`preposition_letter`]
/// after it: «بتحرير» with `['ب']`, «لحشد» with `['ب', 'ل']`.
pub fn preposition_before_consonant(key: &str, proclitics: &[char]) -> bool {
    key.strip_prefix(proclitics)
        .and_then(|r| r.chars().next())
        .is_some_and(preposition_letter)
}

/// True when `key` (a matching key without proclitics) has the shape of a
/// common word: a sound masculine plural, a verbal noun of a derived form
/// or a future verb.
pub fn common_shape(key: &str) -> bool {
    let (head, n) = first_chars(key);
    // Every pattern reads its first `PATTERN_CHARS` characters at most.
    let c = &head[..n.min(PATTERN_CHARS)];
    let cons = |i: usize| c.get(i).is_some_and(|&x| !vowel(x));
    let at = |i: usize, x: char| c.get(i) == Some(&x);
    // Sound plurals: nisba plurals (سياسيون، أمميين) and participles
    // (مسؤولون، متمردين).
    let nisba_plural = n >= 5 && (key.ends_with("يون") || key.ends_with("يين"));
    let participle_plural =
        n >= 5 && at(0, 'م') && (key.ends_with("ون") || key.ends_with("ين")) && cons(1);
    // افتعال (اقتراح، اجتماع، اضطراب، ازدهار).
    let ifti3al = n == 6
        && at(0, 'ا')
        && cons(1)
        && matches!(c[2], 'ت' | 'ط' | 'د')
        && cons(3)
        && at(4, 'ا')
        && cons(5);
    // انفعال (انسحاب، انفجار).
    let infi3al = n == 6 && at(0, 'ا') && at(1, 'ن') && cons(2) && cons(3) && at(4, 'ا') && cons(5);
    // استفعال (استخدام، استقبال).
    let istif3al = n == 7 && key.starts_with("است") && cons(3) && cons(4) && at(5, 'ا') && cons(6);
    // Past verbs of the form X (استقبل، استعرض، استقبلت).
    let istaf3ala =
        (n == 6 || n == 7 && at(6, 'ت')) && key.starts_with("است") && cons(3) && cons(4) && cons(5);
    // إفعال (إصدار، إعلان، إرسال).
    let if3al = n == 5 && at(0, 'ا') && cons(1) && cons(2) && at(3, 'ا') && cons(4);
    // تفعيل (تصريح، تشكيل، تعزيز).
    let taf3il = n == 5 && at(0, 'ت') && cons(1) && cons(2) && at(3, 'ي') && cons(4);
    // تفاعل (تبادل، تناقش).
    let tafa3ul = n == 5 && at(0, 'ت') && cons(1) && at(2, 'ا') && cons(3) && cons(4);
    // Imperfect verbs of the form X (يستقبل، نستعرض; hollow: تستحوذ،
    // يستفيد).
    let yastaf3il = n == 6
        && matches!(c[0], 'ت' | 'ي' | 'ن')
        && at(1, 'س')
        && at(2, 'ت')
        && cons(3)
        && (cons(4) || at(4, 'و') || at(4, 'ي'))
        && cons(5);
    // Past verbs of the form IV of hollow roots in the feminine (أشارت،
    // أفادت، أقامت).
    let af3alat = n == 5 && at(0, 'ا') && cons(1) && at(2, 'ا') && cons(3) && at(4, 'ت');
    // Doubled roots of three letters (حدد، شدد، جدد): verbs and nouns.
    let doubled = n == 3 && cons(0) && cons(1) && c[1] == c[2];
    // تفعّل verbs and nouns (تعهد، تحدث، تقدم): ت and three consonants.
    let tafa33ul = n == 4 && at(0, 'ت') && cons(1) && cons(2) && cons(3);
    // تفعّل verbs in the feminine past (تسببت، تعهدت، تقدمت).
    let tafa33alat = n == 5 && at(0, 'ت') && cons(1) && cons(2) && cons(3) && at(4, 'ت');
    // تفاعل verbs in the feminine past (تباينت، تناولت).
    let tafa3alat =
        n == 6 && at(0, 'ت') && cons(1) && at(2, 'ا') && !at(3, 'ا') && cons(4) && at(5, 'ت');
    // مفاعلة (مفاوضة، مشاركة، مساعدة).
    let mufa3ala =
        n == 6 && at(0, 'م') && cons(1) && at(2, 'ا') && !at(3, 'ا') && cons(4) && at(5, 'ه');
    // Singular participles of the forms VIII, V and X (مختص، منتشر،
    // متحدث، مستثمر).
    let mufta3il = at(0, 'م')
        && cons(1)
        && matches!(c.get(2), Some('ت' | 'ط'))
        && cons(3)
        && (n == 4 || n == 5 && cons(4));
    let mutafa33il = n == 5 && key.starts_with("مت") && cons(2) && cons(3) && cons(4);
    let mustaf3il = n == 6 && key.starts_with("مست") && cons(3) && cons(4) && cons(5);
    // The same and form II participles in the accusative (a state: «قال
    // برودكين متهكما»، «محذرا»، «معتبرا»، «مستدركا»).
    let stem = key.strip_suffix('ا').unwrap_or("");
    let participle_hal = at(0, 'م')
        && stem.chars().count() >= 4
        && (common_shape(stem)
            || stem.chars().count() == 4 && stem.chars().skip(1).all(|x| !vowel(x)));
    // Past verbs of the forms VII and VIII (اعتزل، اجتمع، انسحب).
    let infa3ala_ifta3ala = n == 5
        && at(0, 'ا')
        && cons(1)
        && (matches!(c[2], 'ت' | 'ط' | 'د') || at(1, 'ن'))
        && cons(2)
        && cons(3)
        && cons(4);
    // Imperfect verbs of the second person or plural (تبالغين، تعملون):
    // ت, a consonant, and ين/ون.
    let taf3alin = n >= 6 && at(0, 'ت') && cons(1) && (key.ends_with("ين") || key.ends_with("ون"));
    // Future verbs after a conjunction (وستناقش، فسيعمل، وسنعالج); alone
    // they look like foreign names (سيرغي، ستيفن).
    let future = n >= 6
        && ["وست", "وسي", "وسن", "فست", "فسي", "فسن"]
            .iter()
            .any(|p| key.starts_with(p));
    nisba_plural
        || participle_plural
        || infa3ala_ifta3ala
        || taf3alin
        || ifti3al
        || infi3al
        || istif3al
        || istaf3ala
        || if3al
        || taf3il
        || tafa3ul
        || yastaf3il
        || af3alat
        || doubled
        || tafa33ul
        || tafa3alat
        || tafa33alat
        || mufa3ala
        || mufta3il
        || mutafa33il
        || mustaf3il
        || participle_hal
        || future
}

/// True when an original word ends in an indefinite ending (tanwin:
/// «جديداً»، «عموماً»، «هاوٍ»، «كبيرٌ»), which names in news do not take.
pub fn tanwin_ending(original: &str) -> bool {
    let mut it = original.chars().rev().filter(|c| !matches!(c, 'ـ'));
    matches!(
        (it.next(), it.next()),
        (Some('\u{064B}' | '\u{064C}' | '\u{064D}'), _) | (Some('ا'), Some('\u{064B}'))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::entry_key;

    /// ب (or another proclitic given) and a consonant is a preposition;
    /// before a long vowel, ر or ل it may begin a name.
    #[test]
    fn preposition_before_consonant_table() {
        // (word, proclitics, preposition)
        let rows: &[(&str, &[char], bool)] = &[
            ("بتحرير", &['ب'], true),
            ("بصفوف", &['ب'], true),
            ("برتران", &['ب'], false),
            ("بلير", &['ب'], false),
            ("بيار", &['ب'], false),
            ("باسل", &['ب'], false),
            ("لحشد", &['ب'], false),
            ("لحشد", &['ب', 'ل'], true),
            ("لويس", &['ب', 'ل'], false),
            ("كمبادرة", &['ب', 'ل', 'ك'], true),
            ("ب", &['ب'], false),
        ];
        for &(word, proclitics, want) in rows {
            let key = entry_key(word);
            assert_eq!(
                preposition_before_consonant(&key, proclitics),
                want,
                "{word}"
            );
        }
    }

    #[test]
    fn common_shape_table() {
        let rows: &[(&str, bool)] = &[
            // Sound plurals of people.
            ("دبلوماسيون", true),
            ("مسؤولون", true),
            ("متمردين", true),
            ("أمميين", true),
            // Verbal nouns of the derived forms.
            ("اقتراح", true),
            ("اضطراب", true),
            ("انسحاب", true),
            ("استخدام", true),
            ("استقبل", true),
            ("استقبلت", true),
            ("إصدار", true),
            ("تصريح", true),
            ("تبادل", true),
            ("مفاوضة", true),
            ("تعهد", true),
            ("تباينت", true),
            ("تناولت", true),
            ("تسببت", true),
            ("تعهدت", true),
            // Past verbs of the forms VII and VIII.
            ("اعتزل", true),
            ("انسحب", true),
            ("اجتمع", true),
            // Singular participles of the forms VIII, V and X.
            ("مختص", true),
            ("منتشر", true),
            ("متحدث", true),
            ("مستثمر", true),
            ("ميتشل", false),
            ("متهكما", true),
            ("محذرا", true),
            ("مستدركا", true),
            ("ميرنا", false),
            ("مونيكا", false),
            ("مارتن", false),
            // Imperfect verbs with ت and a plural or feminine ending.
            ("تبالغين", true),
            ("تعملون", true),
            ("تاكسين", false),
            // Imperfect verbs of the form X, past
            // verbs of the form IV in the feminine, doubled roots.
            ("تستحوذ", true),
            ("يستقبل", true),
            ("يستفيد", true),
            ("أشارت", true),
            ("أفادت", true),
            ("حدد", true),
            ("شدد", true),
            ("يوسف", false),
            ("يزيد", false),
            ("استيفن", false),
            ("أسامة", false),
            ("حمد", false),
            ("عزز", true),
            // Future verbs.
            ("وستناقش", true),
            ("وسيعمل", true),
            ("سيرغي", false),
            ("ستيفن", false),
            // Names of similar length are not caught.
            ("استيفان", false),
            ("أنطوان", false),
            ("جونسون", false),
            ("نيلسون", false),
            ("تيري", false),
            ("تامر", false),
            ("تركي", false),
            ("ستيف", false),
            ("ميلان", false),
            ("توريه", false),
            ("كيري", false),
            ("سيرغي", false),
            ("أنان", false),
        ];
        for (w, want) in rows {
            assert_eq!(common_shape(&entry_key(w)), *want, "{w}");
        }
    }

    #[test]
    fn tanwin_table() {
        let rows: &[(&str, bool)] = &[
            ("جديداً", true),
            ("عموماً", true),
            ("جديدًا", true),
            ("هاوٍ", true),
            ("كبيرٌ", true),
            ("رونالدو", false),
            ("ماريا", false),
            ("سلام", false),
        ];
        for (w, want) in rows {
            assert_eq!(tanwin_ending(w), *want, "{w}");
        }
    }
}
