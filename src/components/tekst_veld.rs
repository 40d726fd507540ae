use leptos::prelude::*;

use super::privacy_hint::PrivacyHint;

/// Longest text one field keeps. Import refuses longer fields, so the editor must too.
pub const MAX_TEKST: usize = crate::model::MAX_TEKST;

/// A labelled free-text field (one line or several) for client-related text.
///
/// Spell check and autocomplete are off: browsers' enhanced spell check sends the text to
/// their vendor, and autocomplete would keep client text in the browser's form history.
#[component]
pub fn TekstVeld(
    /// Unique HTML id of the field.
    #[prop(into)]
    id: String,
    /// The visible label (a signal: a list item's number can change).
    #[prop(into)]
    label: Signal<String>,
    /// Extra explanation under the label, linked with `aria-describedby`.
    #[prop(optional, into)]
    hint: Option<String>,
    #[prop(into)] waarde: Signal<String>,
    #[prop(into)] bij_invoer: Callback<String>,
    /// One line instead of a text area.
    #[prop(optional)]
    regel: bool,
    /// Rows of a text area.
    #[prop(default = 3)]
    rijen: u32,
    /// A message at the field when its content is not acceptable.
    #[prop(optional, into)]
    fout: Option<Signal<Option<&'static str>>>,
) -> impl IntoView {
    let fout = fout.unwrap_or_else(|| Signal::stored(None));
    let fout_id = format!("{id}-fout");
    let hint_id = format!("{id}-hint");
    let privacy_id = format!("{id}-privacy");
    let beschreven = match &hint {
        Some(_) => format!("{hint_id} {fout_id} {privacy_id}"),
        None => format!("{fout_id} {privacy_id}"),
    };
    let ongeldig = move || {
        if fout.get().is_some() {
            "true"
        } else {
            "false"
        }
    };
    let invoer = move |ev: leptos::ev::Event| bij_invoer.run(event_target_value(&ev));
    let veld = if regel {
        view! {
            <input
                type="text"
                id=id.clone()
                aria-describedby=beschreven
                aria-invalid=ongeldig
                spellcheck="false"
                autocomplete="off"
                maxlength=MAX_TEKST
                prop:value=move || waarde.get()
                on:input=invoer
            />
        }
        .into_any()
    } else {
        view! {
            <textarea
                id=id.clone()
                rows=rijen
                aria-describedby=beschreven
                aria-invalid=ongeldig
                spellcheck="false"
                autocomplete="off"
                maxlength=MAX_TEKST
                prop:value=move || waarde.get()
                on:input=invoer
            ></textarea>
        }
        .into_any()
    };
    view! {
        <div class="veld">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {veld}
            <p class="fout" id=fout_id role="alert">{move || fout.get()}</p>
            <PrivacyHint id=privacy_id waarde=waarde bij_invoer=bij_invoer />
        </div>
    }
}
