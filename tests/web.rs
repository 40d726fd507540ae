//! Browser tests: run in headless Chromium by `cargo test --target wasm32-unknown-unknown`.
//! They use the real localStorage and the real DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use werkblad::model::{
    ClientFeedback, Gesprek, GesprekSoort, Moment, Rol, Schaal, SlimN, Terugblik, ThemaId,
    Tijdcode, Voornemen, Werkblad,
};
use werkblad::repo::{
    self, bewaar_vanaf_revisie, BewaarFout, Opslag, OpslagFout, APART_GEZET_PREFIX, INDEX_KEY,
    QUOTUM,
};

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn wis_alles() {
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn opslag_heen_en_terug_in_localstorage() {
    wis_alles();
    let (mut opslag, werkt) = werkblad::storage::open();
    assert!(
        werkt,
        "localStorage should be available in the test browser"
    );
    let mut index = repo::opstarten(opslag.as_mut(), 0.0).unwrap().index;
    let mut wb = Werkblad::nieuw("wb-test-1", 0.0, "2026-11-22");
    wb.gesprek.label = "KM-ü <b>".into();
    wb.thema_mut(ThemaId::Beurten).antwoord = Some(Schaal::Deels);
    wb.thema_mut(ThemaId::Beurten).observaties = "Ik praatte 80% van de tijd 🙂".into();
    bewaar_vanaf_revisie(opslag.as_mut(), &mut index, &mut wb).unwrap();

    // A fresh handle, as after a reload.
    let (mut opnieuw, _) = werkblad::storage::open();
    let op = repo::opstarten(opnieuw.as_mut(), 1.0).unwrap();
    assert!(op.meldingen.is_empty());
    assert_eq!(op.index.items.len(), 1);
    let terug = repo::laad(opnieuw.as_ref(), "wb-test-1").unwrap().unwrap();
    assert_eq!(terug, wb);
    assert!(local_storage()
        .get_item("werkblad.wb.wb-test-1")
        .unwrap()
        .is_some());
    assert!(local_storage()
        .get_item("werkblad.index")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
fn onzin_in_localstorage_wordt_apart_gezet() {
    wis_alles();
    let ls = local_storage();
    let (mut opslag, _) = werkblad::storage::open();
    let mut index = repo::opstarten(opslag.as_mut(), 0.0).unwrap().index;
    let mut goed = Werkblad::nieuw("wb-goed", 0.0, "");
    bewaar_vanaf_revisie(opslag.as_mut(), &mut index, &mut goed).unwrap();
    ls.set_item("werkblad.wb.wb-kapot", "\u{0}{{ geen json")
        .unwrap();

    let op = repo::opstarten(opslag.as_mut(), 42.0).unwrap();
    assert_eq!(op.index.items.len(), 1, "the good worksheet still loads");
    assert_eq!(op.meldingen.len(), 1);
    assert!(ls.get_item("werkblad.wb.wb-kapot").unwrap().is_none());
    let key = format!("{APART_GEZET_PREFIX}42.werkblad.wb.wb-kapot");
    assert_eq!(
        ls.get_item(&key).unwrap().as_deref(),
        Some("\u{0}{{ geen json"),
        "kept, not deleted"
    );
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn knop(tekst: &str) -> web_sys::HtmlElement {
    let alle = document().query_selector_all("button").unwrap();
    (0..alle.length())
        .filter_map(|i| alle.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == tekst)
        .unwrap_or_else(|| panic!("no button {tekst:?}"))
}

#[wasm_bindgen_test]
async fn app_maakt_een_werkblad_en_opent_het() {
    wis_alles();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/")
        .unwrap();
    let houder = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&houder).unwrap();
    let handle = leptos::mount::mount_to(houder.clone().unchecked_into(), werkblad::app::App);
    leptos::task::tick().await;
    let h1 = document().query_selector("h1").unwrap().unwrap();
    assert_eq!(h1.text_content().unwrap(), "Mijn werkbladen");

    knop("Nieuw werkblad").click();
    // The hash changes; wait for hashchange and the re-render.
    for _ in 0..50 {
        leptos::task::tick().await;
        let h1 = document()
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        if h1.starts_with("Werkblad:") {
            break;
        }
        gloo_timers_free_wait().await;
    }
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(hash.starts_with("#/werkblad/wb-"), "{hash}");
    let h1 = document()
        .query_selector("h1")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(h1.starts_with("Werkblad: Werkblad zonder label"), "{h1}");
    // Eleven theme questions are on the page, each with its help.
    assert_eq!(
        document()
            .query_selector_all("section.thema")
            .unwrap()
            .length(),
        11
    );
    assert_eq!(
        document()
            .query_selector_all("section.thema details")
            .unwrap()
            .length(),
        11
    );
    // The new worksheet is stored under its own key.
    let id = hash.trim_start_matches("#/werkblad/");
    assert!(local_storage()
        .get_item(&format!("werkblad.wb.{id}"))
        .unwrap()
        .is_some());
    drop(handle);
    houder.remove();
}

/// Waits one macrotask, so browser events such as `hashchange` can fire.
async fn gloo_timers_free_wait() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

// ---------------------------------------------------------------------------------------------
// Issue "Never lose a keystroke": a full store, and a crash between the two writes of a save.

/// Fills localStorage with keys of someone else (`vulsel.*`) until a write throws, then frees
/// `vrij` UTF-16 units again, so the store is just under its quota.
fn vul_opslag(vrij: usize) {
    let ls = local_storage();
    let mut n = 0;
    let mut stuk = 1usize << 22;
    while stuk >= 1 {
        match ls.set_item(&format!("vulsel.{n}"), &"v".repeat(stuk)) {
            Ok(()) => n += 1,
            Err(e) => {
                let naam = e.dyn_ref::<web_sys::DomException>().map(|d| d.name());
                assert_eq!(naam.as_deref(), Some("QuotaExceededError"), "{e:?}");
                stuk /= 2;
            }
        }
    }
    let eerste = ls.get_item("vulsel.0").unwrap().unwrap();
    ls.set_item("vulsel.0", &eerste[..eerste.len() - vrij])
        .unwrap();
}

#[wasm_bindgen_test]
fn volle_opslag_weigert_en_laat_het_oude_staan() {
    wis_alles();
    let ls = local_storage();
    let (mut opslag, _) = werkblad::storage::open();
    let mut index = repo::opstarten(opslag.as_mut(), 0.0).unwrap().index;
    let mut wb = Werkblad::nieuw("wb-vol", 0.0, "2026-11-22");
    wb.gesprek.label = "KM-VOL".into();
    bewaar_vanaf_revisie(opslag.as_mut(), &mut index, &mut wb).unwrap();
    let voor = (
        ls.get_item("werkblad.wb.wb-vol").unwrap(),
        ls.get_item(INDEX_KEY).unwrap(),
    );

    vul_opslag(1000);
    wb.thema_mut(ThemaId::Emotie).observaties = "x".repeat(50_000);
    let uitkomst = bewaar_vanaf_revisie(opslag.as_mut(), &mut index, &mut wb);
    let na = (
        ls.get_item("werkblad.wb.wb-vol").unwrap(),
        ls.get_item(INDEX_KEY).unwrap(),
    );
    wis_alles(); // before asserting, so a failure leaves no full store behind

    assert_eq!(uitkomst, Err(BewaarFout::Opslag(OpslagFout::Vol)));
    assert_eq!(na, voor, "worksheet and index unchanged");
    assert_eq!(wb.revisie, 1, "the revision in memory is not bumped");
}

/// The real store, except that every write of the index fails: a tab that dies between the
/// two writes of a save leaves exactly this.
struct IndexFaalt<'a>(&'a mut dyn Opslag);

impl Opslag for IndexFaalt<'_> {
    fn lees(&self, key: &str) -> Result<Option<String>, OpslagFout> {
        self.0.lees(key)
    }
    fn schrijf(&mut self, key: &str, value: &str) -> Result<(), OpslagFout> {
        if key == INDEX_KEY {
            return Err(OpslagFout::Anders("gesimuleerde crash".into()));
        }
        self.0.schrijf(key, value)
    }
    fn wis(&mut self, key: &str) -> Result<(), OpslagFout> {
        self.0.wis(key)
    }
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        self.0.sleutels()
    }
}

