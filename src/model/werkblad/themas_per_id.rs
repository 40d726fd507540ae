//! (De)serialises the theme answers as `{"thema.emotie": {...}, ...}`: schema version 2 keys
//! them by the stable id, so an answer can never land under another question.

use serde::de::Error as _;
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
    let mut map = std::collections::BTreeMap::<String, In>::deserialize(d)?;
    if let Some(code) = map.keys().find(|c| ThemaId::van_code(c).is_none()) {
        return Err(D::Error::custom(format!("onbekend thema {code}")));
    }
    // Always in the method's order, one per question, so `Werkblad::thema` can index.
    Ok(ThemaId::ALLE
        .iter()
        .map(|&thema| match map.remove(thema.code()) {
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
