//! Bank account numbers: Dutch IBANs in any notation, those of other countries in capitals, and
//! the mod-97 check.

use super::tekst::{begin, einde_ok, na_spatie, Begin};
use super::{Soort, Vondst};

/// An IBAN at `i`: Dutch ones in any case and spacing, other countries' in capitals.
pub(super) fn iban(s: &str, i: usize) -> Option<Vondst> {
    let b = s.as_bytes();
    let kop = b.get(i..i + 4)?;
    if kop[..2].eq_ignore_ascii_case(b"NL") {
        return (begin(s, i) == Begin::Vrij)
            .then(|| nl_iban(s, i))
            .flatten();
    }
    let vorm = kop[0].is_ascii_uppercase()
        && kop[1].is_ascii_uppercase()
        && kop[2].is_ascii_digit()
        && kop[3].is_ascii_digit();
    if !vorm || begin(s, i) != Begin::Vrij {
        return None;
    }
    buitenlandse_iban(s, i).map(|e| Vondst::treffer(e, Soort::Iban))
}

/// A Dutch IBAN at `i` (`NL91ABNA0417164300`, `NL91 ABNA 0417 1643 00`, `nl 91 abna …`). An
/// IBAN shape with a wrong check is skipped without a hit, so its digits are not read as a
/// phone number.
fn nl_iban(s: &str, i: usize) -> Option<Vondst> {
    let b = s.as_bytes();
    let mut tekens = [0u8; 18];
    let mut p = i;
    for (k, teken) in tekens.iter_mut().enumerate() {
        if k > 0 {
            let na = na_spatie(s, p);
            if na > p && b.get(na).is_some_and(u8::is_ascii_alphanumeric) {
                p = na;
            }
        }
        let c = *b.get(p)?;
        let past = match k {
            0..=1 | 4..=7 => c.is_ascii_alphabetic(),
            _ => c.is_ascii_digit(),
        };
        if !past {
            return None;
        }
        *teken = c.to_ascii_uppercase();
        p += 1;
    }
    if !einde_ok(s, p, false) {
        return None;
    }
    let soort = mod97(&tekens).then_some(Soort::Iban);
    Some(Vondst { eind: p, soort })
}

/// An IBAN from another country: `BE68 5390 0754 7034`, `DE89370400440532013000`. The length
/// differs per country, so we take the longest run of groups (compact, or in fours) with a
/// valid check.
fn buitenlandse_iban(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    let teken = |p: usize| {
        b.get(p)
            .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    let mut tekens = [0u8; 34];
    let mut n = 0;
    // After each group: how many characters so far, and where it ends.
    let mut einden = [(0, 0); 9];
    let mut k = 0;
    let mut p = i;
    while k < einden.len() {
        let begin = p;
        while n < tekens.len() && teken(p) {
            tekens[n] = b[p];
            n += 1;
            p += 1;
        }
        einden[k] = (n, p);
        k += 1;
        let volgende = na_spatie(s, p);
        if p - begin != 4 || volgende == p || !teken(volgende) {
            break;
        }
        p = volgende;
    }
    einden[..k]
        .iter()
        .rev()
        .find(|&&(n, e)| (15..=34).contains(&n) && einde_ok(s, e, false) && mod97(&tekens[..n]))
        .map(|&(_, e)| e)
}

/// The IBAN check: move the first four characters to the end, read letters as 10..35, and the
/// number must leave 1 after division by 97.
pub(super) fn mod97(iban: &[u8]) -> bool {
    if iban.len() < 5 {
        return false;
    }
    let mut rest = 0u32;
    for &c in iban[4..].iter().chain(&iban[..4]) {
        rest = match c {
            b'0'..=b'9' => (rest * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => (rest * 100 + u32::from(c - b'A') + 10) % 97,
            _ => return false,
        };
    }
    rest == 1
}
