//! Applying a confirmed import: never silently, always undoable, all or nothing.

use serde::{Deserialize, Serialize};

use super::{
    index::Index, index::IndexItem, opslag::Opslag, opslag::OpslagFout, wb_key, INDEX_KEY,
};
use crate::model::json;
use crate::model::uitwisseling::ImportPlan;
use crate::model::SCHEMA_VERSIE;

/// The undo copy of the last import: what it replaced and what it added.
pub const IMPORT_ONGEDAAN_KEY: &str = "werkblad.import-ongedaan";

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct Ongedaan {
    schema_version: u32,
    /// Worksheets the import overwrote, exactly as they were stored: (id, raw JSON).
    vervangen: Vec<(String, String)>,
    /// Worksheets the import added.
    nieuw: Vec<String>,
}

/// Writes a confirmed import plan. First an undo copy of everything it will replace; then the
/// worksheets; if any write fails, everything is put back as it was and the error returned.
pub fn importeer(
    s: &mut dyn Opslag,
    index: &mut Index,
    plan: &ImportPlan,
) -> Result<(), OpslagFout> {
    let mut ongedaan = Ongedaan {
        schema_version: SCHEMA_VERSIE,
        ..Ongedaan::default()
    };
    for wb in &plan.vervangt {
        if let Some(raw) = s.lees(&wb_key(&wb.id))? {
            ongedaan.vervangen.push((wb.id.clone(), raw));
        }
    }
    ongedaan.nieuw = plan.nieuw.iter().map(|w| w.id.clone()).collect();
    s.schrijf(
        IMPORT_ONGEDAAN_KEY,
        &serde_json::to_string(&ongedaan).expect("serialises"),
    )?;

    let mut geschreven = Vec::new();
    for wb in plan.nieuw.iter().chain(&plan.vervangt) {
        let mut wb = wb.clone();
        // Above whatever any open tab holds, so a stale tab gets a conflict, not a silent win.
        let opgeslagen = ongedaan.vervangen.iter().find(|(id, _)| *id == wb.id);
        let hoogste = opgeslagen
            .and_then(|(_, raw)| super::lees_werkblad(raw).ok())
            .map_or(0, |w| w.revisie);
        wb.revisie = wb.revisie.max(hoogste) + 1;
        let json = serde_json::to_string(&wb).expect("serialises");
        if let Err(e) = s.schrijf(&wb_key(&wb.id), &json) {
            herstel(s, &ongedaan, &geschreven);
            let _ = s.wis(IMPORT_ONGEDAAN_KEY);
            return Err(e);
        }
        geschreven.push(wb.id.clone());
        index.zet(IndexItem::van(&wb));
    }
    let _ = s.schrijf(INDEX_KEY, &index.naar_json());
    Ok(())
}

fn herstel(s: &mut dyn Opslag, ongedaan: &Ongedaan, geschreven: &[String]) {
    for id in geschreven {
        match ongedaan.vervangen.iter().find(|(v, _)| v == id) {
            Some((_, raw)) => {
                let _ = s.schrijf(&wb_key(id), raw);
            }
            None => {
                let _ = s.wis(&wb_key(id));
            }
        }
    }
}

/// Whether there is an import to undo.
pub fn kan_ongedaan(s: &dyn Opslag) -> bool {
    matches!(s.lees(IMPORT_ONGEDAAN_KEY), Ok(Some(_)))
}