#[wasm_bindgen_test]
fn crash_tussen_werkblad_en_index_wordt_bij_de_start_hersteld() {
    wis_alles();
    let ls = local_storage();
    let (mut opslag, _) = werkblad::storage::open();
    let mut index = repo::opstarten(opslag.as_mut(), 0.0).unwrap().index;
    let mut bestaand = Werkblad::nieuw("wb-bestaand", 0.0, "2026-11-01");
    bestaand.gesprek.label = "KM-VOOR".into();
    bewaar_vanaf_revisie(opslag.as_mut(), &mut index, &mut bestaand).unwrap();

    // A changed label and a brand-new worksheet: both saves reach the worksheet, not the index.
    let mut crash = IndexFaalt(opslag.as_mut());
    bestaand.gesprek.label = "KM-NA".into();
    bewaar_vanaf_revisie(&mut crash, &mut index, &mut bestaand).unwrap();
    let mut nieuw = Werkblad::nieuw("wb-nieuw", 0.0, "2026-11-02");
    nieuw.gesprek.label = "KM-NIEUW".into();
    bewaar_vanaf_revisie(&mut crash, &mut index, &mut nieuw).unwrap();
    let oude_index = ls.get_item(INDEX_KEY).unwrap().unwrap();
    assert!(
        oude_index.contains("KM-VOOR") && !oude_index.contains("wb-nieuw"),
        "{oude_index}"
    );

    // The next start, as after a reload.
    let (mut opnieuw, _) = werkblad::storage::open();
    let op = repo::opstarten(opnieuw.as_mut(), 1.0).unwrap();
    let mut labels: Vec<_> = op.index.items.iter().map(|i| i.label.as_str()).collect();
    labels.sort();
    assert_eq!(labels, ["KM-NA", "KM-NIEUW"]);
    assert!(
        op.meldingen
            .iter()
            .any(|m| m.tekst.contains("opnieuw opgebouwd")),
        "{:?}",
        op.meldingen
    );
    let hersteld = ls.get_item(INDEX_KEY).unwrap().unwrap();
    assert!(
        hersteld.contains("KM-NA") && hersteld.contains("wb-nieuw"),
        "{hersteld}"
    );
    assert_eq!(
        repo::laad(opnieuw.as_ref(), "wb-bestaand")
            .unwrap()
            .unwrap(),
        bestaand
    );
    assert_eq!(
        repo::laad(opnieuw.as_ref(), "wb-nieuw").unwrap().unwrap(),
        nieuw
    );
}

