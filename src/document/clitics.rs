//! Arabic proclitic analysis: و ف (conjunctions), ب ك ل (prepositions),
//! س (future), ال (article), and their combinations, incl. لل = ل + ال.
//!
//! Analysis is ambiguous without a dictionary (وزارة is not و + زارة), so
//! [`splits`] returns every admissible split, and extractors keep the one whose
//! stem their lexicon or rule knows.

/// One way to split a word into proclitics and a stem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The proclitics as written (`""`, `"و"`, `"وب"`, `"ل"` …).
    pub prefix: &'a str,
    /// The rest of the word. For لل words the stem gets its article back
    /// through [`Split::article_restored`].
    pub stem: &'a str,
    /// True when the prefix ends in ل and the stem begins with ل, i.e. the
    /// word may be ل + ال + stem with the alef of the article dropped
    /// (للامم = ل + الامم).
    pub lam_lam: bool,
}

impl Split<'_> {
    /// The stem with a dropped article restored for لل words (`لامم` → `الامم`).
    pub fn article_restored(&self) -> String {
        if self.lam_lam {
            format!("ا{}", self.stem)
        } else {
            self.stem.to_string()
        }
    }
}

/// Minimum length of a stem, in characters.
pub const MIN_STEM_CHARS: usize = 2;

/// True when `prefix` is an admissible sequence of proclitics:
/// optional و/ف, then optional ب/ك/ل or س, then optional ال.
pub fn is_proclitic_sequence(prefix: &str) -> bool {
    is_proclitic_sequence_bytes(prefix.as_bytes())
}

/// [`is_proclitic_sequence`] on UTF-8 bytes (any byte string: one that is
/// not whole characters is no proclitic sequence).
pub fn is_proclitic_sequence_bytes(prefix: &[u8]) -> bool {
    // و D9 88, ف D9 81; ب D8 A8, س D8 B3, ك D9 83, ل D9 84; ال D8 A7 D9 84.
    let mut rest = prefix;
    if let [0xD9, 0x88 | 0x81, r @ ..] = rest {
        rest = r;
    }
    if let [0xD8, 0xA8 | 0xB3, r @ ..] | [0xD9, 0x83 | 0x84, r @ ..] = rest {
        rest = r;
    }
    if let [0xD8, 0xA7, 0xD9, 0x84, r @ ..] = rest {
        rest = r;
    }
    rest.is_empty()
}

/// Every admissible split of `word`, the unsplit word first, then by growing
/// prefix length. A stem keeps at least [`MIN_STEM_CHARS`] characters.
pub fn splits(word: &str) -> impl Iterator<Item = Split<'_>> {
    // Every proclitic sequence begins with one of these letters.
    let may_split = word.starts_with(['و', 'ف', 'ب', 'ك', 'ل', 'س', 'ا']);
    let cuts = word
        .char_indices()
        .take(if may_split { 4 } else { 0 })
        .map(|(i, c)| i + c.len_utf8());
    let unsplit = Split {
        prefix: "",
        stem: word,
        lam_lam: false,
    };
    std::iter::once(unsplit).chain(
        cuts.map(move |end| word.split_at(end))
            .map_while(|(prefix, stem)| {
                // A stem keeps at least MIN_STEM_CHARS characters.
                stem.chars().nth(MIN_STEM_CHARS - 1).map(|_| (prefix, stem))
            })
            .filter(|(prefix, _)| is_proclitic_sequence(prefix))
            .map(|(prefix, stem)| Split {
                prefix,
                stem,
                lam_lam: prefix.ends_with('ل') && !prefix.ends_with("ال") && stem.starts_with('ل'),
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proclitic_sequences() {
        for p in [
            "", "و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "بال", "وبال", "فل", "ول", "لل",
        ] {
            // لل is ل + (ال with its alef dropped) only as a split with lam_lam;
            // as a literal sequence it is not admissible.
            assert_eq!(is_proclitic_sequence(p), p != "لل", "{p}");
        }
        for p in ["وو", "بب", "اال", "لب", "م"] {
            assert!(!is_proclitic_sequence(p), "{p}");
        }
    }

    fn stems(word: &str) -> Vec<(String, String)> {
        splits(word)
            .map(|s| (s.prefix.to_string(), s.article_restored()))
            .collect()
    }

    #[test]
    fn split_table() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            ("بموسكو", &[("", "بموسكو"), ("ب", "موسكو")]),
            ("وواشنطن", &[("", "وواشنطن"), ("و", "واشنطن")]),
            ("للامم", &[("", "للامم"), ("ل", "الامم")]),
            (
                "والولايات",
                &[("", "والولايات"), ("و", "الولايات"), ("وال", "ولايات")],
            ),
            ("لسوريا", &[("", "لسوريا"), ("ل", "سوريا")]),
            (
                "فالقاهرة",
                &[("", "فالقاهرة"), ("ف", "القاهرة"), ("فال", "قاهرة")],
            ),
            ("وزارة", &[("", "وزارة"), ("و", "زارة")]),
            ("بان", &[("", "بان"), ("ب", "ان")]),
            ("في", &[("", "في")]),
        ];
        for (word, want) in rows {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(p, s)| (p.to_string(), s.to_string()))
                .collect();
            assert_eq!(stems(word), want, "{word}");
        }
    }
}
