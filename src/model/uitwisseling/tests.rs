use super::fout::{megabytes, NIETS_VERANDERD};
use super::import::te_lange_tekst;
use super::*;
use crate::model::{
    ClientFeedback, GesprekSoort, Moment, Rol, Schaal, Slim, SlimN, Terugblik, Tijdcode, Voornemen,
    Werkblad, MAX_TEKST, SCHEMA_VERSIE,
};
use serde_json::Value;

/// A worksheet with every text field set to `tekst`.
fn vol(id: &str, tekst: &str) -> Werkblad {
    let mut w = Werkblad::nieuw(id, 1_763_800_000_000.0, "2026-11-22");
    w.revisie = 4;
    let g = &mut w.gesprek;
    g.label = tekst.into();
    g.datum = tekst.into();
    g.soort = Some(GesprekSoort::Anders);
    g.soort_anders = tekst.into();
    g.aanwezig = vec![Rol::Client, Rol::Naaste];
    g.aanwezig_anders = tekst.into();
    g.doel = tekst.into();
    g.inbreng = tekst.into();
    g.video = Some(false);
    for (i, t) in w.themas.iter_mut().enumerate() {
        t.antwoord = Some(Schaal::ALLE[i % 4]);
        t.observaties = tekst.into();
        t.momenten = vec![
            Moment {
                tijd: Some(Tijdcode(65)),
                wat: tekst.into(),
                anders: tekst.into(),
                ..Default::default()
            },
            Moment {
                tijd: None,
                wat: tekst.into(),
                anders: tekst.into(),
                ..Default::default()
            },
        ];
    }
    w.feedback = ClientFeedback {
        werkrelatie: Some(10),
        werkrelatie_woorden: tekst.into(),
        doel: Some(0),
        doel_woorden: tekst.into(),
    };
    w.slim = Slim {
        zelfbeeld: Some(SlimN::Vier),
        mensbeeld: Some(SlimN::Een),
        rol: None,
        traject: Some(SlimN::Drie),
        toelichting: tekst.into(),
    };
    w.voornemens = vec![
        Voornemen {
            tekst: tekst.into(),
            ..Default::default()
        },
        Voornemen {
            tekst: tekst.into(),
            ..Default::default()
        },
    ];
    w.terugblik = vec![Terugblik {
        voornemen: tekst.into(),
        geprobeerd: Some(Schaal::Nee),
        wat_gebeurde: tekst.into(),
    }];
    w.normaliseer();
    w
}

fn bestand(werkbladen: &str) -> String {
    format!(
        r#"{{"app":"werkblad","schema_version":1,"exported_at":"x","werkbladen":[{werkbladen}]}}"#
    )
}

fn minimaal(id: &str) -> String {
    format!(r#"{{"schema_version":1,"id":"{id}"}}"#)
}

#[test]
fn heen_en_terug() {
    let werkbladen = vec![
        vol(
            "wb-a",
            "Eén open vraag, dan stil.\nTweede regel: \"quote\" 🙂",
        ),
        Werkblad::nieuw("wb-b", 2.0, ""),
        Werkblad::default().vervolg("wb-c", 3.0, "2026-12-01"),
    ];
    let json = exporteer(&werkbladen, "2026-11-22T14:00:00Z");
    assert_eq!(lees_import(&json), Ok(werkbladen));
}

#[test]
fn export_heeft_een_herkenbare_kop() {
    let json = exporteer(&[Werkblad::nieuw("wb-a", 1.0, "")], "2026-11-22T14:00:00Z");
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["app"], "werkblad");
    assert_eq!(v["schema_version"], SCHEMA_VERSIE);
    assert_eq!(v["exported_at"], "2026-11-22T14:00:00Z");
    assert_eq!(v["werkbladen"].as_array().unwrap().len(), 1);
    assert_eq!(v["werkbladen"][0]["id"], "wb-a");
    assert_eq!(v["werkbladen"][0]["schema_version"], SCHEMA_VERSIE);
}

