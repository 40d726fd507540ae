use super::*;
use crate::model::{Schaal, ThemaId};

fn wb(id: &str, label: &str, datum: &str) -> Werkblad {
    let mut w = Werkblad::nieuw(id, 1.0, datum);
    w.gesprek.label = label.into();
    w
}

fn opgestart(s: &mut GeheugenOpslag) -> Opstart {
    opstarten(s, 1_000.0).expect("memory store never fails")
}

#[test]
fn bewaren_en_opnieuw_laden() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    let mut a = wb("wb-a", "KM-1", "2026-11-20");
    a.thema_mut(ThemaId::Emotie).antwoord = Some(Schaal::Deels);
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    assert_eq!(a.revisie, 1);

    let op = opgestart(&mut s);
    assert!(op.meldingen.is_empty(), "{:?}", op.meldingen);
    assert_eq!(op.index.items.len(), 1);
    assert_eq!(op.index.items[0].themas_ingevuld, 1);
    assert_eq!(laad(&s, "wb-a").unwrap().unwrap(), a);
}

#[test]
fn typen_schrijft_de_index_niet_opnieuw() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    let mut a = wb("wb-a", "KM-1", "2026-11-20");
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    a.thema_mut(ThemaId::Emotie).observaties = "Ze werd stil.".into();
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    assert!(s.data[INDEX_KEY].contains("\"themas_ingevuld\":1"));
    let index_voor = s.data[INDEX_KEY].clone();
    // Only this worksheet's key may be written when the overview does not change.
    s.data.insert(INDEX_KEY.into(), "sentinel".into());
    a.thema_mut(ThemaId::Emotie).antwoord = Some(Schaal::Ja);
    a.voornemens.push(Default::default());
    a.thema_mut(ThemaId::Emotie)
        .observaties
        .push_str(" Daarna boos.");
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    assert_eq!(
        s.data[INDEX_KEY], "sentinel",
        "index rewritten although the overview did not change"
    );
    s.data.insert(INDEX_KEY.into(), index_voor);
    a.gesprek.label = "KM-2".into();
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    assert!(s.data[INDEX_KEY].contains("KM-2"));
}

#[test]
fn twee_werkbladen_lopen_niet_door_elkaar() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    let mut a = wb("wb-a", "A", "2026-11-01");
    let mut b = wb("wb-b", "B", "2026-11-02");
    a.gesprek.doel = "doel van A".into();
    b.gesprek.doel = "doel van B".into();
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    bewaar_vanaf_revisie(&mut s, &mut index, &mut b).unwrap();
    assert_eq!(
        laad(&s, "wb-a").unwrap().unwrap().gesprek.doel,
        "doel van A"
    );
    assert_eq!(
        laad(&s, "wb-b").unwrap().unwrap().gesprek.doel,
        "doel van B"
    );
    let ids: Vec<_> = opgestart(&mut s)
        .index
        .items
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(ids, ["wb-b", "wb-a"], "newest conversation first");
}

#[test]
fn onzin_wordt_apart_gezet_en_de_rest_laadt() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    let mut a = wb("wb-a", "A", "2026-11-01");
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    s.data.insert(wb_key("wb-kapot"), "{niet: json".into());
    s.data.insert(wb_key("wb-leeg"), "{}".into());
    s.data
        .insert("ander.programma".into(), "niet van ons".into());

    let op = opgestart(&mut s);
    assert_eq!(op.index.items.len(), 1);
    assert_eq!(op.meldingen.len(), 2, "{:?}", op.meldingen);
    assert!(!s.data.contains_key(&wb_key("wb-kapot")));
    let apart: Vec<_> = s
        .data
        .iter()
        .filter(|(k, _)| k.starts_with(APART_GEZET_PREFIX))
        .collect();
    assert_eq!(apart.len(), 2);
    assert!(apart
        .iter()
        .any(|(k, v)| k.ends_with("wb.wb-kapot") && v.as_str() == "{niet: json"));
    assert_eq!(s.data["ander.programma"], "niet van ons");
    assert_eq!(apart_gezet(&s).unwrap().len(), 2);
    let export: serde_json::Value = serde_json::from_str(&apart_gezet_export(&s).unwrap()).unwrap();
    assert!(export
        .as_object()
        .unwrap()
        .values()
        .any(|v| v == "{niet: json"));
}

