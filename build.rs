//! Compiles the word lists in `data/` into sorted tables at build time, so
//! a fresh module answers its first lookup without building a hash map
//! first (that was most of a cold start in V8's baseline tier).
//!
//! A *word table* maps words of at most `MAX_LEN` bytes to values of a
//! fixed width, in three files in `OUT_DIR`:
//! - `<name>.fc`: the words sorted bytewise, front-coded: per word the
//!   number of its first bytes it shares with the word before it (one
//!   byte, at most `MAX_SHARED`), then the rest of it. Words hold no byte
//!   below a space, so the next word's shared byte ends each one. Expanded
//!   once at run time into the words grouped by length and sorted within a
//!   group, without separators, with a hash index over them (`lexicon.rs`).
//!   Stored so, the names' words gzip to 52.5 KB (zlib level 9), against
//!   56.2 KB with a newline after each word, 62.4 KB front-coded within
//!   groups of one length (which share shorter prefixes: `smith` and
//!   `smithson` are in different groups) and 79.5 KB plainly;
//! - `<name>.values`: each word's value, in the groups' order (by length,
//!   then bytewise); the names' flags packed two to a byte;
//! - `<name>.groups`: per length `0..=MAX_LEN + 1`, the group's first byte in
//!   the expanded words and its first record's number (u32 LE each);
//!
//! The clinical terms are also written as `terms.txt`: per first word a run
//! of lines, each the phrase after its first word and then one code byte
//! for its list and sensitivity class (`keys::term_code`, below a space,
//! so it ends the line), longest phrase first, the run ended by a zero
//! byte; each distinct run written once, in the order of the first word
//! that uses it. (A tab and the class as text, `\tcpsy\n`, gzipped 1.6 KB
//! larger.) The word table `terms` gives each
//! first word its run as two bytes: 0 for the next run not used before, `k + 1`
//! for run `k` used before, with the top bit (`RUN_CORRECTABLE`) set when a
//! one-edit misspelling may be read as that word: a first word of at least
//! `MIN_CORRECTABLE` letters not listed in `data/near_words.txt`. Most first
//! words open a run of their own, so the values are mostly zeros, which gzip
//! to little (byte offsets of four bytes took 11.4 KB gzipped, in a module
//! whose budget is tight).
//!
//! `src/detectors/lexicon.rs` reads them with `include_bytes!`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::{env, fs};

#[path = "src/detectors/keys.rs"]
mod keys;

use keys::{
    first_word, term_code, MAX_LEN, MAX_SHARED, MIN_CORRECTABLE, RUN_CORRECTABLE, SENSITIVITIES,
};

