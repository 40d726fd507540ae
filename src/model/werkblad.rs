//! The worksheet itself: plain serde data, one per conversation (see `shared/werkblad.md`).
//!
//! Every field has a default so that a worksheet written by an older version, or one with a
//! missing field, still loads. Unknown fields are ignored for the same reason.

use serde::{Deserialize, Serialize};

use super::slim::Slim;
use super::thema::ThemaId;
use super::tijdcode::Tijdcode;

/// The schema version written on every stored worksheet. Bump it together with a migration in
/// `model::migratie` and a fixture of the old version.
pub const SCHEMA_VERSIE: u32 = 3;

/// Longest text one field may hold, in characters. The editor stops there and import refuses
/// more, so an exported file always imports again.
pub const MAX_TEKST: usize = 100_000;

/// One Werkblad: the reflection on one conversation with a client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Werkblad {
    pub schema_version: u32,
    /// Stable id; also the storage key suffix and the URL segment.
    pub id: String,
    /// Milliseconds since the epoch of the last change (for "newest first").
    pub gewijzigd: f64,
    /// Bumped on every save; lets two tabs notice that the other one wrote first.
    pub revisie: u64,
    pub gesprek: Gesprek,
    /// One answer per theme question, in the method's order (see [`ThemaId::ALLE`]).
    /// Stored as an object keyed by the stable theme id (schema version 2).
    #[serde(with = "themas_per_id")]
    pub themas: Vec<ThemaAntwoord>,
    pub feedback: ClientFeedback,
    pub slim: Slim,
    pub voornemens: Vec<Voornemen>,
    /// Intentions carried over from the previous worksheet of the same trajectory.
    pub terugblik: Vec<Terugblik>,
    /// The number the next moment or intention id is made from; ids are unique within one
    /// worksheet and never reused, so list keys stay stable across edits (schema version 3).
    pub volgend_nummer: u64,
}

impl Default for Werkblad {
    fn default() -> Self {
        Werkblad {
            schema_version: SCHEMA_VERSIE,
            id: String::new(),
            gewijzigd: 0.0,
            revisie: 0,
            gesprek: Gesprek::default(),
            themas: ThemaId::ALLE
                .iter()
                .map(|&id| ThemaAntwoord::leeg(id))
                .collect(),
            feedback: ClientFeedback::default(),
            slim: Slim::default(),
            voornemens: Vec::new(),
            terugblik: Vec::new(),
            volgend_nummer: 1,
        }
    }
}

impl Werkblad {
    /// A new, empty worksheet.
    pub fn nieuw(id: impl Into<String>, nu: f64, datum: &str) -> Werkblad {
        let mut wb = Werkblad {
            id: id.into(),
            gewijzigd: nu,
            ..Werkblad::default()
        };
        wb.gesprek.datum = datum.to_string();
        wb
    }

    /// Makes the theme list complete and ordered: one answer per [`ThemaId`], none twice; and
    /// gives every moment and intention an id of its own. Called after loading, so that stored
    /// or imported data with missing or shuffled themes, or missing or doubled ids, still works.
    pub fn normaliseer(&mut self) {
        let mut oud = std::mem::take(&mut self.themas);
        self.themas = ThemaId::ALLE
            .iter()
            .map(|&id| match oud.iter().position(|t| t.thema == id) {
                Some(i) => oud.swap_remove(i),
                None => ThemaAntwoord::leeg(id),
            })
            .collect();
        self.herstel_item_ids();
    }

    /// A fresh id for a new moment or intention: unique within this worksheet.
    pub fn nieuw_item_id(&mut self) -> String {
        let id = format!("i{}", self.volgend_nummer.max(1));
        self.volgend_nummer = self.volgend_nummer.max(1) + 1;
        id
    }

    /// Adds a moment to a theme question with a fresh id; returns that id.
    pub fn voeg_moment_toe(&mut self, thema: ThemaId, mut moment: Moment) -> String {
        moment.id = self.nieuw_item_id();
        let id = moment.id.clone();
        self.thema_mut(thema).momenten.push(moment);
        id
    }

    /// Adds an intention with a fresh id; returns that id.
    pub fn voeg_voornemen_toe(&mut self, tekst: impl Into<String>) -> String {
        let id = self.nieuw_item_id();
        self.voornemens.push(Voornemen {
            id: id.clone(),
            tekst: tekst.into(),
        });
        id
    }

