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
