//! Batch processing, end to end: the real binary on temporary folders.

use assert_cmd::Command;
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::Stdio;

const ARTICLE: &str = "اجتماع في الرياض\n\nقال وزير الخارجية أمس إن المفاوضات ستستمر في جنيف الأسبوع المقبل.\nوأضاف أن الوفد سيصل يوم الأحد.\n";

fn newsx() -> Command {
    Command::cargo_bin("newsx").unwrap()
}

fn records(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn name(r: &Value) -> String {
    let p = r["source"]["path"].as_str().unwrap_or_default();
    Path::new(p)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn error_kind(r: &Value) -> Option<&str> {
    r.get("error").and_then(|e| e["kind"].as_str())
}

/// Writes `n` articles as `dir/NNN.txt`.
fn corpus(dir: &Path, n: usize) {
    for i in 0..n {
        let text = format!("{ARTICLE}{}\n", "وتابع المتحدث حديثه. ".repeat(i % 7 + 1));
        std::fs::write(dir.join(format!("{i:03}.txt")), text).unwrap();
    }
}

#[test]
fn one_record_per_input_and_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a_good.txt"), ARTICLE).unwrap();
    std::fs::write(d.join("b_empty.txt"), "").unwrap();
    std::fs::write(d.join("c_binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(ARTICLE);
    std::fs::write(d.join("d_cp1256.txt"), &cp1256).unwrap();
    std::fs::write(d.join("e_huge.txt"), ARTICLE.repeat(100)).unwrap();
    std::fs::write(d.join(".hidden.txt"), ARTICLE).unwrap();
    let unreadable = d.join("f_unreadable.txt");
    std::fs::write(&unreadable, ARTICLE).unwrap();
    let mut check_unreadable = true;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&unreadable, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&unreadable).is_ok() {
            eprintln!(
                "skipping the unreadable-file check: running as root (chmod 000 is readable)"
            );
            std::fs::remove_file(&unreadable).unwrap();
            check_unreadable = false;
        }
    }
    let out = newsx()
        .args(["extract", "--max-bytes", "5000"])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "some inputs failed");
    let recs = records(&out.stdout);
    let got: Vec<(String, Option<&str>)> = recs.iter().map(|r| (name(r), error_kind(r))).collect();
    let mut want = vec![
        ("a_good.txt".to_string(), None),
        ("b_empty.txt".to_string(), Some("empty")),
        ("c_binary.txt".to_string(), Some("binary")),
        ("d_cp1256.txt".to_string(), None),
        ("e_huge.txt".to_string(), Some("too_large")),
    ];
    if check_unreadable {
        want.push(("f_unreadable.txt".to_string(), Some("permission_denied")));
    }
    assert_eq!(got, want);
    assert_eq!(recs[3]["source"]["encoding"], "windows-1256");
    assert_eq!(recs[3]["title"]["text"], recs[0]["title"]["text"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("b_empty.txt: empty input"), "{stderr}");
    assert!(
        stderr.contains(&format!("{} files, 2 ok, ", want.len())),
        "{stderr}"
    );
    // --hidden takes the hidden file too; --quiet drops the summary.
    let out = newsx()
        .args([
            "extract", "--hidden", "--quiet", "--glob", "a_*", "--glob", ".h*",
        ])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let names: Vec<String> = records(&out.stdout).iter().map(name).collect();
    assert_eq!(names, [".hidden.txt", "a_good.txt"]);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn same_output_whatever_the_threads() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 120);
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    corpus(&dir.path().join("sub"), 30);
    let run = |j: &str| {
        let out = newsx()
            .args(["extract", "-q", "-j", j])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        out.stdout
    };
    let one = run("1");
    assert_eq!(records(&one).len(), 150);
    assert_eq!(one, run("8"));
    assert_eq!(one, run("2"));
}

#[test]
fn closed_stdout_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 400);
    let bin = assert_cmd::cargo::cargo_bin("newsx");
    let mut child = std::process::Command::new(bin)
        .args(["extract", "--include-text", "--structure"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // the reader is dropped here: the pipe is closed after one line
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with('{'));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn files_from_keeps_the_listed_order() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d, 5);
    let list = format!(
        "{}\n\n{}\n{}\n",
        d.join("003.txt").display(),
        d.join("missing.txt").display(),
        d.join("001.txt").display()
    );
    let out = newsx()
        .args(["extract", "--files-from", "-"])
        .arg(d.join("004.txt"))
        .write_stdin(list)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out.stdout);
    let got: Vec<(String, Option<&str>)> = recs.iter().map(|r| (name(r), error_kind(r))).collect();
    assert_eq!(
        got,
        [
            ("004.txt".to_string(), None),
            ("003.txt".to_string(), None),
            ("missing.txt".to_string(), Some("not_found")),
            ("001.txt".to_string(), None),
        ]
    );
    // stdin cannot be both the list and an input: usage error
    newsx()
        .args(["extract", "--files-from", "-", "-"])
        .assert()
        .code(2);
}