    /// Gives an id to every moment and intention that has none or shares one, and moves the
    /// counter past every id in use.
    fn herstel_item_ids(&mut self) {
        let mut gezien = std::collections::HashSet::new();
        let hoogste = self
            .themas
            .iter()
            .flat_map(|t| t.momenten.iter().map(|m| m.id.as_str()))
            .chain(self.voornemens.iter().map(|v| v.id.as_str()))
            .filter_map(|id| id.strip_prefix('i')?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        self.volgend_nummer = self.volgend_nummer.max(hoogste + 1).max(1);
        let mut ids: Vec<&mut String> = Vec::new();
        for t in &mut self.themas {
            ids.extend(t.momenten.iter_mut().map(|m| &mut m.id));
        }
        ids.extend(self.voornemens.iter_mut().map(|v| &mut v.id));
        for id in ids {
            if id.is_empty() || !gezien.insert(id.clone()) {
                *id = format!("i{}", self.volgend_nummer);
                self.volgend_nummer += 1;
                gezien.insert(id.clone());
            }
        }
    }

    /// A copy of this worksheet under a new id, as a new conversation: what "Kopiëren" makes,
    /// and what a conflict keeps of the version that is not chosen.
    pub fn kopie(&self, id: impl Into<String>, nu: f64) -> Werkblad {
        Werkblad {
            id: id.into(),
            gewijzigd: nu,
            revisie: 0,
            ..self.clone()
        }
    }

    /// The answer to one theme question.
    pub fn thema(&self, id: ThemaId) -> &ThemaAntwoord {
        &self.themas[id.index()]
    }

    /// Mutable access to the answer to one theme question.
    pub fn thema_mut(&mut self, id: ThemaId) -> &mut ThemaAntwoord {
        &mut self.themas[id.index()]
    }

    /// How many of the 11 theme questions have anything filled in.
    pub fn themas_ingevuld(&self) -> usize {
        self.themas.iter().filter(|t| !t.is_leeg()).count()
    }

    /// Every free-text field with a Dutch description of where it is, for the privacy check
    /// before printing or exporting.
    pub fn tekstvelden(&self) -> Vec<(String, &str)> {
        let g = &self.gesprek;
        let mut velden: Vec<(String, &str)> = vec![
            ("Label".into(), &g.label),
            ("Soort gesprek".into(), &g.soort_anders),
            ("Aanwezig".into(), &g.aanwezig_anders),
            ("Doel van het gesprek".into(), &g.doel),
            ("Waarom ingebracht".into(), &g.inbreng),
        ];
        for (n, t) in self.themas.iter().enumerate() {
            velden.push((format!("Vraag {}: observaties", n + 1), &t.observaties));
            velden.push((format!("Vraag {}: nieuw moment", n + 1), &t.concept.wat));
            velden.push((format!("Vraag {}: nieuw moment", n + 1), &t.concept.anders));
            for (m, moment) in t.momenten.iter().enumerate() {
                velden.push((format!("Vraag {}: moment {}", n + 1, m + 1), &moment.wat));
                velden.push((format!("Vraag {}: moment {}", n + 1, m + 1), &moment.anders));
            }
        }
        velden.push((
            "Cliëntfeedback: werkrelatie".into(),
            &self.feedback.werkrelatie_woorden,
        ));
        velden.push(("Cliëntfeedback: doel".into(), &self.feedback.doel_woorden));
        velden.push(("SLIM: toelichting".into(), &self.slim.toelichting));
        for (n, v) in self.voornemens.iter().enumerate() {
            velden.push((format!("Voornemen {}", n + 1), &v.tekst));
        }
        for (n, t) in self.terugblik.iter().enumerate() {
            velden.push((format!("Terugblik {}", n + 1), &t.wat_gebeurde));
        }
        velden.retain(|(_, tekst)| !tekst.trim().is_empty());
        velden
    }

    /// A copy to start a follow-up conversation of the same trajectory: same label and kind,
    /// and this worksheet's intentions come back as things to look back on.
    pub fn vervolg(&self, id: impl Into<String>, nu: f64, datum: &str) -> Werkblad {
        let mut wb = Werkblad::nieuw(id, nu, datum);
        wb.gesprek.label = self.gesprek.label.clone();
        wb.gesprek.soort = self.gesprek.soort;
        wb.terugblik = self
            .voornemens
            .iter()
            .filter(|v| !v.tekst.trim().is_empty())
            .map(|v| Terugblik {
                voornemen: v.tekst.clone(),
                ..Terugblik::default()
            })
            .collect();
        wb
    }
}

/// (De)serialises the theme answers as `{"thema.emotie": {...}, ...}`.
mod themas_per_id;

/// Section 1: the context of the conversation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Gesprek {
    /// ISO date `yyyy-mm-dd` (what the browser's date field gives), or empty.
    pub datum: String,
    /// A pseudonym or code, never a real name.
    pub label: String,
    pub soort: Option<GesprekSoort>,
    /// Free text when `soort` is [`GesprekSoort::Anders`].
    pub soort_anders: String,
    /// Roles, not names.
    pub aanwezig: Vec<Rol>,
    /// Other roles present, free text.
    pub aanwezig_anders: String,
    pub doel: String,
    pub inbreng: String,
    pub video: Option<bool>,
    /// Consent, deletion and the file of the recording (schema version 3).
    pub opname: Opname,
}

