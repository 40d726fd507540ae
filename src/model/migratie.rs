//! Reading a stored worksheet of any known schema version: forward-only migrations.
//!
//! Each step takes the JSON of version N and returns version N+1. Every old version has a
//! fixture in `tests/fixtures/` that a test migrates, so a step can never silently rot.

use serde_json::Value;

use super::werkblad::{Werkblad, SCHEMA_VERSIE};

/// A worksheet read from storage or a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Gelezen {
    pub werkblad: Werkblad,
    /// The version it was stored in, when that was older than this build's.
    pub gemigreerd_van: Option<u32>,
}

/// Why a stored worksheet could not be used as it is.
#[derive(Clone, Debug, PartialEq)]
pub enum LeesFout {
    /// Not JSON, not a worksheet, or a broken one.
    Onleesbaar(String),
    /// Written by a newer version of the app: open read-only, never overwrite.
    NieuwereVersie(u32),
}

/// The migration from version `i + 1` to `i + 2`.
const STAPPEN: [fn(Value) -> Result<Value, String>; 2] = [v1_naar_v2, v2_naar_v3];

/// Parses, migrates to the current version, checks the id and repairs the theme list.
pub fn lees(raw: &str) -> Result<Gelezen, LeesFout> {
    let waarde: Value =
        serde_json::from_str(raw).map_err(|e| LeesFout::Onleesbaar(e.to_string()))?;
    lees_waarde(waarde)
}

/// [`lees`] for JSON that is already parsed (an import file holds many worksheets).
pub fn lees_waarde(mut waarde: Value) -> Result<Gelezen, LeesFout> {
    let versie = versie_van(&waarde)?;
    if versie > SCHEMA_VERSIE {
        return Err(LeesFout::NieuwereVersie(versie));
    }
    for stap in &STAPPEN[(versie - 1) as usize..] {
        waarde = stap(waarde).map_err(LeesFout::Onleesbaar)?;
    }
    let mut wb: Werkblad =
        super::json::uit_waarde(waarde).map_err(|e| LeesFout::Onleesbaar(e.to_string()))?;
    if !super::route::geldig_id(&wb.id) {
        return Err(LeesFout::Onleesbaar("ongeldig id".into()));
    }
    wb.schema_version = SCHEMA_VERSIE;
    wb.normaliseer();
    Ok(Gelezen {
        werkblad: wb,
        gemigreerd_van: (versie < SCHEMA_VERSIE).then_some(versie),
    })
}

/// Reads a worksheet of a newer version as well as it can, only to show it: unknown fields are
/// ignored and missing ones left empty. Never to be saved back.
pub fn lees_alleen_lezen(raw: &str) -> Option<Werkblad> {
    let mut waarde: Value = serde_json::from_str(raw).ok()?;
    waarde
        .as_object_mut()?
        .insert("schema_version".into(), Value::from(SCHEMA_VERSIE));
    let mut wb: Werkblad = super::json::uit_waarde(waarde).ok()?;
    wb.normaliseer();
    Some(wb)
}

fn versie_van(waarde: &Value) -> Result<u32, LeesFout> {
    let v = waarde
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or_else(|| LeesFout::Onleesbaar("geen schema_version".into()))?;
    match u32::try_from(v) {
        Ok(0) => Err(LeesFout::Onleesbaar("schema_version 0".into())),
        Ok(v) => Ok(v),
        Err(_) => Err(LeesFout::NieuwereVersie(u32::MAX)),
    }
}

