//! How slow is the passphrase lock, natively? PBKDF2 at the production round count (what an
//! unlock costs without WebCrypto) and encrypting/decrypting a large worksheet (what every
//! save and every start-up pays per worksheet).
//!
//! Run with `cargo bench --bench slot`. The browser numbers (WebCrypto, and the same code in
//! wasm) come from `tests/slot_web.rs` with `-- --nocapture`.

mod meten;
use meten::{mediaan, teller};

use std::hint::black_box;

use werkblad::model::{ThemaId, Werkblad};
use werkblad::repo::slot::{self, leid_sleutel_af, PBKDF2_ITERATIES};
use werkblad::repo::{GeheugenOpslag, Opslag};

const RONDES: usize = 50;

fn main() {
    let zout = [7u8; 16];
    let pbkdf2 = mediaan(5, || {
        black_box(leid_sleutel_af(
            black_box("paard batterij nietje"),
            &zout,
            PBKDF2_ITERATIES,
        ));
    });
    println!(
        "slot: pure-Rust PBKDF2-SHA256, {PBKDF2_ITERATIES} rounds: {:.0} ms (median of 5)",
        pbkdf2.as_secs_f64() * 1000.0
    );

    // A worksheet of about 20 KB: every theme with a long note.
    let mut wb = Werkblad::nieuw("wb-bench", 0.0, "2026-11-22");
    for t in ThemaId::ALLE {
        wb.thema_mut(t).observaties = "Cliënt vertelde over de brief en de schuld. ".repeat(40);
    }
    let json = serde_json::to_string(&wb).unwrap();
    let sleutel = leid_sleutel_af("paard batterij nietje", &zout, 1_000);
    let mut v = slot::zet_aan(GeheugenOpslag::new(), sleutel, zout, 1_000, teller()).unwrap();
    let schrijf = mediaan(RONDES, || {
        v.schrijf(black_box("werkblad.wb.wb-bench"), black_box(&json))
            .unwrap();
    });
    let lees = mediaan(RONDES, || {
        black_box(v.lees(black_box("werkblad.wb.wb-bench")).unwrap());
    });
    let opgeslagen = v.binnen().data["werkblad.wb.wb-bench"].len();
    println!(
        "slot: worksheet of {} KB ({} KB stored): encrypt {:.3} ms, decrypt {:.3} ms (median of {RONDES})",
        json.len() / 1024,
        opgeslagen / 1024,
        schrijf.as_secs_f64() * 1000.0,
        lees.as_secs_f64() * 1000.0,
    );
}
