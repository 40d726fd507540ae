use super::*;

#[test]
fn nieuw_werkblad_heeft_elf_lege_themas_in_volgorde() {
    let wb = Werkblad::nieuw("a", 1.0, "2026-11-22");
    assert_eq!(wb.themas.len(), 11);
    for (i, t) in wb.themas.iter().enumerate() {
        assert_eq!(t.thema, ThemaId::ALLE[i]);
        assert!(t.is_leeg());
    }
    assert_eq!(wb.themas_ingevuld(), 0);
    assert_eq!(wb.gesprek.datum, "2026-11-22");
    assert_eq!(wb.schema_version, SCHEMA_VERSIE);
}

#[test]
fn normaliseer_herstelt_ontbrekende_en_dubbele_themas() {
    let mut wb = Werkblad::nieuw("a", 1.0, "");
    wb.thema_mut(ThemaId::Interventielogica).observaties = "gevraagd".into();
    wb.themas.reverse();
    wb.themas.truncate(5);
    wb.themas.push(wb.themas[0].clone());
    wb.normaliseer();
    assert_eq!(wb.themas.len(), 11);
    assert_eq!(wb.thema(ThemaId::Interventielogica).observaties, "gevraagd");
    assert!(wb
        .themas
        .iter()
        .zip(ThemaId::ALLE)
        .all(|(t, id)| t.thema == id));
}

#[test]
fn ingevuld_telt_antwoord_observatie_of_moment() {
    let mut wb = Werkblad::nieuw("a", 1.0, "");
    wb.thema_mut(ThemaId::Emotie).antwoord = Some(Schaal::Ja);
    wb.thema_mut(ThemaId::Weerstand).observaties = "  ".into();
    wb.thema_mut(ThemaId::DoelHelder)
        .momenten
        .push(Moment::default());
    assert_eq!(wb.themas_ingevuld(), 2);
}

#[test]
fn een_half_getypt_moment_wordt_bewaard_maar_is_geen_moment() {
    let mut wb = Werkblad::nieuw("wb-c", 1.0, "");
    wb.thema_mut(ThemaId::Emotie).concept = MomentConcept {
        tijd: "75:99".into(),
        wat: "half getypt".into(),
        anders: String::new(),
    };
    assert_eq!(wb.themas_ingevuld(), 0, "a draft is not an answer");
    let json = serde_json::to_string(&wb).unwrap();
    let terug: Werkblad = serde_json::from_str(&json).unwrap();
    assert_eq!(terug.thema(ThemaId::Emotie).concept.wat, "half getypt");
    assert_eq!(
        terug.thema(ThemaId::Emotie).concept.tijd,
        "75:99",
        "kept exactly as typed"
    );
    assert!(terug.thema(ThemaId::Emotie).momenten.is_empty());
    // An empty draft is not written at all.
    assert!(!serde_json::to_string(&Werkblad::nieuw("wb-d", 1.0, ""))
        .unwrap()
        .contains("concept"));
}

#[test]
fn score_alleen_nul_tot_tien() {
    assert_eq!(ClientFeedback::parse_score(""), Ok(None));
    assert_eq!(ClientFeedback::parse_score(" 7 "), Ok(Some(7)));
    assert_eq!(ClientFeedback::parse_score("0"), Ok(Some(0)));
    assert_eq!(ClientFeedback::parse_score("10"), Ok(Some(10)));
    for fout in ["11", "-1", "7.5", "abc", "999999999999"] {
        assert!(ClientFeedback::parse_score(fout).is_err(), "{fout}");
    }
}

#[test]
fn vervolg_neemt_voornemens_mee_als_terugblik() {
    let mut wb = Werkblad::nieuw("a", 1.0, "2026-11-01");
    wb.gesprek.label = "KM-12".into();
    wb.gesprek.soort = Some(GesprekSoort::Voortgang);
    wb.voornemens = vec![
        Voornemen {
            tekst: "Eén open vraag tegelijk".into(),
            ..Default::default()
        },
        Voornemen::default(),
    ];
    let v = wb.vervolg("b", 2.0, "2026-11-22");
    assert_eq!(v.id, "b");
    assert_eq!(v.gesprek.label, "KM-12");
    assert_eq!(v.gesprek.soort, Some(GesprekSoort::Voortgang));
    assert_eq!(v.terugblik.len(), 1);
    assert_eq!(v.terugblik[0].voornemen, "Eén open vraag tegelijk");
    assert!(v.voornemens.is_empty());
}

#[test]
fn soort_code_heen_en_terug() {
    for s in GesprekSoort::ALLE {
        assert_eq!(GesprekSoort::van_code(s.code()), Some(s));
    }
    assert_eq!(GesprekSoort::van_code("onzin"), None);
}
