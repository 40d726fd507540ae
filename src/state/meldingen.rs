//! Messages that stay until the user dismisses them: repairs, set-aside data, failures.

use std::time::Duration;

use leptos::prelude::*;

use super::Werkbladen;
use crate::repo::{BewaarFout, LaadFout, LeesFout};

impl Werkbladen {
    /// The messages on screen.
    pub fn meldingen(&self) -> ReadSignal<Vec<String>> {
        self.meldingen.read_only()
    }

    /// Shows a message until the user dismisses it (once, however often it is said).
    pub fn meld(&self, tekst: impl Into<String>) {
        let tekst = tekst.into();
        self.meldingen.update(|m| {
            if !m.contains(&tekst) {
                m.push(tekst)
            }
        });
    }

    /// The user dismissed a message.
    pub fn sluit_melding(&self, tekst: &str) {
        self.meldingen.update(|l| l.retain(|x| x != tekst));
    }

    /// Start-up messages go into the live region only after it is on the page: screen readers
    /// do not announce an alert whose text was there from the start.
    pub(super) fn meld_start_later(&self) {
        let bij_start = self.meldingen.get_untracked();
        if bij_start.is_empty() {
            return;
        }
        self.meldingen.set(Vec::new());
        let wbs = *self;
        set_timeout(
            move || wbs.meldingen.set(bij_start),
            Duration::from_millis(100),
        );
    }
}

/// What a failed save means for the user, in plain Dutch: the typed error becomes a sentence
/// here, at the edge of the state.
pub fn uitleg_bewaarfout(e: &BewaarFout) -> String {
    match e {
        BewaarFout::Opslag(f) => f.uitleg(),
        BewaarFout::Conflict { .. } => CONFLICT_MELDING.to_string(),
        BewaarFout::NieuwereVersie(_) => "Dit werkblad is gemaakt met een nieuwere versie van de \
             app en wordt niet overschreven."
            .to_string(),
    }
}

/// Another tab saved the worksheet that has unsaved changes here.
pub const CONFLICT_MELDING: &str = "Dit werkblad is intussen in een ander tabblad gewijzigd. \
     Je wijzigingen hier zijn nog niet opgeslagen.";

/// Why a worksheet cannot be opened, in plain Dutch.
pub fn uitleg_laadfout(fout: &LaadFout) -> String {
    match fout {
        LaadFout::Opslag(f) => f.uitleg(),
        LaadFout::Lees(LeesFout::NieuwereVersie(_)) => "Dit werkblad is gemaakt met een nieuwere \
             versie van de app en kan hier niet worden getoond. Laad de pagina opnieuw om de \
             nieuwste versie te krijgen."
            .to_string(),
        LaadFout::Lees(LeesFout::Onleesbaar(_)) => "Dit werkblad kan niet worden gelezen. Laad de \
             pagina opnieuw: het wordt dan apart gezet, zonder iets te wissen."
            .to_string(),
    }
}