/// What is kept about the recording of the conversation: never the recording itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Opname {
    /// Did the client consent to the recording?
    pub toestemming: Option<bool>,
    /// ISO date of the consent, or empty.
    pub toestemming_datum: String,
    /// ISO date by which the recording is to be deleted, or empty.
    pub wissen_op: String,
    /// The user ticked that the recording was deleted.
    pub gewist: bool,
    /// The file last opened beside this worksheet, to ask for it again after a reload.
    pub bestand: Option<OpnameBestand>,
}

/// Name, size and duration of a recording file: enough to recognise it, nothing of its content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OpnameBestand {
    pub naam: String,
    /// Size in bytes.
    pub grootte: u64,
    /// Duration in seconds, when the browser could tell.
    pub duur: Option<f64>,
}

/// The kind of conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GesprekSoort {
    Intake,
    Voortgang,
    Driegesprek,
    Slechtnieuws,
    Huisbezoek,
    Anders,
}

impl GesprekSoort {
    pub const ALLE: [GesprekSoort; 6] = [
        GesprekSoort::Intake,
        GesprekSoort::Voortgang,
        GesprekSoort::Driegesprek,
        GesprekSoort::Slechtnieuws,
        GesprekSoort::Huisbezoek,
        GesprekSoort::Anders,
    ];

    /// Dutch label as shown to the user.
    pub fn naam(self) -> &'static str {
        match self {
            GesprekSoort::Intake => "Intake",
            GesprekSoort::Voortgang => "Voortgangsgesprek",
            GesprekSoort::Driegesprek => "Driegesprek / warme overdracht",
            GesprekSoort::Slechtnieuws => "Slechtnieuwsgesprek",
            GesprekSoort::Huisbezoek => "Huisbezoek",
            GesprekSoort::Anders => "Anders",
        }
    }

    /// Stable id for forms and storage.
    pub fn code(self) -> &'static str {
        match self {
            GesprekSoort::Intake => "intake",
            GesprekSoort::Voortgang => "voortgang",
            GesprekSoort::Driegesprek => "driegesprek",
            GesprekSoort::Slechtnieuws => "slechtnieuws",
            GesprekSoort::Huisbezoek => "huisbezoek",
            GesprekSoort::Anders => "anders",
        }
    }

    /// Inverse of [`GesprekSoort::code`].
    pub fn van_code(code: &str) -> Option<GesprekSoort> {
        GesprekSoort::ALLE.into_iter().find(|s| s.code() == code)
    }
}

/// A role present in the conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rol {
    Client,
    Klantmanager,
    Jobcoach,
    Tolk,
    Collega,
    Naaste,
}

impl Rol {
    pub const ALLE: [Rol; 6] = [
        Rol::Client,
        Rol::Klantmanager,
        Rol::Jobcoach,
        Rol::Tolk,
        Rol::Collega,
        Rol::Naaste,
    ];

