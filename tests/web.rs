//! Browser tests: run in headless Chromium by `cargo test --target wasm32-unknown-unknown`.
//! They use the real localStorage and the real DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use werkblad::model::{Schaal, ThemaId, Werkblad};
use werkblad::repo::{self, QUARANTAINE_PREFIX};

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
    repo::bewaar(opslag.as_mut(), &mut index, &mut wb).unwrap();

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
    repo::bewaar(opslag.as_mut(), &mut index, &mut goed).unwrap();
    ls.set_item("werkblad.wb.wb-kapot", "\u{0}{{ geen json")
        .unwrap();

    let op = repo::opstarten(opslag.as_mut(), 42.0).unwrap();
    assert_eq!(op.index.items.len(), 1, "the good worksheet still loads");
    assert_eq!(op.meldingen.len(), 1);
    assert!(ls.get_item("werkblad.wb.wb-kapot").unwrap().is_none());
    let key = format!("{QUARANTAINE_PREFIX}42.werkblad.wb.wb-kapot");
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
