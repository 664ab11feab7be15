//! The word lists in `data/`, compiled into the module and indexed on first use.
//!
//! Sources and licences are in `data/SOURCES.md`; `scripts/make-data`
//! regenerates the lists.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::{Category, Sensitivity};

/// A clinical term: its words (lowercase, accents folded), what it is, and
/// the sensitivity class it implies.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Term {
    pub phrase: &'static str,
    pub category: Category,
    pub sensitivity: Option<Sensitivity>,
}

pub(crate) struct Lexicon {
    pub first_names: HashSet<&'static str>,
    pub last_names: HashSet<&'static str>,
    /// Words that are also names (`will`, `hope`, `grace`): names only in name context.
    pub common_words: HashSet<&'static str>,
    /// Clinical terms by their first word, longest first.
    pub terms: HashMap<&'static str, Vec<Term>>,
    /// Lab analytes that come before a value, by their first word, longest first.
    pub analytes: HashMap<&'static str, Vec<&'static str>>,
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The first word of a phrase: what a token of the text is looked up by.
pub(crate) fn first_word(phrase: &str) -> &str {
    phrase
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or(phrase)
}

fn add_terms(map: &mut HashMap<&'static str, Vec<Term>>, text: &'static str, category: Category) {
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
        let mut terms = HashMap::new();
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
        let mut analytes: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
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
            first_names: lines(include_str!("../../data/first_names.txt")).collect(),
            last_names: lines(include_str!("../../data/last_names.txt")).collect(),
            common_words: lines(include_str!("../../data/common_words.txt")).collect(),
            terms,
            analytes,
        }
    })
}
