//! The summary of a filled-in worksheet: every answer as written, or [`GEEN_ANTWOORD`].

use super::{
    onderdeel, themas_blok, Blok, Regel, Samenvatting, Secties, GEEN_ANTWOORD, KOP_FEEDBACK,
    KOP_SLIM, KOP_TERUGBLIK, KOP_VOORNEMENS, L_AANWEZIG, L_ANTWOORD, L_CIJFER, L_DATUM, L_DOEL,
    L_GEPROBEERD, L_INBRENG, L_LABEL, L_MENSBEELD, L_MOMENT, L_OBSERVATIES, L_ROL, L_SOORT,
    L_TOELICHTING, L_TRAJECT, L_UITKOMST, L_VIDEO, L_VOORNEMEN, L_WAT_GEBEURDE, L_WOORDEN,
    L_ZELFBEELD, VRAAG_DOEL, VRAAG_SLIM, VRAAG_VOORNEMENS, VRAAG_WERKRELATIE,
};
use crate::model::datum;
use crate::model::slim::{Slim, SlimN};
use crate::model::werkblad::{GesprekSoort, Moment, Schaal, ThemaAntwoord, Werkblad};

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
    let mut regels = vec![
        Regel::new(L_LABEL, antwoord(&g.label)),
        Regel::new(L_DATUM, datum),
        Regel::new(L_SOORT, soort),
        Regel::new(L_AANWEZIG, aanwezig),
        Regel::new(L_DOEL, antwoord(&g.doel)),
        Regel::new(L_INBRENG, antwoord(&g.inbreng)),
        Regel::new(L_VIDEO, video),
    ];
    regels.extend(opname_regels(&g.opname));
    regels
}

/// Consent and the planned deletion of the recording, when anything of it was filled in.
fn opname_regels(o: &crate::model::Opname) -> Vec<Regel> {
    let mut regels = Vec::new();
    if o.toestemming.is_some() || !o.toestemming_datum.trim().is_empty() {
        let mut t = match o.toestemming {
            Some(true) => "Ja".to_string(),
            Some(false) => "Nee".to_string(),
            None => GEEN_ANTWOORD.to_string(),
        };
        if !o.toestemming_datum.trim().is_empty() {
            t = format!("{t}, op {}", datum::nl(&o.toestemming_datum));
        }
        regels.push(Regel::new("Toestemming voor de opname", t));
    }
    if !o.wissen_op.trim().is_empty() || o.gewist {
        let mut t = if o.wissen_op.trim().is_empty() {
            GEEN_ANTWOORD.to_string()
        } else {
            datum::nl(&o.wissen_op)
        };
        if o.gewist {
            t.push_str(" (verwijderd)");
        }
        regels.push(Regel::new("Opname verwijderen op", t));
    }
    regels
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
