//! The document model: original text, normalized text with its offset map,
//! title, paragraphs, sentences, tokens and trailing boilerplate.
//!
//! Every range in this module is a byte range into the *normalized* text
//! ([`Document::norm`]); [`Document::span`] turns it into a [`Span`] of
//! original code points, which is what the output reports.

pub mod boilerplate;
pub mod clitics;
pub mod segment;
pub mod token_splits;

use crate::normalize::{NormalizeOptions, Normalized, normalize_with_key};
use crate::span::Span;
use std::ops::Range;
use std::sync::OnceLock;

pub use segment::TokenKind;
use token_splits::TokenSplit;

/// A word or number of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the normalized text.
    pub range: Range<usize>,
    /// Index of the sentence the token belongs to.
    pub sentence: usize,
    /// Word or number.
    pub kind: TokenKind,
}

/// A sentence: a byte range in the normalized text, and its paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the normalized text.
    pub range: Range<usize>,
    /// Index of the paragraph (`None` for the title).
    pub paragraph: Option<usize>,
    /// Index of the first token of the sentence in [`Document::tokens`].
    pub first_token: usize,
    /// One past the index of its last token.
    pub end_token: usize,
}

/// An analysed document.
#[derive(Debug)]
pub struct Document {
    original: String,
    norm: Normalized,
    key: String,
    title: Option<Range<usize>>,
    paragraphs: Vec<Range<usize>>,
    boilerplate: Vec<Range<usize>>,
    sentences: Vec<Sentence>,
    tokens: Vec<Token>,
    splits: OnceLock<Splits>,
}

/// The proclitic splits of every token: `list[starts[i]..starts[i + 1]]`
/// are those of token `i`, and `classes[i]` the union of their word classes.
#[derive(Debug, Default)]
struct Splits {
    starts: Vec<u32>,
    list: Vec<TokenSplit>,
    classes: Vec<u32>,
}

impl Splits {
    /// The splits of every token of `tokens` (byte ranges of `key`) and
    /// their classes. Not inlined: one function a profile shows apart.
    #[inline(never)]
    fn build(tokens: &[Token], key: &[u8]) -> Splits {
        let n = tokens.len();
        let mut s = Splits {
            starts: Vec::with_capacity(n + 1),
            list: Vec::with_capacity(n * 2),
            classes: Vec::new(),
        };
        // Two passes: the splits and their stems' hashes first, then
        // their classes and each token's union. The class look-ups (a
        // cache miss for most stems the lexicons know) then follow one
        // another with nothing in between that depends on them, so that the
        // processor overlaps their misses.
        for t in tokens {
            s.starts.push(s.list.len() as u32);
            token_splits::push_splits_with(&key[t.range.clone()], |_| 0, &mut s.list);
        }
        s.starts.push(s.list.len() as u32);
        s.classes = vec![0; n];
        token_splits::classify_all(&mut s.list, &s.starts, &mut s.classes);
        s
    }
}

impl Document {
    /// Normalizes and segments `original` with the default normalization.
    pub fn new(original: String) -> Document {
        Document::with_options(original, &NormalizeOptions::default())
    }

    /// Normalizes and segments `original` with the given normalization steps.
    pub fn with_options(original: String, opts: &NormalizeOptions) -> Document {
        let (norm, key) = normalize_with_key(&original, opts);
        let mut doc = Document {
            key,
            original,
            norm,
            title: None,
            paragraphs: Vec::new(),
            boilerplate: Vec::new(),
            sentences: Vec::new(),
            tokens: Vec::new(),
            splits: OnceLock::new(),
        };
        doc.segment();
        doc
    }

