use leptos::prelude::*;

use crate::model::route::Route;
use crate::model::traject;
use crate::state::werkbladen;

/// "Traject KM-17: 3 gesprekken", a link to the trajectory view of this worksheet. Nothing
/// while the worksheet has no label. Counted from the overview's index (no worksheet is read).
#[component]
pub fn TrajectLink(
    /// The open worksheet.
    id: String,
    /// Its label as typed; pass a memo, so typing elsewhere does not recount.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let wbs = werkbladen();
    let eigen = id.clone();
    // The others with this label, plus this one: the index may still hold this worksheet's
    // previous label until its next save. One memo (not one for the key as well): counting
    // the index again when the label changes is cheap, and a memo costs code (issue 14).
    let aantal = Memo::new(move |_| {
        let s = label.with(|l| traject::sleutel(l));
        (!s.is_empty()).then(|| {
            1 + wbs.index().with(|i| {
                i.items
                    .iter()
                    .filter(|x| x.id != eigen && traject::sleutel(&x.label) == s)
                    .count()
            })
        })
    });
    let href = Route::Traject(id).hash();
    move || {
        aantal.get().map(|n| {
            let gesprekken = if n == 1 { "1 gesprek".to_string() } else { format!("{n} gesprekken") };
            view! {
                <p class="traject-link">
                    <a href=href.clone()>{format!("Traject {}: {gesprekken}", label.with(|l| l.trim().to_string()))}</a>
                </p>
            }
        })
    }
}
