use super::*;
use crate::model::{
    ClientFeedback, GesprekSoort, Moment, Rol, Schaal, Slim, SlimN, Terugblik, ThemaId, Tijdcode,
    Voornemen, Werkblad,
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
            ..Default::default()
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
            ..Default::default()
        },
        Voornemen {
            tekst: "  ".into(),
            ..Default::default()
        },
        Voornemen {
            tekst: "stilte laten zzvoornemen".into(),
            ..Default::default()
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
    // The plain text upper-cases them as ASCII: that is only the full upper case while they are.
    for kop in koppen {
        assert!(kop.is_ascii(), "{kop}");
        assert!(
            tekst.contains(&format!("{}\n", kop.to_uppercase())),
            "{kop}"
        );
    }
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
        ..Default::default()
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
    assert!(tekst
        .contains("Beeld van de cliënt waar ik vanuit ging: 1. Ik wil en kan, geef me een kans"));
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
        ..Secties::default()
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

#[test]
fn toestemming_en_verwijderen_van_de_opname_op_papier() {
    let mut w = Werkblad::default();
    let zonder = samenvatting(&w, &Secties::default());
    assert!(!zonder
        .kopregels
        .iter()
        .any(|r| r.label.contains("Opname verwijderen")));
    w.gesprek.opname.toestemming = Some(true);
    w.gesprek.opname.toestemming_datum = "2026-11-20".into();
    w.gesprek.opname.wissen_op = "2026-12-20".into();
    w.gesprek.opname.gewist = true;
    let s = samenvatting(&w, &Secties::default());
    let waarde = |l: &str| {
        s.kopregels
            .iter()
            .find(|r| r.label == l)
            .map(|r| r.tekst.clone())
            .unwrap_or_default()
    };
    assert_eq!(waarde("Toestemming voor de opname"), "Ja, op 20-11-2026");
    assert_eq!(waarde("Opname verwijderen op"), "20-12-2026 (verwijderd)");
}
