//! The app's state, held at the top and shared through context: the store, the overview index
//! and messages. Components call these methods; none of them touches storage directly.

mod bestanden;
mod slot;
mod tabs;
mod winkel;

pub use slot::SlotStand;
use winkel::Winkel;

use leptos::prelude::*;

use crate::browser;

use crate::model::Werkblad;
use crate::repo::{self, BewaarFout, Index, Instellingen, LaadFout, LeesFout, Opslag};
use crate::storage;

/// Shared handle to the worksheets. `Copy`, so closures can hold it freely.
#[derive(Clone, Copy)]
pub struct Werkbladen {
    winkel: StoredValue<Winkel, LocalStorage>,
    /// Whether the passphrase lock is off, on and unlocked, or on and locked.
    pub slot: RwSignal<SlotStand>,
    /// False when the browser gives no storage: the app works in memory only.
    pub opslag_werkt: bool,
    /// The overview, newest first.
    pub index: RwSignal<Index>,
    /// Messages for the user that stay until dismissed (quarantine, repairs, failures).
    pub meldingen: RwSignal<Vec<String>>,
    /// The worksheet deleted last, as (id, name), while undo is offered.
    pub verwijderd: RwSignal<Option<(String, String)>>,
    /// Print choice and last export.
    pub instellingen: RwSignal<Instellingen>,
    /// Whether the last import can still be undone.
    pub import_ongedaan: RwSignal<bool>,
    /// Keys of values set aside because they could not be read.
    pub apart_gezet: RwSignal<Vec<String>>,
    /// How much of the store the app uses, in UTF-16 units.
    pub gebruik: RwSignal<usize>,
    /// Whether the browser promised to keep our data (`navigator.storage.persist()`);
    /// `None` until it answered or when it cannot say.
    pub blijvend: RwSignal<Option<bool>>,
    /// The last change another tab made to one of our keys: (key, new value).
    pub extern_gewijzigd: RwSignal<Option<(String, Option<String>)>>,
    /// True while the open worksheet has changes that could not be stored.
    pub onopgeslagen: RwSignal<bool>,
    /// Worksheets left with changes that could not be stored (a full store), with the revision
    /// they were based on. Kept in memory, reopened from here, included in every export.
    pub onbewaard: RwSignal<Vec<(Werkblad, u64)>>,
    /// A new version of the app is installed and waiting (see boot.js).
    pub nieuwe_versie: RwSignal<bool>,
}

