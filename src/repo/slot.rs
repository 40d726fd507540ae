//! The optional passphrase lock: worksheets encrypted at rest with AES-256-GCM.
//!
//! - **Key.** PBKDF2-SHA256 over the passphrase, a random 16-byte salt and
//!   [`PBKDF2_ITERATIES`] rounds gives the 32-byte key. It lives only in memory ([`Sleutel`],
//!   wiped on drop). The store keeps [`SlotInfo`] under [`SLOT_KEY`]: salt, rounds, and a known
//!   text encrypted with the key ("controle"), which tells a wrong passphrase apart from a
//!   damaged value. In the browser the key is derived by WebCrypto (`crate::sleutel_web`), which
//!   gives the same bytes as [`leid_sleutel_af`].
//! - **Which values.** Every key under `werkblad.` except [`SLOT_KEY`] and the settings:
//!   worksheets, index, bin, import undo, set-aside values, pre-migration copies. A deny-list rather
//!   than an allow-list, so a future key that holds client text is encrypted without anyone
//!   remembering to add it.
//! - **Stored form.** `{"versleuteld":1,"iv":"<base64, 12 bytes>","data":"<base64>"}` with a
//!   fresh random IV per write (passed in by the caller: `crypto.getRandomValues` in the
//!   browser, so this module has no source of randomness) and the storage key as associated
//!   data, so a value copied to another key does not decrypt.
//! - **Plain values while the lock is on are read as they are.** A conversion cut short (tab
//!   closed, store full) then leaves everything readable; [`VersleuteldeOpslag::rond_af`]
//!   finishes it after the next unlock, and the next write of such a value encrypts it anyway.
//!   Reading plain values grants nothing new: whoever can write the store can delete it too.
//! - **Damage is an error, never text.** A value that looks encrypted but does not decrypt gives
//!   [`OpslagFout::Ontsleutelen`], so `repo::opstarten` skips it and leaves it where it is
//!   instead of moving it aside. "Looks encrypted" survives any single changed
//!   character: the three field names are separate stretches of the text, one change breaks
//!   at most one of them, and two are enough (see [`lijkt_versleuteld`]).
//!
//! **Order of switching on and off.** [`zet_aan`] writes [`SLOT_KEY`] first and converts the
//! values after it. The other order can lose data: a crash after some values are encrypted but
//! before the slot (with the salt) is written leaves ciphertext no passphrase can open. With
//! the slot first, every ciphertext that exists has its salt stored. [`zet_uit`] for the same
//! reason decrypts every value first and removes the slot last.
//!
//! Known limits: rolling a value back to an older ciphertext of the same key is not detected;
//! with random 96-bit IVs one key is good for about 2^32 writes, far beyond a lifetime of saves.

use aes_gcm::aead::KeyInit;
use aes_gcm::{Aes256Gcm, Key};
use serde::{Deserialize, Serialize};

use super::instellingen::INSTELLINGEN_KEY;
use super::opslag::{Opslag, OpslagFout};
use super::PREFIX;

// Here: the constants, the key, the lock record and the open store. The rest is private
// submodules, with the public items re-exported from here.
mod b64; // strict base64, for the stored form and the salt
mod envelop; // the stored form of an encrypted value, and AES-256-GCM
mod fout; // SlotFout and Mislukt
mod omzetten; // switching the lock on and off

pub use envelop::lijkt_versleuteld;
pub use fout::{Mislukt, SlotFout};
pub use omzetten::{zet_aan, zet_uit};

use envelop::{ontsleutel, soort, versleutel, versleutel_envelop, Envelop, Soort};
use omzetten::versleutel_platte;

