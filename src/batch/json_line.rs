//! One [`Analysis`] as a line of compact JSON, written by hand: the same bytes
//! as `serde_json::to_writer`, with less work per field and per string.
//!
//! serde_json scans every field name for characters to escape and every
//! string byte by byte through a table; here field names are written as the
//! constants they are, and a string is tested eight bytes at a time for the
//! bytes JSON escapes (control characters, `"` and `\`), which news text
//! hardly ever holds. A string that has one, a number with a fraction and a
//! free-form JSON value go through serde_json itself, so that escapes and
//! number formats stay serde_json's.
//!
//! Every struct is taken apart with an exhaustive pattern: a field added to
//! the output model does not compile until it is written here too (and the
//! tests compare the two writers on every field).

use crate::output::{
    Analysis, Counts, DateMention, Extent, Interval, Organization, Person, Place, Quote,
    ReferenceDate, SentenceExtent, Source, Speaker, Structure, TextSpan, Warning,
};
use serde::Serialize;

/// Appends `a` as compact JSON (no newline) to `out`: byte for byte what
/// `serde_json::to_writer(out, a)` writes.
pub fn write_analysis(out: &mut Vec<u8>, a: &Analysis) {
    let Analysis {
        schema_version,
        id,
        source,
        title,
        reference_date,
        counts,
        boilerplate,
        people,
        places,
        organizations,
        dates,
        quotes,
        warnings,
        structure,
        text,
    } = a;
    let mut o = Obj::new(out);
    o.key("schema_version").str(schema_version);
    if let Some(id) = id {
        o.key("id").serde(id);
    }
    write_source(o.key("source"), source);
    o.key("title").opt(title.as_ref(), write_text_span);
    o.key("reference_date")
        .opt(reference_date.as_ref(), write_reference_date);
    write_counts(o.key("counts"), counts);
    o.key("boilerplate").list(boilerplate, write_text_span);
    o.key("people").list(people, write_person);
    o.key("places").list(places, write_place);
    o.key("organizations")
        .list(organizations, write_organization);
    o.key("dates").list(dates, write_date);
    o.key("quotes").list(quotes, write_quote);
    o.key("warnings").list(warnings, write_warning);
    if let Some(s) = structure {
        write_structure(o.key("structure"), s);
    }
    if let Some(t) = text {
        o.key("text").str(t);
    }
    o.end();
}

/// A JSON object being written: `{` written, fields separated by commas.
struct Obj<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> Obj<'a> {
    fn new(out: &'a mut Vec<u8>) -> Obj<'a> {
        out.push(b'{');
        Obj { out, first: true }
    }

    /// Writes the name of the next field (a plain ASCII constant, which
    /// needs no escaping) and hands out the writer for its value.
    fn key(&mut self, name: &str) -> Val<'_> {
        debug_assert!(!needs_escape(name.as_bytes()));
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"\":");
        Val { out: self.out }
    }

    fn end(self) {
        self.out.push(b'}');
    }
}

/// The writer of one JSON value.
struct Val<'a> {
    out: &'a mut Vec<u8>,
}

impl<'a> Val<'a> {
    fn str(self, s: &str) {
        write_str(self.out, s);
    }

    fn opt_str(self, s: Option<&String>) {
        match s {
            Some(s) => write_str(self.out, s),
            None => self.null(),
        }
    }

    fn num(self, n: usize) {
        write_u64(self.out, n as u64);
    }

    fn opt_num(self, n: Option<usize>) {
        match n {
            Some(n) => self.num(n),
            None => self.null(),
        }
    }

    fn bool(self, b: bool) {
        self.out
            .extend_from_slice(if b { b"true" } else { b"false" });
    }

    fn null(self) {
        self.out.extend_from_slice(b"null");
    }

    /// A value serde_json writes (a free-form value, a float).
    fn serde<T: Serialize + ?Sized>(self, v: &T) {
        // Writing into a Vec fails only for a value serde_json cannot
        // represent (a map with non-string keys), which the output model
        // has none of; `to_writer` would fail the same way.
        let _ = serde_json::to_writer(&mut *self.out, v);
    }

    fn opt<T>(self, v: Option<&T>, write: fn(Val<'_>, &T)) {
        match v {
            Some(v) => write(self, v),
            None => self.null(),
        }
    }

    fn list<T>(self, items: &[T], write: fn(Val<'_>, &T)) {
        self.out.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            write(
                Val {
                    out: &mut *self.out,
                },
                item,
            );
        }
        self.out.push(b']');
    }

    fn obj(self) -> Obj<'a> {
        Obj::new(self.out)
    }
}

