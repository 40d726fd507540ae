//! How worksheets are kept in a key-value store: one key per worksheet plus a small index,
//! quarantine for unreadable values, a bin for undo, and start-up repair.
//!
//! Pure logic over the [`Opslag`] trait: tested natively with [`GeheugenOpslag`]; the browser
//! implementation over localStorage lives in `crate::storage` and holds no logic of its own.

mod geheugen;
mod import;
mod index;
pub mod instellingen;
mod opslag;
mod prullenbak;
pub mod slot;

pub use geheugen::GeheugenOpslag;
pub use import::{importeer, kan_ongedaan, maak_import_ongedaan, IMPORT_ONGEDAAN_KEY};
pub use index::{Index, IndexItem};
pub use instellingen::Instellingen;
pub use opslag::{Opslag, OpslagFout};
pub use prullenbak::{herstel, verwijder};
pub use slot::{Sleutel, SlotFout, SlotInfo, VersleuteldeOpslag};

use crate::model::{Werkblad, SCHEMA_VERSIE};

/// Every key of the app starts with this, so "alles wissen" and the storage meter can find them.
pub const PREFIX: &str = "werkblad.";
/// The small index: ids and what the overview shows.
pub const INDEX_KEY: &str = "werkblad.index";
/// One worksheet: `werkblad.wb.<id>`.
pub const WB_PREFIX: &str = "werkblad.wb.";
/// A value we could not read, kept as it was: `werkblad.quarantaine.<ms>.<original key>`.
pub const QUARANTAINE_PREFIX: &str = "werkblad.quarantaine.";
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

/// Everything the app needs at start-up.
#[derive(Debug, Default)]
pub struct Opstart {
    /// The overview, newest first.
    pub index: Index,
    /// What the user should know: quarantined values, repaired index.
    pub meldingen: Vec<Melding>,
}

