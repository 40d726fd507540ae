use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::opslag_meter::OpslagMeter;
use crate::browser::{self, LeesBestandFout};
use crate::model::privacy::controleer_werkblad;
use crate::model::uitwisseling::{
    bestandsnaam_alle, lees_import, plan, werkbladen as aantal, ImportFout, ImportPlan, MAX_BESTAND,
};
use crate::state::werkbladen;

/// Back-up: export all worksheets to a file, and import one with a preview and a confirm.
#[component]
pub fn BackupSectie() -> impl IntoView {
    let wbs = werkbladen();
    // An import may replace worksheets under the same ids: the search reads everything again.
    let bestand = NodeRef::<Input>::new();
    let voorstel = RwSignal::new_local(None::<ImportPlan>);
    let fout = RwSignal::new(None::<String>);
    let bericht = RwSignal::new(None::<String>);

    let laatste_export = move || match wbs.instellingen().with(|i| i.laatste_export) {
        Some(ms) => format!(
            "Laatste export: {}.",
            crate::model::datum::nl_met_tijd(browser::lokale_tijd(ms))
        ),
        None => "Je hebt nog geen export gemaakt.".to_string(),
    };

    let exporteer_alles = move |_| {
        let alle = wbs.alle();
        if alle.is_empty() {
            bericht.set(Some(
                "Er zijn nog geen werkbladen om te exporteren.".to_string(),
            ));
            return;
        }
        wbs.exporteer(&alle, &bestandsnaam_alle(&browser::vandaag_iso()), true);
        // The guard's summary before the file leaves the app: a warning, never a block.
        let met_gegevens: Vec<String> = alle
            .iter()
            .filter(|w| !controleer_werkblad(w).is_empty())
            .map(|w| crate::repo::IndexItem::van(w).weergavenaam())
            .collect();
        let mut tekst = format!("{} geëxporteerd.", aantal(alle.len()));
        if !met_gegevens.is_empty() {
            tekst.push_str(&format!(
                " Let op: in {} staan mogelijk persoonsgegevens ({}). Bewaar het bestand op een veilige plek.",
                aantal(met_gegevens.len()),
                met_gegevens.join(", ")
            ));
        }
        bericht.set(Some(tekst));
    };

    let gekozen = move |_| {
        fout.set(None);
        bericht.set(None);
        voorstel.set(None);
        let Some(input) = bestand.get() else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Choosing the same file again must fire `change` again.
        input.set_value("");
        spawn_local(async move {
            let uitkomst = match browser::lees_bestand(file, MAX_BESTAND).await {
                Err(LeesBestandFout::TeGroot(n)) => Err(ImportFout::TeGroot { bytes: n as usize }.uitleg()),
                Err(LeesBestandFout::Onleesbaar) => Err(
                    "Dit bestand kan niet worden gelezen. Kies een ander bestand. Er is niets veranderd.".to_string(),
                ),
                Ok(tekst) => lees_import(&tekst).map_err(|e| e.uitleg()),
            };
            match uitkomst {
                Ok(werkbladen) => {
                    let ids: Vec<String> = wbs
                        .index()
                        .with_untracked(|i| i.items.iter().map(|x| x.id.clone()).collect());
                    voorstel.set(Some(plan(werkbladen, &ids)));
                    request_animation_frame(|| browser::focus("import-voorstel"));
                }
                Err(tekst) => fout.set(Some(tekst)),
            }
        });
    };

    let bevestig = move |_| {
        if let Some(p) = voorstel.get_untracked() {
            let uitkomst = wbs.importeer(&p);
            match uitkomst {
                Ok(()) => bericht.set(Some(format!("Import klaar: {}", p.beschrijving()))),
                Err(e) => fout.set(Some(format!(
                    "Importeren is niet gelukt; er is niets veranderd. {}",
                    e.uitleg()
                ))),
            }
        }
        voorstel.set(None);
    };

    view! {
        <section class="backup" aria-labelledby="backup-kop">
            <h2 id="backup-kop">"Back-up"</h2>
            <p>
                "Je werkbladen staan alleen in deze browser. Als de browser zijn gegevens wist, zijn ze weg. Maak daarom regelmatig een export en bewaar het bestand op een veilige plek. Met een export kun je ook naar een ander apparaat overstappen."
            </p>
            <p class="laatste-export">{laatste_export}</p>
            {move || {
                wbs.instellingen()
                    .with(|i| i.herinnering(browser::nu_ms()))
                    .map(|h| view! { <p class="melding waarschuwing" role="status">{h}</p> })
            }}
            {move || match wbs.blijvend().get() {
                Some(true) => Some(view! { <p>"Deze browser heeft beloofd je gegevens niet zelf op te ruimen. Een export blijft toch verstandig."</p> }),
                Some(false) => Some(view! { <p>"Let op: deze browser kan je gegevens wissen als de schijf vol raakt of als je de browsergegevens wist. Maak regelmatig een export."</p> }),
                None => None,
            }}
            {browser::ios_safari_buiten_beginscherm().then(|| view! {
                <p class="melding waarschuwing">
                    "Safari op iPhone en iPad wist de gegevens van een website die je 7 dagen niet hebt gebruikt. Zet Werkblad op je beginscherm (Deel \u{2192} Zet op beginscherm) en open het vanaf daar, of maak elke week een export."
                </p>
            })}
            <OpslagMeter />
            <div class="acties">
                <button type="button" on:click=exporteer_alles>"Exporteer alles"</button>
            </div>
            <div class="veld">
                <label for="import-bestand">"Importeer een back-up (.json)"</label>
                <p class="hint" id="import-hint">"Je ziet eerst wat er verandert. Er wordt niets overschreven zonder dat je het bevestigt."</p>
                <input
                    type="file"
                    spellcheck="false"
                    id="import-bestand"
                    accept=".json,application/json"
                    aria-describedby="import-hint"
                    node_ref=bestand
                    on:change=gekozen
                />
            </div>
            <div role="alert">{move || fout.get().map(|f| view! { <p class="melding fout">{f}</p> })}</div>
            <div role="status" aria-live="polite">{move || bericht.get().map(|b| view! { <p class="melding">{b}</p> })}</div>
            {move || {
                voorstel.get().map(|p| view! {
                    <div class="melding import-voorstel" id="import-voorstel" tabindex="-1" aria-labelledby="import-voorstel-kop">
                        <h3 id="import-voorstel-kop">"Wat deze import doet"</h3>
                        <p>{p.beschrijving()}</p>
                        {p.waarschuwing().map(|w| view! { <p><strong>{w}</strong></p> })}
                        <ul>
                            {p.nieuw.iter().map(|w| view! { <li>{format!("Nieuw: {}", naam(w))}</li> }).collect_view()}
                            {p.vervangt.iter().map(|w| view! { <li>{format!("Vervangt: {}", naam(w))}</li> }).collect_view()}
                        </ul>
                        <div class="knoppen">
                            <button type="button" class="hoofdknop" on:click=bevestig>"Importeren"</button>
                            <button type="button" on:click=move |_| voorstel.set(None)>"Annuleren"</button>
                        </div>
                    </div>
                })
            }}
            // No `<Show>` (each costs its own code and memo, issue 14): the offer is only set
            // again by the next import, when the "Importeren" button that had focus is gone.
            {move || wbs.import_ongedaan().get().then(|| view! {
                <p>
                    <button type="button" class="link-knop" on:click=move |_| {
                        wbs.maak_import_ongedaan();
                    }>
                        "Laatste import ongedaan maken"
                    </button>
                </p>
            })}
        </section>
    }
}

fn naam(w: &crate::model::Werkblad) -> String {
    crate::repo::IndexItem::van(w).weergavenaam()
}
