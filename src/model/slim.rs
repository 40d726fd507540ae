//! SLIM, het Subjectief Logisch Interventie Model: does my approach fit the client's self-image?
//!
//! Four parallel columns; item N of each column belongs with item N of the others. A match is
//! when my implicit image of the client, my role and the trajectory logic all sit on the same N
//! as the client's self-image. "Er zijn geen goede en geen slechte benaderingen, alleen passende
//! en niet passende."

use serde::{Deserialize, Serialize};

/// One row of the model (1 to 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlimN {
    Een,
    Twee,
    Drie,
    Vier,
}

impl SlimN {
    pub const ALLE: [SlimN; 4] = [SlimN::Een, SlimN::Twee, SlimN::Drie, SlimN::Vier];

    /// 1 to 4.
    pub fn nummer(self) -> u8 {
        self as u8 + 1
    }

    /// Inverse of [`SlimN::nummer`].
    pub fn van_nummer(n: u8) -> Option<SlimN> {
        SlimN::ALLE.get(usize::from(n).checked_sub(1)?).copied()
    }

    /// The client's self-image, in the client's voice.
    pub fn zelfbeeld(self) -> &'static str {
        match self {
            SlimN::Een => "Ik wil en kan, geef me een kans",
            SlimN::Twee => "Ik wil wel, maar ik kan niet",
            SlimN::Drie => "Ik heb het opgegeven, los jij het op?",
            SlimN::Vier => "Laat me maar, ik heb andere plannen met mijn leven",
        }
    }

    /// The role of the professional that belongs with this row.
    pub fn rol(self) -> &'static str {
        match self {
            SlimN::Een => "Facilitator / verkoper",
            SlimN::Twee => "Leraar",
            SlimN::Drie => "Ouder-figuur",
            SlimN::Vier => "Ondernemer",
        }
    }

    /// The trajectory logic that belongs with this row.
    pub fn traject(self) -> &'static str {
        match self {
            SlimN::Een => "Kansen bieden",
            SlimN::Twee => "Leren",
            SlimN::Drie => "Bij de hand nemen",
            SlimN::Vier => "Ondernemen met dromen en talenten",
        }
    }

    /// The row that follows from the two axes of the Bijlage, where the source names one.
    pub fn uit_assen(zelfredzaam: Zelfredzaamheid, orientatie: Orientatie) -> Option<SlimN> {
        match (zelfredzaam, orientatie) {
            (Zelfredzaamheid::Hoog, Orientatie::Normaal) => Some(SlimN::Een),
            (Zelfredzaamheid::Laag, Orientatie::Normaal) => Some(SlimN::Twee),
            (Zelfredzaamheid::Laag, Orientatie::Overleven) => Some(SlimN::Drie),
            (Zelfredzaamheid::Hoog, Orientatie::EigenDromen) => Some(SlimN::Vier),
            _ => None,
        }
    }
}

/// Ervaren zelfredzaamheid: does the client place the problem outside himself (hoog) or in himself (laag)?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zelfredzaamheid {
    Hoog,
    Laag,
}

/// Sociale oriëntatie.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientatie {
    /// Gericht op 'normaal' meedoen en werken.
    Normaal,
    /// Gericht op eigen dromen en talenten.
    EigenDromen,
    /// Gericht op overleven, van dag tot dag.
    Overleven,
}

/// Which column of my approach is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlimAspect {
    Mensbeeld,
    Rol,
    Traject,
}

impl SlimAspect {
    /// Dutch name as used in sentences.
    pub fn naam(self) -> &'static str {
        match self {
            SlimAspect::Mensbeeld => "het beeld van de cliënt waar je vanuit ging",
            SlimAspect::Rol => "je rol",
            SlimAspect::Traject => "de trajectlogica",
        }
    }
}

