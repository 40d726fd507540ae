//! The summary of one worksheet: structured for the print view, and as plain text for
//! "kopieer als tekst" (pasting into a personal note).
//!
//! Every string a renderer shows is ready here, so the print view and [`als_tekst`] cannot
//! drift apart and both are tested natively. User text is passed on literally: escaping is
//! the renderer's job (Leptos escapes text nodes), and plain text needs none.
//!
//! Two kinds of summary share the same types:
//! - [`samenvatting`]: a filled-in worksheet. An empty answer reads [`GEEN_ANTWOORD`], so the
//!   reader can tell "not filled in" from "left out of the summary".
//! - [`leeg_formulier`]: a blank worksheet to print and fill in on paper. Values are empty or
//!   list the choices to tick, and [`Regel::invulregels`] says how many lines to leave for
//!   handwriting. This is a separate function rather than a blank [`Werkblad`], because a
//!   blank worksheet run through [`samenvatting`] would say "geen antwoord" everywhere.
//!
//! [`Werkblad`]: super::Werkblad

// The types, the shared labels and the building blocks live here; each kind of output has its
// own submodule: `ingevuld` for a filled-in worksheet, `papier` for the blank paper form, and
// `tekst` for the plain text.
mod anoniem;
mod bespreekblad;
mod ingevuld;
mod papier;
mod tekst;

pub use anoniem::{anoniem, CLIENT};
pub use bespreekblad::{
    bespreekblad, leeg_bespreekblad, BespreekMoment, Bespreekblad, ThemaKort, GEEN_MOMENTEN,
    KOLOMMEN, KOP_BESPREEKBLAD, KOP_BESPREEK_THEMAS, KOP_BESPREEK_VOORNEMENS, KOP_BESPREKEN,
    KOP_INBRENG, KOP_UITKOMSTEN,
};
pub use ingevuld::samenvatting;
pub use papier::leeg_formulier;
pub use tekst::{afdruk_als_tekst, als_tekst, bespreekblad_als_tekst};

use serde::{Deserialize, Serialize};

use super::thema::ThemaId;
use super::Werkblad;

/// What an empty answer says in a summary. Literal, so it can be searched for.
pub const GEEN_ANTWOORD: &str = "geen antwoord";

/// Heading of the theme questions block.
pub const KOP_THEMAS: &str = "Thema's";
/// Heading of the client feedback block.
pub const KOP_FEEDBACK: &str = "Cliëntfeedback";
/// Heading of the SLIM block.
pub const KOP_SLIM: &str = "Interventielogica (SLIM)";
/// Heading of the block with earlier intentions (only when there are any, or on paper).
pub const KOP_TERUGBLIK: &str = "Terugblik op eerdere voornemens";
/// Heading of the intentions block.
pub const KOP_VOORNEMENS: &str = "Voornemens voor het volgende gesprek";

/// What goes on paper: the bespreekblad for the reflection meeting, the full worksheet, or the
/// bespreekblad with the full worksheet after it. One choice, so "only the bespreekblad" is one
/// click rather than switching off every section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Omvang {
    AlleenBespreekblad,
    AlleenWerkblad,
    /// The bespreekblad on the first page, then the full worksheet by the chosen sections.
    /// Last, because a value written by a newer version reads as this one (`serde(other)`
    /// must be last), so the other settings survive it.
    #[default]
    #[serde(other)]
    Beide,
}

impl Omvang {
    pub const ALLE: [Omvang; 3] = [
        Omvang::Beide,
        Omvang::AlleenBespreekblad,
        Omvang::AlleenWerkblad,
    ];

    /// The choice as the print view offers it.
    pub fn naam(self) -> &'static str {
        match self {
            Omvang::Beide => "Bespreekblad en het hele werkblad",
            Omvang::AlleenBespreekblad => "Alleen het bespreekblad",
            Omvang::AlleenWerkblad => "Alleen het hele werkblad",
        }
    }

    /// Does the bespreekblad go on paper?
    pub fn bespreekblad(self) -> bool {
        self != Omvang::AlleenWerkblad
    }

    /// Does the full worksheet go on paper?
    pub fn werkblad(self) -> bool {
        self != Omvang::AlleenBespreekblad
    }
}

