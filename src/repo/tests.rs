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
    assert_eq!(
        op.apart_gezet,
        apart_gezet(&s).unwrap(),
        "start-up lists them too"
    );
    // The next start finds them in its one walk over the keys.
    assert_eq!(opgestart(&mut s).apart_gezet, apart_gezet(&s).unwrap());
    let start = opstarten_vanaf_index(&mut s, 2_000.0).unwrap();
    assert!(start.meldingen.is_empty());
    assert_eq!(start.apart_gezet, apart_gezet(&s).unwrap());
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

/// Counts the worksheet values read, to show what start-up parses.
struct Teller<'a> {
    s: &'a mut GeheugenOpslag,
    gelezen: std::cell::Cell<usize>,
}

impl Opslag for Teller<'_> {
    fn lees(&self, key: &str) -> Result<Option<String>, OpslagFout> {
        if key.starts_with(WB_PREFIX) {
            self.gelezen.set(self.gelezen.get() + 1);
        }
        self.s.lees(key)
    }
    fn schrijf(&mut self, key: &str, value: &str) -> Result<(), OpslagFout> {
        self.s.schrijf(key, value)
    }
    fn wis(&mut self, key: &str) -> Result<(), OpslagFout> {
        self.s.wis(key)
    }
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        self.s.sleutels()
    }
}

fn met_werkbladen(n: usize) -> GeheugenOpslag {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    for i in 0..n {
        let mut w = wb(&format!("wb-{i:03}"), &format!("KM-{i}"), "2026-11-20");
        bewaar_vanaf_revisie(&mut s, &mut index, &mut w).unwrap();
    }
    s
}

#[test]
fn opstarten_vanaf_index_leest_geen_enkel_werkblad_als_index_en_sleutels_kloppen() {
    let mut s = met_werkbladen(500);
    let mut t = Teller {
        s: &mut s,
        gelezen: Default::default(),
    };
    let op = opstarten_vanaf_index(&mut t, 1_000.0).unwrap();
    assert_eq!(t.gelezen.get(), 0, "start-up parsed worksheets");
    assert_eq!(op.index.items.len(), 500);
    assert!(op.meldingen.is_empty());
    assert_eq!(op.nacontrole.nog(), 500);
}

#[test]
fn alleen_sleutels_zonder_indexregel_worden_bij_het_opstarten_gelezen() {
    let mut s = met_werkbladen(20);
    // A worksheet saved by a tab that crashed before writing the index, and an index entry
    // whose worksheet was deleted by a tab that crashed before writing the index.
    s.data.insert(
        wb_key("wb-nieuw"),
        serde_json::to_string(&wb("wb-nieuw", "Nieuw", "2026-12-01")).unwrap(),
    );
    s.data.remove(&wb_key("wb-003"));
    let mut t = Teller {
        s: &mut s,
        gelezen: Default::default(),
    };
    let op = opstarten_vanaf_index(&mut t, 1_000.0).unwrap();
    assert_eq!(t.gelezen.get(), 1);
    assert_eq!(op.index.items[0].id, "wb-nieuw");
    assert!(!op.index.items.iter().any(|i| i.id == "wb-003"));
    assert_eq!(op.index.items.len(), 20);
    assert_eq!(op.meldingen.len(), 1, "{:?}", op.meldingen);
    assert_eq!(
        serde_json::from_str::<Index>(&s.data[INDEX_KEY]).unwrap(),
        op.index,
        "the repaired index is stored"
    );
}

#[test]
fn crash_tussen_werkblad_en_index_wordt_na_het_overzicht_hersteld() {
    let mut s = GeheugenOpslag::new();
    let mut index = opgestart(&mut s).index;
    let mut a = wb("wb-a", "Oud", "2026-11-01");
    let mut b = wb("wb-b", "B", "2026-11-02");
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    bewaar_vanaf_revisie(&mut s, &mut index, &mut b).unwrap();
    // The label changes; the worksheet is written, the index write fails (a crash).
    a.gesprek.label = "Nieuw".into();
    a.thema_mut(ThemaId::Emotie).antwoord = Some(Schaal::Ja);
    s.schrijfbeurten = Some(1);
    bewaar_vanaf_revisie(&mut s, &mut index, &mut a).unwrap();
    s.schrijfbeurten = None;
    assert!(s.data[INDEX_KEY].contains("Oud"));

    // The overview is shown from the index as it was...
    let mut op = opstarten_vanaf_index(&mut s, 1_000.0).unwrap();
    let a_in = |i: &Index| i.items.iter().find(|x| x.id == "wb-a").unwrap().clone();
    assert_eq!(a_in(&op.index).label, "Oud");
    assert!(!op.nacontrole.klaar());

    // ...and the check in idle time, a few worksheets per step, repairs it.
    let mut stappen = Vec::new();
    while !op.nacontrole.klaar() {
        stappen.push(op.nacontrole.stap(&mut s, &mut op.index, 1_000.0, 1));
    }
    assert_eq!(stappen.len(), 2);
    assert!(stappen.iter().any(|st| st.index_gewijzigd));
    assert!(
        stappen.iter().all(|st| st.meldingen.is_empty()),
        "{stappen:?}"
    );
    assert_eq!(a_in(&op.index).label, "Nieuw");
    assert_eq!(a_in(&op.index).themas_ingevuld, 1);
    assert_eq!(
        serde_json::from_str::<Index>(&s.data[INDEX_KEY]).unwrap(),
        op.index,
        "the repaired index is stored"
    );
    // Nothing left to repair on the next start.
    let op2 = opstarten(&mut s, 2_000.0).unwrap();
    assert_eq!(op2.index, op.index);
    assert!(op2.meldingen.is_empty());
}

