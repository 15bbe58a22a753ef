//! Prints what the people extractor knows about each token of a text:
//! `cargo run --release --example people_debug FILE`.
use newsx::extract::Extractor;
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let doc = newsx::document::Document::new(text);
    let ctx = newsx::extract::Context::default();
    let mut out = newsx::extract::Extraction::default();
    newsx::extract::places::Places.extract(&doc, &ctx, &mut out);
    newsx::extract::organizations::Organizations.extract(&doc, &ctx, &mut out);
    let norm = doc.normalized();
    let blocked: Vec<_> = out
        .organizations
        .iter()
        .flat_map(|o| &o.mentions)
        .chain(out.places.iter().flat_map(|p| &p.mentions))
        .map(|m| norm.to_normalized(newsx::span::Span::new(m.start, m.end)))
        .collect();
    let titles = newsx::extract::people::lexicon::lexicon().titles.find(&doc);
    let tr: Vec<_> = titles.iter().map(|m| m.range.clone()).collect();
    let (info, anchors) = newsx::extract::people::words::analyse_with_anchors(&doc, &blocked, &tr);
    let ctx2 = newsx::extract::people::rules::Ctx::new(&doc, &info);
    for c in newsx::extract::people::rules::titled(&ctx2, &titles, &anchors.cues) {
        println!("titled {:?}", c.keys);
    }
    let mut places: Vec<_> = out
        .places
        .iter()
        .flat_map(|p| &p.mentions)
        .map(|m| norm.to_normalized(newsx::span::Span::new(m.start, m.end)))
        .collect();
    places.sort_by_key(|r| r.start);
    for c in newsx::extract::people::candidates(&doc, &blocked, &places).0 {
        println!("cand {:?}", c.keys);
    }
    for (i, t) in doc.tokens().iter().enumerate() {
        println!("{i}\t{}\t{:?}", doc.token_key(t), info[i]);
    }
}
