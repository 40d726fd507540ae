//! Reading stored JSON into a type: always through `serde_json::Value`.
//!
//! Worksheets must be read through a `Value` (the migrations work on it), so that reader is in
//! the wasm anyway. Reading the index, the settings, the bin and the rest straight from the
//! text added a second, text-parsing copy of their deserialisers (issue 14: about 9 KB of wasm,
//! 2 KB with brotli). The cost is one `Value` in between: for an index of 500 worksheets about
//! 0.25 ms more at start-up (native, `cargo bench --bench opstart`).
//!
//! One difference with `serde_json::from_str`: a field given twice keeps its last value instead
//! of making the whole value unreadable. The app never writes such JSON.

use serde::de::DeserializeOwned;

/// Parses `raw` as JSON and reads it as a `T`.
pub fn lees<T: DeserializeOwned>(raw: &str) -> serde_json::Result<T> {
    serde_json::from_value(serde_json::from_str(raw)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Proef {
        a: u32,
        #[serde(default)]
        b: Option<String>,
    }

    #[test]
    fn leest_zoals_from_str() {
        assert_eq!(
            lees::<Proef>(r#"{"a":1,"b":"x","c":[1]}"#).unwrap(),
            Proef {
                a: 1,
                b: Some("x".into())
            }
        );
        assert!(lees::<Proef>(r#"{"b":"x"}"#).is_err());
        assert!(lees::<Proef>("{kapot").is_err());
        assert!(lees::<Proef>(r#"{"a":1} x"#).is_err());
        assert!(lees::<Proef>(r#"{"a":-1}"#).is_err());
    }
}
