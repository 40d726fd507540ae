use super::*;
use crate::model::{Moment, Terugblik};

fn wb(datum: &str, werkrelatie: Option<u8>, doel: Option<u8>) -> Werkblad {
    let mut w = Werkblad::nieuw("wb", 0.0, datum);
    w.gesprek.label = "KM-17".into();
    w.feedback.werkrelatie = werkrelatie;
    w.feedback.doel = doel;
    w
}

fn terug(tekst: &str, geprobeerd: Option<Schaal>) -> Terugblik {
    Terugblik {
        voornemen: tekst.into(),
        geprobeerd,
        wat_gebeurde: String::new(),
    }
}

fn drie() -> Vec<Werkblad> {
    let mut a = wb("2026-01-10", Some(5), Some(4));
    a.thema_mut(ThemaId::Agenda).antwoord = Some(Schaal::Nee);
    a.thema_mut(ThemaId::Emotie).antwoord = Some(Schaal::Ja);
    a.thema_mut(ThemaId::Emotie)
        .momenten
        .push(Moment::default());
    a.voeg_voornemen_toe("Eén open vraag");
    let mut b = wb("2026-01-24", Some(7), None);
    b.thema_mut(ThemaId::Agenda).antwoord = Some(Schaal::Deels);
    b.thema_mut(ThemaId::Emotie).antwoord = Some(Schaal::WeetNiet);
    b.terugblik
        .push(terug("Eén open vraag", Some(Schaal::Deels)));
    b.voeg_voornemen_toe("Agenda maken");
    b.voeg_voornemen_toe("   ");
    let mut c = wb("2026-03-05", Some(8), Some(6));
    c.thema_mut(ThemaId::Agenda).antwoord = Some(Schaal::Ja);
    c.thema_mut(ThemaId::Emotie)
        .momenten
        .push(Moment::default());
    c.terugblik.push(terug("agenda  maken", Some(Schaal::Ja)));
    c.terugblik.push(terug("Eén open vraag", None));
    vec![a, b, c]
}

#[test]
fn telt_antwoorden_per_thema() {
    let o = Ontwikkeling::bereken(&drie(), &Periode::default());
    assert_eq!(o.werkbladen, 3);
    assert_eq!(o.themas.len(), 11);
    let agenda = &o.themas[ThemaId::Agenda.index()];
    assert_eq!(agenda.thema, Some(ThemaId::Agenda));
    assert_eq!(agenda.per_antwoord, [1, 1, 1, 0]);
    assert_eq!(agenda.aantal(Schaal::Deels), 1);
    assert_eq!(agenda.niet_beantwoord, 0);
    let emotie = &o.themas[ThemaId::Emotie.index()];
    assert_eq!(emotie.per_antwoord, [1, 0, 0, 1]);
    assert_eq!(emotie.niet_beantwoord, 1);
    assert_eq!(emotie.met_momenten, 2);
    assert_eq!(emotie.beantwoord(), 2);
    assert_eq!(o.themas[ThemaId::Beurten.index()].niet_beantwoord, 3);
}

#[test]
fn voornemens_geprobeerd_en_hoe_het_ging() {
    let o = Ontwikkeling::bereken(&drie(), &Periode::default());
    assert_eq!(o.voornemens_gemaakt, 2, "an empty intention does not count");
    assert_eq!(o.geprobeerd.totaal(), 3);
    assert_eq!(o.geprobeerd.aantal(Schaal::Ja), 1);
    assert_eq!(o.geprobeerd.aantal(Schaal::Deels), 1);
    assert_eq!(o.geprobeerd.niet_ingevuld, 1);
    assert_eq!(o.per_voornemen.len(), 2);
    assert_eq!(o.per_voornemen[0].tekst, "Eén open vraag");
    assert_eq!(o.per_voornemen[0].geprobeerd.totaal(), 2);
    assert_eq!(o.per_voornemen[1].tekst, "agenda  maken");
    assert_eq!(o.per_voornemen[1].geprobeerd.aantal(Schaal::Ja), 1);
}

