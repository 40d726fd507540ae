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

use serde::{Deserialize, Serialize};

use super::datum;
use super::slim::{Slim, SlimN};
use super::thema::ThemaId;
use super::werkblad::{GesprekSoort, Moment, Rol, Schaal, ThemaAntwoord, Werkblad};

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

/// Which parts of the worksheet go into the summary. Remembered between visits, hence serde;
/// a missing field (an older stored choice) means "show it".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Secties {
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

/// The summary of a filled-in worksheet, with only the chosen sections.
pub fn samenvatting(wb: &Werkblad, secties: &Secties) -> Samenvatting {
    let label = wb.gesprek.label.trim();
    let titel = if secties.gesprek && !label.is_empty() {
        format!("Werkblad: {label}")
    } else {
        "Werkblad".to_string()
    };
    let kopregels = if secties.gesprek {
        kopregels(wb)
    } else {
        Vec::new()
    };

    let mut blokken = Vec::new();
    if secties.themas {
        blokken.push(themas_blok(|id| {
            let leeg = ThemaAntwoord::leeg(id);
            // Found by id rather than index, so a worksheet that was never normalised cannot
            // make the summary panic.
            let a = wb.themas.iter().find(|t| t.thema == id).unwrap_or(&leeg);
            let mut regels = vec![Regel::new(L_ANTWOORD, schaal(a.antwoord))];
            if secties.observaties {
                regels.push(Regel::new(L_OBSERVATIES, antwoord(&a.observaties)));
                regels.extend(a.momenten.iter().map(|m| Regel::new(L_MOMENT, moment(m))));
            }
            regels
        }));
    }
    if secties.feedback {
        let f = &wb.feedback;
        blokken.push(Blok {
            kop: KOP_FEEDBACK.to_string(),
            onderdelen: vec![
                onderdeel(
                    VRAAG_WERKRELATIE,
                    vec![
                        Regel::new(L_CIJFER, cijfer(f.werkrelatie)),
                        Regel::new(L_WOORDEN, antwoord(&f.werkrelatie_woorden)),
                    ],
                ),
                onderdeel(
                    VRAAG_DOEL,
                    vec![
                        Regel::new(L_CIJFER, cijfer(f.doel)),
                        Regel::new(L_WOORDEN, antwoord(&f.doel_woorden)),
                    ],
                ),
            ],
        });
    }
    if secties.slim {
        blokken.push(slim_blok(&wb.slim));
    }
    if secties.voornemens {
        // No earlier intentions is not an unanswered question: the block is simply not there.
        if !wb.terugblik.is_empty() {
            let onderdelen = wb
                .terugblik
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    onderdeel(
                        &format!("Eerder voornemen {}", i + 1),
                        vec![
                            Regel::new(L_VOORNEMEN, antwoord(&t.voornemen)),
                            Regel::new(L_GEPROBEERD, schaal(t.geprobeerd)),
                            Regel::new(L_WAT_GEBEURDE, antwoord(&t.wat_gebeurde)),
                        ],
                    )
                })
                .collect();
            blokken.push(Blok {
                kop: KOP_TERUGBLIK.to_string(),
                onderdelen,
            });
        }
        let mut regels: Vec<Regel> = wb
            .voornemens
            .iter()
            .filter(|v| !v.tekst.trim().is_empty())
            .enumerate()
            .map(|(i, v)| Regel::new(&format!("{L_VOORNEMEN} {}", i + 1), v.tekst.clone()))
            .collect();
        if regels.is_empty() {
            regels.push(Regel::new("Voornemens", GEEN_ANTWOORD));
        }
        blokken.push(Blok {
            kop: KOP_VOORNEMENS.to_string(),
            onderdelen: vec![onderdeel(VRAAG_VOORNEMENS, regels)],
        });
    }
    Samenvatting {
        titel,
        kopregels,
        blokken,
    }
}

