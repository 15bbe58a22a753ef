//! Counting a run and printing its summary line.

use std::time::{Duration, Instant};

/// The tally of a run.
#[derive(Debug, Clone)]
pub struct Summary {
    /// What one input is called in the summary (`files`, `records`).
    pub unit: &'static str,
    /// Inputs that gave an analysis.
    pub ok: u64,
    /// Inputs that gave an error record.
    pub failed: u64,
    /// Raw bytes of the inputs analysed.
    pub bytes: u64,
    started: Instant,
}

impl Summary {
    /// Starts the clock.
    pub fn start(unit: &'static str) -> Summary {
        Summary {
            unit,
            ok: 0,
            failed: 0,
            bytes: 0,
            started: Instant::now(),
        }
    }

    /// Counts one input.
    pub fn add(&mut self, ok: bool, bytes: u64) {
        if ok {
            self.ok += 1;
        } else {
            self.failed += 1;
        }
        self.bytes += bytes;
    }

    /// Inputs seen.
    pub fn total(&self) -> u64 {
        self.ok + self.failed
    }

    /// Time since the start.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Throughput so far, e.g. `12.3 MB, 15.2 MB/s, 4702 files/s`.
    pub fn rate(&self) -> String {
        let secs = self.elapsed().as_secs_f64().max(1e-9);
        format!(
            "{:.1} MB, {:.1} MB/s, {:.0} {}/s",
            self.bytes as f64 / 1e6,
            self.bytes as f64 / 1e6 / secs,
            self.total() as f64 / secs,
            self.unit
        )
    }

    /// The summary line, e.g. `12 files, 11 ok, 1 failed, 0.31 MB in 0.02 s (15.50 MB/s)`.
    pub fn line(&self, elapsed: Duration) -> String {
        let mb = self.bytes as f64 / 1e6;
        let secs = elapsed.as_secs_f64();
        let rate = if secs > 0.0 { mb / secs } else { 0.0 };
        format!(
            "{} {}, {} ok, {} failed, {:.2} MB in {:.2} s ({:.2} MB/s)",
            self.total(),
            self.unit,
            self.ok,
            self.failed,
            mb,
            secs,
            rate
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_the_line() {
        let mut s = Summary::start("files");
        s.add(true, 2_000_000);
        s.add(false, 0);
        s.add(true, 1_000_000);
        assert_eq!(
            s.line(Duration::from_millis(1500)),
            "3 files, 2 ok, 1 failed, 3.00 MB in 1.50 s (2.00 MB/s)"
        );
        assert_eq!(
            Summary::start("records").line(Duration::ZERO),
            "0 records, 0 ok, 0 failed, 0.00 MB in 0.00 s (0.00 MB/s)"
        );
    }
}
