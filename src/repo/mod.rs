//! How worksheets are kept in a key-value store: one key per worksheet plus a small index,
//! setting aside unreadable values, a bin for undo, and start-up repair.
//!
//! Pure logic over the [`Opslag`] trait: tested natively with [`GeheugenOpslag`]; the browser
//! implementation over localStorage lives in `crate::storage` and holds no logic of its own.

mod geheugen;
mod import;
mod index;
pub mod instellingen;
mod opslag;
mod opstart;
mod prullenbak;
pub mod slot;

pub use geheugen::GeheugenOpslag;
pub use import::{importeer, kan_ongedaan, maak_import_ongedaan, IMPORT_ONGEDAAN_KEY};
pub use index::{Index, IndexItem};
pub use instellingen::Instellingen;
pub use opslag::{Opslag, OpslagFout};
pub use opstart::{opstarten, opstarten_vanaf_index, Nacontrole, NacontroleStap, Opstart};
pub use prullenbak::{herstel, naar_prullenbak};
pub use slot::{Sleutel, SlotFout, SlotInfo, VersleuteldeOpslag};

use crate::model::{Werkblad, SCHEMA_VERSIE};

/// Every key of the app starts with this, so "alles wissen" and the storage meter can find them.
pub const PREFIX: &str = "werkblad.";
/// The small index: ids and what the overview shows.
pub const INDEX_KEY: &str = "werkblad.index";
/// One worksheet: `werkblad.wb.<id>`.
pub const WB_PREFIX: &str = "werkblad.wb.";
/// A value we could not read, set aside as it was: `werkblad.quarantaine.<ms>.<original key>`
/// (the stored key keeps its first name, so older set-aside values are still found).
pub const APART_GEZET_PREFIX: &str = "werkblad.quarantaine.";
/// A deleted worksheet, kept for undo: `werkblad.prullenbak.<id>`.
pub const PRULLENBAK_PREFIX: &str = "werkblad.prullenbak.";

/// How long a deleted worksheet can be brought back: 7 days.
pub const PRULLENBAK_BEWAARTIJD_MS: f64 = 7.0 * 24.0 * 3600.0 * 1000.0;

/// The storage key of one worksheet.
pub fn wb_key(id: &str) -> String {
    format!("{WB_PREFIX}{id}")
}

/// Something the user should be told after start-up or a save. Dutch, plain language.
#[derive(Clone, Debug, PartialEq)]
pub struct Melding {
    pub tekst: String,
}

impl Melding {
    fn new(tekst: impl Into<String>) -> Melding {
        Melding {
            tekst: tekst.into(),
        }
    }
}

pub use crate::model::migratie::LeesFout;

/// Reads one stored worksheet of any known version (see `model::migratie`).
pub fn lees_werkblad(raw: &str) -> Result<Werkblad, LeesFout> {
    crate::model::migratie::lees(raw).map(|g| g.werkblad)
}

/// The copy of a worksheet as it was before a migration, kept until its next successful save.
pub const VOOR_MIGRATIE_PREFIX: &str = "werkblad.voor-migratie.";

/// Loads one worksheet.
pub fn laad(s: &dyn Opslag, id: &str) -> Result<Option<Werkblad>, LaadFout> {
    match s.lees(&wb_key(id)).map_err(LaadFout::Opslag)? {
        None => Ok(None),
        Some(raw) => lees_werkblad(&raw).map(Some).map_err(LaadFout::Lees),
    }
}

/// A worksheet opened to work on: editable, or (written by a newer app version) only to read.
#[derive(Clone, Debug, PartialEq)]
pub enum Geopend {
    /// Ready to edit; `bekend` is what this tab now knows of the stored value.
    Bewerkbaar { werkblad: Werkblad, bekend: Bekend },
    /// Written by a newer version of the app: shown as well as it can be, never saved back.
    AlleenLezen { werkblad: Werkblad, versie: u32 },
}

/// Opens one worksheet to edit, in one call: `Ok(None)` when there is none with this id, a
/// read-only copy when a newer app version wrote it, an error when it cannot be read at all.
pub fn open(s: &dyn Opslag, id: &str) -> Result<Option<Geopend>, LaadFout> {
    let key = wb_key(id);
    let Some(raw) = s.lees(&key).map_err(LaadFout::Opslag)? else {
        return Ok(None);
    };
    match lees_werkblad(&raw) {
        Ok(werkblad) => Ok(Some(Geopend::Bewerkbaar {
            bekend: Bekend {
                revisie: werkblad.revisie,
                ruw: s.lees_ruw(&key).map_err(LaadFout::Opslag)?,
            },
            werkblad,
        })),
        Err(LeesFout::NieuwereVersie(versie)) => {
            match crate::model::migratie::lees_alleen_lezen(&raw) {
                Some(werkblad) => Ok(Some(Geopend::AlleenLezen { werkblad, versie })),
                None => Err(LaadFout::Lees(LeesFout::NieuwereVersie(versie))),
            }
        }
        Err(e) => Err(LaadFout::Lees(e)),
    }
}

