//! Reading stored JSON into a type: always through `serde_json::Value`, and objects only as
//! objects.
//!
//! Worksheets must be read through a `Value` (the migrations work on it), so that reader is in
//! the wasm anyway. Reading the index, the settings, the bin and the rest straight from the
//! text added a second, text-parsing copy of their deserialisers (issue 14: about 9 KB of wasm,
//! 2 KB with brotli). The cost is one `Value` in between: for an index of 500 worksheets about
//! 0.25 ms more at start-up (native, `cargo bench --bench opstart`).
//!
//! [`Objecten`] passes a `Value` on to serde as `serde_json` does, but a struct is only read
//! from a JSON object. `serde_json` also accepts a struct written as an array of its fields in
//! order, so every derived struct carried a second reader for that; the app never writes one
//! (issue 14). Such an array is now refused as the wrong type, like any other.
//!
//! One more difference with `serde_json::from_str`: a field given twice keeps its last value
//! instead of making the whole value unreadable. The app never writes such JSON either. Enums go
//! to serde_json's own reader (stored enums are unit variants only), tuples are not checked for
//! extra elements (none is stored), and errors carry no line and column (a stored value is one
//! line).

use serde::de::value::StringDeserializer;
use serde::de::{
    DeserializeOwned, DeserializeSeed, Deserializer, Error as _, IntoDeserializer, MapAccess,
    SeqAccess, Unexpected, Visitor,
};
use serde::forward_to_deserialize_any;
use serde_json::{Error, Map, Value};

/// Parses `raw` as JSON and reads it as a `T`.
pub fn lees<T: DeserializeOwned>(raw: &str) -> serde_json::Result<T> {
    uit_waarde(serde_json::from_str(raw)?)
}

/// Reads an already parsed `Value` as a `T` (in place of `serde_json::from_value`).
pub fn uit_waarde<T: DeserializeOwned>(waarde: Value) -> serde_json::Result<T> {
    T::deserialize(Objecten(waarde))
}

/// A `Value` handed to serde, structs only from objects (see the module).
struct Objecten(Value);

/// What serde calls the value in its "invalid type" message, as `serde_json` says it.
fn soort(waarde: &Value) -> Unexpected<'_> {
    match waarde {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

impl<'de> Deserializer<'de> for Objecten {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Array(lijst) => v.visit_seq(Reeks(lijst.into_iter())),
            Value::Object(velden) => v.visit_map(Velden::new(velden)),
            anders => anders.deserialize_any(v),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => v.visit_none(),
            anders => v.visit_some(Objecten(anders)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _naam: &'static str,
        _velden: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Value::Object(velden) => v.visit_map(Velden::new(velden)),
            anders => Err(Error::invalid_type(soort(&anders), &v)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _naam: &'static str,
        v: V,
    ) -> Result<V::Value, Error> {
        v.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        naam: &'static str,
        varianten: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        self.0.deserialize_enum(naam, varianten, v)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.0.deserialize_ignored_any(v)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map identifier
    }
}

/// The elements of an array, each again as [`Objecten`].
struct Reeks(std::vec::IntoIter<Value>);

impl<'de> SeqAccess<'de> for Reeks {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.0
            .next()
            .map(|w| seed.deserialize(Objecten(w)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

/// The fields of an object: keys as strings, values again as [`Objecten`].
struct Velden {
    velden: <Map<String, Value> as IntoIterator>::IntoIter,
    waarde: Option<Value>,
}

impl Velden {
    fn new(velden: Map<String, Value>) -> Velden {
        Velden {
            velden: velden.into_iter(),
            waarde: None,
        }
    }
}

impl<'de> MapAccess<'de> for Velden {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.velden.next() {
            Some((sleutel, waarde)) => {
                self.waarde = Some(waarde);
                let sleutel: StringDeserializer<Error> = sleutel.into_deserializer();
                seed.deserialize(sleutel).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, Error> {
        match self.waarde.take() {
            Some(w) => seed.deserialize(Objecten(w)),
            None => Err(Error::custom("value is missing")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.velden.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Proef {
        a: u32,
        #[serde(default)]
        b: Option<String>,
        #[serde(default)]
        c: Vec<Binnen>,
    }

    #[derive(serde::Deserialize, Debug, PartialEq, Default)]
    #[serde(default)]
    struct Binnen {
        x: Option<bool>,
    }

    #[test]
    fn leest_zoals_from_str() {
        assert_eq!(
            lees::<Proef>(r#"{"a":1,"b":"x","c":[{"x":true},{}],"d":[1,{"e":2}]}"#).unwrap(),
            Proef {
                a: 1,
                b: Some("x".into()),
                c: vec![Binnen { x: Some(true) }, Binnen { x: None }],
            }
        );
        assert!(lees::<Proef>(r#"{"b":"x"}"#).is_err());
        assert!(lees::<Proef>("{kapot").is_err());
        assert!(lees::<Proef>(r#"{"a":1} x"#).is_err());
        assert!(lees::<Proef>(r#"{"a":-1}"#).is_err());
        assert!(lees::<Proef>(r#"{"a":1,"b":null}"#).unwrap().b.is_none());
        // The same message as serde_json gives for a wrong type.
        let fout = lees::<Proef>(r#"{"a":"1"}"#).unwrap_err().to_string();
        let verwacht = serde_json::from_str::<Proef>(r#"{"a":"1"}"#)
            .unwrap_err()
            .to_string();
        assert!(verwacht.starts_with(&fout), "{fout} / {verwacht}");
    }

    #[test]
    fn een_struct_alleen_als_object() {
        let fout = lees::<Proef>(r#"[1, "x"]"#).unwrap_err().to_string();
        assert_eq!(fout, "invalid type: sequence, expected struct Proef");
        let fout = lees::<Proef>(r#"{"a":1,"c":[[true]]}"#)
            .unwrap_err()
            .to_string();
        assert_eq!(fout, "invalid type: sequence, expected struct Binnen");
    }
}
