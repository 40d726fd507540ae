//! Thin browser glue for the recording: an object URL for a chosen or dropped file, the media
//! element's controls and state, and where the theme questions are on screen.
//!
//! A recording is never read: the object URL lets the media element stream it from the device,
//! so a 2 GB file opens as fast as a small one and nothing of it reaches memory, storage or the
//! network.

use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, HtmlInputElement, HtmlMediaElement};

use crate::model::opname::OpenFout;

/// An object URL for a file: the browser reads from the file itself, on demand.
pub fn maak_url(bestand: &File) -> Option<String> {
    web_sys::Url::create_object_url_with_blob(bestand).ok()
}

/// Releases an object URL (when the worksheet closes or another file is opened).
pub fn trek_in(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

/// Name, size and MIME type of a file (never its content).
pub fn gegevens(bestand: &File) -> (String, u64, String) {
    (bestand.name(), bestand.size() as u64, bestand.type_())
}

/// Opens the browser's file chooser for one file, with an input that is never part of the page
/// (so there is no unlabelled field); `klaar` gets the chosen file. Nothing happens when the
/// user cancels.
pub fn kies_bestand(accept: &str, klaar: impl Fn(Result<Option<File>, OpenFout>) + 'static) {
    let Some(input) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("input").ok())
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    input.set_type("file");
    input.set_accept(accept);
    let bij_keuze =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            klaar(gekozen(&ev))
        });
    input.set_onchange(Some(bij_keuze.as_ref().unchecked_ref()));
    // The input lives as long as the chooser may answer; one small closure per choice.
    bij_keuze.forget();
    input.click();
}

/// The one file chosen in a file input. `Ok(None)`: nothing chosen.
fn gekozen(ev: &web_sys::Event) -> Result<Option<File>, OpenFout> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return Ok(None);
    };
    match input.files() {
        Some(l) if l.length() > 1 => Err(OpenFout::Meerdere(l.length() as usize)),
        Some(l) => Ok(l.get(0)),
        None => Ok(None),
    }
}

/// Whether a drag carries files (not text being dragged between fields).
pub fn sleept_bestanden(ev: &DragEvent) -> bool {
    ev.data_transfer()
        .map(|dt| dt.types().includes(&"Files".into(), 0))
        .unwrap_or(false)
}

/// The one file of a drop. Several files or a folder give one error and open nothing.
/// `Ok(None)`: the drop held no files.
pub fn gedropt(ev: &DragEvent) -> Result<Option<File>, OpenFout> {
    let Some(dt) = ev.data_transfer() else {
        return Ok(None);
    };
    let items = dt.items();
    let mut bestanden = 0;
    for i in 0..items.length() {
        let Some(item) = items.get(i) else { continue };
        if item.kind() != "file" {
            continue;
        }
        bestanden += 1;
        // A folder arrives as a "file" item whose entry is a directory.
        if let Ok(Some(entry)) = item.webkit_get_as_entry() {
            if entry.is_directory() {
                return Err(OpenFout::Map);
            }
        }
    }
    let lijst = dt.files();
    let n = lijst.as_ref().map_or(0, |l| l.length()).max(bestanden);
    if n > 1 {
        return Err(OpenFout::Meerdere(n as usize));
    }
    Ok(lijst.and_then(|l| l.get(0)))
}

/// What happened to the media element, from its events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gebeurtenis {
    /// `loadedmetadata`: the duration is known.
    Metadata,
    /// `loadeddata`: the first frame (or sound) is there.
    Klaar,
    /// `error`.
    Fout,
    /// Position, playing or speed changed.
    Verandering,
}

const GEBEURTENISSEN: [(&str, Gebeurtenis); 8] = [
    ("loadedmetadata", Gebeurtenis::Metadata),
    ("loadeddata", Gebeurtenis::Klaar),
    ("error", Gebeurtenis::Fout),
    ("timeupdate", Gebeurtenis::Verandering),
    ("play", Gebeurtenis::Verandering),
    ("pause", Gebeurtenis::Verandering),
    ("seeked", Gebeurtenis::Verandering),
    ("ratechange", Gebeurtenis::Verandering),
];

/// Follows the element's events with one listener (one closure instead of one per event keeps
/// the wasm small). It lives as long as the element: events can still arrive after the editor
/// closed, so it is never freed (one small closure per opened worksheet).
pub fn volg(el: &HtmlMediaElement, f: impl Fn(Gebeurtenis) + 'static) {
    let luister =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let soort = ev.type_();
            if let Some((_, g)) = GEBEURTENISSEN.iter().find(|(n, _)| *n == soort) {
                f(*g)
            }
        });
    for (naam, _) in GEBEURTENISSEN {
        let _ = el.add_event_listener_with_callback(naam, luister.as_ref().unchecked_ref());
    }
    luister.forget();
}

/// What the media element says about itself.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stand {
    pub tijd: f64,
    /// `None` while unknown (and for streams without an end).
    pub duur: Option<f64>,
    pub speelt: bool,
    /// True when the recording has pictures (not audio only).
    pub beeld: bool,
}

/// Reads the element's position, duration and whether it plays.
pub fn stand(el: &HtmlMediaElement) -> Stand {
    let duur = el.duration();
    let beeld = el
        .dyn_ref::<web_sys::HtmlVideoElement>()
        .is_some_and(|v| v.video_width() > 0);
    Stand {
        tijd: el.current_time(),
        duur: (duur.is_finite() && duur > 0.0).then_some(duur),
        speelt: !el.paused(),
        beeld,
    }
}

/// After an `error` event: true when the file cannot be decoded or is not supported (not when
/// loading was merely aborted, as when another file is opened).
pub fn onafspeelbaar(el: &HtmlMediaElement) -> bool {
    el.error().is_some_and(|e| {
        matches!(
            e.code(),
            web_sys::MediaError::MEDIA_ERR_DECODE
                | web_sys::MediaError::MEDIA_ERR_SRC_NOT_SUPPORTED
        )
    })
}

/// Starts playing. The browser may refuse (autoplay rules); the paused state then stays true
/// and the button still says "Afspelen", so the rejection needs no handling beyond catching it.
pub fn speel(el: &HtmlMediaElement) {
    if let Ok(belofte) = el.play() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(belofte).await;
        });
    }
}

/// Pauses.
pub fn pauzeer(el: &HtmlMediaElement) {
    let _ = el.pause();
}

/// Jumps to a position in seconds.
pub fn zoek(el: &HtmlMediaElement, seconden: f64) {
    el.set_current_time(seconden);
}

/// Sets the playback speed.
pub fn zet_snelheid(el: &HtmlMediaElement, snelheid: f64) {
    el.set_playback_rate(snelheid);
}

/// Where each element is on screen, as (top, bottom) in viewport pixels (missing ones far
/// below), and the window's height.
pub fn posities(ids: &[String]) -> (Vec<(f64, f64)>, f64) {
    let Some(w) = web_sys::window() else {
        return (Vec::new(), 0.0);
    };
    let doc = w.document();
    let hoogte = w
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let lijst = ids
        .iter()
        .map(
            |id| match doc.as_ref().and_then(|d| d.get_element_by_id(id)) {
                Some(el) => {
                    let r = el.get_bounding_client_rect();
                    (r.top(), r.bottom())
                }
                None => (f64::MAX, f64::MAX),
            },
        )
        .collect();
    (lijst, hoogte)
}
