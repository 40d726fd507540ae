//! A line chart as numbers for inline SVG: where each point goes, which points a line joins,
//! and which axis labels fit. Pure integer geometry in a fixed coordinate space (the SVG's
//! `viewBox`), so the view only writes attributes and never formats a float.
//!
//! A missing value is a gap: the line stops and starts again. It is never drawn as zero.

use std::fmt::Write;

/// Width of the coordinate space.
pub const BREEDTE: i32 = 640;
/// Height of the coordinate space.
pub const HOOGTE: i32 = 260;
/// Room for the value labels on the left.
const LINKS: i32 = 36;
/// Room on the right, so the last point and its label are not cut off.
const RECHTS: i32 = 40;
const BOVEN: i32 = 12;
/// Room for the labels under the x axis.
const ONDER: i32 = 32;
/// Width of one character of an axis label, roughly, in coordinate units.
const TEKEN: i32 = 10;
/// Space between two axis labels at the least.
const TUSSENRUIMTE: i32 = 12;

/// One point of a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Punt {
    /// Position among the x values (0 for the first).
    pub index: usize,
    pub x: i32,
    pub y: i32,
    /// The value as given, in tenths.
    pub waarde: u16,
}

/// One series: its path (one `M … L …` run per stretch without gaps) and its points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lijn {
    /// SVG path data; empty when no two neighbouring values are present.
    pub pad: String,
    pub punten: Vec<Punt>,
}

/// A label on an axis: where it goes and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AsLabel {
    /// x for the horizontal axis, y for the vertical axis.
    pub pos: i32,
    pub tekst: String,
}

/// The whole chart, in the coordinate space `0 0 BREEDTE HOOGTE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grafiek {
    pub lijnen: Vec<Lijn>,
    /// Horizontal grid lines with their value labels, bottom up.
    pub y_as: Vec<AsLabel>,
    /// The x labels that fit, thinned out evenly when there are many.
    pub x_as: Vec<AsLabel>,
    /// The plot area: left, top, right, bottom.
    pub vlak: (i32, i32, i32, i32),
}

impl Grafiek {
    /// The `viewBox` attribute.
    pub fn view_box() -> String {
        format!("0 0 {BREEDTE} {HOOGTE}")
    }
}

/// Lays out a line chart.
///
/// - `labels`: one per x position (say, "1", "2", … or "mrt 2026");
/// - `reeksen`: per series one value per x position in tenths (7,5 is 75), `None` for a gap;
/// - `max`: the top of the scale in tenths (the bottom is 0); `stap`: the distance between grid
///   lines, in tenths too. The value labels read as scores: 20 is "2".
pub fn lijngrafiek(
    labels: &[String],
    reeksen: &[Vec<Option<u16>>],
    max: u16,
    stap: u16,
) -> Grafiek {
    let (l, b, r, o) = (LINKS, BOVEN, BREEDTE - RECHTS, HOOGTE - ONDER);
    let n = labels.len();
    let x = |i: usize| -> i32 {
        if n <= 1 {
            (l + r) / 2
        } else {
            l + ((r - l) as i64 * i as i64 / (n as i64 - 1)) as i32
        }
    };
    let max = max.max(1);
    let y = |v: u16| -> i32 {
        let v = i64::from(v.min(max));
        // Rounded to the nearest unit.
        o - (((o - b) as i64 * v * 2 + i64::from(max)) / (2 * i64::from(max))) as i32
    };
    let lijnen = reeksen
        .iter()
        .map(|waarden| {
            let punten: Vec<Punt> = waarden
                .iter()
                .take(n)
                .enumerate()
                .filter_map(|(i, v)| {
                    v.map(|v| Punt {
                        index: i,
                        x: x(i),
                        y: y(v),
                        waarde: v,
                    })
                })
                .collect();
            let mut pad = String::new();
            for (k, p) in punten.iter().enumerate() {
                let vorige_er = k > 0 && punten[k - 1].index + 1 == p.index;
                let volgende_er = punten.get(k + 1).is_some_and(|q| q.index == p.index + 1);
                if vorige_er {
                    let _ = write!(pad, "L{} {}", p.x, p.y);
                } else if volgende_er {
                    if !pad.is_empty() {
                        pad.push(' ');
                    }
                    let _ = write!(pad, "M{} {}", p.x, p.y);
                }
            }
            Lijn { pad, punten }
        })
        .collect();
    let stap = stap.max(1);
    let y_as = (0..=max / stap)
        .map(|k| AsLabel {
            pos: y(k * stap),
            tekst: super::ontwikkeling::tienden_tekst(k * stap),
        })
        .collect();
    Grafiek {
        lijnen,
        y_as,
        x_as: dun_uit(labels, x, r - l),
        vlak: (l, b, r, o),
    }
}