#[test]
fn volle_opslag_past_in_een_backup() {
    // 200 worksheets with every field filled (two moments per question) stay under the limit.
    let tekst = "Ze keek weg toen ik over werk begon. Ik ging door met mijn vragen. ".repeat(2);
    let werkbladen: Vec<_> = (0..200).map(|i| vol(&format!("wb-{i}"), &tekst)).collect();
    let json = exporteer(&werkbladen, "2026-11-22T14:00:00Z");
    assert!(json.len() < MAX_BESTAND, "{}", json.len());
    assert_eq!(lees_import(&json).unwrap().len(), 200);
}

#[test]
fn html_en_script_blijven_letterlijk() {
    let html = "<script>alert('x')</script><img src=x onerror=alert(1)> &amp; \"</textarea>";
    let werkbladen = vec![vol("wb-html", html)];
    let json = exporteer(&werkbladen, "<b>nu</b>");
    assert!(
        json.contains("<script>alert('x')</script>"),
        "not escaped in the file either"
    );
    let terug = lees_import(&json).unwrap();
    assert_eq!(terug, werkbladen);
    let w = &terug[0];
    assert_eq!(te_lange_tekst(w), None);
    for tekst in [
        &w.gesprek.label,
        &w.gesprek.datum,
        &w.gesprek.soort_anders,
        &w.gesprek.aanwezig_anders,
        &w.gesprek.doel,
        &w.gesprek.inbreng,
        &w.themas[10].observaties,
        &w.themas[10].momenten[1].anders,
        &w.feedback.doel_woorden,
        &w.slim.toelichting,
        &w.voornemens[1].tekst,
        &w.terugblik[0].wat_gebeurde,
    ] {
        assert_eq!(tekst, html);
    }
}

#[test]
fn geen_json() {
    for onzin in [
        "hallo",
        "%PDF-1.4\n...",
        "<html></html>",
        "{niet: json}",
        "[1, 2,, 3]",
        "{} extra",
    ] {
        assert_eq!(lees_import(onzin), Err(ImportFout::GeenJson), "{onzin}");
    }
    for leeg in ["", "   \n", "\u{feff}"] {
        assert_eq!(lees_import(leeg), Err(ImportFout::Leeg), "{leeg:?}");
    }
    assert!(ImportFout::GeenJson
        .uitleg()
        .contains("geen back-up van Werkblad"));
}

#[test]
fn afgebroken_bestand() {
    let json = exporteer(
        &[vol("wb-a", "tekst met é en 🙂"), vol("wb-b", "meer")],
        "nu",
    );
    // Cut at many places, as an interrupted download would.
    let mut getest = 0;
    for eind in (1..json.len()).step_by(97) {
        let Some(stuk) = json.get(..eind) else {
            continue;
        };
        assert_eq!(
            lees_import(stuk),
            Err(ImportFout::Afgebroken),
            "cut at {eind}"
        );
        getest += 1;
    }
    assert!(getest > 20);
    assert!(ImportFout::Afgebroken.uitleg().contains("niet compleet"));
}

#[test]
fn bom_vooraan_mag() {
    let json = format!("\u{feff}{}", exporteer(&[vol("wb-a", "x")], "nu"));
    assert_eq!(lees_import(&json).unwrap().len(), 1);
}

#[test]
fn andere_app() {
    for json in [
        r#"{"schema_version":1,"werkbladen":[]}"#,
        r#"{"app":"iets-anders","schema_version":1,"werkbladen":[]}"#,
        r#"{"app":"Werkblad","schema_version":1,"werkbladen":[]}"#,
        r#"{"app":1,"schema_version":1,"werkbladen":[]}"#,
        r#"[{"app":"werkblad"}]"#,
        r#""werkblad""#,
        "42",
        "null",
    ] {
        assert_eq!(lees_import(json), Err(ImportFout::AndereApp), "{json}");
    }
    // A single stored worksheet is not a backup file.
    let los = serde_json::to_string(&Werkblad::nieuw("wb-a", 1.0, "")).unwrap();
    assert_eq!(lees_import(&los), Err(ImportFout::AndereApp));
}

