use leptos::prelude::*;

use super::toon::toon_of;
use crate::model::tips;
use crate::model::zoeken::normaliseer;
use crate::model::ThemaId;

/// The method's tips that belong to one theme question, each with a button that makes it an
/// intention of this worksheet (once: a tip already among the intentions says so instead).
#[component]
pub fn ThemaTips(
    thema: ThemaId,
    /// The texts of the worksheet's intentions, to see which tips are taken already.
    #[prop(into)]
    voornemens: Signal<Vec<String>>,
    /// Adds the tip as an intention.
    #[prop(into)]
    bij_kies: Callback<String>,
) -> impl IntoView {
    let gemeld = RwSignal::new(None::<&'static str>);
    let items = tips::bij_thema(thema)
        .map(|tip| {
            let sleutel = normaliseer(tip);
            let gekozen = Memo::new(move |_| {
                voornemens.with(|v| v.iter().any(|t| normaliseer(t.trim()) == sleutel))
            });
            view! {
                <li>
                    <span class="tip-tekst">{tip}</span>
                    " "
                    {toon_of(
                        move || gekozen.get(),
                        || view! { <span class="tip-gekozen">"\u{2713} Staat bij je voornemens"</span> },
                        move || view! {
                            <button
                                type="button"
                                class="link-knop"
                                aria-label=format!("Neem over als voornemen: {tip}")
                                on:click=move |_| {
                                    bij_kies.run(tip.to_string());
                                    gemeld.set(Some(tip));
                                }
                            >"Neem over als voornemen"</button>
                        },
                    )}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="bron">"Tips uit de methode bij deze vraag:"</p>
        <ul class="tips">{items}</ul>
        <p role="status" class="statusregel">
            {move || gemeld.get().map(|tip| format!("Toegevoegd aan je voornemens (onderdeel 5): \u{201c}{tip}\u{201d}."))}
        </p>
    }
}