fn write_source(v: Val<'_>, s: &Source) {
    let Source {
        path,
        encoding,
        bom,
        bytes,
        chars,
        format,
    } = s;
    let mut o = v.obj();
    o.key("path").opt_str(path.as_ref());
    o.key("encoding").str(encoding);
    o.key("bom").bool(*bom);
    o.key("bytes").num(*bytes);
    o.key("chars").num(*chars);
    if let Some(f) = format {
        o.key("format").str(f);
    }
    o.end();
}

fn write_text_span(v: Val<'_>, t: &TextSpan) {
    let TextSpan { text, start, end } = t;
    let mut o = v.obj();
    o.key("text").str(text);
    o.key("start").num(*start);
    o.key("end").num(*end);
    o.end();
}

fn write_reference_date(v: Val<'_>, r: &ReferenceDate) {
    let ReferenceDate { value, source } = r;
    let mut o = v.obj();
    o.key("value").str(value);
    o.key("source").str(source);
    o.end();
}

fn write_counts(v: Val<'_>, c: &Counts) {
    let Counts {
        paragraphs,
        sentences,
        tokens,
    } = c;
    let mut o = v.obj();
    o.key("paragraphs").num(*paragraphs);
    o.key("sentences").num(*sentences);
    o.key("tokens").num(*tokens);
    o.end();
}

fn write_person(v: Val<'_>, p: &Person) {
    let Person {
        id,
        name,
        mentions,
        titles,
        country,
    } = p;
    let mut o = v.obj();
    o.key("id").str(id);
    o.key("name").str(name);
    o.key("mentions").list(mentions, write_text_span);
    o.key("titles").list(titles, |v, t| v.str(t));
    o.key("country").opt_str(country.as_ref());
    o.end();
}

fn write_place(v: Val<'_>, p: &Place) {
    let Place {
        id,
        name,
        kind,
        country,
        mentions,
    } = p;
    let mut o = v.obj();
    o.key("id").str(id);
    o.key("name").str(name);
    o.key("kind").opt_str(kind.as_ref());
    o.key("country").opt_str(country.as_ref());
    o.key("mentions").list(mentions, write_text_span);
    o.end();
}

fn write_organization(v: Val<'_>, g: &Organization) {
    let Organization {
        id,
        name,
        kind,
        country,
        named,
        mentions,
    } = g;
    let mut o = v.obj();
    o.key("id").str(id);
    o.key("name").str(name);
    o.key("kind").opt_str(kind.as_ref());
    o.key("country").opt_str(country.as_ref());
    o.key("named").bool(*named);
    o.key("mentions").list(mentions, write_text_span);
    o.end();
}

fn write_date(v: Val<'_>, d: &DateMention) {
    let DateMention {
        id,
        text,
        start,
        end,
        kind,
        value,
        grain,
        calendar,
        hijri,
        resolved,
        relative,
        interval,
        modifier,
    } = d;
    let mut o = v.obj();
    o.key("id").str(id);
    o.key("text").str(text);
    o.key("start").num(*start);
    o.key("end").num(*end);
    o.key("type").str(kind);
    o.key("value").opt_str(value.as_ref());
    o.key("grain").opt_str(grain.as_ref());
    o.key("calendar").str(calendar);
    o.key("hijri").opt_str(hijri.as_ref());
    o.key("resolved").bool(*resolved);
    o.key("relative").opt(relative.as_ref(), |v, r| v.serde(r));
    if let Some(i) = interval {
        write_interval(o.key("interval"), i);
    }
    if let Some(m) = modifier {
        o.key("modifier").str(m);
    }
    o.end();
}

fn write_interval(v: Val<'_>, i: &Interval) {
    let Interval { from, to } = i;
    let mut o = v.obj();
    o.key("from").opt_str(from.as_ref());
    o.key("to").opt_str(to.as_ref());
    o.end();
}

fn write_quote(v: Val<'_>, q: &Quote) {
    let Quote {
        id,
        text,
        start,
        end,
        kind,
        cue,
        speaker,
        rule,
        confidence,
    } = q;
    let mut o = v.obj();
    o.key("id").str(id);
    o.key("text").str(text);
    o.key("start").num(*start);
    o.key("end").num(*end);
    o.key("kind").str(kind);
    o.key("cue").opt(cue.as_ref(), write_text_span);
    o.key("speaker").opt(speaker.as_ref(), write_speaker);
    o.key("rule").str(rule);
    o.key("confidence").serde(confidence);
    o.end();
}

