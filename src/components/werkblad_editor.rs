use leptos::prelude::*;

use super::feedback_sectie::FeedbackSectie;
use super::gesprek_sectie::GesprekSectie;
use super::lens::lees;
use super::opname_speler::OpnameSpeler;
use super::opslag_status::OpslagStatus;
use super::print_samenvatting::PrintSamenvatting;
use super::slim_matrix::SlimMatrix;
use super::thema_vraag::ThemaVraag;
use super::toon::toon;
use super::traject_link::TrajectLink;
use super::voornemens_lijst::VoornemensLijst;
use crate::browser;
use crate::model::route::Route;
use crate::model::samenvatting::{samenvatting, Secties};
use crate::model::thema::Groep;
use crate::model::ThemaId;
use crate::repo::IndexItem;
use crate::state::{uitleg_laadfout, werkbladen, Bewerking, Open, Status};

/// The editor page for one worksheet: opens it and shows the sections. Saving, conflicts and
/// other tabs are the edit state's business (`state::Bewerking`).
#[component]
pub fn WerkbladEditor(id: String) -> impl IntoView {
    let wbs = werkbladen();
    match wbs.open_werkblad(&id) {
        Ok(Some(Open::Bewerken(bw))) => {
            on_cleanup(move || wbs.sluit_werkblad(bw));
            view! { <Editor bw=bw /> }.into_any()
        }
        Ok(Some(Open::AlleenLezen(wb))) => {
            let inhoud = samenvatting(&wb, &Secties::default());
            view! {
                <p class="terug"><a href=Route::Overzicht.hash()>"← Alle werkbladen"</a></p>
                <h1 id="paginatitel" tabindex="-1">"Werkblad (alleen lezen)"</h1>
                <p class="melding waarschuwing" role="status">
                    "Dit werkblad is gemaakt met een nieuwere versie van de app. Je kunt het hier alleen lezen, zodat er niets verloren gaat. Laad de pagina opnieuw om de nieuwste versie te krijgen en het te bewerken."
                </p>
                <PrintSamenvatting samenvatting=Signal::stored(inhoud) />
            }
            .into_any()
        }
        Ok(None) => view! {
            <h1 id="paginatitel" tabindex="-1">"Werkblad niet gevonden"</h1>
            <p>"Dit werkblad bestaat niet (meer) in deze browser. Misschien is het verwijderd, of staat het op een ander apparaat."</p>
            <p><a href=Route::Overzicht.hash()>"Naar het overzicht"</a></p>
        }
        .into_any(),
        Err(fout) => view! {
            <h1 id="paginatitel" tabindex="-1">"Werkblad kan niet worden geopend"</h1>
            <p class="melding fout" role="alert">{uitleg_laadfout(&fout)}</p>
            <p><a href=Route::Overzicht.hash()>"Naar het overzicht"</a></p>
        }
        .into_any(),
    }
}

#[component]
fn Editor(bw: Bewerking) -> impl IntoView {
    let wbs = werkbladen();
    let id = bw.id();

    // A memo, not a derived signal: every field's privacy check reads it, and must not re-run
    // on each keystroke elsewhere in the worksheet.
    let gespreksdatum = lees(bw, |w| w.gesprek.datum.clone());
    provide_context(super::privacy_hint::GespreksDatum(gespreksdatum.into()));

    let label = lees(bw, |w| w.gesprek.label.clone());
    let titel = lees(bw, |w| IndexItem::van(w).weergavenaam());
    Effect::new(move |_| browser::zet_titel(&format!("{} – Werkblad", titel.get())));
    let status = Signal::derive(move || bw.status());
    // The recording beside the worksheet: for the player, the moments' time codes and the
    // timeline. Its object URL is released when the editor closes.
    let speler = crate::state::opname::Speler::nieuw(bw);
    provide_context(speler);

    let vervolg = move |_| {
        let nieuw = wbs.vervolg(&bw.werkblad());
        browser::zet_hash(&Route::Werkblad(nieuw.id).hash());
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
                    {lijst.into_iter().map(|(n, t)| view! { <ThemaVraag bw=bw thema=t nummer=n /> }).collect_view()}
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
            <TrajectLink id=id.clone() label=label />
            <OpslagStatus
                status=status
                bij_exporteer=Callback::new(move |()| {
                    wbs.exporteer_alles();
                })
            />
            <div class="acties">
                <a class="knop" href=Route::Afdrukken(id.clone()).hash()>"Afdrukken"</a>
                <button type="button" on:click=vervolg>"Nieuw vervolggesprek"</button>
            </div>
        </div>
        {toon(move || status.get() == Status::Conflict, move || view! {
            <div class="melding fout" role="alert">
                <p>"Dit werkblad is intussen in een ander tabblad gewijzigd. Welke versie wil je houden? De andere wordt als kopie bewaard, dus er gaat niets verloren."</p>
                <div class="knoppen">
                    <button type="button" on:click=move |_| bw.houd_mijn_versie()>"Mijn versie houden"</button>
                    <button type="button" on:click=move |_| bw.neem_andere_versie()>"Versie uit het andere tabblad nemen"</button>
                </div>
            </div>
        })}
        <div class="editor-raster" class:met-opname=move || speler.url.with(Option::is_some)>
        <div class="opname-paneel">
            <OpnameSpeler speler=speler />
        </div>
        <div class="editor-inhoud">
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
        <GesprekSectie bw=bw />
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
        <FeedbackSectie bw=bw />
        <SlimMatrix bw=bw />
        <VoornemensLijst bw=bw />
        <p class="onderaan"><a href=Route::Overzicht.hash()>"← Terug naar alle werkbladen"</a></p>
        </div>
        </div>
    }
}
