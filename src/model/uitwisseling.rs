//! Export and import of worksheets as a JSON backup file.
//!
//! Import happens in steps so that a bad file can never change stored data:
//! 1. [`lees_import`] reads and checks the whole file and returns either all worksheets or
//!    one [`ImportFout`]; it is all or nothing.
//! 2. [`plan`] says what confirming would do (new worksheets, replaced worksheets), for the
//!    preview.
//! 3. Only after the user confirms does the caller write, with `repo::bewaar`.
//!
//! Nothing in this module touches storage.
//!
//! The file format:
//! `{"app": "werkblad", "schema_version": 1, "exported_at": "...", "werkbladen": [...]}`,
//! where every worksheet is exactly what the store holds (it carries its own
//! `schema_version`, so each one is read with the same `migratie::lees_waarde` as at start-up,
//! migrations included).

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::datum;
use super::migratie::{lees_waarde, LeesFout};
use super::route::geldig_id;
use super::thema::ThemaId;
use super::werkblad::{Werkblad, MAX_TEKST, SCHEMA_VERSIE};

/// The `app` field of a backup file.
pub const APP: &str = "werkblad";

/// The largest file the import reads: 5 MiB. The UI refuses bigger files before reading them;
/// [`lees_import`] checks again.
pub const MAX_BESTAND: usize = 5 * 1024 * 1024;

/// The most worksheets one file may hold. Far more than anyone writes by hand (one a working
/// day for eight years), and far fewer than would freeze the browser tab.
pub const MAX_WERKBLADEN: usize = 2_000;

#[derive(Serialize)]
struct Export<'a> {
    app: &'a str,
    schema_version: u32,
    exported_at: &'a str,
    werkbladen: &'a [Werkblad],
}

/// A backup file of the given worksheets. `nu_iso` is the moment of export, e.g.
/// `2026-11-22T14:00:00Z`.
///
/// Compact rather than pretty: indenting the nested theme lists roughly doubles the size, and
/// a backup of a full store must stay under [`MAX_BESTAND`] to be read back.
pub fn exporteer(werkbladen: &[Werkblad], nu_iso: &str) -> String {
    let export = Export {
        app: APP,
        schema_version: SCHEMA_VERSIE,
        exported_at: nu_iso,
        werkbladen,
    };
    serde_json::to_string(&export).expect("a Werkblad always serialises")
}

/// The file name for one worksheet: `werkblad-<label>-<yyyy-mm-dd>.json`, with the label made
/// safe for any file system (`zonder-label` when nothing of it is left). `vandaag_iso` may be a
/// date or a full timestamp; when it is neither, the date is left out.
pub fn bestandsnaam_een(wb: &Werkblad, vandaag_iso: &str) -> String {
    let mut label = veilige_naam(&wb.gesprek.label);
    if label.is_empty() {
        label = "zonder-label".to_string();
    }
    met_datum(&format!("werkblad-{label}"), vandaag_iso)
}

/// The file name for a backup of all worksheets: `werkblad-backup-<yyyy-mm-dd>.json`.
pub fn bestandsnaam_alle(vandaag_iso: &str) -> String {
    met_datum("werkblad-backup", vandaag_iso)
}

fn met_datum(stam: &str, vandaag_iso: &str) -> String {
    match vandaag_iso
        .get(..10)
        .filter(|d| datum::iso_delen(d).is_some())
    {
        Some(d) => format!("{stam}-{d}.json"),
        None => format!("{stam}.json"),
    }
}

/// Lowercase ascii letters, digits and single dashes; accents dropped, anything else a dash.
/// At most 40 characters, so the date stays visible in a file dialog.
fn veilige_naam(label: &str) -> String {
    let mut uit = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            uit.push(c);
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            // A combining accent (from a decomposed "é"): the letter itself was already kept.
        } else if let Some(s) = zonder_accent(c) {
            uit.push_str(s);
        } else if !uit.ends_with('-') {
            uit.push('-');
        }
    }
    let mut uit: String = uit.trim_matches('-').chars().take(40).collect();
    while uit.ends_with('-') {
        uit.pop();
    }
    uit
}

/// The ascii letters for the accented Latin letters that occur in Dutch and in the names of
/// people in Dutch municipalities.
fn zonder_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'ĳ' => "ij",
        'ł' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Why a file could not be imported. Nothing has been changed when one of these is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportFout {
    /// More than [`MAX_BESTAND`] bytes.
    TeGroot { bytes: usize },
    /// Nothing in it, or only spaces.
    Leeg,
    /// Not JSON at all.
    GeenJson,
    /// JSON that stops halfway: a download or copy that did not finish.
    Afgebroken,
    /// JSON, but not a back-up of this app (no `"app": "werkblad"`).
    AndereApp,
    /// No `schema_version`, or not a whole number.
    GeenVersie,
    /// A version that never existed (0).
    OnbekendeVersie(u64),
    /// Made by a newer version of the app than this one: the file or one of its worksheets.
    NieuwereVersie { versie: u64 },
    /// The list of worksheets is empty.
    GeenWerkbladen,
    /// More than [`MAX_WERKBLADEN`] worksheets.
    TeVeel { aantal: usize },
    /// The list of worksheets (`nummer: None`) or worksheet `nummer` (1-based, in file order)
    /// does not have the shape of a worksheet. `detail` is technical and in English (from
    /// serde); it is not part of [`ImportFout::uitleg`] but may be shown folded away.
    Structuur {
        nummer: Option<usize>,
        detail: String,
    },
    /// Worksheet `nummer` has no id, or one that is not safe as a storage key.
    OngeldigId { nummer: usize },
    /// Two worksheets in the file have the same id.
    DubbelId {
        id: String,
        eerste: usize,
        tweede: usize,
    },
    /// A text field of worksheet `nummer` is longer than [`MAX_TEKST`]. `veld` names the field
    /// in Dutch, ready for a sentence ("de observaties bij vraag 3").
    TekstTeLang {
        nummer: usize,
        veld: String,
        tekens: usize,
    },
}