    fn segment(&mut self) {
        let text = self.norm.text();
        // Lines as trimmed, non-empty byte ranges, and whether a blank line
        // follows each.
        let mut lines: Vec<(Range<usize>, bool)> = Vec::new();
        let mut pos = 0;
        let mut blank_after_last = false;
        for raw in crate::lexicon::split_lines(text) {
            let start = pos;
            pos += raw.len() + 1;
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                blank_after_last = true;
                if let Some(last) = lines.last_mut() {
                    last.1 = true;
                }
                continue;
            }
            let lead = raw.len() - raw.trim_start().len();
            lines.push((start + lead..start + lead + trimmed.len(), false));
            blank_after_last = false;
        }
        let _ = blank_after_last;

        let line_texts: Vec<&str> = lines.iter().map(|(r, _)| &text[r.clone()]).collect();
        let n_boiler = boilerplate::trailing_count(&line_texts);
        let mut body_end = lines.len() - n_boiler;
        self.boilerplate = lines[body_end..].iter().map(|(r, _)| r.clone()).collect();
        // A site's tag list ending the last body line is boilerplate too; a
        // line that is nothing else leaves the body.
        if body_end >= 2
            && let Some(at) = boilerplate::tag_list_start(line_texts[body_end - 1])
        {
            let line = lines[body_end - 1].0.clone();
            self.boilerplate.insert(0, line.start + at..line.end);
            let kept = text[line.start..line.start + at].trim_end().len();
            if kept == 0 {
                body_end -= 1;
            } else {
                lines[body_end - 1].0 = line.start..line.start + kept;
            }
        }

        let mut first_body = 0;
        if body_end >= 2 && lines[0].1 {
            self.title = Some(lines[0].0.clone());
            first_body = 1;
        }
        self.paragraphs = lines[first_body..body_end]
            .iter()
            .map(|(r, _)| r.clone())
            .collect();

        let mut blocks: Vec<(Range<usize>, Option<usize>)> =
            Vec::with_capacity(self.paragraphs.len() + 1);
        if let Some(t) = &self.title {
            blocks.push((t.clone(), None));
        }
        for (i, p) in self.paragraphs.iter().enumerate() {
            blocks.push((p.clone(), Some(i)));
        }
        let text = self.norm.text();
        // About one token per ten bytes of Arabic news text: reserve once
        // instead of growing by doubling.
        self.tokens.reserve(text.len() / 10);
        for (block, paragraph) in blocks {
            for (s, e) in segment::sentences(&text[block.clone()]) {
                let range = block.start + s..block.start + e;
                let first_token = self.tokens.len();
                let sentence = self.sentences.len();
                for (ts, te, kind) in segment::tokens(&text[range.clone()]) {
                    self.tokens.push(Token {
                        range: range.start + ts..range.start + te,
                        sentence,
                        kind,
                    });
                }
                self.sentences.push(Sentence {
                    range,
                    paragraph,
                    first_token,
                    end_token: self.tokens.len(),
                });
            }
        }

