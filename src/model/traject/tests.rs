use super::*;
use crate::model::{SlimN, Terugblik, Voornemen};

fn wb(id: &str, label: &str, datum: &str) -> Werkblad {
    let mut w = Werkblad::nieuw(id, 0.0, datum);
    w.gesprek.label = label.to_string();
    w
}

fn met_voornemens(mut w: Werkblad, teksten: &[&str]) -> Werkblad {
    for t in teksten {
        w.voeg_voornemen_toe(*t);
    }
    w
}

#[test]
fn sleutel_negeert_hoofdletters_spaties_en_accenten() {
    assert_eq!(sleutel("KM-17"), "km-17");
    assert_eq!(sleutel(" km - 17 "), "km-17");
    assert_eq!(sleutel("Km-17"), sleutel("kM-17"));
    assert_eq!(sleutel("Cliënt A"), sleutel("client a"));
    assert_eq!(sleutel("Zoë"), sleutel("ZOE"));
    assert_ne!(sleutel("KM-17"), sleutel("KM-171"));
    assert_eq!(sleutel("   "), "");
}

#[test]
fn groepeert_op_label_en_ordent_op_datum() {
    let items = [
        wb("wb-1", "KM-17", "2026-03-01"),
        wb("wb-2", "Zoë", "2026-02-01"),
        wb("wb-3", "km-17 ", "2026-01-15"),
        wb("wb-4", "", "2026-04-01"),
        wb("wb-5", "KM -17", ""),
        wb("wb-6", "ZOE", "2026-01-01"),
        wb("wb-7", "", "2026-01-01"),
        wb("wb-8", "Km-17", "2026-02-10"),
    ];
    let groepen = groepeer(
        &items,
        |w| &w.gesprek.label,
        |w| &w.gesprek.datum,
        |w| &w.id,
    );
    let ids: Vec<Vec<&str>> = groepen
        .iter()
        .map(|g| g.leden.iter().map(|&i| items[i].id.as_str()).collect())
        .collect();
    assert_eq!(
        ids,
        vec![
            // Newest first, by each group's latest dated conversation.
            vec!["wb-4"],
            // Oldest first inside; the one without a date last.
            vec!["wb-3", "wb-8", "wb-1", "wb-5"],
            vec!["wb-6", "wb-2"],
            // Worksheets without a label never group together.
            vec!["wb-7"],
        ]
    );
    assert_eq!(groepen[1].sleutel, "km-17");
    assert_eq!(groepen[0].sleutel, "");
}

#[test]
fn zonder_datum_achteraan_en_gelijke_datum_op_id() {
    use std::cmp::Ordering::*;
    assert_eq!(volgorde("2026-01-01", "b", "2026-01-02", "a"), Less);
    assert_eq!(volgorde("", "a", "2026-01-02", "b"), Greater);
    assert_eq!(volgorde("gisteren", "a", "2020-01-02", "b"), Greater);
    assert_eq!(volgorde("", "a", "", "b"), Less);
    assert_eq!(volgorde("2026-01-01", "b", "2026-01-01", "a"), Greater);
    // Groups with only undated worksheets come after all dated groups.
    let items = [wb("wb-1", "A", ""), wb("wb-2", "B", "2020-01-01")];
    let g = groepeer(
        &items,
        |w| &w.gesprek.label,
        |w| &w.gesprek.datum,
        |w| &w.id,
    );
    assert_eq!(g[0].leden, vec![1]);
}

