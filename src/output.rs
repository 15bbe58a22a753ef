//! The JSON output model: one [`Analysis`] object per document, or one
//! [`ErrorRecord`] for an input that could not be analysed.
//!
//! Field names are a stable contract (see README.md and `newsx schema`).
//! Offsets (`start`, `end`) are half-open Unicode code-point offsets into the
//! original decoded text (after BOM removal): `text[start:end]` in Python or
//! jq gives the mention back. New fields may be added in minor versions;
//! existing ones keep their meaning.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of this output format. Bumped on any incompatible change.
pub const SCHEMA_VERSION: &str = "1.0";

/// The analysis of one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    /// Version of the output format.
    pub schema_version: String,
    /// The `id` of the input record (JSON Lines filter mode only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    /// Where the text came from.
    pub source: Source,
    /// The title: the first line when a blank line follows it.
    pub title: Option<TextSpan>,
    /// The date relative expressions were resolved against, if any.
    pub reference_date: Option<ReferenceDate>,
    /// Sizes of the document.
    pub counts: Counts,
    /// Trailing site boilerplate lines (navigation, sharing), kept out of extraction.
    pub boilerplate: Vec<TextSpan>,
    /// People, each with all its mentions.
    pub people: Vec<Person>,
    /// Places, each with all its mentions.
    pub places: Vec<Place>,
    /// Organizations, each with all its mentions.
    pub organizations: Vec<Organization>,
    /// Dates, times, durations, sets and intervals.
    pub dates: Vec<DateMention>,
    /// Quotations with their speakers.
    pub quotes: Vec<Quote>,
    /// Things the analysis noticed but could not resolve (e.g. an unclosed quotation mark).
    pub warnings: Vec<Warning>,
    /// Paragraph and sentence spans (with `--structure`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structure: Option<Structure>,
    /// The original decoded text (with `--include-text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Where a document came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The path as given (`-` for standard input; null for JSON Lines records).
    pub path: Option<String>,
    /// Detected encoding: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `windows-1256`, …
    pub encoding: String,
    /// Whether the input began with a byte-order mark.
    pub bom: bool,
    /// Size of the raw input in bytes.
    pub bytes: usize,
    /// Length of the decoded text in code points (the range of every offset).
    pub chars: usize,
    /// `html` when the input was an HTML page reduced to its title and
    /// article text (offsets then refer to that text, which `--include-text`
    /// shows); absent for plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
}

/// A piece of the original text and its span.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TextSpan {
    /// The original text of the span.
    pub text: String,
    /// Start offset (code points, inclusive).
    pub start: usize,
    /// End offset (code points, exclusive).
    pub end: usize,
}

/// The reference date of the document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferenceDate {
    /// `YYYY-MM-DD`.
    pub value: String,
    /// Where it came from: `option` (`--ref-date`), `record` (the `date` of a
    /// JSON Lines record) or `article` (stated in the text).
    pub source: String,
}

/// Sizes of the document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// Body paragraphs (title and boilerplate excluded).
    pub paragraphs: usize,
    /// Sentences, the title's included.
    pub sentences: usize,
    /// Word and number tokens, the title's included.
    pub tokens: usize,
}

/// Paragraph and sentence spans.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Structure {
    /// Body paragraphs.
    pub paragraphs: Vec<Extent>,
    /// Sentences, with the index of their paragraph (null for the title).
    pub sentences: Vec<SentenceExtent>,
}

/// A span without its text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Extent {
    /// Start offset (code points, inclusive).
    pub start: usize,
    /// End offset (code points, exclusive).
    pub end: usize,
}

/// A sentence span.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SentenceExtent {
    /// Start offset (code points, inclusive).
    pub start: usize,
    /// End offset (code points, exclusive).
    pub end: usize,
    /// Index into `structure.paragraphs`, or null for the title.
    pub paragraph: Option<usize>,
}

/// A person and its mentions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Identifier within this document (`p1`, `p2`, …).
    pub id: String,
    /// Canonical name: the fullest form seen.
    pub name: String,
    /// Every mention, in text order.
    pub mentions: Vec<TextSpan>,
    /// Titles and roles seen with the person: before a mention («وزير الخارجية
    /// الأميركي جون كيري»), or after the name when none precedes it («أشرف
    /// العربي وزير التخطيط المصري»).
    pub titles: Vec<String>,
    /// ISO 3166-1 alpha-2 code of the nationality a demonym gives, if any.
    pub country: Option<String>,
}

/// A place and its mentions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Identifier within this document (`l1`, `l2`, …).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `country`, `city`, `region`, … (null when only a trigger word said it is a place).
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2 code of the country it is in, if known.
    pub country: Option<String>,
    /// Every mention, in text order.
    pub mentions: Vec<TextSpan>,
}

