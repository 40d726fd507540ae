//! Fetching the second wasm file (the pages behind the overview, `src/paginas.rs`): when to
//! start, when to try again. Pure, so it is tested natively; `Paginas` holds it in a signal.

/// Where fetching the second file stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Laadstand {
    /// Not there yet: being fetched, or about to be.
    Bezig,
    /// There: its pages can be drawn.
    Klaar,
    /// Fetching failed (offline before the service worker had the file, or a server error).
    Mislukt,
}

/// The decisions about fetching the second file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Laden {
    stand: Laadstand,
    /// A fetch has been started and has not failed since.
    gevraagd: bool,
}

impl Laden {
    /// A build in two files starts without the second one; a build in one file has it all.
    pub fn nieuw(gesplitst: bool) -> Self {
        let stand = if gesplitst {
            Laadstand::Bezig
        } else {
            Laadstand::Klaar
        };
        Laden {
            stand,
            gevraagd: false,
        }
    }

    /// Where it stands.
    pub fn stand(&self) -> Laadstand {
        self.stand
    }

    /// Someone wants the file (the first screen is drawn, or a page needs it): true when a fetch
    /// should start now. Only one fetch at a time, and none once it is there or has failed
    /// (after a failure only [`Laden::opnieuw`], the user's choice, starts one).
    pub fn vraag(&mut self) -> bool {
        let start = self.stand == Laadstand::Bezig && !self.gevraagd;
        self.gevraagd |= start;
        start
    }

    /// The fetch ended.
    pub fn klaar(&mut self, gelukt: bool) {
        self.stand = if gelukt {
            Laadstand::Klaar
        } else {
            Laadstand::Mislukt
        };
        self.gevraagd = false;
    }

    /// "Opnieuw proberen": true when a new fetch should start.
    pub fn opnieuw(&mut self) -> bool {
        if self.stand != Laadstand::Mislukt {
            return false;
        }
        self.stand = Laadstand::Bezig;
        self.vraag()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn een_bestand_is_er_meteen_en_wordt_nooit_gehaald() {
        let mut l = Laden::nieuw(false);
        assert_eq!(l.stand(), Laadstand::Klaar);
        assert!(!l.vraag());
        assert!(!l.opnieuw());
    }

    #[test]
    fn het_tweede_bestand_wordt_een_keer_gehaald() {
        let mut l = Laden::nieuw(true);
        assert_eq!(l.stand(), Laadstand::Bezig);
        assert!(l.vraag(), "the first request starts the fetch");
        assert!(
            !l.vraag(),
            "a page asking while it is on its way starts no second one"
        );
        l.klaar(true);
        assert_eq!(l.stand(), Laadstand::Klaar);
        assert!(!l.vraag());
        assert!(!l.opnieuw(), "nothing to try again");
    }

    #[test]
    fn na_een_mislukking_alleen_op_verzoek_opnieuw() {
        let mut l = Laden::nieuw(true);
        assert!(l.vraag());
        l.klaar(false);
        assert_eq!(l.stand(), Laadstand::Mislukt);
        // Pages drawn again (every route change asks) do not keep fetching on their own.
        assert!(!l.vraag());
        assert!(l.opnieuw(), "the button starts a new fetch");
        assert_eq!(l.stand(), Laadstand::Bezig);
        assert!(!l.opnieuw(), "pressed twice: still one fetch");
        assert!(!l.vraag());
        l.klaar(true);
        assert_eq!(l.stand(), Laadstand::Klaar);
    }
}