/// PBKDF2 rounds for a new lock: OWASP's 2023 advice for PBKDF2-HMAC-SHA256.
pub const PBKDF2_ITERATIES: u32 = 600_000;
/// More rounds than this in a stored slot means it was changed: refusing it keeps a tampered
/// value from freezing the tab for hours.
pub const MAX_ITERATIES: u32 = 10_000_000;
/// Shortest passphrase [`controleer_nieuw_wachtwoord`] accepts, in characters.
pub const MIN_WACHTWOORD_TEKENS: usize = 8;
/// Where the lock's settings are stored (never encrypted: they are needed to unlock).
pub const SLOT_KEY: &str = "werkblad.slot";
/// The only key derivation there is; stored so a later version can add another.
pub const KDF: &str = "PBKDF2-SHA256";
/// Format version of [`SlotInfo`].
pub const SLOT_VERSIE: u32 = 1;

/// What the controle value decrypts to with the right key.
const CONTROLE_TEKST: &str = "werkblad-slot-controle";

/// Where the random IVs come from: `crypto.getRandomValues` in the browser, a counter in tests.
/// Only uniqueness matters for an IV, but 12 random bytes give that without keeping state.
pub type IvBron = Box<dyn FnMut() -> [u8; 12]>;

/// The AES-256 key. Only in memory; its bytes are wiped when it is dropped, and neither
/// `Debug` nor anything else prints them. Boxed, so moving a `Sleutel` around moves a pointer
/// and leaves no stray copies of the bytes behind.
pub struct Sleutel(Box<[u8; 32]>);

impl Sleutel {
    fn nul() -> Sleutel {
        Sleutel(Box::new([0; 32]))
    }

    /// For `crate::sleutel_web`, which derives the bytes with WebCrypto: `vul` writes them
    /// straight into the key's own buffer.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn vul(vul: impl FnOnce(&mut [u8; 32])) -> Sleutel {
        let mut sleutel = Sleutel::nul();
        vul(&mut sleutel.0);
        sleutel
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&self.0[..]))
    }
}

impl Drop for Sleutel {
    fn drop(&mut self) {
        // Volatile writes, so the compiler cannot drop the wipe as a write nobody reads.
        for b in self.0.iter_mut() {
            // SAFETY: `b` is a valid, aligned `&mut u8`.
            unsafe { std::ptr::write_volatile(b, 0) };
        }
        std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::SeqCst);
    }
}

impl std::fmt::Debug for Sleutel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sleutel(verborgen)")
    }
}

/// Compares in constant time, so a comparison never tells how many bytes matched.
impl PartialEq for Sleutel {
    fn eq(&self, other: &Sleutel) -> bool {
        self.0
            .iter()
            .zip(other.0.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    }
}

/// PBKDF2-HMAC-SHA256 in pure Rust. Gives the same key as `sleutel_web`'s WebCrypto version
/// (checked in `tests/slot_web.rs`). At [`PBKDF2_ITERATIES`]: about 0.4 s natively and 0.8 s
/// in the release wasm, against 0.15 s for WebCrypto (see `benches/slot.rs`).
pub fn leid_sleutel_af(wachtwoord: &str, zout: &[u8; 16], iteraties: u32) -> Sleutel {
    Sleutel::vul(|bytes| {
        pbkdf2::pbkdf2_hmac::<sha2::Sha256>(wachtwoord.as_bytes(), zout, iteraties, bytes)
    })
}

/// Whether a new passphrase is acceptable.
pub fn controleer_nieuw_wachtwoord(wachtwoord: &str) -> Result<(), SlotFout> {
    if wachtwoord.chars().count() < MIN_WACHTWOORD_TEKENS {
        return Err(SlotFout::TeKort);
    }
    Ok(())
}

/// Whether `key` holds client text and is encrypted when the lock is on.
pub fn is_gevoelig(key: &str) -> bool {
    key.starts_with(PREFIX) && key != SLOT_KEY && key != INSTELLINGEN_KEY
}

/// Whether the lock is on in this store (there is a slot).
pub fn is_aan(s: &dyn Opslag) -> Result<bool, OpslagFout> {
    Ok(s.lees_ruw(SLOT_KEY)?.is_some())
}

/// The lock's settings, stored plain under [`SLOT_KEY`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotInfo {
    pub schema_version: u32,
    /// Always [`KDF`].
    pub kdf: String,
    pub iteraties: u32,
    /// Stored as base64.
    #[serde(with = "b64::zout_b64")]
    pub zout: [u8; 16],
    /// [`CONTROLE_TEKST`] encrypted with the key, [`SLOT_KEY`] as associated data.
    controle: Envelop,
}

