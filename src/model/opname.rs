//! The recording beside the worksheet, as far as it can be decided without a browser: which
//! file may be opened, whether it is the one opened before, where a moment's button seeks to,
//! the marks on the timeline, the keyboard shortcut and the reminder to delete the recording.
//!
//! The recording itself is never read, copied or stored: only its name, size and duration.

use super::thema::ThemaId;
use super::tijdcode::Tijdcode;
use super::werkblad::{OpnameBestand, Werkblad};

/// A moment's button starts this many seconds before the moment, so the lead-up is heard too.
pub const TERUG_VOOR_MOMENT: f64 = 3.0;
/// The step of the back and forward buttons, in seconds.
pub const STAP: f64 = 5.0;
/// The speeds offered, as (value, label).
pub const SNELHEDEN: [(f64, &str); 4] =
    [(0.75, "0,75×"), (1.0, "1×"), (1.25, "1,25×"), (1.5, "1,5×")];
/// Durations differing by at most this much are the same recording (browsers round differently).
const DUUR_MARGE: f64 = 1.5;

/// Where a moment's button seeks to: a little before the moment, never before the start.
pub fn zoekpunt(moment: Tijdcode) -> f64 {
    (f64::from(moment.0) - TERUG_VOOR_MOMENT).max(0.0)
}

/// A new position after a step back or forward, within the recording.
pub fn stap(nu: f64, delta: f64, duur: Option<f64>) -> f64 {
    let doel = (nu + delta).max(0.0);
    match duur {
        Some(d) if d.is_finite() && d > 0.0 => doel.min(d),
        _ => doel,
    }
}

/// Checks a typed time code against the open recording: a time past its end is a typing
/// mistake. Without a known duration anything goes.
pub fn controleer_tijd(t: Tijdcode, duur: Option<f64>) -> Result<(), String> {
    match duur {
        Some(d) if d.is_finite() && f64::from(t.0) > d.floor() => Err(format!(
            "Deze tijd ({}) valt na het einde van de opname ({}). Klopt de tijd?",
            t.klok(),
            Tijdcode::van_seconden(d).klok()
        )),
        _ => Ok(()),
    }
}

/// A size in bytes as people read it: `850 kB`, `12,3 MB`, `2,1 GB` (integer arithmetic,
/// decimal units as file managers show them).
pub fn grootte_tekst(bytes: u64) -> String {
    let (eenheid, deler) = match bytes {
        b if b >= 1_000_000_000 => ("GB", 1_000_000_000),
        b if b >= 1_000_000 => ("MB", 1_000_000),
        _ => ("kB", 1_000),
    };
    let tienden = (bytes * 10 + deler / 2) / deler;
    if eenheid == "kB" || tienden >= 1000 {
        format!("{} {eenheid}", (tienden + 5) / 10)
    } else {
        format!("{},{} {eenheid}", tienden / 10, tienden % 10)
    }
}

/// How the remembered recording is described: name, size and, when known, duration.
pub fn beschrijving(b: &OpnameBestand) -> String {
    let mut s = format!("\u{201c}{}\u{201d} ({}", b.naam, grootte_tekst(b.grootte));
    if let Some(d) = b.duur.filter(|d| d.is_finite()) {
        s.push_str(", ");
        s.push_str(&Tijdcode::van_seconden(d).klok());
    }
    s.push(')');
    s
}

/// How a chosen file differs from the one opened with this worksheet before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verschil {
    /// Same name, size and (as far as known) duration.
    Geen,
    /// Only the name differs: probably renamed or copied; no warning needed.
    AlleenNaam,
    /// Size or duration differs: the moments' times may not fit this recording.
    Anders,
}

/// Compares a chosen file with the remembered one. The duration of `gekozen` is `None` until
/// the browser has read it; it is then compared again.
pub fn vergelijk(onthouden: &OpnameBestand, gekozen: &OpnameBestand) -> Verschil {
    let duur_anders = match (onthouden.duur, gekozen.duur) {
        (Some(a), Some(b)) if a.is_finite() && b.is_finite() => (a - b).abs() > DUUR_MARGE,
        _ => false,
    };
    if onthouden.grootte != gekozen.grootte || duur_anders {
        Verschil::Anders
    } else if onthouden.naam != gekozen.naam {
        Verschil::AlleenNaam
    } else {
        Verschil::Geen
    }
}

