//! Tokens and numeric runs over the folded text: the shared ground every
//! detector walks, computed once per message.

use crate::normalize::Folded;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters only.
    Word,
    /// ASCII digits only.
    Number,
    /// Letters and digits, e.g. `W123456789`.
    Mixed,
    /// Spaces and tabs.
    Space,
    /// A line break (`\n` or `\r`).
    Newline,
    /// Any other single character.
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// A `Punct` token's byte when it is an ASCII mark, else 0: what
    /// [`Scan::is_punct`] compares (it fits in the padding after `kind`).
    pub mark: u8,
}

/// A run of digit groups joined by short separators, e.g. `(415) 555-0142`:
/// `groups` are token indexes of the `Number` tokens, in order.
#[derive(Debug)]
pub(crate) struct Run {
    pub groups: Vec<usize>,
}

pub(crate) struct Scan<'a> {
    pub folded: &'a Folded,
    /// The folded text, ASCII-lowercased (same byte offsets).
    pub lower: &'a str,
    pub tokens: Vec<Token>,
    /// Each token's folded and lowercased text, sliced once here: `tok` and
    /// `low` are asked millions of times a second, and a slice kept is one
    /// bounds test where slicing anew tests both ends for char boundaries
    /// too (as a call of its own in the size-optimised module: 8% of a
    /// check's time in Node).
    texts: Vec<(&'a str, &'a str)>,
    /// The byte pairs of the lowercase text, each hashed to one of 1,024
    /// bits: a literal that a finder looks for in the whole text (`::`,
    /// `(01)`, `http`) is searched for only when all its pairs are set.
    /// In the WebAssembly module a substring search is a two-way searcher
    /// set up per call (no SIMD), which had taken 4% of `check()`.
    pairs: [u64; 16],
    pub runs: Vec<Run>,
    /// Dictionary matches per token, computed once for every clinical finder.
    pub terms: std::cell::OnceCell<crate::detectors::TermMemo>,
    /// Cue flags per token (which short word lists a word is in; see
    /// `clinical::cue`, shared by the name and date finders too), computed
    /// once so each finder asks with a bit test, not a hash lookup.
    pub cues: std::cell::OnceCell<Vec<u64>>,
    /// Conditions named as tests (first token, last token, class), which the
    /// condition finder drops and the procedure finder reports.
    pub tested: std::cell::OnceCell<Vec<crate::detectors::TestedCondition>>,
    /// The clinical terms in other scripts, of every list, found once for
    /// the four clinical finders (`detectors::scripts`).
    pub script_terms: std::cell::OnceCell<Vec<crate::detectors::ScriptHit>>,
    /// The name-list flags of each one-token word, looked up once per scan
    /// (the name finder asks about the same words many times).
    pub name_flags: std::cell::OnceCell<Vec<u8>>,
    /// The tokens a clinical term may start at (see `clinical::starts`),
    /// listed once: a dozen finders walk them, and testing each token's
    /// kind and its neighbour's in every walk mispredicted often.
    pub term_starts: std::cell::OnceCell<Vec<usize>>,
    shouting: std::cell::OnceCell<bool>,
    /// Alphanumeric tokens with the tokens dash-joined to them (`1EG4-TE5-MK73`)
    /// that are long enough to be an ID by shape, as (first token, last
    /// token, bytes without the dashes); shared by the MBI, VIN and DEA finders.
    pub dash_groups: std::cell::OnceCell<Vec<(usize, usize, usize)>>,
    /// Runs of digit words (first token, last token, digits, digit words),
    /// shared by the spelled phone and SSN finders.
    pub spelled_runs: std::cell::OnceCell<Vec<(usize, usize, usize, usize)>>,
    /// Whether a dot mark stands right before a letter somewhere, as one
    /// must before the last label of any domain; shared by the email and
    /// URL finders.
    pub domain_possible: std::cell::OnceCell<bool>,
    /// The indexes of the word, number and mixed tokens, in order: the
    /// finders that start only at one skip the spaces and punctuation.
    pub alnum_tokens: std::cell::OnceCell<Vec<usize>>,
    /// Whether the text is all ASCII: a dozen finders ask, and the common
    /// answer (yes) lets each skip its rules for other scripts.
    pub ascii: bool,
}

