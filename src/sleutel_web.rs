//! The browser's half of the passphrase lock: PBKDF2 in WebCrypto, and random bytes.
//!
//! WebCrypto runs PBKDF2 natively, many times faster than the same loop in wasm, so unlocking
//! at 600,000 rounds takes a fraction of a second. It gives the same key as
//! [`crate::repo::slot::leid_sleutel_af`] (checked in `tests/slot_web.rs`); encryption itself
//! stays in Rust, because the [`crate::repo::Opslag`] trait is synchronous and WebCrypto is not.
//!
//! `crypto.subtle` exists only in a secure context (https, or localhost): where it is missing,
//! [`leid_sleutel_af_webcrypto`] says so and the pure-Rust derivation is the fallback.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::repo::slot::Sleutel;

fn js_fout(wat: &str, e: JsValue) -> String {
    let naam = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_default();
    format!("{wat}: {naam}")
}

fn crypto() -> Result<web_sys::Crypto, String> {
    web_sys::window()
        .ok_or_else(|| "geen window".to_string())?
        .crypto()
        .map_err(|e| js_fout("window.crypto", e))
}

/// Whether this browser can derive keys with WebCrypto (a secure context).
pub fn webcrypto_beschikbaar() -> bool {
    crypto().is_ok_and(|c| {
        js_sys::Reflect::get(&c, &JsValue::from_str("subtle")).is_ok_and(|s| s.is_object())
    })
}

/// Derives the lock's key with WebCrypto: `importKey("raw", passphrase, "PBKDF2")`, then
/// `deriveBits({name: "PBKDF2", hash: "SHA-256", salt, iterations}, key, 256)`.
pub async fn leid_sleutel_af_webcrypto(
    wachtwoord: &str,
    zout: &[u8; 16],
    iteraties: u32,
) -> Result<Sleutel, String> {
    if !webcrypto_beschikbaar() {
        return Err("crypto.subtle ontbreekt (geen beveiligde verbinding)".into());
    }
    let subtle = crypto()?.subtle();
    // A JS copy of the passphrase bytes, overwritten as soon as WebCrypto has it. The
    // passphrase itself is a JS string in the input field anyway; this only avoids one more
    // copy lingering in the heap.
    let ww = js_sys::Uint8Array::from(wachtwoord.as_bytes());
    let gebruik = js_sys::Array::of1(&JsValue::from_str("deriveBits"));
    let importeren = subtle.import_key_with_str("raw", &ww, "PBKDF2", false, &gebruik);
    ww.fill(0, 0, ww.length());
    let basis: web_sys::CryptoKey =
        JsFuture::from(importeren.map_err(|e| js_fout("importKey", e))?)
            .await
            .map_err(|e| js_fout("importKey", e))?
            .unchecked_into();

    let params = web_sys::Pbkdf2Params::new(
        "PBKDF2",
        &JsValue::from_str("SHA-256"),
        iteraties,
        &js_sys::Uint8Array::from(&zout[..]),
    );
    let bits = JsFuture::from(
        subtle
            .derive_bits_with_object(&params, &basis, 256)
            .map_err(|e| js_fout("deriveBits", e))?,
    )
    .await
    .map_err(|e| js_fout("deriveBits", e))?;
    let bits = js_sys::Uint8Array::new(&bits);
    if bits.length() != 32 {
        return Err(format!("deriveBits gaf {} bytes", bits.length()));
    }
    let sleutel = Sleutel::vul(|bytes| bits.copy_to(bytes));
    bits.fill(0, 0, 32);
    Ok(sleutel)
}

/// `N` random bytes from `crypto.getRandomValues`: for IVs (12) and salts (16).
///
/// # Panics
/// Only when the browser has no `crypto.getRandomValues`, which every browser that runs
/// WebAssembly has. There is no weaker fallback on purpose.
pub fn willekeurige_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    crypto()
        .and_then(|c| {
            c.get_random_values_with_u8_array(&mut bytes)
                .map_err(|e| js_fout("getRandomValues", e))
        })
        .expect("crypto.getRandomValues is in every browser that runs wasm");
    bytes
}

/// The IV source for [`crate::repo::VersleuteldeOpslag`] and [`crate::repo::slot::zet_aan`].
pub fn iv_bron() -> crate::repo::slot::IvBron {
    Box::new(willekeurige_bytes::<12>)
}
