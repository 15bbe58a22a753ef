//! Precision, recall and F1 from true-positive, false-positive and
//! false-negative counts.

use serde::Serialize;

/// Counts of one entity type (or of all types together).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Predicted and correct.
    pub tp: usize,
    /// Predicted but wrong.
    pub fp: usize,
    /// In the gold data but not predicted.
    pub fn_: usize,
}

/// Precision, recall and F1 with their counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Correct predictions / predictions (0 when nothing was predicted).
    pub precision: f64,
    /// Correct predictions / gold entities (0 when there are none).
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// True positives.
    pub tp: usize,
    /// Number of predictions.
    pub predicted: usize,
    /// Number of gold entities.
    pub gold: usize,
}

impl Counts {
    /// Adds another set of counts.
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// Precision, recall and F1.
    pub fn prf(&self) -> Prf {
        let predicted = self.tp + self.fp;
        let gold = self.tp + self.fn_;
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(self.tp, predicted);
        let recall = ratio(self.tp, gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            precision,
            recall,
            f1,
            tp: self.tp,
            predicted,
            gold,
        }
    }
}

/// Counts from a set of predicted and a set of gold items (duplicates count
/// once each, as a multiset).
pub fn match_sets<T: Ord + Clone>(predicted: &[T], gold: &[T]) -> Counts {
    let mut p = predicted.to_vec();
    let mut g = gold.to_vec();
    p.sort();
    g.sort();
    let (mut i, mut j, mut tp) = (0, 0, 0);
    while i < p.len() && j < g.len() {
        match p[i].cmp(&g[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                tp += 1;
                i += 1;
                j += 1;
            }
        }
    }
    Counts {
        tp,
        fp: p.len() - tp,
        fn_: g.len() - tp,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_table() {
        let rows: &[(Counts, f64, f64, f64)] = &[
            (
                Counts {
                    tp: 0,
                    fp: 0,
                    fn_: 0,
                },
                0.0,
                0.0,
                0.0,
            ),
            (
                Counts {
                    tp: 1,
                    fp: 1,
                    fn_: 0,
                },
                0.5,
                1.0,
                2.0 / 3.0,
            ),
            (
                Counts {
                    tp: 3,
                    fp: 1,
                    fn_: 2,
                },
                0.75,
                0.6,
                2.0 * 0.45 / 1.35,
            ),
            (
                Counts {
                    tp: 0,
                    fp: 2,
                    fn_: 2,
                },
                0.0,
                0.0,
                0.0,
            ),
        ];
        for (c, p, r, f) in rows {
            let prf = c.prf();
            assert!((prf.precision - p).abs() < 1e-9, "{c:?}");
            assert!((prf.recall - r).abs() < 1e-9, "{c:?}");
            assert!((prf.f1 - f).abs() < 1e-9, "{c:?}");
        }
    }

    #[test]
    fn multiset_matching() {
        let c = match_sets(&["a", "a", "b", "c"], &["a", "c", "d"]);
        assert_eq!(
            c,
            Counts {
                tp: 2,
                fp: 2,
                fn_: 1
            }
        );
    }
}
