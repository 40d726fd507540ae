//! The recording open beside the worksheet: which file, where it is, whether it plays, and
//! what the buttons and shortcuts do with it. Held by the editor and shared by context; the
//! components only show it.
//!
//! Only the file's name, size and duration reach the worksheet (`gesprek.opname.bestand`).
//! The file itself is played from an object URL, released when the editor closes.

use leptos::prelude::*;
use web_sys::{File, HtmlMediaElement};

use crate::browser;
use crate::media::{self, Gebeurtenis};
use crate::model::opname::{self, BestandSoort, OpenFout, Sneltoets};
use crate::model::sorteer::sorteer_op;
use crate::model::{Moment, OpnameBestand, ThemaId, Tijdcode, Werkblad};
use crate::state::{werkbladen, Bewerking, Werkbladen};

/// The player's state. `Copy`, so closures can hold it freely.
#[derive(Clone, Copy)]
pub struct Speler {
    bw: Bewerking,
    // Taken from context when the player is made: event handlers run without an owner.
    wbs: Werkbladen,
    element: StoredValue<Option<HtmlMediaElement>, LocalStorage>,
    /// The object URL of the open file; `None` when no recording is open.
    pub url: RwSignal<Option<String>>,
    /// Name, size and (once the browser knows it) duration of the open file.
    pub bestand: RwSignal<Option<OpnameBestand>>,
    /// The first frame (or sound) is loaded: the recording can be used.
    pub klaar: RwSignal<bool>,
    pub speelt: RwSignal<bool>,
    /// Position in seconds.
    pub tijd: RwSignal<f64>,
    /// Duration in seconds, when known.
    pub duur: RwSignal<Option<f64>>,
    pub snelheid: RwSignal<f64>,
    /// The recording has pictures (false: audio only, then no video area is shown).
    pub beeld: RwSignal<bool>,
    /// Folded away (on a phone): only the open button and a one-line summary show.
    pub ingeklapt: RwSignal<bool>,
    /// Why the last file was not opened.
    pub fout: RwSignal<Option<String>>,
    /// The chosen file differs from the one opened with this worksheet before: the player
    /// waits until the user confirms (`gebruik_toch`) or closes it.
    pub waarschuwing: RwSignal<Option<String>>,
    /// The theme "Moment nemen" adds to; `None`: the question in view.
    pub gekozen_thema: RwSignal<Option<ThemaId>>,
}

/// The player of the open editor, from context.
pub fn speler() -> Option<Speler> {
    use_context::<Speler>()
}

impl Speler {
    /// A player for the worksheet being edited. Releases the object URL when the calling owner
    /// (the editor) is cleaned up.
    pub fn nieuw(bw: Bewerking) -> Speler {
        let s = Speler {
            bw,
            wbs: werkbladen(),
            element: StoredValue::new_local(None),
            url: RwSignal::new(None),
            bestand: RwSignal::new(None),
            klaar: RwSignal::new(false),
            speelt: RwSignal::new(false),
            tijd: RwSignal::new(0.0),
            duur: RwSignal::new(None),
            snelheid: RwSignal::new(1.0),
            beeld: RwSignal::new(true),
            ingeklapt: RwSignal::new(false),
            fout: RwSignal::new(None),
            waarschuwing: RwSignal::new(None),
            gekozen_thema: RwSignal::new(None),
        };
        on_cleanup(move || s.sluit());
        s
    }

    /// The file remembered with this worksheet (to ask for it again after a reload).
    pub fn onthouden(&self) -> Option<OpnameBestand> {
        self.bw.met(|w| w.gesprek.opname.bestand.clone())
    }

    /// Reads the worksheet, tracked (for views such as the timeline).
    pub fn met_werkblad<U>(&self, f: impl FnOnce(&Werkblad) -> U) -> U {
        self.bw.met(f)
    }

    /// True while a recording is open and confirmed: moments can be taken.
    pub fn open(&self) -> bool {
        self.url.with(Option::is_some) && self.waarschuwing.with(Option::is_none)
    }

    /// Links the media element once it is in the page, and follows what it reports.
    pub fn koppel(&self, el: HtmlMediaElement) {
        let s = *self;
        media::volg(&el, move |g| match g {
            Gebeurtenis::Metadata => s.bij_metadata(),
            Gebeurtenis::Klaar => s.bij_klaar(),
            Gebeurtenis::Fout => s.bij_fout(),
            Gebeurtenis::Verandering => s.bij_verandering(),
        });
        self.element.set_value(Some(el));
    }

