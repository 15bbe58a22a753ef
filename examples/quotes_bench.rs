//! Times the quote extractor on pathological and ordinary input:
//! `cargo run --release --example quotes_bench [SEED_ARTICLE]`.
//!
//! Each case builds the document (normalization, segmentation) outside the
//! timed part and reports the time of `find_quotes` alone.

use newsx::document::Document;
use newsx::extract::Extraction;
use newsx::extract::quotes::find_quotes;
use std::time::Instant;

fn time(label: &str, text: String, runs: u32) {
    let chars = text.chars().count();
    let doc = Document::new(text);
    let ents = Extraction::default();
    let start = Instant::now();
    let mut n = (0, 0);
    for _ in 0..runs {
        let (q, w) = find_quotes(&doc, &ents);
        n = (q.len(), w.len());
    }
    let per = start.elapsed() / runs;
    println!(
        "{label:<45} {chars:>9} chars  {per:>10.2?} per run  {:>3} quotes {:>3} warnings",
        n.0, n.1
    );
}

fn main() {
    let seed = std::env::args()
        .nth(1)
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_else(|| "وقال الوزير “سنواصل العمل”. وأضاف أن الوضع “صعب”.\n".repeat(20));
    time("seed article", seed.clone(), 200);
    time("1 MB of «", "«".repeat(500_000), 3);
    time("1 MB of \"", "\"".repeat(1_000_000), 3);
    time("1 MB of “”", "“”".repeat(166_666), 3);
    time("1 MB of «word» ", "«كلمة» ".repeat(1_000_000 / 16), 3);
    let body: String = seed.lines().skip(2).collect::<Vec<_>>().join("\n");
    let long = format!(
        "«{}",
        format!("{body}\n").repeat(1_000_000 / body.len().max(1))
    );
    time("unclosed « at the start of a 1 MB article", long, 3);
    time(
        "seed article x 400 (1 MB)",
        seed.repeat(1_000_000 / seed.len().max(1)),
        3,
    );
}
