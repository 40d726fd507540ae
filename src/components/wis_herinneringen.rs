use leptos::prelude::*;

use crate::browser;
use crate::model::opname::wis_herinnering;
use crate::model::route::Route;
use crate::state::werkbladen;

/// On the overview: one reminder per worksheet whose recording should have been deleted by
/// now and is not ticked as deleted. The app cannot delete a file on the device itself.
#[component]
pub fn WisHerinneringen() -> impl IntoView {
    let wbs = werkbladen();
    let vandaag = browser::vandaag_iso();
    let lijst = Memo::new(move |_| {
        wbs.index().with(|i| {
            i.items
                .iter()
                .filter_map(|item| {
                    let datum = item.wissen_op.as_deref()?;
                    wis_herinnering(&item.weergavenaam(), datum, &vandaag)
                        .map(|tekst| (item.id.clone(), tekst))
                })
                .collect::<Vec<_>>()
        })
    });
    // One closure for the section and its list instead of a `<Show>` around a second one
    // (issue 14: each costs its own code). The section is drawn again when the reminders
    // change, which redrew the whole list before too.
    move || {
        let lijst = lijst.get();
        (!lijst.is_empty()).then(|| {
            view! {
                <section class="melding waarschuwing wis-herinneringen" aria-labelledby="wis-kop">
                    <h2 id="wis-kop">"Opnamen verwijderen"</h2>
                    <ul>
                        {lijst
                            .into_iter()
                            .map(|(id, tekst)| view! {
                                <li>
                                    {tekst}" "
                                    <a href=Route::Werkblad(id).hash()>"Naar het werkblad"</a>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
