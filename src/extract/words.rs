//! Word-level helpers shared by the people and organization extractors:
//! clitic-aware lexicon lookups, gaps between tokens, and a closed list of
//! Arabic function words and frequent verbs that never start or continue a
//! name.

use crate::document::Document;
use crate::document::clitics::{MIN_STEM_CHARS, is_proclitic_sequence};
use std::sync::OnceLock;

pub use crate::lexicon::WordHasher;

/// A hash map with the [`WordHasher`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;

/// A hash set with the [`WordHasher`].
pub type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<WordHasher>>;

/// The matching key of a lexicon entry: [`crate::normalize::match_key`]
/// with single spaces.
pub fn entry_key(s: &str) -> String {
    crate::lexicon::spaced_match_key(s)
}

/// Looks a word up with its proclitics removed: the whole word first, then
/// every split whose prefix does not end in the article ال (names do not take
/// it), the stem of a لل word with its article restored. Returns the prefix
/// length in bytes, whether the prefix is a fused لل, and the value found.
pub fn lookup_stem<T>(
    word: &str,
    mut f: impl FnMut(&str) -> Option<T>,
) -> Option<(usize, bool, T)> {
    if let Some(v) = f(word) {
        return Some((0, false, v));
    }
    // Names never take ال, so a split needs و ف ب ك ل س first.
    if !word.starts_with(['و', 'ف', 'ب', 'ك', 'ل', 'س']) {
        return None;
    }
    let total = word.chars().count();
    for (n, (i, c)) in word.char_indices().take(4).enumerate() {
        let end = i + c.len_utf8();
        let (prefix, stem) = word.split_at(end);
        if total - (n + 1) < MIN_STEM_CHARS {
            break;
        }
        if prefix.ends_with("ال") || !is_proclitic_sequence(prefix) {
            continue;
        }
        if prefix.ends_with('ل') && stem.starts_with('ل') {
            let mut restored = String::with_capacity(stem.len() + 2);
            restored.push('ا');
            restored.push_str(stem);
            if let Some(v) = f(&restored) {
                return Some((prefix.len(), true, v));
            }
        }
        if let Some(v) = f(stem) {
            return Some((prefix.len(), false, v));
        }
    }
    None
}

/// True when only whitespace separates token `a` from token `b` (`a < b`).
/// (Inlined: the common one-space gap is told where it is asked, the
/// others by [`white_gap`].)
#[inline]
pub fn clean_gap(doc: &Document, a: usize, b: usize) -> bool {
    let toks = doc.tokens();
    match (toks.get(a), toks.get(b)) {
        (Some(x), Some(y)) if x.range.end <= y.range.start => {
            let norm = doc.norm();
            // One space, the common gap: one byte read, no slicing.
            if y.range.start == x.range.end + 1 && norm.as_bytes().get(x.range.end) == Some(&b' ') {
                return true;
            }
            white_gap(norm, x.range.end, y.range.start)
        }
        _ => false,
    }
}

/// True when `norm[a..b]` is all white space.
#[inline(never)]
fn white_gap(norm: &str, a: usize, b: usize) -> bool {
    norm[a..b].chars().all(char::is_whitespace)
}

/// The number of words of `text`, as `text.split_whitespace().count()`
/// counts them; in one pass over the bytes when none may begin a white
/// space character beyond ASCII (Arabic and Latin text), without decoding.
pub fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    // Lead bytes of U+0085 and U+00A0 (C2), U+1680 (E1), U+2000–U+205F (E2)
    // and U+3000 (E3): the white space beyond ASCII.
    if bytes.iter().any(|&b| matches!(b, 0xC2 | 0xE1..=0xE3)) {
        return text.split_whitespace().count();
    }
    let mut n = 0;
    let mut in_word = false;
    for &b in bytes {
        let space = matches!(b, b'\t'..=b'\r' | b' ');
        n += usize::from(!space && !in_word);
        in_word = !space;
    }
    n
}