const NIETS_VERANDERD: &str = "Je werkbladen in deze browser zijn niet veranderd.";
const OPNIEUW: &str = "Maak de back-up opnieuw in de app waar je werkbladen staan, of probeer een \
                       andere kopie van het bestand.";

impl ImportFout {
    /// What is wrong and what the user can do, in plain Dutch (B1). Always ends by saying
    /// that nothing was changed.
    pub fn uitleg(&self) -> String {
        let wat = match self {
            ImportFout::TeGroot { bytes } => format!(
                "Dit bestand is te groot ({}). Een back-up van Werkblad is hooguit 5 MB. Kies het \
                 goede bestand: de naam begint met \"werkblad-\" en eindigt op \".json\".",
                megabytes(*bytes)
            ),
            ImportFout::Leeg => "Dit bestand is leeg. Kies een back-up van Werkblad: de naam \
                                 begint met \"werkblad-\" en eindigt op \".json\"."
                .to_string(),
            ImportFout::GeenJson => "Dit bestand is geen back-up van Werkblad. Kies een bestand \
                                     dat je met \"Exporteren\" in deze app hebt gemaakt. De naam \
                                     begint met \"werkblad-\" en eindigt op \".json\"."
                .to_string(),
            ImportFout::Afgebroken => format!(
                "Dit bestand is niet compleet: het houdt halverwege op. Misschien is het \
                 downloaden of kopiëren niet helemaal gelukt. {OPNIEUW}"
            ),
            ImportFout::AndereApp => "Dit bestand is geen back-up van Werkblad: het is door een \
                                      ander programma gemaakt. Kies een bestand dat je met \
                                      \"Exporteren\" in deze app hebt gemaakt."
                .to_string(),
            ImportFout::GeenVersie => format!(
                "In dit bestand staat niet met welke versie van Werkblad het is gemaakt. Daarom \
                 kan de app het niet veilig lezen. Misschien is het bestand met de hand \
                 veranderd. {OPNIEUW}"
            ),
            ImportFout::OnbekendeVersie(v) => format!(
                "Dit bestand noemt een versie van Werkblad die niet bestaat (versie {v}). Daarom \
                 kan de app het niet veilig lezen. Misschien is het bestand met de hand \
                 veranderd. {OPNIEUW}"
            ),
            ImportFout::NieuwereVersie { versie } => format!(
                "Dit bestand is gemaakt met een nieuwere versie van de app (versie {versie}). \
                 Deze app kent versie {SCHEMA_VERSIE} en ouder, en kan het daarom niet veilig \
                 lezen. Laad de pagina opnieuw, zodat je de nieuwste versie van de app krijgt, \
                 en probeer het dan nog een keer. Lukt het dan nog niet? Vraag je beheerder om \
                 de app bij te werken."
            ),
            ImportFout::GeenWerkbladen => {
                "Er staan geen werkbladen in dit bestand. Er is dus niets om in te lezen."
                    .to_string()
            }
            ImportFout::TeVeel { aantal } => format!(
                "Dit bestand bevat {} werkbladen. De app kan er hooguit {} tegelijk inlezen. \
                 Maak een back-up met minder werkbladen.",
                getal(*aantal),
                getal(MAX_WERKBLADEN)
            ),
            ImportFout::Structuur { nummer: None, .. } => format!(
                "De inhoud van dit bestand klopt niet: de lijst met werkbladen ontbreekt of is \
                 beschadigd. {OPNIEUW}"
            ),
            ImportFout::Structuur {
                nummer: Some(n), ..
            } => format!(
                "Werkblad {n} in dit bestand is beschadigd of onvolledig. Daarom is niets \
                 ingelezen, ook de andere werkbladen niet. {OPNIEUW}"
            ),
            ImportFout::OngeldigId { nummer } => format!(
                "Werkblad {nummer} in dit bestand heeft geen geldige code (id). De app heeft die \
                 code nodig om het werkblad op te slaan. Daarom is niets ingelezen. {OPNIEUW}"
            ),
            ImportFout::DubbelId { id, eerste, tweede } => format!(
                "Werkblad {eerste} en werkblad {tweede} in dit bestand hebben dezelfde code \
                 ({id}). De app weet dan niet welke de goede is. Daarom is niets ingelezen. \
                 {OPNIEUW}"
            ),
            ImportFout::TekstTeLang {
                nummer,
                veld,
                tekens,
            } => format!(
                "In werkblad {nummer} in dit bestand is {veld} te lang: {} tekens. De app leest \
                 hooguit {} tekens per veld in. Zo'n lange tekst komt bijna nooit voor; \
                 misschien is het bestand beschadigd. {OPNIEUW}",
                getal(*tekens),
                getal(MAX_TEKST)
            ),
        };
        format!("{wat} {NIETS_VERANDERD}")
    }
}

impl fmt::Display for ImportFout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.uitleg())
    }
}

impl std::error::Error for ImportFout {}

