//! What can go wrong in an import, and how to tell the user.

use std::fmt;

use super::{getal, MAX_WERKBLADEN};
use crate::model::werkblad::{MAX_TEKST, SCHEMA_VERSIE};

/// Why a file could not be imported. Nothing has been changed when one of these is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportFout {
    /// More than [`MAX_BESTAND`](super::MAX_BESTAND) bytes.
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

pub(super) const NIETS_VERANDERD: &str = "Je werkbladen in deze browser zijn niet veranderd.";
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

/// Bytes as megabytes with one decimal, the Dutch way, rounded up so that a file just over
/// the limit never reads as "5,0 MB".
pub(super) fn megabytes(bytes: usize) -> String {
    let tienden = (bytes as u64 * 10).div_ceil(1024 * 1024);
    format!("{},{} MB", tienden / 10, tienden % 10)
}