        // The matching text (folded as it was normalized), with boilerplate
        // blanked out so that no lexicon match can start there. Same byte
        // length as the normalized text.
        for r in &self.boilerplate {
            // Same length in spaces: no byte offset moves.
            self.key.replace_range(r.clone(), &" ".repeat(r.len()));
        }
    }

    /// The original decoded text.
    pub fn original(&self) -> &str {
        &self.original
    }

    /// The normalized text and its offset map.
    pub fn normalized(&self) -> &Normalized {
        &self.norm
    }

    /// The normalized text.
    pub fn norm(&self) -> &str {
        self.norm.text()
    }

    /// The matching text: [`Document::norm`] with the 1:1 matching fold
    /// (ى → ي, ة → ه, ؤ → و, ئ → ي) and boilerplate lines blanked with spaces.
    /// It has the same byte length as the normalized text; byte offsets of
    /// tokens and lexicon matches are valid in both.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Maps a normalized byte range to original code points.
    pub fn span(&self, range: Range<usize>) -> Span {
        self.norm.to_original(range)
    }

    /// True when the original text of a normalized byte range carries
    /// tanween (ً ٌ ٍ), which marks an indefinite noun or adjective, never a
    /// proper name («ماليزيًا» Malaysian, «تغييراً» a change).
    pub fn nunated(&self, range: std::ops::Range<usize>) -> bool {
        self.original_slice(self.span(range))
            .contains(['\u{064B}', '\u{064C}', '\u{064D}'])
    }

    /// The original text of a span (code points `[start, end)`).
    pub fn original_slice(&self, span: Span) -> &str {
        // The normalizer's offsets of every STEPth original character.
        let index = CharIndex {
            at: self.norm.original_steps(),
            chars: u32::try_from(self.norm.original_len()).unwrap_or(u32::MAX),
        };
        let s = index.byte_of(&self.original, span.start);
        let e = index.byte_of(&self.original, span.end);
        &self.original[s..e.max(s)]
    }

    /// The title line, when the first line is followed by a blank line.
    pub fn title(&self) -> Option<Range<usize>> {
        self.title.clone()
    }

    /// Body paragraphs (one a line; title and boilerplate excluded).
    pub fn paragraphs(&self) -> &[Range<usize>] {
        &self.paragraphs
    }

    /// Trailing boilerplate lines, kept out of extraction.
    pub fn boilerplate(&self) -> &[Range<usize>] {
        &self.boilerplate
    }

    /// Sentences of the title and the paragraphs, in text order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Word and number tokens of the title and the paragraphs, in text order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The normalized text of a token.
    pub fn token_text(&self, token: &Token) -> &str {
        &self.norm.text()[token.range.clone()]
    }

    /// The matching-fold text of a token.
    pub fn token_key(&self, token: &Token) -> &str {
        &self.key[token.range.clone()]
    }

    /// The admissible proclitic splits of token `i` (in [`Document::key`]),
    /// with a hash of each stem for lexicon lookups; computed for every
    /// token on first use and shared by all extractors.
    pub fn token_splits(&self, i: usize) -> &[TokenSplit] {
        let splits = self.splits();
        match (splits.starts.get(i), splits.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => &splits.list[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The proclitic splits of every token at once: token `i`'s
    /// [`Document::token_splits`] are `list[starts[i]..starts[i + 1]]`
    /// (`starts` has one entry more than the tokens), for a pass over
    /// every token that reads them without a look-up per token.
    pub fn all_token_splits(&self) -> (&[u32], &[TokenSplit]) {
        let splits = self.splits();
        (&splits.starts, &splits.list)
    }

    /// The word classes of every token: for token `i`, the union of the
    /// classes of its [`Document::token_splits`], or every class for a token
    /// too short to have splits (as
    /// [`crate::extract::word_class::token_may_be`] reads them). One test
    /// rules a token out of a lexicon's look-ups.
    pub fn token_classes(&self) -> &[u32] {
        &self.splits().classes
    }

    /// The tokens whose [`Document::token_classes`] have class `bit` (a
    /// token too short to have splits has every class), in text order:
    /// a pass over the classes alone, for the rules that look at those
    /// tokens only.
    pub fn tokens_of_class(&self, bit: u32) -> impl Iterator<Item = usize> + '_ {
        // Eight tokens at a time: a block none of which has the bit (most
        // blocks, for a rare class) is passed over with one test of the
        // union of their classes.
        const BLOCK: usize = 8;
        self.token_classes()
            .chunks(BLOCK)
            .enumerate()
            .filter(move |(_, block)| block.iter().fold(0, |a, &c| a | c) & bit != 0)
            .flat_map(move |(b, block)| {
                block
                    .iter()
                    .enumerate()
                    .filter(move |&(_, &c)| c & bit != 0)
                    .map(move |(i, _)| b * BLOCK + i)
            })
    }

    fn splits(&self) -> &Splits {
        self.splits
            .get_or_init(|| Splits::build(&self.tokens, self.key.as_bytes()))
    }

    /// Index of the token that contains normalized byte `pos`, if any.
    pub fn token_at(&self, pos: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.range.end <= pos);
        (i < self.tokens.len() && self.tokens[i].range.start <= pos).then_some(i)
    }

    /// Indices of the tokens holding the first and the last byte of the
    /// normalized byte `range`, if both bytes are inside tokens.
    pub fn token_span(&self, range: &Range<usize>) -> Option<(usize, usize)> {
        let first = self.token_at(range.start)?;
        let last = range.end.saturating_sub(1);
        let last = if last >= range.start {
            self.token_at_from(first, last)
        } else {
            self.token_at(last)
        };
        Some((first, last?))
    }

    /// [`Document::token_at`] for a byte `pos` that no token before token
    /// `from` holds or follows (`from` holds a byte at or before `pos`, as
    /// the first token of a span holds its start): a step or two forward
    /// from `from` for the last token of a short span, instead of a second
    /// binary search over the document's tokens (a search of the rest after
    /// eight steps).
    pub fn token_at_from(&self, from: usize, pos: usize) -> Option<usize> {
        let rest = self.tokens.get(from..)?;
        let mut k = rest
            .iter()
            .take(8)
            .position(|t| t.range.end > pos)
            .unwrap_or(rest.len().min(8));
        if k == 8 {
            k += rest[8..].partition_point(|t| t.range.end <= pos);
        }
        let i = from + k;
        (i < self.tokens.len() && self.tokens[i].range.start <= pos).then_some(i)
    }
}

