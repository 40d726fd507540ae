use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

use super::*;

use crate::model::uitwisseling::plan;
use crate::model::{ThemaId, Werkblad};
use crate::repo::{
    bewaar_vanaf_revisie, importeer, instellingen, laad, naar_prullenbak, opstarten, wb_key,
    BewaarFout, GeheugenOpslag, Index, LaadFout, APART_GEZET_PREFIX, INDEX_KEY,
};

/// Low, to keep the tests fast; the production count is checked on its own.
const TEST_ITERATIES: u32 = 1_000;
const WW: &str = "paard batterij nietje";
const ZOUT: [u8; 16] = [9; 16];
/// Client text that must never be found in the raw store while the lock is on.
const KANARIE: &str = "Kanarie-Jansen-0612345678";

/// IVs unique across the whole test run, like random ones would be (a counter that restarts
/// per store would reuse IVs under the same key).
fn iv_bron() -> IvBron {
    static TELLER: AtomicU64 = AtomicU64::new(1);
    Box::new(|| {
        let mut iv = [0u8; 12];
        iv[..8].copy_from_slice(&TELLER.fetch_add(1, Ordering::Relaxed).to_le_bytes());
        iv
    })
}

fn sleutel() -> Sleutel {
    leid_sleutel_af(WW, &ZOUT, TEST_ITERATIES)
}

fn aan<O: Opslag>(s: O) -> VersleuteldeOpslag<O> {
    zet_aan(s, sleutel(), ZOUT, TEST_ITERATIES, iv_bron()).unwrap()
}

fn open<O: Opslag>(s: O) -> VersleuteldeOpslag<O> {
    VersleuteldeOpslag::new(s, sleutel(), iv_bron()).unwrap()
}

fn met_kanarie(id: &str, n: usize) -> Werkblad {
    let mut w = Werkblad::nieuw(id, 1.0, "2026-11-20");
    w.gesprek.label = format!("{KANARIE} label {n}");
    w.gesprek.doel = format!("{KANARIE} doel");
    w.thema_mut(ThemaId::Emotie).observaties = format!("Ze zei: \"{KANARIE}\" 🙂 é");
    w
}

/// Three worksheets, one in the bin, an import undo copy, a set-aside value, settings, and
/// another app's key: everything a store can hold.
fn volle_opslag(s: &mut dyn Opslag) -> Index {
    let mut index = opstarten(s, 1_000.0).unwrap().index;
    for (n, id) in ["wb-a", "wb-b", "wb-c", "wb-weg"].iter().enumerate() {
        bewaar_vanaf_revisie(s, &mut index, &mut met_kanarie(id, n)).unwrap();
    }
    naar_prullenbak(s, &mut index, "wb-weg", 2_000.0).unwrap();
    let p = plan(vec![met_kanarie("wb-b", 9)], &["wb-b".to_string()]);
    importeer(s, &mut index, &p).unwrap();
    s.schrijf(
        &format!("{APART_GEZET_PREFIX}5.werkblad.wb.wb-x"),
        &format!("\u{0}{{ kapot {KANARIE}"),
    )
    .unwrap();
    instellingen::bewaar(s, &instellingen::Instellingen::default()).unwrap();
    s.schrijf("ander.programma", "niet van ons").unwrap();
    index
}

fn alle_werkbladen(s: &dyn Opslag) -> BTreeMap<String, Werkblad> {
    ["wb-a", "wb-b", "wb-c"]
        .iter()
        .map(|id| (id.to_string(), laad(s, id).unwrap().unwrap()))
        .collect()
}

fn gevoelige(data: &BTreeMap<String, String>) -> Vec<(&String, &String)> {
    data.iter().filter(|(k, _)| is_gevoelig(k)).collect()
}

/// Changes one bit of the character at `pos`.
fn flip(raw: &str, pos: usize, bit: u32) -> String {
    raw.chars()
        .enumerate()
        .map(|(i, c)| {
            if i == pos {
                char::from_u32(c as u32 ^ (1 << bit)).unwrap()
            } else {
                c
            }
        })
        .collect()
}

