use std::time::Duration;

use leptos::prelude::*;

use super::feedback_sectie::FeedbackSectie;
use super::gesprek_sectie::GesprekSectie;
use super::opslag_status::{OpslagStatus, Status};
use super::print_samenvatting::PrintSamenvatting;
use super::slim_matrix::SlimMatrix;
use super::thema_vraag::ThemaVraag;
use super::voornemens_lijst::VoornemensLijst;
use crate::browser;
use crate::model::route::Route;
use crate::model::samenvatting::{samenvatting, Secties};
use crate::model::thema::Groep;
use crate::model::{ThemaId, Werkblad};
use crate::repo::{BewaarFout, IndexItem, OpslagFout};
use crate::state::{uitleg_bewaarfout, werkbladen, CONFLICT_MELDING};

/// How long typing may pause before the worksheet is saved.
const BEWAAR_NA: Duration = Duration::from_millis(500);

/// The editor page for one worksheet: loads it, shows the sections, saves every change.
#[component]
pub fn WerkbladEditor(id: String) -> impl IntoView {
    let wbs = werkbladen();
    // Changes that could not be stored earlier come back first; they are saved when there is room.
    if let Some((wb, basis)) = wbs.neem_onbewaard(&id) {
        return view! { <Editor geladen=wb onbewaard=basis /> }.into_any();
    }
    match wbs.laad(&id) {
        Ok(Some(wb)) => view! { <Editor geladen=wb /> }.into_any(),
        Ok(None) => view! {
            <h1 id="paginatitel" tabindex="-1">"Werkblad niet gevonden"</h1>
            <p>"Dit werkblad bestaat niet (meer) in deze browser. Misschien is het verwijderd, of staat het op een ander apparaat."</p>
            <p><a href=Route::Overzicht.hash()>"Naar het overzicht"</a></p>
        }
        .into_any(),
        Err(tekst) if wbs.laad_alleen_lezen(&id).is_some() => {
            let wb = wbs.laad_alleen_lezen(&id).expect("checked above");
            let inhoud = samenvatting(&wb, &Secties::default());
            view! {
                <p class="terug"><a href=Route::Overzicht.hash()>"← Alle werkbladen"</a></p>
                <h1 id="paginatitel" tabindex="-1">"Werkblad (alleen lezen)"</h1>
                <p class="melding waarschuwing" role="status">{tekst}</p>
                <PrintSamenvatting samenvatting=Signal::stored(inhoud) />
            }
            .into_any()
        }
        Err(tekst) => view! {
            <h1 id="paginatitel" tabindex="-1">"Werkblad kan niet worden geopend"</h1>
            <p class="melding fout" role="alert">{tekst}</p>
            <p><a href=Route::Overzicht.hash()>"Naar het overzicht"</a></p>
        }
        .into_any(),
    }
}

