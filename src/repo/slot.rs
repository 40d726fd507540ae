//! The optional passphrase lock: worksheets encrypted at rest with AES-256-GCM.
//!
//! - **Key.** PBKDF2-SHA256 over the passphrase, a random 16-byte salt and
//!   [`PBKDF2_ITERATIES`] rounds gives the 32-byte key. It lives only in memory ([`Sleutel`],
//!   wiped on drop). The store keeps [`SlotInfo`] under [`SLOT_KEY`]: salt, rounds, and a known
//!   text encrypted with the key ("controle"), which tells a wrong passphrase apart from a
//!   damaged value. In the browser the key is derived by WebCrypto (`crate::sleutel_web`), which
//!   gives the same bytes as [`leid_sleutel_af`].
//! - **Which values.** Every key under `werkblad.` except [`SLOT_KEY`] and the settings:
//!   worksheets, index, bin, import undo, quarantine, pre-migration copies. A deny-list rather
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
//!   instead of moving it to quarantine. "Looks encrypted" survives any single changed
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

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use serde::{Deserialize, Serialize};

use super::instellingen::INSTELLINGEN_KEY;
use super::opslag::{Opslag, OpslagFout};
use super::PREFIX;

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

/// Format version of an encrypted value (the `versleuteld` field).
const ENVELOP_VERSIE: u32 = 1;
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

/// Why the lock could not do what was asked. [`SlotFout::uitleg`] says it in plain Dutch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlotFout {
    /// A new passphrase shorter than [`MIN_WACHTWOORD_TEKENS`].
    TeKort,
    /// The passphrase does not open the lock. Nothing was changed.
    VerkeerdWachtwoord,
    /// There is no lock to open or switch off.
    NietAan,
    /// The lock is already on (switching on again would need a new salt and lose the old key).
    AlAan,
    /// The stored slot is unreadable or impossible: changed outside the app.
    Beschadigd,
    /// The slot was written by a newer version of the app.
    NieuwereVersie(u32),
    /// Switching off refused: these keys do not decrypt. Nothing was changed.
    NietTeOntsleutelen(Vec<String>),
    /// Switching on failed and was undone: the lock is off, all values as before.
    AanzettenMislukt(OpslagFout),
    /// Switching on stopped halfway and could not be undone: the lock is on, everything is
    /// readable with the passphrase, and [`VersleuteldeOpslag::rond_af`] finishes the job.
    AanzettenOnderbroken(OpslagFout),
    /// Switching off stopped halfway: the lock is still on and everything is readable.
    UitzettenOnderbroken(OpslagFout),
    /// The store refused before anything was changed.
    Opslag(OpslagFout),
}

impl From<OpslagFout> for SlotFout {
    fn from(e: OpslagFout) -> SlotFout {
        SlotFout::Opslag(e)
    }
}

fn reden(e: &OpslagFout) -> String {
    match e {
        OpslagFout::Vol => "de opslag van de browser is te vol. Versleutelde werkbladen nemen \
             ongeveer een derde meer ruimte in"
            .to_string(),
        OpslagFout::Onbeschikbaar => "deze browser laat de app niets opslaan".to_string(),
        OpslagFout::Anders(wat) => format!("de browser weigerde het ({wat})"),
        OpslagFout::Ontsleutelen => "een gegeven kan niet worden ontsleuteld".to_string(),
        OpslagFout::SlotGewijzigd => {
            "de beveiliging is intussen in een ander tabblad gewijzigd".to_string()
        }
    }
}

