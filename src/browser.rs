//! Thin browser glue: clock, randomness, URL hash, focus, download, print, clipboard.
//! Kept in one place so components stay free of `web_sys` calls.

use wasm_bindgen::{JsCast, JsValue};

fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a browser window")
}

/// Milliseconds since the epoch.
pub fn nu_ms() -> f64 {
    js_sys::Date::now()
}

/// A random number in [0, 1), for ids (no `getrandom` needed).
pub fn willekeurig() -> f64 {
    js_sys::Math::random()
}

/// The local calendar date and time of a moment (ms since the epoch), as
/// `(jaar, maand, dag, uur, minuut)`: the one place the browser's time zone is read.
pub fn lokale_tijd(ms: f64) -> (u32, u32, u32, u32, u32) {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    (
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
    )
}

/// Today's local date as ISO `yyyy-mm-dd`.
pub fn vandaag_iso() -> String {
    let (j, m, d, _, _) = lokale_tijd(nu_ms());
    format!("{j:04}-{m:02}-{d:02}")
}

/// Now as an ISO timestamp in UTC, for `exported_at`.
pub fn nu_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// The current `location.hash`.
pub fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Navigates by setting the hash (adds a history entry, so Back works).
pub fn zet_hash(hash: &str) {
    let _ = window().location().set_hash(hash);
}

/// Moves keyboard focus to an element (and so scrolls to it). Headings get `tabindex="-1"`.
pub fn focus(id: &str) {
    if let Some(el) = window().document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Offers `inhoud` as a file download; nothing leaves the device.
pub fn download(bestandsnaam: &str, inhoud: &str, mime: &str) -> Result<(), String> {
    let delen = js_sys::Array::of1(&JsValue::from_str(inhoud));
    let opties = web_sys::BlobPropertyBag::new();
    opties.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&delen, &opties)
        .map_err(|_| "Het bestand kon niet worden gemaakt.".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "Het bestand kon niet worden gemaakt.".to_string())?;
    let document = window().document().expect("document");
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "Downloaden lukt niet.".to_string())?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(bestandsnaam);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Opens the browser's print dialog.
pub fn afdrukken() {
    let _ = window().print();
}

/// Sets the running head that `@page` in main.css prints on every page (`--paginakop`), or
/// removes it. `css` is a CSS string such as [`Afdruk::paginakop_css`] makes. Through the CSSOM,
/// which the CSP allows where it blocks a `style` attribute.
///
/// [`Afdruk::paginakop_css`]: crate::model::samenvatting::Afdruk::paginakop_css
pub fn zet_paginakop(css: Option<&str>) {
    let Some(root) = window()
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let stijl = root.style();
    let _ = match css {
        Some(css) => stijl.set_property("--paginakop", css),
        None => stijl.remove_property("--paginakop").map(|_| ()),
    };
}

/// Copies text to the clipboard; `false` when the browser refused (no permission, no
/// secure context).
pub async fn kopieer(tekst: &str) -> bool {
    let belofte = window().navigator().clipboard().write_text(tekst);
    wasm_bindgen_futures::JsFuture::from(belofte).await.is_ok()
}

/// The element that has keyboard focus now, to give it back later.
pub fn actief_element() -> Option<web_sys::HtmlElement> {
    window().document()?.active_element()?.dyn_into().ok()
}

/// Sets the document title (each screen has its own, for tabs and screen readers).
pub fn zet_titel(titel: &str) {
    if let Some(d) = window().document() {
        d.set_title(titel);
    }
}

/// Reads a chosen file as text. Refuses files over `max` bytes before reading them.
pub async fn lees_bestand(bestand: web_sys::File, max: usize) -> Result<String, LeesBestandFout> {
    let grootte = bestand.size();
    if grootte > max as f64 {
        return Err(LeesBestandFout::TeGroot(grootte as u64));
    }
    let tekst = wasm_bindgen_futures::JsFuture::from(bestand.text())
        .await
        .map_err(|_| LeesBestandFout::Onleesbaar)?;
    tekst.as_string().ok_or(LeesBestandFout::Onleesbaar)
}

/// Why a chosen file could not be read.
pub enum LeesBestandFout {
    /// Larger than allowed; the size in bytes.
    TeGroot(u64),
    /// The browser could not read it.
    Onleesbaar,
}

/// Asks the browser to keep our data even when disk space runs low
/// (`navigator.storage.persist()`). `None` when the browser cannot say.
pub async fn vraag_blijvende_opslag() -> Option<bool> {
    let storage = window().navigator().storage();
    // Older browsers lack the API: calling it would throw.
    if !js_sys::Reflect::has(&storage, &JsValue::from_str("persist")).unwrap_or(false) {
        return None;
    }
    let belofte = storage.persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(belofte)
        .await
        .ok()?
        .as_bool()
}

/// True on iPhone and iPad Safari outside the home screen: there Safari may delete the data of
/// a site that was not visited for 7 days.
pub fn ios_safari_buiten_beginscherm() -> bool {
    let nav = window().navigator();
    let ua = nav.user_agent().unwrap_or_default();
    let ipad_als_mac = ua.contains("Macintosh") && nav.max_touch_points() > 1;
    let ios = ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod") || ipad_als_mac;
    let beginscherm = js_sys::Reflect::get(&nav, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
        || window()
            .match_media("(display-mode: standalone)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
    ios && !beginscherm
}

/// Fired by boot.js when a new version is installed and waiting.
pub const EVENT_NIEUWE_VERSIE: &str = "werkblad:nieuwe-versie";
/// Asks boot.js to let the waiting version take over (the page then reloads).
pub const EVENT_ACTIVEER_VERSIE: &str = "werkblad:activeer-nieuwe-versie";
/// Fires a plain event on `window`; listeners run before this returns.
pub fn stuur(naam: &str) {
    if let Ok(ev) = web_sys::Event::new(naam) {
        let _ = window().dispatch_event(&ev);
    }
}
