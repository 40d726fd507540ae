//! Which of the method's tips (`uitleg::VOORNEMEN_TIPS`) belong to which theme question, so
//! each theme's help can offer the ones that help with it. Drawn from the interactions the
//! source gives for each tip and for each question (see `shared/werkblad.md`).

use super::thema::ThemaId;
use super::uitleg::VOORNEMEN_TIPS;

/// The tips for one theme question, as positions in [`VOORNEMEN_TIPS`].
fn nummers(thema: ThemaId) -> &'static [u8] {
    match thema {
        ThemaId::Emotie => &[3, 5],
        ThemaId::Weerstand => &[6, 12, 4],
        ThemaId::Feedback => &[15, 14, 7],
        ThemaId::Resultaten => &[14, 10, 15, 9],
        ThemaId::Echtheid => &[5, 10, 6],
        ThemaId::Beleving => &[3, 2, 13],
        ThemaId::DoelHelder => &[1, 12, 11],
        ThemaId::Agenda => &[0, 9],
        ThemaId::Metacommunicatie => &[8, 1, 4],
        ThemaId::Beurten => &[2, 6, 7],
        ThemaId::Interventielogica => &[11, 13],
    }
}

/// The tips that belong to a theme question, most fitting first.
pub fn bij_thema(thema: ThemaId) -> impl Iterator<Item = &'static str> {
    nummers(thema)
        .iter()
        .map(|&n| VOORNEMEN_TIPS[usize::from(n)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elk_thema_heeft_tips_en_elke_tip_een_thema() {
        let mut gebruikt = vec![false; VOORNEMEN_TIPS.len()];
        for t in ThemaId::ALLE {
            let n = nummers(t);
            assert!(!n.is_empty(), "{} heeft geen tips", t.code());
            for &i in n {
                assert!(usize::from(i) < VOORNEMEN_TIPS.len());
                assert_eq!(
                    n.iter().filter(|&&j| j == i).count(),
                    1,
                    "dubbel bij {}",
                    t.code()
                );
                gebruikt[usize::from(i)] = true;
            }
            assert_eq!(bij_thema(t).count(), n.len());
        }
        assert!(
            gebruikt.iter().all(|&g| g),
            "een tip hoort bij geen enkel thema"
        );
        assert!(bij_thema(ThemaId::Agenda)
            .next()
            .unwrap()
            .contains("agenda"));
    }
}
