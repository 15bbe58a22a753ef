//! Pairing of quotation marks: “ ” « » „ ‹ › " ' with nested, reversed and
//! unbalanced uses, in one linear pass over the normalized text.
//!
//! An opening mark stays open until its paragraph ends, unless the next
//! paragraph begins with a mark of the same family (the convention for a
//! quotation that runs over several paragraphs); it never stays open for more
//! than [`MAX_QUOTE_CHARS`] characters. A mark that is not closed within those
//! bounds is reported as [`Pairing::unclosed`], with the extent it would have
//! covered (to the end of its paragraph, at most [`MAX_QUOTE_CHARS`]).

use crate::byte_set::{BLOCK, ByteSet};
use std::collections::VecDeque;
use std::ops::Range;

/// Longest quotation, in characters, before an open mark is given up.
pub const MAX_QUOTE_CHARS: usize = 3000;

/// Deepest nesting of open marks kept; deeper ones push the oldest out.
pub const MAX_DEPTH: usize = 8;

/// Families of quotation marks: a mark closes only a mark of its family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// « » (also reversed » «).
    Guillemet,
    /// “ ” „ (also reversed ” “).
    Curly,
    /// ‹ ›.
    Single,
    /// The straight double quote ".
    Straight,
    /// The straight single quote ' at a word edge.
    Apostrophe,
}

/// A pair of marks, or an open mark with its bounded extent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    /// Byte range of the opening mark.
    pub open: Range<usize>,
    /// Byte range of the closing mark (`None` when unclosed).
    pub close: Option<Range<usize>>,
    /// Byte range of the text inside the marks (or up to the bound).
    pub inner: Range<usize>,
    /// Nesting depth when opened (0 = outermost).
    pub depth: usize,
    /// Family of the marks.
    pub family: Family,
}

/// The result of pairing a text's marks.
#[derive(Clone, Debug, Default)]
pub struct Pairing {
    /// Closed pairs, in order of their opening mark.
    pub pairs: Vec<Marked>,
    /// Marks left open, with their bounded extent, in text order.
    pub unclosed: Vec<Marked>,
}

struct Open {
    pos: usize,
    len: usize,
    family: Family,
    /// Opened by a mark that normally closes (” or »): Arabic texts often type
    /// the pair in reverse.
    reversed: bool,
    /// Character count at the opening mark.
    chars_at: usize,
    /// End of the paragraph the quotation currently reaches.
    para_end: usize,
    /// Sentence ends seen before the mark.
    sentences_at: usize,
}

fn family_of(c: char) -> Option<(Family, bool)> {
    // (family, is the usual opening mark)
    Some(match c {
        '«' => (Family::Guillemet, true),
        '»' => (Family::Guillemet, false),
        '“' | '„' => (Family::Curly, true),
        '”' | '″' => (Family::Curly, false),
        '‹' => (Family::Single, true),
        '›' => (Family::Single, false),
        '"' => (Family::Straight, true),
        '\'' => (Family::Apostrophe, true),
        _ => return None,
    })
}

/// A character [`pair`] acts on: a quotation mark, a sentence end or a line
/// break. Any other only moves the position on.
fn is_significant(c: char) -> bool {
    matches!(c, '.' | '؟' | '?' | '!' | '\n') || family_of(c).is_some()
}

/// Bytes that may belong to an [`is_significant`] character: the ASCII
/// ones, the second byte of ؟ (D8 9F) and of the marks of the General
/// Punctuation block (E2 80 ..), and the first byte of « » (C2 AB, C2 BB):
/// their second bytes are those of ث (D8 AB), a common letter, whose
/// blocks a search for them stopped at.
const SIGNIFICANT_BYTES: ByteSet<9> =
    ByteSet::new([b'.', b'?', b'!', b'\n', b'"', b'\'', 0x9F, 0x80, 0xC2]);