// --- Building blocks ---------------------------------------------------------------------

#[test]
fn productie_telt_minstens_600_000_rondes() {
    // Checked while compiling, so lowering the constant cannot even build the tests.
    const { assert!(PBKDF2_ITERATIES >= 600_000) };
    const { assert!(MAX_ITERATIES >= PBKDF2_ITERATIES) };
}

#[test]
fn pbkdf2_geeft_wat_een_andere_implementatie_geeft() {
    // Python: hashlib.pbkdf2_hmac('sha256', pw.encode(), bytes(range(16)), 1000, 32)
    let zout: [u8; 16] = std::array::from_fn(|i| i as u8);
    let k = leid_sleutel_af("correct paard batterij nietje é", &zout, 1_000);
    let hex: String = k.0.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(
        hex,
        "d45014697233da35f162b3bec81f1a6aa4f2dacffe12dd51ce491c37ecd8024b"
    );
}

#[test]
fn aes_gcm_geeft_wat_een_andere_implementatie_geeft() {
    // Python `cryptography`: AESGCM(bytes(range(32))).encrypt(bytes(range(100, 112)), tekst,
    // b"werkblad.wb.wb-a"). Also pins the stored form: old data must stay readable.
    const OPGESLAGEN: &str = r#"{"versleuteld":1,"iv":"ZGVmZ2hpamtsbW5v","data":"C3e3pdKHIr5EBzbS+kcDlmK1b2arHoYB0/OMuGQ6JykRKvA5ZoqG0s8Q947DsYU="}"#;
    let tekst = "Cliënt zei: \"ik wil rust\" 🙂";
    let sleutel = Sleutel(Box::new(std::array::from_fn(|i| i as u8)));
    let iv: [u8; 12] = std::array::from_fn(|i| 100 + i as u8);
    assert_eq!(
        versleutel(&sleutel, iv, "werkblad.wb.wb-a", tekst).unwrap(),
        OPGESLAGEN
    );
    let Soort::Versleuteld(e) = soort(OPGESLAGEN) else {
        panic!("not recognised as encrypted")
    };
    assert_eq!(
        ontsleutel(&sleutel, "werkblad.wb.wb-a", &e).as_deref(),
        Some(tekst)
    );
    assert_eq!(ontsleutel(&sleutel, "werkblad.wb.wb-b", &e), None);
}

#[test]
fn base64_volgens_rfc_4648() {
    for (bytes, tekst) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(b64::codeer(bytes.as_bytes()), tekst);
        assert_eq!(b64::decodeer(tekst).unwrap(), bytes.as_bytes());
    }
    assert_eq!(b64::codeer(&[0xfb, 0xff, 0xbf]), "+/+/");
}

#[test]
fn base64_heen_en_terug_voor_elke_lengte_en_elke_byte() {
    let alle: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
    for n in 0..alle.len() {
        let bytes = &alle[alle.len() - n..];
        assert_eq!(b64::decodeer(&b64::codeer(bytes)).unwrap(), bytes, "{n}");
    }
}

#[test]
fn base64_weigert_alles_wat_codeer_niet_maakt() {
    for fout in [
        "Zg=", "Zg", "Z===", "====", "Zg==Zg==", "Zm9v=Zg=", "Zh==", "Zm9=", "Zm 9", "Zm9\n",
        "Zm9-", "Zm9_", "Zé==",
    ] {
        assert_eq!(b64::decodeer(fout), None, "{fout:?}");
    }
}

#[test]
fn sleutel_laat_zijn_bytes_niet_zien() {
    let k = Sleutel(Box::new([0xab; 32]));
    let tekst = format!("{k:?}");
    assert!(
        !tekst.contains("171") && !tekst.to_lowercase().contains("ab"),
        "{tekst}"
    );
    assert!(k == Sleutel(Box::new([0xab; 32])));
    assert!(k != Sleutel(Box::new([0xac; 32])));
}

