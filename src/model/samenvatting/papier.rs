//! The blank worksheet for paper: empty values or choices to tick, and lines to write on.

use super::{
    onderdeel, themas_blok, Blok, Regel, Samenvatting, Secties, KOP_FEEDBACK, KOP_SLIM,
    KOP_TERUGBLIK, KOP_VOORNEMENS, L_AANWEZIG, L_ANTWOORD, L_CIJFER, L_DATUM, L_DOEL, L_GEPROBEERD,
    L_INBRENG, L_LABEL, L_MENSBEELD, L_OBSERVATIES, L_ROL, L_SOORT, L_TOELICHTING, L_TRAJECT,
    L_UITKOMST, L_VIDEO, L_VOORNEMEN, L_WAT_GEBEURDE, L_WOORDEN, L_ZELFBEELD, VRAAG_DOEL,
    VRAAG_SLIM, VRAAG_VOORNEMENS, VRAAG_WERKRELATIE,
};
use crate::model::slim::SlimN;
use crate::model::werkblad::{GesprekSoort, Rol, Schaal};

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
