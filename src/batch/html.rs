//! A small, forgiving HTML reducer: a saved article page becomes its title
//! and article text, one block per line, before extraction.
//!
//! Dropped: comments, `script`, `style` and other raw-text elements, and the
//! content of page furniture (`nav`, `header`, `footer`, `aside`, `form`, …).
//! Kept: the text of `p`, `h1`–`h6`, `li`, `blockquote` (and a few similar
//! blocks), one line each, whitespace collapsed and entities decoded. When a
//! page has none of those, the text of every other block is kept instead.
//! The output is `title`, a blank line, then the lines; so the document's
//! title detection picks the title up. Linear time, never panics.

use std::path::Path;

/// Whether a path names an HTML file (`.html`, `.htm`, `.xhtml`).
pub fn is_html_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "html" | "htm" | "xhtml"))
}

/// Whether a text looks like an HTML document: it starts (after white space
/// and an optional byte-order mark) with `<!DOCTYPE` or `<html`.
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let head = t.as_bytes();
    starts_with_ci(head, b"<!doctype") || starts_with_ci(head, b"<html")
}

/// Elements whose content is raw text that is never shown as article text.
const RAW_SKIP: &[&str] = &[
    "script", "style", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Elements whose whole content is page furniture.
const FURNITURE: &[&str] = &[
    "nav", "header", "footer", "aside", "form", "svg", "template", "button", "select", "menu",
    "figure", "dialog", "object",
];

/// Elements whose text is kept as article text.
const KEEP: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "dd",
    "dt",
    "pre",
];

/// Elements that break a line (their start and end end the current block).
const BLOCKS: &[&str] = &[
    "address", "article", "body", "br", "caption", "center", "dl", "div", "head", "hr", "html",
    "main", "ol", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
];

/// Reduces an HTML page to `title\n\nline\nline…` (see the module doc).
pub fn reduce(html: &str) -> String {
    let mut r = Reducer::default();
    r.run(html);
    r.finish()
}

#[derive(Default)]
struct Reducer {
    /// The `<title>` text, if any.
    title: Option<String>,
    /// Lines from kept elements, each with whether it came from an `h1`.
    kept: Vec<(String, bool)>,
    /// Lines from other blocks (the fallback).
    loose: Vec<String>,
    /// Raw text of the current block.
    cur: String,
    /// Open furniture elements.
    skip_depth: usize,
    /// Open kept elements.
    keep_depth: usize,
    /// Whether the current block lies in an `h1`.
    in_h1: bool,
}

impl Reducer {
    fn run(&mut self, html: &str) {
        let b = html.as_bytes();
        let mut i = 0;
        let mut text_start = 0;
        while i < b.len() {
            if b[i] != b'<' {
                i += 1;
                continue;
            }
            let rest = &b[i..];
            let next = rest.get(1).copied().unwrap_or(0);
            let markup_end = if rest.starts_with(b"<!--") {
                Some(find(b, i + 4, b"-->").map_or(b.len(), |e| e + 3))
            } else if next == b'!' || next == b'?' {
                Some(find(b, i, b">").map_or(b.len(), |e| e + 1))
            } else if next == b'/' || next.is_ascii_alphabetic() {
                None
            } else {
                // A lone `<` is text.
                i += 1;
                continue;
            };
            self.text(&html[text_start..i]);
            if let Some(end) = markup_end {
                i = end;
                text_start = i;
                continue;
            }
            let (tag, end) = parse_tag(b, i);
            i = end;
            text_start = i;
            let name = tag.name.as_str();
            if tag.closing {
                self.close(name);
                continue;
            }
            if name == "title" || RAW_SKIP.contains(&name) {
                // Raw text up to the matching end tag.
                let close = format!("</{name}");
                let content_end = find_ci(b, i, close.as_bytes()).unwrap_or(b.len());
                if name == "title" && self.title.is_none() {
                    let t = collapse(&decode_entities(&html[i..content_end]));
                    if !t.is_empty() {
                        self.title = Some(t);
                    }
                }
                i = find(b, content_end, b">").map_or(b.len(), |e| e + 1);
                text_start = i;
                continue;
            }
            if !tag.self_closing {
                self.open(name);
            } else if name == "br" {
                self.flush();
            }
        }
        self.text(&html[text_start.min(html.len())..]);
        self.flush();
    }

    fn text(&mut self, s: &str) {
        if self.skip_depth == 0 && !s.is_empty() {
            self.cur.push_str(s);
        }
    }

    fn open(&mut self, name: &str) {
        if FURNITURE.contains(&name) {
            self.flush();
            self.skip_depth += 1;
        } else if KEEP.contains(&name) {
            self.flush();
            self.keep_depth += 1;
            self.in_h1 = name == "h1";
        } else if BLOCKS.contains(&name) {
            self.flush();
        }
    }

    fn close(&mut self, name: &str) {
        if FURNITURE.contains(&name) {
            self.cur.clear();
            self.skip_depth = self.skip_depth.saturating_sub(1);
        } else if KEEP.contains(&name) {
            self.flush();
            self.keep_depth = self.keep_depth.saturating_sub(1);
            self.in_h1 = false;
        } else if BLOCKS.contains(&name) || name == "body" {
            self.flush();
        }
    }

    /// Ends the current block.
    fn flush(&mut self) {
        if self.cur.is_empty() {
            return;
        }
        let line = collapse(&decode_entities(&self.cur));
        self.cur.clear();
        if line.is_empty() || self.skip_depth > 0 {
            return;
        }
        if self.keep_depth > 0 {
            self.kept.push((line, self.in_h1));
        } else {
            self.loose.push(line);
        }
    }

