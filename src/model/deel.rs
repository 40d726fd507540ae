//! How much of a long list the overview draws (`Deel`): in steps of 25, and per trajectory
//! in whole groups. Pure, so the steps are tested natively; the overview only shows them.

/// How much of a long list the overview draws: the newest [`Deel::STAP`] worksheets, and more
/// on request. Drawing 500 rows at start-up made the first screen wait for rows nobody scrolls
/// to (25 rows are five screens on a laptop; each costs about 0.2 ms to draw); search and the
/// filters reach every worksheet either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deel {
    grens: usize,
}

impl Default for Deel {
    fn default() -> Self {
        Deel { grens: Deel::STAP }
    }
}

impl Deel {
    /// Rows drawn at first, and added per "Toon meer".
    pub const STAP: usize = 25;

    /// How many of `totaal` rows are shown.
    pub fn getoond(&self, totaal: usize) -> usize {
        totaal.min(self.grens)
    }

    /// How many more a click on "Toon meer" adds; 0 when everything is shown.
    pub fn volgende(&self, totaal: usize) -> usize {
        totaal.saturating_sub(self.grens).min(Deel::STAP)
    }

    /// Shows the next step.
    pub fn meer(&mut self) {
        self.grens += Deel::STAP;
    }

    /// How many groups of a grouped list (their sizes, in the order shown) are drawn: whole
    /// groups, until at least as many rows as [`Deel::getoond`] allows are drawn. A group is
    /// never cut in two, so its heading ("3 gesprekken") always matches the rows under it.
    pub fn groepen_getoond(&self, groottes: &[usize]) -> usize {
        let mut rijen = 0;
        groottes
            .iter()
            .take_while(|&&n| {
                let verder = rijen < self.grens;
                rijen += n;
                verder
            })
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn een_lange_lijst_komt_in_stappen() {
        let mut d = Deel::default();
        assert_eq!((d.getoond(0), d.volgende(0)), (0, 0));
        assert_eq!((d.getoond(25), d.volgende(25)), (25, 0));
        assert_eq!((d.getoond(500), d.volgende(500)), (25, 25));
        d.meer();
        assert_eq!((d.getoond(500), d.volgende(500)), (50, 25));
        assert_eq!((d.getoond(60), d.volgende(60)), (50, 10));
        d.meer();
        assert_eq!((d.getoond(60), d.volgende(60)), (60, 0));
        // Fewer results after a search: all of them, no button.
        assert_eq!((d.getoond(7), d.volgende(7)), (7, 0));
    }

    #[test]
    fn groepen_komen_heel_en_in_stappen() {
        let mut d = Deel::default();
        assert_eq!(d.groepen_getoond(&[]), 0);
        assert_eq!(d.groepen_getoond(&[3, 4]), 2);
        // 10 + 10 = 20 rows: not yet 25, so the third group comes too, whole.
        assert_eq!(d.groepen_getoond(&[10, 10, 10, 10]), 3);
        assert_eq!(d.groepen_getoond(&[25, 1]), 1);
        // One long trajectory is shown whole.
        assert_eq!(d.groepen_getoond(&[40, 2, 2]), 1);
        d.meer();
        assert_eq!(d.groepen_getoond(&[40, 2, 2]), 3);
        assert_eq!(d.groepen_getoond(&[40, 20, 2]), 2);
        assert_eq!(d.groepen_getoond(&[10, 10, 10, 10, 10, 10]), 5);
    }
}
