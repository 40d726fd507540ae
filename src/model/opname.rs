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
mod tests {
    use super::*;
    use crate::model::Moment;

    fn bestand(naam: &str, grootte: u64, duur: Option<f64>) -> OpnameBestand {
        OpnameBestand {
            naam: naam.into(),
            grootte,
            duur,
        }
    }

    #[test]
    fn zoekpunt_drie_seconden_ervoor_niet_onder_nul() {
        assert_eq!(zoekpunt(Tijdcode(725)), 722.0);
        assert_eq!(zoekpunt(Tijdcode(2)), 0.0);
        assert_eq!(zoekpunt(Tijdcode(0)), 0.0);
    }

    #[test]
    fn stappen_blijven_binnen_de_opname() {
        assert_eq!(stap(3.0, -STAP, Some(40.0)), 0.0);
        assert_eq!(stap(37.0, STAP, Some(40.0)), 40.0);
        assert_eq!(stap(10.0, STAP, None), 15.0);
        assert_eq!(stap(10.0, STAP, Some(f64::NAN)), 15.0);
    }

    #[test]
    fn tijd_na_het_einde_geeft_melding() {
        assert_eq!(controleer_tijd(Tijdcode(40), Some(40.4)), Ok(()));
        let fout = controleer_tijd(Tijdcode(41), Some(40.4)).unwrap_err();
        assert!(fout.contains("00:41") && fout.contains("00:40"), "{fout}");
        assert_eq!(controleer_tijd(Tijdcode(9999), None), Ok(()));
        assert_eq!(controleer_tijd(Tijdcode(9999), Some(f64::INFINITY)), Ok(()));
    }

    #[test]
    fn groottes() {
        assert_eq!(grootte_tekst(0), "0 kB");
        assert_eq!(grootte_tekst(850_000), "850 kB");
        assert_eq!(grootte_tekst(137_000), "137 kB");
        assert_eq!(grootte_tekst(12_345_678), "12,3 MB");
        assert_eq!(grootte_tekst(999_999_999), "1000 MB");
        assert_eq!(grootte_tekst(2_147_483_648), "2,1 GB");
        assert_eq!(grootte_tekst(524_288_000), "524 MB");
        assert_eq!(grootte_tekst(52_428_800), "52,4 MB");
    }

    #[test]
    fn zelfde_of_ander_bestand() {
        let oud = bestand("km17.mp4", 1000, Some(40.0));
        assert_eq!(
            vergelijk(&oud, &bestand("km17.mp4", 1000, None)),
            Verschil::Geen
        );
        assert_eq!(
            vergelijk(&oud, &bestand("km17.mp4", 1000, Some(40.9))),
            Verschil::Geen
        );
        assert_eq!(
            vergelijk(&oud, &bestand("kopie.mp4", 1000, Some(40.0))),
            Verschil::AlleenNaam
        );
        assert_eq!(
            vergelijk(&oud, &bestand("km17.mp4", 1001, None)),
            Verschil::Anders
        );
        assert_eq!(
            vergelijk(&oud, &bestand("km17.mp4", 1000, Some(60.0))),
            Verschil::Anders
        );
        assert_eq!(waarschuwing(&oud, &bestand("kopie.mp4", 1000, None)), None);
        let w = waarschuwing(&oud, &bestand("ander.mp4", 2_000_000, Some(60.0))).unwrap();
        assert!(
            w.contains("\u{201c}ander.mp4\u{201d} (2,0 MB, 01:00)"),
            "{w}"
        );
        assert!(w.contains("\u{201c}km17.mp4\u{201d} (1 kB, 00:40)"), "{w}");
    }

    #[test]
    fn soorten_bestanden() {
        assert_eq!(soort_bestand("a.mp4", "video/mp4"), BestandSoort::Opname);
        assert_eq!(soort_bestand("a.MP3", ""), BestandSoort::Opname);
        assert_eq!(soort_bestand("a.m4a", "audio/x-m4a"), BestandSoort::Opname);
        assert_eq!(
            soort_bestand("a.ogg", "application/ogg"),
            BestandSoort::Opname
        );
        assert_eq!(soort_bestand("opname", ""), BestandSoort::Onbekend);
        assert_eq!(
            soort_bestand("notities.pdf", "application/pdf"),
            BestandSoort::GeenOpname
        );
        assert_eq!(
            soort_bestand("foto.jpg", "image/jpeg"),
            BestandSoort::GeenOpname
        );
        assert_eq!(
            soort_bestand("x.txt", "text/plain"),
            BestandSoort::GeenOpname
        );
    }

