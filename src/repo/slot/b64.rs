//! Standard base64 with padding (RFC 4648), strict: the `base64` crate's `STANDARD` engine
//! decodes exactly what it encodes (no missing padding, no stray bits), so every stored value
//! has one spelling and a changed character always changes the bytes.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

pub(super) fn codeer(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

pub(super) fn decodeer(tekst: &str) -> Option<Vec<u8>> {
    STANDARD.decode(tekst).ok()
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
