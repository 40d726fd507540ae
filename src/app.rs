//! The root: state, routing by URL hash, and the page frame.

use leptos::prelude::*;

use crate::browser;
use crate::components::laad_melding::LaadMelding;
use crate::components::meldingen::Meldingen;
use crate::components::nieuwe_versie::NieuweVersie;
use crate::components::ontgrendel_scherm::OntgrendelScherm;
use crate::components::overzicht::Overzicht;
use crate::components::toon::toon;
use crate::model::route::Route;
use crate::paginas::{Laadstand, Paginas};
use crate::state::{SlotStand, Werkbladen};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let wbs = Werkbladen::start();
    provide_context(wbs);
    let route = RwSignal::new(Route::uit_hash(&browser::hash()));
    // Only locking and unlocking swap the page; switching the lock on keeps the page as it is.
    let op_slot = Memo::new(move |_| wbs.slot().get() == SlotStand::Vergrendeld);
    // The pages behind the overview come in a second wasm file (see paginas.rs).
    let paginas = Paginas::start(route.get_untracked() != Route::Overzicht);
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let nieuw = Route::uit_hash(&browser::hash());
        if nieuw != Route::Overzicht {
            paginas.vraag();
        }
        route.set(nieuw);
    });
    // After navigating, move focus to the new page's heading so screen readers announce it;
    // unless, by the time the frame comes (late in a busy or throttled tab), someone is typing in
    // a field, or has already moved focus to something else in the new page: their next
    // keystrokes would otherwise go to the heading and be lost. A field always keeps focus (no
    // navigation starts from one); any other element only if it is not the one that had focus
    // when the route changed (the button that asked for it, kept by a page rebuilt in place).
    // While the second wasm file loads, the route's page is not shown yet; the focus moves when
    // it is.
    let getoond = Memo::new(move |_| {
        let r = route.get();
        (r == Route::Overzicht || paginas.stand() == Laadstand::Klaar).then_some(r)
    });
    Effect::new(move |eerder: Option<()>| {
        let nu = getoond.get();
        if eerder.is_some() && nu.is_some() {
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
                    andere => paginas
                        .toon(andere)
                        .unwrap_or_else(|| view! { <LaadMelding paginas /> }.into_any()),
                }
            }}
        </main>
        <footer class="app-voet">
            <a href=Route::Privacy.hash()>"Privacy en alles wissen"</a>
            <a href=Route::Toegankelijkheid.hash()>"Toegankelijkheid"</a>
        </footer>
    }
}
