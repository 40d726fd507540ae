//! Export and import of worksheets as a JSON backup file.
//!
//! Import happens in steps so that a bad file can never change stored data:
//! 1. [`lees_import`] reads and checks the whole file and returns either all worksheets or
//!    one [`ImportFout`]; it is all or nothing.
//! 2. [`plan`] says what confirming would do (new worksheets, replaced worksheets), for the
//!    preview.
//! 3. Only after the user confirms does the caller write, with `repo::bewaar`.
//!
//! Nothing in this module touches storage.
//!
//! The file format:
//! `{"app": "werkblad", "schema_version": 1, "exported_at": "...", "werkbladen": [...]}`,
//! where every worksheet is exactly what the store holds (it carries its own
//! `schema_version`, so each one is read with the same `migratie::lees_waarde` as at start-up,
//! migrations included).

// The constants and the Dutch number wording shared by the steps live here; each step has its
// own submodule: `export` for the backup file and its name, `fout` for what can go wrong and
// how to say it, `import` for reading and checking a file, and `voorbeeld` for the preview.
mod export;
mod fout;
mod import;
mod voorbeeld;

pub use export::{bestandsnaam_alle, bestandsnaam_een, exporteer};
pub use fout::ImportFout;
pub use import::lees_import;
pub use voorbeeld::{plan, ImportPlan};

/// The `app` field of a backup file.
pub const APP: &str = "werkblad";

/// The largest file the import reads: 5 MiB. The UI refuses bigger files before reading them;
/// [`lees_import`] checks again.
pub const MAX_BESTAND: usize = 5 * 1024 * 1024;

/// The most worksheets one file may hold. Far more than anyone writes by hand (one a working
/// day for eight years), and far fewer than would freeze the browser tab.
pub const MAX_WERKBLADEN: usize = 2_000;

/// "1 werkblad", "10.000 werkbladen".
pub fn werkbladen(n: usize) -> String {
    if n == 1 {
        "1 werkblad".to_string()
    } else {
        format!("{} werkbladen", getal(n))
    }
}

/// A whole number the Dutch way: 10.000.
fn getal(n: usize) -> String {
    let cijfers = n.to_string();
    let mut uit = String::new();
    for (i, c) in cijfers.chars().enumerate() {
        if i > 0 && (cijfers.len() - i).is_multiple_of(3) {
            uit.push('.');
        }
        uit.push(c);
    }
    uit
}

#[cfg(test)]
mod tests;
