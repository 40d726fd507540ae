use leptos::prelude::*;

use super::toon::toon;
use crate::state::werkbladen;

/// "Nieuwe versie beschikbaar": an update never reloads a tab by itself. The user chooses the
/// moment; pending changes are saved first, and a tab whose work cannot be stored is not
/// reloaded at all.
#[component]
pub fn NieuweVersie() -> impl IntoView {
    let wbs = werkbladen();
    let melding = RwSignal::new(None::<&'static str>);
    let bijwerken = move |_| {
        if let Err(waarom) = wbs.werk_bij() {
            melding.set(Some(waarom));
        }
    };
    view! {
        {toon(move || wbs.nieuwe_versie().get(), move || view! {
            <div class="nieuwe-versie melding" role="status">
                <p>"Er is een nieuwe versie van Werkblad. Je werk blijft bewaard."</p>
                <button type="button" on:click=bijwerken>"Nu bijwerken"</button>
                {move || melding.get().map(|m| view! { <p class="fout">{m}</p> })}
            </div>
        })}
    }
}
