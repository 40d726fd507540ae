use leptos::prelude::*;

/// A group of radio buttons in a fieldset with a legend; `None` when nothing is chosen.
///
/// Options are `(code, label)` pairs; the code is only used inside the form.
#[component]
pub fn KeuzeGroep(
    /// Unique name of the group; option ids are derived from it.
    #[prop(into)]
    naam: String,
    #[prop(into)] legend: String,
    opties: Vec<(&'static str, String)>,
    #[prop(into)] gekozen: Signal<Option<&'static str>>,
    #[prop(into)] bij_keuze: Callback<Option<&'static str>>,
    /// Shows a "Keuze wissen" button when something is chosen.
    #[prop(optional)]
    wisbaar: bool,
    /// Options side by side (short labels) instead of below each other.
    #[prop(optional)]
    naast_elkaar: bool,
) -> impl IntoView {
    let knoppen = opties
        .into_iter()
        .map(|(code, tekst)| {
            let id = format!("{naam}-{code}");
            view! {
                <div class="keuze">
                    <input
                        type="radio"
                        spellcheck="false"
                        id=id.clone()
                        name=naam.clone()
                        value=code
                        prop:checked=move || gekozen.get() == Some(code)
                        on:change=move |_| bij_keuze.run(Some(code))
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
                <Show when=move || gekozen.get().is_some()>
                    <button type="button" class="link-knop" on:click=move |_| bij_keuze.run(None)>
                        "Keuze wissen"
                        <span class="sr-only">{format!(" bij {legend}")}</span>
                    </button>
                </Show>
            })}
        </fieldset>
    }
}
