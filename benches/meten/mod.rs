//! Shared by the benchmarks: the median of repeated timings (one warm-up run first).

use std::time::{Duration, Instant};

/// Times `f` over `n` runs, after one warm-up run, and returns the median.
pub fn mediaan(n: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut tijden: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    tijden.sort();
    tijden[n / 2]
}
