//! E-mail addresses.

use super::tekst::is_woordteken;

fn is_lokaal_teken(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_domeinteken(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// All e-mail addresses, as sorted, non-overlapping byte ranges. Each `@` looks at most 64
/// characters back and 253 ahead, and never past another `@`, so this is linear too.
pub(super) fn emailadressen(s: &str) -> Vec<(usize, usize)> {
    let mut uit: Vec<(usize, usize)> = Vec::new();
    for (a, _) in s.match_indices('@') {
        if uit.last().is_some_and(|&(_, eind)| a < eind) {
            continue;
        }
        let mut begin = a;
        let mut lang = 0;
        for c in s[..a].chars().rev() {
            if !is_lokaal_teken(c) {
                break;
            }
            begin -= c.len_utf8();
            lang += 1;
            if lang > 64 {
                break;
            }
        }
        if lang > 64 {
            continue;
        }
        while s[begin..a].starts_with('.') {
            begin += 1;
        }
        if begin == a || uit.last().is_some_and(|&(_, eind)| begin < eind) {
            continue;
        }
        let domein_begin = a + 1;
        let mut eind = domein_begin;
        for c in s[domein_begin..].chars().take(253) {
            if !is_domeinteken(c) {
                break;
            }
            eind += c.len_utf8();
        }
        // A sentence may end right after the address.
        while eind > domein_begin && s[..eind].ends_with(['.', '-']) {
            eind -= 1;
        }
        if geldig_domein(&s[domein_begin..eind]) && !s[..begin].ends_with(is_woordteken) {
            uit.push((begin, eind));
        }
    }
    uit
}

fn geldig_domein(domein: &str) -> bool {
    let mut delen = 0;
    let mut laatste = "";
    for deel in domein.split('.') {
        if deel.is_empty() || deel.starts_with('-') || deel.ends_with('-') {
            return false;
        }
        delen += 1;
        laatste = deel;
    }
    delen >= 2 && laatste.chars().count() >= 2 && laatste.chars().all(char::is_alphabetic)
}