    // `try_`: the element's events can still arrive while the editor is being closed.
    fn met_element(&self, f: impl FnOnce(&HtmlMediaElement)) {
        self.element.try_with_value(|e| {
            if let Some(e) = e {
                f(e)
            }
        });
    }

    /// Opens a chosen or dropped file, or says why not. Nothing is stored until the browser
    /// has read the file's duration (see `bij_metadata`).
    pub fn open_bestand(&self, bestand: File) {
        let (naam, grootte, mime) = media::gegevens(&bestand);
        self.fout.set(None);
        if opname::soort_bestand(&naam, &mime) == BestandSoort::GeenOpname {
            self.fout.set(Some(OpenFout::GeenOpname(naam).uitleg()));
            return;
        }
        let Some(url) = media::maak_url(&bestand) else {
            self.fout
                .set(Some(OpenFout::NietAfspeelbaar(naam).uitleg()));
            return;
        };
        self.sluit();
        let nieuw = OpnameBestand {
            naam,
            grootte,
            duur: None,
        };
        self.waarschuwing.set(
            self.bw
                .met_untracked(|w| w.gesprek.opname.bestand.clone())
                .and_then(|oud| opname::waarschuwing(&oud, &nieuw)),
        );
        self.bestand.set(Some(nieuw));
        self.ingeklapt.set(false);
        self.url.set(Some(url));
    }

    /// Shows an error from choosing or dropping (several files, a folder).
    pub fn meld(&self, fout: OpenFout) {
        self.fout.set(Some(fout.uitleg()));
    }

    /// Closes the recording and releases its URL. The worksheet keeps what it remembers.
    pub fn sluit(&self) {
        self.met_element(media::pauzeer);
        if let Some(Some(url)) = self.url.try_get_untracked() {
            // Released a moment later, when the element no longer points at it: revoking a URL
            // the element still reads from would end in an error event about the wrong file.
            set_timeout(
                move || media::trek_in(&url),
                std::time::Duration::from_secs(2),
            );
        }
        let _ = self.url.try_set(None);
        let _ = self.bestand.try_set(None);
        let _ = self.klaar.try_set(false);
        let _ = self.speelt.try_set(false);
        let _ = self.tijd.try_set(0.0);
        let _ = self.duur.try_set(None);
        let _ = self.waarschuwing.try_set(None);
    }

    /// The browser read the duration: remember the file with the worksheet, unless it differs
    /// from the remembered one (then the user is asked first).
    fn bij_metadata(&self) {
        let mut stand = None;
        self.met_element(|e| stand = Some(media::stand(e)));
        let Some(stand) = stand else { return };
        if self.duur.try_set(stand.duur).is_some() {
            return;
        }
        self.beeld.set(stand.beeld);
        let Some(mut b) = self.bestand.get_untracked() else {
            return;
        };
        b.duur = stand.duur;
        self.bestand.set(Some(b.clone()));
        if self.waarschuwing.with_untracked(Option::is_none) {
            let oud = self.bw.met_untracked(|w| w.gesprek.opname.bestand.clone());
            match oud.and_then(|oud| opname::waarschuwing(&oud, &b)) {
                Some(w) => self.waarschuwing.set(Some(w)),
                None => self.onthoud(b),
            }
        }
    }

    /// The user chose to use a file that differs from the remembered one.
    pub fn gebruik_toch(&self) {
        self.waarschuwing.set(None);
        // Before the browser read the file, `bij_metadata` remembers it once it has.
        if let Some(b) = self.bestand.get_untracked() {
            if b.duur.is_some() || self.klaar.get_untracked() {
                self.onthoud(b);
            }
        }
    }

    fn onthoud(&self, b: OpnameBestand) {
        if self
            .bw
            .met_untracked(|w| w.gesprek.opname.bestand.as_ref() != Some(&b))
        {
            self.bw.wijzig(|w| {
                w.gesprek.opname.bestand = Some(b);
                w.gesprek.video.get_or_insert(true);
            });
        }
    }

    /// The first frame is there.
    fn bij_klaar(&self) {
        let _ = self.klaar.try_set(true);
    }

    /// The element could not play the file: say so, open nothing, change nothing.
    fn bij_fout(&self) {
        let mut kapot = false;
        self.met_element(|e| kapot = media::onafspeelbaar(e));
        if !kapot {
            return;
        }
        let naam = self
            .bestand
            .try_with_untracked(|b| b.as_ref().map(|b| b.naam.clone()))
            .flatten();
        if let Some(naam) = naam {
            self.sluit();
            self.fout
                .set(Some(OpenFout::NietAfspeelbaar(naam).uitleg()));
        }
    }

