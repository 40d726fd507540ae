//! The page around the app: leaving it, other tabs, updates, inactivity. The state listens to
//! these itself, so no component has to, and acts on the open worksheet by direct calls.

use std::time::Duration;

use leptos::prelude::*;

use super::{SlotStand, Werkbladen};
use crate::browser;

impl Werkbladen {
    pub(super) fn luister_naar_pagina(&self) {
        let wbs = *self;
        // Leaving the page or switching tabs: store what is pending while we still can.
        let _ = window_event_listener_untyped("pagehide", move |_| wbs.bewaar_open());
        let _ = window_event_listener_untyped("visibilitychange", move |_| wbs.bewaar_open());
        // Closing or reloading a tab with work that could not be stored: the browser asks first.
        let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
            wbs.bewaar_open();
            if wbs.heeft_onbewaard_werk_untracked() {
                ev.prevent_default();
                ev.set_return_value("");
            }
        });
        // boot.js announces an installed update; the banner lets the user choose the moment.
        let _ = window_event_listener_untyped(browser::EVENT_NIEUWE_VERSIE, move |_| {
            wbs.nieuwe_versie.set(true)
        });
        // Another tab changed our storage: keep the overview and the open worksheet current.
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            wbs.elders_gewijzigd(ev.key(), ev.old_value(), ev.new_value());
        });
        if self.opslag_werkt {
            leptos::task::spawn_local(async move {
                let antwoord = browser::vraag_blijvende_opslag().await;
                wbs.blijvend.set(antwoord);
            });
        }
        // With the lock on: close it after the chosen time without keyboard, mouse or touch.
        let laatst_actief = StoredValue::new(browser::nu_ms());
        for soort in ["keydown", "pointerdown", "input", "wheel"] {
            let _ = window_event_listener_untyped(soort, move |_| {
                laatst_actief.set_value(browser::nu_ms())
            });
        }
        let _ = set_interval_with_handle(
            move || {
                let minuten = wbs.instellingen.with_untracked(|i| i.vergrendel_na_minuten);
                let stil = browser::nu_ms() - laatst_actief.get_value();
                if wbs.slot.get_untracked() == SlotStand::Ontgrendeld && stil >= minuten * 60_000.0
                {
                    wbs.vergrendel();
                }
            },
            Duration::from_secs(1),
        );
    }

    /// [`Werkbladen::heeft_onbewaard_werk`] without tracking, for event handlers.
    pub fn heeft_onbewaard_werk_untracked(&self) -> bool {
        untrack(|| self.heeft_onbewaard_werk())
    }

    /// The user chose to update now: pending work is saved first, and a tab whose work cannot
    /// be stored is not reloaded at all. `Err` says why not, in plain Dutch.
    pub fn werk_bij(&self) -> Result<(), &'static str> {
        self.bewaar_open();
        if !self.opslag_werkt {
            Err("Deze browser bewaart niets, dus bijwerken zou je werk wissen. Exporteer eerst je werk.")
        } else if self.heeft_onbewaard_werk_untracked() {
            Err("Je laatste wijzigingen zijn nog niet opgeslagen. Los dat eerst op (of exporteer je werk); daarna kun je bijwerken.")
        } else {
            browser::stuur(browser::EVENT_ACTIVEER_VERSIE);
            Ok(())
        }
    }
}