/// Byte offset of the first [`is_significant`] character of `text` at or
/// after `from` (a character boundary), or the end of the text.
fn next_significant(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut p = from;
    while p < bytes.len() {
        // Whole blocks without a candidate byte first (most of a text).
        p = SIGNIFICANT_BYTES.skip_blocks(bytes, p);
        let end = (p + BLOCK).min(bytes.len());
        let Some(k) = bytes[p..end]
            .iter()
            .position(|&b| SIGNIFICANT_BYTES.contains(b))
        else {
            p = end;
            continue;
        };
        p += k;
        // The character holding the byte: the byte itself when ASCII or the
        // lead byte C2, else the character starting one byte before it (a
        // lead byte: the byte at `from` is never a continuation byte).
        let start = if bytes[p] < 0x80 || bytes[p] == 0xC2 {
            p
        } else {
            p.saturating_sub(1)
        };
        if text.is_char_boundary(start) && text[start..].chars().next().is_some_and(is_significant)
        {
            return start;
        }
        p += 1;
    }
    bytes.len()
}

/// Byte offset of the first line break of `text` at or after `from`, or the
/// end of the text.
fn line_end(text: &str, from: usize) -> usize {
    // The memchr crate's search (vectorized, AVX2 where there is some):
    // `str::find` with a `char` reads a word at a time.
    memchr::memchr(b'\n', &text.as_bytes()[from..]).map_or(text.len(), |p| from + p)
}

