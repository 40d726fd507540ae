use leptos::prelude::*;

/// A data table from plain strings: a caption, column headings, and rows that each start with
/// a row heading. One view for every table of the leerlijn pages (size: one instantiation
/// instead of one per table). Scrolls sideways inside its own region when it does not fit.
#[component]
pub fn Tabel(
    bijschrift: String,
    /// Only for screen readers when a heading right above already says it.
    #[prop(optional)]
    bijschrift_verborgen: bool,
    koppen: Vec<String>,
    rijen: Vec<(String, Vec<String>)>,
    /// Right-aligned cells, for counts and averages.
    #[prop(optional)]
    getallen: bool,
) -> impl IntoView {
    let koppen = koppen
        .into_iter()
        .map(|k| view! { <th scope="col">{k}</th> })
        .collect_view();
    let rijen = rijen
        .into_iter()
        .map(|(kop, cellen)| {
            view! {
                <tr>
                    <th scope="row">{kop}</th>
                    {cellen.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    let regio_naam = bijschrift.clone();
    view! {
        <div class="scroll-regio tabel-regio" role="region" tabindex="0" aria-label=regio_naam>
            <table class=if getallen { "tabel getallen" } else { "tabel" }>
                <caption class=if bijschrift_verborgen { "sr-only" } else { "" }>{bijschrift}</caption>
                <thead><tr>{koppen}</tr></thead>
                <tbody>{rijen}</tbody>
            </table>
        </div>
    }
}
