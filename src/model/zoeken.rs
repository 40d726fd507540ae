//! Finding a worksheet back: text normalised once per worksheet, then plain substring search.
//!
//! "client" finds "cliënt", "KM-17" finds "km-17": case and diacritics are ignored. Every other
//! character is matched literally, so a search for `*`, `(` or `\` looks for exactly that
//! character and can never be an error. The index holds one normalised text per worksheet and is
//! updated per saved worksheet, so a keystroke costs a scan of prepared strings, never a parse.

use super::letters::klein;
use super::ontwikkeling::Periode;
use super::{GesprekSoort, Werkblad};

/// Lower case without diacritics: `"Cliënt Ĳsselmeer"` becomes `"client ijsselmeer"`.
///
/// A small table for Latin-1 and Latin Extended-A (the letters Dutch and its neighbours use),
/// plus dropping combining marks (text pasted in decomposed form). No Unicode crate: this is
/// all the app needs, at a fraction of the wasm size.
pub fn normaliseer(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    normaliseer_in(tekst, &mut uit);
    uit
}

/// [`normaliseer`], appending to `uit`.
pub fn normaliseer_in(tekst: &str, uit: &mut String) {
    for c in tekst.chars() {
        if c.is_ascii() {
            uit.push(c.to_ascii_lowercase());
            continue;
        }
        let k = klein(c);
        match basis(k) {
            Basis::Zelf => uit.push(k),
            Basis::Weg => {}
            Basis::Letter(b) => uit.push(b as char),
            Basis::Twee(a, b) => {
                uit.push(a as char);
                uit.push(b as char);
            }
        }
    }
}

/// What a lower-case non-ASCII character becomes.
enum Basis {
    Zelf,
    Weg,
    Letter(u8),
    Twee(u8, u8),
}

/// U+00E0..=U+00FF after lower-casing. `.` keeps the character, `#` is "ae".
const LATIJN_1: &[u8; 32] = b"aaaaaa#ceeeeiiiidnooooo.ouuuuy.y";
/// U+0100..=U+017F. `2` is "ij" (the Dutch ligature), `3` is "oe".
const LATIJN_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii22jjkkkllllllllllnnnnnnnnnoooooo33rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

fn basis(c: char) -> Basis {
    let n = c as u32;
    let b = match n {
        0xDF => return Basis::Twee(b's', b's'),
        0xE0..=0xFF => LATIJN_1[(n - 0xE0) as usize],
        0x100..=0x17F => LATIJN_A[(n - 0x100) as usize],
        // Combining diacritical marks: "e" + U+0308 is "ë" written in two parts.
        0x300..=0x36F => return Basis::Weg,
        _ => return Basis::Zelf,
    };
    match b {
        b'.' => Basis::Zelf,
        b'#' => Basis::Twee(b'a', b'e'),
        b'2' => Basis::Twee(b'i', b'j'),
        b'3' => Basis::Twee(b'o', b'e'),
        b => Basis::Letter(b),
    }
}