/// True when the word begins with the article ال (after optional و/ف/ب/ك/ل)
/// or is a لل word («إلكترونية» does not).
pub fn is_definite(key: &str) -> bool {
    // The ل of the article (or of لل) comes after at most two one-letter
    // proclitics and the alef, all letters of two bytes: a key without ل
    // at byte 2, 4 or 6 (most words) is ruled out by three comparisons.
    const LAM: &[u8] = "ل".as_bytes();
    let b = key.as_bytes();
    if ![2, 4, 6]
        .iter()
        .any(|&i| b.get(i..i + 2).is_some_and(|x| x == LAM))
    {
        return false;
    }
    // Optional و/ف, optional ب/ك/ل, then ال; or ل + ل (لل with the alef dropped).
    let mut rest = key;
    if let Some(r) = rest.strip_prefix('و').or_else(|| rest.strip_prefix('ف')) {
        rest = r;
    }
    let mut lam = false;
    if let Some(r) = rest
        .strip_prefix('ب')
        .or_else(|| rest.strip_prefix('ك'))
        .or_else(|| rest.strip_prefix('ل'))
    {
        lam = rest.starts_with('ل');
        rest = r;
    }
    // «إلكتروني» (electronic) begins with إل, not with the article.
    let article = rest
        .strip_prefix("ال")
        .is_some_and(|s| s.chars().nth(1).is_some() && !s.starts_with("كترون"));
    article || (lam && rest.starts_with('ل') && rest.chars().nth(2).is_some())
}

const STOPWORDS: &str = "
في من على الى إلى عن مع أن ان إن أنه انه إنه أنها إنها بأن لأن كان كانت يكون تكون قد لقد لم لن ما لا
هذا هذه ذلك تلك هؤلاء الذي التي الذين والذي والتي والذين اللذين اللتين اللواتي و أو او ثم بل لكن لكن إلا الا حتى منذ خلال
بين بعد قبل عند عندما حيث كما كل بعض غير أي اي هو هي هم هن نحن أنا انا أنت انت هما له لها لهم به بها بهم
فيه فيها منه منها عليه عليها إليه اليه إليها عنه عنها معه معها وقال قال قالت يقول تقول وقالت أكد اكد أكدت
وأكد أعلن اعلن أعلنت وأعلن أضاف اضاف وأضاف أضافت أشار اشار وأشار أوضح اوضح وأوضح ذكر وذكر ذكرت تابع وتابع
صرح وصرح دعا ودعا طالب وطالب أعرب اعرب وأعرب رأى رأي يرى وكان وكانت وقد وهو وهي وفي ومن وعلى وإلى وأن
إنّ كذلك أيضا ايضا فقط جدا نحو لدى لدي سوى مثل عدة عدد عام أمس امس اليوم غدا الآن يوم شهر سنة
الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد يناير فبراير مارس أبريل ابريل مايو يونيو يوليو
أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
وزير وزيرة رئيس رئيسة الرئيس مدير نائب عضو قائد زعيم ممثل مسؤول مصدر مصادر المسؤول المصدر
الحكومة الدولة البلاد المنطقة الشعب الجيش القوات الشرطة حكومة دولة قوات شرطة
السيد السيدة الشيخ الدكتور
سوف إذا اذا مما ممن عما كيف لماذا متى هل ضد عبر وفق وفقا حول دون فوق تحت أمام خلف لدى إثر اثر جراء بسبب رغم ضمن تجاه
";

/// True for function words, frequent verbs, time words and common nouns that
/// never are part of a person's name (matching key).
pub fn is_stopword(key: &str) -> bool {
    stopwords().contains(key)
}

/// The words [`is_stopword`] is true for, as matching keys.
pub fn stopwords() -> &'static FastSet<String> {
    static SET: OnceLock<FastSet<String>> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.split_whitespace().map(entry_key).collect())
}

/// Beginnings of common nouns and names that look like «س» + an imperfect
/// verb: «سيارة», «سياسة», «سيطرة», «سنوات», «ستة», «سيدني» …
const NOT_FUTURE_STARTS: &[&str] = &[
    "سيا", "سيط", "سيو", "سيد", "سين", "سير", "سيل", "سيس", "سيف", "سيم", "سيز", "سيك", "سنو",
    "سنت", "سند", "سنغ", "سنا", "سنة", "سني", "ستا", "ستر", "ستي", "ستو", "ستة", "ستن",
];