    /// Dutch label as shown to the user.
    pub fn naam(self) -> &'static str {
        match self {
            Rol::Client => "Cliënt",
            Rol::Klantmanager => "Klantmanager",
            Rol::Jobcoach => "Jobcoach",
            Rol::Tolk => "Tolk",
            Rol::Collega => "Collega",
            Rol::Naaste => "Iemand uit het netwerk van de cliënt",
        }
    }
}

/// The small answer scale of a theme question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Schaal {
    Ja,
    Deels,
    Nee,
    WeetNiet,
}

impl Schaal {
    pub const ALLE: [Schaal; 4] = [Schaal::Ja, Schaal::Deels, Schaal::Nee, Schaal::WeetNiet];

    /// Dutch label as shown to the user.
    pub fn naam(self) -> &'static str {
        match self {
            Schaal::Ja => "Ja",
            Schaal::Deels => "Deels",
            Schaal::Nee => "Nee",
            Schaal::WeetNiet => "Weet niet",
        }
    }
}

/// The answer to one theme question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThemaAntwoord {
    pub thema: ThemaId,
    #[serde(default)]
    pub antwoord: Option<Schaal>,
    #[serde(default)]
    pub observaties: String,
    #[serde(default)]
    pub momenten: Vec<Moment>,
    /// The "Moment toevoegen" form as typed but not yet added: saved like everything else, so
    /// a reload loses nothing. Not a moment, and not printed.
    #[serde(default)]
    pub concept: MomentConcept,
}

/// A moment being written: the time exactly as typed (checked only when it is added).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MomentConcept {
    pub tijd: String,
    pub wat: String,
    pub anders: String,
}

impl MomentConcept {
    /// True when nothing was typed.
    pub fn is_leeg(&self) -> bool {
        self.tijd.is_empty() && self.wat.is_empty() && self.anders.is_empty()
    }
}

impl ThemaAntwoord {
    /// An unanswered question.
    pub fn leeg(thema: ThemaId) -> ThemaAntwoord {
        ThemaAntwoord {
            thema,
            antwoord: None,
            observaties: String::new(),
            momenten: Vec::new(),
            concept: MomentConcept::default(),
        }
    }

    /// True when nothing at all was filled in.
    pub fn is_leeg(&self) -> bool {
        self.antwoord.is_none() && self.observaties.trim().is_empty() && self.momenten.is_empty()
    }
}

/// A moment in the recording: when, what happened, and what I could have done.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Moment {
    /// Unique within the worksheet (see [`Werkblad::nieuw_item_id`]).
    pub id: String,
    /// Position in the recording; `None` when the conversation was not recorded.
    pub tijd: Option<Tijdcode>,
    pub wat: String,
    pub anders: String,
    /// Marked to discuss in the reflection meeting (on the bespreekblad).
    pub bespreken: bool,
}

/// Section 3: what the client said about the conversation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientFeedback {
    /// "Begrijpen we elkaar beter?" 0–10.
    pub werkrelatie: Option<u8>,
    pub werkrelatie_woorden: String,
    /// "Komen we dichter bij het doel?" 0–10.
    pub doel: Option<u8>,
    pub doel_woorden: String,
}

impl ClientFeedback {
    /// Accepts a score from a form field: empty clears it, anything but 0–10 is an error.
    pub fn parse_score(invoer: &str) -> Result<Option<u8>, &'static str> {
        let s = invoer.trim();
        if s.is_empty() {
            return Ok(None);
        }
        match s.parse::<u8>() {
            Ok(n) if n <= 10 => Ok(Some(n)),
            _ => Err("Vul een cijfer van 0 tot en met 10 in."),
        }
    }

    /// True when nothing at all was filled in.
    pub fn is_leeg(&self) -> bool {
        self.werkrelatie.is_none()
            && self.doel.is_none()
            && self.werkrelatie_woorden.trim().is_empty()
            && self.doel_woorden.trim().is_empty()
    }
}

/// Section 5: one concrete intention for the next conversation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Voornemen {
    /// Unique within the worksheet (see [`Werkblad::nieuw_item_id`]).
    pub id: String,
    pub tekst: String,
}

/// An intention from the previous worksheet, looked back on: tried? what happened?
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Terugblik {
    pub voornemen: String,
    pub geprobeerd: Option<Schaal>,
    pub wat_gebeurde: String,
}

#[cfg(test)]
mod tests;
