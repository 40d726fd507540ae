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
mod tests {
    use super::*;
    use crate::model::{
        ClientFeedback, GesprekSoort, Moment, Rol, Schaal, Slim, SlimN, Terugblik, ThemaId,
        Tijdcode, Voornemen,
    };

    /// A worksheet where every text is unique, so a test can tell which part ended up where.
    fn vol() -> Werkblad {
        let mut w = Werkblad::nieuw("wb-1", 1.0, "2026-11-22");
        w.gesprek.label = "KM-12".into();
        w.gesprek.soort = Some(GesprekSoort::Anders);
        w.gesprek.soort_anders = "telefonisch-zzsoort".into();
        w.gesprek.aanwezig = vec![Rol::Client, Rol::Tolk];
        w.gesprek.aanwezig_anders = "buurvrouw-zzaanwezig".into();
        w.gesprek.doel = "afspraken maken zzdoel".into();
        w.gesprek.inbreng = "beter luisteren zzinbreng".into();
        w.gesprek.video = Some(true);
        for (i, t) in ThemaId::ALLE.into_iter().enumerate() {
            let a = w.thema_mut(t);
            a.antwoord = Some(Schaal::ALLE[i % 4]);
            a.observaties = format!("observatie-{i}-zzobs");
            a.momenten.push(Moment {
                tijd: Some(Tijdcode(725 + i as u32)),
                wat: format!("gebeurde-{i}-zzmoment"),
                anders: format!("anders-{i}-zzmoment"),
            });
        }
        w.feedback = ClientFeedback {
            werkrelatie: Some(7),
            werkrelatie_woorden: "fijn gesprek zzfeedback".into(),
            doel: Some(4),
            doel_woorden: "nog ver weg zzfeedback".into(),
        };
        w.slim = Slim {
            zelfbeeld: Some(SlimN::Twee),
            mensbeeld: Some(SlimN::Een),
            rol: Some(SlimN::Een),
            traject: Some(SlimN::Twee),
            toelichting: "ze zei het zelf zzslim".into(),
        };
        w.voornemens = vec![
            Voornemen {
                tekst: "één open vraag zzvoornemen".into(),
            },
            Voornemen { tekst: "  ".into() },
            Voornemen {
                tekst: "stilte laten zzvoornemen".into(),
            },
        ];
        w.terugblik = vec![Terugblik {
            voornemen: "agenda maken zzterugblik".into(),
            geprobeerd: Some(Schaal::Deels),
            wat_gebeurde: "half gelukt zzterugblik".into(),
        }];
        w
    }

