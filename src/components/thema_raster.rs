use leptos::prelude::*;

use crate::model::traject::{symbool, TrajectGesprek};
use crate::model::ThemaId;

/// The eleven theme questions × the conversations of a trajectory: each answer as a symbol
/// plus its word (never colour alone). Many conversations scroll sideways inside the grid's
/// own region, with the questions staying in view.
#[component]
pub fn ThemaRaster(gesprekken: Vec<TrajectGesprek>) -> impl IntoView {
    let koppen = gesprekken
        .iter()
        .map(|g| {
            view! {
                <th scope="col">
                    <span class="raster-nummer">{format!("Gesprek {}", g.nummer)}</span>
                    <span class="raster-datum">{g.datum_nl()}</span>
                </th>
            }
        })
        .collect_view();
    let rijen = ThemaId::ALLE
        .iter()
        .enumerate()
        .map(|(n, &t)| {
            let cellen = gesprekken
                .iter()
                .map(|g| {
                    let (teken, woord) = symbool(g.antwoorden[t.index()]);
                    let klasse = if g.antwoorden[t.index()].is_some() {
                        "antwoord"
                    } else {
                        "antwoord leeg"
                    };
                    view! {
                        <td class=klasse>
                            <span class="teken" aria-hidden="true">{teken}</span>
                            " "{woord}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{format!("{}. {}", n + 1, t.vraag())}</th>
                    {cellen}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="scroll-regio raster-regio" role="region" tabindex="0" aria-label="Thema's per gesprek (tabel)">
            <table class="raster">
                <caption class="sr-only">"Antwoord per vraag en per gesprek"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Vraag"</th>
                        {koppen}
                    </tr>
                </thead>
                <tbody>{rijen}</tbody>
            </table>
        </div>
    }
}
