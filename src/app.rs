//! The commands behind the binary: each takes a plain options struct (no
//! clap types), writes to the given output and returns an [`Exit`] code.

use crate::analyze::AnalyzeOptions;
use crate::batch::BatchOptions;
use crate::error::Error;
use crate::input::{decode, read_path};
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
    decode(&bytes).map_err(|e| e.with_path(shown))
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
