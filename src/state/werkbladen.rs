//! `Werkbladen`, the app state held at the top and shared through context: the store and its
//! lock, the overview, messages, settings, and the open worksheet's edit state. Its signals are
//! private; components read them through small getters and change things by calling methods.
//! The concerns live in their own files: `overzicht.rs`, `meldingen.rs`, `bestanden.rs`
//! (settings, export, import, wiping), `slot.rs`, `tabs.rs`, `pagina.rs`.

use leptos::prelude::*;

use super::bewerking::kern::Kern;
use super::bewerking::{Bewerking, InGeheugen};
use super::winkel::Winkel;
use super::SlotStand;
use crate::browser;
use crate::model::Werkblad;
use crate::repo::{self, BewaarFout, Bewaard, Geopend, Index, Instellingen, LaadFout, Opslag};
use crate::storage;

/// Shared handle to the app state. `Copy`, so closures can hold it freely.
#[derive(Clone, Copy)]
pub struct Werkbladen {
    pub(super) winkel: StoredValue<Winkel, LocalStorage>,
    /// Whether the passphrase lock is off, on and unlocked, or on and locked.
    pub(super) slot: RwSignal<SlotStand>,
    /// False when the browser gives no storage: the app works in memory only.
    pub(super) opslag_werkt: bool,
    /// The overview, newest first.
    pub(super) index: RwSignal<Index>,
    /// Messages for the user that stay until dismissed (set-aside data, repairs, failures).
    pub(super) meldingen: RwSignal<Vec<String>>,
    /// The worksheet deleted last, as (id, name), while undo is offered.
    pub(super) verwijderd: RwSignal<Option<(String, String)>>,
    /// Print choice, last export, lock timeout.
    pub(super) instellingen: RwSignal<Instellingen>,
    /// Whether the last import can still be undone.
    pub(super) import_ongedaan: RwSignal<bool>,
    /// Keys of values set aside because they could not be read.
    pub(super) apart_gezet: RwSignal<Vec<String>>,
    /// How much of the store the app uses, in UTF-16 units.
    pub(super) gebruik: RwSignal<usize>,
    /// Whether the browser promised to keep our data (`navigator.storage.persist()`).
    pub(super) blijvend: RwSignal<Option<bool>>,
    /// The worksheet open in the editor, if any: flushed directly by lock, export and updates.
    pub(super) open: StoredValue<Option<Bewerking>, LocalStorage>,
    /// Worksheets left with changes the store refused, kept in memory to reopen and export.
    pub(super) in_geheugen: RwSignal<Vec<InGeheugen>>,
    /// A new version of the app is installed and waiting (see boot.js).
    pub(super) nieuwe_versie: RwSignal<bool>,
    /// The overview's search index, kept current by saves and other tabs.
    pub(super) zoeken: super::zoeken::Zoeken,
}

/// A worksheet opened in the editor.
pub enum Open {
    /// Ready to edit.
    Bewerken(Bewerking),
    /// Written by a newer app version: shown, never saved.
    AlleenLezen(Werkblad),
}

impl Werkbladen {
    /// Opens the store, repairs what needs repairing and loads the index; with the passphrase
    /// lock on, it waits for the passphrase instead (see `ontgrendel`). Registers the page
    /// listeners the state needs (saving on leaving, other tabs, updates).
    pub fn start() -> Werkbladen {
        let (opslag, opslag_werkt) = storage::open();
        let aan = repo::slot::is_aan(opslag.as_ref()).unwrap_or(false);
        let wbs = Werkbladen {
            winkel: StoredValue::new_local(if aan {
                Winkel::Vergrendeld(opslag)
            } else {
                Winkel::Open(opslag)
            }),
            slot: RwSignal::new(if aan {
                SlotStand::Vergrendeld
            } else {
                SlotStand::Uit
            }),
            opslag_werkt,
            index: RwSignal::new(Index::default()),
            meldingen: RwSignal::new(Vec::new()),
            verwijderd: RwSignal::new(None),
            instellingen: RwSignal::new(Instellingen::default()),
            import_ongedaan: RwSignal::new(false),
            apart_gezet: RwSignal::new(Vec::new()),
            gebruik: RwSignal::new(0),
            blijvend: RwSignal::new(None),
            open: StoredValue::new_local(None),
            in_geheugen: RwSignal::new(Vec::new()),
            nieuwe_versie: RwSignal::new(false),
            zoeken: super::zoeken::Zoeken::nieuw(),
        };
        // Settings are never encrypted: the print choice and the lock timeout apply when locked.
        wbs.instellingen
            .set(wbs.met_ruwe_opslag(|s| repo::instellingen::lees(s)));
        if !aan {
            wbs.laad_alles();
            wbs.meld_start_later();
        }
        wbs.luister_naar_pagina();
        wbs
    }

