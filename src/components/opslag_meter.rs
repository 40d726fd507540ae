use leptos::prelude::*;

use super::toon::toon;
use crate::repo::{QUOTUM, WAARSCHUW_VANAF};
use crate::state::werkbladen;

/// How full the browser's storage is, against Safari's worst-case quota; warns from 70 %.
#[component]
pub fn OpslagMeter() -> impl IntoView {
    let wbs = werkbladen();
    let deel = move || wbs.gebruik().get() as f64 / QUOTUM as f64;
    // Whole numbers only: formatting floats would pull Rust's float printing into the wasm.
    let promille = move || (wbs.gebruik().get() * 1000 / QUOTUM).min(1000);
    let tekst = move || {
        format!(
            "Opslag in deze browser: {} % gebruikt ({} van {}).",
            ((wbs.gebruik().get() * 100 + QUOTUM / 2) / QUOTUM).min(999),
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
                low="0.7"
                high="0.9"
                optimum="0"
                value=move || match promille() { 1000 => "1".to_string(), p => format!("0.{p:03}") }
                aria-labelledby="opslag-tekst"
            ></meter>
            {toon(move || deel() >= WAARSCHUW_VANAF, || view! {
                <p class="melding waarschuwing" role="status">
                    "De opslag raakt vol. Exporteer je werkbladen en verwijder werkbladen die je niet meer nodig hebt. Als de opslag vol is, kan de app je wijzigingen niet meer bewaren."
                </p>
            })}
        </div>
    }
}

/// Storage sizes as people read them; one UTF-16 unit takes two bytes.
fn grootte(eenheden: usize) -> String {
    let bytes = eenheden * 2;
    if bytes >= 1_000_000 {
        let tienden = (bytes + 50_000) / 100_000;
        format!("{},{} MB", tienden / 10, tienden % 10)
    } else {
        format!("{} kB", bytes.div_ceil(1000))
    }
}
