//! The stored form of an encrypted value ([`Envelop`]), AES-256-GCM in and out, and telling
//! encrypted, damaged and plain values apart ([`soort`]).

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::Nonce;
use serde::{Deserialize, Serialize};

use super::{b64, Sleutel};
use crate::model::json;
use crate::repo::opslag::OpslagFout;

/// Format version of an encrypted value (the `versleuteld` field).
const ENVELOP_VERSIE: u32 = 1;

/// An encrypted value as stored. Field order is the stored order (see [`lijkt_versleuteld`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Envelop {
    versleuteld: u32,
    /// Base64 of the 12-byte IV.
    pub(super) iv: String,
    /// Base64 of ciphertext plus the 16-byte tag.
    data: String,
}

/// Encrypts `tekst` for storage under `key` (the associated data), in the stored form.
pub(super) fn versleutel(
    sleutel: &Sleutel,
    iv: [u8; 12],
    key: &str,
    tekst: &str,
) -> Result<String, OpslagFout> {
    let envelop = versleutel_envelop(sleutel, iv, key, tekst)?;
    Ok(serde_json::to_string(&envelop).expect("an Envelop always serialises"))
}

pub(super) fn versleutel_envelop(
    sleutel: &Sleutel,
    iv: [u8; 12],
    key: &str,
    tekst: &str,
) -> Result<Envelop, OpslagFout> {
    let data = sleutel
        .cipher()
        .encrypt(
            Nonce::from_slice(&iv),
            Payload {
                msg: tekst.as_bytes(),
                aad: key.as_bytes(),
            },
        )
        // Only for messages over 64 GiB.
        .map_err(|_| OpslagFout::Anders("versleutelen mislukt".into()))?;
    Ok(Envelop {
        versleuteld: ENVELOP_VERSIE,
        iv: b64::codeer(&iv),
        data: b64::codeer(&data),
    })
}

/// Decrypts a stored value of `key`; `None` when anything about it is wrong.
pub(super) fn ontsleutel(sleutel: &Sleutel, key: &str, envelop: &Envelop) -> Option<String> {
    if envelop.versleuteld != ENVELOP_VERSIE {
        return None;
    }
    let iv = b64::decodeer(&envelop.iv)?;
    if iv.len() != 12 {
        return None;
    }
    let data = b64::decodeer(&envelop.data)?;
    let tekst = sleutel
        .cipher()
        .decrypt(
            Nonce::from_slice(&iv),
            Payload {
                msg: &data,
                aad: key.as_bytes(),
            },
        )
        .ok()?;
    String::from_utf8(tekst).ok()
}

/// What a stored value is.
pub(super) enum Soort {
    Versleuteld(Envelop),
    /// Looks like an encrypted value but is not a well-formed one.
    Beschadigd,
    Plat,
}

/// The stored form's three field names with their quotes and neighbours: disjoint stretches of
/// every encrypted value. A value of ours in the clear never holds any of them (they would be
/// field names, and no stored type has such fields; quotes in user text are escaped as `\"`).
const MERKTEKENS: [&str; 3] = ["{\"versleuteld\":", ",\"iv\":\"", "\",\"data\":\""];

pub(super) fn soort(raw: &str) -> Soort {
    // Parsed only when it can be one: reading goes through a whole `Value` (model/json.rs), and
    // switching the lock on asks this of every stored value.
    if raw.contains(MERKTEKENS[0]) {
        if let Ok(e) = json::lees::<Envelop>(raw) {
            if e.versleuteld == ENVELOP_VERSIE {
                return Soort::Versleuteld(e);
            }
        }
    }
    if MERKTEKENS.iter().filter(|m| raw.contains(*m)).count() >= 2 {
        Soort::Beschadigd
    } else {
        Soort::Plat
    }
}

/// Whether a stored value is (or was, before damage) an encrypted value. Without the lock
/// such a value is not garbage to set aside: `repo::opstarten` leaves it where it is.
pub fn lijkt_versleuteld(raw: &str) -> bool {
    !matches!(soort(raw), Soort::Plat)
}
