//! The word lists in `data/`, compiled into the module as tables `build.rs`
//! writes, so nothing is indexed at run time.
//!
//! Sources and licences are in `data/SOURCES.md`; `scripts/make-data`
//! regenerates the lists.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

pub(crate) use super::keys::first_word;

use super::keys::{MAX_LEN, MAX_SHARED, MIN_CORRECTABLE, RUN_CORRECTABLE};
use super::text::PhraseIndex;
use crate::{Category, Sensitivity};

/// A fast non-cryptographic hash for short keys (the multiply-rotate of
/// rustc's FxHash). Keys are our own word lists and words of the message;
/// std's SipHash costs several times more per lookup and buys DoS
/// resistance a per-message scan does not need.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<Fx>>;

/// A clinical term, as found by its first word: the rest of its words
/// (lowercase, from the separator after the first word on; empty for a
/// one-word term) and the sensitivity class it implies.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Term {
    pub rest: &'static str,
    pub sensitivity: Option<Sensitivity>,
}

/// A word table compiled by `build.rs` (see its docs): words grouped by
/// length and sorted, each with a fixed-width value. The words are stored
/// front-coded and expanded once, on first use, into their groups (a single
/// pass writing 241 KB for both tables), with an open-addressing hash index
/// over them built in the same pass (160 KB: a `u16` entry number per slot,
/// at most half the slots used). A lookup hashes the word and reads a slot
/// or two: the binary search it replaced read a dozen entries of a table far
/// larger than the processor's first-level cache, each step waiting on the
/// one before (a tenth of a check's time).
struct Words {
    front_coded: &'static [u8],
    expanded: OnceLock<Expanded>,
    values: &'static [u8],
    groups: &'static [u8],
}

/// A [`Words`] table's searchable layout.
struct Expanded {
    /// The words without separators, grouped by length and sorted.
    words: Vec<u8>,
    /// Per slot, the number of the entry hashed there (or [`EMPTY`]); a
    /// power of two in length.
    slots: Vec<u16>,
    /// The shift that takes a hash to a slot (its top bits).
    shift: u32,
}

const EMPTY: u16 = u16::MAX;

macro_rules! words {
    ($name:literal) => {
        Words {
            front_coded: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".fc")),
            expanded: OnceLock::new(),
            values: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".values")),
            groups: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".groups")),
        }
    };
}

static NAMES: Words = words!("names");
static TERM_RUNS: Words = words!("terms");
static TERMS: &str = include_str!(concat!(env!("OUT_DIR"), "/terms.txt"));

fn u32_at(bytes: &[u8], i: usize) -> usize {
    let b = &bytes[4 * i..4 * i + 4];
    u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
}

/// A word's hash for the index: its bytes as little-endian 64-bit words
/// (the last one zero-padded), each folded in by one multiply-rotate step
/// of [`Fx`], after the length. Most words take a single step; the top bits
/// are the well-mixed ones.
#[inline]
fn hash(word: &[u8]) -> u64 {
    let mut h = Fx(word.len() as u64);
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        h.add(u64::from_le_bytes([
            c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
        ]));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut last = [0; 8];
        last[..rest.len()].copy_from_slice(rest);
        h.add(u64::from_le_bytes(last));
    }
    h.0
}

impl Words {
    /// Where the words of length `len` start in the expanded words, and the
    /// number of the first of them and of the first after them.
    fn group(&self, len: usize) -> (usize, usize, usize) {
        (
            u32_at(self.groups, 2 * len),
            u32_at(self.groups, 2 * len + 1),
            u32_at(self.groups, 2 * len + 3),
        )
    }