/// The words of a search: normalised, split on white space. Empty when nothing was typed.
pub fn zoektermen(invoer: &str) -> Vec<String> {
    normaliseer(invoer)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Everything a user may search for in one worksheet: the label and all free text, normalised
/// and joined by line breaks (a search term never holds white space, so it never matches across
/// two fields).
pub fn zoektekst(wb: &Werkblad) -> String {
    let mut uit = String::new();
    let mut voeg_toe = |t: &str| {
        if !t.trim().is_empty() {
            normaliseer_in(t, &mut uit);
            uit.push('\n');
        }
    };
    let g = &wb.gesprek;
    for t in [
        &g.label,
        &g.soort_anders,
        &g.aanwezig_anders,
        &g.doel,
        &g.inbreng,
    ] {
        voeg_toe(t);
    }
    for t in &wb.themas {
        voeg_toe(&t.observaties);
        for m in &t.momenten {
            voeg_toe(&m.wat);
            voeg_toe(&m.anders);
        }
    }
    voeg_toe(&wb.feedback.werkrelatie_woorden);
    voeg_toe(&wb.feedback.doel_woorden);
    voeg_toe(&wb.slim.toelichting);
    for v in &wb.voornemens {
        voeg_toe(&v.tekst);
    }
    for t in &wb.terugblik {
        voeg_toe(&t.voornemen);
        voeg_toe(&t.wat_gebeurde);
    }
    uit
}

/// True when every term occurs in the (normalised) text. No terms: everything matches.
pub fn past(tekst: &str, termen: &[String]) -> bool {
    termen.iter().all(|t| tekst.contains(t.as_str()))
}

/// The prepared search text of every worksheet, built once and kept current per worksheet.
#[derive(Clone, Debug, Default)]
pub struct ZoekIndex {
    items: Vec<(String, String)>,
}

impl ZoekIndex {
    /// Builds the index from worksheets (once, when the search is first used).
    pub fn bouw<'a>(werkbladen: impl IntoIterator<Item = &'a Werkblad>) -> ZoekIndex {
        let mut index = ZoekIndex::default();
        for wb in werkbladen {
            index.werk_bij(wb);
        }
        index
    }

    /// Adds a worksheet, or replaces what was kept of it.
    pub fn werk_bij(&mut self, wb: &Werkblad) {
        let tekst = zoektekst(wb);
        match self.items.iter_mut().find(|(id, _)| *id == wb.id) {
            Some(plek) => plek.1 = tekst,
            None => self.items.push((wb.id.clone(), tekst)),
        }
    }

    /// Forgets a worksheet (deleted).
    pub fn vergeet(&mut self, id: &str) {
        self.items.retain(|(i, _)| i != id);
    }

    /// Whether a worksheet is in the index.
    pub fn bevat(&self, id: &str) -> bool {
        self.items.iter().any(|(i, _)| i == id)
    }

    /// The ids in the index, in no particular order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|(i, _)| i.as_str())
    }

    /// How many worksheets are indexed.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The ids of the worksheets that hold every word of `invoer` (see [`zoektermen`]).
    pub fn zoek(&self, invoer: &str) -> Vec<&str> {
        let termen = zoektermen(invoer);
        self.items
            .iter()
            .filter(|(_, tekst)| past(tekst, &termen))
            .map(|(id, _)| id.as_str())
            .collect()
    }
}

/// What the overview is asked to show: words, a kind of conversation, a date range.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Zoekvraag {
    /// As typed; see [`zoektermen`].
    pub tekst: String,
    pub soort: Option<GesprekSoort>,
    pub periode: Periode,
    /// Show the worksheets grouped per trajectory.
    pub per_traject: bool,
}

impl Zoekvraag {
    /// True when anything narrows the list (grouping does not).
    pub fn beperkt(&self) -> bool {
        !zoektermen(&self.tekst).is_empty() || self.soort.is_some() || !self.periode.alles()
    }