impl SlotFout {
    /// What happened and what the user can do, in plain Dutch.
    pub fn uitleg(&self) -> String {
        match self {
            SlotFout::TeKort => format!(
                "Kies een wachtwoord van minstens {MIN_WACHTWOORD_TEKENS} tekens. Een zin van \
                 een paar woorden is goed te onthouden en moeilijk te raden."
            ),
            SlotFout::VerkeerdWachtwoord => "Dit wachtwoord klopt niet. Let op hoofdletters en \
                 Caps Lock, en probeer het opnieuw. Er is niets veranderd."
                .to_string(),
            SlotFout::NietAan => "De beveiliging met een wachtwoord staat niet aan.".to_string(),
            SlotFout::AlAan => "De beveiliging met een wachtwoord staat al aan.".to_string(),
            SlotFout::Beschadigd => "De gegevens van de beveiliging zijn beschadigd of buiten de \
                 app gewijzigd. Je werkbladen zijn niet gewist, maar kunnen nu niet worden \
                 geopend."
                .to_string(),
            SlotFout::NieuwereVersie(_) => "De beveiliging is ingesteld met een nieuwere versie \
                 van de app. Laad de pagina opnieuw om de nieuwste versie te krijgen. Er is \
                 niets veranderd."
                .to_string(),
            SlotFout::NietTeOntsleutelen(sleutels) => format!(
                "De beveiliging kan niet uit: {} kan niet worden ontsleuteld, omdat het \
                 beschadigd of gewijzigd is. De beveiliging blijft aan en er is niets veranderd.",
                if sleutels.len() == 1 {
                    "één opgeslagen gegeven".to_string()
                } else {
                    format!("{} opgeslagen gegevens", sleutels.len())
                }
            ),
            SlotFout::AanzettenMislukt(e) => format!(
                "De beveiliging is niet aangezet: {}. Er is niets veranderd.",
                reden(e)
            ),
            SlotFout::AanzettenOnderbroken(e) => format!(
                "Het aanzetten van de beveiliging is halverwege gestopt: {}. Er is niets \
                 verloren gegaan. Laad de pagina opnieuw en voer je wachtwoord in; de app maakt \
                 het dan af.",
                reden(e)
            ),
            SlotFout::UitzettenOnderbroken(e) => format!(
                "Het uitzetten van de beveiliging is halverwege gestopt: {}. Er is niets \
                 verloren gegaan en de beveiliging staat nog aan. Probeer het opnieuw.",
                reden(e)
            ),
            SlotFout::Opslag(e) => e.uitleg(),
        }
    }
}

/// An encrypted value as stored. Field order is the stored order (see [`lijkt_versleuteld`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelop {
    versleuteld: u32,
    /// Base64 of the 12-byte IV.
    iv: String,
    /// Base64 of ciphertext plus the 16-byte tag.
    data: String,
}

/// Encrypts `tekst` for storage under `key` (the associated data), in the stored form.
fn versleutel(
    sleutel: &Sleutel,
    iv: [u8; 12],
    key: &str,
    tekst: &str,
) -> Result<String, OpslagFout> {
    let envelop = versleutel_envelop(sleutel, iv, key, tekst)?;
    Ok(serde_json::to_string(&envelop).expect("an Envelop always serialises"))
}

