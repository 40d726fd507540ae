//! The privacy guard: while someone types, spot what looks like personal data about a client
//! and offer to mask it.
//!
//! A worksheet must not lead back to a client: the label is a code, and the notes are about the
//! conversation, not about the person. Out of habit people still type a phone number or a BSN,
//! so every free-text and label field runs [`controleer`] and shows [`Soort::waarschuwing`] for
//! what it finds. The guard only warns and never blocks: it will sometimes be wrong, and the
//! professional decides.
//!
//! No regex (it would bloat the wasm bundle) and no allocation per character. It is one pass
//! over the bytes in which only an ASCII byte can start a candidate, and every pattern looks at
//! most a few dozen bytes ahead of or behind that start, so a pasted text with thousands of
//! numbers stays linear.

use super::datum;

/// What kind of personal data a hit looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Soort {
    /// Burgerservicenummer: 9 digits (or 8, with the leading zero left off) passing the 11-proef.
    Bsn,
    /// A bank account number with a valid mod-97 check: Dutch ones in any notation, those of
    /// other countries in capitals.
    Iban,
    /// A Dutch mobile or landline number, national or with +31 / 0031, or a number abroad.
    Telefoon,
    Email,
    /// A Dutch postcode such as `1234 AB`.
    Postcode,
    /// A date that is probably someone's birthday; see [`controleer`] for when a date counts.
    Geboortedatum,
}

impl Soort {
    pub const ALLE: [Soort; 6] = [
        Soort::Bsn,
        Soort::Iban,
        Soort::Telefoon,
        Soort::Email,
        Soort::Postcode,
        Soort::Geboortedatum,
    ];

    /// Short Dutch label as shown to the user.
    pub fn naam(self) -> &'static str {
        match self {
            Soort::Bsn => "BSN",
            Soort::Iban => "IBAN (rekeningnummer)",
            Soort::Telefoon => "Telefoonnummer",
            Soort::Email => "E-mailadres",
            Soort::Postcode => "Postcode",
            Soort::Geboortedatum => "Geboortedatum",
        }
    }

    /// A gentle warning in plain Dutch (B1): what we found, why it matters and what you can do.
    pub fn waarschuwing(self) -> &'static str {
        match self {
            Soort::Bsn => {
                "Dit lijkt een burgerservicenummer (BSN). Met een BSN is de cliënt meteen te \
                 vinden, en niets in je aantekeningen mag naar de cliënt terugwijzen. Gebruik \
                 liever de code van de cliënt. Je kunt het nummer vervangen door [BSN]."
            }
            Soort::Iban => {
                "Dit lijkt een rekeningnummer (IBAN). Een rekeningnummer hoort bij één persoon, \
                 dus de cliënt is ermee te herkennen. Gebruik liever de code van de cliënt. Je \
                 kunt het rekeningnummer vervangen door [IBAN]."
            }
            Soort::Telefoon => {
                "Dit lijkt een telefoonnummer. Met een telefoonnummer is de cliënt te \
                 herkennen, en dat hoort niet in je aantekeningen. Gebruik liever de code van \
                 de cliënt. Je kunt het nummer vervangen door [telefoonnummer]."
            }
            Soort::Email => {
                "Dit lijkt een e-mailadres. In een e-mailadres staat vaak een naam, zodat de \
                 cliënt te herkennen is. Gebruik liever de code van de cliënt. Je kunt het adres \
                 vervangen door [e-mail]."
            }
            Soort::Postcode => {
                "Dit lijkt een postcode. Een postcode wijst bijna naar één adres, zeker met een \
                 huisnummer erbij. Schrijf liever alleen de wijk of de plaats, als die ertoe \
                 doet. Je kunt de postcode vervangen door [postcode]."
            }
            Soort::Geboortedatum => {
                "Dit lijkt een geboortedatum. Samen met andere gegevens is de cliënt daarmee te \
                 herkennen. Schrijf liever de leeftijd, als die ertoe doet. Je kunt de datum \
                 vervangen door [geboortedatum]."
            }
        }
    }

    /// The neutral text that [`maskeer`] puts in place of a hit.
    pub fn markering(self) -> &'static str {
        match self {
            Soort::Bsn => "[BSN]",
            Soort::Iban => "[IBAN]",
            Soort::Telefoon => "[telefoonnummer]",
            Soort::Email => "[e-mail]",
            Soort::Postcode => "[postcode]",
            Soort::Geboortedatum => "[geboortedatum]",
        }
    }
}

/// One piece of text that looks like personal data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Treffer {
    pub soort: Soort,
    /// Byte offset of the first byte; always on a char boundary.
    pub start: usize,
    /// Byte offset just past the last byte; always on a char boundary.
    pub eind: usize,
}

impl Treffer {
    /// The text of the hit, or `""` when the hit does not belong to this text.
    pub fn tekst<'t>(&self, tekst: &'t str) -> &'t str {
        tekst.get(self.start..self.eind).unwrap_or("")
    }
}

/// What the guard knows about the worksheet around the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context<'a> {
    /// The date of the conversation, ISO `yyyy-mm-dd` like [`super::Gesprek::datum`]. This date
    /// itself is never a hit, and it is "now" for deciding whether a bare date is old enough to
    /// be a birth date.
    pub gespreksdatum: Option<&'a str>,
}

/// A bare date at least this many years before the conversation is treated as a birth date.
/// Younger dates in notes are nearly always appointments, letters or start dates.
pub const MIN_JAREN_GELEDEN: u32 = 14;

/// Without a conversation date we cannot know "now". We then assume the conversation was not
/// before this year, so only bare dates up to 2000 count: fewer hits, but no alarm about every
/// appointment.
const PEILJAAR_ZONDER_DATUM: u32 = 2014;

/// Finds everything in `tekst` that looks like personal data. The hits are sorted, never
/// overlap, and their offsets lie on char boundaries.
///
/// Dates need care, because most dates in notes are appointments or the conversation itself.
/// A date is a [`Soort::Geboortedatum`] when "geboren", "geb." or "geboorte…" comes just before
/// it, or when it is a bare date at least [`MIN_JAREN_GELEDEN`] years before the conversation
/// (and not after "sinds", "per", "vanaf" and the like). The conversation's own date is never
/// a hit.
///
/// Numbers glued to letters (`zaak123456782`, `1500kg`) are codes or measures, not personal
/// data, with one exception: `BSN123456782`.
pub fn controleer(tekst: &str, ctx: &Context) -> Vec<Treffer> {
    let peil = Peil::uit(ctx);
    let emails = emailadressen(tekst);
    let mut emails = emails.into_iter().peekable();
    let b = tekst.as_bytes();
    let mut treffers = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let grens = match emails.peek() {
            Some(&(start, eind)) if i >= start => {
                treffers.push(Treffer {
                    soort: Soort::Email,
                    start,
                    eind,
                });
                emails.next();
                i = eind;
                continue;
            }
            Some(&(start, _)) => start,
            None => b.len(),
        };
        // Only ASCII bytes start a candidate, and those are always char boundaries. The bytes
        // of a multi-byte char are all >= 0x80 and simply fall through.
        let vondst = match b[i] {
            b'0'..=b'9' | b'+' | b'(' => getal(tekst, i, &peil),
            b'A'..=b'Z' | b'n' => iban(tekst, i),
            _ => None,
        };
        match vondst {
            // A match may not run into an e-mail address: the address wins.
            Some(v) if v.eind > i && v.eind <= grens => {
                debug_assert!(tekst.is_char_boundary(v.eind));
                if let Some(soort) = v.soort {
                    treffers.push(Treffer {
                        soort,
                        start: i,
                        eind: v.eind,
                    });
                }
                i = v.eind;
            }
            // Nothing starts inside a run of digits (see `begin`), so skip the whole run.
            _ if b[i].is_ascii_digit() => {
                let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
                i = (i + run).min(grens);
            }
            _ => i += 1,
        }
    }
    treffers
}

