use leptos::prelude::*;

use crate::model::privacy::{controleer, maskeer, Context};

/// The conversation date of the open worksheet, so the guard never flags it as a birth date.
#[derive(Clone, Copy)]
pub struct GespreksDatum(pub Signal<String>);

/// Gentle warnings under a text field when it seems to hold personal data, each with a button
/// to mask that piece. It only warns; it never blocks typing.
#[component]
pub fn PrivacyHint(
    /// Id of the field it belongs to, for `aria-describedby`.
    #[prop(into)]
    id: String,
    #[prop(into)] waarde: Signal<String>,
    #[prop(into)] bij_invoer: Callback<String>,
) -> impl IntoView {
    let datum = use_context::<GespreksDatum>().map(|d| d.0);
    let treffers = Memo::new(move |_| {
        let d = datum.map(|d| d.get()).unwrap_or_default();
        waarde.with(|t| {
            controleer(
                t,
                &Context {
                    gespreksdatum: Some(d.as_str()),
                },
            )
        })
    });
    view! {
        <div class="privacy-hint" id=id role="status" aria-live="polite">
            {move || {
                let tekst = waarde.get_untracked();
                treffers
                    .get()
                    .into_iter()
                    .map(|t| {
                        let gevonden = t.tekst(&tekst).to_string();
                        let masker = t.soort.markering();
                        view! {
                            <p class="waarschuwing-privacy">
                                <strong>{format!("Let op, {}: \u{201c}{gevonden}\u{201d}. ", t.soort.naam().to_ascii_lowercase())}</strong>
                                {t.soort.waarschuwing()}
                                " "
                                <button
                                    type="button"
                                    class="link-knop"
                                    on:click=move |_| bij_invoer.run(maskeer(&waarde.get_untracked(), std::slice::from_ref(&t)))
                                >
                                    {format!("Vervang door {masker}")}
                                </button>
                            </p>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
