//! A two-way view on one part of the open worksheet.

use leptos::prelude::*;

use crate::model::Werkblad;
use crate::state::Bewerking;

/// A memo that reads one part of the open worksheet, and a callback that changes it through
/// the edit state (which saves it).
///
/// The memo only notifies when that part really changes, so typing in one field does not
/// re-run the views of all the others.
pub fn lens<T>(
    bw: Bewerking,
    lees: impl Fn(&Werkblad) -> T + Send + Sync + 'static,
    schrijf: impl Fn(&mut Werkblad, T) + Send + Sync + 'static,
) -> (Memo<T>, Callback<T>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    lens_van(bw, Box::new(lees), Box::new(schrijf))
}

// Boxed, so that every field of one type shares one memo and one callback (see `lens_van`).
type Lezer<T> = Box<dyn Fn(&Werkblad) -> T + Send + Sync>;
type Schrijver<T> = Box<dyn Fn(&mut Werkblad, T) + Send + Sync>;

/// The lens with its reader and writer behind `dyn`: the memo and the callback are then in the
/// wasm once per type of part instead of once per field (issue 14).
fn lens_van<T>(bw: Bewerking, lees: Lezer<T>, schrijf: Schrijver<T>) -> (Memo<T>, Callback<T>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let cb = Callback::new(move |v: T| bw.wijzig(|w| schrijf(w, v)));
    (lees_van(bw, lees), cb)
}

/// A memo that reads something from the open worksheet: the read-only half of a [`lens`],
/// for what a view shows but does not change (a heading, a count, a list of ids).
pub fn lees<T>(bw: Bewerking, lees: impl Fn(&Werkblad) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    lees_van(bw, Box::new(lees))
}

/// Behind `dyn`, like [`lens_van`]: one memo in the wasm per type read, not one per use.
fn lees_van<T>(bw: Bewerking, lees: Lezer<T>) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| bw.met(&*lees))
}