    /// Start-up work on an open (or just unlocked) store: the index, then (after the first
    /// paint, in small steps) the checks that read every worksheet, and the storage count.
    pub(super) fn laad_alles(&self) {
        let nu = browser::nu_ms();
        let (index, meldingen, nacontrole, apart_gezet) =
            match self.met_opslag(|s| repo::opstarten_vanaf_index(s, nu)) {
                Ok(op) => (
                    op.index,
                    op.meldingen.into_iter().map(|m| m.tekst).collect(),
                    op.nacontrole,
                    op.apart_gezet,
                ),
                Err(e) => (
                    Index::default(),
                    vec![e.uitleg()],
                    Default::default(),
                    self.met_opslag(|s| repo::apart_gezet(s))
                        .unwrap_or_default(),
                ),
            };
        self.index.set(index);
        self.meldingen.set(meldingen);
        self.import_ongedaan
            .set(self.met_opslag(|s| repo::kan_ongedaan(s)));
        self.apart_gezet.set(apart_gezet);
        // After the first paint: a timeout queued from an animation frame runs after it.
        let wbs = *self;
        request_animation_frame(move || wbs.controleer_verder(nacontrole));
    }

    /// One step of start-up's remaining checks (25 worksheets), then yields to the browser so
    /// typing and clicks go first; counts the storage use when done. Stops while locked:
    /// unlocking starts again from `laad_alles`.
    fn controleer_verder(self, mut nacontrole: repo::Nacontrole) {
        set_timeout(
            move || {
                if self.slot.get_untracked() == SlotStand::Vergrendeld {
                    return;
                }
                let stap = self
                    .index
                    .try_update_untracked(|index| {
                        self.met_opslag(|s| nacontrole.stap(s, index, browser::nu_ms(), 25))
                    })
                    .unwrap_or_default();
                if stap.index_gewijzigd {
                    self.index.notify();
                }
                if !stap.meldingen.is_empty() {
                    for m in stap.meldingen {
                        self.meld(m.tekst);
                    }
                    self.apart_gezet.set(
                        self.met_opslag(|s| repo::apart_gezet(s))
                            .unwrap_or_default(),
                    );
                }
                if nacontrole.klaar() {
                    self.tel_gebruik();
                } else {
                    self.controleer_verder(nacontrole);
                }
            },
            std::time::Duration::ZERO,
        );
    }

    /// Forgets everything decrypted: the index, messages, offers to undo.
    pub(super) fn vergeet_inhoud(&self) {
        self.zoeken.vergeet_alles();
        self.index.set(Index::default());
        self.meldingen.set(Vec::new());
        self.verwijderd.set(None);
        self.apart_gezet.set(Vec::new());
        self.import_ongedaan.set(false);
    }

    /// Runs `f` on the store. The store lives in the root owner, as long as the app. While
    /// locked, the store refuses every read and write.
    pub(super) fn met_opslag<U>(&self, f: impl FnOnce(&mut dyn Opslag) -> U) -> U {
        self.winkel
            .try_update_value(|w| f(w.opslag()))
            .expect("the store lives as long as the app")
    }

    /// Runs `f` on the store as stored (no decryption): for the settings, the lock itself,
    /// and wiping.
    pub(super) fn met_ruwe_opslag<U>(&self, f: impl FnOnce(&mut dyn Opslag) -> U) -> U {
        self.winkel
            .try_update_value(|w| match w {
                Winkel::Open(o) | Winkel::Vergrendeld(o) => f(o.as_mut()),
                Winkel::Ontgrendeld(v) => f(v),
                Winkel::Tussenin => f(&mut repo::GeheugenOpslag::new()),
            })
            .expect("the store lives as long as the app")
    }

    /// False when the browser gives no storage: the app works in memory only.
    pub fn opslag_werkt(&self) -> bool {
        self.opslag_werkt
    }

    /// Whether the passphrase lock is off, unlocked or locked.
    pub fn slot(&self) -> ReadSignal<SlotStand> {
        self.slot.read_only()
    }

    /// How much of the store the app uses, in UTF-16 units.
    pub fn gebruik(&self) -> ReadSignal<usize> {
        self.gebruik.read_only()
    }

    /// Whether the browser promised to keep our data; `None` until it answered.
    pub fn blijvend(&self) -> ReadSignal<Option<bool>> {
        self.blijvend.read_only()
    }

    /// Whether a new version of the app waits for the user's go-ahead.
    pub fn nieuwe_versie(&self) -> ReadSignal<bool> {
        self.nieuwe_versie.read_only()
    }

