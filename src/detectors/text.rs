//! Finders over words: IDs after their labels, email, URLs, IPv6, spelled-out
//! numbers, dates in words, ages, addresses, names after titles and greetings.

use super::{Cand, Detector};
use crate::scan::{Kind, Scan};

/// Words that may sit between a label and its value: `MRN #: 123`, `member ID is W12`.
const CONNECTORS: &str = words![
    "number", "num", "no", "nbr", "nr", "id", "is", "was", "es", "de", "numero", "ending", "in",
    "of", "code", "en", "del", "su", "your", "#", "on", "file", "record", "listed", "is:", "its",
    // `member ID on the back W2938 4756`.
    "the", "back", "front", "card",
];

/// Where one of `phrases` starts at token `i` (a word), the token after the
/// longest such phrase.
pub(crate) fn phrase_at(scan: &Scan, i: usize, phrases: &[&str]) -> Option<usize> {
    let start = scan.tokens[i].start;
    let rest = &scan.lower.as_bytes()[start..];
    let mut best: Option<usize> = None;
    for p in phrases {
        let pb = p.as_bytes();
        // The first-byte test keeps this loop out of memcmp for almost every phrase.
        if pb.len() > rest.len()
            || pb[0] != rest[0]
            || best.is_some_and(|b| pb.len() <= b)
            || &rest[..pb.len()] != pb
        {
            continue;
        }
        let end_ok = rest
            .get(pb.len())
            .is_none_or(|b| !b.is_ascii_alphanumeric())
            || !pb[pb.len() - 1].is_ascii_alphanumeric();
        if end_ok {
            best = Some(pb.len());
        }
    }
    Some(token_after(scan, i, start + best?))
}

/// A 1024-bit filter on a word's (length, first byte, last byte): most
/// words of a message are turned away with a shift and a mask, before any
/// hashing. A set bit only says "maybe".
#[derive(Default)]
pub(crate) struct WordFilter([u64; 16]);

impl WordFilter {
    #[inline]
    fn slot(w: &[u8]) -> usize {
        match (w.first(), w.last()) {
            (Some(&f), Some(&l)) => (w.len() * 131 + usize::from(f) * 31 + usize::from(l)) & 1023,
            _ => 0,
        }
    }

    pub fn insert(&mut self, w: &str) {
        let slot = WordFilter::slot(w.as_bytes());
        self.0[slot / 64] |= 1 << (slot % 64);
    }

    #[inline]
    pub fn may_contain(&self, w: &str) -> bool {
        let slot = WordFilter::slot(w.as_bytes());
        self.0[slot / 64] & (1 << (slot % 64)) != 0
    }
}

/// A phrase list indexed by first word: one hash lookup per token instead of
/// a walk over the whole list. Built once per list by [`phrase_index!`].
pub(crate) struct PhraseIndex {
    by_first: super::lexicon::FastMap<&'static str, Vec<&'static str>>,
    filter: WordFilter,
}

impl PhraseIndex {
    pub fn new(list: impl WordList) -> PhraseIndex {
        let mut by_first: super::lexicon::FastMap<&'static str, Vec<&'static str>> =
            Default::default();
        let mut filter = WordFilter::default();
        for p in list.words() {
            let first = super::lexicon::first_word(p);
            filter.insert(first);
            by_first.entry(first).or_default().push(p);
        }
        PhraseIndex { by_first, filter }
    }

    /// As [`phrase_at`], for this index's phrases.
    pub fn at(&self, scan: &Scan, i: usize) -> Option<usize> {
        let word = scan.low(i);
        if !self.filter.may_contain(word) {
            return None;
        }
        phrase_at(scan, i, self.by_first.get(word)?)
    }
}

/// The [`PhraseIndex`] of a static phrase list, built on first use.
macro_rules! phrase_index {
    ($list:expr) => {{
        static INDEX: std::sync::OnceLock<$crate::detectors::text::PhraseIndex> =
            std::sync::OnceLock::new();
        INDEX.get_or_init(|| $crate::detectors::text::PhraseIndex::new($list))
    }};
}
pub(crate) use phrase_index;

/// A word list written as a list but stored as one string, each word ended
/// by a newline: `const X: &str = words!["a", "b"];`. A `&[&str]` costs the
/// module a pointer and a length per word beside its text, which gzip
/// cannot squeeze (8.9 KB gzipped for some 6,300 words); read it through
/// [`word_set!`], [`phrase_index!`] or [`WordList::words`], never with
/// `str` methods (`X.contains(&w)` would compile, as a substring search).
/// A list walked on a hot path (`ends_with` over it for every word) stays
/// a slice: splitting it at each call cost 6% of `check()` in Node.
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        concat!($($w, "\n"),*)
    };
}
pub(crate) use words;

/// A static word list, as a slice or as [`words!`] wrote it.
pub(crate) trait WordList: Copy {
    fn words(self) -> impl Iterator<Item = &'static str>;
}

impl WordList for &[&'static str] {
    fn words(self) -> impl Iterator<Item = &'static str> {
        self.iter().copied()
    }
}

impl WordList for &'static str {
    fn words(self) -> impl Iterator<Item = &'static str> {
        self.split_terminator('\n')
    }
}

/// A static word list as a hash set behind a [`WordFilter`].
pub(crate) struct WordSet {
    set: super::lexicon::FastSet<&'static str>,
    filter: WordFilter,
}

impl WordSet {
    pub fn new(list: impl WordList) -> WordSet {
        let mut filter = WordFilter::default();
        let mut set = super::lexicon::FastSet::default();
        for w in list.words() {
            filter.insert(w);
            set.insert(w);
        }
        WordSet { set, filter }
    }

    pub fn contains(&self, w: &str) -> bool {
        self.filter.may_contain(w) && self.set.contains(w)
    }
}

