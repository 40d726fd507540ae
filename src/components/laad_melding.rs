//! What the main area shows while a page of the second wasm file is being fetched, or when that
//! failed (see `paginas.rs`).

use leptos::prelude::*;

use crate::components::toon::toon;
use crate::paginas::{Laadstand, Paginas};

/// "Even geduld", or what went wrong and a button to try again.
#[component]
pub fn LaadMelding(paginas: Paginas) -> impl IntoView {
    let mislukt = move || paginas.stand() == Laadstand::Mislukt;
    view! {
        <p class="laad-melding" role="status">
            {move || if mislukt() { "" } else { "Even geduld: dit deel van de app wordt geladen." }}
        </p>
        {toon(mislukt, move || view! {
            <div class="melding fout" role="alert">
                <p>
                    "Dit deel van de app kon niet worden geladen. Er is niets verloren gegaan: je "
                    "werkbladen staan nog in deze browser. Controleer de verbinding en probeer het opnieuw. "
                    "Lukt het dan nog niet, laad de pagina opnieuw."
                </p>
                <button type="button" on:click=move |_| paginas.opnieuw()>"Opnieuw proberen"</button>
            </div>
        })}
    }
}