    fn finish(self) -> String {
        let mut title = self.title;
        let mut lines: Vec<String> = if self.kept.is_empty() {
            self.loose
        } else {
            let mut kept = self.kept;
            // A page's `<h1>` headline is usually its title without the site
            // name: prefer it, and do not repeat it.
            if let Some((first, true)) = kept.first()
                && title.as_ref().is_none_or(|t| t.contains(first.as_str()))
            {
                title = Some(kept.remove(0).0);
            }
            kept.into_iter().map(|(l, _)| l).collect()
        };
        if let Some(t) = &title
            && lines.first() == Some(t)
        {
            lines.remove(0);
        }
        let mut out = title.unwrap_or_default();
        if !lines.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&lines.join("\n"));
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
}

/// Parses the tag starting at `b[start] == '<'`; returns it and the index
/// just past its `>` (attribute values may hold `>` inside quotes).
fn parse_tag(b: &[u8], start: usize) -> (Tag, usize) {
    let mut i = start + 1;
    let closing = b.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-' || b[i] == b':') {
        i += 1;
    }
    let name = String::from_utf8_lossy(&b[name_start..i]).to_ascii_lowercase();
    let mut quote = 0u8;
    let mut last = 0u8;
    while i < b.len() {
        let c = b[i];
        if quote != 0 {
            if c == quote {
                quote = 0;
            }
        } else if c == b'"' || c == b'\'' {
            quote = c;
        } else if c == b'>' {
            let tag = Tag {
                name,
                closing,
                self_closing: last == b'/' || is_void(&b[name_start..]),
            };
            return (tag, i + 1);
        }
        if !c.is_ascii_whitespace() {
            last = c;
        }
        i += 1;
    }
    let tag = Tag {
        name,
        closing,
        self_closing: true,
    };
    (tag, b.len())
}

fn is_void(name_and_rest: &[u8]) -> bool {
    const VOID: &[&[u8]] = &[
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
        b"source", b"track", b"wbr",
    ];
    VOID.iter().any(|v| {
        starts_with_ci(name_and_rest, v)
            && name_and_rest
                .get(v.len())
                .is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Case-insensitive search for an ASCII needle.
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

/// Collapses runs of white space (no-break space included) to one space and trims.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Decodes character references: numeric ones and the named ones common in
/// news pages. Unknown or malformed references are kept as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let end = after
            .char_indices()
            .take(33)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|e| entity(&after[..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return Some(match code {
            0 => '\u{fffd}',
            _ => char::from_u32(code).unwrap_or('\u{fffd}'),
        });
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "middot" => '·',
        "bull" => '•',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "times" => '×',
        "divide" => '÷',
        "shy" => '\u{ad}',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        "lrm" => '\u{200e}',
        "rlm" => '\u{200f}',
        "thinsp" => '\u{2009}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "euro" => '€',
        "pound" => '£',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduces_pages() {
        let cases: &[(&str, &str)] = &[
            // title + paragraphs, furniture and scripts dropped
            (
                "<!DOCTYPE html><html><head><title>عنوان الخبر</title><script>var a='<p>x</p>';</script>\
                 <style>p{}</style></head><body><nav><ul><li>الرئيسية</li></ul></nav>\
                 <header>الموقع</header><article><p>قال  الوزير\n اليوم.</p><p>وأضاف.</p></article>\
                 <aside><p>اقرأ أيضا</p></aside><footer><p>حقوق</p></footer></body></html>",
                "عنوان الخبر\n\nقال الوزير اليوم.\nوأضاف.\n",
            ),
            // h1 contained in the <title> becomes the title, not repeated
            (
                "<html><title>اجتماع في الرياض - صحيفة</title><h1>اجتماع في الرياض</h1><p>نص.</p></html>",
                "اجتماع في الرياض\n\nنص.\n",
            ),
            // entities, numeric and named; br splits a block
            (
                "<html><p>&laquo;نعم&raquo; &amp; &#1604;&#x627; &unknown; a&nbsp;b<br>ثان</p></html>",
                "«نعم» & لا &unknown; a b\nثان\n",
            ),
            // li and blockquote kept; comments dropped; lone < is text
            (
                "<html><!-- <p>لا</p> --><ul><li>أول</li><li>ثان</li></ul><blockquote>قول 3 < 4</blockquote></html>",
                "أول\nثان\nقول 3 < 4\n",
            ),
            // no kept blocks: fall back to other blocks' text
            (
                "<html><body><div>سطر أول</div><div>سطر <b>ثان</b></div></body></html>",
                "سطر أول\nسطر ثان\n",
            ),
            // attribute with > inside quotes; uppercase tags
            (
                "<HTML><P CLASS=\"a>b\">نص</P><SCRIPT>x</SCRIPT></HTML>",
                "نص\n",
            ),
            // truncated input never panics
            ("<html><p>نص<scr", "نص\n"),
            ("<html><title>ع", "ع\n"),
            ("", ""),
        ];
        for (html, want) in cases {
            assert_eq!(reduce(html), *want, "{html}");
        }
    }

    #[test]
    fn detects_html() {
        let cases: &[(&str, bool)] = &[
            ("<!DOCTYPE html><html>", true),
            ("\u{feff}\n  <html lang=ar>", true),
            ("<!doctype HTML>", true),
            ("<p>not a page</p>", false),
            ("قال <html>", false),
        ];
        for (text, want) in cases {
            assert_eq!(looks_like_html(text), *want, "{text}");
        }
        assert!(is_html_path(Path::new("a/b.HTM")));
        assert!(!is_html_path(Path::new("a/b.txt")));
    }
}
