//! The commands behind the binary: each takes a plain options struct (no
//! clap types), writes to the given output and returns an [`Exit`] code.

use crate::analyze::AnalyzeOptions;
use crate::batch::BatchOptions;
use crate::error::Error;
use crate::input::{decode_owned, read_path};
use crate::normalize::{NormalizeOptions, normalize};
use crate::output::json_schema;
use std::io::{self, Write};
use std::path::PathBuf;

/// Process exit codes (documented in README.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// 0: every input was analysed.
    Ok = 0,
    /// 1: at least one input could not be read or decoded.
    InputFailed = 1,
    /// 2: invalid command line (also clap's own code).
    Usage = 2,
    /// 3: the output could not be written.
    OutputFailed = 3,
}

/// Options of `newsx extract`.
#[derive(Clone, Debug, Default)]
pub struct ExtractConfig {
    /// Inputs; `-` is standard input.
    pub paths: Vec<PathBuf>,
    /// Analysis options.
    pub analyze: AnalyzeOptions,
    /// Indent the JSON (a single document only; JSON Lines stay compact).
    pub pretty: bool,
    /// Largest input accepted, in bytes.
    pub max_bytes: u64,
    /// Batch options: folders, globs, threads, filter mode, …
    pub batch: BatchOptions,
}

/// Options of `newsx normalize`.
#[derive(Clone, Debug, Default)]
pub struct NormalizeConfig {
    /// Input; `-` is standard input.
    pub path: PathBuf,
    /// Steps to run.
    pub options: NormalizeOptions,
    /// Largest input accepted, in bytes.
    pub max_bytes: u64,
}

/// Writes one line to stderr, prefixed with the program name.
pub fn report(err: &dyn std::fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "newsx: {err}");
}

/// Maps a write failure to an exit code: a closed pipe (`| head`) ends quietly.
fn output_failed(err: &io::Error) -> Exit {
    if err.kind() == io::ErrorKind::BrokenPipe {
        Exit::Ok
    } else {
        report(&format!("cannot write output: {err}"));
        Exit::OutputFailed
    }
}

fn display_path(path: &std::path::Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Reads and decodes one input, attaching its path to any error.
pub fn load(path: &std::path::Path, max_bytes: u64) -> Result<crate::input::Decoded, Error> {
    let shown = if path.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        display_path(path)
    };
    let bytes = read_path(path, max_bytes)?;
    decode_owned(bytes).map_err(|e| e.with_path(shown))
}

/// `newsx extract`: one JSON object per input (JSON Lines when several);
/// see [`crate::batch::run`].
pub fn extract(cfg: &ExtractConfig, out: &mut dyn Write) -> Exit {
    crate::batch::run(cfg, out)
}

/// `newsx normalize`: prints the normalized text.
pub fn normalize_cmd(cfg: &NormalizeConfig, out: &mut dyn Write) -> Exit {
    let decoded = match load(&cfg.path, cfg.max_bytes) {
        Ok(d) => d,
        Err(err) => {
            report(&err);
            return Exit::InputFailed;
        }
    };
    let n = normalize(&decoded.text, &cfg.options);
    match out.write_all(n.text().as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Exit::Ok,
        Err(e) => output_failed(&e),
    }
}

/// `newsx schema`: prints the JSON Schema of the output.
pub fn schema(out: &mut dyn Write) -> Exit {
    match writeln!(out, "{}", json_schema()).and_then(|_| out.flush()) {
        Ok(()) => Exit::Ok,
        Err(e) => output_failed(&e),
    }
}

/// Options of `newsx eval`.
#[derive(Clone, Debug, Default)]
pub struct EvalConfig {
    /// CoNLL files or directories (every `*.txt` inside) to score together;
    /// each file is its own run of pseudo-documents.
    pub conll: Vec<PathBuf>,
    /// Gold file (`*.gold.json`) to score one article against.
    pub gold: Option<PathBuf>,
    /// Article text for `gold` (default: the gold path with `.gold.json` → `.txt`).
    pub text: Option<PathBuf>,
    /// Reference date overriding the gold file's `ref_date`.
    pub reference_date: Option<crate::civil::Ymd>,
    /// Sentences per pseudo-document for CoNLL data.
    pub doc_sentences: usize,
    /// Print JSON instead of a table.
    pub json: bool,
    /// List every false positive and false negative (CoNLL).
    pub errors: bool,
    /// Score only named organizations (CoNLL).
    pub named_orgs_only: bool,
}

