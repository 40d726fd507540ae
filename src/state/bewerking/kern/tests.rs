use std::cell::Cell;

use super::*;
use crate::model::ThemaId;
use crate::repo::slot::{leid_sleutel_af, zet_aan, IvBron, VersleuteldeOpslag};
use crate::repo::{laad, opstarten, wb_key, GeheugenOpslag, Geopend, LaadFout};

/// A memory store that counts what a save costs: writes, plain reads and decrypting reads.
#[derive(Default)]
struct Tellend {
    binnen: GeheugenOpslag,
    schrijven: Cell<usize>,
    lezen: Cell<usize>,
}

impl Opslag for Tellend {
    fn lees(&self, key: &str) -> Result<Option<String>, OpslagFout> {
        self.lezen.set(self.lezen.get() + 1);
        self.binnen.lees(key)
    }
    fn schrijf(&mut self, key: &str, value: &str) -> Result<(), OpslagFout> {
        self.schrijven.set(self.schrijven.get() + 1);
        self.binnen.schrijf(key, value)
    }
    fn wis(&mut self, key: &str) -> Result<(), OpslagFout> {
        self.binnen.wis(key)
    }
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        self.binnen.sleutels()
    }
    fn lees_ruw(&self, key: &str) -> Result<Option<String>, OpslagFout> {
        self.binnen.lees_ruw(key)
    }
}

/// A store with one saved worksheet `wb-a`, and its index.
fn met_werkblad(s: &mut dyn Opslag) -> Index {
    let mut index = opstarten(s, 0.0).unwrap().index;
    let mut w = Werkblad::nieuw("wb-a", 1.0, "2026-11-30");
    w.gesprek.label = "KM-1".into();
    repo::bewaar(s, &mut index, &mut w, &mut Bekend::default()).unwrap();
    index
}

/// Opens `wb-a` as the editor does.
fn open(s: &dyn Opslag) -> Kern {
    match repo::open(s, "wb-a") {
        Ok(Some(Geopend::Bewerkbaar { werkblad, bekend })) => {
            Kern::new(werkblad, bekend, false, false)
        }
        anders => panic!("niet te openen: {anders:?}"),
    }
}

fn opgeslagen(s: &dyn Opslag) -> Werkblad {
    laad(s, "wb-a").unwrap().unwrap()
}

fn zet_doel(tekst: &'static str) -> impl FnOnce(&mut Werkblad) {
    move |w| w.gesprek.doel = tekst.into()
}

#[test]
fn een_bewerking_wordt_een_keer_bewaard_na_de_pauze() {
    let mut s = Tellend::default();
    let mut index = met_werkblad(&mut s);
    let mut k = open(&s);
    let schrijven_voor = s.schrijven.get();
    k.wijzig(0.0, zet_doel("a"));
    k.wijzig(100.0, zet_doel("ab"));
    k.wijzig(300.0, zet_doel("abc"));
    assert_eq!(k.status(), Status::Bezig);
    assert_eq!(
        k.bewaar_om(),
        Some(800.0),
        "each change moves the save further"
    );
    assert!(k.tik(&mut s, &mut index, 700.0).is_none());
    assert_eq!(
        s.schrijven.get(),
        schrijven_voor,
        "nothing written before the pause ends"
    );
    assert!(k.tik(&mut s, &mut index, 800.0).unwrap().is_ok());
    assert_eq!(
        s.schrijven.get(),
        schrijven_voor + 1,
        "one write: the index did not change"
    );
    assert!(
        k.tik(&mut s, &mut index, 2_000.0).is_none(),
        "nothing pending after the save"
    );
    assert_eq!(k.status(), Status::Opgeslagen);
    assert_eq!(opgeslagen(&s).gesprek.doel, "abc");
}