/// Characters between two offsets [`CharIndex`] keeps.
const STEP: u32 = crate::normalize::ORIGINAL_STEP;

/// Byte offsets of the characters of a text: that of every [`STEP`]th
/// character, from which a look-up steps over at most `STEP - 1`
/// characters (a table of every offset cost four bytes per character).
/// The document's are written by the normalizer as it reads the original
/// ([`Normalized::original_steps`]).
#[derive(Debug)]
struct CharIndex<'a> {
    /// `at[k]`: the byte offset of character `k * STEP`.
    at: &'a [u32],
    /// Number of characters of the text.
    chars: u32,
}

impl CharIndex<'_> {
    /// The byte offset of character `c` of `text`, or its length when `c`
    /// is past the last character.
    fn byte_of(&self, text: &str, c: usize) -> usize {
        let bytes = text.as_bytes();
        let Some(c) = u32::try_from(c).ok().filter(|&c| c < self.chars) else {
            return bytes.len();
        };
        let mut p = self.at.get((c / STEP) as usize).map_or(0, |&b| b as usize);
        for _ in 0..c % STEP {
            p += bytes.get(p).map_or(1, |&b| utf8_len(b));
        }
        p.min(bytes.len())
    }
}

/// The length of the UTF-8 character whose first byte is `b`.
#[inline]
fn utf8_len(b: u8) -> usize {
    /// By the first byte's high nibble: 0–7 one byte, C–D two, E three,
    /// F four (8–B are continuation bytes, never first).
    const BY_NIBBLE: [u8; 16] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4];
    usize::from(BY_NIBBLE[usize::from(b >> 4)])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first and last token of a byte range; none when an end falls
    /// in a gap between tokens.
    #[test]
    fn token_span_table() {
        let doc = Document::new("قال جون كيري اليوم".to_string());
        let t = |i: usize| doc.tokens()[i].range.clone();
        // (range, expected tokens)
        type Row = (Range<usize>, Option<(usize, usize)>);
        let rows: Vec<Row> = vec![
            (t(1).start..t(2).end, Some((1, 2))),
            (t(0), Some((0, 0))),
            (t(1).start + 1..t(3).end - 1, Some((1, 3))),
            (t(0).end..t(2).end, None),
            (t(1).start..t(2).end + 1, None),
        ];
        for (range, want) in rows {
            assert_eq!(doc.token_span(&range), want, "{range:?}");
        }
    }

    #[test]
    fn title_paragraphs_boilerplate() {
        let text = "العنوان هنا\n\nالفقرة الأولى. جملة ثانية.\r\nالفقرة الثانية\n\nأقسام\nأخبار\nأخبار متعلقة";
        let doc = Document::new(text.to_string());
        assert_eq!(&doc.norm()[doc.title().unwrap()], "العنوان هنا");
        let paras: Vec<&str> = doc
            .paragraphs()
            .iter()
            .map(|r| &doc.norm()[r.clone()])
            .collect();
        assert_eq!(paras, vec!["الفقرة الاولى. جملة ثانية.", "الفقرة الثانية"]);
        assert_eq!(doc.boilerplate().len(), 3);
        assert_eq!(doc.sentences().len(), 4);
        assert_eq!(doc.sentences()[0].paragraph, None);
        assert!(!doc.key().contains("اقسام"));
        assert_eq!(doc.key().len(), doc.norm().len());
        let last = doc.tokens().last().unwrap();
        assert_eq!(doc.token_text(last), "الثانية");
        let span = doc.span(last.range.clone());
        assert_eq!(doc.original_slice(span), "الثانية");
    }

    #[test]
    fn trailing_tag_list_is_boilerplate() {
        // (text, last body paragraph, boilerplate ranges' text)
        let rows: &[(&str, &str, &[&str])] = &[
            (
                "العنوان\n\nقال الطبيب إن العملية نجحت. سمات البصر زراعة عين لندن",
                "قال الطبيب ان العملية نجحت.",
                &["سمات البصر زراعة عين لندن"],
            ),
            (
                "العنوان\n\nقال المدرب إن الفريق جاهز.\nصالح الصالح\n سمات المنتخب خالد القروني",
                "صالح الصالح",
                &["سمات المنتخب خالد القروني"],
            ),
            (
                "العنوان\n\nومن سمات المرحلة الهدوء",
                "ومن سمات المرحلة الهدوء",
                &[],
            ),
        ];
        for (text, last, boiler) in rows {
            let doc = Document::new(text.to_string());
            let para = doc.paragraphs().last().map(|r| &doc.norm()[r.clone()]);
            assert_eq!(para, Some(*last), "{text}");
            let b: Vec<&str> = doc
                .boilerplate()
                .iter()
                .map(|r| &doc.norm()[r.clone()])
                .collect();
            assert_eq!(b, *boiler, "{text}");
        }
    }

    #[test]
    fn no_title_without_blank_line() {
        let doc = Document::new("سطر اول\nسطر ثان".to_string());
        assert!(doc.title().is_none());
        assert_eq!(doc.paragraphs().len(), 2);
    }

    #[test]
    fn original_slice_at_every_offset() {
        let text: String = "ab قالَ الرّئيسُ\u{200F} إنّ 😀 x".repeat(9);
        let doc = Document::new(text.clone());
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let n = chars.len();
        let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
        for start in 0..=n + 2 {
            for end in [start, start + 1, start + 31, start + 33, n, n + 5] {
                let want = &text[byte(start.min(n))..byte(end.min(n)).max(byte(start.min(n)))];
                assert_eq!(
                    doc.original_slice(Span::new(start, end)),
                    want,
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn normalizer_marks_every_eighth_original_character() {
        // Plain letters, ASCII, CR LF pairs, lone CRs, diacritics, tatweel,
        // folded letters, a presentation form NFKC splits, Persian letters,
        // Arabic-Indic digits, characters of three and four bytes.
        let pieces = [
            "a", "ب", "€", "😀", " ", "\u{064E}", "\r\n", "\r", "\n", "ـ", "ة", "ى", "أ",
            "\u{FEFB}", "ک", "٣", "\u{200F}", "ؤ", "،", "\t",
        ];
        let options = [NormalizeOptions::default(), NormalizeOptions::none()];
        for opts in &options {
            let mut text = String::new();
            for i in 0..400 {
                let norm = crate::normalize::normalize(&text, opts);
                let want: Vec<u32> = text
                    .char_indices()
                    .step_by(STEP as usize)
                    .map(|(b, _)| b as u32)
                    .collect();
                assert_eq!(norm.original_steps(), &want[..], "{text:?}");
                assert_eq!(norm.original_len(), text.chars().count(), "{text:?}");
                let (nk, _) = normalize_with_key(&text, opts);
                assert_eq!(nk.original_steps(), &want[..], "{text:?}");
                text.push_str(pieces[(i * 7 + i / 3) % pieces.len()]);
                if i % 5 == 0 {
                    // Runs of plain letters of every length.
                    text.push_str(&"سلم".repeat(i % 11));
                }
            }
        }
    }

    #[test]
    fn token_splits_and_classes_agree_with_each_word() {
        // With the word classes built, so that the document and the test
        // classify alike.
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        let doc = Document::new(
            "وقال الرئيس للامم والولايات في و abc 2016 بالمدينة ولللجنة x😀y".to_string(),
        );
        let classify = token_splits::classifier();
        for (i, t) in doc.tokens().iter().enumerate() {
            let key = doc.token_key(t);
            let mut want = Vec::new();
            token_splits::push_splits_with(key.as_bytes(), classify, &mut want);
            assert_eq!(doc.token_splits(i), &want[..], "{key}");
            let union = match want.as_slice() {
                [] => token_splits::ALL_CLASSES,
                splits => splits.iter().fold(0, |a, s| a | s.classes),
            };
            assert_eq!(doc.token_classes()[i], union, "{key}");
        }
    }

    #[test]
    fn all_token_splits_are_each_tokens() {
        // Token by token, the slice of the whole list is the token's
        // splits, for words with and without proclitics, short tokens
        // (none), numbers and Latin words.
        let rows: &[(&str, usize)] = &[
            ("وقال الرئيس للامم والولايات", 4),
            ("في و abc 2016 بالمدينة ولللجنة", 6),
            ("x😀y ، . وبن", 3),
        ];
        for &(text, tokens) in rows {
            let doc = Document::new(text.to_string());
            let (starts, list) = doc.all_token_splits();
            assert_eq!(doc.tokens().len(), tokens, "{text}");
            assert_eq!(starts.len(), tokens + 1, "{text}");
            assert_eq!(starts.last().copied(), Some(list.len() as u32), "{text}");
            for i in 0..tokens {
                let all = &list[starts[i] as usize..starts[i + 1] as usize];
                assert_eq!(all, doc.token_splits(i), "{text} #{i}");
            }
        }
    }

    #[test]
    fn token_at_from_is_token_at() {
        let doc = Document::new(
            "قال الرئيس، في بيان: إن الاجتماع عقد أمس في 12 مايو 2016 بحضور وزراء الخارجية والدفاع."
                .to_string(),
        );
        let n = doc.norm().len();
        // (from, byte, token): rows of the table, then every byte from every
        // token that starts at or before it.
        let rows: &[(usize, usize, Option<usize>)] = &[
            (0, 0, Some(0)),
            (0, 7, Some(1)),
            (0, 6, None),
            (1, 7, Some(1)),
            (0, n - 2, doc.token_at(n - 2)),
            (0, n, None),
        ];
        for &(from, pos, want) in rows {
            assert_eq!(doc.token_at_from(from, pos), want, "{from} {pos}");
        }
        for (from, t) in doc.tokens().iter().enumerate() {
            for pos in t.range.start..=n {
                assert_eq!(
                    doc.token_at_from(from, pos),
                    doc.token_at(pos),
                    "{from} {pos}"
                );
            }
        }
        for start in 0..=n {
            for end in 0..=n + 1 {
                let want = doc.token_at(start).zip(doc.token_at(end.saturating_sub(1)));
                assert_eq!(doc.token_span(&(start..end)), want, "{start}..{end}");
            }
        }
    }

    #[test]
    fn token_lookup() {
        let doc = Document::new("قال الرئيس".to_string());
        assert_eq!(doc.token_at(0), Some(0));
        assert_eq!(doc.token_at(7), Some(1));
        assert_eq!(doc.token_at(6), None);
    }
}
