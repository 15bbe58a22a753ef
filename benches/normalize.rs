//! Throughput of normalization, segmentation and the whole analysis on the
//! SaudiNewsNet corpus, one thread.
//!
//! Prepare the corpus once with `python3 bench/prepare_corpus.py`, then run
//! `cargo bench --bench normalize`. Set `NEWSX_BENCH_CORPUS` to use another
//! file (articles separated by lines holding only a form feed).

use newsx::document::Document;
use newsx::normalize::{NormalizeOptions, normalize};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let path = std::env::var("NEWSX_BENCH_CORPUS").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/bench/out/saudinewsnet.txt").to_string()
    });
    let Ok(corpus) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: no corpus at {path} (run python3 bench/prepare_corpus.py)");
        return;
    };
    let articles: Vec<&str> = corpus
        .split("\n\u{c}\n")
        .filter(|a| !a.trim().is_empty())
        .collect();
    let mb = corpus.len() as f64 / 1e6;
    println!("corpus: {} articles, {:.1} MB", articles.len(), mb);
    let opts = NormalizeOptions::default();

    let rate = best_of(3, || {
        for a in &articles {
            black_box(normalize(a, &opts));
        }
    });
    println!("normalize (with offset map): {:.0} MB/s", mb / rate);

    let rate = best_of(3, || {
        for a in &articles {
            black_box(Document::new(a.to_string()));
        }
    });
    println!(
        "document (normalize + segment + tokens): {:.0} MB/s",
        mb / rate
    );

    let analyze = newsx::AnalyzeOptions::default();
    let rate = best_of(3, || {
        for a in &articles {
            black_box(serde_json::to_string(&newsx::analyze_text(a, &analyze)).unwrap());
        }
    });
    println!(
        "analyze + JSON (all extractors): {:.1} MB/s, {:.0} articles/s",
        mb / rate,
        articles.len() as f64 / rate
    );
}

/// Runs `f` `n` times and returns the best wall time in seconds.
fn best_of(n: usize, mut f: impl FnMut()) -> f64 {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}