#[test]
fn apart_zetten_wist_niets_als_de_opslag_vol_is() {
    let mut s = GeheugenOpslag::new();
    s.data.insert(wb_key("wb-kapot"), "kapot".into());
    s.schrijfbeurten = Some(0);
    let op = opgestart(&mut s);
    assert_eq!(op.meldingen.len(), 1);
    assert_eq!(s.data[&wb_key("wb-kapot")], "kapot");
}

#[test]
fn kapotte_index_wordt_herbouwd() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    bewaar_vanaf_revisie(&mut s, &mut index, &mut wb("wb-a", "A", "")).unwrap();
    s.data.insert(INDEX_KEY.into(), "[[[".into());
    let op = opgestart(&mut s);
    assert_eq!(op.index.items.len(), 1);
    assert!(s.data.keys().any(|k| k.starts_with(APART_GEZET_PREFIX)));
    assert_eq!(
        serde_json::from_str::<Index>(&s.data[INDEX_KEY]).unwrap(),
        op.index
    );
}

#[test]
fn crash_tussen_werkblad_en_index_laat_een_laadbare_stand() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    let mut a = wb("wb-a", "A", "");
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    // The next save writes the worksheet and then fails before the index.
    s.schrijfbeurten = Some(1);
    let mut b = wb("wb-b", "B", "");
    bewaar_vanaf_revisie(&mut s, &mut index, &mut b).unwrap();
    assert!(
        !s.data[INDEX_KEY].contains("wb-b"),
        "the index write should have failed"
    );
    s.schrijfbeurten = None;
    let op = opgestart(&mut s);
    let ids: Vec<_> = op.index.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["wb-b", "wb-a"]);
    assert!(s.data[INDEX_KEY].contains("wb-b"), "the index was repaired");
}

#[test]
fn volle_opslag_laat_de_vorige_waarde_heel() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    let mut a = wb("wb-a", "A", "");
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    let voor = s.data[&wb_key("wb-a")].clone();
    s.quotum = Some(s.data.iter().map(|(k, v)| k.len() + v.len()).sum::<usize>() + 10);
    a.gesprek.doel = "x".repeat(1000);
    assert_eq!(
        bewaar_vanaf_revisie(&mut s, &mut index, &mut a),
        Err(BewaarFout::Opslag(OpslagFout::Vol))
    );
    assert_eq!(s.data[&wb_key("wb-a")], voor);
    assert_eq!(a.revisie, 1, "a failed save does not bump the revision");
    // Room again: the same edit is saved on the next try.
    s.quotum = None;
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    assert_eq!(laad(&s, "wb-a").unwrap().unwrap().gesprek.doel.len(), 1000);
}

#[test]
fn een_ander_tabblad_dat_eerder_bewaarde_geeft_een_conflict() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    let mut a = wb("wb-a", "A", "");
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    let mut tab2 = laad(&s, "wb-a").unwrap().unwrap();
    tab2.gesprek.doel = "van tab 2".into();
    bewaar_vanaf_revisie(&mut s, &mut index, &mut tab2).unwrap();
    a.gesprek.doel = "van tab 1".into();
    match bewaar_vanaf_revisie(&mut s, &mut index, &mut a) {
        Err(BewaarFout::Conflict { opgeslagen }) => {
            assert_eq!(opgeslagen.gesprek.doel, "van tab 2")
        }
        anders => panic!("expected a conflict, got {anders:?}"),
    }
    assert_eq!(laad(&s, "wb-a").unwrap().unwrap().gesprek.doel, "van tab 2");
}

#[test]
fn nieuwere_versie_wordt_niet_overschreven() {
    let mut s = GeheugenOpslag::new();
    let toekomst = r#"{"schema_version": 99, "id": "wb-z", "iets_nieuws": true}"#;
    s.data.insert(wb_key("wb-z"), toekomst.into());
    let mut op = opgestart(&mut s);
    assert_eq!(op.index.items[0].nieuwere_versie, Some(99));
    assert_eq!(
        s.data[&wb_key("wb-z")],
        toekomst,
        "start-up must not touch it"
    );
    let mut poging = wb("wb-z", "", "");
    assert_eq!(
        bewaar_vanaf_revisie(&mut s, &mut op.index, &mut poging),
        Err(BewaarFout::NieuwereVersie(99))
    );
    assert_eq!(s.data[&wb_key("wb-z")], toekomst);
}