#[test]
fn nieuw_wachtwoord_minstens_acht_tekens() {
    assert_eq!(
        controleer_nieuw_wachtwoord("1234567"),
        Err(SlotFout::TeKort)
    );
    assert_eq!(controleer_nieuw_wachtwoord("12345678"), Ok(()));
    // Characters, not bytes.
    assert_eq!(
        controleer_nieuw_wachtwoord("ééééééé"),
        Err(SlotFout::TeKort)
    );
}

#[test]
fn welke_sleutels_versleuteld_worden() {
    for k in [
        "werkblad.wb.wb-a",
        "werkblad.index",
        "werkblad.prullenbak.wb-a",
        "werkblad.import-ongedaan",
        "werkblad.quarantaine.5.werkblad.wb.x",
        "werkblad.voor-migratie.wb-a",
        "werkblad.iets-nieuws-later",
    ] {
        assert!(is_gevoelig(k), "{k}");
    }
    for k in [SLOT_KEY, INSTELLINGEN_KEY, "ander.programma"] {
        assert!(!is_gevoelig(k), "{k}");
    }
}

#[test]
fn slot_staat_zoals_beschreven_opgeslagen() {
    let v = aan(GeheugenOpslag::new());
    let slot: serde_json::Value = serde_json::from_str(&v.binnen().data[SLOT_KEY]).unwrap();
    assert_eq!(slot["schema_version"], 1);
    assert_eq!(slot["kdf"], "PBKDF2-SHA256");
    assert_eq!(slot["iteraties"], TEST_ITERATIES);
    assert_eq!(
        b64::decodeer(slot["zout"].as_str().unwrap()).unwrap(),
        ZOUT.to_vec()
    );
    assert_eq!(slot["controle"]["versleuteld"], 1);
    let info = lees_slot(v.binnen()).unwrap().unwrap();
    assert_eq!(info.zout, ZOUT);
    assert_eq!(info.controleer(&sleutel()), Ok(()));
}

#[test]
fn beschadigd_of_nieuwer_slot_wordt_herkend() {
    let goed = aan(GeheugenOpslag::new()).vergrendel().data[SLOT_KEY].clone();
    for (raw, fout) in [
        ("geen json".to_string(), SlotFout::Beschadigd),
        (goed.replace("PBKDF2-SHA256", "MD5"), SlotFout::Beschadigd),
        (
            goed.replace(
                &format!("\"iteraties\":{TEST_ITERATIES}"),
                "\"iteraties\":4000000000",
            ),
            SlotFout::Beschadigd,
        ),
        (
            goed.replace("\"schema_version\":1", "\"schema_version\":7"),
            SlotFout::NieuwereVersie(7),
        ),
    ] {
        let mut s = GeheugenOpslag::new();
        s.data.insert(SLOT_KEY.into(), raw);
        assert_eq!(lees_slot(&s).unwrap_err(), fout);
        assert_eq!(ontgrendel(&s, WW).unwrap_err(), fout);
    }
}

// --- Round trips through the repository --------------------------------------------------

#[test]
fn bewaren_laden_en_opstarten_door_het_slot_heen() {
    let mut v = aan(GeheugenOpslag::new());
    let index = volle_opslag(&mut v);
    let voor = alle_werkbladen(&v);
    assert_eq!(index.items.len(), 3);

    // As after a reload: lock, unlock with the passphrase, start up.
    let s = v.vergrendel();
    let mut v = open(s);
    let op = opstarten(&mut v, 3_000.0).unwrap();
    assert!(op.meldingen.is_empty(), "{:?}", op.meldingen);
    assert_eq!(op.index, index);
    assert_eq!(alle_werkbladen(&v), voor);
    assert_eq!(
        laad(&v, "wb-b").unwrap().unwrap().gesprek.label,
        format!("{KANARIE} label 9")
    );
    assert!(crate::repo::kan_ongedaan(&v));
}

