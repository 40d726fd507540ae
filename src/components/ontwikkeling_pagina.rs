use leptos::prelude::*;

use super::lijn_grafiek::LijnGrafiek;
use super::tabel::Tabel;
use crate::browser;
use crate::model::ontwikkeling::{Ontwikkeling, Periode};
use crate::model::route::Route;
use crate::model::sorteer::sorteer;
use crate::model::{Schaal, Werkblad};
use crate::state::werkbladen;

/// "Mijn ontwikkeling": over all my worksheets, or a chosen period, how I answered each theme
/// question, how the intentions I tried went, and the clients' average scores per month. It is
/// about me, not about clients: no labels anywhere on this page.
#[component]
pub fn OntwikkelingPagina() -> impl IntoView {
    let wbs = werkbladen();
    browser::zet_titel("Mijn ontwikkeling – Werkblad");
    // Read once per visit; changing the period only recounts.
    // Owned by the memo that counts them, not kept in a `StoredValue` (each such type costs its
    // own code, issue 14).
    let alle: Vec<Werkblad> = wbs.alle();
    let leeg_overal = alle.is_empty();
    let van = RwSignal::new(String::new());
    let tot = RwSignal::new(String::new());
    // A plain closure, not a memo: only `o` and the status line read it, and each memo costs
    // its own code in the wasm (issue 14).
    let periode = move || Periode {
        van: Some(van.get()).filter(|v| !v.is_empty()),
        tot: Some(tot.get()).filter(|t| !t.is_empty()),
    };
    let o = Memo::new(move |_| Ontwikkeling::bereken(&alle, &periode()));

    view! {
        <h1 id="paginatitel" tabindex="-1">"Mijn ontwikkeling"</h1>
        <p class="intro">"Wat je werkbladen samen zeggen over jouw manier van werken. Het gaat over jou, niet over cliënten: op deze pagina staan geen labels."</p>
        {leeg_overal.then(|| view! {
            <p class="leeg">"Je hebt nog geen werkbladen. Vul er een paar in, dan zie je hier hoe je je ontwikkelt."</p>
            <p><a href=Route::Overzicht.hash()>"Naar het overzicht"</a></p>
        })}
        <fieldset class="periode geen-print">
            <legend>"Periode"</legend>
            <div class="velden-naast">
                <div class="veld">
                    <label for="periode-van">"Van"</label>
                    <input id="periode-van" type="date" spellcheck="false" prop:value=van on:input=move |ev| van.set(event_target_value(&ev)) />
                </div>
                <div class="veld">
                    <label for="periode-tot">"Tot en met"</label>
                    <input id="periode-tot" type="date" spellcheck="false" prop:value=tot on:input=move |ev| tot.set(event_target_value(&ev)) />
                </div>
                <button type="button" on:click=move |_| { van.set(String::new()); tot.set(String::new()); }>"Hele periode"</button>
            </div>
        </fieldset>
        <p role="status" class="statusregel">{move || o.with(|o| {
            let mut s = match o.werkbladen {
                1 => "Over 1 werkblad".to_string(),
                n => format!("Over {n} werkbladen"),
            };
            s.push_str(if periode().alles() { "." } else { " in deze periode." });
            match o.zonder_datum_weggelaten {
                0 => {}
                1 => s.push_str(" 1 werkblad zonder datum telt niet mee, omdat het niet in een periode past."),
                n => s.push_str(&format!(" {n} werkbladen zonder datum tellen niet mee, omdat ze niet in een periode passen.")),
            }
            s
        })}</p>
        <section aria-labelledby="per-thema-kop">
            <h2 id="per-thema-kop">"Per thema: hoe vaak je wat antwoordde"</h2>
            <p class="uitleg-kort">"Per vraag hoe vaak je ja, deels, nee of weet niet antwoordde, en in hoeveel werkbladen je er momenten bij noteerde: die thema's komen steeds terug."</p>
            // One closure per section, not per part: they all follow `o` together anyway, and
            // each closure costs its own code (issue 14).
            {move || o.with(|o| view! { {terugkerend(o)} {per_thema(o)} })}
        </section>
        <section aria-labelledby="voornemens-kop">
            <h2 id="voornemens-kop">"Voornemens: geprobeerd, en hoe het ging"</h2>
            {move || o.with(|o| {
                let g = &o.geprobeerd;
                let telling = format!(
                    "Je schreef {} voornemen(s). In een volgend gesprek keek je {} keer terug op een voornemen: {} keer geprobeerd, {} keer deels, {} keer niet, {} keer wist je het niet en {} keer vulde je het niet in.",
                    o.voornemens_gemaakt,
                    g.totaal(),
                    g.aantal(Schaal::Ja),
                    g.aantal(Schaal::Deels),
                    g.aantal(Schaal::Nee),
                    g.aantal(Schaal::WeetNiet),
                    g.niet_ingevuld,
                );
                view! { <p>{telling}</p> {per_voornemen(o)} }
            })}
        </section>
        <section aria-labelledby="maanden-kop">
            <h2 id="maanden-kop">"Cliëntscores per maand"</h2>
            <p class="uitleg-kort">"Het gemiddelde van de cijfers die cliënten gaven (0 tot 10), per maand. Een maand zonder cijfers is een gat in de lijn, geen nul."</p>
            {move || o.with(maanden)}
        </section>
    }
}

