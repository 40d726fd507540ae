use leptos::prelude::*;

use crate::browser;
use crate::state::werkbladen;

/// "Nieuwe versie beschikbaar": an update never reloads a tab by itself. The user chooses the
/// moment; pending changes are saved first, and a tab whose work cannot be stored is not
/// reloaded at all.
#[component]
pub fn NieuweVersie() -> impl IntoView {
    let wbs = werkbladen();
    let melding = RwSignal::new(None::<&'static str>);
    let bijwerken = move |_| {
        browser::stuur(browser::EVENT_BEWAAR_NU);
        if !wbs.opslag_werkt {
            melding.set(Some(
                "Deze browser bewaart niets, dus bijwerken zou je werk wissen. Exporteer eerst je werk.",
            ));
        } else if wbs.onopgeslagen.get_untracked()
            || wbs.onbewaard.with_untracked(|o| !o.is_empty())
        {
            melding.set(Some(
                "Je laatste wijzigingen zijn nog niet opgeslagen. Los dat eerst op (of exporteer je werk); daarna kun je bijwerken.",
            ));
        } else {
            browser::stuur(browser::EVENT_ACTIVEER_VERSIE);
        }
    };
    view! {
        <Show when=move || wbs.nieuwe_versie.get()>
            <div class="nieuwe-versie melding" role="status">
                <p>"Er is een nieuwe versie van Werkblad. Je werk blijft bewaard."</p>
                <button type="button" on:click=bijwerken>"Nu bijwerken"</button>
                {move || melding.get().map(|m| view! { <p class="fout">{m}</p> })}
            </div>
        </Show>
    }
}
