//! The root: state, routing by URL hash, and the page frame.

use leptos::prelude::*;

use crate::browser;
use crate::components::afdruk_pagina::AfdrukPagina;
use crate::components::meldingen::Meldingen;
use crate::components::nieuwe_versie::NieuweVersie;
use crate::components::ontgrendel_scherm::OntgrendelScherm;
use crate::components::overzicht::Overzicht;
use crate::components::privacy_pagina::PrivacyPagina;
use crate::components::toegankelijkheid_pagina::ToegankelijkheidPagina;
use crate::components::werkblad_editor::WerkbladEditor;
use crate::model::route::Route;
use crate::state::{SlotStand, Werkbladen};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let wbs = Werkbladen::start();
    provide_context(wbs);
    // Start-up messages go into the live region only after it is on the page: screen readers
    // do not announce an alert whose text was there from the start.
    let bij_start = wbs.meldingen.get_untracked();
    if !bij_start.is_empty() {
        wbs.meldingen.set(Vec::new());
        set_timeout(
            move || wbs.meldingen.set(bij_start),
            std::time::Duration::from_millis(100),
        );
    }
    // Closing or reloading a tab with work that could not be stored: the browser asks first.
    let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if wbs.onopgeslagen.get_untracked() || wbs.onbewaard.with_untracked(|o| !o.is_empty()) {
            ev.prevent_default();
            ev.set_return_value("");
        }
    });
    // boot.js announces an installed update; the banner lets the user choose the moment.
    let _ = window_event_listener_untyped(browser::EVENT_NIEUWE_VERSIE, move |_| {
        wbs.nieuwe_versie.set(true)
    });
    // Another tab changed our storage: keep this tab's overview and open worksheet current.
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        wbs.elders_gewijzigd(ev.key(), ev.old_value(), ev.new_value());
    });
    if wbs.opslag_werkt {
        leptos::task::spawn_local(async move {
            let antwoord = browser::vraag_blijvende_opslag().await;
            wbs.blijvend.set(antwoord);
        });
    }
    // With the lock on: close it after the chosen time without keyboard, mouse or touch.
    let laatst_actief = StoredValue::new(browser::nu_ms());
    for soort in ["keydown", "pointerdown", "input", "wheel"] {
        let _ = window_event_listener_untyped(soort, move |_| {
            laatst_actief.set_value(browser::nu_ms())
        });
    }
    let _ = set_interval_with_handle(
        move || {
            let minuten = wbs.instellingen.with_untracked(|i| i.vergrendel_na_minuten);
            let stil = browser::nu_ms() - laatst_actief.get_value();
            if wbs.slot.get_untracked() == SlotStand::Ontgrendeld && stil >= minuten * 60_000.0 {
                wbs.vergrendel();
            }
        },
        std::time::Duration::from_secs(1),
    );
    let route = RwSignal::new(Route::uit_hash(&browser::hash()));
    // Only locking and unlocking swap the page; switching the lock on keeps the page as it is.
    let op_slot = Memo::new(move |_| wbs.slot.get() == SlotStand::Vergrendeld);
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::uit_hash(&browser::hash()));
    });
    // After navigating, move focus to the new page's heading so screen readers announce it;
    // unless someone is already typing in a field of the new page (a late frame: a busy or
    // throttled tab), whose next keystrokes would otherwise go to the heading and be lost.
    Effect::new(move |eerder: Option<()>| {
        route.track();
        if eerder.is_some() {
            request_animation_frame(|| {
                let typt = browser::actief_element().is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                });
                if !typt {
                    browser::focus("paginatitel");
                }
            });
        }
    });

    view! {
        <a class="skiplink" href="#hoofdinhoud" on:click=|ev| {
            ev.prevent_default();
            browser::focus("hoofdinhoud");
        }>"Direct naar de inhoud"</a>
        <header class="app-kop">
            <a class="merk" href=Route::Overzicht.hash()>"Werkblad"</a>
            <span class="ondertitel">"Van kijken naar zien"</span>
            <Show when=move || wbs.slot.get() != SlotStand::Vergrendeld>
                <nav aria-label="Hoofdmenu">
                    <a href=Route::Overzicht.hash()>"Mijn werkbladen"</a>
                    <a href=Route::Privacy.hash()>"Privacy"</a>
                    <Show when=move || wbs.slot.get() == SlotStand::Ontgrendeld>
                        <button type="button" class="vergrendel-knop" on:click=move |_| wbs.vergrendel()>"Vergrendelen"</button>
                    </Show>
                </nav>
            </Show>
        </header>
        <NieuweVersie />
        <Meldingen />
        <main id="hoofdinhoud" tabindex="-1">
            {move || {
                if op_slot.get() {
                    return view! { <OntgrendelScherm /> }.into_any();
                }
                match route.get() {
                Route::Overzicht => view! { <Overzicht /> }.into_any(),
                Route::Werkblad(id) => view! { <WerkbladEditor id /> }.into_any(),
                Route::Afdrukken(id) => view! { <AfdrukPagina id=Some(id) /> }.into_any(),
                Route::LeegAfdrukken => view! { <AfdrukPagina id=None /> }.into_any(),
                Route::Privacy => view! { <PrivacyPagina /> }.into_any(),
                Route::Toegankelijkheid => view! { <ToegankelijkheidPagina /> }.into_any(),
                }
            }}
        </main>
        <footer class="app-voet">
            <a href=Route::Privacy.hash()>"Privacy en alles wissen"</a>
            <a href=Route::Toegankelijkheid.hash()>"Toegankelijkheid"</a>
        </footer>
    }
}
