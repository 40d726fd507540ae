use leptos::prelude::*;

use crate::state::werkbladen;

/// The word to type before everything is wiped.
const BEVESTIGWOORD: &str = "WISSEN";

/// "Alles wissen" behind a typed confirmation: the privacy page and the unlock screen (a
/// forgotten passphrase) both use it.
#[component]
pub fn WisBevestiging(
    /// Unique id of the confirmation field.
    id: &'static str,
    /// The field's label, e.g. "Typ WISSEN om te bevestigen".
    label: &'static str,
) -> impl IntoView {
    let wbs = werkbladen();
    let getypt = RwSignal::new(String::new());
    let uitkomst = RwSignal::new(None::<Result<String, String>>);
    let wis = move |_| {
        if getypt.get_untracked().trim() != BEVESTIGWOORD {
            uitkomst.set(Some(Err(format!(
                "Typ eerst {BEVESTIGWOORD} in het veld hierboven. Er is niets gewist."
            ))));
            return;
        }
        let r = wbs
            .alles_wissen()
            .map(|n| {
                format!("Alles is gewist ({n} opgeslagen gegevens). Deze browser bevat geen werkbladen meer.")
            })
            .map_err(|e| e.uitleg());
        getypt.set(String::new());
        uitkomst.set(Some(r));
    };
    view! {
        <div class="veld">
            <label for=id>{label}</label>
            <input
                type="text"
                id=id
                autocomplete="off"
                spellcheck="false"
                class="kort"
                prop:value=move || getypt.get()
                on:input=move |ev| getypt.set(event_target_value(&ev))
            />
        </div>
        <button type="button" class="gevaar" on:click=wis>"Alles wissen"</button>
        <div role="status" aria-live="polite">
            {move || uitkomst.get().map(|r| match r {
                Ok(t) => view! { <p class="melding">{t}</p> }.into_any(),
                Err(t) => view! { <p class="melding fout">{t}</p> }.into_any(),
            })}
        </div>
    }
}
