use leptos::html::Dialog;
use leptos::prelude::*;

use crate::browser;

/// A modal question with a confirm and a cancel button.
///
/// Built on `<dialog>` with `showModal()`, so the browser keeps focus inside and Escape
/// cancels. Focus goes back to where it was when the dialog closes.
#[component]
pub fn BevestigDialoog(
    /// Unique id; the title gets `{id}-titel`.
    id: &'static str,
    titel: &'static str,
    /// The question while the dialog is open; `None` closes it. One signal for both (each
    /// derived signal costs its own code, issue 14).
    #[prop(into)]
    vraag: Signal<Option<String>>,
    bevestig: &'static str,
    #[prop(into)] bij_bevestig: Callback<()>,
    #[prop(into)] bij_annuleer: Callback<()>,
) -> impl IntoView {
    let dialoog = NodeRef::<Dialog>::new();
    // Where focus was when the dialog opened, kept by the effect itself rather than in a
    // `StoredValue` (each such type costs its own code in the wasm, issue 14).
    let mut terug_naar: Option<web_sys::HtmlElement> = None;
    Effect::new(move |_| {
        let Some(d) = dialoog.get() else { return };
        if vraag.with(Option::is_some) {
            if !d.open() {
                terug_naar = browser::actief_element();
                let _ = d.show_modal();
            }
        } else if d.open() {
            d.close();
            if let Some(el) = terug_naar.take() {
                let _ = el.focus();
            }
        }
    });
    let titel_id = format!("{id}-titel");
    let labelled_by = titel_id.clone();
    view! {
        <dialog
            node_ref=dialoog
            id=id
            class="dialoog"
            aria-labelledby=labelled_by
            on:cancel=move |ev: leptos::ev::Event| {
                ev.prevent_default();
                bij_annuleer.run(());
            }
        >
            <h2 id=titel_id>{titel}</h2>
            <p>{move || vraag.get().unwrap_or_default()}</p>
            <div class="knoppen">
                <button type="button" class="gevaar" on:click=move |_| bij_bevestig.run(())>
                    {bevestig}
                </button>
                <button type="button" autofocus on:click=move |_| bij_annuleer.run(())>
                    "Annuleren"
                </button>
            </div>
        </dialog>
    }
}
