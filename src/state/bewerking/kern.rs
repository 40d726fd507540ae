//! The edit state of the open worksheet as plain Rust: when to save, what the save status is,
//! conflicts with another tab and the user's choice. No browser and no signals, so every
//! decision is tested natively over `GeheugenOpslag`; `state::Bewerking` wraps it in signals
//! and a timer.

use crate::model::Werkblad;
use crate::repo::{self, Bekend, BewaarFout, Bewaard, Index, Opslag, OpslagFout};

/// How long typing may pause before the worksheet is saved, in milliseconds.
pub const BEWAAR_NA_MS: f64 = 500.0;

/// A timer set for [`BEWAAR_NA_MS`] may fire a moment before the wall clock says so (the two
/// clocks round differently); a save due within this margin counts as due.
const SPELING_MS: f64 = 5.0;

/// Where the autosave of the open worksheet stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Everything typed is stored.
    Opgeslagen,
    /// Changed; the save follows in a moment.
    Bezig,
    /// The browser gives no storage at all: the worksheet lives in memory only.
    Geheugen,
    /// Another tab saved a newer version while this one has changes: the user chooses.
    Conflict,
    /// The last save failed (full store, locked, newer version, …); the edit is kept in memory
    /// and retried on the next change.
    Fout(BewaarFout),
}

/// What following another tab's save did.
#[derive(Clone, Debug, PartialEq)]
pub enum Gevolgd {
    /// Nothing to do: not newer than what this tab knows.
    Niets,
    /// Nothing was typed here: this tab now shows the other tab's version.
    Overgenomen,
    /// Typed here too: the user has to choose (see [`Kern::houd_mijn_versie`]).
    Conflict,
}

/// The open worksheet with everything needed to save it safely.
#[derive(Clone, Debug)]
pub struct Kern {
    werkblad: Werkblad,
    /// What this tab last wrote or read under the worksheet's key.
    bekend: Bekend,
    /// Changes not yet stored.
    gewijzigd: bool,
    /// When the pending save is due (ms), if one is pending.
    bewaar_om: Option<f64>,
    /// The other tab's version, while the user has not chosen.
    conflict: Option<Werkblad>,
    /// Why the last save failed, until one succeeds.
    fout: Option<BewaarFout>,
    /// The browser gives no storage: saves go to an in-memory store and say so.
    alleen_geheugen: bool,
}

impl Kern {
    /// Opens `werkblad` as stored (`bekend`). `gewijzigd`: it comes from memory with changes that
    /// could not be stored before, so they are saved at the first chance.
    pub fn new(werkblad: Werkblad, bekend: Bekend, gewijzigd: bool, alleen_geheugen: bool) -> Kern {
        Kern {
            werkblad,
            bekend,
            gewijzigd,
            bewaar_om: None,
            conflict: None,
            fout: None,
            alleen_geheugen,
        }
    }

    /// The worksheet as on screen.
    pub fn werkblad(&self) -> &Werkblad {
        &self.werkblad
    }

    /// What this tab knows of the stored value (kept with unsaved work in memory).
    pub fn bekend(&self) -> &Bekend {
        &self.bekend
    }

    /// True when there are changes that are not stored.
    pub fn heeft_wijzigingen(&self) -> bool {
        self.gewijzigd
    }

    /// When the pending save is due, in ms; `None` when nothing waits.
    pub fn bewaar_om(&self) -> Option<f64> {
        self.bewaar_om
    }

    /// The other tab's version while the user has to choose.
    pub fn conflict(&self) -> Option<&Werkblad> {
        self.conflict.as_ref()
    }

    /// The one way to change the worksheet: applies `f` and schedules a save [`BEWAAR_NA_MS`]
    /// after this change (a later change moves it further).
    pub fn wijzig(&mut self, nu: f64, f: impl FnOnce(&mut Werkblad)) {
        f(&mut self.werkblad);
        self.gewijzigd = true;
        self.bewaar_om = Some(nu + BEWAAR_NA_MS);
    }

    /// Saves if the pending save is due at `nu`. `None`: nothing was due.
    pub fn tik(
        &mut self,
        s: &mut dyn Opslag,
        index: &mut Index,
        nu: f64,
    ) -> Option<Result<Bewaard, BewaarFout>> {
        match self.bewaar_om {
            Some(om) if nu + SPELING_MS >= om => self.bewaar_nu(s, index, nu),
            _ => None,
        }
    }