    #[test]
    fn meldingen_noemen_het_bestand_en_wat_te_doen() {
        let m = OpenFout::NietAfspeelbaar("gesprek.avi".into()).uitleg();
        assert!(
            m.contains("\u{201c}gesprek.avi\u{201d}") && m.contains("mp4"),
            "{m}"
        );
        assert!(OpenFout::GeenOpname("x.pdf".into())
            .uitleg()
            .contains("geen opname"));
        assert!(OpenFout::Meerdere(3).uitleg().contains("3 bestanden"));
        assert!(OpenFout::Map.uitleg().contains("map"));
    }

    #[test]
    fn markeringen_van_alle_themas_op_tijd() {
        let mut wb = Werkblad::default();
        let a = wb.voeg_moment_toe(
            ThemaId::Weerstand,
            Moment {
                tijd: Some(Tijdcode(30)),
                wat: "Cliënt kijkt weg".into(),
                ..Default::default()
            },
        );
        let b = wb.voeg_moment_toe(
            ThemaId::Emotie,
            Moment {
                tijd: Some(Tijdcode(10)),
                ..Default::default()
            },
        );
        wb.voeg_moment_toe(
            ThemaId::Emotie,
            Moment {
                tijd: None,
                wat: "zonder tijd".into(),
                ..Default::default()
            },
        );
        let c = wb.voeg_moment_toe(
            ThemaId::Beurten,
            Moment {
                tijd: Some(Tijdcode(99)),
                wat: "x".repeat(80),
                ..Default::default()
            },
        );
        assert!(markeringen(&wb, None).is_empty());
        let m = markeringen(&wb, Some(40.0));
        assert_eq!(
            m.iter().map(|m| m.moment_id.clone()).collect::<Vec<_>>(),
            [b, a, c]
        );
        assert_eq!(m[0].positie, 0.25);
        assert_eq!(m[1].naam, "00:30 – vraag 2: Weerstand: Cliënt kijkt weg");
        assert_eq!(m[1].nummer, 2);
        assert_eq!(m[2].positie, 1.0, "past the end: at the end");
        assert!(m[2].naam.ends_with('…') && m[2].naam.chars().count() < 100);
        assert_eq!(m[0].naam, "00:10 – vraag 1: Raakmoment");
    }

    #[test]
    fn vraag_in_beeld() {
        let secties = [(-900.0, -100.0), (-100.0, 500.0), (500.0, 1200.0)];
        assert_eq!(in_beeld(&secties, 900.0), Some(1));
        assert_eq!(
            in_beeld(&[(-900.0, -500.0), (-400.0, -100.0)], 900.0),
            Some(1),
            "between sections: the one above"
        );
        assert_eq!(
            in_beeld(&[(800.0, 1200.0), (1200.0, 1900.0)], 900.0),
            Some(0),
            "above all: the first"
        );
        assert_eq!(in_beeld(&[], 900.0), None);
    }

    #[test]
    fn sneltoetsen_alleen_met_alt_en_uit_te_zetten() {
        assert_eq!(
            sneltoets("KeyM", true, false, false, false, true),
            Some(Sneltoets::NeemMoment)
        );
        assert_eq!(
            sneltoets("KeyK", true, false, false, false, true),
            Some(Sneltoets::SpeelPauze)
        );
        assert_eq!(
            sneltoets("KeyM", false, false, false, false, true),
            None,
            "plain m is typing"
        );
        assert_eq!(
            sneltoets("KeyM", true, true, false, false, true),
            None,
            "AltGr is Ctrl+Alt"
        );
        assert_eq!(sneltoets("KeyM", true, false, true, false, true), None);
        assert_eq!(sneltoets("KeyM", true, false, false, true, true), None);
        assert_eq!(
            sneltoets("KeyM", true, false, false, false, false),
            None,
            "switched off"
        );
        assert_eq!(sneltoets("KeyX", true, false, false, false, true), None);
    }

    #[test]
    fn herinnering_om_te_wissen() {
        let mut wb = Werkblad::default();
        assert_eq!(wissen_op(&wb), None);
        wb.gesprek.opname.wissen_op = "2026-11-30".into();
        assert_eq!(wissen_op(&wb).as_deref(), Some("2026-11-30"));
        wb.gesprek.opname.gewist = true;
        assert_eq!(wissen_op(&wb), None);
        assert_eq!(wis_herinnering("KM-17", "2026-12-02", "2026-12-01"), None);
        let h = wis_herinnering("KM-17", "2026-11-30", "2026-12-01").unwrap();
        assert!(
            h.starts_with("Verwijder de opname van KM-17, gepland op 30-11-2026."),
            "{h}"
        );
        assert!(
            wis_herinnering("KM-17", "2026-12-01", "2026-12-01").is_some(),
            "on the day itself"
        );
        assert_eq!(wis_herinnering("KM-17", "", "2026-12-01"), None);
    }
}
