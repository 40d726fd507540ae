use leptos::prelude::*;

use super::print_samenvatting::regel;
use crate::model::samenvatting::{
    Bespreekblad as Blad, KOLOMMEN, KOP_BESPREEK_THEMAS, KOP_BESPREEK_VOORNEMENS, KOP_BESPREKEN,
    KOP_INBRENG, KOP_UITKOMSTEN,
};

/// The bespreekblad: the first printed page, for the reflection meeting. Layout only; the model
/// (`model::samenvatting::bespreekblad`) decides every word. User text is rendered as text.
#[component]
pub fn Bespreekblad(blad: Blad) -> impl IntoView {
    let momenten = (!blad.momenten.is_empty()).then(|| {
        let rijen = blad
            .momenten
            .into_iter()
            .map(|m| {
                view! {
                    // `data-kop` repeats the column heading, for narrow screens where the
                    // rows are shown as blocks (see main.css).
                    <tr>
                        <td class="tijd" data-kop=KOLOMMEN[0]>{m.tijd}</td>
                        <td data-kop=KOLOMMEN[1]>{m.thema}</td>
                        <td data-kop=KOLOMMEN[2]>{m.wat}</td>
                        <td data-kop=KOLOMMEN[3]>{m.anders}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="bespreek-momenten" aria-labelledby="bespreek-momenten-kop">
                <thead>
                    <tr>{KOLOMMEN.map(|k| view! { <th scope="col">{k}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{rijen}</tbody>
            </table>
        }
    });
    let themas = blad
        .themas
        .into_iter()
        .map(|t| view! { <div><dt>{t.naam}</dt><dd>{t.antwoord}</dd></div> })
        .collect_view();
    view! {
        <section class="bespreekblad" aria-labelledby="bespreekblad-titel">
            <h2 id="bespreekblad-titel" class="afdruk-titel">{blad.titel}</h2>
            <dl class="bespreek-kop">{blad.kopregels.into_iter().map(regel).collect_view()}</dl>
            <div class="inbreng">
                <h3 class="bespreek-sectie">{KOP_INBRENG}</h3>
                <dl>{blad.inbreng.into_iter().map(regel).collect_view()}</dl>
            </div>
            <h3 id="bespreek-momenten-kop" class="bespreek-sectie">{KOP_BESPREKEN}</h3>
            {blad.geen_momenten.map(|t| view! { <p class="geen-momenten">{t}</p> })}
            {momenten}
            <h3 class="bespreek-sectie">{KOP_BESPREEK_THEMAS}</h3>
            <dl class="themaraster">{themas}</dl>
            {blad.themas_toelichting.map(|t| view! { <p class="toelichting">{t}</p> })}
            <h3 class="bespreek-sectie">{KOP_UITKOMSTEN}</h3>
            <dl class="uitkomsten">{blad.uitkomsten.into_iter().map(regel).collect_view()}</dl>
            <h3 class="bespreek-sectie">{KOP_BESPREEK_VOORNEMENS}</h3>
            <dl class="voornemens-kort">{blad.voornemens.into_iter().map(regel).collect_view()}</dl>
        </section>
    }
}