/// Loads the index, checks it against the worksheet keys, and sets aside what cannot be read.
///
/// Every worksheet is parsed once here, so a garbage value is found at start-up rather than
/// when the user opens it; the index is rebuilt where it disagrees with the worksheets (a crash
/// between the two writes of a save leaves exactly that). Never deletes user data: unreadable
/// values move to a quarantine key, and stay where they are if even that fails.
pub fn opstarten(s: &mut dyn Opslag, nu: f64) -> Result<Opstart, OpslagFout> {
    let mut meldingen = Vec::new();
    let sleutels = s.sleutels()?;

    let opgeslagen_index = match s.lees(INDEX_KEY) {
        Ok(None) => None,
        Ok(Some(raw)) => match serde_json::from_str::<Index>(&raw) {
            Ok(i) => Some(i),
            // Encrypted and read without the key: not garbage, so not set aside (see `slot`).
            Err(_) if slot::lijkt_versleuteld(&raw) => None,
            Err(_) => {
                zet_apart(s, INDEX_KEY, &raw, nu, &mut meldingen);
                None
            }
        },
        // Damaged under the passphrase lock. The index holds nothing the worksheets do not,
        // so it is rebuilt below and replaced.
        Err(OpslagFout::Ontsleutelen) => {
            meldingen.push(Melding::new(
                "Het overzicht van je werkbladen kon niet worden ontsleuteld en is opnieuw \
                 opgebouwd uit de werkbladen zelf. Er is niets verloren gegaan.",
            ));
            None
        }
        Err(e) => return Err(e),
    };

    let mut items = Vec::new();
    for key in sleutels.iter().filter(|k| k.starts_with(WB_PREFIX)) {
        let raw = match s.lees(key) {
            Ok(Some(raw)) => raw,
            Ok(None) => continue,
            // Damaged or changed under the passphrase lock: skipped, and left exactly as it is.
            Err(OpslagFout::Ontsleutelen) => {
                meldingen.push(Melding::new(
                    "Een opgeslagen werkblad kan niet worden ontsleuteld: het is beschadigd of \
                     gewijzigd. Het is niet gewist en blijft staan zoals het is. Je andere \
                     werkbladen zijn gewoon geladen.",
                ));
                continue;
            }
            Err(e) => return Err(e),
        };
        match crate::model::migratie::lees(&raw) {
            Ok(g) if wb_key(&g.werkblad.id) == *key => {
                if g.gemigreerd_van.is_some() {
                    bewaar_voor_migratie(s, &g.werkblad.id, &raw);
                }
                items.push(IndexItem::van(&g.werkblad));
            }
            Ok(_) => zet_apart(s, key, &raw, nu, &mut meldingen),
            Err(LeesFout::NieuwereVersie(v)) => {
                // Not ours to touch; show it so the user knows it is there.
                let id = &key[WB_PREFIX.len()..];
                items.push(IndexItem::nieuwere_versie(id, v));
            }
            Err(LeesFout::Onleesbaar(_)) if slot::lijkt_versleuteld(&raw) => {
                meldingen.push(Melding::new(
                    "Een opgeslagen werkblad is versleuteld en kan nu niet worden gelezen. Het \
                     is niet gewist.",
                ));
            }
            Err(LeesFout::Onleesbaar(_)) => zet_apart(s, key, &raw, nu, &mut meldingen),
        }
    }
    let index = Index::gesorteerd(items);

    if opgeslagen_index.as_ref() != Some(&index) {
        if opgeslagen_index.is_some() {
            // Only tell the user when it changes what they see.
            let oud: Vec<_> = opgeslagen_index
                .iter()
                .flat_map(|i| i.items.iter().map(|x| &x.id))
                .collect();
            let nieuw: Vec<_> = index.items.iter().map(|x| &x.id).collect();
            if oud.len() != nieuw.len() || oud.iter().any(|id| !nieuw.contains(id)) {
                meldingen.push(Melding::new(
                    "Het overzicht klopte niet met de opgeslagen werkbladen en is opnieuw opgebouwd. \
                     Er is niets verloren gegaan.",
                ));
            }
        }
        // If this write fails the index is rebuilt again next time: nothing is lost.
        let _ = s.schrijf(INDEX_KEY, &index.naar_json());
    }

    prullenbak::ruim_prullenbak_op(s, &sleutels, nu);
    Ok(Opstart { index, meldingen })
}

/// Keeps the old form of a migrated worksheet (once) until the migrated one is saved.
fn bewaar_voor_migratie(s: &mut dyn Opslag, id: &str, raw: &str) {
    let key = format!("{VOOR_MIGRATIE_PREFIX}{id}");
    if matches!(s.lees(&key), Ok(None)) {
        // Best effort: the original stays under its own key until the next save anyway.
        let _ = s.schrijf(&key, raw);
    }
}

/// Moves an unreadable value to a quarantine key. Removes the original only when the copy is
/// written, so the value survives even a full store.
fn zet_apart(s: &mut dyn Opslag, key: &str, raw: &str, nu: f64, meldingen: &mut Vec<Melding>) {
    let apart = format!("{QUARANTAINE_PREFIX}{}.{key}", nu as u64);
    let gelukt = s.schrijf(&apart, raw).is_ok() && s.verwijder(key).is_ok();
    let wat = if key == INDEX_KEY {
        "Het overzicht van je werkbladen kon niet worden gelezen en is opnieuw opgebouwd uit de werkbladen zelf."
    } else {
        "Een opgeslagen werkblad kon niet worden gelezen, bijvoorbeeld omdat het beschadigd is."
    };
    meldingen.push(Melding::new(if gelukt {
        format!(
            "{wat} Het is niet gewist, maar apart gezet. Je andere werkbladen zijn gewoon \
             geladen. Onder \u{201c}Apart gezette gegevens\u{201d} kun je het exporteren."
        )
    } else {
        format!("{wat} Het is niet gewist, maar wordt overgeslagen. Je andere werkbladen zijn gewoon geladen.")
    }));
}

