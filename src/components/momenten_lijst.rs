use leptos::prelude::*;

use super::keuze_groep::vinkje;
use super::lens::{lees, lens};
use super::moment_tijd_knop::MomentTijdKnop;
use super::tekst_veld::TekstVeld;
use super::toon::{toon, toon_per_id};
use crate::model::sorteer::sorteer_op;
use crate::model::{Moment, ThemaId, Tijdcode, Werkblad};
use crate::state::Bewerking;

/// The time-coded moments of one theme question, and a form to add one.
///
/// A time code that does not parse gets a message at the field and is not stored.
#[component]
pub fn MomentenLijst(bw: Bewerking, thema: ThemaId) -> impl IntoView {
    let basis = thema.html_id();

    // The form is part of the worksheet (its draft moment), so it is saved while typing.
    let (tijd, zet_tijd) = lens(
        bw,
        move |w| w.thema(thema).concept.tijd.clone(),
        move |w, v| w.thema_mut(thema).concept.tijd = v,
    );
    let (wat, zet_wat) = lens(
        bw,
        move |w| w.thema(thema).concept.wat.clone(),
        move |w, v| w.thema_mut(thema).concept.wat = v,
    );
    let (anders, zet_anders) = lens(
        bw,
        move |w| w.thema(thema).concept.anders.clone(),
        move |w, v| w.thema_mut(thema).concept.anders = v,
    );
    let fout = RwSignal::new(None::<String>);
    // The open recording, if any: a typed time past its end is a mistake.
    let speler = crate::state::opname::speler();
    let fout_tekst = RwSignal::new(None::<&'static str>);
    let tijd_id = format!("{basis}-nieuw-tijd");
    let fout_id = format!("{basis}-nieuw-tijd-fout");
    let wat_id = format!("{basis}-nieuw-wat");

    let voeg_toe = {
        let tijd_id = tijd_id.clone();
        move |_| match Tijdcode::parse_optioneel(&tijd.get_untracked()) {
            Err(e) => {
                fout.set(Some(e.to_string()));
                crate::browser::focus(&tijd_id);
            }
            Ok(Some(t)) if speler.is_some_and(|s| s.controleer(t).is_err()) => {
                fout.set(speler.and_then(|s| s.controleer(t).err()));
                crate::browser::focus(&tijd_id);
            }
            Ok(_)
                if wat.get_untracked().trim().is_empty()
                    && anders.get_untracked().trim().is_empty() =>
            {
                fout.set(Some(
                    "Beschrijf kort wat er gebeurde of wat je anders had kunnen doen.".to_string(),
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
                bw.wijzig(|w| {
                    w.voeg_moment_toe(thema, moment);
                    let a = w.thema_mut(thema);
                    sorteer_op(&mut a.momenten, |m| m.tijd);
                    a.concept = Default::default();
                });
            }
        }
    };

    let rij = move |id: String| {
        let zoek = {
            let id = id.clone();
            move |w: &Werkblad| w.thema(thema).momenten.iter().position(|m| m.id == id)
        };
        let veld = {
            let zoek = zoek.clone();
            move |lees: fn(&Moment) -> String| {
                let zoek = zoek.clone();
                move |w: &Werkblad| {
                    zoek(w)
                        .map(|i| lees(&w.thema(thema).momenten[i]))
                        .unwrap_or_default()
                }
            }
        };
        let zet = {
            let zoek = zoek.clone();
            move |schrijf: fn(&mut Moment, String)| {
                let zoek = zoek.clone();
                move |w: &mut Werkblad, v: String| {
                    if let Some(i) = zoek(w) {
                        schrijf(&mut w.thema_mut(thema).momenten[i], v)
                    }
                }
            }
        };
        let (m_wat, zet_wat) = lens(bw, veld(|m| m.wat.clone()), zet(|m, v| m.wat = v));
        let (m_anders, zet_anders) = lens(bw, veld(|m| m.anders.clone()), zet(|m, v| m.anders = v));
        let (bespreken, zet_bespreken) = lens(
            bw,
            {
                let zoek = zoek.clone();
                move |w| zoek(w).is_some_and(|i| w.thema(thema).momenten[i].bespreken)
            },
            {
                let zoek = zoek.clone();
                move |w, v| {
                    if let Some(i) = zoek(w) {
                        w.thema_mut(thema).momenten[i].bespreken = v
                    }
                }
            },
        );
        let kop = lees(bw, {
            let zoek = zoek.clone();
            move |w| {
                let i = zoek(w).unwrap_or(0);
                match w.thema(thema).momenten.get(i).and_then(|m| m.tijd) {
                    Some(t) => format!("Moment {} — {t}", i + 1),
                    None => format!("Moment {} (zonder tijd)", i + 1),
                }
            }
        });
        let basis = format!("{}-moment-{id}", thema.html_id());
        let bespreek_id = format!("{basis}-bespreken");
        view! {
            <li class="moment">
                <fieldset class="moment-groep">
                <legend class="moment-kop">{kop}</legend>
                <MomentTijdKnop tijd=Signal::derive({
                    let zoek = zoek.clone();
                    move || bw.met(|w| zoek(w).and_then(|i| w.thema(thema).momenten[i].tijd))
                }) />
                <TekstVeld id=format!("{basis}-wat") label="Wat gebeurde er?" rijen=2 waarde=m_wat bij_invoer=zet_wat />
                <TekstVeld
                    id=format!("{basis}-anders")
                    label="Wat had ik anders kunnen doen?"
                    rijen=2
                    waarde=m_anders
                    bij_invoer=zet_anders
                />
                {vinkje(bespreek_id, "Bespreken in de intervisie", bespreken.into(), zet_bespreken)}
                <button
                    type="button"
                    class="link-knop"
                    on:click=move |_| bw.wijzig(|w| {
                        if let Some(i) = zoek(w) {
                            w.thema_mut(thema).momenten.remove(i);
                        }
                    })
                >
                    {move || format!("{} verwijderen", kop.get())}
                </button>
                </fieldset>
            </li>
        }
    };
    let ids = lees(bw, move |w| {
        w.thema(thema)
            .momenten
            .iter()
            .map(|m| m.id.clone())
            .collect::<Vec<_>>()
    });

    view! {
        <div class="momenten">
            {toon(move || ids.with(|i| !i.is_empty()), move || view! {
                <ol class="momenten-lijst">
                    {toon_per_id(ids, rij)}
                </ol>
            })}
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
