//! "Mijn ontwikkeling": what my worksheets say about me over time. Per theme how often I
//! answered ja / deels / nee / weet niet, how the intentions I tried went, and the clients'
//! average scores per month. About the klantmanager, not about clients: nothing here carries a
//! label or an id.

use super::sorteer::sorteer;
use super::thema::ThemaId;
use super::zoeken::normaliseer;
use super::{datum, Schaal, Werkblad};

/// A period of conversation dates, both ends included; `None` is open on that side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Periode {
    /// ISO date `yyyy-mm-dd`.
    pub van: Option<String>,
    /// ISO date `yyyy-mm-dd`.
    pub tot: Option<String>,
}

impl Periode {
    /// No bounds: every worksheet counts, with or without a date.
    pub fn alles(&self) -> bool {
        self.van.is_none() && self.tot.is_none()
    }

    /// Whether a conversation on `datum` falls in the period. Without bounds everything does;
    /// with a bound, a worksheet without a valid date does not (it cannot be placed).
    pub fn bevat(&self, datum: &str) -> bool {
        if self.alles() {
            return true;
        }
        if datum::iso_delen(datum).is_none() {
            return false;
        }
        self.van.as_deref().is_none_or(|v| datum >= v)
            && self.tot.as_deref().is_none_or(|t| datum <= t)
    }
}

/// How often each answer was given to one theme question.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ThemaTelling {
    pub thema: Option<ThemaId>,
    /// Counts in [`Schaal::ALLE`] order: ja, deels, nee, weet niet.
    pub per_antwoord: [u32; 4],
    /// Worksheets in which this question got no answer.
    pub niet_beantwoord: u32,
    /// Worksheets in which I noted at least one moment for this question: the themes that keep
    /// coming back.
    pub met_momenten: u32,
}

impl ThemaTelling {
    /// The count for one answer.
    pub fn aantal(&self, s: Schaal) -> u32 {
        self.per_antwoord[schaal_plek(s)]
    }

    /// Worksheets that answered this question.
    pub fn beantwoord(&self) -> u32 {
        self.per_antwoord.iter().sum()
    }
}

fn schaal_plek(s: Schaal) -> usize {
    Schaal::ALLE
        .iter()
        .position(|&x| x == s)
        .expect("every answer is in ALLE")
}

/// How the intentions I looked back on went: was it tried? (ja / deels / nee / weet niet).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Geprobeerd {
    /// Counts in [`Schaal::ALLE`] order.
    pub per_antwoord: [u32; 4],
    /// Looked back on, but "tried?" not filled in.
    pub niet_ingevuld: u32,
}

impl Geprobeerd {
    /// The count for one answer.
    pub fn aantal(&self, s: Schaal) -> u32 {
        self.per_antwoord[schaal_plek(s)]
    }

    /// Every look-back counted.
    pub fn totaal(&self) -> u32 {
        self.per_antwoord.iter().sum::<u32>() + self.niet_ingevuld
    }

    fn tel(&mut self, s: Option<Schaal>) {
        match s {
            Some(s) => self.per_antwoord[schaal_plek(s)] += 1,
            None => self.niet_ingevuld += 1,
        }
    }
}

/// One intention (by its text, as I wrote it first) and how often it went how.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VoornemenRegel {
    pub tekst: String,
    pub geprobeerd: Geprobeerd,
}

/// An average of scores 0–10, kept as a sum and a count so no float is needed to show it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Gemiddelde {
    pub som: u32,
    pub aantal: u32,
}

impl Gemiddelde {
    /// Adds a score.
    pub fn voeg_toe(&mut self, score: Option<u8>) {
        if let Some(s) = score {
            self.som += u32::from(s);
            self.aantal += 1;
        }
    }

    /// The average in tenths (7,5 is 75), rounded half up; `None` without scores.
    pub fn tienden(&self) -> Option<u16> {
        (self.aantal > 0).then(|| ((self.som * 20 + self.aantal) / (self.aantal * 2)) as u16)
    }

    /// "7,5", "8" or `None`.
    pub fn tekst(&self) -> Option<String> {
        self.tienden().map(tienden_tekst)
    }
}

/// Tenths as Dutch text: 75 is "7,5", 80 is "8".
pub fn tienden_tekst(t: u16) -> String {
    if t.is_multiple_of(10) {
        (t / 10).to_string()
    } else {
        format!("{},{}", t / 10, t % 10)
    }
}

/// One month of client scores.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Maand {
    /// `yyyy-mm`.
    pub maand: String,
    pub werkrelatie: Gemiddelde,
    pub doel: Gemiddelde,
    /// Conversations in this month, with or without scores.
    pub gesprekken: u32,
}

impl Maand {
    /// "mrt 2026".
    pub fn naam(&self) -> String {
        maandnaam(&self.maand)
    }
}

/// `2026-03` becomes "mrt 2026".
pub fn maandnaam(jm: &str) -> String {
    const NAMEN: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    let m: usize = jm.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
    match (NAMEN.get(m.wrapping_sub(1)), jm.get(0..4)) {
        (Some(n), Some(j)) => format!("{n} {j}"),
        _ => jm.to_string(),
    }
}