/// Loads one worksheet.
pub fn laad(s: &dyn Opslag, id: &str) -> Result<Option<Werkblad>, LaadFout> {
    match s.lees(&wb_key(id)).map_err(LaadFout::Opslag)? {
        None => Ok(None),
        Some(raw) => lees_werkblad(&raw).map(Some).map_err(LaadFout::Lees),
    }
}

/// Reads a worksheet of a newer version as well as possible, only to show it read-only.
pub fn laad_alleen_lezen(s: &dyn Opslag, id: &str) -> Option<Werkblad> {
    crate::model::migratie::lees_alleen_lezen(&s.lees(&wb_key(id)).ok()??)
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
    /// The store refused: full, gone, or broken. The previously saved value is intact.
    Opslag(OpslagFout),
    /// Someone else (another tab) saved a newer revision since we loaded this worksheet.
    Conflict { opgeslagen: Box<Werkblad> },
    /// The stored value was written by a newer version of the app; we never overwrite it.
    NieuwereVersie(u32),
}

/// Saves one worksheet: first the worksheet, then (only if what the overview shows changed) the index.
///
/// `wb.revisie` must be the revision this tab last loaded or saved; on success it is bumped.
/// The cost depends on this worksheet alone, except for the small index write when the label,
/// date, kind or completeness changed.
pub fn bewaar(
    s: &mut dyn Opslag,
    index: &mut Index,
    wb: &mut Werkblad,
) -> Result<Bewaard, BewaarFout> {
    let key = wb_key(&wb.id);
    let oud = s.lees(&key).map_err(BewaarFout::Opslag)?;
    if let Some(raw) = &oud {
        match lees_werkblad(raw) {
            Ok(opgeslagen) if opgeslagen.revisie > wb.revisie => {
                return Err(BewaarFout::Conflict {
                    opgeslagen: Box::new(opgeslagen),
                });
            }
            Err(LeesFout::NieuwereVersie(v)) => return Err(BewaarFout::NieuwereVersie(v)),
            // An unreadable stored value is replaced by the good one we have in memory.
            _ => {}
        }
    }
    let mut nieuw = wb.clone();
    nieuw.revisie += 1;
    nieuw.schema_version = SCHEMA_VERSIE;
    let json = serde_json::to_string(&nieuw).expect("a Werkblad always serialises");
    // Sizes as stored (encrypted, when the lock is on), of the keys this save touches only.
    let voor = opgeslagen_grootte(s, &key);
    s.schrijf(&key, &json).map_err(BewaarFout::Opslag)?;
    wb.revisie = nieuw.revisie;
    let mut verschil = opgeslagen_grootte(s, &key) - voor;

    // Saved in the current version: the pre-migration copy has served its purpose.
    let kopie = format!("{VOOR_MIGRATIE_PREFIX}{}", wb.id);
    let kopie_grootte = opgeslagen_grootte(s, &kopie);
    if kopie_grootte > 0 && s.verwijder(&kopie).is_ok() {
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

/// UTF-16 units of a key and its value as stored; 0 when there is none.
fn opgeslagen_grootte(s: &dyn Opslag, key: &str) -> i64 {
    match s.lees_ruw(key) {
        Ok(Some(v)) => (utf16(key) + utf16(&v)) as i64,
        _ => 0,
    }
}

/// What a successful save did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bewaard {
    /// Change in storage use, in UTF-16 units as stored, so a meter can follow without
    /// recounting every key.
    pub verschil_gebruik: i64,
    /// Whether what the overview shows changed (and the index was rewritten).
    pub index_gewijzigd: bool,
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
        s.verwijder(k)?;
    }
    Ok(ons.len())
}

/// The keys of values set aside because they could not be read.
pub fn apart_gezet(s: &dyn Opslag) -> Result<Vec<String>, OpslagFout> {
    Ok(s.sleutels()?
        .into_iter()
        .filter(|k| k.starts_with(QUARANTAINE_PREFIX))
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
