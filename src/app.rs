//! The root: state, routing by URL hash, and the page frame.

use leptos::prelude::*;

use crate::browser;
use crate::components::afdruk_pagina::AfdrukPagina;
use crate::components::meldingen::Meldingen;
use crate::components::nieuwe_versie::NieuweVersie;
use crate::components::ontgrendel_scherm::OntgrendelScherm;
use crate::components::ontwikkeling_pagina::OntwikkelingPagina;
use crate::components::overzicht::Overzicht;
use crate::components::privacy_pagina::PrivacyPagina;
use crate::components::toegankelijkheid_pagina::ToegankelijkheidPagina;
use crate::components::toon::toon;
use crate::components::traject_pagina::TrajectPagina;
use crate::components::werkblad_editor::WerkbladEditor;
use crate::model::route::Route;
use crate::state::{SlotStand, Werkbladen};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let wbs = Werkbladen::start();
    provide_context(wbs);
    let route = RwSignal::new(Route::uit_hash(&browser::hash()));
    // Only locking and unlocking swap the page; switching the lock on keeps the page as it is.
    let op_slot = Memo::new(move |_| wbs.slot().get() == SlotStand::Vergrendeld);
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let nieuw = Route::uit_hash(&browser::hash());
        route.set(nieuw);
    });
    // After navigating, move focus to the new page's heading so screen readers announce it;
    // unless, by the time the frame comes (late in a busy or throttled tab), someone is typing in
    // a field, or has already moved focus to something else in the new page: their next
    // keystrokes would otherwise go to the heading and be lost. A field always keeps focus (no
    // navigation starts from one); any other element only if it is not the one that had focus
    // when the route changed (the button that asked for it, kept by a page rebuilt in place).
    Effect::new(move |eerder: Option<()>| {
        route.track();
        if eerder.is_some() {
            let voor = browser::actief_element();
            request_animation_frame(move || {
                let houd = browser::actief_element().is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        || (Some(&el) != voor.as_ref()
                            && el.id() != "hoofdinhoud"
                            && el.closest("#hoofdinhoud").ok().flatten().is_some())
                });
                if !houd {
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
            {toon(move || wbs.slot().get() != SlotStand::Vergrendeld, move || view! {
                <nav aria-label="Hoofdmenu">
                    <a href=Route::Overzicht.hash()>"Mijn werkbladen"</a>
                    <a href=Route::Ontwikkeling.hash()>"Mijn ontwikkeling"</a>
                    <a href=Route::Privacy.hash()>"Privacy"</a>
                    {toon(move || wbs.slot().get() == SlotStand::Ontgrendeld, move || view! {
                        <button type="button" class="vergrendel-knop" on:click=move |_| wbs.vergrendel()>"Vergrendelen"</button>
                    })}
                </nav>
            })}
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
                Route::Traject(id) => view! { <TrajectPagina id /> }.into_any(),
                Route::Ontwikkeling => view! { <OntwikkelingPagina /> }.into_any(),
                }
            }}
        </main>
        <footer class="app-voet">
            <a href=Route::Privacy.hash()>"Privacy en alles wissen"</a>
            <a href=Route::Toegankelijkheid.hash()>"Toegankelijkheid"</a>
        </footer>
    }
}
