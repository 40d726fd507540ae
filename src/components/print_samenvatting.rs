use leptos::prelude::*;

use crate::model::samenvatting::{Regel, Samenvatting};

/// The printable summary of one worksheet (or a blank form). All user text is rendered as
/// text nodes; line breaks are kept by CSS (`white-space: pre-wrap`).
#[component]
pub fn PrintSamenvatting(#[prop(into)] samenvatting: Signal<Samenvatting>) -> impl IntoView {
    view! {
        <article class="afdruk" aria-label="Afdrukvoorbeeld">
            {move || werkblad(samenvatting.get())}
        </article>
    }
}

/// The full worksheet as it goes on paper: on its own, or after the bespreekblad (the print
/// view puts both in one article).
pub fn werkblad(s: Samenvatting) -> impl IntoView {
    view! {
        <div class="werkblad-volledig">
            <h2 class="afdruk-titel">{s.titel}</h2>
            {(!s.kopregels.is_empty()).then(|| view! { <dl class="kopregels">{s.kopregels.into_iter().map(regel).collect_view()}</dl> })}
            {s
                .blokken
                .into_iter()
                .map(|blok| {
                    // Questions sit one level below the group headings, or right below the block.
                    let met_groepen = blok.onderdelen.iter().any(|o| o.tussenkop.is_some());
                    view! {
                        <section class="afdruk-blok">
                            <h3 class="blok-kop">{blok.kop}</h3>
                            {blok
                                .onderdelen
                                .into_iter()
                                .map(|o| view! {
                                    {o.tussenkop.map(|t| view! { <h4 class="tussenkop">{t}</h4> })}
                                    <div class="vraag-blok">
                                        {if met_groepen {
                                            view! { <h5 class="vraag-kop">{o.kop}</h5> }.into_any()
                                        } else {
                                            view! { <h4 class="vraag-kop">{o.kop}</h4> }.into_any()
                                        }}
                                        <dl>{o.regels.into_iter().map(regel).collect_view()}</dl>
                                    </div>
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// One labelled value, with lines to write on for the paper form.
pub fn regel(r: Regel) -> impl IntoView {
    let lijnen = r.invulregels;
    view! {
        <div class="regel">
            <dt>{r.kop()}</dt>
            <dd>
                {r.tekst}
                {(lijnen > 0).then(|| (0..lijnen).map(|_| view! { <span class="invulregel" aria-hidden="true"></span> }).collect_view())}
            </dd>
        </div>
    }
}