#[test]
fn bewaren_meldt_het_verschil_in_gebruik_zoals_opgeslagen() {
    let mut v = aan(GeheugenOpslag::new());
    let mut index = opstarten(&mut v, 0.0).unwrap().index;
    let mut teller = crate::repo::gebruik(&v).unwrap() as i64;
    let mut w = met_kanarie("wb-meter", 1);
    for doel in ["kort", "een langere tekst met é en 🙂", ""] {
        w.gesprek.doel = doel.into();
        teller += bewaar_vanaf_revisie(&mut v, &mut index, &mut w)
            .unwrap()
            .verschil_gebruik;
        // Encrypted values are larger than the text; the meter follows what is stored.
        assert_eq!(
            teller,
            crate::repo::gebruik(&v).unwrap() as i64,
            "after {doel:?}"
        );
    }
}

#[test]
fn niets_leesbaar_in_de_ruwe_opslag() {
    let mut v = aan(GeheugenOpslag::new());
    volle_opslag(&mut v);
    opstarten(&mut v, 3_000.0).unwrap();
    let ruw = &v.binnen().data;
    for (k, waarde) in ruw {
        assert!(
            !waarde.contains(KANARIE) && !waarde.contains("Kanarie"),
            "{k} holds client text: {waarde}"
        );
    }
    // Every sensitive value is in the stored form; the rest is as it was.
    for (k, waarde) in gevoelige(ruw) {
        assert!(matches!(soort(waarde), Soort::Versleuteld(_)), "{k}");
    }
    assert_eq!(ruw["ander.programma"], "niet van ons");
    assert!(ruw[INSTELLINGEN_KEY].starts_with('{'));
    for k in [
        INDEX_KEY,
        "werkblad.wb.wb-a",
        "werkblad.prullenbak.wb-weg",
        "werkblad.import-ongedaan",
    ] {
        assert!(ruw.contains_key(k), "{k} missing");
    }
}

#[test]
fn elke_keer_een_nieuwe_iv() {
    let mut v = aan(GeheugenOpslag::new());
    let mut index = opstarten(&mut v, 0.0).unwrap().index;
    let mut w = met_kanarie("wb-a", 1);
    bewaar_vanaf_revisie(&mut v, &mut index, &mut w).unwrap();
    let eerste = v.binnen().data["werkblad.wb.wb-a"].clone();
    // The same text written again: only the IV can make the difference.
    let tekst = v.lees("werkblad.wb.wb-a").unwrap().unwrap();
    v.schrijf("werkblad.wb.wb-a", &tekst).unwrap();
    let tweede = v.binnen().data["werkblad.wb.wb-a"].clone();
    assert_ne!(eerste, tweede);
    let iv = |raw: &str| serde_json::from_str::<Envelop>(raw).unwrap().iv;
    assert_ne!(iv(&eerste), iv(&tweede));
    assert_eq!(v.lees("werkblad.wb.wb-a").unwrap().unwrap(), tekst);
}

#[test]
fn verkeerd_wachtwoord_verandert_niets() {
    let mut v = aan(GeheugenOpslag::new());
    volle_opslag(&mut v);
    let s = v.vergrendel();
    let voor = s.data.clone();

    assert_eq!(
        ontgrendel(&s, "paard batterij nietjes").unwrap_err(),
        SlotFout::VerkeerdWachtwoord
    );
    let fout = leid_sleutel_af("Paard batterij nietje", &ZOUT, TEST_ITERATIES);
    let Mislukt { opslag: s, fout: e } = VersleuteldeOpslag::new(s, fout, iv_bron()).unwrap_err();
    assert_eq!(e, SlotFout::VerkeerdWachtwoord);
    assert!(e.uitleg().contains("wachtwoord klopt niet"));
    assert_eq!(s.data, voor);

    assert!(ontgrendel(&s, WW).unwrap() == sleutel());
    assert_eq!(s.data, voor);
}

#[test]
fn zonder_slot_valt_er_niets_te_ontgrendelen() {
    let s = GeheugenOpslag::new();
    assert_eq!(ontgrendel(&s, WW).unwrap_err(), SlotFout::NietAan);
    let Mislukt { fout: e, .. } = VersleuteldeOpslag::new(s, sleutel(), iv_bron()).unwrap_err();
    assert_eq!(e, SlotFout::NietAan);
}

