//! The character-level normalization steps, one function each.
//!
//! Every step looks at one character and says what becomes of it. Steps never
//! look at neighbours, except line endings (a CR followed by LF), which the
//! pipeline handles itself.

/// What a step does with one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The step does not apply; the character goes on unchanged.
    Keep,
    /// The character is replaced by another one.
    Replace(char),
    /// The character is removed.
    Remove,
}

/// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) that are decomposed
/// with NFKC. The phrase ligatures U+FDFA–U+FDFD (ﷺ ﷻ ﷼ ﷽) are kept as they are:
/// NFKC would turn the single sign ﷺ into the 18 letters «صلى الله عليه وسلم»
/// and ﷼ (rial sign) into a word, which changes what the text says. The word
/// ligatures U+FDF0–U+FDF9 (ﷲ → الله, ﷴ → محمد …) are decomposed.
pub fn is_decomposed_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDF9}' | '\u{FE70}'..='\u{FEFC}')
}

/// Arabic diacritics (tashkeel): harakat, tanween, shadda, sukun, superscript
/// alef (U+0670), Quranic annotation marks and the extended-A marks.
pub fn diacritics(c: char) -> Action {
    match c {
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}' => Action::Remove,
        _ => Action::Keep,
    }
}

/// True for the characters [`diacritics`] removes: they belong to the letter
/// before them, so a span ending on that letter also covers them.
pub fn is_diacritic(c: char) -> bool {
    diacritics(c) == Action::Remove
}

/// Tatweel (kashida, U+0640), the letter-stretching character.
pub fn tatweel(c: char) -> Action {
    if c == '\u{0640}' {
        Action::Remove
    } else {
        Action::Keep
    }
}

/// Alef variants أ إ آ ٱ (and the rare wavy-hamza alefs) → ا.
pub fn alef(c: char) -> Action {
    match c {
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => {
            Action::Replace('\u{0627}')
        }
        _ => Action::Keep,
    }
}

/// Alef maksura ى → ي. Lossy (على and علي become one word), so off by default.
/// It never maps ى to ا: إلى stays إلى, not «الا».
pub fn alef_maksura(c: char) -> Action {
    if c == '\u{0649}' {
        Action::Replace('\u{064A}')
    } else {
        Action::Keep
    }
}

/// Teh marbuta ة → ه. Lossy, off by default.
pub fn teh_marbuta(c: char) -> Action {
    if c == '\u{0629}' {
        Action::Replace('\u{0647}')
    } else {
        Action::Keep
    }
}

/// Hamza on carriers ؤ → و and ئ → ي. Lossy (رئيس → رييس), off by default.
pub fn hamza_carriers(c: char) -> Action {
    match c {
        '\u{0624}' => Action::Replace('\u{0648}'),
        '\u{0626}' => Action::Replace('\u{064A}'),
        _ => Action::Keep,
    }
}

/// Persian and Urdu letter shapes used in Arabic text: ک → ك, ی → ي, ہ ھ ۀ → ه.
pub fn persian_letters(c: char) -> Action {
    match c {
        '\u{06A9}' | '\u{06AA}' => Action::Replace('\u{0643}'),
        '\u{06CC}' | '\u{06D0}' => Action::Replace('\u{064A}'),
        '\u{06C1}' | '\u{06BE}' | '\u{06C0}' | '\u{06D5}' => Action::Replace('\u{0647}'),
        _ => Action::Keep,
    }
}

/// Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits → ASCII digits;
/// the Arabic decimal separator ٫ → `.`, thousands separator ٬ → `,`, ٪ → `%`.
pub fn digits(c: char) -> Action {
    match c {
        '\u{0660}'..='\u{0669}' => Action::Replace(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Action::Replace(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{066B}' => Action::Replace('.'),
        '\u{066C}' => Action::Replace(','),
        '\u{066A}' => Action::Replace('%'),
        _ => Action::Keep,
    }
}

/// Bidi controls (LRM, RLM, ALM, LRE…PDF, LRI…PDI), zero-width characters
/// (ZWSP, ZWNJ, ZWJ, word joiner, BOM used as ZWNBSP) and the soft hyphen.
pub fn invisibles(c: char) -> Action {
    match c {
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{034F}'
        | '\u{180E}' => Action::Remove,
        _ => Action::Keep,
    }
}

/// NBSP, tabs and the other Unicode spaces → an ASCII space.
pub fn spaces(c: char) -> Action {
    match c {
        '\t'
        | '\u{000B}'
        | '\u{000C}'
        | '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Action::Replace(' '),
        _ => Action::Keep,
    }
}

/// Line and paragraph separators (U+2028, U+2029, NEL) → `\n`. CR LF and lone
/// CR are handled by the pipeline, which sees the next character.
pub fn line_separators(c: char) -> Action {
    match c {
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Action::Replace('\n'),
        _ => Action::Keep,
    }
}

/// The 1:1 matching fold used for lexicon lookups on top of normalization:
/// ى → ي, ة → ه, ؤ → و, ئ → ي. Every fold keeps the UTF-8 length, so byte
/// offsets in the folded text equal those in the normalized text.
pub fn match_fold(c: char) -> char {
    match c {
        '\u{0649}' => '\u{064A}',
        '\u{0629}' => '\u{0647}',
        '\u{0624}' => '\u{0648}',
        '\u{0626}' => '\u{064A}',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;

    fn check(step: fn(char) -> Action, rows: &[(char, Action)]) {
        for &(c, want) in rows {
            assert_eq!(step(c), want, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn diacritics_table() {
        check(
            diacritics,
            &[
                ('\u{064E}', Remove), // fatha
                ('\u{064B}', Remove), // fathatan (tanween)
                ('\u{0651}', Remove), // shadda
                ('\u{0652}', Remove), // sukun
                ('\u{0670}', Remove), // superscript alef
                ('\u{0653}', Remove), // maddah above
                ('\u{06E1}', Remove), // Quranic small high dotless head of khah
                ('\u{0627}', Keep),
                ('\u{0621}', Keep), // hamza alone is a letter
                ('a', Keep),
            ],
        );
    }

    #[test]
    fn letter_tables() {
        check(tatweel, &[('\u{0640}', Remove), ('\u{0627}', Keep)]);
        check(
            alef,
            &[
                ('أ', Replace('ا')),
                ('إ', Replace('ا')),
                ('آ', Replace('ا')),
                ('ٱ', Replace('ا')),
                ('ا', Keep),
                ('ى', Keep), // never ى → ا
                ('ء', Keep),
            ],
        );
        check(
            alef_maksura,
            &[('ى', Replace('ي')), ('ي', Keep), ('ا', Keep)],
        );
        check(teh_marbuta, &[('ة', Replace('ه')), ('ت', Keep)]);
        check(
            hamza_carriers,
            &[
                ('ؤ', Replace('و')),
                ('ئ', Replace('ي')),
                ('ء', Keep),
                ('أ', Keep),
            ],
        );
        check(
            persian_letters,
            &[
                ('ک', Replace('ك')),
                ('ی', Replace('ي')),
                ('ہ', Replace('ه')),
                ('ھ', Replace('ه')),
                ('ك', Keep),
                ('گ', Keep),
            ],
        );
    }

    #[test]
    fn digit_table() {
        check(
            digits,
            &[
                ('٠', Replace('0')),
                ('٢', Replace('2')),
                ('٩', Replace('9')),
                ('۰', Replace('0')),
                ('۷', Replace('7')),
                ('٫', Replace('.')),
                ('٬', Replace(',')),
                ('7', Keep),
                ('،', Keep), // Arabic comma is punctuation, kept
                ('؟', Keep),
                ('؛', Keep),
            ],
        );
    }

    #[test]
    fn invisible_and_space_tables() {
        check(
            invisibles,
            &[
                ('\u{200E}', Remove), // LRM
                ('\u{200F}', Remove), // RLM
                ('\u{061C}', Remove), // ALM
                ('\u{200C}', Remove), // ZWNJ
                ('\u{200D}', Remove), // ZWJ
                ('\u{202B}', Remove), // RLE
                ('\u{2067}', Remove), // RLI
                ('\u{2069}', Remove), // PDI
                ('\u{FEFF}', Remove),
                (' ', Keep),
            ],
        );
        check(
            spaces,
            &[
                ('\u{00A0}', Replace(' ')),
                ('\u{202F}', Replace(' ')),
                ('\u{2003}', Replace(' ')),
                ('\t', Replace(' ')),
                ('\n', Keep),
                (' ', Keep),
            ],
        );
        check(
            line_separators,
            &[('\u{2029}', Replace('\n')), ('\n', Keep)],
        );
    }

    #[test]
    fn presentation_form_ranges() {
        assert!(is_decomposed_presentation_form('\u{FEFB}')); // ﻻ
        assert!(is_decomposed_presentation_form('\u{FDF2}')); // ﷲ
        assert!(!is_decomposed_presentation_form('\u{FDFA}')); // ﷺ kept
        assert!(!is_decomposed_presentation_form('\u{FDFD}')); // ﷽ kept
        assert!(!is_decomposed_presentation_form('\u{FEFF}')); // BOM: an invisible
    }

    #[test]
    fn match_fold_keeps_lengths() {
        for c in ['ى', 'ة', 'ؤ', 'ئ', 'ا', 'b'] {
            assert_eq!(c.len_utf8(), match_fold(c).len_utf8());
        }
        assert_eq!(match_fold('ى'), 'ي');
        assert_eq!(match_fold('ة'), 'ه');
    }
}
