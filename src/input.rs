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
    // Opened, then read without asking for the metadata first: a news
    // article fits in the first read, and a `statx` call for each file was
    // a tenth of folder mode's system time. A directory fails the read
    // (`EISDIR`, the same error as before); a file that fills the first
    // read is asked for its metadata (by descriptor) before the rest is
    // read, so that a file above the limit is still refused without being
    // read. When the path cannot be opened, its metadata by path tell the
    // same errors, in the same order, as when they were asked first.
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(open_error) => {
            let meta = std::fs::metadata(path).map_err(|e| Error::from_io(&e, path))?;
            check_meta(&meta, path, max_bytes)?;
            return Err(Error::from_io(&open_error, path));
        }
    };
    let first = FIRST_READ.min(max_bytes + 1);
    let mut buf = Vec::with_capacity(first as usize);
    (&mut file)
        .take(first)
        .read_to_end(&mut buf)
        .map_err(|e| Error::from_io(&e, path))?;
    if buf.len() as u64 == first {
        let meta = file.metadata().map_err(|e| Error::from_io(&e, path))?;
        check_meta(&meta, path, max_bytes)?;
        buf.reserve((meta.len() as usize).saturating_sub(buf.len()));
        file.take(max_bytes + 1 - first)
            .read_to_end(&mut buf)
            .map_err(|e| Error::from_io(&e, path))?;
    }
    if buf.len() as u64 > max_bytes {
        return Err(too_large(max_bytes).with_path(path));
    }
    Ok(buf)
}

/// The bytes of a file read before its size is asked: more than nearly any
/// news article (SaudiNewsNet's average 3.2 KB), so that most files take one
/// `read` and the one that finds the end.
const FIRST_READ: u64 = 32 * 1024;

/// Refuses a directory and a file larger than `max_bytes`.
fn check_meta(meta: &std::fs::Metadata, path: &Path, max_bytes: u64) -> Result<()> {
    if meta.is_dir() {
        return Err(Error::new(ErrorKind::IsDirectory, "is a directory").with_path(path));
    }
    if meta.len() > max_bytes {
        return Err(too_large(max_bytes).with_path(path));
    }
    Ok(())
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
    decode_cow(Cow::Borrowed(bytes))
}

/// [`decode`] of bytes that are handed over: valid UTF-8 without a
/// byte-order mark (nearly every input) becomes the text without a copy.
pub fn decode_owned(bytes: Vec<u8>) -> Result<Decoded> {
    decode_cow(Cow::Owned(bytes))
}

