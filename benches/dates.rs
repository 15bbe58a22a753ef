//! Throughput of the date extractor on real news text (one core).
//!
//! ```text
//! python3 bench/saudinewsnet_text.py /work/shared/data/saudinewsnet /tmp/saudinewsnet.txt
//! cargo bench --bench dates -- /tmp/saudinewsnet.txt
//! ```
//!
//! Documents are built (normalized, segmented) outside the timed region; the
//! figure is bytes of original UTF-8 text per second of `Dates::extract`.

use newsx::civil::Ymd;
use newsx::document::Document;
use newsx::extract::dates::Dates;
use newsx::extract::{Context, Extraction, Extractor};
use std::time::{Duration, Instant};

fn main() {
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_else(|| "/tmp/saudinewsnet.txt".to_string());
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {path} not found (see bench/saudinewsnet_text.py)");
        return;
    };
    let (mut bytes, mut articles, mut mentions) = (0usize, 0usize, 0usize);
    let (mut t_extract, mut t_doc, mut t_stream) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for record in data.split('\u{1e}') {
        let Some((day, text)) = record.split_once('\u{1f}') else {
            continue;
        };
        let ctx = Context {
            reference_date: day.parse::<Ymd>().ok(),
        };
        let t0 = Instant::now();
        let doc = Document::new(text.to_string());
        t_doc += t0.elapsed();
        let mut out = Extraction::default();
        let t1 = Instant::now();
        Dates.extract(&doc, &ctx, &mut out);
        t_extract += t1.elapsed();
        let t2 = Instant::now();
        let toks = newsx::extract::dates::tokens::stream(&doc);
        t_stream += t2.elapsed();
        std::hint::black_box(&toks);
        bytes += text.len();
        articles += 1;
        mentions += out.dates.len();
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{articles} articles, {mb:.1} MB, {mentions} date mentions ({:.2} per article)",
        mentions as f64 / articles.max(1) as f64
    );
    println!(
        "date extractor: {:.2} s, {:.1} MB/s (one core)",
        t_extract.as_secs_f64(),
        mb / t_extract.as_secs_f64()
    );
    println!(
        "  of which the token stream (lexicon look-ups): {:.2} s",
        t_stream.as_secs_f64()
    );
    println!(
        "document model (normalize + segment, for comparison): {:.2} s, {:.1} MB/s",
        t_doc.as_secs_f64(),
        mb / t_doc.as_secs_f64()
    );
}
