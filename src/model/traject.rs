//! Trajectories: the worksheets of one client, found by their label, in the order of the
//! conversations, with what became of each intention in the next conversation.

use std::cmp::Ordering;

use super::slim::SlimUitkomst;
use super::sorteer::sorteer;
use super::thema::ThemaId;
use super::zoeken::normaliseer;
use super::{datum, GesprekSoort, Schaal, Werkblad};

/// The key that makes labels one trajectory: case, spaces and diacritics do not count, so
/// "KM-17", "km-17 " and "Km -17" are one. Empty for an empty label (no trajectory).
pub fn sleutel(label: &str) -> String {
    let mut s = normaliseer(label);
    s.retain(|c| !c.is_whitespace());
    s
}

/// The order of conversations: by date, oldest first; without a (valid) date last; equal dates
/// by id, which starts with the time the worksheet was made.
pub fn volgorde(a_datum: &str, a_id: &str, b_datum: &str, b_id: &str) -> Ordering {
    let a = datum::iso_delen(a_datum).is_some();
    let b = datum::iso_delen(b_datum).is_some();
    b.cmp(&a)
        .then_with(|| {
            if a && b {
                a_datum.cmp(b_datum)
            } else {
                Ordering::Equal
            }
        })
        .then_with(|| a_id.cmp(b_id))
}

/// One trajectory among a list of items: its key and the positions of its members in the
/// list, in conversation order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Groep {
    /// See [`sleutel`]; empty for a worksheet without a label (always a group of its own).
    pub sleutel: String,
    pub leden: Vec<usize>,
}

/// Groups any list of worksheets or index entries into trajectories. Groups come newest first
/// (by their latest dated conversation, like the overview); members oldest first.
pub fn groepeer<T>(
    items: &[T],
    label: impl Fn(&T) -> &str,
    datum: impl Fn(&T) -> &str,
    id: impl Fn(&T) -> &str,
) -> Vec<Groep> {
    let mut groepen: Vec<Groep> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let s = sleutel(label(item));
        match groepen.iter_mut().find(|g| !s.is_empty() && g.sleutel == s) {
            Some(g) => g.leden.push(i),
            None => groepen.push(Groep {
                sleutel: s,
                leden: vec![i],
            }),
        }
    }
    let orde = |a: &usize, b: &usize| {
        volgorde(
            datum(&items[*a]),
            id(&items[*a]),
            datum(&items[*b]),
            id(&items[*b]),
        )
    };
    for g in &mut groepen {
        sorteer(&mut g.leden, orde);
    }
    // Newest first as in the overview: by the latest dated member; groups without any date last.
    let nieuwste = |g: &Groep| {
        let i = g
            .leden
            .iter()
            .rev()
            .copied()
            .find(|&i| datum::iso_delen(datum(&items[i])).is_some())
            .unwrap_or(*g.leden.last().expect("a group has a member"));
        let d = datum(&items[i]);
        (datum::iso_delen(d).is_some(), d, id(&items[i]))
    };
    sorteer(&mut groepen, |a, b| nieuwste(b).cmp(&nieuwste(a)));
    groepen
}

/// What became of an intention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Uitkomst {
    /// Looked back on in the next conversation: tried? what happened?
    Teruggekeken {
        geprobeerd: Option<Schaal>,
        wat_gebeurde: String,
    },
    /// There is a next conversation, but it does not look back on this intention.
    NietTeruggekeken,
    /// This is the last conversation of the trajectory so far.
    GeenVolgendGesprek,
}

/// One intention with what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoornemenUitkomst {
    pub tekst: String,
    pub uitkomst: Uitkomst,
}

/// One conversation of a trajectory, as the trajectory view shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct TrajectGesprek {
    pub id: String,
    /// 1 for the first conversation.
    pub nummer: usize,
    /// ISO date, or what was typed when it is not a valid date (then it sorts last).
    pub datum: String,
    pub soort: Option<GesprekSoort>,
    pub werkrelatie: Option<u8>,
    pub doel: Option<u8>,
    /// The answer to each theme question, in [`ThemaId::ALLE`] order.
    pub antwoorden: [Option<Schaal>; 11],
    pub slim: SlimUitkomst,
    /// This conversation's intentions and how they went in the next one.
    pub voornemens: Vec<VoornemenUitkomst>,
}

impl TrajectGesprek {
    /// "Gesprek 2, 12-03-2026" or "Gesprek 3, zonder datum".
    pub fn naam(&self) -> String {
        format!("Gesprek {}, {}", self.nummer, self.datum_nl())
    }

    /// The date as shown, or "zonder datum".
    pub fn datum_nl(&self) -> String {
        if datum::iso_delen(&self.datum).is_some() {
            datum::nl(&self.datum)
        } else {
            "zonder datum".to_string()
        }
    }

    /// True when the conversation has a valid date.
    pub fn heeft_datum(&self) -> bool {
        datum::iso_delen(&self.datum).is_some()
    }
}

/// A whole trajectory, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Traject {
    /// The label as written in the latest conversation.
    pub label: String,
    pub gesprekken: Vec<TrajectGesprek>,
}

