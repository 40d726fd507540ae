use leptos::prelude::*;

use super::backup_sectie::BackupSectie;
use super::bevestig_dialoog::BevestigDialoog;
use super::werkblad_rij::WerkbladRij;
use super::wis_herinneringen::WisHerinneringen;
use crate::browser;
use crate::model::route::Route;
use crate::state::werkbladen;

/// The start page: all worksheets, newest first, with new, open, copy and delete.
#[component]
pub fn Overzicht() -> impl IntoView {
    let wbs = werkbladen();
    browser::zet_titel("Mijn werkbladen – Werkblad");
    let te_verwijderen = RwSignal::new(None::<(String, String)>);
    let bericht = RwSignal::new(None::<String>);

    let nieuw = move |_| {
        let wb = wbs.nieuw();
        browser::zet_hash(&Route::Werkblad(wb.id).hash());
    };
    let dupliceer = Callback::new(move |id: String| {
        if let Some(kopie) = wbs.dupliceer(&id) {
            bericht.set(Some(format!("Kopie gemaakt: {}.", kopie.gesprek.label)));
        }
    });
    let vraag_verwijderen =
        Callback::new(move |(id, naam): (String, String)| te_verwijderen.set(Some((id, naam))));
    let bevestig = Callback::new(move |()| {
        if let Some((id, _)) = te_verwijderen.get_untracked() {
            wbs.verwijder(&id);
            bericht.set(None);
        }
        te_verwijderen.set(None);
        request_animation_frame(|| browser::focus("ongedaan-maken"));
    });

    view! {
        <h1 id="paginatitel" tabindex="-1">"Mijn werkbladen"</h1>
        <p class="intro">
            "Een werkblad per gesprek: kijk de opname terug, beantwoord de vragen en schrijf op wat je de volgende keer anders wilt doen. Alles blijft in deze browser op dit apparaat."
        </p>
        <WisHerinneringen />
        <div class="acties">
            <button type="button" class="hoofdknop" on:click=nieuw>"Nieuw werkblad"</button>
            <a class="knop" href=Route::LeegAfdrukken.hash()>"Leeg werkblad afdrukken"</a>
        </div>
        <div role="status" aria-live="polite" class="statusregel">
            {move || wbs.verwijderd().get().map(|(id, naam)| view! {
                <p class="melding">
                    {format!("Werkblad \u{201c}{naam}\u{201d} is verwijderd. ")}
                    <button type="button" id="ongedaan-maken" on:click=move |_| wbs.herstel(&id)>"Ongedaan maken"</button>
                </p>
            })}
            {move || bericht.get().map(|b| view! { <p class="melding">{b}</p> })}
        </div>
        <Show
            when=move || wbs.index().with(|i| !i.items.is_empty())
            fallback=|| view! { <p class="leeg">"Je hebt nog geen werkbladen. Begin met \u{201c}Nieuw werkblad\u{201d}."</p> }
        >
            <ul class="werkbladen" aria-label="Werkbladen, nieuwste eerst">
                <For
                    each=move || wbs.index().get().items
                    key=|item| item.clone()
                    children=move |item| view! { <WerkbladRij item bij_dupliceer=dupliceer bij_verwijder=vraag_verwijderen /> }
                />
            </ul>
        </Show>
        <Show when=move || !wbs.namen_in_geheugen().is_empty()>
            <div class="melding fout" role="alert">
                <p>
                    {move || format!(
                        "Niet opgeslagen, want de opslag is vol: {}. Deze wijzigingen staan alleen nog in dit venster. Exporteer alles (dan zitten ze in het bestand), maak ruimte door oude werkbladen te verwijderen, en open het werkblad opnieuw om het op te slaan.",
                        wbs.namen_in_geheugen().join(", ")
                    )}
                </p>
            </div>
        </Show>
        <Show when=move || wbs.apart_gezet().with(|a| !a.is_empty())>
            <section class="apart-gezet" aria-labelledby="apart-gezet-kop">
                <h2 id="apart-gezet-kop">"Apart gezette gegevens"</h2>
                <p>
                    {move || format!(
                        "{} opgeslagen gegeven(s) konden niet worden gelezen. Ze zijn niet gewist. Je kunt ze exporteren, bijvoorbeeld om ze door de functioneel beheerder te laten bekijken.",
                        wbs.apart_gezet().with(Vec::len)
                    )}
                </p>
                <button type="button" on:click=move |_| wbs.exporteer_apart_gezet()>"Apart gezette gegevens exporteren"</button>
            </section>
        </Show>
        <BackupSectie />
        <BevestigDialoog
            id="verwijder-dialoog"
            open=Signal::derive(move || te_verwijderen.with(Option::is_some))
            titel=Signal::derive(move || "Werkblad verwijderen?".to_string())
            tekst=Signal::derive(move || {
                te_verwijderen
                    .get()
                    .map(|(_, naam)| format!("Weet je zeker dat je \u{201c}{naam}\u{201d} wilt verwijderen? Je kunt dit daarna nog ongedaan maken."))
                    .unwrap_or_default()
            })
            bevestig="Ja, verwijderen"
            bij_bevestig=bevestig
            bij_annuleer=Callback::new(move |()| te_verwijderen.set(None))
        />
    }
}
