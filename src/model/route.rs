//! Hash routes, so that every worksheet has its own URL on any static host.

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// All worksheets, newest first.
    Overzicht,
    /// One worksheet in the editor.
    Werkblad(String),
    /// The print view of one worksheet.
    Afdrukken(String),
    /// A blank worksheet to print and fill in on paper.
    LeegAfdrukken,
    /// What is stored where, and what never leaves the device.
    Privacy,
    /// The accessibility statement.
    Toegankelijkheid,
    /// The trajectory (all worksheets with the same label) of the worksheet with this id.
    Traject(String),
    /// "Mijn ontwikkeling": my answers, intentions and the client scores over time.
    Ontwikkeling,
}

impl Route {
    /// Reads a `location.hash` such as `#/werkblad/wb-1`. Unknown hashes go to the overview.
    pub fn uit_hash(hash: &str) -> Route {
        let pad = hash.trim_start_matches('#').trim_start_matches('/');
        let delen: Vec<&str> = pad.split('/').filter(|d| !d.is_empty()).collect();
        match delen[..] {
            ["werkblad", id] if geldig_id(id) => Route::Werkblad(id.to_string()),
            ["werkblad", id, "afdrukken"] if geldig_id(id) => Route::Afdrukken(id.to_string()),
            ["leeg-werkblad"] => Route::LeegAfdrukken,
            ["privacy"] => Route::Privacy,
            ["toegankelijkheid"] => Route::Toegankelijkheid,
            ["traject", id] if geldig_id(id) => Route::Traject(id.to_string()),
            ["ontwikkeling"] => Route::Ontwikkeling,
            _ => Route::Overzicht,
        }
    }

    /// The hash for this route, inverse of [`Route::uit_hash`].
    pub fn hash(&self) -> String {
        match self {
            Route::Overzicht => "#/".to_string(),
            Route::Werkblad(id) => format!("#/werkblad/{id}"),
            Route::Afdrukken(id) => format!("#/werkblad/{id}/afdrukken"),
            Route::LeegAfdrukken => "#/leeg-werkblad".to_string(),
            Route::Privacy => "#/privacy".to_string(),
            Route::Toegankelijkheid => "#/toegankelijkheid".to_string(),
            Route::Traject(id) => format!("#/traject/{id}"),
            Route::Ontwikkeling => "#/ontwikkeling".to_string(),
        }
    }
}

/// Ids are ours (`wb-…`); anything else in a URL is not trusted as a storage key.
pub fn geldig_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heen_en_terug() {
        for r in [
            Route::Overzicht,
            Route::Werkblad("wb-abc-1".into()),
            Route::Afdrukken("wb-abc-1".into()),
            Route::LeegAfdrukken,
            Route::Privacy,
            Route::Toegankelijkheid,
            Route::Traject("wb-abc-1".into()),
            Route::Ontwikkeling,
        ] {
            assert_eq!(Route::uit_hash(&r.hash()), r);
        }
    }

    #[test]
    fn onbekend_of_onveilig_naar_overzicht() {
        for h in [
            "",
            "#",
            "#/",
            "#/onzin",
            "#/werkblad/",
            "#/werkblad/a.b",
            "#/werkblad/<script>",
            "#/traject/",
            "#/traject/a b",
        ] {
            assert_eq!(Route::uit_hash(h), Route::Overzicht, "{h}");
        }
        assert_eq!(
            Route::uit_hash(&format!("#/werkblad/{}", "a".repeat(65))),
            Route::Overzicht
        );
    }
}