    /// The expanded table: the front-coded stream read in its bytewise
    /// order (each word's shared prefix kept from the word before it, then
    /// its own bytes up to the newline), each word copied to the next place
    /// in its length's group, and its entry put in the first free slot from
    /// its hash on.
    fn expanded(&self) -> &Expanded {
        self.expanded.get_or_init(|| {
            let total = u32_at(self.groups, 2 * (MAX_LEN + 1) + 1);
            assert!(
                total < usize::from(EMPTY),
                "word table too large for u16 slots"
            );
            let bits = (2 * total).next_power_of_two().trailing_zeros().max(1);
            let shift = 64 - bits;
            let mut slots = vec![EMPTY; 1 << bits];
            let mut words = vec![0; u32_at(self.groups, 2 * (MAX_LEN + 1))];
            // Per length, the next word's entry number in its group.
            let mut next: Vec<usize> = (0..=MAX_LEN).map(|len| self.group(len).1).collect();
            let mut word = Vec::with_capacity(MAX_LEN);
            let mut stream = self.front_coded;
            while let Some((&shared, rest)) = stream.split_first() {
                // The next word's shared byte, below a space, ends this one.
                let own = rest
                    .iter()
                    .position(|&b| usize::from(b) <= MAX_SHARED)
                    .unwrap_or(rest.len());
                word.truncate(usize::from(shared));
                word.extend_from_slice(&rest[..own]);
                stream = &rest[own..];
                let len = word.len();
                let (start, first, _) = self.group(len);
                let entry = next[len];
                next[len] += 1;
                let at = start + (entry - first) * len;
                words[at..at + len].copy_from_slice(&word);
                let mut slot = (hash(&word) >> shift) as usize;
                while slots[slot] != EMPTY {
                    slot = (slot + 1) & (slots.len() - 1);
                }
                slots[slot] = entry as u16;
            }
            Expanded {
                words,
                slots,
                shift,
            }
        })
    }

    /// The words, grouped by length and sorted.
    fn words(&self) -> &[u8] {
        &self.expanded().words
    }

    /// The entry number of `word`, if the table holds it: the slots from the word's
    /// hash on, up to the first empty one, are the only places it can be.
    /// An entry of another length is told by its number alone, so only an
    /// entry of the word's own length has its bytes compared.
    fn entry(&self, word: &[u8]) -> Option<usize> {
        let len = word.len();
        if !(1..=MAX_LEN).contains(&len) {
            return None;
        }
        let (start, first, next) = self.group(len);
        if first == next {
            return None;
        }
        let table = self.expanded();
        let mask = table.slots.len() - 1;
        let mut slot = (hash(word) >> table.shift) as usize;
        loop {
            let entry = table.slots[slot];
            if entry == EMPTY {
                return None;
            }
            let i = usize::from(entry).wrapping_sub(first);
            if i < next - first && eq_short(&table.words[start + i * len..][..len], word) {
                return Some(usize::from(entry));
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// A first name (`data/first_names.txt`).
pub(crate) const FIRST: u8 = 1;
/// A surname (`data/last_names.txt`).
pub(crate) const LAST: u8 = 2;
/// A word that is also a name (`will`, `hope`, `grace`): a name only in name context.
pub(crate) const COMMON: u8 = 4;
/// A name that is an English word at all (`frost`, `mesa`; every [`COMMON`]
/// one too): a listed name without it is a name and nothing else (`tanaka`).
pub(crate) const WORD: u8 = 8;

/// The [`FIRST`], [`LAST`], [`COMMON`] and [`WORD`] flags of a lowercase
/// word (0 when it is on no list): one lookup tells all four.
pub(crate) fn name_flags(word: &str) -> u8 {
    // Four bits an entry, the even entry in the low half (`build.rs`).
    NAMES
        .entry(word.as_bytes())
        .map_or(0, |e| (NAMES.values[e / 2] >> (4 * (e % 2))) & 0x0F)
}

/// Term entry `e`'s two-byte run code (see `build.rs`).
fn run_code(e: usize) -> u16 {
    u16::from_le_bytes([TERM_RUNS.values[2 * e], TERM_RUNS.values[2 * e + 1]])
}

/// Per term entry, the byte offset of its run of lines in [`TERMS`]: the
/// run codes decoded once, on first use. A code of 0 takes the next run
/// not used before; the runs start at the text's start and after each
/// zero byte.
fn run_starts() -> &'static [u32] {
    static STARTS: OnceLock<Vec<u32>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let bytes = TERMS.as_bytes();
        let runs: Vec<u32> = std::iter::once(0)
            .chain(
                bytes
                    .iter()
                    .enumerate()
                    .filter(|(_, &b)| b == 0)
                    .map(|(k, _)| (k + 1) as u32),
            )
            .collect();
        let entries = TERM_RUNS.values.len() / 2;
        let mut next = 0;
        (0..entries)
            .map(|e| match run_code(e) & !RUN_CORRECTABLE {
                0 => {
                    next += 1;
                    runs[next - 1]
                }
                k => runs[usize::from(k) - 1],
            })
            .collect()
    })
}

/// The listed clinical terms whose first word is `first`, longest first,
/// with the list each comes from (condition, medication or procedure).
pub(crate) fn terms(first: &str) -> impl Iterator<Item = (Category, Term)> {
    let start = TERM_RUNS
        .entry(first.as_bytes())
        .map_or(TERMS.len(), |e| run_starts()[e] as usize);
    // Lines of the phrase's rest and its code byte, up to the zero byte
    // that ends the run (see `build.rs`).
    let mut run = &TERMS[start..];
    std::iter::from_fn(move || {
        let bytes = run.as_bytes();
        let end = bytes.iter().position(|&b| b < b' ')?;
        let code = bytes[end];
        if code == 0 {
            return None;
        }
        let rest = &run[..end];
        run = &run[end + 1..];
        Some((rest, code - 1))
    })
    .map(|(rest, code)| {
        let category = match code / 8 {
            0 => Category::Condition,
            1 => Category::Medication,
            _ => Category::Procedure,
        };
        let sensitivity = match code % 8 {
            0 => None,
            class => Some(Sensitivity::ALL[usize::from(class) - 1]),
        };
        (category, Term { rest, sensitivity })
    })
}

/// The first word of a listed clinical term that `word` (lowercase letters)
/// is a one-edit misspelling of: one letter dropped, added, changed, or two
/// neighbours swapped (`diabetis`, `zolft`, `levothyroxin`, `ferous` of
/// ferrous sulfate). Only words that are on no list are corrected, and only
/// to words marked correctable (of one-word terms, those no real word or
/// name is one edit from, see `data/near_words.txt`; of longer terms, the
/// caller checks that the rest follows), and never to a singular or plural. The first two
/// letters must be right: typists rarely miss them, and it keeps the search
/// to a few records.
#[cfg(test)]
pub(crate) fn correction(word: &str) -> Option<&'static str> {
    if TERM_RUNS.entry(word.as_bytes()).is_some() {
        return None;
    }
    unlisted_correction(word)
}