#[test]
fn een_omgedraaide_bit_geeft_een_duidelijke_fout_en_verandert_niets() {
    let mut v = aan(GeheugenOpslag::new());
    volle_opslag(&mut v);
    let key = "werkblad.wb.wb-b";
    let raw = v.binnen().data[key].clone();
    let pos = raw.len() - 10; // inside the base64 of the ciphertext
    let kapot = flip(&raw, pos, 0);
    v.binnen.data.insert(key.into(), kapot.clone());
    let voor = v.binnen().data.clone();

    assert_eq!(
        laad(&v, "wb-b"),
        Err(LaadFout::Opslag(OpslagFout::Ontsleutelen))
    );
    assert_eq!(
        OpslagFout::Ontsleutelen.uitleg(),
        "Dit gegeven kan niet worden ontsleuteld: het is beschadigd of gewijzigd. Het is niet \
         gewist."
    );
    let op = opstarten(&mut v, 3_000.0).unwrap();
    // One about the worksheet; the overview lost it, which start-up reports as well.
    assert_eq!(op.meldingen.len(), 2, "{:?}", op.meldingen);
    assert!(op.meldingen[0]
        .tekst
        .contains("kan niet worden ontsleuteld"));
    let ids: Vec<_> = op.index.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), 2);
    assert!(ids.contains(&"wb-a") && ids.contains(&"wb-c"));
    assert!(laad(&v, "wb-a").unwrap().is_some());

    // Left exactly as it was: not moved, not overwritten, not set aside.
    assert_eq!(v.binnen().data[key], kapot);
    assert!(!v
        .binnen()
        .data
        .keys()
        .any(|k| k.starts_with(APART_GEZET_PREFIX) && k.ends_with("wb-b")));
    // A save of the same id does not overwrite it either.
    let mut nieuw = met_kanarie("wb-b", 5);
    let mut index = op.index.clone();
    assert_eq!(
        bewaar_vanaf_revisie(&mut v, &mut index, &mut nieuw),
        Err(BewaarFout::Opslag(OpslagFout::Ontsleutelen))
    );
    assert_eq!(v.binnen().data[key], kapot);
    // Start-up changed only the index (rebuilt without wb-b).
    let na = v.binnen().data.clone();
    for (k, w) in &voor {
        if k != INDEX_KEY {
            assert_eq!(na.get(k), Some(w), "{k}");
        }
    }
}

#[test]
fn elke_enkele_bitflip_is_een_fout_en_nooit_tekst() {
    let mut v = aan(GeheugenOpslag::new());
    v.schrijf(INDEX_KEY, &Index::default().naar_json()).unwrap();
    let raw = v.binnen().data[INDEX_KEY].clone();
    assert!(raw.is_ascii());
    for pos in 0..raw.len() {
        for bit in 0..8 {
            let kapot = flip(&raw, pos, bit);
            v.binnen.data.insert(INDEX_KEY.into(), kapot.clone());
            assert_eq!(
                v.lees(INDEX_KEY),
                Err(OpslagFout::Ontsleutelen),
                "bit {bit} of character {pos}: {kapot}"
            );
            assert!(lijkt_versleuteld(&kapot), "{kapot}");
        }
    }
}

#[test]
fn een_afgekapte_waarde_is_ook_een_fout() {
    let mut v = aan(GeheugenOpslag::new());
    v.schrijf(INDEX_KEY, &Index::default().naar_json()).unwrap();
    let raw = v.binnen().data[INDEX_KEY].clone();
    for n in [raw.len() - 1, raw.len() - 2, raw.len() / 2, 30] {
        v.binnen.data.insert(INDEX_KEY.into(), raw[..n].to_string());
        assert_eq!(v.lees(INDEX_KEY), Err(OpslagFout::Ontsleutelen), "{n}");
    }
}