    /// Saves now whatever is pending (leaving the page, locking, exporting, an update).
    /// `None`: nothing to save, or the user still has to resolve a conflict.
    pub fn bewaar_nu(
        &mut self,
        s: &mut dyn Opslag,
        index: &mut Index,
        nu: f64,
    ) -> Option<Result<Bewaard, BewaarFout>> {
        self.bewaar_om = None;
        if !self.gewijzigd || self.conflict.is_some() {
            return None;
        }
        self.werkblad.gewijzigd = nu;
        let uitkomst = repo::bewaar(s, index, &mut self.werkblad, &mut self.bekend);
        match &uitkomst {
            Ok(_) => {
                self.gewijzigd = false;
                self.fout = None;
            }
            Err(BewaarFout::Conflict { opgeslagen }) => {
                self.conflict = Some((**opgeslagen).clone());
            }
            // The edit stays in memory; the next change tries again.
            Err(e) => self.fout = Some(e.clone()),
        }
        Some(uitkomst)
    }

    /// Another tab saved this worksheet; `nieuw` is its value read through this tab's store
    /// (decrypted under the lock), with `ruw` as stored. Nothing typed here: follow it. Typed
    /// here too: let the user choose now rather than at our next save.
    pub fn elders_bewaard(&mut self, nieuw: Werkblad, ruw: Option<String>) -> Gevolgd {
        if nieuw.revisie <= self.bekend.revisie {
            return Gevolgd::Niets;
        }
        if self.gewijzigd {
            self.conflict = Some(nieuw);
            Gevolgd::Conflict
        } else {
            self.bekend = Bekend {
                revisie: nieuw.revisie,
                ruw,
            };
            self.werkblad = nieuw;
            Gevolgd::Overgenomen
        }
    }

    /// Conflict resolved by keeping this tab's version: the other version is saved first as a
    /// copy under `kopie_id` (without room for it nothing is overwritten), then ours over it.
    pub fn houd_mijn_versie(
        &mut self,
        s: &mut dyn Opslag,
        index: &mut Index,
        kopie_id: String,
        nu: f64,
    ) -> Result<Bewaard, BewaarFout> {
        let Some(ander) = self.conflict.clone() else {
            return Ok(Bewaard::default());
        };
        let mut kopie = ander.kopie(kopie_id, nu);
        kopie.gesprek.label = format!("{} (versie uit ander tabblad)", ander.gesprek.label.trim());
        let eerst = self.bewaar_apart(s, index, &mut kopie)?;
        self.conflict = None;
        self.bekend = Bekend::revisie(ander.revisie);
        self.gewijzigd = true;
        match self.bewaar_nu(s, index, nu) {
            Some(uitkomst) => Ok(eerst.en(uitkomst?)),
            None => Ok(eerst),
        }
    }

    /// Conflict resolved by taking the other tab's version: ours is saved as a copy under
    /// `kopie_id` first (without room for it nothing changes), then the other one is shown.
    pub fn neem_andere_versie(
        &mut self,
        s: &mut dyn Opslag,
        index: &mut Index,
        kopie_id: String,
        nu: f64,
    ) -> Result<Bewaard, BewaarFout> {
        let Some(ander) = self.conflict.clone() else {
            return Err(BewaarFout::Opslag(OpslagFout::Anders(
                "geen conflict".into(),
            )));
        };
        let mut mijn = self.werkblad.kopie(kopie_id, nu);
        mijn.gesprek.label = format!("{} (mijn versie)", self.werkblad.gesprek.label.trim());
        let bewaard = self.bewaar_apart(s, index, &mut mijn)?;
        self.conflict = None;
        self.bekend = Bekend::revisie(ander.revisie);
        self.werkblad = ander;
        self.gewijzigd = false;
        self.fout = None;
        self.bewaar_om = None;
        Ok(bewaard)
    }

    fn bewaar_apart(
        &mut self,
        s: &mut dyn Opslag,
        index: &mut Index,
        wb: &mut Werkblad,
    ) -> Result<Bewaard, BewaarFout> {
        repo::bewaar(s, index, wb, &mut Bekend::default()).inspect_err(|e| {
            self.fout = Some(e.clone());
        })
    }

    /// The save status as the user sees it.
    pub fn status(&self) -> Status {
        if self.conflict.is_some() {
            Status::Conflict
        } else if let Some(e) = &self.fout {
            Status::Fout(e.clone())
        } else if self.alleen_geheugen {
            Status::Geheugen
        } else if self.gewijzigd {
            Status::Bezig
        } else {
            Status::Opgeslagen
        }
    }

    /// True when this tab holds changes the store refused (or a conflict still open): the app
    /// must not reload or update over them.
    pub fn heeft_onbewaard_werk(&self) -> bool {
        self.conflict.is_some() || (self.gewijzigd && self.fout.is_some())
    }
}

#[cfg(test)]
mod tests;
