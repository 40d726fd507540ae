use leptos::html::Video;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::moment_nemen::MomentNemen;
use super::opname_opnieuw::OpnameOpnieuw;
use super::opname_tijdlijn::OpnameTijdlijn;
use super::toon::toon;
use crate::media;
use crate::model::opname::{SNELHEDEN, STAP};
use crate::model::Tijdcode;
use crate::state::opname::Speler;
use crate::state::werkbladen;

/// What the file chooser offers: video and audio, and the usual extensions for systems that do
/// not know a recording's MIME type.
const ACCEPT: &str = "video/*,audio/*,.mp4,.m4v,.mov,.webm,.ogg,.ogv,.mp3,.m4a,.aac,.wav,.opus";

/// The recording beside the worksheet: open or drop a file, watch it with Dutch controls, take
/// moments, and see them on a timeline. Without a recording only a small bar to open one.
#[component]
pub fn OpnameSpeler(speler: Speler) -> impl IntoView {
    let wbs = werkbladen();
    let video = NodeRef::<Video>::new();
    video.on_load(move |el| speler.koppel(el.unchecked_into()));

    // The whole editor is a drop zone, for files only: text dragged between fields is left alone.
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if media::sleept_bestanden(&ev) {
            ev.prevent_default();
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        if !media::sleept_bestanden(&ev) {
            return;
        }
        ev.prevent_default();
        match media::gedropt(&ev) {
            Ok(Some(bestand)) => speler.open_bestand(bestand),
            Ok(None) => {}
            Err(fout) => speler.meld(fout),
        }
    });
    let toets = window_event_listener(leptos::ev::keydown, move |ev| {
        if speler.bij_toets(
            &ev.code(),
            ev.alt_key(),
            ev.ctrl_key(),
            ev.meta_key(),
            ev.shift_key(),
        ) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || {
        over.remove();
        drop.remove();
        toets.remove();
    });

    let kies = move |gekozen: Result<Option<web_sys::File>, _>| match gekozen {
        Ok(Some(bestand)) => speler.open_bestand(bestand),
        Ok(None) => {}
        Err(fout) => speler.meld(fout),
    };

    let open = move || speler.url.with(Option::is_some);
    let klok = move || {
        let nu = Tijdcode::van_seconden(speler.tijd.get()).klok();
        match speler.duur.get() {
            Some(d) => format!("{nu} / {}", Tijdcode::van_seconden(d).klok()),
            None => nu,
        }
    };
    let klok_voluit = move || {
        let nu = Tijdcode::van_seconden(speler.tijd.get()).klok();
        match speler.duur.get() {
            Some(d) => format!("{nu} van {}", Tijdcode::van_seconden(d).klok()),
            None => nu,
        }
    };
    let titel = move || {
        speler
            .bestand
            .with(|b| b.as_ref().map(|b| b.naam.clone()))
            .unwrap_or_default()
    };

    view! {
        <section class="opname" aria-labelledby="opname-kop" class:ingeklapt=move || speler.ingeklapt.get()>
            <div class="opname-boven">
            <h2 id="opname-kop" class="opname-kop">
                "Opname"
                {toon(open, move || view! {
                    <span class="opname-naam">{move || format!(": {}", titel())}</span>
                })}
            </h2>
            <p class="opname-tijd kop-tijd" aria-hidden="true" hidden=move || !open()>{klok}</p>
            <div class="opname-inklappen" hidden=move || !open() || speler.waarschuwing.with(Option::is_some)>
                <button
                    type="button"
                    class="link-knop"
                    aria-expanded=move || if speler.ingeklapt.get() { "false" } else { "true" }
                    on:click=move |_| speler.ingeklapt.update(|i| *i = !*i)
                >
                    {move || if speler.ingeklapt.get() { "Uitklappen" } else { "Inklappen" }}
                </button>
            </div>
            </div>
            <p class="melding fout" role="alert" hidden=move || speler.fout.with(Option::is_none)>
                {move || speler.fout.get()}
            </p>
            {toon(move || !open(), move || view! {
                <OpnameOpnieuw speler=speler kies=Callback::new(move |()| media::kies_bestand(ACCEPT, kies)) />
            })}
            {toon(move || speler.waarschuwing.with(Option::is_some), move || view! {
                <div class="melding waarschuwing" role="alert">
                    <p>{move || speler.waarschuwing.get()}</p>
                    <div class="knoppen">
                        <button type="button" on:click=move |_| speler.gebruik_toch()>"Deze opname gebruiken"</button>
                        <button type="button" on:click=move |_| speler.sluit()>"Niet gebruiken"</button>
                    </div>
                </div>
            })}
            <div class="opname-beeld" hidden=move || !open() || speler.waarschuwing.with(Option::is_some)>
                <video
                    node_ref=video
                    class:geen-beeld=move || !speler.beeld.get()
                    src=move || speler.url.get()
                    preload="metadata"
                    playsinline=true
                    aria-label=move || format!("Opname {}", titel())
                ></video>
                <p class="opname-geluid" hidden=move || speler.beeld.get()>"Alleen geluid"</p>
                // Controls only while a recording is open: no fields without a visible label.
                {toon(move || open() && speler.waarschuwing.with(Option::is_none), move || view! {
                <div class="opname-knoppen" role="group" aria-label="Afspelen">
                    <button type="button" class="hoofdknop" on:click=move |_| speler.speel_pauze()>
                        {move || if speler.speelt.get() { "Pauzeren" } else { "Afspelen" }}
                    </button>
                    <button type="button" on:click=move |_| speler.spring(-STAP)>"5 s terug"</button>
                    <button type="button" on:click=move |_| speler.spring(STAP)>"5 s vooruit"</button>
                    <p class="opname-tijd">
                        <span aria-hidden="true">{klok}</span>
                        <span class="sr-only">{move || format!("Tijd: {}", klok_voluit())}</span>
                    </p>
                </div>
                <MomentNemen speler=speler />
                <div class="opname-extra">
                <div class="opname-positie veld">
                    <label for="opname-positie">"Positie in de opname"</label>
                    <input
                        type="range"
                        spellcheck="false"
                        id="opname-positie"
                        min="0"
                        step="1"
                        max=move || (speler.duur.get().unwrap_or(0.0) as u32).to_string()
                        prop:value=move || (speler.tijd.get() as u32).to_string()
                        aria-valuetext=klok_voluit
                        on:input=move |ev| {
                            if let Ok(s) = event_target_value(&ev).parse::<u32>() {
                                speler.zoek(f64::from(s));
                            }
                        }
                    />
                </div>
                <OpnameTijdlijn speler=speler />
                <div class="opname-rij">
                    <div class="veld snelheid">
                        <label for="opname-snelheid">"Snelheid"</label>
                        // Options by index: no float formatting in the wasm.
                        <select
                            id="opname-snelheid"
                            prop:value=move || {
                                let nu = speler.snelheid.get();
                                SNELHEDEN.iter().position(|(s, _)| *s == nu).unwrap_or(1).to_string()
                            }
                            on:change=move |ev| {
                                if let Some((s, _)) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| SNELHEDEN.get(i)) {
                                    speler.zet_snelheid(*s);
                                }
                            }
                        >
                            {SNELHEDEN
                                .iter()
                                .enumerate()
                                .map(|(i, &(_, naam))| view! { <option value=i.to_string()>{naam}</option> })
                                .collect_view()}
                        </select>
                    </div>
                </div>
                <div class="keuze sneltoetsen">
                    <input
                        type="checkbox"
                        spellcheck="false"
                        id="opname-sneltoetsen"
                        prop:checked=move || wbs.instellingen().with(|i| i.sneltoetsen)
                        on:change=move |ev| wbs.zet_sneltoetsen(event_target_checked(&ev))
                    />
                    <label for="opname-sneltoetsen">"Sneltoetsen: Alt+M neemt een moment, Alt+K speelt af of pauzeert"</label>
                </div>
                <div class="knoppen opname-onder">
                    <button
                        type="button"
                        class="link-knop"
                        on:click=move |_| {
                            speler.sluit();
                            request_animation_frame(|| crate::browser::focus("opname-kop"));
                        }
                    >
                        "Opname sluiten"
                    </button>
                </div>
                </div>
                })}
            </div>
        </section>
    }
}
