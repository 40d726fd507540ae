use leptos::prelude::*;

use crate::model::opname::beschrijving;
use crate::state::opname::Speler;

/// Without an open recording: the offer to open one, or, when this worksheet remembers a file
/// (after a reload), to open that file again by its name.
#[component]
pub fn OpnameOpnieuw(speler: Speler, kies: Callback<()>) -> impl IntoView {
    let onthouden = Memo::new(move |_| {
        speler.met_werkblad(|w| {
            let o = &w.gesprek.opname;
            o.bestand.clone().filter(|_| !o.gewist)
        })
    });
    view! {
        {move || match onthouden.get() {
            Some(b) => view! {
                <p>
                    {format!(
                        "Bij dit werkblad hoort de opname {}. De app bewaart alleen de naam, niet de opname zelf: open het bestand opnieuw om verder te kijken.",
                        beschrijving(&b)
                    )}
                </p>
                <p class="knoppen">
                    <button type="button" class="hoofdknop" on:click=move |_| kies.run(())>"Open de opname opnieuw"</button>
                    <span class="hint sleep-hint">" of sleep het bestand hierheen."</span>
                </p>
            }
            .into_any(),
            None => view! {
                <p class="hint">
                    "Kijk de opname terug naast het werkblad. Hij blijft op dit apparaat: de app bewaart alleen de naam, de grootte en de duur."
                </p>
                <p class="knoppen">
                    <button type="button" on:click=move |_| kies.run(())>"Opname openen"</button>
                    <span class="hint sleep-hint">" of sleep het bestand hierheen (video of alleen geluid)."</span>
                </p>
            }
            .into_any(),
        }}
    }
}
