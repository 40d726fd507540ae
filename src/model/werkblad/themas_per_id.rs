//! (De)serialises the theme answers as `{"thema.emotie": {...}, ...}`: schema version 2 keys
//! them by the stable id, so an answer can never land under another question.

use std::fmt;

use serde::de::{Error as _, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Moment, MomentConcept, Schaal, ThemaAntwoord, ThemaId};

#[derive(Serialize)]
struct Uit<'a> {
    antwoord: &'a Option<Schaal>,
    observaties: &'a str,
    momenten: &'a [Moment],
    #[serde(skip_serializing_if = "MomentConcept::is_leeg")]
    concept: &'a MomentConcept,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct In {
    antwoord: Option<Schaal>,
    observaties: String,
    momenten: Vec<Moment>,
    concept: MomentConcept,
}

pub fn serialize<S: Serializer>(themas: &[ThemaAntwoord], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(themas.len()))?;
    for t in themas {
        let uit = Uit {
            antwoord: &t.antwoord,
            observaties: &t.observaties,
            momenten: &t.momenten,
            concept: &t.concept,
        };
        map.serialize_entry(t.thema.code(), &uit)?;
    }
    map.end()
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<ThemaAntwoord>, D::Error> {
    // Read straight into one place per question rather than through a `BTreeMap<String, In>`:
    // that map's code was in the wasm only for this (issue 14). The same outcome as the map: a
    // key given twice keeps its last value, every value is read (and may fail) before an
    // unknown key is reported, and of several unknown keys the first in sorted order is named.
    let gelezen = d.deserialize_map(PerThema)?;
    if let Some(code) = gelezen.onbekend {
        return Err(D::Error::custom(format!("onbekend thema {code}")));
    }
    // Always in the method's order, one per question, so `Werkblad::thema` can index.
    Ok(ThemaId::ALLE
        .iter()
        .zip(gelezen.per_thema)
        .map(|(&thema, w)| match w {
            Some(w) => ThemaAntwoord {
                thema,
                antwoord: w.antwoord,
                observaties: w.observaties,
                momenten: w.momenten,
                concept: w.concept,
            },
            None => ThemaAntwoord::leeg(thema),
        })
        .collect())
}

/// What the map held: the answer per question in the method's order, and the smallest key
/// that is not a question.
struct Gelezen {
    per_thema: Vec<Option<In>>,
    onbekend: Option<String>,
}

struct PerThema;

impl<'de> Visitor<'de> for PerThema {
    type Value = Gelezen;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Gelezen, A::Error> {
        let mut uit = Gelezen {
            per_thema: ThemaId::ALLE.iter().map(|_| None).collect(),
            onbekend: None,
        };
        while let Some(code) = map.next_key::<String>()? {
            let w: In = map.next_value()?;
            match ThemaId::van_code(&code) {
                Some(thema) => uit.per_thema[thema.index()] = Some(w),
                None => {
                    if uit.onbekend.as_ref().is_none_or(|o| code < *o) {
                        uit.onbekend = Some(code);
                    }
                }
            }
        }
        Ok(uit)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Werkblad;
    use super::*;

    /// Read as the app reads it (through a `Value`, model/json.rs), and checked against
    /// reading straight from the text: both must agree.
    fn lees(json: &str) -> Result<Werkblad, String> {
        let via_app = crate::model::json::lees::<Werkblad>(json).map_err(|e| e.to_string());
        let via_tekst = serde_json::from_str::<Werkblad>(json).map_err(|e| e.to_string());
        match (&via_app, &via_tekst) {
            (Ok(a), Ok(t)) => assert_eq!(a, t, "{json}"),
            (Err(_), Err(_)) => {}
            _ => panic!("{json}: {via_app:?} vs {via_tekst:?}"),
        }
        via_app
    }

    #[test]
    fn zelfde_uitkomst_als_via_een_map() {
        // A key given twice keeps its last value, as a map would.
        let w = lees(
            r#"{"themas":{"thema.emotie":{"observaties":"a"},"thema.emotie":{"observaties":"b"}}}"#,
        )
        .unwrap();
        assert_eq!(w.thema(ThemaId::Emotie).observaties, "b");
        assert_eq!(w.themas.len(), ThemaId::ALLE.len());
        // Of several unknown keys the smallest is named, as the sorted map did.
        let fout = lees(r#"{"themas":{"thema.z":{},"thema.a":{},"thema.emotie":{}}}"#).unwrap_err();
        assert!(fout.contains("onbekend thema thema.a"), "{fout}");
        // A broken value is reported before an unknown key, wherever it stands.
        let fout = lees(r#"{"themas":{"thema.z":{},"thema.emotie":{"momenten":1}}}"#).unwrap_err();
        assert!(!fout.contains("onbekend thema"), "{fout}");
        assert!(lees(r#"{"themas":[]}"#).is_err());
    }
}