/// Reads and checks a whole backup file. All or nothing: one bad worksheet refuses the file,
/// so the user never ends up with half an import.
///
/// Each worksheet is read by `migratie::lees_waarde`, exactly as at start-up (schema version,
/// theme list repaired), and then checked further: a safe id, no id twice in the file, no text
/// field over [`MAX_TEKST`], scores 0–10.
pub fn lees_import(json: &str) -> Result<Vec<Werkblad>, ImportFout> {
    if json.len() > MAX_BESTAND {
        return Err(ImportFout::TeGroot { bytes: json.len() });
    }
    // Some editors put a byte order mark in front; it is not part of the content.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(ImportFout::Leeg);
    }
    let bestand: Value = serde_json::from_str(json).map_err(|e| {
        if e.is_eof() {
            ImportFout::Afgebroken
        } else {
            ImportFout::GeenJson
        }
    })?;
    let Value::Object(mut bestand) = bestand else {
        return Err(ImportFout::AndereApp);
    };
    if bestand.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(ImportFout::AndereApp);
    }
    let versie = bestand
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(ImportFout::GeenVersie)?;
    if versie > u64::from(SCHEMA_VERSIE) {
        return Err(ImportFout::NieuwereVersie { versie });
    }
    if versie == 0 {
        return Err(ImportFout::OnbekendeVersie(versie));
    }
    let Some(Value::Array(lijst)) = bestand.remove("werkbladen") else {
        return Err(ImportFout::Structuur {
            nummer: None,
            detail: "no werkbladen array".into(),
        });
    };
    if lijst.len() > MAX_WERKBLADEN {
        return Err(ImportFout::TeVeel {
            aantal: lijst.len(),
        });
    }
    if lijst.is_empty() {
        return Err(ImportFout::GeenWerkbladen);
    }

    let mut werkbladen = Vec::with_capacity(lijst.len());
    let mut gezien: HashMap<String, usize> = HashMap::new();
    for (i, waarde) in lijst.into_iter().enumerate() {
        let nummer = i + 1;
        let wb = lees_een(waarde, nummer)?;
        if let Some(&eerste) = gezien.get(&wb.id) {
            return Err(ImportFout::DubbelId {
                id: wb.id,
                eerste,
                tweede: nummer,
            });
        }
        gezien.insert(wb.id.clone(), nummer);
        werkbladen.push(wb);
    }
    Ok(werkbladen)
}

fn lees_een(waarde: Value, nummer: usize) -> Result<Werkblad, ImportFout> {
    let structuur = |detail: &str| ImportFout::Structuur {
        nummer: Some(nummer),
        detail: detail.into(),
    };
    if !waarde.is_object() {
        return Err(structuur("not an object"));
    }
    // Checked here as well as in lees_werkblad, to tell the user what exactly is wrong.
    if !waarde
        .get("id")
        .and_then(Value::as_str)
        .is_some_and(geldig_id)
    {
        return Err(ImportFout::OngeldigId { nummer });
    }
    // Through the same reader as stored worksheets, so an import can never hold anything that
    // start-up would refuse, and future migrations apply to backups too.
    let wb = lees_waarde(waarde)
        .map(|g| g.werkblad)
        .map_err(|e| match e {
            LeesFout::NieuwereVersie(v) => ImportFout::NieuwereVersie {
                versie: u64::from(v),
            },
            LeesFout::Onleesbaar(detail) => structuur(&detail),
        })?;
    if let Some((veld, tekens)) = te_lange_tekst(&wb) {
        return Err(ImportFout::TekstTeLang {
            nummer,
            veld,
            tekens,
        });
    }
    // The form never stores more than 10; a higher score would print as "12 van 10".
    if [wb.feedback.werkrelatie, wb.feedback.doel]
        .into_iter()
        .flatten()
        .any(|c| c > 10)
    {
        return Err(structuur("score above 10"));
    }
    Ok(wb)
}

/// A text field of a worksheet, to name it in an error message.
#[derive(Clone, Copy)]
enum Veld {
    Label,
    Datum,
    SoortAnders,
    AanwezigAnders,
    Doel,
    Inbreng,
    Observaties(ThemaId),
    MomentWat(ThemaId, usize),
    MomentAnders(ThemaId, usize),
    WerkrelatieWoorden,
    DoelWoorden,
    SlimToelichting,
    Voornemen(usize),
    TerugblikVoornemen(usize),
    TerugblikWat(usize),
}

impl Veld {
    fn beschrijving(self) -> String {
        let vraag = |id: ThemaId| format!("vraag {} (\"{}\")", id.index() + 1, id.vraag());
        match self {
            Veld::Label => "het label".into(),
            Veld::Datum => "de datum".into(),
            Veld::SoortAnders => "de soort gesprek".into(),
            Veld::AanwezigAnders => "wie er nog meer bij waren".into(),
            Veld::Doel => "het doel van het gesprek".into(),
            Veld::Inbreng => "wat je van het gesprek wilde leren".into(),
            Veld::Observaties(id) => format!("de tekst bij {}", vraag(id)),
            Veld::MomentWat(id, j) => format!("moment {j} bij {} (wat gebeurde)", vraag(id)),
            Veld::MomentAnders(id, j) => {
                format!(
                    "moment {j} bij {} (wat je anders had kunnen doen)",
                    vraag(id)
                )
            }
            Veld::WerkrelatieWoorden => "wat de cliënt zei over de werkrelatie".into(),
            Veld::DoelWoorden => "wat de cliënt zei over het doel".into(),
            Veld::SlimToelichting => "de toelichting bij SLIM".into(),
            Veld::Voornemen(i) => format!("voornemen {i}"),
            Veld::TerugblikVoornemen(i) => format!("eerder voornemen {i}"),
            Veld::TerugblikWat(i) => format!("wat er gebeurde met eerder voornemen {i}"),
        }
    }
}

/// The first text field over [`MAX_TEKST`] characters: its description and length.
fn te_lange_tekst(wb: &Werkblad) -> Option<(String, usize)> {
    let g = &wb.gesprek;
    let mut velden: Vec<(Veld, &str)> = vec![
        (Veld::Label, &g.label),
        (Veld::Datum, &g.datum),
        (Veld::SoortAnders, &g.soort_anders),
        (Veld::AanwezigAnders, &g.aanwezig_anders),
        (Veld::Doel, &g.doel),
        (Veld::Inbreng, &g.inbreng),
    ];
    for t in &wb.themas {
        velden.push((Veld::Observaties(t.thema), &t.observaties));
        for (j, m) in t.momenten.iter().enumerate() {
            velden.push((Veld::MomentWat(t.thema, j + 1), &m.wat));
            velden.push((Veld::MomentAnders(t.thema, j + 1), &m.anders));
        }
    }
    velden.push((Veld::WerkrelatieWoorden, &wb.feedback.werkrelatie_woorden));
    velden.push((Veld::DoelWoorden, &wb.feedback.doel_woorden));
    velden.push((Veld::SlimToelichting, &wb.slim.toelichting));
    for (i, v) in wb.voornemens.iter().enumerate() {
        velden.push((Veld::Voornemen(i + 1), &v.tekst));
    }
    for (i, t) in wb.terugblik.iter().enumerate() {
        velden.push((Veld::TerugblikVoornemen(i + 1), &t.voornemen));
        velden.push((Veld::TerugblikWat(i + 1), &t.wat_gebeurde));
    }
    velden.into_iter().find_map(|(veld, tekst)| {
        // Bytes bound characters from above, so most fields need no counting at all.
        if tekst.len() <= MAX_TEKST {
            return None;
        }
        let tekens = tekst.chars().count();
        (tekens > MAX_TEKST).then(|| (veld.beschrijving(), tekens))
    })
}