/// [`correction`] for a word already known to be no term's first word.
pub(crate) fn unlisted_correction(word: &str) -> Option<&'static str> {
    let w = word.as_bytes();
    if w.len() + 1 < MIN_CORRECTABLE || w.len() >= MAX_LEN || !w.iter().all(u8::is_ascii_lowercase)
    {
        return None;
    }
    // The candidates of lengths len - 1 to len + 1 with the same first two
    // letters are one contiguous run (keys are ordered by letters, then length).
    let index = correctables();
    let (Some(lo), Some(hi)) = (
        Correctables::key(w.len() - 1, w[0], w[1]),
        Correctables::key(w.len() + 1, w[0], w[1]),
    ) else {
        return None;
    };
    let run = &index.words[usize::from(index.starts[lo])..usize::from(index.starts[hi + 1])];
    if run.is_empty() {
        return None;
    }
    // One edit adds a letter, drops one, or both: the sets of letters used
    // differ by two at most, which rules out most candidates at once.
    let letters = letter_set(w);
    run.iter()
        .find(|&&(set, cand)| {
            at_most_two_bits(set ^ letters) && one_edit(w, cand) && !plural(w, cand)
        })
        .and_then(|(_, cand)| std::str::from_utf8(cand).ok())
}

/// The correctable first words, keyed by their first two letters and then
/// their length, so a misspelling's candidates are one contiguous run: built
/// on first use from the term table (a few thousand words, well under a
/// millisecond).
struct Correctables {
    /// Per key ([`Correctables::key`]), where its words start in `words`;
    /// one more entry ends the last key.
    starts: Vec<u16>,
    /// Each word with its [`letter_set`], in key order.
    words: Vec<(u32, &'static [u8])>,
}

/// Whether `x` has two bits set at most: clearing its lowest set bit twice
/// leaves nothing. (`count_ones` is a dozen operations on an x86-64
/// without `popcnt`, and this test runs for every candidate of every
/// unlisted word.)
fn at_most_two_bits(x: u32) -> bool {
    let once = x & x.wrapping_sub(1);
    once & once.wrapping_sub(1) == 0
}

/// The set of lowercase letters in `w`, one bit each.
fn letter_set(w: &[u8]) -> u32 {
    w.iter()
        .fold(0, |set, &c| set | 1 << (c.wrapping_sub(b'a') & 31))
}

const LETTERS: usize = 26;
/// Word lengths a key tells apart; one below the shortest correctable word
/// too, so that the run of a word one letter short starts at a key.
const LENGTHS: usize = MAX_LEN + 2 - MIN_CORRECTABLE;

impl Correctables {
    /// The key of the words of length `len` starting with `a`, `b`:
    /// letters first, then length. A length below the shortest correctable
    /// word maps to the slot one below it, which holds no word; `None` for
    /// a length above `MAX_LEN` or a byte that is no lowercase letter.
    fn key(len: usize, a: u8, b: u8) -> Option<usize> {
        let letter = |c: u8| c.is_ascii_lowercase().then(|| usize::from(c - b'a'));
        let len = len.max(MIN_CORRECTABLE - 1);
        (len <= MAX_LEN).then_some(())?;
        Some((letter(a)? * LETTERS + letter(b)?) * LENGTHS + (len + 1 - MIN_CORRECTABLE))
    }
}

fn correctables() -> &'static Correctables {
    static INDEX: OnceLock<Correctables> = OnceLock::new();
    INDEX.get_or_init(|| {
        let table = &TERM_RUNS;
        let keys = LETTERS * LETTERS * LENGTHS;
        let mut keyed = Vec::new();
        for len in MIN_CORRECTABLE..=MAX_LEN {
            let (start, first) = (
                u32_at(table.groups, 2 * len),
                u32_at(table.groups, 2 * len + 1),
            );
            let count = u32_at(table.groups, 2 * len + 3) - first;
            let words = table.words();
            for i in 0..count {
                let word = &words[start + i * len..start + (i + 1) * len];
                if run_code(first + i) & RUN_CORRECTABLE == 0 {
                    continue;
                }
                if let Some(key) = Correctables::key(len, word[0], word[1]) {
                    keyed.push((key, letter_set(word), word));
                }
            }
        }
        crate::sort::sort_by(&mut keyed, |x, y| (x.0, x.2) < (y.0, y.2));
        assert!(
            keyed.len() < usize::from(u16::MAX),
            "too many correctable words"
        );
        let mut starts = Vec::with_capacity(keys + 1);
        let mut words = Vec::with_capacity(keyed.len());
        for (key, set, word) in keyed {
            while starts.len() <= key {
                starts.push(words.len() as u16);
            }
            words.push((set, word));
        }
        starts.resize(keys + 1, words.len() as u16);
        Correctables { starts, words }
    })
}

