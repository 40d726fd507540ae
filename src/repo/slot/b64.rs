//! Standard base64 with padding (RFC 4648), strict: decoding accepts exactly what encoding
//! produces, so every stored value has one spelling and a changed character always changes
//! the bytes. Ten lines did not justify another crate.

const TEKENS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub(super) fn codeer(bytes: &[u8]) -> String {
    let mut uit = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for blok in bytes.chunks(3) {
        let n = (u32::from(blok[0]) << 16)
            | (u32::from(*blok.get(1).unwrap_or(&0)) << 8)
            | u32::from(*blok.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= blok.len() {
                uit.push(TEKENS[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                uit.push('=');
            }
        }
    }
    uit
}

fn waarde(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

pub(super) fn decodeer(tekst: &str) -> Option<Vec<u8>> {
    let t = tekst.as_bytes();
    if !t.len().is_multiple_of(4) {
        return None;
    }
    let mut uit = Vec::with_capacity(t.len() / 4 * 3);
    for (i, blok) in t.chunks(4).enumerate() {
        let laatste = i == t.len() / 4 - 1;
        let opvulling = blok.iter().rev().take_while(|&&c| c == b'=').count();
        if opvulling > 2 || (opvulling > 0 && !laatste) {
            return None;
        }
        let mut n = 0u32;
        for &c in &blok[..4 - opvulling] {
            n = (n << 6) | waarde(c)?;
        }
        n <<= 6 * opvulling as u32;
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        // Bits past the last byte must be zero, or two spellings would give the same bytes.
        if bytes[3 - opvulling..].iter().any(|&b| b != 0) {
            return None;
        }
        uit.extend_from_slice(&bytes[..3 - opvulling]);
    }
    Some(uit)
}

pub(super) mod zout_b64 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(zout: &[u8; 16], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::codeer(zout))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 16], D::Error> {
        let tekst = String::deserialize(d)?;
        super::decodeer(&tekst)
            .and_then(|b| <[u8; 16]>::try_from(b).ok())
            .ok_or_else(|| serde::de::Error::custom("zout: geen base64 van 16 bytes"))
    }
}