impl SlotInfo {
    fn nieuw(
        sleutel: &Sleutel,
        zout: [u8; 16],
        iteraties: u32,
        iv: [u8; 12],
    ) -> Result<SlotInfo, OpslagFout> {
        Ok(SlotInfo {
            schema_version: SLOT_VERSIE,
            kdf: KDF.to_string(),
            iteraties,
            zout,
            controle: versleutel_envelop(sleutel, iv, SLOT_KEY, CONTROLE_TEKST)?,
        })
    }

    /// Whether `sleutel` is the key of this lock. A wrong passphrase and a changed controle
    /// value look the same here; both are [`SlotFout::VerkeerdWachtwoord`].
    pub fn controleer(&self, sleutel: &Sleutel) -> Result<(), SlotFout> {
        match ontsleutel(sleutel, SLOT_KEY, &self.controle) {
            Some(t) if t == CONTROLE_TEKST => Ok(()),
            _ => Err(SlotFout::VerkeerdWachtwoord),
        }
    }
}

/// The lock's settings, or `None` when the lock is off.
pub fn lees_slot(s: &dyn Opslag) -> Result<Option<SlotInfo>, SlotFout> {
    let Some(raw) = s.lees_ruw(SLOT_KEY)? else {
        return Ok(None);
    };
    lees_slot_uit(&raw).map(Some)
}

fn lees_slot_uit(raw: &str) -> Result<SlotInfo, SlotFout> {
    let waarde: serde_json::Value = serde_json::from_str(raw).map_err(|_| SlotFout::Beschadigd)?;
    let versie = waarde
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or(SlotFout::Beschadigd)?;
    if versie > u64::from(SLOT_VERSIE) {
        return Err(SlotFout::NieuwereVersie(
            u32::try_from(versie).unwrap_or(u32::MAX),
        ));
    }
    let info: SlotInfo =
        crate::model::json::uit_waarde(waarde).map_err(|_| SlotFout::Beschadigd)?;
    if info.kdf != KDF || info.iteraties == 0 || info.iteraties > MAX_ITERATIES {
        return Err(SlotFout::Beschadigd);
    }
    Ok(info)
}

/// Checks a passphrase with the pure-Rust derivation and returns the key. In the browser,
/// derive with `sleutel_web::leid_sleutel_af_webcrypto(wachtwoord, &info.zout,
/// info.iteraties)` instead (much faster) and check with [`SlotInfo::controleer`].
/// Writes nothing.
pub fn ontgrendel(s: &dyn Opslag, wachtwoord: &str) -> Result<Sleutel, SlotFout> {
    let info = lees_slot(s)?.ok_or(SlotFout::NietAan)?;
    let sleutel = leid_sleutel_af(wachtwoord, &info.zout, info.iteraties);
    info.controleer(&sleutel)?;
    Ok(sleutel)
}

/// A store with the lock open: encrypts what it writes and decrypts what it reads, for every
/// key [`is_gevoelig`] names; other keys pass through. Owns the key; dropping it (or
/// [`VersleuteldeOpslag::vergrendel`]) wipes the key.
pub struct VersleuteldeOpslag<O: Opslag> {
    binnen: O,
    sleutel: Sleutel,
    iv_bron: IvBron,
    /// The slot as it was when this store was opened: if another tab switches the lock off
    /// or on again, writing with this key would make values nobody can open.
    slot_raw: String,
}