/// A short word list as a test, and as a constant too when the list is
/// read as one: `word_list!(fn title: ["dr", "mr"])` defines `fn title(w)
/// -> bool`, `word_list!(TITLES, fn title: [...])` `TITLES` as well, one
/// string as [`words!`] writes it (read it with [`WordList::words`]: its
/// `contains` would be a substring search). The test is a `match`, which
/// compiles to a switch on the length and then compares of a known length
/// (short words as integers); a slice's `contains(&w)` walked the list
/// calling `memcmp` for each word of the same length (in the WebAssembly
/// module a real call), on paths most tokens take.
macro_rules! word_list {
    ($(#[$doc:meta])* fn $test:ident: [$($w:literal),* $(,)?]) => {
        $(#[$doc])*
        fn $test(w: &str) -> bool {
            matches!(w, $($w)|*)
        }
    };
    ($(#[$doc:meta])* $name:ident, fn $test:ident: [$($w:literal),* $(,)?]) => {
        $(#[$doc])*
        const $name: &str = concat!($($w, "\n"),*);
        $crate::detectors::text::word_list!(fn $test: [$($w),*]);
    };
}
pub(crate) use word_list;

/// The [`WordSet`] of a static word list, built on first use: membership in
/// one lookup instead of a string comparison per entry.
macro_rules! word_set {
    ($list:expr) => {{
        // One set per place the macro is written, built from the first list
        // it is given: the list must be a constant, which this checks (a
        // variable here would answer every call from its first value).
        const _: () = {
            let _ = $list;
        };
        static SET: std::sync::OnceLock<$crate::detectors::text::WordSet> =
            std::sync::OnceLock::new();
        match SET.get() {
            Some(set) => set,
            None => $crate::detectors::text::first_set(&SET, $list),
        }
    }};
}
pub(crate) use word_set;

/// [`word_set!`]'s first use of a place: one function per kind of list, not
/// one closure per place the macro is written.
#[cold]
#[inline(never)]
pub(crate) fn first_set<L: WordList>(
    cell: &'static std::sync::OnceLock<WordSet>,
    list: L,
) -> &'static WordSet {
    cell.get_or_init(|| WordSet::new(list))
}

/// The first token at or after byte `end`, searching from token `i`.
pub(crate) fn token_after(scan: &Scan, i: usize, end: usize) -> usize {
    let mut j = i;
    while j < scan.tokens.len() && scan.tokens[j].end <= end {
        j += 1;
    }
    j
}

/// [`Scan::alnum_tokens`], listed on first use without a branch per token.
pub(crate) fn alnum_tokens<'s>(scan: &'s Scan) -> &'s [usize] {
    scan.alnum_tokens.get_or_init(|| {
        let mut list = vec![0; scan.tokens.len()];
        let mut n = 0;
        for (i, t) in scan.tokens.iter().enumerate() {
            list[n] = i;
            n += usize::from(matches!(t.kind, Kind::Word | Kind::Number | Kind::Mixed));
        }
        list.truncate(n);
        list
    })
}

fn is_alnum_token(scan: &Scan, i: usize) -> bool {
    matches!(scan.kind(i), Some(Kind::Word | Kind::Number | Kind::Mixed))
}

/// An ID-like value after one of the row's context phrases; `labels` are
/// the row's (row, token just after an occurrence of one) pairs (see `Labels`).
pub(crate) fn after_context(
    scan: &Scan,
    row: &Detector,
    labels: &[(usize, usize)],
    out: &mut Vec<Cand>,
) {
    for &(_, after) in labels {
        // `Boise, ID 83706`: Idaho before a ZIP code, not an ID label.
        let idaho = scan.prev_solid(after).is_some_and(|l| {
            scan.tok(l) == "ID"
                && scan.prev_solid(l).is_some_and(|c| scan.is_punct(c, ','))
                && scan
                    .next_solid(l)
                    .is_some_and(|v| scan.kind(v) == Some(Kind::Number) && scan.tok(v).len() == 5)
        });
        if idaho {
            continue;
        }
        let mut j = after;
        // `MRN for Beatrix is ...`, `DL for Rodrigo Diaz: ...`: the person the
        // ID belongs to, between the label and the value.
        if let Some(v) = for_person(scan, j) {
            j = v;
        }
        if let Some((start, end)) = value_after(scan, j, row.category) {
            out.push(Cand::new(start, end));
            continue;
        }
        // `send your new Medicaid number; the one on file, CA-88213049, was
        // rejected`: the value comes a clause later, after `on file`.
        let from = scan.tokens.get(j).map_or(scan.lower.len(), |t| t.start);
        let upto = crate::scan::floor_boundary(scan.lower, (from + 80).min(scan.lower.len()));
        if let Some(at) = crate::scan::find_str(&scan.lower[from..upto], " on file", 0) {
            // Not an SSN's on file after this label: `the guarantor's SSN,
            // last 4 on file 6602`, which the SSN's row finds.
            if scan.lower[from..from + at]
                .split(|c: char| !c.is_alphanumeric() && c != '#')
                .any(|w| matches!(w, "ssn" | "social" | "ss#"))
            {
                continue;
            }
            let mut k = token_after(scan, j, from + at + " on file".len());
            if scan.is_punct(k, ',') {
                k += 1;
            }
            if let Some((start, end)) = value_after(scan, k, row.category) {
                out.push(Cand::new(start, end));
            }
            continue;
        }
        // `patient ID on the bill is PT-0093318`, `account number for your
        // Oct 14 ER visit is V00231847561`: a few words say whose, then `is`,
        // in the same sentence. Not after the generic labels of other IDs
        // (`case`, `order`, `ID`), which are words too often.
        if row.category == crate::Category::OtherId {
            continue;
        }
        let clause = &scan.lower
            [from..crate::scan::floor_boundary(scan.lower, (from + 48).min(scan.lower.len()))];
        let clause = &clause[..clause
            .find(['.', '\n', ';', '?', '!'])
            .unwrap_or(clause.len())];
        let another_label = |between: &str| {
            between
                .split(|c: char| !c.is_alphanumeric() && c != '#')
                .any(|w| {
                    word_set!(words![
                        "ssn", "social", "ss#", "id", "#", "number", "no", "dob", "birth", "phone",
                        "cell", "fax", "mrn", "chart", "member", "policy", "group", "account",
                        "acct", "claim", "license", "dl", "passport", "card", "medicare",
                        "medicaid"
                    ])
                    .contains(w)
                })
        };
        if let Some(at) =
            crate::scan::find_str(clause, " is ", 0).filter(|&at| !another_label(&clause[..at]))
        {
            let k = token_after(scan, j, from + at + " is ".len());
            // An SSN's shape after a clause is an SSN's (`the ID on the
            // disability form is 512-44-0193`), which its own row finds.
            let ssn_shape = |v: &[u8]| {
                v.len() == 11
                    && v.iter().enumerate().all(|(i, b)| match i {
                        3 | 6 => matches!(b, b'-' | b' ' | b'.'),
                        _ => b.is_ascii_digit(),
                    })
            };
            if let Some((start, end)) = value_after(scan, k, row.category)
                .filter(|&(start, end)| !ssn_shape(&scan.text().as_bytes()[start..end]))
            {
                out.push(Cand::new(start, end));
            }
        }
    }
}

/// Two to four capital letters: an ID's prefix (`BCX`, `XKW`).
fn capital_prefix(tok: &str) -> bool {
    (2..=4).contains(&tok.len()) && tok.bytes().all(|b| b.is_ascii_uppercase())
}

/// The ID-like value of `category` at or after token `j`, past separators
/// and connector words: (start, end) bytes.
fn value_after(scan: &Scan, mut j: usize, category: crate::Category) -> Option<(usize, usize)> {
    let plate = category == crate::Category::VehicleId;
    // Skip separators and connector words.
    let mut skipped = 0;
    while j < scan.tokens.len() && skipped < 8 {
        let t = scan.tokens[j];
        let skip = match t.kind {
            Kind::Space => t.end - t.start <= 3,
            Kind::Punct => {
                word_set!(words![":", "#", "-", "=", ".", "(", "'", ","]).contains(scan.tok(j))
            }
            Kind::Word => word_set!(CONNECTORS).contains(scan.low(j)),
            _ => false,
        };
        if !skip {
            break;
        }
        j += 1;
        skipped += 1;
    }
    // A value spelled out in digit words: `eight eight one two zero zero four five`.
    if let Some(end) = spelled_value(scan, j) {
        return Some((scan.tokens[j].start, end));
    }
    // Another identifier's label opens no value of this one: `guarantor SSN
    // 430-77-1294` is the SSN, found by its own row.
    if !is_alnum_token(scan, j) || matches!(scan.low(j), "ssn" | "mrn" | "dob" | "npi" | "dea") {
        return None;
    }
    // The value: alphanumeric tokens joined by dashes (or single spaces between digit groups).
    let start = scan.tokens[j].start;
    let mut end = scan.tokens[j].end;
    let mut k = j;
    while let (Some(sep), Some(next)) = (scan.tokens.get(k + 1), scan.tokens.get(k + 2)) {
        let sep_text = scan.tok(k + 1);
        let joins = match sep.kind {
            Kind::Punct => sep_text == "-" && is_alnum_token(scan, k + 2),
            // Spaced-out digits arrive joined by the normalizer, so
            // `W 2 9 3 8` is a letter, then `2938`: the letter is a prefix,
            // as is a short capitalised prefix that opens the value (`BCX 449 201 883`).
            // A prefix read out letter by letter: `W C 2026 0388 17`.
            Kind::Space
                if next.kind == Kind::Word
                    && [k, k + 2].iter().all(|&l| {
                        scan.tok(l).len() == 1 && scan.tok(l).as_bytes()[0].is_ascii_uppercase()
                    }) =>
            {
                sep_text == " "
            }
            // A plate's letter group after its state, before its digits:
            // `plate IL DV 48213`.
            Kind::Space if plate && next.kind == Kind::Word => {
                let short_caps = |i: usize| {
                    (1..=4).contains(&scan.tok(i).len())
                        && scan.tok(i).bytes().all(|b| b.is_ascii_uppercase())
                };
                sep_text == " "
                    && k == j
                    && short_caps(k)
                    && short_caps(k + 2)
                    && scan.tok(k + 3) == " "
                    && matches!(scan.kind(k + 4), Some(Kind::Number | Kind::Mixed))
            }
            Kind::Space => {
                sep_text == " "
                    && matches!(next.kind, Kind::Number | Kind::Mixed)
                    && next.end - next.start >= 3
                    && (plate
                        || scan.kind(k) != Some(Kind::Word)
                        || scan.tokens[k].end - scan.tokens[k].start == 1
                        || (k == j && capital_prefix(scan.tok(k))))
            }
            _ => false,
        };
        if !joins {
            break;
        }
        k += 2;
        end = scan.tokens[k].end;
    }
    let value = &scan.text()[start..end];
    let alnum = value.bytes().filter(u8::is_ascii_alphanumeric).count();
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let enough = match category {
        // Not four digits alone (a year, a time).
        crate::Category::VehicleId => alnum >= 4 && digits >= 1 && !(alnum == 4 && digits == 4),
        // A device's serial may hold two digits only: `old SN 8RQ4TN`.
        crate::Category::DeviceId => alnum >= 5 && digits >= 2,
        _ => alnum >= 4 && digits >= 3,
    };
    enough.then_some((start, end))
}

const TLDS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "mil", "us", "io", "co", "info", "biz", "health", "care",
    "clinic", "app", "me", "ly", "ai", "dev", "online", "site", "link", "ca", "uk", "mx", "es",
    "de", "fr", "in", "au", "cloud", "email", "mail", "hospital", "doctor", "md",
];

const AT_MARKS: &[&str] = &[
    "@", " @ ", "[at]", "(at)", "{at}", " [at] ", " (at) ", " {at} ", " at ", " arroba ",
];
const DOT_MARKS: &[&str] = &[
    ".", "[.]", "(.)", "[dot]", "(dot)", "{dot}", " [dot] ", " (dot) ", " dot ", " punto ",
];

fn mark_at(s: &str, at: usize, marks: &[&str]) -> Option<usize> {
    // Most positions start no mark: compare one byte before whole marks.
    let first = *s.as_bytes().get(at)?;
    marks
        .iter()
        .filter(|m| m.as_bytes()[0] == first && s[at..].starts_with(**m))
        .map(|m| m.len())
        .max()
}