impl Werkbladen {
    /// Opens the store, repairs what needs repairing and loads the index; with the passphrase
    /// lock on, it waits for the passphrase instead (see `ontgrendel`).
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
            extern_gewijzigd: RwSignal::new(None),
            onopgeslagen: RwSignal::new(false),
            onbewaard: RwSignal::new(Vec::new()),
            nieuwe_versie: RwSignal::new(false),
        };
        // Settings are never encrypted: the print choice and the lock timeout apply when locked.
        wbs.instellingen
            .set(wbs.met_ruwe_opslag(|s| repo::instellingen::lees(s)));
        if !aan {
            wbs.laad_alles();
        }
        wbs
    }

    /// Start-up work on an open (or just unlocked) store: repair, index, counts.
    fn laad_alles(&self) {
        let nu = browser::nu_ms();
        let (index, meldingen) = match self.met_opslag(|s| repo::opstarten(s, nu)) {
            Ok(op) => (
                op.index,
                op.meldingen.into_iter().map(|m| m.tekst).collect(),
            ),
            Err(e) => (Index::default(), vec![e.uitleg()]),
        };
        self.index.set(index);
        self.meldingen.set(meldingen);
        self.import_ongedaan
            .set(self.met_opslag(|s| repo::kan_ongedaan(s)));
        self.apart_gezet.set(
            self.met_opslag(|s| repo::apart_gezet(s))
                .unwrap_or_default(),
        );
        self.tel_gebruik();
    }

    /// Forgets everything decrypted: the index, messages, offers to undo.
    fn vergeet_inhoud(&self) {
        self.index.set(Index::default());
        self.meldingen.set(Vec::new());
        self.verwijderd.set(None);
        self.apart_gezet.set(Vec::new());
        self.import_ongedaan.set(false);
    }

    /// Runs `f` on the store. The store lives in the root owner, as long as the app. While
    /// locked, the store refuses every read and write.
    fn met_opslag<U>(&self, f: impl FnOnce(&mut dyn Opslag) -> U) -> U {
        self.winkel
            .try_update_value(|w| f(w.opslag()))
            .expect("the store lives as long as the app")
    }

    /// Runs `f` on the store as stored (no decryption): for the settings, the lock itself,
    /// and wiping.
    fn met_ruwe_opslag<U>(&self, f: impl FnOnce(&mut dyn Opslag) -> U) -> U {
        self.winkel
            .try_update_value(|w| match w {
                Winkel::Open(o) | Winkel::Vergrendeld(o) => f(o.as_mut()),
                Winkel::Ontgrendeld(v) => f(v),
                Winkel::Tussenin => f(&mut repo::GeheugenOpslag::new()),
            })
            .expect("the store lives as long as the app")
    }

    /// Shows a message until the user dismisses it.
    pub fn meld(&self, tekst: impl Into<String>) {
        let tekst = tekst.into();
        self.meldingen.update(|m| {
            if !m.contains(&tekst) {
                m.push(tekst)
            }
        });
    }

    /// Creates, saves and returns a new worksheet.
    pub fn nieuw(&self) -> Werkblad {
        let id = repo::nieuw_id(browser::nu_ms(), browser::willekeurig());
        let mut wb = Werkblad::nieuw(id, browser::nu_ms(), &browser::vandaag_iso());
        self.bewaar_of_meld(&mut wb);
        wb
    }

    /// Creates a follow-up worksheet of the same trajectory.
    pub fn vervolg(&self, van: &Werkblad) -> Werkblad {
        let id = repo::nieuw_id(browser::nu_ms(), browser::willekeurig());
        let mut wb = van.vervolg(id, browser::nu_ms(), &browser::vandaag_iso());
        self.bewaar_of_meld(&mut wb);
        wb
    }

    /// Saves a copy of a worksheet under a new id; returns the copy.
    pub fn dupliceer(&self, id: &str) -> Option<Werkblad> {
        let origineel = self.laad(id).ok()??;
        let mut kopie = origineel;
        kopie.id = repo::nieuw_id(browser::nu_ms(), browser::willekeurig());
        kopie.revisie = 0;
        kopie.gewijzigd = browser::nu_ms();
        let label = kopie.gesprek.label.trim().to_string();
        kopie.gesprek.label = if label.is_empty() {
            "kopie".into()
        } else {
            format!("{label} (kopie)")
        };
        self.bewaar_of_meld(&mut kopie);
        Some(kopie)
    }

    fn bewaar_of_meld(&self, wb: &mut Werkblad) {
        if let Err(e) = self.bewaar(wb) {
            self.meld(uitleg_bewaarfout(&e));
        }
    }

    /// Loads one worksheet. `Ok(None)`: there is none with this id.
    pub fn laad(&self, id: &str) -> Result<Option<Werkblad>, String> {
        self.met_opslag(|s| repo::laad(s, id)).map_err(|e| match e {
            LaadFout::Opslag(f) => f.uitleg(),
            LaadFout::Lees(LeesFout::NieuwereVersie(_)) => {
                "Dit werkblad is gemaakt met een nieuwere \
                 versie van de app. Je kunt het hier alleen lezen, zodat er niets verloren gaat. \
                 Laad de pagina opnieuw om de nieuwste versie te krijgen en het te bewerken."
                    .to_string()
            }
            LaadFout::Lees(LeesFout::Onleesbaar(_)) => {
                "Dit werkblad kan niet worden gelezen. Laad \
                 de pagina opnieuw: het wordt dan apart gezet, zonder iets te wissen."
                    .to_string()
            }
        })
    }

    /// A worksheet of a newer app version, read as well as possible to show it read-only.
    pub fn laad_alleen_lezen(&self, id: &str) -> Option<Werkblad> {
        self.met_opslag(|s| repo::laad_alleen_lezen(s, id))
    }

    /// Saves one worksheet. On success `wb.revisie` is the stored revision.
    pub fn bewaar(&self, wb: &mut Werkblad) -> Result<(), BewaarFout> {
        wb.gewijzigd = browser::nu_ms();
        // The index is updated in place: no copy of it per keystroke-save, and subscribers are
        // told only when what the overview shows changed.
        let bewaard = self
            .index
            .try_update_untracked(|index| self.met_opslag(|s| repo::bewaar(s, index, wb)))
            .expect("the index lives as long as the app")?;
        if bewaard.index_gewijzigd {
            self.index.notify();
        }
        self.gebruik
            .update(|g| *g = (*g as i64 + bewaard.verschil_gebruik).max(0) as usize);
        let nieuw = self
            .instellingen
            .try_update_untracked(|i| i.noteer_wijziging(&wb.id, browser::nu_ms()))
            .unwrap_or(false);
        if nieuw {
            self.instellingen.notify();
            self.bewaar_instellingen();
        }
        Ok(())
    }

    /// Recounts the storage use after operations that touch many keys.
    pub(crate) fn tel_gebruik(&self) {
        let g = self.met_opslag(|s| repo::gebruik(s)).unwrap_or(0);
        self.gebruik.set(g);
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
        let uitkomst = self.met_opslag(|s| repo::verwijder(s, &mut index, id, browser::nu_ms()));
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

/// Another tab saved the worksheet that has unsaved changes here.
pub const CONFLICT_MELDING: &str = "Dit werkblad is intussen in een ander tabblad gewijzigd. \
     Je wijzigingen hier zijn nog niet opgeslagen.";

/// What a failed save means for the user, in plain Dutch.
pub fn uitleg_bewaarfout(e: &BewaarFout) -> String {
    match e {
        BewaarFout::Opslag(f) => f.uitleg(),
        BewaarFout::Conflict { .. } => CONFLICT_MELDING.to_string(),
        BewaarFout::NieuwereVersie(_) => "Dit werkblad is gemaakt met een nieuwere versie van de \
             app en wordt niet overschreven."
            .to_string(),
    }
}

/// The shared state, from context.
pub fn werkbladen() -> Werkbladen {
    expect_context::<Werkbladen>()
}