#[test]
fn versie_ontbreekt_of_bestaat_niet() {
    for json in [
        r#"{"app":"werkblad","werkbladen":[]}"#,
        r#"{"app":"werkblad","schema_version":"1","werkbladen":[]}"#,
        r#"{"app":"werkblad","schema_version":1.5,"werkbladen":[]}"#,
        r#"{"app":"werkblad","schema_version":-1,"werkbladen":[]}"#,
        r#"{"app":"werkblad","schema_version":null,"werkbladen":[]}"#,
    ] {
        assert_eq!(lees_import(json), Err(ImportFout::GeenVersie), "{json}");
    }
    let nul = r#"{"app":"werkblad","schema_version":0,"werkbladen":[]}"#;
    assert_eq!(lees_import(nul), Err(ImportFout::OnbekendeVersie(0)));
}

#[test]
fn nieuwere_versie() {
    let nieuwer = u64::from(SCHEMA_VERSIE) + 1;
    let json = exporteer(&[vol("wb-a", "x")], "nu").replacen(
        &format!("\"schema_version\":{SCHEMA_VERSIE}"),
        &format!("\"schema_version\":{nieuwer}"),
        1,
    );
    assert_eq!(
        lees_import(&json),
        Err(ImportFout::NieuwereVersie { versie: nieuwer })
    );
    let fout = ImportFout::NieuwereVersie { versie: nieuwer }.uitleg();
    assert!(
        fout.contains("gemaakt met een nieuwere versie van de app"),
        "{fout}"
    );
    let enorm = r#"{"app":"werkblad","schema_version":99999999999999,"werkbladen":[]}"#;
    assert_eq!(
        lees_import(enorm),
        Err(ImportFout::NieuwereVersie {
            versie: 99_999_999_999_999
        })
    );
    // One worksheet from a newer version refuses the whole file.
    let json = bestand(&format!(
        r#"{},{{"schema_version":7,"id":"wb-b"}}"#,
        minimaal("wb-a")
    ));
    assert_eq!(
        lees_import(&json),
        Err(ImportFout::NieuwereVersie { versie: 7 })
    );
}

#[test]
fn tienduizend_werkbladen_is_te_veel() {
    let lijst = |n: usize| {
        (0..n)
            .map(|i| minimaal(&format!("wb-{i}")))
            .collect::<Vec<_>>()
            .join(",")
    };
    let json = bestand(&lijst(10_000));
    assert!(
        json.len() < MAX_BESTAND,
        "the count is refused, not the size"
    );
    assert_eq!(
        lees_import(&json),
        Err(ImportFout::TeVeel { aantal: 10_000 })
    );
    let fout = ImportFout::TeVeel { aantal: 10_000 }.uitleg();
    assert!(
        fout.contains("10.000 werkbladen") && fout.contains("hooguit 2.000"),
        "{fout}"
    );
    // The limit itself is fine.
    assert_eq!(
        lees_import(&bestand(&lijst(MAX_WERKBLADEN))).unwrap().len(),
        MAX_WERKBLADEN
    );
    assert_eq!(
        lees_import(&bestand(&lijst(MAX_WERKBLADEN + 1))),
        Err(ImportFout::TeVeel {
            aantal: MAX_WERKBLADEN + 1
        })
    );
}

#[test]
fn geen_werkbladen() {
    assert_eq!(lees_import(&bestand("")), Err(ImportFout::GeenWerkbladen));
    assert_eq!(
        lees_import(&exporteer(&[], "nu")),
        Err(ImportFout::GeenWerkbladen)
    );
}

#[test]
fn een_megabyte_veld_wordt_geweigerd() {
    let mut groot = vol("wb-b", "gewoon");
    groot.themas[2].observaties = "x".repeat(1024 * 1024);
    let json = exporteer(&[vol("wb-a", "x"), groot], "nu");
    assert!(json.len() < MAX_BESTAND);
    let fout = lees_import(&json).unwrap_err();
    assert_eq!(
        fout,
        ImportFout::TekstTeLang {
            nummer: 2,
            veld: "de tekst bij vraag 3 (\"Wordt er aan cliënten feedback gevraagd?\")".into(),
            tekens: 1024 * 1024,
        }
    );
    let uitleg = fout.uitleg();
    assert!(
        uitleg.contains("werkblad 2") && uitleg.contains("1.048.576 tekens"),
        "{uitleg}"
    );
}