fn jsonl_input(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let rec = match i % 10 {
            3 => format!("{{\"id\": {i}, \"text\": \"broken"),
            5 => serde_json::json!({"id": format!("r{i}"), "text": ARTICLE}).to_string(),
            _ => serde_json::json!({"id": i, "text": ARTICLE, "date": "2015-07-21"}).to_string(),
        };
        s.push_str(&rec);
        s.push('\n');
    }
    s
}

#[test]
fn jsonl_in_keeps_ids_and_order() {
    let input = jsonl_input(100);
    let out = newsx()
        .args(["extract", "--jsonl-in", "--ref-date", "2000-01-01"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "malformed lines fail the run");
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 100);
    for (i, r) in recs.iter().enumerate() {
        match i % 10 {
            3 => {
                assert_eq!(r["id"], i);
                assert_eq!(error_kind(r), Some("bad_record"));
            }
            5 => {
                assert_eq!(r["id"], format!("r{i}"));
                assert_eq!(r["reference_date"]["source"], "option");
                assert_eq!(r["reference_date"]["value"], "2000-01-01");
            }
            _ => {
                assert_eq!(r["id"], i);
                assert_eq!(r["reference_date"]["source"], "record");
                assert_eq!(r["reference_date"]["value"], "2015-07-21");
                assert!(r["source"]["path"].is_null());
            }
        }
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 4 (id 3): invalid JSON"), "{stderr}");
    assert!(stderr.contains("100 records, 90 ok, 10 failed"), "{stderr}");
}

#[test]
fn gnu_parallel_gives_the_same_records() {
    if std::process::Command::new("parallel")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_err()
    {
        eprintln!("skipping: GNU parallel is not installed");
        return;
    }
    let input = jsonl_input(230);
    let direct = newsx()
        .args(["extract", "--jsonl-in", "-q"])
        .write_stdin(input.clone())
        .output()
        .unwrap();
    let bin = assert_cmd::cargo::cargo_bin("newsx");
    let cmd = format!("{} extract --jsonl-in -q -j 1", bin.display());
    let mut child = std::process::Command::new("parallel")
        .args(["--will-cite", "--pipe", "-N", "50", "-k", &cmd])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().unwrap();
    assert_eq!(
        out.status.code(),
        Some(5),
        "parallel counts the failed jobs"
    );
    let (a, b) = (records(&direct.stdout), records(&out.stdout));
    assert_eq!(a.len(), 230);
    assert_eq!(a, b);
}

#[test]
fn html_pages_are_reduced_and_offsets_refer_to_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><head><title>اجتماع في الرياض | صحيفة</title>\
         <script>var x = '<p>لا</p>';</script></head><body><nav><a>الرئيسية</a></nav>\
         <h1>اجتماع في الرياض</h1><p>قال وزير الخارجية &laquo;نعم&raquo;.</p>\
         <footer>حقوق النشر</footer></body></html>",
    )
    .unwrap();
    let out = newsx()
        .args(["extract", "--include-text"])
        .arg(&page)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["source"]["format"], "html");
    assert_eq!(r["text"], "اجتماع في الرياض\n\nقال وزير الخارجية «نعم».\n");
    let title = &r["title"];
    let text: Vec<char> = r["text"].as_str().unwrap().chars().collect();
    let (s, e) = (
        title["start"].as_u64().unwrap() as usize,
        title["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(text[s..e].iter().collect::<String>(), title["text"]);
}

#[test]
fn jsonl_in_limits_and_html_records() {
    let page = "<!DOCTYPE html><title>خبر</title><nav>قائمة</nav><p>قال الوزير.</p>";
    let input = [
        serde_json::json!({"id": "small", "text": "قال الوزير."}),
        serde_json::json!({"id": "big", "text": ARTICLE.repeat(20)}),
        serde_json::json!({"id": "page", "text": page}),
        serde_json::json!({"id": "empty", "text": ""}),
    ]
    .iter()
    .map(|v| v.to_string() + "\n")
    .collect::<String>();
    let out = newsx()
        .args([
            "extract",
            "--jsonl-in",
            "-q",
            "--include-text",
            "--max-bytes",
            "2000",
        ])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out.stdout);
    let got: Vec<(&str, Option<&str>)> = recs
        .iter()
        .map(|r| (r["id"].as_str().unwrap(), error_kind(r)))
        .collect();
    assert_eq!(
        got,
        [
            ("small", None),
            ("big", Some("too_large")),
            ("page", None),
            ("empty", Some("empty")),
        ]
    );
    assert_eq!(recs[2]["source"]["format"], "html");
    assert_eq!(recs[2]["text"], "خبر\n\nقال الوزير.\n");
}

#[test]
fn output_failure_exits_3() {
    let full = Path::new("/dev/full");
    if !full.exists() {
        eprintln!("skipping: no /dev/full on this system");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 50);
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsx"))
        .args(["extract", "-q"])
        .arg(dir.path())
        .stdout(std::fs::File::create(full).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write output"));
}
