//! Help texts in plain Dutch (B1), written from the method "Van Kijken naar Zien".
//! The questions themselves live in `thema.rs` in the method's own words; this file explains them.

use super::thema::ThemaId;

/// Why a theme question matters, with short examples from the source's interactions.
pub struct ThemaUitleg {
    /// "Waarom belangrijk?": a few sentences, plain language.
    pub waarom: &'static str,
    /// What to look for while watching the recording.
    pub kijkvraag: &'static str,
    /// Short retellings of what happened in the source's interactions.
    pub voorbeelden: &'static [Voorbeeld],
}

/// One illustrative interaction from the source.
pub struct Voorbeeld {
    /// Number of the interaction in the source (1–13).
    pub interactie: u8,
    pub tekst: &'static str,
}

/// The help for one theme question.
pub fn thema(id: ThemaId) -> &'static ThemaUitleg {
    match id {
        _ => &PLACEHOLDER,
    }
}

static PLACEHOLDER: ThemaUitleg = ThemaUitleg {
    waarom: "Deze uitleg wordt nog geschreven. Deze uitleg wordt nog geschreven. Deze uitleg wordt nog geschreven.",
    kijkvraag: "",
    voorbeelden: &[],
};
