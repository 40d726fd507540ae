use leptos::prelude::*;

/// A labelled passphrase field, with an optional message at the field when it was wrong.
#[component]
pub fn WachtwoordVeld(
    id: &'static str,
    label: &'static str,
    waarde: RwSignal<String>,
    /// A new passphrase (password managers offer to generate one) rather than the current one.
    #[prop(optional)]
    nieuw: bool,
    #[prop(optional, into)] fout: Option<Signal<Option<String>>>,
    #[prop(optional)] autofocus: bool,
) -> impl IntoView {
    let fout = fout.unwrap_or_else(|| Signal::stored(None));
    let fout_id = format!("{id}-fout");
    view! {
        <div class="veld">
            <label for=id>{label}</label>
            <input
                type="password"
                id=id
                autocomplete=if nieuw { "new-password" } else { "current-password" }
                spellcheck="false"
                autofocus=autofocus
                aria-invalid=move || fout.with(Option::is_some).to_string()
                aria-describedby=fout_id.clone()
                prop:value=move || waarde.get()
                on:input=move |ev| waarde.set(event_target_value(&ev))
            />
            <p class="fout" id=fout_id role="alert">{move || fout.get()}</p>
        </div>
    }
}
