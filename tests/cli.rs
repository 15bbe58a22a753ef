//! Tests that run the real `newsx` binary: inputs, error paths, exit codes and
//! the JSON contract (parsed back with `deny_unknown_fields` types).

mod common;

use assert_cmd::Command;
use newsx::output::Analysis;
use std::path::PathBuf;

fn newsx() -> Command {
    Command::cargo_bin("newsx").expect("binary")
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsx-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn parse(stdout: &[u8]) -> Analysis {
    serde_json::from_slice(stdout).expect("stdout is one Analysis object")
}

#[test]
fn extract_a_file() {
    let path = fixture("syria-ceasefire.txt");
    let out = newsx()
        .args(["extract", "--ref-date", "2016-05-03"])
        .arg(&path)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(stdout.lines().count(), 1, "compact output is one line");
    let a = parse(stdout.as_bytes());
    assert_eq!(a.schema_version, newsx::output::SCHEMA_VERSION);
    assert_eq!(a.source.encoding, "UTF-8");
    assert_eq!(a.source.path.as_deref(), Some(path.to_str().unwrap()));
    assert_eq!(
        a.title.as_ref().unwrap().text,
        "دي ميستورا في موسكو لإنقاذ الهدنة في سوريا"
    );
    let r = a.reference_date.as_ref().unwrap();
    assert_eq!(
        (r.value.as_str(), r.source.as_str()),
        ("2016-05-03", "option")
    );
    let boilerplate: Vec<&str> = a.boilerplate.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(boilerplate, ["أقسام", "أخبار", "أخبار متعلقة"]);
    assert!(a.counts.paragraphs >= 10 && a.counts.sentences >= a.counts.paragraphs);
    let text = std::fs::read_to_string(&path).unwrap();
    common::check_all_spans(&a, &text).unwrap();
}

#[test]
fn extract_stdin_pretty_with_text_and_structure() {
    let input = "العنوان\n\nقال الرئيس. ثم غادر.\n";
    let out = newsx()
        .args(["extract", "--pretty", "--include-text", "--structure", "-"])
        .write_stdin(input)
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(
        out.stdout.iter().filter(|&&b| b == b'\n').count() > 5,
        "pretty output"
    );
    let a = parse(&out.stdout);
    assert_eq!(a.source.path.as_deref(), Some("-"));
    assert_eq!(a.text.as_deref(), Some(input));
    assert!(a.reference_date.is_none());
    let s = a.structure.as_ref().unwrap();
    assert_eq!(s.paragraphs.len(), 1);
    assert_eq!(s.sentences.len(), 3);
    common::check_all_spans(&a, input).unwrap();
}

#[test]
fn stdin_is_the_default_input() {
    let out = newsx()
        .arg("extract")
        .write_stdin("نص قصير")
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_eq!(parse(&out.stdout).counts.tokens, 2);
}

#[test]
fn decodes_utf16_windows1256_bom_and_crlf() {
    let dir = temp_dir("encodings");
    let text = "عنوان الخبر\r\n\r\nقال الرئيس السوري إن الحكومة ستواصل المفاوضات في جنيف.\r\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(text);
    let mut bom8 = vec![0xEF, 0xBB, 0xBF];
    bom8.extend(text.as_bytes());
    let cases: [(&str, Vec<u8>, &str); 3] = [
        ("utf16.txt", utf16, "UTF-16LE"),
        ("cp1256.txt", cp1256.into_owned(), "windows-1256"),
        ("bom.txt", bom8, "UTF-8"),
    ];
    for (name, bytes, encoding) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = newsx().arg("extract").arg(&path).output().expect("run");
        assert!(out.status.success(), "{name}");
        let a = parse(&out.stdout);
        assert_eq!(a.source.encoding, encoding, "{name}");
        assert_eq!(a.title.as_ref().unwrap().text, "عنوان الخبر", "{name}");
        assert_eq!(a.counts.paragraphs, 1, "{name}");
        common::check_all_spans(&a, text).unwrap();
    }
}

#[test]
fn error_paths_have_one_line_messages_and_exit_codes() {
    let dir = temp_dir("errors");
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(dir.join("binary.bin"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let missing = dir.join("missing.txt");
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            vec![
                "extract".into(),
                dir.join("empty.txt").display().to_string(),
            ],
            1,
            "empty",
        ),
        (
            vec![
                "extract".into(),
                dir.join("binary.bin").display().to_string(),
            ],
            1,
            "binary",
        ),
        (
            vec!["extract".into(), missing.display().to_string()],
            1,
            "no such file",
        ),
        (
            vec!["normalize".into(), dir.display().to_string()],
            1,
            "is a directory",
        ),
        (
            vec!["normalize".into(), missing.display().to_string()],
            1,
            "no such file",
        ),
        (
            vec!["extract".into(), "--ref-date".into(), "2016-02-30".into()],
            2,
            "invalid date",
        ),
        (
            vec!["normalize".into(), "--disable".into(), "nope".into()],
            2,
            "unknown step",
        ),
        (vec!["frobnicate".into()], 2, "unrecognized subcommand"),
    ];
    for (args, code, reason) in cases {
        let out = newsx().args(&args).write_stdin("").output().expect("run");
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(reason), "{args:?}: {stderr}");
        if code == 1 {
            assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
            assert!(stderr.starts_with("newsx: "), "{stderr}");
        }
    }
}

#[test]
fn empty_stdin_is_an_error() {
    let out = newsx()
        .arg("extract")
        .write_stdin("")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>: empty input"));
}

#[test]
fn normalize_prints_text_and_honours_toggles() {
    let input = "قالَ الرئيسُ إلى مدرسةٍ ٢٧ ﻻ\r\n";
    let rows: &[(&[&str], &str)] = &[
        (&[], "قال الرئيس الى مدرسة 27 لا\n"),
        (
            &["--enable", "alef-maksura,teh-marbuta"],
            "قال الرئيس الي مدرسه 27 لا\n",
        ),
        (
            &["--disable", "diacritics,digits"],
            "قالَ الرئيسُ الى مدرسةٍ ٢٧ لا\n",
        ),
        (
            &["--disable", "line-endings,alef"],
            "قال الرئيس إلى مدرسة 27 لا\r\n",
        ),
    ];
    for (flags, want) in rows {
        let out = newsx()
            .arg("normalize")
            .args(*flags)
            .write_stdin(input)
            .output()
            .expect("run");
        assert!(out.status.success(), "{flags:?}");
        assert_eq!(String::from_utf8(out.stdout).unwrap(), *want, "{flags:?}");
    }
}

#[test]
fn schema_is_json_schema_of_the_output() {
    let out = newsx().arg("schema").output().expect("run");
    assert!(out.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let text = schema.to_string();
    for field in [
        "schema_version",
        "people",
        "places",
        "organizations",
        "dates",
        "quotes",
        "mentions",
        "error",
    ] {
        assert!(
            text.contains(&format!("\"{field}\"")),
            "schema lacks {field}"
        );
    }
}

#[test]
fn version_and_help() {
    newsx().arg("--version").assert().success();
    let out = newsx().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for cmd in ["extract", "normalize", "schema"] {
        assert!(help.contains(cmd), "{help}");
    }
}