/// Section 4 of the worksheet.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Slim {
    /// How the client sees himself (`slim.zelfbeeld`).
    pub zelfbeeld: Option<SlimN>,
    /// The image of the client my approach implicitly assumed (`slim.mensbeeld`).
    pub mensbeeld: Option<SlimN>,
    /// The role I took (`slim.rol`).
    pub rol: Option<SlimN>,
    /// The trajectory logic I followed (`slim.traject`).
    pub traject: Option<SlimN>,
    /// Free text: what makes me think so.
    pub toelichting: String,
}

/// The outcome of comparing the approach with the client's self-image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlimUitkomst {
    /// Not enough filled in to compare: the self-image, or all of the approach, is missing.
    Onvolledig,
    /// Every filled-in part of the approach sits on the client's row.
    Passend { zelfbeeld: SlimN },
    /// At least one part differs; `passend` is the row that belongs with the self-image.
    NietPassend {
        zelfbeeld: SlimN,
        afwijkend: Vec<(SlimAspect, SlimN)>,
    },
}

impl Slim {
    /// Compares my approach with the client's self-image.
    pub fn uitkomst(&self) -> SlimUitkomst {
        let Some(zelfbeeld) = self.zelfbeeld else {
            return SlimUitkomst::Onvolledig;
        };
        let aanpak = [
            (SlimAspect::Mensbeeld, self.mensbeeld),
            (SlimAspect::Rol, self.rol),
            (SlimAspect::Traject, self.traject),
        ];
        let ingevuld: Vec<(SlimAspect, SlimN)> = aanpak
            .into_iter()
            .filter_map(|(a, n)| n.map(|n| (a, n)))
            .collect();
        if ingevuld.is_empty() {
            return SlimUitkomst::Onvolledig;
        }
        let afwijkend: Vec<_> = ingevuld
            .into_iter()
            .filter(|&(_, n)| n != zelfbeeld)
            .collect();
        if afwijkend.is_empty() {
            SlimUitkomst::Passend { zelfbeeld }
        } else {
            SlimUitkomst::NietPassend {
                zelfbeeld,
                afwijkend,
            }
        }
    }

    /// True when nothing was filled in.
    pub fn is_leeg(&self) -> bool {
        *self == Slim::default()
    }
}

impl SlimUitkomst {
    /// The outcome in plain Dutch, for the screen and the printed summary.
    pub fn in_woorden(&self) -> String {
        match self {
            SlimUitkomst::Onvolledig => "Nog niet te bepalen: kies het zelfbeeld van de cliënt en \
                 minstens één onderdeel van je aanpak."
                .to_string(),
            SlimUitkomst::Passend { zelfbeeld } => format!(
                "Passend: je aanpak sluit aan bij het zelfbeeld van de cliënt \
                 ({}. \"{}\"). Rol: {}. Trajectlogica: {}.",
                zelfbeeld.nummer(),
                zelfbeeld.zelfbeeld(),
                zelfbeeld.rol(),
                zelfbeeld.traject()
            ),
            SlimUitkomst::NietPassend {
                zelfbeeld,
                afwijkend,
            } => {
                let delen = afwijkend_per_onderdeel(afwijkend);
                format!(
                    "Niet passend: {} past niet bij het zelfbeeld van de cliënt ({}. \"{}\"). \
                     Dat kan zich laten zien als weerstand, afhaken, verstarring of stilstand. \
                     Wat past: de rol van {} en als trajectlogica \"{}\".",
                    samenvoegen(&delen),
                    zelfbeeld.nummer(),
                    zelfbeeld.zelfbeeld(),
                    zelfbeeld.rol().to_ascii_lowercase(),
                    zelfbeeld.traject().to_ascii_lowercase()
                )
            }
        }
    }
}

/// "a", "a en b", "a, b en c".
/// The parts of the approach that do not fit, each with the self-image it points to:
/// "Rol (2)", in the order of the matrix.
pub fn afwijkend_per_onderdeel(afwijkend: &[(SlimAspect, SlimN)]) -> Vec<String> {
    afwijkend
        .iter()
        .map(|(a, n)| format!("{} ({})", a.naam(), n.nummer()))
        .collect()
}

