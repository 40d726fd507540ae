use super::super::{
    afdruk, afdruk_als_tekst, bespreekblad_als_tekst, leeg_afdruk, Afdruk, Omvang, Secties,
    MELDING_ANONIEM,
};
use super::*;
use crate::model::{ClientFeedback, Moment, Rol, SlimN, Tijdcode, Werkblad};

/// A BSN that passes the 11-proef (made up).
const BSN: &str = "111222333";

/// A typical worksheet for the meeting: some themes answered, three moments of which two are
/// marked (added in reverse time order), scores, a mismatching SLIM, two intentions.
fn typisch() -> Werkblad {
    let mut w = Werkblad::nieuw("wb-1", 1.0, "2026-11-03");
    w.gesprek.label = "KM-12".into();
    w.gesprek.soort = Some(GesprekSoort::Voortgang);
    w.gesprek.aanwezig = vec![Rol::Client, Rol::Klantmanager];
    w.gesprek.doel = "Samen de volgende stap kiezen.".into();
    w.gesprek.inbreng = "Ik wil leren wanneer ik te snel invul.".into();
    w.thema_mut(ThemaId::Emotie).antwoord = Some(Schaal::Ja);
    w.thema_mut(ThemaId::Agenda).antwoord = Some(Schaal::WeetNiet);
    w.voeg_moment_toe(
        ThemaId::Agenda,
        Moment {
            tijd: Some(Tijdcode(20 * 60 + 10)),
            wat: "Ik begin meteen over sancties.".into(),
            anders: "Eerst samen de agenda maken.".into(),
            bespreken: true,
            ..Default::default()
        },
    );
    w.voeg_moment_toe(
        ThemaId::Emotie,
        Moment {
            tijd: Some(Tijdcode(3 * 60 + 5)),
            wat: "Niet gemarkeerd.".into(),
            anders: "Niet gemarkeerd.".into(),
            ..Default::default()
        },
    );
    w.voeg_moment_toe(
        ThemaId::Emotie,
        Moment {
            tijd: Some(Tijdcode(12 * 60 + 5)),
            wat: "Lange stilte.".into(),
            anders: "Benoemen wat ik zie.".into(),
            bespreken: true,
            ..Default::default()
        },
    );
    w.feedback = ClientFeedback {
        werkrelatie: Some(7),
        werkrelatie_woorden: "Je luisterde echt.".into(),
        doel: Some(4),
        doel_woorden: String::new(),
    };
    w.slim = Slim {
        zelfbeeld: Some(SlimN::Twee),
        rol: Some(SlimN::Een),
        ..Slim::default()
    };
    w.voeg_voornemen_toe("Eén open vraag stellen.");
    w.voeg_voornemen_toe("   ");
    w.voeg_voornemen_toe("Stilte laten vallen.");
    w
}

fn waarde<'a>(regels: &'a [Regel], label: &str) -> &'a str {
    &regels
        .iter()
        .find(|r| r.label == label)
        .unwrap_or_else(|| panic!("no line {label}"))
        .tekst
}

#[test]
fn kop_inbreng_en_doel() {
    let b = bespreekblad(&typisch());
    assert_eq!(b.titel, "Bespreekblad");
    assert_eq!(waarde(&b.kopregels, L_LABEL), "KM-12");
    assert_eq!(waarde(&b.kopregels, L_DATUM), "03-11-2026");
    assert_eq!(waarde(&b.kopregels, L_SOORT), "Voortgangsgesprek");
    assert_eq!(waarde(&b.kopregels, L_AANWEZIG), "Cliënt, Klantmanager");
    assert_eq!(
        waarde(&b.inbreng, L_INBRENG),
        "Ik wil leren wanneer ik te snel invul."
    );
    assert_eq!(waarde(&b.inbreng, L_DOEL), "Samen de volgende stap kiezen.");
}

#[test]
fn gemarkeerde_momenten_op_tijdvolgorde_met_thema() {
    let b = bespreekblad(&typisch());
    assert_eq!(b.geen_momenten, None);
    assert_eq!(
        b.momenten,
        vec![
            BespreekMoment {
                tijd: "12:05".into(),
                thema: "Raakmomenten".into(),
                wat: "Lange stilte.".into(),
                anders: "Benoemen wat ik zie.".into(),
            },
            BespreekMoment {
                tijd: "20:10".into(),
                thema: "Gezamenlijke agenda".into(),
                wat: "Ik begin meteen over sancties.".into(),
                anders: "Eerst samen de agenda maken.".into(),
            },
        ]
    );
}