fn label_len(b: &[u8], at: usize) -> usize {
    b[at..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
        .count()
}

/// A domain at `at`: labels joined by dot marks, ending in a TLD. Returns its
/// end and whether it used a spelled-out or bracketed dot.
fn domain(lower: &str, at: usize, tld_required: bool) -> Option<(usize, bool)> {
    let b = lower.as_bytes();
    let mut pos = at;
    let mut labels = 0;
    let mut obfuscated = false;
    let mut end = None;
    loop {
        let n = label_len(b, pos);
        if n == 0 {
            break;
        }
        pos += n;
        labels += 1;
        let label = &lower[pos - n..pos];
        if labels >= 2
            && label.bytes().all(|c| c.is_ascii_alphabetic())
            && label.len() >= 2
            && (!tld_required || TLDS.contains(&label))
        {
            end = Some((pos, obfuscated));
        }
        match mark_at(lower, pos, DOT_MARKS) {
            Some(m) if pos + m < b.len() && b[pos + m].is_ascii_alphanumeric() => {
                obfuscated |= m > 1;
                pos += m;
            }
            _ => break,
        }
    }
    end
}

/// Whether a [`domain`] could end somewhere in the text: its last label is
/// letters right after a dot mark, so `.` before a letter, `.]`, `.)`, `dot`
/// or `punto` must occur. Found once per scan.
fn domain_possible(scan: &Scan) -> bool {
    *scan.domain_possible.get_or_init(|| {
        let lower = scan.lower;
        let b = lower.as_bytes();
        lower.match_indices('.').any(|(i, _)| {
            b.get(i + 1)
                .is_some_and(|&n| n.is_ascii_alphabetic() || n == b']' || n == b')')
        }) || scan.has("dot")
            || scan.has("punto")
    })
}

/// Words that stand before `at` in a sentence, not before a domain in a mailbox.
const NOT_MAILBOXES: &str = words![
    "pay",
    "us",
    "me",
    "you",
    "him",
    "her",
    "them",
    "it",
    "this",
    "that",
    "online",
    "look",
    "arrive",
    "meet",
    "available",
    "here",
    "there",
    "apply",
    "register",
    "book",
    "schedule",
    "call",
    "see",
    "find",
    "visit",
    "open",
    "closed",
    "portal",
    "home",
    "work",
    "sign",
    "log",
    "login",
    "in",
    "up",
    "out",
    "off",
    "info",
    "more",
    "details",
    "results",
    "paying",
    "forms",
    "form",
    "anytime",
    "today",
    "now",
    "check",
    "located",
    "access",
    "order",
    "refill",
    "refills",
    "request",
    "questions",
    "ready",
];

/// Email addresses, including `+tags` and spelled-out or bracketed `at`/`dot`.
pub(crate) fn email(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    // Every address ends in a domain.
    if !domain_possible(scan) {
        return;
    }
    let lower = scan.lower;
    let b = lower.as_bytes();
    let local_char =
        |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
    let mut p = 0;
    while p < b.len() {
        // Every at-mark holds an `@` or an `a` in its first three bytes: no
        // mark starts more than two bytes before the next of them.
        let Some(next) = b[p..].iter().position(|&c| c == b'@' || c == b'a') else {
            break;
        };
        p = (p + next).saturating_sub(2).max(p);
        // Cheap test first: every at-mark starts with `@`, or a space or bracket before `a`/`@`.
        let maybe = match b[p] {
            b'@' => true,
            b' ' => matches!(b.get(p + 1), Some(b'a' | b'@' | b'[' | b'(' | b'{')),
            b'[' | b'(' | b'{' => b.get(p + 1) == Some(&b'a'),
            _ => false,
        };
        let Some(m) = maybe.then(|| mark_at(lower, p, AT_MARKS)).flatten() else {
            p += 1;
            continue;
        };
        let mut s = p;
        while s > 0 && local_char(b[s - 1]) {
            s -= 1;
        }
        while s < p && !b[s].is_ascii_alphanumeric() {
            s += 1;
        }
        let spelled = m > 1;
        // A mailbox spelled out too: `marco dot rinaldi at example dot com`.
        while spelled && s >= 5 && &b[s - 5..s] == b" dot " {
            let mut t = s - 5;
            while t > 0 && local_char(b[t - 1]) {
                t -= 1;
            }
            if t == s - 5 {
                break;
            }
            s = t;
        }
        // `Pay at example.org`, `see us at clinic.example.com`: a word of the
        // sentence before a spelled `at` is no mailbox.
        let sentence_word = spelled
            && lower[p..].starts_with(" at ")
            && word_set!(NOT_MAILBOXES).contains(&lower[s..p]);
        if s < p && !sentence_word {
            if let Some((end, obfuscated_dot)) = domain(lower, p + m, spelled) {
                let plain = !spelled && !obfuscated_dot;
                if plain || TLDS.iter().any(|t| lower[..end].ends_with(t)) {
                    out.push(Cand::new(s, end));
                    p = end;
                    continue;
                }
            }
        }
        p += 1;
    }
}

const SCHEMES: &[&str] = &[
    "https://",
    "http://",
    "hxxps://",
    "hxxp://",
    "https[:]//",
    "http[:]//",
    "hxxps[:]//",
    "hxxp[:]//",
    "www.",
    "www[.]",
];

/// Web addresses: with a scheme (also defanged `hxxps`, `[:]`), `www.`, or a
/// bare domain ending in a known TLD, with any path.
pub(crate) fn url(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    let lower = scan.lower;
    // A web address starts with a scheme (all start `http`, `hxxp` or
    // `www`) or is a domain.
    let scheme_possible = scan.has("http") || scan.has("hxxp") || scan.has("www");
    if !scheme_possible && !domain_possible(scan) {
        return;
    }
    let b = lower.as_bytes();
    // The rest of a URL: everything up to a space, quote or non-ASCII character.
    let extend = |mut e: usize| {
        while e < b.len()
            && b[e] > b' '
            && !matches!(b[e], b'<' | b'>' | b'"' | b'\'')
            && b[e] < 0x7f
        {
            e += 1;
        }
        e
    };
    let mut p = 0;
    while p < b.len() {
        let boundary = p == 0
            || !b[p - 1].is_ascii_alphanumeric() && !matches!(b[p - 1], b'@' | b'.' | b'-' | b'_');
        if !boundary || !b[p].is_ascii_alphanumeric() {
            p += 1;
            continue;
        }
        // Every scheme starts `ht`, `hx` or `ww`.
        let scheme = if matches!(
            (b[p], b.get(p + 1)),
            (b'h', Some(b't' | b'x')) | (b'w', Some(b'w'))
        ) {
            SCHEMES.iter().find(|s| lower[p..].starts_with(**s))
        } else {
            None
        };
        // A bare domain needs a dot mark right after its first label, and
        // a label after that (the only mark starting `.` is `.` itself):
        // whole words without one are skipped, which keeps this linear in the text.
        let label = label_len(b, p);
        let dotted = match b.get(p + label) {
            Some(b'.') => b.get(p + label + 1).is_some_and(u8::is_ascii_alphanumeric),
            Some(b'[' | b'(' | b'{') => true,
            Some(b' ') => matches!(b.get(p + label + 1), Some(b'd' | b'p' | b'[' | b'(')),
            _ => false,
        };
        let end = match scheme {
            Some(s) => Some(extend(p + s.len())).filter(|&e| e > p + s.len()),
            None if dotted => domain(lower, p, true).map(|(e, _)| {
                let path = e < b.len()
                    && matches!(b[e], b'/' | b':')
                    && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric);
                if path {
                    extend(e)
                } else {
                    e
                }
            }),
            None => {
                p += label.max(1);
                continue;
            }
        };
        match end {
            Some(mut e) => {
                while e > p
                    && matches!(
                        b[e - 1],
                        b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'}'
                    )
                    && !lower[..e].ends_with("[.]")
                {
                    e -= 1;
                }
                if e < b.len() && b[e] == b'@' {
                    p = e + 1;
                    continue;
                }
                out.push(Cand::new(p, e));
                p = e;
            }
            None => p += label.max(1),
        }
    }
}

/// How many times `byte` occurs in `b`, counted in 8-bit lanes (which the
/// compiler vectorises) over chunks short enough not to overflow them.
fn count_byte(b: &[u8], byte: u8) -> usize {
    b.chunks(255)
        .map(|c| usize::from(c.iter().fold(0u8, |n, &x| n + u8::from(x == byte))))
        .sum()
}

/// IPv6 addresses: eight hex groups, or a `::`-compressed form.
pub(crate) fn ipv6(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    let b = scan.lower.as_bytes();
    // A match holds two colons side by side (`::`) or seven in all (eight
    // groups): other texts have no address.
    if !scan.has("::") && count_byte(b, b':') < 7 {
        return;
    }
    let hex = |c: u8| c.is_ascii_hexdigit();
    let mut p = 0;
    while p < b.len() {
        let starts = (hex(b[p]) || (b[p] == b':' && b.get(p + 1) == Some(&b':')))
            && (p == 0 || !(b[p - 1].is_ascii_alphanumeric() || b[p - 1] == b':'));
        if !starts {
            p += 1;
            continue;
        }
        let (mut e, mut groups, mut compressed, mut colons) = (p, 0, false, 0);
        loop {
            let n = b[e..].iter().take_while(|c| hex(**c)).count();
            if n > 4 {
                groups = 0;
                break;
            }
            if n > 0 {
                groups += 1;
                e += n;
            }
            if b.get(e) == Some(&b':') && b.get(e + 1) == Some(&b':') && !compressed {
                compressed = true;
                colons += 2;
                e += 2;
            } else if b.get(e) == Some(&b':') && b.get(e + 1).is_some_and(|c| hex(*c)) && n > 0 {
                colons += 1;
                e += 1;
            } else {
                break;
            }
        }
        let tail_ok = b.get(e).is_none_or(|c| !c.is_ascii_alphanumeric());
        if tail_ok
            && colons >= 2
            && ((groups == 8 && !compressed) || (compressed && (2..8).contains(&groups)))
        {
            out.push(Cand::new(p, e));
            p = e;
        } else {
            p += 1;
        }
    }
}

