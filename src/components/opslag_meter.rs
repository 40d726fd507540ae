use leptos::prelude::*;

use crate::repo::{QUOTUM, WAARSCHUW_VANAF};
use crate::state::werkbladen;

/// How full the browser's storage is, against Safari's worst-case quota; warns from 70 %.
#[component]
pub fn OpslagMeter() -> impl IntoView {
    let wbs = werkbladen();
    let deel = move || wbs.gebruik().get() as f64 / QUOTUM as f64;
    let tekst = move || {
        format!(
            "Opslag in deze browser: {} % gebruikt ({} van {}).",
            (deel() * 100.0).round().min(999.0),
            grootte(wbs.gebruik().get()),
            grootte(QUOTUM)
        )
    };
    view! {
        <div class="opslagmeter">
            <p id="opslag-tekst">{tekst}</p>
            <meter
                min="0"
                max="1"
                low=WAARSCHUW_VANAF
                high="0.9"
                optimum="0"
                value=move || deel().min(1.0)
                aria-labelledby="opslag-tekst"
            ></meter>
            <Show when=move || { deel() >= WAARSCHUW_VANAF }>
                <p class="melding waarschuwing" role="status">
                    "De opslag raakt vol. Exporteer je werkbladen en verwijder werkbladen die je niet meer nodig hebt. Als de opslag vol is, kan de app je wijzigingen niet meer bewaren."
                </p>
            </Show>
        </div>
    }
}

/// Storage sizes as people read them; one UTF-16 unit takes two bytes.
fn grootte(eenheden: usize) -> String {
    let bytes = eenheden as f64 * 2.0;
    if bytes >= 1_000_000.0 {
        format!("{:.1} MB", bytes / 1_000_000.0).replace('.', ",")
    } else {
        format!("{} kB", (bytes / 1000.0).ceil())
    }
}