/// Whether one of two words is the other with an `s`: a plural, not a
/// misspelling (a word ending in `s` takes `es`: `eliquiss` is a typo).
/// One-word terms are matched as listed, plurals included only when listed
/// ("vaccines" in a general notice stays a word).
fn plural(a: &[u8], b: &[u8]) -> bool {
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    long.len() == short.len() + 1
        && long.last() == Some(&b's')
        && short.last() != Some(&b's')
        && long.starts_with(short)
}

/// Whether `a` becomes `b` by one insertion, deletion, substitution or swap
/// of two neighbouring bytes (`a != b`).
fn one_edit(a: &[u8], b: &[u8]) -> bool {
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[same..], &b[same..]);
    match a.len() as isize - b.len() as isize {
        0 => {
            !a.is_empty()
                && (eq_short(&a[1..], &b[1..])
                    || (a.len() >= 2 && a[0] == b[1] && a[1] == b[0] && eq_short(&a[2..], &b[2..])))
        }
        1 => eq_short(&a[1..], b),
        -1 => eq_short(a, &b[1..]),
        _ => false,
    }
}

/// Whether two short byte strings are equal: a plain loop, as slices'
/// `==` calls `memcmp`, whose call costs more than these few bytes.
fn eq_short(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Lab analytes that come before a value (a short list, indexed by first
/// word on first use).
pub(crate) fn analytes() -> &'static PhraseIndex {
    static INDEX: OnceLock<PhraseIndex> = OnceLock::new();
    INDEX.get_or_init(|| PhraseIndex::new(analyte_list()))
}

/// The lab analytes, as listed.
pub(crate) fn analyte_list() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        lines(include_str!("../../data/lab_analytes.txt"))
            .map(|a| a.split('\t').next().unwrap_or(a).trim())
            .filter(|a| !a.is_empty())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of a data file as the build reads them.
    fn listed(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
        lines(text).map(|l| {
            let (phrase, sens) = l.split_once('\t').unwrap_or((l, ""));
            (phrase.trim(), sens.trim())
        })
    }

    #[test]
    fn every_listed_name_is_found_with_its_flags() {
        let lists = [
            (include_str!("../../data/first_names.txt"), FIRST),
            (include_str!("../../data/last_names.txt"), LAST),
            (include_str!("../../data/common_words.txt"), COMMON),
            (include_str!("../../data/name_words.txt"), WORD),
        ];
        let mut checked = 0;
        for (text, flag) in lists {
            for (name, _) in listed(text) {
                assert!(name_flags(name) & flag != 0, "{name:?} lacks flag {flag}");
                checked += 1;
            }
        }
        assert!(checked > 25_000, "only {checked} names checked");
        assert_eq!(name_flags("maria") & FIRST, FIRST);
        assert_eq!(name_flags("will"), COMMON | FIRST | LAST | WORD);
        assert_eq!(name_flags("frost") & (COMMON | WORD), WORD);
        assert_eq!(name_flags("tanaka") & (LAST | WORD), LAST);
        for absent in [
            "",
            "appointment",
            "Maria",
            "mariaa",
            "zzqx",
            "josé",
            &"a".repeat(60),
        ] {
            assert_eq!(name_flags(absent), 0, "{absent:?}");
        }
    }

    /// Every entry of both tables is found as itself: the value returned is
    /// that entry's own, not a neighbour's with the same bytes.
    #[test]
    fn every_table_entry_is_found_at_its_own_value() {
        for table in [&NAMES, &TERM_RUNS] {
            let words = table.words();
            let mut entries = 0;
            for len in 1..=MAX_LEN {
                let (start, first, next) = table.group(len);
                for i in 0..next - first {
                    let word = &words[start + i * len..start + (i + 1) * len];
                    let entry = table.entry(word).expect("a listed word is found");
                    assert_eq!(entry, first + i, "{word:?}");
                    entries += 1;
                }
            }
            assert_eq!(entries, u32_at(table.groups, 2 * (MAX_LEN + 1) + 1));
        }
    }

    /// The hash index finds no word it does not hold, however near one it
    /// holds: each listed name cut short by a letter, grown by one, or with
    /// its last letter changed is found only when it is listed itself.
    #[test]
    fn near_misses_of_listed_names_are_not_found() {
        let lists = [
            include_str!("../../data/first_names.txt"),
            include_str!("../../data/last_names.txt"),
            include_str!("../../data/common_words.txt"),
            include_str!("../../data/name_words.txt"),
        ];
        let all: HashSet<&str> = lists
            .iter()
            .flat_map(|text| listed(text).map(|(name, _)| name))
            .collect();
        let mut checked = 0;
        for name in &all {
            let cut = &name[..name.len() - 1];
            let last = name.as_bytes()[name.len() - 1];
            let changed = format!("{cut}{}", if last == b'q' { 'x' } else { 'q' });
            for near in [cut, &format!("{name}q"), &changed] {
                if !near.is_empty() && !all.contains(near) {
                    assert_eq!(name_flags(near), 0, "{near:?} (near {name:?}) found");
                    checked += 1;
                }
            }
        }
        assert!(checked > 50_000, "only {checked} near misses checked");
    }

    #[test]
    fn at_most_two_bits_agrees_with_count_ones() {
        let samples = (0..4096u32).chain([u32::MAX, 1 << 31, (1 << 31) | 1, 0b111 << 29]);
        for x in samples {
            assert_eq!(at_most_two_bits(x), x.count_ones() <= 2, "{x:#b}");
        }
    }

    #[test]
    fn a_one_edit_misspelling_is_read_as_the_term_it_misses() {
        for (typed, meant) in [
            ("diabetis", "diabetes"),          // substitution
            ("levothyroxin", "levothyroxine"), // deletion
            ("zolft", "zoloft"),               // deletion, from a five-letter word
            ("amlodapine", "amlodipine"),      // substitution
            ("metfromin", "metformin"),        // swap
            ("lisinoprill", "lisinopril"),     // insertion
        ] {
            assert_eq!(correction(typed), Some(meant), "{typed}");
        }
        for word in [
            "diabetes",  // listed: read as is
            "cancel",    // cancer is one edit from a real word
            "station",   // statin
            "ability",   // Abilify
            "consejera", // consejería: Spanish words count as real
            "vaccines",  // a plural, not a misspelling
            "xanaxx",    // xanax is too short to correct to
            "xiabetes",  // the first two letters must be right
            "Diabetis",  // lowercase only; the caller lowercases
            "diabet1s",
            "",
        ] {
            assert_eq!(correction(word), None, "{word}");
        }
    }

    #[test]
    fn no_near_word_is_ever_corrected_to_its_term() {
        let mut checked = 0;
        for line in lines(include_str!("../../data/near_words.txt")) {
            let (term, neighbour) = line.split_once('\t').expect("term<TAB>neighbour");
            assert_ne!(correction(neighbour), Some(term), "{neighbour} -> {term}");
            checked += 1;
        }
        assert!(checked > 500, "only {checked} near words checked");
    }

    #[test]
    fn one_edit_counts_each_kind_of_edit_once() {
        for (a, b) in [
            ("abcd", "abxd"),
            ("abcd", "abd"),
            ("abd", "abcd"),
            ("abcd", "abdc"),
        ] {
            assert!(one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
        for (a, b) in [
            ("abcd", "abcd"),
            ("abcd", "axyd"),
            ("abcd", "ab"),
            ("abcd", "badc"),
            ("abcd", "acbd "),
        ] {
            assert!(!one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
    }

    /// `build.rs` writes a term's class as its place in `keys::SENSITIVITIES`,
    /// read back as the same place in `Sensitivity::ALL`; every code stays
    /// below a space, where it ends the phrase.
    #[test]
    fn term_codes_name_the_classes_in_the_crates_order() {
        let names: Vec<&str> = Sensitivity::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(names, super::super::keys::SENSITIVITIES);
        let last = super::super::keys::term_code(2, names.len() as u8);
        assert!((1..b' ').contains(&last), "{last}");
    }

    #[test]
    fn every_listed_term_is_found_with_its_list_and_sensitivity() {
        let lists = [
            (
                include_str!("../../data/conditions.txt"),
                Category::Condition,
            ),
            (
                include_str!("../../data/medications.txt"),
                Category::Medication,
            ),
            (
                include_str!("../../data/procedures.txt"),
                Category::Procedure,
            ),
        ];
        let mut checked = 0;
        for (text, category) in lists {
            for (phrase, sens) in listed(text) {
                // Accented phrases are not compiled (the scanned text is folded);
                // their folded twins must be listed instead.
                if !phrase.is_ascii() {
                    assert!(
                        listed(text)
                            .any(|(p, s)| p == crate::normalize::Folded::new(phrase).text
                                && s == sens),
                        "{phrase:?} ({category}) has no folded twin"
                    );
                    continue;
                }
                if !phrase.as_bytes()[0].is_ascii_alphanumeric() {
                    continue;
                }
                let first = first_word(phrase);
                let found = terms(first).any(|(c, t)| {
                    c == category
                        && t.rest == &phrase[first.len()..]
                        && t.sensitivity == Sensitivity::parse(sens)
                });
                assert!(found, "{phrase:?} ({category}) not found");
                checked += 1;
            }
        }
        assert!(checked > 8_000, "only {checked} terms checked");
        // Longest first within a first word, and nothing for unknown words.
        let rests: Vec<usize> = terms("chronic").map(|(_, t)| t.rest.len()).collect();
        assert!(
            rests.len() > 1 && rests.windows(2).all(|w| w[0] >= w[1]),
            "{rests:?}"
        );
        assert_eq!(terms("appointment").count(), 0);
        assert_eq!(terms("").count(), 0);
    }
}
