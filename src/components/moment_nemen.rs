use leptos::prelude::*;

use crate::model::opname::kort;
use crate::model::{ThemaId, Tijdcode};
use crate::state::opname::Speler;

/// "Moment nemen": pauses the recording and adds a moment at the current time to the question
/// in view or the one chosen in the list; focus then goes to the new moment's "Wat gebeurde er?".
#[component]
pub fn MomentNemen(speler: Speler) -> impl IntoView {
    // Options by index into ThemaId::ALLE; "" is the question in view.
    let keuze = move || {
        speler
            .gekozen_thema
            .get()
            .map(|t| t.index().to_string())
            .unwrap_or_default()
    };
    let kies = move |ev: leptos::ev::Event| {
        let t = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| ThemaId::ALLE.get(i).copied());
        speler.gekozen_thema.set(t);
    };
    view! {
        <div class="moment-nemen">
            <div class="veld">
                <label for="moment-nemen-thema">"Moment bij vraag"</label>
                <select id="moment-nemen-thema" prop:value=keuze on:change=kies>
                    <option value="">"De vraag die in beeld is"</option>
                    {ThemaId::ALLE
                        .iter()
                        .enumerate()
                        .map(|(i, &t)| view! { <option value=i.to_string()>{format!("{}. {}", i + 1, kort(t))}</option> })
                        .collect_view()}
                </select>
            </div>
            <button
                type="button"
                class="hoofdknop"
                aria-describedby="moment-nemen-uitleg"
                disabled=move || !speler.klaar.get()
                on:click=move |_| {
                    speler.neem_moment();
                }
            >
                "Moment nemen"
            </button>
            <p class="hint" id="moment-nemen-uitleg">
                {move || format!(
                    "Pauzeert de opname en voegt een moment toe op {}.",
                    Tijdcode::van_seconden(speler.tijd.get()).klok()
                )}
            </p>
        </div>
    }
}
