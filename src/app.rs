//! The commands behind the binary: each takes a plain options struct (no
//! clap types), writes to the given output and returns an [`Exit`] code.

use crate::analyze::{AnalyzeOptions, analyze};
use crate::error::Error;
use crate::input::{decode, read_path};
use crate::normalize::{NormalizeOptions, normalize};
use crate::output::{ErrorRecord, json_schema};
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
    decode(&bytes).map_err(|e| e.with_path(shown))
}

/// `newsx extract`: one JSON object per input (JSON Lines when several).
pub fn extract(cfg: &ExtractConfig, out: &mut dyn Write) -> Exit {
    let paths: Vec<PathBuf> = if cfg.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        cfg.paths.clone()
    };
    let single = paths.len() == 1;
    let mut exit = Exit::Ok;
    for path in &paths {
        let line = match load(path, cfg.max_bytes) {
            Ok(decoded) => {
                let analysis = analyze(decoded, Some(display_path(path)), &cfg.analyze);
                if single && cfg.pretty {
                    serde_json::to_string_pretty(&analysis)
                } else {
                    serde_json::to_string(&analysis)
                }
            }
            Err(err) => {
                report(&err);
                exit = Exit::InputFailed;
                if single {
                    continue;
                }
                serde_json::to_string(&ErrorRecord::new(Some(display_path(path)), &err))
            }
        };
        let line = line.unwrap_or_default();
        if let Err(e) = writeln!(out, "{line}") {
            return output_failed(&e);
        }
    }
    if let Err(e) = out.flush() {
        return output_failed(&e);
    }
    exit
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
