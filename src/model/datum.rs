//! Dates as the user reads them. Stored dates are ISO `yyyy-mm-dd` strings (what
//! the browser's date field gives); the app shows `dd-mm-jjjj`.

/// `2026-11-22` becomes `22-11-2026`; anything that is not an ISO date is returned unchanged.
pub fn nl(iso: &str) -> String {
    match iso_delen(iso) {
        Some((j, m, d)) => format!("{d:02}-{m:02}-{j:04}"),
        None => iso.to_string(),
    }
}

/// Splits a valid ISO date into year, month, day.
pub fn iso_delen(iso: &str) -> Option<(u32, u32, u32)> {
    let b = iso.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let j: u32 = iso.get(0..4)?.parse().ok()?;
    let m: u32 = iso.get(5..7)?.parse().ok()?;
    let d: u32 = iso.get(8..10)?.parse().ok()?;
    (iso.is_ascii() && bestaat(j, m, d)).then_some((j, m, d))
}

/// Whether day `d` of month `m` exists in year `j` (the Gregorian calendar, leap years included).
pub fn bestaat(j: u32, m: u32, d: u32) -> bool {
    let dagen = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (j.is_multiple_of(4) && !j.is_multiple_of(100)) || j.is_multiple_of(400) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=dagen).contains(&d)
}

/// Local date and time parts as `(jaar, maand, dag, uur, minuut)`, shown as `22-11-2026 om
/// 14:05`.
pub fn nl_met_tijd((j, m, d, u, min): (u32, u32, u32, u32, u32)) -> String {
    format!("{d:02}-{m:02}-{j:04} om {u:02}:{min:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_naar_nederlands() {
        assert_eq!(nl("2026-11-22"), "22-11-2026");
        assert_eq!(nl("2024-02-29"), "29-02-2024");
        assert_eq!(nl("2023-02-29"), "2023-02-29");
        assert_eq!(nl(""), "");
        assert_eq!(nl("gisteren"), "gisteren");
        assert_eq!(nl("2026-13-01"), "2026-13-01");
        assert_eq!(nl("2026-1é-01"), "2026-1é-01");
    }
}