    /// Opens a worksheet in the editor, in one call: its unsaved version from memory if there
    /// is one, else the stored one; read-only when a newer app version wrote it.
    /// `Ok(None)`: there is none with this id.
    pub fn open_werkblad(&self, id: &str) -> Result<Option<Open>, LaadFout> {
        let kern = if let Some((wb, bekend)) = self.neem_uit_geheugen(id) {
            Kern::new(wb, bekend, true, !self.opslag_werkt)
        } else {
            match self.met_opslag(|s| repo::open(s, id))? {
                None => return Ok(None),
                Some(Geopend::AlleenLezen { werkblad, .. }) => {
                    return Ok(Some(Open::AlleenLezen(werkblad)))
                }
                Some(Geopend::Bewerkbaar { werkblad, bekend }) => {
                    Kern::new(werkblad, bekend, false, !self.opslag_werkt)
                }
            }
        };
        let b = Bewerking::new(*self, kern);
        self.open.set_value(Some(b));
        Ok(Some(Open::Bewerken(b)))
    }

    /// The editor closes: saves what is pending; what the store refused stays in memory.
    pub fn sluit_werkblad(&self, b: Bewerking) {
        b.sluit();
        self.open.try_update_value(|o| {
            if o.is_some_and(|x| x.zelfde(&b)) {
                *o = None;
            }
        });
    }

    /// The open worksheet, if any.
    pub fn open(&self) -> Option<Bewerking> {
        self.open.try_get_value().flatten()
    }

    /// Saves the open worksheet's pending changes now (lock, export, update, leaving).
    pub fn bewaar_open(&self) {
        if let Some(b) = self.open() {
            b.bewaar_nu();
        }
    }

    /// True when this tab holds work that is not stored: refused changes in the editor or
    /// worksheets kept in memory. Tracked.
    pub fn heeft_onbewaard_werk(&self) -> bool {
        self.open().is_some_and(|b| b.heeft_onbewaard_werk())
            || self.in_geheugen.with(|o| !o.is_empty())
    }

    /// Runs one save of worksheet `id` (from the edit state) on the store and the index, then
    /// keeps the overview, the storage meter and the export reminder current.
    pub(crate) fn bewaar_met(
        &self,
        id: &str,
        f: impl FnOnce(&mut dyn Opslag, &mut Index) -> Option<Result<Bewaard, BewaarFout>>,
    ) -> Option<Result<Bewaard, BewaarFout>> {
        // The index is updated in place: no copy of it per save, and subscribers are told only
        // when what the overview shows changed.
        let uitkomst = self
            .index
            .try_update_untracked(|index| self.met_opslag(|s| f(s, index)))
            .flatten();
        if let Some(Ok(bewaard)) = &uitkomst {
            self.na_bewaren(id, *bewaard);
        }
        uitkomst
    }

    /// The overview's search.
    pub fn zoeken(&self) -> super::zoeken::Zoeken {
        self.zoeken
    }

    fn na_bewaren(&self, id: &str, bewaard: Bewaard) {
        // Cheaper than indexing the text on every save: the next search reads it once.
        self.zoeken.markeer(id);
        if bewaard.index_gewijzigd {
            self.index.notify();
        }
        self.gebruik
            .update(|g| *g = (*g as i64 + bewaard.verschil_gebruik).max(0) as usize);
        let nieuw = self
            .instellingen
            .try_update_untracked(|i| i.noteer_wijziging(id, browser::nu_ms()))
            .unwrap_or(false);
        if nieuw {
            self.instellingen.notify();
            self.bewaar_instellingen();
        }
    }

    /// Saves a worksheet that is not open in the editor (new, copy, follow-up).
    pub(super) fn bewaar_nieuw(&self, wb: &mut Werkblad) -> Result<(), BewaarFout> {
        wb.gewijzigd = browser::nu_ms();
        let id = wb.id.clone();
        self.bewaar_met(&id, |s, index| {
            Some(repo::bewaar(s, index, wb, &mut repo::Bekend::default()))
        })
        .expect("always runs")
        .map(|_| ())
    }

    /// Recounts the storage use after operations that touch many keys.
    pub(crate) fn tel_gebruik(&self) {
        let g = self.met_opslag(|s| repo::gebruik(s)).unwrap_or(0);
        self.gebruik.set(g);
    }

    /// Loads one worksheet. `Ok(None)`: there is none with this id.
    pub fn laad(&self, id: &str) -> Result<Option<Werkblad>, LaadFout> {
        self.met_opslag(|s| repo::laad(s, id))
    }
}

/// The shared state, from context.
pub fn werkbladen() -> Werkbladen {
    expect_context::<Werkbladen>()
}
