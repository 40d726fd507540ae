//! Leptos' `<Show>` and `<For>`, each once in the wasm.

use std::sync::Arc;

use leptos::prelude::*;

/// Shows `inhoud` while `als` holds, as `<Show when=als>` does.
///
/// Every `<Show>` is its own copy of Leptos' show-and-hide code, made for its own condition
/// and content types; here that work is one function in the wasm, and only the boxing of the
/// two closures is per use (issue 14).
pub fn toon(als: impl Fn() -> bool + Send + Sync + 'static, inhoud: impl Into<ViewFn>) -> AnyView {
    kies(Arc::new(als), inhoud.into(), ViewFn::default())
}

/// Shows `inhoud` while `als` holds and `anders` otherwise, as `<Show when=als fallback=anders>`.
pub fn toon_of(
    als: impl Fn() -> bool + Send + Sync + 'static,
    inhoud: impl Into<ViewFn>,
    anders: impl Into<ViewFn>,
) -> AnyView {
    kies(Arc::new(als), inhoud.into(), anders.into())
}

type Voorwaarde = Arc<dyn Fn() -> bool + Send + Sync>;

/// The condition is kept in a memo, as `<Show>` keeps it: the content is only drawn again when
/// the condition flips, not each time something it reads changes.
fn kies(als: Voorwaarde, inhoud: ViewFn, anders: ViewFn) -> AnyView {
    let als = Memo::new(move |_| als());
    (move || {
        if als.get() {
            inhoud.run()
        } else {
            anders.run()
        }
    })
    .into_any()
}

/// One row per id, kept by id as `<For each=ids key=|id| id.clone() children=rij>` keeps it:
/// a row stays in place (with the focus and what is typed in it) while others come and go.
///
/// Each `<For>` is a large copy of Leptos' keyed-list code for its own closure types; the lists
/// of moments and of intentions share this one (issue 14).
pub fn toon_per_id<V: IntoView + 'static>(
    ids: Memo<Vec<String>>,
    rij: impl Fn(String) -> V + Send + Sync + 'static,
) -> AnyView {
    per_id(ids, Arc::new(move |id| rij(id).into_any()))
}

type Rij = Arc<dyn Fn(String) -> AnyView + Send + Sync>;

fn per_id(ids: Memo<Vec<String>>, rij: Rij) -> AnyView {
    view! { <For each=move || ids.get() key=|id| id.clone() children=move |id| rij(id) /> }
        .into_any()
}
