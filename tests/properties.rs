//! Property tests: normalization never panics and is idempotent, and every
//! span the analysis reports slices the original text.

mod common;

use newsx::document::Document;
use newsx::normalize::{NormalizeOptions, Step, normalize, normalize_str};
use newsx::{AnalyzeOptions, analyze_text};
use proptest::prelude::*;

/// Strings mixing Arabic letters, diacritics, tatweel, presentation forms,
/// digits, quotes, bidi marks, CR/LF and arbitrary characters.
fn arabicish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قال",
        "الرئيس",
        "مُحَمَّدٌ",
        "كـــبير",
        "أإآٱ",
        "ى",
        "ة",
        "ؤئ",
        "ﻻ",
        "ﷲ",
        "ﷺ",
        "ﹰ",
        "٢٧",
        "۱۲",
        "3.5",
        "«",
        "»",
        "“",
        "”",
        "\"",
        ".",
        "؟",
        "!",
        "…",
        "،",
        " ",
        "\n",
        "\r\n",
        "\r",
        "\u{200F}",
        "\u{200C}",
        "\u{00A0}",
        "\t",
        "\u{2029}",
        "ک",
        "ی",
        "ہ",
        "a",
        "é",
        "\u{0301}",
        "\u{0670}",
        "للامم",
        "وواشنطن",
        "\u{FEFF}",
        "أقسام\n",
    ]);
    prop_oneof![
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat()),
        any::<String>(),
    ]
}

fn any_options() -> impl Strategy<Value = NormalizeOptions> {
    prop::collection::vec(any::<bool>(), Step::ALL.len()).prop_map(|bits| {
        let mut o = NormalizeOptions::none();
        for (s, on) in Step::ALL.iter().zip(bits) {
            o.set(*s, on);
        }
        o
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn normalization_is_idempotent(text in arabicish(), opts in any_options()) {
        let once = normalize_str(&text, &opts);
        let twice = normalize_str(&once, &opts);
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn every_normalized_char_maps_into_the_original(text in arabicish(), opts in any_options()) {
        let n = normalize(&text, &opts);
        let len = text.chars().count();
        prop_assert_eq!(n.original_len(), len);
        let mut last_start = 0;
        for (b, c) in n.text().char_indices() {
            let span = n.to_original(b..b + c.len_utf8());
            prop_assert!(span.start <= span.end && span.end <= len, "{:?} of {}", span, len);
            prop_assert!(span.start >= last_start, "map not monotone");
            last_start = span.start;
            let back = n.to_normalized(span);
            prop_assert!(back.start <= b && b < back.end.max(b + 1));
        }
    }

    #[test]
    fn token_spans_slice_the_original(text in arabicish()) {
        let doc = Document::new(text.clone());
        let chars: Vec<char> = text.chars().collect();
        for t in doc.tokens() {
            let span = doc.span(t.range.clone());
            prop_assert!(span.end <= chars.len());
            let original: String = chars[span.start..span.end].iter().collect();
            prop_assert_eq!(doc.original_slice(span), original.as_str());
            // The normalized token is the normalization of its original text.
            prop_assert_eq!(
                normalize_str(&original, &NormalizeOptions::default()),
                doc.token_text(t)
            );
        }
    }

    #[test]
    fn every_reported_span_slices_the_original(text in arabicish()) {
        let opts = AnalyzeOptions { structure: true, ..AnalyzeOptions::default() };
        let a = analyze_text(&text, &opts);
        if let Err(e) = common::check_all_spans(&a, &text) {
            prop_assert!(false, "{}", e);
        }
    }
}
