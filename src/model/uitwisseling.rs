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
mod tests;
