//! Lower case for user text without the standard library's Unicode case tables.
//!
//! `char::to_lowercase` brings the full case tables into the wasm (issue 14), for text that is
//! Dutch, or a name in another script. [`klein`] covers Latin-1, Latin Extended-A, the regular
//! parts of Latin Extended-B (Romanian Ș Ț, pinyin Ǎ) and Latin Extended Additional (Vietnamese),
//! modern Greek and Cyrillic, one character for one; everything else is returned unchanged. A
//! native test holds it to the standard library over those ranges. (The app's own names are
//! ASCII and use `to_ascii_lowercase`.)

/// `c` in lower case ("Ë" → "ë", "Ĳ" → "ĳ", "Д" → "д").
pub fn klein(c: char) -> char {
    let n = c as u32;
    let k = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            n + 0x20
        }
        // "İ" is "i" with a dot above; the dot is dropped (as search drops every accent).
        0x130 => 0x69,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => n + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 0x3F,
        0x400..=0x40F => n + 0x50,
        0x4C0 => 0x4CF,
        // "Ə" (Azerbaijani), "ẞ" (German capital sharp s).
        0x18F => 0x259,
        0x1E9E => 0xDF,
        // Pairs of capital and small letter side by side; which of the two comes first differs.
        0x100..=0x12F
        | 0x132..=0x137
        | 0x14A..=0x177
        | 0x1DE..=0x1EF
        | 0x1F8..=0x21F
        | 0x222..=0x233
        | 0x1E00..=0x1E95
        | 0x1EA0..=0x1EFF
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
            if n.is_multiple_of(2) =>
        {
            n + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x1CD..=0x1DC | 0x4C1..=0x4CE if !n.is_multiple_of(2) => {
            n + 1
        }
        _ => n,
    };
    char::from_u32(k).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gelijk_aan_de_standaardbibliotheek_voor_latijn_grieks_en_cyrillisch() {
        let mut anders = Vec::new();
        let reeksen = [
            0..0x180u32,
            0x18F..0x190,
            0x1CD..0x1DD,
            0x1DE..0x1F0,
            0x1F8..0x220,
            0x222..0x234,
            0x386..0x3CF,
            0x400..0x530,
            0x1E00..0x1E96,
            0x1E9E..0x1E9F,
            0x1EA0..0x1F00,
        ];
        for n in reeksen.into_iter().flatten() {
            let Some(c) = char::from_u32(n) else { continue };
            let mut std = c.to_lowercase();
            // "İ" is the one letter whose lower case is two characters ("i" and a dot above).
            let k = match (std.next(), std.next()) {
                (Some(k), None) => k,
                _ => 'i',
            };
            if klein(c) != k {
                anders.push(format!("U+{n:04X} {c}: {} (std {k})", klein(c)));
            }
        }
        assert!(anders.is_empty(), "{anders:#?}");
    }

    #[test]
    fn andere_schriften_blijven_zoals_ze_zijn() {
        for c in ['א', 'ع', '中', 'Ａ', '€', '✓'] {
            assert_eq!(klein(c), c);
        }
    }

    #[test]
    fn woorden() {
        let klein_geschreven: String = "Cliënt ĲSSELMEER Київ ȘTEFAN NGUYỄN"
            .chars()
            .map(klein)
            .collect();
        assert_eq!(klein_geschreven, "cliënt ĳsselmeer київ ștefan nguyễn");
    }
}