#[test]
fn gemiddelde_per_maand_met_gaten() {
    let o = Ontwikkeling::bereken(&drie(), &Periode::default());
    let namen: Vec<String> = o.maanden.iter().map(Maand::naam).collect();
    assert_eq!(namen, vec!["jan 2026", "feb 2026", "mrt 2026"]);
    assert_eq!(o.maanden[0].werkrelatie.tienden(), Some(60));
    assert_eq!(o.maanden[0].werkrelatie.tekst().as_deref(), Some("6"));
    assert_eq!(
        o.maanden[0].doel.tienden(),
        Some(40),
        "only scores that are there count"
    );
    assert_eq!(o.maanden[0].gesprekken, 2);
    // February has no conversation: no average, not zero.
    assert_eq!(o.maanden[1].werkrelatie.tienden(), None);
    assert_eq!(o.maanden[1].gesprekken, 0);
    assert_eq!(o.maanden[2].doel.tekst().as_deref(), Some("6"));
}

#[test]
fn afronden_zonder_floats() {
    let mut g = Gemiddelde::default();
    assert_eq!(g.tienden(), None);
    g.voeg_toe(Some(7));
    g.voeg_toe(Some(8));
    assert_eq!(g.tienden(), Some(75));
    assert_eq!(g.tekst().as_deref(), Some("7,5"));
    g.voeg_toe(Some(8));
    assert_eq!(g.tienden(), Some(77), "23 / 3 = 7,67 rounds to 7,7");
    g.voeg_toe(None);
    assert_eq!(g.aantal, 3);
    let mut g = Gemiddelde::default();
    g.voeg_toe(Some(0));
    assert_eq!(g.tekst().as_deref(), Some("0"));
    assert_eq!(tienden_tekst(105), "10,5");
}

#[test]
fn periode() {
    let alles = drie();
    let jan = Periode {
        van: Some("2026-01-01".into()),
        tot: Some("2026-01-31".into()),
    };
    let o = Ontwikkeling::bereken(&alles, &jan);
    assert_eq!(o.werkbladen, 2);
    assert_eq!(o.maanden.len(), 1);
    let vanaf = Periode {
        van: Some("2026-01-24".into()),
        tot: None,
    };
    assert_eq!(Ontwikkeling::bereken(&alles, &vanaf).werkbladen, 2);
    let tot = Periode {
        van: None,
        tot: Some("2026-01-24".into()),
    };
    assert_eq!(Ontwikkeling::bereken(&alles, &tot).werkbladen, 2);
    // Without a date: counted in "everything", left out (and said so) with a period.
    let mut met_zonder = drie();
    met_zonder.push(wb("", Some(9), None));
    let o = Ontwikkeling::bereken(&met_zonder, &Periode::default());
    assert_eq!((o.werkbladen, o.zonder_datum_weggelaten), (4, 0));
    assert_eq!(
        o.maanden.len(),
        3,
        "no month for a worksheet without a date"
    );
    let o = Ontwikkeling::bereken(&met_zonder, &jan);
    assert_eq!((o.werkbladen, o.zonder_datum_weggelaten), (2, 1));
}

#[test]
fn geen_labels_in_de_uitkomst() {
    let o = Ontwikkeling::bereken(&drie(), &Periode::default());
    assert!(!format!("{o:?}").contains("KM-17"));
    let leeg = Ontwikkeling::bereken(&[], &Periode::default());
    assert_eq!(leeg.werkbladen, 0);
    assert!(leeg.maanden.is_empty());
}

#[test]
fn maanden_over_een_jaargrens_en_een_tikfout() {
    let o = Ontwikkeling::bereken(
        &[
            wb("2025-11-30", Some(5), None),
            wb("2026-02-01", None, None),
        ],
        &Periode::default(),
    );
    let namen: Vec<String> = o.maanden.iter().map(Maand::naam).collect();
    assert_eq!(namen, vec!["nov 2025", "dec 2025", "jan 2026", "feb 2026"]);
    // A year typed wrong would make 2000 empty months: then only the months with conversations.
    let o = Ontwikkeling::bereken(
        &[
            wb("0026-02-01", Some(5), None),
            wb("2026-02-01", None, None),
        ],
        &Periode::default(),
    );
    assert_eq!(o.maanden.len(), 2);
    assert_eq!(maandnaam("2026-13"), "2026-13");
}