#[test]
fn traject_van_drie_gesprekken() {
    let mut een = met_voornemens(
        wb("wb-1", "KM-17", "2026-01-10"),
        &["Eén open vraag tegelijk"],
    );
    een.feedback.werkrelatie = Some(5);
    een.feedback.doel = Some(4);
    een.thema_mut(ThemaId::Agenda).antwoord = Some(Schaal::Nee);
    een.slim.zelfbeeld = Some(SlimN::Twee);
    een.slim.rol = Some(SlimN::Een);
    let mut twee = een.vervolg("wb-2", 0.0, "2026-02-10");
    twee.feedback.werkrelatie = Some(7);
    twee.terugblik[0].geprobeerd = Some(Schaal::Deels);
    twee.terugblik[0].wat_gebeurde = "Lukte half".into();
    twee.voeg_voornemen_toe("Begin met een agenda");
    twee.voeg_voornemen_toe("Vraag naar beleving");
    twee.thema_mut(ThemaId::Agenda).antwoord = Some(Schaal::Deels);
    let mut drie = twee.vervolg("wb-3", 0.0, "2026-03-10");
    drie.gesprek.label = "km-17".into();
    drie.feedback.werkrelatie = Some(8);
    drie.feedback.doel = Some(6);
    drie.terugblik[0].geprobeerd = Some(Schaal::Ja);
    drie.terugblik[0].wat_gebeurde = "Cliënt bracht zelf twee punten in".into();
    drie.thema_mut(ThemaId::Agenda).antwoord = Some(Schaal::Ja);

    let t = Traject::van(vec![drie, een, twee]);
    assert_eq!(t.label, "km-17");
    assert_eq!(
        t.gesprekken
            .iter()
            .map(|g| g.id.as_str())
            .collect::<Vec<_>>(),
        vec!["wb-1", "wb-2", "wb-3"]
    );
    assert_eq!(
        t.gesprekken.iter().map(|g| g.nummer).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    assert_eq!(
        t.gesprekken
            .iter()
            .map(|g| g.werkrelatie)
            .collect::<Vec<_>>(),
        vec![Some(5), Some(7), Some(8)]
    );
    assert_eq!(
        t.gesprekken.iter().map(|g| g.doel).collect::<Vec<_>>(),
        vec![Some(4), None, Some(6)]
    );
    let agenda: Vec<_> = t
        .gesprekken
        .iter()
        .map(|g| g.antwoorden[ThemaId::Agenda.index()])
        .collect();
    assert_eq!(
        agenda,
        vec![Some(Schaal::Nee), Some(Schaal::Deels), Some(Schaal::Ja)]
    );
    assert!(matches!(
        t.gesprekken[0].slim,
        SlimUitkomst::NietPassend { .. }
    ));
    assert_eq!(t.gesprekken[1].slim, SlimUitkomst::Onvolledig);

    assert_eq!(
        t.gesprekken[0].voornemens,
        vec![VoornemenUitkomst {
            tekst: "Eén open vraag tegelijk".into(),
            uitkomst: Uitkomst::Teruggekeken {
                geprobeerd: Some(Schaal::Deels),
                wat_gebeurde: "Lukte half".into()
            },
        }]
    );
    // The second conversation's intentions, as looked back on in the third.
    assert_eq!(
        t.gesprekken[1].voornemens,
        vec![
            VoornemenUitkomst {
                tekst: "Begin met een agenda".into(),
                uitkomst: Uitkomst::Teruggekeken {
                    geprobeerd: Some(Schaal::Ja),
                    wat_gebeurde: "Cliënt bracht zelf twee punten in".into()
                },
            },
            VoornemenUitkomst {
                tekst: "Vraag naar beleving".into(),
                uitkomst: Uitkomst::Teruggekeken {
                    geprobeerd: None,
                    wat_gebeurde: String::new()
                },
            },
        ]
    );
    assert!(t.gesprekken[2].voornemens.is_empty());
    assert_eq!(t.zonder_datum(), 0);
    assert_eq!(t.gesprekken[1].naam(), "Gesprek 2, 10-02-2026");
}

#[test]
fn voornemen_uitkomsten() {
    let a = met_voornemens(
        wb("a", "X", "2026-01-01"),
        &["Stil zijn", "Agenda maken", "  "],
    );
    // Last conversation so far.
    let u = uitkomsten(&a, None);
    assert_eq!(u.len(), 2, "empty intentions are left out");
    assert!(u.iter().all(|v| v.uitkomst == Uitkomst::GeenVolgendGesprek));
    // The next one looks back on one of them, in different case and spacing, and on one
    // whose text was changed.
    let mut b = wb("b", "X", "2026-02-01");
    b.terugblik = vec![
        Terugblik {
            voornemen: "stil  ZIJN".into(),
            geprobeerd: Some(Schaal::Nee),
            wat_gebeurde: "Vergeten".into(),
        },
        Terugblik {
            voornemen: "Agenda maken samen".into(),
            geprobeerd: Some(Schaal::Ja),
            wat_gebeurde: String::new(),
        },
    ];
    let u = uitkomsten(&a, Some(&b));
    assert_eq!(u.len(), 3);
    assert_eq!(u[0].tekst, "Stil zijn");
    assert_eq!(
        u[0].uitkomst,
        Uitkomst::Teruggekeken {
            geprobeerd: Some(Schaal::Nee),
            wat_gebeurde: "Vergeten".into()
        }
    );
    assert_eq!(u[1].uitkomst, Uitkomst::NietTeruggekeken);
    assert_eq!(u[2].tekst, "Agenda maken samen");
    assert!(matches!(
        u[2].uitkomst,
        Uitkomst::Teruggekeken {
            geprobeerd: Some(Schaal::Ja),
            ..
        }
    ));
    // The same text twice is matched once each.
    let a = met_voornemens(wb("a", "X", ""), &["Stil zijn", "Stil zijn"]);
    let u = uitkomsten(&a, Some(&b));
    assert_eq!(
        u[0].uitkomst,
        Uitkomst::Teruggekeken {
            geprobeerd: Some(Schaal::Nee),
            wat_gebeurde: "Vergeten".into()
        }
    );
    assert_eq!(u[1].uitkomst, Uitkomst::NietTeruggekeken);
    let _ = Voornemen::default();
}

#[test]
fn een_gesprek_en_zonder_datum() {
    let t = Traject::van(vec![wb("wb-2", "A", ""), wb("wb-1", "a", "2026-05-01")]);
    assert_eq!(t.gesprekken[0].id, "wb-1");
    assert_eq!(t.gesprekken[1].datum_nl(), "zonder datum");
    assert_eq!(t.gesprekken[1].naam(), "Gesprek 2, zonder datum");
    assert_eq!(t.zonder_datum(), 1);
    assert_eq!(t.label, "A", "the label of the last conversation listed");
    let leeg = Traject::van(Vec::new());
    assert!(leeg.gesprekken.is_empty());
}

#[test]
fn honderd_gesprekken() {
    let items: Vec<Werkblad> = (0..100)
        .map(|i| {
            let mut w = wb(&format!("wb-{i:03}"), "Lang", &format!("20{:02}-01-01", i));
            w.feedback.werkrelatie = Some((i % 11) as u8);
            w
        })
        .collect();
    let t = Traject::van(items.into_iter().rev().collect());
    assert_eq!(t.gesprekken.len(), 100);
    assert_eq!(t.gesprekken[0].id, "wb-000");
    assert_eq!(t.gesprekken[99].nummer, 100);
}

#[test]
fn tekstalternatief_en_symbolen() {
    let mut a = wb("wb-1", "X", "2026-01-01");
    a.feedback.werkrelatie = Some(6);
    let mut b = wb("wb-2", "X", "2026-02-01");
    b.feedback.werkrelatie = Some(0);
    b.feedback.doel = Some(9);
    let t = Traject::van(vec![a, b]);
    assert_eq!(
        grafiek_beschrijving(&t),
        "Cliëntscores per gesprek, van 0 tot 10. Werkrelatie: gesprek 1: 6, gesprek 2: 0. \
         Doel: gesprek 1: geen score, gesprek 2: 9."
    );
    let namen: Vec<_> = Schaal::ALLE.iter().map(|&s| symbool(Some(s))).collect();
    assert!(namen
        .iter()
        .zip(Schaal::ALLE)
        .all(|((_, w), s)| *w == s.naam()));
    let tekens: std::collections::HashSet<_> = namen.iter().map(|(t, _)| *t).collect();
    assert_eq!(tekens.len(), 4, "every answer has its own symbol");
    assert_eq!(symbool(None).1, "Niet ingevuld");
    assert!(slim_kort(&SlimUitkomst::Passend {
        zelfbeeld: SlimN::Een
    })
    .starts_with("Passend. Zelfbeeld 1"));
}
