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

/// A field's name as [`Obj::key`] takes it: with the comma before it, its
/// quotes and the colon after it, one constant (`,"name":`).
macro_rules! k {
    ($name:literal) => {
        concat!(",\"", $name, "\":")
    };
}

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
    o.key(k!("schema_version")).str(schema_version);
    if let Some(id) = id {
        o.key(k!("id")).serde(id);
    }
    write_source(o.key(k!("source")), source);
    o.key(k!("title")).opt(title.as_ref(), write_text_span);
    o.key(k!("reference_date"))
        .opt(reference_date.as_ref(), write_reference_date);
    write_counts(o.key(k!("counts")), counts);
    o.key(k!("boilerplate")).list(boilerplate, write_text_span);
    o.key(k!("people")).list(people, write_person);
    o.key(k!("places")).list(places, write_place);
    o.key(k!("organizations"))
        .list(organizations, write_organization);
    o.key(k!("dates")).list(dates, write_date);
    o.key(k!("quotes")).list(quotes, write_quote);
    o.key(k!("warnings")).list(warnings, write_warning);
    if let Some(s) = structure {
        write_structure(o.key(k!("structure")), s);
    }
    if let Some(t) = text {
        o.key(k!("text")).str(t);
    }
    o.end();
}

/// A JSON object being written: its fields separated by commas, its `{`
/// written with the first field (or by [`Obj::end`] for an empty object).
struct Obj<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> Obj<'a> {
    fn new(out: &'a mut Vec<u8>) -> Obj<'a> {
        Obj { out, first: true }
    }

    /// Writes the name of the next field, given as `k!` makes it (a plain
    /// ASCII constant, which needs no escaping), and hands out the writer
    /// for its value. The constant is copied whole, a copy of known length;
    /// the first field's comma becomes the object's `{`.
    #[inline]
    fn key(&mut self, field: &'static str) -> Val<'_> {
        debug_assert!(field.starts_with(",\"") && field.ends_with("\":"));
        debug_assert!(!needs_escape(&field.as_bytes()[2..field.len() - 2]));
        let at = self.out.len();
        self.out.extend_from_slice(field.as_bytes());
        if self.first {
            self.out[at] = b'{';
            self.first = false;
        }
        Val { out: self.out }
    }

    fn end(self) {
        if self.first {
            self.out.push(b'{');
        }
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
    o.key(k!("path")).opt_str(path.as_ref());
    o.key(k!("encoding")).str(encoding);
    o.key(k!("bom")).bool(*bom);
    o.key(k!("bytes")).num(*bytes);
    o.key(k!("chars")).num(*chars);
    if let Some(f) = format {
        o.key(k!("format")).str(f);
    }
    o.end();
}

fn write_text_span(v: Val<'_>, t: &TextSpan) {
    let TextSpan { text, start, end } = t;
    let mut o = v.obj();
    o.key(k!("text")).str(text);
    o.key(k!("start")).num(*start);
    o.key(k!("end")).num(*end);
    o.end();
}

fn write_reference_date(v: Val<'_>, r: &ReferenceDate) {
    let ReferenceDate { value, source } = r;
    let mut o = v.obj();
    o.key(k!("value")).str(value);
    o.key(k!("source")).str(source);
    o.end();
}

fn write_counts(v: Val<'_>, c: &Counts) {
    let Counts {
        paragraphs,
        sentences,
        tokens,
    } = c;
    let mut o = v.obj();
    o.key(k!("paragraphs")).num(*paragraphs);
    o.key(k!("sentences")).num(*sentences);
    o.key(k!("tokens")).num(*tokens);
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
    o.key(k!("id")).str(id);
    o.key(k!("name")).str(name);
    o.key(k!("mentions")).list(mentions, write_text_span);
    o.key(k!("titles")).list(titles, |v, t| v.str(t));
    o.key(k!("country")).opt_str(country.as_ref());
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
    o.key(k!("id")).str(id);
    o.key(k!("name")).str(name);
    o.key(k!("kind")).opt_str(kind.as_ref());
    o.key(k!("country")).opt_str(country.as_ref());
    o.key(k!("mentions")).list(mentions, write_text_span);
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
    o.key(k!("id")).str(id);
    o.key(k!("name")).str(name);
    o.key(k!("kind")).opt_str(kind.as_ref());
    o.key(k!("country")).opt_str(country.as_ref());
    o.key(k!("named")).bool(*named);
    o.key(k!("mentions")).list(mentions, write_text_span);
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
    o.key(k!("id")).str(id);
    o.key(k!("text")).str(text);
    o.key(k!("start")).num(*start);
    o.key(k!("end")).num(*end);
    o.key(k!("type")).str(kind);
    o.key(k!("value")).opt_str(value.as_ref());
    o.key(k!("grain")).opt_str(grain.as_ref());
    o.key(k!("calendar")).str(calendar);
    o.key(k!("hijri")).opt_str(hijri.as_ref());
    o.key(k!("resolved")).bool(*resolved);
    o.key(k!("relative"))
        .opt(relative.as_ref(), |v, r| v.serde(r));
    if let Some(i) = interval {
        write_interval(o.key(k!("interval")), i);
    }
    if let Some(m) = modifier {
        o.key(k!("modifier")).str(m);
    }
    o.end();
}

fn write_interval(v: Val<'_>, i: &Interval) {
    let Interval { from, to } = i;
    let mut o = v.obj();
    o.key(k!("from")).opt_str(from.as_ref());
    o.key(k!("to")).opt_str(to.as_ref());
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
    o.key(k!("id")).str(id);
    o.key(k!("text")).str(text);
    o.key(k!("start")).num(*start);
    o.key(k!("end")).num(*end);
    o.key(k!("kind")).str(kind);
    o.key(k!("cue")).opt(cue.as_ref(), write_text_span);
    o.key(k!("speaker")).opt(speaker.as_ref(), write_speaker);
    o.key(k!("rule")).str(rule);
    o.key(k!("confidence")).serde(confidence);
    o.end();
}

fn write_speaker(v: Val<'_>, s: &Speaker) {
    let Speaker { id, name, mention } = s;
    let mut o = v.obj();
    o.key(k!("id")).opt_str(id.as_ref());
    o.key(k!("name")).str(name);
    o.key(k!("mention")).opt(mention.as_ref(), write_text_span);
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
    o.key(k!("code")).str(code);
    o.key(k!("message")).str(message);
    o.key(k!("start")).opt_num(*start);
    o.key(k!("end")).opt_num(*end);
    o.end();
}

fn write_structure(v: Val<'_>, s: &Structure) {
    let Structure {
        paragraphs,
        sentences,
    } = s;
    let mut o = v.obj();
    o.key(k!("paragraphs")).list(paragraphs, |v, e| {
        let Extent { start, end } = e;
        let mut o = v.obj();
        o.key(k!("start")).num(*start);
        o.key(k!("end")).num(*end);
        o.end();
    });
    o.key(k!("sentences")).list(sentences, |v, e| {
        let SentenceExtent {
            start,
            end,
            paragraph,
        } = e;
        let mut o = v.obj();
        o.key(k!("start")).num(*start);
        o.key(k!("end")).num(*end);
        o.key(k!("paragraph")).opt_num(*paragraph);
        o.end();
    });
    o.end();
}

/// True when `bytes` hold a byte JSON escapes: a control character
/// (below 0x20), `"` or `\\`. 32 bytes, then eight bytes at a time.
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    /// Nonzero exactly when some byte of `x` is below `n` (n <= 0x80): a
    /// borrow of the subtraction only reaches bytes above one that is.
    #[inline]
    fn below(x: u64, n: u8) -> u64 {
        x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH
    }
    // Blocks of 32 bytes (a quote's text, a long name) with one test each,
    // written without branches, so that the compiler compares the whole
    // block at once; the rest eight bytes at a time.
    let (blocks, rest) = bytes.as_chunks::<32>();
    for block in blocks {
        let mut any = 0u8;
        for &b in block {
            any |= u8::from(b < 0x20) | u8::from(b == b'"') | u8::from(b == b'\\');
        }
        if any != 0 {
            return true;
        }
    }
    let mut words = rest.chunks_exact(8);
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

/// A decimal number. Its digits are written at the start of a buffer of
/// fixed size, which is appended whole and cut back to them: a copy of 20
/// bytes the compiler writes inline, where a copy of the digits' own length
/// was a call to `memcpy`.
fn write_u64(out: &mut Vec<u8>, n: u64) {
    const MAX_DIGITS: usize = 20;
    let digits = n.checked_ilog10().map_or(1, |l| l as usize + 1);
    let mut buf = [0u8; MAX_DIGITS];
    let mut rest = n;
    for slot in buf[..digits].iter_mut().rev() {
        *slot = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    let len = out.len();
    out.extend_from_slice(&buf);
    out.truncate(len + digits);
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
        for len in 0..80 {
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
        let mut all = vec![0u64, 1, 9, 10, 99, 100, 12345, u64::MAX, u64::MAX - 1];
        // Every power of ten and its neighbours.
        let mut p = 1u64;
        while let Some(next) = p.checked_mul(10) {
            all.extend([p - 1, p, p + 1, next - 1]);
            p = next;
        }
        for n in all {
            let mut v = Vec::new();
            write_u64(&mut v, n);
            assert_eq!(String::from_utf8(v).unwrap(), n.to_string());
        }
    }
}