/// The themes with the most worksheets with moments: what keeps coming back.
fn terugkerend(o: &Ontwikkeling) -> Option<impl IntoView> {
    let mut themas: Vec<_> = o.themas.iter().filter(|t| t.met_momenten > 0).collect();
    sorteer(&mut themas, |a, b| b.met_momenten.cmp(&a.met_momenten));
    themas.truncate(3);
    (!themas.is_empty()).then(|| {
        let delen: Vec<String> = themas
            .iter()
            .map(|t| {
                format!(
                    "\u{201c}{}\u{201d} ({} van {})",
                    t.thema.map(|t| t.vraag()).unwrap_or_default(),
                    t.met_momenten,
                    o.werkbladen
                )
            })
            .collect();
        view! { <p><strong>"Komt vaak terug: "</strong>{delen.join("; ")}</p> }
    })
}

/// The monthly averages: a chart (from two months on) and the same numbers in a table.
fn maanden(o: &Ontwikkeling) -> impl IntoView {
    let met_cijfers = o
        .maanden
        .iter()
        .any(|m| m.werkrelatie.aantal > 0 || m.doel.aantal > 0);
    if !met_cijfers {
        return view! { <p>"Nog geen cijfers van cliënten in deze periode."</p> }.into_any();
    }
    let gemiddeld = |g: &crate::model::ontwikkeling::Gemiddelde| {
        g.tekst().unwrap_or_else(|| "geen cijfer".to_string())
    };
    let beschrijving = {
        let regels: Vec<String> = o
            .maanden
            .iter()
            .filter(|m| m.gesprekken > 0)
            .map(|m| {
                format!(
                    "{}: werkrelatie {}, doel {}",
                    m.naam(),
                    gemiddeld(&m.werkrelatie),
                    gemiddeld(&m.doel)
                )
            })
            .collect();
        format!(
            "Gemiddelde cliëntscores per maand, van 0 tot 10. {}.",
            regels.join("; ")
        )
    };
    let grafiek = (o.maanden.len() >= 2).then(|| {
        view! {
            <LijnGrafiek
                id="maand-grafiek"
                naam="Grafiek van de gemiddelde cliëntscores per maand"
                labels=o.maanden.iter().map(|m| m.naam()).collect()
                reeksen=vec![
                    ("Werkrelatie (gemiddeld)", o.maanden.iter().map(|m| m.werkrelatie.tienden()).collect()),
                    ("Doel (gemiddeld)", o.maanden.iter().map(|m| m.doel.tienden()).collect()),
                ]
                beschrijving=beschrijving
            />
        }
    });
    let rijen: Vec<(String, Vec<String>)> = o
        .maanden
        .iter()
        .filter(|m| m.gesprekken > 0)
        .map(|m| {
            (
                m.naam(),
                vec![
                    gemiddeld(&m.werkrelatie),
                    gemiddeld(&m.doel),
                    m.gesprekken.to_string(),
                ],
            )
        })
        .collect();
    view! {
        {grafiek}
        <Tabel
            bijschrift="Gemiddelde cliëntscores per maand".to_string()
            koppen=["Maand", "Werkrelatie", "Doel", "Gesprekken"].map(String::from).to_vec()
            rijen=rijen
            getallen=true
        />
    }
    .into_any()
}

/// Column headings: the question, the four answers, and more.
fn schaal_koppen(eerste: &str, extra: &[&str]) -> Vec<String> {
    std::iter::once(eerste.to_string())
        .chain(Schaal::ALLE.iter().map(|s| s.naam().to_string()))
        .chain(extra.iter().map(|s| s.to_string()))
        .collect()
}

/// How often each answer was given, per theme question.
fn per_thema(o: &Ontwikkeling) -> impl IntoView {
    let rijen = o
        .themas
        .iter()
        .enumerate()
        .map(|(n, t)| {
            let mut cellen: Vec<String> = Schaal::ALLE
                .iter()
                .map(|&s| t.aantal(s).to_string())
                .collect();
            cellen.push(t.niet_beantwoord.to_string());
            cellen.push(t.met_momenten.to_string());
            (
                format!(
                    "{}. {}",
                    n + 1,
                    t.thema.map(|t| t.vraag()).unwrap_or_default()
                ),
                cellen,
            )
        })
        .collect();
    view! {
        <Tabel
            bijschrift="Antwoorden per thema".to_string()
            bijschrift_verborgen=true
            koppen=schaal_koppen("Vraag", &["Niet ingevuld", "Met momenten"])
            rijen=rijen
            getallen=true
        />
    }
}

/// Per intention looked back on: was it tried?
fn per_voornemen(o: &Ontwikkeling) -> Option<impl IntoView> {
    (!o.per_voornemen.is_empty()).then(|| {
        let rijen = o
            .per_voornemen
            .iter()
            .map(|r| {
                let mut cellen: Vec<String> = Schaal::ALLE
                    .iter()
                    .map(|&s| r.geprobeerd.aantal(s).to_string())
                    .collect();
                cellen.push(r.geprobeerd.niet_ingevuld.to_string());
                (r.tekst.clone(), cellen)
            })
            .collect();
        view! {
            <Tabel
                bijschrift="Per voornemen: geprobeerd?".to_string()
                koppen=schaal_koppen("Voornemen", &["Niet ingevuld"])
                rijen=rijen
                getallen=true
            />
        }
    })
}
