//! The reactive handle on the open worksheet's edit state (see `kern` for the decisions).

use std::time::Duration;

use leptos::prelude::*;

use super::kern::{Gevolgd, Kern, Status, BEWAAR_NA_MS};
use crate::browser;
use crate::model::Werkblad;
use crate::repo::{self, Bekend};
use crate::state::Werkbladen;

/// The open worksheet: components read it through [`Bewerking::met`] and change it through
/// [`Bewerking::wijzig`]; saving, conflicts and following other tabs happen here. `Copy`, so
/// closures and child components can hold it freely.
#[derive(Clone, Copy)]
pub struct Bewerking {
    kern: StoredValue<Kern, LocalStorage>,
    /// Notified when the worksheet changes: typing here, or another tab's version taken over.
    inhoud: Trigger,
    /// Notified when the save status may have changed.
    stand: Trigger,
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    wbs: Werkbladen,
}

impl Bewerking {
    /// Wraps an opened worksheet; lives as long as the reactive owner that calls it (the editor).
    pub(crate) fn new(wbs: Werkbladen, kern: Kern) -> Bewerking {
        let b = Bewerking {
            kern: StoredValue::new_local(kern),
            inhoud: Trigger::new(),
            stand: Trigger::new(),
            timer: StoredValue::new_local(None),
            wbs,
        };
        if b.kern.with_value(Kern::heeft_wijzigingen) {
            // Changes kept in memory from before: try to store them at once.
            request_animation_frame(move || b.bewaar_nu());
        }
        b
    }

    /// True when both handles are the same open worksheet.
    pub(crate) fn zelfde(&self, ander: &Bewerking) -> bool {
        self.kern == ander.kern
    }

    /// The id of the open worksheet.
    pub fn id(&self) -> String {
        self.kern
            .try_with_value(|k| k.werkblad().id.clone())
            .unwrap_or_default()
    }

    /// Reads the worksheet, tracked: the caller re-runs when it changes. Wrap a part in a
    /// `Memo` so that typing elsewhere does not re-render it.
    pub fn met<U>(&self, f: impl FnOnce(&Werkblad) -> U) -> U {
        self.inhoud.track();
        self.met_untracked(f)
    }

    /// Reads the worksheet without tracking (in event handlers).
    pub fn met_untracked<U>(&self, f: impl FnOnce(&Werkblad) -> U) -> U {
        // A late browser event (a media element, a timer) may still ask after the editor closed:
        // it then sees an empty worksheet instead of bringing the app down.
        let mut f = Some(f);
        let gelezen = self
            .kern
            .try_with_value(|k| f.take().map(|f| f(k.werkblad())))
            .flatten();
        match (gelezen, f) {
            (Some(u), _) => u,
            (None, Some(f)) => f(&Werkblad::default()),
            (None, None) => unreachable!("f ran, so it returned"),
        }
    }

    /// A copy of the worksheet as on screen.
    pub fn werkblad(&self) -> Werkblad {
        self.met_untracked(Clone::clone)
    }

    /// The one way to change the open worksheet. The save follows by itself.
    pub fn wijzig(&self, f: impl FnOnce(&mut Werkblad)) {
        let nu = browser::nu_ms();
        if self.kern.try_update_value(|k| k.wijzig(nu, f)).is_none() {
            return;
        }
        self.inhoud.notify();
        self.stand.notify();
        self.plan_bewaren();
    }

    /// (Re)starts the timer: every change moves the save [`BEWAAR_NA_MS`] further.
    fn plan_bewaren(&self) {
        if let Some(t) = self.timer.try_update_value(Option::take).flatten() {
            t.clear();
        }
        let zelf = *self;
        if let Ok(t) = set_timeout_with_handle(
            move || zelf.tik(),
            Duration::from_millis(BEWAAR_NA_MS as u64),
        ) {
            self.timer.set_value(Some(t));
        }
    }

    /// The timer went off: save if it is due (a later change may have moved it).
    fn tik(&self) {
        let nu = browser::nu_ms();
        let id = self.id();
        self.wbs.bewaar_met(&id, |s, index| {
            self.kern
                .try_update_value(|k| k.tik(s, index, nu))
                .flatten()
        });
        self.stand.notify();
        if self
            .kern
            .try_with_value(Kern::bewaar_om)
            .flatten()
            .is_some()
        {
            self.plan_bewaren();
        }
    }

    /// Saves what is pending now: leaving the page, locking, exporting, an update.
    pub fn bewaar_nu(&self) {
        if let Some(t) = self.timer.try_update_value(Option::take).flatten() {
            t.clear();
        }
        let Some(id) = self.kern.try_with_value(|k| k.werkblad().id.clone()) else {
            return;
        };
        let nu = browser::nu_ms();
        self.wbs.bewaar_met(&id, |s, index| {
            self.kern
                .try_update_value(|k| k.bewaar_nu(s, index, nu))
                .flatten()
        });
        self.stand.notify();
    }

    /// The save status, tracked.
    pub fn status(&self) -> Status {
        self.stand.track();
        self.kern
            .try_with_value(Kern::status)
            .unwrap_or(Status::Opgeslagen)
    }

    /// True while this tab holds changes the store refused, or a conflict is open. Tracked.
    pub fn heeft_onbewaard_werk(&self) -> bool {
        self.stand.track();
        self.kern
            .try_with_value(Kern::heeft_onbewaard_werk)
            .unwrap_or(false)
    }

    /// Conflict: keep this tab's version; the other one is kept as a copy.
    pub fn houd_mijn_versie(&self) {
        let kopie_id = repo::nieuw_id(browser::nu_ms(), browser::willekeurig());
        let nu = browser::nu_ms();
        let id = self.id();
        self.wbs.bewaar_met(&id, |s, index| {
            self.kern
                .try_update_value(|k| k.houd_mijn_versie(s, index, kopie_id, nu))
        });
        self.stand.notify();
    }

    /// Conflict: take the other tab's version; this tab's version is kept as a copy.
    pub fn neem_andere_versie(&self) {
        let kopie_id = repo::nieuw_id(browser::nu_ms(), browser::willekeurig());
        let nu = browser::nu_ms();
        let id = self.id();
        self.wbs.bewaar_met(&id, |s, index| {
            self.kern
                .try_update_value(|k| k.neem_andere_versie(s, index, kopie_id, nu))
        });
        self.inhoud.notify();
        self.stand.notify();
    }

    /// Another tab saved this worksheet (read through this tab's store).
    pub(crate) fn elders_bewaard(&self, nieuw: Werkblad, ruw: Option<String>) {
        match self.kern.try_update_value(|k| k.elders_bewaard(nieuw, ruw)) {
            Some(Gevolgd::Overgenomen) => {
                self.inhoud.notify();
                self.stand.notify();
            }
            Some(Gevolgd::Conflict) => self.stand.notify(),
            _ => {}
        }
    }

    /// The editor closes: save what is pending, and keep in memory what the store refused.
    pub(crate) fn sluit(&self) {
        self.bewaar_nu();
        let over = self.kern.try_with_value(|k| {
            k.heeft_wijzigingen()
                .then(|| (k.werkblad().clone(), k.bekend().clone()))
        });
        if let Some(Some((wb, bekend))) = over {
            self.wbs.bewaar_later(wb, bekend);
        }
    }
}

/// Unsaved work held in memory with what this tab knew of the stored value.
pub type InGeheugen = (Werkblad, Bekend);