/// ` for Name is `, ` for Name Surname: ` starting at token `j`: the token
/// after it.
fn for_person(scan: &Scan, j: usize) -> Option<usize> {
    let f = if scan.kind(j) == Some(Kind::Space) {
        j + 1
    } else {
        j
    };
    if !scan.is_word(f) || scan.low(f) != "for" || scan.kind(f + 1) != Some(Kind::Space) {
        return None;
    }
    let mut k = f + 2;
    let mut names = 0;
    while names < 3
        && scan.is_word(k)
        && scan.tok(k).starts_with(|c: char| c.is_uppercase())
        && !word_set!(CONNECTORS).contains(scan.low(k))
    {
        names += 1;
        k += 1;
        if scan.kind(k) == Some(Kind::Space) {
            k += 1;
        }
    }
    if names == 0 {
        return None;
    }
    (scan.is_punct(k, ':') || (scan.is_word(k) && scan.low(k) == "is")).then_some(k)
}

/// A value of at least four digit words from token `j` (`eight eight one
/// two`), mixed with short digit groups: the byte where it ends.
/// Up to three capital letters may open it, spelled one by one as a
/// chart number's prefix is read out: `R B zero zero seven eight one`.
fn spelled_value(scan: &Scan, j: usize) -> Option<usize> {
    let mut f = j;
    while f < j + 6
        && scan.is_word(f)
        && scan.tok(f).len() == 1
        && scan.tok(f).bytes().all(|b| b.is_ascii_uppercase())
        && scan.tok(f + 1) == " "
    {
        f += 2;
    }
    if !scan.is_word(f) || digit_word(scan.low(f)).is_none() || scan.low(f) == "oh" {
        return None;
    }
    let (mut digits, mut words, mut last, mut k) = (0, 0, f, f);
    while k < scan.tokens.len() {
        match scan.kind(k) {
            Some(Kind::Word) if digit_word(scan.low(k)).is_some() => {
                digits += 1;
                words += 1;
                last = k;
            }
            Some(Kind::Number) if scan.tok(k).len() <= 4 => {
                digits += scan.tok(k).len();
                last = k;
            }
            Some(Kind::Space) => {}
            Some(Kind::Punct) if matches!(scan.tok(k), "-" | ",") => {}
            _ => break,
        }
        k += 1;
    }
    (words >= 3 && digits >= 5).then(|| scan.tokens[last].end)
}

