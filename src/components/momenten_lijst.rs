use leptos::prelude::*;

use super::lens::lens;
use super::tekst_veld::TekstVeld;
use crate::model::{Moment, ThemaId, Tijdcode, Werkblad};

/// The time-coded moments of one theme question, and a form to add one.
///
/// A time code that does not parse gets a message at the field and is not stored.
#[component]
pub fn MomentenLijst(wb: RwSignal<Werkblad>, thema: ThemaId) -> impl IntoView {
    let basis = thema.html_id();
    let aantal = Memo::new(move |_| wb.with(|w| w.thema(thema).momenten.len()));

    // The form is part of the worksheet (its draft moment), so it is saved while typing.
    let (tijd, zet_tijd) = lens(
        wb,
        move |w| w.thema(thema).concept.tijd.clone(),
        move |w, v| w.thema_mut(thema).concept.tijd = v,
    );
    let (wat, zet_wat) = lens(
        wb,
        move |w| w.thema(thema).concept.wat.clone(),
        move |w, v| w.thema_mut(thema).concept.wat = v,
    );
    let (anders, zet_anders) = lens(
        wb,
        move |w| w.thema(thema).concept.anders.clone(),
        move |w, v| w.thema_mut(thema).concept.anders = v,
    );
    let fout = RwSignal::new(None::<&'static str>);
    let fout_tekst = RwSignal::new(None::<&'static str>);
    let tijd_id = format!("{basis}-nieuw-tijd");
    let fout_id = format!("{basis}-nieuw-tijd-fout");
    let wat_id = format!("{basis}-nieuw-wat");

    let voeg_toe = {
        let tijd_id = tijd_id.clone();
        move |_| match Tijdcode::parse_optioneel(&tijd.get_untracked()) {
            Err(e) => {
                fout.set(Some(e));
                crate::browser::focus(&tijd_id);
            }
            Ok(_)
                if wat.get_untracked().trim().is_empty()
                    && anders.get_untracked().trim().is_empty() =>
            {
                fout.set(Some(
                    "Beschrijf kort wat er gebeurde of wat je anders had kunnen doen.",
                ));
            }
            Ok(t) => {
                fout.set(None);
                let moment = Moment {
                    tijd: t,
                    wat: wat.get_untracked(),
                    anders: anders.get_untracked(),
                    ..Default::default()
                };
                wb.update(|w| {
                    w.voeg_moment_toe(thema, moment);
                    let a = w.thema_mut(thema);
                    a.momenten.sort_by_key(|m| m.tijd);
                    a.concept = Default::default();
                });
            }
        }
    };

    let rij = move |i: usize| {
        let (m_wat, zet_wat) = lens(
            wb,
            move |w| {
                w.thema(thema)
                    .momenten
                    .get(i)
                    .map(|m| m.wat.clone())
                    .unwrap_or_default()
            },
            move |w, v| {
                if let Some(m) = w.thema_mut(thema).momenten.get_mut(i) {
                    m.wat = v
                }
            },
        );
        let (m_anders, zet_anders) = lens(
            wb,
            move |w| {
                w.thema(thema)
                    .momenten
                    .get(i)
                    .map(|m| m.anders.clone())
                    .unwrap_or_default()
            },
            move |w, v| {
                if let Some(m) = w.thema_mut(thema).momenten.get_mut(i) {
                    m.anders = v
                }
            },
        );
        let kop = Memo::new(move |_| {
            wb.with(
                |w| match w.thema(thema).momenten.get(i).and_then(|m| m.tijd) {
                    Some(t) => format!("Moment {} — {t}", i + 1),
                    None => format!("Moment {} (zonder tijd)", i + 1),
                },
            )
        });
        let id = format!("{}-moment-{i}", thema.html_id());
        view! {
            <li class="moment">
                <fieldset class="moment-groep">
                <legend class="moment-kop">{kop}</legend>
                <TekstVeld id=format!("{id}-wat") label="Wat gebeurde er?" rijen=2 waarde=m_wat bij_invoer=zet_wat />
                <TekstVeld
                    id=format!("{id}-anders")
                    label="Wat had ik anders kunnen doen?"
                    rijen=2
                    waarde=m_anders
                    bij_invoer=zet_anders
                />
                <button
                    type="button"
                    class="link-knop"
                    on:click=move |_| wb.update(|w| {
                        let m = &mut w.thema_mut(thema).momenten;
                        if i < m.len() {
                            m.remove(i);
                        }
                    })
                >
                    {move || format!("{} verwijderen", kop.get())}
                </button>
                </fieldset>
            </li>
        }
    };

    view! {
        <div class="momenten">
            <Show when=move || { aantal.get() > 0 }>
                <ol class="momenten-lijst">
                    <For each=move || 0..aantal.get() key=|i| *i children=rij />
                </ol>
            </Show>
            <fieldset class="nieuw-moment">
                <legend>"Moment toevoegen"</legend>
                <div class="veld">
                    <label for=tijd_id.clone()>"Tijd in de opname (minuten:seconden)"</label>
                    <p class="hint" id=format!("{tijd_id}-hint")>"Bijvoorbeeld 12:05. Leeg laten als er geen opname is."</p>
                    <input
                        type="text"
                        id=tijd_id.clone()
                        inputmode="numeric"
                        autocomplete="off"
                        spellcheck="false"
                        size="8"
                        aria-invalid=move || if fout.get().is_some() { "true" } else { "false" }
                        aria-describedby=format!("{tijd_id}-hint {fout_id}")
                        prop:value=move || tijd.get()
                        on:input=move |ev| zet_tijd.run(event_target_value(&ev))
                    />
                    <p class="fout" id=fout_id.clone() role="alert">{move || fout.get()}</p>
                </div>
                <TekstVeld
                    id=wat_id.clone()
                    label="Wat gebeurde er?"
                    rijen=2
                    waarde=wat
                    bij_invoer=zet_wat
                    fout=fout_tekst
                />
                <TekstVeld
                    id=format!("{basis}-nieuw-anders")
                    label="Wat had ik anders kunnen doen?"
                    rijen=2
                    waarde=anders
                    bij_invoer=zet_anders
                />
                <button type="button" on:click=voeg_toe>"Moment toevoegen"</button>
            </fieldset>
        </div>
    }
}