/// Version 1 kept the theme answers as a list, each naming its theme; version 2 keys them by
/// the stable id, so an answer can never end up under another question.
fn v1_naar_v2(mut v: Value) -> Result<Value, String> {
    let obj = v.as_object_mut().ok_or("geen object")?;
    if let Some(lijst) = obj.remove("themas") {
        let lijst = match lijst {
            Value::Array(l) => l,
            Value::Null => Vec::new(),
            _ => return Err("themas is geen lijst".into()),
        };
        let mut per_id = serde_json::Map::new();
        for item in lijst {
            let Value::Object(mut item) = item else {
                return Err("thema is geen object".into());
            };
            let Some(Value::String(id)) = item.remove("thema") else {
                return Err("thema zonder id".into());
            };
            if per_id.contains_key(&id) {
                return Err(format!("{id} komt twee keer voor"));
            }
            per_id.insert(id, Value::Object(item));
        }
        obj.insert("themas".into(), Value::Object(per_id));
    }
    obj.insert("schema_version".into(), Value::from(2));
    Ok(v)
}

/// Version 3 gives every moment and intention a stable id (`i1`, `i2`, … in the order they
/// stand), so a list can tell its items apart across edits; a moment gains `bespreken` (false)
/// and the conversation an `opname` record (empty): both are left to their defaults.
fn v2_naar_v3(mut v: Value) -> Result<Value, String> {
    let obj = v.as_object_mut().ok_or("geen object")?;
    let mut nummer = 1u64;
    let mut geef_id = |item: &mut Value| -> Result<(), String> {
        let item = item.as_object_mut().ok_or("item is geen object")?;
        item.insert("id".into(), Value::from(format!("i{nummer}")));
        nummer += 1;
        Ok(())
    };
    if let Some(Value::Object(themas)) = obj.get_mut("themas") {
        for antwoord in themas.values_mut() {
            if let Some(Value::Array(momenten)) = antwoord.get_mut("momenten") {
                momenten.iter_mut().try_for_each(&mut geef_id)?;
            }
        }
    }
    if let Some(Value::Array(voornemens)) = obj.get_mut("voornemens") {
        voornemens.iter_mut().try_for_each(&mut geef_id)?;
    }
    obj.insert("volgend_nummer".into(), Value::from(nummer));
    obj.insert("schema_version".into(), Value::from(3));
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Schaal, SlimN, ThemaId, Tijdcode};

    const V1: &str = include_str!("../../tests/fixtures/werkblad-v1.json");
    const V2: &str = include_str!("../../tests/fixtures/werkblad-v2.json");

    #[test]
    fn fixture_v2_krijgt_ids_en_lege_opname() {
        let g = lees(V2).unwrap();
        assert_eq!(g.gemigreerd_van, Some(2));
        let w = g.werkblad;
        assert_eq!(w.gesprek.label, "KM-V2");
        let emotie = w.thema(ThemaId::Emotie);
        assert_eq!(emotie.momenten.len(), 2);
        assert_eq!(emotie.momenten[1].wat, "hij keek weg");
        assert!(emotie.momenten.iter().all(|m| !m.bespreken));
        let mut ids: Vec<&str> = w
            .themas
            .iter()
            .flat_map(|t| t.momenten.iter().map(|m| m.id.as_str()))
            .chain(w.voornemens.iter().map(|v| v.id.as_str()))
            .collect();
        assert_eq!(ids.len(), 5);
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 5, "elk item een eigen id");
        assert!(w.volgend_nummer > 5);
        assert_eq!(w.gesprek.opname, crate::model::Opname::default());
        assert_eq!(w.voornemens[1].tekst, "Samenvatten voor ik verder ga");
        let opnieuw = lees(&serde_json::to_string(&w).unwrap()).unwrap();
        assert_eq!(opnieuw.gemigreerd_van, None);
        assert_eq!(opnieuw.werkblad, w);
    }

    #[test]
    fn dubbele_of_ontbrekende_ids_worden_hersteld() {
        let mut w = lees(V2).unwrap().werkblad;
        w.voornemens[0].id = w.voornemens[1].id.clone();
        w.thema_mut(ThemaId::Emotie).momenten[0].id.clear();
        w.normaliseer();
        assert_ne!(w.voornemens[0].id, w.voornemens[1].id);
        assert!(!w.thema(ThemaId::Emotie).momenten[0].id.is_empty());
        let nieuw = w.nieuw_item_id();
        assert!(w.voornemens.iter().all(|v| v.id != nieuw));
    }

    #[test]
    fn fixture_v1_wordt_gemigreerd_zonder_verlies() {
        let g = lees(V1).unwrap();
        assert_eq!(g.gemigreerd_van, Some(1));
        let w = g.werkblad;
        assert_eq!(w.schema_version, SCHEMA_VERSIE);
        assert_eq!(w.id, "wb-v1-fixture");
        assert_eq!(w.revisie, 7);
        assert_eq!(w.gesprek.label, "KM-V1");
        assert_eq!(w.themas.len(), 11);
        let emotie = w.thema(ThemaId::Emotie);
        assert_eq!(emotie.antwoord, Some(Schaal::Ja));
        assert_eq!(emotie.observaties, "Bij 12:05 werd hij stil.");
        assert_eq!(emotie.momenten[0].tijd, Some(Tijdcode(725)));
        assert_eq!(w.thema(ThemaId::Agenda).antwoord, Some(Schaal::Nee));
        assert_eq!(w.thema(ThemaId::Beurten).observaties, "Ik praatte veel.");
        assert_eq!(w.feedback.werkrelatie, Some(6));
        assert_eq!(w.slim.rol, Some(SlimN::Twee));
        assert_eq!(w.voornemens[0].tekst, "Eén open vraag tegelijk");
        // Saved again, it is version 2 and reads back equal, without migrating.
        let opnieuw = lees(&serde_json::to_string(&w).unwrap()).unwrap();
        assert_eq!(opnieuw.gemigreerd_van, None);
        assert_eq!(opnieuw.werkblad, w);
    }

    #[test]
    fn elke_oude_versie_heeft_een_stap() {
        assert_eq!(STAPPEN.len(), SCHEMA_VERSIE as usize - 1);
    }

    #[test]
    fn v2_bewaart_themas_per_stabiel_id() {
        let w = lees(V1).unwrap().werkblad;
        let v: Value = serde_json::to_value(&w).unwrap();
        let themas = v["themas"].as_object().unwrap();
        assert_eq!(themas.len(), 11);
        assert_eq!(themas["thema.emotie"]["antwoord"], "ja");
        assert!(themas["thema.emotie"].get("thema").is_none());
    }

    #[test]
    fn kapotte_of_vreemde_versies() {
        assert!(matches!(lees("{}"), Err(LeesFout::Onleesbaar(_))));
        assert!(matches!(
            lees(r#"{"schema_version":0,"id":"wb-a"}"#),
            Err(LeesFout::Onleesbaar(_))
        ));
        assert_eq!(
            lees(r#"{"schema_version":99,"id":"wb-a"}"#),
            Err(LeesFout::NieuwereVersie(99))
        );
        let dubbel = r#"{"schema_version":1,"id":"wb-a","themas":[{"thema":"thema.emotie"},{"thema":"thema.emotie"}]}"#;
        assert!(matches!(lees(dubbel), Err(LeesFout::Onleesbaar(_))));
        let onbekend = r#"{"schema_version":2,"id":"wb-a","themas":{"thema.bestaat.niet":{}}}"#;
        assert!(matches!(lees(onbekend), Err(LeesFout::Onleesbaar(_))));
    }

    #[test]
    fn nieuwere_versie_alleen_lezen_tonen() {
        let toekomst = r#"{"schema_version":9,"id":"wb-z","gesprek":{"label":"KM-Z","nieuw_veld":1},"iets":[1,2]}"#;
        let w = lees_alleen_lezen(toekomst).unwrap();
        assert_eq!(w.gesprek.label, "KM-Z");
        assert_eq!(w.themas.len(), 11);
        assert_eq!(lees_alleen_lezen("kapot"), None);
    }
}
