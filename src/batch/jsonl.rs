//! Filter mode input: JSON Lines records `{"id": …, "text": …, "date": …}`.
//!
//! `id` is any JSON value and is copied to the output as is; `text` is the
//! article; `date` (optional, `YYYY-MM-DD`, or an ISO date-time whose first
//! ten characters are the date, or null) is the reference date for relative
//! expressions. Other fields are ignored. Blank lines are skipped.

use crate::civil::Ymd;
use crate::error::{Error, ErrorKind};
use serde_json::Value;
use std::io::BufRead;

/// One parsed input record.
#[derive(Debug, Clone, PartialEq)]
pub struct InputRecord {
    /// The record's `id` (any JSON value), if present.
    pub id: Option<Value>,
    /// The article text.
    pub text: String,
    /// The record's reference date, if present.
    pub date: Option<Ymd>,
}

/// A record that could not be parsed: its `id` when it could be recovered,
/// and the reason.
#[derive(Debug, Clone)]
pub struct BadRecord {
    /// The `id`, if recoverable.
    pub id: Option<Value>,
    /// The error (kind `bad_record`, or `empty` for an empty text).
    pub error: Error,
}

/// Parses one line of JSON Lines input.
pub fn parse_record(line: &[u8]) -> Result<InputRecord, BadRecord> {
    let bad = |id: Option<Value>, msg: String| BadRecord {
        id,
        error: Error::new(ErrorKind::BadRecord, msg),
    };
    // Most records are `{"id": …, "text": "…", "date": "…"}` with plain
    // strings: read those directly; anything else (other fields, escapes
    // such as \u, errors) goes through serde_json, which gives the errors.
    if let Some(record) = parse_plain(line) {
        return Ok(record);
    }
    let value: Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => return Err(bad(recover_id(line), format!("invalid JSON: {e}"))),
    };
    let Value::Object(mut obj) = value else {
        return Err(bad(None, "a record must be a JSON object".into()));
    };
    let id = obj.remove("id");
    let text = match obj.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(bad(id, "\"text\" must be a string".into())),
        None => return Err(bad(id, "missing \"text\"".into())),
    };
    let date = match obj.remove("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match parse_date(&s) {
            Some(d) => Some(d),
            None => return Err(bad(id, format!("bad \"date\" {s:?} (want YYYY-MM-DD)"))),
        },
        Some(_) => return Err(bad(id, "\"date\" must be a string".into())),
    };
    if text.is_empty() {
        return Err(BadRecord {
            id,
            error: Error::new(ErrorKind::Empty, "empty text"),
        });
    }
    Ok(InputRecord { id, text, date })
}

/// [`parse_record`] for a well-formed record whose fields are only `id`,
/// `text` and `date`, each at most once, whose keys have no escapes and
/// whose strings have none but `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`,
/// `\t`; `None` for anything else, including every record
/// [`parse_record`] refuses (which then reads it with serde_json and says
/// why). The line is checked to be UTF-8 at once (SIMD), instead of every
/// string between escapes one character at a time; `id` is read by
/// serde_json, as the full parse does.
fn parse_plain(line: &[u8]) -> Option<InputRecord> {
    let s = simdutf8::basic::from_utf8(line).ok()?;
    let b = s.as_bytes();
    let mut p = skip_ws(b, 0);
    if b.get(p) != Some(&b'{') {
        return None;
    }
    p = skip_ws(b, p + 1);
    let (mut id, mut text, mut date): (Option<Value>, Option<String>, Option<Option<String>>) =
        (None, None, None);
    loop {
        if b.get(p) != Some(&b'"') {
            return None;
        }
        let end = p + 1 + special_at(&b[p + 1..])?;
        if b[end] != b'"' {
            return None;
        }
        let key = &s[p + 1..end];
        p = skip_ws(b, end + 1);
        if b.get(p) != Some(&b':') {
            return None;
        }
        p = skip_ws(b, p + 1);
        match key {
            "text" if text.is_none() => {
                let (t, q) = plain_string(s, p)?;
                text = Some(t);
                p = q;
            }
            "date" if date.is_none() => {
                if b[p..].starts_with(b"null") {
                    date = Some(None);
                    p += 4;
                } else {
                    let (d, q) = plain_string(s, p)?;
                    date = Some(Some(d));
                    p = q;
                }
            }
            "id" if id.is_none() => {
                let mut values = serde_json::Deserializer::from_str(&s[p..]).into_iter::<Value>();
                id = Some(values.next()?.ok()?);
                p += values.byte_offset();
            }
            _ => return None,
        }
        p = skip_ws(b, p);
        match b.get(p) {
            Some(b',') => p = skip_ws(b, p + 1),
            Some(b'}') => break,
            _ => return None,
        }
    }
    if skip_ws(b, p + 1) != b.len() {
        return None;
    }
    let text = text.filter(|t| !t.is_empty())?;
    let date = match date.flatten() {
        None => None,
        Some(d) => Some(parse_date(&d)?),
    };
    Some(InputRecord { id, text, date })
}

