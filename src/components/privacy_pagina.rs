use leptos::prelude::*;

use super::slot_instellingen::SlotInstellingen;
use crate::browser;
use crate::model::route::Route;
use crate::state::werkbladen;

/// The word to type before everything is wiped.
const BEVESTIGWOORD: &str = "WISSEN";

/// What is stored where, what is never sent, how to wipe, and what the browser may still do.
/// With "Alles wissen" behind a typed confirmation.
#[component]
pub fn PrivacyPagina() -> impl IntoView {
    let wbs = werkbladen();
    browser::zet_titel("Privacy – Werkblad");
    let getypt = RwSignal::new(String::new());
    let uitkomst = RwSignal::new(None::<Result<String, String>>);
    let wis = move |_| {
        if getypt.get_untracked().trim() != BEVESTIGWOORD {
            uitkomst.set(Some(Err(format!(
                "Typ eerst {BEVESTIGWOORD} in het veld hierboven. Er is niets gewist."
            ))));
            return;
        }
        let r = wbs.alles_wissen().map(|n| {
            format!("Alles is gewist ({n} opgeslagen gegevens). Deze browser bevat geen werkbladen meer.")
        });
        getypt.set(String::new());
        uitkomst.set(Some(r));
    };
    view! {
        <h1 id="paginatitel" tabindex="-1">"Privacy"</h1>
        <h2>"Wat wordt waar bewaard?"</h2>
        <p>
            "Alles wat je invult, staat alleen in deze browser op dit apparaat (in de \u{201c}localStorage\u{201d} van de browser). Er is geen server en geen account. Werkblad stuurt niets naar internet: geen teksten, geen statistieken, geen foutmeldingen. De app laadt alleen haar eigen bestanden; een streng beveiligingsbeleid van de browser (Content-Security-Policy) verbiedt elke andere verbinding."
        </p>
        <p>
            "Een export (back-up) is een bestand op je apparaat. Jij bepaalt waar het blijft. Bewaar het op een veilige plek, bijvoorbeeld op je werkschijf, en niet in een privémap of in de cloud van je telefoon."
        </p>
        <h2>"Wat je zelf kunt doen"</h2>
        <ul>
            <li>"Gebruik als label een code of initialen, nooit een naam."</li>
            <li>"Schrijf geen BSN, adres, telefoonnummer of geboortedatum op. De app waarschuwt als ze zoiets ziet, en biedt aan het te vervangen."</li>
            <li>"Werk je op een gedeelde computer? Zet een wachtwoord op de app (zie hieronder), of wis je gegevens als je klaar bent."</li>
        </ul>
        <h2>"Wat de browser zelf nog kan doen"</h2>
        <ul>
            <li>"Browser-extensies (add-ons) kunnen meelezen met wat op een pagina staat. Gebruik de app in een browser zonder extensies die je niet vertrouwt."</li>
            <li>"Synchroniseren van de browser neemt localStorage niet mee, maar wel je geschiedenis met de adressen van de pagina's. Daar staan geen namen of teksten in, alleen codes van werkbladen."</li>
            <li>"Spellingscontrole staat uit in alle tekstvelden, omdat de uitgebreide spellingscontrole van sommige browsers tekst naar de maker van de browser stuurt."</li>
            <li>"Een beheerde computer kan de gegevens van de browser wissen, bijvoorbeeld bij afmelden. Maak daarom regelmatig een export."</li>
        </ul>
        <SlotInstellingen />
        <h2>"Alles wissen"</h2>
        <p>"Hiermee verwijder je alle werkbladen, instellingen en back-ups van Werkblad uit deze browser. Dit kan niet ongedaan worden gemaakt. Maak eerst een export als je je werk wilt bewaren."</p>
        <div class="veld">
            <label for="wis-bevestiging">{format!("Typ {BEVESTIGWOORD} om te bevestigen")}</label>
            <input
                type="text"
                id="wis-bevestiging"
                autocomplete="off"
                spellcheck="false"
                class="kort"
                prop:value=move || getypt.get()
                on:input=move |ev| getypt.set(event_target_value(&ev))
            />
        </div>
        <button
            type="button"
            class="gevaar"
            on:click=wis
        >
            "Alles wissen"
        </button>
        <div role="status" aria-live="polite">
            {move || uitkomst.get().map(|r| match r {
                Ok(t) => view! { <p class="melding">{t}</p> }.into_any(),
                Err(t) => view! { <p class="melding fout">{t}</p> }.into_any(),
            })}
        </div>
        <p class="onderaan"><a href=Route::Overzicht.hash()>"← Terug naar mijn werkbladen"</a></p>
    }
}