#[test]
fn momenten_zonder_tijd_achteraan() {
    let mut w = typisch();
    w.voeg_moment_toe(
        ThemaId::Emotie,
        Moment {
            wat: "Zonder tijd.".into(),
            bespreken: true,
            ..Default::default()
        },
    );
    let b = bespreekblad(&w);
    let laatste = b.momenten.last().unwrap();
    assert_eq!(
        (laatste.tijd.as_str(), laatste.wat.as_str()),
        ("", "Zonder tijd.")
    );
    assert_eq!(laatste.anders, GEEN_ANTWOORD);
}

#[test]
fn geen_gemarkeerde_momenten_geeft_een_regel() {
    let mut w = typisch();
    for t in &mut w.themas {
        for m in &mut t.momenten {
            m.bespreken = false;
        }
    }
    let b = bespreekblad(&w);
    assert!(b.momenten.is_empty());
    assert_eq!(b.geen_momenten.as_deref(), Some(GEEN_MOMENTEN));
    assert!(bespreekblad_als_tekst(&b).contains("geen momenten gemarkeerd"));
}

#[test]
fn elf_themas_met_antwoord_of_streep() {
    let b = bespreekblad(&typisch());
    assert_eq!(b.themas.len(), 11);
    assert_eq!(b.themas[0].naam, "1. Raakmomenten");
    assert_eq!(b.themas[0].antwoord, "Ja");
    assert_eq!(b.themas[7].naam, "8. Gezamenlijke agenda");
    assert_eq!(b.themas[7].antwoord, "Weet niet");
    assert_eq!(b.themas[10].naam, "11. Benadering past");
    for (i, t) in b.themas.iter().enumerate() {
        if i != 0 && i != 7 {
            assert_eq!(t.antwoord, "\u{2014}", "{}", t.naam);
        }
    }
    assert_eq!(
        b.themas_toelichting.as_deref(),
        Some("\u{2014} = geen antwoord")
    );
}

#[test]
fn scores_en_slim_elk_een_regel() {
    let b = bespreekblad(&typisch());
    assert_eq!(b.uitkomsten.len(), 3);
    // Only the score: the client's words are in the full worksheet, by the section choice.
    assert_eq!(b.uitkomsten[0].tekst, "7 van 10");
    assert!(!bespreekblad_als_tekst(&b).contains("Je luisterde echt."));
    assert_eq!(b.uitkomsten[1].tekst, "4 van 10");
    let slim = &b.uitkomsten[2].tekst;
    assert!(slim.starts_with("Niet passend"), "{slim}");
    assert!(
        slim.contains("je rol (1)") && slim.contains("rol leraar"),
        "{slim}"
    );
    assert!(b.uitkomsten.iter().all(|r| !r.tekst.contains('\n')));
}

#[test]
fn voornemens_zonder_lege() {
    let b = bespreekblad(&typisch());
    let teksten: Vec<_> = b.voornemens.iter().map(|r| r.tekst.as_str()).collect();
    assert_eq!(teksten, ["Eén open vraag stellen.", "Stilte laten vallen."]);
    assert_eq!(b.voornemens[1].kop(), "2:");
}

#[test]
fn leeg_werkblad_zegt_geen_antwoord() {
    let b = bespreekblad(&Werkblad::nieuw("wb-leeg", 1.0, ""));
    for r in b
        .kopregels
        .iter()
        .chain(&b.inbreng)
        .chain(&b.uitkomsten[..2])
    {
        assert_eq!(r.tekst, GEEN_ANTWOORD, "{}", r.label);
    }
    assert!(b.uitkomsten[2].tekst.starts_with(GEEN_ANTWOORD));
    assert_eq!(b.voornemens.len(), 1);
    assert_eq!(b.voornemens[0].tekst, GEEN_ANTWOORD);
    assert!(b.themas.iter().all(|t| t.antwoord == "\u{2014}"));
    assert!(b.geen_momenten.is_some());
}

#[test]
fn lange_teksten_ingekort_en_voluit_in_het_werkblad() {
    let mut w = typisch();
    let lang = "woord ".repeat(400) + "EINDE";
    w.gesprek.inbreng = lang.clone();
    w.thema_mut(ThemaId::Emotie).momenten[1].wat = lang.clone();
    w.voornemens[0].tekst = lang.clone();
    let a = afdruk(&w, &Secties::default());
    let b = a.bespreekblad.as_ref().unwrap();
    let inbreng = waarde(&b.inbreng, L_INBRENG);
    assert!(
        inbreng.ends_with('\u{2026}') && !inbreng.contains("EINDE"),
        "{inbreng}"
    );
    assert!(inbreng.chars().count() <= MAX_INBRENG);
    assert!(b.momenten[0].wat.ends_with('\u{2026}'));
    assert!(b.momenten[0].wat.chars().count() <= MAX_MOMENT);
    assert!(b.voornemens[0].tekst.chars().count() <= MAX_VOORNEMEN);
    // The full worksheet after it has the whole text.
    let heel = afdruk_als_tekst(&a);
    assert!(
        heel.matches("EINDE").count() >= 3,
        "in full after the bespreekblad"
    );
}

