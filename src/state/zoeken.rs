//! Searching the overview: one prepared text per worksheet, built once when the search is
//! first used, then kept current per worksheet. A keystroke scans those texts; it never
//! parses a stored worksheet (see `model::zoeken`).
//!
//! Owned by [`Werkbladen`], which keeps it current: every save and every other tab's save marks
//! that worksheet ([`Zoeken::markeer`]) so the next search reads just that one again; locking,
//! wiping and importing forget everything.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::model::zoeken::ZoekIndex;
use crate::model::Werkblad;
use crate::state::Werkbladen;

/// The search index of this tab. `Copy`, like [`Werkbladen`].
#[derive(Clone, Copy)]
pub struct Zoeken {
    /// `None` until the search is first used, and again after locking.
    index: StoredValue<Option<ZoekIndex>, LocalStorage>,
    /// Worksheets whose stored text may have changed since they were indexed.
    verouderd: StoredValue<HashSet<String>, LocalStorage>,
}

impl Zoeken {
    /// An empty search state.
    pub(super) fn nieuw() -> Zoeken {
        Zoeken {
            index: StoredValue::new_local(None),
            verouderd: StoredValue::new_local(HashSet::new()),
        }
    }

    /// Builds the index when it is not there yet (for example when the search field gets
    /// focus, so the first keystroke is fast too), and brings it in line with the overview:
    /// new worksheets read, deleted ones dropped, changed ones read again.
    pub fn bereid_voor(&self, wbs: &Werkbladen) {
        let ids: Vec<String> = wbs
            .index()
            .with_untracked(|i| i.items.iter().map(|x| x.id.clone()).collect());
        let verouderd = self
            .verouderd
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        self.index.update_value(|index| {
            let index = index.get_or_insert_with(ZoekIndex::default);
            let bekend: HashSet<String> = index.ids().map(str::to_string).collect();
            for id in &ids {
                if !bekend.contains(id) || verouderd.contains(id) {
                    match wbs.laad(id) {
                        Ok(Some(wb)) => index.werk_bij(&wb),
                        // Unreadable or newer: not searchable, still listed by the overview.
                        _ => index.vergeet(id),
                    }
                }
            }
            let nu: HashSet<&str> = ids.iter().map(String::as_str).collect();
            for id in bekend.iter().filter(|id| !nu.contains(id.as_str())) {
                index.vergeet(id);
            }
        });
    }

    /// The ids of the worksheets that contain every word of `invoer`. Reads the index only;
    /// call [`Zoeken::bereid_voor`] first.
    pub fn zoek(&self, invoer: &str) -> HashSet<String> {
        self.index
            .with_value(|index| {
                index
                    .as_ref()
                    .map(|i| i.zoek(invoer).into_iter().map(str::to_string).collect())
            })
            .unwrap_or_default()
    }

    /// A worksheet was saved: keep its text current. Cheap (one worksheet); does nothing
    /// before the search was first used. For the editor's save path.
    pub fn werk_bij(&self, wb: &Werkblad) {
        self.index.update_value(|index| {
            if let Some(index) = index {
                index.werk_bij(wb);
            }
        });
        self.verouderd.update_value(|v| {
            v.remove(&wb.id);
        });
    }

    /// A worksheet was deleted: forget its text.
    pub fn vergeet(&self, id: &str) {
        self.index.update_value(|index| {
            if let Some(index) = index {
                index.vergeet(id);
            }
        });
    }

    /// The stored worksheet may differ from what was indexed: read it again at the next search.
    pub fn markeer(&self, id: &str) {
        self.verouderd.update_value(|v| {
            v.insert(id.to_string());
        });
    }

    /// Forgets every indexed text (locking, wiping); rebuilt on the next search.
    pub fn vergeet_alles(&self) {
        self.index.set_value(None);
        self.verouderd.set_value(HashSet::new());
    }
}
