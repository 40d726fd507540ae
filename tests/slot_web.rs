//! Browser tests of the passphrase lock: WebCrypto against the pure-Rust derivation, the real
//! localStorage, and the timings that matter for the unlock screen (printed, not asserted).
//! Run: `cargo test --target wasm32-unknown-unknown --test slot_web` (add `--release` for the
//! pure-Rust PBKDF2 time at the full round count).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use werkblad::model::{ThemaId, Werkblad};
use werkblad::repo::slot::{self, leid_sleutel_af, PBKDF2_ITERATIES, SLOT_KEY};
use werkblad::repo::{
    self, bewaar_vanaf_revisie, LaadFout, Opslag, OpslagFout, VersleuteldeOpslag,
    APART_GEZET_PREFIX,
};
use werkblad::sleutel_web::{iv_bron, leid_sleutel_af_webcrypto, willekeurige_bytes};

wasm_bindgen_test_configure!(run_in_browser);

const WW: &str = "Paard batterij nietje, ü 🙂";
const KANARIE: &str = "Kanarie-Jansen-0612345678";
/// Low, so the tests run fast; the timing test uses the real count.
const TEST_ITERATIES: u32 = 1_000;

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn log(tekst: &str) {
    web_sys::console::log_1(&JsValue::from_str(tekst));
}

fn nu() -> f64 {
    js_sys::Date::now()
}

/// Switches the lock on over a fresh localStorage and saves one worksheet with client text.
fn aan_met_werkblad() -> (VersleuteldeOpslag<Box<dyn Opslag>>, Werkblad) {
    local_storage().clear().unwrap();
    let (opslag, werkt) = werkblad::storage::open();
    assert!(werkt);
    let zout = willekeurige_bytes::<16>();
    let sleutel = leid_sleutel_af(WW, &zout, TEST_ITERATIES);
    let mut v = slot::zet_aan(opslag, sleutel, zout, TEST_ITERATIES, iv_bron()).unwrap();
    let mut index = repo::opstarten(&mut v, 0.0).unwrap().index;
    let mut wb = Werkblad::nieuw("wb-slot-1", 0.0, "2026-11-22");
    wb.gesprek.label = format!("{KANARIE} ü <b>");
    wb.thema_mut(ThemaId::Emotie).observaties = format!("Ze zei \"{KANARIE}\" 🙂");
    bewaar_vanaf_revisie(&mut v, &mut index, &mut wb).unwrap();
    (v, wb)
}

#[wasm_bindgen_test]
async fn webcrypto_en_rust_geven_dezelfde_sleutel() {
    for (ww, zout, rondes) in [
        (WW, [7u8; 16], TEST_ITERATIES),
        ("", [0u8; 16], 1),
        ("kort", [255u8; 16], 2),
        (
            "een heel lang wachtwoord dat langer is dan één blok van SHA-256, \
             zodat HMAC het eerst moet hashen: 0123456789",
            std::array::from_fn(|i| i as u8),
            3_001,
        ),
    ] {
        let web = leid_sleutel_af_webcrypto(ww, &zout, rondes).await.unwrap();
        assert_eq!(web, leid_sleutel_af(ww, &zout, rondes), "{ww:?} {rondes}");
    }
    let a = leid_sleutel_af_webcrypto(WW, &[1; 16], 10).await.unwrap();
    let b = leid_sleutel_af_webcrypto(WW, &[2; 16], 10).await.unwrap();
    assert_ne!(a, b, "another salt gives another key");
}