/// `onbewaard`: the worksheet comes from memory with changes not yet stored, based on this
/// stored revision.
#[component]
fn Editor(geladen: Werkblad, #[prop(optional)] onbewaard: Option<u64>) -> impl IntoView {
    let wbs = werkbladen();
    let id = geladen.id.clone();
    // The revision this tab last loaded or saved; kept outside the signal so that a save
    // never writes the signal it was triggered by.
    let revisie = StoredValue::new(onbewaard.unwrap_or(geladen.revisie));
    let wb = RwSignal::new(geladen);
    let status = RwSignal::new(if wbs.opslag_werkt {
        Status::Opgeslagen
    } else {
        Status::Geheugen
    });
    let gewijzigd = StoredValue::new(onbewaard.is_some());
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    let conflict = RwSignal::new(None::<Werkblad>);

    // Another tab saved first while this one has changes: the user chooses which to keep.
    let meld_conflict = move |ander: Werkblad| {
        status.set(Status::Fout(CONFLICT_MELDING.to_string()));
        conflict.set(Some(ander));
    };

    let bewaar_nu = move || {
        if let Some(t) = timer.try_update_value(Option::take).flatten() {
            t.clear();
        }
        if !gewijzigd.try_get_value().unwrap_or(false) {
            return;
        }
        let Some(mut kopie) = wb.try_get_untracked() else {
            return;
        };
        kopie.revisie = revisie.get_value();
        match wbs.bewaar(&mut kopie) {
            Ok(()) => {
                revisie.set_value(kopie.revisie);
                gewijzigd.set_value(false);
                status.set(if wbs.opslag_werkt {
                    Status::Opgeslagen
                } else {
                    Status::Geheugen
                });
            }
            Err(BewaarFout::Conflict { opgeslagen }) => meld_conflict(*opgeslagen),
            // The edit stays in memory and is retried on the next change.
            Err(e) => status.set(status_na_fout(&e)),
        }
    };

    // A version taken over from another tab must not be saved back as if typed here.
    let overgenomen = StoredValue::new(false);

    // Every change schedules a save; the first run only subscribes.
    Effect::new(move |eerder: Option<()>| {
        wb.track();
        if overgenomen.get_value() {
            overgenomen.set_value(false);
            return;
        }
        if eerder.is_some() {
            gewijzigd.set_value(true);
            if !matches!(
                status.get_untracked(),
                Status::Fout(_) | Status::Geheugen | Status::Vol
            ) {
                status.set(Status::Bezig);
            }
            if let Some(t) = timer.try_update_value(Option::take).flatten() {
                t.clear();
            }
            if let Ok(t) = set_timeout_with_handle(bewaar_nu, BEWAAR_NA) {
                timer.set_value(Some(t));
            }
        }
    });

    // Another tab saved this worksheet. Nothing typed here yet: follow it. Typed here too:
    // let the user choose, at once rather than at our next save.
    let eigen_key = crate::repo::wb_key(&id);
    Effect::new(move |_| {
        let Some((key, nieuw)) = wbs.extern_gewijzigd.get() else {
            return;
        };
        if key != eigen_key {
            return;
        }
        let Some(ander) = nieuw
            .as_deref()
            .and_then(|raw| crate::repo::lees_werkblad(raw).ok())
        else {
            return;
        };
        if ander.revisie <= revisie.get_value() {
            return;
        }
        if gewijzigd.get_value() {
            meld_conflict(ander);
        } else {
            revisie.set_value(ander.revisie);
            overgenomen.set_value(true);
            wb.set(ander);
        }
    });

    // Leaving the page, switching tabs, or leaving the editor: save what is pending.
    let weg = window_event_listener_untyped("pagehide", move |_| bewaar_nu());
    // Sent by the update banner just before the new version takes over.
    let nu_bewaren =
        window_event_listener_untyped(crate::browser::EVENT_BEWAAR_NU, move |_| bewaar_nu());
    // Tell the rest of the app when this tab holds work that is not stored.
    Effect::new(move |_| {
        let niet_bewaard = matches!(status.get(), Status::Fout(_) | Status::Vol);
        wbs.onopgeslagen.set(niet_bewaard);
    });
    let verborgen = window_event_listener_untyped("visibilitychange", move |_| bewaar_nu());
    if onbewaard.is_some() {
        // Try again now; if the store is still full, the status says so.
        request_animation_frame(bewaar_nu);
    }
    on_cleanup(move || {
        bewaar_nu();
        // Still not stored (full store): keep it in memory rather than lose it.
        if gewijzigd.try_get_value().unwrap_or(false) {
            if let Some(w) = wb.try_get_untracked() {
                wbs.bewaar_later(w, revisie.get_value());
            }
        }
        weg.remove();
        verborgen.remove();
        nu_bewaren.remove();
        wbs.onopgeslagen.set(false);
    });

    // A memo, not a derived signal: every field's privacy check reads it, and must not re-run
    // on each keystroke elsewhere in the worksheet.
    let gespreksdatum = Memo::new(move |_| wb.with(|w| w.gesprek.datum.clone()));
    provide_context(super::privacy_hint::GespreksDatum(gespreksdatum.into()));

    let titel = Memo::new(move |_| wb.with(|w| IndexItem::van(w).weergavenaam()));
    Effect::new(move |_| browser::zet_titel(&format!("{} – Werkblad", titel.get())));

    let vervolg = move |_| {
        bewaar_nu();
        let nieuw = wbs.vervolg(&wb.get_untracked());
        browser::zet_hash(&Route::Werkblad(nieuw.id).hash());
    };

    let houd_mijn_versie = move |_| {
        if let Some(ander) = conflict.get_untracked() {
            // Keep the other tab's version as a copy, then save ours over it.
            let mut kopie = ander.clone();
            kopie.id = crate::repo::nieuw_id(browser::nu_ms(), browser::willekeurig());
            kopie.revisie = 0;
            kopie.gesprek.label =
                format!("{} (versie uit ander tabblad)", kopie.gesprek.label.trim());
            // Never drop a version: without room for the copy, nothing is overwritten.
            if let Err(e) = wbs.bewaar(&mut kopie) {
                status.set(status_na_fout(&e));
                return;
            }
            revisie.set_value(ander.revisie);
            conflict.set(None);
            gewijzigd.set_value(true);
            bewaar_nu();
        }
    };
    let neem_andere_versie = move |_| {
        if let Some(ander) = conflict.get_untracked() {
            let mut mijn = wb.get_untracked();
            mijn.id = crate::repo::nieuw_id(browser::nu_ms(), browser::willekeurig());
            mijn.revisie = 0;
            mijn.gesprek.label = format!("{} (mijn versie)", mijn.gesprek.label.trim());
            if let Err(e) = wbs.bewaar(&mut mijn) {
                status.set(status_na_fout(&e));
                return;
            }
            revisie.set_value(ander.revisie);
            gewijzigd.set_value(false);
            conflict.set(None);
            overgenomen.set_value(true);
            wb.set(ander);
            gewijzigd.set_value(false);
            status.set(Status::Opgeslagen);
        }
    };

    let mut nummer = 0;
    let mut groepen: Vec<(Groep, Vec<(usize, ThemaId)>)> = Vec::new();
    for t in ThemaId::ALLE {
        nummer += 1;
        match groepen.last_mut() {
            Some((g, lijst)) if *g == t.groep() => lijst.push((nummer, t)),
            _ => groepen.push((t.groep(), vec![(nummer, t)])),
        }
    }
    let themas = groepen
        .into_iter()
        .map(|(groep, lijst)| {
            view! {
                <div class="themagroep">
                    <h3 class="groepkop">{groep.naam()}</h3>
                    {lijst.into_iter().map(|(n, t)| view! { <ThemaVraag wb=wb thema=t nummer=n /> }).collect_view()}
                </div>
            }
        })
        .collect_view();

    let secties = [
        ("sectie-gesprek", "1. Het gesprek"),
        ("sectie-themas", "2. Thema's"),
        ("sectie-feedback", "3. Cliëntfeedback"),
        ("sectie-slim", "4. Interventielogica (SLIM)"),
        ("sectie-voornemens", "5. Voornemens"),
    ];

    view! {
        <div class="editor-kop">
            <p class="terug"><a href=Route::Overzicht.hash()>"← Alle werkbladen"</a></p>
            <h1 id="paginatitel" tabindex="-1">{move || format!("Werkblad: {}", titel.get())}</h1>
            <OpslagStatus
                status=status
                bij_exporteer=Callback::new(move |()| {
                    wbs.exporteer_alles(Some(wb.get_untracked()));
                })
            />
            <div class="acties">
                <a class="knop" href=Route::Afdrukken(id.clone()).hash()>"Afdrukken"</a>
                <button type="button" on:click=vervolg>"Nieuw vervolggesprek"</button>
            </div>
        </div>
        <Show when=move || conflict.with(Option::is_some)>
            <div class="melding fout" role="alert">
                <p>"Dit werkblad is intussen in een ander tabblad gewijzigd. Welke versie wil je houden? De andere wordt als kopie bewaard, dus er gaat niets verloren."</p>
                <div class="knoppen">
                    <button type="button" on:click=houd_mijn_versie>"Mijn versie houden"</button>
                    <button type="button" on:click=neem_andere_versie>"Versie uit het andere tabblad nemen"</button>
                </div>
            </div>
        </Show>
        <nav class="sectienav" aria-label="Onderdelen van het werkblad">
            <ol>
                {secties
                    .into_iter()
                    .map(|(doel, naam)| view! {
                        <li>
                            <button type="button" class="link-knop" on:click=move |_| browser::focus(doel)>{naam}</button>
                        </li>
                    })
                    .collect_view()}
            </ol>
        </nav>
        <GesprekSectie wb=wb />
        <section class="sectie" aria-labelledby="sectie-themas">
            <h2 id="sectie-themas" tabindex="-1">"2. Thema's"</h2>
            <p class="intro">"Beantwoord de vragen terwijl of nadat je de opname terugkijkt. Het gaat om je eigen manier van werken, niet om een oordeel over de cliënt."</p>
            <details class="uitleg">
                <summary>"Twee manieren van kijken"</summary>
                <h3>"Boven en onder de waterlijn"</h3>
                <p>{crate::model::uitleg::WATERLIJN}</p>
                <h3>"Gespreksniveaus"</h3>
                <p>{crate::model::uitleg::GESPREKSNIVEAUS}</p>
            </details>
            {themas}
        </section>
        <FeedbackSectie wb=wb />
        <SlimMatrix wb=wb />
        <VoornemensLijst wb=wb />
        <p class="onderaan"><a href=Route::Overzicht.hash()>"← Terug naar alle werkbladen"</a></p>
    }
}

/// The save status after a failed save (other than a conflict).
fn status_na_fout(e: &BewaarFout) -> Status {
    match e {
        BewaarFout::Opslag(OpslagFout::Vol) => Status::Vol,
        e => Status::Fout(uitleg_bewaarfout(e)),
    }
}
