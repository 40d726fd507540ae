//! What start-up costs before the overview appears, with 1 and 500 stored worksheets: reading
//! the index only (`opstarten_vanaf_index`, what the app shows the overview after) against
//! parsing every worksheet (`opstarten`, which includes the check the app runs later, in idle
//! time). The first should not grow with the store; the second does.
//!
//! Run with `cargo bench --bench opstart`.

mod meten;
use meten::mediaan;

use werkblad::model::{Schaal, ThemaId, Werkblad};
use werkblad::repo::{bewaar_vanaf_revisie, opstarten, opstarten_vanaf_index, GeheugenOpslag};

const RONDES: usize = 15;

/// A store with `n` fully filled-in worksheets and its index.
fn winkel(n: usize) -> GeheugenOpslag {
    let mut s = GeheugenOpslag::new();
    let mut index = opstarten(&mut s, 0.0).unwrap().index;
    for i in 0..n {
        let mut w = Werkblad::nieuw(format!("wb-bench-{i:04}"), 1.0, "2026-11-20");
        w.gesprek.label = format!("KM-{i}");
        w.gesprek.doel = "Afspraken over vrijwilligerswerk en de weg naar werk.".into();
        for id in ThemaId::ALLE {
            let t = w.thema_mut(id);
            t.antwoord = Some(Schaal::Deels);
            t.observaties = "Ze werd stil toen het over werk ging; ik vroeg door en daarna \
                             keek ze weg. Achteraf had ik beter kunnen benoemen wat ik zag."
                .into();
        }
        bewaar_vanaf_revisie(&mut s, &mut index, &mut w).unwrap();
    }
    s
}

fn main() {
    println!("start-up before the overview (median of {RONDES}, in-memory store):");
    for n in [1, 500] {
        // A healthy store: neither writes anything, so every round starts from the same data.
        let mut s = winkel(n);
        let snel = mediaan(RONDES, || {
            std::hint::black_box(opstarten_vanaf_index(&mut s, 1.0).unwrap());
        });
        let alles = mediaan(RONDES, || {
            std::hint::black_box(opstarten(&mut s, 1.0).unwrap());
        });
        println!(
            "  {n:>3} worksheets: from the index {:>9.3} ms   parsing all {:>9.3} ms",
            snel.as_secs_f64() * 1e3,
            alles.as_secs_f64() * 1e3
        );
    }
}