/// Replaces every hit by its neutral marker such as `[BSN]`. Hits may come in any order;
/// overlapping hits become one marker, and hits that do not fit the text are ignored.
pub fn maskeer(tekst: &str, treffers: &[Treffer]) -> String {
    let mut geldig: Vec<&Treffer> = treffers
        .iter()
        .filter(|t| {
            t.start < t.eind && tekst.is_char_boundary(t.start) && tekst.is_char_boundary(t.eind)
        })
        .collect();
    geldig.sort_by_key(|t| (t.start, std::cmp::Reverse(t.eind)));
    let mut uit = String::with_capacity(tekst.len());
    let mut pos = 0;
    for t in geldig {
        if t.start < pos {
            // Overlaps the previous marker: mask the union, never leave a tail visible.
            pos = pos.max(t.eind);
            continue;
        }
        uit.push_str(&tekst[pos..t.start]);
        uit.push_str(t.soort.markering());
        pos = t.eind;
    }
    uit.push_str(&tekst[pos..]);
    uit
}

/// Something recognised at a position. `soort: None` means it was recognised as something that
/// is not reported (the conversation's date, an IBAN with a typo) and is skipped as a whole, so
/// that its parts are not read as something else.
struct Vondst {
    eind: usize,
    soort: Option<Soort>,
}

impl Vondst {
    fn treffer(eind: usize, soort: Soort) -> Vondst {
        Vondst {
            eind,
            soort: Some(soort),
        }
    }
}

/// "Now" for dates: the conversation's year and date.
struct Peil {
    jaar: u32,
    datum: Option<(u32, u32, u32)>,
}

