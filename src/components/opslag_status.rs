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
}

/// The visible save status ("Opgeslagen"). Polite for the routine states, an alert on failure.
#[component]
pub fn OpslagStatus(#[prop(into)] status: Signal<Status>) -> impl IntoView {
    view! {
        <div class="opslagstatus" role="status" aria-live="polite" aria-atomic="true">
            {move || match status.get() {
                Status::Opgeslagen => view! { <span class="ok">"✓ Opgeslagen"</span> }.into_any(),
                Status::Bezig => view! { <span>"Wordt opgeslagen…"</span> }.into_any(),
                Status::Geheugen => view! { <span class="waarschuwing">"Niet opgeslagen: deze browser bewaart niets"</span> }.into_any(),
                Status::Fout(_) => view! { <span class="fout">"Niet opgeslagen"</span> }.into_any(),
            }}
        </div>
        {move || match status.get() {
            Status::Fout(tekst) => Some(view! { <p class="melding fout" role="alert">{tekst}</p> }),
            _ => None,
        }}
    }
}
