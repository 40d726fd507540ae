//! What can go wrong with the lock: [`SlotFout`] with its plain-Dutch [`SlotFout::uitleg`], and
//! [`Mislukt`], which hands a moved-in store back together with the error.

use super::MIN_WACHTWOORD_TEKENS;
use crate::repo::opslag::OpslagFout;

/// Why the lock could not do what was asked. [`SlotFout::uitleg`] says it in plain Dutch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlotFout {
    /// A new passphrase shorter than [`MIN_WACHTWOORD_TEKENS`].
    TeKort,
    /// The passphrase does not open the lock. Nothing was changed.
    VerkeerdWachtwoord,
    /// There is no lock to open or switch off.
    NietAan,
    /// The lock is already on (switching on again would need a new salt and lose the old key).
    AlAan,
    /// The stored slot is unreadable or impossible: changed outside the app.
    Beschadigd,
    /// The slot was written by a newer version of the app.
    NieuwereVersie(u32),
    /// Switching off refused: these keys do not decrypt. Nothing was changed.
    NietTeOntsleutelen(Vec<String>),
    /// Switching on failed and was undone: the lock is off, all values as before.
    AanzettenMislukt(OpslagFout),
    /// Switching on stopped halfway and could not be undone: the lock is on, everything is
    /// readable with the passphrase, and
    /// [`VersleuteldeOpslag::rond_af`](super::VersleuteldeOpslag::rond_af) finishes the job.
    AanzettenOnderbroken(OpslagFout),
    /// Switching off stopped halfway: the lock is still on and everything is readable.
    UitzettenOnderbroken(OpslagFout),
    /// The store refused before anything was changed.
    Opslag(OpslagFout),
    /// The two typed passphrases differ. Nothing was changed.
    NietGelijk,
    /// The browser could not derive the key (WebCrypto said why). Nothing was changed.
    Afleiden(String),
    /// Another lock operation is busy with the store; try again.
    Bezig,
}

impl From<OpslagFout> for SlotFout {
    fn from(e: OpslagFout) -> SlotFout {
        SlotFout::Opslag(e)
    }
}

fn reden(e: &OpslagFout) -> String {
    match e {
        OpslagFout::Vol => "de opslag van de browser is te vol. Versleutelde werkbladen nemen \
             ongeveer een derde meer ruimte in"
            .to_string(),
        OpslagFout::Onbeschikbaar => "deze browser laat de app niets opslaan".to_string(),
        OpslagFout::Anders(wat) => format!("de browser weigerde het ({wat})"),
        OpslagFout::Ontsleutelen => "een gegeven kan niet worden ontsleuteld".to_string(),
        OpslagFout::SlotGewijzigd => {
            "de beveiliging is intussen in een ander tabblad gewijzigd".to_string()
        }
        OpslagFout::Vergrendeld => "de app is vergrendeld".to_string(),
    }
}

impl SlotFout {
    /// What happened and what the user can do, in plain Dutch.
    pub fn uitleg(&self) -> String {
        match self {
            SlotFout::TeKort => format!(
                "Kies een wachtwoord van minstens {MIN_WACHTWOORD_TEKENS} tekens. Een zin van \
                 een paar woorden is goed te onthouden en moeilijk te raden."
            ),
            SlotFout::VerkeerdWachtwoord => "Dit wachtwoord klopt niet. Let op hoofdletters en \
                 Caps Lock, en probeer het opnieuw. Er is niets veranderd."
                .to_string(),
            SlotFout::NietAan => "De beveiliging met een wachtwoord staat niet aan.".to_string(),
            SlotFout::AlAan => "De beveiliging met een wachtwoord staat al aan.".to_string(),
            SlotFout::Beschadigd => "De gegevens van de beveiliging zijn beschadigd of buiten de \
                 app gewijzigd. Je werkbladen zijn niet gewist, maar kunnen nu niet worden \
                 geopend."
                .to_string(),
            SlotFout::NieuwereVersie(_) => "De beveiliging is ingesteld met een nieuwere versie \
                 van de app. Laad de pagina opnieuw om de nieuwste versie te krijgen. Er is \
                 niets veranderd."
                .to_string(),
            SlotFout::NietTeOntsleutelen(sleutels) => format!(
                "De beveiliging kan niet uit: {} kan niet worden ontsleuteld, omdat het \
                 beschadigd of gewijzigd is. De beveiliging blijft aan en er is niets veranderd.",
                if sleutels.len() == 1 {
                    "één opgeslagen gegeven".to_string()
                } else {
                    format!("{} opgeslagen gegevens", sleutels.len())
                }
            ),
            SlotFout::AanzettenMislukt(e) => format!(
                "De beveiliging is niet aangezet: {}. Er is niets veranderd.",
                reden(e)
            ),
            SlotFout::AanzettenOnderbroken(e) => format!(
                "Het aanzetten van de beveiliging is halverwege gestopt: {}. Er is niets \
                 verloren gegaan. Laad de pagina opnieuw en voer je wachtwoord in; de app maakt \
                 het dan af.",
                reden(e)
            ),
            SlotFout::UitzettenOnderbroken(e) => format!(
                "Het uitzetten van de beveiliging is halverwege gestopt: {}. Er is niets \
                 verloren gegaan en de beveiliging staat nog aan. Probeer het opnieuw.",
                reden(e)
            ),
            SlotFout::Opslag(e) => e.uitleg(),
            SlotFout::NietGelijk => "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.".into(),
            SlotFout::Afleiden(e) => {
                format!("Het wachtwoord kon niet worden verwerkt ({e}). Probeer het opnieuw.")
            }
            SlotFout::Bezig => "De opslag is even niet beschikbaar. Probeer het opnieuw.".into(),
        }
    }
}

/// A failed lock operation: the error, and the store it was given (moved in, so handed
/// back). `Debug` shows only the error, so `unwrap` works for any store.
pub struct Mislukt<O> {
    /// The store, in the state the error describes.
    pub opslag: O,
    pub fout: SlotFout,
}

impl<O> Mislukt<O> {
    pub(super) fn new(opslag: O, fout: SlotFout) -> Mislukt<O> {
        Mislukt { opslag, fout }
    }
}

impl<O> std::fmt::Debug for Mislukt<O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mislukt").field("fout", &self.fout).finish()
    }
}
