use leptos::prelude::*;

use super::slot_instellingen::SlotInstellingen;
use super::wis_bevestiging::WisBevestiging;
use crate::browser;
use crate::model::route::Route;

/// What is stored where, what is never sent, how to wipe, and what the browser may still do.
/// With "Alles wissen" behind a typed confirmation.
#[component]
pub fn PrivacyPagina() -> impl IntoView {
    browser::zet_titel("Privacy – Werkblad");
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
        <WisBevestiging id="wis-bevestiging" label="Typ WISSEN om te bevestigen" />
        <p class="onderaan"><a href=Route::Overzicht.hash()>"← Terug naar mijn werkbladen"</a></p>
    }
}
