//! Phone numbers: Dutch ones in every common notation, and numbers abroad.

use super::groepen::Groepen;
use super::tekst::{einde_ok, is_spatie, na_spatie, volgend_teken};

/// A Dutch phone number at `i`: `06-12345678`, `020 123 4567`, `+31 6 12345678`,
/// `0031612345678`, `(010) 123 4567`. Returns where it ends.
pub(super) fn telefoon(s: &str, i: usize) -> Option<usize> {
    let rest = &s[i..];
    let b = rest.as_bytes();
    if let Some(na) = rest
        .strip_prefix("+31")
        .or_else(|| rest.strip_prefix("0031"))
    {
        let mut p = na_streep_of_spatie(s, s.len() - na.len());
        if s[p..].starts_with("(0)") {
            p = na_streep_of_spatie(s, p + 3);
        } else if s[p..].starts_with('0') {
            // `+31 06 12345678`: the trunk zero typed out of habit.
            p += 1;
        }
        if !s
            .as_bytes()
            .get(p)
            .is_some_and(|d| (b'1'..=b'9').contains(d))
        {
            return None;
        }
        return telefoon_einde(s, &Groepen::lees(s, p), 9, true);
    }
    if b.first() == Some(&b'(') {
        let sluit = b.iter().take(6).position(|&c| c == b')')?;
        let kengetal = &b[1..sluit];
        if kengetal == b"0" {
            // `(0)6-12345678`: the trunk zero in brackets, as after +31 but without it.
            let p = i + sluit + 1;
            if !s
                .as_bytes()
                .get(p)
                .is_some_and(|d| (b'1'..=b'9').contains(d))
            {
                return None;
            }
            return telefoon_einde(s, &Groepen::lees(s, p), 9, true);
        }
        let geldig = (2..=4).contains(&kengetal.len())
            && kengetal[0] == b'0'
            && kengetal[1] != b'0'
            && kengetal.iter().all(u8::is_ascii_digit);
        if !geldig {
            return None;
        }
        let p = na_spatie(s, i + sluit + 1);
        if !s.as_bytes().get(p).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        return telefoon_einde(s, &Groepen::lees(s, p), 10 - kengetal.len(), true);
    }
    if b.len() >= 2 && b[0] == b'0' && (b'1'..=b'9').contains(&b[1]) {
        return telefoon_einde(s, &Groepen::lees(s, i), 10, false);
    }
    let na = rest.strip_prefix('+').or_else(|| rest.strip_prefix("00"))?;
    if na
        .as_bytes()
        .first()
        .is_some_and(|d| (b'1'..=b'9').contains(d))
    {
        return buitenlands_nummer(s, s.len() - na.len());
    }
    None
}

/// A phone number from abroad after `+` or `00`: `+32 470 12 34 56`, `0049 30 1234567`,
/// `+212612345678`. Family abroad is common, and any such number points to one person. Without
/// a numbering plan per country we ask for 9 to 15 digits (the E.164 maximum), a country code
/// of at most 3 digits when grouped, and groups of two or more after the first one (`+212 6 …`).
fn buitenlands_nummer(s: &str, p: usize) -> Option<usize> {
    let g = Groepen::lees(s, p);
    let groepen = &g.groep[..g.n];
    let laatste = groepen.last()?;
    let (totaal, spaties) = (g.aantal, groepen.iter().any(|g| g.scheiding == b' '));
    let vorm = match groepen {
        [enkel] => (10..=15).contains(&enkel.lengte),
        [land, rest @ ..] => {
            land.lengte <= 3
                && (9..=15).contains(&totaal)
                && rest.iter().skip(1).all(|g| g.lengte >= 2)
                && groepen[..g.n - 1]
                    .iter()
                    .all(|g| matches!(g.scheiding, b' ' | b'-'))
        }
        [] => false,
    };
    (vorm && einde_ok(s, laatste.eind, spaties)).then_some(laatste.eind)
}

fn na_streep_of_spatie(s: &str, p: usize) -> usize {
    match volgend_teken(s, p) {
        Some(c) if is_spatie(c) || c == '-' => p + c.len_utf8(),
        _ => p,
    }
}

/// Where the first groups of `g` add up to exactly `nodig` digits, if they look like a phone
/// number: groups of at least two digits (`06 12 34 56 78`; after +31 the first may be `6`),
/// spaces anywhere but at most one dash, and no dots (`09.15` is a time).
fn telefoon_einde(s: &str, g: &Groepen, nodig: usize, eerste_mag_kort: bool) -> Option<usize> {
    let (mut totaal, mut strepen, mut spaties) = (0, 0, false);
    for (k, groep) in g.groep[..g.n].iter().enumerate() {
        if groep.lengte < 2 && !(k == 0 && eerste_mag_kort) {
            return None;
        }
        totaal += groep.lengte;
        if totaal >= nodig {
            return (totaal == nodig && einde_ok(s, groep.eind, spaties)).then_some(groep.eind);
        }
        match groep.scheiding {
            b' ' => spaties = true,
            b'-' | b'/' => strepen += 1,
            _ => return None,
        }
        if strepen > 1 {
            return None;
        }
    }
    None
}
