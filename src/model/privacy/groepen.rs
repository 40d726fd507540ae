//! Digit groups: the run of numbers with separators that BSNs, phone numbers and dates are read
//! from.

use super::tekst::is_spatie;

const MAX_CIJFERS: usize = 16;
const MAX_GROEPEN: usize = 6;

#[derive(Clone, Copy, Default)]
pub(super) struct Groep {
    pub(super) lengte: usize,
    /// Byte offset just past the group's last digit.
    pub(super) eind: usize,
    /// The separator before the next group (`b' '`, `b'-'`, `b'.'`, `b'/'`), or 0.
    pub(super) scheiding: u8,
}

/// A run of digit groups with single separators in between: `1234.56.782`, `06 12 34 56 78`,
/// `03-03-1985`. Reads at most [`MAX_CIJFERS`] digits, so it costs O(1) per start; a longer run
/// ends in the middle of a digit and then fails every [`einde_ok`](super::tekst::einde_ok).
pub(super) struct Groepen {
    pub(super) cijfers: [u8; MAX_CIJFERS],
    pub(super) aantal: usize,
    pub(super) groep: [Groep; MAX_GROEPEN],
    pub(super) n: usize,
}

impl Groepen {
    pub(super) fn lees(s: &str, start: usize) -> Groepen {
        let b = s.as_bytes();
        let mut g = Groepen {
            cijfers: [0; MAX_CIJFERS],
            aantal: 0,
            groep: [Groep::default(); MAX_GROEPEN],
            n: 0,
        };
        let mut p = start;
        while g.n < MAX_GROEPEN {
            let begin = p;
            while p < b.len() && b[p].is_ascii_digit() && g.aantal < MAX_CIJFERS {
                g.cijfers[g.aantal] = b[p] - b'0';
                g.aantal += 1;
                p += 1;
            }
            if p == begin {
                break;
            }
            g.groep[g.n] = Groep {
                lengte: p - begin,
                eind: p,
                scheiding: 0,
            };
            g.n += 1;
            if g.aantal == MAX_CIJFERS {
                break;
            }
            match scheiding(s, p) {
                Some((teken, volgende)) => {
                    g.groep[g.n - 1].scheiding = teken;
                    p = volgende;
                }
                None => break,
            }
        }
        g
    }

    /// The value of group `k` (at most 16 digits, so it fits).
    pub(super) fn waarde(&self, k: usize) -> u64 {
        let van: usize = self.groep[..k].iter().map(|g| g.lengte).sum();
        self.cijfers[van..van + self.groep[k].lengte]
            .iter()
            .fold(0, |w, &c| w * 10 + u64::from(c))
    }
}

/// A separator between two digit groups at `p`, and where the next group starts. A dash with
/// spaces around it (`010 - 1234567`) is one separator.
fn scheiding(s: &str, p: usize) -> Option<(u8, usize)> {
    let rest = s.get(p..)?;
    let c = rest.chars().next()?;
    let (teken, lengte) = match c {
        '-' | '–' => (b'-', c.len_utf8()),
        '.' | '/' => (c as u8, 1),
        c if is_spatie(c) => {
            let na = c.len_utf8();
            let streep = rest[na..].chars().next().filter(|&d| d == '-' || d == '–');
            let spatie = streep.and_then(|d| rest[na + d.len_utf8()..].chars().next());
            match (streep, spatie) {
                (Some(d), Some(e)) if is_spatie(e) => (b'-', na + d.len_utf8() + e.len_utf8()),
                _ => (b' ', na),
            }
        }
        _ => return None,
    };
    rest.as_bytes()
        .get(lengte)
        .filter(|b| b.is_ascii_digit())
        .map(|_| (teken, p + lengte))
}
