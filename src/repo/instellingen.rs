//! The user's choices that are not part of a worksheet: what goes on paper, when the last
//! export was made. One small key; unreadable values fall back to defaults.

use serde::{Deserialize, Serialize};

use super::opslag::{Opslag, OpslagFout};
use crate::model::samenvatting::Secties;
use crate::model::SCHEMA_VERSIE;

/// Where the settings are stored.
pub const INSTELLINGEN_KEY: &str = "werkblad.instellingen";

/// Settings of this browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Instellingen {
    pub schema_version: u32,
    /// Which sections the user last chose to print.
    pub afdruk: Secties,
    /// When the last export (of one or all worksheets) was made, in ms since the epoch.
    pub laatste_export: Option<f64>,
}

impl Default for Instellingen {
    fn default() -> Self {
        Instellingen {
            schema_version: SCHEMA_VERSIE,
            afdruk: Secties::default(),
            laatste_export: None,
        }
    }
}

/// Reads the settings; anything unreadable gives the defaults (settings are not worth a
/// start-up failure, and the next save overwrites them).
pub fn lees(s: &dyn Opslag) -> Instellingen {
    s.lees(INSTELLINGEN_KEY)
        .ok()
        .flatten()
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

/// Saves the settings.
pub fn bewaar(s: &mut dyn Opslag, i: &Instellingen) -> Result<(), OpslagFout> {
    s.schrijf(
        INSTELLINGEN_KEY,
        &serde_json::to_string(i).expect("serialises"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repo::GeheugenOpslag;

    #[test]
    fn heen_en_terug_en_onzin_geeft_standaard() {
        let mut s = GeheugenOpslag::new();
        assert_eq!(lees(&s), Instellingen::default());
        let mut i = Instellingen::default();
        i.afdruk.feedback = false;
        i.laatste_export = Some(5.0);
        bewaar(&mut s, &i).unwrap();
        assert_eq!(lees(&s), i);
        s.data.insert(INSTELLINGEN_KEY.into(), "kapot".into());
        assert_eq!(lees(&s), Instellingen::default());
    }
}
