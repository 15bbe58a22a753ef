//! Golden tests: `newsx extract` on every fixture article must print exactly
//! `fixtures/<name>.json`. Regenerate with `UPDATE_GOLDEN=1 cargo test --test golden`.

mod common;

use assert_cmd::Command;
use std::path::Path;

#[test]
fn fixture_articles_match_their_golden_json() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let manifest = std::fs::read_to_string(dir.join("manifest.tsv")).expect("manifest");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    let mut checked = 0;
    for line in manifest.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let mut cols = line.split('\t');
        let (Some(name), Some(ref_date)) = (cols.next(), cols.next()) else {
            panic!("bad manifest line {line:?}");
        };
        let text_path = dir.join(format!("{name}.txt"));
        let out = Command::cargo_bin("newsx")
            .expect("binary")
            .current_dir(&dir)
            .args(["extract", "--pretty", "--ref-date", ref_date])
            .arg(format!("{name}.txt"))
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let got = String::from_utf8(out.stdout).expect("utf-8");
        let analysis: newsx::output::Analysis = serde_json::from_str(&got).expect("valid output");
        let text = std::fs::read_to_string(&text_path).expect("text");
        common::check_all_spans(&analysis, &text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let golden_path = dir.join(format!("{name}.json"));
        if update {
            std::fs::write(&golden_path, &got).expect("write golden");
            continue;
        }
        let want = std::fs::read_to_string(&golden_path).unwrap_or_default();
        if want != got {
            failures.push(format!("{name}:\n{}", diff(&want, &got)));
        }
        checked += 1;
    }
    assert!(update || checked >= 6, "only {checked} fixtures");
    assert!(
        failures.is_empty(),
        "golden output differs (UPDATE_GOLDEN=1 to accept):\n{}",
        failures.join("\n")
    );
}

/// The first differing lines of two texts, readable in a test failure.
fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied(), g.get(i).copied());
        if a != b {
            out.push_str(&format!(
                "  line {}:\n    - {}\n    + {}\n",
                i + 1,
                a.unwrap_or("<none>"),
                b.unwrap_or("<none>")
            ));
            shown += 1;
            if shown == 12 {
                out.push_str("  …\n");
                break;
            }
        }
    }
    out
}
