//! Werkblad: reflect on a conversation with a client, following "Van Kijken naar Zien".
//! Everything stays in the browser. See ARCHITECTURE.md for the map.

pub mod model;
pub mod repo;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod media;
#[cfg(target_arch = "wasm32")]
pub mod paginas;
#[cfg(target_arch = "wasm32")]
pub mod sleutel_web;
#[cfg(target_arch = "wasm32")]
pub mod storage;