fn write_speaker(v: Val<'_>, s: &Speaker) {
    let Speaker { id, name, mention } = s;
    let mut o = v.obj();
    o.key("id").opt_str(id.as_ref());
    o.key("name").str(name);
    o.key("mention").opt(mention.as_ref(), write_text_span);
    o.end();
}

fn write_warning(v: Val<'_>, w: &Warning) {
    let Warning {
        code,
        message,
        start,
        end,
    } = w;
    let mut o = v.obj();
    o.key("code").str(code);
    o.key("message").str(message);
    o.key("start").opt_num(*start);
    o.key("end").opt_num(*end);
    o.end();
}

fn write_structure(v: Val<'_>, s: &Structure) {
    let Structure {
        paragraphs,
        sentences,
    } = s;
    let mut o = v.obj();
    o.key("paragraphs").list(paragraphs, |v, e| {
        let Extent { start, end } = e;
        let mut o = v.obj();
        o.key("start").num(*start);
        o.key("end").num(*end);
        o.end();
    });
    o.key("sentences").list(sentences, |v, e| {
        let SentenceExtent {
            start,
            end,
            paragraph,
        } = e;
        let mut o = v.obj();
        o.key("start").num(*start);
        o.key("end").num(*end);
        o.key("paragraph").opt_num(*paragraph);
        o.end();
    });
    o.end();
}

/// True when `bytes` hold a byte JSON escapes: a control character
/// (below 0x20), `"` or `\\`. Eight bytes at a time.
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    /// Nonzero exactly when some byte of `x` is below `n` (n <= 0x80): a
    /// borrow of the subtraction only reaches bytes above one that is.
    #[inline]
    fn below(x: u64, n: u8) -> u64 {
        x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH
    }
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        let x = u64::from_le_bytes(b);
        // One branch for the three tests: a control character, or a byte
        // equal to `"` or `\\` (zero once XORed with it).
        let hits = below(x, 0x20)
            | below(x ^ (ONES * u64::from(b'"')), 1)
            | below(x ^ (ONES * u64::from(b'\\')), 1);
        if hits != 0 {
            return true;
        }
    }
    words
        .remainder()
        .iter()
        .any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// A JSON string: as it is between quotes, or through serde_json when it
/// holds a byte to escape.
fn write_str(out: &mut Vec<u8>, s: &str) {
    if needs_escape(s.as_bytes()) {
        let _ = serde_json::to_writer(&mut *out, s);
        return;
    }
    out.reserve(s.len() + 2);
    out.push(b'"');
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
}

