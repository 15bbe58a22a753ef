//! Trailing site boilerplate: navigation and sharing lines that news sites
//! append after the article («أقسام», «أخبار متعلقة», «شارك», «اقرأ أيضا» …).

use crate::normalize::match_key;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Known boilerplate lines, in natural spelling (normalized when loaded).
const KNOWN_LINES: &[&str] = &[
    "أخبار ذات صلة",
    "أخبار متعلقة",
    "أضف تعليق",
    "أضف تعليقك",
    "أقسام",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "التعليقات",
    "الرئيسية",
    "تابعونا",
    "تابعنا على",
    "تعليقات",
    "شارك",
    "شارك الخبر",
    "شارك هذا الخبر",
    "طباعة",
    "كلمات دلالية",
    "كلمات مفتاحية",
    "مواضيع ذات صلة",
    "مواضيع متعلقة",
    "وسوم",
];

/// The matching keys of [`KNOWN_LINES`], and the byte length of the longest.
fn known() -> &'static (HashSet<String>, usize) {
    static SET: OnceLock<(HashSet<String>, usize)> = OnceLock::new();
    SET.get_or_init(|| {
        let keys: HashSet<String> = KNOWN_LINES.iter().map(|l| match_key(l)).collect();
        let longest = keys.iter().map(String::len).max().unwrap_or(0);
        (keys, longest)
    })
}

/// True when `line` (normalized, trimmed) is a known boilerplate line, with
/// or without a trailing colon.
pub fn is_known(line: &str) -> bool {
    let (keys, longest) = known();
    let line = line.trim().trim_end_matches([':', '：']).trim();
    // The matching fold keeps the byte length: a line longer than every
    // known one (the last paragraph of most articles) is not folded.
    line.len() <= *longest && keys.contains(&crate::normalize::fold_for_matching(line))
}

/// True when `line` is short navigation-like text: at most three words and no
/// sentence punctuation.
pub fn is_navigation_like(line: &str) -> bool {
    let line = line.trim();
    // Three words are never longer than this; skip counting long paragraphs.
    line.len() <= 120
        && !line.is_empty()
        && line.split_whitespace().count() <= 3
        && !line.contains(['.', '،', '؟', '?', '!', '«', '“', '"', ':'])
}

/// The word that opens a site's list of tags at the end of an article
/// («… بحسب البي بي سي. سمات البصر زراعة عملية عين لندن»), matching key.
const TAGS_WORD: &str = "سمات";

/// Most words a trailing tag list holds.
const MAX_TAG_WORDS: usize = 20;

/// Where the tag list ending `line` (normalized, trimmed) begins, as a byte
/// offset into `line`: «سمات» at the start of the line or after a sentence's
/// end, then up to [`MAX_TAG_WORDS`] words with no punctuation. The tags
/// repeat the article's names run together («سمات المنتخب خالد القروني
/// سلمان القريني»), which would read as one long name.
pub fn tag_list_start(line: &str) -> Option<usize> {
    // The last occurrence, found by the memchr crate's forward search, which
    // skips ahead by blocks of bytes (`str::rfind`, and memchr's reverse
    // search, read the line byte by byte). The word has no border (no
    // prefix that is also a suffix), so no two occurrences overlap and the
    // last one found going forward is the last one.
    let at = memchr::memmem::find_iter(line.as_bytes(), TAGS_WORD.as_bytes()).last()?;
    let before = line[..at].trim_end();
    let opens =
        before.is_empty() || before.ends_with(['.', '!', '؟', '?', '»', '”', '"', ')', ':']);
    let tags = &line[at..];
    let words = tags.split_whitespace().count();
    let plain = !tags.contains(|c: char| {
        c.is_ascii_punctuation() || matches!(c, '،' | '؛' | '؟' | '«' | '»' | '“' | '”')
    });
    (opens
        && line[at + TAGS_WORD.len()..].starts_with(' ')
        && (2..=MAX_TAG_WORDS + 1).contains(&words)
        && plain)
        .then_some(at)
}

/// Given the trimmed non-empty lines of a document, returns how many lines at
/// the end are boilerplate: the longest trailing run of navigation-like lines
/// that contains at least one known boilerplate line.
pub fn trailing_count(lines: &[&str]) -> usize {
    let mut run = 0;
    let mut best = 0;
    for line in lines.iter().rev() {
        if is_known(line) {
            run += 1;
            best = run;
        } else if is_navigation_like(line) {
            run += 1;
        } else {
            break;
        }
    }
    best.min(lines.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_lines() {
        for l in ["أقسام", "أخبار متعلقة", "اقرأ أيضا:", "كلمات دلالية", "شارك"]
        {
            assert!(
                is_known(&crate::normalize::normalize_str(l, &Default::default())),
                "{l}"
            );
        }
        assert!(!is_known("قال الرئيس"));
    }

    #[test]
    fn tag_lists() {
        // (last line, where its tag list begins)
        let rows: &[(&str, Option<usize>)] = &[
            ("بحسب البي بي سي. سمات البصر زراعة عملية", Some(29)),
            ("سمات المنتخب خالد القروني سلمان القريني", Some(0)),
            // A sentence about features, with its full stop.
            ("سمات الشخصية القيادية كثيرة.", None),
            ("ومن سمات المرحلة الحالية الهدوء", None),
            ("سمات", None),
        ];
        for (line, want) in rows {
            assert_eq!(tag_list_start(line), *want, "{line}");
        }
    }

    #[test]
    fn tags_word_has_no_border() {
        // What the forward search for the last occurrence relies on.
        let w = TAGS_WORD.as_bytes();
        assert!((1..w.len()).all(|k| w[..k] != w[w.len() - k..]));
        for line in ["سمات", "سماتسمات", "x سمات y سمات z", "سماسمات"] {
            let got = memchr::memmem::find_iter(line.as_bytes(), w).last();
            assert_eq!(got, line.rfind(TAGS_WORD), "{line}");
        }
    }

    #[test]
    fn trailing_runs() {
        let rows: &[(&[&str], usize)] = &[
            (
                &["عنوان", "نص طويل. نص.", "اقسام", "اخبار", "اخبار متعلقة"],
                3,
            ),
            (&["عنوان", "نص طويل. نص.", "اخبار"], 0),
            (&["نص طويل. نص.", "شارك", "فيسبوك", "تويتر"], 3),
            (&["اقسام"], 0),
        ];
        for (lines, want) in rows {
            assert_eq!(trailing_count(lines), *want, "{lines:?}");
        }
    }
}
