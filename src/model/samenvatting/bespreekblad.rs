//! The bespreekblad: one page for the reflection meeting (intervisie). It puts first what the
//! meeting is about (what do I want to learn from this conversation?), then the moments marked
//! "bespreken" in time order, the eleven themes at a glance, the client's scores and the SLIM
//! outcome in a line each, and the intentions. Long texts are shortened with "…" so that a
//! typical worksheet fits on one A4; the full worksheet after it has them in full.

use super::{Regel, GEEN_ANTWOORD, L_AANWEZIG, L_DATUM, L_DOEL, L_INBRENG, L_LABEL, L_SOORT};
use crate::model::slim::{Slim, SlimUitkomst};
use crate::model::werkblad::{GesprekSoort, Schaal, Werkblad};
use crate::model::{datum, ThemaId};

/// Title of the bespreekblad.
pub const KOP_BESPREEKBLAD: &str = "Bespreekblad";
/// Heading above the question brought in and the goal.
pub const KOP_INBRENG: &str = "Mijn inbreng";
/// Heading above the marked moments.
pub const KOP_BESPREKEN: &str = "Momenten om te bespreken";
/// Heading above the grid of themes.
pub const KOP_BESPREEK_THEMAS: &str = "De elf thema's";
/// Heading above the client's scores and the SLIM outcome. Not "Cliëntfeedback": that is the
/// full worksheet's section, which can be left off paper.
pub const KOP_UITKOMSTEN: &str = "Cijfers van de cliënt en SLIM";
/// Heading above the intentions.
pub const KOP_BESPREEK_VOORNEMENS: &str = "Mijn voornemens";
/// What the bespreekblad says when no moment is marked "bespreken".
pub const GEEN_MOMENTEN: &str =
    "Er zijn geen momenten gemarkeerd om te bespreken. Zet in het werkblad een vinkje bij \
     \u{201c}Bespreken in de intervisie\u{201d} bij de momenten die je wilt laten zien.";
/// In the grid of themes: no answer. Explained once under the grid.
const STREEP: &str = "\u{2014}";

// Longest texts on the bespreekblad, in characters, before they are shortened with "…".
const MAX_INBRENG: usize = 400;
const MAX_DOEL: usize = 250;
const MAX_MOMENT: usize = 220;
const MAX_VOORNEMEN: usize = 200;
const MAX_KOP: usize = 120;
/// Blank rows for moments on the paper form.
const LEGE_MOMENTEN: usize = 3;

/// The content of the bespreekblad, ready to lay out: every string is final.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bespreekblad {
    /// "Bespreekblad".
    pub titel: String,
    /// Label (or "Cliënt"), date, kind of conversation, who took part.
    pub kopregels: Vec<Regel>,
    /// The question brought in and the goal of the conversation: shown prominently.
    pub inbreng: Vec<Regel>,
    /// The moments marked "bespreken", in time order (those without a time code last).
    pub momenten: Vec<BespreekMoment>,
    /// [`GEEN_MOMENTEN`] when nothing is marked; `None` otherwise and on the blank form.
    pub geen_momenten: Option<String>,
    /// The eleven themes in the method's order.
    pub themas: Vec<ThemaKort>,
    /// Explains the dash in the grid; `None` on the blank form.
    pub themas_toelichting: Option<String>,
    /// The client's two scores and the SLIM outcome, one line each.
    pub uitkomsten: Vec<Regel>,
    /// The intentions for the next conversation.
    pub voornemens: Vec<Regel>,
}

/// One marked moment. Empty strings on the blank form (a row to write in).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BespreekMoment {
    /// `mm:ss`, or empty when the conversation was not recorded.
    pub tijd: String,
    /// The theme's short name.
    pub thema: String,
    pub wat: String,
    pub anders: String,
}

/// One theme in the grid: "1. Raakmomenten" and "Ja" (or "—").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemaKort {
    pub naam: String,
    pub antwoord: String,
}

/// Column headings of the moments table, shared by the print view and the plain text.
pub const KOLOMMEN: [&str; 4] = [
    "Tijd",
    "Thema",
    "Wat gebeurde er?",
    "Wat had ik anders kunnen doen?",
];

