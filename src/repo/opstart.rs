//! Start-up: the overview from the index, with as little parsing as possible before it is shown,
//! and the full check of every stored worksheet afterwards, in small steps (`Nacontrole`).
//! Never deletes user data: unreadable values are set aside, and stay put if even that fails.

use super::*;
use crate::model::json;

/// Everything the app needs at start-up.
#[derive(Debug, Default)]
pub struct Opstart {
    /// The overview, newest first.
    pub index: Index,
    /// What the user should know: set-aside values, repaired index.
    pub meldingen: Vec<Melding>,
    /// What [`opstarten_vanaf_index`] left for after the overview is shown; empty after
    /// [`opstarten`].
    pub nacontrole: Nacontrole,
    /// The keys of the values set aside, as [`super::apart_gezet`] would list them now: taken
    /// from the list of keys start-up reads anyway, so start-up walks the store's keys once.
    pub apart_gezet: Vec<String>,
}

/// Loads the index, checks it against the worksheet keys, and sets aside what cannot be read.
///
/// Every worksheet is parsed once here, so a garbage value is found at start-up rather than
/// when the user opens it; the index is rebuilt where it disagrees with the worksheets (a crash
/// between the two writes of a save leaves exactly that). Never deletes user data: unreadable
/// values move to a set-aside key, and stay where they are if even that fails.
///
/// The same as [`opstarten_vanaf_index`] followed by the whole [`Nacontrole`] at once. The app
/// starts with the first and runs the second in idle time, so start-up does not grow with
/// the number of stored worksheets.
pub fn opstarten(s: &mut dyn Opslag, nu: f64) -> Result<Opstart, OpslagFout> {
    let mut op = opstarten_vanaf_index(s, nu)?;
    let mut nacontrole = std::mem::take(&mut op.nacontrole);
    let stap = nacontrole.stap(s, &mut op.index, nu, usize::MAX);
    if !stap.meldingen.is_empty() {
        // A store that cannot list its keys now still started: it only misses this list.
        op.apart_gezet = super::apart_gezet(s).unwrap_or_default();
    }
    for m in stap.meldingen {
        if !op.meldingen.contains(&m) {
            op.meldingen.push(m);
        }
    }
    Ok(op)
}

