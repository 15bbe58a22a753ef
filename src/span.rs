//! Half-open spans of Unicode code points in the original decoded text.

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of Unicode code-point offsets into the
/// original decoded text (after BOM removal).
///
/// Code points, not bytes: `text[start:end]` in Python or jq slices the mention
/// back out of the original text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First code point of the span.
    pub start: usize,
    /// One past the last code point of the span.
    pub end: usize,
}

impl Span {
    /// Creates a span; `end` is clamped so that `start <= end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Number of code points covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one code point.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_relations() {
        let a = Span::new(2, 6);
        assert_eq!(a.len(), 4);
        assert!(a.overlaps(&Span::new(5, 9)));
        assert!(!a.overlaps(&Span::new(6, 9)));
        assert!(a.contains(&Span::new(3, 6)));
        assert!(!a.contains(&Span::new(1, 3)));
        assert!(Span::new(5, 3).is_empty());
    }
}
