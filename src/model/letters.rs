//! Lower case for user text without the standard library's Unicode case tables.
//!
//! `char::to_lowercase` brings the full case tables into the wasm (issue 14), for text that is
//! Dutch, or a name in another European script. [`klein`] covers Latin-1, Latin Extended-A,
//! modern Greek and Cyrillic, one character for one; everything else is returned unchanged. A
//! native test holds it to the standard library over those blocks. (The app's own names are
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
        // Pairs of capital and small letter side by side; which of the two comes first differs.
        0x100..=0x12F
        | 0x132..=0x137
        | 0x14A..=0x177
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
            if n.is_multiple_of(2) =>
        {
            n + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if !n.is_multiple_of(2) => n + 1,
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
        for n in (0..0x180u32).chain(0x386..0x3CF).chain(0x400..0x530) {
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
        let klein_geschreven: String = "Cliënt ĲSSELMEER Київ".chars().map(klein).collect();
        assert_eq!(klein_geschreven, "cliënt ĳsselmeer київ");
    }
}
