//! The domain: the worksheet and everything that can be said about it without a browser.
//!
//! Invariant: nothing here imports `leptos`, `web_sys` or `js_sys`. On native targets those
//! crates are not even dependencies, so `cargo test` enforces it.

pub mod datum;
pub mod grafiek;
pub mod json;
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