/// Number of characters of `s`.
fn char_count(s: &str) -> usize {
    // The standard library counts many bytes at a time.
    s.chars().count()
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Pairs the quotation marks of `text` (normalized text, paragraphs separated
/// by line breaks). Linear in the length of `text`.
pub fn pair(text: &str) -> Pairing {
    let mut out = Pairing::default();
    let mut stack: VecDeque<Open> = VecDeque::new();
    let mut pos = 0;
    let mut prev: Option<char> = None;
    let mut prev2: Option<char> = None;
    let mut count = 0usize;
    let mut sentence_ends = 0usize;
    // The paragraph the text is at: where it starts, and where it ends once
    // a mark needed it (found then, and once per paragraph).
    let mut para_start = 0usize;
    let mut para_end: Option<usize> = None;
    loop {
        // Only marks, sentence ends and line breaks act: jump from one to
        // the next, counting the characters on the way. (An open mark that
        // grows too long on the way expires at the next one: its extent is
        // cut to MAX_QUOTE_CHARS characters all the same.)
        let i = next_significant(text, pos);
        let skipped = &text[pos..i];
        // Only the characters inside an open mark count (a mark's length is
        // the difference of two counts).
        if !stack.is_empty() {
            count += char_count(skipped);
        }
        let mut back = skipped.chars().rev();
        match (back.next(), back.next()) {
            (None, _) => {}
            (Some(a), None) => (prev2, prev) = (prev, Some(a)),
            (Some(a), b) => (prev2, prev) = (b, Some(a)),
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        count += 1;
        pos = i + c.len_utf8();
        // Expire the oldest open mark once it is too long.
        while stack
            .front()
            .is_some_and(|o| count.saturating_sub(o.chars_at) > MAX_QUOTE_CHARS)
        {
            if let Some(o) = stack.pop_front() {
                keep_unclosed(&mut out.unclosed, text, bounded(text, &o, i));
            }
        }
        let next = text[pos..].chars().next();
        if matches!(c, '.' | '؟' | '?' | '!') && next.is_none_or(char::is_whitespace) {
            sentence_ends += 1;
        }
        if c == '\n' {
            // Paragraph break: open marks end here, unless the next paragraph
            // reopens the same family (multi-paragraph quotation).
            let rest = &text[i..];
            let next_line_start = i + rest.len() - rest.trim_start().len();
            let reopen = text[next_line_start..]
                .chars()
                .next()
                .and_then(family_of)
                .filter(|(f, opening)| {
                    *opening && matches!(f, Family::Guillemet | Family::Curly | Family::Straight)
                });
            let keep = stack.len() == 1 && reopen.is_some_and(|(f, _)| stack[0].family == f);
            para_start = next_line_start;
            para_end = None;
            if keep {
                stack[0].para_end = *para_end.get_or_insert_with(|| line_end(text, para_start));
                // Skip the reopening mark.
                let mark_end = next_line_start
                    + text[next_line_start..]
                        .chars()
                        .next()
                        .map_or(0, char::len_utf8);
                count += char_count(&text[pos..mark_end]);
                pos = mark_end;
                {
                    prev2 = None;
                    prev = None;
                }
                continue;
            }
            while let Some(o) = stack.pop_front() {
                keep_unclosed(&mut out.unclosed, text, bounded(text, &o, i));
            }
            {
                prev2 = prev;
                prev = Some(c);
            }
            continue;
        }
        let Some((family, opening)) = family_of(c) else {
            {
                prev2 = prev;
                prev = Some(c);
            }
            continue;
        };
        let len = c.len_utf8();
        match family {
            Family::Straight => match stack.iter().rposition(|o| o.family == family) {
                Some(k) => close_at(&mut stack, &mut out, text, k, i, len),
                // A mark glued to the end of a word or sentence with nothing
                // open is a stray closer: it opens nothing.
                None if prev.is_some_and(|p| !p.is_whitespace() && family_of(p).is_none())
                    && next.is_none_or(|n| !n.is_alphanumeric() && n != ' ') => {}
                None => push_open(
                    &mut stack,
                    &mut out,
                    text,
                    new_open(
                        i,
                        len,
                        family,
                        false,
                        count,
                        *para_end.get_or_insert_with(|| line_end(text, para_start)),
                    ),
                ),
            },
            Family::Apostrophe => {
                // Only at a word edge: not in O'Brien.
                let open_here = stack.iter().rposition(|o| o.family == family);
                match open_here {
                    Some(k) if !is_word(next) => close_at(&mut stack, &mut out, text, k, i, len),
                    _ if !is_word(prev) && is_word(next) => push_open(
                        &mut stack,
                        &mut out,
                        text,
                        new_open(
                            i,
                            len,
                            family,
                            false,
                            count,
                            *para_end.get_or_insert_with(|| line_end(text, para_start)),
                        ),
                    ),
                    _ => {}
                }
            }
            _ => {
                // A usual closer between a space (or a lone clitic و ب ل ف
                // after a space) and a letter opens: «و”صالح”».
                let after_space = prev.is_none_or(char::is_whitespace)
                    || (prev.is_some_and(|p| matches!(p, 'و' | 'ب' | 'ل' | 'ف' | 'ك'))
                        && prev2.is_none_or(char::is_whitespace));
                // A usual opener after a word and before the end of the
                // sentence closes, when one of its family is open: «… إليه «.
                let closes_by_context = opening
                    && !is_word(next)
                    && next.is_none_or(|n| n != '“' && n != '«')
                    && stack.iter().any(|o| o.family == family && !o.reversed)
                    && c != '„';
                let opens = if opening {
                    !closes_by_context
                } else {
                    after_space && is_word(next)
                };
                let k = if opens {
                    // An opener closes a reversed pair (”…“, »…«) or „…“.
                    stack
                        .iter()
                        .rposition(|o| {
                            o.family == family
                                && (o.reversed || (c == '“' && text[o.pos..].starts_with('„')))
                        })
                        .filter(|_| opening)
                } else {
                    stack.iter().rposition(|o| o.family == family)
                };
                match k {
                    Some(k) => close_at(&mut stack, &mut out, text, k, i, len),
                    // A usual closer glued to the end of a word or sentence,
                    // with none of its family open and no word after it, is a
                    // stray closer: it opens nothing («الطائرة” علما أن … “هي …”»).
                    None if !opening
                        && prev.is_some_and(|p| {
                            !p.is_whitespace() && p != ':' && family_of(p).is_none()
                        })
                        && !is_word(next)
                        && next_of_family_opens(text, pos, family) => {}
                    None => {
                        // A new quotation after a sentence end gives up an
                        // older open mark of its family («سنأتيكم …. … «…»).
                        if stack
                            .back()
                            .is_some_and(|o| o.family == family && o.sentences_at < sentence_ends)
                            && let Some(o) = stack.pop_back()
                        {
                            keep_unclosed(&mut out.unclosed, text, bounded(text, &o, i));
                        }
                        let para_end = *para_end.get_or_insert_with(|| line_end(text, para_start));
                        let mut o = new_open(i, len, family, !opening, count, para_end);
                        o.sentences_at = sentence_ends;
                        push_open(&mut stack, &mut out, text, o);
                    }
                }
            }
        }
        {
            prev2 = prev;
            prev = Some(c);
        }
    }
    while let Some(o) = stack.pop_front() {
        keep_unclosed(&mut out.unclosed, text, bounded(text, &o, text.len()));
    }
    out.pairs.sort_by_key(|m| m.open.start);
    out.unclosed.sort_by_key(|m| m.open.start);
    out
}

/// True when the next mark of `family` after byte `from`, on the same line,
/// is a usual opener between a space and a word («… بالحادث “هي …»): the
/// mark before it was no reversed opener. Reads at most to that mark or the
/// line's end (linear over a line of many marks).
fn next_of_family_opens(text: &str, from: usize, family: Family) -> bool {
    let mut prev = None;
    let mut chars = text[from..].chars();
    while let Some(c) = chars.next() {
        if c == '\n' {
            return false;
        }
        if let Some((f, opening)) = family_of(c)
            && f == family
        {
            return opening && prev.is_none_or(char::is_whitespace) && is_word(chars.next());
        }
        prev = Some(c);
    }
    false
}

fn new_open(
    pos: usize,
    len: usize,
    family: Family,
    reversed: bool,
    chars_at: usize,
    para_end: usize,
) -> Open {
    Open {
        pos,
        len,
        family,
        reversed,
        chars_at,
        para_end,
        sentences_at: 0,
    }
}

fn push_open(stack: &mut VecDeque<Open>, out: &mut Pairing, text: &str, o: Open) {
    if stack.len() >= MAX_DEPTH
        && let Some(old) = stack.pop_front()
    {
        keep_unclosed(&mut out.unclosed, text, bounded(text, &old, o.pos));
    }
    stack.push_back(o);
}

fn close_at(
    stack: &mut VecDeque<Open>,
    out: &mut Pairing,
    text: &str,
    k: usize,
    pos: usize,
    len: usize,
) {
    // Marks opened inside the pair and never closed are unclosed.
    while stack.len() > k + 1 {
        if let Some(o) = stack.pop_back() {
            keep_unclosed(&mut out.unclosed, text, bounded(text, &o, pos));
        }
    }
    if let Some(o) = stack.pop_back() {
        out.pairs.push(Marked {
            open: o.pos..o.pos + o.len,
            close: Some(pos..pos + len),
            inner: o.pos + o.len..pos,
            depth: k,
            family: o.family,
        });
    }
}

/// Keeps an unclosed mark only when some letter follows it (looking at a
/// bounded prefix, so that the pass stays linear).
fn keep_unclosed(list: &mut Vec<Marked>, text: &str, m: Marked) {
    if text[m.inner.clone()]
        .chars()
        .take(64)
        .any(char::is_alphanumeric)
    {
        list.push(m);
    }
}

/// The extent of an unclosed mark: to the end of its paragraph, to `limit`,
/// and to [`MAX_QUOTE_CHARS`] characters, whichever comes first.
fn bounded(text: &str, o: &Open, limit: usize) -> Marked {
    let start = o.pos + o.len;
    let mut end = o.para_end.min(limit).max(start).min(text.len());
    if let Some((b, _)) = text[start..end].char_indices().nth(MAX_QUOTE_CHARS) {
        end = start + b;
    }
    // An unclosed quotation ends with its first sentence.
    let piece = &text[start..end];
    let mut it = piece.char_indices().peekable();
    while let Some((b, ch)) = it.next() {
        if matches!(ch, '.' | '؟' | '?' | '!') && it.peek().is_none_or(|&(_, n)| n.is_whitespace())
        {
            end = start + b;
            break;
        }
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Marked {
        open: o.pos..start,
        close: None,
        inner: start..end.max(start),
        depth: 0,
        family: o.family,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> (Vec<String>, Vec<String>) {
        let p = pair(text);
        (
            p.pairs
                .iter()
                .map(|m| text[m.inner.clone()].to_string())
                .collect(),
            p.unclosed
                .iter()
                .map(|m| text[m.inner.clone()].to_string())
                .collect(),
        )
    }

    #[test]
    fn line_end_is_the_next_line_break() {
        for text in ["", "\n", "قال\n«نعم»\n", "بلا فاصل", "a\n\nb", "ثث\nث"] {
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let want = text[from..].find('\n').map_or(text.len(), |p| from + p);
                assert_eq!(line_end(text, from), want, "{text:?} {from}");
            }
        }
    }

    #[test]
    fn pairing_table() {
        // (text, closed pairs' inner texts in order of opening, unclosed extents)
        let rows: &[(&str, &[&str], &[&str])] = &[
            ("قال “نعم” و«لا»", &["نعم", "لا"], &[]),
            ("قال »نعم« و”لا“", &["نعم", "لا"], &[]),
            ("قال „نعم“ هنا", &["نعم"], &[]),
            ("قال \"نعم\" و\"لا\"", &["نعم", "لا"], &[]),
            ("«قال “نعم” ثم»", &["قال “نعم” ثم", "نعم"], &[]),
            ("قال «نعم\nفقرة ثانية»", &[], &["نعم"]),
            ("قال «نعم\n«فقرة ثانية»", &["نعم\n«فقرة ثانية"], &[]),
            ("O'Brien 'yes' ok", &["yes"], &[]),
            ("قال “نعم", &[], &["نعم"]),
            ("«أ “ب» ج", &["أ “ب"], &["ب"]),
            (
                "وقال: «نعم هذا ما نسعى إليه «. وأضاف",
                &["نعم هذا ما نسعى إليه "],
                &[],
            ),
            ("وقال فوكس\" الإجراء صحيح\".", &[" الإجراء صحيح"], &[]),
            // A usual closer glued to a word, with none open and a usual
            // opener next, is stray; after a colon, or before a closing
            // “, it opens a reversed pair.
            (
                "سقوط الطائرة” علما أن التحقيق “هي من مسؤوليات المكتب”، على حد ما نقلت",
                &["هي من مسؤوليات المكتب"],
                &[],
            ),
            ("وقالت :” إنه مكلف “. وبينت", &[" إنه مكلف "], &[]),
            (
                "السيد ساتيش» إن الشراكة مثمرة» من جهة",
                &[" إن الشراكة مثمرة"],
                &[],
            ),
        ];
        for (text, pairs, unclosed) in rows {
            let (p, u) = inner(text);
            assert_eq!(
                p,
                pairs.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{text}"
            );
            assert_eq!(
                u,
                unclosed.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{text}"
            );
        }
    }

    #[test]
    fn next_significant_is_the_first_significant_character() {
        // Long enough for whole blocks, with lookalike bytes (ث is D8 AB,
        // like « C2 AB; ‐ is E2 80 90, like “ E2 80 9C; the no-break space
        // C2 A0 and ¬ C2 AC lead like « »).
        let base = "كلمة\u{A0}ثالثة ¬ ‐ O'Brien 3.5 «نعم» “لا” ؟ „هل‟ ‹ا› \"ب\" ! ? .\nسطر ثان ثم ثلاث كلمات طويلة ";
        let text = base.repeat(3);
        for (from, _) in text.char_indices() {
            let naive = text[from..]
                .char_indices()
                .find(|&(_, c)| is_significant(c))
                .map_or(text.len(), |(i, _)| from + i);
            assert_eq!(next_significant(&text, from), naive, "{from}");
        }
    }

    #[test]
    fn unclosed_is_bounded_in_one_paragraph() {
        let text = format!("«{}", "كلمة ".repeat(2000));
        let p = pair(&text);
        assert_eq!(p.unclosed.len(), 1);
        assert_eq!(
            text[p.unclosed[0].inner.clone()].chars().count(),
            MAX_QUOTE_CHARS
        );
    }

    #[test]
    fn many_marks_linear_and_bounded() {
        let text = "«".repeat(100_000);
        let p = pair(&text);
        // The last mark, before the end, closes the one before it: empty.
        assert!(p.pairs.len() <= 1 && p.pairs.iter().all(|m| m.inner.is_empty()));
        assert!(p.unclosed.is_empty());
        let text = "\"".repeat(100_000);
        assert_eq!(pair(&text).pairs.len(), 50_000);
        // Closers glued to words on one long line: each looks ahead to the
        // next mark only, and they pair as reversed marks.
        let text = "كلمة” ".repeat(200_000);
        assert_eq!(pair(&text).pairs.len(), 100_000);
        let text = "كلمة” “".repeat(100_000);
        assert_eq!(pair(&text).pairs.len(), 99_999);
    }
}
