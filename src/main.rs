//! The `newsx` binary: parses arguments into plain option structs and calls
//! the library (`newsx::app`).

use clap::{Parser, Subcommand};
use newsx::AnalyzeOptions;
use newsx::app::{self, EvalConfig, ExtractConfig, NormalizeConfig};
use newsx::batch::BatchOptions;
use newsx::civil::Ymd;
use newsx::input::DEFAULT_MAX_BYTES;
use newsx::normalize::{NormalizeOptions, Step};
use std::io::{self, BufWriter};
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: the extractors make many small,
/// short-lived allocations, which glibc's malloc serves slowly.
#[global_allocator]
static GLOBAL: newsx::allocator::MiMalloc = newsx::allocator::MiMalloc;

/// Fast, offline, rule-based analyzer of Arabic news articles.
#[derive(Parser)]
#[command(name = "newsx", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract people, places, organizations, dates and quotes as JSON.
    Extract(ExtractArgs),
    /// Print the normalized text of an article.
    Normalize(NormalizeArgs),
    /// Print the JSON Schema of the output of `extract`.
    Schema,
    /// Score the extractors against CoNLL NER data or a gold article.
    Eval(EvalArgs),
}

#[derive(clap::Args)]
struct EvalArgs {
    /// CoNLL file or directory of `*.txt` files (`token TAG` lines, IOB/IOB2,
    /// blank line between sentences); repeatable.
    #[arg(long, value_name = "FILE")]
    conll: Vec<PathBuf>,
    /// Gold file (`*.gold.json`) of one article.
    #[arg(long, value_name = "FILE")]
    gold: Option<PathBuf>,
    /// Article text for --gold (default: the gold path with `.gold.json` → `.txt`).
    #[arg(long, value_name = "FILE")]
    text: Option<PathBuf>,
    /// Reference date (YYYY-MM-DD), overriding the gold file's `ref_date`.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    ref_date: Option<Ymd>,
    /// Sentences per pseudo-document when reassembling CoNLL data.
    #[arg(long, value_name = "N", default_value_t = newsx::eval::DEFAULT_DOC_SENTENCES)]
    doc_sentences: usize,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// List every false positive and false negative (with --conll).
    #[arg(long)]
    errors: bool,
    /// Score only organizations with `named: true` (with --conll): for
    /// conventions that do not tag descriptions such as «الحكومة العراقية».
    #[arg(long)]
    named_orgs_only: bool,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Input files and folders (walked recursively); `-` (the default) reads
    /// standard input. With more than one document the output is JSON Lines.
    paths: Vec<PathBuf>,
    /// Also read the input paths listed in FILE, one a line (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    files_from: Option<PathBuf>,
    /// Only files (found in folders) matching this pattern, e.g. '*.txt'
    /// (repeatable; a pattern with `/` matches the path below the folder).
    #[arg(long, value_name = "PATTERN")]
    glob: Vec<String>,
    /// Also visit hidden files and folders (names starting with `.`) in folders.
    #[arg(long)]
    hidden: bool,
    /// Worker threads (default: one per core).
    #[arg(
        short = 'j',
        long,
        value_name = "N",
        default_value_t = 0,
        hide_default_value = true
    )]
    jobs: usize,
    /// No summary and no progress bar on stderr.
    #[arg(short, long)]
    quiet: bool,
    /// Filter mode: read JSON Lines records {"id","text","date"} on standard
    /// input, write one result line per record with the same id.
    #[arg(long, conflicts_with_all = ["paths", "files_from", "pretty"])]
    jsonl_in: bool,
    /// Reference date (YYYY-MM-DD) for relative dates such as «أمس».
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    ref_date: Option<Ymd>,
    /// Include the original decoded text as `text`.
    #[arg(long)]
    include_text: bool,
    /// Include paragraph and sentence spans as `structure`.
    #[arg(long)]
    structure: bool,
    /// Indent the JSON (single input only).
    #[arg(long)]
    pretty: bool,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

#[derive(clap::Args)]
struct NormalizeArgs {
    /// Input file; `-` (the default) reads standard input.
    #[arg(default_value = "-")]
    path: PathBuf,
    /// Steps to switch on (comma-separated): alef-maksura, teh-marbuta, hamza, …
    #[arg(long, value_delimiter = ',', value_parser = parse_step)]
    enable: Vec<Step>,
    /// Steps to switch off (comma-separated): diacritics, tatweel, alef, digits, …
    #[arg(long, value_delimiter = ',', value_parser = parse_step)]
    disable: Vec<Step>,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

fn parse_date(s: &str) -> Result<Ymd, String> {
    s.parse::<Ymd>().map_err(|e| e.to_string())
}

fn parse_step(s: &str) -> Result<Step, String> {
    Step::from_name(s).ok_or_else(|| {
        let names: Vec<&str> = Step::ALL.iter().map(|s| s.name()).collect();
        format!("unknown step {s:?}; steps: {}", names.join(", "))
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    // 64 KB: a JSON Lines record is a few KB, so an 8 KB buffer made a
    // `write` system call every record or two.
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let exit = match cli.command {
        Command::Extract(a) => app::extract(
            &ExtractConfig {
                paths: a.paths,
                analyze: AnalyzeOptions {
                    reference_date: a.ref_date,
                    reference_source: a.ref_date.map(|_| "option"),
                    include_text: a.include_text,
                    structure: a.structure,
                    ..AnalyzeOptions::default()
                },
                pretty: a.pretty,
                max_bytes: a.max_bytes,
                batch: BatchOptions {
                    files_from: a.files_from,
                    globs: a.glob,
                    hidden: a.hidden,
                    jobs: a.jobs,
                    quiet: a.quiet,
                    jsonl_in: a.jsonl_in,
                },
            },
            &mut out,
        ),
        Command::Normalize(a) => {
            let mut options = NormalizeOptions::default();
            for s in a.enable {
                options.set(s, true);
            }
            for s in a.disable {
                options.set(s, false);
            }
            app::normalize_cmd(
                &NormalizeConfig {
                    path: a.path,
                    options,
                    max_bytes: a.max_bytes,
                },
                &mut out,
            )
        }
        Command::Schema => app::schema(&mut out),
        Command::Eval(a) => app::eval(
            &EvalConfig {
                conll: a.conll,
                gold: a.gold,
                text: a.text,
                reference_date: a.ref_date,
                doc_sentences: a.doc_sentences,
                json: a.json,
                errors: a.errors,
                named_orgs_only: a.named_orgs_only,
            },
            &mut out,
        ),
    };
    ExitCode::from(exit as u8)
}