/// The bespreekblad of a filled-in worksheet. For an anonymous print, pass the anonymised
/// copy (see [`super::anoniem`]).
pub fn bespreekblad(wb: &Werkblad) -> Bespreekblad {
    let g = &wb.gesprek;
    let datum = if g.datum.trim().is_empty() {
        GEEN_ANTWOORD.to_string()
    } else {
        datum::nl(g.datum.trim())
    };
    let soort = match g.soort {
        None => GEEN_ANTWOORD.to_string(),
        Some(GesprekSoort::Anders) if !g.soort_anders.trim().is_empty() => format!(
            "{}: {}",
            GesprekSoort::Anders.naam(),
            kort(&g.soort_anders, MAX_KOP)
        ),
        Some(s) => s.naam().to_string(),
    };
    let mut aanwezig: Vec<String> = g.aanwezig.iter().map(|r| r.naam().to_string()).collect();
    if !g.aanwezig_anders.trim().is_empty() {
        aanwezig.push(kort(&g.aanwezig_anders, MAX_KOP));
    }
    let kopregels = vec![
        Regel::new(L_LABEL, tekst_of_geen(&g.label, MAX_KOP)),
        Regel::new(L_DATUM, datum),
        Regel::new(L_SOORT, soort),
        Regel::new(
            L_AANWEZIG,
            if aanwezig.is_empty() {
                GEEN_ANTWOORD.to_string()
            } else {
                aanwezig.join(", ")
            },
        ),
    ];
    let inbreng = vec![
        Regel::new(L_INBRENG, tekst_of_geen(&g.inbreng, MAX_INBRENG)),
        Regel::new(L_DOEL, tekst_of_geen(&g.doel, MAX_DOEL)),
    ];

    // Time order across all themes; a stable sort keeps the method's order for equal times,
    // and moments without a time code come last.
    let mut gemarkeerd: Vec<(ThemaId, &crate::model::Moment)> = wb
        .themas
        .iter()
        .flat_map(|t| t.momenten.iter().map(move |m| (t.thema, m)))
        .filter(|(_, m)| m.bespreken)
        .collect();
    crate::model::sorteer::sorteer_op(&mut gemarkeerd, |(_, m)| (m.tijd.is_none(), m.tijd));
    let momenten: Vec<BespreekMoment> = gemarkeerd
        .into_iter()
        .map(|(thema, m)| BespreekMoment {
            tijd: m.tijd.map(|t| t.to_string()).unwrap_or_default(),
            thema: thema.kort().to_string(),
            wat: tekst_of_geen(&m.wat, MAX_MOMENT),
            anders: tekst_of_geen(&m.anders, MAX_MOMENT),
        })
        .collect();
    let geen_momenten = momenten.is_empty().then(|| GEEN_MOMENTEN.to_string());

    let themas = ThemaId::ALLE
        .iter()
        .enumerate()
        .map(|(i, &id)| ThemaKort {
            naam: format!("{}. {}", i + 1, id.kort()),
            antwoord: wb
                .themas
                .iter()
                .find(|t| t.thema == id)
                .and_then(|t| t.antwoord)
                .map_or(STREEP, Schaal::naam)
                .to_string(),
        })
        .collect();

    // Only the scores: the client's own words stay in the full worksheet, where the section
    // choice decides whether they go on paper.
    let f = &wb.feedback;
    let score = |cijfer: Option<u8>| {
        cijfer.map_or_else(|| GEEN_ANTWOORD.to_string(), |c| format!("{c} van 10"))
    };
    let uitkomsten = vec![
        Regel::new(L_WERKRELATIE, score(f.werkrelatie)),
        Regel::new(L_DOEL_CLIENT, score(f.doel)),
        Regel::new(L_SLIM, slim_regel(&wb.slim)),
    ];

    let mut voornemens: Vec<Regel> = wb
        .voornemens
        .iter()
        .filter(|v| !v.tekst.trim().is_empty())
        .enumerate()
        .map(|(i, v)| Regel::new(&format!("{}", i + 1), kort(&v.tekst, MAX_VOORNEMEN)))
        .collect();
    if voornemens.is_empty() {
        voornemens.push(Regel::new(L_VOORNEMENS, GEEN_ANTWOORD));
    }

    Bespreekblad {
        titel: KOP_BESPREEKBLAD.to_string(),
        kopregels,
        inbreng,
        momenten,
        geen_momenten,
        themas,
        themas_toelichting: Some(format!("{STREEP} = {GEEN_ANTWOORD}")),
        uitkomsten,
        voornemens,
    }
}