/// A CJK unified ideograph.
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// A Hangul syllable.
pub(crate) fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Hiragana or katakana.
pub(crate) fn is_kana(c: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&c)
}

/// Ideographs, kana and Hangul syllables, the scripts written without
/// spaces between words.
pub(crate) fn is_cjk(c: char) -> bool {
    is_han(c) || is_hangul(c) || is_kana(c)
}

/// The tokens of `text`.
fn tokens(text: &str) -> Vec<Token> {
    // About one token in 2.5 bytes in messages (a word and a space):
    // room for all of them at once, not grown twice.
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 2 + 8);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let kind = if c.is_ascii_digit() || is_letter(c) {
            let (mut digit, mut letter) = (c.is_ascii_digit(), !c.is_ascii_digit());
            let mut prev = c;
            while let Some(&(_, n)) = chars.peek() {
                // Digits and ideographs (or Hangul, or kana) part: a
                // number stands in CJK text without spaces around it
                // (`请致电(415) 555-0163预约`). So do ASCII letters: a drug or
                // a test in Latin letters is a word of its own
                // (`食咗lisinopril之後`, `metformin만`, `今回のHbA1c`).
                if (prev.is_ascii_alphanumeric() && is_cjk(n))
                    || (is_cjk(prev) && n.is_ascii_alphanumeric())
                {
                    break;
                }
                if n.is_ascii_digit() {
                    digit = true;
                } else if is_letter(n) {
                    letter = true;
                } else {
                    break;
                }
                prev = n;
                chars.next();
            }
            match (digit, letter) {
                (true, true) => Kind::Mixed,
                (true, false) => Kind::Number,
                _ => Kind::Word,
            }
        } else if c == ' ' || c == '\t' {
            while chars.next_if(|&(_, n)| n == ' ' || n == '\t').is_some() {}
            Kind::Space
        } else if c == '\n' || c == '\r' {
            Kind::Newline
        } else {
            Kind::Punct
        };
        let end = chars.peek().map_or(text.len(), |&(i, _)| i);
        let mark = if kind == Kind::Punct && c.is_ascii() {
            c as u8
        } else {
            0
        };
        tokens.push(Token {
            start,
            end,
            kind,
            mark,
        });
    }
    tokens
}

/// [`tokens`] of an ASCII text (nearly every message), a byte at a time
/// instead of a char at a time: the same tokens without decoding UTF-8
/// (1.3k instructions a check fewer, callgrind).
fn ascii_tokens(text: &str) -> Vec<Token> {
    let b = text.as_bytes();
    let mut tokens: Vec<Token> = Vec::with_capacity(b.len() / 2 + 8);
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        i += 1;
        let kind = if c.is_ascii_alphanumeric() {
            let (mut digit, mut letter) = (c.is_ascii_digit(), !c.is_ascii_digit());
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                digit |= b[i].is_ascii_digit();
                letter |= !b[i].is_ascii_digit();
                i += 1;
            }
            match (digit, letter) {
                (true, true) => Kind::Mixed,
                (true, false) => Kind::Number,
                _ => Kind::Word,
            }
        } else if c == b' ' || c == b'\t' {
            while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
                i += 1;
            }
            Kind::Space
        } else if c == b'\n' || c == b'\r' {
            Kind::Newline
        } else {
            Kind::Punct
        };
        let mark = if kind == Kind::Punct { c } else { 0 };
        tokens.push(Token {
            start,
            end: i,
            kind,
            mark,
        });
    }
    tokens
}

/// The bit of a byte pair in [`Scan`]'s pair set.
fn pair_bit(a: u8, b: u8) -> usize {
    (usize::from(a) * 31 + usize::from(b)) & 1023
}

/// A letter, or a mark inside a word of an Indic or Thai script: a virama
/// (`्`) or nukta is no alphabetic character, but `दिसम्बर` is one word.
/// The danda (`।`, `॥`) ends a sentence.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (!c.is_ascii()
            && (c.is_alphabetic()
                || (matches!(c, '\u{0900}'..='\u{0DFF}' | '\u{0E00}'..='\u{0EFF}')
                    && !matches!(c, '\u{0964}' | '\u{0965}'))))
}

