//! The fast tokenizer agrees with the Unicode word-boundary rules (UAX #29,
//! as implemented by unicode-segmentation) on real articles.

use newsx::document::Document;
use unicode_segmentation::UnicodeSegmentation;

#[test]
fn tokens_match_uax29_on_the_fixture_articles() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut compared = 0;
    for entry in std::fs::read_dir(dir).expect("fixtures folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("fixture text");
        let doc = Document::new(text);
        for s in doc.sentences() {
            let sentence = &doc.norm()[s.range.clone()];
            // One deliberate difference: newsx splits at underscores, so that
            // the words of a hashtag (#تحرش_بفتاتين_بجدة) are tokens.
            let uax: Vec<&str> = sentence
                .split_word_bounds()
                .flat_map(|w| w.split('_'))
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .collect();
            let ours: Vec<&str> = doc.tokens()[s.first_token..s.end_token]
                .iter()
                .map(|t| doc.token_text(t))
                .collect();
            assert_eq!(ours, uax, "{}: {sentence}", path.display());
            compared += ours.len();
        }
    }
    assert!(compared > 1000, "only {compared} tokens compared");
}
