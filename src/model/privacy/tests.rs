use super::bsn::elfproef;
use super::iban::mod97;
use super::postcode::KORTE_WOORDEN;
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
        ..Default::default()
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