/// A blank worksheet to print and fill in by hand, with the chosen sections.
pub fn leeg_formulier(secties: &Secties) -> Samenvatting {
    let kopregels = if secties.gesprek {
        vec![
            Regel::invul(L_LABEL, "", 1),
            Regel::invul(L_DATUM, "", 1),
            Regel::new(
                L_SOORT,
                keuzes(GesprekSoort::ALLE.map(GesprekSoort::naam), "   "),
            ),
            Regel::invul(L_AANWEZIG, keuzes(Rol::ALLE.map(Rol::naam), "   "), 1),
            Regel::invul(L_DOEL, "", 2),
            Regel::invul(L_INBRENG, "", 2),
            Regel::new(L_VIDEO, keuzes(["Ja", "Nee"], "   ")),
        ]
    } else {
        Vec::new()
    };

    let mut blokken = Vec::new();
    if secties.themas {
        blokken.push(themas_blok(|_| {
            let mut regels = vec![Regel::new(L_ANTWOORD, schaal_keuzes())];
            if secties.observaties {
                regels.push(Regel::invul(L_OBSERVATIES, "", 4));
                regels.push(Regel::invul(
                    "Momenten",
                    "tijd (mm:ss) — wat gebeurde — wat ik anders had kunnen doen",
                    3,
                ));
            }
            regels
        }));
    }
    if secties.feedback {
        let cijfers = format!(
            "omcirkel: {}",
            (0..=10)
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join("  ")
        );
        let vraag = |kop: &str| {
            onderdeel(
                kop,
                vec![
                    Regel::new(L_CIJFER, cijfers.clone()),
                    Regel::invul(L_WOORDEN, "", 2),
                ],
            )
        };
        blokken.push(Blok {
            kop: KOP_FEEDBACK.to_string(),
            onderdelen: vec![vraag(VRAAG_WERKRELATIE), vraag(VRAAG_DOEL)],
        });
    }
    if secties.slim {
        let rijen = |tekst: fn(SlimN) -> &'static str| {
            let opties = SlimN::ALLE.map(|n| format!("{}. {}", n.nummer(), tekst(n)));
            keuzes(opties.iter().map(String::as_str), "\n")
        };
        blokken.push(Blok {
            kop: KOP_SLIM.to_string(),
            onderdelen: vec![onderdeel(
                VRAAG_SLIM,
                vec![
                    Regel::new(L_ZELFBEELD, rijen(SlimN::zelfbeeld)),
                    Regel::new(L_MENSBEELD, rijen(SlimN::zelfbeeld)),
                    Regel::new(L_ROL, rijen(SlimN::rol)),
                    Regel::new(L_TRAJECT, rijen(SlimN::traject)),
                    Regel::invul(L_TOELICHTING, "", 3),
                    Regel::invul(L_UITKOMST, keuzes(["Passend", "Niet passend"], "   "), 2),
                ],
            )],
        });
    }
    if secties.voornemens {
        let onderdelen = (1..=2)
            .map(|i| {
                onderdeel(
                    &format!("Eerder voornemen {i}"),
                    vec![
                        Regel::invul(L_VOORNEMEN, "", 1),
                        Regel::new(L_GEPROBEERD, schaal_keuzes()),
                        Regel::invul(L_WAT_GEBEURDE, "", 2),
                    ],
                )
            })
            .collect();
        blokken.push(Blok {
            kop: KOP_TERUGBLIK.to_string(),
            onderdelen,
        });
        let regels = (1..=3)
            .map(|i| Regel::invul(&format!("{L_VOORNEMEN} {i}"), "", 1))
            .collect();
        blokken.push(Blok {
            kop: KOP_VOORNEMENS.to_string(),
            onderdelen: vec![onderdeel(VRAAG_VOORNEMENS, regels)],
        });
    }
    Samenvatting {
        titel: "Werkblad".to_string(),
        kopregels,
        blokken,
    }
}

/// The summary as plain text: headings underlined, one labelled value per line, user text
/// unchanged. Continuation lines of multi-line text are indented under their label.
pub fn als_tekst(s: &Samenvatting) -> String {
    let mut uit = String::new();
    kop(&mut uit, &s.titel, '=');
    if !s.kopregels.is_empty() {
        uit.push('\n');
        for r in &s.kopregels {
            regel(&mut uit, r, "");
        }
    }
    for blok in &s.blokken {
        uit.push('\n');
        kop(&mut uit, &blok.kop, '-');
        for o in &blok.onderdelen {
            uit.push('\n');
            if let Some(t) = &o.tussenkop {
                // Upper case marks a group without markup; it is always the app's own text.
                uit.push_str(&t.to_uppercase());
                uit.push_str("\n\n");
            }
            uit.push_str(&o.kop);
            uit.push('\n');
            for r in &o.regels {
                regel(&mut uit, r, "   ");
            }
        }
    }
    uit
}

