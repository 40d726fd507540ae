//! Dates, and whether a date is probably someone's birthday.

use super::groepen::Groepen;
use super::tekst::{einde_ok, in_lijst, is_woordteken, na_spatie};
use super::{Peil, Soort, Vondst, MIN_JAREN_GELEDEN};
use crate::model::datum::bestaat;

/// A date at `i` (`3-3-1985`, `03/03/1985`, `03.03.1985`, `1985-03-03`, `3 maart 1985`, and
/// with a birth word before it also `03-03-85`). Every date found is skipped as a whole; only
/// a likely birth date is a hit.
pub(super) fn datum_vondst(s: &str, i: usize, g: &Groepen, peil: &Peil) -> Option<Vondst> {
    if g.n >= 3 {
        let [a, m, c] = [g.groep[0], g.groep[1], g.groep[2]];
        let teken = a.scheiding;
        if teken == m.scheiding && matches!(teken, b'-' | b'/' | b'.') && einde_ok(s, c.eind, false)
        {
            let w = |k| g.waarde(k) as u32;
            let delen = match (a.lengte, m.lengte, c.lengte) {
                (1 | 2, 1 | 2, 4) => Some((w(2), w(1), w(0), false)),
                (4, 1 | 2, 1 | 2) if teken == b'-' => Some((w(0), w(1), w(2), false)),
                (1 | 2, 1 | 2, 2) => Some((w(2), w(1), w(0), true)),
                _ => None,
            };
            if let Some((jaar, maand, dag, kort)) = delen {
                if bestaat(jaar, maand, dag) {
                    let soort = beoordeel(s, i, (jaar, maand, dag), kort, peil);
                    return Some(Vondst {
                        eind: c.eind,
                        soort,
                    });
                }
            }
        }
    }
    let dag = g.groep[0];
    if g.n >= 1 && dag.lengte <= 2 && dag.scheiding == 0 {
        let (maand, jaar, eind) = tekstdatum(s, dag.eind)?;
        let dag = g.waarde(0) as u32;
        if bestaat(jaar, maand, dag) {
            let soort = beoordeel(s, i, (jaar, maand, dag), false, peil);
            return Some(Vondst { eind, soort });
        }
    }
    None
}

/// ` maart 1985` (or ` mrt. 1985`) after a day number: month, year and where it ends.
fn tekstdatum(s: &str, p: usize) -> Option<(u32, u32, usize)> {
    let q = na_spatie(s, p);
    if q == p {
        return None;
    }
    let woord_lengte = s[q..]
        .bytes()
        .take(10)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let maand = maand(&s[q..q + woord_lengte])?;
    let mut q = q + woord_lengte;
    if s[q..].starts_with('.') {
        q += 1;
    }
    let r = na_spatie(s, q);
    if r == q {
        return None;
    }
    let jaar = s.as_bytes().get(r..r + 4)?;
    if !jaar.iter().all(u8::is_ascii_digit) || !einde_ok(s, r + 4, false) {
        return None;
    }
    let jaar = jaar.iter().fold(0u32, |w, &c| w * 10 + u32::from(c - b'0'));
    Some((maand, jaar, r + 4))
}

fn maand(woord: &str) -> Option<u32> {
    const MAANDEN: [&[&str]; 12] = [
        &["januari", "jan"],
        &["februari", "feb"],
        &["maart", "mrt", "mar"],
        &["april", "apr"],
        &["mei"],
        &["juni", "jun"],
        &["juli", "jul"],
        &["augustus", "aug"],
        &["september", "sep", "sept"],
        &["oktober", "okt", "oct"],
        &["november", "nov"],
        &["december", "dec"],
    ];
    (1..=12)
        .zip(MAANDEN)
        .find(|(_, namen)| in_lijst(woord, namen))
        .map(|(m, _)| m)
}

/// Is this date a birth date? `kort`: the year was written with two digits.
fn beoordeel(
    s: &str,
    i: usize,
    (jaar, maand, dag): (u32, u32, u32),
    kort: bool,
    peil: &Peil,
) -> Option<Soort> {
    let jaar = match kort {
        true if jaar <= peil.jaar % 100 => 2000 + jaar,
        true => 1900 + jaar,
        false => jaar,
    };
    if peil.datum == Some((jaar, maand, dag)) || jaar < 1900 {
        return None;
    }
    let geboorte = match voorwoord(s, i) {
        Voorwoord::Geboorte => true,
        Voorwoord::Ander => false,
        Voorwoord::Geen => !kort && jaar + MIN_JAREN_GELEDEN <= peil.jaar,
    };
    geboorte.then_some(Soort::Geboortedatum)
}

enum Voorwoord {
    /// "geboren", "geb.", "geboortedatum" just before the date.
    Geboorte,
    /// "sinds", "per", "afspraak": the date of an event, not of a birth.
    Ander,
    Geen,
}

/// Words that make the next date a birth date. Words starting with "geboorte" count too.
const GEBOORTEWOORDEN: &[&str] = &["geboren", "geb", "gebdatum", "gebdat", "dob"];

/// Words that make the next bare date the date of an event.
const GEBEURTENISWOORDEN: &[&str] = &[
    "sinds",
    "vanaf",
    "per",
    "tot",
    "tussen",
    "ingang",
    "ingangsdatum",
    "startdatum",
    "begindatum",
    "einddatum",
    "afspraak",
    "gesprek",
    "brief",
    "dd",
    "d",
    "uitkering",
];

/// Abbreviations whose full stop does not end the sentence.
const AFKORTINGEN: &[&str] = &["geb", "dd", "nr", "ca", "bijv", "gebdat"];

/// Looks at up to four words before a date, within the same sentence.
fn voorwoord(s: &str, i: usize) -> Voorwoord {
    let mut van = i.saturating_sub(60);
    while !s.is_char_boundary(van) {
        van -= 1;
    }
    let mut rest = &s[van..i];
    for positie in 0..4 {
        // Back over the punctuation and spaces before the date or the previous word.
        let mut punt = false;
        while let Some(c) = rest.chars().next_back() {
            if is_woordteken(c) {
                break;
            }
            if matches!(c, '\n' | '!' | '?' | ';') {
                return Voorwoord::Geen;
            }
            punt |= c == '.';
            rest = &rest[..rest.len() - c.len_utf8()];
        }
        let begin = rest
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_woordteken(c))
            .last()
            .map_or(rest.len(), |(k, _)| k);
        let woord = &rest[begin..];
        rest = &rest[..begin];
        if woord.is_empty() {
            return Voorwoord::Geen;
        }
        // A full stop after a real word ends an earlier sentence; after "geb." or "d.d." not.
        if punt && woord.chars().nth(1).is_some() && !in_lijst(woord, AFKORTINGEN) {
            return Voorwoord::Geen;
        }
        let b = woord.as_bytes();
        if in_lijst(woord, GEBOORTEWOORDEN)
            || (b.len() >= 8 && b[..8].eq_ignore_ascii_case(b"geboorte"))
        {
            return Voorwoord::Geboorte;
        }
        if positie < 2 && in_lijst(woord, GEBEURTENISWOORDEN) {
            return Voorwoord::Ander;
        }
    }
    Voorwoord::Geen
}
