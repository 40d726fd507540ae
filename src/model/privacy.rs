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

// The patterns live in submodules, one per kind of data (`bsn`, `telefoon`, `postcode`, `iban`,
// `geboortedatum`, `email`), on top of two shared readers: `tekst` for characters, word
// boundaries and the words around a candidate, and `groepen` for a run of digit groups such as
// `06 12 34 56 78`. `controleer` below is the scan loop, and `getal` decides in which order the
// patterns for a number are tried.
mod bsn;
mod email;
mod geboortedatum;
mod groepen;
mod iban;
mod postcode;
mod tekst;
mod telefoon;

use super::datum;
use bsn::bsn;
use email::emailadressen;
use geboortedatum::datum_vondst;
use groepen::Groepen;
use iban::iban;
use postcode::postcode;
use tekst::{begin, na_valuta, Begin};
use telefoon::telefoon;

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
    super::sorteer::sorteer_op(&mut geldig, |t| (t.start, std::cmp::Reverse(t.eind)));
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

// ---------------------------------------------------------------------------------------------
// Whole worksheets

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
mod tests;
