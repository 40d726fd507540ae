use leptos::prelude::*;

use super::lijn_grafiek::LijnGrafiek;
use super::tabel::Tabel;
use super::thema_raster::ThemaRaster;
use crate::browser;
use crate::model::route::Route;
use crate::model::traject::{
    self, grafiek_beschrijving, slim_kort, Traject, TrajectGesprek, Uitkomst,
};
use crate::model::Werkblad;
use crate::state::werkbladen;

/// The trajectory of one worksheet: every worksheet with the same label, in the order of the
/// conversations. The client's scores as a chart and a table, the themes per conversation,
/// SLIM per conversation, and each intention with what happened in the next conversation.
/// Printable on A4 landscape for a talk with the coach.
#[component]
pub fn TrajectPagina(id: String) -> impl IntoView {
    let wbs = werkbladen();
    let eigen = match wbs.laad(&id) {
        Ok(Some(wb)) => wb,
        Ok(None) => {
            browser::zet_titel("Traject niet gevonden – Werkblad");
            return view! {
                <h1 id="paginatitel" tabindex="-1">"Traject niet gevonden"</h1>
                <p>"Dit werkblad bestaat niet (meer) in deze browser, dus er is ook geen traject te laten zien."</p>
                <p><a href=Route::Overzicht.hash()>"Naar het overzicht"</a></p>
            }
            .into_any();
        }
        Err(e) => {
            browser::zet_titel("Traject kan niet worden geopend – Werkblad");
            return view! {
                <h1 id="paginatitel" tabindex="-1">"Traject kan niet worden geopend"</h1>
                <p class="melding fout" role="alert">{crate::state::uitleg_laadfout(&e)}</p>
                <p><a href=Route::Overzicht.hash()>"Naar het overzicht"</a></p>
            }
            .into_any();
        }
    };
    let sleutel = traject::sleutel(&eigen.gesprek.label);
    let zonder_label = sleutel.is_empty();
    // Only the worksheets of this label are read: the index knows every label.
    let werkbladen: Vec<Werkblad> = if zonder_label {
        vec![eigen]
    } else {
        let ids: Vec<String> = wbs.index().with_untracked(|i| {
            i.items
                .iter()
                .filter(|x| x.id != eigen.id && traject::sleutel(&x.label) == sleutel)
                .map(|x| x.id.clone())
                .collect()
        });
        let mut lijst: Vec<Werkblad> = ids
            .iter()
            .filter_map(|id| wbs.laad(id).ok().flatten())
            .collect();
        lijst.push(eigen);
        lijst
    };
    let t = Traject::van(werkbladen);
    let titel = if zonder_label {
        "Traject (werkblad zonder label)".to_string()
    } else {
        format!("Traject {}", t.label)
    };
    browser::zet_titel(&format!("{titel} – Werkblad"));

    view! {
        <div class="traject-pagina">
            <p class="terug geen-print"><a href=Route::Werkblad(id.clone()).hash()>"← Terug naar het werkblad"</a></p>
            <h1 id="paginatitel" tabindex="-1">{titel}</h1>
            {zonder_label.then(|| view! {
                <p class="melding">"Dit werkblad heeft geen label. Werkbladen met hetzelfde label (bijvoorbeeld een code als KM-17) vormen samen een traject. Geef het werkblad een label om de gesprekken met deze cliënt naast elkaar te zien."</p>
            })}
            <p class="intro">{samenvatting(&t)}</p>
            <div class="acties">
                <button type="button" on:click=|_| browser::afdrukken()>"Afdrukken"</button>
                <a class="knop" href=Route::Overzicht.hash()>"Alle werkbladen"</a>
            </div>
            {scores(&t)}
            <section aria-labelledby="raster-kop">
                <h2 id="raster-kop">"Thema's per gesprek"</h2>
                <p class="uitleg-kort">"● ja, ◐ deels, ○ nee, ? weet niet, – niet ingevuld."</p>
                <ThemaRaster gesprekken=t.gesprekken.clone() />
            </section>
            <section aria-labelledby="slim-kop">
                <h2 id="slim-kop">"Interventielogica (SLIM) per gesprek"</h2>
                <ul class="traject-lijst">
                    {t.gesprekken.iter().map(|g| view! {
                        <li><strong>{format!("{}: ", g.naam())}</strong>{slim_kort(&g.slim)}</li>
                    }).collect_view()}
                </ul>
            </section>
            {voornemens(&t.gesprekken)}
            <section aria-labelledby="werkbladen-kop" class="geen-print">
                <h2 id="werkbladen-kop">"Werkbladen in dit traject"</h2>
                <ol class="traject-lijst">
                    {t.gesprekken.iter().map(|g| {
                        let soort = g.soort.map(|s| format!(" ({})", s.naam())).unwrap_or_default();
                        view! { <li><a href=Route::Werkblad(g.id.clone()).hash()>{g.naam()}</a>{soort}</li> }
                    }).collect_view()}
                </ol>
            </section>
        </div>
    }
    .into_any()
}

