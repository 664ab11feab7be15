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

/// How many first-byte classes the prefix index distinguishes.
pub(crate) const PREFIXES: usize = 39;

/// The class of a word's first byte, in `0..PREFIXES`, in the same order as
/// the bytes: below `0`, `0-9`, between `9` and `a`, `a-z`, above `z`.
pub(crate) fn prefix(first: u8) -> usize {
    match first {
        b'0'..=b'9' => usize::from(first - b'0') + 1,
        b'a'..=b'z' => usize::from(first - b'a') + 12,
        _ if first < b'0' => 0,
        _ if first < b'a' => 11,
        _ => 38,
    }
}

/// The bit of a term's offset that marks its first word as one a one-edit
/// misspelling may be read as (see `build.rs`).
pub(crate) const CORRECTABLE: u32 = 1 << 31;

/// The shortest word a misspelling is corrected to: below it, one edit
/// turns too many words into others.
pub(crate) const MIN_CORRECTABLE: usize = 6;