/// Everything "Mijn ontwikkeling" shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ontwikkeling {
    /// Worksheets in the period.
    pub werkbladen: u32,
    /// Worksheets left out because a period was chosen and they have no date.
    pub zonder_datum_weggelaten: u32,
    /// One per theme question, in the method's order.
    pub themas: Vec<ThemaTelling>,
    /// Intentions written in the period.
    pub voornemens_gemaakt: u32,
    /// Intentions looked back on in the period, and how they went.
    pub geprobeerd: Geprobeerd,
    /// Per intention, most looked back on first.
    pub per_voornemen: Vec<VoornemenRegel>,
    /// Every month from the first to the last dated conversation, oldest first; months
    /// without a conversation are there too (a gap in the chart, never a zero).
    pub maanden: Vec<Maand>,
}

/// More months than this between the first and the last conversation (a typo in a year, say):
/// only the months that have conversations are listed.
const MAX_MAANDEN: usize = 240;

impl Ontwikkeling {
    /// Counts over the worksheets whose conversation falls in `periode`.
    pub fn bereken<'a>(
        werkbladen: impl IntoIterator<Item = &'a Werkblad>,
        periode: &Periode,
    ) -> Ontwikkeling {
        let mut o = Ontwikkeling {
            themas: ThemaId::ALLE
                .iter()
                .map(|&t| ThemaTelling {
                    thema: Some(t),
                    ..ThemaTelling::default()
                })
                .collect(),
            ..Ontwikkeling::default()
        };
        let mut maanden: Vec<Maand> = Vec::new();
        for wb in werkbladen {
            let d = wb.gesprek.datum.as_str();
            if !periode.bevat(d) {
                if datum::iso_delen(d).is_none() {
                    o.zonder_datum_weggelaten += 1;
                }
                continue;
            }
            o.werkbladen += 1;
            for (telling, antwoord) in o.themas.iter_mut().zip(&wb.themas) {
                match antwoord.antwoord {
                    Some(s) => telling.per_antwoord[schaal_plek(s)] += 1,
                    None => telling.niet_beantwoord += 1,
                }
                if !antwoord.momenten.is_empty() {
                    telling.met_momenten += 1;
                }
            }
            o.voornemens_gemaakt += wb
                .voornemens
                .iter()
                .filter(|v| !v.tekst.trim().is_empty())
                .count() as u32;
            for t in wb
                .terugblik
                .iter()
                .filter(|t| !t.voornemen.trim().is_empty())
            {
                o.geprobeerd.tel(t.geprobeerd);
                let s = sleutel(&t.voornemen);
                match o.per_voornemen.iter_mut().find(|r| sleutel(&r.tekst) == s) {
                    Some(r) => r.geprobeerd.tel(t.geprobeerd),
                    None => {
                        let mut r = VoornemenRegel {
                            tekst: t.voornemen.trim().to_string(),
                            ..VoornemenRegel::default()
                        };
                        r.geprobeerd.tel(t.geprobeerd);
                        o.per_voornemen.push(r);
                    }
                }
            }
            if datum::iso_delen(d).is_some() {
                let jm = &d[..7];
                let m = match maanden.iter().position(|m| m.maand == jm) {
                    Some(p) => &mut maanden[p],
                    None => {
                        maanden.push(Maand {
                            maand: jm.to_string(),
                            ..Maand::default()
                        });
                        maanden.last_mut().expect("just pushed")
                    }
                };
                m.gesprekken += 1;
                m.werkrelatie.voeg_toe(wb.feedback.werkrelatie);
                m.doel.voeg_toe(wb.feedback.doel);
            }
        }
        // Stable: equal counts keep the order in which they were first met.
        sorteer(&mut o.per_voornemen, |a, b| {
            b.geprobeerd.totaal().cmp(&a.geprobeerd.totaal())
        });
        sorteer(&mut maanden, |a, b| a.maand.cmp(&b.maand));
        o.maanden = vul_maanden_aan(maanden);
        o
    }
}

fn sleutel(tekst: &str) -> String {
    normaliseer(tekst)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The months from the first to the last, with the empty ones in between.
fn vul_maanden_aan(maanden: Vec<Maand>) -> Vec<Maand> {
    let getal = |m: &Maand| -> Option<u32> {
        let j: u32 = m.maand.get(0..4)?.parse().ok()?;
        let mm: u32 = m.maand.get(5..7)?.parse().ok()?;
        Some(j * 12 + mm - 1)
    };
    let (Some(eerste), Some(laatste)) = (
        maanden.first().and_then(getal),
        maanden.last().and_then(getal),
    ) else {
        return maanden;
    };
    if (laatste - eerste) as usize >= MAX_MAANDEN {
        return maanden;
    }
    let mut bestaand = maanden.into_iter().peekable();
    (eerste..=laatste)
        .map(|n| {
            let jm = format!("{:04}-{:02}", n / 12, n % 12 + 1);
            match bestaand.peek() {
                Some(m) if m.maand == jm => bestaand.next().expect("peeked"),
                _ => Maand {
                    maand: jm,
                    ..Maand::default()
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
