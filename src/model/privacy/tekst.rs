//! Characters and boundaries: what counts as part of a word or a number, and the words around a
//! candidate that decide whether it starts, ends or counts at all.

/// Part of a word: a match that touches one of these on either side is part of a longer code.
/// Combining accents count too, so `1234 AB\u{301}` is not a postcode followed by an accent.
pub(super) fn is_woordteken(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || ('\u{300}'..='\u{36f}').contains(&c)
}

/// A space, including the no-break spaces that word processors put between digit groups.
pub(super) fn is_spatie(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Punctuation that sits inside numbers: `1.234`, `3,5`, `12:05`, `06-1234`, `7/10`.
fn is_getalteken(c: char) -> bool {
    matches!(c, '.' | ',' | '-' | '–' | '/' | ':')
}

pub(super) fn volgend_teken(s: &str, p: usize) -> Option<char> {
    s.get(p..)?.chars().next()
}

/// Skips one space at `p`, if there is one.
pub(super) fn na_spatie(s: &str, p: usize) -> usize {
    match volgend_teken(s, p) {
        Some(c) if is_spatie(c) => p + c.len_utf8(),
        _ => p,
    }
}

/// How a candidate at `i` relates to what comes before it.
#[derive(PartialEq, Eq)]
pub(super) enum Begin {
    /// At the start of a word: anything may start here.
    Vrij,
    /// Glued to the letters "bsn": only a BSN may start here.
    NaBsn,
    /// Inside a word or a longer number: nothing starts here.
    Nee,
}

pub(super) fn begin(s: &str, i: usize) -> Begin {
    let voor = &s[..i];
    let mut terug = voor.chars().rev();
    match terug.next() {
        None => Begin::Vrij,
        Some(c) if is_woordteken(c) => {
            if eindigt_op_woord(voor, "bsn") {
                Begin::NaBsn
            } else {
                Begin::Nee
            }
        }
        // A comma before four or more digits separates a list (a pasted CSV line), it is not a
        // decimal comma; a slash before a phone number separates two numbers.
        Some(',') if cijfers_vanaf(s, i) >= 4 => Begin::Vrij,
        Some('/') if lijkt_op_nummer(s, i) => Begin::Vrij,
        // `1.234.567.890`, `3,12`, `+123456782`: the middle of a longer number.
        Some(c) if is_getalteken(c) || c == '+' => {
            if terug.next().is_some_and(|d| d.is_ascii_digit()) {
                Begin::Nee
            } else {
                Begin::Vrij
            }
        }
        Some(_) => Begin::Vrij,
    }
}

/// May a match end at `e`? Not inside a word, and not where the number goes on (`123456782,5`,
/// `06-12345678-9`). With `spaties` the match itself uses spaces between groups, so a further
/// group after a space (`123 456 782 1`) also means the grouping is something else.
pub(super) fn einde_ok(s: &str, e: usize, spaties: bool) -> bool {
    let Some(rest) = s.get(e..) else {
        return false;
    };
    let mut verder = rest.chars();
    match verder.next() {
        None => true,
        Some(c) if is_woordteken(c) => false,
        Some(',') => !(1..4).contains(&cijfers_vanaf(s, e + 1)),
        Some('/') if lijkt_op_nummer(s, e + 1) => true,
        Some(c) if is_getalteken(c) || (spaties && is_spatie(c)) => {
            !verder.next().is_some_and(|d| d.is_ascii_digit())
        }
        Some(_) => true,
    }
}

/// How many ASCII digits follow at `p`, counting up to 4.
fn cijfers_vanaf(s: &str, p: usize) -> usize {
    s.as_bytes().get(p..).map_or(0, |b| {
        b.iter().take(4).take_while(|c| c.is_ascii_digit()).count()
    })
}

/// Does a phone-like number start at `p`: `0` and at least three more digits (not `01/02`)?
fn lijkt_op_nummer(s: &str, p: usize) -> bool {
    s.as_bytes().get(p) == Some(&b'0') && cijfers_vanaf(s, p) >= 4
}

/// Does `voor` end with the word `woord` (ASCII, any case), not as the tail of a longer word?
fn eindigt_op_woord(voor: &str, woord: &str) -> bool {
    let (v, w) = (voor.as_bytes(), woord.as_bytes());
    if v.len() < w.len() || !v[v.len() - w.len()..].eq_ignore_ascii_case(w) {
        return false;
    }
    !voor[..v.len() - w.len()]
        .chars()
        .next_back()
        .is_some_and(is_woordteken)
}

/// The word just before `i`, across at most a few characters of punctuation: `kvk: 1234`.
pub(super) fn vorig_woord(s: &str, i: usize) -> &str {
    let voor = &s[..i];
    let mut eind = voor.len();
    for (k, c) in voor.char_indices().rev().take(3) {
        if is_woordteken(c) {
            break;
        }
        eind = k;
    }
    let woord = &voor[..eind];
    let begin = woord
        .char_indices()
        .rev()
        .take(24)
        .take_while(|&(_, c)| is_woordteken(c))
        .last()
        .map_or(eind, |(k, _)| k);
    &woord[begin..]
}

/// The word just after `e`, across at most one space; `%` counts as a word.
pub(super) fn volgend_woord(s: &str, e: usize) -> &str {
    let p = na_spatie(s, e);
    let rest = &s[p..];
    if rest.starts_with('%') {
        return "%";
    }
    let lengte = rest
        .bytes()
        .take(16)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    &rest[..lengte]
}

pub(super) fn in_lijst(woord: &str, lijst: &[&str]) -> bool {
    lijst.iter().any(|w| w.eq_ignore_ascii_case(woord))
}

/// Currencies before a number: an amount, not a person.
pub(super) fn na_valuta(s: &str, i: usize) -> bool {
    let voor = &s[..i];
    let voor = match voor.chars().next_back() {
        Some(c) if is_spatie(c) => &voor[..voor.len() - c.len_utf8()],
        _ => voor,
    };
    voor.ends_with(['€', '$', '£', 'ƒ'])
        || eindigt_op_woord(voor, "eur")
        || eindigt_op_woord(voor, "euro")
}
