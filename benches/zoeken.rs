//! How fast is finding a worksheet back? The overview searches while the user types, so one
//! search over 500 stored worksheets must take well under a frame. Also prints what the first
//! search costs once (building the index from the worksheets) and one save (updating it).
//!
//! Run with `cargo bench --bench zoeken`.

mod meten;
use meten::mediaan;

use std::hint::black_box;

use werkblad::model::zoeken::ZoekIndex;
use werkblad::model::{Moment, ThemaId, Werkblad};

const AANTAL: usize = 500;
const RONDES: usize = 50;

/// Worksheets as they are filled in: a label, observations and moments on most questions,
/// client feedback and intentions; a few hundred words each.
fn werkbladen() -> Vec<Werkblad> {
    let zinnen = [
        "Cliënt kwam op tijd en was gespannen over de brief van de bijstand.",
        "Ik vroeg wat zij zelf wilde bereiken; ze wil eerst rust in haar hoofd.",
        "Bij het woord sanctie werd hij stil en keek naar buiten.",
        "De jobcoach vertelde over de proefplaatsing in de groenvoorziening.",
        "Ik stelde drie vragen tegelijk en kreeg op geen enkele antwoord.",
        "Ze lachte toen ik vroeg hoe het met haar dochter ging.",
    ];
    (0..AANTAL)
        .map(|i| {
            let mut wb = Werkblad::nieuw(format!("wb-{i:04}"), 0.0, "2026-03-01");
            wb.gesprek.label = format!("KM-{}", i / 3);
            wb.gesprek.doel = zinnen[i % zinnen.len()].to_string();
            for (n, t) in ThemaId::ALLE.iter().enumerate() {
                let a = wb.thema_mut(*t);
                a.observaties = format!(
                    "{} {}",
                    zinnen[(i + n) % zinnen.len()],
                    zinnen[(i + 2 * n) % zinnen.len()]
                );
                a.momenten.push(Moment {
                    wat: zinnen[(i + n + 1) % zinnen.len()].to_string(),
                    anders: zinnen[(i + n + 3) % zinnen.len()].to_string(),
                    ..Moment::default()
                });
            }
            wb.feedback.werkrelatie_woorden = "Ik voelde me gehoord.".into();
            wb.voeg_voornemen_toe("Eén open vraag tegelijk en dan stil zijn");
            if i == 321 {
                wb.thema_mut(ThemaId::Beleving)
                    .observaties
                    .push_str(" Over de koffieautomaat.");
            }
            wb
        })
        .collect()
}

fn main() {
    let wbs = werkbladen();
    let tekst: usize = wbs
        .iter()
        .map(|w| werkblad::model::zoeken::zoektekst(w).len())
        .sum();
    let bouw = mediaan(5, || {
        black_box(ZoekIndex::bouw(black_box(&wbs)));
    });
    let mut index = ZoekIndex::bouw(&wbs);
    assert_eq!(index.zoek("koffieautomaat"), vec!["wb-0321"]);
    println!(
        "zoeken: {AANTAL} werkbladen, {} kB zoektekst; index bouwen (eenmalig) {:.1} ms",
        tekst / 1000,
        bouw.as_secs_f64() * 1000.0
    );
    for vraag in [
        "koffieautomaat",
        "client bijstand",
        "km-17",
        "e",
        "(",
        "een open vraag stil",
    ] {
        let mut treffers = 0;
        let t = mediaan(RONDES, || {
            treffers = black_box(index.zoek(black_box(vraag))).len();
        });
        println!(
            "zoeken: {:<22} {:>4} treffers in {:.3} ms",
            format!("\"{vraag}\""),
            treffers,
            t.as_secs_f64() * 1000.0
        );
    }
    let mut wb = wbs[42].clone();
    let t = mediaan(RONDES, || {
        wb.gesprek.doel.push('x');
        index.werk_bij(black_box(&wb));
    });
    println!(
        "zoeken: één werkblad bijwerken na opslaan {:.3} ms",
        t.as_secs_f64() * 1000.0
    );
}
