use leptos::prelude::*;

use crate::model::zoeken::Zoekvraag;
use crate::model::GesprekSoort;

/// Finding a worksheet back: a search field (any word of the label or the free text; case and
/// accents do not matter), the kind of conversation, a date range, and grouping per trajectory.
#[component]
pub fn ZoekFilters(
    vraag: RwSignal<Zoekvraag>,
    /// The search field got focus: a moment to prepare the search index before the first key.
    #[prop(into)]
    bij_focus: Callback<()>,
) -> impl IntoView {
    // The search field, the kind and the checkbox follow the question directly: setting a
    // text field, select or checkbox to the value it already has changes nothing. The date
    // fields get a memo: while a date is half typed the field's value is empty, and setting it
    // again (when another field changes the question) would wipe what was typed. Every memo
    // costs its own code in the wasm (issue 14), so only these two.
    let van = Memo::new(move |_| vraag.with(|v| v.periode.van.clone().unwrap_or_default()));
    let tot = Memo::new(move |_| vraag.with(|v| v.periode.tot.clone().unwrap_or_default()));
    let datum = |w: String| Some(w).filter(|w| !w.is_empty());

    view! {
        <form class="zoeken geen-print" role="search" aria-label="Werkbladen zoeken" on:submit=|ev| ev.prevent_default()>
            <div class="veld zoekveld">
                <label for="zoek-tekst">"Zoeken in je werkbladen"</label>
                <input
                    id="zoek-tekst"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="zoek-hulp"
                    prop:value=move || vraag.with(|v| v.tekst.clone())
                    on:focus=move |_| bij_focus.run(())
                    on:input=move |ev| {
                        let w = event_target_value(&ev);
                        vraag.update(|v| v.tekst = w);
                    }
                />
                <p id="zoek-hulp" class="hint">"Een woord uit het label, de observaties, momenten, voornemens of andere tekst."</p>
            </div>
            <details class="filters">
                <summary>{move || if vraag.with(|v| v.soort.is_some() || !v.periode.alles()) { "Filteren op soort en datum (filter staat aan)" } else { "Filteren op soort en datum" }}</summary>
            <div class="velden-naast">
                <div class="veld">
                    <label for="zoek-soort">"Soort gesprek"</label>
                    <select
                        id="zoek-soort"
                        prop:value=move || vraag.with(|v| v.soort.map(|s| s.code()).unwrap_or(""))
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            vraag.update(|v| v.soort = GesprekSoort::van_code(&code));
                        }
                    >
                        <option value="">"Alle soorten"</option>
                        {GesprekSoort::ALLE
                            .iter()
                            .map(|s| view! { <option value=s.code()>{s.naam()}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="veld">
                    <label for="zoek-van">"Gesprek vanaf"</label>
                    <input id="zoek-van" type="date" prop:value=van on:input=move |ev| {
                        let w = datum(event_target_value(&ev));
                        vraag.update(|v| v.periode.van = w);
                    } />
                </div>
                <div class="veld">
                    <label for="zoek-tot">"Gesprek tot en met"</label>
                    <input id="zoek-tot" type="date" prop:value=tot on:input=move |ev| {
                        let w = datum(event_target_value(&ev));
                        vraag.update(|v| v.periode.tot = w);
                    } />
                </div>
            </div>
            </details>
            <div class="keuze">
                <input
                    id="zoek-per-traject"
                    type="checkbox"
                    prop:checked=move || vraag.with(|v| v.per_traject)
                    on:change=move |ev| {
                        let aan = event_target_checked(&ev);
                        vraag.update(|v| v.per_traject = aan);
                    }
                />
                <label for="zoek-per-traject">"Groeperen per traject (werkbladen met hetzelfde label)"</label>
            </div>
        </form>
    }
}
