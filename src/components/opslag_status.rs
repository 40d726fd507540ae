use leptos::prelude::*;

/// Where the autosave of the open worksheet stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Opgeslagen,
    /// Changed; the save follows in a moment.
    Bezig,
    /// Not saved; the edit is still on screen. The text says why and what to do.
    Fout(String),
    /// Not saved: the browser gives no storage at all.
    Geheugen,
    /// Not saved: the store is full. The edit stays on screen and is retried on the next change.
    Vol,
}

/// The visible save status ("Opgeslagen"). Polite for the routine states, an alert on failure.
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
                Status::Fout(_) | Status::Vol => view! { <span class="fout">"Niet opgeslagen"</span> }.into_any(),
            }}
        </div>
        <div role="alert">
            {move || match status.get() {
                Status::Fout(tekst) => Some(view! { <p class="melding fout">{tekst}</p> }.into_any()),
                Status::Vol => Some(view! {
                    <div class="melding fout">
                        <p>{crate::repo::OpslagFout::Vol.uitleg()}</p>
                        <button type="button" on:click=move |_| bij_exporteer.run(())>"Exporteer nu"</button>
                    </div>
                }.into_any()),
                _ => None,
            }}
        </div>
    }
}
