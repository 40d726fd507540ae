//! A synthetic corpus for the privacy guard: Dutch note sentences with and without personal
//! data. Nothing here is real: BSNs and IBANs get their check digits computed from random
//! digits, phone numbers are random, and e-mail addresses use example domains.

use super::Soort;

/// A sentence with exactly one piece of personal data in it.
pub struct Geval {
    pub tekst: String,
    /// The part of `tekst` that should be found.
    pub waarde: String,
    pub soort: Soort,
}

/// A small xorshift generator, so the corpus is the same on every run.
struct Toeval(u64);

impl Toeval {
    fn volgende(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn onder(&mut self, n: u64) -> u64 {
        self.volgende() % n
    }

    fn cijfers(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.onder(10) as u8))
            .collect()
    }

    fn kies<'a>(&mut self, lijst: &[&'a str]) -> &'a str {
        lijst[self.onder(lijst.len() as u64) as usize]
    }
}

fn som_elfproef(c: &[u8]) -> u32 {
    c[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&d, w)| u32::from(d - b'0') * w)
        .sum()
}

fn lijkt_op_datum(c: &str) -> bool {
    let j: u32 = c[..4].parse().unwrap();
    let m: u32 = c[4..6].parse().unwrap();
    (1900..=2099).contains(&j) && (1..=12).contains(&m)
}

/// A valid BSN; with `acht`, one with a leading zero that is then left off (8 digits).
fn maak_bsn(r: &mut Toeval, acht: bool) -> String {
    loop {
        let mut c = r.cijfers(8).into_bytes();
        c[0] = if acht { b'0' } else { b'1' + r.onder(9) as u8 };
        let controle = som_elfproef(&[&c[..], b"0"].concat()) % 11;
        if controle == 10 {
            continue;
        }
        c.push(b'0' + controle as u8);
        let bsn = String::from_utf8(c).unwrap();
        if !acht {
            return bsn;
        }
        if !lijkt_op_datum(&bsn[1..]) {
            return bsn[1..].to_string();
        }
    }
}

/// Nine digits that fail the 11-proef.
fn maak_geen_bsn(r: &mut Toeval) -> String {
    loop {
        let mut c = r.cijfers(9).into_bytes();
        c[0] = b'1' + r.onder(9) as u8;
        let som = som_elfproef(&c) as i32 - i32::from(c[8] - b'0');
        if som.rem_euclid(11) != 0 {
            return String::from_utf8(c).unwrap();
        }
    }
}

fn iban_rest(tekens: &str) -> u32 {
    tekens.bytes().fold(0, |rest, c| match c {
        b'0'..=b'9' => (rest * 10 + u32::from(c - b'0')) % 97,
        _ => (rest * 100 + u32::from(c - b'A') + 10) % 97,
    })
}

/// A valid IBAN of another country: Belgian (12 digits) or German (18 digits).
fn maak_buitenlandse_iban(r: &mut Toeval, duits: bool) -> String {
    let (land, rekening) = if duits {
        ("DE", r.cijfers(18))
    } else {
        ("BE", r.cijfers(12))
    };
    let controle = 98 - iban_rest(&format!("{rekening}{land}00"));
    format!("{land}{controle:02}{rekening}")
}

/// A valid Dutch IBAN, compact and in capitals.
fn maak_iban(r: &mut Toeval) -> String {
    let bank = r.kies(&[
        "ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ",
    ]);
    let rekening = r.cijfers(10);
    let controle = 98 - iban_rest(&format!("{bank}{rekening}NL00"));
    format!("NL{controle:02}{bank}{rekening}")
}

fn in_groepen_van_vier(s: &str) -> String {
    s.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(" ")
}