#[wasm_bindgen_test]
async fn tijden_voor_het_ontgrendelscherm() {
    let zout = [7u8; 16];
    let t = nu();
    let web = leid_sleutel_af_webcrypto("wachtwoord", &zout, PBKDF2_ITERATIES)
        .await
        .unwrap();
    let ms_web = nu() - t;
    log(&format!(
        "slot: WebCrypto PBKDF2-SHA256 {PBKDF2_ITERATIES} rondes: {ms_web:.0} ms"
    ));

    // Pure Rust in wasm: the full count only in an optimised build (a debug build is ~20x
    // slower and would only measure the debug build).
    let rondes = if cfg!(debug_assertions) {
        PBKDF2_ITERATIES / 20
    } else {
        PBKDF2_ITERATIES
    };
    let t = nu();
    let rust = leid_sleutel_af("wachtwoord", &zout, rondes);
    let ms_rust = nu() - t;
    log(&format!(
        "slot: pure-Rust PBKDF2 in wasm ({}), {rondes} rondes: {ms_rust:.0} ms, dus {:.0} ms \
         voor {PBKDF2_ITERATIES}",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
        ms_rust * f64::from(PBKDF2_ITERATIES) / f64::from(rondes)
    ));
    if rondes == PBKDF2_ITERATIES {
        assert_eq!(web, rust);
    }

    // Encrypting and decrypting a large worksheet (about 20 KB of JSON) in wasm.
    let (mut v, mut wb) = aan_met_werkblad();
    for t in ThemaId::ALLE {
        wb.thema_mut(t).observaties = "Cliënt vertelde over de brief en de schuld. ".repeat(40);
    }
    let json = serde_json::to_string(&wb).unwrap();
    let t = nu();
    for _ in 0..20 {
        v.schrijf("werkblad.wb.groot", &json).unwrap();
    }
    let ms_schrijf = (nu() - t) / 20.0;
    let t = nu();
    for _ in 0..20 {
        assert_eq!(
            v.lees("werkblad.wb.groot").unwrap().unwrap().len(),
            json.len()
        );
    }
    let ms_lees = (nu() - t) / 20.0;
    log(&format!(
        "slot: werkblad van {} bytes: versleutelen + localStorage.setItem {ms_schrijf:.2} ms, \
         getItem + ontsleutelen {ms_lees:.2} ms ({})",
        json.len(),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
    ));
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn versleuteld_heen_en_terug_via_localstorage() {
    let (v, wb) = aan_met_werkblad();
    let ls = local_storage();
    let ruw = ls.get_item("werkblad.wb.wb-slot-1").unwrap().unwrap();
    assert!(ruw.starts_with("{\"versleuteld\":1,\"iv\":\""), "{ruw}");
    for i in 0..ls.length().unwrap() {
        let k = ls.key(i).unwrap().unwrap();
        let w = ls.get_item(&k).unwrap().unwrap();
        assert!(!w.contains("Kanarie"), "{k} holds client text");
    }
    drop(v.vergrendel());

    // As after a reload: read the slot, derive with WebCrypto, open, start up.
    let (opslag, _) = werkblad::storage::open();
    let info = slot::lees_slot(opslag.as_ref()).unwrap().unwrap();
    let sleutel = leid_sleutel_af_webcrypto(WW, &info.zout, info.iteraties)
        .await
        .unwrap();
    info.controleer(&sleutel).unwrap();
    let mut v = VersleuteldeOpslag::new(opslag, sleutel, iv_bron()).unwrap();
    let op = repo::opstarten(&mut v, 1.0).unwrap();
    assert!(op.meldingen.is_empty(), "{:?}", op.meldingen);
    assert_eq!(op.index.items.len(), 1);
    let mut verwacht = wb;
    verwacht.revisie = 1;
    assert_eq!(repo::laad(&v, "wb-slot-1").unwrap().unwrap(), verwacht);

    // A wrong passphrase: a clear error, nothing written.
    let voor = ls.get_item(SLOT_KEY).unwrap();
    let fout = leid_sleutel_af_webcrypto("paard batterij nietje", &info.zout, info.iteraties)
        .await
        .unwrap();
    let e = info.controleer(&fout).unwrap_err();
    assert!(
        e.uitleg().contains("wachtwoord klopt niet"),
        "{}",
        e.uitleg()
    );
    assert_eq!(ls.get_item(SLOT_KEY).unwrap(), voor);

    // Off again: everything plain and still there.
    let opslag = slot::zet_uit(v).unwrap();
    assert_eq!(ls.get_item(SLOT_KEY).unwrap(), None);
    assert!(ls
        .get_item("werkblad.wb.wb-slot-1")
        .unwrap()
        .unwrap()
        .contains(KANARIE));
    assert_eq!(
        repo::laad(opslag.as_ref(), "wb-slot-1").unwrap().unwrap(),
        verwacht
    );
    ls.clear().unwrap();
}

#[wasm_bindgen_test]
fn een_omgedraaide_bit_in_localstorage() {
    let (v, _) = aan_met_werkblad();
    let ls = local_storage();
    let key = "werkblad.wb.wb-slot-1";
    let ruw = ls.get_item(key).unwrap().unwrap();
    let pos = ruw.len() - 20;
    let mut tekens: Vec<char> = ruw.chars().collect();
    tekens[pos] = char::from_u32(tekens[pos] as u32 ^ 1).unwrap();
    let kapot: String = tekens.into_iter().collect();
    ls.set_item(key, &kapot).unwrap();

    assert_eq!(
        repo::laad(&v, "wb-slot-1"),
        Err(LaadFout::Opslag(OpslagFout::Ontsleutelen))
    );
    assert_eq!(
        OpslagFout::Ontsleutelen.uitleg(),
        "Dit gegeven kan niet worden ontsleuteld: het is beschadigd of gewijzigd. Het is niet \
         gewist."
    );
    let mut v = v;
    let op = repo::opstarten(&mut v, 5.0).unwrap();
    assert!(op.meldingen[0]
        .tekst
        .contains("kan niet worden ontsleuteld"));
    assert!(op.index.items.is_empty());
    assert_eq!(ls.get_item(key).unwrap().unwrap(), kapot, "left as it was");
    for i in 0..ls.length().unwrap() {
        assert!(!ls.key(i).unwrap().unwrap().starts_with(APART_GEZET_PREFIX));
    }
    ls.clear().unwrap();
}

#[wasm_bindgen_test]
fn willekeurige_bytes_zijn_willekeurig() {
    let a = willekeurige_bytes::<16>();
    let b = willekeurige_bytes::<16>();
    assert_ne!(a, b);
    assert_ne!(a, [0; 16]);
    assert_ne!(willekeurige_bytes::<12>(), willekeurige_bytes::<12>());
}

/// The browser's own AES-GCM decrypts what Rust encrypted: the stored form is standard
/// AES-256-GCM with the storage key as associated data, readable by any implementation.
#[wasm_bindgen_test]
async fn webcrypto_ontsleutelt_wat_rust_versleutelde() {
    let (v, wb) = aan_met_werkblad();
    let ls = local_storage();
    let info = slot::lees_slot(v.binnen().as_ref()).unwrap().unwrap();
    let ruw: serde_json::Value =
        serde_json::from_str(&ls.get_item("werkblad.wb.wb-slot-1").unwrap().unwrap()).unwrap();
    let b64 = |s: &serde_json::Value| -> Vec<u8> {
        let atob = web_sys::window()
            .unwrap()
            .atob(s.as_str().unwrap())
            .unwrap();
        atob.chars().map(|c| c as u8).collect()
    };
    let iv = b64(&ruw["iv"]);
    let data = b64(&ruw["data"]);

    let subtle = web_sys::window().unwrap().crypto().unwrap().subtle();
    let basis: web_sys::CryptoKey = JsFuture::from(
        subtle
            .import_key_with_str(
                "raw",
                &js_sys::Uint8Array::from(WW.as_bytes()),
                "PBKDF2",
                false,
                &js_sys::Array::of1(&"deriveKey".into()),
            )
            .unwrap(),
    )
    .await
    .unwrap()
    .unchecked_into();
    let obj = |paren: &[(&str, JsValue)]| -> js_sys::Object {
        let o = js_sys::Object::new();
        for (k, w) in paren {
            js_sys::Reflect::set(&o, &JsValue::from_str(k), w).unwrap();
        }
        o
    };
    let pbkdf2 = obj(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", js_sys::Uint8Array::from(&info.zout[..]).into()),
        ("iterations", info.iteraties.into()),
    ]);
    let aes = obj(&[("name", "AES-GCM".into()), ("length", 256u32.into())]);
    let sleutel: web_sys::CryptoKey = JsFuture::from(
        subtle
            .derive_key_with_object_and_object(
                &pbkdf2,
                &basis,
                &aes,
                false,
                &js_sys::Array::of1(&"decrypt".into()),
            )
            .unwrap(),
    )
    .await
    .unwrap()
    .unchecked_into();
    let params = obj(&[
        ("name", "AES-GCM".into()),
        ("iv", js_sys::Uint8Array::from(&iv[..]).into()),
        (
            "additionalData",
            js_sys::Uint8Array::from("werkblad.wb.wb-slot-1".as_bytes()).into(),
        ),
    ]);
    let tekst = JsFuture::from(
        subtle
            .decrypt_with_object_and_u8_array(&params, &sleutel, &data)
            .unwrap(),
    )
    .await
    .unwrap();
    let tekst = String::from_utf8(js_sys::Uint8Array::new(&tekst).to_vec()).unwrap();
    let terug: Werkblad = serde_json::from_str(&tekst).unwrap();
    assert_eq!(terug.gesprek.label, wb.gesprek.label);
    ls.clear().unwrap();
}
