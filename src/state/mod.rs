//! The app's state: what the app knows and decides, apart from how it is shown.
//!
//! `bewerking` (the open worksheet's edit state) has a pure core that is tested natively; the
//! rest holds signals and lives in the browser only. Components call methods here and read
//! signals; none of them touches storage, schedules a save or listens to page events.

pub mod bewerking;
pub mod laden;

#[cfg(target_arch = "wasm32")]
mod bestanden;
#[cfg(target_arch = "wasm32")]
mod meldingen;
#[cfg(target_arch = "wasm32")]
pub mod opname;
#[cfg(target_arch = "wasm32")]
mod overzicht;
#[cfg(target_arch = "wasm32")]
mod pagina;
#[cfg(target_arch = "wasm32")]
mod slot;
#[cfg(target_arch = "wasm32")]
mod tabs;
#[cfg(target_arch = "wasm32")]
mod werkbladen;
#[cfg(target_arch = "wasm32")]
mod winkel;
#[cfg(target_arch = "wasm32")]
pub mod zoeken;

pub use bewerking::kern::Status;
#[cfg(target_arch = "wasm32")]
pub use bewerking::Bewerking;
#[cfg(target_arch = "wasm32")]
pub use meldingen::{uitleg_bewaarfout, uitleg_laadfout, CONFLICT_MELDING};
#[cfg(target_arch = "wasm32")]
pub use slot::SlotStand;
#[cfg(target_arch = "wasm32")]
pub use werkbladen::{werkbladen, Open, Werkbladen};