fn maak_telefoon(r: &mut Toeval, vorm: usize) -> String {
    let acht = r.cijfers(8);
    let (a, b) = acht.split_at(4);
    match vorm % 15 {
        0 => format!("06-{acht}"),
        1 => format!("06 {acht}"),
        2 => format!("06{acht}"),
        3 => format!("+31 6 {acht}"),
        4 => format!("+316{acht}"),
        5 => format!("0031 6 {acht}"),
        6 => format!("+31 (0)6 {acht}"),
        7 => format!(
            "06 {} {} {} {}",
            &acht[..2],
            &acht[2..4],
            &acht[4..6],
            &acht[6..]
        ),
        8 => format!("010-{}", r.cijfers(7)),
        9 => format!("020 {} {}", r.cijfers(3), r.cijfers(4)),
        10 => format!("0591-{}", r.cijfers(6)),
        11 => format!("(030) {} {}", r.cijfers(3), r.cijfers(4)),
        12 => format!("06-{a} {b}"),
        13 => format!("+31-6-{acht}"),
        _ => format!("0575 {}", r.cijfers(6)),
    }
}

const KORT: &[&str] = &[
    "AL", "AM", "AS", "AT", "BE", "BV", "BY", "CM", "CL", "CT", "CV", "DA", "DE", "DI", "DL", "DO",
    "EI", "EN", "ER", "EU", "EX", "GA", "GB", "GE", "GO", "GR", "HA", "HE", "IE", "ID", "IF", "IK",
    "IN", "IS", "IT", "JA", "JE", "JR", "KB", "KG", "KM", "LA", "MA", "MB", "ME", "MG", "ML", "MM",
    "MY", "NA", "NL", "NO", "NR", "NU", "NV", "OF", "OH", "OK", "OM", "ON", "OP", "OR", "PA", "PC",
    "PM", "PP", "SO", "ST", "TE", "TM", "TO", "TV", "UI", "UK", "UP", "US", "UW", "VD", "VR", "VS",
    "WE", "WO", "ZA", "ZE", "ZO", "SA", "SD", "SS",
];

fn maak_postcode(r: &mut Toeval, vorm: usize) -> String {
    let cijfers = 1000 + r.onder(9000);
    let letters = loop {
        let l: String = (0..2)
            .map(|_| char::from(b'A' + r.onder(26) as u8))
            .collect();
        if !KORT.contains(&l.as_str()) {
            break l;
        }
    };
    match vorm % 4 {
        0 | 3 => format!("{cijfers} {letters}"),
        1 => format!("{cijfers}{letters}"),
        _ => format!("{cijfers} {}", letters.to_lowercase()),
    }
}

const AFGEKORT: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

const MAANDNAMEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

fn maak_datum(r: &mut Toeval, vorm: usize, jaren: std::ops::Range<u64>) -> String {
    let jaar = jaren.start + r.onder(jaren.end - jaren.start);
    let maand = 1 + r.onder(12);
    let dag = 1 + r.onder(28);
    let naam = MAANDNAMEN[maand as usize - 1];
    let kort = AFGEKORT[maand as usize - 1];
    match vorm % 8 {
        0 => format!("{dag:02}-{maand:02}-{jaar}"),
        1 => format!("{dag}-{maand}-{jaar}"),
        2 => format!("{dag:02}/{maand:02}/{jaar}"),
        3 => format!("{dag:02}.{maand:02}.{jaar}"),
        4 => format!("{jaar}-{maand:02}-{dag:02}"),
        5 => format!("{dag} {naam} {jaar}"),
        6 => format!("{dag} {kort}. {jaar}"),
        _ => format!("{dag} {kort} {jaar}"),
    }
}

fn vul_in(sjabloon: &str, waarde: &str, soort: Soort) -> Geval {
    Geval {
        tekst: sjabloon.replace("{}", waarde),
        waarde: waarde.to_string(),
        soort,
    }
}