/// The warning shown before a different file is used, or `None` when it is the same one.
pub fn waarschuwing(onthouden: &OpnameBestand, gekozen: &OpnameBestand) -> Option<String> {
    (vergelijk(onthouden, gekozen) == Verschil::Anders).then(|| {
        format!(
            "Dit is niet dezelfde opname als eerder bij dit werkblad: je koos {}, eerder was het {}. \
             De tijden van de momenten passen dan misschien niet. Weet je zeker dat je deze opname wilt gebruiken?",
            beschrijving(gekozen),
            beschrijving(onthouden)
        )
    })
}

/// What kind of file was chosen, judged by its type and name before the browser tries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BestandSoort {
    /// A video or audio type, or a recording's extension: let the browser try.
    Opname,
    /// Nothing to tell by (no type, unknown extension): let the browser try.
    Onbekend,
    /// Clearly something else (a document, an image, text).
    GeenOpname,
}

const OPNAME_EXTENSIES: [&str; 17] = [
    "mp4", "m4v", "mov", "webm", "mkv", "ogg", "ogv", "oga", "opus", "mp3", "m4a", "aac", "wav",
    "3gp", "avi", "wma", "wmv",
];

/// Judges a file by its MIME type and name.
pub fn soort_bestand(naam: &str, mime: &str) -> BestandSoort {
    let ext = naam
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if mime.starts_with("video/")
        || mime.starts_with("audio/")
        || mime == "application/ogg"
        || OPNAME_EXTENSIES.contains(&ext.as_str())
    {
        BestandSoort::Opname
    } else if mime.is_empty() || mime == "application/octet-stream" {
        BestandSoort::Onbekend
    } else {
        BestandSoort::GeenOpname
    }
}

/// Why a dropped or chosen recording is not opened. Nothing is stored in any of these cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenFout {
    /// Not a recording at all; the file name.
    GeenOpname(String),
    /// A recording this browser cannot play; the file name.
    NietAfspeelbaar(String),
    /// More than one file was dropped or chosen.
    Meerdere(usize),
    /// A folder was dropped.
    Map,
}

impl OpenFout {
    /// The message for the user, in plain Dutch.
    pub fn uitleg(&self) -> String {
        match self {
            OpenFout::GeenOpname(naam) => format!(
                "\u{201c}{naam}\u{201d} is geen opname. Kies een video- of geluidsbestand, \
                 bijvoorbeeld mp4, webm, mp3, m4a of wav."
            ),
            OpenFout::NietAfspeelbaar(naam) => format!(
                "Deze browser kan \u{201c}{naam}\u{201d} niet afspelen. Zet de opname om naar mp4 \
                 (video) of mp3 (alleen geluid), bijvoorbeeld met het programma waarmee je opnam of \
                 met VLC, en open hem dan opnieuw. Het werkblad is niet veranderd."
            ),
            OpenFout::Meerdere(n) => format!(
                "Je sleepte {n} bestanden tegelijk. Sleep of kies één opname; er is niets geopend."
            ),
            OpenFout::Map => "Je sleepte een map. Sleep of kies één opname uit die map; er is \
                 niets geopend."
                .to_string(),
        }
    }
}

/// A short name of a theme question, for marks and lists where the full question is too long.
pub fn kort(thema: ThemaId) -> &'static str {
    match thema {
        ThemaId::Emotie => "Raakmoment",
        ThemaId::Weerstand => "Weerstand",
        ThemaId::Feedback => "Feedback",
        ThemaId::Resultaten => "Resultaten",
        ThemaId::Echtheid => "Echtheid",
        ThemaId::Beleving => "Beleving",
        ThemaId::DoelHelder => "Doel helder",
        ThemaId::Agenda => "Agenda",
        ThemaId::Metacommunicatie => "Metacommunicatie",
        ThemaId::Beurten => "Beurten",
        ThemaId::Interventielogica => "Benadering",
    }
}