/// Which parts of the worksheet go into the summary. Remembered between visits, hence serde;
/// a missing field (an older stored choice) means "show it", and not anonymous.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Secties {
    /// Bespreekblad, full worksheet, or both.
    pub omvang: Omvang,
    /// Print anonymously: the label becomes "Cliënt" and what the privacy guard finds is
    /// masked, on paper and in the copied text. The stored worksheet is not changed.
    pub anoniem: bool,
    /// The context lines at the top (label, date, kind, goal, ...).
    pub gesprek: bool,
    /// The eleven theme questions with their answers on the scale.
    pub themas: bool,
    /// Free-text observations and time-coded moments of the themes. Only has effect when
    /// `themas` is on: observations belong to a question, so the UI should show this as a
    /// sub-option of `themas`.
    pub observaties: bool,
    /// What the client said about the conversation.
    pub feedback: bool,
    /// The SLIM choices and outcome.
    pub slim: bool,
    /// Intentions for the next conversation, and the look back on earlier ones.
    pub voornemens: bool,
}

impl Default for Secties {
    fn default() -> Self {
        Secties {
            omvang: Omvang::Beide,
            anoniem: false,
            gesprek: true,
            themas: true,
            observaties: true,
            feedback: true,
            slim: true,
            voornemens: true,
        }
    }
}

/// A summary, ready to render: no renderer needs to decide anything but layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Samenvatting {
    /// "Werkblad: <label>", or just "Werkblad".
    pub titel: String,
    /// The context of the conversation; empty when that section is switched off.
    pub kopregels: Vec<Regel>,
    /// The sections, in the worksheet's order; switched-off sections are not there at all.
    pub blokken: Vec<Blok>,
}

/// One section, such as "Thema's".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blok {
    pub kop: String,
    pub onderdelen: Vec<Onderdeel>,
}

/// One question or item within a section. Headings are always the app's own text; user text
/// only ever appears in [`Regel::tekst`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Onderdeel {
    /// A group heading to show above this item, such as "Specifiek: contact". Set on the first
    /// item of each group only.
    pub tussenkop: Option<String>,
    /// The question, e.g. "1. Zijn er raakmomenten (emotie)?".
    pub kop: String,
    pub regels: Vec<Regel>,
}

/// A labelled value: "Antwoord: Ja".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Regel {
    /// Without trailing punctuation; see [`Regel::kop`].
    pub label: String,
    /// The value, never empty in a filled-in summary ([`GEEN_ANTWOORD`] instead). May hold
    /// line breaks (user text, or one choice per line), so render it with `white-space: pre-wrap`.
    pub tekst: String,
    /// Empty lines to leave below for handwriting. Always 0 in [`samenvatting`].
    pub invulregels: u8,
}

impl Regel {
    /// The label as shown before the value: "Antwoord:", but "Geprobeerd?" without a colon.
    /// Renderers use this rather than adding punctuation themselves.
    pub fn kop(&self) -> String {
        if self.label.ends_with('?') {
            self.label.clone()
        } else {
            format!("{}:", self.label)
        }
    }

    fn new(label: &str, tekst: impl Into<String>) -> Regel {
        Regel {
            label: label.to_string(),
            tekst: tekst.into(),
            invulregels: 0,
        }
    }

    fn invul(label: &str, tekst: impl Into<String>, invulregels: u8) -> Regel {
        Regel {
            label: label.to_string(),
            tekst: tekst.into(),
            invulregels,
        }
    }
}

// Labels shared by the filled-in summary and the blank form, so the paper version asks for
// exactly what the screen shows.
const L_LABEL: &str = "Label";
const L_DATUM: &str = "Datum";
const L_SOORT: &str = "Soort gesprek";
const L_AANWEZIG: &str = "Aanwezig";
const L_DOEL: &str = "Doel van het gesprek";
const L_INBRENG: &str = "Wat wil ik van dit gesprek leren?";
const L_VIDEO: &str = "Video-opname (met toestemming)";
const L_ANTWOORD: &str = "Antwoord";
const L_OBSERVATIES: &str = "Observaties";
const L_MOMENT: &str = "Moment";
const L_CIJFER: &str = "Cijfer";
const L_WOORDEN: &str = "In de woorden van de cliënt";
const L_ZELFBEELD: &str = "Zelfbeeld van de cliënt";
const L_MENSBEELD: &str = "Beeld van de cliënt waar ik vanuit ging";
const L_ROL: &str = "Mijn rol";
const L_TRAJECT: &str = "Trajectlogica";
const L_TOELICHTING: &str = "Toelichting";
const L_UITKOMST: &str = "Uitkomst";
const L_VOORNEMEN: &str = "Voornemen";
const L_GEPROBEERD: &str = "Geprobeerd?";
const L_WAT_GEBEURDE: &str = "Wat gebeurde er?";

