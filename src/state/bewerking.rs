//! The open worksheet's edit state: the one way an edit reaches storage.
//!
//! `kern` decides everything (when to save, status, conflicts) in plain Rust; the `Bewerking`
//! handle below wraps it in signals and a timer for the components.

pub mod kern;

#[cfg(target_arch = "wasm32")]
mod handle;
#[cfg(target_arch = "wasm32")]
pub use handle::{Bewerking, InGeheugen};