    /// Whether a worksheet of this kind and date passes the kind and date filters.
    pub fn laat_door(&self, soort: Option<GesprekSoort>, datum: &str) -> bool {
        self.soort.is_none_or(|s| soort == Some(s)) && self.periode.bevat(datum)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ThemaId;

    #[test]
    fn hoofdletters_en_accenten_tellen_niet() {
        assert_eq!(normaliseer("Cliënt"), "client");
        assert_eq!(normaliseer("CLIËNT"), "client");
        assert_eq!(normaliseer("Ĳsselmeer"), "ijsselmeer");
        assert_eq!(normaliseer("ĳs"), "ijs");
        assert_eq!(normaliseer("Œuvre Æsop straße"), "oeuvre aesop strasse");
        assert_eq!(
            normaliseer("àáâãäå çč éèêëě íìîï ñň óòôõöø úùûüů ýÿ šž łđ"),
            "aaaaaa cc eeeee iiii nn oooooo uuuuu yy sz ld"
        );
        // Decomposed: "e" followed by a combining diaeresis.
        assert_eq!(normaliseer("clie\u{308}nt"), "client");
        // Turkish dotted capital I lower-cases to i + combining dot: the dot goes.
        assert_eq!(normaliseer("İ"), "i");
        // What has no base letter stays as it is.
        assert_eq!(normaliseer("× ÷ þ € 日本"), "× ÷ þ € 日本");
    }

    #[test]
    fn tabellen_kloppen_met_unicode() {
        // Each table entry that names a letter: that letter is the character's base letter in
        // Unicode's decomposition. Spot checks over the whole range.
        for (c, b) in [
            ('ā', 'a'),
            ('ą', 'a'),
            ('ć', 'c'),
            ('č', 'c'),
            ('ď', 'd'),
            ('đ', 'd'),
            ('ē', 'e'),
            ('ě', 'e'),
            ('ĝ', 'g'),
            ('ģ', 'g'),
            ('ĥ', 'h'),
            ('ĩ', 'i'),
            ('ı', 'i'),
            ('ĵ', 'j'),
            ('ķ', 'k'),
            ('ĺ', 'l'),
            ('ł', 'l'),
            ('ń', 'n'),
            ('ŋ', 'n'),
            ('ō', 'o'),
            ('ő', 'o'),
            ('ŕ', 'r'),
            ('ř', 'r'),
            ('ś', 's'),
            ('š', 's'),
            ('ţ', 't'),
            ('ŧ', 't'),
            ('ũ', 'u'),
            ('ų', 'u'),
            ('ŵ', 'w'),
            ('ŷ', 'y'),
            ('ź', 'z'),
            ('ž', 'z'),
            ('ſ', 's'),
        ] {
            assert_eq!(normaliseer(&c.to_string()), b.to_string(), "{c}");
        }
    }

    #[test]
    fn bijzondere_tekens_letterlijk() {
        let mut wb = Werkblad {
            id: "wb-1".into(),
            ..Werkblad::default()
        };
        wb.thema_mut(ThemaId::Emotie).observaties = "Zei: (boos) *zucht* pad C:\\map".into();
        let index = ZoekIndex::bouw([&wb]);
        for vraag in ["*", "(", "\\", "(boos)", "*zucht*", "c:\\map", "[", ".*"] {
            let verwacht = !matches!(vraag, "[" | ".*");
            assert_eq!(!index.zoek(vraag).is_empty(), verwacht, "{vraag}");
        }
    }

    #[test]
    fn vindt_op_elk_woord_in_label_en_vrije_tekst() {
        let mut a = Werkblad {
            id: "a".into(),
            ..Werkblad::default()
        };
        a.gesprek.label = "KM-17".into();
        a.thema_mut(ThemaId::Beleving).observaties = "De cliënt werd stil na de vraag.".into();
        let mut b = Werkblad {
            id: "b".into(),
            ..Werkblad::default()
        };
        b.gesprek.label = "KM-18".into();
        b.voornemens.push(crate::model::Voornemen {
            id: "i1".into(),
            tekst: "Eén open vraag tegelijk".into(),
        });
        let mut index = ZoekIndex::bouw([&a, &b]);
        assert_eq!(index.zoek("client"), vec!["a"]);
        assert_eq!(index.zoek("km-17"), vec!["a"]);
        assert_eq!(index.zoek("KM"), vec!["a", "b"]);
        assert_eq!(index.zoek("vraag"), vec!["a", "b"]);
        assert_eq!(index.zoek("een open"), vec!["b"]);
        assert_eq!(index.zoek("stil vraag"), vec!["a"]);
        assert_eq!(index.zoek("stil open"), Vec::<&str>::new());
        assert_eq!(index.zoek("   "), vec!["a", "b"]);
        // Kept current per worksheet.
        b.thema_mut(ThemaId::Emotie).observaties = "Ook hier stil.".into();
        index.werk_bij(&b);
        assert_eq!(index.len(), 2);
        assert_eq!(index.zoek("stil"), vec!["a", "b"]);
        index.vergeet("a");
        assert_eq!(index.zoek("stil"), vec!["b"]);
        assert!(!index.bevat("a"));
    }

    #[test]
    fn termen_vallen_niet_over_twee_velden() {
        let mut wb = Werkblad::default();
        wb.gesprek.doel = "afspraak".into();
        wb.gesprek.inbreng = "maken".into();
        let tekst = zoektekst(&wb);
        assert!(past(&tekst, &zoektermen("afspraak maken")));
        assert!(!past(&tekst, &zoektermen("afspraakmaken")));
    }

    #[test]
    fn filters_op_soort_en_datum() {
        let mut v = Zoekvraag::default();
        assert!(!v.beperkt());
        assert!(v.laat_door(None, ""));
        v.tekst = "  ".into();
        assert!(!v.beperkt(), "white space is no search");
        v.soort = Some(GesprekSoort::Intake);
        assert!(v.beperkt());
        assert!(v.laat_door(Some(GesprekSoort::Intake), ""));
        assert!(!v.laat_door(Some(GesprekSoort::Huisbezoek), ""));
        assert!(!v.laat_door(None, ""));
        v.soort = None;
        v.periode.van = Some("2026-02-01".into());
        assert!(v.laat_door(None, "2026-02-01"));
        assert!(!v.laat_door(None, "2026-01-31"));
        assert!(!v.laat_door(None, ""), "no date: outside any period");
        v.periode.tot = Some("2026-02-28".into());
        assert!(!v.laat_door(None, "2026-03-01"));
    }
}
