use leptos::prelude::*;
use leptos::task::spawn_local;

use super::toon::toon;
use super::wachtwoord_veld::WachtwoordVeld;
use crate::repo::slot::MIN_WACHTWOORD_TEKENS;
use crate::sleutel_web;
use crate::state::{werkbladen, SlotStand};

/// "Beveiligen met een wachtwoord": switch the lock on or off, lock now, set the timeout.
#[component]
pub fn SlotInstellingen() -> impl IntoView {
    let wbs = werkbladen();
    let ww = RwSignal::new(String::new());
    let herhaal = RwSignal::new(String::new());
    let bezig = RwSignal::new(false);
    let uitkomst = RwSignal::new(None::<Result<&'static str, String>>);

    let aan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if bezig.get_untracked() {
            return;
        }
        bezig.set(true);
        let (a, b) = (ww.get_untracked(), herhaal.get_untracked());
        spawn_local(async move {
            let r = wbs.zet_slot_aan(a, b).await;
            bezig.set(false);
            if r.is_ok() {
                ww.set(String::new());
                herhaal.set(String::new());
            }
            uitkomst.set(Some(
                r.map(|()| {
                    "De beveiliging staat aan. Je werkbladen zijn nu versleuteld opgeslagen."
                })
                .map_err(|e| e.uitleg()),
            ));
        });
    };
    let uit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if bezig.get_untracked() {
            return;
        }
        bezig.set(true);
        let a = ww.get_untracked();
        spawn_local(async move {
            let r = wbs.zet_slot_uit(a).await;
            bezig.set(false);
            if r.is_ok() {
                ww.set(String::new());
            }
            uitkomst.set(Some(
                r.map(|()| "De beveiliging staat uit. Je werkbladen zijn weer gewoon opgeslagen.")
                    .map_err(|e| e.uitleg()),
            ));
        });
    };

    let kan = wbs.opslag_werkt() && sleutel_web::webcrypto_beschikbaar();
    view! {
        <section class="slot" aria-labelledby="slot-kop">
            <h2 id="slot-kop">"Beveiligen met een wachtwoord"</h2>
            <p>
                "Werk je op een gedeelde computer? Zet dan een wachtwoord op de app. Je werkbladen worden dan versleuteld opgeslagen (AES-256). Na een tijd zonder gebruik gaat de app vanzelf op slot."
            </p>
            {(!kan).then(|| view! {
                <p class="melding waarschuwing">"In deze browser kan de beveiliging niet aan: de app moet via een beveiligde verbinding (https) zijn geopend en de browser moet opslag toestaan."</p>
            })}
            {toon(move || kan && wbs.slot().get() == SlotStand::Uit, move || view! {
                <p class="melding waarschuwing">
                    <strong>"Let op: "</strong>
                    "vergeet je het wachtwoord, dan kan niemand je werkbladen nog openen, ook de app niet. Maak daarom eerst een export. Een export zelf is niet versleuteld: bewaar die op een veilige plek."
                </p>
                <form on:submit=aan>
                    <WachtwoordVeld id="slot-nieuw" label="Nieuw wachtwoord" waarde=ww nieuw=true />
                    <p class="hint">{format!("Minstens {MIN_WACHTWOORD_TEKENS} tekens. Een zin van een paar woorden is sterk en goed te onthouden.")}</p>
                    <WachtwoordVeld id="slot-herhaal" label="Herhaal het wachtwoord" waarde=herhaal nieuw=true />
                    <button type="submit" class="hoofdknop">
                        {move || if bezig.get() { "Bezig…" } else { "Beveiliging aanzetten" }}
                    </button>
                </form>
            })}
            {toon(move || wbs.slot().get() == SlotStand::Ontgrendeld, move || view! {
                <p>"De beveiliging staat aan."</p>
                <div class="veld">
                    <label for="slot-minuten">"Automatisch vergrendelen na (minuten zonder gebruik)"</label>
                    <input
                        type="number"
                        spellcheck="false"
                        id="slot-minuten"
                        class="kort"
                        min="1"
                        max="240"
                        step="1"
                        inputmode="numeric"
                        prop:value=move || wbs.instellingen().with(|i| (i.vergrendel_na_minuten as u32).to_string())
                        on:change=move |ev| {
                            if let Ok(m) = event_target_value(&ev).trim().parse::<u32>() {
                                if (1..=240).contains(&m) {
                                    wbs.zet_vergrendeltijd(m as f64);
                                }
                            }
                        }
                    />
                </div>
                <p><button type="button" on:click=move |_| wbs.vergrendel()>"Nu vergrendelen"</button></p>
                <form on:submit=uit>
                    <h3>"Beveiliging uitzetten"</h3>
                    <WachtwoordVeld id="slot-huidig" label="Huidig wachtwoord" waarde=ww />
                    <button type="submit">{move || if bezig.get() { "Bezig…" } else { "Beveiliging uitzetten" }}</button>
                </form>
            })}
            <div role="status" aria-live="polite">
                {move || uitkomst.get().map(|r| match r {
                    Ok(t) => view! { <p class="melding">{t}</p> }.into_any(),
                    Err(t) => view! { <p class="melding fout">{t}</p> }.into_any(),
                })}
            </div>
        </section>
    }
}