#[test]
fn kort_knipt_op_een_spatie_en_houdt_tekens_heel() {
    assert_eq!(kort("  een\n\ntwee   drie ", 50), "een twee drie");
    assert_eq!(kort("een twee drie vier", 12), "een twee\u{2026}");
    // No space near the limit: cut inside the word rather than losing most of the text.
    assert_eq!(kort("abcdefghijklmnop", 8), "abcdefg\u{2026}");
    let e = "é".repeat(30);
    assert_eq!(kort(&e, 10), format!("{}\u{2026}", "é".repeat(9)));
    assert_eq!(kort("precies", 7), "precies");
    for max in 1..40 {
        let k = kort(
            "Eén twee, drie; vier. Vijf zes zeven acht negen tien elf.",
            max,
        );
        assert!(k.chars().count() <= max.max(1), "{max}: {k}");
    }
}

#[test]
fn leeg_formulier_krijgt_een_leeg_bespreekblad() {
    let a = leeg_afdruk(&Secties::default());
    let b = a.bespreekblad.as_ref().unwrap();
    assert_eq!(b.themas.len(), 11);
    assert!(b.themas.iter().all(|t| t.antwoord.contains("\u{2610} ja")));
    assert_eq!(b.momenten.len(), LEGE_MOMENTEN);
    assert!(b
        .momenten
        .iter()
        .all(|m| m.wat.is_empty() && m.tijd.is_empty()));
    assert!(b
        .inbreng
        .iter()
        .all(|r| r.invulregels > 0 && r.tekst.is_empty()));
    assert_eq!(b.geen_momenten, None);
    let tekst = afdruk_als_tekst(&a);
    assert!(!tekst.contains(GEEN_ANTWOORD), "{tekst}");
    assert!(tekst.contains("Bespreekblad") && tekst.contains("1. Zijn er raakmomenten"));
    assert_eq!(a.paginakop, "Werkblad");
    // The choice holds for the blank form too.
    let alleen = leeg_afdruk(&Secties {
        omvang: Omvang::AlleenBespreekblad,
        ..Secties::default()
    });
    assert!(alleen.werkblad.is_none() && alleen.bespreekblad.is_some());
}

#[test]
fn omvang_kiest_wat_op_papier_komt() {
    let w = typisch();
    let met = |omvang| {
        afdruk(
            &w,
            &Secties {
                omvang,
                ..Secties::default()
            },
        )
    };
    let beide = met(Omvang::Beide);
    assert!(beide.bespreekblad.is_some() && beide.werkblad.is_some());
    let alleen = met(Omvang::AlleenBespreekblad);
    assert!(alleen.bespreekblad.is_some() && alleen.werkblad.is_none());
    let tekst = afdruk_als_tekst(&alleen);
    assert!(
        tekst.starts_with("Bespreekblad\n") && !tekst.contains("Werkblad: KM-12"),
        "{tekst}"
    );
    let werkblad = met(Omvang::AlleenWerkblad);
    assert!(werkblad.bespreekblad.is_none() && werkblad.werkblad.is_some());
    assert!(!afdruk_als_tekst(&werkblad).contains(KOP_BESPREKEN));
    assert_eq!(beide.paginakop, "KM-12 \u{b7} 03-11-2026");
    assert_eq!(beide.melding, None);
}