    fn blok<'a>(s: &'a Samenvatting, kop: &str) -> Option<&'a Blok> {
        s.blokken.iter().find(|b| b.kop == kop)
    }

    fn tekst_van(wb: &Werkblad, secties: &Secties) -> String {
        als_tekst(&samenvatting(wb, secties))
    }

    #[test]
    fn secties_standaard_alles_aan_en_onthouden() {
        let alles = Secties::default();
        assert!(alles.gesprek && alles.themas && alles.observaties);
        assert!(alles.feedback && alles.slim && alles.voornemens);
        assert_eq!(serde_json::from_str::<Secties>("{}").unwrap(), alles);
        let oud: Secties = serde_json::from_str(r#"{"slim":false,"iets_nieuws":1}"#).unwrap();
        assert_eq!(
            oud,
            Secties {
                slim: false,
                ..alles
            }
        );
        let json = serde_json::to_string(&oud).unwrap();
        assert_eq!(serde_json::from_str::<Secties>(&json).unwrap(), oud);
    }

    #[test]
    fn elke_beantwoorde_vraag_staat_erin() {
        let wb = vol();
        let s = samenvatting(&wb, &Secties::default());
        let tekst = als_tekst(&s);
        let themas = blok(&s, KOP_THEMAS).unwrap();
        assert_eq!(themas.onderdelen.len(), 11);
        for (i, t) in ThemaId::ALLE.into_iter().enumerate() {
            let o = &themas.onderdelen[i];
            assert_eq!(o.kop, format!("{}. {}", i + 1, t.vraag()));
            assert_eq!(o.regels[0].tekst, Schaal::ALLE[i % 4].naam());
            assert_eq!(o.regels[1].tekst, format!("observatie-{i}-zzobs"));
            assert!(tekst.contains(t.vraag()), "{}", t.code());
            assert!(tekst.contains(&format!("observatie-{i}-zzobs")));
            assert!(tekst.contains(&format!("gebeurde-{i}-zzmoment")));
        }
        assert!(!tekst.contains(GEEN_ANTWOORD), "{tekst}");
        // Group headings: once per group, on its first question.
        let koppen: Vec<_> = themas
            .onderdelen
            .iter()
            .filter_map(|o| o.tussenkop.as_deref())
            .collect();
        assert_eq!(
            koppen,
            [
                "Algemeen",
                "Specifiek: contact",
                "Specifiek: doel",
                "Specifiek: regie",
                "Specifiek: interventielogica"
            ]
        );
        assert!(tekst.contains("ALGEMEEN\n"));
    }

    #[test]
    fn kopregels_in_leesbare_vorm() {
        let s = samenvatting(&vol(), &Secties::default());
        assert_eq!(s.titel, "Werkblad: KM-12");
        let waarde = |label: &str| {
            s.kopregels
                .iter()
                .find(|r| r.label == label)
                .map(|r| r.tekst.as_str())
                .unwrap()
        };
        assert_eq!(waarde(L_LABEL), "KM-12");
        assert_eq!(waarde(L_DATUM), "22-11-2026");
        assert_eq!(waarde(L_SOORT), "Anders: telefonisch-zzsoort");
        assert_eq!(waarde(L_AANWEZIG), "Cliënt, Tolk, buurvrouw-zzaanwezig");
        assert_eq!(waarde(L_DOEL), "afspraken maken zzdoel");
        assert_eq!(waarde(L_INBRENG), "beter luisteren zzinbreng");
        assert_eq!(waarde(L_VIDEO), "Ja");
        assert_eq!(s.kopregels[0].kop(), "Label:");
        assert_eq!(s.kopregels[5].kop(), "Wat wil ik van dit gesprek leren?");

        let mut wb = vol();
        wb.gesprek.soort = Some(GesprekSoort::Huisbezoek);
        let s = samenvatting(&wb, &Secties::default());
        assert_eq!(
            s.kopregels[2].tekst, "Huisbezoek",
            "soort_anders only counts with Anders"
        );
    }

    #[test]
    fn onbeantwoord_heet_geen_antwoord() {
        let wb = Werkblad::nieuw("wb-1", 1.0, "");
        let s = samenvatting(&wb, &Secties::default());
        assert_eq!(s.titel, "Werkblad");
        assert!(
            s.kopregels.iter().all(|r| r.tekst == GEEN_ANTWOORD),
            "{:?}",
            s.kopregels
        );
        let themas = blok(&s, KOP_THEMAS).unwrap();
        assert_eq!(
            themas.onderdelen.len(),
            11,
            "unanswered questions never vanish"
        );
        for o in &themas.onderdelen {
            assert_eq!(o.regels.len(), 2, "{}", o.kop);
            assert!(
                o.regels.iter().all(|r| r.tekst == GEEN_ANTWOORD),
                "{}",
                o.kop
            );
        }
        let feedback = blok(&s, KOP_FEEDBACK).unwrap();
        assert!(feedback
            .onderdelen
            .iter()
            .flat_map(|o| &o.regels)
            .all(|r| r.tekst == GEEN_ANTWOORD));
        let slim = &blok(&s, KOP_SLIM).unwrap().onderdelen[0].regels;
        assert!(slim[..5].iter().all(|r| r.tekst == GEEN_ANTWOORD));
        let voornemens = &blok(&s, KOP_VOORNEMENS).unwrap().onderdelen[0].regels;
        assert_eq!(voornemens[0].tekst, GEEN_ANTWOORD);
        assert!(
            blok(&s, KOP_TERUGBLIK).is_none(),
            "no earlier intentions, nothing to look back on"
        );
        // Whitespace only is not an answer either.
        let mut wb = wb;
        wb.gesprek.doel = " \n\t".into();
        wb.thema_mut(ThemaId::Agenda).observaties = "   ".into();
        let tekst = tekst_van(&wb, &Secties::default());
        assert!(tekst.contains(&format!("{L_DOEL}: {GEEN_ANTWOORD}")));
        let n = tekst.matches(GEEN_ANTWOORD).count();
        assert_eq!(n, 7 + 22 + 4 + 5 + 1, "every empty field once");
        // Every empty answer in the summary appears in the text too.
        let regels: usize = s.kopregels.len()
            + s.blokken
                .iter()
                .flat_map(|b| &b.onderdelen)
                .flat_map(|o| &o.regels)
                .filter(|r| r.tekst == GEEN_ANTWOORD)
                .count();
        assert_eq!(n, regels);
    }

    #[test]
    fn gedeeltelijk_ingevuld_moment_en_terugblik() {
        let mut wb = Werkblad::nieuw("wb-1", 1.0, "");
        wb.thema_mut(ThemaId::Emotie).momenten.push(Moment {
            tijd: None,
            wat: "ze huilde".into(),
            anders: String::new(),
        });
        wb.terugblik.push(Terugblik::default());
        let s = samenvatting(&wb, &Secties::default());
        let emotie = &blok(&s, KOP_THEMAS).unwrap().onderdelen[0];
        assert_eq!(
            emotie.regels[2].tekst,
            "wat gebeurde: ze huilde — wat ik anders had kunnen doen: geen antwoord"
        );
        let terug = &blok(&s, KOP_TERUGBLIK).unwrap().onderdelen[0];
        assert!(terug.regels.iter().all(|r| r.tekst == GEEN_ANTWOORD));
    }

    #[test]
    fn momenten_met_tijdcode() {
        let s = samenvatting(&vol(), &Secties::default());
        let emotie = &blok(&s, KOP_THEMAS).unwrap().onderdelen[0];
        assert_eq!(emotie.regels[2].label, L_MOMENT);
        assert_eq!(
            emotie.regels[2].tekst,
            "12:05 — wat gebeurde: gebeurde-0-zzmoment — wat ik anders had kunnen doen: anders-0-zzmoment"
        );
    }

    #[test]
    fn feedback_slim_terugblik_en_voornemens() {
        let wb = vol();
        let s = samenvatting(&wb, &Secties::default());
        let tekst = als_tekst(&s);
        assert!(tekst.contains("Cijfer: 7 van 10"));
        assert!(tekst.contains("Cijfer: 4 van 10"));
        assert!(tekst.contains("fijn gesprek zzfeedback"));
        assert!(tekst.contains("nog ver weg zzfeedback"));

        assert!(tekst.contains(&wb.slim.uitkomst().in_woorden()));
        assert!(tekst.contains("Niet passend"));
        assert!(tekst.contains("Zelfbeeld van de cliënt: 2. Ik wil wel, maar ik kan niet"));
        assert!(tekst.contains(
            "Beeld van de cliënt waar ik vanuit ging: 1. Ik wil en kan, geef me een kans"
        ));
        assert!(tekst.contains("Mijn rol: 1. Facilitator / verkoper"));
        assert!(tekst.contains("Trajectlogica: 2. Leren"));
        assert!(tekst.contains("ze zei het zelf zzslim"));

        assert!(tekst.contains("Voornemen: agenda maken zzterugblik"));
        assert!(tekst.contains("Geprobeerd? Deels"));
        assert!(tekst.contains("Wat gebeurde er? half gelukt zzterugblik"));
        assert!(tekst.contains(&format!("{L_INBRENG} beter luisteren zzinbreng")));
        assert!(tekst.contains("half gelukt zzterugblik"));
        // Blank intentions are skipped and the rest renumbered.
        assert!(tekst.contains("Voornemen 1: één open vraag zzvoornemen"));
        assert!(tekst.contains("Voornemen 2: stilte laten zzvoornemen"));
        assert!(!tekst.contains("Voornemen 3"));

        let koppen: Vec<_> = s.blokken.iter().map(|b| b.kop.as_str()).collect();
        assert_eq!(
            koppen,
            [
                KOP_THEMAS,
                KOP_FEEDBACK,
                KOP_SLIM,
                KOP_TERUGBLIK,
                KOP_VOORNEMENS
            ]
        );
    }

    #[test]
    fn passende_slim_in_woorden() {
        let mut wb = vol();
        wb.slim = Slim {
            zelfbeeld: Some(SlimN::Drie),
            rol: Some(SlimN::Drie),
            ..Slim::default()
        };
        let tekst = tekst_van(&wb, &Secties::default());
        assert!(tekst.contains("Uitkomst: Passend"), "{tekst}");
        assert!(tekst.contains(&format!("{L_MENSBEELD}: {GEEN_ANTWOORD}")));
    }

    #[test]
    fn uitgezette_secties_ontbreken_helemaal() {
        let wb = vol();
        let alles = Secties::default();
        // For each switch: what must vanish (headings and content) when it is off.
        let gevallen: [(Secties, &[&str]); 6] = [
            (
                Secties {
                    gesprek: false,
                    ..alles
                },
                &[
                    "KM-12",
                    "22-11-2026",
                    "zzsoort",
                    "zzaanwezig",
                    "zzdoel",
                    "zzinbreng",
                    L_DATUM,
                    L_DOEL,
                    L_VIDEO,
                ],
            ),
            (
                Secties {
                    themas: false,
                    ..alles
                },
                &[
                    KOP_THEMAS,
                    "ALGEMEEN",
                    ThemaId::Emotie.vraag(),
                    ThemaId::Beurten.vraag(),
                    "zzobs",
                    "zzmoment",
                    L_ANTWOORD,
                ],
            ),
            (
                Secties {
                    observaties: false,
                    ..alles
                },
                &["zzobs", "zzmoment", L_OBSERVATIES, "12:05"],
            ),
            (
                Secties {
                    feedback: false,
                    ..alles
                },
                &[
                    KOP_FEEDBACK,
                    VRAAG_WERKRELATIE,
                    "7 van 10",
                    "zzfeedback",
                    L_WOORDEN,
                ],
            ),
            (
                Secties {
                    slim: false,
                    ..alles
                },
                &[
                    KOP_SLIM, VRAAG_SLIM, "passend", "zzslim", "Leraar", L_UITKOMST,
                ],
            ),
            (
                Secties {
                    voornemens: false,
                    ..alles
                },
                &[
                    KOP_VOORNEMENS,
                    KOP_TERUGBLIK,
                    "zzvoornemen",
                    "zzterugblik",
                    L_GEPROBEERD,
                ],
            ),
        ];
        let alle_merktekens = [
            "zzsoort",
            "zzdoel",
            "zzobs",
            "zzmoment",
            "zzfeedback",
            "zzslim",
            "zzvoornemen",
            "zzterugblik",
        ];
        for (secties, weg) in gevallen {
            let s = samenvatting(&wb, &secties);
            let tekst = als_tekst(&s);
            for w in weg {
                assert!(
                    !tekst.contains(w),
                    "{w:?} should be gone with {secties:?}:\n{tekst}"
                );
            }
            // Everything else is still there.
            for m in alle_merktekens.iter().filter(|m| !weg.contains(m)) {
                assert!(tekst.contains(m), "{m:?} should stay with {secties:?}");
            }
        }
        // Observations off: the questions and their answers stay.
        let s = samenvatting(
            &wb,
            &Secties {
                observaties: false,
                ..alles
            },
        );
        let themas = blok(&s, KOP_THEMAS).unwrap();
        assert!(themas
            .onderdelen
            .iter()
            .all(|o| o.regels.len() == 1 && o.regels[0].label == L_ANTWOORD));
        // All off: only the title is left.
        let niets = Secties {
            gesprek: false,
            themas: false,
            observaties: false,
            feedback: false,
            slim: false,
            voornemens: false,
        };
        let s = samenvatting(&wb, &niets);
        assert!(s.kopregels.is_empty() && s.blokken.is_empty());
        assert_eq!(als_tekst(&s), "Werkblad\n========\n");
    }

    #[test]
    fn gebruikerstekst_blijft_letterlijk() {
        let mut wb = vol();
        let html = "<script>alert(\"x\")</script> &amp; <b>vet</b> 'quote' 🙂";
        wb.gesprek.label = html.into();
        wb.gesprek.doel = html.into();
        wb.thema_mut(ThemaId::Echtheid).observaties = html.into();
        wb.thema_mut(ThemaId::Echtheid).momenten[0].wat = html.into();
        wb.feedback.doel_woorden = html.into();
        wb.slim.toelichting = html.into();
        wb.voornemens[0].tekst = html.into();
        wb.terugblik[0].wat_gebeurde = html.into();
        let s = samenvatting(&wb, &Secties::default());
        assert_eq!(s.titel, format!("Werkblad: {html}"));
        let waarden: Vec<&str> = s
            .kopregels
            .iter()
            .chain(
                s.blokken
                    .iter()
                    .flat_map(|b| &b.onderdelen)
                    .flat_map(|o| &o.regels),
            )
            .map(|r| r.tekst.as_str())
            .collect();
        assert_eq!(
            waarden.iter().filter(|w| **w == html).count(),
            7,
            "{waarden:?}"
        );
        let tekst = als_tekst(&s);
        assert_eq!(
            tekst.matches(html).count(),
            9,
            "title, 7 values and the moment"
        );
        assert!(!tekst.contains("&lt;"));
    }

    #[test]
    fn meerdere_regels_springen_in() {
        let mut wb = vol();
        wb.thema_mut(ThemaId::Emotie).observaties = "eerste\r\ntweede\n\nvierde\n".into();
        let s = samenvatting(&wb, &Secties::default());
        assert_eq!(
            blok(&s, KOP_THEMAS).unwrap().onderdelen[0].regels[1].tekst,
            "eerste\r\ntweede\n\nvierde\n",
            "the structure keeps the text exactly"
        );
        let tekst = als_tekst(&s);
        assert!(
            tekst.contains("   Observaties: eerste\n     tweede\n\n     vierde\n   Moment:"),
            "{tekst}"
        );
    }

    #[test]
    fn een_megabyte_veld_geeft_geen_problemen() {
        let mut wb = vol();
        let groot = "é".repeat(512 * 1024);
        wb.gesprek.label = groot.clone();
        wb.gesprek.doel = groot.clone();
        wb.thema_mut(ThemaId::Weerstand).observaties = format!("{groot}\n{groot}");
        let tekst = tekst_van(&wb, &Secties::default());
        assert!(tekst.len() > 4 * groot.len());
        assert!(tekst.contains(&format!("{L_DOEL}: {groot}\n")));
        // The underline under the title does not grow with the label.
        assert!(tekst.contains(&format!("\n{}\n", "=".repeat(60))));
    }

    #[test]
    fn niet_genormaliseerd_werkblad_geeft_geen_paniek() {
        let mut wb = vol();
        wb.themas.truncate(3);
        wb.themas.reverse();
        let s = samenvatting(&wb, &Secties::default());
        let themas = blok(&s, KOP_THEMAS).unwrap();
        assert_eq!(themas.onderdelen.len(), 11);
        assert_eq!(themas.onderdelen[0].regels[1].tekst, "observatie-0-zzobs");
        assert_eq!(themas.onderdelen[10].regels[0].tekst, GEEN_ANTWOORD);
    }

    #[test]
    fn leeg_formulier_om_op_papier_in_te_vullen() {
        let s = leeg_formulier(&Secties::default());
        let tekst = als_tekst(&s);
        assert!(!tekst.contains(GEEN_ANTWOORD));
        let koppen: Vec<_> = s.blokken.iter().map(|b| b.kop.as_str()).collect();
        assert_eq!(
            koppen,
            [
                KOP_THEMAS,
                KOP_FEEDBACK,
                KOP_SLIM,
                KOP_TERUGBLIK,
                KOP_VOORNEMENS
            ]
        );
        // The same questions and labels as the filled-in summary.
        let mut wb = vol();
        wb.terugblik.push(Terugblik::default());
        let gevuld = samenvatting(&wb, &Secties::default());
        let labels = |s: &Samenvatting| {
            s.kopregels
                .iter()
                .map(|r| r.label.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(labels(&s), labels(&gevuld));
        let vragen = |s: &Samenvatting| {
            s.blokken
                .iter()
                .flat_map(|b| &b.onderdelen)
                .map(|o| o.kop.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(vragen(&s), vragen(&gevuld));
        let themas = blok(&s, KOP_THEMAS).unwrap();
        for o in &themas.onderdelen {
            assert_eq!(o.regels[0].tekst, "☐ Ja   ☐ Deels   ☐ Nee   ☐ Weet niet");
            assert!(o.regels[1].invulregels > 0);
        }
        for n in SlimN::ALLE {
            assert!(tekst.contains(&format!("☐ {}. {}", n.nummer(), n.zelfbeeld())));
            assert!(tekst.contains(n.rol()) && tekst.contains(n.traject()));
        }
        assert!(tekst.contains("☐ Intake") && tekst.contains("☐ Tolk"));
        assert!(tekst.contains("omcirkel: 0  1  2  3  4  5  6  7  8  9  10"));
        assert!(tekst.contains(&format!("\n     {}\n", "_".repeat(50))));
        assert!(s.kopregels.iter().any(|r| r.invulregels > 0));

        let zonder = leeg_formulier(&Secties {
            slim: false,
            observaties: false,
            ..Secties::default()
        });
        let tekst = als_tekst(&zonder);
        assert!(!tekst.contains(KOP_SLIM) && !tekst.contains("Leraar"));
        assert!(!tekst.contains(L_OBSERVATIES) && !tekst.contains("Momenten"));
        assert!(tekst.contains(ThemaId::Agenda.vraag()));
    }
}
