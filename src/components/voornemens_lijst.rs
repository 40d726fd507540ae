use leptos::prelude::*;

use super::keuze_groep::KeuzeGroep;
use super::lens::{lees, lens};
use super::tekst_veld::TekstVeld;
use super::toon::{toon, toon_of, toon_per_id};
use crate::browser;
use crate::model::uitleg;
use crate::model::{Schaal, Werkblad};
use crate::state::Bewerking;

/// Section 5: intentions for the next conversation, and a look back at the previous ones.
#[component]
pub fn VoornemensLijst(bw: Bewerking) -> impl IntoView {
    let ids = lees(bw, |w| {
        w.voornemens
            .iter()
            .map(|v| v.id.clone())
            .collect::<Vec<_>>()
    });
    let aantal_terug = lees(bw, |w| w.terugblik.len());

    let voeg_toe = move |tekst: String| {
        let mut nieuw = String::new();
        bw.wijzig(|w| nieuw = w.voeg_voornemen_toe(tekst));
        // Focus the new field, once it is rendered.
        leptos::prelude::request_animation_frame(move || {
            browser::focus(&format!("voornemen-{nieuw}"))
        });
    };

    let rij = move |id: String| {
        let zoek = {
            let id = id.clone();
            move |w: &Werkblad| w.voornemens.iter().position(|v| v.id == id)
        };
        let (tekst, zet_tekst) = lens(
            bw,
            {
                let zoek = zoek.clone();
                move |w| {
                    zoek(w)
                        .map(|i| w.voornemens[i].tekst.clone())
                        .unwrap_or_default()
                }
            },
            {
                let zoek = zoek.clone();
                move |w, v| {
                    if let Some(i) = zoek(w) {
                        w.voornemens[i].tekst = v
                    }
                }
            },
        );
        // "Voornemen 2": the label follows the place in the list as others are removed.
        let naam = lees(bw, {
            let zoek = zoek.clone();
            move |w| format!("Voornemen {}", zoek(w).unwrap_or(0) + 1)
        });
        view! {
            <li class="voornemen">
                <TekstVeld
                    id=format!("voornemen-{id}")
                    label=naam
                    rijen=2
                    waarde=tekst
                    bij_invoer=zet_tekst
                />
                <button
                    type="button"
                    class="link-knop"
                    on:click=move |_| bw.wijzig(|w| {
                        if let Some(i) = zoek(w) {
                            w.voornemens.remove(i);
                        }
                    })
                >
                    {move || format!("{} verwijderen", naam.get())}
                </button>
            </li>
        }
    };

    let terug_rij = move |i: usize| {
        let voornemen = lees(bw, move |w| {
            w.terugblik
                .get(i)
                .map(|t| t.voornemen.clone())
                .unwrap_or_default()
        });
        let (geprobeerd, zet_geprobeerd) = lens(
            bw,
            move |w| w.terugblik.get(i).and_then(|t| t.geprobeerd),
            move |w, v| {
                if let Some(t) = w.terugblik.get_mut(i) {
                    t.geprobeerd = v
                }
            },
        );
        let (gebeurd, zet_gebeurd) = lens(
            bw,
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
            (Schaal::Ja, "Ja".to_string()),
            (Schaal::Deels, "Deels".to_string()),
            (Schaal::Nee, "Nee".to_string()),
        ];
        view! {
            <li class="terugblik">
                <p class="eerder">{move || format!("Eerder voornemen: {}", voornemen.get())}</p>
                <KeuzeGroep
                    naam=format!("terugblik-{i}")
                    legend=format!("Heb je voornemen {} geprobeerd?", i + 1)
                    opties=opties
                    gekozen=geprobeerd
                    bij_keuze=zet_geprobeerd
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
            {toon(move || { aantal_terug.get() > 0 }, move || view! {
                <h3>"Terugblik op je vorige voornemens"</h3>
                <ul class="terugblik-lijst">
                    // Not a keyed <For>: the look-back only changes when the whole worksheet does
                    // (another tab's version taken), and a plain list is less code (issue 14).
                    {move || (0..aantal_terug.get()).map(terug_rij).collect_view()}
                </ul>
            })}
            <h3>"Wat neem je mee naar het volgende gesprek?"</h3>
            <p class="intro">"Schrijf concreet op wat je de volgende keer anders wilt doen."</p>
            {toon_of(
                move || ids.with(|i| !i.is_empty()),
                move || view! {
                    <ol class="voornemens">
                        {toon_per_id(ids, rij)}
                    </ol>
                },
                || view! { <p class="leeg">"Nog geen voornemens."</p> },
            )}
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
