//! The passphrase lock as the app uses it: unlock, lock (by hand or after inactivity), switch
//! on and off. The cryptography and the conversions are in `repo::slot`, tested natively.

use leptos::prelude::*;

use super::winkel::Winkel;
use super::Werkbladen;
use crate::repo::slot::{self, Sleutel, SlotFout, VersleuteldeOpslag, PBKDF2_ITERATIES};
use crate::sleutel_web;

/// Where the passphrase lock stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotStand {
    /// No lock: values are stored as they are.
    Uit,
    /// Lock on, the key in memory.
    Ontgrendeld,
    /// Lock on, no key: the app shows only the unlock screen.
    Vergrendeld,
}

/// Derives the key, with WebCrypto where there is one (fast, native code), else in Rust.
async fn leid_af(wachtwoord: &str, zout: &[u8; 16], iteraties: u32) -> Result<Sleutel, SlotFout> {
    if sleutel_web::webcrypto_beschikbaar() {
        sleutel_web::leid_sleutel_af_webcrypto(wachtwoord, zout, iteraties)
            .await
            .map_err(SlotFout::Afleiden)
    } else {
        Ok(slot::leid_sleutel_af(wachtwoord, zout, iteraties))
    }
}

impl Werkbladen {
    /// The key for `wachtwoord`, checked against the stored lock (a wrong passphrase is an
    /// error here, before anything is touched).
    async fn sleutel_bij(&self, wachtwoord: &str) -> Result<Sleutel, SlotFout> {
        let info = self
            .met_ruwe_opslag(|s| slot::lees_slot(s))?
            .ok_or(SlotFout::NietAan)?;
        let sleutel = leid_af(wachtwoord, &info.zout, info.iteraties).await?;
        info.controleer(&sleutel)?;
        Ok(sleutel)
    }

    /// Takes the plain store out to convert or wrap it; the caller puts a store back.
    fn neem_ruw(&self) -> Result<Box<dyn crate::repo::Opslag>, SlotFout> {
        self.winkel
            .try_update_value(Winkel::neem_ruw)
            .flatten()
            .ok_or(SlotFout::Bezig)
    }

    /// Unlocks with the passphrase, then loads everything as at start-up.
    pub async fn ontgrendel(&self, wachtwoord: String) -> Result<(), SlotFout> {
        let sleutel = self.sleutel_bij(&wachtwoord).await?;
        let ruw = self.neem_ruw()?;
        match VersleuteldeOpslag::new(ruw, sleutel, sleutel_web::iv_bron()) {
            Ok(mut v) => {
                // Finishes a conversion that was interrupted (a crash while switching on).
                if let Err(e) = v.rond_af() {
                    self.meld(e.uitleg());
                }
                self.winkel.set_value(Winkel::Ontgrendeld(v));
                self.slot.set(SlotStand::Ontgrendeld);
                self.laad_alles();
                Ok(())
            }
            Err(m) => {
                self.winkel.set_value(Winkel::Vergrendeld(m.opslag));
                Err(m.fout)
            }
        }
    }

    /// Locks now: saves what is pending, forgets the key and everything decrypted.
    pub fn vergrendel(&self) {
        if self.slot.get_untracked() != SlotStand::Ontgrendeld {
            return;
        }
        // The open editor saves synchronously on this event, while the key is still there.
        self.bewaar_open();
        if let Some(ruw) = self.winkel.try_update_value(Winkel::neem_ruw).flatten() {
            self.winkel.set_value(Winkel::Vergrendeld(ruw));
        }
        self.slot.set(SlotStand::Vergrendeld);
        self.vergeet_inhoud();
    }

    /// Switches the lock on: every stored worksheet is encrypted with a key from `wachtwoord`.
    pub async fn zet_slot_aan(
        &self,
        wachtwoord: String,
        herhaling: String,
    ) -> Result<(), SlotFout> {
        if self.slot.get_untracked() != SlotStand::Uit {
            return Err(SlotFout::AlAan);
        }
        slot::controleer_nieuw_wachtwoord(&wachtwoord)?;
        if wachtwoord != herhaling {
            return Err(SlotFout::NietGelijk);
        }
        // Pending edits go into the store before it is converted.
        self.bewaar_open();
        let zout = sleutel_web::willekeurige_bytes::<16>();
        let sleutel = leid_af(&wachtwoord, &zout, PBKDF2_ITERATIES).await?;
        let ruw = self.neem_ruw()?;
        match slot::zet_aan(ruw, sleutel, zout, PBKDF2_ITERATIES, sleutel_web::iv_bron()) {
            Ok(v) => {
                self.winkel.set_value(Winkel::Ontgrendeld(v));
                self.slot.set(SlotStand::Ontgrendeld);
                self.tel_gebruik();
                Ok(())
            }
            Err(m) => {
                self.winkel.set_value(Winkel::Open(m.opslag));
                Err(m.fout)
            }
        }
    }

    /// Switches the lock off after checking the passphrase: everything is stored plain again.
    pub async fn zet_slot_uit(&self, wachtwoord: String) -> Result<(), SlotFout> {
        if self.slot.get_untracked() != SlotStand::Ontgrendeld {
            return Err(SlotFout::NietAan);
        }
        // Only to check the passphrase: switching off decrypts with the key already in memory.
        self.sleutel_bij(&wachtwoord).await?;
        self.bewaar_open();
        let oud = self
            .winkel
            .try_update_value(|w| std::mem::replace(w, Winkel::Tussenin));
        let Some(Winkel::Ontgrendeld(v)) = oud else {
            if let Some(w) = oud {
                self.winkel.set_value(w);
            }
            return Err(SlotFout::NietAan);
        };
        match slot::zet_uit(v) {
            Ok(o) => {
                self.winkel.set_value(Winkel::Open(o));
                self.slot.set(SlotStand::Uit);
                self.tel_gebruik();
                Ok(())
            }
            Err(m) => {
                self.winkel.set_value(Winkel::Ontgrendeld(m.opslag));
                Err(m.fout)
            }
        }
    }

    /// Another tab switched the lock on or off (or changed the passphrase): this tab's key and
    /// view may be stale, so it locks, or reopens plain.
    pub(super) fn slot_elders_gewijzigd(&self, nu_aan: bool) {
        self.bewaar_open();
        let Some(ruw) = self.winkel.try_update_value(Winkel::neem_ruw).flatten() else {
            return;
        };
        if nu_aan {
            self.winkel.set_value(Winkel::Vergrendeld(ruw));
            self.slot.set(SlotStand::Vergrendeld);
            self.vergeet_inhoud();
        } else {
            self.winkel.set_value(Winkel::Open(ruw));
            self.slot.set(SlotStand::Uit);
            self.laad_alles();
        }
    }
}
