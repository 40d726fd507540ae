//! The backup file and its name.

use serde::Serialize;

use super::APP;
use crate::model::datum;
use crate::model::werkblad::{Werkblad, SCHEMA_VERSIE};

#[derive(Serialize)]
struct Export<'a> {
    app: &'a str,
    schema_version: u32,
    exported_at: &'a str,
    werkbladen: &'a [Werkblad],
}

/// A backup file of the given worksheets. `nu_iso` is the moment of export, e.g.
/// `2026-11-22T14:00:00Z`.
///
/// Compact rather than pretty: indenting the nested theme lists roughly doubles the size, and
/// a backup of a full store must stay under [`MAX_BESTAND`](super::MAX_BESTAND) to be read back.
pub fn exporteer(werkbladen: &[Werkblad], nu_iso: &str) -> String {
    let export = Export {
        app: APP,
        schema_version: SCHEMA_VERSIE,
        exported_at: nu_iso,
        werkbladen,
    };
    serde_json::to_string(&export).expect("a Werkblad always serialises")
}

/// The file name for one worksheet: `werkblad-<label>-<yyyy-mm-dd>.json`, with the label made
/// safe for any file system (`zonder-label` when nothing of it is left). `vandaag_iso` may be a
/// date or a full timestamp; when it is neither, the date is left out.
pub fn bestandsnaam_een(wb: &Werkblad, vandaag_iso: &str) -> String {
    let mut label = veilige_naam(&wb.gesprek.label);
    if label.is_empty() {
        label = "zonder-label".to_string();
    }
    met_datum(&format!("werkblad-{label}"), vandaag_iso)
}

/// The file name for a backup of all worksheets: `werkblad-backup-<yyyy-mm-dd>.json`.
pub fn bestandsnaam_alle(vandaag_iso: &str) -> String {
    met_datum("werkblad-backup", vandaag_iso)
}

fn met_datum(stam: &str, vandaag_iso: &str) -> String {
    match vandaag_iso
        .get(..10)
        .filter(|d| datum::iso_delen(d).is_some())
    {
        Some(d) => format!("{stam}-{d}.json"),
        None => format!("{stam}.json"),
    }
}

/// Lowercase ascii letters, digits and single dashes; accents dropped, anything else a dash.
/// At most 40 characters, so the date stays visible in a file dialog.
fn veilige_naam(label: &str) -> String {
    let mut uit = String::new();
    for c in label.chars().map(crate::model::letters::klein) {
        if c.is_ascii_alphanumeric() {
            uit.push(c);
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            // A combining accent (from a decomposed "é"): the letter itself was already kept.
        } else if let Some(s) = zonder_accent(c) {
            uit.push_str(s);
        } else if !uit.ends_with('-') {
            uit.push('-');
        }
    }
    let mut uit: String = uit.trim_matches('-').chars().take(40).collect();
    while uit.ends_with('-') {
        uit.pop();
    }
    uit
}

/// The ascii letters for the accented Latin letters that occur in Dutch and in the names of
/// people in Dutch municipalities.
fn zonder_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'ĳ' => "ij",
        'ł' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}