/// The value of a number word read as a pair of digits: a teen (`ten` …
/// `nineteen`, 10–19), two digits whole, or a tens word (`twenty` …
/// `ninety`, 20–90), whose unit may follow as a word of its own.
pub(crate) fn tens_word(w: &str) -> Option<u32> {
    Some(match w {
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

pub(crate) fn digit_word(w: &str) -> Option<u8> {
    Some(match w {
        "zero" | "cero" | "oh" => 0,
        "one" | "uno" | "un" => 1,
        "two" | "dos" => 2,
        "three" | "tres" => 3,
        "four" | "cuatro" => 4,
        "five" | "cinco" => 5,
        "six" | "seis" => 6,
        "seven" | "siete" => 7,
        "eight" | "ocho" => 8,
        "nine" | "nueve" => 9,
        _ => return None,
    })
}

/// Phone numbers spelled out in English or Spanish, alone or mixed with digits:
/// `four one five, five five five, zero one four two`.
pub(crate) fn spelled_phone(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    for &(first, last, digits, words) in spelled_runs(scan) {
        let enough_words = words >= 3 || (words >= 2 && digits >= 10);
        if enough_words && matches!(digits, 7 | 10 | 11) {
            out.push(Cand::new(scan.tokens[first].start, scan.tokens[last].end));
        }
    }
}

/// SSNs spelled out (`five two three, one one, four four zero six`) after an SSN label.
pub(crate) fn spelled_ssn(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    for &(first, last, digits, words) in spelled_runs(scan) {
        // Or its last four, read out right after the label: `last 4 of my
        // social is four four one seven`, `last 4 is six six one nine`.
        let start = scan.tokens[first].start;
        if words >= 3
            && ((digits == 9 && scan.context_before(start, 40, row.context))
                || (digits == 4
                    && (scan.context_before(start, 16, row.context)
                        || super::numeric::last_four_alone(scan, start))))
        {
            out.push(Cand::new(scan.tokens[first].start, scan.tokens[last].end));
        }
    }
}

/// Runs of digit words, alone or mixed with short digit groups:
/// (first token, last token, digits, digit words); computed once per scan
/// into [`Scan::spelled_runs`].
pub(crate) fn spelled_runs<'a>(scan: &'a Scan) -> &'a [(usize, usize, usize, usize)] {
    scan.spelled_runs.get_or_init(|| find_spelled_runs(scan))
}

fn find_spelled_runs(scan: &Scan) -> Vec<(usize, usize, usize, usize)> {
    let mut runs = Vec::new();
    // The first token after the last run.
    let mut next = 0;
    for &i in alnum_tokens(scan) {
        let t = scan.tokens[i];
        // Digit words are two to six bytes long.
        let starts = i >= next
            && t.kind == Kind::Word
            && (2..=6).contains(&(t.end - t.start))
            && digit_word(scan.low(i)).is_some_and(|_| scan.low(i) != "oh" && scan.low(i) != "un");
        if !starts {
            continue;
        }
        let (mut digits, mut words, mut last, mut j) = (0, 0, i, i);
        // A tens word waiting for its unit: `eighty one` is two digits,
        // `seventy` alone two too.
        let mut tens = false;
        while j < scan.tokens.len() {
            let t = scan.tokens[j];
            match t.kind {
                Kind::Word if digit_word(scan.low(j)).is_some() => {
                    // A unit after a tens word is its second digit; a zero
                    // after one leaves the tens word's own zero.
                    let unit = digit_word(scan.low(j)) != Some(0);
                    digits += 1 + usize::from(tens && !unit);
                    tens = false;
                    words += 1;
                    last = j;
                }
                // Read in pairs: `four oh nine, eighty one, twenty two seventy`.
                Kind::Word if tens_word(scan.low(j)).is_some() => {
                    let teen = tens_word(scan.low(j)).is_some_and(|v| v < 20);
                    digits += usize::from(tens) + 1 + usize::from(teen);
                    tens = !teen;
                    words += 1;
                    last = j;
                }
                // Read with its dashes: `five five one dash three oh dash …`.
                Kind::Word if matches!(scan.low(j), "dash" | "guion") => {}
                Kind::Number if t.end - t.start <= 4 => {
                    digits += t.end - t.start + usize::from(tens);
                    tens = false;
                    last = j;
                }
                Kind::Space => {}
                Kind::Punct if matches!(scan.tok(j), "-" | "," | "." | "(" | ")") => {}
                _ => break,
            }
            j += 1;
        }
        // A tens word closing the run is two digits: `… twenty two seventy`.
        digits += usize::from(tens);
        runs.push((i, last, digits, words));
        next = last + 1;
    }
    runs
}

/// Month names and abbreviations, English, Spanish and the other languages
/// of a clinic's patients (accents folded).
pub(crate) const MONTHS: &str = words![
    // Misspelled as patients type them: `born octobr 2 1958`.
    "janurary",
    "janaury",
    "febuary",
    "feburary",
    "febrary",
    "apirl",
    "agust",
    "augst",
    "septmber",
    "setember",
    "octobr",
    "octuber",
    "novmber",
    "decmber",
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sept",
    "sep",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
    "enero",
    "ene",
    "febrero",
    "marzo",
    "abril",
    "abr",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "ago",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "dic",
    // Hindi and Nepali, in Devanagari (digits fold to ASCII): `17 दिसंबर`,
    // `डिसेम्बर ११`.
    "जनवरी",
    "फरवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "सितम्बर",
    "अक्टूबर",
    "नवंबर",
    "नवम्बर",
    "दिसंबर",
    "दिसम्बर",
    "नोभेम्बर",
    "डिसेम्बर",
    // Portuguese, Haitian Creole, Polish (the genitive a date takes),
    // Tagalog and French, where not written as above; none counts without
    // its day or year, and words that are English or Spanish words too
    // (Creole `mas`, `me`, `out`; French `mars`, `mai`) are left out.
    // Italian.
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
    "janeiro",
    "fevereiro",
    "marco",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "janvye",
    "fevriye",
    "avril",
    "jiye",
    "septanm",
    "oktob",
    "novanm",
    "desanm",
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "wrzesnia",
    "pazdziernika",
    "listopada",
    "grudnia",
    "pebrero",
    "marso",
    "hunyo",
    "hulyo",
    "setyembre",
    "oktubre",
    "nobyembre",
    "disyembre",
    // Samoan and Tongan, where not written as above.
    "ianuari",
    "fepuari",
    "aperila",
    "aokuso",
    "setema",
    "oketopa",
    "novema",
    "tesema",
    "sanuali",
    "fepueli",
    "sepitema",
    "okatopa",
    "tisema",
    // Somali, after a day with its ordinal `-da`: `8da Diseembar`.
    "janaayo",
    "febraayo",
    "maarso",
    "abriil",
    "juun",
    "luulyo",
    "ogosto",
    "sebtembar",
    "oktoobar",
    "nofembar",
    "diseembar",
    "disembar",
    // Persian and Dari, as the Gregorian months are written (Arabic's are
    // below): `18 دسامبر`, `مارچ ۱۸`.
    "ژانویه",
    "فوریه",
    "آوریل",
    "ژوئن",
    "ژوئیه",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
    "مارچ",
    // Swahili (not `Mei` and `Juni`, names too).
    "januari",
    "februari",
    "machi",
    "aprili",
    "julai",
    "agosti",
    "septemba",
    "oktoba",
    "novemba",
    "desemba",
    "janvier",
    "fevrier",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "decembre",
    // Ukrainian and Russian, in the genitive a date takes (`8 грудня`), with
    // their Latin-looking letters folded as the text is (`гpyдня`), and
    // Arabic (`9 ديسمبر`); each needs its day or year like the rest.
    "ciчня",
    "лютoгo",
    "бepeзня",
    "квiтня",
    "тpaвня",
    "чepвня",
    "липня",
    "cepпня",
    "вepecня",
    "жoвтня",
    "лиcтoпaдa",
    "гpyдня",
    "янвapя",
    "фeвpaля",
    "мapтa",
    "aпpeля",
    "мaя",
    "июня",
    "июля",
    "aвгycтa",
    "ceнтябpя",
    "oктябpя",
    "нoябpя",
    "дeкaбpя",
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "اغسطس",
    "سبتمبر",
    "أكتوبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// Whether lowercase `w` is one of [`MONTHS`].
pub(crate) fn month(w: &str) -> bool {
    word_set!(MONTHS).contains(w)
}

/// A day of the month at token `i` (`14`, `14th`, `1st`); returns whether it is one.
fn day(scan: &Scan, i: usize) -> bool {
    let Some(kind) = scan.kind(i) else {
        return false;
    };
    let t = scan.low(i);
    let (num, suffix) = t.split_at(t.bytes().take_while(u8::is_ascii_digit).count());
    let ok_suffix = match kind {
        Kind::Number => true,
        Kind::Mixed => matches!(suffix, "st" | "nd" | "rd" | "th" | "o" | "da" | "ka"),
        _ => false,
    };
    ok_suffix && num.len() <= 2 && num.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Days of the month spelled as ordinals: `the fourteenth of January`,
/// `March first`, `the twenty-first of May` (its `first` after `twenty-`).
const SPELLED_DAYS: &str = words![
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
];

/// A day spelled as an ordinal at token `i`: its first token
/// (`twenty` of `twenty-first`), if it is one.
fn spelled_day(scan: &Scan, i: usize) -> Option<usize> {
    if !scan.is_word(i) || !word_set!(SPELLED_DAYS).contains(scan.low(i)) {
        return None;
    }
    let tens =
        (i >= 2 && scan.is_punct(i - 1, '-') && matches!(scan.low(i - 2), "twenty" | "thirty"))
            .then(|| i - 2);
    Some(tens.unwrap_or(i))
}

fn year(scan: &Scan, i: usize) -> bool {
    scan.kind(i) == Some(Kind::Number)
        && scan.tok(i).len() == 4
        && scan
            .tok(i)
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// The next solid token after `i`, skipping one optional punctuation mark from `skip`.
pub(crate) fn next_skipping(scan: &Scan, i: usize, skip: &[&str]) -> Option<usize> {
    let n = scan.next_solid(i)?;
    if scan.kind(n) == Some(Kind::Punct) && skip.contains(&scan.tok(n)) {
        return scan.next_solid(n);
    }
    Some(n)
}

/// Dates in words: `March 14`, `Mar. 14th, 1962`, `14 March 1962`, `the 14th
/// of March`, `March 2024`, `5 de marzo (de 2025)`.
pub(crate) fn word_date(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    use super::clinical::{cue, has_cue};
    if !scan.ascii || scan.has(" yue ") {
        numbered_month_date(scan, out);
    }
    for &i in alnum_tokens(scan) {
        // One bit test turns away every word that is no month (or
        // Vietnamese `tháng`); a word with the flag is one, so the list is
        // not asked again.
        if !has_cue(scan, i, cue::MONTH) {
            continue;
        }
        if scan.low(i) == "thang" {
            vietnamese_date(scan, i, out);
            continue;
        }
        // Haitian Creole's `mas` (March), `jen` (June) and `out` (August)
        // are words elsewhere: a date only after a day, in a message in
        // Creole's own words (`randevou ou se 26 mas a 10è`, `vizit 12 mas
        // la`).
        if matches!(scan.low(i), "mas" | "jen" | "out") {
            if let Some(d) = scan.prev_solid(i).filter(|&d| day(scan, d)) {
                if (0..scan.tokens.len()).any(|w| {
                    word_set!(words![
                        "randevou", "vizit", "bonjou", "klinik", "pou", "nan"
                    ])
                    .contains(scan.low(w))
                }) {
                    out.push(Cand::new(scan.tokens[d].start, scan.tokens[i].end));
                }
            }
            continue;
        }
        let w = scan.tok(i);
        // "may" and "mar" are words too; only capitalised and followed by a day or year do they count.
        let ambiguous = word_set!(words![
            "may", "mar", "jun", "ago", "dic", "ene", "sep", "dec", "jan"
        ])
        .contains(scan.low(i));
        // Lowercase `may` is a month only before an ordinal day or a day
        // and its year: `dob may 3, 1979`, `may 3rd`, not `it may 3x`.
        if ambiguous && !w.starts_with(|c: char| c.is_ascii_uppercase()) && scan.low(i) == "may" {
            let dated = next_skipping(scan, i, &["."]).is_some_and(|n| {
                day(scan, n)
                    && (scan.kind(n) != Some(Kind::Number)
                        || next_skipping(scan, n, &[","]).is_some_and(|y| year(scan, y)))
            });
            if !dated {
                continue;
            }
        }
        // Joined by one hyphen or slash, as charts print them: `08-APR-1962`,
        // `8/Apr/62`, `Apr-08-1962`; a year of two digits too.
        let joined = |a: usize, b: usize| {
            (scan.is_punct(a, '-') || scan.is_punct(a, '/')) && scan.tok(a) == scan.tok(b)
        };
        let short_year = |k: usize| {
            year(scan, k) || (scan.kind(k) == Some(Kind::Number) && scan.tok(k).len() == 2)
        };
        if i >= 2 && joined(i - 1, i + 1) && day(scan, i - 2) && short_year(i + 2) {
            out.push(Cand::new(scan.tokens[i - 2].start, scan.tokens[i + 2].end));
            continue;
        }
        if joined(i + 1, i + 3) && day(scan, i + 2) && short_year(i + 4) {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[i + 4].end));
            continue;
        }
        let mut start = scan.tokens[i].start;
        let mut end = None;
        // Month first: March 14(th)(, 1962) | March 2024.
        if let Some(n) = next_skipping(scan, i, &["."]) {
            // (Not a time: `March 14:30`; a colon ending the clause is
            // none, `your PET/CT on November 18: no evidence`.)
            if (day(scan, n) || (spelled_day(scan, n).is_some() && !ambiguous))
                && !scan.next_solid(n).is_some_and(|x| {
                    scan.is_punct(x, ':') && scan.kind(x + 1) == Some(Kind::Number)
                })
            {
                end = Some(scan.tokens[n].end);
                if let Some(y) = next_skipping(scan, n, &[","]).filter(|&y| year(scan, y)) {
                    end = Some(scan.tokens[y].end);
                }
            } else if year(scan, n) {
                end = Some(scan.tokens[n].end);
            }
        }
        // Day first: 14 March | the 14th of March | 5 de marzo.
        if let Some(p) = scan.prev_solid(i) {
            let of = matches!(scan.low(p), "of" | "de");
            let p = if of { scan.prev_solid(p) } else { Some(p) };
            // A spelled day only with its `of`: `the fourth of February`.
            let first = p.and_then(|p| {
                if day(scan, p) {
                    Some(p)
                } else if of && scan.low(scan.next_solid(p)?) == "of" {
                    spelled_day(scan, p)
                } else {
                    None
                }
            });
            if let Some(p) = first {
                start = scan.tokens[p].start;
                let month_end = scan.tokens[i].end;
                let mut e = month_end;
                if let Some(n) = scan.next_solid(i) {
                    let y = if matches!(scan.low(n), "de" | "del") || scan.is_punct(n, ',') {
                        scan.next_solid(n)
                    } else {
                        Some(n)
                    };
                    if let Some(y) = y.filter(|&y| year(scan, y)) {
                        e = scan.tokens[y].end;
                    }
                }
                end = Some(end.map_or(e, |x: usize| x.max(e)));
            }
        }
        if let Some(end) = end {
            out.push(Cand::new(start, end));
        }
    }
}

/// A Vietnamese date around `tháng` (month) at token `i`, which a month's
/// number follows and a day comes before: `ngày 9 tháng 12`, `9 tháng 12 năm
/// 2026`. A month with no day is no date (`3 tháng` is three months).
/// A date written with the month's number and the words for month and
/// day, in Chinese, Japanese and Korean or in pinyin: `12月21日`,
/// `12月4号`, `11월 16일`, `6 yue 10 hao`; from the month's number
/// through the day's word.
fn numbered_month_date(scan: &Scan, out: &mut Vec<Cand>) {
    // Pinyin, in words: `6 yue 10 hao`.
    for i in 0..scan.tokens.len() {
        if scan.low(i) != "yue" {
            continue;
        }
        let number = |k: Option<usize>, max: u32| {
            k.filter(|&k| {
                scan.kind(k) == Some(Kind::Number)
                    && scan
                        .tok(k)
                        .parse::<u32>()
                        .is_ok_and(|n| (1..=max).contains(&n))
            })
        };
        if let (Some(m), Some(d)) = (
            number(scan.prev_solid(i), 12),
            number(scan.next_solid(i), 31),
        ) {
            if let Some(w) = scan
                .next_solid(d)
                .filter(|&w| matches!(scan.low(w), "hao" | "ri"))
            {
                out.push(Cand::new(scan.tokens[m].start, scan.tokens[w].end));
            }
        }
    }
    // In the scripts, one run of digits and signs: `12月21日`, `11월 16일`.
    let text = scan.text();
    let digits = |from: usize, back: bool| {
        let b = text.as_bytes();
        let mut k = from;
        let mut n = 0;
        while n < 2 {
            let at = if back { k.checked_sub(1) } else { Some(k) };
            match at.filter(|&a| b.get(a).is_some_and(u8::is_ascii_digit)) {
                Some(a) => {
                    k = if back { a } else { a + 1 };
                    n += 1;
                }
                None => break,
            }
        }
        (n > 0).then(|| {
            let (lo, hi) = if back { (k, from) } else { (from, k) };
            (k, text[lo..hi].parse::<u32>().unwrap_or(0))
        })
    };
    for (at, month) in text.match_indices(['月', '월']) {
        let Some((mut start, m)) = digits(at, true) else {
            continue;
        };
        // A year before it joins the date: `1958년 4월 2일`, `1940年7月8日`.
        let b = text.as_bytes();
        let spaced = usize::from(start > 0 && b[start - 1] == b' ');
        if let Some(y) = ["년", "年"]
            .into_iter()
            .find(|y| text[..start - spaced].ends_with(y))
            .map(|y| start - spaced - y.len())
            .filter(|&y| y >= 4 && b[y - 4..y].iter().all(u8::is_ascii_digit))
        {
            start = y - 4;
        }
        let after = at + month.len();
        let from = after + usize::from(text.as_bytes().get(after) == Some(&b' '));
        let Some((end, d)) = digits(from, false) else {
            continue;
        };
        let day = ['日', '号', '號', '일']
            .into_iter()
            .find(|&c| text[end..].starts_with(c));
        if let Some(c) = day.filter(|_| (1..=12).contains(&m) && (1..=31).contains(&d)) {
            out.push(Cand::new(start, end + c.len_utf8()));
        }
    }
}

fn vietnamese_date(scan: &Scan, i: usize, out: &mut Vec<Cand>) {
    let number = |k: usize, max: u32| {
        scan.kind(k) == Some(Kind::Number)
            && scan
                .tok(k)
                .parse::<u32>()
                .is_ok_and(|n| (1..=max).contains(&n))
    };
    let (Some(d), Some(m)) = (scan.prev_solid(i), scan.next_solid(i)) else {
        return;
    };
    if !(number(d, 31) && number(m, 12)) {
        return;
    }
    let start = scan
        .prev_solid(d)
        .filter(|&p| scan.low(p) == "ngay")
        .unwrap_or(d);
    let year = scan
        .next_solid(m)
        .filter(|&n| scan.low(n) == "nam")
        .and_then(|n| scan.next_solid(n))
        .filter(|&y| year(scan, y));
    let end = scan.tokens[year.unwrap_or(m)].end;
    out.push(Cand::new(scan.tokens[start].start, end));
}

const NOT_A_DAY_AFTER: &str = words![
    "floor",
    "grade",
    "place",
    "time",
    "times",
    "century",
    "street",
    "st",
    "ave",
    "avenue",
    "dose",
    "round",
    "week",
    "day",
    "month",
    "year",
    "percentile",
    "of",
    "birthday",
    "trimester",
    "visit",
    "shot",
    "injection",
    "piso",
];

/// A day of the month alone: `on the 21st`, `el 5`; not `the 3rd floor`.
pub(crate) fn ordinal_day(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    for &i in alnum_tokens(scan) {
        if scan.kind(i) != Some(Kind::Mixed) || !day(scan, i) {
            continue;
        }
        let the = scan.prev_solid(i).is_some_and(|p| scan.low(p) == "the");
        // Nor a month's weekday or a series' item: `the 2nd Tuesday`, `is
        // the 2nd one gonna be this bad`.
        let next_ok = scan.next_solid(i).is_none_or(|n| {
            let low = scan.low(n);
            !(word_set!(NOT_A_DAY_AFTER).contains(low)
                || low.ends_with("day")
                || matches!(
                    low,
                    "one" | "ones" | "tue" | "tues" | "wed" | "thu" | "thurs"
                ))
        });
        if the && next_ok {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[i].end));
        }
    }
}