/// About 165 sentences, each with one piece of personal data.
pub fn positieven() -> Vec<Geval> {
    let mut r = Toeval(0x9e37_79b9_7f4a_7c15);
    let mut uit = Vec::new();

    let bsn_zinnen = [
        "Cliënt gaf zijn BSN {} door terwijl we het formulier invulden.",
        "Op de kopie van haar id-kaart stond {}, die heb ik niet bewaard.",
        "BSN: {}",
        "Mevrouw noemde haar burgerservicenummer ({}) uit zichzelf.",
        "Hij las {} voor van de brief van de Belastingdienst.",
        "Let op, nummer {} hoort bij de partner, niet bij cliënt.",
        "In de aanvraag stond {} bij de verkeerde persoon.",
        "Controle in de BRP met {} leverde niets op.",
        "{} is het nummer dat ze in het gesprek noemde.",
        "Sofinummer van vroeger: {}.",
    ];
    for k in 0..30 {
        let bsn = maak_bsn(&mut r, k % 8 == 7);
        let waarde = match k % 8 {
            1 | 5 => format!("{}.{}.{}", &bsn[..4], &bsn[4..6], &bsn[6..]),
            2 => format!("{} {} {}", &bsn[..3], &bsn[3..6], &bsn[6..]),
            3 => format!("{}.{}.{}", &bsn[..3], &bsn[3..6], &bsn[6..]),
            4 => format!("{} {} {}", &bsn[..4], &bsn[4..6], &bsn[6..]),
            _ => bsn,
        };
        uit.push(vul_in(
            bsn_zinnen[k % bsn_zinnen.len()],
            &waarde,
            Soort::Bsn,
        ));
    }
    for _ in 0..2 {
        let bsn = maak_bsn(&mut r, false);
        uit.push(vul_in(
            "Genoteerd als BSN{} in het oude systeem.",
            &bsn,
            Soort::Bsn,
        ));
    }

    let iban_zinnen = [
        "Hij wil de toeslag voortaan op {} ontvangen.",
        "Rekeningnummer {} staat op naam van zijn broer.",
        "Uitbetaling naar {} is mislukt, zegt ze.",
        "IBAN: {}",
        "Ze gaf {} op als nieuw rekeningnummer.",
        "De bewindvoerder beheert {} nu.",
        "Huur wordt automatisch afgeschreven van {}.",
        "Op het formulier stond {}, dat klopte niet met de bank.",
    ];
    for k in 0..25 {
        let iban = maak_iban(&mut r);
        let waarde = match k % 4 {
            0 => in_groepen_van_vier(&iban),
            1 => iban,
            2 => iban.to_lowercase(),
            _ => in_groepen_van_vier(&iban).to_lowercase(),
        };
        uit.push(vul_in(
            iban_zinnen[k % iban_zinnen.len()],
            &waarde,
            Soort::Iban,
        ));
    }

    for k in 0..4 {
        let iban = maak_buitenlandse_iban(&mut r, k % 2 == 1);
        let waarde = if k < 2 {
            in_groepen_van_vier(&iban)
        } else {
            iban
        };
        uit.push(vul_in(
            "Hij heeft nog een rekening over de grens: {}.",
            &waarde,
            Soort::Iban,
        ));
    }

    let telefoon_zinnen = [
        "Bellen op {} als ze zich ziek meldt.",
        "Zijn nieuwe nummer is {}.",
        "Moeder is bereikbaar via {} (alleen na 17 uur).",
        "Tel. {}",
        "Ze belde vanaf {} maar nam daarna niet meer op.",
        "Werkgever gaf het nummer {} door voor de proefplaatsing.",
        "Contact via de jobcoach: {}.",
        "Bij geen gehoor {} proberen.",
    ];
    for k in 0..30 {
        let nummer = maak_telefoon(&mut r, k);
        let zin = telefoon_zinnen[k % telefoon_zinnen.len()];
        uit.push(vul_in(zin, &nummer, Soort::Telefoon));
    }

    let adressen = [
        "j.jansen@voorbeeld.nl",
        "fam.de-vries@voorbeeld.nl",
        "p.bakker+werk@example.com",
        "a_el.amrani@mail.voorbeeld.nl",
        "Sanne.Visser@Voorbeeld.NL",
        "info123@voorbeeld.org",
        "kees1975@example.net",
        "m.yilmaz@test.voorbeeld.nl",
        "noor%thuis@example.com",
        "bakkerij-de-korenschoof@voorbeeld.nl",
        "jan.de.boer@sub.domein.voorbeeld.nl",
        "x@voorbeeld.nl",
        "ANOUK.SMIT@EXAMPLE.COM",
    ];
    let email_zinnen = [
        "Hij mailt voortaan vanaf {} in plaats van via de post.",
        "E-mail: {}",
        "Ze vroeg of we de brief naar {} konden sturen.",
        "Het cv kwam binnen van {}, daar reageer ik op.",
        "Contactpersoon bij de werkgever: {}.",
        "Stuur de uitnodiging naar <{}>.",
        "Haar adres ({}) klopt niet meer.",
    ];
    for k in 0..26 {
        let adres = adressen[k % adressen.len()];
        uit.push(vul_in(
            email_zinnen[k % email_zinnen.len()],
            adres,
            Soort::Email,
        ));
    }

    let postcode_zinnen = [
        "Ze is verhuisd naar {} Utrecht, dichter bij haar moeder.",
        "Woont in {}, vlak bij het station.",
        "Postcode {} en huisnummer 12 staan nog verkeerd in het systeem.",
        "Adres: Dorpsstraat 4, {} Zwolle.",
        "Nieuw adres: Kerkweg 17 {} Ede.",
        "Hij zoekt werk in de buurt van {}.",
        "De pakketjes gaan naar {} in plaats van naar haar eigen adres.",
    ];
    for k in 0..25 {
        let postcode = maak_postcode(&mut r, k);
        let zin = postcode_zinnen[k % postcode_zinnen.len()];
        uit.push(vul_in(zin, &postcode, Soort::Postcode));
    }

    let geboorte_zinnen = [
        "Geboren {} in Rotterdam, verder geen bijzonderheden.",
        "geb. {}",
        "Geboortedatum: {}",
        "Zoon is geboren op {} en gaat naar de opvang.",
        "Cliënt (geb. {}) kwam samen met haar tolk.",
        "Haar dochter, geboren {}, woont nog thuis.",
        "Geboortedag {} staat verkeerd in het systeem.",
    ];
    for k in 0..18 {
        let datum = maak_datum(&mut r, k, 1950..2024);
        let zin = geboorte_zinnen[k % geboorte_zinnen.len()];
        uit.push(vul_in(zin, &datum, Soort::Geboortedatum));
    }
    for datum in ["03-03-85", "12/11/01"] {
        uit.push(vul_in(
            "Geb. {}, alleenstaand.",
            datum,
            Soort::Geboortedatum,
        ));
    }
    let kale_zinnen = [
        "Cliënt ({}) kwam op tijd.",
        "Gegevens: vrouw, {}, alleenstaand.",
        "{}, twee kinderen, wil graag vrijwilligerswerk doen.",
        "Partner: {}, werkt in de zorg.",
    ];
    for k in 0..8 {
        let datum = maak_datum(&mut r, k, 1945..2008);
        let zin = kale_zinnen[k % kale_zinnen.len()];
        uit.push(vul_in(zin, &datum, Soort::Geboortedatum));
    }
    // Written the way people really do, not the way the generator above does.
    let bsn = maak_bsn(&mut r, false);
    let bsn2 = maak_bsn(&mut r, false);
    let bsn3 = maak_bsn(&mut r, false);
    let streepjes = format!("{}-{}-{}", &bsn3[..3], &bsn3[3..6], &bsn3[6..]);
    for (zin, waarde, soort) in [
        ("bsn:{} (zelf genoemd)", bsn.as_str(), Soort::Bsn),
        ("BSN-nummer {} gecontroleerd.", bsn2.as_str(), Soort::Bsn),
        ("Nummer {} van de partner.", streepjes.as_str(), Soort::Bsn),
        (
            "Mail via mailto:{} werkte niet.",
            "l.deboer@voorbeeld.nl",
            Soort::Email,
        ),
        (
            "Kantoor werkgever: +31 20 123 4567.",
            "+31 20 123 4567",
            Soort::Telefoon,
        ),
        ("Bel {} (balie).", "+31 (0)20 123 45 67", Soort::Telefoon),
        (
            "Vast nummer {} klopt nog.",
            "0031-20-1234567",
            Soort::Telefoon,
        ),
        ("Mobiel: {}", "06 - 12345678", Soort::Telefoon),
        ("Buurvrouw {} helpt soms.", "020-7654321", Soort::Telefoon),
        ("Broer in België: {}.", "+32 470 12 34 56", Soort::Telefoon),
        (
            "Moeder in Marokko belt van {}",
            "+212 6 12 34 56 78",
            Soort::Telefoon,
        ),
        (
            "Oude werkgever in Duitsland, {}.",
            "0049 30 1234567",
            Soort::Telefoon,
        ),
        (
            "Nummer in Turkije {} (whatsapp).",
            "+905321234567",
            Soort::Telefoon,
        ),
        ("Geb.datum: {}", "14-07-1979", Soort::Geboortedatum),
        (
            "Ze is geboren op dinsdag {}.",
            "3 maart 1981",
            Soort::Geboortedatum,
        ),
        (
            "Postadres Postbus 45, {} Den Haag.",
            "2501 CC",
            Soort::Postcode,
        ),
    ] {
        uit.push(vul_in(zin, waarde, soort));
    }
    uit
}

