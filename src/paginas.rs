//! The pages behind the overview, in a second wasm file (issue 14: a smaller first download).
//!
//! The release build splits the wasm at [`pagina`] (scripts/optimise-wasm, with `--cfg werkblad_split`
//! from scripts/release-env): the overview, the unlock screen and the frame come in the first
//! file; the worksheet editor, printing, the leerlijn and the information pages in the second.
//! [`Paginas::start`] fetches the second file right after the first screen is drawn, so it is
//! usually there before anyone clicks; the service worker keeps both for offline use. Builds
//! without the flag (debug, the browser tests) have one file and these pages are there at once.

use leptos::prelude::*;

use crate::components::afdruk_pagina::AfdrukPagina;
use crate::components::ontwikkeling_pagina::OntwikkelingPagina;
use crate::components::overzicht::Overzicht;
use crate::components::privacy_pagina::PrivacyPagina;
use crate::components::toegankelijkheid_pagina::ToegankelijkheidPagina;
use crate::components::traject_pagina::TrajectPagina;
use crate::components::werkblad_editor::WerkbladEditor;
use crate::model::route::Route;
pub use crate::state::laden::Laadstand;
use crate::state::laden::Laden;

/// The second file could not be fetched or started.
#[derive(Clone, Copy, Debug)]
pub struct LaadFout;

#[cfg(werkblad_split)]
impl From<leptos::wasm_split::SplitLoaderError> for LaadFout {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LaadFout
    }
}

/// The loading of the second file, shared by the app's frame.
#[derive(Clone, Copy)]
pub struct Paginas {
    laden: RwSignal<Laden>,
}

impl Paginas {
    /// Starts fetching the second file: at once when the first page needs it (`nu`), otherwise
    /// once the first screen is painted: a timeout queued from an animation frame runs after
    /// that paint. (Fetched earlier, it competes with the first file for the line, and
    /// Lighthouse counts it towards the largest paint.) Navigating to a page before then asks
    /// for it at once ([`Paginas::vraag`]).
    pub fn start(nu: bool) -> Self {
        let paginas = Paginas {
            laden: RwSignal::new(Laden::nieuw(cfg!(werkblad_split))),
        };
        if nu {
            paginas.vraag();
        } else if paginas.stand() == Laadstand::Bezig {
            request_animation_frame(move || {
                set_timeout(move || paginas.vraag(), std::time::Duration::ZERO)
            });
        }
        paginas
    }

    /// Where the loading stands.
    pub fn stand(&self) -> Laadstand {
        self.laden.with(Laden::stand)
    }

    /// Tries again after a failure ("Opnieuw proberen").
    pub fn opnieuw(&self) {
        if self.laden.try_update(Laden::opnieuw).unwrap_or(false) {
            self.haal();
        }
    }

    /// A page of the second file is wanted now: starts fetching it unless that has started.
    pub fn vraag(self) {
        // Untracked: asking changes nothing anyone draws (the stand stays "bezig").
        if self
            .laden
            .try_update_untracked(Laden::vraag)
            .unwrap_or(false)
        {
            self.haal();
        }
    }

    fn haal(self) {
        leptos::task::spawn_local(async move {
            let gelukt = laad_paginas().await.is_ok();
            self.laden.update(|l| l.klaar(gelukt));
        });
    }

    /// The page for `route`, once the second file is there ([`Laadstand::Klaar`]); `None` before.
    pub fn toon(&self, route: Route) -> Option<AnyView> {
        // Tracked: the caller draws again when the file arrives.
        if self.stand() != Laadstand::Klaar {
            return None;
        }
        #[cfg(werkblad_split)]
        {
            use std::future::Future;
            use std::task::{Context, Poll, Waker};
            // Once loaded, the split call is ready at its first poll: the loader only checks
            // that the module is there. So the page is built now, under the caller's owner.
            let mut aanroep = std::pin::pin!(pagina(route));
            match aanroep
                .as_mut()
                .poll(&mut Context::from_waker(Waker::noop()))
            {
                Poll::Ready(Ok(view)) => Some(view),
                Poll::Ready(Err(LaadFout)) | Poll::Pending => None,
            }
        }
        #[cfg(not(werkblad_split))]
        {
            pagina(route).ok()
        }
    }
}

#[cfg(not(werkblad_split))]
async fn laad_paginas() -> Result<(), LaadFout> {
    Ok(())
}

/// The split point: this function and all that only it calls go to the second file. (The
/// overview is in the first file: the frame draws it itself; it is here for a complete match.)
///
/// Only pages, and only once someone opens one: code of the second file runs for the first
/// time when it is called, and the browser compiles it then, on the main thread. Parts of the
/// overview drawn from here (the back-up section was tried) made Lighthouse's total blocking
/// time on a slow phone go from about 100 to 200-1000 ms right after the first screen.
#[cfg_attr(
    werkblad_split,
    leptos::wasm_split::wasm_split(
        paginas,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(laad_paginas)
    )
)]
fn pagina(route: Route) -> Result<AnyView, LaadFout> {
    Ok(match route {
        Route::Overzicht => view! { <Overzicht /> }.into_any(),
        Route::Werkblad(id) => view! { <WerkbladEditor id /> }.into_any(),
        Route::Afdrukken(id) => view! { <AfdrukPagina id=Some(id) /> }.into_any(),
        Route::LeegAfdrukken => view! { <AfdrukPagina id=None /> }.into_any(),
        Route::Privacy => view! { <PrivacyPagina /> }.into_any(),
        Route::Toegankelijkheid => view! { <ToegankelijkheidPagina /> }.into_any(),
        Route::Traject(id) => view! { <TrajectPagina id /> }.into_any(),
        Route::Ontwikkeling => view! { <OntwikkelingPagina /> }.into_any(),
    })
}
