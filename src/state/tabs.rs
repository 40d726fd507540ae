//! Other tabs of the same app: the `storage` event keeps this tab current.

use leptos::prelude::*;

use super::{SlotStand, Werkbladen};
use crate::repo::{self, Index};

impl Werkbladen {
    /// Follows a change another tab made (the `storage` event), so the overview stays current.
    /// `key == None` means the other tab cleared the whole store. `oud` and `nieuw` are the
    /// stored values before and after, so the storage meter follows without recounting.
    pub fn elders_gewijzigd(
        &self,
        key: Option<String>,
        oud: Option<String>,
        nieuw: Option<String>,
    ) {
        if key.as_deref().is_none_or(|k| k == repo::slot::SLOT_KEY) {
            let nu_aan = self
                .met_ruwe_opslag(|s| repo::slot::is_aan(s))
                .unwrap_or(false);
            if nu_aan != (self.slot.get_untracked() != SlotStand::Uit) || key.is_some() {
                self.slot_elders_gewijzigd(nu_aan);
                return;
            }
        }
        if self.slot.get_untracked() == SlotStand::Vergrendeld {
            return;
        }
        let Some(key) = key else {
            self.index.set(Index::default());
            self.tel_gebruik();
            return;
        };
        if key == repo::INDEX_KEY {
            if let Some(index) = nieuw
                .as_deref()
                .and_then(|raw| serde_json::from_str::<Index>(raw).ok())
            {
                self.index.set(index);
            }
        } else if let Some(id) = key.strip_prefix(repo::WB_PREFIX) {
            // Typing in the other tab saves often; only a change the overview shows notifies.
            let veranderd = match nieuw.as_deref().map(repo::lees_werkblad) {
                Some(Ok(wb)) => self
                    .index
                    .try_update_untracked(|i| i.zet(repo::IndexItem::van(&wb))),
                None => self.index.try_update_untracked(|i| i.verwijder(id)),
                Some(Err(_)) => None,
            };
            if veranderd == Some(true) {
                self.index.notify();
            }
        } else if key == repo::instellingen::INSTELLINGEN_KEY {
            self.instellingen
                .set(self.met_ruwe_opslag(|s| repo::instellingen::lees(s)));
        }
        if key.starts_with(repo::PREFIX) {
            let grootte = |v: &Option<String>| {
                v.as_deref().map_or(0, |v| {
                    (key.encode_utf16().count() + v.encode_utf16().count()) as i64
                })
            };
            let verschil = grootte(&nieuw) - grootte(&oud);
            self.gebruik
                .update(|g| *g = (*g as i64 + verschil).max(0) as usize);
            self.extern_gewijzigd.set(Some((key, nieuw)));
        }
    }
}
