//! The small index: what the overview shows, one entry per worksheet.

use serde::{Deserialize, Serialize};

use crate::model::sorteer::sorteer;
use crate::model::{GesprekSoort, Werkblad, SCHEMA_VERSIE};

/// All worksheets, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub schema_version: u32,
    pub items: Vec<IndexItem>,
}

impl Default for Index {
    fn default() -> Self {
        Index {
            schema_version: SCHEMA_VERSIE,
            items: Vec::new(),
        }
    }
}

/// What the overview shows of one worksheet. Deliberately without `gewijzigd`/`revisie`, so
/// typing in a worksheet does not rewrite the index on every save.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct IndexItem {
    pub id: String,
    pub label: String,
    pub datum: String,
    pub soort: Option<GesprekSoort>,
    /// Theme questions with anything filled in, out of 11.
    pub themas_ingevuld: usize,
    /// Set when the worksheet was written by a newer version of the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nieuwere_versie: Option<u32>,
    /// The planned deletion date (ISO) of the recording while it is not ticked as deleted, so
    /// the overview can remind without opening every worksheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wissen_op: Option<String>,
}

impl IndexItem {
    /// The entry for a worksheet.
    pub fn van(wb: &Werkblad) -> IndexItem {
        IndexItem {
            id: wb.id.clone(),
            label: wb.gesprek.label.trim().to_string(),
            datum: wb.gesprek.datum.clone(),
            soort: wb.gesprek.soort,
            themas_ingevuld: wb.themas_ingevuld(),
            nieuwere_versie: None,
            wissen_op: crate::model::opname::wissen_op(wb),
        }
    }

    /// A worksheet we may not read or write: shown, but only read-only.
    pub fn nieuwere_versie(id: &str, versie: u32) -> IndexItem {
        IndexItem {
            id: id.to_string(),
            label: String::new(),
            datum: String::new(),
            soort: None,
            themas_ingevuld: 0,
            nieuwere_versie: Some(versie),
            wissen_op: None,
        }
    }

    /// The label, or a clear placeholder when it is empty.
    pub fn weergavenaam(&self) -> String {
        if !self.label.is_empty() {
            self.label.clone()
        } else if self.datum.is_empty() {
            "Werkblad zonder label".to_string()
        } else {
            format!(
                "Werkblad zonder label, {}",
                crate::model::datum::nl(&self.datum)
            )
        }
    }
}

impl Index {
    /// Newest conversation first; same date: by id, which starts with the creation time.
    pub fn gesorteerd(mut items: Vec<IndexItem>) -> Index {
        sorteer(&mut items, |a, b| {
            b.datum.cmp(&a.datum).then_with(|| b.id.cmp(&a.id))
        });
        Index {
            schema_version: SCHEMA_VERSIE,
            items,
        }
    }

    /// Adds or replaces an entry; `true` when anything changed (and the index must be written).
    pub fn zet(&mut self, item: IndexItem) -> bool {
        match self.items.iter().position(|i| i.id == item.id) {
            Some(p) if self.items[p] == item => return false,
            Some(p) => self.items[p] = item,
            None => self.items.push(item),
        }
        *self = Index::gesorteerd(std::mem::take(&mut self.items));
        true
    }

    /// Removes an entry; `true` when it was there.
    pub fn haal_weg(&mut self, id: &str) -> bool {
        let voor = self.items.len();
        self.items.retain(|i| i.id != id);
        self.items.len() != voor
    }

    /// JSON for storage.
    pub fn naar_json(&self) -> String {
        serde_json::to_string(self).expect("an Index always serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wisdatum_in_de_index_tot_aangevinkt() {
        let mut wb = Werkblad::default();
        assert_eq!(IndexItem::van(&wb).wissen_op, None);
        let json = serde_json::to_string(&IndexItem::van(&wb)).unwrap();
        assert!(
            !json.contains("wissen_op"),
            "old indexes stay as they were: {json}"
        );
        wb.gesprek.opname.wissen_op = "2026-12-01".into();
        assert_eq!(IndexItem::van(&wb).wissen_op.as_deref(), Some("2026-12-01"));
        wb.gesprek.opname.gewist = true;
        assert_eq!(IndexItem::van(&wb).wissen_op, None);
        // Read as the app reads it (model/json.rs).
        let oud: IndexItem = crate::model::json::lees(
            r#"{"id":"a","label":"","datum":"","soort":null,"themas_ingevuld":0}"#,
        )
        .unwrap();
        assert_eq!(oud.wissen_op, None);
    }
}