/// A decimal number.
fn write_u64(out: &mut Vec<u8>, n: u64) {
    let mut buf = [0u8; 20];
    let i = crate::civil::decimal_digits(n, &mut buf);
    out.extend_from_slice(&buf[i..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::*;
    use serde_json::json;

    fn span(text: &str, start: usize) -> TextSpan {
        TextSpan {
            text: text.to_string(),
            start,
            end: start + text.chars().count(),
        }
    }

    /// Every field of the output model set, with strings that need escaping
    /// and some that do not.
    fn full() -> Analysis {
        let s = |x: &str| x.to_string();
        Analysis {
            schema_version: s(SCHEMA_VERSION),
            id: Some(json!({"n": 7, "k": ["a", null, 1.5]})),
            source: Source {
                path: Some(s("dir/\"quoted\".txt")),
                encoding: s("UTF-8"),
                bom: true,
                bytes: 12345,
                chars: 0,
                format: Some(s("html")),
            },
            title: Some(span("عنوان\tمع\u{1}تحكم", 0)),
            reference_date: Some(ReferenceDate {
                value: s("2015-07-21"),
                source: s("record"),
            }),
            counts: Counts {
                paragraphs: 3,
                sentences: 10,
                tokens: 18_446_744_073_709_551,
            },
            boilerplate: vec![span("أخبار متعلقة", 40), span("a\\b\"c\u{7f}d\n", 50)],
            people: vec![Person {
                id: s("p1"),
                name: s("جون كيري"),
                mentions: vec![span("كيري", 3), span("جون كيري", 9)],
                titles: vec![s("وزير الخارجية"), s("\r\u{8}\u{c}")],
                country: Some(s("US")),
            }],
            places: vec![Place {
                id: s("l1"),
                name: s("موسكو"),
                kind: Some(s("city")),
                country: None,
                mentions: vec![span("بموسكو", 1)],
            }],
            organizations: vec![Organization {
                id: s("o1"),
                name: s("الأمم المتحدة"),
                kind: None,
                country: Some(s("SA")),
                named: true,
                mentions: vec![],
            }],
            dates: vec![
                DateMention {
                    id: s("d1"),
                    text: s("أمس"),
                    start: 5,
                    end: 8,
                    kind: s("date"),
                    value: Some(s("2015-07-20")),
                    grain: Some(s("day")),
                    calendar: s("gregorian"),
                    hijri: Some(s("1436-10-04")),
                    resolved: true,
                    relative: Some(json!({"unit": "day", "offset": -1})),
                    interval: Some(Interval {
                        from: Some(s("2015")),
                        to: None,
                    }),
                    modifier: Some(s("mid")),
                },
                DateMention::default(),
            ],
            quotes: vec![
                Quote {
                    id: s("q1"),
                    text: s("«نص» \"مقتبس\""),
                    start: 1,
                    end: 2,
                    kind: s("direct"),
                    cue: Some(span("قال", 0)),
                    speaker: Some(Speaker {
                        id: Some(s("p1")),
                        name: s("كيري"),
                        mention: Some(span("كيري", 3)),
                    }),
                    rule: s("verb_before"),
                    confidence: 0.85,
                },
                Quote {
                    confidence: 1.0 / 3.0,
                    speaker: Some(Speaker::default()),
                    ..Quote::default()
                },
                Quote {
                    confidence: f32::NAN,
                    ..Quote::default()
                },
            ],
            warnings: vec![
                Warning {
                    code: s("unclosed_quote"),
                    message: s("«"),
                    start: Some(4),
                    end: None,
                },
                Warning::default(),
            ],
            structure: Some(Structure {
                paragraphs: vec![Extent { start: 0, end: 9 }],
                sentences: vec![
                    SentenceExtent {
                        start: 0,
                        end: 4,
                        paragraph: None,
                    },
                    SentenceExtent {
                        start: 5,
                        end: 9,
                        paragraph: Some(0),
                    },
                ],
            }),
            text: Some(s("النص الأصلي\n\u{0}")),
        }
    }

    fn both(a: &Analysis) -> (String, String) {
        let mut mine = Vec::new();
        write_analysis(&mut mine, a);
        (
            String::from_utf8(mine).unwrap(),
            serde_json::to_string(a).unwrap(),
        )
    }

    #[test]
    fn same_bytes_as_serde_json() {
        let empty = Analysis::default();
        let mut no_options = full();
        no_options.id = None;
        no_options.source.format = None;
        no_options.title = None;
        no_options.reference_date = None;
        no_options.structure = None;
        no_options.text = None;
        let analysed = crate::analyze::analyze_text(
            "قال وزير الخارجية الأميركي جون كيري في موسكو أمس إن «الاتفاق جيد».",
            &Default::default(),
        );
        for (name, a) in [
            ("full", full()),
            ("empty", empty),
            ("no options", no_options),
            ("analysed", analysed),
        ] {
            let (mine, serde) = both(&a);
            assert_eq!(mine, serde, "{name}");
        }
    }

    #[test]
    fn escapes_found_in_every_position() {
        // Each escaped byte at each position of words and remainders, and
        // bytes next to the escaped ones that must not be taken for them.
        for len in 0..20 {
            for at in 0..len {
                for bad in [0u8, 0x08, 0x1f, b'"', b'\\'] {
                    let mut v = vec![b'a'; len];
                    v[at] = bad;
                    assert!(needs_escape(&v), "{len} {at} {bad}");
                }
            }
            for ok in [0x20u8, 0x21, 0x23, 0x5b, 0x5d, 0x7f, 0x80, 0xd8, 0xff] {
                assert!(!needs_escape(&vec![ok; len]), "{len} {ok}");
            }
        }
    }

    #[test]
    fn numbers() {
        for n in [0u64, 1, 9, 10, 99, 100, 12345, u64::MAX] {
            let mut v = Vec::new();
            write_u64(&mut v, n);
            assert_eq!(String::from_utf8(v).unwrap(), n.to_string());
        }
    }
}
