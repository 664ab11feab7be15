//! One sort for the whole crate, in place of the standard library's.
//!
//! `slice::sort_by` and its kin compile their algorithm again for every
//! element type and comparison they are called with: eight calls had put
//! about 40 KB of sorting code into the wasm module. Here the algorithm (a
//! stable merge sort, or an insertion sort for short lists) orders indices
//! through a `dyn` comparison, so it is compiled once; what each caller's
//! type adds is a closure and a few swaps.

/// Sorts `v` by `less` (a strict "comes before"), stably: elements that
/// compare equal keep their order.
pub(crate) fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    if v.len() < 2 {
        return;
    }
    let order = order(v.len(), &mut |a, b| less(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` by the key `key` gives each element, stably.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a) < key(b));
}

/// Sorts `v` in its natural order, stably.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a < b);
}

/// The stable order of `n` items compared by index: `order[k]` is the index
/// of the item that goes to place `k`.
#[inline(never)]
fn order(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    // Short lists (a message's findings, mostly) by insertion, with no
    // second buffer.
    if n <= 24 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(a[j], a[j - 1]) {
                a.swap(j, j - 1);
                j -= 1;
            }
        }
        return a;
    }
    // Longer ones bottom-up: runs of `width` merged in pairs from `a` into
    // `b`, then the buffers swap. The left run wins ties, which keeps it stable.
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut l, mut r, mut k) = (start, mid, start);
            while l < mid && r < end {
                if less(a[r], a[l]) {
                    b[k] = a[r];
                    r += 1;
                } else {
                    b[k] = a[l];
                    l += 1;
                }
                k += 1;
            }
            b[k..k + (mid - l)].copy_from_slice(&a[l..mid]);
            k += mid - l;
            b[k..end].copy_from_slice(&a[r..end]);
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Puts `v[order[k]]` at place `k` for every `k`, by swaps alone, each
/// cycle of the order walked once (so linear time whatever the order):
/// the places of a cycle done are marked in `order` itself.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        let mut k = start;
        while order[k] != DONE {
            let from = order[k];
            order[k] = DONE;
            if from == start {
                break;
            }
            v.swap(k, from);
            k = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small generator, so the test needs no dependency: xorshift.
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_library_and_stably() {
        for n in [0, 1, 2, 3, 7, 24, 25, 26, 63, 64, 65, 100, 1000] {
            for modulo in [3, 1000] {
                // Pairs of (key, original place): a stable sort by key keeps
                // the places of equal keys rising.
                let keys = numbers(n as u64 + modulo, n, modulo);
                let mut ours: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
                let mut theirs = ours.clone();
                sort_by_key(&mut ours, |&(k, _)| k);
                theirs.sort_by_key(|&(k, _)| k);
                assert_eq!(ours, theirs, "n = {n}, keys below {modulo}");
            }
        }
    }

    #[test]
    fn sorts_in_natural_order() {
        let mut words = vec!["sex", "hiv", "psy", "eth", "hiv", "std"];
        sort(&mut words);
        assert_eq!(words, ["eth", "hiv", "hiv", "psy", "sex", "std"]);
    }
}