/// The blank bespreekblad for the paper form: room to write, boxes to tick.
pub fn leeg_bespreekblad() -> Bespreekblad {
    let schaal = Schaal::ALLE
        .map(|s| format!("\u{2610} {}", s.naam().to_ascii_lowercase()))
        .join("  ");
    Bespreekblad {
        titel: KOP_BESPREEKBLAD.to_string(),
        kopregels: vec![
            Regel::invul(L_LABEL, "", 1),
            Regel::invul(L_DATUM, "", 1),
            Regel::invul(L_SOORT, "", 1),
            // Roles to write in: the boxes of all six would take four lines here.
            Regel::invul(L_AANWEZIG, "", 1),
        ],
        inbreng: vec![Regel::invul(L_INBRENG, "", 3), Regel::invul(L_DOEL, "", 1)],
        momenten: (0..LEGE_MOMENTEN)
            .map(|_| BespreekMoment {
                tijd: String::new(),
                thema: String::new(),
                wat: String::new(),
                anders: String::new(),
            })
            .collect(),
        geen_momenten: None,
        themas: ThemaId::ALLE
            .iter()
            .enumerate()
            .map(|(i, id)| ThemaKort {
                naam: format!("{}. {}", i + 1, id.kort()),
                antwoord: schaal.clone(),
            })
            .collect(),
        themas_toelichting: None,
        uitkomsten: vec![
            Regel::invul(L_WERKRELATIE, "cijfer:        van 10", 1),
            Regel::invul(L_DOEL_CLIENT, "cijfer:        van 10", 1),
            Regel::invul(L_SLIM, "\u{2610} passend   \u{2610} niet passend", 1),
        ],
        voornemens: (1..=2)
            .map(|i| Regel::invul(&format!("{i}"), "", 1))
            .collect(),
    }
}

// The client's two questions, short; the heading above says they are the client's scores.
const L_WERKRELATIE: &str = "Begrijpen we elkaar beter?";
const L_DOEL_CLIENT: &str = "Dichter bij het doel?";
const L_SLIM: &str = "SLIM";
const L_VOORNEMENS: &str = "Voornemens";

/// The SLIM outcome in one line: shorter than the full sentence of the worksheet, but with
/// what fits when the approach does not.
fn slim_regel(slim: &Slim) -> String {
    match slim.uitkomst() {
        SlimUitkomst::Onvolledig => format!("{GEEN_ANTWOORD} (nog niet te bepalen)"),
        SlimUitkomst::Passend { zelfbeeld } => format!(
            "Passend \u{2014} zelfbeeld {}. \u{201c}{}\u{201d}; rol: {}; trajectlogica: {}.",
            zelfbeeld.nummer(),
            zelfbeeld.zelfbeeld(),
            zelfbeeld.rol().to_ascii_lowercase(),
            zelfbeeld.traject().to_ascii_lowercase()
        ),
        SlimUitkomst::NietPassend {
            zelfbeeld,
            afwijkend,
        } => {
            let delen = crate::model::slim::afwijkend_per_onderdeel(&afwijkend);
            format!(
                "Niet passend \u{2014} zelfbeeld {}. \u{201c}{}\u{201d}; anders: {}. Wat past: \
                 rol {}, trajectlogica {}.",
                zelfbeeld.nummer(),
                zelfbeeld.zelfbeeld(),
                delen.join(", "),
                zelfbeeld.rol().to_ascii_lowercase(),
                zelfbeeld.traject().to_ascii_lowercase()
            )
        }
    }
}

/// User text for the bespreekblad: shortened, or [`GEEN_ANTWOORD`] when empty.
fn tekst_of_geen(tekst: &str, max: usize) -> String {
    if tekst.trim().is_empty() {
        GEEN_ANTWOORD.to_string()
    } else {
        kort(tekst, max)
    }
}

/// `tekst` on one line (line breaks and runs of spaces become one space) and at most `max`
/// characters: a longer text is cut at the last space before the limit, if there is one not too
/// far back, and gets "…".
pub(super) fn kort(tekst: &str, max: usize) -> String {
    let plat = tekst.split_whitespace().collect::<Vec<_>>().join(" ");
    if plat.chars().count() <= max {
        return plat;
    }
    // Room for the ellipsis.
    let grens = plat
        .char_indices()
        .nth(max.saturating_sub(1))
        .map_or(plat.len(), |(i, _)| i);
    let stuk = &plat[..grens];
    let stuk = match stuk.rfind(' ') {
        Some(spatie) if stuk[..spatie].chars().count() * 3 >= max * 2 => &stuk[..spatie],
        _ => stuk,
    };
    format!(
        "{}\u{2026}",
        stuk.trim_end_matches([' ', ',', ';', ':', '.'])
    )
}

#[cfg(test)]
mod tests;