#[test]
fn oude_en_onbekende_keuzes_blijven_leesbaar() {
    // Stored before the bespreekblad existed: both, and not anonymous.
    let oud: Secties = serde_json::from_str(r#"{"gesprek":true,"slim":false}"#).unwrap();
    assert_eq!(
        (oud.omvang, oud.anoniem, oud.slim),
        (Omvang::Beide, false, false)
    );
    // A choice from a newer version falls back, and does not take the other settings with it.
    let nieuw: Secties =
        serde_json::from_str(r#"{"omvang":"iets_nieuws","anoniem":true,"feedback":false}"#)
            .unwrap();
    assert_eq!(
        (nieuw.omvang, nieuw.anoniem, nieuw.feedback),
        (Omvang::Beide, true, false)
    );
    for omvang in Omvang::ALLE {
        let s = Secties {
            omvang,
            anoniem: true,
            ..Secties::default()
        };
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Secties>(&json).unwrap(), s, "{json}");
    }
}

/// The typical worksheet with the label and personal data typed everywhere that reaches paper.
fn met_persoonsgegevens() -> Werkblad {
    let mut w = typisch();
    w.gesprek.inbreng = format!("Met KM-12 ging het mis; BSN {BSN} noemde ze zelf.");
    w.thema_mut(ThemaId::Emotie).observaties =
        format!("KM-12 gaf BSN {BSN} en 06-12345678 en jan@voorbeeld.nl, postcode 1234 AB.");
    w.thema_mut(ThemaId::Emotie).momenten[1].wat = "KM-12 belt met 06-12345678.".into();
    w.feedback.doel_woorden = "Mail me op jan@voorbeeld.nl".into();
    w.slim.toelichting = "Geboren 12-03-1980.".into();
    w.voornemens[0].tekst = "KM-12 terugbellen op 06-12345678.".into();
    w.terugblik.push(crate::model::Terugblik {
        voornemen: "KM-12 bellen".into(),
        wat_gebeurde: format!("BSN {BSN} gecontroleerd"),
        ..Default::default()
    });
    w
}

fn anoniem_afdruk(w: &Werkblad) -> Afdruk {
    afdruk(
        w,
        &Secties {
            anoniem: true,
            ..Secties::default()
        },
    )
}

#[test]
fn anoniem_vervangt_label_en_maskeert_overal() {
    let w = met_persoonsgegevens();
    let voor = w.clone();
    let a = anoniem_afdruk(&w);
    let tekst = afdruk_als_tekst(&a);
    for weg in [
        "KM-12",
        BSN,
        "06-12345678",
        "jan@voorbeeld.nl",
        "1234 AB",
        "12-03-1980",
    ] {
        assert!(!tekst.contains(weg), "{weg} on anonymous paper:\n{tekst}");
    }
    for erin in [
        "[BSN]",
        "[telefoonnummer]",
        "[e-mail]",
        "[postcode]",
        "[geboortedatum]",
    ] {
        assert!(tekst.contains(erin), "{erin} missing:\n{tekst}");
    }
    assert!(
        tekst.starts_with(MELDING_ANONIEM),
        "the line saying so comes first"
    );
    assert_eq!(a.melding.as_deref(), Some(MELDING_ANONIEM));
    let b = a.bespreekblad.as_ref().unwrap();
    assert_eq!(waarde(&b.kopregels, L_LABEL), "Cliënt");
    assert!(waarde(&b.inbreng, L_INBRENG).starts_with("Met Cliënt ging het mis; BSN [BSN]"));
    assert_eq!(b.momenten[0].wat, "Cliënt belt met [telefoonnummer].");
    assert_eq!(a.werkblad.as_ref().unwrap().titel, "Werkblad: Cliënt");
    assert_eq!(
        a.paginakop,
        "Cliënt \u{b7} 03-11-2026 \u{b7} geanonimiseerd"
    );
    // The conversation's own date stays: it is not a birth date.
    assert!(tekst.contains("03-11-2026"));
    // The worksheet itself is untouched.
    assert_eq!(w, voor);
}

#[test]
fn anoniem_zonder_label_blijft_zonder_label() {
    let mut w = met_persoonsgegevens();
    w.gesprek.label.clear();
    let a = anoniem_afdruk(&w);
    let b = a.bespreekblad.as_ref().unwrap();
    assert_eq!(waarde(&b.kopregels, L_LABEL), GEEN_ANTWOORD);
    assert!(!afdruk_als_tekst(&a).contains(BSN));
    assert!(a.paginakop.starts_with("Werkblad \u{b7} "));
}

#[test]
fn niet_anoniem_laat_alles_staan() {
    let w = met_persoonsgegevens();
    let tekst = afdruk_als_tekst(&afdruk(&w, &Secties::default()));
    assert!(tekst.contains("KM-12") && tekst.contains(BSN));
    assert!(!tekst.contains(MELDING_ANONIEM));
}

#[test]
fn paginakop_als_css_tekenreeks() {
    let mut w = typisch();
    w.gesprek.label = "A\"b\\c\nd".into();
    let a = afdruk(&w, &Secties::default());
    assert_eq!(
        a.paginakop,
        "A\"b\\c\nd \u{b7} 03-11-2026".replace('\n', " ")
    );
    assert_eq!(a.paginakop_css(), "\"A\\\"b\\\\c d \u{b7} 03-11-2026\"");
    // A very long label does not fill the page margin.
    w.gesprek.label = "x".repeat(500);
    assert!(afdruk(&w, &Secties::default()).paginakop.chars().count() < 100);
}