impl<'a> Scan<'a> {
    /// Whether the message is written in capitals (at least 12 letters, 80%
    /// of them upper case), so capitals say nothing about a word.
    pub fn shouting(&self) -> bool {
        *self.shouting.get_or_init(|| {
            let (mut upper, mut total) = (0, 0);
            let text = self.text();
            if self.ascii {
                // The common case, a byte at a time.
                for b in text.bytes().filter(u8::is_ascii_alphabetic) {
                    total += 1;
                    upper += usize::from(b.is_ascii_uppercase());
                }
            } else {
                for c in text.chars().filter(|c| c.is_alphabetic()) {
                    total += 1;
                    upper += usize::from(c.is_uppercase());
                }
            }
            total >= 12 && upper * 10 >= total * 8
        })
    }

    /// The tokens of `folded`, whose ASCII-lowercased text is `lower`.
    pub fn new(folded: &'a Folded, lower: &'a str) -> Scan<'a> {
        let text = folded.text.as_str();
        let ascii = text.is_ascii();
        let tokens = if ascii {
            ascii_tokens(text)
        } else {
            tokens(text)
        };
        debug_assert_eq!(lower.len(), text.len());
        let texts = tokens
            .iter()
            .map(|t| (&text[t.start..t.end], &lower[t.start..t.end]))
            .collect();
        let mut pairs = [0u64; 16];
        for w in lower.as_bytes().windows(2) {
            let bit = pair_bit(w[0], w[1]);
            pairs[bit >> 6] |= 1 << (bit & 63);
        }
        let mut scan = Scan {
            folded,
            lower,
            tokens,
            texts,
            pairs,
            runs: Vec::new(),
            terms: std::cell::OnceCell::new(),
            cues: std::cell::OnceCell::new(),
            tested: std::cell::OnceCell::new(),
            script_terms: std::cell::OnceCell::new(),
            name_flags: std::cell::OnceCell::new(),
            term_starts: std::cell::OnceCell::new(),
            shouting: std::cell::OnceCell::new(),
            dash_groups: std::cell::OnceCell::new(),
            spelled_runs: std::cell::OnceCell::new(),
            domain_possible: std::cell::OnceCell::new(),
            alnum_tokens: std::cell::OnceCell::new(),
            ascii,
        };
        scan.runs = scan.find_runs();
        scan
    }

    pub fn text(&self) -> &str {
        &self.folded.text
    }

    /// Whether the lowercase text may hold `needle` (lowercase, two bytes
    /// or more): false only when it surely does not. Ask it before a
    /// substring search of the whole text, or of a part of it.
    pub fn may_have(&self, needle: &str) -> bool {
        needle.as_bytes().windows(2).all(|w| {
            let bit = pair_bit(w[0], w[1]);
            self.pairs[bit >> 6] >> (bit & 63) & 1 == 1
        })
    }

    /// Whether the lowercase text holds `needle` (lowercase, two bytes or more).
    pub fn has(&self, needle: &str) -> bool {
        self.may_have(needle) && find_str(self.lower, needle, 0).is_some()
    }

    /// The folded text of token `i`; empty past the last token, so a rule
    /// that looks two tokens ahead at the end of a message (`s/` typed
    /// last) reads nothing there instead of panicking.
    pub fn tok(&self, i: usize) -> &'a str {
        self.texts.get(i).map_or("", |t| t.0)
    }

    /// The lowercased text of token `i`; empty past the last token.
    pub fn low(&self, i: usize) -> &'a str {
        self.texts.get(i).map_or("", |t| t.1)
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// Whether any word of the message is one of `words` (lowercase): what a
    /// rule asks of the whole message (`a message about a claim`).
    pub fn has_word(&self, words: &[&str]) -> bool {
        self.tokens
            .iter()
            .any(|t| t.kind == Kind::Word && words.contains(&&self.lower[t.start..t.end]))
    }

    /// Is token `i` the ASCII mark `c`? Asked of nearly every token by many
    /// rules, so one compare of the byte the token keeps (every caller asks
    /// for an ASCII mark; other tokens keep 0).
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        debug_assert!(c.is_ascii() && c != '\0', "is_punct asks for ASCII marks");
        self.tokens.get(i).is_some_and(|t| t.mark == c as u8)
    }

    /// The next token after `i` that is not a space (never crosses a line break).
    pub fn next_solid(&self, i: usize) -> Option<usize> {
        let j = i + 1;
        match self.kind(j)? {
            Kind::Space => (self.kind(j + 1)? != Kind::Newline).then_some(j + 1),
            Kind::Newline => None,
            _ => Some(j),
        }
    }

    /// The previous token before `i` that is not a space (same line).
    pub fn prev_solid(&self, i: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        match self.kind(j)? {
            Kind::Space => {
                let k = j.checked_sub(1)?;
                (self.kind(k)? != Kind::Newline).then_some(k)
            }
            Kind::Newline => None,
            _ => Some(j),
        }
    }

    /// The lowercase text up to `window` bytes before byte `at` on the same
    /// line, and whether its start is a word boundary. Only the window is
    /// read, so the cost of a call does not grow with the text.
    fn window_before(&self, at: usize, window: usize) -> (&str, bool) {
        let mut from = floor_boundary(self.lower, at.saturating_sub(window));
        let mut start_ok = from == 0;
        if let Some(nl) = self.lower.as_bytes()[from..at]
            .iter()
            .rposition(|&b| b == b'\n' || b == b'\r')
        {
            from += nl + 1;
            start_ok = true;
        }
        (&self.lower[from..at], start_ok)
    }

    /// Does one of `phrases` (lowercase, whole words) end within `window`
    /// bytes before byte `at`, on the same line?
    pub fn context_before(&self, at: usize, window: usize, phrases: &[&str]) -> bool {
        let (hay, start_ok) = self.window_before(at, window);
        let starts = WordStarts::of(hay, start_ok);
        phrases
            .iter()
            .any(|p| starts.find(hay, p, start_ok, 0).is_some())
    }

    /// Where the last of `phrases` (whole words) ends within `window` bytes
    /// before byte `at` on the same line, as its distance back from `at`.
    pub fn nearest_before(&self, at: usize, window: usize, phrases: &[&str]) -> Option<usize> {
        let (hay, start_ok) = self.window_before(at, window);
        let starts = WordStarts::of(hay, start_ok);
        let mut best: Option<usize> = None;
        for p in phrases {
            let mut from = 0;
            while let Some(pos) = starts.find(hay, p, start_ok, from) {
                let back = hay.len() - (pos + p.len());
                best = Some(best.map_or(back, |b| b.min(back)));
                from = pos + 1;
            }
        }
        best
    }

    /// Does one of `phrases` start within `window` bytes after byte `at`, on the same line?
    pub fn context_after(&self, at: usize, window: usize, phrases: &[&str]) -> bool {
        let to = ceil_boundary(self.lower, (at + window).min(self.lower.len()));
        let hay = &self.lower[at..to];
        let hay = hay.find(['\n', '\r']).map_or(hay, |nl| &hay[..nl]);
        let starts = WordStarts::of(hay, true);
        phrases
            .iter()
            .any(|p| starts.find(hay, p, true, 0).is_some())
    }

    /// Runs of digit groups, e.g. `+1 (415) 555-0142` or `03/14/1962`.
    fn find_runs(&self) -> Vec<Run> {
        let mut runs = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if self.tokens[i].kind != Kind::Number || self.glued_to_letters_before(i) {
                i += 1;
                continue;
            }
            let mut groups = vec![i];
            let mut j = i;
            while let Some(next) = self.next_group(j) {
                groups.push(next);
                j = next;
            }
            i = j + 1;
            runs.push(Run { groups });
        }
        runs
    }

    fn glued_to_letters_before(&self, i: usize) -> bool {
        i > 0 && matches!(self.tokens[i - 1].kind, Kind::Word | Kind::Mixed)
    }

    /// The next digit group joined to group `j` by at most two separator
    /// characters from `-./() `.
    fn next_group(&self, j: usize) -> Option<usize> {
        let mut k = j + 1;
        let mut seps = 0;
        while let Some(t) = self.tokens.get(k) {
            match t.kind {
                Kind::Number if seps > 0 => return Some(k),
                Kind::Space if t.end - t.start == 1 => {}
                Kind::Punct if matches!(self.tok(k), "-" | "." | "/" | "(" | ")") => {}
                _ => return None,
            }
            seps += 1;
            if seps > 2 {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The separator text between two consecutive groups of a run.
    pub fn sep(&self, a: usize, b: usize) -> &str {
        &self.folded.text[self.tokens[a].end..self.tokens[b].start]
    }
}

/// Where the words of a short text start, found in one pass: a phrase that
/// starts with a letter or digit can only be found by [`find_word`] at a
/// word start, so most of a phrase list is ruled out by a bit test on its
/// first byte, and the rest is compared at those few places only instead
/// of searched for through the text.
struct WordStarts {
    /// The first bytes of the words, by [`WordStarts::bit`].
    set: u64,
    /// The word starts, when the text is short enough to list them.
    at: [u8; WordStarts::MAX],
    /// How many of `at` are set; `None` when they were too many to list.
    n: Option<usize>,
}

impl WordStarts {
    const MAX: usize = 32;

    /// The word starts of `hay` (lowercase); `start_ok` as for [`find_word`].
    fn of(hay: &str, start_ok: bool) -> WordStarts {
        let mut starts = WordStarts {
            set: 0,
            at: [0; WordStarts::MAX],
            n: (hay.len() <= usize::from(u8::MAX)).then_some(0),
        };
        let mut in_word = !start_ok;
        for (i, &b) in hay.as_bytes().iter().enumerate() {
            let alnum = b.is_ascii_alphanumeric();
            if alnum && !in_word {
                starts.set |= WordStarts::bit(b);
                starts.n = match starts.n {
                    Some(n) if n < WordStarts::MAX => {
                        starts.at[n] = i as u8;
                        Some(n + 1)
                    }
                    _ => None,
                };
            }
            in_word = alnum;
        }
        starts
    }

    /// A byte's bit: its low six bits, which tell lowercase letters apart
    /// from each other and digits apart from each other (a digit may share
    /// a letter's bit, which only lets a comparison run).
    fn bit(b: u8) -> u64 {
        1 << (b & 63)
    }

    /// [`find_word`] on the `hay` these starts are of, with the same
    /// `start_ok`.
    fn find(&self, hay: &str, word: &str, start_ok: bool, from: usize) -> Option<usize> {
        let first = *word.as_bytes().first()?;
        if !first.is_ascii_alphanumeric() {
            return find_word(hay, word, start_ok, from);
        }
        if self.set & WordStarts::bit(first) == 0 {
            return None;
        }
        let Some(n) = self.n else {
            return find_word(hay, word, start_ok, from);
        };
        let (hay, word) = (hay.as_bytes(), word.as_bytes());
        self.at[..n].iter().map(|&at| usize::from(at)).find(|&at| {
            // A plain loop: slices' `starts_with` calls `memcmp`, whose
            // call costs more than these few bytes.
            at >= from
                && hay[at] == first
                && hay.len() - at >= word.len()
                && hay[at..].iter().zip(word).all(|(a, b)| a == b)
                && whole_word_at(hay, at, word, start_ok)
        })
    }
}

/// Finds `word` in `hay` at word boundaries (`hay` lowercase ASCII-ish),
/// searching from byte `from`.
/// `start_ok` says whether the start of `hay` counts as a boundary.
fn find_word(hay: &str, word: &str, start_ok: bool, from: usize) -> Option<usize> {
    let bytes = hay.as_bytes();
    let mut from = from;
    while let Some(pos) = find_bytes(&bytes[from..], word.as_bytes()) {
        let at = from + pos;
        if whole_word_at(bytes, at, word.as_bytes(), start_ok) {
            return Some(at);
        }
        from = at + 1;
        while !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// Is `word`, found at byte `at` of `bytes`, a whole word there (and no
/// redaction placeholder)?
fn whole_word_at(bytes: &[u8], at: usize, word: &[u8], start_ok: bool) -> bool {
    let end = at + word.len();
    let first = word[0];
    let last = word[word.len() - 1];
    let before_ok = !first.is_ascii_alphanumeric()
        || if at == 0 {
            start_ok
        } else {
            !bytes[at - 1].is_ascii_alphanumeric()
        };
    let after_ok =
        !last.is_ascii_alphanumeric() || end == bytes.len() || !bytes[end].is_ascii_alphanumeric();
    // `[SSN]` is a placeholder left by redaction, not a label.
    let placeholder = at > 0 && bytes[at - 1] == b'[' && bytes.get(end) == Some(&b']');
    before_ok && after_ok && !placeholder
}

/// Naive substring search: the needles here are short context words, for
/// which building a two-way searcher per call costs more than the search.
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut at = 0;
    while at + needle.len() <= hay.len() {
        let pos = hay[at..=hay.len() - needle.len()]
            .iter()
            .position(|&b| b == first)?;
        let start = at + pos;
        if &hay[start + 1..start + needle.len()] == rest {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

/// Where `needle` first occurs in `hay` at or after byte `from` (a char
/// boundary), by [`find_bytes`]: `str::find` builds a two-way searcher on
/// every call, which the short needles asked here never repay, and is 3 KB
/// of the WebAssembly module.
pub(crate) fn find_str(hay: &str, needle: &str, from: usize) -> Option<usize> {
    find_bytes(&hay.as_bytes()[from..], needle.as_bytes()).map(|at| from + at)
}

pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(crate) fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-at-a-time tokenizer cuts every ASCII text as the
    /// char-at-a-time one does: every corpus message and benchmark message,
    /// and every cut of a text holding each kind of token.
    #[test]
    fn ascii_texts_are_cut_as_the_general_tokenizer_cuts_them() {
        let same = |text: &str| {
            let (a, g) = (ascii_tokens(text), tokens(text));
            assert_eq!(a.len(), g.len(), "{text:?}");
            for (x, y) in a.iter().zip(&g) {
                assert_eq!(
                    (x.start, x.end, x.kind),
                    (y.start, y.end, y.kind),
                    "{text:?}"
                );
            }
        };
        let mixed = "Hi Ana,\r\n\tMRN W123456 \t on 3/14 at 10:00 -- call (415) 555-0142!\n";
        for end in 0..=mixed.len() {
            same(&mixed[..end]);
            same(&mixed[end..]);
        }
        let mut checked = 0;
        for file in ["dev.txt", "heldout.txt", "writers.txt"] {
            let path = format!("{}/tests/corpus/{file}", env!("CARGO_MANIFEST_DIR"));
            for line in std::fs::read_to_string(path).expect("corpus").lines() {
                let text = line.replace("\\n", "\n");
                if text.is_ascii() {
                    same(&text);
                    checked += 1;
                }
            }
        }
        assert!(checked > 5_000, "only {checked} ASCII lines");
    }

    /// The pair set never turns a present literal away, and it turns most
    /// absent ones away: every substring of each text is found, and of the
    /// absent pairs of letters and marks, nearly all are refused before any
    /// search.
    #[test]
    fn the_pair_set_finds_every_substring_and_refuses_most_absent_ones() {
        let texts = [
            "Hi Ana, your visit is 3/14 at 10:00 (01)00812345678901 fe80::1 xx-xx-1234",
            "Ver https://portal.example.org o escriba a ana punto diaz arroba example punto com",
            "ok",
            "",
        ];
        let (mut refused, mut absent) = (0, 0);
        for text in texts {
            let folded = Folded::new(text);
            let lower = folded.text.to_ascii_lowercase();
            let scan = Scan::new(&folded, &lower);
            for start in 0..lower.len() {
                for end in start + 2..=lower.len().min(start + 6) {
                    if let Some(needle) = lower.get(start..end) {
                        assert!(scan.has(needle), "{needle:?} in {text:?}");
                    }
                }
            }
            for a in b"abcdefghijklmnopqrstuvwxyz:.()[]*#" {
                for b in b"abcdefghijklmnopqrstuvwxyz:.()[]*#" {
                    let needle = String::from_utf8(vec![*a, *b]).unwrap();
                    if !lower.contains(&needle) {
                        absent += 1;
                        refused += usize::from(!scan.may_have(&needle));
                        assert!(!scan.has(&needle), "{needle:?} in {text:?}");
                    }
                }
            }
        }
        assert!(refused * 10 >= absent * 9, "{refused} of {absent} refused");
    }
}
