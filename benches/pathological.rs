//! Linear-time check on pathological inputs: the time per megabyte of the
//! whole analysis must stay flat as the input grows.
//!
//! `cargo bench --bench pathological` prints, for each input shape, the
//! seconds per MB at 0.5, 1 and 2 MB. A quadratic step shows as a ratio
//! that doubles with the size.

use std::hint::black_box;
use std::time::Instant;

/// A deterministic pseudo-random generator (xorshift), so runs compare.
fn noise(len_chars: usize, alphabet: &[char]) -> String {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len_chars)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            alphabet[(x % alphabet.len() as u64) as usize]
        })
        .collect()
}

/// About `len_bytes` of words drawn pseudo-randomly from `vocabulary`, one
/// sentence with no full stop.
fn word_noise(len_bytes: usize, vocabulary: &[&str]) -> String {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut out = String::with_capacity(len_bytes + 32);
    while out.len() < len_bytes {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push_str(vocabulary[(x % vocabulary.len() as u64) as usize]);
        out.push(' ');
    }
    out
}

/// A named input shape: its name and a builder of an input of about n bytes.
type Shape = (&'static str, Box<dyn Fn(usize) -> String>);

fn main() {
    let letters: Vec<char> = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي «»“”\"\n.،؟0123456789ىةأإآ"
        .chars()
        .collect();
    let shapes: Vec<Shape> = vec![
        (
            "letters and marks",
            Box::new(move |n| noise(n / 2, &letters)),
        ),
        ("only quotation marks", Box::new(|n| "«“".repeat(n / 4))),
        (
            "one unclosed mark, then an article",
            Box::new(|n| {
                let unit = "قال الرئيس في موسكو يوم 27 شباط/فبراير إن «الاتفاق صامد». ";
                format!("«{}", unit.repeat(n / unit.len()))
            }),
        ),
        (
            "one sentence of titles, names and marks",
            Box::new(|n| {
                let vocabulary = [
                    "قال",
                    "الرئيس",
                    "إن",
                    "الوضع",
                    "مستقر",
                    "في",
                    "سوريا",
                    "وأكد",
                    "أن",
                    "الحكومة",
                    "ستعمل",
                    "على",
                    "«",
                    "جون",
                    "كيري",
                    "ستافان",
                    "استيفان",
                ];
                word_noise(n, &vocabulary)
            }),
        ),
        (
            "one line of dense entities",
            Box::new(|n| {
                let unit = "قال الرئيس «مرحبا في 27 شباط/فبراير بموسكو ";
                unit.repeat(n / unit.len())
            }),
        ),
    ];
    let opts = newsx::AnalyzeOptions::default();
    for (name, make) in &shapes {
        let mut row = Vec::new();
        for mb in [0.5, 1.0, 2.0] {
            let text = make((mb * 1e6) as usize);
            let t = Instant::now();
            black_box(newsx::analyze_text(&text, &opts));
            row.push(format!(
                "{:.2} s/MB",
                t.elapsed().as_secs_f64() / (text.len() as f64 / 1e6)
            ));
        }
        println!("{name:40} at 0.5/1/2 MB: {}", row.join(", "));
    }
}
