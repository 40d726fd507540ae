//! Upper and lower case without the standard library's Unicode case tables.
//!
//! `char::to_lowercase` and `str::to_uppercase` bring about 20 KB of tables into the wasm
//! (3.2 KB brotli, issue 14), for text that is Dutch, or a name in another European script.
//! These functions cover Latin-1, Latin Extended-A, modern Greek and Cyrillic, one character
//! for one character; everything else is returned unchanged. The native tests hold them to the
//! standard library over those blocks.

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

/// `c` in upper case ("ë" → "Ë"); "ß" stays "ß" (the standard library writes "SS").
pub fn groot(c: char) -> char {
    let n = c as u32;
    let g = match n {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => {
            n - 0x20
        }
        0xB5 => 0x39C,
        0xFF => 0x178,
        0x131 => 0x49,
        0x17F => 0x53,
        0x3AC => 0x386,
        0x3AD..=0x3AF => n - 0x25,
        0x3C2 => 0x3A3,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => n - 0x3F,
        0x450..=0x45F => n - 0x50,
        0x4CF => 0x4C0,
        0x100..=0x12F
        | 0x132..=0x137
        | 0x14A..=0x177
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
            if !n.is_multiple_of(2) =>
        {
            n - 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if n.is_multiple_of(2) => n - 1,
        _ => n,
    };
    char::from_u32(g).unwrap_or(c)
}

/// `tekst` in lower case, character by character (see [`klein`]).
pub fn kleine_letters(tekst: &str) -> String {
    tekst.chars().map(klein).collect()
}

/// `tekst` in upper case, character by character (see [`groot`]).
pub fn hoofdletters(tekst: &str) -> String {
    tekst.chars().map(groot).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard library's mapping when it is one character, else `None`.
    fn een(mut it: impl Iterator<Item = char>) -> Option<char> {
        let c = it.next()?;
        it.next().is_none().then_some(c)
    }

    #[test]
    fn gelijk_aan_de_standaardbibliotheek_voor_latijn_grieks_en_cyrillisch() {
        let mut anders = Vec::new();
        for n in (0..0x180u32).chain(0x386..0x3CF).chain(0x400..0x530) {
            let Some(c) = char::from_u32(n) else { continue };
            let k = een(c.to_lowercase()).unwrap_or('i');
            // Upper case of more than one character ("ß" is "SS"): the letter stays.
            let g = een(c.to_uppercase()).unwrap_or(c);
            if klein(c) != k || groot(c) != g {
                anders.push(format!(
                    "U+{n:04X} {c}: {} {} (std {k} {g})",
                    klein(c),
                    groot(c)
                ));
            }
        }
        assert!(anders.is_empty(), "{anders:#?}");
    }

    #[test]
    fn andere_schriften_blijven_zoals_ze_zijn() {
        for c in ['א', 'ع', '中', 'Ａ', '€', '✓'] {
            assert_eq!((klein(c), groot(c)), (c, c));
        }
    }

    #[test]
    fn woorden() {
        assert_eq!(
            kleine_letters("Cliënt ĲSSELMEER Київ"),
            "cliënt ĳsselmeer київ"
        );
        assert_eq!(
            hoofdletters("Cliëntfeedback ĳs straße"),
            "CLIËNTFEEDBACK ĲS STRAßE"
        );
    }
}