fn versleutel_envelop(
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
fn ontsleutel(sleutel: &Sleutel, key: &str, envelop: &Envelop) -> Option<String> {
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
enum Soort {
    Versleuteld(Envelop),
    /// Looks like an encrypted value but is not a well-formed one.
    Beschadigd,
    Plat,
}

/// The stored form's three field names with their quotes and neighbours: disjoint stretches of
/// every encrypted value. A value of ours in the clear never holds any of them (they would be
/// field names, and no stored type has such fields; quotes in user text are escaped as `\"`).
const MERKTEKENS: [&str; 3] = ["{\"versleuteld\":", ",\"iv\":\"", "\",\"data\":\""];

fn soort(raw: &str) -> Soort {
    // A plain worksheet fails at its first field name, so this costs next to nothing.
    if let Ok(e) = serde_json::from_str::<Envelop>(raw) {
        if e.versleuteld == ENVELOP_VERSIE {
            return Soort::Versleuteld(e);
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

/// The lock's settings, stored plain under [`SLOT_KEY`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotInfo {
    pub schema_version: u32,
    /// Always [`KDF`].
    pub kdf: String,
    pub iteraties: u32,
    /// Stored as base64.
    #[serde(with = "zout_b64")]
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
    let info: SlotInfo = serde_json::from_value(waarde).map_err(|_| SlotFout::Beschadigd)?;
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

/// A failed lock operation: the error, and the store it was given (moved in, so handed
/// back). `Debug` shows only the error, so `unwrap` works for any store.
pub struct Mislukt<O> {
    /// The store, in the state the error describes.
    pub opslag: O,
    pub fout: SlotFout,
}

impl<O> Mislukt<O> {
    fn new(opslag: O, fout: SlotFout) -> Mislukt<O> {
        Mislukt { opslag, fout }
    }
}

impl<O> std::fmt::Debug for Mislukt<O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mislukt").field("fout", &self.fout).finish()
    }
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

    fn verwijder(&mut self, key: &str) -> Result<(), OpslagFout> {
        self.binnen.verwijder(key)
    }

    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        self.binnen.sleutels()
    }

    fn lees_ruw(&self, key: &str) -> Result<Option<String>, OpslagFout> {
        self.binnen.lees_ruw(key)
    }
}

/// Encrypts every plain sensitive value in place, recording `(key, old value)` in `omgezet`
/// as it goes (so a failed switch-on can put them back). Leaves encrypted and damaged values
/// alone.
fn versleutel_platte(
    s: &mut dyn Opslag,
    sleutel: &Sleutel,
    iv_bron: &mut IvBron,
    omgezet: &mut Vec<(String, String)>,
) -> Result<(), OpslagFout> {
    for key in s.sleutels()?.into_iter().filter(|k| is_gevoelig(k)) {
        let Some(raw) = s.lees_ruw(&key)? else {
            continue;
        };
        if !matches!(soort(&raw), Soort::Plat) {
            continue;
        }
        let versleuteld = versleutel(sleutel, iv_bron(), &key, &raw)?;
        s.schrijf(&key, &versleuteld)?;
        omgezet.push((key, raw));
    }
    Ok(())
}

/// Switches the lock on: writes the slot, then encrypts every stored sensitive value, and
/// returns the open store. Derive `sleutel` from the passphrase and `zout` first
/// ([`leid_sleutel_af`] or WebCrypto); pass [`PBKDF2_ITERATIES`] as `iteraties` (tests pass
/// fewer to stay fast) and 16 fresh random bytes as `zout`.
///
/// On failure the store comes back with the error. [`SlotFout::AanzettenMislukt`]: undone,
/// the lock is off and every value is as before. [`SlotFout::AanzettenOnderbroken`]: undoing
/// failed too, so the slot stays; everything is readable with the passphrase and the next
/// unlock's [`VersleuteldeOpslag::rond_af`] finishes the job. Anything else: nothing changed.
pub fn zet_aan<O: Opslag>(
    mut binnen: O,
    sleutel: Sleutel,
    zout: [u8; 16],
    iteraties: u32,
    mut iv_bron: IvBron,
) -> Result<VersleuteldeOpslag<O>, Mislukt<O>> {
    match binnen.lees_ruw(SLOT_KEY) {
        Ok(None) => {}
        Ok(Some(_)) => return Err(Mislukt::new(binnen, SlotFout::AlAan)),
        Err(e) => return Err(Mislukt::new(binnen, SlotFout::Opslag(e))),
    }
    if iteraties == 0 || iteraties > MAX_ITERATIES {
        return Err(Mislukt::new(binnen, SlotFout::Beschadigd));
    }
    let slot_raw = match SlotInfo::nieuw(&sleutel, zout, iteraties, iv_bron()) {
        Ok(info) => serde_json::to_string(&info).expect("a SlotInfo always serialises"),
        Err(e) => return Err(Mislukt::new(binnen, SlotFout::AanzettenMislukt(e))),
    };
    // The slot first: see the module documentation.
    if let Err(e) = binnen.schrijf(SLOT_KEY, &slot_raw) {
        return Err(Mislukt::new(binnen, SlotFout::AanzettenMislukt(e)));
    }
    let mut omgezet = Vec::new();
    if let Err(e) = versleutel_platte(&mut binnen, &sleutel, &mut iv_bron, &mut omgezet) {
        // Put back the plain values (they are smaller, so a full store takes them), then
        // remove the slot; stop at the first refusal, so the slot stays while any
        // ciphertext does.
        let terug = omgezet
            .iter()
            .all(|(key, raw)| binnen.schrijf(key, raw).is_ok())
            && binnen.verwijder(SLOT_KEY).is_ok();
        let fout = if terug {
            SlotFout::AanzettenMislukt(e)
        } else {
            SlotFout::AanzettenOnderbroken(e)
        };
        return Err(Mislukt::new(binnen, fout));
    }
    Ok(VersleuteldeOpslag {
        binnen,
        sleutel,
        iv_bron,
        slot_raw,
    })
}

/// Switches the lock off: decrypts every stored value, then removes the slot, and returns the
/// plain store. First checks that everything decrypts; if anything does not, nothing changes
/// ([`SlotFout::NietTeOntsleutelen`]): without the slot it could never be opened again.
/// If a write fails halfway the open store comes back with
/// [`SlotFout::UitzettenOnderbroken`]: still locked, everything readable, call again.
pub fn zet_uit<O: Opslag>(
    mut v: VersleuteldeOpslag<O>,
) -> Result<O, Mislukt<VersleuteldeOpslag<O>>> {
    if let Err(e) = v.controleer_slot() {
        return Err(Mislukt::new(v, SlotFout::Opslag(e)));
    }
    let sleutels = match v.binnen.sleutels() {
        Ok(k) => k,
        Err(e) => return Err(Mislukt::new(v, SlotFout::Opslag(e))),
    };
    let mut plat = Vec::new();
    let mut kapot = Vec::new();
    for key in sleutels.into_iter().filter(|k| is_gevoelig(k)) {
        let raw = match v.binnen.lees_ruw(&key) {
            Ok(Some(raw)) => raw,
            Ok(None) => continue,
            Err(e) => return Err(Mislukt::new(v, SlotFout::Opslag(e))),
        };
        match soort(&raw) {
            Soort::Plat => {}
            Soort::Versleuteld(e) => match ontsleutel(&v.sleutel, &key, &e) {
                Some(tekst) => plat.push((key, tekst)),
                None => kapot.push(key),
            },
            Soort::Beschadigd => kapot.push(key),
        }
    }
    if !kapot.is_empty() {
        return Err(Mislukt::new(v, SlotFout::NietTeOntsleutelen(kapot)));
    }
    for (key, tekst) in &plat {
        if let Err(e) = v.binnen.schrijf(key, tekst) {
            return Err(Mislukt::new(v, SlotFout::UitzettenOnderbroken(e)));
        }
    }
    // The slot last: see the module documentation.
    if let Err(e) = v.binnen.verwijder(SLOT_KEY) {
        return Err(Mislukt::new(v, SlotFout::UitzettenOnderbroken(e)));
    }
    Ok(v.vergrendel())
}

/// Standard base64 with padding (RFC 4648), strict: decoding accepts exactly what encoding
/// produces, so every stored value has one spelling and a changed character always changes
/// the bytes. Ten lines did not justify another crate.
mod b64 {
    const TEKENS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    pub fn codeer(bytes: &[u8]) -> String {
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

    pub fn decodeer(tekst: &str) -> Option<Vec<u8>> {
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
}

mod zout_b64 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(zout: &[u8; 16], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::b64::codeer(zout))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 16], D::Error> {
        let tekst = String::deserialize(d)?;
        super::b64::decodeer(&tekst)
            .and_then(|b| <[u8; 16]>::try_from(b).ok())
            .ok_or_else(|| serde::de::Error::custom("zout: geen base64 van 16 bytes"))
    }
}

#[cfg(test)]
mod tests;