impl<O: Opslag> std::fmt::Debug for VersleuteldeOpslag<O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VersleuteldeOpslag { .. }")
    }
}

impl<O: Opslag> VersleuteldeOpslag<O> {
    /// Opens the lock with a key derived from the passphrase. Refuses (and hands `binnen`
    /// back) when there is no lock or the key does not fit, so no value can ever be written
    /// with a key the stored slot does not know.
    pub fn new(binnen: O, sleutel: Sleutel, iv_bron: IvBron) -> Result<Self, Mislukt<O>> {
        let slot_raw = match binnen.lees_ruw(SLOT_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Err(Mislukt::new(binnen, SlotFout::NietAan)),
            Err(e) => return Err(Mislukt::new(binnen, SlotFout::Opslag(e))),
        };
        if let Err(e) = lees_slot_uit(&slot_raw).and_then(|info| info.controleer(&sleutel)) {
            return Err(Mislukt::new(binnen, e));
        }
        Ok(VersleuteldeOpslag {
            binnen,
            sleutel,
            iv_bron,
            slot_raw,
        })
    }

    /// The store underneath, with values as stored (for what the quota sees, and tests).
    pub fn binnen(&self) -> &O {
        &self.binnen
    }

    /// Locks again: wipes the key and returns the store underneath.
    pub fn vergrendel(self) -> O {
        self.binnen
    }

    /// Encrypts the values still stored plain (left by a conversion that was cut short, or
    /// written by a tab that had not noticed the lock). Call after every unlock: when there is
    /// nothing to do it only reads. Returns how many values it encrypted. On
    /// [`SlotFout::AanzettenOnderbroken`] everything stays readable; try again later.
    pub fn rond_af(&mut self) -> Result<usize, SlotFout> {
        self.controleer_slot()?;
        let mut omgezet = Vec::new();
        versleutel_platte(
            &mut self.binnen,
            &self.sleutel,
            &mut self.iv_bron,
            &mut omgezet,
        )
        .map_err(SlotFout::AanzettenOnderbroken)?;
        Ok(omgezet.len())
    }

    fn controleer_slot(&self) -> Result<(), OpslagFout> {
        match self.binnen.lees_ruw(SLOT_KEY)? {
            Some(raw) if raw == self.slot_raw => Ok(()),
            _ => Err(OpslagFout::SlotGewijzigd),
        }
    }
}

impl<O: Opslag> Opslag for VersleuteldeOpslag<O> {
    fn lees(&self, key: &str) -> Result<Option<String>, OpslagFout> {
        let Some(raw) = self.binnen.lees(key)? else {
            return Ok(None);
        };
        if !is_gevoelig(key) {
            return Ok(Some(raw));
        }
        match soort(&raw) {
            Soort::Plat => Ok(Some(raw)),
            Soort::Versleuteld(e) => match ontsleutel(&self.sleutel, key, &e) {
                Some(tekst) => Ok(Some(tekst)),
                // Not damage after all but a new lock from another tab: say so.
                None => Err(self
                    .controleer_slot()
                    .err()
                    .unwrap_or(OpslagFout::Ontsleutelen)),
            },
            Soort::Beschadigd => Err(OpslagFout::Ontsleutelen),
        }
    }

    fn schrijf(&mut self, key: &str, value: &str) -> Result<(), OpslagFout> {
        if !is_gevoelig(key) {
            return self.binnen.schrijf(key, value);
        }
        self.controleer_slot()?;
        let versleuteld = versleutel(&self.sleutel, (self.iv_bron)(), key, value)?;
        self.binnen.schrijf(key, &versleuteld)
    }

    fn wis(&mut self, key: &str) -> Result<(), OpslagFout> {
        self.binnen.wis(key)
    }

    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        self.binnen.sleutels()
    }

    fn lees_ruw(&self, key: &str) -> Result<Option<String>, OpslagFout> {
        self.binnen.lees_ruw(key)
    }
}

#[cfg(test)]
mod tests;
