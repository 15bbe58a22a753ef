//! Input decoding: bytes to text, with encoding detection.
//!
//! Accepted: UTF-8 with or without a byte-order mark, UTF-16 LE/BE with a
//! byte-order mark, and legacy single-byte encodings (Windows-1256 above all,
//! common in Arabic news archives), detected with `chardetng` when the bytes
//! are not valid UTF-8. Binary data is refused rather than decoded to garbage.

use crate::error::{Error, ErrorKind, Result};
use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

/// Text decoded from an input, with what was learned about its encoding.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The decoded text, without byte-order mark.
    pub text: String,
    /// Name of the encoding (WHATWG label spelling: `UTF-8`, `UTF-16LE`, `windows-1256`, …).
    pub encoding: &'static str,
    /// Whether the input began with a byte-order mark.
    pub bom: bool,
    /// Size of the raw input in bytes.
    pub bytes: usize,
    /// Invalid UTF-8 sequences replaced by U+FFFD (input that is UTF-8 but
    /// for a few bad bytes, e.g. a truncated or spliced file).
    pub replaced: usize,
}

/// Default upper bound on the size of one input (32 MiB). Analysing one
/// document takes about 30 times its size in memory, so this bounds a
/// thread to about 1 GB; news articles are a few KB.
pub const DEFAULT_MAX_BYTES: u64 = 32 * 1024 * 1024;

/// Reads a whole file (or standard input for `-`), refusing directories and
/// inputs larger than `max_bytes`.
pub fn read_path(path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .take(max_bytes + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Error::from_io(&e, "<stdin>"))?;
        if buf.len() as u64 > max_bytes {
            return Err(too_large(max_bytes).with_path("<stdin>"));
        }
        return Ok(buf);
    }
    let meta = std::fs::metadata(path).map_err(|e| Error::from_io(&e, path))?;
    if meta.is_dir() {
        return Err(Error::new(ErrorKind::IsDirectory, "is a directory").with_path(path));
    }
    if meta.len() > max_bytes {
        return Err(too_large(max_bytes).with_path(path));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::from_io(&e, path))?;
    let mut buf = Vec::with_capacity(meta.len() as usize);
    file.take(max_bytes + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::from_io(&e, path))?;
    if buf.len() as u64 > max_bytes {
        return Err(too_large(max_bytes).with_path(path));
    }
    Ok(buf)
}

fn too_large(max: u64) -> Error {
    Error::new(
        ErrorKind::TooLarge,
        format!("larger than the limit of {max} bytes (raise it with --max-bytes)"),
    )
}

/// Decodes raw bytes to text.
///
/// Errors: [`ErrorKind::Empty`] for no content, [`ErrorKind::Binary`] for
/// binary data, [`ErrorKind::Undecodable`] when no supported encoding fits.
pub fn decode(bytes: &[u8]) -> Result<Decoded> {
    let len = bytes.len();
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if body.is_empty() {
            return Err(Error::new(
                ErrorKind::Empty,
                "empty input (only a byte-order mark)",
            ));
        }
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors {
            return Err(Error::new(
                ErrorKind::Undecodable,
                format!("invalid {} after its byte-order mark", encoding.name()),
            ));
        }
        let text = text.into_owned();
        check_text(&text)?;
        return Ok(Decoded {
            text,
            encoding: encoding.name(),
            bom: true,
            bytes: len,
            replaced: 0,
        });
    }
    if bytes.is_empty() {
        return Err(Error::new(ErrorKind::Empty, "empty input"));
    }
    if bytes.contains(&0) {
        return Err(Error::new(ErrorKind::Binary, "binary data (NUL bytes)"));
    }
    // Checked with SIMD (several times faster than `std::str::from_utf8`
    // on Arabic text, two bytes a letter); the same answer.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        check_text(text)?;
        return Ok(Decoded {
            text: text.to_string(),
            encoding: "UTF-8",
            bom: false,
            bytes: len,
            replaced: 0,
        });
    }
    if let Some(decoded) = mostly_utf8(bytes)? {
        return Ok(decoded);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, had_errors): (Cow<'_, str>, bool) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(Error::new(
            ErrorKind::Undecodable,
            "not valid UTF-8 and not decodable in a detected legacy encoding",
        ));
    }
    let text = text.into_owned();
    check_text(&text)?;
    Ok(Decoded {
        text,
        encoding: encoding.name(),
        bom: false,
        bytes: len,
        replaced: 0,
    })
}

/// UTF-8 with a few invalid sequences (at most one byte in a hundred, or
/// far fewer than the bytes of valid multi-byte characters around them: a
/// legacy encoding almost never forms those by chance) is decoded as UTF-8
/// with U+FFFD in their place: a legacy-encoding guess would turn the whole
/// text into mojibake.
///
/// Valid UTF-8 Arabic letters at least as many as the bad sequences, and
/// most of the text's non-ASCII characters, also make it UTF-8: a
/// legacy-encoding guess for such a short text is a Latin one, which would
/// turn the Arabic into mojibake («Ù‚Ø§Ù„» for «قال»), and Windows-1256 text
/// forms a valid Arabic pair only by chance («فقط،»), among far more bad
/// bytes.
fn mostly_utf8(bytes: &[u8]) -> Result<Option<Decoded>> {
    let (mut bad_bytes, mut bad_runs, mut multibyte) = (0usize, 0usize, 0usize);
    let (mut non_ascii_chars, mut arabic_chars) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars().filter(|c| !c.is_ascii()) {
            multibyte += c.len_utf8();
            non_ascii_chars += 1;
            arabic_chars += usize::from(matches!(c, '\u{0600}'..='\u{06FF}'));
        }
        if !chunk.invalid().is_empty() {
            bad_bytes += chunk.invalid().len();
            bad_runs += 1;
        }
    }
    let mostly_arabic = arabic_chars >= bad_runs && arabic_chars * 2 > non_ascii_chars;
    if multibyte == 0
        || (bad_bytes * 100 > bytes.len() && multibyte < 8 * bad_bytes && !mostly_arabic)
    {
        return Ok(None);
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    check_text(&text)?;
    Ok(Some(Decoded {
        text,
        encoding: "UTF-8",
        bom: false,
        bytes: bytes.len(),
        replaced: bad_runs,
    }))
}