    /// Follows the element: position, playing, speed.
    fn bij_verandering(&self) {
        let mut stand = None;
        let mut snelheid = 1.0;
        self.met_element(|e| {
            stand = Some(media::stand(e));
            snelheid = e.playback_rate();
        });
        if let Some(s) = stand {
            let _ = self.tijd.try_set(s.tijd);
            let _ = self.speelt.try_set(s.speelt);
            let _ = self.snelheid.try_set(snelheid);
        }
    }

    /// Play or pause.
    pub fn speel_pauze(&self) {
        if !self.open() {
            return;
        }
        let speelt = self.speelt.get_untracked();
        self.met_element(|e| {
            if speelt {
                media::pauzeer(e)
            } else {
                media::speel(e)
            }
        });
    }

    /// 5 s back (negative) or forward.
    pub fn spring(&self, delta: f64) {
        let duur = self.duur.get_untracked();
        self.met_element(|e| media::zoek(e, opname::stap(e.current_time(), delta, duur)));
        self.bij_verandering();
    }

    /// Jumps to a position in seconds.
    pub fn zoek(&self, seconden: f64) {
        self.met_element(|e| media::zoek(e, seconden));
        self.bij_verandering();
    }

    /// A moment's button: a little before the moment, and play.
    pub fn naar_moment(&self, t: Tijdcode) {
        if !self.open() {
            return;
        }
        self.met_element(|e| {
            media::zoek(e, opname::zoekpunt(t));
            media::speel(e);
        });
        self.bij_verandering();
    }

    /// Sets the speed.
    pub fn zet_snelheid(&self, snelheid: f64) {
        self.met_element(|e| media::zet_snelheid(e, snelheid));
        self.snelheid.set(snelheid);
    }

    /// Pauses and adds a moment at the current time to the chosen theme (or the question in
    /// view), then moves focus to its "Wat gebeurde er?". Returns the new moment's id;
    /// `None` when no recording is open (then nothing happens).
    pub fn neem_moment(&self) -> Option<String> {
        if !self.open() {
            return None;
        }
        let mut tijd = 0.0;
        self.met_element(|e| {
            media::pauzeer(e);
            tijd = e.current_time();
        });
        let thema = self
            .gekozen_thema
            .get_untracked()
            .unwrap_or_else(thema_in_beeld);
        let moment = Moment {
            tijd: Some(Tijdcode::van_seconden(tijd)),
            ..Default::default()
        };
        let mut id = String::new();
        self.bw.wijzig(|w| {
            id = w.voeg_moment_toe(thema, moment);
            sorteer_op(&mut w.thema_mut(thema).momenten, |m| m.tijd);
        });
        let veld = wat_veld_id(thema, &id);
        request_animation_frame(move || browser::focus(&veld));
        Some(id)
    }

    /// Handles a key press anywhere in the editor; `true` when it was a player shortcut (the
    /// caller then prevents the browser's default).
    pub fn bij_toets(&self, code: &str, alt: bool, ctrl: bool, meta: bool, shift: bool) -> bool {
        if !self.open() {
            return false;
        }
        let aan = self.wbs.instellingen.with_untracked(|i| i.sneltoetsen);
        match opname::sneltoets(code, alt, ctrl, meta, shift, aan) {
            Some(Sneltoets::NeemMoment) => {
                self.neem_moment();
                true
            }
            Some(Sneltoets::SpeelPauze) => {
                self.speel_pauze();
                true
            }
            None => false,
        }
    }

    /// Checks a typed time code against the open recording (see `opname::controleer_tijd`).
    pub fn controleer(&self, t: Tijdcode) -> Result<(), String> {
        opname::controleer_tijd(t, self.duur.get_untracked())
    }
}

/// The id of the "Wat gebeurde er?" field of a moment in the moment list (see `MomentenLijst`).
pub fn wat_veld_id(thema: ThemaId, moment_id: &str) -> String {
    format!("{}-moment-{moment_id}-wat", thema.html_id())
}

/// The theme question on screen now (see `opname::in_beeld`).
fn thema_in_beeld() -> ThemaId {
    let ids: Vec<String> = ThemaId::ALLE.iter().map(|t| t.html_id()).collect();
    let (posities, hoogte) = media::posities(&ids);
    opname::in_beeld(&posities, hoogte)
        .map(|i| ThemaId::ALLE[i])
        .unwrap_or(ThemaId::ALLE[0])
}