#[test]
fn naar_een_andere_sleutel_verplaatst_ontsleutelt_niet() {
    let mut v = aan(GeheugenOpslag::new());
    let mut index = opstarten(&mut v, 0.0).unwrap().index;
    bewaar_vanaf_revisie(&mut v, &mut index, &mut met_kanarie("wb-a", 1)).unwrap();
    bewaar_vanaf_revisie(&mut v, &mut index, &mut met_kanarie("wb-b", 2)).unwrap();
    let a = v.binnen().data[&wb_key("wb-a")].clone();
    v.binnen.data.insert(wb_key("wb-b"), a);
    assert_eq!(
        laad(&v, "wb-b"),
        Err(LaadFout::Opslag(OpslagFout::Ontsleutelen))
    );
    assert!(laad(&v, "wb-a").unwrap().is_some());
}

#[test]
fn platte_waarde_blijft_leesbaar_terwijl_het_slot_aan_staat() {
    let mut v = aan(GeheugenOpslag::new());
    let mut index = opstarten(&mut v, 0.0).unwrap().index;
    bewaar_vanaf_revisie(&mut v, &mut index, &mut met_kanarie("wb-a", 1)).unwrap();
    // Written in the clear, as by a tab that had not noticed the lock.
    let mut gewoon = GeheugenOpslag::new();
    let mut i2 = Index::default();
    bewaar_vanaf_revisie(&mut gewoon, &mut i2, &mut met_kanarie("wb-p", 2)).unwrap();
    v.binnen
        .data
        .insert(wb_key("wb-p"), gewoon.data[&wb_key("wb-p")].clone());

    // Start-up adds it to the overview (which it was not in) and says so.
    let op = opstarten(&mut v, 1.0).unwrap();
    assert_eq!(op.meldingen.len(), 1, "{:?}", op.meldingen);
    assert_eq!(op.index.items.len(), 2);
    assert_eq!(
        laad(&v, "wb-p").unwrap().unwrap().gesprek.doel,
        format!("{KANARIE} doel")
    );

    assert_eq!(v.rond_af().unwrap(), 1);
    assert!(!v.binnen().data[&wb_key("wb-p")].contains(KANARIE));
    assert_eq!(v.rond_af().unwrap(), 0);
    assert!(laad(&v, "wb-p").unwrap().is_some());
}

#[test]
fn opstarten_zonder_sleutel_zet_versleutelde_waarden_niet_apart() {
    let mut v = aan(GeheugenOpslag::new());
    volle_opslag(&mut v);
    let mut s = v.vergrendel();
    let werkbladen: Vec<_> = s
        .data
        .iter()
        .filter(|(k, _)| k.starts_with("werkblad.wb."))
        .map(|(k, w)| (k.clone(), w.clone()))
        .collect();
    let op = opstarten(&mut s, 9_000.0).unwrap();
    assert_eq!(op.meldingen.len(), 3, "{:?}", op.meldingen);
    for (k, w) in werkbladen {
        assert_eq!(s.data[&k], w);
    }
    assert!(!s
        .data
        .keys()
        .any(|k| k.starts_with(APART_GEZET_PREFIX)
            && !k.starts_with(&format!("{APART_GEZET_PREFIX}5."))));
}

#[test]
fn opslaggebruik_telt_de_versleutelde_vorm() {
    let mut v = aan(GeheugenOpslag::new());
    volle_opslag(&mut v);
    let ruw: usize = v
        .binnen()
        .data
        .iter()
        .filter(|(k, _)| k.starts_with(crate::repo::PREFIX))
        .map(|(k, w)| k.encode_utf16().count() + w.encode_utf16().count())
        .sum();
    assert_eq!(crate::repo::gebruik(&v).unwrap(), ruw);
}

