//! The pipeline from decoded text to the output model.

use crate::civil::Ymd;
use crate::document::Document;
use crate::extract::{Context, run_all};
use crate::input::Decoded;
use crate::normalize::NormalizeOptions;
use crate::output::{
    Analysis, Counts, Extent, ReferenceDate, SCHEMA_VERSION, SentenceExtent, Source, Structure,
    TextSpan, Warning,
};
use std::ops::Range;

/// Options of one analysis.
#[derive(Clone, Debug, Default)]
pub struct AnalyzeOptions {
    /// Normalization steps applied before extraction.
    pub normalize: NormalizeOptions,
    /// Date against which relative dates are resolved.
    pub reference_date: Option<Ymd>,
    /// Where `reference_date` came from: `option` (default) or `record`.
    pub reference_source: Option<&'static str>,
    /// Include the original text in the output.
    pub include_text: bool,
    /// Include paragraph and sentence spans in the output.
    pub structure: bool,
}

/// Analyses a decoded document. `path` is reported in `source.path`.
pub fn analyze(decoded: Decoded, path: Option<String>, opts: &AnalyzeOptions) -> Analysis {
    let Decoded {
        text,
        encoding,
        bom,
        bytes,
        replaced,
    } = decoded;
    let doc = Document::with_options(text, &opts.normalize);
    let ctx = Context {
        reference_date: opts.reference_date,
    };
    let mut found = run_all(&doc, &ctx);
    if let (Some(d), Some(src)) = (opts.reference_date, opts.reference_source) {
        found.reference_date = Some((d, src));
    }
    let text_span = |r: Range<usize>| {
        let span = doc.span(r);
        TextSpan {
            text: doc.original_slice(span).to_string(),
            start: span.start,
            end: span.end,
        }
    };
    let structure = opts.structure.then(|| Structure {
        paragraphs: doc
            .paragraphs()
            .iter()
            .map(|r| {
                let s = doc.span(r.clone());
                Extent {
                    start: s.start,
                    end: s.end,
                }
            })
            .collect(),
        sentences: doc
            .sentences()
            .iter()
            .map(|s| {
                let span = doc.span(s.range.clone());
                SentenceExtent {
                    start: span.start,
                    end: span.end,
                    paragraph: s.paragraph,
                }
            })
            .collect(),
    });
    Analysis {
        schema_version: SCHEMA_VERSION.to_string(),
        id: None,
        source: Source {
            path,
            encoding: encoding.to_string(),
            bom,
            bytes,
            chars: doc.normalized().original_len(),
            format: None,
        },
        title: doc.title().map(text_span),
        reference_date: found.reference_date.map(|(d, source)| ReferenceDate {
            value: d.to_string(),
            source: source.to_string(),
        }),
        counts: Counts {
            paragraphs: doc.paragraphs().len(),
            sentences: doc.sentences().len(),
            tokens: doc.tokens().len(),
        },
        boilerplate: doc.boilerplate().iter().cloned().map(text_span).collect(),
        people: found.people,
        places: found.places,
        organizations: found.organizations,
        dates: found.dates,
        quotes: found.quotes,
        warnings: {
            let mut w = found.warnings;
            if replaced > 0 {
                w.insert(
                    0,
                    Warning {
                        code: "invalid_utf8".to_string(),
                        message: format!("{replaced} invalid UTF-8 sequences replaced by U+FFFD"),
                        start: None,
                        end: None,
                    },
                );
            }
            w
        },
        structure,
        text: opts.include_text.then(|| doc.original().to_string()),
    }
}

/// Analyses a string (UTF-8 text already decoded).
pub fn analyze_text(text: &str, opts: &AnalyzeOptions) -> Analysis {
    let decoded = Decoded {
        bytes: text.len(),
        text: text.to_string(),
        encoding: "UTF-8",
        bom: false,
        replaced: 0,
    };
    analyze(decoded, None, opts)
}