const AGE_UNITS: &[&str] = &[
    " years",
    " yrs",
    " y/o",
    "y/o",
    " y.o.",
    "y.o.",
    " yo",
    "yo",
    "-yo",
    " yrs old",
    " yr old",
    " years old",
    " year old",
    "-year-old",
    " year-old",
    " yrs",
    " years of age",
    " anos",
    " ano",
    "-years-old",
    // Tagalog, Vietnamese (`tuổi` folded), French, Somali.
    " taong gulang",
    " tuoi",
    " ans",
    " sano jir",
    " sanno jir",
    // Russian `год`, `года`, `лет` and Ukrainian `рік`, `роки`, `років`,
    // as folding writes them (their `о`, `а`, `е`, `р`, `і` read Latin).
    " г\u{6f}д",
    " г\u{6f}д\u{61}",
    " л\u{65}т",
    " \u{70}\u{69}к",
    " \u{70}\u{6f}ки",
    " \u{70}\u{6f}к\u{69}в",
    // Korean `세` and `살`, Japanese `歳`, Chinese `岁` (a number of years
    // stands apart from them since digits and ideographs part).
    "세",
    "살",
    "歳",
    "岁",
];
const AGE_BEFORE: &[&str] = &[
    "age", "aged", "edad", "edad de", "age:", "is now", "turned", "turns", "cumple", "tiene",
    "will be", "turning",
];

/// Is the number at token `i` what a person is, closing the clause: `my
/// mom Soon-ja is 94 and`, `she is 91.`, not `room is 94` or `BP is 94/60`?
fn aged_person_is(scan: &Scan, i: usize, last: usize) -> bool {
    let Some(v) = scan
        .prev_solid(i)
        .filter(|&v| matches!(scan.low(v), "is" | "es"))
    else {
        return false;
    };
    let who = scan.prev_solid(v).is_some_and(|w| {
        word_set!(words![
            "she",
            "he",
            "mom",
            "dad",
            "mother",
            "father",
            "grandma",
            "grandpa",
            "grandmother",
            "grandfather",
            "abuela",
            "abuelo",
            "aunt",
            "uncle"
        ])
        .contains(scan.low(w))
            || {
                // A name's last part, hyphenated or not: `Soon-ja is 94`.
                let n = if w >= 2 && scan.is_punct(w - 1, '-') {
                    w - 2
                } else {
                    w
                };
                scan.is_word(n)
                    && scan.tok(n).starts_with(|c: char| c.is_uppercase())
                    && !scan.tok(n).chars().all(|c| c.is_uppercase())
            }
    });
    who && scan.next_solid(last).is_none_or(|n| {
        matches!(scan.low(n), "and" | "but" | "now" | "y")
            || [',', '.', '!', ';'].iter().any(|&c| scan.is_punct(n, c))
    })
}

/// Ages over 89: `92 y/o`, `94yo`, `age 94`, `93-year-old`, `tiene 91 anos`.
pub(crate) fn age_over_89(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    for &i in alnum_tokens(scan) {
        if !matches!(scan.tokens[i].kind, Kind::Number | Kind::Mixed) {
            continue;
        }
        let t = scan.low(i);
        let n_digits = t.bytes().take_while(u8::is_ascii_digit).count();
        // 90 to 125 takes two or three digits (`090` too).
        if !(2..=3).contains(&n_digits) {
            continue;
        }
        let age = t
            .bytes()
            .take(n_digits)
            .fold(0, |a, d| a * 10 + u32::from(d - b'0'));
        if !(90..=125).contains(&age) || (i > 0 && scan.is_punct(i - 1, '$')) {
            continue;
        }
        let start = scan.tokens[i].start;
        let after = start + n_digits;
        let rest = &scan.lower[after..];
        let unit = AGE_UNITS
            .iter()
            .filter(|u| {
                rest.starts_with(**u)
                    && rest
                        .as_bytes()
                        .get(u.len())
                        .is_none_or(|c| !c.is_ascii_alphanumeric())
            })
            .map(|u| u.len())
            .max();
        if let Some(u) = unit {
            out.push(Cand::new(start, after + u));
        } else if n_digits == t.len()
            && (scan.context_before(start, 12, AGE_BEFORE) || aged_person_is(scan, i, i))
        {
            out.push(Cand::new(start, after));
        } else if n_digits + 1 == t.len()
            && age <= 98
            && matches!(t.as_bytes()[n_digits], b'f' | b'm')
        {
            // A chart's age and sex: `Pt 91F with CHF`, `93M` (not a
            // temperature: `100F`).
            out.push(Cand::new(start, after));
        }
    }
    spelled_ages(scan, out);
}

