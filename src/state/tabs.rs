//! Other tabs of the same app: the `storage` event says which key changed; the new value is
//! read through this tab's store (which decrypts under the lock), never taken from the event.

use leptos::prelude::*;

use super::{SlotStand, Werkbladen};
use crate::model::json;
use crate::repo::{self, Index, Opslag};

impl Werkbladen {
    /// Follows a change another tab made (the `storage` event), so the overview and the open
    /// worksheet stay current. `key == None` means the other tab cleared the whole store. `oud`
    /// and `nieuw` are the stored values before and after, used only for their size, so the
    /// storage meter follows without recounting.
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
            if let Some(index) = self
                .met_opslag(|s| s.lees(&key))
                .ok()
                .flatten()
                .and_then(|raw| json::lees::<Index>(&raw).ok())
            {
                self.index.set(index);
            }
        } else if let Some(id) = key.strip_prefix(repo::WB_PREFIX) {
            self.werkblad_elders_gewijzigd(id, nieuw.is_some());
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
        }
    }

    fn werkblad_elders_gewijzigd(&self, id: &str, bestaat: bool) {
        self.zoeken.markeer(id);
        let gelezen = bestaat
            .then(|| {
                self.met_opslag(|s| {
                    let ruw = s.lees_ruw(&repo::wb_key(id)).ok().flatten();
                    repo::laad(s, id).ok().flatten().map(|wb| (wb, ruw))
                })
            })
            .flatten();
        // Typing in the other tab saves often; only a change the overview shows notifies.
        let veranderd = match &gelezen {
            Some((wb, _)) => self
                .index
                .try_update_untracked(|i| i.zet(repo::IndexItem::van(wb))),
            None if !bestaat => self.index.try_update_untracked(|i| i.haal_weg(id)),
            None => None,
        };
        if veranderd == Some(true) {
            self.index.notify();
        }
        if let (Some(open), Some((wb, ruw))) = (self.open(), gelezen) {
            if open.id() == id {
                open.elders_bewaard(wb, ruw);
            }
        }
    }
}
