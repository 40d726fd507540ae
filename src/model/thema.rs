//! The eleven theme questions of the method, with their stable ids and the method's own wording.

use serde::{Deserialize, Serialize};

use super::uitleg;

/// One of the eleven theme questions. The serde name is the stable id from `shared/werkblad.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ThemaId {
    #[serde(rename = "thema.emotie")]
    Emotie,
    #[serde(rename = "thema.weerstand")]
    Weerstand,
    #[serde(rename = "thema.feedback")]
    Feedback,
    #[serde(rename = "thema.resultaten")]
    Resultaten,
    #[serde(rename = "thema.contact.echtheid")]
    Echtheid,
    #[serde(rename = "thema.contact.beleving")]
    Beleving,
    #[serde(rename = "thema.doel.helder")]
    DoelHelder,
    #[serde(rename = "thema.doel.agenda")]
    Agenda,
    #[serde(rename = "thema.regie.metacommunicatie")]
    Metacommunicatie,
    #[serde(rename = "thema.regie.beurten")]
    Beurten,
    #[serde(rename = "thema.interventielogica")]
    Interventielogica,
}

/// Where a question sits in the method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Groep {
    Algemeen,
    Contact,
    Doel,
    Regie,
    Interventielogica,
}

impl Groep {
    /// Dutch heading.
    pub fn naam(self) -> &'static str {
        match self {
            Groep::Algemeen => "Algemeen",
            Groep::Contact => "Specifiek: contact",
            Groep::Doel => "Specifiek: doel",
            Groep::Regie => "Specifiek: regie",
            Groep::Interventielogica => "Specifiek: interventielogica",
        }
    }
}

/// Which of the source's thirteen interactions illustrate a question; `Alle` for all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interacties {
    Alle,
    Enkele(&'static [u8]),
}

impl ThemaId {
    /// All questions in the method's order.
    pub const ALLE: [ThemaId; 11] = [
        ThemaId::Emotie,
        ThemaId::Weerstand,
        ThemaId::Feedback,
        ThemaId::Resultaten,
        ThemaId::Echtheid,
        ThemaId::Beleving,
        ThemaId::DoelHelder,
        ThemaId::Agenda,
        ThemaId::Metacommunicatie,
        ThemaId::Beurten,
        ThemaId::Interventielogica,
    ];