#[test]
fn verwijderen_en_ongedaan_maken() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    let mut a = wb("wb-a", "A", "");
    a.gesprek.doel = "bewaren!".into();
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    naar_prullenbak(&mut s, &mut index, "wb-a", 5_000.0).unwrap();
    assert!(index.items.is_empty());
    assert_eq!(laad(&s, "wb-a").unwrap(), None);
    assert!(opgestart(&mut s).index.items.is_empty());

    let terug = herstel(&mut s, &mut index, "wb-a").unwrap().unwrap();
    assert_eq!(terug.gesprek.doel, "bewaren!");
    assert_eq!(index.items.len(), 1);
    assert_eq!(laad(&s, "wb-a").unwrap().unwrap(), a);
    assert_eq!(
        herstel(&mut s, &mut index, "wb-a").unwrap(),
        None,
        "the bin is empty now"
    );
}

#[test]
fn de_prullenbak_wordt_na_een_week_geleegd() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    bewaar_vanaf_revisie(&mut s, &mut index, &mut wb("wb-a", "A", "")).unwrap();
    naar_prullenbak(&mut s, &mut index, "wb-a", 0.0).unwrap();
    opstarten(&mut s, PRULLENBAK_BEWAARTIJD_MS - 1.0).unwrap();
    assert!(s.data.contains_key("werkblad.prullenbak.wb-a"));
    opstarten(&mut s, PRULLENBAK_BEWAARTIJD_MS + 1.0).unwrap();
    assert!(!s.data.contains_key("werkblad.prullenbak.wb-a"));
}

#[test]
fn lege_label_krijgt_een_duidelijke_naam() {
    assert_eq!(
        IndexItem::van(&wb("wb-a", "  ", "2026-11-22")).weergavenaam(),
        "Werkblad zonder label, 22-11-2026"
    );
    assert_eq!(
        IndexItem::van(&wb("wb-a", "", "")).weergavenaam(),
        "Werkblad zonder label"
    );
    assert_eq!(
        IndexItem::van(&wb("wb-a", " KM-7 ", "")).weergavenaam(),
        "KM-7"
    );
}

#[test]
fn ids_zijn_veilig_en_uniek_genoeg() {
    let a = nieuw_id(1_763_800_000_000.0, 0.1);
    let b = nieuw_id(1_763_800_000_000.0, 0.2);
    assert_ne!(a, b);
    for id in [a, b, nieuw_id(0.0, 0.0), nieuw_id(f64::NAN, 1.0)] {
        assert!(crate::model::route::geldig_id(&id), "{id}");
    }
}

#[test]
fn serde_heen_en_terug_van_een_vol_werkblad() {
    use crate::model::*;
    let mut w = wb("wb-vol", "KM-9", "2026-11-22");
    w.gesprek.soort = Some(GesprekSoort::Anders);
    w.gesprek.soort_anders = "telefonisch".into();
    w.gesprek.aanwezig = vec![Rol::Client, Rol::Tolk];
    w.gesprek.video = Some(true);
    for t in ThemaId::ALLE {
        let a = w.thema_mut(t);
        a.antwoord = Some(Schaal::WeetNiet);
        a.observaties = format!("<b>{}</b> \"quotes\" & émoji 🙂", t.code());
        a.momenten.push(Moment {
            tijd: Some(Tijdcode(75)),
            wat: "stilte".into(),
            anders: "doorvragen".into(),
            ..Default::default()
        });
    }
    w.feedback = ClientFeedback {
        werkrelatie: Some(7),
        werkrelatie_woorden: "beter".into(),
        doel: Some(0),
        doel_woorden: String::new(),
    };
    w.slim = Slim {
        zelfbeeld: Some(SlimN::Twee),
        mensbeeld: Some(SlimN::Een),
        rol: None,
        traject: Some(SlimN::Vier),
        toelichting: "x".into(),
    };
    w.voornemens = vec![Voornemen {
        tekst: "meer stilte".into(),
        ..Default::default()
    }];
    w.terugblik = vec![Terugblik {
        voornemen: "v".into(),
        geprobeerd: Some(Schaal::Ja),
        wat_gebeurde: "w".into(),
    }];
    w.normaliseer();
    let json = serde_json::to_string(&w).unwrap();
    assert_eq!(lees_werkblad(&json).unwrap(), w);
}

