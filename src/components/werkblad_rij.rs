use leptos::prelude::*;

use crate::model::datum;
use crate::model::route::Route;
use crate::model::thema::ThemaId;
use crate::repo::IndexItem;

/// One worksheet in the overview: label, date, kind, how complete, and its actions.
#[component]
pub fn WerkbladRij(
    item: IndexItem,
    #[prop(into)] bij_dupliceer: Callback<String>,
    #[prop(into)] bij_verwijder: Callback<(String, String)>,
    /// Listed under a trajectory's heading: the row's heading is one level lower (h3).
    #[prop(optional)]
    genest: bool,
) -> impl IntoView {
    let naam = item.weergavenaam();
    let kop_id = format!("rij-{}", item.id);
    let soort = item
        .soort
        .map(|s| s.naam())
        .unwrap_or("Soort niet ingevuld");
    let datum = if item.datum.is_empty() {
        "Geen datum".to_string()
    } else {
        datum::nl(&item.datum)
    };
    let voortgang = format!(
        "{} van {} thema's",
        item.themas_ingevuld,
        ThemaId::ALLE.len()
    );
    // Every row's first link has the id `open-<id>`: "Toon … oudere werkbladen" moves focus to
    // the first row it adds.
    let id_d = item.id.clone();
    let id_v = item.id.clone();
    let naam_v = naam.clone();
    if let Some(versie) = item.nieuwere_versie {
        return view! {
            <li class="werkblad-rij">
                {kop(genest, kop_id, view! {
                    <a href=Route::Werkblad(item.id.clone()).hash() id=format!("open-{}", item.id)>{format!("Werkblad {} (alleen lezen)", item.id)}</a>
                })}
                <p>{format!("Gemaakt met een nieuwere versie van de app (versie {versie}). Je kunt het lezen, maar niet wijzigen. Laad de pagina opnieuw om de nieuwste versie te krijgen.")}</p>
            </li>
        }
        .into_any();
    }
    view! {
        <li class="werkblad-rij">
            {kop(genest, kop_id.clone(), view! {
                <a href=Route::Werkblad(item.id.clone()).hash() id=format!("open-{}", item.id)>{naam.clone()}</a>
            })}
            <p class="gegevens">
                <span>{datum}</span>
                <span>{soort}</span>
                <span>{voortgang.clone()}</span>
            </p>
            <meter min="0" max="11" value=item.themas_ingevuld aria-label=format!("Voortgang: {voortgang}")></meter>
            <div class="acties">
                <a class="knop" href=Route::Werkblad(item.id.clone()).hash() aria-describedby=kop_id.clone()>"Openen"</a>
                <button type="button" aria-describedby=kop_id.clone() on:click=move |_| bij_dupliceer.run(id_d.clone())>"Kopie maken"</button>
                <button type="button" class="gevaar" aria-describedby=kop_id on:click=move |_| bij_verwijder.run((id_v.clone(), naam_v.clone()))>"Verwijderen"</button>
            </div>
        </li>
    }
    .into_any()
}

/// The row's heading: h2 in the plain list, h3 under a trajectory's heading.
fn kop(genest: bool, id: String, inhoud: impl IntoView + 'static) -> AnyView {
    if genest {
        view! { <h3 class="rij-kop" id=id>{inhoud}</h3> }.into_any()
    } else {
        view! { <h2 class="rij-kop" id=id>{inhoud}</h2> }.into_any()
    }
}