/// A verb in the future with «س» before the imperfect prefix of the third
/// person (ي، ت) or the first person plural (ن): «ستشرف», «سيلتقي», «سنعمل».
/// The word after the prefix has at least three letters, and beginnings that
/// are mostly nouns or names are left out.
pub fn future_verb(key: &str) -> bool {
    let Some(rest) = key.strip_prefix('س') else {
        return false;
    };
    let mut chars = rest.chars();
    matches!(chars.next(), Some('ي' | 'ت' | 'ن'))
        && chars.count() >= 3
        && !key.ends_with('ة')
        && !key.ends_with("ات")
        && !NOT_FUTURE_STARTS.iter().any(|s| key.starts_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-space test reads one byte; the answer is the gap's, whatever
    /// it holds: one space, spaces, a line break, punctuation, nothing.
    #[test]
    fn clean_gap_one_space_and_others() {
        let doc = Document::new("قال محمد  علي، ثم\nسافر إلى(مصر)".to_string());
        let toks = doc.tokens();
        for a in 0..toks.len() {
            for b in a + 1..toks.len() {
                let gap = &doc.norm()[toks[a].range.end..toks[b].range.start];
                assert_eq!(
                    clean_gap(&doc, a, b),
                    gap.chars().all(char::is_whitespace),
                    "{a} {b} {gap:?}"
                );
            }
        }
        // The gaps other than one space, told apart from the call.
        for (text, white) in [
            ("", true),
            (" \n\t", true),
            ("  ", true),
            ("، ", false),
            (" .", false),
        ] {
            assert_eq!(white_gap(text, 0, text.len()), white, "{text:?}");
        }
        assert!(clean_gap(&doc, 0, 1));
        assert!(!clean_gap(&doc, 2, 3));
        assert!(!clean_gap(&doc, 0, toks.len()));
    }

    #[test]
    fn word_count_agrees_with_split_whitespace() {
        for text in [
            "",
            " ",
            "وزارة",
            "وزارة الخارجية",
            "  وزارة  الخارجية ",
            "a\tb\nc\u{0B}d\u{0C}e\rf",
            "x\u{1C}y",
            "وزارة\u{A0}الخارجية",
            "وزارة\u{2009}الخارجية\u{3000}x",
            "وزارة\u{1680}x\u{85}y",
            "€ © x",
        ] {
            assert_eq!(
                word_count(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn stem_lookup_table() {
        let known = ["لافروف", "الامم", "سوريا"];
        let f = |s: &str| known.contains(&s).then(|| s.to_string());
        type Row<'a> = (&'a str, Option<(usize, bool, &'a str)>);
        let rows: &[Row] = &[
            ("لافروف", Some((0, false, "لافروف"))),
            ("ولافروف", Some((2, false, "لافروف"))),
            ("للامم", Some((2, true, "الامم"))),
            ("لسوريا", Some((2, false, "سوريا"))),
            ("والسوريا", None),
            ("كيري", None),
        ];
        for (w, want) in rows {
            let got = lookup_stem(w, f);
            assert_eq!(
                got.as_ref().map(|(a, b, c)| (*a, *b, c.as_str())),
                *want,
                "{w}"
            );
        }
    }

    #[test]
    fn definiteness_and_stopwords() {
        for (w, d) in [
            ("الخارجية", true),
            ("والمعارك", true),
            ("للامم", true),
            ("كيري", false),
            ("الكترونيه", false),
            ("الالكترونيه", true),
            ("بالبيت", true),
            ("وبالبيت", true),
            ("فللسلام", true),
            ("ولل", false),
            ("ال", false),
            ("الي", false),
            ("اليوم", true),
            ("وكل", false),
            ("a\u{644}\u{627}\u{644}b", false),
        ] {
            assert_eq!(is_definite(w), d, "{w}");
        }
        assert!(is_stopword(&entry_key("إلى")));
        assert!(is_stopword(&entry_key("وقال")));
        assert!(!is_stopword(&entry_key("كيري")));
    }
}
