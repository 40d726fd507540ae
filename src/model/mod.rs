//! The domain: the worksheet and everything that can be said about it without a browser.
//!
//! Invariant: nothing here imports `leptos`, `web_sys` or `js_sys`. On native targets those
//! crates are not even dependencies, so `cargo test` enforces it.

pub mod datum;
pub mod deel;
pub mod grafiek;
pub mod json;
pub mod letters;
pub mod migratie;
pub mod ontwikkeling;
pub mod opname;
pub mod privacy;
pub mod route;
pub mod samenvatting;
pub mod slim;
pub mod sorteer;
pub mod thema;
pub mod tijdcode;
pub mod tips;
pub mod traject;
pub mod uitleg;
pub mod uitwisseling;
pub mod werkblad;
pub mod zoeken;

pub use slim::{Slim, SlimN, SlimUitkomst};
pub use thema::ThemaId;
pub use tijdcode::Tijdcode;
pub use werkblad::*;

#[cfg(test)]
mod tests {
    use super::privacy::Soort;
    use super::*;

    /// The app's own names that are put in lower case with `to_ascii_lowercase`: Unicode's
    /// `str::to_lowercase` is a large function in the wasm (issue 14), and for ASCII text the
    /// two are the same. A name with an accent here needs `to_lowercase` again.
    #[test]
    fn namen_in_kleine_letters_zijn_ascii() {
        let mut namen: Vec<&str> = Vec::new();
        namen.extend(SlimN::ALLE.iter().flat_map(|n| [n.rol(), n.traject()]));
        namen.extend(Schaal::ALLE.iter().map(|s| s.naam()));
        namen.extend(Soort::ALLE.iter().map(|s| s.naam()));
        let rollen: Vec<String> = Rol::ALLE.iter().map(|r| format!("{r:?}")).collect();
        namen.extend(rollen.iter().map(String::as_str));
        for naam in namen {
            assert!(naam.is_ascii(), "{naam}");
            assert_eq!(naam.to_ascii_lowercase(), naam.to_lowercase());
        }
    }
}
