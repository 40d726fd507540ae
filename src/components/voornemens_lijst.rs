use leptos::prelude::*;

use super::keuze_groep::KeuzeGroep;
use super::lens::lens;
use super::tekst_veld::TekstVeld;
use crate::browser;
use crate::model::uitleg;
use crate::model::{Schaal, Voornemen, Werkblad};

/// Section 5: intentions for the next conversation, and a look back at the previous ones.
#[component]
pub fn VoornemensLijst(wb: RwSignal<Werkblad>) -> impl IntoView {
    let aantal = Memo::new(move |_| wb.with(|w| w.voornemens.len()));
    let aantal_terug = Memo::new(move |_| wb.with(|w| w.terugblik.len()));

    let voeg_toe = move |tekst: String| {
        let nieuw = wb.with_untracked(|w| w.voornemens.len());
        wb.update(|w| {
            w.voeg_voornemen_toe(tekst);
        });
        // Focus the new field, once it is rendered.
        leptos::prelude::request_animation_frame(move || {
            browser::focus(&format!("voornemen-{nieuw}"))
        });
    };

    let rij = move |i: usize| {
        let (tekst, zet_tekst) = lens(
            wb,
            move |w| {
                w.voornemens
                    .get(i)
                    .map(|v| v.tekst.clone())
                    .unwrap_or_default()
            },
            move |w, v| {
                if let Some(x) = w.voornemens.get_mut(i) {
                    x.tekst = v
                }
            },
        );
        view! {
            <li class="voornemen">
                <TekstVeld
                    id=format!("voornemen-{i}")
                    label=format!("Voornemen {}", i + 1)
                    rijen=2
                    waarde=tekst
                    bij_invoer=zet_tekst
                />
                <button
                    type="button"
                    class="link-knop"
                    on:click=move |_| wb.update(|w| {
                        if i < w.voornemens.len() {
                            w.voornemens.remove(i);
                        }
                    })
                >
                    {format!("Voornemen {} verwijderen", i + 1)}
                </button>
            </li>
        }
    };

    let terug_rij = move |i: usize| {
        let voornemen = Memo::new(move |_| {
            wb.with(|w| {
                w.terugblik
                    .get(i)
                    .map(|t| t.voornemen.clone())
                    .unwrap_or_default()
            })
        });
        let (geprobeerd, zet_geprobeerd) = lens(
            wb,
            move |w| w.terugblik.get(i).and_then(|t| t.geprobeerd),
            move |w, v| {
                if let Some(t) = w.terugblik.get_mut(i) {
                    t.geprobeerd = v
                }
            },
        );
        let (gebeurd, zet_gebeurd) = lens(
            wb,
            move |w| {
                w.terugblik
                    .get(i)
                    .map(|t| t.wat_gebeurde.clone())
                    .unwrap_or_default()
            },
            move |w, v| {
                if let Some(t) = w.terugblik.get_mut(i) {
                    t.wat_gebeurde = v
                }
            },
        );
        let opties = vec![
            ("ja", "Ja".to_string()),
            ("deels", "Deels".to_string()),
            ("nee", "Nee".to_string()),
        ];
        view! {
            <li class="terugblik">
                <p class="eerder">{move || format!("Eerder voornemen: {}", voornemen.get())}</p>
                <KeuzeGroep
                    naam=format!("terugblik-{i}")
                    legend=format!("Heb je voornemen {} geprobeerd?", i + 1)
                    opties=opties
                    gekozen=Signal::derive(move || match geprobeerd.get() {
                        Some(Schaal::Ja) => Some("ja"),
                        Some(Schaal::Deels) => Some("deels"),
                        Some(Schaal::Nee) => Some("nee"),
                        _ => None,
                    })
                    bij_keuze=Callback::new(move |k: Option<&'static str>| zet_geprobeerd.run(match k {
                        Some("ja") => Some(Schaal::Ja),
                        Some("deels") => Some(Schaal::Deels),
                        Some("nee") => Some(Schaal::Nee),
                        _ => None,
                    }))
                    naast_elkaar=true
                    wisbaar=true
                />
                <TekstVeld
                    id=format!("terugblik-{i}-gebeurd")
                    label="Wat gebeurde er?"
                    rijen=2
                    waarde=gebeurd
                    bij_invoer=zet_gebeurd
                />
            </li>
        }
    };

    view! {
        <section class="sectie" aria-labelledby="sectie-voornemens">
            <h2 id="sectie-voornemens" tabindex="-1">"5. Voornemens"</h2>
            <Show when=move || { aantal_terug.get() > 0 }>
                <h3>"Terugblik op je vorige voornemens"</h3>
                <ul class="terugblik-lijst">
                    <For each=move || 0..aantal_terug.get() key=|i| *i children=terug_rij />
                </ul>
            </Show>
            <h3>"Wat neem je mee naar het volgende gesprek?"</h3>
            <p class="intro">"Schrijf concreet op wat je de volgende keer anders wilt doen."</p>
            <Show
                when=move || { aantal.get() > 0 }
                fallback=|| view! { <p class="leeg">"Nog geen voornemens."</p> }
            >
                <ol class="voornemens">
                    <For each=move || 0..aantal.get() key=|i| *i children=rij />
                </ol>
            </Show>
            <button type="button" on:click=move |_| voeg_toe(String::new())>"Voornemen toevoegen"</button>
            <details class="uitleg">
                <summary>"Ideeën uit de methode"</summary>
                <ul class="tips">
                    {uitleg::VOORNEMEN_TIPS
                        .iter()
                        .map(|tip| view! {
                            <li>
                                <span>{*tip}</span>
                                " "
                                <button
                                    type="button"
                                    class="link-knop"
                                    aria-label=format!("Toevoegen: {tip}")
                                    on:click=move |_| voeg_toe(tip.to_string())
                                >
                                    "Toevoegen"
                                </button>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </details>
        </section>
    }
}
