use super::*;
use crate::model::Moment;

fn bestand(naam: &str, grootte: u64, duur: Option<f64>) -> OpnameBestand {
    OpnameBestand {
        naam: naam.into(),
        grootte,
        duur,
    }
}

#[test]
fn zoekpunt_drie_seconden_ervoor_niet_onder_nul() {
    assert_eq!(zoekpunt(Tijdcode(725)), 722.0);
    assert_eq!(zoekpunt(Tijdcode(2)), 0.0);
    assert_eq!(zoekpunt(Tijdcode(0)), 0.0);
}

#[test]
fn stappen_blijven_binnen_de_opname() {
    assert_eq!(stap(3.0, -STAP, Some(40.0)), 0.0);
    assert_eq!(stap(37.0, STAP, Some(40.0)), 40.0);
    assert_eq!(stap(10.0, STAP, None), 15.0);
    assert_eq!(stap(10.0, STAP, Some(f64::NAN)), 15.0);
}

#[test]
fn tijd_na_het_einde_geeft_melding() {
    assert_eq!(controleer_tijd(Tijdcode(40), Some(40.4)), Ok(()));
    let fout = controleer_tijd(Tijdcode(41), Some(40.4)).unwrap_err();
    assert!(fout.contains("00:41") && fout.contains("00:40"), "{fout}");
    assert_eq!(controleer_tijd(Tijdcode(9999), None), Ok(()));
    assert_eq!(controleer_tijd(Tijdcode(9999), Some(f64::INFINITY)), Ok(()));
}

#[test]
fn groottes() {
    assert_eq!(grootte_tekst(0), "0 kB");
    assert_eq!(grootte_tekst(850_000), "850 kB");
    assert_eq!(grootte_tekst(137_000), "137 kB");
    assert_eq!(grootte_tekst(12_345_678), "12,3 MB");
    assert_eq!(grootte_tekst(999_999_999), "1000 MB");
    assert_eq!(grootte_tekst(2_147_483_648), "2,1 GB");
    assert_eq!(grootte_tekst(524_288_000), "524 MB");
    assert_eq!(grootte_tekst(52_428_800), "52,4 MB");
}

#[test]
fn zelfde_of_ander_bestand() {
    let oud = bestand("km17.mp4", 1000, Some(40.0));
    assert_eq!(
        vergelijk(&oud, &bestand("km17.mp4", 1000, None)),
        Verschil::Geen
    );
    assert_eq!(
        vergelijk(&oud, &bestand("km17.mp4", 1000, Some(40.9))),
        Verschil::Geen
    );
    assert_eq!(
        vergelijk(&oud, &bestand("kopie.mp4", 1000, Some(40.0))),
        Verschil::AlleenNaam
    );
    assert_eq!(
        vergelijk(&oud, &bestand("km17.mp4", 1001, None)),
        Verschil::Anders
    );
    assert_eq!(
        vergelijk(&oud, &bestand("km17.mp4", 1000, Some(60.0))),
        Verschil::Anders
    );
    assert_eq!(waarschuwing(&oud, &bestand("kopie.mp4", 1000, None)), None);
    let w = waarschuwing(&oud, &bestand("ander.mp4", 2_000_000, Some(60.0))).unwrap();
    assert!(
        w.contains("\u{201c}ander.mp4\u{201d} (2,0 MB, 01:00)"),
        "{w}"
    );
    assert!(w.contains("\u{201c}km17.mp4\u{201d} (1 kB, 00:40)"), "{w}");
}

#[test]
fn soorten_bestanden() {
    assert_eq!(soort_bestand("a.mp4", "video/mp4"), BestandSoort::Opname);
    assert_eq!(soort_bestand("a.MP3", ""), BestandSoort::Opname);
    assert_eq!(soort_bestand("a.m4a", "audio/x-m4a"), BestandSoort::Opname);
    assert_eq!(
        soort_bestand("a.ogg", "application/ogg"),
        BestandSoort::Opname
    );
    assert_eq!(soort_bestand("opname", ""), BestandSoort::Onbekend);
    assert_eq!(
        soort_bestand("notities.pdf", "application/pdf"),
        BestandSoort::GeenOpname
    );
    assert_eq!(
        soort_bestand("foto.jpg", "image/jpeg"),
        BestandSoort::GeenOpname
    );
    assert_eq!(
        soort_bestand("x.txt", "text/plain"),
        BestandSoort::GeenOpname
    );
}

