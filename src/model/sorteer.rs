//! One stable sort for the whole app (issue 14: size of the wasm).
//!
//! The standard library's stable sort is generic over the element and the comparison: every
//! `sort_by` with its own closure became its own copy of about 3 KB in the wasm, 13 of them.
//! Here only the list of positions is sorted, by one comparison behind `&dyn`, so there is one
//! small merge sort; the elements are then moved into that order by swaps. The result is exactly that of
//! `slice::sort_by`: stable, equal elements keep their order. Fine for the lists of this app
//! (at most a few thousand elements); not meant for hot loops.

use std::cmp::Ordering;

/// Sorts `lijst` stably by `orde`, like `slice::sort_by`.
pub fn sorteer<T>(lijst: &mut [T], orde: impl Fn(&T, &T) -> Ordering) {
    let plaatsen = volgorde(lijst.len(), &|a, b| orde(&lijst[a], &lijst[b]));
    zet_in_volgorde(plaatsen, &mut |a, b| lijst.swap(a, b));
}

/// Sorts `lijst` stably by the key `sleutel`, like `slice::sort_by_key`.
pub fn sorteer_op<T, K: Ord>(lijst: &mut [T], sleutel: impl Fn(&T) -> K) {
    sorteer(lijst, |a, b| sleutel(a).cmp(&sleutel(b)));
}

/// The positions `0..n` in sorted order: where each place's element comes from. A plain
/// bottom-up merge sort, stable because a tie takes from the left run: a few hundred bytes of
/// wasm, where the standard library's sort (even one copy) is about 4 KB.
fn volgorde(n: usize, orde: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut plaatsen: Vec<usize> = (0..n).collect();
    let mut hulp = vec![0; n];
    let mut breedte = 1;
    while breedte < n {
        let mut start = 0;
        while start < n {
            let midden = n.min(start + breedte);
            let eind = n.min(start + 2 * breedte);
            let (mut links, mut rechts) = (start, midden);
            for plek in &mut hulp[start..eind] {
                let neem_links = links < midden
                    && (rechts == eind
                        || orde(plaatsen[rechts], plaatsen[links]) != Ordering::Less);
                if neem_links {
                    *plek = plaatsen[links];
                    links += 1;
                } else {
                    *plek = plaatsen[rechts];
                    rechts += 1;
                }
            }
            start = eind;
        }
        std::mem::swap(&mut plaatsen, &mut hulp);
        breedte *= 2;
    }
    plaatsen
}

/// Moves the elements so that place `i` gets the element that was at `bron[i]`, one cycle of
/// the permutation at a time (each element is swapped into place once).
fn zet_in_volgorde(mut bron: Vec<usize>, wissel: &mut dyn FnMut(usize, usize)) {
    for start in 0..bron.len() {
        let mut plek = start;
        // A handled place points at itself; the cycle ends where the start's element belongs.
        while bron[plek] != plek {
            let van = bron[plek];
            bron[plek] = plek;
            if van == start {
                break;
            }
            wissel(plek, van);
            plek = van;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no dependency.
    fn getallen(zaad: u64, n: usize, bereik: u64) -> Vec<u64> {
        let mut x = zaad
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 33) % bereik
            })
            .collect()
    }

    #[test]
    fn zelfde_als_de_stabiele_sort_van_de_standaardbibliotheek() {
        for zaad in 0..200 {
            let n = (zaad as usize * 7) % 90;
            // (key, original position): the position shows whether equal keys kept their order.
            let lijst: Vec<(u64, usize)> = getallen(zaad, n, 1 + zaad % 12)
                .into_iter()
                .enumerate()
                .map(|(i, k)| (k, i))
                .collect();
            let mut verwacht = lijst.clone();
            verwacht.sort_by_key(|a| a.0);
            let mut uit = lijst.clone();
            sorteer(&mut uit, |a, b| a.0.cmp(&b.0));
            assert_eq!(uit, verwacht, "zaad {zaad}");
            let mut verwacht_omgekeerd = lijst.clone();
            verwacht_omgekeerd.sort_by_key(|a| std::cmp::Reverse(a.0));
            let mut op_sleutel = lijst;
            sorteer_op(&mut op_sleutel, |a| std::cmp::Reverse(a.0));
            assert_eq!(op_sleutel, verwacht_omgekeerd, "zaad {zaad}");
        }
    }

    #[test]
    fn lege_en_enkele_lijst() {
        let mut leeg: Vec<u8> = Vec::new();
        sorteer_op(&mut leeg, |x| *x);
        assert!(leeg.is_empty());
        let mut een = vec![3];
        sorteer_op(&mut een, |x| *x);
        assert_eq!(een, [3]);
    }
}