/// Start-up that reads the index and the list of keys, and parses only the worksheets where the
/// two disagree. What it cannot see without parsing every worksheet (an index entry that lags
/// behind its worksheet after a crash between the two writes of a save, a value that became
/// unreadable, an older schema) is left in [`Opstart::nacontrole`], to run with
/// [`Nacontrole::stap`] after the overview is shown.
///
/// Falls back to parsing everything now when the index is missing, unreadable, or written by
/// another schema version (an update of the app: migrated worksheets must be copied to
/// `werkblad.voor-migratie.*` before anyone can open and save them).
pub fn opstarten_vanaf_index(s: &mut dyn Opslag, nu: f64) -> Result<Opstart, OpslagFout> {
    let mut meldingen = Vec::new();
    let sleutels = s.sleutels()?;

    let opgeslagen_index = match s.lees(INDEX_KEY) {
        Ok(None) => None,
        Ok(Some(raw)) => match json::lees::<Index>(&raw) {
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
    let wb_sleutels: Vec<&String> = sleutels
        .iter()
        .filter(|k| k.starts_with(WB_PREFIX))
        .collect();

    // Entries of the stored index that have a worksheet key are trusted for now (and checked
    // later); keys without an entry are read now. Without a usable index that is every key.
    let bruikbaar = opgeslagen_index
        .as_ref()
        .filter(|i| i.schema_version == SCHEMA_VERSIE);
    let mut items = Vec::new();
    let mut later = Vec::new();
    let mut nu_lezen = Vec::new();
    match bruikbaar {
        Some(oud) => {
            let mut bekend: std::collections::HashMap<&str, &IndexItem> =
                oud.items.iter().map(|i| (i.id.as_str(), i)).collect();
            for key in wb_sleutels {
                match bekend.remove(&key[WB_PREFIX.len()..]) {
                    Some(item) => {
                        items.push(item.clone());
                        later.push(key.clone());
                    }
                    None => nu_lezen.push(key),
                }
            }
        }
        None => nu_lezen = wb_sleutels,
    }
    for key in nu_lezen {
        if let Some(item) = controleer(s, key, nu, &mut meldingen)? {
            items.push(item);
        }
    }
    let index = Index::gesorteerd(items);

    if opgeslagen_index.as_ref() != Some(&index) {
        if opgeslagen_index.is_some() {
            meld_als_anders(opgeslagen_index.as_ref(), &index, &mut meldingen);
        }
        // If this write fails the index is rebuilt again next time: nothing is lost.
        let _ = s.schrijf(INDEX_KEY, &index.naar_json());
    }

    // Setting a value aside always leaves a message: without one, the list read at the start
    // still holds every set-aside key.
    let apart_gezet = if meldingen.is_empty() {
        sleutels
            .iter()
            .filter(|k| k.starts_with(APART_GEZET_PREFIX))
            .cloned()
            .collect()
    } else {
        super::apart_gezet(s).unwrap_or_default()
    };
    let prullenbak = sleutels
        .into_iter()
        .filter(|k| k.starts_with(PRULLENBAK_PREFIX))
        .collect();
    Ok(Opstart {
        index,
        meldingen,
        nacontrole: Nacontrole {
            sleutels: later,
            prullenbak,
        },
        apart_gezet,
    })
}

/// Tells the user when the overview had to change which worksheets it lists.
fn meld_als_anders(oud: Option<&Index>, nieuw: &Index, meldingen: &mut Vec<Melding>) {
    let oud: std::collections::HashSet<&str> = oud
        .iter()
        .flat_map(|i| i.items.iter().map(|x| x.id.as_str()))
        .collect();
    let nieuw: std::collections::HashSet<&str> =
        nieuw.items.iter().map(|x| x.id.as_str()).collect();
    if oud != nieuw {
        meldingen.push(Melding::new(INDEX_HERSTELD));
    }
}

const INDEX_HERSTELD: &str = "Het overzicht klopte niet met de opgeslagen werkbladen en is \
     opnieuw opgebouwd. Er is niets verloren gegaan.";

/// Reads one worksheet key at start-up: its index entry, or `None` when there is nothing to
/// list (gone, set aside, or encrypted and unreadable now). Migrated worksheets get their
/// original kept; unreadable values are set aside.
fn controleer(
    s: &mut dyn Opslag,
    key: &str,
    nu: f64,
    meldingen: &mut Vec<Melding>,
) -> Result<Option<IndexItem>, OpslagFout> {
    let raw = match s.lees(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Ok(None),
        // Damaged or changed under the passphrase lock: skipped, and left exactly as it is.
        Err(OpslagFout::Ontsleutelen) => {
            meldingen.push(Melding::new(
                "Een opgeslagen werkblad kan niet worden ontsleuteld: het is beschadigd of \
                 gewijzigd. Het is niet gewist en blijft staan zoals het is. Je andere \
                 werkbladen zijn gewoon geladen.",
            ));
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    Ok(match crate::model::migratie::lees(&raw) {
        Ok(g) if wb_key(&g.werkblad.id) == *key => {
            if g.gemigreerd_van.is_some() {
                bewaar_voor_migratie(s, &g.werkblad.id, &raw);
            }
            Some(IndexItem::van(&g.werkblad))
        }
        Ok(_) => {
            zet_apart(s, key, &raw, nu, meldingen);
            None
        }
        // Not ours to touch; show it so the user knows it is there.
        Err(LeesFout::NieuwereVersie(v)) => {
            Some(IndexItem::nieuwere_versie(&key[WB_PREFIX.len()..], v))
        }
        Err(LeesFout::Onleesbaar(_)) if slot::lijkt_versleuteld(&raw) => {
            meldingen.push(Melding::new(
                "Een opgeslagen werkblad is versleuteld en kan nu niet worden gelezen. Het \
                 is niet gewist.",
            ));
            None
        }
        Err(LeesFout::Onleesbaar(_)) => {
            zet_apart(s, key, &raw, nu, meldingen);
            None
        }
    })
}

/// The part of start-up that parses every stored worksheet, for after the overview is shown:
/// index entries that lag behind their worksheet (a crash between the two writes of a save)
/// are corrected, unreadable values set aside and reported, migrated worksheets' originals
/// kept, and the bin emptied of what is older than a week.
///
/// Run it in small steps in idle time ([`Nacontrole::stap`]) until [`Nacontrole::klaar`].
/// Saves, deletes and imports in between are fine: every step reads the store as it is then,
/// and works on the app's current index.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Nacontrole {
    /// Worksheet keys still to read.
    sleutels: Vec<String>,
    /// Bin keys still to look at.
    prullenbak: Vec<String>,
}

/// What one step of the [`Nacontrole`] found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NacontroleStap {
    /// For the user, as at start-up.
    pub meldingen: Vec<Melding>,
    /// The index changed (and was written): the overview must show it.
    pub index_gewijzigd: bool,
}

impl Nacontrole {
    /// Nothing left to check.
    pub fn klaar(&self) -> bool {
        self.sleutels.is_empty() && self.prullenbak.is_empty()
    }

    /// How many worksheets are still to be checked.
    pub fn nog(&self) -> usize {
        self.sleutels.len()
    }

    /// Checks up to `max` worksheets (then the bin) against `index`, the app's current one.
    /// Writes the index once when anything in it changed. A key the store refuses to read is
    /// skipped (its entry stays as it is), so repeated steps always reach [`Nacontrole::klaar`].
    pub fn stap(
        &mut self,
        s: &mut dyn Opslag,
        index: &mut Index,
        nu: f64,
        max: usize,
    ) -> NacontroleStap {
        let mut uit = NacontroleStap::default();
        // Whether entries changed, and whether the set of listed worksheets did.
        let (mut gewijzigd, mut lijst_gewijzigd) = (false, false);
        let mut gedaan = 0;
        while gedaan < max {
            let Some(key) = self.sleutels.last() else {
                break;
            };
            let id = &key[WB_PREFIX.len()..];
            let was = index.items.len();
            match controleer(s, key, nu, &mut uit.meldingen) {
                Ok(Some(item)) => gewijzigd |= index.zet(item),
                // Gone meanwhile (deleted: the index already knows), set aside, or unreadable
                // now: not listed.
                Ok(None) => gewijzigd |= index.haal_weg(id),
                // The store refused (locked, or gone): this entry stays as the index has it,
                // and the check moves on, so it always ends.
                Err(_) => {}
            }
            lijst_gewijzigd |= index.items.len() != was;
            self.sleutels.pop();
            gedaan += 1;
        }
        if self.sleutels.is_empty() {
            prullenbak::ruim_prullenbak_op(s, &self.prullenbak, nu);
            self.prullenbak.clear();
        }
        if gewijzigd {
            if lijst_gewijzigd {
                uit.meldingen.push(Melding::new(INDEX_HERSTELD));
            }
            // If this write fails the index is checked again next time: nothing is lost.
            let _ = s.schrijf(INDEX_KEY, &index.naar_json());
            uit.index_gewijzigd = true;
        }
        uit
    }
}

/// Keeps the old form of a migrated worksheet (once) until the migrated one is saved.
fn bewaar_voor_migratie(s: &mut dyn Opslag, id: &str, raw: &str) {
    let key = format!("{VOOR_MIGRATIE_PREFIX}{id}");
    if matches!(s.lees(&key), Ok(None)) {
        // Best effort: the original stays under its own key until the next save anyway.
        let _ = s.schrijf(&key, raw);
    }
}

/// Moves an unreadable value to a set-aside key. Removes the original only when the copy is
/// written, so the value survives even a full store.
fn zet_apart(s: &mut dyn Opslag, key: &str, raw: &str, nu: f64, meldingen: &mut Vec<Melding>) {
    let apart = format!("{APART_GEZET_PREFIX}{}.{key}", nu as u64);
    let gelukt = s.schrijf(&apart, raw).is_ok() && s.wis(key).is_ok();
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
