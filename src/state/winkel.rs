//! The store behind the app, in one of three states: plain, unlocked (encrypting), or locked.

use crate::repo::slot::VersleuteldeOpslag;
use crate::repo::{Opslag, OpslagFout};

/// Where the app's data lives right now.
pub enum Winkel {
    /// No passphrase lock: values are stored as they are.
    Open(Box<dyn Opslag>),
    /// Lock on and unlocked: every sensitive value is encrypted and decrypted on the way.
    Ontgrendeld(VersleuteldeOpslag<Box<dyn Opslag>>),
    /// Lock on and locked: the key is gone; the plain store is kept only to unlock or wipe.
    Vergrendeld(Box<dyn Opslag>),
    /// Only while switching between the states above.
    Tussenin,
}

/// What the app sees while locked: a store that refuses everything, so nothing can be read and,
/// above all, no plain text can be written over encrypted values.
struct Dicht;

impl Opslag for Dicht {
    fn lees(&self, _: &str) -> Result<Option<String>, OpslagFout> {
        Err(OpslagFout::Vergrendeld)
    }
    fn schrijf(&mut self, _: &str, _: &str) -> Result<(), OpslagFout> {
        Err(OpslagFout::Vergrendeld)
    }
    fn wis(&mut self, _: &str) -> Result<(), OpslagFout> {
        Err(OpslagFout::Vergrendeld)
    }
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        Err(OpslagFout::Vergrendeld)
    }
}

impl Winkel {
    /// The store to read and write through.
    pub fn opslag(&mut self) -> &mut dyn Opslag {
        match self {
            Winkel::Open(o) => o.as_mut(),
            Winkel::Ontgrendeld(v) => v,
            Winkel::Vergrendeld(_) | Winkel::Tussenin => {
                // A zero-sized value: leaking it costs nothing and keeps the signature simple.
                Box::leak(Box::new(Dicht))
            }
        }
    }

    /// Takes the plain store out, whatever the state (locking if needed), leaving `Tussenin`.
    pub fn neem_ruw(&mut self) -> Option<Box<dyn Opslag>> {
        match std::mem::replace(self, Winkel::Tussenin) {
            Winkel::Open(o) | Winkel::Vergrendeld(o) => Some(o),
            Winkel::Ontgrendeld(v) => Some(v.vergrendel()),
            Winkel::Tussenin => None,
        }
    }
}