#[test]
fn een_ander_tabblad_dat_het_slot_wijzigt_wordt_opgemerkt() {
    let mut v = aan(GeheugenOpslag::new());
    let mut index = opstarten(&mut v, 0.0).unwrap().index;
    bewaar_vanaf_revisie(&mut v, &mut index, &mut met_kanarie("wb-a", 1)).unwrap();
    let voor = v.binnen().data[&wb_key("wb-a")].clone();

    // The other tab switched the lock off and on again: new salt, new key.
    let ander = zet_uit(open(v.binnen().clone())).unwrap();
    let nieuw = zet_aan(
        ander,
        leid_sleutel_af("een ander wachtwoord", &[1; 16], TEST_ITERATIES),
        [1; 16],
        TEST_ITERATIES,
        iv_bron(),
    )
    .unwrap()
    .vergrendel();
    v.binnen = nieuw;
    let na = v.binnen().data.clone();

    let mut w = met_kanarie("wb-a", 2);
    w.revisie = 5;
    assert_eq!(
        bewaar_vanaf_revisie(&mut v, &mut index, &mut w),
        Err(BewaarFout::Opslag(OpslagFout::SlotGewijzigd))
    );
    assert_eq!(
        laad(&v, "wb-a"),
        Err(LaadFout::Opslag(OpslagFout::SlotGewijzigd))
    );
    assert_eq!(v.binnen().data, na, "nothing written with the old key");
    assert_ne!(na[&wb_key("wb-a")], voor);
    assert!(OpslagFout::SlotGewijzigd.uitleg().contains("ander tabblad"));
}

// --- Switching on and off ------------------------------------------------------------------

#[test]
fn aan_en_uit_zonder_verlies() {
    let mut s = GeheugenOpslag::new();
    volle_opslag(&mut s);
    let voor = s.data.clone();
    let werkbladen = alle_werkbladen(&s);

    let v = aan(s);
    assert_eq!(alle_werkbladen(&v), werkbladen);
    for (k, w) in gevoelige(&v.binnen().data) {
        assert!(matches!(soort(w), Soort::Versleuteld(_)), "{k}");
    }
    assert_eq!(
        v.binnen().data.len(),
        voor.len() + 1,
        "only the slot is new"
    );

    let s = zet_uit(v).unwrap();
    assert_eq!(s.data, voor, "every value back, byte for byte, and no slot");
    assert_eq!(alle_werkbladen(&s), werkbladen);
}

#[test]
fn tweemaal_aanzetten_kan_niet() {
    let s = aan(GeheugenOpslag::new()).vergrendel();
    let voor = s.data.clone();
    let Mislukt { opslag: s, fout: e } =
        zet_aan(s, sleutel(), [2; 16], TEST_ITERATIES, iv_bron()).unwrap_err();
    assert_eq!(e, SlotFout::AlAan);
    assert_eq!(s.data, voor);
}

#[test]
fn aanzetten_bij_volle_opslag_wordt_teruggedraaid() {
    let mut s = GeheugenOpslag::new();
    volle_opslag(&mut s);
    let voor = s.data.clone();
    let gebruik = s
        .data
        .iter()
        .map(|(k, w)| k.encode_utf16().count() + w.encode_utf16().count())
        .sum::<usize>();
    // Room for the slot and a little more, not for every value to grow by a third.
    s.quotum = Some(gebruik + 2_000);
    let Mislukt {
        opslag: mut s,
        fout: e,
    } = zet_aan(s, sleutel(), ZOUT, TEST_ITERATIES, iv_bron()).unwrap_err();
    assert_eq!(e, SlotFout::AanzettenMislukt(OpslagFout::Vol));
    assert!(e.uitleg().contains("niets veranderd"));
    assert_eq!(s.data, voor);
    s.quotum = None;
    assert_eq!(is_aan(&s), Ok(false));
}

