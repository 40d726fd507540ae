use leptos::prelude::*;

use super::keuze_groep::{vinkje, KeuzeGroep};
use super::lens::{lees, lens};
use super::tekst_veld::TekstVeld;
use super::toon::toon;
use crate::model::sorteer::sorteer_op;
use crate::model::{GesprekSoort, Rol};
use crate::state::Bewerking;

/// Section 1: the context of the conversation.
#[component]
pub fn GesprekSectie(bw: Bewerking) -> impl IntoView {
    let (datum, zet_datum) = lens(bw, |w| w.gesprek.datum.clone(), |w, v| w.gesprek.datum = v);
    let (label, zet_label) = lens(bw, |w| w.gesprek.label.clone(), |w, v| w.gesprek.label = v);
    let (soort, zet_soort) = lens(bw, |w| w.gesprek.soort, |w, v| w.gesprek.soort = v);
    let (soort_anders, zet_soort_anders) = lens(
        bw,
        |w| w.gesprek.soort_anders.clone(),
        |w, v| w.gesprek.soort_anders = v,
    );
    let (aanwezig, zet_aanwezig) = lens(
        bw,
        |w| w.gesprek.aanwezig.clone(),
        |w, v| w.gesprek.aanwezig = v,
    );
    let (aanwezig_anders, zet_aanwezig_anders) = lens(
        bw,
        |w| w.gesprek.aanwezig_anders.clone(),
        |w, v| w.gesprek.aanwezig_anders = v,
    );
    let (doel, zet_doel) = lens(bw, |w| w.gesprek.doel.clone(), |w, v| w.gesprek.doel = v);
    let (inbreng, zet_inbreng) = lens(
        bw,
        |w| w.gesprek.inbreng.clone(),
        |w, v| w.gesprek.inbreng = v,
    );
    let (video, zet_video) = lens(bw, |w| w.gesprek.video, |w, v| w.gesprek.video = v);
    let (toestemming, zet_toestemming) = lens(
        bw,
        |w| w.gesprek.opname.toestemming,
        |w, v| w.gesprek.opname.toestemming = v,
    );
    let (toestemming_datum, zet_toestemming_datum) = lens(
        bw,
        |w| w.gesprek.opname.toestemming_datum.clone(),
        |w, v| w.gesprek.opname.toestemming_datum = v,
    );
    let (wissen_op, zet_wissen_op) = lens(
        bw,
        |w| w.gesprek.opname.wissen_op.clone(),
        |w, v| w.gesprek.opname.wissen_op = v,
    );
    let (gewist, zet_gewist) = lens(
        bw,
        |w| w.gesprek.opname.gewist,
        |w, v| w.gesprek.opname.gewist = v,
    );

    let rollen = Rol::ALLE
        .into_iter()
        .map(|rol| {
            let kies = Callback::new(move |aan: bool| {
                let mut lijst: Vec<Rol> = aanwezig
                    .get_untracked()
                    .into_iter()
                    .filter(|r| *r != rol)
                    .collect();
                if aan {
                    lijst.push(rol);
                    sorteer_op(&mut lijst, |r| Rol::ALLE.iter().position(|x| x == r));
                }
                zet_aanwezig.run(lijst);
            });
            vinkje(
                format!("aanwezig-{rol:?}").to_ascii_lowercase(),
                rol.naam(),
                lees(bw, move |w| w.gesprek.aanwezig.contains(&rol)).into(),
                kies,
            )
        })
        .collect_view();

    view! {
        <section class="sectie" aria-labelledby="sectie-gesprek">
            <h2 id="sectie-gesprek" tabindex="-1">"1. Het gesprek"</h2>
            {datum_veld("gesprek-datum", "Datum van het gesprek", None, datum, zet_datum)}
            <TekstVeld
                id="gesprek-label"
                label="Label (code of initialen)"
                hint="Gebruik een code of initialen, nooit een naam. Zo is niet te herleiden over wie \
                      het gaat als iemand anders dit ziet of als het papier blijft liggen."
                regel=true
                waarde=label
                bij_invoer=zet_label
            />
            <div class="veld">
                <label for="gesprek-soort">"Soort gesprek"</label>
                <select
                    id="gesprek-soort"
                    prop:value=move || soort.get().map(GesprekSoort::code).unwrap_or("")
                    on:change=move |ev| zet_soort.run(GesprekSoort::van_code(&event_target_value(&ev)))
                >
                    <option value="">"Kies een soort gesprek"</option>
                    {GesprekSoort::ALLE
                        .into_iter()
                        .map(|s| view! { <option value=s.code()>{s.naam()}</option> })
                        .collect_view()}
                </select>
            </div>
            {toon(move || soort.get() == Some(GesprekSoort::Anders), move || view! {
                <TekstVeld
                    id="gesprek-soort-anders"
                    label="Welk soort gesprek?"
                    regel=true
                    waarde=soort_anders
                    bij_invoer=zet_soort_anders
                />
            })}
            <fieldset class="keuzegroep">
                <legend>"Wie waren erbij? (rollen, geen namen)"</legend>
                {rollen}
            </fieldset>
            <TekstVeld
                id="gesprek-aanwezig-anders"
                label="Anderen die erbij waren (rol)"
                regel=true
                waarde=aanwezig_anders
                bij_invoer=zet_aanwezig_anders
            />
            <TekstVeld
                id="gesprek-doel"
                label="Doel van het gesprek"
                hint="Wat wilde je vooraf met dit gesprek bereiken?"
                waarde=doel
                bij_invoer=zet_doel
            />
            <TekstVeld
                id="gesprek-inbreng"
                label="Waarom breng je dit gesprek in?"
                hint="Wat wil je ervan leren?"
                waarde=inbreng
                bij_invoer=zet_inbreng
            />
            <KeuzeGroep
                naam="gesprek-video"
                legend="Is het gesprek opgenomen, met toestemming van de cliënt?"
                opties=vec![(true, "Ja, met toestemming".to_string()), (false, "Nee".to_string())]
                gekozen=video
                bij_keuze=zet_video
                naast_elkaar=true
            />
            {toon(move || video.get() == Some(true), move || view! {
                <fieldset class="opname-afspraken">
                    <legend>"Toestemming en verwijderen van de opname"</legend>
                    <KeuzeGroep
                        naam="opname-toestemming"
                        legend="Heeft de cliënt toestemming gegeven voor de opname?"
                        opties=vec![(true, "Ja".to_string()), (false, "Nee".to_string())]
                        gekozen=toestemming
                        bij_keuze=zet_toestemming
                        naast_elkaar=true
                    />
                    {datum_veld(
                        "opname-toestemming-datum",
                        "Datum van de toestemming",
                        None,
                        toestemming_datum,
                        zet_toestemming_datum,
                    )}
                    {datum_veld(
                        "opname-wissen-op",
                        "Opname verwijderen op",
                        Some(
                            "De datum die je met de cliënt afsprak. Vanaf die dag herinnert het overzicht je eraan. De app kan de opname niet zelf verwijderen: het bestand staat op je apparaat, niet in de app. Verwijder het zelf, ook uit de prullenbak.",
                        ),
                        wissen_op,
                        zet_wissen_op,
                    )}
                    {vinkje("opname-gewist".to_string(), "De opname is verwijderd", gewist.into(), zet_gewist)}
                </fieldset>
            })}
        </section>
    }
}

/// A date field with its label and, if given, a hint it is described by: three in this
/// section, one view in the wasm (issue 14).
fn datum_veld(
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    waarde: Memo<String>,
    bij_invoer: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="veld">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <input
                type="date"
                id=id
                spellcheck="false"
                aria-describedby=hint.map(|_| hint_id)
                prop:value=waarde
                on:input=move |ev| bij_invoer.run(event_target_value(&ev))
            />
        </div>
    }
}
