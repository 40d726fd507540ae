use leptos::prelude::*;

use super::backup_sectie::BackupSectie;
use super::bevestig_dialoog::BevestigDialoog;
use super::toon::{toon, toon_of};
use super::werkblad_rij::WerkbladRij;
use super::wis_herinneringen::WisHerinneringen;
use super::zoek_filters::ZoekFilters;
use crate::browser;
use crate::model::deel::Deel;
use crate::model::route::Route;
use crate::model::traject;
use crate::model::zoeken::{zoektermen, Zoekvraag};
use crate::repo::IndexItem;
use crate::state::werkbladen;

/// The worksheets of one trajectory as the overview lists them: its label (empty for the
/// group of worksheets without one) and the members, first conversation first.
type Groep = (String, Vec<IndexItem>);

/// The start page: all worksheets, newest first, with new, open, copy and delete; search and
/// filters to find one back, and grouping per trajectory.
#[component]
pub fn Overzicht() -> impl IntoView {
    let wbs = werkbladen();
    let z = wbs.zoeken();
    let vraag = RwSignal::new(Zoekvraag::default());
    // The worksheets that pass the filters and hold every word typed. One memo for both (each
    // memo costs its own code, issue 14): a filter change searches the prepared index again,
    // which is quick. The index is prepared once and then only brought up to date (new,
    // deleted, changed worksheets).
    let zichtbaar = Memo::new(move |_| {
        vraag.with(|v| {
            let treffers = (!zoektermen(&v.tekst).is_empty()).then(|| {
                z.bereid_voor(&wbs);
                z.zoek(&v.tekst)
            });
            wbs.index().with(|i| {
                i.items
                    .iter()
                    .filter(|x| v.laat_door(x.soort, &x.datum))
                    .filter(|x| treffers.as_ref().is_none_or(|t| t.contains(&x.id)))
                    .cloned()
                    .collect::<Vec<IndexItem>>()
            })
        })
    });
    // Both views are drawn in steps (see `Deel`): the flat list 25 rows at a time, the grouped
    // one in whole groups until at least as many rows are drawn.
    let deel = RwSignal::new(Deel::default());
    // Read straight from the question, not through a memo of its own: `toon_of` and the
    // groups' memo only pass on a change anyway (issue 14: every memo costs code).
    let per_traject = move || vraag.with(|v| v.per_traject);
    let groepen = Memo::new(move |_| {
        if !per_traject() {
            return Vec::new();
        }
        zichtbaar.with(|items| {
            let mut zonder_label: Vec<IndexItem> = Vec::new();
            let mut uit: Vec<Groep> = Vec::new();
            for g in traject::groepeer(items, |x| &x.label, |x| &x.datum, |x| &x.id) {
                let leden: Vec<IndexItem> = g.leden.iter().map(|&i| items[i].clone()).collect();
                if g.sleutel.is_empty() {
                    zonder_label.extend(leden);
                } else {
                    let label = leden.last().map(|x| x.label.clone()).unwrap_or_default();
                    uit.push((label, leden));
                }
            }
            if !zonder_label.is_empty() {
                uit.push((String::new(), zonder_label));
            }
            uit
        })
    });
    // How many groups are drawn, and how many rows those hold.
    let groepen_getoond = move || {
        groepen.with(|g| {
            let groottes: Vec<usize> = g.iter().map(|(_, leden)| leden.len()).collect();
            let n = deel.with(|d| d.groepen_getoond(&groottes));
            (n, groottes[..n].iter().sum::<usize>())
        })
    };
    // Where the list stands: (rows shown, rows in all, the id of the first row a click on
    // "Toon meer" adds, if any).
    let stand = move || {
        let totaal = zichtbaar.with(Vec::len);
        if per_traject() {
            let (n, rijen) = groepen_getoond();
            let eerste =
                groepen.with(|g| g.get(n).and_then(|(_, l)| l.first()).map(|x| x.id.clone()));
            (rijen, totaal, eerste)
        } else {
            let n = deel.with(|d| d.getoond(totaal));
            (
                n,
                totaal,
                zichtbaar.with(|v| v.get(n).map(|x| x.id.clone())),
            )
        }
    };
    let toon_meer = move |_| {
        let eerste_nieuwe = untrack(stand).2;
        deel.update(|d| d.meer());
        // Focus the first row that just appeared, so keyboard and screen-reader users go on
        // where they were instead of back at the button.
        if let Some(id) = eerste_nieuwe {
            request_animation_frame(move || browser::focus(&format!("open-{id}")));
        }
    };
    let status = move || {
        if !vraag.with(Zoekvraag::beperkt) {
            return None;
        }
        let totaal = wbs.index().with(|i| i.items.len());
        Some(match zichtbaar.with(Vec::len) {
            0 => "Geen werkbladen gevonden. Probeer een ander woord, of haal een filter weg."
                .to_string(),
            1 => format!("1 van {totaal} werkbladen gevonden."),
            n => format!("{n} van {totaal} werkbladen gevonden."),
        })
    };
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
        {toon_of(move || wbs.index().with(|i| !i.items.is_empty()), move || view! {
            <ZoekFilters vraag=vraag bij_focus=Callback::new(move |()| z.bereid_voor(&wbs)) />
            <div role="status" aria-live="polite" class="statusregel zoek-status">
                {move || status().map(|s| view! {
                    <p>
                        {s}" "
                        <button type="button" class="link-knop" on:click=move |_| vraag.update(|v| *v = Zoekvraag { per_traject: v.per_traject, ..Zoekvraag::default() })>"Zoeken en filters wissen"</button>
                    </p>
                })}
            </div>
            {toon_of(per_traject, move || view! {
                <ul class="werkbladen trajecten" aria-label="Werkbladen per traject">
                    // Keyed on a group's whole content, like the plain list's rows: a group that
                    // did not change keeps its elements, and the focus in them, when others come,
                    // go or move (a copy, another tab's save). A list drawn again as a whole
                    // would reuse the elements by position, and a focused "Kopie maken" could
                    // end up under another worksheet.
                    <For
                        each=move || { let n = groepen_getoond().0; groepen.with(|g| g[..n].to_vec()) }
                        key=|groep| groep.clone()
                        children=move |(label, leden)| {
                            let kop_id = format!("groep-{}", leden.first().map(|x| x.id.as_str()).unwrap_or(""));
                            let aantal = match leden.len() { 1 => "1 gesprek".to_string(), n => format!("{n} gesprekken") };
                            let (kop, link) = if label.is_empty() {
                                (format!("Zonder label ({aantal})"), None)
                            } else {
                                let eerste = leden.first().map(|x| x.id.clone()).unwrap_or_default();
                                (format!("Traject {label} ({aantal})"), Some(Route::Traject(eerste).hash()))
                            };
                            view! {
                                <li class="traject-groep">
                                    <h2 class="groep-kop" id=kop_id.clone()>{kop}</h2>
                                    {link.map(|href| view! { <p class="groep-link"><a href=href aria-describedby=kop_id.clone()>"Bekijk het traject"</a></p> })}
                                    <ul class="werkbladen genest">
                                        {leden.into_iter().map(|item| view! { <WerkbladRij item bij_dupliceer=dupliceer bij_verwijder=vraag_verwijderen genest=true /> }).collect_view()}
                                    </ul>
                                </li>
                            }
                        }
                    />
                </ul>
            }, move || view! {
                <ul class="werkbladen" aria-label="Werkbladen, nieuwste eerst">
                    <For
                        each=move || zichtbaar.with(|v| v[..deel.with(|d| d.getoond(v.len()))].to_vec())
                        key=|item| item.clone()
                        children=move |item| view! { <WerkbladRij item bij_dupliceer=dupliceer bij_verwijder=vraag_verwijderen /> }
                    />
                </ul>
            })}
            {move || {
                let (getoond, totaal, _) = stand();
                (getoond < totaal).then(|| {
                    let (tekst, knop) = if per_traject() {
                        (format!("Je ziet {getoond} van {totaal} werkbladen. "), "Toon meer trajecten".to_string())
                    } else {
                        let volgende = deel.with(|d| d.volgende(totaal));
                        (format!("Je ziet de nieuwste {getoond} van {totaal} werkbladen. "), format!("Toon {volgende} oudere werkbladen"))
                    };
                    view! {
                        <p class="toon-meer">{tekst}<button type="button" on:click=toon_meer>{knop}</button></p>
                    }
                })
            }}
        }, || view! { <p class="leeg">"Je hebt nog geen werkbladen. Begin met \u{201c}Nieuw werkblad\u{201d}."</p> })}
        {toon(move || !wbs.namen_in_geheugen().is_empty(), move || view! {
            <div class="melding fout" role="alert">
                <p>
                    {move || format!(
                        "Niet opgeslagen, want de opslag is vol: {}. Deze wijzigingen staan alleen nog in dit venster. Exporteer alles (dan zitten ze in het bestand), maak ruimte door oude werkbladen te verwijderen, en open het werkblad opnieuw om het op te slaan.",
                        wbs.namen_in_geheugen().join(", ")
                    )}
                </p>
            </div>
        })}
        {toon(move || wbs.apart_gezet().with(|a| !a.is_empty()), move || view! {
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
        })}
        <BackupSectie />
        <BevestigDialoog
            id="verwijder-dialoog"
            titel="Werkblad verwijderen?"
            vraag=Signal::derive(move || {
                te_verwijderen.with(|t| t.as_ref().map(|(_, naam)| format!("Weet je zeker dat je \u{201c}{naam}\u{201d} wilt verwijderen? Je kunt dit daarna nog ongedaan maken.")))
            })
            bevestig="Ja, verwijderen"
            bij_bevestig=bevestig
            bij_annuleer=Callback::new(move |()| te_verwijderen.set(None))
        />
    }
}