/// Why a worksheet could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LaadFout {
    Opslag(OpslagFout),
    Lees(LeesFout),
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum BewaarFout {
    /// The store refused: full, gone, locked or broken. The previously saved value is intact.
    Opslag(OpslagFout),
    /// Someone else (another tab) saved a newer revision since we loaded this worksheet.
    Conflict { opgeslagen: Box<Werkblad> },
    /// The stored value was written by a newer version of the app; we never overwrite it.
    NieuwereVersie(u32),
}

/// What this tab last saw stored under one worksheet's key: the revision, and the value exactly
/// as stored (ciphertext under the lock). A save compares the stored value with `ruw`, which is
/// a plain string comparison: only when another writer changed it is the stored value parsed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bekend {
    /// The revision of what is stored (0: nothing stored yet).
    pub revisie: u64,
    /// The stored value as this tab last wrote or read it; `None` when unknown or absent.
    pub ruw: Option<String>,
}

impl Bekend {
    /// Known revision, stored value unknown: the next save reads and checks it once.
    pub fn revisie(revisie: u64) -> Bekend {
        Bekend { revisie, ruw: None }
    }
}

/// Saves one worksheet: first the worksheet, then (only if what the overview shows changed) the index.
///
/// `bekend` is what this tab last wrote or read of this worksheet; on success it describes the
/// new stored value and `wb.revisie` is the new revision. The cost is one read of the stored
/// value as it is (compared, not parsed, unless another writer changed it), one write, and the
/// small index write when the label, date, kind or completeness changed.
pub fn bewaar(
    s: &mut dyn Opslag,
    index: &mut Index,
    wb: &mut Werkblad,
    bekend: &mut Bekend,
) -> Result<Bewaard, BewaarFout> {
    let key = wb_key(&wb.id);
    let ruw = s.lees_ruw(&key).map_err(BewaarFout::Opslag)?;
    if ruw.is_some() && ruw != bekend.ruw {
        // Changed by someone else since we last saw it (or never seen): read it properly.
        if let Some(raw) = s.lees(&key).map_err(BewaarFout::Opslag)? {
            match lees_werkblad(&raw) {
                Ok(opgeslagen) if opgeslagen.revisie > bekend.revisie => {
                    return Err(BewaarFout::Conflict {
                        opgeslagen: Box::new(opgeslagen),
                    });
                }
                Err(LeesFout::NieuwereVersie(v)) => return Err(BewaarFout::NieuwereVersie(v)),
                // An unreadable stored value is replaced by the good one we have in memory.
                _ => {}
            }
        }
    }
    // Serialised in place: no copy of the worksheet per save.
    let vorige = (wb.revisie, wb.schema_version);
    wb.revisie = bekend.revisie + 1;
    wb.schema_version = SCHEMA_VERSIE;
    let json = serde_json::to_string(&*wb).expect("a Werkblad always serialises");
    if let Err(e) = s.schrijf(&key, &json) {
        (wb.revisie, wb.schema_version) = vorige;
        return Err(BewaarFout::Opslag(e));
    }
    // Sizes as stored (encrypted, when the lock is on), of the keys this save touches only.
    let na = s.lees_ruw(&key).ok().flatten();
    let mut verschil = grootte(&key, na.as_deref()) - grootte(&key, ruw.as_deref());
    *bekend = Bekend {
        revisie: wb.revisie,
        ruw: na,
    };

    // Saved in the current version: the pre-migration copy has served its purpose.
    let kopie = format!("{VOOR_MIGRATIE_PREFIX}{}", wb.id);
    let kopie_grootte = opgeslagen_grootte(s, &kopie);
    if kopie_grootte > 0 && s.wis(&kopie).is_ok() {
        verschil -= kopie_grootte;
    }

    let index_gewijzigd = index.zet(IndexItem::van(wb));
    if index_gewijzigd {
        let voor = opgeslagen_grootte(s, INDEX_KEY);
        // The worksheet itself is safe; a stale index is rebuilt at the next start-up.
        if s.schrijf(INDEX_KEY, &index.naar_json()).is_ok() {
            verschil += opgeslagen_grootte(s, INDEX_KEY) - voor;
        }
    }
    Ok(Bewaard {
        verschil_gebruik: verschil,
        index_gewijzigd,
    })
}

