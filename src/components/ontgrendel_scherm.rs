use leptos::prelude::*;
use leptos::task::spawn_local;

use super::wachtwoord_veld::WachtwoordVeld;
use super::wis_bevestiging::WisBevestiging;
use crate::browser;
use crate::state::werkbladen;

/// Shown instead of the app while the passphrase lock is closed.
#[component]
pub fn OntgrendelScherm() -> impl IntoView {
    let wbs = werkbladen();
    browser::zet_titel("Vergrendeld – Werkblad");
    let wachtwoord = RwSignal::new(String::new());
    let bezig = RwSignal::new(false);
    let fout = RwSignal::new(None::<String>);

    let ontgrendel = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if bezig.get_untracked() {
            return;
        }
        bezig.set(true);
        fout.set(None);
        let ww = wachtwoord.get_untracked();
        spawn_local(async move {
            let uitkomst = wbs.ontgrendel(ww).await;
            bezig.set(false);
            match uitkomst {
                Ok(()) => wachtwoord.set(String::new()),
                Err(e) => {
                    fout.set(Some(e.uitleg()));
                    browser::focus("ontgrendel-wachtwoord");
                }
            }
        });
    };

    view! {
        <h1 id="paginatitel" tabindex="-1">"Werkblad is vergrendeld"</h1>
        <p>"Je werkbladen zijn beveiligd met een wachtwoord. Typ het wachtwoord om verder te werken."</p>
        <form class="ontgrendelen" on:submit=ontgrendel>
            <WachtwoordVeld id="ontgrendel-wachtwoord" label="Wachtwoord" waarde=wachtwoord fout=fout autofocus=true />
            <button type="submit" class="hoofdknop" aria-disabled=move || bezig.get().to_string()>
                {move || if bezig.get() { "Bezig met ontgrendelen…" } else { "Ontgrendelen" }}
            </button>
        </form>
        <details class="uitleg">
            <summary>"Wachtwoord vergeten?"</summary>
            <p>
                "Zonder het wachtwoord kan niemand je werkbladen openen, ook de app niet. Heb je een export (back-up)? Dan kun je alles wissen, opnieuw beginnen en de export importeren. Zonder export zijn de werkbladen weg."
            </p>
            <WisBevestiging id="vergeten-bevestiging" label="Typ WISSEN om alles in deze browser te wissen" />
        </details>
    }
}