/// An organization and its mentions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// Identifier within this document (`o1`, `o2`, …).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `ministry`, `un_body`, `agency_media`, `party`, `company`, … if known.
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2 code of its country, if known.
    pub country: Option<String>,
    /// True for a proper name (a known organization, a name in quotation
    /// marks or after a head word: «فرانس برس»، «مجلس الأمن»); false for a
    /// description made of a head word and common words («الحكومة العراقية»،
    /// «وزارة الخارجية الروسية»), which some NER conventions do not tag.
    #[serde(default)]
    pub named: bool,
    /// Every mention, in text order.
    pub mentions: Vec<TextSpan>,
}

/// A temporal expression (TIMEX3-like).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateMention {
    /// Identifier within this document (`d1`, `d2`, …).
    pub id: String,
    /// The original text.
    pub text: String,
    /// Start offset (code points, inclusive).
    pub start: usize,
    /// End offset (code points, exclusive).
    pub end: usize,
    /// `date`, `time`, `duration`, `set` or `interval`.
    #[serde(rename = "type")]
    pub kind: String,
    /// ISO 8601 value (`2016-02-27`, `2016-02`, `2016-W19`, `2016-05-03T19:42`,
    /// `P10D`, `PT24H`, TIMEX3 `2015-H2` / `2015-Q1`, TimeML `PRESENT_REF` /
    /// `PAST_REF`), or null when it cannot be resolved.
    pub value: Option<String>,
    /// Granularity: `year`, `half`, `quarter`, `month`, `week`, `day`, `hour`, `minute`, …
    pub grain: Option<String>,
    /// Calendar the text was written in: `gregorian` or `hijri`.
    pub calendar: String,
    /// The Hijri date as written, `YYYY-MM-DD`/`YYYY-MM` (Hijri dates only).
    pub hijri: Option<String>,
    /// Whether the value was computed from the reference date.
    pub resolved: bool,
    /// Relative description when resolution needs a reference date (e.g.
    /// `{"unit":"day","offset":-1}`).
    pub relative: Option<serde_json::Value>,
    /// Start and end values of an interval (type `interval`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// Part of the period meant (TIMEX3 `mod`): `start` («مطلع الشهر»), `mid`
    /// («منتصف العام») or `end` («أواخر آب»).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
}

/// The two ends of an interval, as ISO 8601 values.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interval {
    /// Value of the start (`2016-08-10`).
    pub from: Option<String>,
    /// Value of the end (`2016-08-15`).
    pub to: Option<String>,
}

/// A quotation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Identifier within this document (`q1`, `q2`, …).
    pub id: String,
    /// The quoted text (inside the marks for direct and partial quotes).
    pub text: String,
    /// Start offset of the quoted text (code points, inclusive).
    pub start: usize,
    /// End offset of the quoted text (code points, exclusive).
    pub end: usize,
    /// `direct`, `partial` or `indirect`.
    pub kind: String,
    /// The speech verb or attribution frame, with its span.
    pub cue: Option<TextSpan>,
    /// Who said it, if found.
    pub speaker: Option<Speaker>,
    /// Name of the rule that attributed the speaker.
    pub rule: String,
    /// Confidence of the attribution, 0–1.
    pub confidence: f32,
}

/// The speaker of a quotation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    /// Id of the person, organization or place entity (`p1`, `o2`, `l3`), if linked.
    pub id: Option<String>,
    /// Canonical name of the speaker.
    pub name: String,
    /// The mention that names the speaker for this quote, if any.
    pub mention: Option<TextSpan>,
}

/// Something the analysis noticed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    /// Stable machine-readable code: `unclosed_quote`, `invalid_utf8`.
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
    /// Start offset it concerns, if any.
    pub start: Option<usize>,
    /// End offset it concerns, if any.
    pub end: Option<usize>,
}

/// The record written instead of an [`Analysis`] when an input fails.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorRecord {
    /// Version of the output format.
    pub schema_version: String,
    /// The `id` of the input record (JSON Lines filter mode only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    /// The input that failed.
    pub source: ErrorSource,
    /// What went wrong.
    pub error: ErrorInfo,
}

/// The input of an error record.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorSource {
    /// The path as given, or null for a JSON Lines record.
    pub path: Option<String>,
}

/// The error of an error record.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorInfo {
    /// `not_found`, `permission_denied`, `is_directory`, `io`, `empty`,
    /// `binary`, `undecodable`, `too_large`, `bad_record`.
    pub kind: String,
    /// Human-readable reason.
    pub message: String,
}

/// One line of output: an analysis or an error record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Record {
    /// A document that was analysed.
    Analysis(Box<Analysis>),
    /// An input that failed.
    Error(ErrorRecord),
}

impl ErrorRecord {
    /// Builds the record for a failed input.
    pub fn new(path: Option<String>, err: &crate::Error) -> ErrorRecord {
        ErrorRecord {
            schema_version: SCHEMA_VERSION.to_string(),
            id: None,
            source: ErrorSource { path },
            error: ErrorInfo {
                kind: err.kind().as_str().to_string(),
                message: err.message().to_string(),
            },
        }
    }
}

/// The JSON Schema of one output line ([`Record`]), as pretty JSON.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Record);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}
