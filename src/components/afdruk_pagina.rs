use leptos::prelude::*;

use super::bespreekblad::Bespreekblad;
use super::keuze_groep::KeuzeGroep;
use super::print_samenvatting::werkblad;
use crate::browser;
use crate::model::privacy::{controleer_werkblad, samenvatting_waarschuwingen};
use crate::model::route::Route;
use crate::model::samenvatting::{afdruk, afdruk_als_tekst, leeg_afdruk, Omvang, Secties};
use crate::model::uitwisseling::bestandsnaam_een;
use crate::model::Werkblad;
use crate::state::werkbladen;

/// Points at one switch in [`Secties`].
type SectieVeld = fn(&mut Secties) -> &mut bool;

/// The print view: choose the bespreekblad, the full worksheet or both, the sections and
/// whether to print anonymously, then print with the browser's own dialog (paper or "Opslaan
/// als PDF"). Without a worksheet it shows a blank form to fill in on paper.
#[component]
pub fn AfdrukPagina(id: Option<String>) -> impl IntoView {
    let wbs = werkbladen();
    let wb: Option<Werkblad> = match &id {
        Some(id) => match wbs.laad(id) {
            Ok(Some(wb)) => Some(wb),
            Ok(None) => {
                return view! {
                    <h1 id="paginatitel" tabindex="-1">"Werkblad niet gevonden"</h1>
                    <p><a href=Route::Overzicht.hash()>"Naar het overzicht"</a></p>
                }
                .into_any()
            }
            Err(e) => return view! { <h1 id="paginatitel" tabindex="-1">"Afdrukken lukt niet"</h1><p role="alert">{crate::state::uitleg_laadfout(&e)}</p> }.into_any(),
        },
        None => None,
    };
    let leeg = wb.is_none();
    browser::zet_titel(if leeg {
        "Leeg werkblad afdrukken – Werkblad"
    } else {
        "Afdrukken – Werkblad"
    });
    // The guard's summary: what may still identify the client, before it goes on paper or in a file.
    let waarschuwingen = wb
        .as_ref()
        .map(|wb| samenvatting_waarschuwingen(&controleer_werkblad(wb)))
        .unwrap_or_default();
    // The worksheet is owned by the two places that read it (the preview's memo and the export
    // button), not kept in a `StoredValue`: each such type costs its own code (issue 14).
    let export = wb.clone();
    // Read where it is used, not through a memo of its own (issue 14: every memo costs code):
    // `inhoud` below is the memo that matters, and the switches only get their own value again.
    let secties = move || wbs.instellingen().with(|i| i.afdruk);
    let inhoud = Memo::new(move |_| match &wb {
        Some(wb) => afdruk(wb, &secties()),
        None => leeg_afdruk(&secties()),
    });
    // The running head on every printed page (label or "Cliënt", and the date) lives in CSS
    // `@page`, which can only take it from the root element; gone again when the view closes.
    Effect::new(move |_| browser::zet_paginakop(Some(&inhoud.with(|a| a.paginakop_css()))));
    on_cleanup(|| browser::zet_paginakop(None));
    let omvang_opties = Omvang::ALLE.map(|o| (o, o.naam().to_string())).to_vec();
    let omvang = Signal::derive(move || Some(secties().omvang));
    let kies_omvang = Callback::new(move |keuze: Option<Omvang>| {
        if let Some(o) = keuze {
            let mut s = wbs.instellingen().with_untracked(|i| i.afdruk);
            s.omvang = o;
            wbs.zet_afdruk(s);
        }
    });
    let gekopieerd = RwSignal::new(None::<bool>);

    let keuzes: [(&str, &str, SectieVeld); 6] = [
        ("gesprek", "Het gesprek (datum, soort, doel)", |s| {
            &mut s.gesprek
        }),
        ("themas", "Thema's (antwoorden)", |s| &mut s.themas),
        (
            "observaties",
            "Observaties en momenten bij de thema's",
            |s| &mut s.observaties,
        ),
        ("feedback", "Cliëntfeedback", |s| &mut s.feedback),
        ("slim", "Interventielogica (SLIM)", |s| &mut s.slim),
        ("voornemens", "Voornemens en terugblik", |s| {
            &mut s.voornemens
        }),
    ];
    let vinkjes = keuzes
        .into_iter()
        .map(|(code, tekst, veld)| {
            let id = format!("afdruk-{code}");
            // Observations belong to the questions: without the questions they cannot be printed.
            let onderdeel = code == "observaties";
            view! {
                <div class="keuze" class:ingesprongen=onderdeel>
                    <input
                        type="checkbox"
                        spellcheck="false"
                        id=id.clone()
                        disabled=move || {
                            let s = secties();
                            !s.omvang.werkblad() || (onderdeel && !s.themas)
                        }
                        prop:checked=move || *veld(&mut secties())
                        on:change=move |ev| {
                            let mut s = wbs.instellingen().with_untracked(|i| i.afdruk);
                            *veld(&mut s) = event_target_checked(&ev);
                            wbs.zet_afdruk(s);
                        }
                    />
                    <label for=id>{tekst}</label>
                </div>
            }
        })
        .collect_view();

    let terug = match &id {
        Some(id) => Route::Werkblad(id.clone()).hash(),
        None => Route::Overzicht.hash(),
    };

    view! {
        <div class="geen-print">
            <p class="terug"><a href=terug>{if leeg { "← Alle werkbladen" } else { "← Terug naar het werkblad" }}</a></p>
            <h1 id="paginatitel" tabindex="-1">{if leeg { "Leeg werkblad afdrukken" } else { "Afdrukken" }}</h1>
            <p class="intro">
                "Kies wat er op papier komt. Met \u{201c}Afdrukken\u{201d} opent het afdrukvenster van je browser; daar kun je ook \u{201c}Opslaan als PDF\u{201d} kiezen. Knoppen en menu's komen niet op papier."
            </p>
            <p class="hint">"Het bespreekblad is één bladzijde voor de intervisie: je vraag, de momenten die je wilt bespreken, de thema's in het kort en je voornemens."</p>
            <KeuzeGroep naam="afdruk-omvang" legend="Wat druk je af?" opties=omvang_opties gekozen=omvang bij_keuze=kies_omvang />
            <fieldset class="keuzegroep">
                <legend>"Wat komt op papier?"</legend>
                <p class="hint">"Deze onderdelen gelden voor het hele werkblad, niet voor het bespreekblad."</p>
                {vinkjes}
            </fieldset>
            {(!leeg).then(|| view! {
                <div class="keuze">
                    <input
                        type="checkbox"
                        spellcheck="false"
                        id="afdruk-anoniem"
                        aria-describedby="afdruk-anoniem-uitleg"
                        prop:checked=move || secties().anoniem
                        on:change=move |ev| {
                            let mut s = wbs.instellingen().with_untracked(|i| i.afdruk);
                            s.anoniem = event_target_checked(&ev);
                            wbs.zet_afdruk(s);
                        }
                    />
                    <label for="afdruk-anoniem">"Anoniem afdrukken"</label>
                </div>
                <p id="afdruk-anoniem-uitleg" class="hint ingesprongen">
                    "Op papier staat \u{201c}Cliënt\u{201d} in plaats van het label. Wat lijkt op een BSN, rekeningnummer, telefoonnummer, e-mailadres, postcode of geboortedatum wordt afgeschermd. Ook \u{201c}Kopieer als tekst\u{201d} doet dat. Je werkblad zelf verandert niet."
                </p>
            })}
            {(!waarschuwingen.is_empty()).then(|| view! {
                <div class="melding waarschuwing" role="note" aria-labelledby="privacy-samenvatting-kop">
                    <h2 id="privacy-samenvatting-kop" class="klein">"Let op: mogelijk persoonsgegevens"</h2>
                    <p>"In dit werkblad staat iets wat naar de cliënt kan terugwijzen. Pas het aan in het werkblad als het niet nodig is:"</p>
                    <ul>{waarschuwingen.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                    <p>{move || if secties().anoniem {
                        "\u{201c}Anoniem afdrukken\u{201d} staat aan: wat hierboven staat, komt afgeschermd op papier."
                    } else {
                        "Of kies \u{201c}Anoniem afdrukken\u{201d}: dan komt het afgeschermd op papier."
                    }}</p>
                </div>
            })}
            <div class="acties">
                <button type="button" class="hoofdknop" on:click=|_| browser::afdrukken()>"Afdrukken"</button>
                {(!leeg).then(|| view! {
                    <button type="button" on:click=move |_| {
                        let tekst = afdruk_als_tekst(&inhoud.get_untracked());
                        leptos::task::spawn_local(async move {
                            gekopieerd.set(Some(browser::kopieer(&tekst).await));
                        });
                    }>"Kopieer als tekst"</button>
                    <button type="button" on:click=move |_| {
                        if let Some(w) = &export {
                            wbs.exporteer(std::slice::from_ref(w), &bestandsnaam_een(w, &browser::vandaag_iso()), false);
                        }
                    }>"Exporteer dit werkblad"</button>
                })}
            </div>
            <p role="status" aria-live="polite">
                {move || gekopieerd.get().map(|gelukt| if gelukt {
                    "De samenvatting staat op het klembord. Plak hem waar je wilt."
                } else {
                    "Kopiëren lukt niet in deze browser. Selecteer de tekst in het voorbeeld hieronder en kopieer met Ctrl+C (of Cmd+C)."
                })}
            </p>
            <h2 class="voorbeeld-kop">"Voorbeeld"</h2>
        </div>
        <article class="afdruk" aria-label="Afdrukvoorbeeld">
            {move || {
                let a = inhoud.get();
                view! {
                    {a.melding.map(|m| view! { <p class="anoniem-melding">{m}</p> })}
                    {a.bespreekblad.map(|blad| view! { <Bespreekblad blad=blad /> })}
                    {a.werkblad.map(werkblad)}
                }
            }}
        </article>
    }
    .into_any()
}
