use leptos::prelude::*;

use crate::model::opname::markeringen;
use crate::model::thema::Groep;
use crate::state::opname::Speler;

/// All moments of the worksheet as marks under the player, in time order. Each mark shows its
/// question's number (so the theme is not told by colour alone) and is a button named for
/// screen readers that plays from just before the moment.
#[component]
pub fn OpnameTijdlijn(speler: Speler) -> impl IntoView {
    let marks = Memo::new(move |_| {
        let duur = speler.duur.get();
        speler.met_werkblad(|w| markeringen(w, duur))
    });
    // Positions in tenths of a percent, as integers: no float formatting in the wasm.
    let procent = |fractie: f64| {
        let p = (fractie * 1000.0).round() as u32;
        format!("{}.{}%", p / 10, p % 10)
    };
    let kop = move || {
        let d = speler.duur.get().unwrap_or(0.0);
        if d > 0.0 {
            speler.tijd.get() / d
        } else {
            0.0
        }
    };
    view! {
        <div class="tijdlijn" hidden=move || marks.with(Vec::is_empty)>
            <p class="tijdlijn-kop" id="tijdlijn-kop">"Momenten in de opname"</p>
            <div class="tijdlijn-balk">
                <span class="tijdlijn-nu" aria-hidden="true" style:left=move || procent(kop().clamp(0.0, 1.0))></span>
                <ol aria-labelledby="tijdlijn-kop">
                    // All marks drawn again when one changes, instead of a keyed <For>: the
                    // marks are few and never hold the focus while someone types (their names
                    // quote "Wat gebeurde er?", so typing there draws them again, cheaply); a
                    // plain list is less code (issue 14).
                    {move || marks.get().into_iter().map(move |m| {
                        let groep = match m.thema.groep() {
                            Groep::Algemeen => "groep-algemeen",
                            Groep::Contact => "groep-contact",
                            Groep::Doel => "groep-doel",
                            Groep::Regie => "groep-regie",
                            Groep::Interventielogica => "groep-logica",
                        };
                        let tijd = m.tijd;
                        view! {
                            <li style:left=procent(m.positie)>
                                <button
                                    type="button"
                                    class=format!("markering {groep}")
                                    aria-label=m.naam.clone()
                                    title=m.naam
                                    on:click=move |_| speler.naar_moment(tijd)
                                >
                                    {m.nummer}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </div>
        </div>
    }
}
