//! The preview of an import: what confirming would do.

use std::collections::HashSet;

use super::{getal, werkbladen};
use crate::model::werkblad::Werkblad;

/// What confirming an import would do. Made before anything is written, so the preview can be
/// shown and cancelled without consequences.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// Worksheets whose id is not stored yet, in file order.
    pub nieuw: Vec<Werkblad>,
    /// Worksheets that replace a stored one with the same id, in file order.
    pub vervangt: Vec<Werkblad>,
}

/// Splits checked worksheets into new ones and ones that replace a stored worksheet.
///
/// Note for the caller: `repo::bewaar` refuses to overwrite a stored worksheet with a higher
/// `revisie` (its two-tabs check). When writing a worksheet from [`ImportPlan::vervangt`], set
/// its `revisie` to at least the stored one first, or the replacement is reported as a conflict.
pub fn plan(import: Vec<Werkblad>, bestaande_ids: &[String]) -> ImportPlan {
    let bestaand: HashSet<&str> = bestaande_ids.iter().map(String::as_str).collect();
    let (vervangt, nieuw) = import
        .into_iter()
        .partition(|wb| bestaand.contains(wb.id.as_str()));
    ImportPlan { nieuw, vervangt }
}

impl ImportPlan {
    /// All worksheets in the plan.
    pub fn aantal(&self) -> usize {
        self.nieuw.len() + self.vervangt.len()
    }

    /// The preview sentence, e.g. "3 werkbladen: 2 nieuw, 1 vervangt een bestaand werkblad."
    pub fn beschrijving(&self) -> String {
        let (nieuw, vervangt) = (self.nieuw.len(), self.vervangt.len());
        let totaal = werkbladen(self.aantal());
        match (nieuw, vervangt) {
            (0, 0) => "Geen werkbladen.".to_string(),
            (1, 0) => "1 werkblad: nieuw.".to_string(),
            (_, 0) => format!("{totaal}: allemaal nieuw."),
            (0, 1) => "1 werkblad: het vervangt een bestaand werkblad.".to_string(),
            (0, _) => format!("{totaal}: ze vervangen allemaal een bestaand werkblad."),
            (_, _) => format!(
                "{totaal}: {} nieuw, {} {} een bestaand werkblad.",
                getal(nieuw),
                getal(vervangt),
                if vervangt == 1 {
                    "vervangt"
                } else {
                    "vervangen"
                }
            ),
        }
    }

    /// A warning to show with the preview when stored worksheets would be replaced.
    pub fn waarschuwing(&self) -> Option<String> {
        (!self.vervangt.is_empty()).then(|| {
            "Een werkblad dat wordt vervangen, krijgt de inhoud uit het bestand. Wat je daarna in \
             deze browser aan dat werkblad hebt veranderd, is dan weg. Twijfel je? Maak dan eerst \
             een back-up van je huidige werkbladen."
                .to_string()
        })
    }
}
