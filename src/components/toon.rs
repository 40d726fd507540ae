//! Leptos' `<Show>`, once in the wasm.

use leptos::prelude::*;

/// Shows `inhoud` while `als` holds, as `<Show when=als>` does.
///
/// Every `<Show>` is its own copy of Leptos' show-and-hide code, made for its own condition
/// and content types; here that work is one function in the wasm, and only the boxing of the
/// two closures is per use (issue 14).
pub fn toon(
    als: impl Fn() -> bool + Send + Sync + 'static,
    inhoud: impl Into<ViewFn>,
) -> AnyView {
    kies(Signal::derive(als), inhoud.into(), ViewFn::default())
}

/// Shows `inhoud` while `als` holds and `anders` otherwise, as `<Show when=als fallback=anders>`.
pub fn toon_of(
    als: impl Fn() -> bool + Send + Sync + 'static,
    inhoud: impl Into<ViewFn>,
    anders: impl Into<ViewFn>,
) -> AnyView {
    kies(Signal::derive(als), inhoud.into(), anders.into())
}

/// The condition is kept in a memo, as `<Show>` keeps it: the content is only drawn again when
/// the condition flips, not each time something it reads changes.
fn kies(als: Signal<bool>, inhoud: ViewFn, anders: ViewFn) -> AnyView {
    let als = Memo::new(move |_| als.get());
    (move || if als.get() { inhoud.run() } else { anders.run() }).into_any()
}
