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
}

/// Reads the non-blank lines of `reader`.
pub fn lines<R: BufRead>(reader: R) -> Lines<R> {
    Lines {
        reader,
        number: 0,
        failed: false,
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = std::io::Result<(usize, Vec<u8>)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            let mut buf = Vec::new();
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => return None,
                Ok(_) => {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