fn write_all(out: &mut dyn Write, s: &str) -> Exit {
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Exit::Ok,
        Err(e) => output_failed(&e),
    }
}

fn read_text(path: &std::path::Path) -> Result<String, Error> {
    load(path, crate::input::DEFAULT_MAX_BYTES).map(|d| d.text)
}

/// The default text path of a gold file: `x.gold.json` → `x.txt`.
pub fn gold_text_path(gold: &std::path::Path) -> PathBuf {
    let s = gold.to_string_lossy();
    match s.strip_suffix(".gold.json") {
        Some(stem) => PathBuf::from(format!("{stem}.txt")),
        None => gold.with_extension("txt"),
    }
}

/// `newsx eval`: scores the extractors against CoNLL data or a gold file.
pub fn eval(cfg: &EvalConfig, out: &mut dyn Write) -> Exit {
    use crate::eval;
    let mut buf = String::new();
    if !cfg.conll.is_empty() {
        let mut files = Vec::new();
        for p in &cfg.conll {
            match std::fs::read_dir(p) {
                Ok(dir) => {
                    let mut inner: Vec<PathBuf> = dir
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                        .collect();
                    inner.sort();
                    files.extend(inner);
                }
                Err(_) => files.push(p.clone()),
            }
        }
        let mut data = String::new();
        for path in &files {
            match read_text(path) {
                Ok(d) => {
                    data.push_str(&d);
                    // A file boundary is a document boundary.
                    data.push_str("\n\n-DOCSTART- O\n\n");
                }
                Err(err) => {
                    report(&err);
                    return Exit::InputFailed;
                }
            }
        }
        let shown: Vec<String> = cfg.conll.iter().map(|p| display_path(p)).collect();
        let path = &shown.join(" ");
        let r = eval::eval_conll_with(
            path,
            &data,
            &eval::ConllOptions {
                doc_sentences: cfg.doc_sentences,
                list_errors: cfg.errors,
                named_orgs_only: cfg.named_orgs_only,
            },
        );
        buf.push_str(&if cfg.json {
            serde_json::to_string_pretty(&r).unwrap_or_default() + "\n"
        } else {
            eval::render_conll(&r)
        });
    }
    if let Some(path) = &cfg.gold {
        let gold: eval::gold::Gold = match read_text(path).and_then(|t| {
            serde_json::from_str(&t).map_err(|e| {
                Error::new(crate::ErrorKind::BadRecord, format!("bad gold file: {e}"))
                    .with_path(display_path(path))
            })
        }) {
            Ok(g) => g,
            Err(err) => {
                report(&err);
                return Exit::InputFailed;
            }
        };
        let text_path = cfg.text.clone().unwrap_or_else(|| gold_text_path(path));
        let decoded = match load(&text_path, crate::input::DEFAULT_MAX_BYTES) {
            Ok(d) => d,
            Err(err) => {
                report(&err);
                return Exit::InputFailed;
            }
        };
        let reference_date = cfg.reference_date.or_else(|| {
            gold.ref_date
                .as_deref()
                .and_then(|d| d.parse::<crate::civil::Ymd>().ok())
        });
        let opts = AnalyzeOptions {
            reference_date,
            reference_source: reference_date.map(|_| "option"),
            ..AnalyzeOptions::default()
        };
        let a = crate::analyze::analyze(decoded, Some(display_path(&text_path)), &opts);
        let r = eval::gold::score(&a, &gold);
        buf.push_str(&if cfg.json {
            serde_json::to_string_pretty(&r).unwrap_or_default() + "\n"
        } else {
            eval::render_gold(&display_path(path), &r)
        });
    }
    if cfg.conll.is_empty() && cfg.gold.is_none() {
        report(&"eval: give --conll FILE or --gold FILE.gold.json");
        return Exit::Usage;
    }
    write_all(out, &buf)
}