/// [`bewaar`] for a caller that knows only the revision in `wb` and has not seen the stored
/// value (tests, tools): the stored value is read and checked once.
pub fn bewaar_vanaf_revisie(
    s: &mut dyn Opslag,
    index: &mut Index,
    wb: &mut Werkblad,
) -> Result<Bewaard, BewaarFout> {
    bewaar(s, index, wb, &mut Bekend::revisie(wb.revisie))
}

/// UTF-16 units of a key and a value as stored; 0 when there is none.
fn grootte(key: &str, waarde: Option<&str>) -> i64 {
    waarde.map_or(0, |v| (utf16(key) + utf16(v)) as i64)
}

/// UTF-16 units of a key and its value as stored; 0 when there is none.
fn opgeslagen_grootte(s: &dyn Opslag, key: &str) -> i64 {
    match s.lees_ruw(key) {
        Ok(Some(v)) => (utf16(key) + utf16(&v)) as i64,
        _ => 0,
    }
}

/// What a successful save did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bewaard {
    /// Change in storage use, in UTF-16 units as stored, so a meter can follow without
    /// recounting every key.
    pub verschil_gebruik: i64,
    /// Whether what the overview shows changed (and the index was rewritten).
    pub index_gewijzigd: bool,
}

impl Bewaard {
    /// Two saves together (a conflict resolved by keeping a copy, then saving over it).
    pub fn en(self, ander: Bewaard) -> Bewaard {
        Bewaard {
            verschil_gebruik: self.verschil_gebruik + ander.verschil_gebruik,
            index_gewijzigd: self.index_gewijzigd || ander.index_gewijzigd,
        }
    }
}

fn utf16(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Removes every key of the app (everything starting with [`PREFIX`]); other sites' and
/// other apps' keys on the same origin are left alone. Returns how many keys were removed.
pub fn alles_wissen(s: &mut dyn Opslag) -> Result<usize, OpslagFout> {
    let ons: Vec<String> = s
        .sleutels()?
        .into_iter()
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for k in &ons {
        s.wis(k)?;
    }
    Ok(ons.len())
}

/// The keys of values set aside because they could not be read.
pub fn apart_gezet(s: &dyn Opslag) -> Result<Vec<String>, OpslagFout> {
    Ok(s.sleutels()?
        .into_iter()
        .filter(|k| k.starts_with(APART_GEZET_PREFIX))
        .collect())
}

/// The values set aside, as one JSON object `{key: value}`, so the user can keep or hand them
/// to someone who can repair them.
pub fn apart_gezet_export(s: &dyn Opslag) -> Result<String, OpslagFout> {
    let mut uit = serde_json::Map::new();
    for k in apart_gezet(s)? {
        if let Some(v) = s.lees(&k)? {
            uit.insert(k, serde_json::Value::String(v));
        }
    }
    Ok(serde_json::Value::Object(uit).to_string())
}

/// Safari's worst-case quota, in UTF-16 units (Chromium and Firefox allow 5,242,880).
pub const QUOTUM: usize = 2_621_440;
/// Warn from this share of [`QUOTUM`].
pub const WAARSCHUW_VANAF: f64 = 0.7;

/// How much of the store the app uses, in UTF-16 code units of its keys and values (what the
/// browsers count against their quota).
pub fn gebruik(s: &dyn Opslag) -> Result<usize, OpslagFout> {
    let mut totaal = 0;
    for k in s.sleutels()?.into_iter().filter(|k| k.starts_with(PREFIX)) {
        // As stored: with the passphrase lock on, that is the (larger) encrypted form.
        let v = s.lees_ruw(&k)?.unwrap_or_default();
        totaal += utf16(&k) + utf16(&v);
    }
    Ok(totaal)
}

/// A new worksheet id: time plus a random part, so two tabs never pick the same one.
/// The caller supplies both (the model has no clock and no randomness).
pub fn nieuw_id(nu_ms: f64, willekeurig: f64) -> String {
    let tijd = nu_ms.max(0.0) as u64;
    let rnd = (willekeurig.clamp(0.0, 1.0) * 2_176_782_335.0) as u64; // 36^6 - 1
    format!("wb-{}-{}", base36(tijd), base36(rnd))
}

fn base36(mut n: u64) -> String {
    const TEKENS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut uit = Vec::new();
    loop {
        uit.push(TEKENS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    uit.reverse();
    String::from_utf8(uit).expect("ascii")
}

#[cfg(test)]
mod tests;