/// What confirming an import would do. Made before anything is written, so the preview can be
/// shown and cancelled without consequences.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// Worksheets whose id is not stored yet, in file order.
    pub nieuw: Vec<Werkblad>,
    /// Worksheets that replace a stored one with the same id, in file order.
    pub vervangt: Vec<Werkblad>,
}

/// Splits checked worksheets into new ones and ones that replace a stored worksheet.
///
/// Note for the caller: `repo::bewaar` refuses to overwrite a stored worksheet with a higher
/// `revisie` (its two-tabs check). When writing a worksheet from [`ImportPlan::vervangt`], set
/// its `revisie` to at least the stored one first, or the replacement is reported as a conflict.
pub fn plan(import: Vec<Werkblad>, bestaande_ids: &[String]) -> ImportPlan {
    let bestaand: HashSet<&str> = bestaande_ids.iter().map(String::as_str).collect();
    let (vervangt, nieuw) = import
        .into_iter()
        .partition(|wb| bestaand.contains(wb.id.as_str()));
    ImportPlan { nieuw, vervangt }
}

impl ImportPlan {
    /// All worksheets in the plan.
    pub fn aantal(&self) -> usize {
        self.nieuw.len() + self.vervangt.len()
    }

    /// The preview sentence, e.g. "3 werkbladen: 2 nieuw, 1 vervangt een bestaand werkblad."
    pub fn beschrijving(&self) -> String {
        let (nieuw, vervangt) = (self.nieuw.len(), self.vervangt.len());
        let totaal = werkbladen(self.aantal());
        match (nieuw, vervangt) {
            (0, 0) => "Geen werkbladen.".to_string(),
            (1, 0) => "1 werkblad: nieuw.".to_string(),
            (_, 0) => format!("{totaal}: allemaal nieuw."),
            (0, 1) => "1 werkblad: het vervangt een bestaand werkblad.".to_string(),
            (0, _) => format!("{totaal}: ze vervangen allemaal een bestaand werkblad."),
            (_, _) => format!(
                "{totaal}: {} nieuw, {} {} een bestaand werkblad.",
                getal(nieuw),
                getal(vervangt),
                if vervangt == 1 {
                    "vervangt"
                } else {
                    "vervangen"
                }
            ),
        }
    }

    /// A warning to show with the preview when stored worksheets would be replaced.
    pub fn waarschuwing(&self) -> Option<String> {
        (!self.vervangt.is_empty()).then(|| {
            "Een werkblad dat wordt vervangen, krijgt de inhoud uit het bestand. Wat je daarna in \
             deze browser aan dat werkblad hebt veranderd, is dan weg. Twijfel je? Maak dan eerst \
             een back-up van je huidige werkbladen."
                .to_string()
        })
    }
}

/// "1 werkblad", "10.000 werkbladen".
pub fn werkbladen(n: usize) -> String {
    if n == 1 {
        "1 werkblad".to_string()
    } else {
        format!("{} werkbladen", getal(n))
    }
}

/// A whole number the Dutch way: 10.000.
fn getal(n: usize) -> String {
    let cijfers = n.to_string();
    let mut uit = String::new();
    for (i, c) in cijfers.chars().enumerate() {
        if i > 0 && (cijfers.len() - i).is_multiple_of(3) {
            uit.push('.');
        }
        uit.push(c);
    }
    uit
}

