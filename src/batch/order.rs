//! Ordered parallel map with a bounded window: items are processed on a
//! rayon pool, results come out in input order, and at most `window` items
//! are read ahead, in flight or waiting to be written, so memory stays
//! bounded however long the input.
//!
//! Results are handed back in batches: the calling thread sleeps until half
//! a window of results in input order is ready (or every result still in
//! flight), and a worker wakes it only then. Waking it for every result cost
//! each worker a system call per item (3.5 % of a one-thread run's time).

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// The results of the jobs in flight, in input order, shared by the
/// calling thread and the workers.
struct Slots<R> {
    state: Mutex<SlotState<R>>,
    ready: Condvar,
}

struct SlotState<R> {
    /// `slots[k]`: the result of item `base + k`, once its job ended.
    slots: VecDeque<Option<R>>,
    base: usize,
    /// How many slots from the front hold a result (a run in input order).
    done: usize,
    /// The calling thread sleeps until `done` reaches `want`; `usize::MAX`
    /// while it does not wait (no worker then signals).
    want: usize,
}

impl<R> Slots<R> {
    fn new(window: usize) -> Slots<R> {
        Slots {
            state: Mutex::new(SlotState {
                slots: VecDeque::with_capacity(window),
                base: 0,
                done: 0,
                want: usize::MAX,
            }),
            ready: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, SlotState<R>> {
        // The lock is never held across user code, so a poisoned lock
        // holds consistent state.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Stores the result of item `idx` (a worker).
    fn put(&self, idx: usize, r: R) {
        let mut st = self.lock();
        let k = idx - st.base;
        if st.slots.len() <= k {
            st.slots.resize_with(k + 1, || None);
        }
        st.slots[k] = Some(r);
        while st.slots.get(st.done).is_some_and(Option::is_some) {
            st.done += 1;
        }
        if st.done >= st.want {
            self.ready.notify_one();
        }
    }

    /// Waits until `want` results in a row are ready and moves them all
    /// (perhaps more) into `out` (the calling thread).
    fn take(&self, want: usize, out: &mut Vec<R>) {
        let mut st = self.lock();
        st.want = want;
        while st.done < st.want {
            st = self.ready.wait(st).unwrap_or_else(PoisonError::into_inner);
        }
        st.want = usize::MAX;
        let n = st.done;
        st.done = 0;
        st.base += n;
        out.extend(st.slots.drain(..n).flatten());
    }
}

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
    let batch = (window / 2).max(1);
    let slots = Slots::new(window);
    let (work, recover, slots) = (&work, &recover, &slots);
    pool.in_place_scope(|scope| {
        let mut items = items.fuse();
        let mut next_in = 0usize;
        let mut next_out = 0usize;
        let mut ready: Vec<R> = Vec::with_capacity(window);
        loop {
            while next_in - next_out < window {
                let Some(item) = items.next() else { break };
                let idx = next_in;
                scope.spawn(move |_| {
                    let r = catch_unwind(AssertUnwindSafe(|| work(&item)))
                        .unwrap_or_else(|p| recover(&item, panic_message(p.as_ref())));
                    slots.put(idx, r);
                });
                next_in += 1;
            }
            if next_out == next_in {
                return Ok(());
            }
            slots.take(batch.min(next_in - next_out), &mut ready);
            for r in ready.drain(..) {
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
    fn slots_hand_over_runs_in_input_order() {
        let slots: Slots<usize> = Slots::new(4);
        let mut out = Vec::new();
        // Results arrive out of order; only a run from the front is taken.
        slots.put(1, 11);
        slots.put(0, 10);
        slots.put(3, 13);
        slots.take(1, &mut out);
        assert_eq!(out, [10, 11]);
        slots.put(2, 12);
        slots.put(4, 14);
        slots.take(3, &mut out);
        assert_eq!(out, [10, 11, 12, 13, 14]);
        // A worker on another thread wakes the waiting caller.
        std::thread::scope(|s| {
            s.spawn(|| {
                std::thread::sleep(std::time::Duration::from_millis(20));
                slots.put(6, 16);
                slots.put(5, 15);
            });
            slots.take(2, &mut out);
        });
        assert_eq!(out, [10, 11, 12, 13, 14, 15, 16]);
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
