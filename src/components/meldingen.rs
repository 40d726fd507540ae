use leptos::prelude::*;

use super::toon::toon_per_id;
use crate::state::werkbladen;

/// Messages that stay until dismissed: repaired or set-aside data, storage trouble.
#[component]
pub fn Meldingen() -> impl IntoView {
    let wbs = werkbladen();
    view! {
        <div class="meldingen" role="alert">
            // Known at start and never changes: no `<Show>` needed.
            {(!wbs.opslag_werkt()).then(|| view! {
                <p class="melding fout">
                    "Deze browser laat de app niets opslaan (bijvoorbeeld in een privévenster). Je kunt gewoon werken, maar je werk wordt niet bewaard: exporteer het voordat je het venster sluit."
                </p>
            })}
            // Keyed by the text (a message stays in place, with the focus on its button, while
            // others come and go), through the editor's one keyed list (issue 14).
            {toon_per_id(Memo::new(move |_| wbs.meldingen().get()), move |m| {
                let weg = m.clone();
                view! {
                    <p class="melding">
                        {m}
                        " "
                        <button type="button" class="link-knop" on:click=move |_| wbs.sluit_melding(&weg)>
                            "Sluiten"
                        </button>
                    </p>
                }
            })}
        </div>
    }
}