#[test]
fn bewaren_leest_het_opgeslagen_werkblad_niet_als_niemand_anders_schreef() {
    let mut s = Tellend::default();
    let mut index = met_werkblad(&mut s);
    let mut k = open(&s);
    for n in 0..5 {
        k.wijzig(n as f64 * 1_000.0, zet_doel("x"));
        let lezen_voor = s.lezen.get();
        k.tik(&mut s, &mut index, n as f64 * 1_000.0 + 500.0)
            .unwrap()
            .unwrap();
        assert_eq!(
            s.lezen.get(),
            lezen_voor,
            "no decrypting read, no parse on save {n}"
        );
    }
    assert_eq!(opgeslagen(&s).revisie, 6);
}

#[test]
fn wijzigingen_tussen_twee_bewaarbeurten_gaan_niet_verloren() {
    let mut s = GeheugenOpslag::new();
    let mut index = met_werkblad(&mut s);
    let mut k = open(&s);
    k.wijzig(0.0, zet_doel("eerste"));
    // Typed after the save was scheduled, before it ran: part of the same save.
    k.wijzig(400.0, |w| w.gesprek.inbreng = "tweede".into());
    k.tik(&mut s, &mut index, 900.0).unwrap().unwrap();
    // Typed right after a save: a new save is scheduled, and nothing is lost.
    k.wijzig(901.0, |w| {
        w.thema_mut(ThemaId::Emotie).observaties = "derde".into()
    });
    assert_eq!(k.status(), Status::Bezig);
    assert!(k.heeft_wijzigingen());
    k.tik(&mut s, &mut index, 1_401.0).unwrap().unwrap();
    let w = opgeslagen(&s);
    assert_eq!(
        (w.gesprek.doel.as_str(), w.gesprek.inbreng.as_str()),
        ("eerste", "tweede")
    );
    assert_eq!(w.thema(ThemaId::Emotie).observaties, "derde");
    assert_eq!(k.status(), Status::Opgeslagen);
}

#[test]
fn een_andere_schrijver_geeft_een_conflict_en_niets_gaat_verloren() {
    let mut s = GeheugenOpslag::new();
    let mut index = met_werkblad(&mut s);
    let mut tab1 = open(&s);
    let mut tab2 = open(&s);
    tab1.wijzig(0.0, zet_doel("van tab 1"));
    tab2.wijzig(0.0, zet_doel("van tab 2"));
    tab2.bewaar_nu(&mut s, &mut index, 10.0).unwrap().unwrap();
    match tab1.bewaar_nu(&mut s, &mut index, 20.0) {
        Some(Err(BewaarFout::Conflict { opgeslagen })) => {
            assert_eq!(opgeslagen.gesprek.doel, "van tab 2")
        }
        anders => panic!("conflict verwacht, kreeg {anders:?}"),
    }
    assert_eq!(tab1.status(), Status::Conflict);
    assert!(tab1.heeft_onbewaard_werk());
    assert!(
        tab1.bewaar_nu(&mut s, &mut index, 30.0).is_none(),
        "no save while the user has not chosen"
    );
    assert_eq!(opgeslagen(&s).gesprek.doel, "van tab 2");

    tab1.houd_mijn_versie(&mut s, &mut index, "wb-kopie".into(), 40.0)
        .unwrap();
    assert_eq!(opgeslagen(&s).gesprek.doel, "van tab 1");
    let kopie = laad(&s, "wb-kopie").unwrap().unwrap();
    assert_eq!(kopie.gesprek.doel, "van tab 2");
    assert_eq!(kopie.gesprek.label, "KM-1 (versie uit ander tabblad)");
    assert_eq!(tab1.status(), Status::Opgeslagen);
    assert!(index.items.iter().any(|i| i.id == "wb-kopie"));
}

