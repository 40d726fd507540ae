//! How fast is the privacy guard? It runs on every keystroke, so a long pasted text must still
//! be checked well within one frame.
//!
//! Run with `cargo bench --bench privacy`. Plain `std::time::Instant`, no bench crate: the
//! model stays free of extra dependencies.

mod meten;
use meten::mediaan;

use std::hint::black_box;

use werkblad::model::privacy::{controleer, maskeer, Context};

const RONDES: usize = 20;

/// Notes as a klantmanager writes them, with now and then something that should not be there.
fn notities(doel: usize) -> String {
    let zinnen = [
        "Cliënt kwam op tijd en was duidelijk gespannen over de brief van de Belastingdienst. ",
        "Ik vroeg wat zij zelf wilde bereiken; ze zei dat ze eerst rust in haar hoofd wil. ",
        "Om 14:30 kwam de jobcoach erbij, we hebben het werkplan samen doorgelopen. ",
        "Hij noemde zijn nummer 06-12345678 terwijl ik daar niet om vroeg. ",
        "Schuld van € 1.234,56 bij de zorgverzekeraar, regeling loopt sinds 01-05-2024. ",
        "Volgende afspraak op 29-11-2026 om 10:00, dan ook de SLIM-rij bespreken. ",
        "Ze las haar BSN 123456782 voor van de brief; ik heb gezegd dat dat niet hoeft. ",
        "Tijdcode 12:05: hier stel ik een gesloten vraag terwijl een open vraag beter was. ",
        "Mail kwam binnen van j.jansen@voorbeeld.nl met het cv als bijlage. ",
        "Verhuisd naar 1234 AB, dichter bij haar moeder die zorg nodig heeft. ",
        "Geboren 3 maart 1985, twee kinderen, werkt 20 uur per week in de schoonmaak. ",
        "Het gesprek eindigde positief: ze wil de training volgen en belt zelf de werkgever. ",
        "Rekening NL91 ABNA 0417 1643 00 staat op naam van haar broer, dat moet anders. ",
        "Score 7/10 voor mijn eigen luisterhouding, de pauzes waren te kort. ",
    ];
    let mut tekst = String::with_capacity(doel + 200);
    let mut k = 0;
    while tekst.len() < doel {
        tekst.push_str(zinnen[k % zinnen.len()]);
        if k % 9 == 8 {
            tekst.push('\n');
        }
        k += 1;
    }
    tekst
}

/// A pasted table: thousands of numbers of every length and shape, almost none personal data.
fn getallen(aantal: usize) -> String {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut tekst = String::new();
    for k in 0..aantal {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let n = x % 10_000_000_000;
        let stuk = match k % 8 {
            0 => format!("{n} "),
            1 => format!("{:09} ", n % 1_000_000_000),
            2 => format!("€ {},{:02}; ", n % 100_000, n % 100),
            3 => format!("{:02}-{:02}-{} ", 1 + n % 28, 1 + n % 12, 1950 + n % 80),
            4 => format!("0{} ", n % 1_000_000_000),
            5 => format!("{}.{:03}.{:03} ", n % 1000, n % 997, n % 991),
            6 => format!("{:04} ", n % 10_000),
            _ => format!("{:02}:{:02}\n", n % 24, n % 60),
        };
        tekst.push_str(&stuk);
    }
    tekst
}

fn meet(naam: &str, tekst: &str) {
    let ctx = Context {
        gespreksdatum: Some("2026-11-22"),
    };
    let mut treffers = Vec::new();
    let tijd = mediaan(RONDES, || {
        treffers = black_box(controleer(black_box(tekst), &ctx))
    });
    let masker = mediaan(RONDES, || {
        black_box(maskeer(black_box(tekst), &treffers));
    });
    let grootte = if tekst.len() >= 1024 {
        format!("{} KB", tekst.len() / 1024)
    } else {
        format!("{} B", tekst.len())
    };
    println!(
        "privacy guard: {grootte} ({naam}) in {:.3} ms (median of {RONDES}), {} hits; maskeer {:.3} ms",
        tijd.as_secs_f64() * 1000.0,
        treffers.len(),
        masker.as_secs_f64() * 1000.0,
    );
}

fn main() {
    meet("notes", &notities(100 * 1024));
    meet("5000 numbers", &getallen(5_000));
    meet("20000 numbers", &getallen(20_000));
    meet("100k digits", &"7".repeat(100_000));
    meet("one field", &notities(300));
    meet("many @", &"a@b".repeat(30_000));
    meet("emoji", &"😀 1234 AB é ".repeat(5_000));
}