fn kopregels(wb: &Werkblad) -> Vec<Regel> {
    let g = &wb.gesprek;
    let datum = if g.datum.trim().is_empty() {
        GEEN_ANTWOORD.to_string()
    } else {
        datum::nl(&g.datum)
    };
    let soort = match g.soort {
        None => GEEN_ANTWOORD.to_string(),
        Some(GesprekSoort::Anders) if !g.soort_anders.trim().is_empty() => {
            format!("{}: {}", GesprekSoort::Anders.naam(), g.soort_anders)
        }
        Some(s) => s.naam().to_string(),
    };
    let mut aanwezig: Vec<&str> = g.aanwezig.iter().map(|r| r.naam()).collect();
    if !g.aanwezig_anders.trim().is_empty() {
        aanwezig.push(&g.aanwezig_anders);
    }
    let aanwezig = if aanwezig.is_empty() {
        GEEN_ANTWOORD.to_string()
    } else {
        aanwezig.join(", ")
    };
    let video = match g.video {
        Some(true) => "Ja",
        Some(false) => "Nee",
        None => GEEN_ANTWOORD,
    };
    vec![
        Regel::new(L_LABEL, antwoord(&g.label)),
        Regel::new(L_DATUM, datum),
        Regel::new(L_SOORT, soort),
        Regel::new(L_AANWEZIG, aanwezig),
        Regel::new(L_DOEL, antwoord(&g.doel)),
        Regel::new(L_INBRENG, antwoord(&g.inbreng)),
        Regel::new(L_VIDEO, video),
    ]
}

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

fn slim_blok(slim: &Slim) -> Blok {
    let rij = |n: Option<SlimN>, tekst: fn(SlimN) -> &'static str| match n {
        Some(n) => format!("{}. {}", n.nummer(), tekst(n)),
        None => GEEN_ANTWOORD.to_string(),
    };
    Blok {
        kop: KOP_SLIM.to_string(),
        onderdelen: vec![onderdeel(
            VRAAG_SLIM,
            vec![
                Regel::new(L_ZELFBEELD, rij(slim.zelfbeeld, SlimN::zelfbeeld)),
                // The implicit image is one of the same four self-images.
                Regel::new(L_MENSBEELD, rij(slim.mensbeeld, SlimN::zelfbeeld)),
                Regel::new(L_ROL, rij(slim.rol, SlimN::rol)),
                Regel::new(L_TRAJECT, rij(slim.traject, SlimN::traject)),
                Regel::new(L_TOELICHTING, antwoord(&slim.toelichting)),
                Regel::new(L_UITKOMST, slim.uitkomst().in_woorden()),
            ],
        )],
    }
}

fn onderdeel(kop: &str, regels: Vec<Regel>) -> Onderdeel {
    Onderdeel {
        tussenkop: None,
        kop: kop.to_string(),
        regels,
    }
}

/// User text as written, or [`GEEN_ANTWOORD`] when there is nothing but whitespace.
fn antwoord(tekst: &str) -> String {
    if tekst.trim().is_empty() {
        GEEN_ANTWOORD.to_string()
    } else {
        tekst.to_string()
    }
}

fn schaal(s: Option<Schaal>) -> String {
    s.map_or(GEEN_ANTWOORD, Schaal::naam).to_string()
}

fn cijfer(c: Option<u8>) -> String {
    c.map_or_else(|| GEEN_ANTWOORD.to_string(), |c| format!("{c} van 10"))
}

/// "12:05 — wat gebeurde: … — wat ik anders had kunnen doen: …"; without a time code when
/// the conversation was not recorded.
fn moment(m: &Moment) -> String {
    let tijd = m.tijd.map(|t| format!("{t} — ")).unwrap_or_default();
    format!(
        "{tijd}wat gebeurde: {} — wat ik anders had kunnen doen: {}",
        antwoord(&m.wat),
        antwoord(&m.anders)
    )
}

/// Boxes to tick on paper.
fn keuzes<'a>(opties: impl IntoIterator<Item = &'a str>, scheiding: &str) -> String {
    opties
        .into_iter()
        .map(|o| format!("☐ {o}"))
        .collect::<Vec<_>>()
        .join(scheiding)
}

fn schaal_keuzes() -> String {
    keuzes(Schaal::ALLE.map(Schaal::naam), "   ")
}

/// A heading with a line of `teken` under it. The line is capped: a title holding a very
/// long label needs no equally long underline.
fn kop(uit: &mut String, tekst: &str, teken: char) {
    uit.push_str(tekst);
    uit.push('\n');
    let lengte = tekst
        .lines()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(3, 60);
    uit.extend(std::iter::repeat_n(teken, lengte));
    uit.push('\n');
}

fn regel(uit: &mut String, r: &Regel, inspring: &str) {
    uit.push_str(inspring);
    uit.push_str(&r.kop());
    let mut regels = r.tekst.lines();
    if let Some(eerste) = regels.next() {
        if !eerste.is_empty() {
            uit.push(' ');
            uit.push_str(eerste);
        }
    }
    uit.push('\n');
    for vervolg in regels {
        if !vervolg.is_empty() {
            uit.push_str(inspring);
            uit.push_str("  ");
            uit.push_str(vervolg);
        }
        uit.push('\n');
    }
    for _ in 0..r.invulregels {
        uit.push_str(inspring);
        uit.push_str("  ");
        uit.push_str(&"_".repeat(50));
        uit.push('\n');
    }
}

#[cfg(test)]
mod tests;
