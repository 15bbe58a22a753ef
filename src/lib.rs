//! newsx: a fast, offline, rule-based analyzer of Arabic news articles.
//!
//! The library decodes an article ([`input`]), normalizes it with a map back to
//! the original text ([`normalize`]), segments it ([`document`]), runs the
//! entity extractors ([`extract`]) and builds the JSON output model
//! ([`output`]). Every span it reports is in Unicode code points of the
//! original decoded text.
//!
//! ```
//! let a = newsx::analyze_text("عنوان\n\nقال الرئيس.", &Default::default());
//! assert_eq!(a.title.unwrap().text, "عنوان");
//! assert_eq!(a.counts.sentences, 2);
//! ```

#![deny(missing_docs)]

pub mod allocator;
pub mod analyze;
pub mod app;
pub mod batch;
pub mod byte_set;
pub mod civil;
pub mod document;
pub mod error;
pub mod eval;
pub mod extract;
pub mod input;
pub mod lexicon;
pub mod normalize;
pub mod output;
pub mod span;

pub use analyze::{AnalyzeOptions, analyze, analyze_text};
pub use error::{Error, ErrorKind, Result};
pub use span::Span;