#[test]
fn meldingen_noemen_het_bestand_en_wat_te_doen() {
    let m = OpenFout::NietAfspeelbaar("gesprek.avi".into()).uitleg();
    assert!(
        m.contains("\u{201c}gesprek.avi\u{201d}") && m.contains("mp4"),
        "{m}"
    );
    assert!(OpenFout::GeenOpname("x.pdf".into())
        .uitleg()
        .contains("geen opname"));
    assert!(OpenFout::Meerdere(3).uitleg().contains("3 bestanden"));
    assert!(OpenFout::Map.uitleg().contains("map"));
}

#[test]
fn markeringen_van_alle_themas_op_tijd() {
    let mut wb = Werkblad::default();
    let a = wb.voeg_moment_toe(
        ThemaId::Weerstand,
        Moment {
            tijd: Some(Tijdcode(30)),
            wat: "Cliënt kijkt weg".into(),
            ..Default::default()
        },
    );
    let b = wb.voeg_moment_toe(
        ThemaId::Emotie,
        Moment {
            tijd: Some(Tijdcode(10)),
            ..Default::default()
        },
    );
    wb.voeg_moment_toe(
        ThemaId::Emotie,
        Moment {
            tijd: None,
            wat: "zonder tijd".into(),
            ..Default::default()
        },
    );
    let c = wb.voeg_moment_toe(
        ThemaId::Beurten,
        Moment {
            tijd: Some(Tijdcode(99)),
            wat: "x".repeat(80),
            ..Default::default()
        },
    );
    assert!(markeringen(&wb, None).is_empty());
    let m = markeringen(&wb, Some(40.0));
    assert_eq!(
        m.iter().map(|m| m.moment_id.clone()).collect::<Vec<_>>(),
        [b, a, c]
    );
    assert_eq!(m[0].positie, 0.25);
    assert_eq!(m[1].naam, "00:30 – vraag 2: Weerstand: Cliënt kijkt weg");
    assert_eq!(m[1].nummer, 2);
    assert_eq!(m[2].positie, 1.0, "past the end: at the end");
    assert!(m[2].naam.ends_with('…') && m[2].naam.chars().count() < 100);
    assert_eq!(m[0].naam, "00:10 – vraag 1: Raakmoment");
}

#[test]
fn vraag_in_beeld() {
    let secties = [(-900.0, -100.0), (-100.0, 500.0), (500.0, 1200.0)];
    assert_eq!(in_beeld(&secties, 900.0), Some(1));
    assert_eq!(
        in_beeld(&[(-900.0, -500.0), (-400.0, -100.0)], 900.0),
        Some(1),
        "between sections: the one above"
    );
    assert_eq!(
        in_beeld(&[(800.0, 1200.0), (1200.0, 1900.0)], 900.0),
        Some(0),
        "above all: the first"
    );
    assert_eq!(in_beeld(&[], 900.0), None);
}

#[test]
fn sneltoetsen_alleen_met_alt_en_uit_te_zetten() {
    assert_eq!(
        sneltoets("KeyM", true, false, false, false, true),
        Some(Sneltoets::NeemMoment)
    );
    assert_eq!(
        sneltoets("KeyK", true, false, false, false, true),
        Some(Sneltoets::SpeelPauze)
    );
    assert_eq!(
        sneltoets("KeyM", false, false, false, false, true),
        None,
        "plain m is typing"
    );
    assert_eq!(
        sneltoets("KeyM", true, true, false, false, true),
        None,
        "AltGr is Ctrl+Alt"
    );
    assert_eq!(sneltoets("KeyM", true, false, true, false, true), None);
    assert_eq!(sneltoets("KeyM", true, false, false, true, true), None);
    assert_eq!(
        sneltoets("KeyM", true, false, false, false, false),
        None,
        "switched off"
    );
    assert_eq!(sneltoets("KeyX", true, false, false, false, true), None);
}

#[test]
fn herinnering_om_te_wissen() {
    let mut wb = Werkblad::default();
    assert_eq!(wissen_op(&wb), None);
    wb.gesprek.opname.wissen_op = "2026-11-30".into();
    assert_eq!(wissen_op(&wb).as_deref(), Some("2026-11-30"));
    wb.gesprek.opname.gewist = true;
    assert_eq!(wissen_op(&wb), None);
    assert_eq!(wis_herinnering("KM-17", "2026-12-02", "2026-12-01"), None);
    let h = wis_herinnering("KM-17", "2026-11-30", "2026-12-01").unwrap();
    assert!(
        h.starts_with("Verwijder de opname van KM-17, gepland op 30-11-2026."),
        "{h}"
    );
    assert!(
        wis_herinnering("KM-17", "2026-12-01", "2026-12-01").is_some(),
        "on the day itself"
    );
    assert_eq!(wis_herinnering("KM-17", "", "2026-12-01"), None);
}