#[test]
fn tekstgrens_telt_tekens_niet_bytes() {
    // 100,000 two-byte characters: 200,000 bytes, but exactly at the limit.
    let precies = vol("wb-a", &"é".repeat(MAX_TEKST));
    assert_eq!(te_lange_tekst(&precies), None);
    let mut te_lang = vol("wb-a", "x");
    te_lang.terugblik[0].wat_gebeurde = "é".repeat(MAX_TEKST + 1);
    assert_eq!(
        te_lange_tekst(&te_lang),
        Some((
            "wat er gebeurde met eerder voornemen 1".into(),
            MAX_TEKST + 1
        ))
    );
    let mut moment = vol("wb-a", "x");
    moment.themas[0].momenten[1].anders = "a".repeat(MAX_TEKST + 1);
    assert_eq!(
        te_lange_tekst(&moment).unwrap().0,
        "moment 2 bij vraag 1 (\"Zijn er raakmomenten (emotie)?\") (wat je anders had kunnen doen)"
    );
}

#[test]
fn groter_dan_vijf_mebibyte() {
    let json = " ".repeat(MAX_BESTAND + 1);
    assert_eq!(
        lees_import(&json),
        Err(ImportFout::TeGroot {
            bytes: MAX_BESTAND + 1
        })
    );
    let fout = ImportFout::TeGroot {
        bytes: MAX_BESTAND + 1,
    }
    .uitleg();
    assert!(fout.contains("(5,1 MB)"), "{fout}");
    // Exactly at the limit is read (and then refused for what it is, not for its size).
    assert_eq!(lees_import(&" ".repeat(MAX_BESTAND)), Err(ImportFout::Leeg));
}

#[test]
fn dubbele_ids() {
    let json = exporteer(
        &[vol("wb-a", "1"), vol("wb-b", "2"), vol("wb-a", "3")],
        "nu",
    );
    assert_eq!(
        lees_import(&json),
        Err(ImportFout::DubbelId {
            id: "wb-a".into(),
            eerste: 1,
            tweede: 3
        })
    );
    let fout = ImportFout::DubbelId {
        id: "wb-a".into(),
        eerste: 1,
        tweede: 3,
    }
    .uitleg();
    assert!(
        fout.contains("Werkblad 1 en werkblad 3") && fout.contains("wb-a"),
        "{fout}"
    );
}

#[test]
fn ongeldige_ids() {
    for wb in [
        r#"{"schema_version":1}"#,
        r#"{"schema_version":1,"id":""}"#,
        r#"{"schema_version":1,"id":"../../x"}"#,
        r#"{"schema_version":1,"id":"<script>"}"#,
        r#"{"schema_version":1,"id":42}"#,
    ] {
        let json = bestand(&format!("{},{wb}", minimaal("wb-a")));
        assert_eq!(
            lees_import(&json),
            Err(ImportFout::OngeldigId { nummer: 2 }),
            "{wb}"
        );
    }
    let lang = "a".repeat(65);
    assert_eq!(
        lees_import(&bestand(&minimaal(&lang))),
        Err(ImportFout::OngeldigId { nummer: 1 })
    );
}