/// About 150 sentences without personal data, many of them full of numbers and dates.
/// The conversation is on 2026-11-22.
pub fn negatieven() -> Vec<String> {
    let mut uit: Vec<String> = [
        // The conversation's own date.
        "Gesprek van 22-11-2026 ging vooral over de schulden.",
        "Datum gesprek: 22/11/2026.",
        "Verslag 22.11.2026, tweede deel.",
        "Vandaag, 22 november 2026, was ze er op tijd.",
        "Ingevuld op 2026-11-22 na het gesprek.",
        "Op 22-11-26 kort nabellen.",
        "Gesprek 22 nov 2026 met tolk.",
        // Other dates: appointments, letters, start dates.
        "Volgende afspraak op 29-11-2026 om 10:00.",
        "Op 3 december 2026 komt ze terug met de papieren.",
        "Vorige keer (15-10-2026) was ze erg moe.",
        "Uitkering loopt sinds 01-05-2015.",
        "In dienst sinds 01-09-2005 bij de bakker.",
        "Per 1-1-2010 woonde hij in het buitenland.",
        "Brief d.d. 12-03-2008 over de schuld is nooit beantwoord.",
        "Intake was op 4-7-2025, toen nog met tolk.",
        "Evaluatie gepland op 14/01/2027.",
        "Het contract loopt af op 31-12-2026.",
        "Afspraak 12-05-2001 stond nog in het oude dossier.",
        "Startdatum 01-02-2019 bij het leerwerkbedrijf.",
        "Tussen 1-6-2024 en 1-9-2024 geen contact gehad.",
        "De brief van 03-03-2026 is kwijt.",
        "Reactie vóór 01-12-2026 graag.",
        "2026-12-01: evaluatie met de werkgever.",
        "Wet van 1 juli 2015 is nog steeds van toepassing.",
        "Op 1 januari 2000 begon het millennium, zei hij grappend.",
        "Vanaf 01-01-1999 woonde ze in Nederland.",
        "Gestart per 1 maart 2021 op de proefplaats.",
        "Volgende week dinsdag 1-12 om 9 uur.",
        "Op 5 mei is het bevrijdingsdag, dan geen afspraak.",
        // Times and time codes.
        "We begonnen om 14:30 en stopten om 15:15.",
        "Ze kwam om 9.15 uur binnen.",
        "Tijdcode 12:05: hier stelt ze een open vraag.",
        "[00:12:05] cliënt zucht en kijkt weg.",
        "Van 09:00 tot 10:30 met de jobcoach.",
        "Rond 13.45 uur belde de werkgever.",
        "De bus van 8.05 heeft ze gemist.",
        "Telefoon ging om 10.30 en om 11.45.",
        "De wachttijd was 06:30 minuten.",
        "Update 12:05 ontvangen van de jobcoach.",
        "Moment 1:02:03 in de opname laat het goed zien.",
        // Amounts.
        "Schuld van € 1.234,56 bij de zorgverzekeraar.",
        "Ze krijgt 1250 euro per maand.",
        "Het ging om 123456789 cent, zei hij lachend.",
        "Huur is € 845,50 en de toeslag € 350,-.",
        "De boete was €2.500, inmiddels betaald.",
        "Spaargeld EUR 12.345 moet worden opgegeven.",
        "Een ton is € 100.000, dat heeft hij niet.",
        "Totaal € 123.456.782 aan subsidie voor het project.",
        "Begroting: 123456782 euro voor de hele gemeente.",
        "Hij verdient € 14,06 per uur.",
        "Het totaal is 1.500.000 euro aan uitkeringen.",
        "Jaarinkomen ongeveer 21.500 bruto.",
        "Ze verdiende in 2018 ongeveer 1800 netto.",
        "Het CAK stuurde een rekening van 56,78.",
        // House numbers, scores, percentages, years.
        "Hij woont op nummer 12a, derde verdieping.",
        "Huisnummer 112 aan de overkant is leeg.",
        "Het pand aan de Stationsweg 100 staat leeg.",
        "Ze woont op 3 hoog, nummer 45-2.",
        "Zij scoort het gesprek met een 7/10.",
        "Score 3/5 op motivatie, 4/5 op vaardigheden.",
        "75% van de tijd praat ik zelf.",
        "Ongeveer 12,5 procent korting op de huur.",
        "Cijfer 7,5 voor het examen.",
        "Uitslag: 12 van de 15 vragen goed.",
        "In 2019 is ze gestopt met werken.",
        "Ze werkt sinds 2021 niet meer.",
        "Hij woonde in 2019 in Rotterdam.",
        "Van 2015 tot 2018 zat hij in de schuldsanering.",
        "In 2020 op eigen kracht een baan gevonden.",
        "Vanaf 2023 de kinderen om de week.",
        "De oude wet uit 1996 geldt niet meer.",
        "Scholing gevolgd in 2008-2009.",
        "Het onderzoek liep van 2010 tot 2012.",
        "In het jaar 2000 stopte hij met school.",
        "Opleiding MBO 2 afgerond in 2017.",
        "Zoon van 4 (2022) gaat naar de peuterspeelzaal.",
        "Hij is 58 jaar en wil nog graag werken.",
        "Ze heeft 2 kinderen van 6 en 9.",
        // Phone-like, but not a (complete) phone number.
        "Ze heeft geen 06 meer, alleen een vaste lijn.",
        "Hij heeft een nieuw 06-nummer maar wil het niet geven.",
        "Hij belde 06-1234567 maar dat nummer is te kort.",
        "Bel de algemene lijn 0800-1234 voor vragen.",
        "Gemeente bereikbaar via 14 020.",
        "Bij nood altijd 112 bellen.",
        "Informatienummer 0900-8844 van de politie.",
        "Nummer 0612 in de wachtrij.",
        "Stand van de meter: 012345 kWh.",
        "Telefoonnummer staat in het systeem, niet hier.",
        // E-mail-like.
        "Mailen kan naar de klantmanager, niet naar jan@.",
        "Via @gemeente op sociale media gaat het niet.",
        "Hij schreef info at voorbeeld punt nl op een briefje.",
        "Stuur het naar het algemene adres van de gemeente.",
        "Het @-teken op zijn toetsenbord doet het niet.",
        "Ze zit op voorbeeld.nl te zoeken naar vacatures.",
        // Postcode-like.
        "Hij reed 1200 km voor die baan.",
        "Aanvraag 2019 IN BEHANDELING volgens het oude systeem.",
        "Ze tilde 1500 kg per dag in het magazijn.",
        "Medicatie 1000 mg per dag.",
        "In 2019 op vakantie geweest, daarna niet meer.",
        "Sinds 2020 de kinderen bij haar.",
        "Lijn 1234 rijdt niet meer langs haar huis.",
        "Parkeerplaats 1234 is van de gemeente.",
        "Codes 1234 en 5678 zijn de formulieren.",
        "Vanaf 2024 ZE werkt weer, schreef de werkgever.",
        "Pas 2025 is het traject klaar.",
        // Codes, article numbers, long numbers.
        "Artikel 8:24 Awb is van toepassing.",
        "Volgens art. 58 Participatiewet moet ik dit melden.",
        "Formulier 2024-123 is nog niet ingevuld.",
        "Versie 1.2.3 van het werkplan.",
        "Zaaknummer Z-2026-0412 aangemaakt.",
        "Dossier ZK123456782 in het oude systeem.",
        "Referentie abc123456782 van de werkgever.",
        "Het getal 123456789012345678901234567890 stond op de bon.",
        "Inwonertal 1.234.567.890 is natuurlijk onzin.",
        "Er wonen 10 000 mensen in de wijk.",
        "Factuurnummer 123456782 van de energieleverancier.",
        "Ordernummer: 2024-5567.",
        "ISBN 978-90-12345-67-8 van het boek over motiveren.",
        "Hoofdstuk 4.2.1 van de methode gaat hierover.",
        "Kamer 2.14 op de tweede verdieping.",
        "Dossier bevat 123 pagina's.",
        "PIN 1234 staat nergens genoteerd, goed zo.",
        "Het wachtwoord had 9 tekens: niet genoteerd.",
        "NL00 ABNA 0123 4567 89 is geen geldig nummer.",
        // Everyday numbers.
        "Ze heeft 3,5 uur per week gewerkt.",
        "Tijdens het gesprek noemde ik 3 tips.",
        "Ze wil 32 uur werken, nu is het 24.",
        "Week 47 en 48 is hij op vakantie.",
        "Hij was 1 van de 20 deelnemers.",
        "Groep 7 en 8 van de basisschool heeft ze overgeslagen.",
        "Bij 40 graden koorts niet komen.",
        "Route 1 gaat via de werkgeversdienst.",
        "Lengte 1.78 m, gewicht geen punt.",
        "Temperatuur in de spreekkamer 23,5 graden.",
        "3 van de 4 afspraken is ze gekomen.",
        "Zij werkt 20 uur, hij 36.",
        "De wachtlijst is 2 jaar, 1000 mensen staan erop.",
        "Slim-rij 2 past het best, zie ook 3.",
        "Thema 4 en thema 11 heb ik overgeslagen.",
        // Harder ones.
        "Ze trouwde op 12-06-1998 en scheidde in 2010.",
        "Kenteken 12-ABC-3 staat op naam van de werkgever.",
        "Stroom kost 0,06 per kWh meer dan vorig jaar.",
        "Versie 2.0.1234 van het systeem doet raar.",
        "Lijst: 1) werk 2) schulden 3) gezondheid.",
        "Hij rende de 5000 m in 20 minuten.",
        "Rapportcijfers 6 7 8 9 10 laten groei zien.",
        "Ze kreeg 06 10 20 30 40 als lotnummers.",
        "Ze haalde +3 punten op de toets.",
        "Score +12 ten opzichte van vorige keer.",
        "Taalniveau A2, doel is B1-niveau in 2027.",
        "Dossier AB12 CDEF 3456 7890 12 in het oude systeem.",
        "COVID19 speelt niet meer, zegt ze.",
    ]
    .into_iter()
    .map(String::from)
    .collect();

    let mut r = Toeval(0x2545_f491_4f6c_dd1d);
    let zinnen = [
        "Klantnummer {} bij de energieleverancier.",
        "Polisnummer {} van de zorgverzekering.",
        "Kenmerk {} van de Belastingdienst.",
        "Het nummer {} op de brief is een dossiernummer.",
    ];
    for k in 0..20 {
        let getal = maak_geen_bsn(&mut r);
        uit.push(zinnen[k % zinnen.len()].replace("{}", &getal));
    }
    for _ in 0..4 {
        // A typo in the last digit breaks the check.
        let mut iban = maak_iban(&mut r);
        let laatste = iban.pop().unwrap();
        iban.push(if laatste == '9' {
            '0'
        } else {
            char::from(laatste as u8 + 1)
        });
        uit.push(format!(
            "Nummer {} klopt niet, zegt de bank.",
            in_groepen_van_vier(&iban)
        ));
    }
    for _ in 0..2 {
        let kvk = maak_bsn(&mut r, true);
        uit.push(format!("KvK {kvk} van zijn eigen bedrijfje."));
        let bsn = maak_bsn(&mut r, false);
        uit.push(format!("Code abc{bsn} staat op de pas van de sportschool."));
    }
    uit
}
