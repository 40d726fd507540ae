//! An in-memory store: for tests, and as the fallback when the browser has no storage.

use std::collections::BTreeMap;

use super::opslag::{Opslag, OpslagFout};

/// A store in memory. It can mimic a quota (in UTF-16 units, like the browsers count) and a
/// failure after a number of writes, so tests can check what a full or crashing store leaves.
#[derive(Clone, Debug, Default)]
pub struct GeheugenOpslag {
    pub data: BTreeMap<String, String>,
    /// Maximum UTF-16 units of keys plus values, like localStorage's quota.
    pub quotum: Option<usize>,
    /// Writes left before every further write fails, to simulate a crash mid-save.
    pub schrijfbeurten: Option<usize>,
}

impl GeheugenOpslag {
    /// An empty store without limits.
    pub fn new() -> GeheugenOpslag {
        GeheugenOpslag::default()
    }

    fn gebruik_zonder(&self, key: &str) -> usize {
        self.data
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| utf16(k) + utf16(v))
            .sum()
    }
}

fn utf16(s: &str) -> usize {
    s.encode_utf16().count()
}

impl Opslag for GeheugenOpslag {
    fn lees(&self, key: &str) -> Result<Option<String>, OpslagFout> {
        Ok(self.data.get(key).cloned())
    }

    fn schrijf(&mut self, key: &str, value: &str) -> Result<(), OpslagFout> {
        if let Some(n) = self.schrijfbeurten.as_mut() {
            if *n == 0 {
                return Err(OpslagFout::Anders("gesimuleerde fout".into()));
            }
            *n -= 1;
        }
        if let Some(q) = self.quotum {
            if self.gebruik_zonder(key) + utf16(key) + utf16(value) > q {
                return Err(OpslagFout::Vol);
            }
        }
        self.data.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn wis(&mut self, key: &str) -> Result<(), OpslagFout> {
        self.data.remove(key);
        Ok(())
    }

    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        Ok(self.data.keys().cloned().collect())
    }
}
