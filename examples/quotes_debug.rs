//! Prints the quotes of a file (no entities): `cargo run --example quotes_debug FILE`.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let doc = newsx::document::Document::new(text);
    let (quotes, warnings) =
        newsx::extract::quotes::find_quotes(&doc, &newsx::extract::Extraction::default());
    for q in quotes {
        println!(
            "{} {}-{} {:?} cue={:?} speaker={:?} rule={}",
            q.kind,
            q.start,
            q.end,
            q.text,
            q.cue.map(|c| c.text),
            q.speaker.map(|s| s.name),
            q.rule
        );
    }
    for w in warnings {
        println!("warning {} {:?}-{:?} {}", w.code, w.start, w.end, w.message);
    }
}
