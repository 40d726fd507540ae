//! The bin: a deleted worksheet is kept as it was stored, so "ongedaan maken" can bring it
//! back, and emptied after [`PRULLENBAK_BEWAARTIJD_MS`].

use serde::{Deserialize, Serialize};

use super::index::{Index, IndexItem};
use super::opslag::{Opslag, OpslagFout};
use super::{lees_werkblad, wb_key, INDEX_KEY, PRULLENBAK_BEWAARTIJD_MS, PRULLENBAK_PREFIX};
use crate::model::json;
use crate::model::{Werkblad, SCHEMA_VERSIE};

/// A deleted worksheet in the bin, kept for undo.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct InPrullenbak {
    schema_version: u32,
    verwijderd_op: f64,
    /// The worksheet exactly as it was stored.
    werkblad: String,
}

/// Moves a worksheet to the bin (so it can be brought back) and drops it from the index.
pub fn naar_prullenbak(
    s: &mut dyn Opslag,
    index: &mut Index,
    id: &str,
    nu: f64,
) -> Result<(), OpslagFout> {
    let key = wb_key(id);
    if let Some(raw) = s.lees(&key)? {
        let bak = InPrullenbak {
            schema_version: SCHEMA_VERSIE,
            verwijderd_op: nu,
            werkblad: raw,
        };
        let json = serde_json::to_string(&bak).expect("serialises");
        s.schrijf(&format!("{PRULLENBAK_PREFIX}{id}"), &json)?;
        s.wis(&key)?;
    }
    if index.haal_weg(id) {
        s.schrijf(INDEX_KEY, &index.naar_json())?;
    }
    Ok(())
}

/// Brings a deleted worksheet back from the bin.
pub fn herstel(
    s: &mut dyn Opslag,
    index: &mut Index,
    id: &str,
) -> Result<Option<Werkblad>, OpslagFout> {
    let bak_key = format!("{PRULLENBAK_PREFIX}{id}");
    let Some(raw) = s.lees(&bak_key)? else {
        return Ok(None);
    };
    let Ok(bak) = json::lees::<InPrullenbak>(&raw) else {
        return Ok(None);
    };
    let Ok(wb) = lees_werkblad(&bak.werkblad) else {
        return Ok(None);
    };
    s.schrijf(&wb_key(id), &bak.werkblad)?;
    s.wis(&bak_key)?;
    index.zet(IndexItem::van(&wb));
    s.schrijf(INDEX_KEY, &index.naar_json())?;
    Ok(Some(wb))
}

pub(super) fn ruim_prullenbak_op(s: &mut dyn Opslag, sleutels: &[String], nu: f64) {
    for key in sleutels.iter().filter(|k| k.starts_with(PRULLENBAK_PREFIX)) {
        let oud = match s.lees(key) {
            Ok(Some(raw)) => json::lees::<InPrullenbak>(&raw)
                .map(|b| nu - b.verwijderd_op > PRULLENBAK_BEWAARTIJD_MS)
                .unwrap_or(false),
            _ => false,
        };
        if oud {
            let _ = s.wis(key);
        }
    }
}
