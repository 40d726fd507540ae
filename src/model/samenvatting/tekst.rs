//! The summary as plain text, for "kopieer als tekst".

use super::{
    Afdruk, Bespreekblad, Regel, Samenvatting, KOLOMMEN, KOP_BESPREEK_THEMAS,
    KOP_BESPREEK_VOORNEMENS, KOP_BESPREKEN, KOP_INBRENG, KOP_UITKOMSTEN,
};

/// Everything of one print as plain text, in the same order and with the same choices
/// (bespreekblad, full worksheet, anonymous) as on paper.
pub fn afdruk_als_tekst(a: &Afdruk) -> String {
    let mut delen = Vec::new();
    if let Some(m) = &a.melding {
        delen.push(format!("{m}\n"));
    }
    if let Some(b) = &a.bespreekblad {
        delen.push(bespreekblad_als_tekst(b));
    }
    if let Some(s) = &a.werkblad {
        delen.push(als_tekst(s));
    }
    delen.join("\n")
}

/// The bespreekblad as plain text: the same sections as on paper, one moment per block.
pub fn bespreekblad_als_tekst(b: &Bespreekblad) -> String {
    let mut uit = String::new();
    kop(&mut uit, &b.titel, '=');
    uit.push('\n');
    for r in &b.kopregels {
        regel(&mut uit, r, "");
    }
    uit.push('\n');
    blok(&mut uit, KOP_INBRENG, &b.inbreng);
    uit.push('\n');
    kop(&mut uit, KOP_BESPREKEN, '-');
    if let Some(geen) = &b.geen_momenten {
        uit.push_str(geen);
        uit.push('\n');
    }
    for m in &b.momenten {
        let tijd = if m.tijd.is_empty() { "--:--" } else { &m.tijd };
        uit.push_str(&format!("{tijd}  {}\n", m.thema));
        uit.push_str(&format!("   {} {}\n", KOLOMMEN[2], m.wat));
        uit.push_str(&format!("   {} {}\n", KOLOMMEN[3], m.anders));
    }
    uit.push('\n');
    kop(&mut uit, KOP_BESPREEK_THEMAS, '-');
    for t in &b.themas {
        uit.push_str(&format!("{}: {}\n", t.naam, t.antwoord));
    }
    if let Some(t) = &b.themas_toelichting {
        uit.push_str(&format!("({t})\n"));
    }
    uit.push('\n');
    blok(&mut uit, KOP_UITKOMSTEN, &b.uitkomsten);
    uit.push('\n');
    blok(&mut uit, KOP_BESPREEK_VOORNEMENS, &b.voornemens);
    uit
}

/// A section of the bespreekblad: its heading, then its lines.
fn blok(uit: &mut String, titel: &str, regels: &[Regel]) {
    kop(uit, titel, '-');
    for r in regels {
        regel(uit, r, "");
    }
}

/// The summary as plain text: headings underlined, one labelled value per line, user text
/// unchanged. Continuation lines of multi-line text are indented under their label.
pub fn als_tekst(s: &Samenvatting) -> String {
    let mut uit = String::new();
    kop(&mut uit, &s.titel, '=');
    if !s.kopregels.is_empty() {
        uit.push('\n');
        for r in &s.kopregels {
            regel(&mut uit, r, "");
        }
    }
    for blok in &s.blokken {
        uit.push('\n');
        kop(&mut uit, &blok.kop, '-');
        for o in &blok.onderdelen {
            uit.push('\n');
            if let Some(t) = &o.tussenkop {
                // Upper case marks a group without markup; it is always the app's own text, a
                // group name, and those are ASCII (tested). ASCII upper case, because Unicode's
                // `to_uppercase` brings its whole case table into the wasm (issue 14).
                uit.push_str(&t.to_ascii_uppercase());
                uit.push_str("\n\n");
            }
            uit.push_str(&o.kop);
            uit.push('\n');
            for r in &o.regels {
                regel(&mut uit, r, "   ");
            }
        }
    }
    uit
}

/// A heading with a line of `teken` under it. The line is capped: a title holding a very
/// long label needs no equally long underline.
fn kop(uit: &mut String, tekst: &str, teken: char) {
    uit.push_str(tekst);
    uit.push('\n');
    let lengte = tekst
        .lines()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(3, 60);
    uit.extend(std::iter::repeat_n(teken, lengte));
    uit.push('\n');
}

fn regel(uit: &mut String, r: &Regel, inspring: &str) {
    uit.push_str(inspring);
    uit.push_str(&r.kop());
    let mut regels = r.tekst.lines();
    if let Some(eerste) = regels.next() {
        if !eerste.is_empty() {
            uit.push(' ');
            uit.push_str(eerste);
        }
    }
    uit.push('\n');
    for vervolg in regels {
        if !vervolg.is_empty() {
            uit.push_str(inspring);
            uit.push_str("  ");
            uit.push_str(vervolg);
        }
        uit.push('\n');
    }
    for _ in 0..r.invulregels {
        uit.push_str(inspring);
        uit.push_str("  ");
        uit.push_str(&"_".repeat(50));
        uit.push('\n');
    }
}
