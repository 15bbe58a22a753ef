//! The seed article: all nine gold places of `syria-ceasefire.gold.json`,
//! and nothing else (compared by their sets of mention strings).
//! Skips when `../shared/data` is absent.

use std::collections::BTreeSet;

#[path = "common/shared_data.rs"]
mod shared_data;

#[test]
fn seed_article_places() {
    let Some(data) = shared_data::shared_data() else {
        return;
    };
    let seed = data.join("seed");
    let text = std::fs::read_to_string(seed.join("syria-ceasefire.txt")).expect("seed text");
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(seed.join("syria-ceasefire.gold.json")).expect("seed gold"),
    )
    .expect("gold json");
    let set = |v: &serde_json::Value| -> BTreeSet<String> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| m.as_str().map(str::to_string))
            .collect()
    };
    let want: BTreeSet<BTreeSet<String>> = gold["places"]
        .as_array()
        .expect("gold places")
        .iter()
        .map(|p| set(&p["mentions"]))
        .collect();
    let analysis = newsx::analyze_text(&text, &Default::default());
    let got: BTreeSet<BTreeSet<String>> = analysis
        .places
        .iter()
        .map(|p| p.mentions.iter().map(|m| m.text.clone()).collect())
        .collect();
    assert_eq!(want.len(), 9);
    assert_eq!(got, want);
    let chars: Vec<char> = text.chars().collect();
    for p in &analysis.places {
        for m in &p.mentions {
            let slice: String = chars[m.start..m.end].iter().collect();
            assert_eq!(slice, m.text);
        }
    }
}