fn decode_cow(input: Cow<'_, [u8]>) -> Result<Decoded> {
    let bytes: &[u8] = &input;
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
    // Most inputs hold no byte that can be or begin a control character:
    // then there is no NUL and `check_text` has nothing to count.
    let control_free = control_free(bytes);
    if !control_free && memchr::memchr(0, bytes).is_some() {
        return Err(Error::new(ErrorKind::Binary, "binary data (NUL bytes)"));
    }
    // Checked with SIMD (several times faster than `std::str::from_utf8`
    // on Arabic text, two bytes a letter); the same answer.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        if !control_free {
            check_text(text)?;
        }
        let text = match input {
            Cow::Borrowed(_) => text.to_string(),
            // SAFETY: the bytes were just checked to be UTF-8.
            Cow::Owned(bytes) => unsafe { String::from_utf8_unchecked(bytes) },
        };
        return Ok(Decoded {
            text,
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

/// True when `bytes` hold no control character (`char::is_control`:
/// U+0000–U+001F, U+007F–U+009F) other than the white space `check_text`
/// allows (tab, LF, VT, FF, CR): no byte below 0x20 but those, no 7F, and no
/// C2 followed by 80–9F (U+0080–U+009F in UTF-8; a C2 at the very end counts
/// as one too). Such text holds no NUL, and `check_text` would count no
/// control character in it. Tested 32 bytes at a time without branches:
/// a character at a time, `check_text` cost about 18 instructions a byte.
fn control_free(bytes: &[u8]) -> bool {
    #[inline(always)]
    fn flagged(b: u8, next: u8) -> bool {
        (b < 0x20 && !(0x09..=0x0D).contains(&b)) || b == 0x7F || (b == 0xC2 && next < 0xA0)
    }
    let precise = |from: usize, to: usize| {
        (from..to).all(|k| !flagged(bytes[k], bytes.get(k + 1).copied().unwrap_or(0)))
    };
    let mut blocks = bytes.chunks_exact(32);
    let mut at = 0;
    for block in &mut blocks {
        // Every byte that may be flagged, C2 whatever follows it: one test
        // of the block the compiler vectorizes; the rare block with a hit
        // (« » NBSP are led by C2) is then read byte by byte.
        let mut any = 0u8;
        for &b in block {
            any |= u8::from(b < 0x20) & u8::from(b.wrapping_sub(0x09) > 0x04)
                | u8::from(b == 0x7F)
                | u8::from(b == 0xC2);
        }
        if any != 0 && !precise(at, at + 32) {
            return false;
        }
        at += 32;
    }
    precise(at, bytes.len())
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
    use std::path::PathBuf;

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
    fn read_path_refuses_as_before() {
        let dir = std::env::temp_dir().join(format!("newsx-read-path-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("small.txt"), "قال").unwrap();
        std::fs::write(dir.join("big.txt"), "x".repeat(100)).unwrap();
        // (path, limit, error kind or None for read)
        let rows: Vec<(PathBuf, u64, Option<ErrorKind>)> = vec![
            (dir.join("small.txt"), 100, None),
            (dir.join("small.txt"), 6, None),
            (dir.join("small.txt"), 5, Some(ErrorKind::TooLarge)),
            (dir.join("big.txt"), 99, Some(ErrorKind::TooLarge)),
            (dir.join("sub"), 100, Some(ErrorKind::IsDirectory)),
            (dir.join("missing.txt"), 100, Some(ErrorKind::NotFound)),
            (dir.join("missing/x.txt"), 100, Some(ErrorKind::NotFound)),
        ];
        for (path, limit, kind) in rows {
            match (read_path(&path, limit), kind) {
                (Ok(bytes), None) => assert_eq!(bytes, std::fs::read(&path).unwrap()),
                (Err(e), Some(kind)) => assert_eq!(e.kind(), kind, "{path:?}"),
                (got, _) => panic!("{path:?}: {got:?}"),
            }
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Files around the size of the first read, with limits around their
    /// size: read whole or refused as too large, as when the metadata were
    /// asked first.
    #[test]
    fn read_path_reads_around_the_first_read() {
        let dir = std::env::temp_dir().join(format!("newsx-first-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let first = FIRST_READ as usize;
        // (file size, limit, read whole)
        let mut rows: Vec<(usize, u64, bool)> = Vec::new();
        for size in [0, 1, first - 1, first, first + 1, 2 * first + 3, 5 * first] {
            for limit in [
                size.saturating_sub(1),
                size,
                size + 1,
                first - 1,
                first,
                first + 1,
            ] {
                rows.push((size, limit as u64, size as u64 <= limit as u64));
            }
        }
        for (size, limit, whole) in rows {
            let path = dir.join(format!("f{size}"));
            let bytes: Vec<u8> = (0..size).map(|k| b'a' + (k % 26) as u8).collect();
            std::fs::write(&path, &bytes).unwrap();
            match read_path(&path, limit) {
                Ok(read) => assert!(whole && read == bytes, "{size} {limit}"),
                Err(e) => assert!(!whole && e.kind() == ErrorKind::TooLarge, "{size} {limit}"),
            }
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// `decode_owned` gives what `decode` gives, and UTF-8 without a
    /// byte-order mark keeps its buffer (no copy).
    #[test]
    fn decode_owned_keeps_the_buffer_of_utf8() {
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode("قال الرئيس فقط، وغادر");
        // (bytes, buffer kept)
        let rows: Vec<(Vec<u8>, bool)> = vec![
            ("قال الرئيس في دمشق".as_bytes().to_vec(), true),
            ("«قال» في دمشق".as_bytes().to_vec(), true),
            (b"\xef\xbb\xbfabc".to_vec(), false),
            (
                b"abc \xff\xfe \xc3( \xd9\x82\xd8\xa7\xd9\x84".to_vec(),
                false,
            ),
            (cp1256.into_owned(), false),
            (b"".to_vec(), false),
            (b"abc\0def".to_vec(), false),
        ];
        for (bytes, kept) in rows {
            let expected = decode(&bytes);
            let ptr = bytes.as_ptr();
            let got = decode_owned(bytes);
            match (&expected, &got) {
                (Ok(a), Ok(b)) => assert_eq!(
                    (&a.text, a.encoding, a.bom, a.bytes, a.replaced),
                    (&b.text, b.encoding, b.bom, b.bytes, b.replaced)
                ),
                (Err(a), Err(b)) => assert_eq!(a.kind(), b.kind()),
                _ => panic!("{expected:?} {got:?}"),
            }
            if kept {
                assert_eq!(got.unwrap().text.as_ptr(), ptr, "{expected:?}");
            }
        }
    }

    #[test]
    fn control_free_text_holds_no_control_character() {
        // Every character alone, then at every position of two blocks of 32
        // bytes and of their remainder: `control_free` is false wherever
        // `check_text` could count a control character or find a NUL.
        let allowed = |c: char| matches!(c, '\n' | '\r' | '\t' | '\x0c' | '\x0b');
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.to_string();
            let free = control_free(s.as_bytes());
            if c == '\0' || (c.is_control() && !allowed(c)) {
                assert!(!free, "{c:?}");
            } else {
                assert!(free, "{c:?}");
            }
        }
        // (character, control free)
        let rows: &[(char, bool)] = &[
            ('\0', false),
            ('\x01', false),
            ('\x1f', false),
            ('\x7f', false),
            ('\u{85}', false),
            ('\u{9f}', false),
            ('\u{a0}', true),
            ('«', true),
            ('»', true),
            ('\u{bf}', true),
            ('\n', true),
            ('\r', true),
            ('\t', true),
            ('\x0b', true),
            ('\x0c', true),
            (' ', true),
            ('ق', true),
            ('\u{200f}', true),
        ];
        // (bytes, control free): C2 with the byte after it across a block's end
        let mut bytes_rows: Vec<(Vec<u8>, bool)> = vec![
            (b"ab\xc2".to_vec(), false),
            (b"\xc2\x85".to_vec(), false),
            (b"\xc2\xa0".to_vec(), true),
        ];
        for lead in [30, 31, 32, 33, 63, 64] {
            for (pair, free) in [(b"\xc2\x9f", false), (b"\xc2\xab", true)] {
                let mut b = vec![b'a'; lead];
                b.extend_from_slice(pair);
                b.extend_from_slice(&[b'a'; 40][..lead % 7]);
                bytes_rows.push((b, free));
            }
        }
        for (bytes, free) in bytes_rows {
            assert_eq!(control_free(&bytes), free, "{bytes:?}");
        }
        for &(c, free) in rows {
            for pos in 0..70 {
                let mut text: Vec<char> = "قال الرئيس في دمشق إن الحكومة ستواصل المفاوضات"
                    .chars()
                    .cycle()
                    .take(70)
                    .collect();
                text[pos] = c;
                let text: String = text.into_iter().collect();
                assert_eq!(control_free(text.as_bytes()), free, "{c:?} at {pos}");
                if free {
                    assert!(check_text(&text).is_ok());
                }
            }
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
            (b"abc\0def", ErrorKind::Binary),
            (b"ab\x01\x02\x03\x04", ErrorKind::Binary),
            ("\u{85}\u{86}\u{87}ab".as_bytes(), ErrorKind::Binary),
        ];
        for (bytes, kind) in cases {
            assert_eq!(decode(bytes).unwrap_err().kind(), kind, "{bytes:?}");
        }
    }
}
