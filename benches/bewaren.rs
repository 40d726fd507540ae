//! What one autosave costs, with 1 and with 500 stored worksheets, plain and under the lock.
//!
//! "voor" is the save path before the edit state kept what it last wrote: every save read the
//! stored worksheet back, decrypted and parsed it to compare revisions (forced here by a
//! `Bekend` that knows only the revision). "na" is today's path: the stored value is compared
//! as a string with what this tab last wrote, and parsed only when another tab changed it.
//!
//! Run with `cargo bench --bench bewaren`.

mod meten;
use meten::{mediaan, teller};

use std::hint::black_box;

use werkblad::model::{ThemaId, Werkblad};
use werkblad::repo::slot::{self, leid_sleutel_af};
use werkblad::repo::{self, Bekend, GeheugenOpslag, Opslag};

const RONDES: usize = 200;

/// A typical worksheet: every theme answered with a note and a moment (about 10 KB).
fn typisch(id: &str) -> Werkblad {
    let mut wb = Werkblad::nieuw(id, 0.0, "2026-11-22");
    wb.gesprek.label = format!("KM-{id}");
    for t in ThemaId::ALLE {
        wb.thema_mut(t).observaties = "Ik vroeg door en liet een stilte vallen. ".repeat(12);
        wb.voeg_moment_toe(
            t,
            werkblad::model::Moment {
                wat: "Ze keek weg toen ik over de brief begon.".into(),
                anders: "Benoemen wat ik zag.".into(),
                ..Default::default()
            },
        );
    }
    wb
}

/// Median time of one save of worksheet `wb-0` among `n`, the way `bekend` is kept.
fn per_bewaring(s: &mut dyn Opslag, n: usize, oud: bool) -> f64 {
    let mut index = repo::opstarten(s, 0.0).unwrap().index;
    for i in 0..n {
        let mut wb = typisch(&format!("wb-{i}"));
        repo::bewaar(s, &mut index, &mut wb, &mut Bekend::default()).unwrap();
    }
    let mut open = repo::laad(s, "wb-0").unwrap().unwrap();
    let mut bekend = Bekend {
        revisie: open.revisie,
        ruw: s.lees_ruw(&repo::wb_key("wb-0")).unwrap(),
    };
    let tijd = mediaan(RONDES, || {
        // A keystroke in an observation: what the overview shows stays the same.
        open.thema_mut(ThemaId::Emotie).observaties.push('x');
        if oud {
            bekend = Bekend::revisie(bekend.revisie);
        }
        black_box(repo::bewaar(s, &mut index, &mut open, &mut bekend).unwrap());
    });
    tijd.as_secs_f64() * 1000.0
}

fn main() {
    for n in [1, 500] {
        for (naam, oud) in [("voor", true), ("na", false)] {
            let plat = per_bewaring(&mut GeheugenOpslag::new(), n, oud);
            let zout = [7u8; 16];
            let sleutel = leid_sleutel_af("paard batterij nietje", &zout, 1_000);
            let mut v =
                slot::zet_aan(GeheugenOpslag::new(), sleutel, zout, 1_000, teller()).unwrap();
            let slot = per_bewaring(&mut v, n, oud);
            println!(
                "bewaren: {n:>3} werkbladen, {naam:<4}: {plat:.3} ms per save, {slot:.3} ms with the lock (median of {RONDES})"
            );
        }
    }
}