/// The first position at or after `p` that is no JSON white space.
fn skip_ws(b: &[u8], mut p: usize) -> usize {
    while b
        .get(p)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
    {
        p += 1;
    }
    p
}

/// The JSON string that starts at `s[p]` (a `"`), unescaped, and the
/// position after its closing quote; `None` for no string there, a `\u`
/// escape, a bad escape or a control character.
fn plain_string(s: &str, mut p: usize) -> Option<(String, usize)> {
    let b = s.as_bytes();
    if b.get(p) != Some(&b'"') {
        return None;
    }
    p += 1;
    // Room for the rest of the line at once: a text with escapes (`\n`
    // between its paragraphs) is copied in pieces, which would otherwise
    // grow the string by doubling, copying it each time.
    let mut out = String::with_capacity(s.len() - p);
    loop {
        let at = p + special_at(&b[p..])?;
        // `at` is an ASCII byte: a character boundary.
        out.push_str(&s[p..at]);
        match b[at] {
            b'"' => return Some((out, at + 1)),
            b'\\' => {
                out.push(match b.get(at + 1)? {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return None,
                });
                p = at + 2;
            }
            _ => return None,
        }
    }
}

/// The offset of the first byte of `b` that ends a run of a JSON string's
/// plain characters: `"`, `\\` or a control character (below 0x20).
/// Eight bytes at a time.
fn special_at(b: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bit 7 of byte k set when byte k is below `n`, exact for the lowest
    // such byte (a borrow only reaches the bytes above it).
    #[inline]
    fn below(x: u64, n: u8) -> u64 {
        x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH
    }
    // Blocks of 32 bytes (the text between two `\n` escapes is a
    // paragraph) are passed over with one test each, written without
    // branches so that the compiler compares the whole block at once; the
    // block that holds one, and the rest, eight bytes at a time.
    let mut at = crate::byte_set::skip_blocks_where(b, 0, |block| {
        let mut any = 0u8;
        for &c in block {
            any |= u8::from(c < 0x20) | u8::from(c == b'"') | u8::from(c == b'\\');
        }
        any != 0
    });
    let mut words = b[at..].chunks_exact(8);
    for w in &mut words {
        let mut a = [0u8; 8];
        a.copy_from_slice(w);
        let x = u64::from_le_bytes(a);
        let m = below(x, 0x20) | below(x ^ (ONES * 0x22), 1) | below(x ^ (ONES * 0x5C), 1);
        if m != 0 {
            return Some(at + (m.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let rest = words.remainder();
    rest.iter()
        .position(|&c| c < 0x20 || c == b'"' || c == b'\\')
        .map(|k| at + k)
}

/// `YYYY-MM-DD`, optionally followed by a time (`T…` or ` …`).
fn parse_date(s: &str) -> Option<Ymd> {
    let s = s.trim();
    let head = s.get(..10)?;
    let tail = &s[10..];
    if !(tail.is_empty() || tail.starts_with('T') || tail.starts_with(' ')) {
        return None;
    }
    head.parse().ok()
}

/// Finds `"id": value` in a line that is not valid JSON (e.g. truncated
/// after the id), reading the value with a streaming parser.
fn recover_id(line: &[u8]) -> Option<Value> {
    let text = String::from_utf8_lossy(line);
    let mut from = 0;
    while let Some(pos) = text[from..].find("\"id\"") {
        let after = text[from + pos + 4..].trim_start();
        if let Some(rest) = after.strip_prefix(':') {
            let mut de = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
            if let Some(Ok(v)) = de.next()
                && !v.is_object()
                && !v.is_array()
            {
                return Some(v);
            }
        }
        from += pos + 4;
    }
    None
}

/// The non-blank lines of a reader, numbered from 1, as raw bytes (a bad
/// UTF-8 sequence is the record's problem, not the stream's). A read error
/// ends the sequence after being returned.
pub struct Lines<R> {
    reader: R,
    number: usize,
    failed: bool,
    /// Capacity for the next line: the last line's length, so that a line
    /// is not grown by doubling from a few bytes (copying it each time).
    capacity: usize,
}

/// Reads the non-blank lines of `reader`.
pub fn lines<R: BufRead>(reader: R) -> Lines<R> {
    Lines {
        reader,
        number: 0,
        failed: false,
        capacity: 0,
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = std::io::Result<(usize, Vec<u8>)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            let mut buf = Vec::with_capacity(self.capacity);
            match read_until_newline(&mut self.reader, &mut buf) {
                Ok(0) => return None,
                Ok(n) => {
                    self.capacity = n.next_power_of_two();
                    self.number += 1;
                    if buf.iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                        buf.pop();
                    }
                    return Some(Ok((self.number, buf)));
                }
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
    }
}

/// [`BufRead::read_until`] with `\n`, the newline found with the memchr
/// crate's search (the standard library's reads a word at a time).
fn read_until_newline<R: BufRead>(reader: &mut R, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let (done, used) = {
            let available = match reader.fill_buf() {
                Ok(a) => a,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            match memchr::memchr(b'\n', available) {
                Some(i) => {
                    buf.extend_from_slice(&available[..=i]);
                    (true, i + 1)
                }
                None => {
                    buf.extend_from_slice(available);
                    (false, available.len())
                }
            }
        };
        reader.consume(used);
        read += used;
        if done || used == 0 {
            return Ok(read);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_lines_as_read_until_does() {
        let rows: &[&[u8]] = &[
            b"",
            b"\n",
            b"a",
            b"a\n",
            b"ab\ncd",
            b"\n\nabc\r\n\nx",
            b"abcdefghij\nk",
        ];
        for &text in rows {
            // A buffer of 3 bytes: lines cross its refills.
            let mut a = std::io::BufReader::with_capacity(3, text);
            let mut b = std::io::BufReader::with_capacity(3, text);
            loop {
                let (mut x, mut y) = (Vec::new(), Vec::new());
                let n = read_until_newline(&mut a, &mut x).unwrap();
                let m = b.read_until(b'\n', &mut y).unwrap();
                assert_eq!((n, &x), (m, &y), "{text:?}");
                if n == 0 {
                    break;
                }
            }
        }
    }

    #[test]
    fn parses_records() {
        let ok: &[(&str, Option<Value>, &str, Option<&str>)] = &[
            (r#"{"id": 1, "text": "نص"}"#, Some(json!(1)), "نص", None),
            (
                r#"{"id": "a", "text": "t", "date": "2015-07-21", "x": 3}"#,
                Some(json!("a")),
                "t",
                Some("2015-07-21"),
            ),
            (
                r#"{"text": "t", "date": "2015-07-21T10:00:00"}"#,
                None,
                "t",
                Some("2015-07-21"),
            ),
            (
                r#"{"id": null, "text": "t", "date": null}"#,
                Some(Value::Null),
                "t",
                None,
            ),
        ];
        for (line, id, text, date) in ok {
            let r = parse_record(line.as_bytes()).unwrap();
            assert_eq!(r.id, *id, "{line}");
            assert_eq!(r.text, *text, "{line}");
            assert_eq!(r.date.map(|d| d.to_string()).as_deref(), *date, "{line}");
        }
    }

    #[test]
    fn refuses_bad_records_keeping_the_id() {
        let bad: &[(&str, Option<Value>, ErrorKind)] = &[
            (
                r#"{"id": 7, "text": "trunc"#,
                Some(json!(7)),
                ErrorKind::BadRecord,
            ),
            (
                r#"{"id": "x", "text": 5}"#,
                Some(json!("x")),
                ErrorKind::BadRecord,
            ),
            (r#"{"id": "x"}"#, Some(json!("x")), ErrorKind::BadRecord),
            (
                r#"{"id": 2, "text": "t", "date": "21/07/2015"}"#,
                Some(json!(2)),
                ErrorKind::BadRecord,
            ),
            (r#"{"id": 3, "text": ""}"#, Some(json!(3)), ErrorKind::Empty),
            (r#"[1, 2]"#, None, ErrorKind::BadRecord),
            ("not json", None, ErrorKind::BadRecord),
            (
                "{\"id\": 4, \"text\": \"a\tb\"}",
                Some(json!(4)),
                ErrorKind::BadRecord,
            ),
        ];
        for (line, id, kind) in bad {
            let e = parse_record(line.as_bytes()).unwrap_err();
            assert_eq!(e.id, *id, "{line}");
            assert_eq!(e.error.kind(), *kind, "{line}");
        }
    }

    /// The full parse, without the direct reading of plain records.
    fn parse_with_serde(line: &[u8]) -> Result<InputRecord, BadRecord> {
        let value: Value = serde_json::from_slice(line).map_err(|e| BadRecord {
            id: None,
            error: Error::new(ErrorKind::BadRecord, e.to_string()),
        })?;
        let mut obj = value.as_object().cloned().unwrap_or_default();
        let text = match obj.remove("text") {
            Some(Value::String(s)) if !s.is_empty() => s,
            _ => {
                return Err(BadRecord {
                    id: None,
                    error: Error::new(ErrorKind::BadRecord, "text"),
                });
            }
        };
        let date = match obj.remove("date") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(parse_date(&s).ok_or_else(|| BadRecord {
                id: None,
                error: Error::new(ErrorKind::BadRecord, "date"),
            })?),
            Some(_) => {
                return Err(BadRecord {
                    id: None,
                    error: Error::new(ErrorKind::BadRecord, "date"),
                });
            }
        };
        Ok(InputRecord {
            id: obj.remove("id"),
            text,
            date,
        })
    }

    #[test]
    fn plain_records_read_directly_as_serde_json_reads_them() {
        // (line, read directly?)
        let rows: &[(&str, bool)] = &[
            (
                r#"{"id": "2015/1", "text": "قال \"فلان\"\n\nنص", "date": "2015-07-21"}"#,
                true,
            ),
            (r#"{"text":"a\\b\/c\td\re\bf\fg","id":7}"#, true),
            (
                " {\t\"id\" : [1, {\"a\": null}] , \"text\" : \"x\" }  ",
                true,
            ),
            (r#"{"id": 1.5e3, "text": "t", "date": null}"#, true),
            (r#"{"id": -0, "text": "t"}"#, true),
            (r#"{"id": "\u0041", "text": "t"}"#, true),
            (r#"{"text": "t"}"#, true),
            (
                r#"{"id": 1, "text": "t", "date": "2015-07-21T10:00"}"#,
                true,
            ),
            // Left to serde_json: escapes, other or repeated fields, errors.
            (r#"{"id": 1, "text": "\u0628"}"#, false),
            (r#"{"id": 1, "text": "\ud83d\ude00"}"#, false),
            (r#"{"id": 1, "t\u0065xt": "t"}"#, false),
            (r#"{"id": 1, "text": "t", "x": 2}"#, false),
            (r#"{"id": 1, "text": "a", "text": "b"}"#, false),
            (r#"{"id": 1, "text": ""}"#, false),
            (r#"{"id": 1, "text": "t", "date": "21/07/2015"}"#, false),
            (r#"{"id": 1, "text": "t", "date": 5}"#, false),
            (r#"{"id": 1, "text": "t", "date": nul}"#, false),
            (r#"{"id": 1, "text": "t", "date": nullx}"#, false),
            (r#"{"id": 1, "text": 5}"#, false),
            (r#"{"id": 1}"#, false),
            (r#"{}"#, false),
            (r#"{"id": 1, "text": "t"} x"#, false),
            (r#"{"id": 1, "text": "t",}"#, false),
            (r#"{"id": 1 "text": "t"}"#, false),
            (r#"{"id": 1, "text": "t"#, false),
            (r#"{"id": 01, "text": "t"}"#, false),
            (r#"{"id": 1e999, "text": "t"}"#, false),
            ("{\"id\": 1, \"text\": \"a\tb\"}", false),
            ("{\"id\": 1, \"text\": \"a\u{1}b\"}", false),
            (r#"{"id": 1, "text": "a\xb"}"#, false),
            (r#"[{"text": "t"}]"#, false),
            ("", false),
        ];
        for &(line, direct) in rows {
            let plain = parse_plain(line.as_bytes());
            assert_eq!(plain.is_some(), direct, "{line}");
            let full = parse_with_serde(line.as_bytes());
            if let Some(p) = plain {
                assert_eq!(Some(&p), full.as_ref().ok(), "{line}");
            }
            // The public parse gives what serde_json gives either way.
            match (parse_record(line.as_bytes()), full) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{line}"),
                (Err(_), Err(_)) => {}
                (a, b) => panic!("{line}: {a:?} / {b:?}"),
            }
        }
        let invalid_utf8 = b"{\"id\": 1, \"text\": \"a\xFFb\"}";
        assert!(parse_plain(invalid_utf8).is_none());
        assert!(parse_record(invalid_utf8).is_err());
    }

    #[test]
    fn special_at_finds_the_first_quote_backslash_or_control() {
        for len in 0..100 {
            for at in 0..len {
                for special in [b'"', b'\\', 0x00, 0x1F] {
                    // Arabic letters (two bytes) and ASCII around the byte.
                    let mut b: Vec<u8> = "بa".bytes().cycle().take(len).collect();
                    b[at] = special;
                    if at + 1 < len {
                        b[at + 1] = b'"';
                    }
                    assert_eq!(special_at(&b), Some(at), "{len} {at} {special}");
                }
            }
            let b: Vec<u8> = "ب !~\x7F".bytes().cycle().take(len).collect();
            assert_eq!(special_at(&b), None, "{len}");
        }
    }

    #[test]
    fn numbers_non_blank_lines() {
        let input = b"a\r\n\n  \nb\nc" as &[u8];
        let got: Vec<(usize, Vec<u8>)> = lines(input).map(|l| l.unwrap()).collect();
        assert_eq!(
            got,
            vec![(1, b"a".to_vec()), (4, b"b".to_vec()), (5, b"c".to_vec())]
        );
    }
}
