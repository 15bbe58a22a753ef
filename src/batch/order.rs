//! Ordered parallel map with a bounded window: items are processed on a
//! rayon pool, results come out in input order, and at most `window` items
//! are read ahead, in flight or waiting to be written, so memory stays
//! bounded however long the input.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc;

/// Maps `items` through `work` on `pool` and hands the results to `sink` in
/// input order. The calling thread reads `items` and runs `sink`; the pool's
/// threads run `work`. A panic in `work` is caught and turned into a result
/// by `recover(item, message)`. Stops early (after the jobs in flight end)
/// and returns the error when `sink` fails.
pub fn ordered_map<T, R, E>(
    pool: &rayon::ThreadPool,
    window: usize,
    items: impl Iterator<Item = T>,
    work: impl Fn(&T) -> R + Sync,
    recover: impl Fn(&T, String) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
{
    let window = window.max(1);
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    let (work, recover) = (&work, &recover);
    pool.in_place_scope(|scope| {
        let mut items = items.fuse();
        let mut next_in = 0usize;
        let mut next_out = 0usize;
        let mut ready: BTreeMap<usize, R> = BTreeMap::new();
        loop {
            while next_in - next_out < window {
                let Some(item) = items.next() else { break };
                let tx = tx.clone();
                let idx = next_in;
                scope.spawn(move |_| {
                    let r = catch_unwind(AssertUnwindSafe(|| work(&item)))
                        .unwrap_or_else(|p| recover(&item, panic_message(p.as_ref())));
                    let _ = tx.send((idx, r));
                });
                next_in += 1;
            }
            if next_out == next_in {
                return Ok(());
            }
            // Every job sends exactly once and `tx` is alive: recv cannot fail.
            let Ok((idx, r)) = rx.recv() else {
                return Ok(());
            };
            ready.insert(idx, r);
            while let Some(r) = ready.remove(&next_out) {
                next_out += 1;
                sink(r)?;
            }
        }
    })
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "internal error".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_whatever_the_threads() {
        for threads in [1, 2, 8] {
            for window in [1, 3, 64] {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .build()
                    .unwrap();
                let mut got = Vec::new();
                let r: Result<(), ()> = ordered_map(
                    &pool,
                    window,
                    0..200u64,
                    |&i| {
                        // uneven work so that results finish out of order
                        std::thread::sleep(std::time::Duration::from_micros((i * 7919) % 200));
                        if i == 13 {
                            panic!("boom");
                        }
                        i * 2
                    },
                    |_, _| u64::MAX,
                    |r| {
                        got.push(r);
                        Ok(())
                    },
                );
                assert!(r.is_ok());
                let want: Vec<u64> = (0..200)
                    .map(|i| if i == 13 { u64::MAX } else { i * 2 })
                    .collect();
                assert_eq!(got, want, "threads {threads} window {window}");
            }
        }
    }

    #[test]
    fn stops_when_the_sink_fails_and_reads_ahead_at_most_a_window() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let read = std::sync::atomic::AtomicUsize::new(0);
        let items = (0..10_000).inspect(|_| {
            read.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        });
        let mut n = 0;
        let r = ordered_map(
            &pool,
            4,
            items,
            |&i| i,
            |_, _| 0,
            |_| {
                n += 1;
                if n == 3 { Err("closed") } else { Ok(()) }
            },
        );
        assert_eq!(r, Err("closed"));
        assert!(read.load(std::sync::atomic::Ordering::Relaxed) <= 3 + 4);
    }
}
