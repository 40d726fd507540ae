use leptos::prelude::*;

use super::toon::toon;
use crate::model::Tijdcode;
use crate::state::opname::speler;

/// A moment's time code as a button: plays the open recording from just before the moment.
/// Shows nothing without an open recording (or outside the editor), so the list looks as
/// before when nobody watches.
#[component]
pub fn MomentTijdKnop(#[prop(into)] tijd: Signal<Option<Tijdcode>>) -> impl IntoView {
    let Some(speler) = speler() else {
        return ().into_any();
    };
    view! {
        {toon(move || speler.open() && tijd.get().is_some(), move || view! {
            <button
                type="button"
                class="link-knop tijd-knop"
                on:click=move |_| {
                    if let Some(t) = tijd.get_untracked() {
                        speler.naar_moment(t);
                    }
                }
            >
                {move || format!("Afspelen vanaf {}", tijd.get().map(Tijdcode::klok).unwrap_or_default())}
            </button>
        })}
    }
    .into_any()
}
