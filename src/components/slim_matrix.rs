use leptos::prelude::*;

use super::keuze_groep::KeuzeGroep;
use super::lens::{lees, lens};
use super::tekst_veld::TekstVeld;
use crate::model::uitleg;
use crate::model::SlimN;
use crate::state::Bewerking;

/// Section 4: the SLIM model. Four choices, the matrix for reference, and the outcome in words.
#[component]
pub fn SlimMatrix(bw: Bewerking) -> impl IntoView {
    let (zelfbeeld, zet_zelfbeeld) = lens(bw, |w| w.slim.zelfbeeld, |w, v| w.slim.zelfbeeld = v);
    let (mensbeeld, zet_mensbeeld) = lens(bw, |w| w.slim.mensbeeld, |w, v| w.slim.mensbeeld = v);
    let (rol, zet_rol) = lens(bw, |w| w.slim.rol, |w, v| w.slim.rol = v);
    let (traject, zet_traject) = lens(bw, |w| w.slim.traject, |w, v| w.slim.traject = v);
    let (toelichting, zet_toelichting) = lens(
        bw,
        |w| w.slim.toelichting.clone(),
        |w, v| w.slim.toelichting = v,
    );
    let uitkomst = lees(bw, |w| w.slim.uitkomst().in_woorden());

    let groep = |naam: &'static str,
                 legend: &'static str,
                 tekst: fn(SlimN) -> &'static str,
                 gekozen: Memo<Option<SlimN>>,
                 zet: Callback<Option<SlimN>>| {
        let opties = SlimN::ALLE
            .iter()
            .map(|n| (*n, format!("{}. {}", n.nummer(), tekst(*n))))
            .collect();
        view! {
            <KeuzeGroep
                naam=naam
                legend=legend
                opties=opties
                gekozen=gekozen
                bij_keuze=zet
                wisbaar=true
            />
        }
    };

    view! {
        <section class="sectie" aria-labelledby="sectie-slim">
            <h2 id="sectie-slim" tabindex="-1">"4. Interventielogica (SLIM)"</h2>
            <p class="intro">{uitleg::SLIM_UITLEG}</p>
            <details class="uitleg">
                <summary>"Het model in één tabel"</summary>
                // Scrolls sideways on a narrow screen: focusable so a keyboard can scroll it too.
                <div class="tabel-scroll" role="region" tabindex="0" aria-labelledby="slim-tabel-titel">
                    <table class="slim-tabel">
                        <caption id="slim-tabel-titel">"Wat bij elkaar hoort: lees per regel"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Nr."</th>
                                <th scope="col">"Zelfbeeld van de cliënt"</th>
                                <th scope="col">"Rol van de klantmanager"</th>
                                <th scope="col">"Trajectlogica"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {SlimN::ALLE
                                .iter()
                                .map(|n| view! {
                                    <tr>
                                        <th scope="row">{n.nummer()}</th>
                                        <td>{n.zelfbeeld()}</td>
                                        <td>{n.rol()}</td>
                                        <td>{n.traject()}</td>
                                    </tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
                <p>{uitleg::SLIM_ASSEN}</p>
            </details>
            {groep("slim-zelfbeeld", "Hoe ziet de cliënt zichzelf?", SlimN::zelfbeeld, zelfbeeld, zet_zelfbeeld)}
            {groep(
                "slim-mensbeeld",
                "Van welk beeld van de cliënt ging ik uit?",
                SlimN::zelfbeeld,
                mensbeeld,
                zet_mensbeeld,
            )}
            {groep("slim-rol", "Welke rol nam ik?", SlimN::rol, rol, zet_rol)}
            {groep("slim-traject", "Welke trajectlogica volgde ik?", SlimN::traject, traject, zet_traject)}
            <div class="uitkomst" role="status" aria-live="polite">
                <h3>"Uitkomst"</h3>
                <p>{uitkomst}</p>
            </div>
            <TekstVeld
                id="slim-toelichting"
                label="Waaraan merk je dat? (toelichting)"
                waarde=toelichting
                bij_invoer=zet_toelichting
            />
        </section>
    }
}