/// Keeps every k-th label so that none overlap: the first always, then evenly spaced.
fn dun_uit(labels: &[String], x: impl Fn(usize) -> i32, breedte: i32) -> Vec<AsLabel> {
    let n = labels.len();
    if n == 0 {
        return Vec::new();
    }
    let langste = labels.iter().map(|t| t.chars().count()).max().unwrap_or(1) as i32;
    let nodig = langste * TEKEN + TUSSENRUIMTE;
    // Neighbouring positions lie breedte / (n - 1) apart; keep every k-th so k of those span
    // at least one label.
    let elke = if n <= 1 || breedte <= 0 {
        1
    } else {
        ((nodig as usize * (n - 1)).div_ceil(breedte as usize)).max(1)
    };
    (0..n)
        .step_by(elke)
        .map(|i| AsLabel {
            pos: x(i),
            tekst: labels[i].clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(n: usize) -> Vec<String> {
        (1..=n).map(|i| i.to_string()).collect()
    }

    #[test]
    fn drie_punten_op_de_goede_hoogte() {
        let g = lijngrafiek(&labels(3), &[vec![Some(60), Some(70), Some(90)]], 100, 20);
        let (l, b, r, o) = g.vlak;
        let p = &g.lijnen[0].punten;
        assert_eq!(p.len(), 3);
        assert_eq!(
            p.iter().map(|p| p.x).collect::<Vec<_>>(),
            vec![l, (l + r) / 2, r]
        );
        // Height is proportional to the value: 0 on the bottom line, 10 on the top line.
        let h = o - b;
        for (punt, v) in p.iter().zip([6, 7, 9]) {
            assert!((o - punt.y - h * v / 10).abs() <= 1, "{punt:?}");
        }
        assert!(
            p[0].y > p[1].y && p[1].y > p[2].y,
            "higher value, higher on screen"
        );
        assert_eq!(
            g.lijnen[0].pad,
            format!(
                "M{} {}L{} {}L{} {}",
                p[0].x, p[0].y, p[1].x, p[1].y, p[2].x, p[2].y
            )
        );
    }

    #[test]
    fn ontbrekend_is_een_gat_nooit_nul() {
        let g = lijngrafiek(
            &labels(6),
            &[vec![Some(50), None, Some(70), Some(80), None, Some(30)]],
            100,
            20,
        );
        let lijn = &g.lijnen[0];
        assert_eq!(
            lijn.punten.iter().map(|p| p.index).collect::<Vec<_>>(),
            vec![0, 2, 3, 5]
        );
        // Only 2–3 are neighbours: one run; 0 and 5 stand alone as points.
        assert_eq!(lijn.pad.matches('M').count(), 1);
        assert_eq!(lijn.pad.matches('L').count(), 1);
        let nul = g.vlak.3;
        assert!(
            lijn.punten.iter().all(|p| p.y < nul),
            "no point drawn at zero"
        );
        // Two runs when two stretches have neighbours.
        let g = lijngrafiek(
            &labels(5),
            &[vec![Some(10), Some(20), None, Some(40), Some(50)]],
            100,
            20,
        );
        assert_eq!(g.lijnen[0].pad.matches('M').count(), 2);
        // A real zero is a point on the bottom line.
        let g = lijngrafiek(&labels(2), &[vec![Some(0), None]], 100, 20);
        assert_eq!(g.lijnen[0].punten[0].y, g.vlak.3);
        assert!(g.lijnen[0].pad.is_empty());
    }

    #[test]
    fn assen() {
        let g = lijngrafiek(&labels(4), &[vec![None; 4], vec![Some(20); 4]], 100, 20);
        assert_eq!(
            g.y_as.iter().map(|a| a.tekst.as_str()).collect::<Vec<_>>(),
            vec!["0", "2", "4", "6", "8", "10"]
        );
        assert_eq!(g.y_as[0].pos, g.vlak.3);
        assert_eq!(g.y_as[5].pos, g.vlak.1);
        assert_eq!(g.x_as.len(), 4, "few labels: all shown");
        assert!(g.lijnen[0].punten.is_empty());
        // One conversation: one point, in the middle.
        let g = lijngrafiek(&labels(1), &[vec![Some(70)]], 100, 20);
        assert_eq!(g.lijnen[0].punten[0].x, (g.vlak.0 + g.vlak.2) / 2);
        assert_eq!(g.x_as.len(), 1);
        // Nothing at all: no panic.
        let g = lijngrafiek(&[], &[vec![]], 100, 20);
        assert!(g.x_as.is_empty() && g.lijnen[0].punten.is_empty());
    }

    #[test]
    fn honderd_gesprekken_dunnen_de_labels_uit() {
        let g = lijngrafiek(&labels(100), &[vec![Some(50); 100]], 100, 20);
        assert_eq!(g.lijnen[0].punten.len(), 100, "every point is drawn");
        assert!(g.x_as.len() < 100 && g.x_as.len() >= 10, "{}", g.x_as.len());
        assert_eq!(g.x_as[0].tekst, "1");
        let nodig = 3 * TEKEN + TUSSENRUIMTE;
        for paar in g.x_as.windows(2) {
            assert!(
                paar[1].pos - paar[0].pos >= nodig,
                "labels overlap: {paar:?}"
            );
        }
        // Long labels (month names) thin out more.
        let maanden: Vec<String> = (0..100).map(|i| format!("mrt {}", 2000 + i)).collect();
        let g = lijngrafiek(&maanden, &[vec![None; 100]], 100, 20);
        assert!(g.x_as.len() <= 8, "{}", g.x_as.len());
    }

    #[test]
    fn waarden_boven_de_schaal_blijven_binnen() {
        let g = lijngrafiek(&labels(2), &[vec![Some(200), Some(100)]], 100, 20);
        assert_eq!(g.y_as[1].tekst, "2");
        assert_eq!(g.lijnen[0].punten[0].y, g.vlak.1);
        assert_eq!(g.lijnen[0].punten[1].y, g.vlak.1);
    }
}