/// Bytes as megabytes with one decimal, the Dutch way, rounded up so that a file just over
/// the limit never reads as "5,0 MB".
fn megabytes(bytes: usize) -> String {
    let tienden = (bytes as u64 * 10).div_ceil(1024 * 1024);
    format!("{},{} MB", tienden / 10, tienden % 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        ClientFeedback, GesprekSoort, Moment, Rol, Schaal, Slim, SlimN, Terugblik, Tijdcode,
        Voornemen,
    };

    /// A worksheet with every text field set to `tekst`.
    fn vol(id: &str, tekst: &str) -> Werkblad {
        let mut w = Werkblad::nieuw(id, 1_763_800_000_000.0, "2026-11-22");
        w.revisie = 4;
        let g = &mut w.gesprek;
        g.label = tekst.into();
        g.datum = tekst.into();
        g.soort = Some(GesprekSoort::Anders);
        g.soort_anders = tekst.into();
        g.aanwezig = vec![Rol::Client, Rol::Naaste];
        g.aanwezig_anders = tekst.into();
        g.doel = tekst.into();
        g.inbreng = tekst.into();
        g.video = Some(false);
        for (i, t) in w.themas.iter_mut().enumerate() {
            t.antwoord = Some(Schaal::ALLE[i % 4]);
            t.observaties = tekst.into();
            t.momenten = vec![
                Moment {
                    tijd: Some(Tijdcode(65)),
                    wat: tekst.into(),
                    anders: tekst.into(),
                },
                Moment {
                    tijd: None,
                    wat: tekst.into(),
                    anders: tekst.into(),
                },
            ];
        }
        w.feedback = ClientFeedback {
            werkrelatie: Some(10),
            werkrelatie_woorden: tekst.into(),
            doel: Some(0),
            doel_woorden: tekst.into(),
        };
        w.slim = Slim {
            zelfbeeld: Some(SlimN::Vier),
            mensbeeld: Some(SlimN::Een),
            rol: None,
            traject: Some(SlimN::Drie),
            toelichting: tekst.into(),
        };
        w.voornemens = vec![
            Voornemen {
                tekst: tekst.into(),
            },
            Voornemen {
                tekst: tekst.into(),
            },
        ];
        w.terugblik = vec![Terugblik {
            voornemen: tekst.into(),
            geprobeerd: Some(Schaal::Nee),
            wat_gebeurde: tekst.into(),
        }];
        w
    }

    fn bestand(werkbladen: &str) -> String {
        format!(
            r#"{{"app":"werkblad","schema_version":1,"exported_at":"x","werkbladen":[{werkbladen}]}}"#
        )
    }

    fn minimaal(id: &str) -> String {
        format!(r#"{{"schema_version":1,"id":"{id}"}}"#)
    }

    #[test]
    fn heen_en_terug() {
        let werkbladen = vec![
            vol(
                "wb-a",
                "Eén open vraag, dan stil.\nTweede regel: \"quote\" 🙂",
            ),
            Werkblad::nieuw("wb-b", 2.0, ""),
            Werkblad::default().vervolg("wb-c", 3.0, "2026-12-01"),
        ];
        let json = exporteer(&werkbladen, "2026-11-22T14:00:00Z");
        assert_eq!(lees_import(&json), Ok(werkbladen));
    }

    #[test]
    fn export_heeft_een_herkenbare_kop() {
        let json = exporteer(&[Werkblad::nieuw("wb-a", 1.0, "")], "2026-11-22T14:00:00Z");
        let v: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["app"], "werkblad");
        assert_eq!(v["schema_version"], SCHEMA_VERSIE);
        assert_eq!(v["exported_at"], "2026-11-22T14:00:00Z");
        assert_eq!(v["werkbladen"].as_array().unwrap().len(), 1);
        assert_eq!(v["werkbladen"][0]["id"], "wb-a");
        assert_eq!(v["werkbladen"][0]["schema_version"], SCHEMA_VERSIE);
    }

    #[test]
    fn volle_opslag_past_in_een_backup() {
        // 200 worksheets with every field filled (two moments per question) stay under the limit.
        let tekst = "Ze keek weg toen ik over werk begon. Ik ging door met mijn vragen. ".repeat(2);
        let werkbladen: Vec<_> = (0..200).map(|i| vol(&format!("wb-{i}"), &tekst)).collect();
        let json = exporteer(&werkbladen, "2026-11-22T14:00:00Z");
        assert!(json.len() < MAX_BESTAND, "{}", json.len());
        assert_eq!(lees_import(&json).unwrap().len(), 200);
    }

    #[test]
    fn html_en_script_blijven_letterlijk() {
        let html = "<script>alert('x')</script><img src=x onerror=alert(1)> &amp; \"</textarea>";
        let werkbladen = vec![vol("wb-html", html)];
        let json = exporteer(&werkbladen, "<b>nu</b>");
        assert!(
            json.contains("<script>alert('x')</script>"),
            "not escaped in the file either"
        );
        let terug = lees_import(&json).unwrap();
        assert_eq!(terug, werkbladen);
        let w = &terug[0];
        assert_eq!(te_lange_tekst(w), None);
        for tekst in [
            &w.gesprek.label,
            &w.gesprek.datum,
            &w.gesprek.soort_anders,
            &w.gesprek.aanwezig_anders,
            &w.gesprek.doel,
            &w.gesprek.inbreng,
            &w.themas[10].observaties,
            &w.themas[10].momenten[1].anders,
            &w.feedback.doel_woorden,
            &w.slim.toelichting,
            &w.voornemens[1].tekst,
            &w.terugblik[0].wat_gebeurde,
        ] {
            assert_eq!(tekst, html);
        }
    }

    #[test]
    fn geen_json() {
        for onzin in [
            "hallo",
            "%PDF-1.4\n...",
            "<html></html>",
            "{niet: json}",
            "[1, 2,, 3]",
            "{} extra",
        ] {
            assert_eq!(lees_import(onzin), Err(ImportFout::GeenJson), "{onzin}");
        }
        for leeg in ["", "   \n", "\u{feff}"] {
            assert_eq!(lees_import(leeg), Err(ImportFout::Leeg), "{leeg:?}");
        }
        assert!(ImportFout::GeenJson
            .uitleg()
            .contains("geen back-up van Werkblad"));
    }

    #[test]
    fn afgebroken_bestand() {
        let json = exporteer(
            &[vol("wb-a", "tekst met é en 🙂"), vol("wb-b", "meer")],
            "nu",
        );
        // Cut at many places, as an interrupted download would.
        let mut getest = 0;
        for eind in (1..json.len()).step_by(97) {
            let Some(stuk) = json.get(..eind) else {
                continue;
            };
            assert_eq!(
                lees_import(stuk),
                Err(ImportFout::Afgebroken),
                "cut at {eind}"
            );
            getest += 1;
        }
        assert!(getest > 20);
        assert!(ImportFout::Afgebroken.uitleg().contains("niet compleet"));
    }

    #[test]
    fn bom_vooraan_mag() {
        let json = format!("\u{feff}{}", exporteer(&[vol("wb-a", "x")], "nu"));
        assert_eq!(lees_import(&json).unwrap().len(), 1);
    }

    #[test]
    fn andere_app() {
        for json in [
            r#"{"schema_version":1,"werkbladen":[]}"#,
            r#"{"app":"iets-anders","schema_version":1,"werkbladen":[]}"#,
            r#"{"app":"Werkblad","schema_version":1,"werkbladen":[]}"#,
            r#"{"app":1,"schema_version":1,"werkbladen":[]}"#,
            r#"[{"app":"werkblad"}]"#,
            r#""werkblad""#,
            "42",
            "null",
        ] {
            assert_eq!(lees_import(json), Err(ImportFout::AndereApp), "{json}");
        }
        // A single stored worksheet is not a backup file.
        let los = serde_json::to_string(&Werkblad::nieuw("wb-a", 1.0, "")).unwrap();
        assert_eq!(lees_import(&los), Err(ImportFout::AndereApp));
    }

    #[test]
    fn versie_ontbreekt_of_bestaat_niet() {
        for json in [
            r#"{"app":"werkblad","werkbladen":[]}"#,
            r#"{"app":"werkblad","schema_version":"1","werkbladen":[]}"#,
            r#"{"app":"werkblad","schema_version":1.5,"werkbladen":[]}"#,
            r#"{"app":"werkblad","schema_version":-1,"werkbladen":[]}"#,
            r#"{"app":"werkblad","schema_version":null,"werkbladen":[]}"#,
        ] {
            assert_eq!(lees_import(json), Err(ImportFout::GeenVersie), "{json}");
        }
        let nul = r#"{"app":"werkblad","schema_version":0,"werkbladen":[]}"#;
        assert_eq!(lees_import(nul), Err(ImportFout::OnbekendeVersie(0)));
    }

    #[test]
    fn nieuwere_versie() {
        let nieuwer = u64::from(SCHEMA_VERSIE) + 1;
        let json = exporteer(&[vol("wb-a", "x")], "nu").replacen(
            &format!("\"schema_version\":{SCHEMA_VERSIE}"),
            &format!("\"schema_version\":{nieuwer}"),
            1,
        );
        assert_eq!(
            lees_import(&json),
            Err(ImportFout::NieuwereVersie { versie: nieuwer })
        );
        let fout = ImportFout::NieuwereVersie { versie: nieuwer }.uitleg();
        assert!(
            fout.contains("gemaakt met een nieuwere versie van de app"),
            "{fout}"
        );
        let enorm = r#"{"app":"werkblad","schema_version":99999999999999,"werkbladen":[]}"#;
        assert_eq!(
            lees_import(enorm),
            Err(ImportFout::NieuwereVersie {
                versie: 99_999_999_999_999
            })
        );
        // One worksheet from a newer version refuses the whole file.
        let json = bestand(&format!(
            r#"{},{{"schema_version":7,"id":"wb-b"}}"#,
            minimaal("wb-a")
        ));
        assert_eq!(
            lees_import(&json),
            Err(ImportFout::NieuwereVersie { versie: 7 })
        );
    }

    #[test]
    fn tienduizend_werkbladen_is_te_veel() {
        let lijst = |n: usize| {
            (0..n)
                .map(|i| minimaal(&format!("wb-{i}")))
                .collect::<Vec<_>>()
                .join(",")
        };
        let json = bestand(&lijst(10_000));
        assert!(
            json.len() < MAX_BESTAND,
            "the count is refused, not the size"
        );
        assert_eq!(
            lees_import(&json),
            Err(ImportFout::TeVeel { aantal: 10_000 })
        );
        let fout = ImportFout::TeVeel { aantal: 10_000 }.uitleg();
        assert!(
            fout.contains("10.000 werkbladen") && fout.contains("hooguit 2.000"),
            "{fout}"
        );
        // The limit itself is fine.
        assert_eq!(
            lees_import(&bestand(&lijst(MAX_WERKBLADEN))).unwrap().len(),
            MAX_WERKBLADEN
        );
        assert_eq!(
            lees_import(&bestand(&lijst(MAX_WERKBLADEN + 1))),
            Err(ImportFout::TeVeel {
                aantal: MAX_WERKBLADEN + 1
            })
        );
    }

    #[test]
    fn geen_werkbladen() {
        assert_eq!(lees_import(&bestand("")), Err(ImportFout::GeenWerkbladen));
        assert_eq!(
            lees_import(&exporteer(&[], "nu")),
            Err(ImportFout::GeenWerkbladen)
        );
    }

    #[test]
    fn een_megabyte_veld_wordt_geweigerd() {
        let mut groot = vol("wb-b", "gewoon");
        groot.themas[2].observaties = "x".repeat(1024 * 1024);
        let json = exporteer(&[vol("wb-a", "x"), groot], "nu");
        assert!(json.len() < MAX_BESTAND);
        let fout = lees_import(&json).unwrap_err();
        assert_eq!(
            fout,
            ImportFout::TekstTeLang {
                nummer: 2,
                veld: "de tekst bij vraag 3 (\"Wordt er aan cliënten feedback gevraagd?\")".into(),
                tekens: 1024 * 1024,
            }
        );
        let uitleg = fout.uitleg();
        assert!(
            uitleg.contains("werkblad 2") && uitleg.contains("1.048.576 tekens"),
            "{uitleg}"
        );
    }

    #[test]
    fn tekstgrens_telt_tekens_niet_bytes() {
        // 100,000 two-byte characters: 200,000 bytes, but exactly at the limit.
        let precies = vol("wb-a", &"é".repeat(MAX_TEKST));
        assert_eq!(te_lange_tekst(&precies), None);
        let mut te_lang = vol("wb-a", "x");
        te_lang.terugblik[0].wat_gebeurde = "é".repeat(MAX_TEKST + 1);
        assert_eq!(
            te_lange_tekst(&te_lang),
            Some((
                "wat er gebeurde met eerder voornemen 1".into(),
                MAX_TEKST + 1
            ))
        );
        let mut moment = vol("wb-a", "x");
        moment.themas[0].momenten[1].anders = "a".repeat(MAX_TEKST + 1);
        assert_eq!(
            te_lange_tekst(&moment).unwrap().0,
            "moment 2 bij vraag 1 (\"Zijn er raakmomenten (emotie)?\") (wat je anders had kunnen doen)"
        );
    }

    #[test]
    fn groter_dan_vijf_mebibyte() {
        let json = " ".repeat(MAX_BESTAND + 1);
        assert_eq!(
            lees_import(&json),
            Err(ImportFout::TeGroot {
                bytes: MAX_BESTAND + 1
            })
        );
        let fout = ImportFout::TeGroot {
            bytes: MAX_BESTAND + 1,
        }
        .uitleg();
        assert!(fout.contains("(5,1 MB)"), "{fout}");
        // Exactly at the limit is read (and then refused for what it is, not for its size).
        assert_eq!(lees_import(&" ".repeat(MAX_BESTAND)), Err(ImportFout::Leeg));
    }

    #[test]
    fn dubbele_ids() {
        let json = exporteer(
            &[vol("wb-a", "1"), vol("wb-b", "2"), vol("wb-a", "3")],
            "nu",
        );
        assert_eq!(
            lees_import(&json),
            Err(ImportFout::DubbelId {
                id: "wb-a".into(),
                eerste: 1,
                tweede: 3
            })
        );
        let fout = ImportFout::DubbelId {
            id: "wb-a".into(),
            eerste: 1,
            tweede: 3,
        }
        .uitleg();
        assert!(
            fout.contains("Werkblad 1 en werkblad 3") && fout.contains("wb-a"),
            "{fout}"
        );
    }

    #[test]
    fn ongeldige_ids() {
        for wb in [
            r#"{"schema_version":1}"#,
            r#"{"schema_version":1,"id":""}"#,
            r#"{"schema_version":1,"id":"../../x"}"#,
            r#"{"schema_version":1,"id":"<script>"}"#,
            r#"{"schema_version":1,"id":42}"#,
        ] {
            let json = bestand(&format!("{},{wb}", minimaal("wb-a")));
            assert_eq!(
                lees_import(&json),
                Err(ImportFout::OngeldigId { nummer: 2 }),
                "{wb}"
            );
        }
        let lang = "a".repeat(65);
        assert_eq!(
            lees_import(&bestand(&minimaal(&lang))),
            Err(ImportFout::OngeldigId { nummer: 1 })
        );
    }

    #[test]
    fn structuurfout_noemt_het_werkblad() {
        let goed = minimaal("wb-a");
        for (fout, nummer) in [
            (
                r#"{"schema_version":1,"id":"wb-b","themas":[{"thema":"thema.onbekend"}]}"#,
                2,
            ),
            (
                r#"{"schema_version":1,"id":"wb-b","gesprek":{"soort":"ruzie"}}"#,
                2,
            ),
            (
                r#"{"schema_version":1,"id":"wb-b","feedback":{"doel":300}}"#,
                2,
            ),
            (
                r#"{"schema_version":1,"id":"wb-b","feedback":{"doel":11}}"#,
                2,
            ),
            (
                r#"{"schema_version":1,"id":"wb-b","themas":[{"thema":"thema.emotie","momenten":[{"tijd":"75:99"}]}]}"#,
                2,
            ),
            (r#"{"id":"wb-b"}"#, 2),
            (r#""wb-b""#, 2),
            ("[]", 2),
        ] {
            let json = bestand(&format!("{goed},{fout}"));
            match lees_import(&json) {
                Err(ImportFout::Structuur {
                    nummer: Some(n), ..
                }) => assert_eq!(n, nummer, "{fout}"),
                anders => panic!("{fout}: {anders:?}"),
            }
        }
        for lijst in [
            r#"{"app":"werkblad","schema_version":1}"#,
            r#"{"app":"werkblad","schema_version":1,"werkbladen":{}}"#,
            r#"{"app":"werkblad","schema_version":1,"werkbladen":"wb-a"}"#,
        ] {
            assert!(
                matches!(
                    lees_import(lijst),
                    Err(ImportFout::Structuur { nummer: None, .. })
                ),
                "{lijst}"
            );
        }
        let uitleg = ImportFout::Structuur {
            nummer: Some(4),
            detail: "x".into(),
        }
        .uitleg();
        assert!(uitleg.starts_with("Werkblad 4 in dit bestand"), "{uitleg}");
    }

    #[test]
    fn onbekende_velden_en_ontbrekende_themas_mogen() {
        let json = bestand(
            r#"{"schema_version":1,"id":"wb-a","nieuw_veld":true,"gesprek":{"label":"K"}}"#,
        );
        let wb = &lees_import(&json).unwrap()[0];
        assert_eq!(wb.gesprek.label, "K");
        assert_eq!(
            wb.themas.len(),
            11,
            "the theme list is repaired as at start-up"
        );
    }

    #[test]
    fn elke_uitleg_is_duidelijk() {
        let alle = [
            ImportFout::TeGroot {
                bytes: 6 * 1024 * 1024,
            },
            ImportFout::Leeg,
            ImportFout::GeenJson,
            ImportFout::Afgebroken,
            ImportFout::AndereApp,
            ImportFout::GeenVersie,
            ImportFout::OnbekendeVersie(0),
            ImportFout::NieuwereVersie { versie: 2 },
            ImportFout::GeenWerkbladen,
            ImportFout::TeVeel { aantal: 10_000 },
            ImportFout::Structuur {
                nummer: None,
                detail: "missing field".into(),
            },
            ImportFout::Structuur {
                nummer: Some(3),
                detail: "missing field".into(),
            },
            ImportFout::OngeldigId { nummer: 3 },
            ImportFout::DubbelId {
                id: "wb-a".into(),
                eerste: 1,
                tweede: 2,
            },
            ImportFout::TekstTeLang {
                nummer: 1,
                veld: "het label".into(),
                tekens: 100_001,
            },
        ];
        for fout in alle {
            let uitleg = fout.uitleg();
            assert!(uitleg.ends_with(NIETS_VERANDERD), "{uitleg}");
            assert!(
                !uitleg.contains("missing field"),
                "no English technical detail: {uitleg}"
            );
            assert!(uitleg.len() > 80, "{uitleg}");
            assert_eq!(fout.to_string(), uitleg);
        }
    }

    #[test]
    fn bestandsnamen() {
        let met_label = |label: &str| {
            let mut wb = Werkblad::nieuw("wb-a", 1.0, "");
            wb.gesprek.label = label.into();
            bestandsnaam_een(&wb, "2026-11-22")
        };
        assert_eq!(met_label("KM-12"), "werkblad-km-12-2026-11-22.json");
        assert_eq!(
            met_label("Traject Noord 3"),
            "werkblad-traject-noord-3-2026-11-22.json"
        );
        assert_eq!(
            met_label("  Cliënt Ömer, Zoë  "),
            "werkblad-client-omer-zoe-2026-11-22.json"
        );
        assert_eq!(
            met_label("IJsselmeer Straße"),
            "werkblad-ijsselmeer-strasse-2026-11-22.json"
        );
        assert_eq!(
            met_label("e\u{301}e\u{308}n"),
            "werkblad-een-2026-11-22.json",
            "decomposed accents"
        );
        assert_eq!(
            met_label("../../etc/passwd"),
            "werkblad-etc-passwd-2026-11-22.json"
        );
        assert_eq!(
            met_label("a\\b:c*d?e\"f<g>h|i"),
            "werkblad-a-b-c-d-e-f-g-h-i-2026-11-22.json"
        );
        assert_eq!(met_label("🙂 KM 🙂 7 🙂"), "werkblad-km-7-2026-11-22.json");
        for leeg in ["", "   ", "🙂🙂", "///", "日本語", "---"] {
            assert_eq!(
                met_label(leeg),
                "werkblad-zonder-label-2026-11-22.json",
                "{leeg:?}"
            );
        }
        let lang = met_label(&"abc ".repeat(100));
        assert!(
            lang.len() <= "werkblad--2026-11-22.json".len() + 40,
            "{lang}"
        );
        assert!(!lang.contains("--"), "{lang}");

        let wb = Werkblad::nieuw("wb-a", 1.0, "");
        assert_eq!(
            bestandsnaam_een(&wb, "2026-11-22T14:00:00Z"),
            "werkblad-zonder-label-2026-11-22.json"
        );
        assert_eq!(
            bestandsnaam_een(&wb, "morgen"),
            "werkblad-zonder-label.json"
        );
        assert_eq!(
            bestandsnaam_een(&wb, "2026-13-01"),
            "werkblad-zonder-label.json"
        );
        assert_eq!(
            bestandsnaam_alle("2026-11-22T14:00:00Z"),
            "werkblad-backup-2026-11-22.json"
        );
        assert_eq!(
            bestandsnaam_alle("2026-11-22"),
            "werkblad-backup-2026-11-22.json"
        );
        assert_eq!(bestandsnaam_alle(""), "werkblad-backup.json");
        assert_eq!(bestandsnaam_alle("2026-11-2é"), "werkblad-backup.json");

        for naam in [met_label("x/y\\z 🙂 é"), bestandsnaam_alle("2026-11-22")] {
            assert!(
                naam.bytes().all(|b| b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || b == b'-'
                    || b == b'.'),
                "{naam}"
            );
        }
    }

    #[test]
    fn plan_splitst_nieuw_en_vervangt() {
        let import = vec![vol("wb-a", "1"), vol("wb-b", "2"), vol("wb-c", "3")];
        let bestaand = vec!["wb-b".to_string(), "wb-x".to_string()];
        let p = plan(import, &bestaand);
        let ids = |v: &[Werkblad]| v.iter().map(|w| w.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&p.nieuw), ["wb-a", "wb-c"]);
        assert_eq!(ids(&p.vervangt), ["wb-b"]);
        assert_eq!(p.aantal(), 3);
        assert_eq!(
            p.beschrijving(),
            "3 werkbladen: 2 nieuw, 1 vervangt een bestaand werkblad."
        );
        assert!(p.waarschuwing().is_some());
    }

    #[test]
    fn plan_beschrijvingen() {
        let wbs = |ids: &[&str]| {
            ids.iter()
                .map(|id| Werkblad::nieuw(*id, 1.0, ""))
                .collect::<Vec<_>>()
        };
        let bestaand: Vec<String> = vec!["wb-1".into(), "wb-2".into(), "wb-3".into()];
        let zin = |ids: &[&str]| plan(wbs(ids), &bestaand).beschrijving();
        assert_eq!(zin(&[]), "Geen werkbladen.");
        assert_eq!(zin(&["wb-9"]), "1 werkblad: nieuw.");
        assert_eq!(zin(&["wb-8", "wb-9"]), "2 werkbladen: allemaal nieuw.");
        assert_eq!(
            zin(&["wb-1"]),
            "1 werkblad: het vervangt een bestaand werkblad."
        );
        assert_eq!(
            zin(&["wb-1", "wb-2"]),
            "2 werkbladen: ze vervangen allemaal een bestaand werkblad."
        );
        assert_eq!(
            zin(&["wb-1", "wb-2", "wb-9"]),
            "3 werkbladen: 1 nieuw, 2 vervangen een bestaand werkblad."
        );
        assert_eq!(plan(wbs(&["wb-9"]), &bestaand).waarschuwing(), None);
        let veel: Vec<String> = (0..1500).map(|i| format!("wb-n{i}")).collect();
        let veel: Vec<&str> = veel.iter().map(String::as_str).collect();
        assert_eq!(zin(&veel), "1.500 werkbladen: allemaal nieuw.");
    }

    #[test]
    fn getallen_en_megabytes() {
        assert_eq!(getal(0), "0");
        assert_eq!(getal(999), "999");
        assert_eq!(getal(1000), "1.000");
        assert_eq!(getal(1_048_576), "1.048.576");
        assert_eq!(megabytes(MAX_BESTAND), "5,0 MB");
        assert_eq!(megabytes(MAX_BESTAND + 1), "5,1 MB");
        assert_eq!(megabytes(20 * 1024 * 1024), "20,0 MB");
    }
}
