use leptos::prelude::*;

use super::keuze_groep::KeuzeGroep;
use super::lens::{lees, lens};
use super::momenten_lijst::MomentenLijst;
use super::tekst_veld::TekstVeld;
use super::thema_tips::ThemaTips;
use crate::model::thema::Interacties;
use crate::model::{Schaal, ThemaId};
use crate::state::Bewerking;

/// One theme question: the small answer scale, observations, moments, and help on demand.
#[component]
pub fn ThemaVraag(bw: Bewerking, thema: ThemaId, nummer: usize) -> impl IntoView {
    let basis = thema.html_id();
    let (antwoord, zet_antwoord) = lens(
        bw,
        move |w| w.thema(thema).antwoord,
        move |w, v| w.thema_mut(thema).antwoord = v,
    );
    let (observaties, zet_observaties) = lens(
        bw,
        move |w| w.thema(thema).observaties.clone(),
        move |w, v| w.thema_mut(thema).observaties = v,
    );
    let uitleg = thema.uitleg();
    let interacties = match thema.interacties() {
        Interacties::Alle => "alle interacties".to_string(),
        Interacties::Enkele(nrs) => {
            let nrs: Vec<String> = nrs.iter().map(u8::to_string).collect();
            format!("interacties {}", nrs.join(", "))
        }
    };
    // Which tips are already intentions.
    let voornemens = lees(bw, |w| {
        w.voornemens
            .iter()
            .map(|v| v.tekst.clone())
            .collect::<Vec<_>>()
    });
    let kies_tip = Callback::new(move |tip: String| {
        bw.wijzig(|w| {
            w.voeg_voornemen_toe(tip);
        })
    });
    let kop_id = format!("{basis}-vraag");
    let labelled_by = kop_id.clone();
    let opties = Schaal::ALLE
        .iter()
        .map(|s| (*s, s.naam().to_string()))
        .collect();

    view! {
        <section class="thema" aria-labelledby=labelled_by id=basis.clone()>
            <h4 id=kop_id class="vraag">
                <span class="nummer">{format!("{nummer}. ")}</span>
                {thema.vraag()}
            </h4>
            <details class="uitleg">
                <summary>"Waarom belangrijk?"</summary>
                <p>{uitleg.waarom}</p>
                <p><strong>"Let bij het terugkijken op: "</strong>{uitleg.kijkvraag}</p>
                <p class="bron">{format!("Voorbeelden uit de methode ({interacties}):")}</p>
                <ul>
                    {uitleg
                        .voorbeelden
                        .iter()
                        .map(|v| view! { <li><strong>{format!("Interactie {}: ", v.interactie)}</strong>{v.tekst}</li> })
                        .collect_view()}
                </ul>
                <ThemaTips thema=thema voornemens=voornemens bij_kies=kies_tip />
            </details>
            <KeuzeGroep
                naam=format!("{basis}-antwoord")
                legend=format!("Antwoord op vraag {nummer}")
                opties=opties
                gekozen=antwoord
                bij_keuze=zet_antwoord
                wisbaar=true
                naast_elkaar=true
            />
            <TekstVeld
                id=format!("{basis}-observaties")
                label="Wat zag en hoorde je? (observaties)"
                waarde=observaties
                bij_invoer=zet_observaties
            />
            <MomentenLijst bw=bw thema=thema />
        </section>
    }
}
