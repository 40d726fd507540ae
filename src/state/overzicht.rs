//! The overview: the list of worksheets, and making, copying, deleting and restoring them.

use leptos::prelude::*;

use super::Werkbladen;
use crate::browser;
use crate::model::Werkblad;
use crate::repo::{self, Index};

impl Werkbladen {
    /// The overview, newest first.
    pub fn index(&self) -> ReadSignal<Index> {
        self.index.read_only()
    }

    /// The worksheet deleted last, as (id, name), while undo is offered.
    pub fn verwijderd(&self) -> ReadSignal<Option<(String, String)>> {
        self.verwijderd.read_only()
    }

    /// Keys of values set aside because they could not be read.
    pub fn apart_gezet(&self) -> ReadSignal<Vec<String>> {
        self.apart_gezet.read_only()
    }

    /// Creates, saves and returns a new worksheet.
    pub fn nieuw(&self) -> Werkblad {
        let id = repo::nieuw_id(browser::nu_ms(), browser::willekeurig());
        let mut wb = Werkblad::nieuw(id, browser::nu_ms(), &browser::vandaag_iso());
        self.bewaar_of_meld(&mut wb);
        wb
    }

    /// Creates a follow-up worksheet of the same trajectory; the open one is saved first.
    pub fn vervolg(&self, van: &Werkblad) -> Werkblad {
        self.bewaar_open();
        let id = repo::nieuw_id(browser::nu_ms(), browser::willekeurig());
        let mut wb = van.vervolg(id, browser::nu_ms(), &browser::vandaag_iso());
        self.bewaar_of_meld(&mut wb);
        wb
    }

    /// Saves a copy of a worksheet under a new id; returns the copy.
    pub fn dupliceer(&self, id: &str) -> Option<Werkblad> {
        let origineel = self.laad(id).ok()??;
        let mut kopie = origineel.kopie(
            repo::nieuw_id(browser::nu_ms(), browser::willekeurig()),
            browser::nu_ms(),
        );
        let label = origineel.gesprek.label.trim();
        kopie.gesprek.label = if label.is_empty() {
            "kopie".into()
        } else {
            format!("{label} (kopie)")
        };
        self.bewaar_of_meld(&mut kopie);
        Some(kopie)
    }

    fn bewaar_of_meld(&self, wb: &mut Werkblad) {
        if let Err(e) = self.bewaar_nieuw(wb) {
            self.meld(super::uitleg_bewaarfout(&e));
        }
    }

    /// Deletes a worksheet into the bin and offers undo.
    pub fn verwijder(&self, id: &str) {
        let naam = self
            .index
            .with_untracked(|i| {
                i.items
                    .iter()
                    .find(|x| x.id == id)
                    .map(|x| x.weergavenaam())
            })
            .unwrap_or_default();
        let mut index = self.index.get_untracked();
        let uitkomst =
            self.met_opslag(|s| repo::naar_prullenbak(s, &mut index, id, browser::nu_ms()));
        self.index.set(index);
        self.tel_gebruik();
        match uitkomst {
            Ok(()) => self.verwijderd.set(Some((id.to_string(), naam))),
            Err(e) => self.meld(e.uitleg()),
        }
    }

    /// Brings the last deleted worksheet back.
    pub fn herstel(&self, id: &str) {
        let mut index = self.index.get_untracked();
        let uitkomst = self.met_opslag(|s| repo::herstel(s, &mut index, id));
        self.index.set(index);
        self.verwijderd.set(None);
        if let Err(e) = uitkomst {
            self.meld(e.uitleg());
        }
    }
}