    /// Position in [`ThemaId::ALLE`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The stable id, e.g. `thema.doel.agenda`.
    pub fn code(self) -> &'static str {
        match self {
            ThemaId::Emotie => "thema.emotie",
            ThemaId::Weerstand => "thema.weerstand",
            ThemaId::Feedback => "thema.feedback",
            ThemaId::Resultaten => "thema.resultaten",
            ThemaId::Echtheid => "thema.contact.echtheid",
            ThemaId::Beleving => "thema.contact.beleving",
            ThemaId::DoelHelder => "thema.doel.helder",
            ThemaId::Agenda => "thema.doel.agenda",
            ThemaId::Metacommunicatie => "thema.regie.metacommunicatie",
            ThemaId::Beurten => "thema.regie.beurten",
            ThemaId::Interventielogica => "thema.interventielogica",
        }
    }

    /// A form of the id that is safe in HTML ids: dots become dashes.
    pub fn html_id(self) -> String {
        self.code().replace('.', "-")
    }

    /// The question, in the method's own words.
    pub fn vraag(self) -> &'static str {
        match self {
            ThemaId::Emotie => "Zijn er raakmomenten (emotie)?",
            ThemaId::Weerstand => {
                "Is er sprake van weerstand, afhaken of verstarren (fight, flight, freeze)?"
            }
            ThemaId::Feedback => "Wordt er aan cliënten feedback gevraagd?",
            ThemaId::Resultaten => "Welke resultaten worden bereikt?",
            ThemaId::Echtheid => "Is er echtheid in de communicatie?",
            ThemaId::Beleving => {
                "Wordt er naar beleving en gevoel gevraagd, ruimte gegeven en geluisterd?"
            }
            ThemaId::DoelHelder => "Is het doel van het gesprek helder?",
            ThemaId::Agenda => "Is er een gezamenlijke agenda?",
            ThemaId::Metacommunicatie => "Is er metacommunicatie (benoemen wat je doet en waarom)?",
            ThemaId::Beurten => "Wisselen de praat- en luisterbeurten voldoende?",
            ThemaId::Interventielogica => "Klopt de benadering met het zelfbeeld van de cliënt?",
        }
    }

    /// A short name for tight spaces such as the bespreekblad's grid of themes: a few words
    /// that still tell the questions apart.
    pub fn kort(self) -> &'static str {
        match self {
            ThemaId::Emotie => "Raakmomenten",
            ThemaId::Weerstand => "Weerstand",
            ThemaId::Feedback => "Feedback gevraagd",
            ThemaId::Resultaten => "Resultaten",
            ThemaId::Echtheid => "Echtheid",
            ThemaId::Beleving => "Beleving en gevoel",
            ThemaId::DoelHelder => "Doel helder",
            ThemaId::Agenda => "Gezamenlijke agenda",
            ThemaId::Metacommunicatie => "Metacommunicatie",
            ThemaId::Beurten => "Praat- en luisterbeurten",
            ThemaId::Interventielogica => "Benadering past",
        }
    }

    /// Where the question sits in the method.
    pub fn groep(self) -> Groep {
        match self {
            ThemaId::Emotie | ThemaId::Weerstand | ThemaId::Feedback | ThemaId::Resultaten => {
                Groep::Algemeen
            }
            ThemaId::Echtheid | ThemaId::Beleving => Groep::Contact,
            ThemaId::DoelHelder | ThemaId::Agenda => Groep::Doel,
            ThemaId::Metacommunicatie | ThemaId::Beurten => Groep::Regie,
            ThemaId::Interventielogica => Groep::Interventielogica,
        }
    }

    /// The source's interactions that illustrate this question.
    pub fn interacties(self) -> Interacties {
        match self {
            ThemaId::Emotie => Interacties::Enkele(&[4, 1, 9, 10]),
            ThemaId::Weerstand => Interacties::Enkele(&[2, 3, 4, 9]),
            ThemaId::Feedback => Interacties::Alle,
            ThemaId::Resultaten => Interacties::Enkele(&[2, 10, 12]),
            ThemaId::Echtheid => Interacties::Enkele(&[7, 3, 8, 9]),
            ThemaId::Beleving => Interacties::Enkele(&[1, 4, 7, 9, 10]),
            ThemaId::DoelHelder => Interacties::Enkele(&[1, 2, 4, 5, 9, 10, 11]),
            ThemaId::Agenda => Interacties::Enkele(&[2, 7, 10]),
            ThemaId::Metacommunicatie => Interacties::Enkele(&[2, 3, 4, 9, 10]),
            ThemaId::Beurten => Interacties::Enkele(&[3, 4, 6, 7]),
            ThemaId::Interventielogica => Interacties::Alle,
        }
    }

    /// Plain-Dutch help: why this question matters, and short examples from the source.
    pub fn uitleg(self) -> &'static uitleg::ThemaUitleg {
        uitleg::thema(self)
    }

    /// Inverse of [`ThemaId::code`].
    pub fn van_code(code: &str) -> Option<ThemaId> {
        ThemaId::ALLE.into_iter().find(|t| t.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_volgt_volgorde() {
        for (i, t) in ThemaId::ALLE.iter().enumerate() {
            assert_eq!(t.index(), i);
        }
    }

    #[test]
    fn korte_namen_zijn_kort_en_verschillend() {
        let namen: std::collections::HashSet<_> = ThemaId::ALLE.iter().map(|t| t.kort()).collect();
        assert_eq!(namen.len(), 11);
        assert!(namen.iter().all(|n| n.chars().count() <= 24), "{namen:?}");
    }

    #[test]
    fn serde_gebruikt_stabiele_ids() {
        for t in ThemaId::ALLE {
            assert_eq!(
                serde_json::to_string(&t).unwrap(),
                format!("\"{}\"", t.code())
            );
            assert_eq!(ThemaId::van_code(t.code()), Some(t));
        }
    }

    #[test]
    fn elke_vraag_heeft_uitleg_en_voorbeelden() {
        for t in ThemaId::ALLE {
            let u = t.uitleg();
            assert!(u.waarom.len() > 80, "{} heeft te weinig uitleg", t.code());
            assert!(
                !u.voorbeelden.is_empty(),
                "{} heeft geen voorbeelden",
                t.code()
            );
            if let Interacties::Enkele(nrs) = t.interacties() {
                for v in u.voorbeelden {
                    assert!(
                        nrs.contains(&v.interactie),
                        "{}: interactie {}",
                        t.code(),
                        v.interactie
                    );
                }
            }
        }
    }
}
