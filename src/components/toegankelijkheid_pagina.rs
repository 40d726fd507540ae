use leptos::prelude::*;

use crate::browser;
use crate::model::route::Route;

/// The accessibility statement: what was tested, how, and the known gaps.
#[component]
pub fn ToegankelijkheidPagina() -> impl IntoView {
    browser::zet_titel("Toegankelijkheid – Werkblad");
    view! {
        <h1 id="paginatitel" tabindex="-1">"Toegankelijkheidsverklaring"</h1>
        <p>
            "Werkblad wil voor iedereen bruikbaar zijn, ook met alleen een toetsenbord, met een schermlezer, op een telefoon of met een vergroot scherm. Het doel is dat de app voldoet aan WCAG 2.1 op niveau AA, zoals het Besluit digitale toegankelijkheid overheid vraagt."
        </p>
        <h2>"Wat we testen, en hoe"</h2>
        <ul>
            <li>"Bij elke wijziging draait een automatische test (axe-core) op elk scherm: het overzicht, elk onderdeel van het werkblad, het afdrukvoorbeeld, de dialoogvensters en de foutmeldingen. Daarbij mogen er geen fouten zijn voor WCAG 2.0 en 2.1, niveau A en AA."</li>
            <li>"Een test doorloopt het hele werk, van een nieuw werkblad tot afdrukken, met alleen het toetsenbord."</li>
            <li>"We controleren dat op 320, 768 en 1280 pixels breed niets buiten het scherm valt, en bekijken schermafbeeldingen daarvan."</li>
            <li>"Elk invoerveld heeft een zichtbaar label, meldingen worden voorgelezen, de focus is altijd zichtbaar en bewegingen staan uit als je dat in je systeem hebt ingesteld."</li>
        </ul>
        <h2>"Wat nog niet goed is"</h2>
        <ul>
            <li>"Automatische tests vinden niet alles. De app is nog niet getest door mensen die een schermlezer of spraakbesturing gebruiken."</li>
            <li>"Het datumveld ziet er per browser anders uit; in sommige browsers is het met een schermlezer minder prettig. Je kunt de datum ook typen."</li>
        </ul>
        <h2>"Iets gevonden?"</h2>
        <p>"Werkt iets niet goed voor jou? Meld het bij de functioneel beheerder van je gemeente, met het scherm en wat je probeerde te doen."</p>
        <p class="onderaan"><a href=Route::Overzicht.hash()>"← Terug naar mijn werkbladen"</a></p>
    }
}