/// Ages over 89 in words: `ninety-two years old`, `noventa y un anos`.
fn spelled_ages(scan: &Scan, out: &mut Vec<Cand>) {
    for &i in alnum_tokens(scan) {
        let t = scan.tokens[i];
        // The length first: `ninety` and `noventa` are six and seven bytes.
        if !(6..=7).contains(&(t.end - t.start)) || !matches!(scan.low(i), "ninety" | "noventa") {
            continue;
        }
        // `ninety-two`, `ninety two`, `noventa y dos`.
        let mut last = i;
        let mut k = i + 1;
        if scan.is_punct(k, '-') || scan.kind(k) == Some(Kind::Space) {
            k += 1;
            if scan.is_word(k) && scan.low(k) == "y" && scan.kind(k + 1) == Some(Kind::Space) {
                k += 2;
            }
            if scan.is_word(k) && digit_word(scan.low(k)).is_some_and(|d| d > 0) {
                last = k;
            }
        }
        let end = scan.tokens[last].end;
        let rest = &scan.lower[end..];
        let unit = AGE_UNITS
            .iter()
            .filter(|u| u.len() > 3 && rest.starts_with(**u))
            .map(|u| u.len())
            .max();
        let start = scan.tokens[i].start;
        if let Some(u) = unit {
            out.push(Cand::new(start, end + u));
        } else if scan.context_before(start, 12, AGE_BEFORE) || aged_person_is(scan, i, last) {
            out.push(Cand::new(start, end));
        }
    }
}

const STREET_SUFFIXES: &str = words![
    "street",
    "st",
    "avenue",
    "ave",
    "av",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "ln",
    "drive",
    "dr",
    "court",
    "ct",
    "circle",
    "cir",
    "way",
    "place",
    "pl",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "terrace",
    "ter",
    "trail",
    "trl",
    "square",
    "sq",
    "loop",
    "alley",
    "plaza",
    "route",
    "rte",
    "pike",
    "crescent",
    "ridge",
    "row",
    "walk",
    "crossing",
    "expressway",
    "freeway",
    "turnpike",
    "heights",
    "commons",
    "path",
];
const NOT_STREET_WORDS: &str = words![
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "your", "our",
    "my", "his", "her", "their", "please", "take", "every", "each", "per", "about", "after",
    "before", "mg", "ml", "pills", "tablets", "days", "weeks", "hours", "minutes", "times", "pm",
    "am", "blocks", "miles", "down", "up", "is", "are", "from",
    // Pronouns and verbs (`gabapentin 300 makes me walk like im drunk`),
    // and a trip's length (`its a 40 min drive`).
    "me", "you", "him", "them", "it", "we", "he", "she", "they", "was", "were", "makes", "make",
    "made", "gives", "gave", "keeps", "min", "mins", "minute", "hour", "hr", "hrs", "mile", "mi",
    "km",
    // A day or a condition before `dr`, the doctor: `fill 2.5 today if dr ok's it`.
    "today", "tomorrow", "if", "when", "so", "but",
];
const UNIT_WORDS: &str = words![
    "apt",
    "apartment",
    "unit",
    "suite",
    "ste",
    "bldg",
    "building",
    "fl",
    "floor",
    "#",
    "depto",
    "departamento",
];
const DIRECTIONS: &str =
    words!["n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west",];

fn street_number(scan: &Scan, i: usize) -> bool {
    let t = scan.low(i);
    match scan.kind(i) {
        Some(Kind::Number) => (1..=6).contains(&t.len()) && !t.starts_with('0'),
        Some(Kind::Mixed) => {
            let d = t.bytes().take_while(u8::is_ascii_digit).count();
            (1..=6).contains(&d) && t.len() - d == 1
        }
        _ => false,
    }
}

/// Street addresses with unit, city and state: `1234 Maple Ave, Apt 4B,
/// Springfield, IL`; PO boxes; `City, ST 12345` (the ZIP is its own finding).
pub(crate) fn address(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    let mut covered = 0;
    // A street starts at a number, a PO box or a city at a word: no other
    // token starts an address.
    for &i in alnum_tokens(scan) {
        let t = scan.tokens[i];
        if t.start < covered {
            continue;
        }
        let street = match t.kind {
            Kind::Word => po_box_at(scan, i),
            _ => street_at(scan, i),
        };
        if let Some(end) = street {
            // A county road or highway by its letter: `County Rd J, Oregon, WI`.
            let lettered = scan
                .next_solid(end)
                .filter(|&l| {
                    scan.tok(l).len() == 1 && scan.tok(l).bytes().all(|b| b.is_ascii_uppercase())
                })
                .and_then(|l| city_state_after(scan, l));
            let end = lettered
                .or_else(|| city_state_after(scan, end))
                .unwrap_or(end);
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[end].end));
            covered = scan.tokens[end].end;
        } else if capitalised(scan, i) {
            // (Tested before the call: most words are not capitalised.)
            if let Some((first, last)) = city_state_at(scan, i, false) {
                out.push(Cand::new(scan.tokens[first].start, scan.tokens[last].end));
                covered = scan.tokens[last].end;
            }
        }
    }
}

/// A street address starting at token `i`: the index of its last token.
pub(crate) fn street_at(scan: &Scan, i: usize) -> Option<usize> {
    if !street_number(scan, i)
        || (i > 0
            && matches!(
                scan.kind(i - 1),
                Some(Kind::Word | Kind::Mixed | Kind::Number)
            ))
    {
        return None;
    }
    // `$15`, and the day of a date: `12/15 visit so Dr. Anand`.
    if i > 0 && (scan.is_punct(i - 1, '$') || scan.is_punct(i - 1, '/')) {
        return None;
    }
    let mut j = scan.next_solid(i)?;
    let mut words = 0;
    let mut last = None;
    // A street type before the name, as Spanish names a street: `2230 Calle
    // Sol`, `410 Camino de la Paz`, `88 Avenida Juárez`; the name's words
    // capitalised or joining (`de`, `la`).
    if word_set!(words![
        "calle",
        "camino",
        "avenida",
        "paseo",
        "via",
        "carretera",
        "callejon"
    ])
    .contains(scan.low(j))
        && capitalised(scan, j)
    {
        let mut named = None;
        let mut k = j;
        for _ in 0..4 {
            let Some(n) = scan.next_solid(k).filter(|&n| scan.is_word(n)) else {
                break;
            };
            if capitalised(scan, n) {
                named = Some(n);
            } else if !matches!(scan.low(n), "de" | "del" | "la" | "las" | "los" | "el") {
                break;
            }
            k = n;
        }
        last = Some(named?);
    } else {
        while words < 5 {
            // A compass point's period: `1234 W. Maple Ave`, `88 N.E. 2nd St`.
            if words > 0
                && scan.is_punct(j, '.')
                && scan.is_word(j - 1)
                && scan.low(j - 1).len() == 1
            {
                j = scan.next_solid(j)?;
                continue;
            }
            if !matches!(scan.kind(j), Some(Kind::Word | Kind::Mixed)) {
                break;
            }
            let w = scan.low(j);
            // `Medic 3 en route`: on its way, not a route.
            if w == "route" && scan.prev_solid(j).is_some_and(|p| scan.low(p) == "en") {
                return None;
            }
            // Broadway is a street's whole name: `880 N Broadway`, `410 Broadway`.
            if (words > 0 && word_set!(STREET_SUFFIXES).contains(w)) || w == "broadway" {
                // `the 2 polyps Dr. Brennan removed`: after a lowercase word and
                // before a capitalised one, `Dr` is a title, not a drive.
                let after = scan.next_solid(j).and_then(|n| {
                    if scan.is_punct(n, '.') {
                        scan.next_solid(n)
                    } else {
                        Some(n)
                    }
                });
                let title = w == "dr"
                    && scan.prev_solid(j).is_some_and(|p| !capitalised(scan, p))
                    && after.is_some_and(|n| capitalised(scan, n));
                if title {
                    return None;
                }
                last = Some(j);
                break;
            }
            // A date's month: `18 de diciembre con el Dr. Okafor`.
            if word_set!(NOT_STREET_WORDS).contains(w) || (words == 1 && month(w)) {
                return None;
            }
            words += 1;
            j = scan.next_solid(j)?;
        }
    }
    let mut last = last?;
    if let Some(n) = scan.next_solid(last).filter(|&n| scan.is_punct(n, '.')) {
        last = n;
    }
    if let Some(n) = scan
        .next_solid(last)
        .filter(|&n| word_set!(DIRECTIONS).contains(scan.low(n)))
    {
        last = n;
    }
    // Unit: `, Apt 4B` / ` #12` / ` Suite 300`.
    let mut k = scan.next_solid(last);
    if let Some(c) = k.filter(|&c| scan.is_punct(c, ',')) {
        k = scan.next_solid(c);
    }
    if let Some(u) = k.filter(|&u| word_set!(UNIT_WORDS).contains(scan.low(u))) {
        let mut v = scan.next_solid(u);
        if let Some(x) = v.filter(|&x| scan.is_punct(x, '.') || scan.is_punct(x, '#')) {
            v = scan.next_solid(x);
        }
        if let Some(v) = v.filter(|&v| {
            matches!(scan.kind(v), Some(Kind::Number | Kind::Mixed)) || scan.low(v).len() == 1
        }) {
            last = v;
        }
    }
    Some(last)
}

