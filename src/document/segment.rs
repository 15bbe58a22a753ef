//! Segmentation of a paragraph into sentences and of a sentence into tokens.

use unicode_segmentation::UnicodeSegmentation;

/// True for characters that open a quotation.
pub fn is_open_quote(c: char) -> bool {
    matches!(c, '«' | '“' | '„' | '‹')
}

/// True for characters that close a quotation.
pub fn is_close_quote(c: char) -> bool {
    matches!(c, '»' | '”' | '›')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '؟' | '?' | '!' | '…' | '؛')
}

/// Splits one paragraph (no line breaks) into sentence byte ranges, relative
/// to `text`. Sentences end at . ؟ ? ! … ؛ (and runs of them), not inside
/// quotation marks (when the paragraph's marks balance), not inside numbers
/// such as 3.5, and take closing quotes and brackets that follow the
/// terminator. Leading and trailing spaces are trimmed from each range.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let respect_quotes = quotes_balance(text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth: i32 = 0;
    let mut straight_open = false;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if is_open_quote(c) {
            depth += 1;
        } else if is_close_quote(c) {
            depth = (depth - 1).max(0);
        } else if c == '"' {
            straight_open = !straight_open;
        }
        let quoted = respect_quotes && (depth > 0 || straight_open);
        if is_terminator(c) && !quoted {
            let between_digits = c == '.'
                && i > 0
                && chars[i - 1].1.is_ascii_digit()
                && chars.get(i + 1).is_some_and(|(_, n)| n.is_ascii_digit());
            if !between_digits {
                let mut j = i + 1;
                while j < chars.len()
                    && (is_terminator(chars[j].1) || matches!(chars[j].1, ')' | ']' | '»' | '”'))
                {
                    j += 1;
                }
                let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
                push_trimmed(text, start, end, &mut out);
                start = end;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn quotes_balance(text: &str) -> bool {
    let mut depth: i32 = 0;
    let mut straight = 0usize;
    for c in text.chars() {
        if is_open_quote(c) {
            depth += 1;
        } else if is_close_quote(c) {
            depth -= 1;
            if depth < 0 {
                return false;
            }
        } else if c == '"' {
            straight += 1;
        }
    }
    depth == 0 && straight % 2 == 0
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if start + lead < end - trail {
        out.push((start + lead, end - trail));
    }
}

/// Kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A word (letters, possibly with digits).
    Word,
    /// A number (digits, with . or , inside).
    Number,
}

/// Splits `text` into word tokens (Unicode word boundaries, UAX #29),
/// returning byte ranges relative to `text`. Punctuation and spaces are not
/// tokens.
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, usize, TokenKind)> + '_ {
    text.split_word_bound_indices().filter_map(|(i, w)| {
        let mut any_alpha = false;
        let mut any_digit = false;
        for c in w.chars() {
            if c.is_numeric() {
                any_digit = true;
            } else if c.is_alphabetic() {
                any_alpha = true;
            }
        }
        if any_alpha {
            Some((i, i + w.len(), TokenKind::Word))
        } else if any_digit {
            Some((i, i + w.len(), TokenKind::Number))
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn sentence_table() {
        let rows: &[(&str, &[&str])] = &[
            ("قال. ثم ذهب.", &["قال.", "ثم ذهب."]),
            ("هل جاء؟ نعم!", &["هل جاء؟", "نعم!"]),
            ("ارتفع 3.5 في المئة.", &["ارتفع 3.5 في المئة."]),
            ("وقال “جاء. وذهب.” ثم مضى.", &["وقال “جاء. وذهب.” ثم مضى."]),
            ("وقال «جاء. وذهب.» ثم مضى.", &["وقال «جاء. وذهب.» ثم مضى."]),
            (
                "قال “جاء. وذهب. ثم مضى.",
                &["قال “جاء.", "وذهب.", "ثم مضى."],
            ),
            ("انتهى... ثم بدأ", &["انتهى...", "ثم بدأ"]),
            ("  ", &[]),
            ("بلا نهاية", &["بلا نهاية"]),
        ];
        for (text, want) in rows {
            assert_eq!(split(text), *want, "{text}");
        }
    }

    #[test]
    fn token_table() {
        let text = "قال، في 27 شباط/فبراير: 3.5%";
        let got: Vec<(&str, TokenKind)> = tokens(text).map(|(s, e, k)| (&text[s..e], k)).collect();
        assert_eq!(
            got,
            vec![
                ("قال", TokenKind::Word),
                ("في", TokenKind::Word),
                ("27", TokenKind::Number),
                ("شباط", TokenKind::Word),
                ("فبراير", TokenKind::Word),
                ("3.5", TokenKind::Number),
            ]
        );
    }
}
