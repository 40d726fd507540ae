//! Dutch postcodes, and the short words after a number that make it something else.

use super::tekst::{einde_ok, na_spatie};

/// A Dutch postcode at `i`: four digits (not starting with 0), an optional space, two letters.
pub(super) fn postcode(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    let cijfers = b.get(i..i + 4)?;
    if cijfers[0] == b'0' || !cijfers.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let p = na_spatie(s, i + 4);
    let letters = b.get(p..p + 2)?;
    if !letters.iter().all(u8::is_ascii_alphabetic) || !einde_ok(s, p + 2, false) {
        return None;
    }
    let groot = [
        letters[0].to_ascii_uppercase(),
        letters[1].to_ascii_uppercase(),
    ];
    // PostNL does not use these letter pairs.
    if matches!(&groot, b"SA" | b"SD" | b"SS") {
        return None;
    }
    // `in 2019 is`, `1200 km`: a number followed by a short word. In capitals (`1234 IN`) it is
    // a postcode after all, except after something that looks like a year (`2019 IN`).
    let klein = [
        letters[0].to_ascii_lowercase(),
        letters[1].to_ascii_lowercase(),
    ];
    if KORTE_WOORDEN.binary_search(&&klein).is_ok() {
        let hoofdletters = letters.iter().all(u8::is_ascii_uppercase);
        let jaartal = matches!(&cijfers[..2], b"19" | b"20");
        if !hoofdletters || jaartal {
            return None;
        }
    }
    Some(p + 2)
}

/// Two-letter words and units that often follow a number in a sentence; sorted, lowercase.
pub(super) const KORTE_WOORDEN: &[&[u8; 2]] = &[
    b"al", b"am", b"as", b"at", b"be", b"bv", b"by", b"cl", b"cm", b"ct", b"cv", b"da", b"de",
    b"di", b"dl", b"do", b"ei", b"en", b"er", b"eu", b"ex", b"ga", b"gb", b"ge", b"go", b"gr",
    b"ha", b"he", b"id", b"ie", b"if", b"ik", b"in", b"is", b"it", b"ja", b"je", b"jr", b"kb",
    b"kg", b"km", b"la", b"ma", b"mb", b"me", b"mg", b"ml", b"mm", b"my", b"na", b"nl", b"no",
    b"nr", b"nu", b"nv", b"of", b"oh", b"ok", b"om", b"on", b"op", b"or", b"pa", b"pc", b"pm",
    b"pp", b"so", b"st", b"te", b"tm", b"to", b"tv", b"ui", b"uk", b"up", b"us", b"uw", b"vd",
    b"vr", b"vs", b"we", b"wo", b"za", b"ze", b"zo",
];
