//! The only code that touches `localStorage`. No logic lives here: that is in `crate::repo`,
//! tested natively. Errors are values; nothing here panics when storage is missing or full.

use wasm_bindgen::{JsCast, JsValue};

use crate::repo::{GeheugenOpslag, Opslag, OpslagFout};

/// localStorage as an [`Opslag`].
pub struct LocalOpslag {
    storage: web_sys::Storage,
}

/// Opens localStorage, or falls back to memory when the browser refuses (disabled storage,
/// some private modes). The `bool` says whether work is really being saved.
pub fn open() -> (Box<dyn Opslag>, bool) {
    match local_storage() {
        Some(storage) => (Box::new(LocalOpslag { storage }), true),
        None => (Box::new(GeheugenOpslag::new()), false),
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    // `window.localStorage` itself throws when storage is disabled.
    let storage = web_sys::window()?.local_storage().ok()??;
    // Some browsers hand out a store that refuses every write (old Safari private mode): probe
    // once. A store that is merely full also refuses the probe, but it holds our data: use it,
    // and let each save report "vol".
    const PROBE: &str = "werkblad.__probe";
    match storage.set_item(PROBE, "1") {
        Ok(()) => {
            let _ = storage.remove_item(PROBE);
            Some(storage)
        }
        Err(_) if storage.length().unwrap_or(0) > 0 => Some(storage),
        Err(_) => None,
    }
}

fn fout(e: JsValue) -> OpslagFout {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        // Chromium and Safari say QuotaExceededError (code 22); old Firefox its own name.
        if d.name() == "QuotaExceededError"
            || d.code() == 22
            || d.name() == "NS_ERROR_DOM_QUOTA_REACHED"
        {
            return OpslagFout::Vol;
        }
        if d.name() == "SecurityError" {
            return OpslagFout::Onbeschikbaar;
        }
        return OpslagFout::Anders(d.name());
    }
    OpslagFout::Anders(e.as_string().unwrap_or_else(|| "onbekende fout".into()))
}

impl Opslag for LocalOpslag {
    fn lees(&self, key: &str) -> Result<Option<String>, OpslagFout> {
        self.storage.get_item(key).map_err(fout)
    }

    fn schrijf(&mut self, key: &str, value: &str) -> Result<(), OpslagFout> {
        self.storage.set_item(key, value).map_err(fout)
    }

    fn wis(&mut self, key: &str) -> Result<(), OpslagFout> {
        self.storage.remove_item(key).map_err(fout)
    }

    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        let n = self.storage.length().map_err(fout)?;
        Ok((0..n)
            .filter_map(|i| self.storage.key(i).ok().flatten())
            .collect())
    }
}