impl Peil {
    fn uit(ctx: &Context) -> Peil {
        match ctx.gespreksdatum.and_then(|d| datum::iso_delen(d.trim())) {
            Some(d) => Peil {
                jaar: d.0,
                datum: Some(d),
            },
            None => Peil {
                jaar: PEILJAAR_ZONDER_DATUM,
                datum: None,
            },
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Characters and boundaries

/// Part of a word: a match that touches one of these on either side is part of a longer code.
/// Combining accents count too, so `1234 AB\u{301}` is not a postcode followed by an accent.
fn is_woordteken(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || ('\u{300}'..='\u{36f}').contains(&c)
}

/// A space, including the no-break spaces that word processors put between digit groups.
fn is_spatie(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Punctuation that sits inside numbers: `1.234`, `3,5`, `12:05`, `06-1234`, `7/10`.
fn is_getalteken(c: char) -> bool {
    matches!(c, '.' | ',' | '-' | '–' | '/' | ':')
}

fn volgend_teken(s: &str, p: usize) -> Option<char> {
    s.get(p..)?.chars().next()
}

/// Skips one space at `p`, if there is one.
fn na_spatie(s: &str, p: usize) -> usize {
    match volgend_teken(s, p) {
        Some(c) if is_spatie(c) => p + c.len_utf8(),
        _ => p,
    }
}

/// How a candidate at `i` relates to what comes before it.
#[derive(PartialEq, Eq)]
enum Begin {
    /// At the start of a word: anything may start here.
    Vrij,
    /// Glued to the letters "bsn": only a BSN may start here.
    NaBsn,
    /// Inside a word or a longer number: nothing starts here.
    Nee,
}

fn begin(s: &str, i: usize) -> Begin {
    let voor = &s[..i];
    let mut terug = voor.chars().rev();
    match terug.next() {
        None => Begin::Vrij,
        Some(c) if is_woordteken(c) => {
            if eindigt_op_woord(voor, "bsn") {
                Begin::NaBsn
            } else {
                Begin::Nee
            }
        }
        // A comma before four or more digits separates a list (a pasted CSV line), it is not a
        // decimal comma; a slash before a phone number separates two numbers.
        Some(',') if cijfers_vanaf(s, i) >= 4 => Begin::Vrij,
        Some('/') if lijkt_op_nummer(s, i) => Begin::Vrij,
        // `1.234.567.890`, `3,12`, `+123456782`: the middle of a longer number.
        Some(c) if is_getalteken(c) || c == '+' => {
            if terug.next().is_some_and(|d| d.is_ascii_digit()) {
                Begin::Nee
            } else {
                Begin::Vrij
            }
        }
        Some(_) => Begin::Vrij,
    }
}

/// May a match end at `e`? Not inside a word, and not where the number goes on (`123456782,5`,
/// `06-12345678-9`). With `spaties` the match itself uses spaces between groups, so a further
/// group after a space (`123 456 782 1`) also means the grouping is something else.
fn einde_ok(s: &str, e: usize, spaties: bool) -> bool {
    let Some(rest) = s.get(e..) else {
        return false;
    };
    let mut verder = rest.chars();
    match verder.next() {
        None => true,
        Some(c) if is_woordteken(c) => false,
        Some(',') => !(1..4).contains(&cijfers_vanaf(s, e + 1)),
        Some('/') if lijkt_op_nummer(s, e + 1) => true,
        Some(c) if is_getalteken(c) || (spaties && is_spatie(c)) => {
            !verder.next().is_some_and(|d| d.is_ascii_digit())
        }
        Some(_) => true,
    }
}

/// How many ASCII digits follow at `p`, counting up to 4.
fn cijfers_vanaf(s: &str, p: usize) -> usize {
    s.as_bytes().get(p..).map_or(0, |b| {
        b.iter().take(4).take_while(|c| c.is_ascii_digit()).count()
    })
}

/// Does a phone-like number start at `p`: `0` and at least three more digits (not `01/02`)?
fn lijkt_op_nummer(s: &str, p: usize) -> bool {
    s.as_bytes().get(p) == Some(&b'0') && cijfers_vanaf(s, p) >= 4
}

/// Does `voor` end with the word `woord` (ASCII, any case), not as the tail of a longer word?
fn eindigt_op_woord(voor: &str, woord: &str) -> bool {
    let (v, w) = (voor.as_bytes(), woord.as_bytes());
    if v.len() < w.len() || !v[v.len() - w.len()..].eq_ignore_ascii_case(w) {
        return false;
    }
    !voor[..v.len() - w.len()]
        .chars()
        .next_back()
        .is_some_and(is_woordteken)
}

/// The word just before `i`, across at most a few characters of punctuation: `kvk: 1234`.
fn vorig_woord(s: &str, i: usize) -> &str {
    let voor = &s[..i];
    let mut eind = voor.len();
    for (k, c) in voor.char_indices().rev().take(3) {
        if is_woordteken(c) {
            break;
        }
        eind = k;
    }
    let woord = &voor[..eind];
    let begin = woord
        .char_indices()
        .rev()
        .take(24)
        .take_while(|&(_, c)| is_woordteken(c))
        .last()
        .map_or(eind, |(k, _)| k);
    &woord[begin..]
}

/// The word just after `e`, across at most one space; `%` counts as a word.
fn volgend_woord(s: &str, e: usize) -> &str {
    let p = na_spatie(s, e);
    let rest = &s[p..];
    if rest.starts_with('%') {
        return "%";
    }
    let lengte = rest
        .bytes()
        .take(16)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    &rest[..lengte]
}

fn in_lijst(woord: &str, lijst: &[&str]) -> bool {
    lijst.iter().any(|w| w.eq_ignore_ascii_case(woord))
}

/// Currencies before a number: an amount, not a person.
fn na_valuta(s: &str, i: usize) -> bool {
    let voor = &s[..i];
    let voor = match voor.chars().next_back() {
        Some(c) if is_spatie(c) => &voor[..voor.len() - c.len_utf8()],
        _ => voor,
    };
    voor.ends_with(['€', '$', '£', 'ƒ'])
        || eindigt_op_woord(voor, "eur")
        || eindigt_op_woord(voor, "euro")
}

// ---------------------------------------------------------------------------------------------
// Digit groups

const MAX_CIJFERS: usize = 16;
const MAX_GROEPEN: usize = 6;

#[derive(Clone, Copy, Default)]
struct Groep {
    lengte: usize,
    /// Byte offset just past the group's last digit.
    eind: usize,
    /// The separator before the next group (`b' '`, `b'-'`, `b'.'`, `b'/'`), or 0.
    scheiding: u8,
}

/// A run of digit groups with single separators in between: `1234.56.782`, `06 12 34 56 78`,
/// `03-03-1985`. Reads at most [`MAX_CIJFERS`] digits, so it costs O(1) per start; a longer run
/// ends in the middle of a digit and then fails every [`einde_ok`].
struct Groepen {
    cijfers: [u8; MAX_CIJFERS],
    aantal: usize,
    groep: [Groep; MAX_GROEPEN],
    n: usize,
}

impl Groepen {
    fn lees(s: &str, start: usize) -> Groepen {
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
    fn waarde(&self, k: usize) -> u64 {
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

// ---------------------------------------------------------------------------------------------
// Patterns

/// Everything that starts with a digit, `+` or `(` at `i`.
fn getal(s: &str, i: usize, peil: &Peil) -> Option<Vondst> {
    let begin = begin(s, i);
    if begin == Begin::Nee || na_valuta(s, i) {
        return None;
    }
    let digit = s.as_bytes()[i].is_ascii_digit();
    if begin == Begin::NaBsn {
        return digit
            .then(|| bsn(s, i, &Groepen::lees(s, i)))
            .flatten()
            .map(|e| Vondst::treffer(e, Soort::Bsn));
    }
    if let Some(e) = telefoon(s, i) {
        return Some(Vondst::treffer(e, Soort::Telefoon));
    }
    if !digit {
        return None;
    }
    let groepen = Groepen::lees(s, i);
    if let Some(v) = datum_vondst(s, i, &groepen, peil) {
        return Some(v);
    }
    if let Some(e) = bsn(s, i, &groepen) {
        return Some(Vondst::treffer(e, Soort::Bsn));
    }
    postcode(s, i).map(|e| Vondst::treffer(e, Soort::Postcode))
}

/// The 11-proef on 9 digits: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11, and not all zero.
fn elfproef(c: &[u8; 9]) -> bool {
    let som: i32 = c[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&d, w)| i32::from(d) * w)
        .sum::<i32>()
        - i32::from(c[8]);
    som.rem_euclid(11) == 0 && c.iter().any(|&d| d != 0)
}

/// Words before a number that make it something else than a BSN.
const GEEN_BSN_ERVOOR: &[&str] = &[
    "kvk",
    "kvknummer",
    "art",
    "artikel",
    "artikelnummer",
    "artnr",
    "factuur",
    "factuurnummer",
    "order",
    "ordernummer",
    "bestelnummer",
    "btw",
];

/// Units after a number: an amount or a measure, not a BSN.
const EENHEDEN: &[&str] = &[
    "%",
    "euro",
    "eur",
    "cent",
    "procent",
    "km",
    "kg",
    "gram",
    "liter",
    "uur",
    "min",
    "minuten",
    "seconden",
    "dagen",
    "weken",
    "maanden",
    "jaar",
    "keer",
    "stuks",
    "inwoners",
    "mensen",
    "huishoudens",
];

/// A BSN at `i`: `123456782`, `12345674` (leading zero left off), `1234.56.782`, `123 456 782`.
fn bsn(s: &str, i: usize, g: &Groepen) -> Option<usize> {
    if g.n == 0 {
        return None;
    }
    let mut c = [0u8; 9];
    let eerste = g.groep[0];
    let (eind, spaties) = match eerste.lengte {
        9 => {
            c.copy_from_slice(&g.cijfers[..9]);
            (eerste.eind, false)
        }
        // An old BSN (sofinummer) written without its leading zero. A yyyymmdd date is not one.
        8 if !lijkt_op_jjjjmmdd(&g.cijfers[..8]) => {
            c[1..].copy_from_slice(&g.cijfers[..8]);
            (eerste.eind, false)
        }
        3 | 4 if g.n >= 3 => {
            let (tweede, derde) = (g.groep[1], g.groep[2]);
            let vorm = (eerste.lengte, tweede.lengte, derde.lengte);
            let teken = eerste.scheiding;
            if !matches!(vorm, (4, 2, 3) | (3, 3, 3))
                || teken != tweede.scheiding
                || !matches!(teken, b'.' | b' ' | b'-')
            {
                return None;
            }
            // `12 123 456 782` is one long spaced number, not a BSN after a 12.
            if teken == b' ' && na_getal_en_spatie(s, i) {
                return None;
            }
            c.copy_from_slice(&g.cijfers[..9]);
            (derde.eind, teken == b' ')
        }
        _ => return None,
    };
    let ok = elfproef(&c)
        && einde_ok(s, eind, spaties)
        && !in_lijst(volgend_woord(s, eind), EENHEDEN)
        && !in_lijst(vorig_woord(s, i), GEEN_BSN_ERVOOR);
    ok.then_some(eind)
}

fn na_getal_en_spatie(s: &str, i: usize) -> bool {
    let mut terug = s[..i].chars().rev();
    terug.next().is_some_and(is_spatie) && terug.next().is_some_and(|c| c.is_ascii_digit())
}

fn lijkt_op_jjjjmmdd(c: &[u8]) -> bool {
    let getal = |d: &[u8]| d.iter().fold(0u32, |w, &x| w * 10 + u32::from(x));
    let (j, m, d) = (getal(&c[..4]), getal(&c[4..6]), getal(&c[6..8]));
    (1900..=2099).contains(&j) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// A Dutch phone number at `i`: `06-12345678`, `020 123 4567`, `+31 6 12345678`,
/// `0031612345678`, `(010) 123 4567`. Returns where it ends.
fn telefoon(s: &str, i: usize) -> Option<usize> {
    let rest = &s[i..];
    let b = rest.as_bytes();
    if let Some(na) = rest
        .strip_prefix("+31")
        .or_else(|| rest.strip_prefix("0031"))
    {
        let mut p = na_streep_of_spatie(s, s.len() - na.len());
        if s[p..].starts_with("(0)") {
            p = na_streep_of_spatie(s, p + 3);
        } else if s[p..].starts_with('0') {
            // `+31 06 12345678`: the trunk zero typed out of habit.
            p += 1;
        }
        if !s
            .as_bytes()
            .get(p)
            .is_some_and(|d| (b'1'..=b'9').contains(d))
        {
            return None;
        }
        return telefoon_einde(s, &Groepen::lees(s, p), 9, true);
    }
    if b.first() == Some(&b'(') {
        let sluit = b.iter().take(6).position(|&c| c == b')')?;
        let kengetal = &b[1..sluit];
        if kengetal == b"0" {
            // `(0)6-12345678`: the trunk zero in brackets, as after +31 but without it.
            let p = i + sluit + 1;
            if !s
                .as_bytes()
                .get(p)
                .is_some_and(|d| (b'1'..=b'9').contains(d))
            {
                return None;
            }
            return telefoon_einde(s, &Groepen::lees(s, p), 9, true);
        }
        let geldig = (2..=4).contains(&kengetal.len())
            && kengetal[0] == b'0'
            && kengetal[1] != b'0'
            && kengetal.iter().all(u8::is_ascii_digit);
        if !geldig {
            return None;
        }
        let p = na_spatie(s, i + sluit + 1);
        if !s.as_bytes().get(p).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        return telefoon_einde(s, &Groepen::lees(s, p), 10 - kengetal.len(), true);
    }
    if b.len() >= 2 && b[0] == b'0' && (b'1'..=b'9').contains(&b[1]) {
        return telefoon_einde(s, &Groepen::lees(s, i), 10, false);
    }
    let na = rest.strip_prefix('+').or_else(|| rest.strip_prefix("00"))?;
    if na
        .as_bytes()
        .first()
        .is_some_and(|d| (b'1'..=b'9').contains(d))
    {
        return buitenlands_nummer(s, s.len() - na.len());
    }
    None
}

/// A phone number from abroad after `+` or `00`: `+32 470 12 34 56`, `0049 30 1234567`,
/// `+212612345678`. Family abroad is common, and any such number points to one person. Without
/// a numbering plan per country we ask for 9 to 15 digits (the E.164 maximum), a country code
/// of at most 3 digits when grouped, and groups of two or more after the first one (`+212 6 …`).
fn buitenlands_nummer(s: &str, p: usize) -> Option<usize> {
    let g = Groepen::lees(s, p);
    let groepen = &g.groep[..g.n];
    let laatste = groepen.last()?;
    let (totaal, spaties) = (g.aantal, groepen.iter().any(|g| g.scheiding == b' '));
    let vorm = match groepen {
        [enkel] => (10..=15).contains(&enkel.lengte),
        [land, rest @ ..] => {
            land.lengte <= 3
                && (9..=15).contains(&totaal)
                && rest.iter().skip(1).all(|g| g.lengte >= 2)
                && groepen[..g.n - 1]
                    .iter()
                    .all(|g| matches!(g.scheiding, b' ' | b'-'))
        }
        [] => false,
    };
    (vorm && einde_ok(s, laatste.eind, spaties)).then_some(laatste.eind)
}

fn na_streep_of_spatie(s: &str, p: usize) -> usize {
    match volgend_teken(s, p) {
        Some(c) if is_spatie(c) || c == '-' => p + c.len_utf8(),
        _ => p,
    }
}

/// Where the first groups of `g` add up to exactly `nodig` digits, if they look like a phone
/// number: groups of at least two digits (`06 12 34 56 78`; after +31 the first may be `6`),
/// spaces anywhere but at most one dash, and no dots (`09.15` is a time).
fn telefoon_einde(s: &str, g: &Groepen, nodig: usize, eerste_mag_kort: bool) -> Option<usize> {
    let (mut totaal, mut strepen, mut spaties) = (0, 0, false);
    for (k, groep) in g.groep[..g.n].iter().enumerate() {
        if groep.lengte < 2 && !(k == 0 && eerste_mag_kort) {
            return None;
        }
        totaal += groep.lengte;
        if totaal >= nodig {
            return (totaal == nodig && einde_ok(s, groep.eind, spaties)).then_some(groep.eind);
        }
        match groep.scheiding {
            b' ' => spaties = true,
            b'-' | b'/' => strepen += 1,
            _ => return None,
        }
        if strepen > 1 {
            return None;
        }
    }
    None
}

/// A Dutch postcode at `i`: four digits (not starting with 0), an optional space, two letters.
fn postcode(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    let cijfers = b.get(i..i + 4)?;
    if cijfers[0] == b'0' || !cijfers.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let p = na_spatie(s, i + 4);
    let letters = b.get(p..p + 2)?;
    if !letters.iter().all(u8::is_ascii_alphabetic) || !einde_ok(s, p + 2, false) {
        return None;
    }
    let groot = [
        letters[0].to_ascii_uppercase(),
        letters[1].to_ascii_uppercase(),
    ];
    // PostNL does not use these letter pairs.
    if matches!(&groot, b"SA" | b"SD" | b"SS") {
        return None;
    }
    // `in 2019 is`, `1200 km`: a number followed by a short word. In capitals (`1234 IN`) it is
    // a postcode after all, except after something that looks like a year (`2019 IN`).
    let klein = [
        letters[0].to_ascii_lowercase(),
        letters[1].to_ascii_lowercase(),
    ];
    if KORTE_WOORDEN.binary_search(&&klein).is_ok() {
        let hoofdletters = letters.iter().all(u8::is_ascii_uppercase);
        let jaartal = matches!(&cijfers[..2], b"19" | b"20");
        if !hoofdletters || jaartal {
            return None;
        }
    }
    Some(p + 2)
}

/// Two-letter words and units that often follow a number in a sentence; sorted, lowercase.
const KORTE_WOORDEN: &[&[u8; 2]] = &[
    b"al", b"am", b"as", b"at", b"be", b"bv", b"by", b"cl", b"cm", b"ct", b"cv", b"da", b"de",
    b"di", b"dl", b"do", b"ei", b"en", b"er", b"eu", b"ex", b"ga", b"gb", b"ge", b"go", b"gr",
    b"ha", b"he", b"id", b"ie", b"if", b"ik", b"in", b"is", b"it", b"ja", b"je", b"jr", b"kb",
    b"kg", b"km", b"la", b"ma", b"mb", b"me", b"mg", b"ml", b"mm", b"my", b"na", b"nl", b"no",
    b"nr", b"nu", b"nv", b"of", b"oh", b"ok", b"om", b"on", b"op", b"or", b"pa", b"pc", b"pm",
    b"pp", b"so", b"st", b"te", b"tm", b"to", b"tv", b"ui", b"uk", b"up", b"us", b"uw", b"vd",
    b"vr", b"vs", b"we", b"wo", b"za", b"ze", b"zo",
];

/// An IBAN at `i`: Dutch ones in any case and spacing, other countries' in capitals.
fn iban(s: &str, i: usize) -> Option<Vondst> {
    let b = s.as_bytes();
    let kop = b.get(i..i + 4)?;
    if kop[..2].eq_ignore_ascii_case(b"NL") {
        return (begin(s, i) == Begin::Vrij)
            .then(|| nl_iban(s, i))
            .flatten();
    }
    let vorm = kop[0].is_ascii_uppercase()
        && kop[1].is_ascii_uppercase()
        && kop[2].is_ascii_digit()
        && kop[3].is_ascii_digit();
    if !vorm || begin(s, i) != Begin::Vrij {
        return None;
    }
    buitenlandse_iban(s, i).map(|e| Vondst::treffer(e, Soort::Iban))
}

/// A Dutch IBAN at `i` (`NL91ABNA0417164300`, `NL91 ABNA 0417 1643 00`, `nl 91 abna …`). An
/// IBAN shape with a wrong check is skipped without a hit, so its digits are not read as a
/// phone number.
fn nl_iban(s: &str, i: usize) -> Option<Vondst> {
    let b = s.as_bytes();
    let mut tekens = [0u8; 18];
    let mut p = i;
    for (k, teken) in tekens.iter_mut().enumerate() {
        if k > 0 {
            let na = na_spatie(s, p);
            if na > p && b.get(na).is_some_and(u8::is_ascii_alphanumeric) {
                p = na;
            }
        }
        let c = *b.get(p)?;
        let past = match k {
            0..=1 | 4..=7 => c.is_ascii_alphabetic(),
            _ => c.is_ascii_digit(),
        };
        if !past {
            return None;
        }
        *teken = c.to_ascii_uppercase();
        p += 1;
    }
    if !einde_ok(s, p, false) {
        return None;
    }
    let soort = mod97(&tekens).then_some(Soort::Iban);
    Some(Vondst { eind: p, soort })
}

/// An IBAN from another country: `BE68 5390 0754 7034`, `DE89370400440532013000`. The length
/// differs per country, so we take the longest run of groups (compact, or in fours) with a
/// valid check.
fn buitenlandse_iban(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    let teken = |p: usize| {
        b.get(p)
            .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    let mut tekens = [0u8; 34];
    let mut n = 0;
    // After each group: how many characters so far, and where it ends.
    let mut einden = [(0, 0); 9];
    let mut k = 0;
    let mut p = i;
    while k < einden.len() {
        let begin = p;
        while n < tekens.len() && teken(p) {
            tekens[n] = b[p];
            n += 1;
            p += 1;
        }
        einden[k] = (n, p);
        k += 1;
        let volgende = na_spatie(s, p);
        if p - begin != 4 || volgende == p || !teken(volgende) {
            break;
        }
        p = volgende;
    }
    einden[..k]
        .iter()
        .rev()
        .find(|&&(n, e)| (15..=34).contains(&n) && einde_ok(s, e, false) && mod97(&tekens[..n]))
        .map(|&(_, e)| e)
}

/// The IBAN check: move the first four characters to the end, read letters as 10..35, and the
/// number must leave 1 after division by 97.
fn mod97(iban: &[u8]) -> bool {
    if iban.len() < 5 {
        return false;
    }
    let mut rest = 0u32;
    for &c in iban[4..].iter().chain(&iban[..4]) {
        rest = match c {
            b'0'..=b'9' => (rest * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => (rest * 100 + u32::from(c - b'A') + 10) % 97,
            _ => return false,
        };
    }
    rest == 1
}

// ---------------------------------------------------------------------------------------------
// Dates

/// A date at `i` (`3-3-1985`, `03/03/1985`, `03.03.1985`, `1985-03-03`, `3 maart 1985`, and
/// with a birth word before it also `03-03-85`). Every date found is skipped as a whole; only
/// a likely birth date is a hit.
fn datum_vondst(s: &str, i: usize, g: &Groepen, peil: &Peil) -> Option<Vondst> {
    if g.n >= 3 {
        let [a, m, c] = [g.groep[0], g.groep[1], g.groep[2]];
        let teken = a.scheiding;
        if teken == m.scheiding && matches!(teken, b'-' | b'/' | b'.') && einde_ok(s, c.eind, false)
        {
            let w = |k| g.waarde(k) as u32;
            let delen = match (a.lengte, m.lengte, c.lengte) {
                (1 | 2, 1 | 2, 4) => Some((w(2), w(1), w(0), false)),
                (4, 1 | 2, 1 | 2) if teken == b'-' => Some((w(0), w(1), w(2), false)),
                (1 | 2, 1 | 2, 2) => Some((w(2), w(1), w(0), true)),
                _ => None,
            };
            if let Some((jaar, maand, dag, kort)) = delen {
                if bestaat(jaar, maand, dag) {
                    let soort = beoordeel(s, i, (jaar, maand, dag), kort, peil);
                    return Some(Vondst {
                        eind: c.eind,
                        soort,
                    });
                }
            }
        }
    }
    let dag = g.groep[0];
    if g.n >= 1 && dag.lengte <= 2 && dag.scheiding == 0 {
        let (maand, jaar, eind) = tekstdatum(s, dag.eind)?;
        let dag = g.waarde(0) as u32;
        if bestaat(jaar, maand, dag) {
            let soort = beoordeel(s, i, (jaar, maand, dag), false, peil);
            return Some(Vondst { eind, soort });
        }
    }
    None
}

/// ` maart 1985` (or ` mrt. 1985`) after a day number: month, year and where it ends.
fn tekstdatum(s: &str, p: usize) -> Option<(u32, u32, usize)> {
    let q = na_spatie(s, p);
    if q == p {
        return None;
    }
    let woord_lengte = s[q..]
        .bytes()
        .take(10)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let maand = maand(&s[q..q + woord_lengte])?;
    let mut q = q + woord_lengte;
    if s[q..].starts_with('.') {
        q += 1;
    }
    let r = na_spatie(s, q);
    if r == q {
        return None;
    }
    let jaar = s.as_bytes().get(r..r + 4)?;
    if !jaar.iter().all(u8::is_ascii_digit) || !einde_ok(s, r + 4, false) {
        return None;
    }
    let jaar = jaar.iter().fold(0u32, |w, &c| w * 10 + u32::from(c - b'0'));
    Some((maand, jaar, r + 4))
}

fn maand(woord: &str) -> Option<u32> {
    const MAANDEN: [&[&str]; 12] = [
        &["januari", "jan"],
        &["februari", "feb"],
        &["maart", "mrt", "mar"],
        &["april", "apr"],
        &["mei"],
        &["juni", "jun"],
        &["juli", "jul"],
        &["augustus", "aug"],
        &["september", "sep", "sept"],
        &["oktober", "okt", "oct"],
        &["november", "nov"],
        &["december", "dec"],
    ];
    (1..=12)
        .zip(MAANDEN)
        .find(|(_, namen)| in_lijst(woord, namen))
        .map(|(m, _)| m)
}

fn bestaat(jaar: u32, maand: u32, dag: u32) -> bool {
    let dagen = match maand {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (jaar.is_multiple_of(4) && !jaar.is_multiple_of(100)) || jaar.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => return false,
    };
    (1..=dagen).contains(&dag)
}

/// Is this date a birth date? `kort`: the year was written with two digits.
fn beoordeel(
    s: &str,
    i: usize,
    (jaar, maand, dag): (u32, u32, u32),
    kort: bool,
    peil: &Peil,
) -> Option<Soort> {
    let jaar = match kort {
        true if jaar <= peil.jaar % 100 => 2000 + jaar,
        true => 1900 + jaar,
        false => jaar,
    };
    if peil.datum == Some((jaar, maand, dag)) || jaar < 1900 {
        return None;
    }
    let geboorte = match voorwoord(s, i) {
        Voorwoord::Geboorte => true,
        Voorwoord::Ander => false,
        Voorwoord::Geen => !kort && jaar + MIN_JAREN_GELEDEN <= peil.jaar,
    };
    geboorte.then_some(Soort::Geboortedatum)
}

enum Voorwoord {
    /// "geboren", "geb.", "geboortedatum" just before the date.
    Geboorte,
    /// "sinds", "per", "afspraak": the date of an event, not of a birth.
    Ander,
    Geen,
}

/// Words that make the next date a birth date. Words starting with "geboorte" count too.
const GEBOORTEWOORDEN: &[&str] = &["geboren", "geb", "gebdatum", "gebdat", "dob"];

/// Words that make the next bare date the date of an event.
const GEBEURTENISWOORDEN: &[&str] = &[
    "sinds",
    "vanaf",
    "per",
    "tot",
    "tussen",
    "ingang",
    "ingangsdatum",
    "startdatum",
    "begindatum",
    "einddatum",
    "afspraak",
    "gesprek",
    "brief",
    "dd",
    "d",
    "uitkering",
];

/// Abbreviations whose full stop does not end the sentence.
const AFKORTINGEN: &[&str] = &["geb", "dd", "nr", "ca", "bijv", "gebdat"];

/// Looks at up to four words before a date, within the same sentence.
fn voorwoord(s: &str, i: usize) -> Voorwoord {
    let mut van = i.saturating_sub(60);
    while !s.is_char_boundary(van) {
        van -= 1;
    }
    let mut rest = &s[van..i];
    for positie in 0..4 {
        // Back over the punctuation and spaces before the date or the previous word.
        let mut punt = false;
        while let Some(c) = rest.chars().next_back() {
            if is_woordteken(c) {
                break;
            }
            if matches!(c, '\n' | '!' | '?' | ';') {
                return Voorwoord::Geen;
            }
            punt |= c == '.';
            rest = &rest[..rest.len() - c.len_utf8()];
        }
        let begin = rest
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_woordteken(c))
            .last()
            .map_or(rest.len(), |(k, _)| k);
        let woord = &rest[begin..];
        rest = &rest[..begin];
        if woord.is_empty() {
            return Voorwoord::Geen;
        }
        // A full stop after a real word ends an earlier sentence; after "geb." or "d.d." not.
        if punt && woord.chars().nth(1).is_some() && !in_lijst(woord, AFKORTINGEN) {
            return Voorwoord::Geen;
        }
        let b = woord.as_bytes();
        if in_lijst(woord, GEBOORTEWOORDEN)
            || (b.len() >= 8 && b[..8].eq_ignore_ascii_case(b"geboorte"))
        {
            return Voorwoord::Geboorte;
        }
        if positie < 2 && in_lijst(woord, GEBEURTENISWOORDEN) {
            return Voorwoord::Ander;
        }
    }
    Voorwoord::Geen
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses

fn is_lokaal_teken(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_domeinteken(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// All e-mail addresses, as sorted, non-overlapping byte ranges. Each `@` looks at most 64
/// characters back and 253 ahead, and never past another `@`, so this is linear too.
fn emailadressen(s: &str) -> Vec<(usize, usize)> {
    let mut uit: Vec<(usize, usize)> = Vec::new();
    for (a, _) in s.match_indices('@') {
        if uit.last().is_some_and(|&(_, eind)| a < eind) {
            continue;
        }
        let mut begin = a;
        let mut lang = 0;
        for c in s[..a].chars().rev() {
            if !is_lokaal_teken(c) {
                break;
            }
            begin -= c.len_utf8();
            lang += 1;
            if lang > 64 {
                break;
            }
        }
        if lang > 64 {
            continue;
        }
        while s[begin..a].starts_with('.') {
            begin += 1;
        }
        if begin == a || uit.last().is_some_and(|&(_, eind)| begin < eind) {
            continue;
        }
        let domein_begin = a + 1;
        let mut eind = domein_begin;
        for c in s[domein_begin..].chars().take(253) {
            if !is_domeinteken(c) {
                break;
            }
            eind += c.len_utf8();
        }
        // A sentence may end right after the address.
        while eind > domein_begin && s[..eind].ends_with(['.', '-']) {
            eind -= 1;
        }
        if geldig_domein(&s[domein_begin..eind]) && !s[..begin].ends_with(is_woordteken) {
            uit.push((begin, eind));
        }
    }
    uit
}

fn geldig_domein(domein: &str) -> bool {
    let mut delen = 0;
    let mut laatste = "";
    for deel in domein.split('.') {
        if deel.is_empty() || deel.starts_with('-') || deel.ends_with('-') {
            return false;
        }
        delen += 1;
        laatste = deel;
    }
    delen >= 2 && laatste.chars().count() >= 2 && laatste.chars().all(char::is_alphabetic)
}

/// A possible piece of personal data somewhere in a worksheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waarschuwing {
    /// Where: "Vraag 3: observaties".
    pub veld: String,
    pub soort: Soort,
}

/// Checks every free-text field of a worksheet, for the summary shown before printing or
/// exporting. One entry per field and kind, in field order.
pub fn controleer_werkblad(wb: &super::Werkblad) -> Vec<Waarschuwing> {
    let ctx = Context {
        gespreksdatum: Some(wb.gesprek.datum.as_str()),
    };
    let mut uit: Vec<Waarschuwing> = Vec::new();
    for (veld, tekst) in wb.tekstvelden() {
        for t in controleer(tekst, &ctx) {
            let w = Waarschuwing {
                veld: veld.clone(),
                soort: t.soort,
            };
            if !uit.contains(&w) {
                uit.push(w);
            }
        }
    }
    uit
}

/// The warnings as one Dutch sentence per kind: "BSN in: Label, Vraag 2: observaties."
pub fn samenvatting_waarschuwingen(ws: &[Waarschuwing]) -> Vec<String> {
    Soort::ALLE
        .iter()
        .filter_map(|&soort| {
            let velden: Vec<&str> = ws
                .iter()
                .filter(|w| w.soort == soort)
                .map(|w| w.veld.as_str())
                .collect();
            (!velden.is_empty()).then(|| format!("{} in: {}.", soort.naam(), velden.join(", ")))
        })
        .collect()
}

#[cfg(test)]
mod corpus;

#[cfg(test)]
mod tests {
    use super::*;

    const CTX: Context = Context {
        gespreksdatum: Some("2026-11-22"),
    };

    fn soorten(tekst: &str) -> Vec<(Soort, &str)> {
        controleer(tekst, &CTX)
            .iter()
            .map(|t| (t.soort, t.tekst(tekst)))
            .collect()
    }

    fn cijfers9(s: &str) -> [u8; 9] {
        let mut c = [0; 9];
        for (d, b) in c.iter_mut().zip(s.bytes()) {
            *d = b - b'0';
        }
        c
    }

    #[test]
    fn elfproef_bekende_nummers() {
        assert!(elfproef(&cijfers9("111222333")));
        assert!(elfproef(&cijfers9("123456782")));
        assert!(!elfproef(&cijfers9("123456789")));
        assert!(!elfproef(&cijfers9("111222334")));
        assert!(!elfproef(&cijfers9("000000000")));
        // 8 digits are read with the leading zero that was left off.
        assert!(elfproef(&cijfers9("012345672")));
        assert_eq!(soorten("bsn 12345672"), [(Soort::Bsn, "12345672")]);
        assert_eq!(soorten("bsn 12345673"), []);
    }

    #[test]
    fn mod97_bekende_ibans() {
        assert!(mod97(b"NL91ABNA0417164300"));
        assert!(mod97(b"GB82WEST12345698765432"));
        assert!(!mod97(b"NL91ABNA0417164301"));
        assert!(!mod97(b"NL"));
        assert!(!mod97(b"NL91ABNA04171643!0"));
        assert_eq!(
            soorten("Belgische rekening BE68 5390 0754 7034 en DE89 3704 0044 0532 0130 00."),
            [
                (Soort::Iban, "BE68 5390 0754 7034"),
                (Soort::Iban, "DE89 3704 0044 0532 0130 00")
            ]
        );
        assert_eq!(
            soorten("BE68539007547034 klopt"),
            [(Soort::Iban, "BE68539007547034")]
        );
        assert_eq!(soorten("BE68 5390 0754 7035"), []);
        assert_eq!(
            soorten("IBAN NL91 ABNA 0417 1643 00."),
            [(Soort::Iban, "NL91 ABNA 0417 1643 00")]
        );
        assert_eq!(
            soorten("nl91abna0417164300"),
            [(Soort::Iban, "nl91abna0417164300")]
        );
        // A typo in the check is no hit, and its digits are not read as a phone number either.
        assert_eq!(soorten("NL91 ABNA 0417 1643 01"), []);
    }

    #[test]
    fn elke_soort() {
        assert_eq!(soorten("BSN 1234.56.782"), [(Soort::Bsn, "1234.56.782")]);
        assert_eq!(
            soorten("tel: +31 (0)6 12345678"),
            [(Soort::Telefoon, "+31 (0)6 12345678")]
        );
        assert_eq!(
            soorten("mail j.jansen@voorbeeld.nl."),
            [(Soort::Email, "j.jansen@voorbeeld.nl")]
        );
        assert_eq!(
            soorten("Postcode 1234ab, Utrecht"),
            [(Soort::Postcode, "1234ab")]
        );
        assert_eq!(
            soorten("geb. 3 mrt. 1985"),
            [(Soort::Geboortedatum, "3 mrt. 1985")]
        );
        assert_eq!(
            soorten("geboren 03-03-85"),
            [(Soort::Geboortedatum, "03-03-85")]
        );
    }

    #[test]
    fn datums_hangen_af_van_het_gesprek() {
        // The conversation's own date, in any notation, is never a hit; not even after "geboren".
        for d in [
            "22-11-2026",
            "22/11/2026",
            "22 november 2026",
            "2026-11-22",
            "geboren 22-11-2026",
        ] {
            assert_eq!(soorten(d), [], "{d}");
        }
        // Old enough to be a birth date, unless it is clearly the date of an event.
        assert_eq!(
            soorten("cliënt (12-05-1970)"),
            [(Soort::Geboortedatum, "12-05-1970")]
        );
        assert_eq!(soorten("in dienst sinds 12-05-1990"), []);
        assert_eq!(soorten("afspraak 12-05-2020"), []);
        assert_eq!(
            soorten("dochter geb. 12-05-2020"),
            [(Soort::Geboortedatum, "12-05-2020")]
        );
        // A full stop ends the sentence with the birth word in it.
        assert_eq!(soorten("Hij is daar geboren. Gesprek 12-05-2020."), []);
        // Without a conversation date only dates up to 2000 count.
        let zonder = Context::default();
        assert_eq!(controleer("12-05-2000", &zonder).len(), 1);
        assert_eq!(controleer("12-05-2005", &zonder).len(), 0);
    }

    #[test]
    fn korte_woorden_gesorteerd_voor_binary_search() {
        assert!(KORTE_WOORDEN.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(soorten("in 2019 in Rotterdam"), []);
        assert_eq!(soorten("2019 IN"), []);
        assert_eq!(soorten("3512 IN"), [(Soort::Postcode, "3512 IN")]);
    }

    #[test]
    fn lijsten_en_haakjes() {
        assert_eq!(
            soorten("0612345678/0687654321"),
            [
                (Soort::Telefoon, "0612345678"),
                (Soort::Telefoon, "0687654321")
            ]
        );
        assert_eq!(
            soorten("(0)6-12345678"),
            [(Soort::Telefoon, "(0)6-12345678")]
        );
        assert_eq!(
            soorten("(010) 123 4567"),
            [(Soort::Telefoon, "(010) 123 4567")]
        );
        assert_eq!(
            soorten("+31 06 12345678"),
            [(Soort::Telefoon, "+31 06 12345678")]
        );
        // Scores and dates with slashes stay what they are.
        assert_eq!(soorten("7/10, 01/02/2026"), []);
    }

    #[test]
    fn geplakte_csv_regel() {
        let regel = "A-12,123456782,0612345678,1234AB,a@voorbeeld.nl,€ 12,50";
        let gevonden: Vec<Soort> = controleer(regel, &CTX).iter().map(|t| t.soort).collect();
        assert_eq!(
            gevonden,
            [Soort::Bsn, Soort::Telefoon, Soort::Postcode, Soort::Email]
        );
        // A decimal comma still belongs to the number.
        assert_eq!(soorten("123456782,50"), []);
    }

    #[test]
    fn maskeren() {
        let tekst = "Bel 06-12345678 of mail a@voorbeeld.nl, BSN 123456782.";
        let treffers = controleer(tekst, &CTX);
        assert_eq!(treffers.len(), 3);
        assert_eq!(
            maskeer(tekst, &treffers),
            "Bel [telefoonnummer] of mail [e-mail], BSN [BSN]."
        );
        assert_eq!(maskeer(tekst, &[]), tekst);
        // One hit at a time, as the "maskeer" button on one warning does.
        assert_eq!(
            maskeer(tekst, &treffers[2..]),
            "Bel 06-12345678 of mail a@voorbeeld.nl, BSN [BSN]."
        );
        // Masked text has nothing left to find.
        assert_eq!(controleer(&maskeer(tekst, &treffers), &CTX), []);
    }

    #[test]
    fn maskeren_met_rommelige_treffers() {
        let t = |soort, start, eind| Treffer { soort, start, eind };
        let tekst = "abcdefghij";
        // Unsorted and overlapping: the union is masked once.
        let rommel = [
            t(Soort::Bsn, 5, 8),
            t(Soort::Email, 1, 3),
            t(Soort::Iban, 2, 6),
        ];
        assert_eq!(maskeer(tekst, &rommel), "a[e-mail]ij");
        // Out of range, empty, reversed or not on a char boundary: ignored.
        let emoji = "a😀b";
        let fout = [
            t(Soort::Bsn, 2, 3),
            t(Soort::Bsn, 0, 99),
            t(Soort::Bsn, 3, 1),
            t(Soort::Bsn, 1, 1),
        ];
        assert_eq!(maskeer(emoji, &fout), emoji);
        assert_eq!(maskeer(emoji, &[t(Soort::Postcode, 1, 5)]), "a[postcode]b");
    }

    #[test]
    fn rare_invoer() {
        for tekst in [
            "",
            "😀😀😀",
            "\u{301}\u{301}1",
            "@",
            "@@@.nl",
            "a@b",
            "+",
            "+31",
            "(0",
            "(0)",
            "NL",
            "nl91",
            "06",
            "06-",
            "1234 ",
            "1234 A",
            "geb.",
            "3 maart",
            "3 maart 19",
            "١٢٣٤٥٦٧٨٢",
            "１２３４５６７８２",
        ] {
            let treffers = controleer(tekst, &CTX);
            assert_eq!(treffers, [], "{tekst:?}");
            assert_eq!(maskeer(tekst, &treffers), tekst);
        }
        // Digits glued to letters are a code; only "bsn" glued to the number is read as a BSN.
        assert_eq!(soorten("abc123456782"), []);
        assert_eq!(soorten("123456782abc"), []);
        assert_eq!(soorten("BSN123456782"), [(Soort::Bsn, "123456782")]);
        // Emoji and accents right next to a hit.
        assert_eq!(soorten("😀123456782😀"), [(Soort::Bsn, "123456782")]);
        assert_eq!(soorten("1234 AB\u{301}"), []);
        assert_eq!(soorten("é 1234 AB é"), [(Soort::Postcode, "1234 AB")]);
    }

    #[test]
    fn lange_getallen() {
        let lang = "1".repeat(100_000);
        assert_eq!(controleer(&lang, &CTX), []);
        let lang = "123456782".repeat(11_112);
        assert_eq!(controleer(&lang, &CTX), []);
        assert_eq!(
            soorten(&format!("{} 123456782", "9".repeat(30))),
            [(Soort::Bsn, "123456782")]
        );
        assert_eq!(soorten(&"12345678203".repeat(3)), []);
        let veel = "@".repeat(50_000) + &"a.".repeat(50_000);
        assert_eq!(controleer(&veel, &CTX), []);
    }

    #[test]
    fn treffers_zijn_gesorteerd_en_op_tekengrenzen() {
        // A deterministic mix of digits, separators, letters and multi-byte characters.
        let alfabet: Vec<char> = "0123456789 .-/:+()@NLnlABab€é😀\u{301}\u{a0}geboren"
            .chars()
            .collect();
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..300 {
            let mut tekst = String::new();
            for _ in 0..200 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                tekst.push(alfabet[(x % alfabet.len() as u64) as usize]);
            }
            let treffers = controleer(&tekst, &CTX);
            let mut vorige = 0;
            for t in &treffers {
                assert!(t.start >= vorige && t.start < t.eind, "{tekst:?}");
                assert!(tekst.is_char_boundary(t.start) && tekst.is_char_boundary(t.eind));
                vorige = t.eind;
            }
            maskeer(&tekst, &treffers);
        }
    }

    /// The synthetic corpus: recall and false positives.
    /// See the numbers with `cargo test --lib model::privacy -- --nocapture`.
    #[test]
    fn corpus_recall_en_vals_alarm() {
        let positief = corpus::positieven();
        let negatief = corpus::negatieven();
        let mut per_soort = std::collections::BTreeMap::new();
        let mut gemist = Vec::new();
        for geval in &positief {
            let treffers = controleer(&geval.tekst, &CTX);
            let raak = treffers
                .iter()
                .any(|t| t.soort == geval.soort && t.tekst(&geval.tekst) == geval.waarde);
            let teller = per_soort.entry(geval.soort.naam()).or_insert((0, 0));
            teller.1 += 1;
            if raak {
                teller.0 += 1;
            } else {
                gemist.push(format!(
                    "{:?} {:?} -> {treffers:?}",
                    geval.soort, geval.tekst
                ));
            }
        }
        let vals: Vec<String> = negatief
            .iter()
            .filter_map(|tekst| {
                let treffers = soorten(tekst);
                (!treffers.is_empty()).then(|| format!("{tekst:?} -> {treffers:?}"))
            })
            .collect();

        let recall = 1.0 - gemist.len() as f64 / positief.len() as f64;
        let vals_alarm = vals.len() as f64 / negatief.len() as f64;
        println!(
            "privacy corpus: {} positieven, {} negatieven",
            positief.len(),
            negatief.len()
        );
        for (soort, (raak, totaal)) in &per_soort {
            println!("  {soort:<22} {raak:>3}/{totaal:<3}");
        }
        println!("  recall        {:.1} %", recall * 100.0);
        println!("  vals alarm    {:.1} %", vals_alarm * 100.0);
        for g in &gemist {
            println!("  gemist: {g}");
        }
        for v in &vals {
            println!("  vals alarm: {v}");
        }
        assert!(positief.len() >= 150 && negatief.len() >= 150);
        assert!(per_soort.len() == Soort::ALLE.len());
        assert!(recall >= 0.95, "recall {recall}");
        assert!(vals_alarm <= 0.05, "vals alarm {vals_alarm}");
    }

    #[test]
    fn werkblad_controle_noemt_veld_en_soort() {
        let mut wb = crate::model::Werkblad::nieuw("wb-p", 0.0, "2026-11-22");
        wb.gesprek.label = "KM-1".into();
        wb.thema_mut(crate::model::ThemaId::Emotie).observaties =
            "Bel haar op 06-12345678, gesprek op 22-11-2026.".into();
        wb.voornemens.push(crate::model::Voornemen {
            tekst: "mail naar piet@voorbeeld.nl".into(),
        });
        let ws = controleer_werkblad(&wb);
        assert_eq!(
            ws,
            vec![
                Waarschuwing {
                    veld: "Vraag 1: observaties".into(),
                    soort: Soort::Telefoon
                },
                Waarschuwing {
                    veld: "Voornemen 1".into(),
                    soort: Soort::Email
                },
            ]
        );
        let zinnen = samenvatting_waarschuwingen(&ws);
        assert_eq!(
            zinnen,
            vec![
                "Telefoonnummer in: Vraag 1: observaties.",
                "E-mailadres in: Voornemen 1."
            ]
        );
        assert!(controleer_werkblad(&crate::model::Werkblad::default()).is_empty());
    }
}
