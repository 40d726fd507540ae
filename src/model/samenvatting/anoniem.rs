//! Anonymous printing: a copy of the worksheet fit for paper that colleagues take home.

use crate::model::privacy::{controleer, maskeer, Context};
use crate::model::Werkblad;

/// What the label becomes on anonymous paper.
pub const CLIENT: &str = "Cliënt";

/// A copy of `wb` for an anonymous print: the label is "Cliënt" (also where it was typed in
/// other text), and whatever the privacy guard finds in any text that can reach paper is
/// masked as `[BSN]`, `[telefoonnummer]` and so on. Only the copy changes: the caller prints
/// it and throws it away, the stored worksheet stays as it was.
pub fn anoniem(wb: &Werkblad) -> Werkblad {
    let mut kopie = wb.clone();
    let label = wb.gesprek.label.trim().to_string();
    let datum = wb.gesprek.datum.clone();
    let ctx = Context {
        gespreksdatum: Some(datum.as_str()),
    };
    let schoon = |tekst: &mut String| {
        let zonder_label = vervang_woord(tekst, &label, CLIENT);
        *tekst = maskeer(&zonder_label, &controleer(&zonder_label, &ctx));
    };
    let g = &mut kopie.gesprek;
    g.label = if label.is_empty() {
        String::new()
    } else {
        CLIENT.to_string()
    };
    for tekst in [
        &mut g.soort_anders,
        &mut g.aanwezig_anders,
        &mut g.doel,
        &mut g.inbreng,
    ] {
        schoon(tekst);
    }
    // Not printed, but a copy meant for other eyes carries nothing it does not need.
    g.opname.bestand = None;
    for t in &mut kopie.themas {
        schoon(&mut t.observaties);
        for m in &mut t.momenten {
            schoon(&mut m.wat);
            schoon(&mut m.anders);
        }
        t.concept = Default::default();
    }
    schoon(&mut kopie.feedback.werkrelatie_woorden);
    schoon(&mut kopie.feedback.doel_woorden);
    schoon(&mut kopie.slim.toelichting);
    for v in &mut kopie.voornemens {
        schoon(&mut v.tekst);
    }
    for t in &mut kopie.terugblik {
        schoon(&mut t.voornemen);
        schoon(&mut t.wat_gebeurde);
    }
    kopie
}

/// `tekst` with every whole-word occurrence of `woord` replaced by `door`. Whole words only, so
/// a short label such as "Jo" does not eat into "Jos" or "Jongeren"; an empty `woord` changes
/// nothing.
fn vervang_woord(tekst: &str, woord: &str, door: &str) -> String {
    if woord.is_empty() {
        return tekst.to_string();
    }
    let woordteken = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut uit = String::with_capacity(tekst.len());
    let mut pos = 0;
    while let Some(gevonden) = tekst[pos..].find(woord) {
        let start = pos + gevonden;
        let eind = start + woord.len();
        let los = !woordteken(tekst[..start].chars().next_back())
            && !woordteken(tekst[eind..].chars().next());
        if los {
            uit.push_str(&tekst[pos..start]);
            uit.push_str(door);
            pos = eind;
        } else {
            // Not a whole word: keep its first char and look again after it.
            let stap = tekst[start..].chars().next().map_or(1, char::len_utf8);
            uit.push_str(&tekst[pos..start + stap]);
            pos = start + stap;
        }
    }
    uit.push_str(&tekst[pos..]);
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alleen_hele_woorden() {
        assert_eq!(vervang_woord("Jo en Jos", "Jo", "X"), "X en Jos");
        assert_eq!(
            vervang_woord("KM-12 zei (KM-12).", "KM-12", CLIENT),
            "Cliënt zei (Cliënt)."
        );
        assert_eq!(
            vervang_woord("KM-123 en AKM-12", "KM-12", "X"),
            "KM-123 en AKM-12"
        );
        assert_eq!(vervang_woord("ééé", "éé", "X"), "ééé");
        assert_eq!(vervang_woord("tekst", "", "X"), "tekst");
    }
}