fn samenvoegen(delen: &[String]) -> String {
    match delen {
        [] => String::new(),
        [een] => een.clone(),
        [begin @ .., laatste] => format!("{} en {}", begin.join(", "), laatste),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alle_vier_keer_vier_combinaties_van_zelfbeeld_en_aanpak() {
        for z in SlimN::ALLE {
            for a in SlimN::ALLE {
                let slim = Slim {
                    zelfbeeld: Some(z),
                    mensbeeld: Some(a),
                    rol: Some(a),
                    traject: Some(a),
                    ..Slim::default()
                };
                let uitkomst = slim.uitkomst();
                if z == a {
                    assert_eq!(uitkomst, SlimUitkomst::Passend { zelfbeeld: z });
                    assert!(uitkomst.in_woorden().starts_with("Passend"));
                } else {
                    let SlimUitkomst::NietPassend {
                        zelfbeeld,
                        afwijkend,
                    } = &uitkomst
                    else {
                        panic!("{z:?} met {a:?} zou niet passen");
                    };
                    assert_eq!(*zelfbeeld, z);
                    assert_eq!(afwijkend.len(), 3);
                    let tekst = uitkomst.in_woorden();
                    assert!(tekst.starts_with("Niet passend"));
                    // It points at what would fit: the role and trajectory of the client's row.
                    assert!(tekst.contains(&z.rol().to_lowercase()), "{tekst}");
                    assert!(tekst.contains(&z.traject().to_lowercase()), "{tekst}");
                }
            }
        }
    }

    #[test]
    fn elk_onderdeel_van_de_aanpak_telt_apart() {
        for z in SlimN::ALLE {
            for a in SlimN::ALLE {
                let alleen_rol = Slim {
                    zelfbeeld: Some(z),
                    rol: Some(a),
                    ..Slim::default()
                };
                assert_eq!(
                    matches!(alleen_rol.uitkomst(), SlimUitkomst::Passend { .. }),
                    z == a
                );
            }
        }
        let gemengd = Slim {
            zelfbeeld: Some(SlimN::Een),
            mensbeeld: Some(SlimN::Twee),
            rol: Some(SlimN::Een),
            traject: Some(SlimN::Een),
            ..Slim::default()
        };
        assert_eq!(
            gemengd.uitkomst(),
            SlimUitkomst::NietPassend {
                zelfbeeld: SlimN::Een,
                afwijkend: vec![(SlimAspect::Mensbeeld, SlimN::Twee)]
            }
        );
    }

    #[test]
    fn zonder_zelfbeeld_of_aanpak_onvolledig() {
        assert_eq!(Slim::default().uitkomst(), SlimUitkomst::Onvolledig);
        let zonder_aanpak = Slim {
            zelfbeeld: Some(SlimN::Drie),
            ..Slim::default()
        };
        assert_eq!(zonder_aanpak.uitkomst(), SlimUitkomst::Onvolledig);
        let zonder_zelfbeeld = Slim {
            rol: Some(SlimN::Drie),
            ..Slim::default()
        };
        assert_eq!(zonder_zelfbeeld.uitkomst(), SlimUitkomst::Onvolledig);
    }

    #[test]
    fn assen_uit_de_bijlage() {
        use Orientatie::*;
        use Zelfredzaamheid::*;
        assert_eq!(SlimN::uit_assen(Hoog, Normaal), Some(SlimN::Een));
        assert_eq!(SlimN::uit_assen(Laag, Normaal), Some(SlimN::Twee));
        assert_eq!(SlimN::uit_assen(Laag, Overleven), Some(SlimN::Drie));
        assert_eq!(SlimN::uit_assen(Hoog, EigenDromen), Some(SlimN::Vier));
        assert_eq!(SlimN::uit_assen(Hoog, Overleven), None);
    }

    #[test]
    fn nummers() {
        for n in SlimN::ALLE {
            assert_eq!(SlimN::van_nummer(n.nummer()), Some(n));
        }
        assert_eq!(SlimN::van_nummer(0), None);
        assert_eq!(SlimN::van_nummer(5), None);
    }
}
