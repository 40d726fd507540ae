use leptos::prelude::*;

use super::toon::toon;

/// A group of radio buttons in a fieldset with a legend, over any small set of values (an
/// enum, a bool); `None` when nothing is chosen. Options are `(value, label)` pairs.
///
/// The generic part only maps values to positions; the view itself is [`Keuzerondjes`], built
/// once for all value types, which keeps the wasm small.
#[component]
pub fn KeuzeGroep<T>(
    /// Unique name of the group; option ids are derived from it.
    #[prop(into)]
    naam: String,
    #[prop(into)] legend: String,
    opties: Vec<(T, String)>,
    #[prop(into)] gekozen: Signal<Option<T>>,
    #[prop(into)] bij_keuze: Callback<Option<T>>,
    /// Shows a "Keuze wissen" button when something is chosen.
    #[prop(optional)]
    wisbaar: bool,
    /// Options side by side (short labels) instead of below each other.
    #[prop(optional)]
    naast_elkaar: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let (waarden, labels): (Vec<T>, Vec<String>) = opties.into_iter().unzip();
    let waarden = StoredValue::new(waarden);
    let positie = Signal::derive(move || {
        gekozen
            .get()
            .and_then(|g| waarden.with_value(|w| w.iter().position(|x| *x == g)))
    });
    let kies = Callback::new(move |i: Option<usize>| {
        bij_keuze.run(i.and_then(|i| waarden.with_value(|w| w.get(i).copied())))
    });
    view! {
        <Keuzerondjes
            naam=naam
            legend=legend
            labels=labels
            gekozen=positie
            bij_keuze=kies
            wisbaar=wisbaar
            naast_elkaar=naast_elkaar
        />
    }
}

/// The radio buttons of a [`KeuzeGroep`], by position.
#[component]
fn Keuzerondjes(
    naam: String,
    legend: String,
    labels: Vec<String>,
    gekozen: Signal<Option<usize>>,
    bij_keuze: Callback<Option<usize>>,
    wisbaar: bool,
    naast_elkaar: bool,
) -> impl IntoView {
    let knoppen = labels
        .into_iter()
        .enumerate()
        .map(|(i, tekst)| {
            let id = format!("{naam}-{i}");
            view! {
                <div class="keuze">
                    <input
                        type="radio"
                        spellcheck="false"
                        id=id.clone()
                        name=naam.clone()
                        value=i
                        prop:checked=move || gekozen.get() == Some(i)
                        on:change=move |_| bij_keuze.run(Some(i))
                    />
                    <label for=id>{tekst}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="keuzegroep" class:naast-elkaar=naast_elkaar>
            <legend>{legend.clone()}</legend>
            {knoppen}
            {wisbaar.then(|| view! {
                {toon(move || gekozen.get().is_some(), move || view! {
                    <button type="button" class="link-knop" on:click=move |_| bij_keuze.run(None)>
                        "Keuze wissen"
                        <span class="sr-only">{format!(" bij {legend}")}</span>
                    </button>
                })}
            })}
        </fieldset>
    }
}

/// One checkbox with its label (`div.keuze`), the same markup for every yes/no question in the
/// editor. A plain function over signals and callbacks, not generic: the view is in the wasm
/// once however many checkboxes use it (issue 14).
pub fn vinkje(
    id: String,
    label: &'static str,
    aan: Signal<bool>,
    bij_wijziging: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="keuze">
            <input
                type="checkbox"
                spellcheck="false"
                id=id.clone()
                prop:checked=aan
                on:change=move |ev| bij_wijziging.run(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
        </div>
    }
}