impl Traject {
    /// The trajectory of `werkbladen` (the worksheets of one label, in any order).
    pub fn van(mut werkbladen: Vec<Werkblad>) -> Traject {
        sorteer(&mut werkbladen, |a, b| {
            volgorde(&a.gesprek.datum, &a.id, &b.gesprek.datum, &b.id)
        });
        let label = werkbladen
            .iter()
            .rev()
            .map(|w| w.gesprek.label.trim())
            .find(|l| !l.is_empty())
            .unwrap_or_default()
            .to_string();
        let gesprekken = (0..werkbladen.len())
            .map(|i| {
                let wb = &werkbladen[i];
                let mut antwoorden = [None; 11];
                for t in ThemaId::ALLE {
                    antwoorden[t.index()] = wb.thema(t).antwoord;
                }
                TrajectGesprek {
                    id: wb.id.clone(),
                    nummer: i + 1,
                    datum: wb.gesprek.datum.clone(),
                    soort: wb.gesprek.soort,
                    werkrelatie: wb.feedback.werkrelatie,
                    doel: wb.feedback.doel,
                    antwoorden,
                    slim: wb.slim.uitkomst(),
                    voornemens: uitkomsten(wb, werkbladen.get(i + 1)),
                }
            })
            .collect();
        Traject { label, gesprekken }
    }

    /// How many conversations have no date (they are listed last).
    pub fn zonder_datum(&self) -> usize {
        self.gesprekken.iter().filter(|g| !g.heeft_datum()).count()
    }
}

/// Normalised for matching an intention with its look-back: the follow-up copies the text,
/// but a user may have fixed a capital or a double space since.
fn gelijk(a: &str) -> String {
    normaliseer(a)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// This worksheet's intentions with what `volgend` says about them. A look-back in the next
/// conversation that matches no intention (its text was changed in one of the two) is listed
/// too, so nothing the user wrote about an intention goes missing from the view.
pub fn uitkomsten(wb: &Werkblad, volgend: Option<&Werkblad>) -> Vec<VoornemenUitkomst> {
    let mut terug: Vec<Option<&super::Terugblik>> = volgend
        .map(|v| v.terugblik.iter().map(Some).collect())
        .unwrap_or_default();
    let mut uit: Vec<VoornemenUitkomst> = wb
        .voornemens
        .iter()
        .filter(|v| !v.tekst.trim().is_empty())
        .map(|v| {
            let sleutel = gelijk(&v.tekst);
            let gevonden = terug
                .iter_mut()
                .find(|t| t.is_some_and(|t| gelijk(&t.voornemen) == sleutel))
                .and_then(Option::take);
            VoornemenUitkomst {
                tekst: v.tekst.trim().to_string(),
                uitkomst: match (gevonden, volgend) {
                    (Some(t), _) => Uitkomst::Teruggekeken {
                        geprobeerd: t.geprobeerd,
                        wat_gebeurde: t.wat_gebeurde.trim().to_string(),
                    },
                    (None, Some(_)) => Uitkomst::NietTeruggekeken,
                    (None, None) => Uitkomst::GeenVolgendGesprek,
                },
            }
        })
        .collect();
    uit.extend(
        terug
            .into_iter()
            .flatten()
            .filter(|t| !t.voornemen.trim().is_empty())
            .map(|t| VoornemenUitkomst {
                tekst: t.voornemen.trim().to_string(),
                uitkomst: Uitkomst::Teruggekeken {
                    geprobeerd: t.geprobeerd,
                    wat_gebeurde: t.wat_gebeurde.trim().to_string(),
                },
            }),
    );
    uit
}

#[cfg(test)]
mod tests;

/// An answer as a symbol plus its word, so the grid never relies on colour alone:
/// "● Ja", "◐ Deels", "○ Nee", "? Weet niet"; "–" when not answered.
pub fn symbool(antwoord: Option<Schaal>) -> (&'static str, &'static str) {
    match antwoord {
        Some(Schaal::Ja) => ("●", "Ja"),
        Some(Schaal::Deels) => ("◐", "Deels"),
        Some(Schaal::Nee) => ("○", "Nee"),
        Some(Schaal::WeetNiet) => ("?", "Weet niet"),
        None => ("–", "Niet ingevuld"),
    }
}

/// The SLIM outcome in a few words, for one cell of the trajectory view.
pub fn slim_kort(uitkomst: &SlimUitkomst) -> String {
    match uitkomst {
        SlimUitkomst::Onvolledig => "Niet ingevuld".to_string(),
        SlimUitkomst::Passend { zelfbeeld } => format!(
            "Passend. Zelfbeeld {}: \u{201c}{}\u{201d}",
            zelfbeeld.nummer(),
            zelfbeeld.zelfbeeld()
        ),
        SlimUitkomst::NietPassend { zelfbeeld, .. } => format!(
            "Niet passend. Zelfbeeld {}: \u{201c}{}\u{201d}; wat past: {}",
            zelfbeeld.nummer(),
            zelfbeeld.zelfbeeld(),
            zelfbeeld.rol().to_ascii_lowercase()
        ),
    }
}

/// A score as text: "7", or "geen score".
fn score_tekst(s: Option<u8>) -> String {
    s.map_or_else(|| "geen score".to_string(), |s| s.to_string())
}

/// The text alternative of the chart: every score in words, in order.
pub fn grafiek_beschrijving(t: &Traject) -> String {
    let reeks = |f: fn(&TrajectGesprek) -> Option<u8>| {
        t.gesprekken
            .iter()
            .map(|g| format!("gesprek {}: {}", g.nummer, score_tekst(f(g))))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "Cliëntscores per gesprek, van 0 tot 10. Werkrelatie: {}. Doel: {}.",
        reeks(|g| g.werkrelatie),
        reeks(|g| g.doel)
    )
}
