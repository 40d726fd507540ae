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

/// Fresh IVs without randomness: a bench only needs them unique.
#[allow(dead_code)] // not every bench encrypts
pub fn teller() -> werkblad::repo::slot::IvBron {
    let mut n = 0u64;
    Box::new(move || {
        n += 1;
        let mut iv = [0u8; 12];
        iv[..8].copy_from_slice(&n.to_le_bytes());
        iv
    })
}
