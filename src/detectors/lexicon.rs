//! The word lists in `data/`, compiled into the module and indexed on first use.
//!
//! Sources and licences are in `data/SOURCES.md`; `scripts/make-data`
//! regenerates the lists.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

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

/// A clinical term: its words (lowercase, accents folded), what it is, and
/// the sensitivity class it implies.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Term {
    pub phrase: &'static str,
    pub category: Category,
    pub sensitivity: Option<Sensitivity>,
}

pub(crate) struct Lexicon {
    /// Every listed name and common word, with [`FIRST`], [`LAST`] and
    /// [`COMMON`] flags: one lookup tells all three.
    pub names: FastMap<&'static str, u8>,
    /// Clinical terms by their first word, longest first.
    pub terms: FastMap<&'static str, Vec<Term>>,
    /// Lab analytes that come before a value, by their first word, longest first.
    pub analytes: FastMap<&'static str, Vec<&'static str>>,
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A first name (`data/first_names.txt`).
pub(crate) const FIRST: u8 = 1;
/// A surname (`data/last_names.txt`).
pub(crate) const LAST: u8 = 2;
/// A word that is also a name (`will`, `hope`, `grace`): a name only in name context.
pub(crate) const COMMON: u8 = 4;

fn names() -> FastMap<&'static str, u8> {
    let lists = [
        (include_str!("../../data/first_names.txt"), FIRST),
        (include_str!("../../data/last_names.txt"), LAST),
        (include_str!("../../data/common_words.txt"), COMMON),
    ];
    let mut map = FastMap::with_capacity_and_hasher(32 * 1024, Default::default());
    for (text, flag) in lists {
        for word in lines(text) {
            *map.entry(word).or_insert(0) |= flag;
        }
    }
    map
}

/// The first word of a phrase: what a token of the text is looked up by.
pub(crate) fn first_word(phrase: &str) -> &str {
    phrase
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or(phrase)
}

fn add_terms(map: &mut FastMap<&'static str, Vec<Term>>, text: &'static str, category: Category) {
    for line in lines(text) {
        let (phrase, sens) = line.split_once('\t').unwrap_or((line, ""));
        let phrase = phrase.trim();
        if phrase.is_empty() || !phrase.as_bytes()[0].is_ascii_alphanumeric() {
            continue;
        }
        let sensitivity = Sensitivity::parse(sens.trim());
        map.entry(first_word(phrase)).or_default().push(Term {
            phrase,
            category,
            sensitivity,
        });
    }
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut terms = FastMap::default();
        add_terms(
            &mut terms,
            include_str!("../../data/conditions.txt"),
            Category::Condition,
        );
        add_terms(
            &mut terms,
            include_str!("../../data/medications.txt"),
            Category::Medication,
        );
        add_terms(
            &mut terms,
            include_str!("../../data/procedures.txt"),
            Category::Procedure,
        );
        for list in terms.values_mut() {
            list.sort_by_key(|t| std::cmp::Reverse(t.phrase.len()));
        }
        let mut analytes: FastMap<&'static str, Vec<&'static str>> = FastMap::default();
        for a in lines(include_str!("../../data/lab_analytes.txt")) {
            let a = a.split('\t').next().unwrap_or(a).trim();
            if !a.is_empty() {
                analytes.entry(first_word(a)).or_default().push(a);
            }
        }
        for list in analytes.values_mut() {
            list.sort_by_key(|a| std::cmp::Reverse(a.len()));
        }
        Lexicon {
            names: names(),
            terms,
            analytes,
        }
    })
}
