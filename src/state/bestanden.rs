//! Everything that leaves or enters as a file, and what is kept for it: settings, export and
//! import (with the unsaved worksheets in memory), set-aside values, wiping.

use leptos::prelude::*;

use super::bewerking::InGeheugen;
use super::winkel::Winkel;
use super::{SlotStand, Werkbladen};
use crate::browser;
use crate::model::samenvatting::Secties;
use crate::model::uitwisseling::{self, ImportPlan};
use crate::model::Werkblad;
use crate::repo::{self, Bekend, Instellingen};

impl Werkbladen {
    /// Print choice, last export, lock timeout.
    pub fn instellingen(&self) -> ReadSignal<Instellingen> {
        self.instellingen.read_only()
    }

    /// Whether the last import can still be undone.
    pub fn import_ongedaan(&self) -> ReadSignal<bool> {
        self.import_ongedaan.read_only()
    }

    /// The names of worksheets with changes the store refused, kept in memory. Tracked.
    pub fn namen_in_geheugen(&self) -> Vec<String> {
        self.in_geheugen.with(|o| {
            o.iter()
                .map(|(w, _)| repo::IndexItem::van(w).weergavenaam())
                .collect()
        })
    }

    /// Sets the inactivity before the lock closes, in minutes.
    pub fn zet_vergrendeltijd(&self, minuten: f64) {
        self.instellingen
            .update(|i| i.vergrendel_na_minuten = minuten);
        self.bewaar_instellingen();
    }

    /// Remembers which sections the user wants on paper.
    pub fn zet_afdruk(&self, secties: Secties) {
        self.instellingen.update(|i| i.afdruk = secties);
        self.bewaar_instellingen();
    }

    /// Switches the player's keyboard shortcuts on or off (WCAG 2.1.4).
    pub fn zet_sneltoetsen(&self, aan: bool) {
        self.instellingen.update(|i| i.sneltoetsen = aan);
        self.bewaar_instellingen();
    }

    pub(super) fn bewaar_instellingen(&self) {
        let i = self.instellingen.get_untracked();
        match self.met_ruwe_opslag(|s| repo::instellingen::bewaar(s, &i)) {
            // Rare (once per worksheet between exports): a recount keeps the meter exact.
            Ok(()) => self.tel_gebruik(),
            Err(e) => self.meld(e.uitleg()),
        }
    }

    /// Every readable worksheet, for a full export, with the unsaved versions in memory and
    /// the open worksheet as it is on screen in place of the stored ones: an export must rescue
    /// exactly what could not be stored.
    pub fn alle(&self) -> Vec<Werkblad> {
        self.bewaar_open();
        let open = self.open().map(|b| b.werkblad());
        let ids: Vec<String> = self
            .index
            .with_untracked(|i| i.items.iter().map(|x| x.id.clone()).collect());
        let mut alle: Vec<Werkblad> = ids
            .iter()
            .filter_map(|id| self.laad(id).ok().flatten())
            .collect();
        let mut in_geheugen: Vec<Werkblad> = self
            .in_geheugen
            .with_untracked(|o| o.iter().map(|(w, _)| w.clone()).collect());
        in_geheugen.extend(open);
        for w in in_geheugen {
            match alle.iter_mut().find(|x| x.id == w.id) {
                Some(plek) => *plek = w,
                None => alle.push(w),
            }
        }
        alle
    }

    /// Keeps a worksheet whose changes could not be stored, to reopen and export it.
    pub(super) fn bewaar_later(&self, wb: Werkblad, bekend: Bekend) {
        self.in_geheugen.update(|o| {
            o.retain(|(w, _)| w.id != wb.id);
            o.push((wb, bekend));
        });
    }

    /// Takes back the unsaved version of a worksheet, if there is one.
    pub(super) fn neem_uit_geheugen(&self, id: &str) -> Option<InGeheugen> {
        let mut gevonden = None;
        self.in_geheugen.update(|o| {
            if let Some(p) = o.iter().position(|(w, _)| w.id == id) {
                gevonden = Some(o.remove(p));
            }
        });
        gevonden
    }

    /// Offers worksheets as a JSON backup file, and remembers when. `alles`: a full backup,
    /// which resets the export reminder.
    pub fn exporteer(&self, werkbladen: &[Werkblad], bestandsnaam: &str, alles: bool) {
        let json = uitwisseling::exporteer(werkbladen, &browser::nu_iso());
        match browser::download(bestandsnaam, &json, "application/json") {
            Ok(()) => {
                self.instellingen
                    .update(|i| i.noteer_export(browser::nu_ms(), alles));
                self.bewaar_instellingen();
            }
            Err(e) => self.meld(e),
        }
    }

    /// Exports everything now, the open worksheet as it is on screen (from a "full storage"
    /// message).
    pub fn exporteer_alles(&self) -> usize {
        let alle = self.alle();
        self.exporteer(
            &alle,
            &uitwisseling::bestandsnaam_alle(&browser::vandaag_iso()),
            true,
        );
        alle.len()
    }

    /// Writes a confirmed import; keeps an undo copy of what it replaced.
    pub fn importeer(&self, plan: &ImportPlan) -> Result<(), repo::OpslagFout> {
        let mut index = self.index.get_untracked();
        let uitkomst = self.met_opslag(|s| repo::importeer(s, &mut index, plan));
        self.index.set(index);
        self.tel_gebruik();
        self.import_ongedaan.set(uitkomst.is_ok());
        self.zoeken.vergeet_alles();
        uitkomst
    }

    /// Removes every key of the app from this browser and starts empty, the lock included
    /// (also the way out when the passphrase is forgotten).
    pub fn alles_wissen(&self) -> Result<usize, repo::OpslagFout> {
        // Nothing pending may be written back after the wipe.
        self.open.set_value(None);
        self.in_geheugen.set(Vec::new());
        let ruw = self.winkel.try_update_value(Winkel::neem_ruw).flatten();
        let Some(mut ruw) = ruw else {
            return Err(repo::OpslagFout::Onbeschikbaar);
        };
        let uitkomst = repo::alles_wissen(ruw.as_mut());
        let nog_op_slot = repo::slot::is_aan(ruw.as_ref()).unwrap_or(false);
        self.winkel.set_value(if nog_op_slot {
            Winkel::Vergrendeld(ruw)
        } else {
            Winkel::Open(ruw)
        });
        self.slot.set(if nog_op_slot {
            SlotStand::Vergrendeld
        } else {
            SlotStand::Uit
        });
        self.vergeet_inhoud();
        self.instellingen.set(Instellingen::default());
        self.gebruik.set(0);
        uitkomst
    }

    /// Offers the values set aside as a file.
    pub fn exporteer_apart_gezet(&self) {
        match self.met_opslag(|s| repo::apart_gezet_export(s)) {
            Ok(json) => {
                let naam = format!("werkblad-apart-gezet-{}.json", browser::vandaag_iso());
                if let Err(e) = browser::download(&naam, &json, "application/json") {
                    self.meld(e);
                }
            }
            Err(e) => self.meld(e.uitleg()),
        }
    }

    /// Undoes the last import.
    pub fn maak_import_ongedaan(&self) {
        let mut index = self.index.get_untracked();
        let uitkomst = self.met_opslag(|s| repo::maak_import_ongedaan(s, &mut index));
        self.index.set(index);
        self.import_ongedaan.set(false);
        self.zoeken.vergeet_alles();
        if let Err(e) = uitkomst {
            self.meld(e.uitleg());
        }
    }
}