#[test]
fn oud_of_onvolledig_json_laadt_met_standaardwaarden() {
    let w = lees_werkblad(
        r#"{"schema_version":1,"id":"wb-x","gesprek":{"label":"K"},"toekomstig_veld":1}"#,
    )
    .unwrap();
    assert_eq!(w.gesprek.label, "K");
    assert_eq!(w.themas.len(), 11);
    assert!(matches!(
        lees_werkblad(r#"{"id":"wb-x"}"#),
        Err(LeesFout::Onleesbaar(_))
    ));
    assert!(matches!(
        lees_werkblad(r#"{"schema_version":1,"id":"../x"}"#),
        Err(LeesFout::Onleesbaar(_))
    ));
    assert!(matches!(
        lees_werkblad(r#"{"schema_version":1,"id":"wb-x","themas":[{"thema":"thema.onbekend"}]}"#),
        Err(LeesFout::Onleesbaar(_))
    ));
}

#[test]
fn alles_wissen_laat_andermans_sleutels_staan() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    bewaar_vanaf_revisie(&mut s, &mut index, &mut wb("wb-a", "A", "")).unwrap();
    s.data.insert("iets.anders".into(), "blijft".into());
    assert!(gebruik(&s).unwrap() > 0);
    assert_eq!(alles_wissen(&mut s).unwrap(), 2);
    assert_eq!(s.data.keys().collect::<Vec<_>>(), ["iets.anders"]);
    assert_eq!(gebruik(&s).unwrap(), 0);
}

#[test]
fn gebruik_telt_utf16_eenheden() {
    let mut s = GeheugenOpslag::new();
    s.data.insert("werkblad.x".into(), "é🙂".into());
    // 10 for the key; é is one unit, the emoji two.
    assert_eq!(gebruik(&s).unwrap(), 13);
}

#[test]
fn oude_versie_wordt_gemigreerd_en_het_origineel_bewaard_tot_de_volgende_save() {
    let v1 = include_str!("../../tests/fixtures/werkblad-v1.json");
    let mut s = GeheugenOpslag::new();
    s.data.insert(wb_key("wb-v1-fixture"), v1.into());
    let mut op = opgestart(&mut s);
    assert!(op.meldingen.is_empty());
    assert_eq!(op.index.items[0].label, "KM-V1");
    assert_eq!(s.data[&format!("{VOOR_MIGRATIE_PREFIX}wb-v1-fixture")], v1);
    assert_eq!(
        s.data[&wb_key("wb-v1-fixture")],
        v1,
        "not rewritten until the user saves"
    );
    // A second start-up does not overwrite the kept copy.
    opgestart(&mut s);
    let mut w = laad(&s, "wb-v1-fixture").unwrap().unwrap();
    w.gesprek.doel = "aangepast".into();
    bewaar_vanaf_revisie(&mut s, &mut op.index, &mut w).unwrap();
    assert!(!s
        .data
        .contains_key(&format!("{VOOR_MIGRATIE_PREFIX}wb-v1-fixture")));
    assert!(s.data[&wb_key("wb-v1-fixture")].contains(&format!(
        "\"schema_version\":{}",
        crate::model::SCHEMA_VERSIE
    )));
}

#[test]
fn bewaren_meldt_het_verschil_in_gebruik() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    let mut teller: i64 = gebruik(&s).unwrap() as i64;
    let mut a = wb("wb-a", "A", "2026-01-01");
    for doel in ["kort", "een veel langere tekst met é en 🙂", ""] {
        a.gesprek.doel = doel.into();
        teller += bewaar_vanaf_revisie(&mut s, &mut index, &mut a)
            .unwrap()
            .verschil_gebruik;
        assert_eq!(teller, gebruik(&s).unwrap() as i64, "after saving {doel:?}");
    }
    a.gesprek.label = "Nieuw label".into();
    teller += bewaar_vanaf_revisie(&mut s, &mut index, &mut a)
        .unwrap()
        .verschil_gebruik;
    assert_eq!(
        teller,
        gebruik(&s).unwrap() as i64,
        "the index change counts too"
    );
}
