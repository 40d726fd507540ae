//! The one seam between the repository logic and a real store.

/// A string key-value store, like localStorage. Errors are values, never panics.
pub trait Opslag {
    /// The value under `key`, or `None` when there is none.
    fn lees(&self, key: &str) -> Result<Option<String>, OpslagFout>;
    /// Writes `value` under `key`. On error the previous value is still there.
    fn schrijf(&mut self, key: &str, value: &str) -> Result<(), OpslagFout>;
    /// Removes `key`; removing a missing key is fine.
    fn wis(&mut self, key: &str) -> Result<(), OpslagFout>;
    /// All keys in the store (ours and anyone else's on the same origin).
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout>;
    /// The value under `key` exactly as stored. Differs from [`Opslag::lees`] only in a store
    /// that transforms values (the passphrase lock): counting what the quota sees needs this.
    fn lees_ruw(&self, key: &str) -> Result<Option<String>, OpslagFout> {
        self.lees(key)
    }
}

// So a wrapper such as `repo::slot::VersleuteldeOpslag` can own a `Box<dyn Opslag>` (the app)
// or borrow a store (tests) without a second type. Both just pass every call through.
macro_rules! geef_door {
    ($($soort:ty),+) => {$(
        impl<T: Opslag + ?Sized> Opslag for $soort {
            fn lees(&self, key: &str) -> Result<Option<String>, OpslagFout> {
                (**self).lees(key)
            }
            fn schrijf(&mut self, key: &str, value: &str) -> Result<(), OpslagFout> {
                (**self).schrijf(key, value)
            }
            fn wis(&mut self, key: &str) -> Result<(), OpslagFout> {
                (**self).wis(key)
            }
            fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
                (**self).sleutels()
            }
            fn lees_ruw(&self, key: &str) -> Result<Option<String>, OpslagFout> {
                (**self).lees_ruw(key)
            }
        }
    )+};
}
geef_door!(Box<T>, &mut T);

/// Why the store refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpslagFout {
    /// The store is full (`QuotaExceededError`).
    Vol,
    /// There is no store (disabled, or a private mode that forbids it).
    Onbeschikbaar,
    /// Anything else the browser said.
    Anders(String),
    /// With the passphrase lock on: a stored value that does not decrypt, because it was
    /// damaged or changed outside the app. It is left exactly as it is.
    Ontsleutelen,
    /// With the passphrase lock on: another tab switched the lock off or on again since this
    /// one was unlocked. Nothing was written (it would be unreadable); reload the page.
    SlotGewijzigd,
    /// The passphrase lock is closed: nothing can be read or written until it is unlocked.
    Vergrendeld,
}

impl OpslagFout {
    /// What happened and what the user can do, in plain Dutch.
    pub fn uitleg(&self) -> String {
        match self {
            OpslagFout::Vol => "De opslag van de browser is vol, dus je laatste wijziging is niet \
                 opgeslagen. Je werk staat nog in dit scherm. Exporteer nu een back-up en \
                 verwijder daarna oude werkbladen."
                .to_string(),
            OpslagFout::Onbeschikbaar => "Deze browser laat de app niets opslaan (bijvoorbeeld in \
                 een privévenster). Je kunt gewoon werken, maar exporteer je werk voordat je het \
                 venster sluit."
                .to_string(),
            OpslagFout::Anders(wat) => format!(
                "Opslaan is niet gelukt ({wat}). Je werk staat nog in dit scherm. Probeer het \
                 opnieuw of exporteer een back-up."
            ),
            OpslagFout::Ontsleutelen => "Dit gegeven kan niet worden ontsleuteld: het is \
                 beschadigd of gewijzigd. Het is niet gewist."
                .to_string(),
            OpslagFout::SlotGewijzigd => "De beveiliging met een wachtwoord is in een ander \
                 tabblad aan- of uitgezet. Je laatste wijziging is daarom niet opgeslagen; je \
                 werk staat nog in dit scherm. Laad de pagina opnieuw."
                .to_string(),
            OpslagFout::Vergrendeld => "De app is vergrendeld, dus er kan niets worden gelezen \
                 of opgeslagen. Ontgrendel de app met je wachtwoord."
                .to_string(),
        }
    }
}
