//! What the build-time word tables are sorted and searched by. `build.rs`
//! includes this file too, so the tables it writes and the lookups here
//! agree by construction.

/// The first word of a phrase: what a token of the text is looked up by.
pub(crate) fn first_word(phrase: &str) -> &str {
    phrase
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or(phrase)
}

/// The longest word a word table holds; longer words are in no list.
pub(crate) const MAX_LEN: usize = 40;

/// The bit of a term's run code that marks its first word as one a
/// one-edit misspelling may be read as (see `build.rs`).
pub(crate) const RUN_CORRECTABLE: u16 = 1 << 15;

/// The shortest word a misspelling is corrected to: below it, one edit
/// turns too many words into others.
pub(crate) const MIN_CORRECTABLE: usize = 6;

/// The sensitivity classes a clinical term's code names, in the order of
/// `Sensitivity::ALL` (a test in `lexicon.rs` holds the two together).
#[cfg_attr(not(test), allow(dead_code))] // build.rs and tests read it
pub(crate) const SENSITIVITIES: [&str; 7] = ["hiv", "std", "psy", "eth", "sex", "gdis", "sdv"];

/// A clinical term's code in `terms.txt`: one byte below a space, so it
/// also ends the phrase it follows. `1 + 8 * list + class`, where the
/// list is 0 for conditions, 1 medications, 2 procedures, and the class is
/// 0 for none or one more than its place in [`SENSITIVITIES`]. The byte 0
/// ends a run.
#[cfg_attr(not(test), allow(dead_code))] // the crate decodes; build.rs and tests encode
pub(crate) fn term_code(list: u8, class: u8) -> u8 {
    1 + 8 * list + class
}

/// The front-coded stream's shared-prefix byte: below a space, so it also
/// ends the word before it. A word sharing more than this with the one
/// before stores the rest itself.
pub(crate) const MAX_SHARED: usize = 0x1F;
