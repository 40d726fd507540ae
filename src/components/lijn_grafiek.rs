use leptos::prelude::*;

use crate::model::grafiek::{lijngrafiek, Grafiek};
use crate::model::ontwikkeling::tienden_tekst;

/// Show the value beside each point up to this many points; beyond it the table says it.
const WAARDEN_TOT: usize = 12;

/// A line chart of client scores (0–10) as inline SVG: an image with a text alternative, two
/// series told apart by line style and marker shape as well as colour. The same numbers are
/// always in a table beside it (the caller's), so nothing depends on seeing the chart.
///
/// `reeksen`: per series its name and one value per label, in tenths (7,5 is 75).
#[component]
pub fn LijnGrafiek(
    /// Prefix for the element ids.
    id: &'static str,
    /// What the chart shows, for the scrolling region's name ("Grafiek van de cliëntscores").
    naam: &'static str,
    labels: Vec<String>,
    reeksen: Vec<(&'static str, Vec<Option<u16>>)>,
    /// The text alternative: every value in words.
    beschrijving: String,
) -> impl IntoView {
    let waarden: Vec<Vec<Option<u16>>> = reeksen.iter().map(|(_, w)| w.clone()).collect();
    let g: Grafiek = lijngrafiek(&labels, &waarden, 100, 20);
    let (l, b, r, o) = g.vlak;
    let met_waarden = labels.len() <= WAARDEN_TOT;
    let alt_id = format!("{id}-alt");
    let raster = g
        .y_as
        .iter()
        .map(|a| {
            view! {
                <line class="raster" x1=l x2=r y1=a.pos y2=a.pos></line>
                <text class="as-tekst" x={l - 8} y={a.pos + 5} text-anchor="end">{a.tekst.clone()}</text>
            }
        })
        .collect_view();
    let x_as = g
        .x_as
        .iter()
        .map(|a| view! { <text class="as-tekst" x=a.pos y={o + 22} text-anchor="middle">{a.tekst.clone()}</text> })
        .collect_view();
    let lijnen = g
        .lijnen
        .iter()
        .enumerate()
        .map(|(k, lijn)| {
            let klasse = format!("reeks reeks-{k}");
            let punten = lijn
                .punten
                .iter()
                .map(|p| {
                    // Series 0 writes its values above the points, series 1 below: close values
                    // of the two series stay readable.
                    let y = if k == 0 { p.y - 10 } else { p.y + 24 };
                    let waarde = met_waarden.then(|| {
                        view! { <text class="punt-tekst" x=p.x y=y text-anchor="middle">{tienden_tekst(p.waarde)}</text> }
                    });
                    // Series 0: round markers; series 1: square ones.
                    let vorm = if k == 0 {
                        view! { <circle class="punt" cx=p.x cy=p.y r="5" data-waarde=p.waarde></circle> }.into_any()
                    } else {
                        view! { <rect class="punt" x={p.x - 5} y={p.y - 5} width="10" height="10" data-waarde=p.waarde></rect> }.into_any()
                    };
                    view! { {vorm}{waarde} }
                })
                .collect_view();
            view! {
                <g class=klasse>
                    <path class="lijn" d=lijn.pad.clone() fill="none"></path>
                    {punten}
                </g>
            }
        })
        .collect_view();
    let legenda = reeksen
        .iter()
        .enumerate()
        .map(|(k, (naam, _))| {
            let teken = if k == 0 {
                "\u{2014}\u{25cf}\u{2014}"
            } else {
                "- \u{25a0} -"
            };
            view! {
                <li class=format!("legenda-{k}")>
                    <span class="legenda-teken" aria-hidden="true">{teken}</span>
                    " "{*naam}
                </li>
            }
        })
        .collect_view();

    view! {
        <figure class="grafiek">
            <div class="scroll-regio grafiek-regio" role="region" tabindex="0" aria-label=format!("{naam}, schuif opzij als hij niet helemaal past")>
                <svg
                    id=id
                    role="img"
                    aria-labelledby=alt_id.clone()
                    viewBox=Grafiek::view_box()
                    preserveAspectRatio="xMidYMid meet"
                    focusable="false"
                >
                    {raster}
                    <line class="as" x1=l x2=l y1=b y2=o></line>
                    {x_as}
                    {lijnen}
                </svg>
            </div>
            <figcaption>
                <ul class="legenda">{legenda}</ul>
                <p id=alt_id class="grafiek-tekst">{beschrijving}</p>
            </figcaption>
        </figure>
    }
}