#[test]
fn structuurfout_noemt_het_werkblad() {
    let goed = minimaal("wb-a");
    for (fout, nummer) in [
        (
            r#"{"schema_version":1,"id":"wb-b","themas":[{"thema":"thema.onbekend"}]}"#,
            2,
        ),
        (
            r#"{"schema_version":1,"id":"wb-b","gesprek":{"soort":"ruzie"}}"#,
            2,
        ),
        (
            r#"{"schema_version":1,"id":"wb-b","feedback":{"doel":300}}"#,
            2,
        ),
        (
            r#"{"schema_version":1,"id":"wb-b","feedback":{"doel":11}}"#,
            2,
        ),
        (
            r#"{"schema_version":1,"id":"wb-b","themas":[{"thema":"thema.emotie","momenten":[{"tijd":"75:99"}]}]}"#,
            2,
        ),
        (r#"{"id":"wb-b"}"#, 2),
        (r#""wb-b""#, 2),
        ("[]", 2),
    ] {
        let json = bestand(&format!("{goed},{fout}"));
        match lees_import(&json) {
            Err(ImportFout::Structuur {
                nummer: Some(n), ..
            }) => assert_eq!(n, nummer, "{fout}"),
            anders => panic!("{fout}: {anders:?}"),
        }
    }
    for lijst in [
        r#"{"app":"werkblad","schema_version":1}"#,
        r#"{"app":"werkblad","schema_version":1,"werkbladen":{}}"#,
        r#"{"app":"werkblad","schema_version":1,"werkbladen":"wb-a"}"#,
    ] {
        assert!(
            matches!(
                lees_import(lijst),
                Err(ImportFout::Structuur { nummer: None, .. })
            ),
            "{lijst}"
        );
    }
    let uitleg = ImportFout::Structuur {
        nummer: Some(4),
        detail: "x".into(),
    }
    .uitleg();
    assert!(uitleg.starts_with("Werkblad 4 in dit bestand"), "{uitleg}");
}

#[test]
fn onbekende_velden_en_ontbrekende_themas_mogen() {
    let json =
        bestand(r#"{"schema_version":1,"id":"wb-a","nieuw_veld":true,"gesprek":{"label":"K"}}"#);
    let wb = &lees_import(&json).unwrap()[0];
    assert_eq!(wb.gesprek.label, "K");
    assert_eq!(
        wb.themas.len(),
        11,
        "the theme list is repaired as at start-up"
    );
}

#[test]
fn elke_uitleg_is_duidelijk() {
    let alle = [
        ImportFout::TeGroot {
            bytes: 6 * 1024 * 1024,
        },
        ImportFout::Leeg,
        ImportFout::GeenJson,
        ImportFout::Afgebroken,
        ImportFout::AndereApp,
        ImportFout::GeenVersie,
        ImportFout::OnbekendeVersie(0),
        ImportFout::NieuwereVersie { versie: 2 },
        ImportFout::GeenWerkbladen,
        ImportFout::TeVeel { aantal: 10_000 },
        ImportFout::Structuur {
            nummer: None,
            detail: "missing field".into(),
        },
        ImportFout::Structuur {
            nummer: Some(3),
            detail: "missing field".into(),
        },
        ImportFout::OngeldigId { nummer: 3 },
        ImportFout::DubbelId {
            id: "wb-a".into(),
            eerste: 1,
            tweede: 2,
        },
        ImportFout::TekstTeLang {
            nummer: 1,
            veld: "het label".into(),
            tekens: 100_001,
        },
    ];
    for fout in alle {
        let uitleg = fout.uitleg();
        assert!(uitleg.ends_with(NIETS_VERANDERD), "{uitleg}");
        assert!(
            !uitleg.contains("missing field"),
            "no English technical detail: {uitleg}"
        );
        assert!(uitleg.len() > 80, "{uitleg}");
        assert_eq!(fout.to_string(), uitleg);
    }
}

#[test]
fn bestandsnamen() {
    let met_label = |label: &str| {
        let mut wb = Werkblad::nieuw("wb-a", 1.0, "");
        wb.gesprek.label = label.into();
        bestandsnaam_een(&wb, "2026-11-22")
    };
    assert_eq!(met_label("KM-12"), "werkblad-km-12-2026-11-22.json");
    assert_eq!(
        met_label("Traject Noord 3"),
        "werkblad-traject-noord-3-2026-11-22.json"
    );
    assert_eq!(
        met_label("  Cliënt Ömer, Zoë  "),
        "werkblad-client-omer-zoe-2026-11-22.json"
    );
    assert_eq!(
        met_label("IJsselmeer Straße"),
        "werkblad-ijsselmeer-strasse-2026-11-22.json"
    );
    assert_eq!(
        met_label("e\u{301}e\u{308}n"),
        "werkblad-een-2026-11-22.json",
        "decomposed accents"
    );
    assert_eq!(
        met_label("../../etc/passwd"),
        "werkblad-etc-passwd-2026-11-22.json"
    );
    assert_eq!(
        met_label("a\\b:c*d?e\"f<g>h|i"),
        "werkblad-a-b-c-d-e-f-g-h-i-2026-11-22.json"
    );
    assert_eq!(met_label("🙂 KM 🙂 7 🙂"), "werkblad-km-7-2026-11-22.json");
    for leeg in ["", "   ", "🙂🙂", "///", "日本語", "---"] {
        assert_eq!(
            met_label(leeg),
            "werkblad-zonder-label-2026-11-22.json",
            "{leeg:?}"
        );
    }
    let lang = met_label(&"abc ".repeat(100));
    assert!(
        lang.len() <= "werkblad--2026-11-22.json".len() + 40,
        "{lang}"
    );
    assert!(!lang.contains("--"), "{lang}");

    let wb = Werkblad::nieuw("wb-a", 1.0, "");
    assert_eq!(
        bestandsnaam_een(&wb, "2026-11-22T14:00:00Z"),
        "werkblad-zonder-label-2026-11-22.json"
    );
    assert_eq!(
        bestandsnaam_een(&wb, "morgen"),
        "werkblad-zonder-label.json"
    );
    assert_eq!(
        bestandsnaam_een(&wb, "2026-13-01"),
        "werkblad-zonder-label.json"
    );
    assert_eq!(
        bestandsnaam_alle("2026-11-22T14:00:00Z"),
        "werkblad-backup-2026-11-22.json"
    );
    assert_eq!(
        bestandsnaam_alle("2026-11-22"),
        "werkblad-backup-2026-11-22.json"
    );
    assert_eq!(bestandsnaam_alle(""), "werkblad-backup.json");
    assert_eq!(bestandsnaam_alle("2026-11-2é"), "werkblad-backup.json");

    for naam in [met_label("x/y\\z 🙂 é"), bestandsnaam_alle("2026-11-22")] {
        assert!(
            naam.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'),
            "{naam}"
        );
    }
}

#[test]
fn plan_splitst_nieuw_en_vervangt() {
    let import = vec![vol("wb-a", "1"), vol("wb-b", "2"), vol("wb-c", "3")];
    let bestaand = vec!["wb-b".to_string(), "wb-x".to_string()];
    let p = plan(import, &bestaand);
    let ids = |v: &[Werkblad]| v.iter().map(|w| w.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&p.nieuw), ["wb-a", "wb-c"]);
    assert_eq!(ids(&p.vervangt), ["wb-b"]);
    assert_eq!(p.aantal(), 3);
    assert_eq!(
        p.beschrijving(),
        "3 werkbladen: 2 nieuw, 1 vervangt een bestaand werkblad."
    );
    assert!(p.waarschuwing().is_some());
}

#[test]
fn plan_beschrijvingen() {
    let wbs = |ids: &[&str]| {
        ids.iter()
            .map(|id| Werkblad::nieuw(*id, 1.0, ""))
            .collect::<Vec<_>>()
    };
    let bestaand: Vec<String> = vec!["wb-1".into(), "wb-2".into(), "wb-3".into()];
    let zin = |ids: &[&str]| plan(wbs(ids), &bestaand).beschrijving();
    assert_eq!(zin(&[]), "Geen werkbladen.");
    assert_eq!(zin(&["wb-9"]), "1 werkblad: nieuw.");
    assert_eq!(zin(&["wb-8", "wb-9"]), "2 werkbladen: allemaal nieuw.");
    assert_eq!(
        zin(&["wb-1"]),
        "1 werkblad: het vervangt een bestaand werkblad."
    );
    assert_eq!(
        zin(&["wb-1", "wb-2"]),
        "2 werkbladen: ze vervangen allemaal een bestaand werkblad."
    );
    assert_eq!(
        zin(&["wb-1", "wb-2", "wb-9"]),
        "3 werkbladen: 1 nieuw, 2 vervangen een bestaand werkblad."
    );
    assert_eq!(plan(wbs(&["wb-9"]), &bestaand).waarschuwing(), None);
    let veel: Vec<String> = (0..1500).map(|i| format!("wb-n{i}")).collect();
    let veel: Vec<&str> = veel.iter().map(String::as_str).collect();
    assert_eq!(zin(&veel), "1.500 werkbladen: allemaal nieuw.");
}

#[test]
fn getallen_en_megabytes() {
    assert_eq!(getal(0), "0");
    assert_eq!(getal(999), "999");
    assert_eq!(getal(1000), "1.000");
    assert_eq!(getal(1_048_576), "1.048.576");
    assert_eq!(megabytes(MAX_BESTAND), "5,0 MB");
    assert_eq!(megabytes(MAX_BESTAND + 1), "5,1 MB");
    assert_eq!(megabytes(20 * 1024 * 1024), "20,0 MB");
}