fn po_box_at(scan: &Scan, i: usize) -> Option<usize> {
    const BOXES: &str = words![
        "po box",
        "p.o. box",
        "p. o. box",
        "p o box",
        "p.o box",
        "pobox",
        "post office box",
        "apartado postal",
        "apdo",
    ];
    // Every phrase starts with `p` or `a`.
    if !matches!(scan.lower.as_bytes()[scan.tokens[i].start], b'p' | b'a') {
        return None;
    }
    let after = phrase_index!(BOXES).at(scan, i)?;
    let mut j = after;
    while matches!(scan.kind(j), Some(Kind::Space))
        || scan.is_punct(j, '#')
        || scan.is_punct(j, '.')
    {
        j += 1;
    }
    matches!(scan.kind(j), Some(Kind::Number | Kind::Mixed)).then_some(j)
}

const STATE_NAMES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "west virginia",
    "wisconsin",
    "wyoming",
    "puerto rico",
];

/// Whether token `k` is a word that starts with an ASCII capital (a byte
/// test: such a capital is a whole character).
fn capitalised(scan: &Scan, k: usize) -> bool {
    scan.tokens.get(k).is_some_and(|t| {
        t.kind == Kind::Word && scan.text().as_bytes()[t.start].is_ascii_uppercase()
    })
}

/// Whether token `i` ends a capitalised US state name.
pub(crate) fn is_state_name(scan: &Scan, i: usize) -> bool {
    if !capitalised(scan, i) {
        return false;
    }
    let end = scan.tokens[i].end;
    STATE_NAMES.iter().any(|s| {
        scan.lower[..end].ends_with(s) && {
            let at = end - s.len();
            at == 0 || !scan.lower.as_bytes()[at - 1].is_ascii_alphanumeric()
        }
    })
}

/// After an address ending at token `end`: `, Springfield, IL` → the state's token.
fn city_state_after(scan: &Scan, end: usize) -> Option<usize> {
    let c = scan.next_solid(end).filter(|&c| scan.is_punct(c, ','))?;
    let first = scan.next_solid(c)?;
    city_state_at(scan, first, true).map(|(_, last)| last)
}

/// `Springfield, IL 62704` or `Springfield, Illinois` at token `i`: (first, last token).
/// A two-letter state needs a ZIP after it, as `Thanks, OK` is not a place,
/// unless a street comes before the city (`1802 Monroe St, Madison, WI.`).
fn city_state_at(scan: &Scan, i: usize, after_street: bool) -> Option<(usize, usize)> {
    let capital = |k: usize| capitalised(scan, k);
    if !capital(i) || (i > 0 && capital(scan.prev_solid(i).unwrap_or(usize::MAX))) {
        return None;
    }
    let mut j = i;
    let mut words = 1;
    loop {
        let n = scan.next_solid(j)?;
        if scan.is_punct(n, ',') {
            let s = scan.next_solid(n)?;
            let two_letter = STATES.contains(&scan.tok(s));
            if two_letter {
                let zip = scan
                    .next_solid(s)
                    .is_some_and(|z| scan.kind(z) == Some(Kind::Number) && scan.tok(z).len() == 5);
                return (zip || after_street).then_some((i, s));
            }
            // Full state names may be two words.
            let one_word = is_state_name(scan, s);
            let s2 = scan
                .next_solid(s)
                .filter(|&s2| !one_word && is_state_name(scan, s2));
            if one_word || s2.is_some() {
                return Some((i, s2.unwrap_or(s)));
            }
            return None;
        }
        if !capital(n) || words >= 3 {
            return None;
        }
        j = n;
        words += 1;
    }
}

use super::numeric::STATES;

/// The dash-joined alphanumeric groups of [`Scan::dash_groups`]: each
/// alphanumeric token not itself joined to one before it, with the tokens
/// joined to it by dashes (while it is under 20 bytes).
fn dash_groups(scan: &Scan) -> Vec<(usize, usize, usize)> {
    let mut groups = Vec::new();
    let bytes = |k: usize| scan.tokens[k].end - scan.tokens[k].start;
    let dash = |k: usize| {
        scan.tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Punct && scan.text().as_bytes()[t.start] == b'-')
    };
    for &i in alnum_tokens(scan) {
        // A short token with no dash after it makes a group too short to keep.
        if (bytes(i) < 9 && !dash(i + 1)) || (i > 1 && dash(i - 1) && is_alnum_token(scan, i - 2)) {
            continue;
        }
        let (mut last, mut len) = (i, bytes(i));
        while dash(last + 1) && is_alnum_token(scan, last + 2) && len < 20 {
            last += 2;
            len += bytes(last);
        }
        // Shorter than the shortest ID by shape (a DEA number's 9): no finder
        // could use it, whole or by its first token.
        if len >= 9 {
            groups.push((i, last, len));
        }
    }
    groups
}

/// Identifiers recognised by shape and check digit alone, in one token or
/// dash-joined parts: Medicare MBI, VIN, DEA number.
fn shaped(scan: &Scan, out: &mut Vec<Cand>, len: usize, valid: fn(&str) -> bool) {
    for &(first, last, joined_len) in scan.dash_groups.get_or_init(|| dash_groups(scan)) {
        let t = scan.tokens[first];
        if t.end - t.start == len && valid(scan.tok(first)) {
            out.push(Cand::new(t.start, t.end));
            continue;
        }
        // Dash-joined: 1EG4-TE5-MK73.
        if last > first && joined_len == len {
            let joined: String = (first..=last).step_by(2).map(|k| scan.tok(k)).collect();
            if valid(&joined) {
                out.push(Cand::new(t.start, scan.tokens[last].end));
            }
        }
    }
}

pub(crate) fn mbi(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    shaped(scan, out, 11, super::validate::mbi);
    // Read out or typed apart, a character or a part at a time:
    // `3 W Q 8 N A 2 X F 6 4`, `3 T W 7 - Q X 2 - H N 4 8`, `1EG4 TE5 MK73`.
    let alnum = |k: usize| matches!(scan.kind(k), Some(Kind::Word | Kind::Number | Kind::Mixed));
    for &i in alnum_tokens(scan) {
        if !scan.tok(i).starts_with(|c: char| ('1'..='9').contains(&c))
            // Not inside a longer spaced run.
            || (i > 1
                && scan.kind(i - 1) == Some(Kind::Space)
                && alnum(i - 2)
                && (scan.tok(i - 2).len() == 1 || scan.kind(i - 2) != Some(Kind::Word)))
        {
            continue;
        }
        // Each character checked against the MBI's mask as it is read, so
        // a number before words (`2 tabs`) stops at its first misfit.
        let (mut read, mut parts, mut k) = (0, 0, i);
        let fits = loop {
            let part = scan.tok(k).as_bytes();
            if !part
                .iter()
                .enumerate()
                .all(|(at, &c)| super::validate::mbi_fits(read + at, c.to_ascii_uppercase()))
            {
                break false;
            }
            read += part.len();
            parts += 1;
            if read == 11 {
                break true;
            }
            // The next part after a space, a hyphen or both.
            let mut n = k + 1;
            let mut gap = 0;
            while matches!(scan.tok(n), " " | "-") && gap < 3 {
                n += 1;
                gap += 1;
            }
            if gap == 0 || !alnum(n) {
                break false;
            }
            k = n;
        };
        if fits && parts > 1 {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[k].end));
        }
    }
}

pub(crate) fn vin(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    shaped(scan, out, 17, super::validate::vin);
    // Without a check digit (outside North America) when labelled `VIN`.
    for &i in alnum_tokens(scan) {
        let t = scan.tokens[i];
        // The length first: the VIN shape is 17 bytes.
        if t.end - t.start == 17
            && t.kind == Kind::Mixed
            && super::validate::vin_shape(scan.tok(i))
            && scan.context_before(t.start, 12, row.context)
        {
            out.push(Cand::new(t.start, t.end));
        }
    }
}

pub(crate) fn dea(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    shaped(scan, out, 9, super::validate::dea);
}

/// GS1 UDIs: `(01)` and a 14-digit device identifier, with any further
/// `(nn)value` parts (lot, serial, expiry).
pub(crate) fn udi(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    // The pair set turns away the texts (almost all) without a UDI; the
    // search below is the only one.
    if !scan.may_have("(01)") {
        return;
    }
    let b = scan.lower.as_bytes();
    let mut from = 0;
    while let Some(at) = crate::scan::find_str(scan.lower, "(01)", from) {
        let d = at + 4;
        if d + 14 <= b.len() && b[d..d + 14].iter().all(u8::is_ascii_digit) {
            let mut e = d + 14;
            while e + 4 <= b.len()
                && b[e] == b'('
                && b[e + 1].is_ascii_digit()
                && b[e + 2].is_ascii_digit()
                && b[e + 3] == b')'
            {
                let v = b[e + 4..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                if v == 0 {
                    break;
                }
                e += 4 + v;
            }
            out.push(Cand::new(at, e));
            from = e;
        } else {
            from = at + 1;
        }
    }
}
