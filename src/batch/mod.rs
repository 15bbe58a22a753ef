//! Batch processing: many inputs (files, folders, standard input, a list of
//! paths, or JSON Lines records) analysed in parallel, written out as JSON
//! Lines in input order, with failures as error records.
//!
//! - [`walk`] expands paths and folders into inputs, lazily and in order;
//! - [`order`] runs the work on a rayon pool and hands results back in
//!   order through a bounded window (memory stays bounded);
//! - [`html`] reduces HTML pages to their title and article text;
//! - [`jsonl`] parses filter-mode records;
//! - [`json_line`] writes an analysis as a line of JSON;
//! - [`summary`] counts the run.

pub mod html;
pub mod json_line;
pub mod jsonl;
pub mod order;
pub mod summary;
pub mod walk;

use crate::analyze::{AnalyzeOptions, analyze};
use crate::app::{Exit, ExtractConfig};
use crate::error::{Error, ErrorKind};
use crate::input::{Decoded, decode_owned, read_path};
use crate::output::{Analysis, ErrorRecord};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use summary::Summary;
use walk::{Item, WalkOptions};

/// Options of a batch run (besides the analysis options).
#[derive(Clone, Debug, Default)]
pub struct BatchOptions {
    /// A file listing one input path a line (`-`: standard input).
    pub files_from: Option<PathBuf>,
    /// `--glob` patterns selecting the files found in folders.
    pub globs: Vec<String>,
    /// Also visit hidden files and folders in folders.
    pub hidden: bool,
    /// Worker threads; 0 means one per core.
    pub jobs: usize,
    /// No summary, no progress bar.
    pub quiet: bool,
    /// Filter mode: read JSON Lines records on standard input.
    pub jsonl_in: bool,
}

/// What one input gave: the output line, whether it succeeded, its size,
/// and the message for stderr when it failed.
struct Outcome {
    line: Vec<u8>,
    ok: bool,
    bytes: u64,
    error: Option<String>,
}

impl Outcome {
    fn analysis(a: &Analysis, pretty: bool) -> Outcome {
        // Sized once for a typical record (a few kilobytes), not grown from
        // a hundred bytes by doubling.
        let mut line = Vec::with_capacity(8192);
        if pretty {
            if serde_json::to_writer_pretty(&mut line, a).is_err() {
                line.clear();
            }
        } else {
            json_line::write_analysis(&mut line, a);
        }
        Outcome {
            line,
            ok: true,
            bytes: a.source.bytes as u64,
            error: None,
        }
    }

    fn failure(record: ErrorRecord, message: String) -> Outcome {
        Outcome {
            line: serde_json::to_vec(&record).unwrap_or_default(),
            ok: false,
            bytes: 0,
            error: Some(message),
        }
    }
}

/// `newsx extract`: analyses every input and writes one JSON object per
/// input (pretty-printable for a single document, JSON Lines otherwise).
pub fn run(cfg: &ExtractConfig, out: &mut dyn Write) -> Exit {
    let b = &cfg.batch;
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(b.jobs).build() {
        Ok(p) => p,
        Err(e) => return usage(&format!("cannot start worker threads: {e}")),
    };
    if b.jobs != 1 {
        // A panic in a spawned job would abort the process: the lexicons
        // are built (and would fail) again where a document needs them.
        pool.spawn(|| {
            let _ = std::panic::catch_unwind(crate::extract::warm_up);
        });
    }
    if b.jsonl_in {
        if !cfg.paths.is_empty() || b.files_from.is_some() {
            return usage(&"--jsonl-in reads standard input only: give no paths");
        }
        return run_jsonl(cfg, &pool, out);
    }
    let stdin_paths = cfg.paths.iter().filter(|p| p.as_os_str() == "-").count();
    let list_on_stdin = b
        .files_from
        .as_deref()
        .is_some_and(|p| p.as_os_str() == "-");
    if stdin_paths + usize::from(list_on_stdin) > 1 {
        return usage(&"standard input (`-`) can be used only once");
    }
    let opts = match WalkOptions::new(&b.globs, b.hidden) {
        Ok(o) => o,
        Err(e) => return usage(&e),
    };
    let single = b.files_from.is_none()
        && cfg.paths.len() <= 1
        && cfg
            .paths
            .first()
            .is_none_or(|p| p.as_os_str() == "-" || !p.is_dir());
    let listed: Box<dyn Iterator<Item = PathBuf>> = match &b.files_from {
        None => Box::new(std::iter::empty()),
        Some(list) => match open_list(list) {
            Ok(lines) => Box::new(lines),
            Err(e) => return usage(&e),
        },
    };
    let roots = if cfg.paths.is_empty() && b.files_from.is_none() {
        vec![PathBuf::from("-")]
    } else {
        cfg.paths.clone()
    };
    let bar = progress_bar(b.quiet || single, "files");
    let notice_bar = bar.clone();
    let notice = Box::new(move |msg: &str| notice_bar.suspend(|| crate::app::report(&msg)));
    let items = walk::inputs(roots.into_iter().chain(listed), opts, notice);
    let pretty = single && cfg.pretty;
    let work = |item: &Item| match item {
        Item::Path(path) => analyze_path(path, &cfg.analyze, cfg.max_bytes, pretty),
        Item::Failed(path, err) => Outcome::failure(
            ErrorRecord::new(Some(display_path(path)), err),
            err.to_string(),
        ),
    };
    let recover = |item: &Item, msg: String| {
        let path = match item {
            Item::Path(p) | Item::Failed(p, _) => p,
        };
        internal_error(Some(display_path(path)), None, &msg)
    };
    let summary = Summary::start("files");
    finish(
        &pool,
        items,
        work,
        recover,
        out,
        summary,
        &bar,
        RunShape {
            single,
            quiet: b.quiet,
        },
    )
}