#[test]
fn aanzetten_dat_halverwege_crasht_laat_alles_leesbaar() {
    let mut s = GeheugenOpslag::new();
    volle_opslag(&mut s);
    let werkbladen = alle_werkbladen(&s);
    let aantal = gevoelige(&s.data).len();
    // The slot and three values get written; every later write fails, undoing included.
    s.schrijfbeurten = Some(4);
    let Mislukt {
        opslag: mut s,
        fout: e,
    } = zet_aan(s, sleutel(), ZOUT, TEST_ITERATIES, iv_bron()).unwrap_err();
    assert!(matches!(e, SlotFout::AanzettenOnderbroken(_)), "{e:?}");
    assert!(e.uitleg().contains("niets verloren"));

    // The next start: the slot is there, so the app asks for the passphrase.
    s.schrijfbeurten = None;
    assert_eq!(is_aan(&s), Ok(true));
    let versleuteld = gevoelige(&s.data)
        .iter()
        .filter(|(_, w)| lijkt_versleuteld(w))
        .count();
    assert_eq!(versleuteld, 3);
    let mut v = open(s);
    assert_eq!(alle_werkbladen(&v), werkbladen);
    let op = opstarten(&mut v, 5_000.0).unwrap();
    assert!(op.meldingen.is_empty(), "{:?}", op.meldingen);

    // Finishing the job after unlocking.
    let plat = gevoelige(&v.binnen().data)
        .iter()
        .filter(|(_, w)| !lijkt_versleuteld(w))
        .count();
    assert!(plat > 0 && plat <= aantal - 3);
    assert_eq!(v.rond_af().unwrap(), plat);
    for (k, w) in gevoelige(&v.binnen().data) {
        assert!(matches!(soort(w), Soort::Versleuteld(_)), "{k}");
        assert!(!w.contains(KANARIE));
    }
    assert_eq!(alle_werkbladen(&v), werkbladen);
}

#[test]
fn uitzetten_dat_halverwege_crasht_laat_alles_leesbaar() {
    let mut s = GeheugenOpslag::new();
    volle_opslag(&mut s);
    let voor = s.data.clone();
    let werkbladen = alle_werkbladen(&s);
    let mut v = aan(s);
    v.binnen.schrijfbeurten = Some(2);
    let Mislukt {
        opslag: mut v,
        fout: e,
    } = zet_uit(v).unwrap_err();
    assert!(matches!(e, SlotFout::UitzettenOnderbroken(_)), "{e:?}");
    assert!(e.uitleg().contains("staat nog aan"));
    assert_eq!(is_aan(v.binnen()), Ok(true));
    assert_eq!(alle_werkbladen(&v), werkbladen);

    // Again, after a reload and unlock.
    v.binnen.schrijfbeurten = None;
    let v = open(v.vergrendel());
    let s = zet_uit(v).unwrap();
    assert_eq!(s.data, voor);
}

#[test]
fn uitzetten_weigert_als_iets_niet_ontsleutelt() {
    let mut v = aan(GeheugenOpslag::new());
    volle_opslag(&mut v);
    let key = "werkblad.prullenbak.wb-weg".to_string();
    let raw = v.binnen().data[&key].clone();
    v.binnen.data.insert(key.clone(), flip(&raw, 40, 2));
    let voor = v.binnen().data.clone();
    let Mislukt { opslag: v, fout: e } = zet_uit(v).unwrap_err();
    assert_eq!(e, SlotFout::NietTeOntsleutelen(vec![key]));
    assert!(e.uitleg().contains("één opgeslagen gegeven"));
    assert_eq!(v.binnen().data, voor);
}

#[test]
fn elke_uitleg_is_een_gewone_zin() {
    let fouten = [
        SlotFout::TeKort,
        SlotFout::VerkeerdWachtwoord,
        SlotFout::NietAan,
        SlotFout::AlAan,
        SlotFout::Beschadigd,
        SlotFout::NieuwereVersie(2),
        SlotFout::NietTeOntsleutelen(vec!["a".into(), "b".into()]),
        SlotFout::AanzettenMislukt(OpslagFout::Vol),
        SlotFout::AanzettenOnderbroken(OpslagFout::Anders("x".into())),
        SlotFout::UitzettenOnderbroken(OpslagFout::Onbeschikbaar),
        SlotFout::Opslag(OpslagFout::SlotGewijzigd),
    ];
    for f in fouten {
        let u = f.uitleg();
        assert!(u.len() > 20 && u.ends_with('.') && !u.contains("  "), "{u}");
        assert!(!u.contains("Slot") && !u.contains("werkblad."), "{u}");
    }
}
