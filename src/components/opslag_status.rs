use leptos::prelude::*;

use crate::repo::{BewaarFout, OpslagFout};
use crate::state::{uitleg_bewaarfout, Status};

/// The visible save status ("Opgeslagen"). Polite for the routine states, an alert on failure;
/// here the typed status becomes Dutch sentences.
#[component]
pub fn OpslagStatus(
    #[prop(into)] status: Signal<Status>,
    /// Offered when the store is full: export everything now.
    #[prop(into)]
    bij_exporteer: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="opslagstatus" role="status" aria-live="polite" aria-atomic="true">
            {move || match status.get() {
                Status::Opgeslagen => view! { <span class="ok">"✓ Opgeslagen"</span> }.into_any(),
                Status::Bezig => view! { <span>"Wordt opgeslagen…"</span> }.into_any(),
                Status::Geheugen => view! { <span class="waarschuwing">"Niet opgeslagen: deze browser bewaart niets"</span> }.into_any(),
                Status::Fout(_) | Status::Conflict => view! { <span class="fout">"Niet opgeslagen"</span> }.into_any(),
            }}
        </div>
        <div role="alert">
            {move || match status.get() {
                Status::Fout(BewaarFout::Opslag(OpslagFout::Vol)) => Some(view! {
                    <div class="melding fout">
                        <p>{OpslagFout::Vol.uitleg()}</p>
                        <button type="button" on:click=move |_| bij_exporteer.run(())>"Exporteer nu"</button>
                    </div>
                }.into_any()),
                Status::Fout(e) => Some(view! { <p class="melding fout">{uitleg_bewaarfout(&e)}</p> }.into_any()),
                _ => None,
            }}
        </div>
    }
}