/// The non-comment, non-empty lines of a data file.
fn lines(path: &str) -> Vec<String> {
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// Writes a word table (see the module docs); every value is `width` bytes.
fn write_words(out: &Path, name: &str, words: &BTreeMap<String, Vec<u8>>, width: usize) {
    let mut by_len = vec![Vec::new(); MAX_LEN + 1];
    for (word, value) in words {
        assert!(
            (1..=MAX_LEN).contains(&word.len()) && value.len() == width,
            "{name}: {word:?} is empty or too long"
        );
        by_len[word.len()].push((word, value));
    }
    let (mut values, mut groups) = (vec![], vec![]);
    let mut records = 0u32;
    let mut expanded = 0usize;
    for (len, group) in by_len.iter().enumerate() {
        groups.extend_from_slice(&(expanded as u32).to_le_bytes());
        expanded += len * group.len();
        groups.extend_from_slice(&records.to_le_bytes());
        for (_, value) in group {
            values.extend_from_slice(value);
        }
        records += group.len() as u32;
    }
    // BTreeMap order is bytewise order: neighbours share the most.
    let mut text = vec![];
    let mut prev: &[u8] = &[];
    for word in words.keys() {
        let w = word.as_bytes();
        assert!(
            w.iter().all(|&b| b > MAX_SHARED as u8),
            "{name}: {word:?} holds a control byte"
        );
        let shared = w
            .iter()
            .zip(prev)
            .take_while(|(a, b)| a == b)
            .count()
            .min(MAX_SHARED);
        text.push(shared as u8);
        text.extend_from_slice(&w[shared..]);
        prev = w;
    }
    groups.extend_from_slice(&(expanded as u32).to_le_bytes());
    groups.extend_from_slice(&records.to_le_bytes());
    assert!(
        records < u32::from(u16::MAX),
        "{name}: too many words for the index's u16 slots"
    );
    for (part, bytes) in [("fc", text), ("values", values), ("groups", groups)] {
        fs::write(out.join(format!("{name}.{part}")), bytes).unwrap();
    }
}

/// Names: every listed first name, surname and name-like common word, with
/// its flags (1 first, 2 last, 4 common, 8 a word at all), four bits: two
/// entries a byte, the even entry in the low half (14.8 KB fewer in the
/// module than a byte each; the package's unpacked size is budgeted too).
fn names(out: &Path) {
    let mut flags: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for (path, flag) in [
        ("data/first_names.txt", 1),
        ("data/last_names.txt", 2),
        ("data/common_words.txt", 4),
        ("data/name_words.txt", 8),
    ] {
        for word in lines(path) {
            flags.entry(word).or_insert_with(|| vec![0])[0] |= flag;
        }
    }
    write_words(out, "names", &flags, 1);
    let path = out.join("names.values");
    let bytes = fs::read(&path).unwrap();
    let mut packed = vec![0u8; bytes.len().div_ceil(2)];
    for (e, &v) in bytes.iter().enumerate() {
        assert!(v < 16, "a name's flags take four bits");
        packed[e / 2] |= v << (4 * (e % 2));
    }
    fs::write(path, packed).unwrap();
}

/// The clinical term lists: `phrase[\tsensitivity]` lines whose phrase
/// starts with a letter or digit (the text is looked up by its first word).
/// Phrases with accents are left out: the scanned text is folded to ASCII,
/// so only their folded twins (`presion alta` for `presión alta`), which
/// the lists carry too, can match.
/// A line's value is the list's letter (`c`ondition, `m`edication,
/// `p`rocedure) then the sensitivity class, if any.
fn terms(out: &Path) {
    let mut entries = Vec::new();
    for (number, list) in ["conditions", "medications", "procedures"]
        .into_iter()
        .enumerate()
    {
        for line in lines(&format!("data/{list}.txt")) {
            let (phrase, sens) = line.split_once('\t').unwrap_or((&line, ""));
            let phrase = phrase.trim().to_string();
            if phrase.is_ascii()
                && phrase
                    .as_bytes()
                    .first()
                    .is_some_and(u8::is_ascii_alphanumeric)
            {
                assert!(
                    phrase.bytes().all(|b| b >= b' '),
                    "{list}: {phrase:?} holds a control byte"
                );
                let class = match sens.trim() {
                    "" => 0,
                    s => {
                        SENSITIVITIES
                            .iter()
                            .position(|&c| c == s)
                            .unwrap_or_else(|| panic!("{list}: {phrase:?}: no class {s:?}"))
                            + 1
                    }
                };
                entries.push((phrase, term_code(number as u8, class as u8)));
            }
        }
    }
    // Runs of lines per first word, longest phrase first, in the word
    // table's order (by length, then bytewise).
    let mut runs: BTreeMap<(usize, String), Vec<(String, u8)>> = BTreeMap::new();
    for (phrase, value) in entries {
        let first = first_word(&phrase).to_string();
        let rest = phrase[first.len()..].to_string();
        runs.entry((first.len(), first))
            .or_default()
            .push((rest, value));
    }
    let near: BTreeSet<String> = lines("data/near_words.txt")
        .iter()
        .map(|l| l.split('\t').next().unwrap_or(l).to_string())
        .collect();
    let mut text = String::new();
    let mut codes: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    // Runs written once and shared: most first words are one-word terms
    // whose run is just one code and the zero byte, so thousands of
    // words share a few runs. The runs are iterated in the word table's
    // order, so a run's number is the count of runs written before it.
    let mut written: BTreeMap<String, u16> = BTreeMap::new();
    for ((_, first), mut run) in runs {
        run.sort_by(|(a, va), (b, vb)| {
            (std::cmp::Reverse(a.len()), a, va).cmp(&(std::cmp::Reverse(b.len()), b, vb))
        });
        run.dedup();
        let mut lines = String::new();
        for (rest, code) in &run {
            lines.push_str(rest);
            lines.push(char::from(*code));
        }
        lines.push('\0');
        let code = match written.get(&lines) {
            Some(&k) => k + 1,
            None => {
                let k = u16::try_from(written.len()).expect("runs fit u16");
                text.push_str(&lines);
                written.insert(lines, k);
                0
            }
        };
        assert!(code < RUN_CORRECTABLE, "terms.txt outgrew its run numbers");
        // A misspelled first word of a longer term is read as it only when
        // the rest of the term follows as listed (`ferous sulfate`).
        let correctable = first.len() >= MIN_CORRECTABLE
            && first.bytes().all(|b| b.is_ascii_lowercase())
            && !near.contains(&first);
        let value = if correctable {
            code | RUN_CORRECTABLE
        } else {
            code
        };
        codes.insert(first, value.to_le_bytes().to_vec());
    }
    fs::write(out.join("terms.txt"), text).unwrap();
    write_words(out, "terms", &codes, 2);
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/detectors/keys.rs");
    let out = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    names(out);
    terms(out);
}