/// Undoes the last import: puts back what it replaced and removes what it added.
pub fn maak_import_ongedaan(s: &mut dyn Opslag, index: &mut Index) -> Result<bool, OpslagFout> {
    let Some(raw) = s.lees(IMPORT_ONGEDAAN_KEY)? else {
        return Ok(false);
    };
    let Ok(ongedaan) = json::lees::<Ongedaan>(&raw) else {
        return Ok(false);
    };
    for id in &ongedaan.nieuw {
        s.wis(&wb_key(id))?;
        index.haal_weg(id);
    }
    for (id, raw) in &ongedaan.vervangen {
        s.schrijf(&wb_key(id), raw)?;
        if let Ok(wb) = super::lees_werkblad(raw) {
            index.zet(IndexItem::van(&wb));
        }
    }
    s.schrijf(INDEX_KEY, &index.naar_json())?;
    s.wis(IMPORT_ONGEDAAN_KEY)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::uitwisseling::{exporteer, lees_import, plan};
    use crate::model::Werkblad;
    use crate::repo::{bewaar, laad, opstarten, GeheugenOpslag};

    fn met(id: &str, doel: &str) -> Werkblad {
        let mut w = Werkblad::nieuw(id, 1.0, "2026-11-01");
        w.gesprek.doel = doel.into();
        w
    }

    fn opslag_met(werkbladen: &mut [Werkblad]) -> (GeheugenOpslag, Index) {
        let mut s = GeheugenOpslag::new();
        let mut index = opstarten(&mut s, 0.0).unwrap().index;
        for w in werkbladen {
            bewaar(&mut s, &mut index, w, &mut super::super::Bekend::default()).unwrap();
        }
        (s, index)
    }

    #[test]
    fn alles_exporteren_wissen_importeren_geeft_hetzelfde() {
        let mut origineel = vec![met("wb-a", "A"), met("wb-b", "<script>alert(1)</script>")];
        let (s, _) = opslag_met(&mut origineel);
        let alle: Vec<Werkblad> = ["wb-a", "wb-b"]
            .iter()
            .map(|id| laad(&s, id).unwrap().unwrap())
            .collect();
        let bestand = exporteer(&alle, "2026-11-22T10:00:00Z");

        let mut leeg = GeheugenOpslag::new();
        let mut index = opstarten(&mut leeg, 0.0).unwrap().index;
        let p = plan(lees_import(&bestand).unwrap(), &[]);
        importeer(&mut leeg, &mut index, &p).unwrap();
        for w in &alle {
            let terug = laad(&leeg, &w.id).unwrap().unwrap();
            assert_eq!(
                Werkblad {
                    revisie: 0,
                    ..terug
                },
                Werkblad {
                    revisie: 0,
                    ..w.clone()
                }
            );
        }
        assert_eq!(opstarten(&mut leeg, 0.0).unwrap().index.items.len(), 2);
    }

    #[test]
    fn vervangen_is_ongedaan_te_maken() {
        let (mut s, mut index) = opslag_met(&mut [met("wb-a", "oud")]);
        let p = plan(
            vec![met("wb-a", "nieuw"), met("wb-c", "extra")],
            &["wb-a".to_string()],
        );
        assert_eq!(p.vervangt.len(), 1);
        importeer(&mut s, &mut index, &p).unwrap();
        assert_eq!(laad(&s, "wb-a").unwrap().unwrap().gesprek.doel, "nieuw");
        assert!(kan_ongedaan(&s));
        assert!(maak_import_ongedaan(&mut s, &mut index).unwrap());
        assert_eq!(laad(&s, "wb-a").unwrap().unwrap().gesprek.doel, "oud");
        assert_eq!(laad(&s, "wb-c").unwrap(), None);
        assert_eq!(index.items.len(), 1);
        assert!(!kan_ongedaan(&s));
    }

    #[test]
    fn een_open_tabblad_met_het_oude_werkblad_krijgt_een_conflict() {
        let (mut s, mut index) = opslag_met(&mut [met("wb-a", "oud")]);
        let mut open_in_tab = laad(&s, "wb-a").unwrap().unwrap();
        importeer(
            &mut s,
            &mut index,
            &plan(vec![met("wb-a", "nieuw")], &["wb-a".to_string()]),
        )
        .unwrap();
        open_in_tab.gesprek.doel = "getypt in oud tabblad".into();
        assert!(matches!(
            bewaar(
                &mut s,
                &mut index,
                &mut open_in_tab,
                &mut super::super::Bekend::revisie(0)
            ),
            Err(crate::repo::BewaarFout::Conflict { .. })
        ));
    }

    #[test]
    fn volle_opslag_halverwege_zet_alles_terug() {
        let (mut s, mut index) = opslag_met(&mut [met("wb-a", "oud")]);
        let voor = s.data.clone();
        // Room for the undo copy and one worksheet, not for the second.
        s.schrijfbeurten = Some(2);
        let p = plan(
            vec![met("wb-n", "nieuw"), met("wb-a", "vervangen")],
            &["wb-a".to_string()],
        );
        assert!(importeer(&mut s, &mut index, &p).is_err());
        s.schrijfbeurten = None;
        let na: Vec<_> = s
            .data
            .iter()
            .filter(|(k, _)| k.starts_with("werkblad.wb."))
            .collect();
        let voor: Vec<_> = voor
            .iter()
            .filter(|(k, _)| k.starts_with("werkblad.wb."))
            .collect();
        assert_eq!(na, voor);
    }
}
