//! The user's choices that are not part of a worksheet: what goes on paper, when the last
//! export was made. One small key; unreadable values fall back to defaults.

use serde::{Deserialize, Serialize};

use super::opslag::{Opslag, OpslagFout};
use crate::model::json;
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
    /// Worksheets changed since the last full export.
    pub gewijzigd_sinds_export: Vec<String>,
    /// When the first of those changes was made.
    pub eerste_wijziging_sinds_export: Option<f64>,
    /// With the passphrase lock on: lock after this many minutes without activity.
    pub vergrendel_na_minuten: f64,
    /// The player's keyboard shortcuts (Alt+M, Alt+K); the user can switch them off (WCAG 2.1.4).
    pub sneltoetsen: bool,
}

/// The default inactivity before the lock closes.
pub const VERGRENDEL_NA_MINUTEN: f64 = 15.0;

/// Remind to export after this many days with unexported changes ...
pub const HERINNER_NA_DAGEN: f64 = 7.0;
/// ... or after this many changed worksheets.
pub const HERINNER_NA_WERKBLADEN: usize = 20;
const DAG_MS: f64 = 24.0 * 3600.0 * 1000.0;

impl Instellingen {
    /// Notes a saved change; `true` when the settings changed and must be written (once per
    /// worksheet between exports, so typing does not rewrite them).
    pub fn noteer_wijziging(&mut self, id: &str, nu: f64) -> bool {
        if self.gewijzigd_sinds_export.iter().any(|x| x == id) {
            return false;
        }
        self.gewijzigd_sinds_export.push(id.to_string());
        self.eerste_wijziging_sinds_export.get_or_insert(nu);
        true
    }

    /// Notes a full export: everything is safe in a file now.
    pub fn noteer_export(&mut self, nu: f64, alles: bool) {
        self.laatste_export = Some(nu);
        if alles {
            self.gewijzigd_sinds_export.clear();
            self.eerste_wijziging_sinds_export = None;
        }
    }

    /// A reminder to export, when it is time for one.
    pub fn herinnering(&self, nu: f64) -> Option<String> {
        let n = self.gewijzigd_sinds_export.len();
        let dagen = self
            .eerste_wijziging_sinds_export
            .map(|t| (nu - t) / DAG_MS)?;
        if n >= HERINNER_NA_WERKBLADEN || dagen >= HERINNER_NA_DAGEN {
            let sinds = match self.laatste_export {
                Some(_) => "sinds je laatste export",
                None => "en je hebt nog nooit een export gemaakt",
            };
            Some(format!(
                "Je hebt {n} werkblad{} gewijzigd {sinds}. Maak een export, zodat je werk niet \
                 verloren gaat als de browser zijn gegevens wist.",
                if n == 1 { "" } else { "en" }
            ))
        } else {
            None
        }
    }
}

impl Default for Instellingen {
    fn default() -> Self {
        Instellingen {
            schema_version: SCHEMA_VERSIE,
            afdruk: Secties::default(),
            laatste_export: None,
            gewijzigd_sinds_export: Vec::new(),
            eerste_wijziging_sinds_export: None,
            vergrendel_na_minuten: VERGRENDEL_NA_MINUTEN,
            sneltoetsen: true,
        }
    }
}

/// Reads the settings; anything unreadable gives the defaults (settings are not worth a
/// start-up failure, and the next save overwrites them).
pub fn lees(s: &dyn Opslag) -> Instellingen {
    s.lees(INSTELLINGEN_KEY)
        .ok()
        .flatten()
        .and_then(|raw| json::lees(&raw).ok())
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

    #[test]
    fn sneltoetsen_staan_aan_ook_in_oude_instellingen() {
        // Through the store, as the app reads them.
        let mut s = GeheugenOpslag::default();
        s.data
            .insert(INSTELLINGEN_KEY.into(), r#"{"schema_version":3}"#.into());
        assert!(lees(&s).sneltoetsen);
        s.data
            .insert(INSTELLINGEN_KEY.into(), r#"{"sneltoetsen":false}"#.into());
        assert!(!lees(&s).sneltoetsen);
    }

    #[test]
    fn afdrukkeuze_van_voor_het_bespreekblad_blijft_leesbaar() {
        use crate::model::samenvatting::Omvang;
        let mut s = GeheugenOpslag::new();
        s.data.insert(
            INSTELLINGEN_KEY.into(),
            r#"{"schema_version":2,"afdruk":{"gesprek":true,"themas":true,"observaties":false,"feedback":false,"slim":true,"voornemens":true},"laatste_export":5.0}"#.into(),
        );
        let i = lees(&s);
        assert_eq!(
            i.laatste_export,
            Some(5.0),
            "the rest of the settings survive"
        );
        assert!(!i.afdruk.observaties && !i.afdruk.feedback && i.afdruk.slim);
        assert_eq!((i.afdruk.omvang, i.afdruk.anoniem), (Omvang::Beide, false));
    }

    #[test]
    fn herinnering_na_zeven_dagen_of_twintig_werkbladen() {
        let mut i = Instellingen::default();
        assert_eq!(
            i.herinnering(1e12),
            None,
            "nothing changed, nothing to remind"
        );
        assert!(i.noteer_wijziging("wb-a", 0.0));
        assert!(
            !i.noteer_wijziging("wb-a", 5.0),
            "the same worksheet again changes nothing"
        );
        assert_eq!(i.herinnering(6.9 * DAG_MS), None);
        let h = i.herinnering(7.0 * DAG_MS).unwrap();
        assert!(
            h.contains("1 werkblad gewijzigd") && h.contains("nog nooit"),
            "{h}"
        );
        i.noteer_export(7.0 * DAG_MS, true);
        assert_eq!(i.herinnering(100.0 * DAG_MS), None);
        for n in 0..HERINNER_NA_WERKBLADEN {
            i.noteer_wijziging(&format!("wb-{n}"), 8.0 * DAG_MS);
        }
        let h = i.herinnering(8.0 * DAG_MS).unwrap();
        assert!(
            h.contains("20 werkbladen") && h.contains("sinds je laatste export"),
            "{h}"
        );
        i.noteer_export(9.0 * DAG_MS, false);
        assert!(
            i.herinnering(9.0 * DAG_MS).is_some(),
            "exporting one worksheet is not a backup"
        );
    }
}
