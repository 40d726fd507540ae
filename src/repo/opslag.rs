//! The one seam between the repository logic and a real store.

/// A string key-value store, like localStorage. Errors are values, never panics.
pub trait Opslag {
    /// The value under `key`, or `None` when there is none.
    fn lees(&self, key: &str) -> Result<Option<String>, OpslagFout>;
    /// Writes `value` under `key`. On error the previous value is still there.
    fn schrijf(&mut self, key: &str, value: &str) -> Result<(), OpslagFout>;
    /// Removes `key`; removing a missing key is fine.
    fn verwijder(&mut self, key: &str) -> Result<(), OpslagFout>;
    /// All keys in the store (ours and anyone else's on the same origin).
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout>;
}

/// Why the store refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpslagFout {
    /// The store is full (`QuotaExceededError`).
    Vol,
    /// There is no store (disabled, or a private mode that forbids it).
    Onbeschikbaar,
    /// Anything else the browser said.
    Anders(String),
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
        }
    }
}
