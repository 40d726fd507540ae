//! Burgerservicenummers: the 11-proef, and the words and units around a number that make it
//! something else.

use super::groepen::Groepen;
use super::tekst::{einde_ok, in_lijst, is_spatie, volgend_woord, vorig_woord};

/// The 11-proef on 9 digits: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11, and not all zero.
pub(super) fn elfproef(c: &[u8; 9]) -> bool {
    let som: i32 = c[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&d, w)| i32::from(d) * w)
        .sum::<i32>()
        - i32::from(c[8]);
    som.rem_euclid(11) == 0 && c.iter().any(|&d| d != 0)
}

/// Words before a number that make it something else than a BSN.
const GEEN_BSN_ERVOOR: &[&str] = &[
    "kvk",
    "kvknummer",
    "art",
    "artikel",
    "artikelnummer",
    "artnr",
    "factuur",
    "factuurnummer",
    "order",
    "ordernummer",
    "bestelnummer",
    "btw",
];

/// Units after a number: an amount or a measure, not a BSN.
const EENHEDEN: &[&str] = &[
    "%",
    "euro",
    "eur",
    "cent",
    "procent",
    "km",
    "kg",
    "gram",
    "liter",
    "uur",
    "min",
    "minuten",
    "seconden",
    "dagen",
    "weken",
    "maanden",
    "jaar",
    "keer",
    "stuks",
    "inwoners",
    "mensen",
    "huishoudens",
];

/// A BSN at `i`: `123456782`, `12345674` (leading zero left off), `1234.56.782`, `123 456 782`.
pub(super) fn bsn(s: &str, i: usize, g: &Groepen) -> Option<usize> {
    if g.n == 0 {
        return None;
    }
    let mut c = [0u8; 9];
    let eerste = g.groep[0];
    let (eind, spaties) = match eerste.lengte {
        9 => {
            c.copy_from_slice(&g.cijfers[..9]);
            (eerste.eind, false)
        }
        // An old BSN (sofinummer) written without its leading zero. A yyyymmdd date is not one.
        8 if !lijkt_op_jjjjmmdd(&g.cijfers[..8]) => {
            c[1..].copy_from_slice(&g.cijfers[..8]);
            (eerste.eind, false)
        }
        3 | 4 if g.n >= 3 => {
            let (tweede, derde) = (g.groep[1], g.groep[2]);
            let vorm = (eerste.lengte, tweede.lengte, derde.lengte);
            let teken = eerste.scheiding;
            if !matches!(vorm, (4, 2, 3) | (3, 3, 3))
                || teken != tweede.scheiding
                || !matches!(teken, b'.' | b' ' | b'-')
            {
                return None;
            }
            // `12 123 456 782` is one long spaced number, not a BSN after a 12.
            if teken == b' ' && na_getal_en_spatie(s, i) {
                return None;
            }
            c.copy_from_slice(&g.cijfers[..9]);
            (derde.eind, teken == b' ')
        }
        _ => return None,
    };
    let ok = elfproef(&c)
        && einde_ok(s, eind, spaties)
        && !in_lijst(volgend_woord(s, eind), EENHEDEN)
        && !in_lijst(vorig_woord(s, i), GEEN_BSN_ERVOOR);
    ok.then_some(eind)
}

fn na_getal_en_spatie(s: &str, i: usize) -> bool {
    let mut terug = s[..i].chars().rev();
    terug.next().is_some_and(is_spatie) && terug.next().is_some_and(|c| c.is_ascii_digit())
}

fn lijkt_op_jjjjmmdd(c: &[u8]) -> bool {
    let getal = |d: &[u8]| d.iter().fold(0u32, |w, &x| w * 10 + u32::from(x));
    let (j, m, d) = (getal(&c[..4]), getal(&c[4..6]), getal(&c[6..8]));
    (1900..=2099).contains(&j) && (1..=12).contains(&m) && (1..=31).contains(&d)
}
