//! The summary as plain text, for "kopieer als tekst".

use super::{Regel, Samenvatting};

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
                // Upper case marks a group without markup; it is always the app's own text.
                uit.push_str(&t.to_uppercase());
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