const VRAAG_WERKRELATIE: &str = "Begrijpen we elkaar beter? (werkrelatie)";
const VRAAG_DOEL: &str = "Komen we dichter bij het doel?";
const VRAAG_SLIM: &str = "Past mijn aanpak bij het zelfbeeld van de cliënt?";
const VRAAG_VOORNEMENS: &str = "Wat neem ik mee naar het volgende gesprek?";

/// The eleven questions in the method's order, numbered, with a group heading where a new
/// group starts; `regels` fills in each question.
fn themas_blok(mut regels: impl FnMut(ThemaId) -> Vec<Regel>) -> Blok {
    let mut vorige = None;
    let onderdelen = ThemaId::ALLE
        .iter()
        .enumerate()
        .map(|(i, &id)| {
            let groep = id.groep();
            let tussenkop = (vorige != Some(groep)).then(|| groep.naam().to_string());
            vorige = Some(groep);
            Onderdeel {
                tussenkop,
                kop: format!("{}. {}", i + 1, id.vraag()),
                regels: regels(id),
            }
        })
        .collect();
    Blok {
        kop: KOP_THEMAS.to_string(),
        onderdelen,
    }
}

/// Everything that goes on paper for one print, ready to render: see [`afdruk`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Afdruk {
    /// The running head on every page: the label (or "Cliënt") and the date.
    pub paginakop: String,
    /// On paper at the top of the first page when the print is anonymous.
    pub melding: Option<String>,
    /// The first page, when chosen.
    pub bespreekblad: Option<Bespreekblad>,
    /// The full worksheet after it, when chosen.
    pub werkblad: Option<Samenvatting>,
}

impl Afdruk {
    /// [`Afdruk::paginakop`] as one CSS string (`"KM-12 · 03-11-2026"`), for `content:` in the
    /// page margins: quotes and backslashes escaped, control characters as spaces, so user text
    /// can never end the string.
    pub fn paginakop_css(&self) -> String {
        let mut uit = String::with_capacity(self.paginakop.len() + 2);
        uit.push('"');
        for c in self.paginakop.chars() {
            match c {
                '"' | '\\' => {
                    uit.push('\\');
                    uit.push(c);
                }
                c if c.is_control() => uit.push(' '),
                c => uit.push(c),
            }
        }
        uit.push('"');
        uit
    }
}

/// The line on paper that says the print was anonymised.
pub const MELDING_ANONIEM: &str = "Geanonimiseerd afgedrukt: \u{201c}Cliënt\u{201d} in plaats \
     van het label, en wat op persoonsgegevens lijkt is afgeschermd.";

/// What goes on paper (and into "kopieer als tekst") for this worksheet and these choices. An
/// anonymous print is built from an anonymised copy ([`anoniem`]), so every part of it is
/// anonymised alike and the worksheet itself stays as it is.
pub fn afdruk(wb: &Werkblad, secties: &Secties) -> Afdruk {
    let kopie;
    let wb = if secties.anoniem {
        kopie = anoniem(wb);
        &kopie
    } else {
        wb
    };
    let label = wb.gesprek.label.trim();
    let mut paginakop = if label.is_empty() {
        "Werkblad".to_string()
    } else {
        bespreekblad::kort(label, 60)
    };
    if !wb.gesprek.datum.trim().is_empty() {
        paginakop.push_str(" \u{b7} ");
        paginakop.push_str(&bespreekblad::kort(
            &super::datum::nl(wb.gesprek.datum.trim()),
            20,
        ));
    }
    if secties.anoniem {
        paginakop.push_str(" \u{b7} geanonimiseerd");
    }
    Afdruk {
        paginakop,
        melding: secties.anoniem.then(|| MELDING_ANONIEM.to_string()),
        bespreekblad: secties.omvang.bespreekblad().then(|| bespreekblad(wb)),
        werkblad: secties.omvang.werkblad().then(|| samenvatting(wb, secties)),
    }
}

/// The blank paper form: a blank bespreekblad and a blank worksheet, by the same choice.
/// Anonymous has no meaning here: there is nothing to hide yet.
pub fn leeg_afdruk(secties: &Secties) -> Afdruk {
    Afdruk {
        paginakop: "Werkblad".to_string(),
        melding: None,
        bespreekblad: secties.omvang.bespreekblad().then(leeg_bespreekblad),
        werkblad: secties.omvang.werkblad().then(|| leeg_formulier(secties)),
    }
}

fn onderdeel(kop: &str, regels: Vec<Regel>) -> Onderdeel {
    Onderdeel {
        tussenkop: None,
        kop: kop.to_string(),
        regels,
    }
}

#[cfg(test)]
mod tests;