struct RunShape {
    /// One document: failures go to stderr only, no summary.
    single: bool,
    quiet: bool,
}

/// Runs the work in order, writes the lines, prints the summary and
/// chooses the exit code.
#[allow(clippy::too_many_arguments)]
fn finish<T: Send>(
    pool: &rayon::ThreadPool,
    items: impl Iterator<Item = T>,
    work: impl Fn(&T) -> Outcome + Sync,
    recover: impl Fn(&T, String) -> Outcome + Sync,
    out: &mut dyn Write,
    mut summary: Summary,
    bar: &ProgressBar,
    shape: RunShape,
) -> Exit {
    let window = window_for(pool.current_num_threads());
    let written = order::ordered_map(pool, window, items, work, recover, |o: Outcome| {
        summary.add(o.ok, o.bytes);
        bar.inc(1);
        if summary.total().is_multiple_of(64) && !bar.is_hidden() {
            bar.set_message(summary.rate());
        }
        if let Some(msg) = &o.error {
            bar.suspend(|| crate::app::report(msg));
            if shape.single {
                return Ok(());
            }
        }
        out.write_all(&o.line)?;
        out.write_all(b"\n")
    })
    .and_then(|()| out.flush());
    bar.finish_and_clear();
    if let Err(e) = written {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return Exit::Ok;
        }
        crate::app::report(&format!("cannot write output: {e}"));
        return Exit::OutputFailed;
    }
    if !shape.quiet && !shape.single {
        crate::app::report(&summary.line(summary.elapsed()));
    }
    if summary.failed > 0 {
        Exit::InputFailed
    } else {
        Exit::Ok
    }
}

/// Inputs read ahead, in flight or waiting to be written, for each worker
/// thread. The writing thread is woken once per half window: with 16 it was
/// woken every 8 records on one thread, a `futex` wake on the worker and two
/// context switches each time; with 32, half as often. Memory stays bounded
/// (a record of a few kilobytes, its output line a few more).
const WINDOW_PER_THREAD: usize = 32;

/// The window of a run on `threads` worker threads.
fn window_for(threads: usize) -> usize {
    threads.max(1) * WINDOW_PER_THREAD
}

fn usage(msg: &dyn std::fmt::Display) -> Exit {
    crate::app::report(msg);
    Exit::Usage
}