/// One moment as a mark on the timeline under the player.
#[derive(Clone, Debug, PartialEq)]
pub struct Markering {
    pub moment_id: String,
    pub thema: ThemaId,
    /// The question's number (1–11), shown on the mark: the theme is told by number and name,
    /// not by colour alone.
    pub nummer: usize,
    pub tijd: Tijdcode,
    /// Where on the timeline, from 0 (start) to 1 (end).
    pub positie: f64,
    /// The name read by screen readers and shown as tooltip.
    pub naam: String,
}

/// Longest piece of "Wat gebeurde er?" in a mark's name.
const NAAM_TEKST: usize = 60;

/// All moments with a time, of all themes, as marks in time order. Moments past the end are
/// put at the end; without a known duration there is no timeline.
pub fn markeringen(wb: &Werkblad, duur: Option<f64>) -> Vec<Markering> {
    let Some(duur) = duur.filter(|d| d.is_finite() && *d > 0.0) else {
        return Vec::new();
    };
    let mut lijst: Vec<Markering> = ThemaId::ALLE
        .iter()
        .enumerate()
        .flat_map(|(n, &thema)| {
            wb.thema(thema).momenten.iter().filter_map(move |m| {
                let tijd = m.tijd?;
                let mut naam = format!("{} – vraag {}: {}", tijd.klok(), n + 1, kort(thema));
                let wat = m.wat.trim();
                if !wat.is_empty() {
                    naam.push_str(": ");
                    naam.extend(wat.chars().take(NAAM_TEKST));
                    if wat.chars().count() > NAAM_TEKST {
                        naam.push('…');
                    }
                }
                Some(Markering {
                    moment_id: m.id.clone(),
                    thema,
                    nummer: n + 1,
                    tijd,
                    positie: (f64::from(tijd.0) / duur).clamp(0.0, 1.0),
                    naam,
                })
            })
        })
        .collect();
    super::sorteer::sorteer_op(&mut lijst, |m| (m.tijd, m.nummer));
    lijst
}

/// Which theme question is "in view": of the sections' (top, bottom) in viewport pixels, the
/// one that covers the line at a third of the window's height; else the last one above that
/// line; else the first. `None` only without sections.
pub fn in_beeld(secties: &[(f64, f64)], hoogte: f64) -> Option<usize> {
    let lijn = hoogte / 3.0;
    secties
        .iter()
        .position(|&(boven, onder)| boven <= lijn && onder > lijn)
        .or_else(|| secties.iter().rposition(|&(boven, _)| boven <= lijn))
        .or(if secties.is_empty() { None } else { Some(0) })
}

/// What a key press near the player does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sneltoets {
    /// Alt+M: pause and take a moment.
    NeemMoment,
    /// Alt+K: play or pause.
    SpeelPauze,
}

/// Decides what a key press does. Only with Alt alone as modifier (so typing is never taken,
/// WCAG 2.1.4), only when the user has not switched shortcuts off, and by the physical key
/// (`code`), because Alt+M types "µ" on a Mac.
pub fn sneltoets(
    code: &str,
    alt: bool,
    ctrl: bool,
    meta: bool,
    shift: bool,
    aan: bool,
) -> Option<Sneltoets> {
    if !aan || !alt || ctrl || meta || shift {
        return None;
    }
    match code {
        "KeyM" => Some(Sneltoets::NeemMoment),
        "KeyK" => Some(Sneltoets::SpeelPauze),
        _ => None,
    }
}

/// The deletion date the overview must remind of: set, and the recording not ticked as deleted.
pub fn wissen_op(wb: &Werkblad) -> Option<String> {
    let o = &wb.gesprek.opname;
    (!o.gewist && !o.wissen_op.trim().is_empty()).then(|| o.wissen_op.clone())
}

/// The overview's reminder for one worksheet, once its deletion date (ISO) is today or past.
pub fn wis_herinnering(naam: &str, wissen_op: &str, vandaag: &str) -> Option<String> {
    (!wissen_op.is_empty() && wissen_op <= vandaag).then(|| {
        format!(
            "Verwijder de opname van {naam}, gepland op {}. De app kan dat niet zelf: verwijder het \
             bestand op je apparaat (en uit de prullenbak), en vink daarna in het werkblad \
             \u{201c}De opname is verwijderd\u{201d} aan.",
            super::datum::nl(wissen_op)
        )
    })
}

#[cfg(test)]
mod tests;
