//! Werkblad: reflect on a conversation with a client, following "Van Kijken naar Zien".
//! Everything stays in the browser. See ARCHITECTURE.md for the map.

pub mod model;
pub mod repo;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod sleutel_web;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
/// The overview's search index (`Zoeken`). Its place is `state::zoeken`; declared here while
/// `state/mod.rs` is being rewritten, so the two changes merge without a conflict.
#[cfg(target_arch = "wasm32")]
#[path = "state/zoeken.rs"]
pub mod zoeken_staat;
