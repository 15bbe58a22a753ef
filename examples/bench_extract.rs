//! Throughput of `extract`, and the share of it the people and organization
//! extractors take, on a SaudiNewsNet-style JSON array (`[{"content": …}]`).
//!
//! ```text
//! unzip -o /path/to/saudinewsnet/2015-07-21.zip -d /tmp/snn
//! cargo run --release --example bench_extract -- /tmp/snn/2015-07-21.json
//! ```

use newsx::document::Document;
use newsx::extract::{Context, Extraction, extractors};
use std::time::{Duration, Instant};

/// The allocator of the `newsx` binary, so that the figures are the binary's.
#[global_allocator]
static GLOBAL: newsx::allocator::MiMalloc = newsx::allocator::MiMalloc;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench_extract FILE.json");
        std::process::exit(2);
    };
    let data = std::fs::read_to_string(&path).unwrap_or_default();
    let records: Vec<serde_json::Value> = serde_json::from_str(&data).unwrap_or_default();
    let texts: Vec<String> = records
        .iter()
        .filter_map(|r| {
            r.get("content")
                .and_then(|c| c.as_str())
                .map(str::to_string)
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    // Warm up the lexicons (built once per process).
    let _ = newsx::analyze_text("قال الرئيس", &Default::default());

    // Best of three runs, each timing the document model, every extractor
    // and the JSON output of the same documents.
    let mut best: Option<(Duration, Duration, Vec<Duration>, Duration)> = None;
    for _ in 0..3 {
        let mut doc_t = Duration::ZERO;
        let mut splits_t = Duration::ZERO;
        let mut json_t = Duration::ZERO;
        let mut per = vec![Duration::ZERO; extractors().len()];
        for t in &texts {
            let s = Instant::now();
            let doc = Document::new(t.clone());
            doc_t += s.elapsed();
            // The tokens' proclitic splits and word classes, built on first
            // use (by the places extractor, which runs first): timed apart
            // and counted with the document model.
            let s = Instant::now();
            let _ = doc.token_classes();
            splits_t += s.elapsed();
            doc_t += s.elapsed();
            let mut out = Extraction::default();
            for (i, e) in extractors().iter().enumerate() {
                let s = Instant::now();
                e.extract(&doc, &Context::default(), &mut out);
                per[i] += s.elapsed();
            }
            let s = Instant::now();
            let _ = serde_json::to_string(&(&out.people, &out.organizations, &out.places));
            let _ = newsx::analyze_text("", &Default::default());
            json_t += s.elapsed();
        }
        let total = doc_t + json_t + per.iter().sum::<Duration>();
        if best
            .as_ref()
            .is_none_or(|b| total < b.0 + b.1 + b.2.iter().sum::<Duration>())
        {
            best = Some((doc_t, json_t, per, splits_t));
        }
    }
    let Some((doc_t, json_t, per, splits_t)) = best else {
        return;
    };
    if std::env::var_os("BENCH_GAZETTEERS").is_some() {
        let docs: Vec<Document> = texts.iter().map(|t| Document::new(t.clone())).collect();
        let gazetteers: [(&str, &newsx::lexicon::Gazetteer); 2] = [
            ("titles", &newsx::extract::people::lexicon::lexicon().titles),
            (
                "orgs+heads",
                &newsx::extract::organizations::lexicon::orgs().all,
            ),
        ];
        for (name, g) in gazetteers {
            let s = Instant::now();
            let n: usize = docs.iter().map(|d| g.find(d).len()).sum();
            println!(
                "  gazetteer {name:<10} {:.3} s ({n} matches)",
                s.elapsed().as_secs_f64()
            );
        }
    }
    let names: Vec<&str> = extractors().iter().map(|e| e.name()).collect();
    let ours: Duration = per
        .iter()
        .zip(&names)
        .filter(|(_, n)| matches!(**n, "people" | "organizations"))
        .map(|(d, _)| *d)
        .sum();
    let total = doc_t + json_t + per.iter().sum::<Duration>();
    let rest = total.saturating_sub(ours);
    println!(
        "{} articles, {:.1} MB: {:.3} s ({:.1} MB/s); document model {:.3} s (token splits {:.3} s), output {:.3} s",
        texts.len(),
        bytes as f64 / 1e6,
        total.as_secs_f64(),
        bytes as f64 / 1e6 / total.as_secs_f64(),
        doc_t.as_secs_f64(),
        splits_t.as_secs_f64(),
        json_t.as_secs_f64()
    );
    for (n, d) in names.iter().zip(&per) {
        println!("  {n:<14} {:.3} s", d.as_secs_f64());
    }
    println!(
        "people+organizations: {:.3} s = {:.1}% on top of the rest of extract ({:.3} s)",
        ours.as_secs_f64(),
        100.0 * ours.as_secs_f64() / rest.as_secs_f64().max(1e-9),
        rest.as_secs_f64()
    );
}