#[test]
fn onleesbaar_werkblad_in_de_index_wordt_na_het_overzicht_apart_gezet_en_gemeld() {
    let mut s = met_werkbladen(3);
    s.data.insert(wb_key("wb-001"), "{kapot".into());
    let mut op = opstarten_vanaf_index(&mut s, 1_000.0).unwrap();
    assert_eq!(op.index.items.len(), 3, "listed until checked");
    assert!(op.meldingen.is_empty());
    let stap = op
        .nacontrole
        .stap(&mut s, &mut op.index, 1_000.0, usize::MAX);
    assert!(op.nacontrole.klaar());
    assert!(stap.index_gewijzigd);
    assert_eq!(stap.meldingen.len(), 2, "{:?}", stap.meldingen);
    assert_eq!(op.index.items.len(), 2);
    assert!(!s.data.contains_key(&wb_key("wb-001")));
    assert_eq!(apart_gezet(&s).unwrap().len(), 1);
    assert_eq!(s.data[&apart_gezet(&s).unwrap()[0]], "{kapot");
    assert!(
        op.apart_gezet.is_empty(),
        "nothing was set aside before the check"
    );
}

#[test]
fn volledig_opstarten_noemt_wat_de_nacontrole_apart_zette() {
    let mut s = met_werkbladen(3);
    s.data.insert(wb_key("wb-002"), "{kapot".into());
    let op = opstarten(&mut s, 1_000.0).unwrap();
    assert_eq!(op.apart_gezet.len(), 1);
    assert_eq!(op.apart_gezet, apart_gezet(&s).unwrap());
}

#[test]
fn bewaren_en_verwijderen_tussen_opstarten_en_nacontrole_blijven_staan() {
    let mut s = met_werkbladen(3);
    let mut op = opstarten_vanaf_index(&mut s, 1_000.0).unwrap();
    let mut w = laad(&s, "wb-000").unwrap().unwrap();
    w.gesprek.label = "Net getypt".into();
    bewaar_vanaf_revisie(&mut s, &mut op.index, &mut w).unwrap();
    naar_prullenbak(&mut s, &mut op.index, "wb-002", 1_500.0).unwrap();
    let stap = op
        .nacontrole
        .stap(&mut s, &mut op.index, 2_000.0, usize::MAX);
    assert!(!stap.index_gewijzigd, "{stap:?}");
    assert!(stap.meldingen.is_empty());
    let ids: Vec<_> = op.index.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(ids, ["KM-1", "Net getypt"]);
    // The deleted one is still in the bin, for undo.
    assert!(herstel(&mut s, &mut op.index, "wb-002").unwrap().is_some());
}

#[test]
fn index_van_een_andere_versie_leest_alles_meteen() {
    let v2 = include_str!("../../tests/fixtures/werkblad-v2.json");
    let mut s = GeheugenOpslag::new();
    s.data.insert(wb_key("wb-v2-fixture"), v2.into());
    // The index an older app wrote: listed, but written by schema version 2.
    s.data.insert(
        INDEX_KEY.into(),
        r#"{"schema_version":2,"items":[{"id":"wb-v2-fixture","label":"KM-V2","datum":"2025-03-14","soort":"voortgang","themas_ingevuld":2}]}"#.into(),
    );
    let op = opstarten_vanaf_index(&mut s, 1_000.0).unwrap();
    assert!(op.nacontrole.klaar());
    // The original is kept before anyone can open and save the migrated worksheet.
    assert_eq!(s.data[&format!("{VOOR_MIGRATIE_PREFIX}wb-v2-fixture")], v2);
    assert_eq!(op.index.items[0].label, "KM-V2");
}

#[test]
fn de_prullenbak_wordt_in_de_nacontrole_geleegd() {
    let mut s = met_werkbladen(1);
    let mut index = opgestart(&mut s).index;
    naar_prullenbak(&mut s, &mut index, "wb-000", 0.0).unwrap();
    let mut op = opstarten_vanaf_index(&mut s, PRULLENBAK_BEWAARTIJD_MS + 1.0).unwrap();
    assert!(s.data.keys().any(|k| k.starts_with(PRULLENBAK_PREFIX)));
    op.nacontrole
        .stap(&mut s, &mut op.index, PRULLENBAK_BEWAARTIJD_MS + 1.0, 10);
    assert!(!s.data.keys().any(|k| k.starts_with(PRULLENBAK_PREFIX)));
}

/// A store that refuses every read of one key.
struct Weigert<'a>(&'a mut GeheugenOpslag, &'static str);

impl Opslag for Weigert<'_> {
    fn lees(&self, key: &str) -> Result<Option<String>, OpslagFout> {
        if key == self.1 {
            return Err(OpslagFout::Anders("geweigerd".into()));
        }
        self.0.lees(key)
    }
    fn schrijf(&mut self, key: &str, value: &str) -> Result<(), OpslagFout> {
        self.0.schrijf(key, value)
    }
    fn wis(&mut self, key: &str) -> Result<(), OpslagFout> {
        self.0.wis(key)
    }
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        self.0.sleutels()
    }
}

#[test]
fn nacontrole_eindigt_ook_als_de_opslag_een_sleutel_weigert() {
    let mut s = met_werkbladen(3);
    let mut op = opstarten_vanaf_index(&mut s, 1_000.0).unwrap();
    let key = wb_key("wb-001");
    let mut w = Weigert(&mut s, Box::leak(key.into_boxed_str()));
    let mut stappen = 0;
    while !op.nacontrole.klaar() {
        op.nacontrole.stap(&mut w, &mut op.index, 1_000.0, 1);
        stappen += 1;
        assert!(stappen <= 3, "the check never ends");
    }
    assert_eq!(op.index.items.len(), 3, "the refused entry stays listed");
    assert!(s.data.contains_key(&wb_key("wb-001")));
}