fn progress_bar(quiet: bool, unit: &'static str) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let template = format!("{{spinner}} {{pos}} {unit} [{{elapsed}}] {{msg}}");
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// The lines of a path list (`-`: standard input), blank lines skipped.
fn open_list(list: &Path) -> Result<impl Iterator<Item = PathBuf> + use<>, Error> {
    let reader: Box<dyn BufRead> = if list.as_os_str() == "-" {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        let f = std::fs::File::open(list).map_err(|e| Error::from_io(&e, list))?;
        Box::new(io::BufReader::new(f))
    };
    let shown = display_path(list);
    Ok(reader
        .lines()
        .map_while(move |l| match l {
            Ok(l) => Some(l),
            Err(e) => {
                crate::app::report(&format!("{shown}: cannot read the list: {e}"));
                None
            }
        })
        .filter_map(|l| {
            let l = l.trim_end_matches('\r');
            (!l.trim().is_empty()).then(|| PathBuf::from(l))
        }))
}

fn display_path(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Turns HTML into its article text when the path or the content says it is
/// HTML; returns the `source.format` to record: `Some("html")`, or `None`
/// for plain text (the field is then left out, as in single-document output
/// before HTML support).
fn reduce_html(decoded: &mut Decoded, path: Option<&Path>) -> Result<Option<String>, Error> {
    if !(path.is_some_and(html::is_html_path) || html::looks_like_html(&decoded.text)) {
        return Ok(None);
    }
    decoded.text = html::reduce(&decoded.text);
    if decoded.text.trim().is_empty() {
        return Err(Error::new(
            ErrorKind::Empty,
            "no article text in the HTML page",
        ));
    }
    Ok(Some("html".to_string()))
}

fn analyze_path(path: &Path, opts: &AnalyzeOptions, max_bytes: u64, pretty: bool) -> Outcome {
    let shown = display_path(path);
    let stdin = path.as_os_str() == "-";
    let loaded = read_path(path, max_bytes).and_then(|bytes| {
        let mut decoded = decode_owned(bytes)
            .map_err(|e| e.with_path(if stdin { "<stdin>" } else { shown.as_str() }))?;
        let format =
            reduce_html(&mut decoded, (!stdin).then_some(path)).map_err(|e| e.with_path(path))?;
        Ok((decoded, format))
    });
    match loaded {
        Ok((decoded, format)) => {
            let mut a = analyze(decoded, Some(shown), opts);
            a.source.format = format;
            Outcome::analysis(&a, pretty)
        }
        Err(err) => Outcome::failure(ErrorRecord::new(Some(shown), &err), err.to_string()),
    }
}

fn internal_error(path: Option<String>, id: Option<Value>, msg: &str) -> Outcome {
    let err = Error::new(ErrorKind::Io, format!("internal error: {msg}"));
    let mut record = ErrorRecord::new(path.clone(), &err);
    record.error.kind = "internal".to_string();
    record.id = id;
    let shown = path.unwrap_or_else(|| "record".to_string());
    Outcome::failure(record, format!("{shown}: internal error: {msg}"))
}

/// One line of filter-mode input: its number and bytes.
type Line = (usize, Vec<u8>);

fn run_jsonl(cfg: &ExtractConfig, pool: &rayon::ThreadPool, out: &mut dyn Write) -> Exit {
    let quiet = cfg.batch.quiet;
    let bar = progress_bar(quiet, "records");
    let read_failed = std::cell::Cell::new(false);
    let stdin = io::stdin();
    let lines = jsonl::lines(stdin.lock()).map_while(|l| match l {
        Ok(l) => Some(l),
        Err(e) => {
            crate::app::report(&format!("cannot read standard input: {e}"));
            read_failed.set(true);
            None
        }
    });
    let work = |(number, bytes): &Line| analyze_record(*number, bytes, cfg);
    let recover = |(number, bytes): &Line, msg: String| {
        let id = jsonl::parse_record(bytes).ok().and_then(|r| r.id);
        internal_error(None, id, &format!("line {number}: {msg}"))
    };
    let exit = finish(
        pool,
        lines,
        work,
        recover,
        out,
        Summary::start("records"),
        &bar,
        RunShape {
            single: false,
            quiet,
        },
    );
    if read_failed.get() && exit == Exit::Ok {
        return Exit::InputFailed;
    }
    exit
}

fn analyze_record(number: usize, bytes: &[u8], cfg: &ExtractConfig) -> Outcome {
    let fail = |id: Option<Value>, err: &Error| {
        let shown_id = id
            .as_ref()
            .map(|v| format!(" (id {v})"))
            .unwrap_or_default();
        let mut record = ErrorRecord::new(None, err);
        record.id = id;
        Outcome::failure(
            record,
            format!("line {number}{shown_id}: {}", err.message()),
        )
    };
    if bytes.len() as u64 > cfg.max_bytes {
        let err = Error::new(
            ErrorKind::TooLarge,
            format!(
                "record larger than the limit of {} bytes (raise it with --max-bytes)",
                cfg.max_bytes
            ),
        );
        let id = jsonl::parse_record(bytes).ok().and_then(|r| r.id);
        return fail(id, &err);
    }
    let record = match jsonl::parse_record(bytes) {
        Ok(r) => r,
        Err(bad) => return fail(bad.id, &bad.error),
    };
    let mut decoded = Decoded {
        bytes: record.text.len(),
        text: record.text,
        encoding: "UTF-8",
        bom: false,
        replaced: 0,
    };
    let format = match reduce_html(&mut decoded, None) {
        Ok(f) => f,
        Err(e) => return fail(record.id, &e),
    };
    let mut opts = cfg.analyze.clone();
    if let Some(d) = record.date {
        opts.reference_date = Some(d);
        opts.reference_source = Some("record");
    }
    let mut a = analyze(decoded, None, &opts);
    a.id = record.id;
    a.source.format = format;
    Outcome::analysis(&a, false)
}

#[cfg(test)]
mod tests {
    /// Thirty-two inputs a worker thread (a pool has one thread at least).
    #[test]
    fn window_per_thread() {
        // (worker threads, window)
        let rows = [(0, 32), (1, 32), (2, 64), (8, 256)];
        for (threads, window) in rows {
            assert_eq!(super::window_for(threads), window, "{threads}");
        }
    }
}
