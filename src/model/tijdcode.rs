//! Time codes in a recording, written as minutes:seconds.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A position in a recording, in whole seconds. Written and stored as `mm:ss` (minutes may
/// exceed 59: a long conversation has `75:30`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tijdcode(pub u32);

/// The longest recording we accept: 10 hours. Anything longer is a typing mistake.
const MAX_SECONDEN: u32 = 10 * 60 * 60;

impl Tijdcode {
    /// Parses `m:ss`, `mm:ss` or `h:mm:ss`. The error is a Dutch sentence for the user.
    pub fn parse(invoer: &str) -> Result<Tijdcode, &'static str> {
        const VORM: &str = "Schrijf de tijd als minuten:seconden, bijvoorbeeld 12:05.";
        let s = invoer.trim();
        if s.is_empty() {
            return Err(VORM);
        }
        let delen: Vec<&str> = s.split(':').collect();
        if delen.len() < 2 || delen.len() > 3 {
            return Err(VORM);
        }
        let mut getallen = Vec::with_capacity(3);
        for d in &delen {
            if d.is_empty() || d.len() > 3 || !d.bytes().all(|b| b.is_ascii_digit()) {
                return Err(VORM);
            }
            getallen.push(d.parse::<u32>().map_err(|_| VORM)?);
        }
        let seconden = *getallen.last().expect("at least two parts");
        if delen.last().map_or(0, |d| d.len()) != 2 {
            return Err(VORM);
        }
        if seconden > 59 {
            return Err("De seconden gaan van 00 tot en met 59.");
        }
        let totaal = match getallen[..] {
            [m, s] => m * 60 + s,
            [u, m, s] => {
                if m > 59 || delen[1].len() != 2 {
                    return Err("Schrijf uren als u:mm:ss, met minuten van 00 tot en met 59.");
                }
                u * 3600 + m * 60 + s
            }
            _ => return Err(VORM),
        };
        if totaal > MAX_SECONDEN {
            return Err("Die tijd is langer dan 10 uur. Klopt de tijd?");
        }
        Ok(Tijdcode(totaal))
    }

    /// The whole second a player is at (rounded down); negative or unknown is 0, and anything
    /// past the longest accepted recording is capped there.
    pub fn van_seconden(seconden: f64) -> Tijdcode {
        if seconden.is_nan() || seconden <= 0.0 {
            Tijdcode(0)
        } else {
            Tijdcode((seconden as u32).min(MAX_SECONDEN))
        }
    }

    /// As a clock shows it: `mm:ss`, or `u:mm:ss` from one hour on (the stored form stays
    /// `mm:ss`, see `Display`; both parse).
    pub fn klok(self) -> String {
        let (u, m, s) = (self.0 / 3600, self.0 / 60 % 60, self.0 % 60);
        if u > 0 {
            format!("{u}:{m:02}:{s:02}")
        } else {
            format!("{m:02}:{s:02}")
        }
    }

    /// Parses an optional time code: empty input is `None`.
    pub fn parse_optioneel(invoer: &str) -> Result<Option<Tijdcode>, &'static str> {
        if invoer.trim().is_empty() {
            Ok(None)
        } else {
            Tijdcode::parse(invoer).map(Some)
        }
    }
}

impl fmt::Display for Tijdcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for Tijdcode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Tijdcode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Tijdcode, D::Error> {
        let s = String::deserialize(d)?;
        Tijdcode::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geldige_tijden() {
        assert_eq!(Tijdcode::parse("0:00"), Ok(Tijdcode(0)));
        assert_eq!(Tijdcode::parse("12:05"), Ok(Tijdcode(725)));
        assert_eq!(Tijdcode::parse(" 3:07 "), Ok(Tijdcode(187)));
        assert_eq!(Tijdcode::parse("75:30"), Ok(Tijdcode(4530)));
        assert_eq!(Tijdcode::parse("1:02:03"), Ok(Tijdcode(3723)));
        assert_eq!(Tijdcode::parse("600:00"), Ok(Tijdcode(36000)));
    }

    #[test]
    fn ongeldige_tijden() {
        for fout in [
            "75:99",
            "-1",
            "abc",
            "",
            "12",
            "12:5",
            "12:005",
            ":30",
            "12:",
            "1:2:3:4",
            "1:60:00",
            "12:3a",
            "١٢:٠٥",
            "601:00",
            "99999999999:00",
            "12.05",
            "12 05",
            "+1:00",
        ] {
            assert!(
                Tijdcode::parse(fout).is_err(),
                "{fout:?} zou fout moeten zijn"
            );
        }
        assert_eq!(
            Tijdcode::parse("75:99"),
            Err("De seconden gaan van 00 tot en met 59.")
        );
    }

    #[test]
    fn weergave_en_serde_heen_en_terug() {
        for s in [0, 59, 60, 725, 4530, 36000] {
            let t = Tijdcode(s);
            assert_eq!(Tijdcode::parse(&t.to_string()), Ok(t));
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(serde_json::from_str::<Tijdcode>(&json).unwrap(), t);
        }
        assert_eq!(Tijdcode(725).to_string(), "12:05");
        assert!(serde_json::from_str::<Tijdcode>("\"75:99\"").is_err());
    }

    #[test]
    fn klok_en_van_seconden() {
        assert_eq!(Tijdcode(0).klok(), "00:00");
        assert_eq!(Tijdcode(725).klok(), "12:05");
        assert_eq!(Tijdcode(3599).klok(), "59:59");
        assert_eq!(Tijdcode(3600).klok(), "1:00:00");
        assert_eq!(Tijdcode(4530).klok(), "1:15:30");
        for s in [0, 59, 3600, 4530, 36000] {
            assert_eq!(Tijdcode::parse(&Tijdcode(s).klok()), Ok(Tijdcode(s)));
        }
        assert_eq!(Tijdcode::van_seconden(12.99), Tijdcode(12));
        assert_eq!(Tijdcode::van_seconden(-3.0), Tijdcode(0));
        assert_eq!(Tijdcode::van_seconden(f64::NAN), Tijdcode(0));
        assert_eq!(Tijdcode::van_seconden(f64::INFINITY), Tijdcode(36000));
    }

    #[test]
    fn optioneel() {
        assert_eq!(Tijdcode::parse_optioneel("  "), Ok(None));
        assert_eq!(Tijdcode::parse_optioneel("1:00"), Ok(Some(Tijdcode(60))));
        assert!(Tijdcode::parse_optioneel("x").is_err());
    }
}