/// "3 gesprekken, van 10-01-2026 tot 10-03-2026. 1 gesprek zonder datum staat achteraan."
fn samenvatting(t: &Traject) -> String {
    let n = t.gesprekken.len();
    let mut tekst = if n == 1 {
        "1 gesprek".to_string()
    } else {
        format!("{n} gesprekken")
    };
    let gedateerd: Vec<&TrajectGesprek> = t.gesprekken.iter().filter(|g| g.heeft_datum()).collect();
    match gedateerd.as_slice() {
        [] => {}
        [een] => tekst.push_str(&format!(", op {}", een.datum_nl())),
        [eerste, .., laatste] => tekst.push_str(&format!(
            ", van {} tot {}",
            eerste.datum_nl(),
            laatste.datum_nl()
        )),
    }
    tekst.push('.');
    match t.zonder_datum() {
        0 => {}
        1 => tekst.push_str(" 1 gesprek heeft geen datum en staat achteraan."),
        z => tekst.push_str(&format!(
            " {z} gesprekken hebben geen datum en staan achteraan."
        )),
    }
    tekst
}

/// The client's two scores per conversation: a chart (from two conversations on) and a table.
fn scores(traject: &Traject) -> impl IntoView {
    let g = &traject.gesprekken;
    let score = |s: Option<u8>| s.map_or_else(|| "geen score".to_string(), |s| s.to_string());
    let grafiek = if g.len() >= 2 {
        view! {
            <LijnGrafiek
                id="traject-grafiek"
                naam="Grafiek van de cliëntscores"
                labels=g.iter().map(|x| x.nummer.to_string()).collect()
                reeksen=vec![
                    ("Werkrelatie: begrijpen we elkaar beter?", g.iter().map(|x| x.werkrelatie.map(|s| u16::from(s) * 10)).collect()),
                    ("Doel: komen we dichter bij het doel?", g.iter().map(|x| x.doel.map(|s| u16::from(s) * 10)).collect()),
                ]
                beschrijving=grafiek_beschrijving(traject)
            />
        }
        .into_any()
    } else {
        let een = g.first();
        view! {
            <p class="grafiek-vervanger">
                {format!(
                    "Dit traject heeft nog één gesprek, dus er is nog geen verloop te zien. Vanaf het tweede gesprek staat hier een lijn. Scores van dit gesprek: werkrelatie {}, doel {}.",
                    score(een.and_then(|x| x.werkrelatie)),
                    score(een.and_then(|x| x.doel)),
                )}
            </p>
        }
        .into_any()
    };
    let rijen: Vec<(String, Vec<String>)> = g
        .iter()
        .map(|x| {
            (
                format!("Gesprek {}", x.nummer),
                vec![x.datum_nl(), score(x.werkrelatie), score(x.doel)],
            )
        })
        .collect();
    view! {
        <section aria-labelledby="scores-kop" class="scores">
            <h2 id="scores-kop">"Cliëntfeedback per gesprek"</h2>
            <p class="uitleg-kort">"Wat de cliënt gaf als cijfer van 0 tot 10. Zonder cijfer is er een gat in de lijn, geen nul."</p>
            {grafiek}
            <Tabel
                bijschrift="Cliëntscores per gesprek".to_string()
                koppen=["Gesprek", "Datum", "Werkrelatie", "Doel"].map(String::from).to_vec()
                rijen=rijen
            />
        </section>
    }
}

/// Each conversation's intentions and what happened when they were tried in the next one.
fn voornemens(gesprekken: &[TrajectGesprek]) -> impl IntoView {
    let blokken: Vec<_> = gesprekken
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.voornemens.is_empty())
        .map(|(i, g)| {
            let volgend = gesprekken.get(i + 1);
            let kop = match volgend {
                Some(v) => format!(
                    "Uit gesprek {} ({}), teruggekeken in gesprek {} ({})",
                    g.nummer,
                    g.datum_nl(),
                    v.nummer,
                    v.datum_nl()
                ),
                None => format!("Uit gesprek {} ({})", g.nummer, g.datum_nl()),
            };
            let items = g
                .voornemens
                .iter()
                .map(|v| {
                    let uitkomst = match &v.uitkomst {
                        Uitkomst::Teruggekeken {
                            geprobeerd,
                            wat_gebeurde,
                        } => {
                            let mut s = match geprobeerd {
                                Some(p) => {
                                    format!("Geprobeerd: {}.", p.naam().to_ascii_lowercase())
                                }
                                None => "Geprobeerd: niet ingevuld.".to_string(),
                            };
                            if !wat_gebeurde.is_empty() {
                                s.push_str(" Wat er gebeurde: ");
                                s.push_str(wat_gebeurde);
                            }
                            s
                        }
                        Uitkomst::NietTeruggekeken => {
                            "Niet teruggekeken in het volgende gesprek.".to_string()
                        }
                        Uitkomst::GeenVolgendGesprek => "Nog geen volgend gesprek.".to_string(),
                    };
                    view! {
                        <li>
                            <span class="voornemen-tekst">{v.tekst.clone()}</span>
                            <span class="voornemen-uitkomst">{uitkomst}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="voornemen-blok">
                    <h3>{kop}</h3>
                    <ul>{items}</ul>
                </div>
            }
        })
        .collect();
    let leeg = blokken.is_empty();
    view! {
        <section aria-labelledby="voornemens-kop">
            <h2 id="voornemens-kop">"Voornemens en wat ermee gebeurde"</h2>
            {leeg.then(|| view! { <p>"Nog geen voornemens in dit traject."</p> })}
            {blokken}
        </section>
    }
}