#[test]
fn de_andere_versie_nemen_bewaart_de_mijne_als_kopie() {
    let mut s = GeheugenOpslag::new();
    let mut index = met_werkblad(&mut s);
    let mut tab1 = open(&s);
    let mut tab2 = open(&s);
    tab1.wijzig(0.0, zet_doel("mijn"));
    tab2.wijzig(0.0, zet_doel("ander"));
    tab2.bewaar_nu(&mut s, &mut index, 1.0).unwrap().unwrap();
    assert!(tab1.bewaar_nu(&mut s, &mut index, 2.0).unwrap().is_err());
    tab1.neem_andere_versie(&mut s, &mut index, "wb-mijn".into(), 3.0)
        .unwrap();
    assert_eq!(tab1.werkblad().gesprek.doel, "ander");
    assert_eq!(tab1.status(), Status::Opgeslagen);
    assert_eq!(laad(&s, "wb-mijn").unwrap().unwrap().gesprek.doel, "mijn");
    // Typing on goes on from the other version without a new conflict.
    tab1.wijzig(10.0, zet_doel("ander, verder"));
    tab1.bewaar_nu(&mut s, &mut index, 11.0).unwrap().unwrap();
    assert_eq!(opgeslagen(&s).gesprek.doel, "ander, verder");
}

#[test]
fn een_stil_tabblad_volgt_het_andere_en_een_bewerkt_tabblad_vraagt() {
    let mut s = GeheugenOpslag::new();
    let mut index = met_werkblad(&mut s);
    let mut stil = open(&s);
    let mut bezig = open(&s);
    let mut schrijver = open(&s);
    schrijver.wijzig(0.0, zet_doel("nieuw"));
    schrijver
        .bewaar_nu(&mut s, &mut index, 1.0)
        .unwrap()
        .unwrap();
    let ruw = s.lees_ruw(&wb_key("wb-a")).unwrap();

    assert_eq!(
        stil.elders_bewaard(opgeslagen(&s), ruw.clone()),
        Gevolgd::Overgenomen
    );
    assert_eq!(stil.werkblad().gesprek.doel, "nieuw");
    assert_eq!(stil.status(), Status::Opgeslagen);
    assert_eq!(
        stil.elders_bewaard(opgeslagen(&s), ruw.clone()),
        Gevolgd::Niets
    );
    // Following does not make the quiet tab write anything back.
    assert!(stil.bewaar_nu(&mut s, &mut index, 2.0).is_none());
    // And its next edit saves without a conflict.
    stil.wijzig(3.0, zet_doel("nieuw en meer"));
    stil.bewaar_nu(&mut s, &mut index, 4.0).unwrap().unwrap();

    bezig.wijzig(5.0, zet_doel("eigen"));
    assert_eq!(
        bezig.elders_bewaard(opgeslagen(&s), None),
        Gevolgd::Conflict
    );
    assert_eq!(
        bezig.werkblad().gesprek.doel,
        "eigen",
        "what was typed stays on screen"
    );
    assert_eq!(bezig.status(), Status::Conflict);
}

#[test]
fn een_volle_opslag_houdt_de_wijziging_vast_en_probeert_opnieuw() {
    let mut s = GeheugenOpslag::new();
    let mut index = met_werkblad(&mut s);
    let mut k = open(&s);
    let voor = s.data.clone();
    s.quotum = Some(s.data.iter().map(|(k, v)| k.len() + v.len()).sum::<usize>() + 10);
    k.wijzig(0.0, |w| w.gesprek.doel = "x".repeat(5_000));
    let uitkomst = k.tik(&mut s, &mut index, 500.0).unwrap();
    assert_eq!(uitkomst, Err(BewaarFout::Opslag(OpslagFout::Vol)));
    assert_eq!(
        k.status(),
        Status::Fout(BewaarFout::Opslag(OpslagFout::Vol))
    );
    assert!(k.heeft_onbewaard_werk());
    assert_eq!(
        k.werkblad().gesprek.doel.len(),
        5_000,
        "the edit stays in memory"
    );
    assert_eq!(s.data, voor, "the stored worksheet is intact");
    // Room again (the user deleted something): the next change stores everything.
    s.quotum = None;
    k.wijzig(600.0, |w| w.gesprek.inbreng = "en dit".into());
    k.tik(&mut s, &mut index, 1_100.0).unwrap().unwrap();
    let w = opgeslagen(&s);
    assert_eq!(w.gesprek.doel.len(), 5_000);
    assert_eq!(w.gesprek.inbreng, "en dit");
    assert_eq!(k.status(), Status::Opgeslagen);
    assert!(!k.heeft_onbewaard_werk());
}