/// Refuses text that is mostly control characters (binary data that happened
/// to decode).
fn check_text(text: &str) -> Result<()> {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(64 * 1024) {
        total += 1;
        if c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c' | '\x0b')) {
            control += 1;
        }
    }
    if text.contains('\0') || (total > 0 && control * 10 > total) {
        return Err(Error::new(
            ErrorKind::Binary,
            "binary data (control characters)",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_supported_encodings() {
        let arabic = "قال الرئيس";
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(arabic.encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(arabic.encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        let bom8: Vec<u8> = [0xEF, 0xBB, 0xBF]
            .into_iter()
            .chain(arabic.bytes())
            .collect();
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256
            .encode("قال الرئيس السوري بشار الأسد إن الحكومة ستواصل المفاوضات في جنيف");
        let cases: Vec<(&[u8], &str, bool)> = vec![
            (arabic.as_bytes(), "UTF-8", false),
            (&bom8, "UTF-8", true),
            (&utf16le, "UTF-16LE", true),
            (&utf16be, "UTF-16BE", true),
            (&cp1256, "windows-1256", false),
        ];
        for (bytes, encoding, bom) in cases {
            let d = decode(bytes).unwrap();
            assert_eq!(d.encoding, encoding);
            assert_eq!(d.bom, bom);
            assert!(d.text.starts_with("قال الرئيس"), "{encoding}: {}", d.text);
            assert_eq!(d.replaced, 0);
        }
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_stays_utf8() {
        let mut bytes = "قال الرئيس السوري في دمشق إن الحكومة ستواصل المفاوضات "
            .repeat(4)
            .into_bytes();
        bytes.extend(b"\xc3\x28 \xa0\xa1 ");
        bytes.extend("في القاهرة".as_bytes());
        let d = decode(&bytes).unwrap();
        assert_eq!((d.encoding, d.replaced), ("UTF-8", 3));
        assert!(
            d.text.ends_with("\u{FFFD}( \u{FFFD}\u{FFFD} في القاهرة"),
            "{}",
            d.text
        );
    }

    #[test]
    fn a_short_utf8_text_with_a_bad_byte_stays_utf8() {
        // Two bad bytes in 53 are more than one in a hundred, but the
        // Arabic around them is valid UTF-8.
        let d = decode(
            b"\xd9\x82\xd8\xa7\xd9\x84 \xff\xfe \xd8\xa7\xd9\x84\xd8\xb1\xd8\xa6\xd9\x8a\xd8\xb3",
        )
        .unwrap();
        assert_eq!((d.encoding, d.replaced), ("UTF-8", 2));
        assert_eq!(d.text, "قال \u{FFFD}\u{FFFD} الرئيس");
    }

    #[test]
    fn arabic_utf8_among_as_many_bad_bytes_stays_utf8() {
        // (bytes, encoding, replaced sequences, text)
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode("قال الرئيس فقط، وغادر");
        let cases: Vec<(&[u8], &str, usize, &str)> = vec![
            (
                b"abc \xff\xfe \xc3( \xd9\x82\xd8\xa7\xd9\x84",
                "UTF-8",
                3,
                "abc \u{FFFD}\u{FFFD} \u{FFFD}( قال",
            ),
            // Windows-1256 with a chance Arabic pair («ط،» is «ء» in UTF-8).
            (&cp1256, "windows-1256", 0, "قال الرئيس فقط، وغادر"),
            // Latin-1 text is no UTF-8.
            (
                b"un caf\xe9 au lait, d\xe9j\xe0",
                "windows-1252",
                0,
                "un café au lait, déjà",
            ),
        ];
        for (bytes, encoding, replaced, text) in cases {
            let d = decode(bytes).unwrap();
            assert_eq!(
                (d.encoding, d.replaced, d.text.as_str()),
                (encoding, replaced, text)
            );
        }
    }

    #[test]
    fn refuses_what_is_not_text() {
        let cases: Vec<(&[u8], ErrorKind)> = vec![
            (b"", ErrorKind::Empty),
            (&[0xEF, 0xBB, 0xBF], ErrorKind::Empty),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", ErrorKind::Binary),
            (&[1, 2, 3, 4, 5, 6, 7, 8, 0x80, 0x81], ErrorKind::Binary),
            (&[0xFF, 0xFE, 0x00, 0xD8], ErrorKind::Undecodable),
        ];
        for (bytes, kind) in cases {
            assert_eq!(decode(bytes).unwrap_err().kind(), kind, "{bytes:?}");
        }
    }
}