// ---------------------------------------------------------------------------------------------
// How much a worksheet takes in the store (printed, for the issue; not a pass/fail check).

/// `n` Dutch sentences of a realistic length (about 75 characters each, a few accents).
fn zinnen(n: usize) -> String {
    const ZINNEN: [&str; 4] = [
        "Toen ik over de schulden begon, keek de cliënt weg en werd hij heel stil.",
        "Ik vroeg door naar zijn gevoel, maar ging daarna te snel naar de afspraken.",
        "Achteraf had ik langer kunnen wachten en zijn woorden kunnen samenvatten.",
        "Hij zei zelf dat hij het fijn vond dat ik naar zijn verhaal luisterde.",
    ];
    (0..n)
        .map(|i| ZINNEN[i % ZINNEN.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// How much of a worksheet is filled in, for measuring.
struct Vulling {
    /// Theme questions answered (from the first).
    themas: usize,
    /// Sentences in every free-text field.
    zinnen: usize,
    /// Moments per answered theme.
    momenten: usize,
    voornemens: usize,
    /// Look-backs on earlier intentions (a follow-up worksheet).
    terugblik: usize,
}

/// The conversation, 6 themes with two sentences and one moment, feedback, SLIM, two intentions.
const TYPISCH: Vulling = Vulling {
    themas: 6,
    zinnen: 2,
    momenten: 1,
    voornemens: 2,
    terugblik: 0,
};
/// Every field several sentences, 3 moments per theme, 5 intentions and 5 look-backs.
const VOL: Vulling = Vulling {
    themas: 11,
    zinnen: 4,
    momenten: 3,
    voornemens: 5,
    terugblik: 5,
};

/// A worksheet filled in as `v` says, every choice made.
fn gevuld(id: &str, v: &Vulling) -> Werkblad {
    let tekst = || zinnen(v.zinnen);
    let mut wb = Werkblad::nieuw(id, 1_763_800_000_000.0, "2026-11-22");
    wb.gesprek = Gesprek {
        datum: "2026-11-22".into(),
        label: "KM-2026-117".into(),
        soort: Some(GesprekSoort::Voortgang),
        soort_anders: String::new(),
        aanwezig: vec![Rol::Client, Rol::Klantmanager],
        aanwezig_anders: String::new(),
        doel: tekst(),
        inbreng: tekst(),
        video: Some(true),
        ..Default::default()
    };
    for (i, t) in ThemaId::ALLE.into_iter().take(v.themas).enumerate() {
        let a = wb.thema_mut(t);
        a.antwoord = Some(Schaal::ALLE[i % 4]);
        a.observaties = tekst();
        a.momenten = (0..v.momenten)
            .map(|m| Moment {
                tijd: Some(Tijdcode(60 * (i as u32 + 1) + 7 * m as u32)),
                wat: tekst(),
                anders: tekst(),
                ..Default::default()
            })
            .collect();
    }
    wb.feedback = ClientFeedback {
        werkrelatie: Some(7),
        werkrelatie_woorden: tekst(),
        doel: Some(6),
        doel_woorden: tekst(),
    };
    wb.slim.zelfbeeld = Some(SlimN::Twee);
    wb.slim.mensbeeld = Some(SlimN::Drie);
    wb.slim.rol = Some(SlimN::Twee);
    wb.slim.traject = Some(SlimN::Twee);
    wb.slim.toelichting = tekst();
    wb.voornemens = (0..v.voornemens)
        .map(|_| Voornemen {
            tekst: zinnen(1),
            ..Default::default()
        })
        .collect();
    wb.terugblik = (0..v.terugblik)
        .map(|_| Terugblik {
            voornemen: zinnen(1),
            geprobeerd: Some(Schaal::Deels),
            wat_gebeurde: tekst(),
        })
        .collect();
    wb
}

/// Saves `maak(i)` for i in 0..n and returns what that added to the store, per worksheet.
fn gebruik_per_werkblad(n: usize, maak: impl Fn(usize) -> Werkblad) -> usize {
    wis_alles();
    let (mut opslag, _) = werkblad::storage::open();
    let mut index = repo::opstarten(opslag.as_mut(), 0.0).unwrap().index;
    let voor = repo::gebruik(opslag.as_ref()).unwrap();
    for i in 0..n {
        bewaar_vanaf_revisie(opslag.as_mut(), &mut index, &mut maak(i)).unwrap();
    }
    let na = repo::gebruik(opslag.as_ref()).unwrap();
    wis_alles();
    (na - voor) / n
}

#[wasm_bindgen_test]
fn opslag_per_werkblad_gemeten() {
    let leeg = gebruik_per_werkblad(20, |i| Werkblad::nieuw(format!("wb-leeg-{i}"), 0.0, ""));
    let typisch = gebruik_per_werkblad(20, |i| gevuld(&format!("wb-typisch-{i}"), &TYPISCH));
    let vol = gebruik_per_werkblad(5, |i| gevuld(&format!("wb-vol-{i}"), &VOL));
    let json = |v: &Vulling| {
        let wb = gevuld("wb-x", v);
        serde_json::to_string(&wb).unwrap().encode_utf16().count()
    };
    console_log!(
        "storage per worksheet (UTF-16 units, key + value + index entry): empty {leeg}, typical \
         {typisch} (worksheet JSON alone {}), full {vol} (JSON alone {}); in {QUOTUM} units fit \
         {} typical or {} full worksheets",
        json(&TYPISCH),
        json(&VOL),
        QUOTUM / typisch,
        QUOTUM / vol,
    );
    assert!(leeg < typisch && typisch < vol);
}