fn iv_bron() -> IvBron {
    let teller = Cell::new(1u64);
    Box::new(move || {
        let mut iv = [0u8; 12];
        iv[..8].copy_from_slice(&teller.get().to_le_bytes());
        teller.set(teller.get() + 1);
        iv
    })
}

#[test]
fn vergrendelen_bewaart_eerst_wat_nog_wacht() {
    let zout = [3u8; 16];
    let sleutel = || leid_sleutel_af("paard batterij nietje", &zout, 1_000);
    let mut plat = GeheugenOpslag::new();
    met_werkblad(&mut plat);
    let mut v = zet_aan(plat, sleutel(), zout, 1_000, iv_bron()).unwrap();
    let mut index = opstarten(&mut v, 0.0).unwrap().index;
    let mut k = open(&v);
    k.wijzig(0.0, zet_doel("vlak voor het slot"));
    // The lock flushes by a direct call, before the pause is over.
    k.bewaar_nu(&mut v, &mut index, 100.0).unwrap().unwrap();
    let ruw = v.vergrendel();
    assert!(
        !ruw.data.values().any(|x| x.contains("vlak voor het slot")),
        "stored encrypted"
    );
    assert!(matches!(laad(&ruw, "wb-a"), Err(LaadFout::Lees(_))));
    let weer_open = VersleuteldeOpslag::new(ruw, sleutel(), iv_bron()).unwrap();
    assert_eq!(opgeslagen(&weer_open).gesprek.doel, "vlak voor het slot");
}

#[test]
fn met_het_slot_aan_wordt_een_ander_tabblad_gevolgd() {
    let zout = [4u8; 16];
    let sleutel = || leid_sleutel_af("paard batterij nietje", &zout, 1_000);
    let mut plat = GeheugenOpslag::new();
    met_werkblad(&mut plat);
    let mut v = zet_aan(plat, sleutel(), zout, 1_000, iv_bron()).unwrap();
    let mut index = opstarten(&mut v, 0.0).unwrap().index;
    let mut stil = open(&v);
    let mut schrijver = open(&v);
    schrijver.wijzig(0.0, zet_doel("versleuteld gevolgd"));
    schrijver
        .bewaar_nu(&mut v, &mut index, 1.0)
        .unwrap()
        .unwrap();
    // The storage event carries ciphertext; the new value is read through the store.
    let nieuw = opgeslagen(&v);
    let ruw = v.lees_ruw(&wb_key("wb-a")).unwrap();
    assert_eq!(stil.elders_bewaard(nieuw, ruw), Gevolgd::Overgenomen);
    assert_eq!(stil.werkblad().gesprek.doel, "versleuteld gevolgd");
}

#[test]
fn openen_van_een_nieuwere_versie_geeft_alleen_lezen() {
    let mut s = GeheugenOpslag::new();
    s.schrijf(
        &wb_key("wb-z"),
        r#"{"schema_version":99,"id":"wb-z","gesprek":{"label":"KM-Z"}}"#,
    )
    .unwrap();
    match repo::open(&s, "wb-z") {
        Ok(Some(Geopend::AlleenLezen { werkblad, versie })) => {
            assert_eq!(werkblad.gesprek.label, "KM-Z");
            assert_eq!(versie, 99);
        }
        anders => panic!("alleen lezen verwacht: {anders:?}"),
    }
    assert_eq!(repo::open(&s, "wb-niet").unwrap(), None);
    s.schrijf(&wb_key("wb-kapot"), "{kapot").unwrap();
    assert!(matches!(repo::open(&s, "wb-kapot"), Err(LaadFout::Lees(_))));
}
