//! Clinical details: conditions, medications (with dose and sig), procedures
//! and lab results, each with the sensitivity class it implies.

use super::lexicon::{self, Term};
use super::names::{case_of, Case};
use super::text::{
    phrase_at, phrase_index, token_after, word_list, word_set, words, WordFilter, WordList,
};
use super::{Cand, Detector, TermMatches, TermMemo, TestedCondition};
use crate::scan::{Kind, Scan};
use crate::{Category, Sensitivity};

/// Short terms that are unambiguous in lowercase; any other term of three
/// letters or fewer counts only when written in capitals (`MS`, `RA`, `PE`,
/// `TIA`: lowercase, the Spanish tía).
const LOWERCASE_OK: &str = words![
    "htn", "chf", "uti", "ckd", "cad", "osa", "hiv", "std", "sti", "mdd", "ibs", "ibd", "bph",
    "dm1", "dm2", "t1d", "t2d", "hld", "ekg", "ecg", "mri", "cbc", "cmp", "bmp", "tsh", "psa",
    "uds", "hcg", "a1c", "ptsd", "adhd", "copd", "gerd", "afib", "esrd", "pcos", "dvt", "hpv",
    "hsv", "hcv", "hbv", "ocd", "tbi", "cva", "ams", "flu", "rsv", "eeg", "emg", "tos", "pap",
    "egd", "pft", "pfts", "nst", "bpp", "lft", "lfts", "inr", "ekgs", "echo", "ppi", "abx", "ccy",
    "tkr", "fx", "fxs", "bx", "bxs", "cgm", "cxr", "ct", "cbt", "ivf", "iui", "iud", "mmr", "dka",
    "yaz", "tmj", "mmf", "tpn", "oxy", "bup", "mtx", "epo",
];

/// Short capitals-only terms that are English or Spanish words too
/// (`FIT` test, `PAD`, `TIA`, `SOB`, `TEE`, `PE`), or a title (`MS`): not
/// counted in a message written in capitals, where case tells nothing.
const SHORT_WORDS: &str = words!["fit", "pad", "tia", "sob", "tee", "pe", "ms"];

fn is_lower(s: &str) -> bool {
    !s.bytes().any(|b| b.is_ascii_uppercase())
}

fn slot(category: Category) -> usize {
    match category {
        Category::Condition => 0,
        Category::Medication => 1,
        _ => 2,
    }
}

/// The dictionary term of `category` starting at token `i`, if any: (term,
/// token after it). All three categories are looked up once per token and
/// kept in the scan, since several finders ask.
#[inline]
fn term_at(scan: &Scan, i: usize, category: Category) -> Option<(Term, usize)> {
    scan.terms
        .get_or_init(|| term_memo(scan))
        .get(i)
        .and_then(|found| found[slot(category)])
}

/// Does a listed condition start at token `i` (the memo of [`term_at`], so
/// asking costs the finders nothing more)?
pub(crate) fn condition_starts(scan: &Scan, i: usize) -> bool {
    term_at(scan, i, Category::Condition).is_some()
}

/// The tokens some listed term of any list starts at (the memo of
/// [`term_at`]): most messages have few.
pub(crate) fn term_tokens<'a>(scan: &'a Scan<'a>) -> impl Iterator<Item = usize> + 'a {
    let memo = scan.terms.get_or_init(|| term_memo(scan));
    (0..memo.at.len()).filter(|&i| memo.at[i] != 0)
}

/// Does a listed condition or procedure start at token `i`?
pub(crate) fn clinical_starts(scan: &Scan, i: usize) -> bool {
    condition_starts(scan, i) || term_at(scan, i, Category::Procedure).is_some()
}

/// [`lookup`] at every word, and at a number joined to a word by a hyphen.
#[inline(never)]
fn term_memo(scan: &Scan) -> TermMemo {
    let mut memo = TermMemo {
        at: Vec::with_capacity(scan.tokens.len()),
        found: Vec::new(),
    };
    for i in 0..scan.tokens.len() {
        let mut at = 0;
        if matches!(scan.kind(i), Some(Kind::Word | Kind::Mixed))
            // A drug named by a number and letters: `5-FU`, `6-MP`.
            || (scan.kind(i) == Some(Kind::Number)
                && scan.is_punct(i + 1, '-')
                && scan.is_word(i + 2))
        {
            let found = lookup(scan, i);
            if found.iter().any(Option::is_some) {
                memo.found.push(found);
                at = u32::try_from(memo.found.len()).expect("fewer terms than tokens");
            }
        }
        memo.at.push(at);
    }
    memo
}

/// The longest listed term of each category at token `i`.
fn lookup(scan: &Scan, i: usize) -> TermMatches {
    let mut found: TermMatches = [None; 3];
    let mut listed = false;
    let after_word = &scan.lower.as_bytes()[scan.tokens[i].start + scan.low(i).len()..];
    for (category, t) in lexicon::terms(scan.low(i)) {
        listed = true;
        if found[slot(category)].is_none() && !cannot_follow(after_word, t.rest.as_bytes()) {
            found[slot(category)] = listed_at(scan, i, t).map(|after| (t, after));
        }
    }
    let medication = &mut found[slot(Category::Medication)];
    if medication.is_none() {
        *medication = spanish_generic(scan, i).map(|t| (t, i + 1));
    }
    if found.iter().all(Option::is_none) && scan.is_word(i) {
        // A one-word condition in the plural (`2 polyps`, `hernias`) or a
        // verb's (`he coughs`, also the first word of listed phrases): the
        // lists hold the singular, and the plurals of their phrases' last
        // words are read by `listed_at`. (Not tests: plural `vaccines`,
        // `boosters`, `cultures` are mostly announcements and orders.)
        if let Some(stem) = plural_stem(scan.low(i)) {
            for (category, t) in lexicon::terms(stem) {
                // A test in the plural is someone's after a possessive (`your
                // follow-up mammograms`); `boosters` after the vaccines' names
                // (`her DTaP and MMR boosters`) adds nothing to them.
                if t.rest.is_empty()
                    && (category == Category::Condition
                        || (category == Category::Procedure
                            && !matches!(stem, "booster" | "vaccine" | "shot")
                            && owned_plural(scan, i)))
                    && found[slot(category)].is_none()
                {
                    found[slot(category)] = Some((t, i + 1));
                }
            }
            if found.iter().any(Option::is_some) {
                return found;
            }
        }
        // A listed word is no misspelling.
        if let Some(term) = (!listed).then(|| misspelled(scan.low(i))).flatten() {
            for (category, t) in lexicon::terms(term) {
                if found[slot(category)].is_none() {
                    found[slot(category)] = listed_at(scan, i, t).map(|after| (t, after));
                }
            }
        }
    }
    found
}

/// Is the plural at token `i` someone's, a possessive within four tokens
/// before it: `your follow-up mammograms`, `her last two colonoscopies`?
fn owned_plural(scan: &Scan, i: usize) -> bool {
    std::iter::successors(scan.prev_solid(i), |&k| scan.prev_solid(k))
        .take(4)
        .any(|k| {
            word_set!(words!["your", "his", "her", "my", "their", "sus"]).contains(scan.low(k))
        })
}

/// The singular of a plural word on no list: `polyps`, `abscesses`,
/// `rashes` (not `-ss` words, nor short ones).
fn plural_stem(word: &str) -> Option<&str> {
    let stem = word
        .strip_suffix('s')
        .filter(|s| s.len() >= 4 && !s.ends_with('s'))?;
    Some(
        stem.strip_suffix("sse")
            .or_else(|| stem.strip_suffix("she"))
            .map_or(stem, |_| &stem[..stem.len() - 1]),
    )
}

/// The term a word on no list misspells (`diabetis`, `zolft`), unless the
/// word is a name.
fn misspelled(word: &str) -> Option<&'static str> {
    lexicon::unlisted_correction(word).filter(|_| lexicon::name_flags(word) == 0)
}

/// Spanish generics are the English ones with a final -a: metformina,
/// warfarina, sertralina (sertraline), insulina.
fn spanish_generic(scan: &Scan, i: usize) -> Option<Term> {
    // `metformina`, `tamoxifeno`: the English generic and a Spanish ending.
    let low = scan.low(i);
    let stem = low
        .strip_suffix('a')
        .or_else(|| low.strip_suffix('o'))
        .filter(|s| s.len() >= 5 && scan.is_word(i))?;
    let drug = |w: &str| {
        lexicon::terms(w)
            .find(|(c, t)| *c == Category::Medication && t.rest.is_empty())
            .map(|(_, t)| t)
    };
    drug(stem).or_else(|| {
        if stem.ends_with("in") {
            drug(&format!("{stem}e"))
        } else {
            None
        }
    })
}

/// Can a term's `rest` be seen at once not to follow its first word, whose
/// `text` after it is: a mismatch at the first or second byte that
/// [`rest_follows`] would read no further (no apostrophe there, no
/// possessive's first letter, no hyphen for a space) and that its `ca` for
/// `cancer` cannot mend? The common case for a first word heading many
/// phrases (`me`, `my`, `la`), asked before [`listed_at`]'s call.
#[inline]
fn cannot_follow(text: &[u8], rest: &[u8]) -> bool {
    let sep = |b: u8| matches!(b, b'-' | b' ');
    let (Some(&t0), Some(&r0)) = (text.first(), rest.first()) else {
        return false;
    };
    if t0 == b'\'' || r0 == b'\'' {
        return false;
    }
    if !(t0 == r0 || (sep(t0) && sep(r0))) {
        return true;
    }
    let (Some(&t1), Some(&r1)) = (text.get(1), rest.get(1)) else {
        return false;
    };
    t1 != r1
        && !(sep(t1) && sep(r1))
        && t1 != b'\''
        && r1 != b'\''
        && !matches!(r1, b'm' | b'h' | b't' | b'y' | b'o')
}

/// How many bytes of `text` a term's `rest` takes, if `text` starts with
/// it: a hyphen and a space taking each other's place (`6-minute walk`,
/// `wet to dry`). A listed phrase's apostrophe may be left out or put in
/// (`cant catch her breath`), and its possessive may be anyone's (`hold
/// their pee` for `hold her pee`), so the list need not spell out each.
fn rest_follows(text: &[u8], rest: &[u8]) -> Option<usize> {
    let same = |a: u8, b: u8| a == b || (matches!(a, b'-' | b' ') && matches!(b, b'-' | b' '));
    let k = text
        .iter()
        .zip(rest)
        .take_while(|&(&a, &b)| same(a, b))
        .count();
    if k == rest.len() {
        return Some(k);
    }
    // Only a mismatch at an apostrophe or at a possessive's first letter
    // asks the slower reading below; most terms fail at their first letters.
    let apostrophe = rest[k] == b'\'' || text.get(k) == Some(&b'\'');
    fn word_at(s: &[u8], k: usize) -> (usize, &[u8]) {
        let end = s[k..]
            .iter()
            .position(|&b| !b.is_ascii_alphabetic())
            .map_or(s.len(), |e| k + e);
        (end, &s[k..end])
    }
    let possessive = |w: &[u8]| matches!(w, b"my" | b"his" | b"her" | b"their" | b"your" | b"our");
    // The word the mismatch is in starts at the same place in both.
    let w = rest[..k]
        .iter()
        .rposition(|&b| b == b' ')
        .map_or(0, |s| s + 1);
    // (First the first letters of `possessive`'s words, a byte's test.)
    let whose = w > 0
        && matches!(rest[w], b'm' | b'h' | b't' | b'y' | b'o')
        && possessive(word_at(rest, w).1)
        && possessive(word_at(text, w).1);
    if !(apostrophe || whose) {
        return None;
    }
    let (mut i, mut j) = (0, 0);
    while j < rest.len() {
        let starts = j > 0 && rest[j - 1] == b' ' && i > 0 && text[i - 1] == b' ';
        if starts {
            let (re, rw) = word_at(rest, j);
            let (te, tw) = word_at(text, i);
            if possessive(rw) && possessive(tw) {
                (i, j) = (te, re);
                continue;
            }
        }
        match (text.get(i), rest[j]) {
            (Some(&a), b) if same(a, b) => (i, j) = (i + 1, j + 1),
            (_, b'\'') => j += 1,
            (Some(b'\''), _) => i += 1,
            _ => return None,
        }
    }
    Some(i)
}

/// The token after term `t` when the text at token `i` is that term (or
/// its plural); short terms count in lowercase only when unambiguous.
fn listed_at(scan: &Scan, i: usize, t: Term) -> Option<usize> {
    // The table was searched by this token, so the first word matches.
    let (word, start) = (scan.low(i), scan.tokens[i].start);
    let text = &scan.lower.as_bytes()[start + word.len()..];
    let Some(taken) = rest_follows(text, t.rest.as_bytes()) else {
        // A listed cancer with `ca` for `cancer`: `testicular ca`, `breast CA`.
        let site = t.rest.strip_suffix("cancer")?;
        let after = text.strip_prefix(site.as_bytes())?.strip_prefix(b"ca")?;
        if site.is_empty() || after.first().is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
        return Some(token_after(scan, i, start + word.len() + site.len() + 2));
    };
    let len = word.len() + taken;
    let last = *t
        .rest
        .as_bytes()
        .last()
        .unwrap_or(&word.as_bytes()[word.len() - 1]);
    let rest = &text[taken..];
    // Plurals count: "flu shots", "UTIs", "biopsies" is left to the list.
    // A three-letter term in capitals takes a plural too (`TIAs`, `UTIs`);
    // in lowercase it may be a word (`tias`, Spanish aunts).
    let capitals = len == 3
        && scan
            .tok(i)
            .as_bytes()
            .get(..3)
            .is_some_and(|b| b.iter().all(u8::is_ascii_uppercase));
    let plural = match (rest.first(), rest.get(1)) {
        (Some(b's'), next)
            if (len > 3 || capitals) && last.is_ascii_alphabetic() && last != b's' =>
        {
            if next.is_some_and(|b| b.is_ascii_alphanumeric()) {
                return None;
            }
            1
        }
        (Some(b), _) if b.is_ascii_alphanumeric() => return None,
        _ => 0,
    };
    // A one-word term greeted is someone's name: `Hi Spiro,`.
    if t.rest.is_empty()
        && case_of(scan.tok(i)) == Case::Capital
        && scan.prev_solid(i).is_some_and(|p| {
            word_set!(words!["hi", "hello", "hey", "dear", "hola"]).contains(scan.low(p))
        })
    {
        return None;
    }
    // Haitian Creole `pa manje` (does not eat) opening a sentence, or
    // before `anyen apre` (nothing after), is an order: `Pa manje anyen
    // apre minwi` (eat nothing after midnight).
    if word == "pa"
        && t.rest == " manje"
        && (scan
            .prev_solid(i)
            .is_none_or(|p| matches!(scan.tok(p), "." | "!" | "?" | ":"))
            || scan.next_solid(i + 2).is_some_and(|a| {
                scan.low(a) == "anyen" && scan.next_solid(a).is_some_and(|b| scan.low(b) == "apre")
            }))
    {
        return None;
    }
    // `MS` (multiple sclerosis) in capitals, not a title before a name or
    // its period (`MS Garcia`, `MS. GARCIA`), Microsoft's (`MS Teams`), nor
    // a degree after a name (`Hollis Jaramillo, MS, CGC`).
    if word == "ms"
        && t.rest.is_empty()
        && (scan.tok(i) != "MS"
            || scan.is_punct(i + 1, '.')
            || scan
                .next_solid(i)
                .is_some_and(|n| scan.is_word(n) && case_of(scan.tok(n)) != Case::Lower)
            || scan.prev_solid(i).is_some_and(|c| {
                scan.is_punct(c, ',')
                    && scan
                        .prev_solid(c)
                        .is_some_and(|w| scan.is_word(w) && case_of(scan.tok(w)) == Case::Capital)
            }))
    {
        return None;
    }
    // `COWS`, the opioid withdrawal scale, in capitals only: `cows` graze.
    if word == "cows" && scan.tok(i) != "COWS" {
        return None;
    }
    let short = len <= 3 && !t.rest.contains(' ');
    if short {
        // A short term glued to a long number by a hyphen is an ID's
        // prefix: `confirmation # BX-40718822` (not `HIV-1`, `HSV-2`).
        if rest.first() == Some(&b'-')
            && rest.len() > 4
            && rest[1..5].iter().all(u8::is_ascii_digit)
        {
            return None;
        }
        // `AUD` (alcohol use disorder) in capitals only: `AuD` is an
        // audiologist's degree.
        if word == "aud" && scan.tok(i) != "AUD" {
            return None;
        }
        // `OCT` is the eye's scan in capitals; `Oct`, and `OCT 14`, a month.
        if word == "oct"
            && (scan.tok(i) != "OCT"
                || scan
                    .next_solid(i)
                    .is_some_and(|n| scan.kind(n) == Some(Kind::Number)))
        {
            return None;
        }
        // `FX:` and `fx 555-0123` label a fax number; a fracture is never
        // followed by one.
        if word == "fx"
            && scan.next_solid(i).is_some_and(|n| {
                scan.is_punct(n, ':')
                    || scan.kind(n) == Some(Kind::Number)
                    || (scan.is_punct(n, '(') && scan.kind(n + 1) == Some(Kind::Number))
            })
        {
            return None;
        }
        // An HL7 segment or its field, in an interface error: `PID|1||`, `PID-7`.
        if word == "pid"
            && (rest.first() == Some(&b'|')
                || rest.first() == Some(&b'-') && rest.get(1).is_some_and(u8::is_ascii_digit))
        {
            return None;
        }
        let tok = scan.tok(i);
        // (`n/v` is listed whole: its first word is `n`.)
        let lowercase_ok = (t.rest.is_empty() && word_set!(LOWERCASE_OK).contains(word))
            || (word == "n" && t.rest == "/v");
        // A short term written like a listed name is the name: `-Tee`
        // signing a note (not `TEE`), `Ana` (not `ANA`).
        // In capitals too as a chart's given name: `GARCIA, ANA - NO SHOW`.
        let named = !lowercase_ok
            && t.rest.is_empty()
            && (case_of(tok) == Case::Capital || charted_given(scan, i))
            && lexicon::name_flags(word) & (lexicon::FIRST | lexicon::LAST) != 0;
        // In lowercase a short term counts only when listed so; in a message
        // written in capitals, `PAD` and `TIA` may be the words pad and tía.
        let doubtful = !lowercase_ok
            && (is_lower(tok) || (word_set!(SHORT_WORDS).contains(word) && scan.shouting()));
        // A dose after it makes either a drug: `dex 12 mg`.
        let dosed = || {
            scan.next_solid(token_after(scan, i, start + len) - 1)
                .filter(|&n| scan.kind(n) == Some(Kind::Number))
                .and_then(|n| scan.next_solid(n))
                .is_some_and(|u| dose_unit(scan, u))
        };
        if (named || doubtful) && !dosed() {
            return None;
        }
    }
    Some(token_after(scan, i, start + len + plural))
}

/// Which of the short word lists a token is in: one hash lookup per token
/// for the whole scan, then a bit test wherever a finder asks. Mostly the
/// clinical finders' lists; the name finder asks for surname particles and
/// the date finder for months too.
pub(crate) mod cue {
    pub const TEST_BEFORE: u64 = 1;
    pub const FINDING_VERB: u64 = 1 << 1;
    pub const COPULA: u64 = 1 << 2;
    pub const SUPPLEMENT: u64 = 1 << 3;
    pub const ORDER_VERB: u64 = 1 << 4;
    pub const NEGATION: u64 = 1 << 5;
    pub const TEST_WORD: u64 = 1 << 6;
    pub const PLACE: u64 = 1 << 7;
    /// The first word of a phrase list's phrase: the list is searched only there.
    pub const ANALYTE: u64 = 1 << 8;
    pub const RESULT: u64 = 1 << 9;
    pub const TEST_RESULT: u64 = 1 << 10;
    pub const COMPLAINT: u64 = 1 << 11;
    pub const EPONYM_HEAD: u64 = 1 << 12;
    pub const BODY_PART: u64 = 1 << 13;
    pub const SYMPTOM_ADJECTIVE: u64 = 1 << 14;
    pub const INJURY_VERB: u64 = 1 << 15;
    pub const SYMPTOM: u64 = 1 << 16;
    pub const DOSAGE_FORM: u64 = 1 << 17;
    pub const SHOTS: u64 = 1 << 18;
    pub const LAY_STATE: u64 = 1 << 19;
    // Words a rule asks of every token by name (the exact case, where it
    // matters, is tested after): a flag tells at one bit test what a string
    // match would tell after a branch on the word's length, which a
    // message's words make hard to predict.
    pub const SPANISH_COMPLAINT: u64 = 1 << 20;
    pub const VITAL: u64 = 1 << 21;
    pub const SUSCEPTIBILITY: u64 = 1 << 22;
    pub const VERDICT: u64 = 1 << 23;
    pub const SCREENED_DRUG: u64 = 1 << 24;
    pub const STI_CODE: u64 = 1 << 25;
    pub const GENETIC: u64 = 1 << 26;
    pub const TREND: u64 = 1 << 27;
    pub const GRADED: u64 = 1 << 28;
    pub const UNLISTED_TEST: u64 = 1 << 29;
    pub const LAY_CONDITION: u64 = 1 << 30;
    pub const DRINKING: u64 = 1 << 31;
    pub const DISCLOSED: u64 = 1 << 32;
    pub const REHAB: u64 = 1 << 33;
    pub const IV_FLUID: u64 = 1 << 34;
    pub const SESSION: u64 = 1 << 35;
    pub const ORDERED_AFTER: u64 = 1 << 36;
    /// A surname's particle (`de`, `van`), asked by the name finder of
    /// every word.
    pub const PARTICLE: u64 = 1 << 37;
    /// A month's name, or Vietnamese `tháng` (month), asked by the date
    /// finder of every word.
    pub const MONTH: u64 = 1 << 38;
    pub const TYPE: u64 = 1 << 39;
    pub const IOP: u64 = 1 << 40;
    pub const ELLA: u64 = 1 << 41;
    pub const ABUSE: u64 = 1 << 42;
    pub const LOST_FUNCTION: u64 = 1 << 43;
    /// `score`, `puntaje`, `puntuacion`: a screening's score.
    pub const SCORE: u64 = 1 << 44;
    /// `lost`, `gained`, `dropped`: a weight's change (see `weight_change`).
    pub const WEIGHT_CHANGE: u64 = 1 << 45;
    /// `hurts`, `burns`, `stings`: what hurts when (see `hurts_when`).
    pub const HURTS: u64 = 1 << 46;
    /// `hit`, `spiked`, `running`, `nadir`: a reading by its verb (see `verb_reading`).
    pub const READING_VERB: u64 = 1 << 47;
    /// `pee`, `poop`, `diapers`, `trips`: what a body lets out (see `excretion`).
    pub const EXCRETA: u64 = 1 << 48;
    /// `bit`, `stung`, `stepped`, `pulled`: a bite's or a wound's verb (see
    /// `bites_and_stings`).
    pub const BITE: u64 = 1 << 49;
    pub const LISTED_SIGN: u64 = 1 << 50;
    pub const NEGATION_ABROAD: u64 = 1 << 51;
    /// `pain`, `dolor`: a pain said with how it feels (see `qualified_pain`).
    pub const PAIN: u64 = 1 << 52;
    /// `beers`, `drinks`, `cervezas`: drinks counted (see `drinking`).
    pub const DRINKS: u64 = 1 << 53;
    /// The cues a lab result's rules start at (a word with none of them
    /// and no listed term starts no result, see [`super::lab_result`]).
    pub const LAB: u64 = RESULT
        | TEST_RESULT
        | TEST_BEFORE
        | FINDING_VERB
        | NEGATION
        | COPULA
        | TREND
        | GRADED
        | GENETIC
        | SUSCEPTIBILITY
        | VERDICT
        | STI_CODE
        | SCREENED_DRUG
        | UNLISTED_TEST
        | ANALYTE
        | VITAL
        | SCORE;
}

/// The cue words by word, behind a filter that turns most words away
/// before any hashing.
struct Cues {
    map: super::lexicon::FastMap<&'static str, u64>,
    filter: WordFilter,
}

impl Cues {
    fn get(&self, w: &str) -> u64 {
        if !self.filter.may_contain(w) {
            return 0;
        }
        self.map.get(w).copied().unwrap_or(0)
    }
}

fn cue_map() -> &'static Cues {
    static MAP: std::sync::OnceLock<Cues> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: super::lexicon::FastMap<&'static str, u64> = Default::default();
        let lists: [(&str, u64); 51] = [
            (EXCRETA, cue::EXCRETA),
            (words!["pain", "pains", "dolor", "dolores"], cue::PAIN),
            (
                words![
                    "bit",
                    "bitten",
                    "stung",
                    "scratched",
                    "stepped",
                    "pulled",
                    "removed",
                    "found"
                ],
                cue::BITE,
            ),
            (TEST_BEFORE, cue::TEST_BEFORE),
            (LAY_STATES, cue::LAY_STATE),
            (FINDING_VERBS, cue::FINDING_VERB),
            (COPULAS, cue::COPULA),
            (SUPPLEMENTS, cue::SUPPLEMENT),
            (ORDER_VERBS, cue::ORDER_VERB),
            (words!["no", "sin"], cue::NEGATION),
            (TEST_WORDS, cue::TEST_WORD),
            (PLACE_WORDS, cue::PLACE),
            (EPONYM_HEADS, cue::EPONYM_HEAD),
            (BODY_PARTS, cue::BODY_PART),
            (SYMPTOM_ADJECTIVES, cue::SYMPTOM_ADJECTIVE),
            (INJURY_VERBS, cue::INJURY_VERB),
            (SYMPTOMS, cue::SYMPTOM),
            (DOSAGE_FORMS, cue::DOSAGE_FORM),
            (SHOTS, cue::SHOTS),
            (SPANISH_COMPLAINTS, cue::SPANISH_COMPLAINT),
            (
                words![
                    "t", "p", "map", "ph", "tmax", "sat", "mg", "fasting", "fever", "fiebre",
                    "febre", "sot", "lafyev"
                ],
                cue::VITAL,
            ),
            (
                words!["r", "s", "i", "resistant", "sensitive", "susceptible"],
                cue::SUSCEPTIBILITY,
            ),
            (VERDICTS_BEFORE, cue::VERDICT),
            (SCREENED_DRUGS, cue::SCREENED_DRUG),
            (words!["ct", "gc", "ng"], cue::STI_CODE),
            (GENETIC_WORDS, cue::GENETIC),
            (words!["recheck", "repeat", "rpt", "down", "up"], cue::TREND),
            (GRADED_NAMES, cue::GRADED),
            (words!["ana", "ct"], cue::UNLISTED_TEST),
            (
                words![
                    "sugar",
                    "sugars",
                    "cholesterol",
                    "thyroid",
                    "tiroides",
                    "azucar",
                    "blood",
                    "high",
                ],
                cue::LAY_CONDITION,
            ),
            (words!["drinking"], cue::DRINKING),
            (
                words!["beers", "drinks", "pints", "tallboys", "cervezas", "tragos"],
                cue::DRINKS,
            ),
            (words!["ipv", "dv", "si"], cue::DISCLOSED),
            (words!["pt", "ot"], cue::REHAB),
            (words!["ns", "lr"], cue::IV_FLUID),
            (
                words!["session", "sessions", "sesion", "sesiones"],
                cue::SESSION,
            ),
            (ORDERED_AFTER, cue::ORDERED_AFTER),
            (super::names::PARTICLES, cue::PARTICLE),
            (super::text::MONTHS, cue::MONTH),
            (words!["thang", "mas", "jen", "out"], cue::MONTH),
            (words!["type"], cue::TYPE),
            (words!["iop"], cue::IOP),
            (words!["ella"], cue::ELLA),
            (words!["abuse", "abused", "abusive"], cue::ABUSE),
            (LOST_FUNCTIONS, cue::LOST_FUNCTION),
            (LISTED_SIGNS, cue::LISTED_SIGN),
            (
                words!["no", "nao", "pa", "hindi", "sin"],
                cue::NEGATION_ABROAD,
            ),
            (words!["score", "puntaje", "puntuacion"], cue::SCORE),
            (
                words![
                    "lost", "gained", "dropped", "losing", "gaining", "bajo", "subio", "up",
                    "down", "weighed", "weighs", "subi", "baje", "gane", "perdi", "perdio",
                ],
                cue::WEIGHT_CHANGE,
            ),
            (
                words![
                    "hurts", "hurt", "burns", "stings", "aches", "arde", "duele", "leak", "leaks",
                    "spins", "moans", "groans", "grimaces", "winces", "cries",
                ],
                cue::HURTS,
            ),
            (
                words![
                    "hit", "had", "spiked", "spiking", "running", "reached", "peaked", "says",
                    "reads", "drops", "dropped", "dropping", "dipped", "nadir", "desat", "desats",
                    "desatted", "desating",
                ],
                cue::READING_VERB,
            ),
        ];
        let phrases: [(&str, u64); 3] = [
            (RESULT_PHRASES, cue::RESULT),
            (TEST_RESULT_PHRASES, cue::TEST_RESULT),
            (COMPLAINT_CUES, cue::COMPLAINT),
        ];
        let mut filter = WordFilter::default();
        let words = lists
            .into_iter()
            .flat_map(|(list, flag)| list.words().map(move |w| (w, flag)));
        let firsts = phrases
            .into_iter()
            .flat_map(|(list, flag)| list.words().map(move |p| (p, flag)))
            .chain(lexicon::analyte_list().iter().map(|&p| (p, cue::ANALYTE)))
            .map(|(p, flag)| (super::keys::first_word(p), flag));
        for (w, flag) in words.chain(firsts) {
            *map.entry(w).or_insert(0) |= flag;
            filter.insert(w);
        }
        Cues { map, filter }
    })
}

/// Is token `i` in the word list of `flag`? Asked of nearly every token by
/// every clinical finder: the test itself is kept small enough to be
/// inlined where it is asked, and the flags are found apart, once a scan.
#[inline]
pub(crate) fn has_cue(scan: &Scan, i: usize, flag: u64) -> bool {
    scan.cues
        .get_or_init(|| cue_flags(scan))
        .get(i)
        .is_some_and(|c| c & flag != 0)
}

/// The cue flags of every token (0 for a token that is no word).
#[inline(never)]
fn cue_flags(scan: &Scan) -> Vec<u64> {
    let map = cue_map();
    (0..scan.tokens.len())
        .map(|k| {
            if matches!(scan.kind(k), Some(Kind::Word | Kind::Mixed)) {
                map.get(scan.low(k))
            } else {
                0
            }
        })
        .collect()
}

/// The lab analyte starting at token `i`, if any: the token after it.
/// `Mg` before a number is magnesium (`mg` alone is a dose's unit).
fn analyte_at(scan: &Scan, i: usize) -> Option<usize> {
    has_cue(scan, i, cue::ANALYTE)
        .then(|| lexicon::analytes().at(scan, i))
        .flatten()
        .or_else(|| {
            if !has_cue(scan, i, cue::VITAL) {
                return None;
            }
            (scan.tok(i) == "Mg"
                && scan
                    .next_solid(i)
                    .is_some_and(|n| scan.kind(n) == Some(Kind::Number)))
            .then_some(i + 1)
            .or_else(|| vital_at(scan, i))
        })
}

/// A vital sign or a blood gas written as charts write it, which no list
/// can hold alone: `T 38.6` or `Tmax 103` (a temperature's range), `MAP 62`
/// in capitals, `sat 94%` with its percent, `pH 7.12`. The token after the
/// sign's name.
fn vital_at(scan: &Scan, i: usize) -> Option<usize> {
    // Asked of every word no analyte starts and that has the flag
    // ([`cue::VITAL`]): the sign's name first.
    let (tok, low) = (scan.tok(i), scan.low(i));
    if low == "fasting" {
        return fasting_sugar(scan, i);
    }
    // A fever with its degrees: `fever 100.9`, `a fever of 102`, `fiebre
    // de 39.5`; Vietnamese `sốt 38.5`, Haitian Creole `lafyèv 102.3`.
    let feverish = matches!(low, "fever" | "fiebre" | "febre" | "sot" | "lafyev");
    if !(matches!(tok, "T" | "P" | "MAP" | "pH") || matches!(low, "tmax" | "sat") || feverish) {
        return None;
    }
    let of = scan
        .next_solid(i)
        .filter(|&o| feverish && matches!(scan.low(o), "of" | "de"));
    let n = scan
        .next_solid(of.unwrap_or(i))
        .filter(|&n| scan.kind(n) == Some(Kind::Number))?;
    let decimal = (scan.is_punct(n + 1, '.') && scan.kind(n + 2) == Some(Kind::Number))
        // A fever's decimal comma: `febre de 38,5`.
        || (feverish
            && scan.is_punct(n + 1, ',')
            && scan.kind(n + 2) == Some(Kind::Number)
            && scan.tok(n + 2).len() == 1);
    // The whole degrees (a float parser would add kilobytes to the module).
    let whole = scan.tok(n).parse::<u32>().ok();
    let fever = whole.is_some_and(|d| (35..43).contains(&d) || (95..107).contains(&d));
    let ok = match (tok, low) {
        // `T 38.6`, or whole Fahrenheit degrees: `T 102`.
        ("T", _) => {
            (scan.is_punct(n + 1, '.') && fever) || whole.is_some_and(|d| (99..107).contains(&d))
        }
        ("MAP", _) => true,
        // A pulse in a row of vitals, commas around it: `wt 212, P 104,
        // SpO2 95%`.
        ("P", _) => {
            let comma = |k: Option<usize>| {
                k.is_some_and(|k| scan.is_punct(k, ',') || scan.is_punct(k, ';'))
            };
            !decimal
                && whole.is_some_and(|d| (30..=220).contains(&d))
                && comma(scan.prev_solid(i))
                && (comma(scan.next_solid(n)) || scan.next_solid(n).is_none())
        }
        // A blood gas's pH: `pH 7.12`.
        ("pH", _) => decimal && matches!(scan.tok(n), "6" | "7"),
        (_, "tmax") => fever,
        // Not a warning's threshold: `if he gets a fever of 100.4`, `any
        // fever of 100.4 or higher`.
        _ if feverish => {
            fever
                && (decimal || whole.is_some_and(|d| d >= 99))
                && !std::iter::successors(scan.prev_solid(i), |&p| scan.prev_solid(p))
                    .take(6)
                    .take_while(|&p| !matches!(scan.tok(p), "." | "!" | "?"))
                    .any(|p| {
                        word_set!(words!["if", "when", "any", "si", "cualquier"])
                            .contains(scan.low(p))
                    })
        }
        _ => scan.next_solid(n).is_some_and(|p| scan.is_punct(p, '%')),
    };
    ok.then_some(i + 1)
}

/// A fasting sugar from a patient's log: `fasting was 188`, `fasting
/// 240s-280s` (a reading from 40 to 699, not `fasting 12 hours`). The
/// token after `fasting`.
fn fasting_sugar(scan: &Scan, i: usize) -> Option<usize> {
    let mut n = scan.next_solid(i)?;
    if matches!(scan.low(n), "was" | "is" | "of" | "at") {
        n = scan.next_solid(n)?;
    }
    let tok = scan.tok(n);
    let digits = tok.strip_suffix('s').unwrap_or(tok);
    let reading = digits.parse::<u32>().is_ok_and(|v| (40..700).contains(&v));
    let timed = scan.next_solid(n).is_some_and(|u| {
        word_set!(words!["h", "hr", "hrs", "hour", "hours", "min"]).contains(scan.low(u))
    });
    (reading && !timed).then_some(i + 1)
}

/// A chart's capitals that are a sensitive condition only after what a note
/// says of a patient: `disclosed IPV` (intimate partner violence; the polio
/// vaccine otherwise), `1:1 for SI`, `hx MDD w/ prior SI` (suicidal
/// ideation; Spanish `SI` otherwise). The class, if token `i` is one.
fn disclosed(scan: &Scan, i: usize) -> Option<Sensitivity> {
    if !has_cue(scan, i, cue::DISCLOSED) {
        return None;
    }
    let (class, cues): (_, &[&str]) = match scan.tok(i) {
        "IPV" | "DV" => (
            Sensitivity::Sdv,
            &[
                "disclosed",
                "discloses",
                "reports",
                "reported",
                "endorses",
                "hx",
                "history",
            ],
        ),
        "SI" if !scan.shouting() => (
            Sensitivity::Psy,
            &[
                "prior", "hx", "passive", "active", "denies", "denied", "endorses", "reports",
                "with", "w", "of",
            ],
        ),
        _ => return None,
    };
    // `IPV disclosed to ED SW`, `SI reported`.
    if scan.next_solid(i).is_some_and(|n| {
        word_set!(words![
            "disclosed",
            "reported",
            "endorsed",
            "screen",
            "screening",
            "concerns",
            "concern"
        ])
        .contains(scan.low(n))
    }) {
        return Some(class);
    }
    // `SI w/ plan`, `SI with a plan`, `SI/HI`, `+SI`.
    if class == Sensitivity::Psy
        && (scan.next_solid(i).is_some_and(|n| {
            (scan.is_punct(n, '/') && scan.next_solid(n).is_some_and(|h| scan.tok(h) == "HI"))
                || (matches!(scan.low(n), "w" | "with")
                    && (n + 1..(n + 6).min(scan.tokens.len())).any(|k| scan.low(k) == "plan"))
        }) || scan.prev_solid(i).is_some_and(|p| scan.is_punct(p, '+')))
    {
        return Some(class);
    }
    let p = scan.prev_solid(i)?;
    let cued = match scan.low(p) {
        // `screened + for IPV`, `1:1 for SI`, not `due for IPV`.
        "for" => {
            class == Sensitivity::Psy
                || scan.prev_solid(p).is_some_and(|q| {
                    scan.is_punct(q, '+')
                        || matches!(scan.low(q), "positive" | "screened" | "chart" | "flag")
                })
        }
        // `w/ SI`.
        "/" => p > 0 && scan.low(p - 1) == "w",
        low => cues.contains(&low),
    };
    // In a message about a partner's harm and not about shots: `IPV,
    // partner checks her phone`.
    let violence = || {
        class == Sensitivity::Sdv && {
            scan.has_word(&[
                "partner", "abuser", "abusive", "shelter", "advocate", "hotline", "safety",
            ]) && !scan.has_word(&[
                "dtap", "hib", "polio", "vaccine", "vaccines", "shots", "mmr", "pcv",
            ])
        }
    };
    (cued || violence()).then_some(class)
}

/// Past a condition ending before token `after`, a subtype letter and a
/// specimen or assay word a result may follow: `flu A pos`, `C diff toxin
/// +`, `MRSA swab neg`. The token after them (or `after` itself).
fn specimen_after(scan: &Scan, after: usize) -> usize {
    let mut a = after;
    if let Some(n) = scan.next_solid(a - 1).filter(|&n| {
        scan.is_word(n) && scan.tok(n).len() == 1 && scan.tok(n).as_bytes()[0].is_ascii_uppercase()
    }) {
        a = n + 1;
    }
    if let Some(n) = scan.next_solid(a - 1).filter(|&n| specimen(scan, n)) {
        a = n + 1;
    }
    // Only before a verdict: `syphilis screen was reactive` is a test, then
    // its result.
    let verdict = scan
        .next_solid(a - 1)
        .is_some_and(|w| word_set!(RESULT_WORDS).contains(scan.low(w)) || plus_verdict(scan, w));
    if verdict {
        a
    } else {
        after
    }
}

/// Is token `k` a specimen or an assay word: `toxin`, `swab`, `PCR`?
fn specimen(scan: &Scan, k: usize) -> bool {
    const SPECIMENS: &str =
        words!["toxin", "swab", "screen", "culture", "cx", "pcr", "antigen", "ag", "naat",];
    scan.is_word(k) && word_set!(SPECIMENS).contains(scan.low(k))
}

/// Is token `w` a plus sign ending a verdict (not `+1` or `2+`)?
fn plus_verdict(scan: &Scan, w: usize) -> bool {
    scan.is_punct(w, '+')
        && !matches!(
            scan.kind(w + 1),
            Some(Kind::Word | Kind::Number | Kind::Mixed)
        )
        && !(w > 0 && matches!(scan.kind(w - 1), Some(Kind::Number)))
}

/// The last token of an immunity verdict starting at token `k`, right after
/// the term it is of (one space between): `immune`, `non-immune`,
/// `nonimmune`, `not immune`.
fn immunity(scan: &Scan, k: usize) -> Option<usize> {
    if scan.kind(k) != Some(Kind::Space) || scan.tokens[k].end - scan.tokens[k].start != 1 {
        return None;
    }
    let mut w = k + 1;
    // The titer's name between: `varicella IgG immune`.
    if matches!(scan.low(w), "igg" | "titer" | "antibody") && scan.kind(w + 1) == Some(Kind::Space)
    {
        w += 2;
    }
    match scan.low(w) {
        "immune" | "nonimmune" => Some(w),
        "non" | "not" if scan.low(w + 2) == "immune" && !scan.is_word(w + 1) => Some(w + 2),
        _ => None,
    }
}

/// A chart's shorthand for a chlamydia or gonorrhea result, the sign glued
/// to the code (`CT+`, `GC-`, `NG+`): the sign's token. `CT` alone is a scan.
fn sti_shorthand(scan: &Scan, i: usize) -> Option<usize> {
    let code = has_cue(scan, i, cue::STI_CODE) && matches!(scan.tok(i), "CT" | "GC" | "NG");
    let sign = scan.is_punct(i + 1, '+') || scan.is_punct(i + 1, '-');
    (code
        && sign
        && !matches!(
            scan.kind(i + 2),
            Some(Kind::Word | Kind::Number | Kind::Mixed)
        ))
    .then_some(i + 1)
}

/// The verdict of a drug screen right after a drug's last token `last`: a
/// `+` or `-` that ends the item (`fentanyl +,`), or `pos`/`neg`/`positive`/
/// `negative` followed by a list's comma or the end of the clause.
fn screened(scan: &Scan, last: usize) -> Option<usize> {
    let w = scan.next_solid(last)?;
    let closes = |k: usize| {
        scan.next_solid(k)
            .is_none_or(|n| [',', ';', '.', ')'].iter().any(|&c| scan.is_punct(n, c)))
    };
    let sign = (scan.is_punct(w, '+') || scan.is_punct(w, '-'))
        && !matches!(
            scan.kind(w + 1),
            Some(Kind::Word | Kind::Number | Kind::Mixed)
        );
    let word = matches!(scan.low(w), "pos" | "neg" | "positive" | "negative");
    if (sign || word) && closes(w) {
        return Some(w);
    }
    // A lab's words, which need no close: `Oxycodone not detected despite
    // active Rx`, `fentanyl detected`.
    let d = if scan.low(w) == "not" {
        scan.next_solid(w)?
    } else {
        w
    };
    matches!(scan.low(d), "detected" | "undetected" | "nondetected").then_some(d)
}

/// An unlisted analyte at token `i` measured in a lab's unit: what is
/// written like a lab's abbreviation (`ACE 98 U/L`, `RF 84 IU/mL`, `AMH 1.1
/// ng/mL`, `VSG 18 mm/h`, `tTG-IgA came back at 142 U/mL`, `anti-CCP >250
/// U/mL`) or a listed test (`fecal calprotectin 480 mcg/g`), then a value
/// whose unit is a ratio, which no dose, count or price has. The token after
/// the analyte.
fn measured(scan: &Scan, i: usize) -> Option<usize> {
    let after = match term_at(scan, i, Category::Procedure) {
        Some((_, after)) => after,
        None => {
            // Two capitals, or a capital and a capital inside a word or a
            // digit: `E2`, `Kt/V`, `GAD65`.
            let (k, group) = code_group(scan, i)?;
            let capitals = group.bytes().filter(u8::is_ascii_uppercase).count();
            let inner = group.bytes().skip(1).any(|b| b.is_ascii_uppercase());
            let digit = group.bytes().any(|b| b.is_ascii_digit());
            if capitals == 0 || !(capitals >= 2 || (inner || digit)) {
                return None;
            }
            k + 1
        }
    };
    let mut j = after;
    for _ in 0..10 {
        match scan.kind(j)? {
            Kind::Space => {}
            Kind::Punct if matches!(scan.tok(j), ":" | "=" | ">" | "<") => {}
            Kind::Word if word_set!(VALUE_CONNECTORS).contains(scan.low(j)) => {}
            Kind::Number => break,
            _ => return None,
        }
        j += 1;
    }
    let last = value_end(scan, j);
    let unit = &scan.lower[scan.tokens[j].end..scan.tokens[last].end];
    (scan.kind(j) == Some(Kind::Number)
        && unit.contains('/')
        && unit.ends_with(char::is_alphabetic))
    .then_some(after)
}

/// The last token ending at or before byte `end`.
fn last_token(scan: &Scan, end: usize) -> usize {
    scan.tokens
        .partition_point(|t| t.end <= end)
        .saturating_sub(1)
}

/// Word tokens that can start a term: not glued to a preceding letter or digit.
fn starts<'a>(scan: &'a Scan<'a>) -> impl Iterator<Item = usize> + 'a {
    scan.term_starts
        .get_or_init(|| {
            let mut starts = Vec::with_capacity(scan.tokens.len() / 2 + 1);
            let bytes = scan.text().as_bytes();
            starts.extend((0..scan.tokens.len()).filter(|&i| {
                matches!(scan.kind(i), Some(Kind::Word | Kind::Mixed))
                    && !(i > 0
                        && matches!(
                            scan.kind(i - 1),
                            Some(Kind::Word | Kind::Mixed | Kind::Number)
                        )
                        // A Latin word right after ideographs, kana or
                        // Hangul starts one: `食咗lisinopril之後`.
                        && !(bytes[scan.tokens[i].start].is_ascii()
                            && bytes[scan.tokens[i].start - 1] >= 0x80))
            }));
            starts
        })
        .iter()
        .copied()
}

fn dictionary(
    scan: &Scan,
    category: Category,
    out: &mut Vec<Cand>,
    extend: fn(&Scan, usize) -> usize,
) {
    let mut covered = 0;
    for i in starts(scan) {
        if scan.tokens[i].start < covered {
            continue;
        }
        if let Some((term, after)) = term_at(scan, i, category) {
            let last = extend(scan, after - 1);
            let end = scan.tokens[last].end;
            out.push(Cand {
                start: scan.tokens[i].start,
                end,
                clinician: false,
                sensitivity: term.sensitivity,
            });
            covered = end;
        }
    }
}

/// How a person feels or is, in a patient's words: words that are a
/// symptom only when someone is so (`i feel jittery`, `its still swollen`,
/// `dad has been confused`, `hes been coughing`), not alone (`a confused
/// billing code`, `the burning question`).
const LAY_STATES: &str = words![
    "swollen",
    "pale",
    "bruised",
    "sore",
    "numb",
    "itchy",
    "dizzy",
    "lightheaded",
    "nauseous",
    "nauseated",
    "jittery",
    "shaky",
    "foggy",
    "confused",
    "coughing",
    "choking",
    "wheezing",
    "vomiting",
    "sweaty",
    "feverish",
    "burning",
    "bleeding",
    "exhausted",
    "achy",
    "stiff",
    "congested",
    "stuffy",
    "constipated",
    "bloated",
    "lethargic",
    "drowsy",
    "groggy",
    "woozy",
    "crampy",
    "queasy",
    "wheezy",
    "crawly",
    "wiped",
    "disoriented",
    "agitated",
    "tremulous",
    "tired",
    "fatigued",
    "weak",
    "faint",
    "clammy",
    "blurry",
    "sleepy",
    "thirsty",
    "restless",
    "unsteady",
    "wobbly",
    "flushed",
    "fussy",
    "irritable",
    "cranky",
    "combative",
    "anxious",
    "panicky",
    "manic",
    "hopeless",
    "winded",
    "spacey",
    "forgetful",
    "sneezy",
    "snotty",
    "gassy",
    "sluggish",
    "yellow",
    "jaundiced",
    "cansado",
    "cansada",
    "confundido",
    "confundida",
    "triste",
    "ansioso",
    "ansiosa",
    "inquieto",
    "inquieta",
    "debil",
];

/// The [`LAY_STATES`] of the mind: a mental-health symptom (`psy`).
fn psy_state(word: &str) -> bool {
    word_set!(words![
        "anxious", "panicky", "manic", "hopeless", "triste", "ansioso", "ansiosa"
    ])
    .contains(word)
}

/// Is the state at token `i` a figure of speech by the word after it:
/// `tired of waiting`, `weak on the phone`, `anxious to hear back`? (Not
/// `crawly at night`.)
fn figure_after(scan: &Scan, i: usize) -> bool {
    scan.next_solid(i).is_some_and(|n| {
        let after = scan.next_solid(n).map(|w| scan.low(w));
        match scan.low(n) {
            // Not where it comes on: `winded on the stairs`.
            "on" => {
                let place = if after == Some("the") {
                    scan.next_solid(n)
                        .and_then(|t| scan.next_solid(t))
                        .map(|w| scan.low(w))
                } else {
                    after
                };
                !matches!(place, Some("stairs" | "steps" | "hill" | "hills"))
            }
            "of" | "spot" | "point" => true,
            "at" => !matches!(after, Some("night" | "times" | "bedtime")),
            "to" | "about" | "for" => scan.low(i) == "anxious",
            _ => false,
        }
    })
}

/// Does a word of how long or how often follow the state at token `i`
/// (`again`, `since`, `for`, `all day`, `x3 days`)?
fn lasting(scan: &Scan, i: usize) -> bool {
    scan.next_solid(i).is_some_and(|n| {
        let low = scan.low(n);
        word_set!(words![
            "again", "since", "for", "all", "today", "tonight", "now", "every", "x"
        ])
        .contains(low)
            || (low.len() > 1 && low.starts_with('x') && low.as_bytes()[1].is_ascii_digit())
    })
}

/// Words before a [`LAY_STATES`] word that say someone is so: `feel`,
/// `been`, `still`, `keeps`, and (after a person or a body part) `is`.
fn felt_states(scan: &Scan, out: &mut Vec<Cand>) {
    const INTENSIFIERS: &str = words![
        "super", "so", "really", "kinda", "very", "all", "pretty", "more", "too", "extra", "real",
        "bit", "little", "a", "still", "always", "just", "muy", "bien", "tan", "bastante", "this",
    ];
    // A state or a condition at token `q` was just found: `shaky, sweaty`,
    // `coughing and choking`, `diaphoretic & shaky` name one after another.
    let listed = |q: usize, out: &[Cand]| out.last().is_some_and(|c| c.end == scan.tokens[q].end);
    for i in starts(scan) {
        if !has_cue(scan, i, cue::LAY_STATE) {
            continue;
        }
        let mut p = scan.prev_solid(i);
        let mut steps = 0;
        // Said with feeling (`so`, `always`), not only `a` or `all`.
        let mut stressed = false;
        while let Some(k) =
            p.filter(|&k| word_set!(INTENSIFIERS).contains(scan.low(k)) && steps < 3)
        {
            // `still` is a cue of its own: `its still swollen`.
            if scan.low(k) == "still" {
                break;
            }
            stressed |= word_set!(words![
                "super", "so", "really", "very", "always", "too", "muy", "tan"
            ])
            .contains(scan.low(k));
            p = scan.prev_solid(k);
            steps += 1;
        }
        if let Some(c) = p.filter(|&c| scan.is_punct(c, ',') || scan.is_punct(c, '&')) {
            if scan.prev_solid(c).is_some_and(|q| listed(q, out)) || lasting(scan, i) {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[i].end));
            }
            continue;
        }
        // A patient's own text opening with the state and how long it has
        // lasted: `wheezy again`, `coughing for like 6 wks now`.
        if p.is_none_or(|c| [".", "!", ";", ":"].contains(&scan.tok(c))) {
            // Or said with feeling: `always thirsty`, `so dizzy`.
            if lasting(scan, i) || (stressed && !figure_after(scan, i)) {
                out.push(Cand {
                    sensitivity: psy_state(scan.low(i)).then_some(Sensitivity::Psy),
                    ..Cand::new(scan.tokens[i].start, scan.tokens[i].end)
                });
            }
            continue;
        }
        let Some(p) = p.filter(|&p| scan.is_word(p)) else {
            continue;
        };
        let felt = match scan.low(p) {
            "feel" | "feels" | "feeling" | "felt" | "been" | "be" | "im" | "still" | "keeps"
            | "keep" | "kept" | "getting" | "get" | "gets" | "got" | "started" | "stays"
            | "looks" | "looking" => true,
            // `me siento muy cansada`, `está confundido`, `sigue débil` (read
            // folded: `sentía` is `sentia`, `está` is `esta`).
            "siento" | "sentia" | "estoy" | "esta" | "estan" | "anda" | "ando" | "sigue" => true,
            "and" | "or" | "y" | "o" => scan.prev_solid(p).is_some_and(|q| listed(q, out)),
            // `i'm dizzy`, `he's been`: the contraction's end.
            "m" | "s" | "re" => p >= 2 && scan.is_punct(p - 1, '\''),
            // What something does to someone: `it makes him super confused`.
            "me" | "him" | "her" | "them" => scan
                .prev_solid(p)
                .is_some_and(|q| matches!(scan.low(q), "makes" | "made" | "making" | "make")),
            // A relative or a child right before the state: `grandpa
            // coughing`, `baby fussy`.
            low if super::names::singular_relative(low) => true,
            // The same contraction typed without its apostrophe: `moms
            // confused again today`.
            "moms" | "dads" | "hes" | "shes" => true,
            // `is swollen` after whom or what: `it is swollen`, `arm is sore`.
            "is" | "are" | "was" | "were" => scan.prev_solid(p).is_some_and(|q| {
                word_set!(words![
                    "he", "she", "it", "its", "i", "they", "hes", "shes", "baby", "pee", "urine",
                    "stool", "pt", "patient", "resident", "paciente"
                ])
                .contains(scan.low(q))
                    || has_cue(scan, q, cue::BODY_PART)
                    // A relative: `my husband is yellow`, `mom is confused`.
                    || word_set!(super::names::RELATIVES).contains(scan.low(q))
                    // A patient by their bed: `rm 5 is combative`.
                    || (scan.kind(q) == Some(Kind::Number)
                        && scan.prev_solid(q).is_some_and(|r| {
                            matches!(scan.low(r), "rm" | "room" | "bed" | "bay")
                        }))
            }),
            _ => false,
        };
        // `tired of waiting`, `weak on the phone` are no states of health.
        // Nor is eagerness (`anxious to hear back`, `anxious about the job`).
        let figure = figure_after(scan, i);
        // `If you feel weak, call 911`: a warning, no one's state.
        let warned = scan.prev_solid(p).is_some_and(|who| {
            word_set!(words!["you", "u", "he", "she", "they"]).contains(scan.low(who))
                && scan
                    .prev_solid(who)
                    .is_some_and(|w| matches!(scan.low(w), "if" | "when"))
        });
        if felt && !figure && !warned {
            out.push(Cand {
                sensitivity: psy_state(scan.low(i)).then_some(Sensitivity::Psy),
                ..Cand::new(scan.tokens[i].start, scan.tokens[i].end)
            });
        }
    }
}

/// The colours and tinges a body part's sign may be of (`lips a little
/// blue`, `eyes look yellowish`), and of the spots it has (`white spots`).
const SIGN_COLOURS: &str = words![
    "yellowish",
    "bluish",
    "purplish",
    "reddish",
    "greenish",
    "grayish",
    "greyish",
    "whitish",
    "huge",
    "red",
    "white",
    "purple",
    "blue",
    "yellow",
    "black",
    "dark",
    "orange",
];

/// How a body part looks, said of it: `her hands and feet look kind of
/// purple and blotchy`, `skin on her chest is peeling`, `fingers turning
/// white`. From the part through the sign.
fn body_signs(scan: &Scan, out: &mut Vec<Cand>) {
    const FILLERS: &str = words![
        "kind", "of", "kinda", "really", "so", "all", "a", "little", "bit", "very", "pretty",
        "still", "more", "turning", "lil",
    ];
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::BODY_PART)) {
        let Some(mut n) = scan.next_solid(i) else {
            continue;
        };
        // `stomach has been gurgling`, `eyes have been so red`.
        if matches!(scan.low(n), "has" | "have") {
            if let Some(b) = scan.next_solid(n).filter(|&b| scan.low(b) == "been") {
                n = b;
            }
        }
        // `lips a little blue`, a chart's `sacrum red`: the verb left out.
        let verb = word_set!(words![
            "is", "are", "look", "looks", "looked", "turning", "turned", "turns", "went",
            "getting", "got", "was", "were", "been"
        ])
        .contains(scan.low(n));
        // `tonsils have white spots`, `her legs have red bumps`.
        if matches!(scan.low(n), "have" | "has" | "had") {
            let marks = scan.next_solid(n).and_then(|c| {
                let c = if scan.low(c) == "a" {
                    scan.next_solid(c)?
                } else {
                    c
                };
                let m = if word_set!(SIGN_COLOURS).contains(scan.low(c)) {
                    scan.next_solid(c)?
                } else {
                    c
                };
                word_set!(words![
                    "spots", "patches", "bumps", "streaks", "dots", "blisters", "sores"
                ])
                .contains(scan.low(m))
                .then_some(m)
            });
            if let Some(m) = marks {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[m].end));
            }
            continue;
        }
        let mut k = if verb { scan.next_solid(n) } else { Some(n) };
        for _ in 0..3 {
            match k.filter(|&f| word_set!(FILLERS).contains(scan.low(f))) {
                Some(f) => k = scan.next_solid(f),
                None => break,
            }
        }
        // Burning, said so: `my toe is on fire`, `joints on fire`.
        if let Some(fire) = k
            .filter(|&w| scan.low(w) == "on")
            .and_then(|w| scan.next_solid(w))
            .filter(|&f| scan.low(f) == "fire")
        {
            if !warned_before(scan, i, 4) {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[fire].end));
            }
            continue;
        }
        let Some(sign) = k.filter(|&w| {
            word_set!(SIGN_COLOURS).contains(scan.low(w))
                || word_set!(words![
                    "blotchy",
                    "peeling",
                    "puffy",
                    "pale",
                    "gray",
                    "grey",
                    "tingly",
                    "crusty",
                    "oozing",
                    "weeping",
                    "flaky",
                    "scaly",
                    "mottled",
                    "swollen",
                    "numb",
                    "bruised",
                    "blistered",
                    "raw",
                    // `phlegm is green`, `urine looks cloudy` (`pee is
                    // dark` and `my toenail is black` are colours above).
                    "bloody",
                    "green",
                    "cloudy",
                    "foamy",
                    "blurry",
                    // `her leg is hot`, `knuckles puffed up`.
                    "puffed",
                    "leaking",
                    "draining",
                    // `breathing is rattly`, `shallow`, `labored`.
                    "rattly",
                    "shallow",
                    "labored",
                    "noisy",
                    "gurgly",
                    "gurgling",
                    "raspy",
                    "bloodshot",
                ]).contains(scan.low(w))
                // `my knee is shot`, not a `knee shot` (an injection); `her
                // sacrum is open`, `breathing is fast`.
                || (verb && matches!(scan.low(w), "shot" | "open" | "fast"))
        }) else {
            continue;
        };
        // What comes out goes on to say what: `incision is leaking yellowish stuff`.
        let flowing = matches!(
            scan.low(sign),
            "leaking" | "draining" | "oozing" | "weeping"
        );
        // The sign ends its phrase: not `the back is red brick`.
        if !flowing
            && scan.next_solid(sign).is_some_and(|n| {
                scan.is_word(n)
                    && !word_set!(words![
                        "and",
                        "or",
                        "but",
                        "since",
                        "now",
                        "today",
                        "again",
                        "from",
                        "at",
                        "on",
                        "in",
                        "where",
                        "after",
                        "with",
                        "all",
                        "too",
                        "when",
                        "for",
                        "this",
                        "up",
                        "hot",
                        "tonight",
                        "lately",
                        "overnight",
                        // A likeness or a second colour: `dark like tea`,
                        // `blotchy purple`.
                        "like"
                    ])
                    .contains(scan.low(n))
                    && !word_set!(SIGN_COLOURS).contains(scan.low(n))
            })
        {
            continue;
        }
        // A warning sign to watch for: `call us if your lips look blue`.
        if !warned_before(scan, i, 4) {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[sign].end));
        }
    }
}

/// The word at token `i` as a finding of class `class`.
fn sensitive_word(scan: &Scan, i: usize, class: Sensitivity) -> Cand {
    Cand {
        sensitivity: Some(class),
        ..Cand::new(scan.tokens[i].start, scan.tokens[i].end)
    }
}

/// `ella`, the emergency contraceptive (sex), taken: `I took ella on Nov
/// 21`, `take the ella today`. Alone it is Spanish `she`, so only after an
/// English verb of taking or buying.
fn taken_ella(scan: &Scan, out: &mut Vec<Cand>) {
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::ELLA)) {
        let mut p = scan.prev_solid(i);
        if p.is_some_and(|k| scan.low(k) == "the") {
            p = p.and_then(|k| scan.prev_solid(k));
        }
        if p.is_some_and(|k| {
            word_set!(words![
                "took", "take", "taking", "takes", "bought", "buy", "used", "picked"
            ])
            .contains(scan.low(k))
        }) {
            out.push(sensitive_word(scan, i, Sensitivity::Sex));
        }
    }
}

/// `IOP` in capitals is an intensive outpatient program (eth) in a message
/// about recovery from substance use (`90 days in IOP, your peer recovery
/// coach`, `IOP update: UDS neg x2, continue Suboxone`); elsewhere it is
/// an eye's pressure (`IOP 27 right eye`), which is no program.
fn recovery_iop(scan: &Scan, out: &mut Vec<Cand>) {
    const RECOVERY: &[&str] = &[
        "recovery",
        "sober",
        "sobriety",
        "uds",
        "suboxone",
        "buprenorphine",
        "naltrexone",
        "vivitrol",
        "relapse",
        "addiction",
        "substance",
        "sud",
        "aud",
        "oud",
        "drug",
        "alcohol",
        "group",
        "groups",
        "meetings",
    ];
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::IOP)) {
        if scan.tok(i) != "IOP"
            || scan
                .next_solid(i)
                .is_some_and(|n| scan.kind(n) == Some(Kind::Number))
            || !scan.has_word(RECOVERY)
        {
            continue;
        }
        out.push(sensitive_word(scan, i, Sensitivity::Eth));
    }
}

/// What a body does that someone cannot or has not (see [`lost_function`]).
const LOST_FUNCTIONS: &str = words![
    "sleep",
    "sleeping",
    "eat",
    "eating",
    "eaten",
    "drink",
    "drinking",
    "breathe",
    "breathing",
    "swallow",
    "swallowing",
    "pee",
    "peeing",
    "peed",
    "poop",
    "pooped",
    "pooping",
    "urinate",
    "urinated",
    "move",
    "stop",
    "keep",
    "eats",
    "sleeps",
    "drinks",
    "walk",
    "walking",
    "hear",
    "hearing",
    "sit",
];

/// A bodily function someone cannot do or has not done, in their words:
/// `can't sleep`, `he hasn't eaten in 3 days`, `she's not drinking much`,
/// `i cant move it`, `can't stop coughing`, `can't keep anything down`.
/// The person comes first (`i`, `he`, `baby`, `pt`); an instruction is no
/// symptom (`don't eat after midnight`, `you can't eat before the scan`).
fn lost_function(scan: &Scan, out: &mut Vec<Cand>) {
    for v in starts(scan).filter(|&v| has_cue(scan, v, cue::LOST_FUNCTION)) {
        let verb = scan.low(v);
        let Some(mut n) = scan.prev_solid(v) else {
            continue;
        };
        if matches!(scan.low(n), "really" | "even" | "been" | "still") {
            match scan.prev_solid(n) {
                Some(p) => n = p,
                None => continue,
            }
        }
        // The negation's first token: `cant`, `not`, or `can` of `can't`;
        // `barely`, `stopped`, and a refusal (`refuses to eat`).
        let negation = match scan.low(n) {
            "cant" | "cannot" | "hasnt" | "havent" | "couldnt" | "wont" | "isnt" | "not"
            | "doesnt" | "didnt" | "barely" | "hardly" | "stopped" => Some(n),
            "t" if n > 1
                && scan.is_punct(n - 1, '\'')
                && word_set!(words![
                    "can", "hasn", "haven", "couldn", "won", "isn", "doesn", "didn"
                ])
                .contains(scan.low(n - 2)) =>
            {
                Some(n - 2)
            }
            "to" => scan
                .prev_solid(n)
                .filter(|&r| matches!(scan.low(r), "refuses" | "refusing" | "refused")),
            _ => None,
        };
        let Some(neg) = negation else {
            continue;
        };
        // `not` only before a verb's -ing (`not eating`), `can not` too.
        let ing = verb.ends_with("ing");
        if scan.low(neg) == "not"
            && !ing
            && scan.prev_solid(neg).is_none_or(|c| scan.low(c) != "can")
        {
            continue;
        }
        // Who: up to three tokens back (`he's still not`, `i really cant`),
        // or a condition found before in the sentence, the loss one more of
        // its list (`i feel jittery and cant sleep`, `fever since tuesday,
        // not eating`, `tonsils huge with white spots and cant swallow`).
        let mut who = listed_after_condition(scan, neg, out);
        let mut k = neg;
        for _ in 0..3 {
            if who {
                break;
            }
            let Some(p) = scan.prev_solid(k) else { break };
            if someone(scan.low(p)) {
                who = true;
                break;
            }
            k = p;
        }
        // A loss going on needs no one named: `in bed for 2 weeks barely
        // eating`, `not drinking much` (no order is worded so).
        let going_on = ing
            && (matches!(scan.low(neg), "barely" | "hardly")
                || (scan.low(neg) == "not"
                    && scan.next_solid(v).is_some_and(|x| scan.low(x) == "much")))
            // Not said of anyone in general: `not eating much is normal`.
            && std::iter::successors(scan.next_solid(v), |&x| scan.next_solid(x))
                .take(2)
                .all(|x| !matches!(scan.low(x), "is" | "can" | "may" | "after"));
        if !who && !going_on {
            continue;
        }
        // `move` of a body part, `stop` of a symptom, `keep` food down.
        let next = scan.next_solid(v);
        // An order for a test or a procedure is no symptom: `Mr. Dukes cant
        // eat before the scan`.
        if next.is_some_and(|x| matches!(scan.low(x), "before" | "after" | "until" | "prior")) {
            continue;
        }
        // A habit or an order kept is no symptom: `doesnt eat breakfast`,
        // `stopped eating after 6pm`; a loss closes its clause or says how
        // long (`barely eats`, `stopped walking last week`).
        if word_set!(words![
            "doesnt", "didnt", "doesn", "didn", "barely", "hardly", "stopped", "refuses",
            "refusing", "refused"
        ])
        .contains(scan.low(neg))
            && next.is_some_and(|x| {
                scan.is_word(x)
                    && !word_set!(words![
                        "much", "anything", "well", "at", "for", "since", "in", "today", "anymore",
                        "again", "and", "or", "but", "last", "out", "now"
                    ])
                    .contains(scan.low(x))
            })
        {
            continue;
        }
        let last = match verb {
            "move" => match next.filter(|&x| matches!(scan.low(x), "it" | "my" | "his" | "her")) {
                Some(x) => x,
                None => continue,
            },
            "stop" => match next.filter(|&x| {
                word_set!(words![
                    "coughing", "vomiting", "shaking", "crying", "throwing", "itching"
                ])
                .contains(scan.low(x))
            }) {
                Some(x) => x,
                None => continue,
            },
            "keep" => match next
                .filter(|&x| matches!(scan.low(x), "anything" | "food" | "it" | "liquids"))
                .and_then(|x| scan.next_solid(x))
                .filter(|&d| scan.low(d) == "down")
            {
                Some(d) => d,
                None => continue,
            },
            // Restless: `he cant sit still at school`.
            "sit" => match next.filter(|&x| scan.low(x) == "still") {
                Some(x) => x,
                None => continue,
            },
            // Hearing from an ear, not a caller: `cant hear out of my left ear`.
            "hear" | "hearing" => {
                match next.filter(|&x| matches!(scan.low(x), "out" | "anything" | "well")) {
                    Some(x) => x,
                    None => continue,
                }
            }
            _ => next
                .filter(|&x| matches!(scan.low(x), "much" | "anything" | "well"))
                .unwrap_or(v),
        };
        out.push(Cand::new(scan.tokens[neg].start, scan.tokens[last].end));
    }
}

/// Does token `i` open an item of a list that a condition found before it
/// in the same sentence opened: after `and` or a comma, with no warning
/// word between (`fever since tuesday, not eating`; not `no fever? if he
/// is not eating, call`)?
// Out of line: asked only of a loss or a sign already matched, so kept
// apart from the condition finder's hot loop.
#[inline(never)]
fn listed_after_condition(scan: &Scan, i: usize, out: &[Cand]) -> bool {
    let Some(a) = scan
        .prev_solid(i)
        .filter(|&a| scan.low(a) == "and" || scan.is_punct(a, ','))
    else {
        return false;
    };
    let at = scan.tokens[a].start;
    out.iter().any(|c| {
        c.end <= at
            && !scan.lower[c.end..at]
                .bytes()
                .any(|b| matches!(b, b'.' | b'!' | b'?' | b'\n'))
            && !(scan.tokens.partition_point(|t| t.start < c.end)..a)
                .any(|k| matches!(scan.low(k), "if" | "when" | "unless" | "until"))
    })
}

/// The signs [`listed_signs`] reads.
const LISTED_SIGNS: &str = words![
    "itchy",
    "crusty",
    "swollen",
    "numb",
    "stiff",
    "sore",
    "oozing",
    "weepy",
    "peeling",
    "flaky",
    "tender",
    "puffy",
    "bloody",
    "draining",
    "throbbing",
    "burning",
    "tingling",
    "feverish",
    "lethargic",
    "fussy",
    "pale",
    "sweaty",
    "clammy",
    "raspy",
    "hoarse",
    "wheezy",
    "congested",
    "bruised",
    "blistered",
    "crusted",
    "achy",
    "shaky",
    "nauseous",
    "dizzy",
    "lightheaded",
    "wobbly",
    "scabby",
    "pussy",
    "goopy",
];

/// A sign said in one word as one more item of a list a condition opened:
/// `rash all over his belly after the amoxicillin, itchy`, `pinkeye in both
/// eyes, crusty this morning`, `cough and still raspy`. The word closes its
/// item; one word before it may say how much.
// Out of line: past its first test only when a condition was found and a
// sign word is in the message, so kept apart from the condition finder's
// hot loop.
#[inline(never)]
fn listed_signs(scan: &Scan, out: &mut Vec<Cand>) {
    if out.is_empty() {
        return;
    }
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::LISTED_SIGN)) {
        let first = scan
            .prev_solid(i)
            .filter(|&p| {
                word_set!(words![
                    "still", "very", "really", "super", "so", "kinda", "now", "more", "also"
                ])
                .contains(scan.low(p))
            })
            .unwrap_or(i);
        let closes = scan.next_solid(i).is_none_or(|n| {
            !scan.is_word(n)
                || word_set!(words![
                    "and", "this", "today", "tonight", "now", "again", "too", "since", "at", "all",
                    "but", "after"
                ])
                .contains(scan.low(n))
        });
        if closes
            && listed_after_condition(scan, first, out)
            && !out
                .iter()
                .any(|c| c.end > scan.tokens[first].start && c.start < scan.tokens[i].end)
        {
            out.push(Cand::new(scan.tokens[first].start, scan.tokens[i].end));
        }
    }
}

/// A bodily function someone cannot do, or a symptom that will not stop,
/// in Spanish, Portuguese, Haitian Creole or Tagalog: `no puede caminar`,
/// `no ha podido dormir`, `no para de vomitar`, `não consegue engolir`,
/// `pa ka respire`, `pa vle tete`, `hindi siya makalakad`. From the
/// negation through the verb. Not a warning (`si no puede respirar,
/// llame al 911`) nor an order for a procedure (`no puede comer después
/// de la medianoche`, `usted no puede comer antes del examen`).
// Out of line: past its first test only at a negation's cue bit, so kept
// apart from the condition finder's hot loop.
#[inline(never)]
fn lost_function_abroad(scan: &Scan, out: &mut Vec<Cand>) {
    const CAN: &str = words![
        "puede",
        "puedo",
        "pueden",
        "podia",
        "pudo",
        "podido",
        // `sigo sin poder pisar`.
        "poder",
        "quiere",
        "consegue",
        "consigo",
        "conseguia",
        "consegui",
        "pode",
        "posso",
        "quer",
        "ka",
        "kapab",
        "vle",
    ];
    const STOP: &str = words!["para", "paro", "paran", "deja", "dejo", "dejan", "sispann"];
    const FUNCTIONS: &str = words![
        // Spanish.
        "caminar",
        "andar",
        "dormir",
        "comer",
        "tragar",
        "respirar",
        "orinar",
        "mover",
        "moverse",
        "moverlo",
        "moverla",
        "apoyar",
        "doblar",
        "doblarla",
        "doblarlo",
        "pararse",
        "levantarse",
        "levantar",
        "obrar",
        "evacuar",
        "sentarse",
        "agacharse",
        "pararme",
        "levantarme",
        "moverme",
        "agacharme",
        "sentarme",
        "mamar",
        "comido",
        "dormido",
        "orinado",
        "caminado",
        // Portuguese.
        "engolir",
        "urinar",
        "mexer",
        "dobrar",
        "pisar",
        "enxergar",
        "sentar",
        "pentear",
        // Haitian Creole.
        "mache",
        "domi",
        "manje",
        "respire",
        "pipi",
        "vale",
        "leve",
        "tete",
        "bwe",
        "chita",
        "kanpe",
        // Tagalog.
        "makalakad",
        "makatayo",
        "makahinga",
        "makatulog",
        "makakain",
        "makaihi",
        "makalunok",
        "makadumi",
        "makagalaw",
        "kumakain",
        "makaupo",
        "makabangon",
        "makatae",
    ];
    const GOING_ON: &str = words![
        "vomitar",
        "toser",
        "sangrar",
        "llorar",
        "temblar",
        "rascarse",
        "estornudar",
        "devolver",
        "tossir",
        "chorar",
        "tremer",
        "vomi",
        "touse",
        "senyen",
        "kriye",
        "tranble",
    ];
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::NEGATION_ABROAD)) {
        // Up to two words between: `no se puede`, `no ha podido`, `hindi
        // na siya`, `não para de`.
        let mut k = i;
        let mut verb = None;
        let mut stop = false;
        for _ in 0..3 {
            let Some(n) = scan.next_solid(k).filter(|&n| scan.is_word(n)) else {
                break;
            };
            let w = scan.low(n);
            if word_set!(FUNCTIONS).contains(w) || (stop && word_set!(GOING_ON).contains(w)) {
                verb = Some(n);
                break;
            }
            if word_set!(STOP).contains(w) {
                stop = true;
            } else if !(word_set!(CAN).contains(w)
                || word_set!(words![
                    "se", "me", "le", "la", "lo", "ha", "he", "han", "de", "siya", "ako", "na",
                    "niya", "po", "li", "m", "mwen", "bem", "mais"
                ])
                .contains(w))
            {
                break;
            }
            k = n;
        }
        let Some(v) = verb else { continue };
        // `hindi` needs no modal (`hindi makalakad`); the others do, or a
        // stop (`no come` is a habit as often as a loss).
        if scan.low(i) != "hindi"
            && !stop
            && !(i + 1..v).any(|m| word_set!(CAN).contains(scan.low(m)))
        {
            continue;
        }
        // A warning: `si no puede respirar`, `si no come bien o no puede
        // dormir`, `se não conseguir`, `si li pa ka respire`, `kung hindi
        // makahinga`; or said to the reader.
        let warned = std::iter::successors(scan.prev_solid(i), |&p| scan.prev_solid(p))
            .take(6)
            .take_while(|&p| !matches!(scan.tok(p), "." | "!" | "?" | ","))
            .any(|p| {
                word_set!(words![
                    "si", "kung", "kapag", "cuando", "quando", "usted", "voce", "ou", "if"
                ])
                .contains(scan.low(p))
                    || (p + 1 == i && scan.low(p) == "se" && scan.low(i) == "nao")
            });
        // An order before a procedure: `no puede comer después de medianoche`.
        let ordered = std::iter::successors(scan.next_solid(v), |&n| scan.next_solid(n))
            .take(8)
            .take_while(|&n| !matches!(scan.tok(n), "." | "!" | "?"))
            .any(|n| {
                word_set!(words![
                    "antes",
                    "despues",
                    "hasta",
                    "depois",
                    "ate",
                    "anvan",
                    "apre",
                    "bago",
                    "medianoche",
                    "ayunas",
                    "ayuno",
                    "jejum",
                    "cirugia",
                    "cirurgia",
                    "examen",
                    "exame",
                    "procedimiento"
                ])
                .contains(scan.low(n))
            });
        if !warned && !ordered {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[v].end));
        }
    }
}

/// What hurts when someone does something, in their words: `it hurts
/// when i pee`, `burns like fire when i pee`, `hurts to swallow`, `stings
/// when he poops`, and what leaks or spins so (`i leak when i sneeze`,
/// `room spins when i roll over`); not a warning (`if it hurts to
/// breathe, call`) nor what a procedure may do (`it may hurt to pee for a
/// day`).
fn hurts_when(scan: &Scan, out: &mut Vec<Cand>) {
    const DOINGS: &str = words![
        "pee",
        "peeing",
        "urinate",
        "poop",
        "pooping",
        "swallow",
        "swallowing",
        "breathe",
        "breathing",
        "walk",
        "walking",
        "eat",
        "eating",
        "chew",
        "cough",
        "coughing",
        "sneeze",
        "move",
        "sit",
        "stand",
        "bend",
        "lift",
        "pass",
        "wipe",
        "lay",
        "lie",
        "turn",
        "look",
        "touch",
        "press",
        "push",
        "kneel",
        "squat",
        "climb",
        "talk",
        "yawn",
        "orinar",
        "comer",
        "tragar",
        "caminar",
        "respirar",
        "pees",
        "poops",
        "swallows",
        "breathes",
        "walks",
        "eats",
        "chews",
        "coughs",
        "sneezes",
        "moves",
        "laugh",
        "laughs",
        "jump",
        "run",
        "roll",
        "get",
        "change",
        "bathe",
    ];
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::HURTS)) {
        // Whose leak, what spins: `i leak`, `the room spins`, not `the roof leaks`.
        let before = scan.prev_solid(i).map_or("", |p| scan.low(p));
        let subject_ok = match scan.low(i) {
            // And who shows pain: `she moans when we turn her`.
            "leak" | "leaks" | "moans" | "groans" | "grimaces" | "winces" | "cries" => {
                someone(before)
            }
            "spins" => matches!(before, "room" | "head" | "everything" | "world"),
            _ => true,
        };
        if !subject_ok {
            continue;
        }
        let mut k = scan.next_solid(i);
        // How much: `leak a little when i sneeze`, `hurts so bad to swallow`.
        for _ in 0..3 {
            match k.filter(|&f| {
                word_set!(words!["a", "little", "bit", "so", "really", "bad", "out"])
                    .contains(scan.low(f))
            }) {
                Some(f) => k = scan.next_solid(f),
                None => break,
            }
        }
        // A likeness first: `burns like fire`, `hurts like crazy`.
        if k.is_some_and(|l| scan.low(l) == "like") {
            k = std::iter::successors(k, |&n| scan.next_solid(n))
                .take(5)
                .find(|&n| matches!(scan.low(n), "when" | "to" | "cuando" | "al"));
        }
        let Some(link) = k.filter(|&n| matches!(scan.low(n), "when" | "to" | "cuando" | "al"))
        else {
            continue;
        };
        let mut d = scan.next_solid(link);
        // `hurts to even walk`, `hurts to just sit`.
        if d.is_some_and(|w| matches!(scan.low(w), "even" | "just")) {
            d = d.and_then(|w| scan.next_solid(w));
        }
        if scan.low(link) == "when"
            && d.is_some_and(|w| {
                word_set!(words!["i", "he", "she", "we", "they"]).contains(scan.low(w))
            })
        {
            d = d.and_then(|w| scan.next_solid(w));
        }
        let Some(doing) = d.filter(|&w| word_set!(DOINGS).contains(scan.low(w))) else {
            continue;
        };
        let warned = std::iter::successors(scan.prev_solid(i), |&p| scan.prev_solid(p))
            .take(4)
            .any(|p| {
                // Or what a procedure may do: `it may hurt to pee after`.
                word_set!(words![
                    "if", "si", "any", "anything", "will", "may", "might", "normal"
                ])
                .contains(scan.low(p))
            });
        if !warned {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[doing].end));
        }
    }
}

/// Is `low` a word for the person a symptom is of: `i`, `he`, `baby`,
/// `pt`, a relative (`grandpa`, not `parents`), whose (`my 14 mo`), or a
/// title before a name (`Mr. Dukes`)?
fn someone(low: &str) -> bool {
    word_set!(words![
        "i", "he", "she", "my", "our", "mr", "mrs", "ms", "sr", "sra", "hes", "shes", "im", "ive",
        "baby", "pt", "patient", "teen", "kid", "child", "toddler"
    ])
    .contains(low)
        || super::names::singular_relative(low)
}

/// A test passed or failed: `you passed the lift test`, `fit test: pass`;
/// and a device working as it should: `your pacemaker is working normally`.
fn passed_test(scan: &Scan, out: &mut Vec<Cand>) {
    if !(scan.may_have("pass") || scan.may_have("fail") || scan.may_have("working")) {
        return;
    }
    for i in 0..scan.tokens.len() {
        let low = scan.low(i);
        if matches!(low, "passed" | "failed" | "pass" | "fail") {
            // The test after it (`passed the lift test`), or before it and
            // a colon (`fit test: pass`).
            let mut n = scan.next_solid(i);
            if n.is_some_and(|k| matches!(scan.low(k), "the" | "your" | "her" | "his" | "my")) {
                n = n.and_then(|k| scan.next_solid(k));
            }
            let after = n.is_some_and(|k| term_at(scan, k, Category::Procedure).is_some());
            let colon = scan
                .prev_solid(i)
                .filter(|&c| scan.is_punct(c, ':'))
                .and_then(|c| scan.prev_solid(c))
                .is_some_and(|t| {
                    let end = scan.tokens[t].end;
                    procedure_spans(scan).iter().any(|&(_, e)| e == end)
                });
            if after || colon {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[i].end));
            }
        } else if low == "working" {
            // A device's check: `your pacemaker is working normally`.
            let well = scan
                .next_solid(i)
                .filter(|&k| matches!(scan.low(k), "normally" | "well" | "fine" | "properly"));
            let device = (i.saturating_sub(8)..i).any(|k| {
                matches!(
                    scan.low(k),
                    "pacemaker"
                        | "icd"
                        | "defibrillator"
                        | "device"
                        | "pump"
                        | "stimulator"
                        | "shunt"
                )
            });
            if let (Some(w), true) = (well, device) {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[w].end));
            }
        }
    }
}

/// A wound's or a lesion's size, two or three measures and a unit: `4.1 x
/// 3.0 x 0.6 cm`, `2x3cm`, `12 × 9 mm`.
fn dimensions(scan: &Scan, out: &mut Vec<Cand>) {
    let b = scan.lower.as_bytes();
    if !(scan.has("cm") || scan.has("mm")) {
        return;
    }
    // The end of a number (digits, perhaps a decimal part) at `k`, if one starts there.
    let number = |k: usize| {
        let digits = |from: usize| {
            (from..b.len())
                .find(|&j| !b[j].is_ascii_digit())
                .unwrap_or(b.len())
        };
        let end = digits(k);
        (end > k).then(|| {
            if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
                digits(end + 1)
            } else {
                end
            }
        })
    };
    let spaces = |k: usize| (k..b.len()).find(|&j| b[j] != b' ').unwrap_or(b.len());
    // `x`, `X` or `×` (two bytes in UTF-8) between two measures.
    let times = |k: usize| {
        let k = spaces(k);
        match b.get(k) {
            Some(b'x') => Some(spaces(k + 1)),
            Some(0xC3) if b.get(k + 1) == Some(&0x97) => Some(spaces(k + 2)),
            _ => None,
        }
    };
    let mut k = 0;
    while k < b.len() {
        if !b[k].is_ascii_digit()
            || (k > 0 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'.'))
        {
            k += 1;
            continue;
        }
        let Some(mut end) = number(k) else {
            k += 1;
            continue;
        };
        let mut measures = 1;
        while measures < 3 {
            match times(end).and_then(&number) {
                Some(e) => {
                    end = e;
                    measures += 1;
                }
                None => break,
            }
        }
        let unit = spaces(end);
        let closed = |u: usize| b.get(u).is_none_or(|c| !c.is_ascii_alphanumeric());
        // In a message with a condition, a wound or a word of measuring:
        // not a box's size.
        let clinical = || {
            (0..scan.tokens.len()).any(|i| condition_starts(scan, i))
                || scan.has_word(&[
                    "measures",
                    "measured",
                    "measurements",
                    "measurement",
                    "size",
                    "wound",
                    "ulcer",
                    "lesion",
                    "incision",
                    "laceration",
                    "mass",
                    "nodule",
                    "mole",
                    "herida",
                ])
        };
        // Three measures need no unit of their own in a message that has
        // one: `2.1 x 1.6 x 0.4 cm, was 2.8 x 2.0 x 0.5 last wk`.
        let unit_after =
            (b[unit..].starts_with(b"cm") || b[unit..].starts_with(b"mm")) && closed(unit + 2);
        if measures >= 2 && (unit_after || measures == 3) && clinical() {
            let end = if unit_after { unit + 2 } else { end };
            out.push(Cand::new(k, end));
            k = end;
        } else {
            k = end.max(k + 1);
        }
    }
}

/// A patient's sugar log, readings told by the meal or the hour they were
/// taken: `before bfast 112 118 109, 1 hr after dinner 180`, `readings were
/// 98 102 and 110`; each reading (40 to 600) is a result, in a message that
/// says it is about sugars. Not a dose or a time: `14 units before dinner`.
fn glucose_log(scan: &Scan, out: &mut Vec<Cand>) {
    let reading = |k: usize| {
        scan.kind(k) == Some(Kind::Number)
            && scan
                .tok(k)
                .parse::<u16>()
                .is_ok_and(|v| (40..=600).contains(&v))
            && !(k > 0 && matches!(scan.tok(k - 1), "/" | "-" | ":" | "." | "$" | "#" | "x"))
            && !matches!(scan.tok(k + 1), "/" | ":" | "." | "%" | "-")
            && !scan.next_solid(k).is_some_and(|n| {
                word_set!(words![
                    "mg", "units", "unit", "u", "hrs", "hr", "hours", "min", "mins", "minutes",
                    "days", "lbs", "lb", "kg", "am", "pm", "years", "yrs", "weeks", "pills",
                    "tabs", "ml", "carbs", "g", "grams", "unidades", "dias", "libras"
                ])
                .contains(scan.low(n))
            })
    };
    let readings: Vec<usize> = (0..scan.tokens.len()).filter(|&k| reading(k)).collect();
    if readings.is_empty()
        || !scan.has_word(&[
            "sugar",
            "sugars",
            "glucose",
            "bs",
            "fsbs",
            "cbg",
            "bg",
            "readings",
            "numbers",
            "azucar",
            "glucosa",
            "glucometer",
            "meter",
        ])
    {
        return;
    }
    let mut last_taken = None;
    for k in readings {
        let p = scan.prev_solid(k).map(|p| {
            // Across `,` or `and` after a reading: `112, 118 and 109`.
            if (scan.is_punct(p, ',') || scan.low(p) == "and") && last_taken.is_some() {
                scan.prev_solid(p).unwrap_or(p)
            } else {
                p
            }
        });
        let cued = p.is_some_and(|p| {
            Some(p) == last_taken
                || word_set!(words![
                    "before",
                    "after",
                    "fasting",
                    "bfast",
                    "breakfast",
                    "lunch",
                    "dinner",
                    "din",
                    "supper",
                    "bedtime",
                    "bed",
                    "morning",
                    "night",
                    "noon",
                    "am",
                    "pm",
                    "meals",
                    "readings",
                    "numbers",
                    "were",
                    "ayunas",
                    "desayuno",
                    "almuerzo",
                    "comida",
                    "cena",
                    "antes",
                    "despues"
                ])
                .contains(scan.low(p))
        });
        if cued {
            out.push(Cand::new(scan.tokens[k].start, scan.tokens[k].end));
            last_taken = Some(k);
        }
    }
}

/// A person's weight lost or gained by an amount: `our teen lost 18 lbs`,
/// `i've gained like 10 pounds`, `dad dropped 5 kg`, `up 4 lbs since
/// saturday` (a reading, as `wt up 4 lb` is), or read off the scale with no
/// unit (`weighed 212`). Someone earlier in the verb's sentence, or the verb
/// opening the message (a patient's own text).
fn weight_change(scan: &Scan, out: &mut Vec<Cand>) {
    for v in starts(scan).filter(|&v| has_cue(scan, v, cue::WEIGHT_CHANGE)) {
        let mut k = scan.next_solid(v);
        if k.is_some_and(|a| {
            word_set!(words!["about", "like", "almost", "over", "around"]).contains(scan.low(a))
        }) {
            k = k.and_then(|a| scan.next_solid(a));
        }
        // `weighed in at 187.4`.
        if matches!(scan.low(v), "weighed" | "weighs")
            && k.is_some_and(|a| scan.low(a) == "in")
            && k.and_then(|a| scan.next_solid(a))
                .is_some_and(|b| scan.low(b) == "at")
        {
            k = k
                .and_then(|a| scan.next_solid(a))
                .and_then(|b| scan.next_solid(b));
        }
        let number = k.filter(|&n| scan.kind(n) == Some(Kind::Number));
        // Its decimals: `weighed 3.6 kg`.
        let fraction = number.map(|n| {
            if scan.is_punct(n + 1, '.') && scan.kind(n + 2) == Some(Kind::Number) {
                n + 2
            } else {
                n
            }
        });
        let unit = fraction.and_then(|n| scan.next_solid(n)).filter(|&u| {
            word_set!(words![
                "lb", "lbs", "pound", "pounds", "kg", "kgs", "kilos", "libras"
            ])
            .contains(scan.low(u))
        });
        // A weight read off the scale needs no unit: `weighed 212 this morning`.
        let weighed = matches!(scan.low(v), "weighed" | "weighs")
            && number.is_some_and(|n| {
                let whole = scan.tok(n).split('.').next().unwrap_or("");
                whole.parse::<u32>().is_ok_and(|w| (40..700).contains(&w))
            });
        let Some(unit) = unit.or(number.filter(|_| weighed).map(|n| value_end(scan, n))) else {
            continue;
        };
        // Within the sentence: `our teen isnt eating, lost 18 lbs`; or
        // opening the message, a patient's own (`up 4 lbs since saturday`).
        let who = std::iter::successors(scan.prev_solid(v), |&p| scan.prev_solid(p))
            .take(16)
            // (A decimal's point ends no sentence: `weighed in at 187.4 this
            // am, up 3 lbs`.)
            .take_while(|&p| {
                let end = match scan.tok(p) {
                    "!" | "?" => true,
                    "." => scan.kind(p + 1) != Some(Kind::Number),
                    _ => false,
                };
                !end
            })
            .any(|p| {
                someone(scan.low(p))
                    || matches!(scan.low(p), "weighed" | "weighs")
                    // A chart's patient, after surgery: `s/p RYGB 6 mo, down 72 lbs`.
                    || (scan.low(p) == "p"
                        && p >= 2
                        && scan.is_punct(p - 1, '/')
                        && scan.low(p - 2) == "s")
            })
            || scan.prev_solid(v).is_none()
            // Said of oneself in Spanish, `y subí 3 libras en dos días`, or
            // of one person, whom the verb's ending names: `bajó 10 kilos`
            // (`bajo` unaccented is `under`).
            || word_set!(words![
                "subi",
                "baje",
                "gane",
                "perdi",
                "subio",
                "perdio",
            ]).contains(scan.low(v))
            || (scan.low(v) == "bajo" && super::names::accented(scan, v, v));
        if who {
            out.push(Cand::new(scan.tokens[v].start, scan.tokens[unit].end));
        }
    }
}

/// A reading by the verb it came with, as `temp 102.4` is one. Oxygen after
/// its word or `desat` (`pulse ox says 91%`, `O2 nadir 79%`, `desat to
/// 85%`): from the word through the value. A fever (`he just hit 102.3`,
/// `temp spiked to 101.8 overnight`, `she's running 100.9`) with someone or
/// a temperature before the verb in its sentence; not a warning (`if he hits
/// 100.4`), nor a distance (`running 100 yards`): from the temperature word,
/// if it is right before, or the verb, through the degrees.
fn verb_reading(scan: &Scan, out: &mut Vec<Cand>) {
    for v in starts(scan).filter(|&v| has_cue(scan, v, cue::READING_VERB)) {
        let mut k = scan.next_solid(v);
        for _ in 0..2 {
            if let Some(a) = k.filter(|&a| matches!(scan.low(a), "to" | "up" | "at" | "a")) {
                k = scan.next_solid(a);
            }
        }
        let Some(n) = k.filter(|&n| scan.kind(n) == Some(Kind::Number)) else {
            continue;
        };
        let Ok(whole) = scan.tok(n).parse::<u32>() else {
            continue;
        };
        // Oxygen read the same way: `pulse ox says 91%`, `O2 nadir 79%`,
        // `his oxygen drops to 86`, `desat to 85%`.
        let ox = scan.prev_solid(v).filter(|&p| {
            word_set!(words![
                "o2",
                "oxygen",
                "ox",
                "sat",
                "sats",
                "spo2",
                "saturation"
            ])
            .contains(scan.low(p))
        });
        let desat = scan.low(v).starts_with("desat");
        if (ox.is_some() || desat) && (50..=100).contains(&whole) {
            let start = match ox {
                // `pulse ox`.
                Some(o) => scan
                    .prev_solid(o)
                    .filter(|&q| scan.low(o) == "ox" && scan.low(q) == "pulse")
                    .unwrap_or(o),
                None => v,
            };
            let end = scan
                .next_solid(n)
                .filter(|&q| scan.is_punct(q, '%'))
                .unwrap_or(n);
            out.push(Cand::new(scan.tokens[start].start, scan.tokens[end].end));
            continue;
        }
        // What a home device reads: a pressure off a cuff or monitor (`my
        // cuff says 148 over 94`), a sugar off a meter (`meter says 245`).
        let device = scan.prev_solid(v).map_or("", |p| scan.low(p));
        // (And a pressure gone up or down to one: `pressure dropped to 88/50`.)
        if matches!(device, "cuff" | "monitor" | "machine" | "pressure")
            && (60..=260).contains(&whole)
        {
            let under = over_reading(scan, n).or_else(|| {
                (scan.is_punct(n + 1, '/') && scan.kind(n + 2) == Some(Kind::Number))
                    .then_some(n + 2)
            });
            if let Some(under) = under {
                // The pressure's word with it; a device's reading alone.
                let from = match scan.prev_solid(v) {
                    Some(p) if device == "pressure" => p,
                    _ => n,
                };
                out.push(Cand::new(scan.tokens[from].start, scan.tokens[under].end));
                continue;
            }
        }
        // A heart rate the same way, its word with it: `HR peaked 128`.
        if device == "hr" && (30..=250).contains(&whole) {
            let p = scan.prev_solid(v).unwrap_or(v);
            out.push(Cand::new(scan.tokens[p].start, scan.tokens[n].end));
            continue;
        }
        if device == "meter" && (20..=600).contains(&whole) {
            out.push(Cand::new(scan.tokens[n].start, scan.tokens[n].end));
            continue;
        }
        let decimal = scan.is_punct(n + 1, '.') && scan.kind(n + 2) == Some(Kind::Number);
        let last = if decimal { n + 2 } else { n };
        // Fahrenheit, or Celsius with its tenths: `102.3`, `103`, `38.9`.
        let degrees =
            (100..107).contains(&whole) || (decimal && (whole == 99 || (38..42).contains(&whole)));
        // Whole degrees end the phrase or say so: `hit 103 last night`, `103F`.
        let ends = decimal
            || scan.next_solid(last).is_none_or(|a| {
                !scan.is_word(a)
                    || word_set!(words![
                        "f",
                        "degrees",
                        "deg",
                        "last",
                        "this",
                        "today",
                        "tonight",
                        "now",
                        "and",
                        "but",
                        "at",
                        "overnight",
                        "again",
                        "since"
                    ])
                    .contains(scan.low(a))
            });
        if !degrees || !ends {
            continue;
        }
        let before: Vec<usize> = std::iter::successors(scan.prev_solid(v), |&p| scan.prev_solid(p))
            .take(8)
            .take_while(|&p| !matches!(scan.tok(p), "." | "!" | "?"))
            .collect();
        let warned = before.iter().any(|&p| {
            word_set!(words!["if", "when", "si", "until", "unless"]).contains(scan.low(p))
        });
        let temp = |p: usize| matches!(scan.low(p), "temp" | "temperature" | "fever" | "tmax");
        let who = before.iter().any(|&p| {
            someone(scan.low(p))
                || temp(p)
                || (p >= 2 && scan.is_punct(p - 1, '\'') && scan.low(p) == "s")
        });
        let unit = scan
            .next_solid(last)
            .filter(|&u| matches!(scan.low(u), "f" | "degrees" | "deg"))
            .unwrap_or(last);
        // Whole degrees are a temperature's by its word or unit: not `my
        // step count hit 100 today`.
        let said = decimal || unit != last || before.iter().any(|&p| temp(p));
        if warned || !who || !said {
            continue;
        }
        let start = scan.prev_solid(v).filter(|&p| temp(p)).unwrap_or(v);
        out.push(Cand::new(scan.tokens[start].start, scan.tokens[unit].end));
    }
}

/// A heart rate by its unit alone, beats a minute: `like 220 bpm on my
/// apple watch`. (After its analyte, `HR 118 bpm`, the analyte's rule has it.)
fn beats_per_minute(scan: &Scan, out: &mut Vec<Cand>) {
    if !scan.has("bpm") {
        return;
    }
    for i in (1..scan.tokens.len()).filter(|&i| scan.low(i) == "bpm") {
        let Some(n) = scan
            .prev_solid(i)
            .filter(|&n| scan.kind(n) == Some(Kind::Number) && n + 2 >= i)
        else {
            continue;
        };
        let (start, end) = (scan.tokens[n].start, scan.tokens[i].end);
        if out.iter().all(|c| c.end <= start || c.start >= end) {
            out.push(Cand::new(start, end));
        }
    }
}

/// An organ's function retold as a percentage, as patients repeat an
/// echo's or a kidney panel's result: `my heart is pumping at 30 percent`,
/// `they said my kidneys are at 40%`, `kidney function is at 25 percent`.
/// From the organ through the percent.
fn organ_percent(scan: &Scan, out: &mut Vec<Cand>) {
    if !scan.has("percent") && !scan.lower.contains('%') {
        return;
    }
    for p in 0..scan.tokens.len() {
        if !(scan.low(p) == "percent" || scan.is_punct(p, '%')) {
            continue;
        }
        let Some(n) = scan
            .prev_solid(p)
            .filter(|&n| scan.kind(n) == Some(Kind::Number))
        else {
            continue;
        };
        let Some(at) = scan.prev_solid(n).filter(|&a| scan.low(a) == "at") else {
            continue;
        };
        // Back over `is`, `are`, `pumping`, `working`, `function`.
        let mut k = scan.prev_solid(at);
        for _ in 0..3 {
            match k {
                Some(w)
                    if word_set!(words![
                        "is",
                        "are",
                        "pumping",
                        "working",
                        "functioning",
                        "function",
                        "only"
                    ])
                    .contains(scan.low(w)) =>
                {
                    k = scan.prev_solid(w);
                }
                _ => break,
            }
        }
        if let Some(organ) = k.filter(|&o| {
            word_set!(words![
                "heart", "kidneys", "kidney", "liver", "lungs", "lung"
            ])
            .contains(scan.low(o))
                && o + 2 <= at
        }) {
            out.push(Cand::new(scan.tokens[organ].start, scan.tokens[p].end));
        }
    }
}

/// Abuse by a partner or disclosed (sdv): `what you described with your
/// partner is abuse`, `disclosed abuse by her partner`, `he's abusive`;
/// not substance abuse (eth, a listed condition) nor abuse spoken of in
/// general (`abuse is never your fault`).
fn partner_abuse(scan: &Scan, out: &mut Vec<Cand>) {
    const PARTNERS: &[&str] = &[
        "partner",
        "husband",
        "boyfriend",
        "wife",
        "girlfriend",
        "spouse",
        "ex",
        "domestic",
        "esposo",
        "pareja",
        "novio",
    ];
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::ABUSE)) {
        let before = scan.prev_solid(i).map(|p| scan.low(p));
        if matches!(
            before,
            Some(
                "substance"
                    | "alcohol"
                    | "drug"
                    | "drugs"
                    | "opioid"
                    | "opiate"
                    | "etoh"
                    | "laxative"
                    | "polysubstance"
                    | "cocaine"
                    | "meth"
                    | "benzo"
                    | "prescription"
                    | "medication"
            )
        ) {
            continue;
        }
        let disclosed = matches!(
            before,
            Some(
                "disclosed"
                    | "discloses"
                    | "reports"
                    | "reported"
                    | "endorses"
                    | "sexual"
                    | "physical"
                    | "emotional"
                    | "verbal"
                    | "domestic"
                    | "child"
                    | "elder"
            )
        );
        if disclosed || scan.has_word(PARTNERS) {
            out.push(sensitive_word(scan, i, Sensitivity::Sdv));
        }
    }
    // Violence a partner did to someone (sdv): `her partner grabbed her`,
    // `my boyfriend choked me`.
    if !["partner", "husband", "boyfriend", "wife", "girlfriend"]
        .iter()
        .any(|w| scan.may_have(w))
    {
        return;
    }
    for i in 0..scan.tokens.len() {
        // The first five of `PARTNERS`, the partners themselves.
        if !(scan.is_word(i) && PARTNERS[..5].contains(&scan.low(i))) {
            continue;
        }
        let owner = scan.prev_solid(i).filter(|&p| {
            word_set!(words!["her", "his", "my", "your", "their"]).contains(scan.low(p))
        });
        let verb = scan.next_solid(i).filter(|&v| {
            word_set!(words![
                "grabbed",
                "hit",
                "hits",
                "choked",
                "shoved",
                "pushed",
                "punched",
                "slapped",
                "kicked",
                "beat",
                "beats",
                "strangled"
            ])
            .contains(scan.low(v))
        });
        let whom = verb.and_then(|v| scan.next_solid(v)).filter(|&o| {
            word_set!(words!["her", "him", "me", "them", "you"]).contains(scan.low(o))
        });
        if let (Some(p), Some(o)) = (owner, whom) {
            out.push(Cand {
                sensitivity: Some(Sensitivity::Sdv),
                ..Cand::new(scan.tokens[p].start, scan.tokens[o].end)
            });
        }
    }
}

/// A person said to be of a diabetes type: `he's type 1`, `I'm type 2`,
/// `she is type one` (not `the type 2 form`).
fn diabetes_type(scan: &Scan, out: &mut Vec<Cand>) {
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::TYPE)) {
        let Some(n) = scan.next_solid(i).filter(|&n| {
            word_set!(words!["1", "2", "one", "two", "i", "ii"]).contains(scan.low(n))
        }) else {
            continue;
        };
        let Some(p) = scan.prev_solid(i) else {
            continue;
        };
        let person = |k: usize| matches!(scan.low(k), "he" | "she" | "i" | "pt");
        let said = match scan.low(p) {
            "im" | "hes" | "shes" => true,
            // `he's`, `I'm`.
            "s" | "m" => p > 1 && scan.is_punct(p - 1, '\'') && person(p - 2),
            "is" | "am" | "was" => scan.prev_solid(p).is_some_and(person),
            _ => false,
        };
        if said {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[n].end));
        }
    }
}

/// A nodule or mass by its size, opening a list's item or a clause, as a
/// clinic's list gives it: `R. Delgado - 9 mm RLL part-solid nodule`,
/// `F. Abernathy - 14 mm spiculated LUL mass`. After a verb (`showed a 6
/// mm nodule`) it is a finding, which the result finder takes.
fn sized_lesions(scan: &Scan, out: &mut Vec<Cand>) {
    // Most messages hold no size: their tokens are not walked.
    if !(scan.may_have("mm") || scan.may_have("cm")) {
        return;
    }
    for i in 0..scan.tokens.len() {
        if scan.kind(i) != Some(Kind::Number)
            || scan
                .prev_solid(i)
                .is_some_and(|p| !word_set!(words!["-", ":", ";", ",", "("]).contains(scan.tok(p)))
        {
            continue;
        }
        let mut k = match scan.next_solid(i) {
            Some(u) if matches!(scan.low(u), "mm" | "cm") => u,
            _ => continue,
        };
        for _ in 0..5 {
            // Words a space or a hyphen apart: `part-solid`, `ground-glass`.
            let Some(n) = Some(k + 2).filter(|&n| {
                (scan.tok(k + 1) == " " || scan.is_punct(k + 1, '-')) && scan.is_word(n)
            }) else {
                break;
            };
            k = n;
            if matches!(scan.low(n), "nodule" | "nodules" | "mass" | "lesion") {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[n].end));
                break;
            }
        }
    }
}

/// Alcohol use in a note's words (eth): someone's drinking (`the drinking
/// is the main cause`, `his drinking`) or drinking more or again (`she's
/// drinking more since her brother passed`); not what is drunk (`drinking
/// more water`, `the drinking fountain`).
fn drinking(scan: &Scan, out: &mut Vec<Cand>) {
    const DRUNK: &str = words![
        "water",
        "fluids",
        "liquids",
        "juice",
        "milk",
        "coffee",
        "tea",
        "gatorade",
        "pedialyte",
        "soda",
        "enough",
        "fountain",
        "fountains",
        "straw",
        "cup",
        "glass",
        "plenty",
        "lots",
        "ensure",
        "broth",
        "formula",
        "age",
    ];
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::DRINKING)) {
        let n = scan.next_solid(i);
        let drunk = |k: Option<usize>| k.is_some_and(|k| word_set!(DRUNK).contains(scan.low(k)));
        if drunk(n) {
            continue;
        }
        let owned = scan.prev_solid(i).is_some_and(|p| {
            word_set!(words!["the", "his", "her", "their", "my", "your"]).contains(scan.low(p))
                && !scan.prev_solid(p).is_some_and(|q| {
                    // `during the drinking`, `before the drinking`: when,
                    // not whose habit.
                    matches!(scan.low(q), "during" | "after" | "before" | "no")
                })
        }) && n
            .is_none_or(|k| !scan.is_word(k) || !matches!(scan.low(k), "of" | "and"));
        let more = n.is_some_and(|k| {
            matches!(scan.low(k), "more" | "again" | "heavily" | "daily")
                && !drunk(scan.next_solid(k))
        });
        // So many drinks: `now drinking 4-5 beers nightly`.
        let counted = n
            .filter(|&k| scan.kind(k) == Some(Kind::Number))
            .and_then(|k| {
                let k = if scan.is_punct(k + 1, '-') && scan.kind(k + 2) == Some(Kind::Number) {
                    k + 2
                } else {
                    k
                };
                let w = scan.next_solid(k).filter(|&w| {
                    word_set!(words![
                        "beers", "beer", "drinks", "shots", "cans", "pints", "glasses", "bottles",
                        "tallboys", "cervezas", "tragos"
                    ])
                    .contains(scan.low(w))
                })?;
                Some(per_day(scan, w).unwrap_or(w))
            });
        if let Some(end) = counted {
            out.push(Cand {
                sensitivity: Some(Sensitivity::Eth),
                ..Cand::new(scan.tokens[i].start, scan.tokens[end].end)
            });
        } else if owned || more {
            let end = if more { n.unwrap_or(i) } else { i };
            out.push(Cand {
                sensitivity: Some(Sensitivity::Eth),
                ..Cand::new(scan.tokens[i].start, scan.tokens[end].end)
            });
        }
    }
}

/// So many drinks a day, said without a verb: `reports 6-8 beers daily`,
/// `~12 beers/day`, `3 drinks a night`; a count of drinks needs how often.
fn drinks_a_day(scan: &Scan, out: &mut Vec<Cand>) {
    for w in starts(scan).filter(|&w| has_cue(scan, w, cue::DRINKS)) {
        let Some(n) = scan
            .prev_solid(w)
            .filter(|&n| scan.kind(n) == Some(Kind::Number))
        else {
            continue;
        };
        let first = if n >= 2 && scan.is_punct(n - 1, '-') && scan.kind(n - 2) == Some(Kind::Number)
        {
            n - 2
        } else {
            n
        };
        let (start, Some(end)) = (scan.tokens[first].start, per_day(scan, w)) else {
            continue;
        };
        // Not a limit: `no more than 2 drinks a day`, `2 drinks a day max`.
        if scan
            .prev_solid(first)
            .is_some_and(|p| matches!(scan.low(p), "than" | "to" | "under" | "limit"))
            || scan
                .next_solid(end)
                .is_some_and(|a| matches!(scan.low(a), "max" | "maximum" | "or"))
        {
            continue;
        }
        let end = scan.tokens[end].end;
        if out.iter().all(|c| c.end <= start || c.start >= end) {
            out.push(Cand {
                sensitivity: Some(Sensitivity::Eth),
                ..Cand::new(start, end)
            });
        }
    }
}

/// How often, after a count of drinks at token `w`: `daily`, `a day`, `per
/// night`, `/day`, `al día`; its last token.
fn per_day(scan: &Scan, w: usize) -> Option<usize> {
    let n = scan.next_solid(w)?;
    if matches!(scan.low(n), "nightly" | "daily" | "everyday") {
        return Some(n);
    }
    let a = matches!(scan.low(n), "a" | "per" | "al" | "every" | "por") || scan.is_punct(n, '/');
    let t = scan.next_solid(n).filter(|_| a)?;
    matches!(scan.low(t), "day" | "night" | "d" | "dia" | "noche").then_some(t)
}

/// A condition by the lay name of what it affects, said of someone: `he
/// also has sugar`, `your sugar pills`, `losartan for your blood
/// pressure`, `i got high cholesterol`. Not a
/// reading or its tools (`your sugar was 180`, `sugar log`, `blood
/// pressure cuff`), nor a general `for blood pressure` or `sugar pills`.
fn lay_conditions(scan: &Scan, out: &mut Vec<Cand>) {
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::LAY_CONDITION)) {
        let last = match scan.low(i) {
            "sugar" | "sugars" | "cholesterol" | "thyroid" | "tiroides" | "azucar" => i,
            "blood" | "high" => match scan.next_solid(i) {
                Some(n) if scan.low(n) == "pressure" => n,
                _ => continue,
            },
            _ => continue,
        };
        let next = scan.next_solid(last);
        if next.is_some_and(|a| scan.kind(a) == Some(Kind::Number)) {
            continue;
        }
        let after = next.map(|a| scan.low(a));
        let pills = matches!(
            after,
            Some("pills" | "pill" | "meds" | "med" | "medicine" | "medicines" | "medication")
        );
        // Back over whose and how: `has bad sugar`, `for your blood pressure`.
        let mut p = scan.prev_solid(i);
        let mut owned = false;
        let mut start = i;
        for _ in 0..2 {
            let Some(k) = p else { break };
            match scan.low(k) {
                "my" | "your" | "his" | "her" | "their" | "su" | "mi" => owned = true,
                "the" | "la" | "el" => {}
                "bad" | "high" if last == i => start = k,
                _ => break,
            }
            p = scan.prev_solid(k);
        }
        let verb = p.map(|k| scan.low(k));
        let has = matches!(verb, Some("has" | "have" | "got" | "had" | "tiene"))
            && !matches!(
                after,
                Some("level" | "levels" | "checked" | "check" | "test" | "taken")
            );
        let for_whom = owned && matches!(verb, Some("for" | "para"));
        if (pills && owned) || has || for_whom {
            out.push(Cand::new(scan.tokens[start].start, scan.tokens[last].end));
        }
    }
}

/// What a patient says is wrong with a body part, after it (`my back is
/// killing me`, `ankle keeps giving out`, `feet are so swollen`, `throat
/// hurts`, `chest feels tight`): up to three linking words from token `n`,
/// then the complaint. Its last token, if there is one.
fn part_complaint(scan: &Scan, n: usize) -> Option<usize> {
    const LINKS: &str = words![
        "is", "are", "was", "were", "keeps", "keep", "kept", "feels", "feel", "felt", "has",
        "have", "been", "got", "gets", "getting", "still", "so", "really", "kinda", "very", "all",
        "always", "just", "started", "starting", "goes", "go", "went", "turns", "turned", "esta",
        "estan", "muy", "super", "pretty", "extra", "looks", "look", "looked", "sounds", "light",
        "bright", "ta", "muito", "turn", "turning", "get", "a", "little", "bit", "too",
    ];
    const COMPLAINTS: &str = words![
        "hurts",
        "hurt",
        "hurting",
        "aches",
        "aching",
        "throbbing",
        "throbs",
        "tingling",
        "tingles",
        "swollen",
        "swelling",
        "swelled",
        "swells",
        "numb",
        "itchy",
        "itching",
        "itches",
        "bleeding",
        "bleeds",
        "bled",
        "burning",
        "burns",
        "stiff",
        "sore",
        "tender",
        "tight",
        "blurry",
        "ringing",
        "bruised",
        "infected",
        "cramping",
        "locking",
        "popping",
        "red",
        "puffy",
        "oozing",
        "draining",
        "twitching",
        "scratchy",
        "itched",
        "cold",
        "cool",
        "purple",
        "blue",
        "shake",
        "shakes",
        "shaking",
        "pops",
        "dry",
        "plugged",
        "clogged",
        "hoarse",
        "cracked",
        "cracking",
        "foamy",
        "cloudy",
        "bloody",
        "weak",
        "watery",
        "water",
        "rings",
        "skips",
        "racing",
        "races",
        "pounding",
        "twitches",
        "clicks",
        "clicking",
        "cramps",
        "droopy",
        "drooping",
        "flaky",
        "crusty",
        "achy",
        "loose",
        "yellow",
        "dark",
        "hot",
        "black",
        "rattling",
        "roja",
        "rojo",
        "hinchada",
        "inflamada",
        "inflamado",
        "adormecida",
        "adormecido",
        "entumida",
        "entumido",
        "inchado",
        "inchada",
        "vermelho",
        "vermelha",
        "hinchado",
        "hinchados",
        "hinchadas",
        "inflamados",
        "inflamadas",
        "frios",
        "frias",
        "morado",
        "morada",
        "morados",
        "moradas",
        "moraditos",
        "moraditas",
        "caliente",
        "tingly",
        "bent",
        "hard",
        "lumpy",
        "warm",
        "painful",
        "raw",
        "peeling",
        "sticky",
        "heavy",
        "bleed",
        "pink",
        "brown",
        "orange",
        "green",
        "muffled",
        "gritty",
        "bulging",
        "seco",
        "seca",
        "secos",
        "secas",
        "reseca",
        "reseco",
    ];
    let mut k = n;
    // The contraction: `heart's racing`, `stool's been black`.
    if scan.is_punct(k, '\'') && scan.low(k + 1) == "s" {
        k = scan.next_solid(k + 1)?;
    }
    for _ in 0..4 {
        if !word_set!(LINKS).contains(scan.low(k)) {
            break;
        }
        k = scan.next_solid(k)?;
    }
    let w = scan.low(k);
    // A plain adjective right after the part is an instruction's (`keep
    // your back dry`): a complaint only after a link (`my skin is so dry`,
    // `urine is dark`).
    if k == n
        && word_set!(words![
            "dry", "dark", "yellow", "loose", "weak", "cloudy", "hot", "black", "caliente", "warm",
            "bent", "hard", "raw", "heavy"
        ])
        .contains(w)
    {
        return None;
    }
    // Two-word complaints: `killing me`, `giving out`, `swelled up`.
    let then = |want: &[&str]| scan.next_solid(k).filter(|&m| want.contains(&scan.low(m)));
    // The link right before it is one of `links`: `feels funny`, `went white`.
    let after = |links: &[&str]| {
        k > n
            && scan
                .prev_solid(k)
                .is_some_and(|p| links.contains(&scan.low(p)))
    };
    match w {
        "killing" => then(&["me"]),
        "giving" | "gives" | "gave" => then(&["out", "way"]),
        "swelled" | "puffed" | "blew" | "puffing" => {
            then(&["up"]).or((w == "swelled").then_some(k))
        }
        // A colour it turns: `fingers went white`, `toes turn pale`.
        "white" | "pale" | "gray" | "grey"
            if after(&["went", "turn", "turns", "turned", "turning", "go", "goes"]) =>
        {
            Some(k)
        }
        // `hair's falling out`, `knee locks up`, `edges are pulling apart`.
        "falling" | "fell" | "coming" | "came" => then(&["out", "apart", "off"]),
        "locks" | "locked" | "locking" => then(&["up"]).or((w == "locking").then_some(k)),
        "pulling" | "pulled" | "split" | "splitting" => then(&["apart", "open"]),
        // What it feels like: `legs feel like jelly`, `head feels like
        // it's going to explode`, `stomach feels funny`, `belly feels full`.
        "like" | "funny" | "weird" | "off" | "wrong" | "full"
            if after(&["feel", "feels", "felt", "feeling"]) =>
        {
            if w == "like" {
                scan.next_solid(k).filter(|&m| scan.is_word(m))
            } else {
                Some(k)
            }
        }
        // `pee smells strong`, `the wound smells bad`.
        "smells" | "smelled" | "smell" | "smelling" => {
            then(&["bad", "strong", "funny", "foul", "weird", "off", "awful"])
        }
        _ => word_set!(COMPLAINTS).contains(w).then_some(k),
    }
}

pub(crate) fn condition(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    dictionary(scan, Category::Condition, out, |_, last| last);
    weeks_pregnant(scan, out);
    the_symptom(scan, out);
    super::scripts::script_terms(scan, Category::Condition, out);
    by_suffix(scan, CONDITION_SUFFIXES, out);
    // A body part and what is wrong with it: `wrist pain`, `fractured wrist`,
    // `shoulder injury`, `dolor de oido`; in the same pass, a chart's
    // capitals a note makes sensitive (`disclosed IPV`).
    for i in starts(scan) {
        if let Some(class) = disclosed(scan, i) {
            out.push(sensitive_word(scan, i, class));
            continue;
        }
        let w = scan.low(i);
        // A word both (`sore`) is a noun before where it is: `a sore on her
        // tailbone`, `the wound on your shin`.
        let placed = || {
            has_cue(scan, i, cue::SYMPTOM)
                && scan
                    .next_solid(i)
                    .is_some_and(|n| matches!(scan.low(n), "on" | "in"))
        };
        let part = has_cue(scan, i, cue::BODY_PART) && !placed();
        // A word both (`sprained`) is the verb before whose: `sprained her
        // ankle`, `dislocated his kneecap`.
        let whose = || {
            has_cue(scan, i, cue::INJURY_VERB)
                && scan
                    .next_solid(i)
                    .is_some_and(|n| word_set!(POSSESSIVES).contains(scan.low(n)))
        };
        let adjective = !part && has_cue(scan, i, cue::SYMPTOM_ADJECTIVE) && !placed() && !whose();
        let spanish = !part && !adjective && has_cue(scan, i, cue::SPANISH_COMPLAINT);
        // `broke his hip`, `sprained her ankle`: an injury verb, whose, the part.
        let verb = !part && !adjective && !spanish && has_cue(scan, i, cue::INJURY_VERB);
        // `pain in her left knee`, `a rash on his back`.
        // (`cut` is a noun too: `a 2 cm cut on the pad of my thumb`.)
        let symptom = !part
            && !adjective
            && !spanish
            && ((!verb && has_cue(scan, i, cue::SYMPTOM))
                || (verb
                    && w == "cut"
                    && scan
                        .next_solid(i)
                        .is_some_and(|n| matches!(scan.low(n), "on" | "in"))));
        let verb = verb && !symptom;
        if !(part || adjective || spanish || verb || symptom) {
            // `it's red and hot`, `its still swollen`: how what the message
            // named before (a body part or a condition) is now.
            if matches!(w, "it" | "its") {
                if let Some(end) = scan
                    .next_solid(i)
                    .and_then(|n| part_complaint(scan, n))
                    // Not the weather: `it's hot outside`; nor a likeness
                    // (`it feels like a long time ago`).
                    .filter(|&e| {
                        !word_set!(words!["hot", "cold", "cool", "warm", "dry"])
                            .contains(scan.low(e))
                    })
                    .filter(|&e| scan.prev_solid(e).is_none_or(|p| scan.low(p) != "like"))
                    .filter(|_| {
                        out.iter().any(|c| c.end <= scan.tokens[i].start)
                            || (0..i).any(|k| has_cue(scan, k, cue::BODY_PART))
                    })
                {
                    out.push(Cand::new(scan.tokens[i].start, scan.tokens[end].end));
                }
            }
            continue;
        }
        let Some(mut n) = scan.next_solid(i) else {
            continue;
        };
        if symptom {
            if !word_set!(words![
                "in", "on", "around", "behind", "under", "down", "into", "through"
            ])
            .contains(scan.low(n))
            {
                continue;
            }
            let mut b = n;
            for _ in 0..5 {
                match scan.next_solid(b) {
                    Some(k) => b = k,
                    None => break,
                }
                let w = scan.low(b);
                // `on both hands`, `on 3 fingertips`, `on the pad of my thumb`.
                if !(word_set!(POSSESSIVES).contains(w)
                    || scan.kind(b) == Some(Kind::Number)
                    || word_set!(words![
                        "the", "both", "left", "right", "lower", "upper", "inner", "outer", "pad",
                        "tip", "side", "top", "bottom", "of"
                    ])
                    .contains(w))
                {
                    break;
                }
            }
            // The idiom: `parking is a pain in the neck`.
            let idiom = w == "pain" && scan.low(b) == "neck" && scan.low(b - 2) == "the";
            // A part of several people: `sores in their mouths`.
            let parts = |p: &str| {
                word_set!(BODY_PARTS).contains(p)
                    || p.strip_suffix('s')
                        .is_some_and(|one| word_set!(BODY_PARTS).contains(one))
            };
            if parts(scan.low(b)) && !idiom {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[b].end));
            }
            continue;
        }
        if verb {
            // `blew out his ACL`.
            if scan.low(n) == "out" {
                match scan.next_solid(n) {
                    Some(o) => n = o,
                    None => continue,
                }
            }
            match scan
                .next_solid(n)
                .filter(|_| word_set!(POSSESSIVES).contains(scan.low(n)))
            {
                Some(b) => n = b,
                None => continue,
            }
            // Which one: `knocked out his front tooth`, `jammed her left
            // thumb`.
            if word_set!(words!["front", "left", "right", "big", "little", "pinky"])
                .contains(scan.low(n))
            {
                match scan.next_solid(n) {
                    Some(b) => n = b,
                    None => continue,
                }
            }
            // Gestures, not injuries: `rolled her eyes`, `snapped his fingers`.
            if matches!(
                (w, scan.low(n)),
                ("rolled", "eyes" | "eye") | ("snapped", "fingers" | "finger")
            ) {
                continue;
            }
        }
        let next = scan.low(n);
        // A chart writes the part first: `neck stiff`, `L calf tender`.
        let pair = (part
            && (word_set!(SYMPTOMS).contains(next)
                || word_set!(SYMPTOM_ADJECTIVES).contains(next)
                || next == "tender"))
            || ((adjective || verb) && word_set!(BODY_PARTS).contains(next))
            // Marks on the skin said by how they feel: `painful blisters`,
            // `itchy patches`.
            || (adjective
                && word_set!(words![
                    "blisters",
                    "blister",
                    "bumps",
                    "bump",
                    "spots",
                    "patches",
                    "patch",
                    "sores",
                    "welts",
                    "lumps",
                    "lump",
                    "rash",
                    "streak",
                    "streaks",
                ]).contains(next));
        // A warning's part: `if your lips look blue`, `if the knee is
        // swollen`, `si la herida está roja`.
        let warned = || {
            scan.prev_solid(i)
                .filter(|&p| word_set!(POSSESSIVES).contains(scan.low(p)))
                .and_then(|p| scan.prev_solid(p))
                .is_some_and(|p| matches!(scan.low(p), "if" | "when" | "unless" | "si"))
        };
        if pair {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[n].end));
        } else if let Some(end) = (part && !warned())
            // `back` is a body part only as someone's: `my back is killing me`,
            // not `the back is red brick`.
            .then(|| {
                w != "back"
                    || scan.prev_solid(i).is_some_and(|p| {
                        word_set!(words![
                            "my", "your", "his", "her", "their", "lower", "upper"
                        ])
                        .contains(scan.low(p))
                    })
            })
            .filter(|&ok| ok)
            .and_then(|_| part_complaint(scan, n))
        {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[end].end));
        } else if spanish {
            // `dolor de espalda`, `hinchazón en los tobillos`, `ardor al orinar`
            // is not here: up to two linking words, then the part.
            // (Portuguese, Haitian Creole and Tagalog from `no` on.)
            let link = |k: usize| {
                word_set!(words![
                    "de", "en", "el", "la", "los", "las", "del", "su", "sus", "mucho", "mucha",
                    "mi", "mis", "no", "na", "nos", "nas", "do", "da", "o", "a", "muito", "nan",
                    "ang", "sa"
                ])
                .contains(scan.low(k))
            };
            let mut b = n;
            for _ in 0..2 {
                if !link(b) {
                    break;
                }
                match scan.next_solid(b) {
                    Some(k) => b = k,
                    None => break,
                }
            }
            let p = scan.low(b);
            // Vietnamese puts the part right after: `đau bụng`; `đầu`, the
            // head, folds the same but is longer (`chụp MRI đầu gối`).
            let pain = w == "dau" && {
                let t = &scan.tokens[i];
                let (a, z) = scan.folded.original_span(t.start, t.end);
                z - a <= 4
            };
            // Or before it and whose: `lưng tôi đau quá` (my back hurts so).
            if let Some(part) = scan
                .prev_solid(i)
                .filter(|&q| {
                    pain && word_set!(words!["toi", "em", "con", "minh"]).contains(scan.low(q))
                })
                .and_then(|q| scan.prev_solid(q))
                .filter(|&q| word_set!(VIETNAMESE_PARTS).contains(scan.low(q)))
            {
                let end = if matches!(scan.low(n), "qua" | "lam") {
                    n
                } else {
                    i
                };
                out.push(Cand::new(scan.tokens[part].start, scan.tokens[end].end));
                continue;
            }
            let linked = b != n || pain;
            if linked
                && (word_set!(BODY_PARTS).contains(p)
                    || word_set!(PARTS_ABROAD).contains(p)
                    || (w == "dau" && word_set!(VIETNAMESE_PARTS).contains(p)))
            {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[b].end));
            } else if matches!(w, "duele" | "duelen" | "doi" | "dolia")
                && matches!(scan.low(n), "al" | "ao" | "cuando" | "quando")
            {
                // What hurts to do: `me duele al doblarla`, `dói ao
                // engolir`, `le duele cuando camina`.
                if let Some(d) = scan.next_solid(n).filter(|&d| scan.is_word(d)) {
                    out.push(Cand::new(scan.tokens[i].start, scan.tokens[d].end));
                }
            } else if let Some(who) = scan.prev_solid(i).filter(|&p| {
                word_set!(words!["duele", "duelen", "pica", "pican", "arde", "arden"]).contains(w)
                    && word_set!(words!["me", "le", "te", "nos", "les"]).contains(scan.low(p))
            }) {
                // Whom it hurts, the part said before or not at all: `le
                // duelen en la noche`, `me pica mucho todo el cuerpo`.
                let end = if matches!(scan.low(n), "mucho" | "muchisimo") {
                    n
                } else {
                    i
                };
                out.push(Cand::new(scan.tokens[who].start, scan.tokens[end].end));
            }
        }
    }
    felt_states(scan, out);
    body_signs(scan, out);
    lay_conditions(scan, out);
    drinking(scan, out);
    drinks_a_day(scan, out);
    diabetes_type(scan, out);
    sized_lesions(scan, out);
    partner_abuse(scan, out);
    lost_function(scan, out);
    lost_function_abroad(scan, out);
    listed_signs(scan, out);
    hurts_when(scan, out);
    qualified_pain(scan, out);
    complaints(scan, out);
    there_is(scan, out);
    eponyms(scan, out);
    obstetric_history(scan, out);
    said_of_condition(scan, out);
    excretion(scan, out);
    bites_and_stings(scan, out);
    // A condition named as a test is the test's (`gonorrhea and chlamydia tests`).
    if !out.is_empty() {
        let tested = tested_conditions(scan);
        out.retain(|c| {
            !tested
                .iter()
                .any(|&(s, _, _)| scan.tokens[s].start == c.start)
        });
    }
    out.retain(|c| said_of_someone(scan, c));
}

/// Is condition `c` someone's, as far as its words and their neighbours
/// tell? (One pass over the finds, where five filters each made their own.)
fn said_of_someone(scan: &Scan, c: &Cand) -> bool {
    // A condition naming a season, a list or an event is no one's diagnosis:
    // `allergy season`, `update the allergy list`, `diabetes prevention class`.
    // Sensitive ones stay (fail closed).
    if campaign(scan, c, false) || institution_named(scan, c) {
        return false;
    }
    // Idioms: `depressed the button`, `a pregnant pause`; a button or a
    // key `fully depressed`.
    let last = last_token(scan, c.end);
    let prev = scan.prev_solid(last).map_or("", |p| scan.low(p));
    let next = scan.next_solid(last).map_or("", |n| scan.low(n));
    if IDIOMS.iter().any(|&(word, before, after)| {
        scan.low(last) == word && (before.contains(&prev) || after.contains(&next))
    }) {
        return false;
    }
    let Some(i) = sole_token(scan, c) else {
        return true;
    };
    match scan.low(i) {
        // `SpO2 92% RA`, `86% on RA`: room air, not rheumatoid arthritis.
        "ra" => {
            let mut p = scan.prev_solid(i);
            if p.is_some_and(|p| matches!(scan.low(p), "on" | "at")) {
                p = p.and_then(|p| scan.prev_solid(p));
            }
            !p.is_some_and(|p| scan.is_punct(p, '%') || scan.kind(p) == Some(Kind::Number))
        }
        // `cold` alone is the illness only as one has it (`a cold`, `head
        // cold`, `cold symptoms`), not a temperature (`drink the prep cold`).
        "cold" => {
            word_set!(words![
                "a", "your", "his", "her", "their", "my", "head", "chest", "common", "bad",
                "nasty", "the", "ur"
            ])
            .contains(prev)
                || word_set!(words!["symptoms", "sore", "sores", "virus", "medicine"])
                    .contains(next)
        }
        // School's PE is physical education: `he cant do PE`, `during PE`,
        // `out of PE and sports`, `PE class`, `use it 15 min before PE`, `No
        // PE, sports or recess` (not `r/o PE`, `concern for PE`).
        "pe" => {
            let p = scan.prev_solid(i);
            let listed = next == ","
                && scan
                    .next_solid(i)
                    .and_then(|c| scan.next_solid(c))
                    .is_some_and(|w| matches!(scan.low(w), "sports" | "recess" | "gym"));
            !(word_set!(words![
                "sports", "during", "do", "gym", "skip", "miss", "missed", "before", "after"
            ])
            .contains(prev)
                || (prev == "of"
                    && p.and_then(|p| scan.prev_solid(p))
                        .is_some_and(|q| scan.low(q) == "out"))
                || listed
                || word_set!(words!["class", "teacher", "clothes", "uniform", "coach"])
                    .contains(next))
        }
        // Reassurance names no one's diagnosis: `This does NOT mean cancer`,
        // `not a cancer diagnosis`, `not cancer, but`. (A fever warned of,
        // `call if a fever lasts`, stays: writers split on it.)
        "cancer" | "malignancy" | "tumor" => {
            let mut p = scan.prev_solid(i);
            if p.is_some_and(|p| matches!(scan.low(p), "a" | "an")) {
                p = p.and_then(|p| scan.prev_solid(p));
            }
            !p.is_some_and(|p| matches!(scan.low(p), "not" | "mean" | "means"))
        }
        _ => true,
    }
}

/// Phrases after which a chart note names what the patient has, listed or
/// not: `c/o cp`, `h/o falls`, `hx of`, `diagnosed with`.
const COMPLAINT_CUES: &str = words![
    "c/o",
    "h/o",
    "r/o",
    "hx of",
    "dx of",
    "history of",
    "complains of",
    "complaining of",
    "complained of",
    "diagnosed with",
    "rule out",
    "concern for",
    "concerning for",
    "presenting with",
    "presents with",
    "se queja de",
    "diagnosticado con",
    "diagnosticada con",
    "antecedentes de",
];
/// Words that end a complaint.
const COMPLAINT_STOPS: &str = words![
    "and",
    "or",
    "with",
    "since",
    // When it came, which is no part of it: `c/o R ear pain after
    // swimming`.
    "after",
    "before",
    "when",
    "while",
    "for",
    "x",
    "pending",
    "today",
    "yesterday",
    "this",
    "last",
    "but",
    "so",
    "per",
    "on",
    "in",
    "at",
    "to",
    "the",
    "your",
    "his",
    "her",
    "y",
    "o",
    "con",
    "desde",
    "hoy",
    "ayer",
    "el",
    "la",
];

/// A sign found on someone, said with `there's`: `theres a nodule`,
/// `there's discharge`, `there is pus coming out`. Not in a warning (`if
/// there is bleeding, call`), nor denied (`there's no discharge`), nor the
/// first word of something else (`there is blood work due`, `a growth
/// chart`).
fn there_is(scan: &Scan, out: &mut Vec<Cand>) {
    for i in starts(scan) {
        let k = match scan.low(i) {
            "theres" => scan.next_solid(i),
            "there" if scan.is_punct(i + 1, '\'') && scan.low(i + 2) == "s" => {
                scan.next_solid(i + 2)
            }
            "there" => scan
                .next_solid(i)
                .filter(|&v| matches!(scan.low(v), "is" | "was"))
                .and_then(|v| scan.next_solid(v)),
            _ => None,
        };
        let Some(mut k) = k else { continue };
        if warned_before(scan, i, 1) {
            continue;
        }
        let mut article = false;
        for _ in 0..3 {
            if !word_set!(words![
                "a", "an", "some", "still", "little", "bit", "of", "more"
            ])
            .contains(scan.low(k))
            {
                break;
            }
            article |= matches!(scan.low(k), "a" | "an");
            let Some(n) = scan.next_solid(k) else { break };
            k = n;
        }
        let sign = word_set!(words![
            "nodule",
            "discharge",
            "pus",
            "cyst",
            "bleeding",
            "blood",
            "lesion",
            "growth",
            "polyp",
            "blister",
            "bruise",
            "burning",
            "clot",
            "fluid",
            "tumor",
            "tumour"
        ])
        .contains(scan.low(k))
            || (article && scan.low(k) == "mass");
        let compound = || {
            scan.next_solid(k).is_some_and(|n| {
                word_set!(words![
                    "work", "draw", "test", "tests", "pressure", "sugar", "sugars", "count",
                    "counts", "bank", "drive", "chart", "spurt", "type", "intake"
                ])
                .contains(scan.low(n))
            })
        };
        if sign && !compound() {
            out.push(Cand::new(scan.tokens[k].start, scan.tokens[k].end));
        }
    }
}

/// What a chart note says the patient complains of or has had: each item
/// of the list after a cue, up to four words (`c/o HA and blurry vision`).
fn complaints(scan: &Scan, out: &mut Vec<Cand>) {
    for i in starts(scan) {
        let cued = has_cue(scan, i, cue::COMPLAINT);
        let Some(after) = cued
            .then(|| phrase_index!(COMPLAINT_CUES).at(scan, i))
            .flatten()
        else {
            continue;
        };
        // `c/o Ana Ruiz` on an envelope is "care of".
        let Some(mut k) = scan.next_solid(after - 1) else {
            continue;
        };
        if case_of(scan.tok(k)) == Case::Capital
            && lexicon::name_flags(scan.low(k)) & lexicon::FIRST != 0
        {
            continue;
        }
        for _ in 0..4 {
            let (first, mut last) = (k, None);
            while scan.is_word(k)
                && !word_set!(COMPLAINT_STOPS).contains(scan.low(k))
                && last.map_or(0, |l| l - first) < 6
            {
                last = Some(k);
                match scan.next_solid(k) {
                    Some(n) => k = n,
                    None => break,
                }
            }
            let Some(last) = last else { break };
            // A procedure had is the procedure finder's: `hx of colonoscopy
            // 2019`, `s/p knee replacement` is no condition.
            let procedure = term_at(scan, first, Category::Procedure)
                .is_some_and(|(_, after)| after > last)
                && !(first..=last).any(|t| term_at(scan, t, Category::Condition).is_some());
            if procedure {
                break;
            }
            // A listed condition inside keeps its class (`h/o severe depression`).
            let sensitivity = (first..=last).find_map(|t| {
                term_at(scan, t, Category::Condition).and_then(|(term, _)| term.sensitivity)
            });
            out.push(Cand {
                sensitivity,
                ..Cand::new(scan.tokens[first].start, scan.tokens[last].end)
            });
            // The list goes on after a comma or `and`, with another listed
            // condition or a symptom word (`c/o HA and blurry vision`, not
            // `r/o NSTEMI, cards paged`).
            let joined = scan.is_punct(k, ',') || matches!(scan.low(k), "and" | "y");
            let clinical = |n: usize| {
                let w = scan.low(n);
                term_at(scan, n, Category::Condition).is_some()
                    || word_set!(SYMPTOMS).contains(w)
                    || word_set!(SYMPTOM_ADJECTIVES).contains(w)
                    || word_set!(BODY_PARTS).contains(w)
            };
            match scan
                .next_solid(k)
                .filter(|&n| joined && k > last && clinical(n))
            {
                Some(n) => k = n,
                None => break,
            }
        }
    }
}

/// A pain said with how it feels or how much of it there is: `a sharp
/// pain`, `throbbing pain`, `in so much pain`, `mucho dolor`, `dolor
/// fuerte`, `tiene dolor`. From the first such word through the pain (and
/// the Spanish word after it). Not in a warning (`if you have severe pain,
/// call`), a denial (`no sharp pain`) or a sig (`1 tab for severe pain`).
fn qualified_pain(scan: &Scan, out: &mut Vec<Cand>) {
    const QUALITIES: &str = words![
        "sharp",
        "shooting",
        "stabbing",
        "throbbing",
        "burning",
        "dull",
        "severe",
        "bad",
        "terrible",
        "horrible",
        "awful",
        "constant",
        "aching",
        "excruciating",
        "unbearable",
        "crushing",
        "intense",
        "cramping",
        "crampy",
        "nagging",
        "pounding",
        "radiating",
        "worse",
        "worsening",
        // How much: `so much pain`, `a lot of pain`.
        "much",
        "lot",
        "lots",
        "mucho",
        "mucha",
        "tanto",
        "fuerte",
        "intenso",
        "insoportable",
    ];
    const AFTER: &str = words!["fuerte", "intenso", "horrible", "terrible", "insoportable"];
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::PAIN)) {
        let mut first = None;
        let mut p = scan.prev_solid(i);
        // Up to three words of how it feels: `a really sharp`, `so much`,
        // `a lot of`, `such bad`.
        for _ in 0..3 {
            let Some(k) = p.filter(|&k| scan.is_word(k)) else {
                break;
            };
            let w = scan.low(k);
            if word_set!(QUALITIES).contains(w) {
                first = Some(k);
            } else if word_set!(words![
                "really", "so", "very", "such", "pretty", "kind", "kinda", "of", "muy", "un",
                "una", "a"
            ])
            .contains(w)
            {
                // The words that say how much belong to it once it is said.
                if first.is_some() && w != "of" {
                    first = Some(k);
                }
            } else {
                break;
            }
            p = scan.prev_solid(k);
        }
        let spanish = matches!(scan.low(i), "dolor" | "dolores");
        let mut last = i;
        if let Some(n) = scan
            .next_solid(i)
            .filter(|&n| spanish && word_set!(AFTER).contains(scan.low(n)))
        {
            first.get_or_insert(i);
            last = n;
        }
        // `tiene dolor`, `tengo dolores`, `con dolor`; `he's in pain`.
        let before = p.map(|k| scan.low(k));
        if first.is_none() && spanish && matches!(before, Some("tiene" | "tengo" | "tenia" | "con"))
        {
            first = Some(i);
        }
        if first.is_none()
            && scan.low(i) == "pain"
            && before == Some("in")
            && p.and_then(|k| scan.prev_solid(k)).is_some_and(|k| {
                word_set!(words!["is", "was", "been", "s", "m", "im", "hes", "shes"])
                    .contains(scan.low(k))
            })
        {
            first = Some(i);
        }
        let Some(first) = first else { continue };
        let denied = p.is_some_and(|k| {
            word_set!(words![
                "no", "not", "any", "without", "sin", "for", "prn", "para", "of", "manage",
                "control"
            ])
            .contains(scan.low(k))
        });
        if denied || warned_before(scan, first, 8) {
            continue;
        }
        // Where it is was found already: `shooting pain down my leg`.
        let (start, end) = (scan.tokens[first].start, scan.tokens[last].end);
        match out.iter_mut().find(|c| c.start == scan.tokens[i].start) {
            Some(c) => c.start = start,
            None => out.push(Cand::new(start, end)),
        }
    }
}

/// Does a warning's or a threshold's word come up to `reach` words before
/// token `i`, in its sentence: `call if the rash is spreading`, `if he has
/// fewer than 3 wet diapers`?
/// A symptom the message speaks of as the one someone has, `the` or
/// `this` before it and what it does or is after it: `the burning may
/// just be irritation`, `found the lump again`, `the ringing is driving me
/// up the wall`, `the bleeding stopped`; not a noun's modifier (`the pain
/// clinic`) nor a warning (`if the swelling gets worse`).
fn the_symptom(scan: &Scan, out: &mut Vec<Cand>) {
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::SYMPTOM)) {
        let said = scan
            .prev_solid(i)
            .is_some_and(|p| matches!(scan.low(p), "the" | "this" | "that"));
        let then = scan.next_solid(i).is_none_or(|n| {
            !scan.is_word(n)
                || word_set!(words![
                    "is",
                    "was",
                    "has",
                    "had",
                    "may",
                    "might",
                    "seems",
                    "keeps",
                    "stopped",
                    "started",
                    "went",
                    "got",
                    "gets",
                    "again",
                    "dry",
                    "clean",
                    "still",
                    "feels",
                    "looks",
                    "hurts",
                    "spread",
                    "spreading",
                    "moved"
                ])
                .contains(scan.low(n))
        });
        if said && then && !warned_before(scan, i, 4) {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[i].end));
        }
    }
}

fn warned_before(scan: &Scan, i: usize, reach: usize) -> bool {
    let mut k = i;
    for _ in 0..reach {
        let Some(p) = scan.prev_solid(k) else { break };
        if ['.', '!', '?'].iter().any(|&c| scan.is_punct(p, c)) {
            break;
        }
        if word_set!(words!["if", "when", "si", "unless", "fewer", "less"]).contains(scan.low(p)) {
            return true;
        }
        k = p;
    }
    false
}

/// Bites and stings by what did them, a foot's wound by what it stepped
/// on, and a tick found on someone: `got bit by the neighbor's dog`,
/// `stung by a wasp`, `stepped on a rusty nail`, `pulled a tick off my
/// thigh`. From the verb through the animal or the thing.
fn bites_and_stings(scan: &Scan, out: &mut Vec<Cand>) {
    const BITERS: &str = words![
        "dog",
        "dogs",
        "cat",
        "cats",
        "spider",
        "bee",
        "bees",
        "wasp",
        "wasps",
        "hornet",
        "tick",
        "snake",
        "raccoon",
        "bat",
        "horse",
        "hamster",
        "ferret",
        "rat",
        "mouse",
        "squirrel",
        "jellyfish",
        "scorpion",
        "ants",
        "mosquitoes",
        "mosquitos",
        "monkey",
        "puppy",
        "kitten",
        "fox",
        "coyote",
        "parrot",
        "yellowjacket",
        "yellowjackets",
        "stingray",
        "kid",
        "child",
    ];
    const STEPPED_ON: &str = words![
        "nail",
        "glass",
        "needle",
        "tack",
        "thumbtack",
        "screw",
        "shell",
        "urchin",
        "bee",
        "splinter",
        "syringe",
    ];
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::BITE)) {
        // (No word after it on its line: the next line may hold one.)
        let Some(n) = scan.next_solid(i) else {
            continue;
        };
        let w = scan.low(i);
        // Each list is read through its own `word_set!`, which keeps one
        // set per place it is written.
        let (bite, reach) = match (w, scan.low(n)) {
            ("bit" | "bitten" | "stung" | "scratched", "by") => (true, 5),
            // The animal first, then whose part: `dog bit my calf`, `a cat
            // scratched her arm`.
            ("bit" | "stung" | "scratched", low) if word_set!(POSSESSIVES).contains(low) => {
                let biter = scan
                    .prev_solid(i)
                    .filter(|&b| word_set!(BITERS).contains(scan.low(b)));
                let part = scan
                    .next_solid(n)
                    .filter(|&t| has_cue(scan, t, cue::BODY_PART));
                if let (Some(b), Some(t)) = (biter, part) {
                    out.push(Cand::new(scan.tokens[b].start, scan.tokens[t].end));
                }
                continue;
            }
            ("stepped", "on") => (false, 4),
            ("pulled" | "removed" | "found", "a" | "the" | "2" | "two") => {
                let t = scan
                    .next_solid(n)
                    .filter(|&t| matches!(scan.low(t), "tick" | "ticks"));
                if let Some(t) = t {
                    out.push(Cand::new(scan.tokens[i].start, scan.tokens[t].end));
                }
                continue;
            }
            _ => continue,
        };
        let end = std::iter::successors(scan.next_solid(n), |&k| scan.next_solid(k))
            .take(reach)
            .take_while(|&k| scan.is_word(k) || scan.is_punct(k, '\''))
            .find(|&k| {
                if bite {
                    word_set!(BITERS).contains(scan.low(k))
                } else {
                    word_set!(STEPPED_ON).contains(scan.low(k))
                }
            });
        if let Some(end) = end {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[end].end));
        }
    }
}

/// What a body lets out, as patients and parents count or describe it.
const EXCRETA: &str = words![
    "pee",
    "peeing",
    "pees",
    "peed",
    "poop",
    "pooping",
    "poops",
    "pooped",
    "poo",
    "stool",
    "stools",
    "bm",
    "bms",
    "diarrhea",
    "urinating",
    "urination",
    "diapers",
    "diaper",
    "trips",
];
/// How stool or urine looks: `green runny poop`, `black tarry stools`.
const EXCRETA_LOOKS: &str = words![
    "green",
    "runny",
    "watery",
    "black",
    "bloody",
    "red",
    "white",
    "gray",
    "grey",
    "hard",
    "loose",
    "mucusy",
    "mucousy",
    "slimy",
    "foamy",
    "dark",
    "tarry",
    "pale",
    "clay",
    "greasy",
    "frothy",
    "explosive",
    "yellow",
    "orange",
    "cloudy",
    "smelly",
];

/// How often or how someone passes urine or stool, in their words:
/// `peeing every hour`, `pooping 6 times today`, `green runny poop`, `only
/// 3 wet diapers today`, `10 bathroom trips`, `cant hold her pee`. Not a
/// warning (`call if fewer than 3 wet diapers`), nor diapers to bring.
fn excretion(scan: &Scan, out: &mut Vec<Cand>) {
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::EXCRETA)) {
        let w = scan.low(i);
        if w == "trips" && scan.prev_solid(i).is_none_or(|p| scan.low(p) != "bathroom") {
            continue;
        }
        let mut start = i;
        let mut end = None;
        // Looks before it: `green runny poop` (not a diaper's: `wet diaper`).
        let mut p = scan.prev_solid(i);
        while let Some(k) = p.filter(|&k| {
            !w.starts_with("diaper")
                && scan.is_word(k)
                && word_set!(EXCRETA_LOOKS).contains(scan.low(k))
        }) {
            start = k;
            end = Some(i);
            p = scan.prev_solid(k);
        }
        // How it looks after a verb: `pooping black`, `peeing blood`.
        if w.ends_with("ing") {
            if let Some(k) = scan.next_solid(i).filter(|&k| {
                scan.is_word(k)
                    && (word_set!(EXCRETA_LOOKS).contains(scan.low(k)) || scan.low(k) == "blood")
            }) {
                end = Some(k);
            }
        }
        // A count before it: `only 3 wet diapers`, `10 bathroom trips`.
        if word_set!(words!["diapers", "trips", "bms", "stools", "poops"]).contains(w) {
            let q = scan
                .prev_solid(i)
                .filter(|&k| matches!(scan.low(k), "wet" | "dirty" | "poopy" | "bathroom"));
            let n = q.map_or(scan.prev_solid(i), |k| scan.prev_solid(k));
            // Diapers counted are wet or dirty ones, not ones to bring.
            let n = n.filter(|_| q.is_some() || w != "diapers");
            if let Some(n) = n.filter(|&n| scan.kind(n) == Some(Kind::Number)) {
                start = n;
                end = Some(i);
            }
        }
        // How often after it: `every hour`, `all night`, `6 times today`,
        // `nonstop`, `a lot`.
        // A rough count: `peeing like 6 times a night`.
        let rough = |a: usize| {
            if word_set!(words!["like", "about", "around", "over", "bout"]).contains(scan.low(a))
                && scan
                    .next_solid(a)
                    .is_some_and(|n| scan.kind(n) == Some(Kind::Number))
            {
                scan.next_solid(a)
            } else {
                Some(a)
            }
        };
        if let Some(a) = scan.next_solid(i).and_then(rough) {
            let b = scan.next_solid(a);
            let low_b = b.map_or("", |b| scan.low(b));
            let often = match scan.low(a) {
                "every"
                    if word_set!(words![
                        "hour", "hr", "30", "20", "15", "half", "few", "2", "night"
                    ])
                    .contains(low_b) =>
                {
                    b
                }
                "all" if matches!(low_b, "night" | "day") => b,
                "all" if low_b == "the" => b
                    .and_then(|t| scan.next_solid(t))
                    .filter(|&t| scan.low(t) == "time"),
                "constantly" | "nonstop" => Some(a),
                "a" if low_b == "lot" => b,
                // And what it is counted in: `6 times a night`, `5x today`.
                _ if scan.kind(a) == Some(Kind::Number) && matches!(low_b, "times" | "x") => {
                    let c = b.and_then(|b| scan.next_solid(b));
                    match c.map_or("", |c| scan.low(c)) {
                        "today" | "tonight" | "daily" => c,
                        "a" | "an" | "per" => c
                            .and_then(|c| scan.next_solid(c))
                            .filter(|&d| matches!(scan.low(d), "night" | "day" | "hour" | "hr")),
                        _ => None,
                    }
                    .or(b)
                }
                _ => None,
            };
            if often.is_some() {
                end = often;
            }
        }
        // `cant hold her pee`, `can't hold my pee`.
        if matches!(w, "pee" | "poop") {
            let hold = scan
                .prev_solid(i)
                .filter(|&k| {
                    word_set!(words!["my", "her", "his", "their", "the"]).contains(scan.low(k))
                })
                .and_then(|k| scan.prev_solid(k))
                .filter(|&h| matches!(scan.low(h), "hold" | "holding"));
            let cant = hold.and_then(|h| scan.prev_solid(h)).is_some_and(|c| {
                word_set!(words!["cant", "t", "cannot", "not", "trouble"]).contains(scan.low(c))
            });
            if let Some(h) = hold.filter(|_| cant) {
                start = h.min(start);
                end = Some(end.unwrap_or(i));
            }
        }
        let Some(end) = end else { continue };
        if !warned_before(scan, start, 12) {
            out.push(Cand::new(scan.tokens[start].start, scan.tokens[end].end));
        }
    }
}

/// Signs that say how a condition or a wound is, after it and a verb:
/// `the diaper rash is raw and bleeding`, `the acne on my jaw is deep and
/// painful`.
const SAID_SIGNS: &str = words![
    "painful",
    "deep",
    "raw",
    "bleeding",
    "angry",
    "weeping",
    "crusty",
    "oozing",
    "draining",
    "puffy",
    "itchy",
    "hot",
    "warm",
    "tender",
    "hard",
    "enlarged",
    "throbbing",
    "peeling",
    "blistering",
    // Grown since it was last seen: `the ulcer is bigger`, `looks puffier
    // today` (not `worse` or `deeper`, said of a condition the writers mark
    // alone: `your asthma is worse`).
    "bigger",
    "larger",
    "puffier",
    "redder",
];

/// What a condition is, said after it (`the diaper rash is raw and
/// bleeding`, `my ingrown toenail is puffy and red`), or after `it's` later
/// in its sentence (`rolled my ankle at soccer and its huge and purple`):
/// a verb, then up to three signs joined by `and` or commas. Not a warning
/// (`if the rash is spreading`).
fn said_of_condition(scan: &Scan, out: &mut Vec<Cand>) {
    let sign = |k: usize| {
        let w = scan.low(k);
        word_set!(SAID_SIGNS).contains(w)
            || (word_set!(SYMPTOM_ADJECTIVES).contains(w) && w != "bad")
            || word_set!(SIGN_COLOURS).contains(w)
    };
    let found = out.len();
    for f in 0..found {
        let last = last_token(scan, out[f].end);
        let mut k = scan.next_solid(last);
        // Where it is comes first: `the acne on my jaw is deep`.
        if let Some(on) = k.filter(|&o| matches!(scan.low(o), "on" | "in")) {
            let whose = scan
                .next_solid(on)
                .filter(|&w| word_set!(POSSESSIVES).contains(scan.low(w)));
            let part = whose
                .and_then(|w| scan.next_solid(w))
                .filter(|&p| has_cue(scan, p, cue::BODY_PART));
            if let Some(p) = part {
                k = scan.next_solid(p);
            }
        }
        // A sign found goes on after `and`: `toenail is puffy and red`.
        let joined = sign(last) && k.is_some_and(|j| scan.is_punct(j, ',') || scan.low(j) == "and");
        if joined {
            k = k.and_then(|j| scan.next_solid(j));
        }
        // `its`, `it's` or `it is` a few words on, in the same sentence.
        let mut from = k;
        if let Some(v) =
            k.filter(|&v| !joined && !matches!(scan.low(v), "is" | "are" | "got" | "looks"))
        {
            let mut it = None;
            let mut t = Some(v);
            for _ in 0..8 {
                match t.filter(|&t| scan.is_word(t) || scan.is_punct(t, ',')) {
                    Some(w) if matches!(scan.low(w), "its" | "it") => {
                        it = Some(w);
                        break;
                    }
                    Some(w) => t = scan.next_solid(w),
                    None => break,
                }
            }
            k = it.and_then(|t| {
                let n = scan.next_solid(t)?;
                match scan.low(t) {
                    "its" => Some(n),
                    _ if scan.is_punct(n, '\'') && scan.low(n + 1) == "s" => scan.next_solid(n + 1),
                    _ if scan.low(n) == "is" => Some(n),
                    _ => None,
                }
            });
            from = it;
        }
        let Some(mut v) = k else { continue };
        if word_set!(words!["is", "are", "got", "looks", "looking", "getting"])
            .contains(scan.low(v))
        {
            match scan.next_solid(v) {
                Some(n) => v = n,
                None => continue,
            }
        }
        for _ in 0..2 {
            if word_set!(words![
                "so", "really", "all", "very", "still", "now", "kinda"
            ])
            .contains(scan.low(v))
            {
                match scan.next_solid(v) {
                    Some(n) => v = n,
                    None => break,
                }
            }
        }
        let (mut end, mut signs) = (None, 0);
        let mut t = v;
        for _ in 0..3 {
            // A smell is a sign in two words: `is bigger and smells bad`.
            let smell = scan.next_solid(t).filter(|&n| {
                scan.low(t) == "smells"
                    && word_set!(words!["bad", "funny", "weird", "foul", "off"])
                        .contains(scan.low(n))
            });
            if !(scan.is_word(t) && (sign(t) || smell.is_some())) {
                break;
            }
            t = smell.unwrap_or(t);
            end = Some(t);
            signs += 1;
            match scan
                .next_solid(t)
                .filter(|&j| scan.is_punct(j, ',') || scan.low(j) == "and")
            {
                Some(j) => match scan.next_solid(j) {
                    Some(n) => t = n,
                    None => break,
                },
                None => break,
            }
        }
        let (Some(end), Some(from)) = (end, from) else {
            continue;
        };
        // Signs run together with no `and` are left alone: `the rash is
        // red hot`.
        if scan
            .next_solid(end)
            .is_some_and(|n| scan.is_word(n) && scan.low(n) != "and" && sign(n))
        {
            continue;
        }
        let first = scan.tokens.partition_point(|t| t.start < out[f].start);
        let warned = warned_before(scan, first, 4);
        // Said of the condition itself, the span grows to take it in (the
        // writers mark `rash` and `raw and bleeding` apart, or `rash` alone
        // when the sign is only `worse`); after `it's` it is its own, and
        // takes two signs (`its huge and purple`, not `it's worse`).
        let itself = Some(from) == scan.next_solid(last) || joined;
        if !warned && (itself || signs >= 2) {
            let start = if itself {
                out[f].start
            } else {
                scan.tokens[from].start
            };
            out.push(Cand {
                sensitivity: out[f].sensitivity,
                ..Cand::new(start, scan.tokens[end].end)
            });
        }
    }
}

/// A chart's obstetric history, which says a woman is or was pregnant:
/// `G2P1`, `G3P2012`, with the gestation after it (`G2P1 at 34 wks`), and a
/// gestational age written as one token (`34w2d`).
fn obstetric_history(scan: &Scan, out: &mut Vec<Cand>) {
    for i in 0..scan.tokens.len() {
        if scan.kind(i) != Some(Kind::Mixed) {
            continue;
        }
        let t = scan.low(i).as_bytes();
        let digits = |from: usize| t[from..].iter().take_while(|b| b.is_ascii_digit()).count();
        // A gestational age as charts write it: `at 34w2d`, `12w6d`.
        let weeks = digits(0);
        if (1..=2).contains(&weeks)
            && t.get(weeks) == Some(&b'w')
            && digits(weeks + 1) == 1
            && t.get(weeks + 2) == Some(&b'd')
            && weeks + 3 == t.len()
        {
            out.push(sensitive_word(scan, i, Sensitivity::Sex));
            continue;
        }
        let g = if t.first() == Some(&b'g') {
            digits(1)
        } else {
            0
        };
        let shaped = (1..=2).contains(&g)
            && t.get(1 + g) == Some(&b'p')
            && (1..=4).contains(&digits(2 + g))
            && 2 + g + digits(2 + g) == t.len();
        if !shaped {
            continue;
        }
        let mut last = i;
        // `at 34 wks`, `@ 28 weeks`.
        let at = scan
            .next_solid(i)
            .filter(|&a| matches!(scan.low(a), "at" | "@"));
        let n = at
            .and_then(|a| scan.next_solid(a))
            .filter(|&n| scan.kind(n) == Some(Kind::Number));
        if let Some(w) = n
            .and_then(|n| scan.next_solid(n))
            .filter(|&w| matches!(scan.low(w), "wks" | "wk" | "weeks" | "w"))
        {
            last = w;
        }
        out.push(Cand {
            sensitivity: Some(Sensitivity::Sex),
            ..Cand::new(scan.tokens[i].start, scan.tokens[last].end)
        });
    }
}

/// Nouns that make a diagnosis of the name before them (`Kawasaki disease`,
/// `Bell's palsy`, `Jones fracture`) or after them (`enfermedad de Kawasaki`).
const EPONYM_HEADS: &str = words![
    "disease",
    "diseases",
    "syndrome",
    "palsy",
    "cyst",
    "phenomenon",
    "anomaly",
    "tumor",
    "lymphoma",
    "sarcoma",
    "dystrophy",
    "ataxia",
    "neuralgia",
    "neuroma",
    "deformity",
    "fracture",
    "enfermedad",
    "sindrome",
    "quiste",
];
/// Capitalised words before a head noun that are not a name.
const NOT_EPONYMS: &str = words![
    "your", "the", "this", "that", "these", "his", "her", "their", "our", "my", "a", "an", "any",
    "no", "which", "what", "chronic", "acute", "rare", "genetic", "kidney", "heart", "liver",
    "lung", "su", "la", "el", "una", "un", "de", "del", "mi", "its", "each", "every", "new", "old",
];

/// A diagnosis named after a person or a place, written with its capital:
/// `Kawasaki disease`, `Sjogren's syndrome`, `sindrome de Down`.
fn eponyms(scan: &Scan, out: &mut Vec<Cand>) {
    let name = |k: usize| {
        scan.is_word(k)
            && case_of(scan.tok(k)) == Case::Capital
            && !word_set!(NOT_EPONYMS).contains(scan.low(k))
    };
    for i in starts(scan) {
        if !has_cue(scan, i, cue::EPONYM_HEAD) || scan.shouting() {
            continue;
        }
        if matches!(scan.low(i), "enfermedad" | "sindrome" | "quiste") {
            let de = scan
                .next_solid(i)
                .filter(|&d| matches!(scan.low(d), "de" | "del"));
            if let Some(k) = de.and_then(|d| scan.next_solid(d)).filter(|&k| name(k)) {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[k].end));
            }
            continue;
        }
        // `Bell's palsy`: the name, an apostrophe and `s`, then the head.
        let mut k = scan.prev_solid(i);
        if k.is_some_and(|s| scan.low(s) == "s" && s >= 2 && scan.is_punct(s - 1, '\'')) {
            k = Some(k.unwrap_or(0) - 2);
        }
        // Not a patient's surname after their given name: `Declan Moriarty
        // tumor MMR IHC`.
        let given_before = |k: usize| {
            scan.prev_solid(k).is_some_and(|g| {
                scan.is_word(g)
                    && case_of(scan.tok(g)) == Case::Capital
                    && lexicon::name_flags(scan.low(g)) & lexicon::FIRST != 0
                    && lexicon::name_flags(scan.low(g)) & lexicon::COMMON == 0
            })
        };
        if let Some(k) = k.filter(|&k| name(k) && !given_before(k)) {
            out.push(Cand::new(scan.tokens[k].start, scan.tokens[i].end));
        }
    }
}

/// A condition word, and the words before it and after it that make it an
/// idiom.
const IDIOMS: &[(&str, &[&str], &[&str])] = &[
    (
        "depressed",
        &["fully", "partially", "halfway"],
        &["the", "a", "an", "button", "key", "pedal", "lever"],
    ),
    ("pregnant", &[], &["pause", "pauses"]),
];

/// A term naming a season, a list, an event or a campaign rather than
/// someone's health: `allergy season`, `cold and flu season`, `diabetes
/// prevention class`, `Mental Health Awareness Month`. Sensitive terms stay
/// (fail closed) unless the campaign is named outright (`awareness`).
fn campaign(scan: &Scan, c: &Cand, procedure: bool) -> bool {
    let mut last = last_token(scan, c.end);
    while let Some((_, _, after)) = listed_condition(scan, last) {
        last = after - 1;
    }
    let Some(n) = scan.next_solid(last) else {
        return false;
    };
    let next = scan.low(n);
    next == "awareness"
        || (c.sensitivity.is_none() && !procedure && word_set!(NOT_PERSONAL_AFTER).contains(next))
}

/// Whether a condition in capitals opens the name of an institution, up to
/// three capitalised words or `&` before its head word: `the Heart Failure
/// Clinic`, `Lupus & Arthritis Center`, `Stroke & Neuroscience Institute`,
/// `Sinus & Allergy Associates`. A place names no one's diagnosis; sensitive
/// ones stay (`HIV Clinic` says why someone goes there; fail closed).
fn institution_named(scan: &Scan, c: &Cand) -> bool {
    let first = token_after(scan, 0, c.start);
    if c.sensitivity.is_some() || case_of(scan.tok(first)) == Case::Lower {
        return false;
    }
    let mut k = last_token(scan, c.end);
    for _ in 0..4 {
        let Some(n) = scan.next_solid(k) else {
            return false;
        };
        if !(scan.is_punct(n, '&') || (scan.is_word(n) && case_of(scan.tok(n)) != Case::Lower)) {
            return false;
        }
        if word_set!(words![
            "clinic",
            "center",
            "centre",
            "institute",
            "associates",
            "foundation",
            "society",
            "specialists",
            "partners",
            "program"
        ])
        .contains(scan.low(n))
        {
            return true;
        }
        k = n;
    }
    false
}

/// Words after a condition that make it a topic, not someone's diagnosis.
const NOT_PERSONAL_AFTER: &str = words![
    "season",
    "list",
    "prevention",
    "awareness",
    "education",
    "class",
    "classes",
    "program",
    "month",
    "workshop",
    "seminar",
    "fair",
    "walk",
    "event",
    "resources",
    "hotline",
    "temporada",
    // A meeting about cases: `presenting at GU tumor board`.
    "board",
    "boards",
    // A service, its staff or a code named for the condition: `the allergy
    // clinic is open Saturday`, `diabetes ed`, `calling stroke alert`.
    "clinic",
    "center",
    "centre",
    "nurse",
    "educator",
    "ed",
    "team",
    "alert",
    "scale",
    "volunteers",
];

/// A verdict before its test: `a positive ANA`, `negative COVID test`.
const VERDICTS_BEFORE: &str = words!["positive", "negative", "pos", "neg", "abnormal", "reactive"];

/// A drug screen's shorthand for drugs: `UDS + fent, neg bup`.
const SCREENED_DRUGS: &str = words![
    "fent", "meth", "bup", "bupe", "coke", "thc", "benzos", "amphet", "opiates", "oxy", "mdma",
    "pcp", "etg",
];

/// The words a genetic finding starts with (see [`genetic_finding`]).
const GENETIC_WORDS: &str = words![
    "poor",
    "intermediate",
    "rapid",
    "ultrarapid",
    "pathogenic",
    "heterozygous",
    "homozygous",
    "carrier",
    "carriers",
];

/// The names of graded readings, in lowercase (see [`graded_reading`]).
const GRADED_NAMES: &str =
    words!["nilm", "ascus", "lsil", "hsil", "agc", "agus", "asc", "bethesda", "gleason",];

/// What is wrong in Spanish, Portuguese, Haitian Creole, Tagalog or
/// Vietnamese, before the part it is wrong with: `dolor de espalda`,
/// `hinchazón en los tobillos`, `dor no ombro`, `doulè nan vant`, `masakit
/// ang likod`, `đau bụng`.
const SPANISH_COMPLAINTS: &str = words![
    "dolor",
    "dolores",
    "dolia",
    "dor",
    "dores",
    "doi",
    "inchaco",
    "doule",
    "masakit",
    "sumakit",
    "sakit",
    "dau",
    "fractura",
    "lesion",
    "hinchazon",
    "duele",
    "duelen",
    "hincho",
    "hinchan",
    "hinchando",
    "pica",
    "pican",
    "arde",
    "arden",
    "sangra",
    "sangran",
    "ardor",
    "comezon",
    "entumecimiento",
    "sangrado",
    "calambres",
    "inflamacion",
    "moretones",
    "piedras",
    "calculos",
];

/// Parts of the body in Spanish, Portuguese, Haitian Creole and Tagalog
/// that are no English part (or are English words: Creole `do` is the
/// back), read only after a complaint and its linking word (see
/// [`SPANISH_COMPLAINTS`]).
const PARTS_ABROAD: &str = words![
    // Spanish.
    "costado",
    "cintura",
    "nuca",
    "columna",
    "muslo",
    "codo",
    "ingle",
    "pantorrilla",
    "ombligo",
    "cuerpo",
    "lado",
    "muelas",
    "coyunturas",
    "articulaciones",
    // Portuguese.
    "costas",
    "pe",
    "pes",
    "peito",
    "corpo",
    "ouvido",
    "dente",
    "dentes",
    "mao",
    "maos",
    "coluna",
    "quadril",
    "rim",
    "rins",
    "juntas",
    "bexiga",
    // Haitian Creole.
    "vant",
    "tet",
    "do",
    "ren",
    "zorey",
    "pwatrin",
    "goj",
    "pye",
    "janm",
    "bra",
    "dan",
    "je",
    "ko",
    "kou",
    "lestomak",
    "zo",
    "senti",
    // Tagalog.
    "likod",
    "tiyan",
    "ulo",
    "dibdib",
    "balakang",
    "paa",
    "tuhod",
    "ngipin",
    "lalamunan",
    "mata",
    "tainga",
    "tenga",
    "braso",
    "kamay",
    "binti",
    "katawan",
    "sikmura",
    "puson",
    "batok",
    "balikat",
];

/// Parts of the body in Vietnamese, folded, right after `đau`: `đau bụng`,
/// `đau đầu`, `đau lưng`.
const VIETNAMESE_PARTS: &str = words![
    "dau", "bung", "nguc", "lung", "hong", "rang", "chan", "tay", "mat", "tai", "khop", "goi",
    "vai", "bao",
];

const BODY_PARTS: &str = words![
    "veins",
    "deltoid",
    // A wound and what a procedure left, said of as parts are: `the wound
    // is draining`, `my fistula is red and warm`, `exit site crusty`.
    "wound",
    "fistula",
    "graft",
    "stoma",
    "site",
    "port",
    // Portuguese, read folded, and a child's tummy in Spanish.
    "olho",
    "olhos",
    "tornozelo",
    "joelho",
    "joelhos",
    "perna",
    "pernas",
    "braco",
    "bracos",
    "ombro",
    "ombros",
    "cabeca",
    "pescoco",
    "pancita",
    "head",
    "neck",
    "back",
    "chest",
    "shoulder",
    "arm",
    "elbow",
    "wrist",
    "hand",
    "finger",
    "thumb",
    "hip",
    "knee",
    "ankle",
    "foot",
    "toe",
    "leg",
    "ear",
    "eye",
    "throat",
    "stomach",
    "abdominal",
    "belly",
    "tooth",
    "jaw",
    "pelvic",
    "rib",
    "heel",
    "joint",
    "muscle",
    "groin",
    "calf",
    "thigh",
    "spine",
    "breast",
    "kidney",
    "kidneys",
    "bladder",
    "oido",
    "cabeza",
    "espalda",
    "pecho",
    "rodilla",
    "estomago",
    "garganta",
    "muela",
    "brazo",
    "pierna",
    "tobillo",
    "muneca",
    "hombro",
    "cadera",
    "pie",
    "mano",
    "ojo",
    "oidos",
    "wrists",
    "knees",
    "ankles",
    "shoulders",
    "hips",
    "hands",
    "feet",
    "fingers",
    "toes",
    "legs",
    "arms",
    "lips",
    "skin",
    "face",
    "stump",
    "ears",
    "gallbladder",
    "liver",
    "lung",
    "lungs",
    "heart",
    "bowel",
    "colon",
    "rectal",
    "vaginal",
    "pelvis",
    "sinus",
    "sinuses",
    "nose",
    "mouth",
    "lip",
    "lips",
    "tongue",
    "gum",
    "gums",
    "teeth",
    "skin",
    "scalp",
    "face",
    "forearm",
    "hamstring",
    "achilles",
    "tendon",
    "shin",
    "toes",
    "fingers",
    "hands",
    "feet",
    "legs",
    "arms",
    "eyes",
    "joints",
    "muscles",
    "ribs",
    "heels",
    "elbows",
    "thumbs",
    "fingertip",
    "fingertips",
    "palm",
    "palms",
    "nerve",
    "bone",
    "bones",
    "disc",
    "testicle",
    "testicular",
    "prostate",
    "ovary",
    "ovarian",
    "uterine",
    "urinary",
    "flank",
    "buttock",
    "tailbone",
    "collarbone",
    "cuello",
    "boca",
    "diente",
    "dientes",
    "encias",
    "nariz",
    "cara",
    "piel",
    "dedo",
    "dedos",
    "tobillos",
    "rodillas",
    "pies",
    "piernas",
    "brazos",
    "manos",
    "ojos",
    "hombros",
    "munecas",
    "caderas",
    "huesos",
    "hueso",
    "vientre",
    "barriga",
    "panza",
    "abdomen",
    "vejiga",
    "rinon",
    "rinones",
    "higado",
    "pulmon",
    "pulmones",
    "corazon",
    "costillas",
    "talon",
    "oreja",
    "orejas",
    "senos",
    "seno",
    "labios",
    "labio",
    "voice",
    "urine",
    "pee",
    "stool",
    "stools",
    "nails",
    "toenail",
    "toenails",
    "fingernail",
    "fingernails",
    "phlegm",
    "mucus",
    "snot",
    "vision",
    "eyesight",
    "heartbeat",
    "poop",
    "ostomy",
    "incision",
    "herida",
    "cheek",
    "cheeks",
    "breasts",
    "hair",
    "nipple",
    "nipples",
    "eyelid",
    "eyelids",
    "period",
    "periods",
    "tonsil",
    "tonsils",
    "sacrum",
    "coccyx",
    "armpit",
    "armpits",
    "testicles",
    "scrotum",
    "nut",
    "knuckle",
    "knuckles",
    "boob",
    "boobs",
    "privates",
    "stoma",
    "butt",
    "nuca",
    "cintura",
    "codo",
    "codos",
    "nalgas",
    // How someone breathes, as a part has signs: `his breathing is rattly`.
    "breathing",
    "kneecap",
    "acl",
    "mcl",
    "meniscus",
    "rotator",
    "molar",
    "molars",
];
const SYMPTOMS: &str = words![
    "tingle",
    "tingles",
    "flaking",
    "boil",
    "clicks",
    "clicking",
    "crackle",
    "crackles",
    "gurgle",
    "gurgling",
    "rattle",
    "rattling",
    "pain",
    "pains",
    "injury",
    "injuries",
    "fracture",
    "sprain",
    "strain",
    "tear",
    "swelling",
    "infection",
    "ache",
    "bleeding",
    "numbness",
    "weakness",
    "tenderness",
    "stiffness",
    "lump",
    "mass",
    "aches",
    "cramps",
    "cramping",
    "burning",
    "itching",
    "itch",
    "rash",
    "bruising",
    "bruise",
    "discharge",
    "spasm",
    "spasms",
    "soreness",
    "stones",
    "stone",
    "tingling",
    "redness",
    "drainage",
    "wound",
    "ulcer",
    "sores",
    "sore",
    "fractures",
    "sprains",
    // Growths found on someone: `the mole on your back`, `a cyst on her wrist`.
    "mole",
    "moles",
    "cyst",
    "bump",
    "bumps",
    "lesion",
    "growth",
    "spot",
    "blister",
    "boil",
    // Marks and small injuries on someone: `blisters on 3 fingertips`,
    // `tiny red spots on his hands`, `a burn on her palm`.
    "blisters",
    "spots",
    "dots",
    "burn",
    "burns",
    "gash",
    "scrape",
    "scrapes",
    "bite",
    "bites",
    "welts",
    "laceration",
    "splinter",
    "cuts",
    "lumps",
    "bruises",
    "boils",
    "cysts",
];
const INJURY_VERBS: &str = words![
    "broke",
    "fractured",
    "sprained",
    "twisted",
    "injured",
    "hurt",
    "dislocated",
    "tore",
    "burned",
    "cut",
    "sliced",
    "smashed",
    "jammed",
    "stubbed",
    "rolled",
    "tweaked",
    "snapped",
    "blew",
    "knocked",
    "chipped",
    "pulled",
    "rompio",
    "lastimo",
    "torcio",
    "fracturo",
    // Read folded: `se quebró el brazo`, `me corté la mano`.
    "quebro",
    "quebre",
    "corte",
    "corto",
    "lastime",
];
const SYMPTOM_ADJECTIVES: &str = words![
    "fractured",
    "broken",
    "sprained",
    "swollen",
    "injured",
    "infected",
    "torn",
    "dislocated",
    "painful",
    "sore",
    "aching",
    "numb",
    "bruised",
    "bleeding",
    "cracked",
    "itchy",
    "stiff",
    "inflamed",
    // `your bad knee`, `his bad hip`: one that troubles him.
    "bad",
];

/// Endings that make an unlisted word a diagnosis (`tendinitis`,
/// `fasciitis`, `neuropathy`, `lymphoma`), English and Spanish.
const CONDITION_SUFFIXES: &[&str] = &[
    "itis", "osis", "emia", "aemia", "pathy", "oma", "omas", "algia", "penia", "plegia", "trophy",
    "ectasis", "itides", "patia", "algias", "plasia", "rrhea", "uria", "megaly", "emesis",
    "ptysis", "iasis",
];
/// Endings that make an unlisted word a procedure (`cholecystectomy`,
/// `arthroplasty`, `thoracentesis`), English and Spanish.
const PROCEDURE_SUFFIXES: &[&str] = &[
    "ectomy", "ectomies", "otomy", "ostomy", "oscopy", "oscopies", "plasty", "centesis", "desis",
    "pexy", "ectomia", "otomia", "ostomia", "oscopia", "plastia",
];
/// Words with those endings that are no diagnosis or procedure.
const NOT_BY_SUFFIX: &str = words![
    "academia",
    "nemesis",
    "centuria",
    "antipathy",
    "apathy",
    "apotheosis",
    "diagnosis",
    "misdiagnosis",
    "diploma",
    "diplomas",
    "empathy",
    "homeopathy",
    "hypnosis",
    "metamorphosis",
    "mitosis",
    "nostalgia",
    "osmosis",
    "osteopathy",
    "prognosis",
    "symbiosis",
    "sympathy",
    "telepathy",
    "aroma",
    "aromas",
    "oklahoma",
    "diagnosticos",
    "empatia",
    "simpatia",
    "apatia",
    "telepatia",
];

/// Whether `w` ends with `suffix`, compared from the last byte: most
/// endings differ there, and a short ending is not worth a `memcmp` call
/// (`str::ends_with` made 48 a check here, callgrind).
fn ends_with(w: &str, suffix: &str) -> bool {
    let (w, s) = (w.as_bytes(), suffix.as_bytes());
    s.len() <= w.len() && w.iter().rev().zip(s.iter().rev()).all(|(a, b)| a == b)
}

/// Unlisted words with a diagnosis or procedure ending: seven letters or
/// more, letters only, not a listed term of another kind.
fn by_suffix(scan: &Scan, suffixes: &[&str], out: &mut Vec<Cand>) {
    for i in starts(scan) {
        let w = scan.low(i);
        // Every ending listed ends in `a`, `s` or `y`: one byte turns most words away.
        if w.len() < 7
            || !matches!(w.as_bytes()[w.len() - 1], b'a' | b's' | b'y')
            || !scan.is_word(i)
            || !suffixes.iter().any(|s| ends_with(w, s))
            || word_set!(NOT_BY_SUFFIX).contains(w)
            || term_at(scan, i, Category::Condition).is_some()
            || term_at(scan, i, Category::Procedure).is_some()
            || term_at(scan, i, Category::Medication).is_some()
        {
            continue;
        }
        out.push(Cand::new(scan.tokens[i].start, scan.tokens[i].end));
    }
}

/// What a safety plan is for when it is not a person's: `fire safety plan`.
const HAZARDS: &str = words![
    "fire",
    "hurricane",
    "storm",
    "flood",
    "earthquake",
    "tornado",
    "winter",
    "weather",
    "emergency",
    "disaster",
    "workplace",
    "building",
    "school",
    "office",
    "site",
    "event",
    "travel",
    "food",
    "water",
    "pool",
    "holiday",
    "community",
    "employee",
    "staff",
    "covid",
    "incendio",
    "huracan",
    "emergencia",
];

/// A test whose name is a word or a name too, so it is not listed: `ANA` in
/// capitals is the antinuclear antibody test (`Ana` is a name); `ct` in
/// lowercase is a CT scan only next to `scan`/`results` or a possessive.
fn unlisted_test(scan: &Scan, i: usize) -> bool {
    if !has_cue(scan, i, cue::UNLISTED_TEST) {
        return false;
    }
    let tok = scan.tok(i);
    (tok == "ANA" && !charted_given(scan, i))
        || (tok == "ct"
            && (scan
                .next_solid(i)
                .is_some_and(|n| matches!(scan.low(n), "scan" | "results" | "result"))
                || scan
                    .prev_solid(i)
                    .is_some_and(|p| matches!(scan.low(p), "your" | "her" | "his" | "my"))))
}

/// Is token `i`, in capitals, the given name of a chart's `SURNAME, GIVEN`
/// after a listed surname in capitals (`GARCIA, ANA - NO SHOW`), not the
/// test it also spells?
fn charted_given(scan: &Scan, i: usize) -> bool {
    case_of(scan.tok(i)) == Case::Upper
        && scan
            .prev_solid(i)
            .filter(|&c| scan.is_punct(c, ','))
            .and_then(|c| scan.prev_solid(c))
            .is_some_and(|s| {
                case_of(scan.tok(s)) == Case::Upper
                    && scan.low(s).len() > 2
                    && lexicon::name_flags(scan.low(s)) & lexicon::LAST != 0
            })
}

/// The letters and digits from token `i` joined by `-` or `/` that a lab
/// code is written as (`anti-CCP`, `HIV-1/2`, `Kt/V`): its last token and
/// its text, or `None` when it is longer than a code (12 bytes). At most
/// three joins are read, so a long run of them costs no more.
fn code_group<'s>(scan: &'s Scan, i: usize) -> Option<(usize, &'s str)> {
    let mut k = i;
    while k < i + 6
        && (scan.is_punct(k + 1, '-') || scan.is_punct(k + 1, '/'))
        && matches!(scan.kind(k + 2), Some(Kind::Word | Kind::Mixed))
    {
        k += 2;
    }
    let group = &scan.text()[scan.tokens[i].start..scan.tokens[k].end];
    (group.len() <= 12).then_some((k, group))
}

/// What a lab code is tested for: `GAD65 antibodies`, `CYP2C19 genotype`.
const CODED_TESTS: &str = words![
    "antibodies",
    "antibody",
    "genotype",
    "genotyping",
    "gene",
    "assay",
    "titer",
    "titers",
    "panel",
    "test",
    "testing",
    "level",
    "levels",
    "mutation",
];

/// A test named by a lab's code, not on any list: letters joined to digits
/// (`GAD65`, `CYP2C19`, `HLA-B27`, `JAK2`), then what it is tested for. The
/// last token and the class: genes are genetic (`CYP2C19 genotype`).
fn coded_test(scan: &Scan, i: usize) -> Option<(usize, Option<Sensitivity>)> {
    if scan.kind(i) != Some(Kind::Mixed) || term_at(scan, i, Category::Procedure).is_some() {
        return None;
    }
    let (k, group) = code_group(scan, i)?;
    // A code starts with a capital and is not a dose or a time (`5mg`, `2pm`).
    if !group.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let noun = scan
        .next_solid(k)
        .filter(|&n| word_set!(CODED_TESTS).contains(scan.low(n)))?;
    let genetic = matches!(
        scan.low(noun),
        "genotype" | "genotyping" | "gene" | "mutation"
    );
    Some((noun, genetic.then_some(Sensitivity::Gdis)))
}

/// Words for the shots of a visit ([`age_vaccines`]).
const SHOTS: &str = words![
    "shots",
    "vaccines",
    "vax",
    "immunizations",
    "vaccinations",
    "vacunas",
];

/// The shots of a well-child age: `4-month shots`, `2mo vax`, `12 month
/// vaccines`, `vacunas de los 4 años`.
fn age_vaccines(scan: &Scan, out: &mut Vec<Cand>) {
    let unit = |w: &str| {
        word_set!(words![
            "month", "months", "mo", "mos", "year", "years", "yr", "yrs", "week", "wk", "anos",
            "meses"
        ])
        .contains(w)
    };
    for i in starts(scan).filter(|&i| has_cue(scan, i, cue::SHOTS)) {
        // English: the age before (`4-month`, `2mo`, `12 month`).
        let Some(u) = scan.prev_solid(i) else {
            continue;
        };
        let start = if scan.kind(u) == Some(Kind::Mixed) {
            let t = scan.low(u);
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0 && digits <= 2 && unit(&t[digits..])).then_some(u)
        } else if scan.is_word(u) && unit(scan.low(u)) {
            let n = if u > 0 && scan.is_punct(u - 1, '-') {
                u.checked_sub(2)
            } else {
                scan.prev_solid(u)
            };
            n.filter(|&n| scan.kind(n) == Some(Kind::Number) && scan.tok(n).len() <= 2)
        } else {
            None
        };
        if let Some(s) = start {
            out.push(Cand::new(scan.tokens[s].start, scan.tokens[i].end));
            continue;
        }
        // Spanish: the age after (`vacunas de los 4 años`).
        let mut k = scan.next_solid(i);
        for w in ["de", "los"] {
            k = k
                .filter(|&k| scan.low(k) == w)
                .and_then(|k| scan.next_solid(k));
        }
        if let Some(n) = k.filter(|&n| scan.kind(n) == Some(Kind::Number)) {
            if let Some(u) = scan.next_solid(n).filter(|&u| unit(scan.low(u))) {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[u].end));
            }
        }
    }
}

/// A dentist's shorthand for pulling teeth, by their numbers (1 to 32):
/// `ext #3 and #4`, `single ext #20`.
fn tooth_extraction(scan: &Scan, out: &mut Vec<Cand>) {
    if !scan.has("ext") {
        return;
    }
    let tooth = |k: usize| {
        scan.is_punct(k, '#')
            && scan.kind(k + 1) == Some(Kind::Number)
            && scan
                .tok(k + 1)
                .parse::<u8>()
                .is_ok_and(|n| (1..=32).contains(&n))
    };
    for i in (0..scan.tokens.len()).filter(|&i| matches!(scan.low(i), "ext" | "exts")) {
        let Some(mut last) = scan.next_solid(i).filter(|&k| tooth(k)).map(|k| k + 1) else {
            continue;
        };
        // More teeth after `and` or a comma: `#3 and #4`, `#1, #16`.
        while let Some(k) = scan
            .next_solid(last)
            .filter(|&j| scan.low(j) == "and" || scan.is_punct(j, ','))
            .and_then(|j| scan.next_solid(j))
            .filter(|&k| tooth(k))
        {
            last = k + 1;
        }
        out.push(Cand::new(scan.tokens[i].start, scan.tokens[last].end));
    }
}

/// A session in a hyperbaric chamber, which its patients and staff call a
/// dive (`ear pain after dive #6`, `tomorrow's dive moved to 10:30`), in a
/// message that speaks of hyperbaric care; whose dive it is the filter's
/// person words decide, as for any procedure. Not a time before or after
/// one: `BG 54 post-dive`.
fn hyperbaric_dive(scan: &Scan, out: &mut Vec<Cand>) {
    if !scan.has("dive")
        || !scan.has_word(&[
            "hyperbaric",
            "hbo",
            "hbot",
            "chamber",
            "chambers",
            "barotrauma",
        ])
    {
        return;
    }
    for i in (0..scan.tokens.len()).filter(|&i| {
        matches!(scan.low(i), "dive" | "dives") && !scan.is_punct(i.wrapping_sub(1), '-')
    }) {
        out.push(Cand::new(scan.tokens[i].start, scan.tokens[i].end));
    }
}

pub(crate) fn procedure(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    dictionary(scan, Category::Procedure, out, |_, last| last);
    super::scripts::script_terms(scan, Category::Procedure, out);
    tooth_extraction(scan, out);
    hyperbaric_dive(scan, out);
    // One word alone that is no procedure here. A drug infused is the
    // drug: `Remicade infusion`, `Ocrevus 600 mg IV infusion` mark the drug,
    // and the infusion is no procedure of its own. Filling a form or a
    // prescription is no tooth's filling: `thanks for filling out the
    // PHQ-9`, `a K+ check before filling`.
    out.retain(|c| {
        let i = scan.tokens.partition_point(|t| t.start < c.start);
        if scan.tokens.get(i).is_none_or(|t| t.end != c.end) {
            return true;
        }
        match scan.low(i) {
            "infusion" | "infusions" => !infused_drug(scan, i),
            "filling" => {
                !(scan.next_solid(i).is_none_or(|n| {
                    word_set!(words![
                        "out",
                        "in",
                        "it",
                        "the",
                        "your",
                        "this",
                        "that",
                        "prescriptions"
                    ])
                    .contains(scan.low(n))
                        || scan.is_punct(n, '.')
                }) || scan.prev_solid(i).is_some_and(|p| {
                    word_set!(words!["before", "after", "for", "while", "is", "are", "be"])
                        .contains(scan.low(p))
                }))
            }
            _ => true,
        }
    });
    by_suffix(scan, PROCEDURE_SUFFIXES, out);
    // A weight-loss operation said short, someone's: `after your bypass`,
    // `8 days post op from the sleeve` (not `roll up your sleeve`, a
    // compression sleeve, or `the bypass road`).
    if scan.may_have("bypass") || scan.may_have("sleeve") {
        for i in 0..scan.tokens.len() {
            if !matches!(scan.low(i), "bypass" | "sleeve") {
                continue;
            }
            let owner = scan
                .prev_solid(i)
                .filter(|&p| matches!(scan.low(p), "your" | "his" | "her" | "my" | "the"));
            let rolled = owner
                .and_then(|p| scan.prev_solid(p))
                .is_some_and(|q| matches!(scan.low(q), "up" | "wrap"));
            // No word after it (`the bypass road`) but one joining a clause.
            let ends = scan.next_solid(i).is_none_or(|n| {
                !scan.is_word(n) || matches!(scan.low(n), "and" | "to" | "surgery" | "yesterday")
            });
            if owner.is_some() && !rolled && ends {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[i].end));
            }
        }
    }
    for &(s, e, sensitivity) in tested_conditions(scan) {
        out.push(Cand {
            sensitivity,
            ..Cand::new(scan.tokens[s].start, scan.tokens[e].end)
        });
    }
    age_vaccines(scan, out);
    // The verbs that may follow an analyte ordered (`a creatinine drawn`):
    // looked for once, so most messages skip the analyte lookup below.
    // (A flag test a token, not `Scan::has_word`, whose string compares
    // cost 1.0k instructions a check more on this path every message takes.)
    let verb_after =
        (0..scan.tokens.len()).any(|k| has_cue(scan, k, cue::ORDERED_AFTER) && scan.is_word(k));
    for i in starts(scan) {
        if let Some((term, last)) = placed_drug(scan, i) {
            out.push(Cand {
                sensitivity: term.sensitivity,
                ..Cand::new(scan.tokens[i].start, scan.tokens[last].end)
            });
        }
        if unlisted_test(scan, i) {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[i].end));
        }
        if let Some(last) = rehab_abbreviation(scan, i) {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[last].end));
        }
        if let Some((last, sensitivity)) = coded_test(scan, i) {
            out.push(Cand {
                sensitivity,
                ..Cand::new(scan.tokens[i].start, scan.tokens[last].end)
            });
        }
        // An analyte listed after a test, with no value of its own, is
        // ordered with it: `fasting renal panel and PTH before your visit`,
        // `CBC, ferritin next week` (not `CBC and ferritin 12`).
        if let Some(after) = tested_with(scan, i, out) {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[after - 1].end));
        }
        // An analyte named as a test: `your cortisol test is at 8am`, `a
        // tacrolimus level`, `the BNP draw`; not with its value (`lithium
        // level was 0.9`). (A `check` is a visit's as often: `BP check`,
        // `weight check`.)
        if let Some(noun) = analyte_at(scan, i)
            .and_then(|after| scan.next_solid(after - 1))
            .filter(|&n| {
                word_set!(words!["test", "tests", "level", "levels", "draw", "panel"])
                    .contains(scan.low(n))
            })
        {
            let valued = std::iter::successors(scan.next_solid(noun), |&k| scan.next_solid(k))
                .take(3)
                .any(|k| scan.kind(k) == Some(Kind::Number));
            if !valued {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[noun].end));
            }
        }
        // An analyte drawn or ordered is a test: `redraw for the potassium`,
        // `recheck your potassium and magnesium`.
        if has_cue(scan, i, cue::ORDER_VERB) {
            drawn_analytes(scan, i, out);
        }
        // Or with the verb after it: `get a creatinine drawn beforehand`,
        // `DEXA and vitamin D ordered`.
        // Across a list of analytes and a copula: `Iron and B12 are still
        // pending`, `your next HIV test and creatinine are due 1/15`.
        if let Some(after) = verb_after.then(|| analyte_at(scan, i)).flatten() {
            let mut v = scan.next_solid(after - 1);
            for _ in 0..3 {
                match v.filter(|&k| scan.low(k) == "and") {
                    Some(k) => match scan.next_solid(k).and_then(|a| analyte_at(scan, a)) {
                        Some(a) => v = scan.next_solid(a - 1),
                        None => break,
                    },
                    None => break,
                }
            }
            for _ in 0..2 {
                if let Some(k) = v.filter(|&k| matches!(scan.low(k), "is" | "are" | "still")) {
                    v = scan.next_solid(k);
                }
            }
            if v.is_some_and(|v| ordered_after(scan.low(v))) {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[after - 1].end));
            }
        }
    }
    gestational(scan, out);
    recovery_iop(scan, out);
    // Someone's therapy by its initials, in capitals, then when or what
    // of it: `cancel my PT tomorrow`, `Mom's OT for her hand is Tuesdays`
    // (not a clinician's `my pt in room 4`).
    for i in 0..scan.tokens.len() {
        if !matches!(scan.tok(i), "PT" | "OT") {
            continue;
        }
        let owner = scan.prev_solid(i).is_some_and(|p| {
            word_set!(words!["my", "your", "his", "her", "their"]).contains(scan.low(p))
                || (scan.low(p) == "s" && p >= 2 && scan.is_punct(p - 1, '\''))
        });
        let then = scan.next_solid(i).is_some_and(|n| {
            word_set!(words![
                "tomorrow",
                "today",
                "tonight",
                "session",
                "sessions",
                "appt",
                "appointment",
                "for",
                "on",
                "starts",
                "visit",
                "eval",
                "evaluation",
                "this",
                "next"
            ])
            .contains(scan.low(n))
        });
        if owner && then {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[i].end));
        }
    }
    // A session with a therapist is therapy: `su terapeuta canceló su
    // sesión`, `your session with the counselor`.
    for i in starts(scan) {
        if has_cue(scan, i, cue::SESSION)
            && (0..scan.tokens.len()).any(|k| {
                scan.is_word(k)
                    && word_set!(words![
                        "therapist",
                        "terapeuta",
                        "counselor",
                        "counsellor",
                        "consejero",
                        "consejera",
                        "psychologist",
                        "psicologo",
                        "psicologa",
                        "psychiatrist",
                        "psiquiatra",
                        "lcsw",
                        "lpc",
                        "lmft",
                    ]).contains(scan.low(k))
                    // Not the body's therapists: `physical therapist`.
                    && !scan.prev_solid(k).is_some_and(|p| {
                        word_set!(words![
                            "physical",
                            "occupational",
                            "speech",
                            "respiratory",
                            "massage",
                            "fisica",
                            "ocupacional",
                        ]).contains(scan.low(p))
                    })
            })
        {
            out.push(sensitive_word(scan, i, Sensitivity::Psy));
        }
    }
    // A test of a pregnancy is reproductive care: `your prenatal glucose
    // screen`.
    for c in out.iter_mut().filter(|c| c.sensitivity.is_none()) {
        let first = scan.tokens.partition_point(|t| t.start < c.start);
        if scan
            .prev_solid(first)
            .is_some_and(|p| matches!(scan.low(p), "prenatal" | "antenatal" | "prenatales"))
        {
            c.sensitivity = Some(Sensitivity::Sex);
        }
    }
    // `therapy` right after a procedure is that procedure's: `hyperbaric
    // oxygen therapy`, not talk therapy.
    let mut k = 1;
    while k < out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if &scan.lower[b.start..b.end] == "therapy"
            && a.end + 1 == b.start
            && scan.lower.as_bytes()[a.end] == b' '
        {
            out[k - 1].end = out[k].end;
            out.remove(k);
        } else {
            k += 1;
        }
    }
    // Bare `therapy` is talk therapy (psy), unless the message is about a
    // body's repair: `arthroscopy vs therapy`, `s/p hip ORIF, therapy 2x/wk`.
    for c in out.iter_mut() {
        if c.sensitivity == Some(Sensitivity::Psy)
            && &scan.lower[c.start..c.end] == "therapy"
            && (0..scan.tokens.len())
                .any(|k| scan.is_word(k) && word_set!(REHAB_CONTEXT).contains(scan.low(k)))
        {
            c.sensitivity = None;
        }
    }
    // A service named as a place is no one's procedure: `the infusion center`,
    // `flu shot clinic this Saturday`. Sensitive ones stay (fail closed:
    // `methadone clinic`, `STD clinic`). Neither is a campaign (`HIV
    // Awareness Day`).
    out.retain(|c| {
        if campaign(scan, c, true) {
            return false;
        }
        // A safety plan for a building or an event is no one's crisis plan
        // (`hurricane safety plan`, `workplace safety plan`).
        let first = scan.tokens.partition_point(|t| t.start < c.start);
        if first < scan.tokens.len()
            && scan.low(first) == "safety"
            && scan
                .prev_solid(first)
                .is_some_and(|p| word_set!(HAZARDS).contains(scan.low(p)))
        {
            return false;
        }
        if bare_surgery_elsewhere(scan, c, first) || transplant_program(scan, c, first) {
            return false;
        }
        // `step therapy` is an insurer's rule, not a treatment.
        if scan.low(first) == "therapy"
            && scan
                .prev_solid(first)
                .is_some_and(|p| scan.low(p) == "step")
        {
            return false;
        }
        if c.sensitivity.is_some() {
            return true;
        }
        // `financial counseling`, `benefits counseling`: listed so that they
        // are not mental-health counseling, and not clinical either.
        if first < scan.tokens.len()
            && matches!(scan.low(first), "financial" | "benefits" | "insurance")
        {
            return false;
        }
        let last = last_token(scan, c.end);
        let place = |k: usize| has_cue(scan, k, cue::PLACE);
        // Services billed for their dates are a person's: `hemodialysis
        // services 9/1 to 9/30`.
        let billed = scan.next_solid(last).is_some_and(|s| {
            scan.tok(s) == "services"
                && scan.next_solid(s).is_some_and(|d| {
                    scan.kind(d) == Some(Kind::Number)
                        || matches!(scan.low(d), "on" | "from" | "dated")
                })
        });
        // A term that names its own place word is kept: `TENS unit` is a
        // device (`the infusion unit` is a place).
        billed || !((place(last) && last == first) || scan.next_solid(last).is_some_and(place))
    });
}

/// Is candidate `c`, from token `first`, the word `transplant` naming a
/// program or its staff rather than someone's surgery: before what a
/// program has (`transplant social work`, `transplant pharmacy`, `your
/// transplant grant application`), after `pre-` or `post-`
/// (`pre-transplant dental clearance`), or in Spanish and Portuguese after
/// a place's `de` (`la farmacia de trasplante`)?
fn transplant_program(scan: &Scan, c: &Cand, first: usize) -> bool {
    if !matches!(scan.low(first), "transplant" | "trasplante" | "transplante")
        || scan.tokens[first].end != c.end
    {
        return false;
    }
    let program = scan.next_solid(first).is_some_and(|n| {
        word_set!(words![
            "grant",
            "social",
            "pharmacy",
            "center",
            "centre",
            "team",
            "program",
            "clinic",
            "office",
            "coordinator",
            "coordinators",
            "patients",
            "nephrology",
            "hepatology",
            "unit",
            "committee",
            "support",
            "services",
            "nurse",
            "nurses",
            "pharmacist",
            "dietitian",
            "recipients",
            "candidates",
            "staff",
            "fund",
            "house",
            "games"
        ])
        .contains(scan.low(n))
    });
    let prefixed = first >= 2
        && scan.is_punct(first - 1, '-')
        && matches!(scan.low(first - 2), "pre" | "post");
    let of_place = scan
        .prev_solid(first)
        .filter(|&d| scan.low(d) == "de")
        .and_then(|d| scan.prev_solid(d))
        .is_some_and(|p| {
            word_set!(words![
                "farmacia",
                "centro",
                "programa",
                "equipo",
                "clinica",
                "unidad",
                "coordinadora",
                "coordinador",
                "enfermera",
                "servicio"
            ])
            .contains(scan.low(p))
        });
    program || prefixed || of_place
}

/// IV fluids by their staff shorthand in capitals, with a volume, a rate
/// or a bolus after them (`NS 200 mL bolus`, `LR 1L bolus`, `LR @ 125`):
/// alone, `NS` and `LR` are too many other things. The token it ends at.
fn iv_fluid(scan: &Scan, i: usize) -> Option<usize> {
    if !has_cue(scan, i, cue::IV_FLUID) || !matches!(scan.tok(i), "NS" | "LR") {
        return None;
    }
    let n = scan.next_solid(i)?;
    let w = scan.low(n);
    let litres = |k: usize| {
        let w = scan.low(k);
        w.len() >= 2 && w.ends_with('l') && w[..w.len() - 1].bytes().all(|b| b.is_ascii_digit())
    };
    let mut last = if matches!(w, "@" | "at") {
        let v = scan
            .next_solid(n)
            .filter(|&v| scan.kind(v) == Some(Kind::Number))?;
        value_end(scan, v)
    } else if scan.kind(n) == Some(Kind::Number) {
        let u = scan.next_solid(n)?;
        if !word_set!(words![
            "ml", "l", "cc", "liter", "liters", "litre", "litres"
        ])
        .contains(scan.low(u))
        {
            return None;
        }
        u
    } else if litres(n) || w == "bolus" {
        n
    } else {
        return None;
    };
    if let Some(b) = scan.next_solid(last).filter(|&b| scan.low(b) == "bolus") {
        last = b;
    }
    Some(last)
}

/// Words before `PT` or `OT` that make it a therapy: `recommend PT`,
/// `failed PT x 8 wks`, `home PT`.
const REHAB_BEFORE: &str = words![
    "recommend",
    "recommends",
    "recommended",
    "failed",
    "start",
    "started",
    "starting",
    "continue",
    "continues",
    "home",
    "outpatient",
    "outpt",
    "inpatient",
    "ordered",
    "order",
    "refer",
    "referred",
    "referral",
    "completed",
    "finished",
    "finish",
    "doing",
    "did",
    "after",
    "more",
    // What a patient misses: `cant make PT today`, `skipped OT`.
    "make",
    "miss",
    "missed",
    "skip",
    "skipped",
    // Somali `ballantaada PT` (your appointment for PT).
    "ballantaada",
    // Weeks of it: `needs 6 wks PT first`.
    "wk",
    "wks",
    "week",
    "weeks",
    "+",
    "and",
    "&",
];
/// Words after `PT` or `OT` that make it a therapy: `PT eval`, `PT 2x/wk`,
/// `PT and OT evals`, `PT core program`.
const REHAB_AFTER: &str = words![
    "eval",
    "evals",
    "evaluation",
    "session",
    "sessions",
    "visit",
    "visits",
    "appt",
    "appointment",
    "referral",
    "order",
    "orders",
    "consult",
    "program",
    "core",
    "exercises",
    "x",
    "and",
    "&",
    "/",
    "twice",
    "then",
    "clearance",
];

/// Physical or occupational therapy by its capitals, `PT` or `OT` at token
/// `i`, where the words around it make it a therapy: `PT` alone is a
/// patient, a prothrombin time (`PT 14.2`) or a time zone. The token it
/// ends at.
fn rehab_abbreviation(scan: &Scan, i: usize) -> Option<usize> {
    if !has_cue(scan, i, cue::REHAB) {
        return None;
    }
    let tok = scan.tok(i);
    if tok != "PT" && tok != "OT" {
        return None;
    }
    let next = scan
        .next_solid(i)
        .or_else(|| (scan.kind(i + 1) == Some(Kind::Punct)).then_some(i + 1));
    let before = scan.prev_solid(i);
    // `PT: Ruiz`, `PT/INR`, `PT 14.2`, `PT is`: a patient or a lab.
    if let Some(n) = next {
        let w = scan.low(n);
        if word_set!(words![":", "inr", "is", "has", "was", "states", "reports"]).contains(w)
            || scan.kind(n) == Some(Kind::Number)
            || (w == "/" && scan.next_solid(n).is_some_and(|m| scan.low(m) != "ot"))
        {
            return None;
        }
    }
    let other = if tok == "PT" { "ot" } else { "pt" };
    let after_ok = next.is_some_and(|n| {
        let w = scan.low(n);
        (word_set!(REHAB_AFTER).contains(w)
            && (!matches!(w, "and" | "&" | "/")
                || scan.next_solid(n).is_some_and(|m| scan.low(m) == other)))
            // `PT 2x/wk`, `PT 3x weekly`.
            || (scan.kind(n) == Some(Kind::Mixed)
                && w.ends_with('x')
                && w[..w.len() - 1].bytes().all(|b| b.is_ascii_digit()))
    });
    // After `and`, the other side is a therapy too: `wound care and PT`.
    let before_ok = before.is_some_and(|p| {
        let w = scan.low(p);
        word_set!(REHAB_BEFORE).contains(w)
            && (!matches!(w, "and" | "&" | "+")
                || scan.prev_solid(p).is_some_and(|m| {
                    scan.low(m) == other || term_at(scan, m, Category::Procedure).is_some()
                }))
    });
    (after_ok || before_ok).then_some(i)
}

/// Words of a count of weeks.
const WEEK_WORDS: &str = words!["week", "weeks", "wk", "wks", "semana", "semanas"];

/// The token after an analyte at `i` joined by `and` or a comma to a test
/// already found (`renal panel and PTH`) and followed by no value.
fn tested_with(scan: &Scan, i: usize, found: &[Cand]) -> Option<usize> {
    // Asked of every token: the analyte cue first, one bit test.
    if !has_cue(scan, i, cue::ANALYTE) {
        return None;
    }
    let joint = scan.prev_solid(i)?;
    if !(scan.low(joint) == "and" || scan.is_punct(joint, ',')) {
        return None;
    }
    let test_end = scan.tokens[scan.prev_solid(joint)?].end;
    if !found.iter().any(|c| c.end == test_end) {
        return None;
    }
    let after = analyte_at(scan, i)?;
    let valued = scan.next_solid(after - 1).is_some_and(|n| {
        matches!(scan.kind(n), Some(Kind::Number | Kind::Mixed))
            || word_set!(words![
                "is", "was", "were", "are", "came", "normal", "high", "low", "of", "at"
            ])
            .contains(scan.low(n))
    });
    (!valued).then_some(after)
}

/// Tests a pregnancy is dated by (a follow-up x-ray at 6 weeks is not).
const PREGNANCY_TESTS: &[&str] = &[
    "ultrasound",
    "ultrasonido",
    "sonogram",
    "ecografia",
    "glucose",
    "glucosa",
    "anatomy",
    "growth scan",
    "nt scan",
    "nuchal",
];

/// How far along a pregnancy is, said of someone: a pregnancy found after
/// its weeks starts at their number (`7 wks pregnant`, `28 semanas de
/// embarazo`).
fn weeks_pregnant(scan: &Scan, out: &mut [Cand]) {
    for c in out
        .iter_mut()
        .filter(|c| c.sensitivity == Some(Sensitivity::Sex))
    {
        let first = scan.tokens.partition_point(|t| t.start < c.start);
        let mut w = scan.prev_solid(first);
        // `28 semanas de embarazo`.
        if w.is_some_and(|d| scan.low(d) == "de") {
            w = w.and_then(|d| scan.prev_solid(d));
        }
        if let Some((n, _)) = w
            .and_then(|w| scan.prev_solid(w).map(|n| (n, w)))
            .filter(|&(n, w)| pregnancy_weeks(scan, n, w))
        {
            c.start = scan.tokens[n].start;
        }
    }
}

/// Are tokens `n` and `w` a number of weeks a pregnancy can be along (4 to
/// 42) and a word for weeks: `28 wk`, `20 semanas`?
fn pregnancy_weeks(scan: &Scan, n: usize, w: usize) -> bool {
    scan.kind(n) == Some(Kind::Number)
        && scan
            .tok(n)
            .parse::<u32>()
            .is_ok_and(|v| (4..=42).contains(&v))
        && word_set!(WEEK_WORDS).contains(scan.low(w))
}

/// A test dated by weeks of pregnancy reveals the pregnancy: `20-week
/// ultrasound`, `your 28 wk glucose test`, `ultrasonido de las 20 semanas`.
fn gestational(scan: &Scan, out: &mut [Cand]) {
    for c in out.iter_mut().filter(|c| c.sensitivity.is_none()) {
        let first = scan.tokens.partition_point(|t| t.start < c.start);
        let last = last_token(scan, c.end);
        let text = &scan.lower[c.start..c.end];
        if first >= scan.tokens.len()
            || !PREGNANCY_TESTS
                .iter()
                .any(|t| scan.may_have(t) && crate::scan::find_str(text, t, 0).is_some())
        {
            continue;
        }
        // Before: `20-week`, `20 wk`, `28-wk`.
        let before = scan.prev_solid(first).is_some_and(|w| {
            let n = if w >= 2 && scan.is_punct(w - 1, '-') {
                w - 2
            } else {
                scan.prev_solid(w).unwrap_or(w)
            };
            pregnancy_weeks(scan, n, w)
        });
        // After: `de las 20 semanas`, `at 20 weeks`.
        let mut k = scan.next_solid(last);
        for _ in 0..2 {
            if k.is_some_and(|a| {
                word_set!(words!["de", "las", "at", "a", "los"]).contains(scan.low(a))
            }) {
                k = k.and_then(|a| scan.next_solid(a));
            }
        }
        let after = k.is_some_and(|n| {
            scan.next_solid(n)
                .is_some_and(|w| pregnancy_weeks(scan, n, w))
        });
        if before || after {
            c.sensitivity = Some(Sensitivity::Sex);
        }
    }
}

/// The token a candidate is made of, when it is one token.
fn sole_token(scan: &Scan, c: &Cand) -> Option<usize> {
    let i = scan.tokens.partition_point(|t| t.start < c.start);
    (i < scan.tokens.len() && scan.tokens[i].end == c.end).then_some(i)
}

/// Words of a body's repair, in whose message bare `therapy` is physical
/// therapy, not talk therapy.
const REHAB_CONTEXT: &str = words![
    "orif",
    "arthroscopy",
    "fracture",
    "knee",
    "hip",
    "shoulder",
    "ankle",
    "meniscus",
    "rotator",
    "acl",
    "tka",
    "tha",
    "sprain",
    "stroke",
    "rehab",
    "physical",
    "occupational",
    "speech",
    "pt",
    "ot",
    "slp",
];

/// Endings of a named operation: `cataract surgery`, `cholecystectomy`.
const OPERATION_ENDINGS: &[&str] = &[
    "surgery",
    "ectomy",
    "otomy",
    "ostomy",
    "plasty",
    "replacement",
    "repair",
    "reconstruction",
    "transplant",
    "fusion",
    "cirugia",
];

/// Bare `surgery` that is a department or a named operation said again: a
/// referral (`referral to surgery`, `general surgery`, `Dermatology
/// Surgery`), a service (`surgery consult`, `surgery clinic`), or a later
/// mention of an operation the message names (`cataract surgery ... stop it 3
/// days before surgery`), or a clinician's (`Dr Feld is in surgery`).
/// A patient's `is in surgery until 4` and `discuss surgery options` stay.
fn bare_surgery_elsewhere(scan: &Scan, c: &Cand, first: usize) -> bool {
    if first >= scan.tokens.len()
        || scan.tokens[first].end != c.end
        || !matches!(scan.low(first), "surgery" | "cirugia")
    {
        return false;
    }
    let prev = scan.prev_solid(first).map(|p| scan.low(p));
    let referred = prev == Some("to")
        && scan
            .prev_solid(first)
            .and_then(|p| scan.prev_solid(p))
            .is_some_and(|r| {
                word_set!(words![
                    "referral",
                    "refer",
                    "referring",
                    "referred",
                    "sent",
                    "send",
                    "you"
                ])
                .contains(scan.low(r))
            });
    // `una consulta con cirugía`, `referido a cirugía`.
    let referred = referred
        || (matches!(prev, Some("con" | "a"))
            && scan
                .prev_solid(first)
                .and_then(|p| scan.prev_solid(p))
                .is_some_and(|r| {
                    matches!(scan.low(r), "consulta" | "cita" | "referido" | "referida")
                }));
    // A service opening its clause: `Vascular surgery will call`, `Hand
    // Surgery called` (not `your hand surgery`).
    let service_named = scan.prev_solid(first).is_some_and(|p| {
        case_of(scan.tok(p)) == Case::Capital
            && word_set!(words![
                "vascular",
                "plastic",
                "plastics",
                "cardiac",
                "thoracic",
                "colorectal",
                "bariatric",
                "hand",
                "spine",
                "trauma",
                "transplant",
                "pediatric",
                "oral"
            ])
            .contains(scan.low(p))
            && scan
                .prev_solid(p)
                .is_none_or(|q| !scan.is_word(q) || matches!(scan.tok(q), "." | "!" | "?"))
    });
    // A clinician is in surgery, not the patient: `Dr Feld is in surgery`.
    let clinician_in = prev == Some("in")
        && std::iter::successors(scan.prev_solid(first), |&k| scan.prev_solid(k))
            .take(5)
            .any(|k| matches!(scan.low(k), "dr" | "dra" | "doctor" | "surgeon"));
    let department = service_named
        || clinician_in
        || prev.is_some_and(|p| matches!(p, "general" | "gen" | "w/") || p.ends_with("ology"));
    // The service acting (`surgery following`, `surgery paged`, `surgery to
    // re-eval in am`), a form's field (`surgery date 9/16`), or none needed
    // (`no surgery needed`, `doesn't think you need surgery`).
    let service = scan.next_solid(first).is_some_and(|n| {
        word_set!(words![
            "consult",
            "clinic",
            "department",
            "dept",
            "center",
            "team",
            "office",
            "scheduler",
            "following",
            "paged",
            "consulted",
            "aware",
            "resident",
            "fellow",
            "date",
            "needed"
        ])
        .contains(scan.low(n))
            || (scan.low(n) == "to"
                && scan
                    .next_solid(n)
                    .is_some_and(|v| matches!(scan.low(v), "re" | "reeval" | "eval" | "see")))
    });
    let none_needed = prev == Some("no")
        || (prev == Some("need")
            && std::iter::successors(scan.prev_solid(first), |&k| scan.prev_solid(k))
                .take(5)
                .any(|k| {
                    word_set!(words!["t", "not", "doesn't", "don't", "won't"]).contains(scan.low(k))
                }));
    let named = procedure_spans(scan).iter().any(|&(s, e)| {
        e <= c.start && {
            let text = &scan.lower[s..e];
            text != "surgery" && OPERATION_ENDINGS.iter().any(|end| text.ends_with(end))
        }
    });
    referred || department || service || none_needed || named
}

/// The spans of the listed procedures in the message.
fn procedure_spans(scan: &Scan) -> Vec<(usize, usize)> {
    starts(scan)
        .filter_map(|i| {
            term_at(scan, i, Category::Procedure)
                .map(|(_, after)| (scan.tokens[i].start, scan.tokens[after - 1].end))
        })
        .collect()
}

/// Does a listed drug start within six words before token `i`, with only
/// words and numbers between (`Ocrevus 600 mg IV infusion`)?
fn infused_drug(scan: &Scan, i: usize) -> bool {
    let mut k = i;
    for _ in 0..6 {
        let Some(p) = scan
            .prev_solid(k)
            .filter(|&p| matches!(scan.kind(p), Some(Kind::Word | Kind::Number | Kind::Mixed)))
        else {
            return false;
        };
        if term_at(scan, p, Category::Medication).is_some() {
            return true;
        }
        k = p;
    }
    false
}

/// What is done with a drug or device that makes it a procedure: put in,
/// taken out, or its level in the blood drawn (`Remicade level`, as the
/// corpus marks `tacrolimus level`).
const PLACEMENTS: &str = words![
    "removal",
    "insertion",
    "placement",
    "replacement",
    "exchange",
    "retiro",
    "insercion",
    "colocacion",
    "level",
    "levels",
];

/// A drug or device put in or taken out (`Nexplanon removal and
/// replacement`, `IUD insertion`): the term and the last token of what is
/// done with it. (A drug infused is the drug: `{{medication:Remicade}}
/// infusion`, as the corpus marks it.)
fn placed_drug(scan: &Scan, i: usize) -> Option<(Term, usize)> {
    let (term, after) = term_at(scan, i, Category::Medication)?;
    let placement = |k: usize| word_set!(PLACEMENTS).contains(scan.low(k));
    let mut last = after - 1;
    if !placement(last) {
        last = scan.next_solid(last).filter(|&k| placement(k))?;
    }
    // `removal and replacement`.
    if let Some(more) = scan
        .next_solid(last)
        .filter(|&k| matches!(scan.low(k), "and" | "y" | "&"))
        .and_then(|k| scan.next_solid(k))
        .filter(|&k| placement(k))
    {
        last = more;
    }
    Some((term, last))
}

/// Conditions named as tests, as (first token, last token, class):
/// `prueba de clamidia`, `tests for gonorrhea, chlamydia and HIV`,
/// `hepatitis C test`, `COVID PCR`, `syphilis screen`, `allergy shots`,
/// `postpartum visit`, and each of a list before a test word: `gonorrhea
/// and chlamydia tests`. Found once per scan: the condition and procedure
/// finders both ask.
fn tested_conditions<'s>(scan: &'s Scan) -> &'s [TestedCondition] {
    scan.tested.get_or_init(|| find_tested_conditions(scan))
}

fn find_tested_conditions(scan: &Scan) -> Vec<TestedCondition> {
    let mut out = Vec::new();
    // Only where a condition starts (the common case: none, and no work).
    let conditions: Vec<(usize, Term, usize)> = starts(scan)
        .filter_map(|i| term_at(scan, i, Category::Condition).map(|(t, a)| (i, t, a)))
        .collect();
    // A vaccine names the disease it prevents, not one the person has: it
    // carries no class (`HPV vaccine`, `vacuna contra la hepatitis B`).
    let vaccine = |t: usize| {
        word_set!(words![
            "vaccine",
            "vaccines",
            "vaccination",
            "shot",
            "shots",
            "vacuna",
            "vacunas"
        ])
        .contains(scan.low(t))
    };
    for &(c, term, after) in &conditions {
        // `contra la`, `for the`: an article may follow the link.
        let mut link = scan.prev_solid(c);
        if link.is_some_and(|l| {
            word_set!(words!["la", "el", "los", "las", "the"]).contains(scan.low(l))
        }) {
            link = link.and_then(|l| scan.prev_solid(l));
        }
        let Some(link) = link.filter(|&l| {
            word_set!(words!["de", "del", "for", "para", "contra"]).contains(scan.low(l))
        }) else {
            continue;
        };
        // `prueba rápida de influenza`, `rapid test for strep`.
        let mut before = scan.prev_solid(link);
        if before.is_some_and(|b| {
            word_set!(words!["rapida", "rapido", "casera", "rapid", "home"]).contains(scan.low(b))
        }) {
            before = before.and_then(|b| scan.prev_solid(b));
        }
        let Some(i) = before.filter(|&t| has_cue(scan, t, cue::TEST_BEFORE)) else {
            continue;
        };
        out.push((i, after - 1, term.sensitivity.filter(|_| !vaccine(i))));
        // The rest of the list: each condition is a test of its own.
        let mut at = after - 1;
        while let Some((first, c, after)) = listed_condition(scan, at) {
            out.push((first, after - 1, c.sensitivity));
            at = after - 1;
        }
    }
    let mut chain: Vec<TestedCondition> = Vec::new();
    for &(i, term, after) in &conditions {
        chain.clear();
        chain.push((i, after - 1, term.sensitivity));
        let mut last_term = after - 1;
        while let Some((first, c, after)) = listed_condition(scan, last_term) {
            chain.push((first, after - 1, c.sensitivity));
            last_term = after - 1;
        }
        let Some(mut w) = scan.next_solid(last_term) else {
            continue;
        };
        // A virus's type before the test word: `HIV-1 RNA PCR`, `HSV-2 IgG`.
        if scan.is_punct(w, '-') && matches!(scan.tok(w + 1), "1" | "2") {
            match scan.next_solid(w + 1) {
                Some(t) => w = t,
                None => continue,
            }
        }
        // What the test takes comes before the test word: `allergy blood
        // test`, `H. pylori breath test`, `allergy patch test`.
        if word_set!(words![
            "blood", "breath", "patch", "prick", "urine", "stool", "sweat", "surface", "core"
        ])
        .contains(scan.low(w))
        {
            if let Some(t) = scan
                .next_solid(w)
                .filter(|&t| has_cue(scan, t, cue::TEST_WORD))
            {
                w = t;
            }
        }
        // A carrier test is a genetic one: `cystic fibrosis carrier screen`,
        // `thalassemia carrier test`.
        let carrier = scan.low(w) == "carrier";
        if carrier {
            match scan
                .next_solid(w)
                .filter(|&t| has_cue(scan, t, cue::TEST_WORD))
            {
                Some(t) => w = t,
                None => continue,
            }
        }
        if has_cue(scan, w, cue::TEST_WORD) {
            let mut last = w;
            // `HIV Ag/Ab`: the antigen and antibody test, one test.
            if scan.low(w) == "ag" && scan.is_punct(w + 1, '/') && scan.low(w + 2) == "ab" {
                last = w + 2;
            }
            // `TB skin test`, `HIV viral load`: one more test word.
            if let Some(w2) = scan
                .next_solid(w)
                .filter(|&w2| has_cue(scan, w2, cue::TEST_WORD))
            {
                last = w2;
            }
            let n = chain.len();
            let prevents = vaccine(w) || vaccine(last);
            for (k, &(s, e, sensitivity)) in chain.iter().enumerate() {
                let sensitivity = if carrier {
                    Some(Sensitivity::Gdis)
                } else {
                    sensitivity.filter(|_| !prevents)
                };
                out.push((s, if k + 1 == n { last } else { e }, sensitivity));
            }
        }
    }
    out
}

/// Words before `de`/`for` and a condition that make it a test.
const TEST_BEFORE: &str = words![
    "prueba",
    "pruebas",
    "examen",
    "analisis",
    "test",
    "tests",
    "testing",
    "screening",
    "screen",
    "resultado",
    "resultados",
    "ultrasonido",
    "vacuna",
    "vacunas",
    "vaccine",
    "shot",
];

/// Words that make the word before them a place, not a service given to someone.
const PLACE_WORDS: &str = words![
    // Where a vaccine is kept: `moving the vaccine fridge`.
    "fridge",
    "refrigerator",
    "freezer",
    "center",
    "centre",
    "clinic",
    "clinics",
    "department",
    "dept",
    "unit",
    "suite",
    // `Infusion bay`, `infusion pharmacy`: where the service is given.
    "bay",
    "pharmacy",
    "room",
    "office",
    "team",
    "services",
    "serial",
    "card",
    "cards",
    "record",
    "records",
    // A paper to bring back: `return your immunization form`.
    "form",
    "forms",
];

/// `, chlamydia`, ` and HIV`, ` y VIH` after token `at`: the next condition
/// of a list, as (its first token, the term, the token after it).
fn listed_condition(scan: &Scan, at: usize) -> Option<(usize, Term, usize)> {
    listed_term(scan, at, Category::Condition)
}

/// [`listed_condition`] for a term of any `category`: `, naloxone`.
fn listed_term(scan: &Scan, at: usize, category: Category) -> Option<(usize, Term, usize)> {
    let mut n = scan.next_solid(at)?;
    let comma = scan.is_punct(n, ',') || scan.is_punct(n, '/') || scan.is_punct(n, '&');
    if comma {
        n = scan.next_solid(n)?;
    }
    let conjunction = matches!(scan.low(n), "and" | "or" | "y" | "o");
    if conjunction {
        n = scan.next_solid(n)?;
    }
    if !(comma || conjunction) {
        return None;
    }
    let (term, after) = term_at(scan, n, category)?;
    Some((n, term, after))
}

/// The analytes that are the object of the ordering verb at token `verb`.
fn drawn_analytes(scan: &Scan, verb: usize, out: &mut Vec<Cand>) {
    let mut k = scan.next_solid(verb);
    let mut steps = 0;
    while let (Some(w), true) = (k, steps < 8) {
        steps += 1;
        let skippable = word_set!(words![
            "the", "a", "an", "for", "and", ",", "un", "una", "el", "la", "your", "her", "his",
            "su"
        ])
        .contains(scan.low(w));
        let last = if let Some((_, after)) = term_at(scan, w, Category::Procedure) {
            after - 1
        } else if let Some(after) = analyte_at(scan, w) {
            out.push(Cand::new(scan.tokens[w].start, scan.tokens[after - 1].end));
            after - 1
        } else if skippable {
            w
        } else {
            return;
        };
        k = scan.next_solid(last);
    }
}

/// Words of a culture, whose susceptibilities are results (`R to cipro`).
const CULTURE_WORDS: &str = words![
    "culture",
    "cultures",
    "cx",
    "ucx",
    "bcx",
    "grew",
    "growing",
    "isolate",
    "sens",
    "sensitivities",
    "susceptibilities",
    "cultivo",
    "urocultivo",
];

word_list!(
    /// What is said of an analyte ordered, after it: `a creatinine drawn`.
    ORDERED_AFTER,
    fn ordered_after: [
        "drawn",
        // A draw or recheck of it: `your cortisol draw is Wed`.
        "draw",
        "recheck",
        "ordered",
        "redrawn",
        "rechecked",
        "repeated",
        "pending",
        "due",
    ]
);

const ORDER_VERBS: &str = words![
    "draw",
    "redraw",
    "recheck",
    "order",
    "ordered",
    "repeat",
    "rerun",
    "repetimos",
    "repetir",
    "ordenamos",
    "pedimos",
    "check",
    "checking",
    "rechecking",
];

const TEST_WORDS: &str = words![
    "test",
    "tests",
    // Nucleic-acid tests: `chlamydia NAAT`, `HIV RNA`, `HPV DNA`.
    "naat",
    "naats",
    "ag",
    "rna",
    "dna",
    "testing",
    "screen",
    "screening",
    "screenings",
    "panel",
    "shot",
    "shots",
    "vaccine",
    "vaccines",
    "vaccination",
    "pcr",
    "antibody",
    "antibodies",
    // An antibody test: `HCV Ab`, `HBs Ab`.
    "ab",
    "antigen",
    "exam",
    "swab",
    "culture",
    "titer",
    "titers",
    "serology",
    "igg",
    "igm",
    "skin",
    "viral",
    "load",
    "prueba",
    "pruebas",
    "examen",
    "vacuna",
    "vacunas",
    "consulta",
    "evaluation",
    "eval",
    "consult",
    "follow-up",
    "followup",
    "appointment",
    "appt",
    "class",
    "counseling",
    "injection",
    "injections",
    "infusion",
    "treatment",
    "therapy",
    "booster",
    "boosters",
    "result",
    "results",
    "resultado",
    "resultados",
    "intake",
    "session",
    "sessions",
];

pub(crate) fn medication(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    let first = out.len();
    dictionary(scan, Category::Medication, out, dose_and_sig);
    super::scripts::script_terms(scan, Category::Medication, out);
    // A drug named by a number and letters (`5-FU`, `6-MP`), which the
    // word-led dictionary pass does not start at: only the numbers of the
    // digit runs are visited, not every token (`term_memo` looked up those
    // joined to a word by a hyphen).
    for &i in scan.runs.iter().flat_map(|r| &r.groups) {
        if let Some((term, after)) = term_at(scan, i, Category::Medication) {
            let last = dose_and_sig(scan, after - 1);
            out.push(Cand {
                sensitivity: term.sensitivity,
                ..Cand::new(scan.tokens[i].start, scan.tokens[last].end)
            });
        }
    }
    // A drug put in or taken out is the procedure finder's; a fallback
    // plan is no pill (`plan B is the garage on 3rd Street`).
    out.retain(|c| {
        let i = scan.tokens.partition_point(|t| t.start < c.start);
        let fallback = scan.lower[c.start..c.end] == *"plan b"
            && scan.next_solid(last_token(scan, c.end)).is_some_and(|v| {
                matches!(scan.low(v), "is" | "was" | "would")
                    && scan.next_solid(v).is_some_and(|w| {
                        matches!(scan.low(w), "the" | "to" | "a" | "be")
                            && scan.next_solid(w).is_none_or(|x| {
                                !word_set!(words![
                                    "one",
                                    "pill",
                                    "brand",
                                    "medicine",
                                    "medication",
                                    "same",
                                    "best",
                                    "morning"
                                ])
                                .contains(scan.low(x))
                            })
                    })
            });
        // A share of the predicted value: `FEV1 1.12 L (48% pred)`.
        let predicted = scan.lower[c.start..c.end] == *"pred"
            && scan.prev_solid(i).is_some_and(|p| scan.is_punct(p, '%'));
        placed_drug(scan, i).is_none() && !fallback && !predicted
    });
    taken_ella(scan, out);
    // `inhalador de fluticasona`, `pastillas de metformina`: a dosage form, `de`, the drug.
    for i in starts(scan) {
        if let Some(last) = iv_fluid(scan, i) {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[last].end));
            continue;
        }
        if !has_cue(scan, i, cue::DOSAGE_FORM) {
            continue;
        }
        let Some(de) = scan
            .next_solid(i)
            .filter(|&d| matches!(scan.low(d), "de" | "del"))
        else {
            continue;
        };
        let Some(d) = scan.next_solid(de) else {
            continue;
        };
        if let Some((term, after)) = term_at(scan, d, Category::Medication) {
            let last = dose_and_sig(scan, after - 1);
            out.push(Cand {
                sensitivity: term.sensitivity,
                ..Cand::new(scan.tokens[i].start, scan.tokens[last].end)
            });
        }
    }
    for i in starts(scan) {
        // PrEP, written so, is the HIV prevention regimen; "prep" is bowel prep.
        // So is `prep` written any way in a message about HIV with no
        // bowel prep in it: `can i get my prep refilled, hiv test was neg`.
        if scan.tok(i) == "PrEP"
            || (scan.low(i) == "prep"
                && (0..scan.tokens.len()).any(|k| matches!(scan.low(k), "hiv" | "vih"))
                && !(0..scan.tokens.len()).any(|k| {
                    word_set!(words![
                        "colonoscopy",
                        "colonoscopia",
                        "bowel",
                        "laxative",
                        "clear"
                    ])
                    .contains(scan.low(k))
                }))
        {
            out.push(sensitive_word(scan, i, Sensitivity::Hiv));
        // Oxygen at a flow: `O2 2L NC`, `oxygen up to 3 L/min`, `O2 at 4
        // lpm`.
        } else if let Some(last) = oxygen_flow(scan, i) {
            let last = dose_and_sig(scan, last);
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[last].end));
        // Epinephrine said short, given or dosed: `IM epi 0.3`, `EMS gave
        // epi`; not a urine's epithelial cells (`few epi`).
        } else if scan.low(i) == "epi"
            && (scan
                .next_solid(i)
                .is_some_and(|n| scan.kind(n) == Some(Kind::Number))
                || scan.prev_solid(i).is_some_and(|p| {
                    word_set!(words![
                        "im", "gave", "given", "give", "used", "needed", "got"
                    ])
                    .contains(scan.low(p))
                }))
        {
            let last = dose_and_sig(scan, i);
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[last].end));
        // Testosterone as gender-affirming care says it: `2 yrs on T`, `your
        // T is ready`, `starting T in March`; not a temperature (`T 38.6`),
        // a T-score, low T or the T (a train).
        } else if scan.tok(i) == "T"
            && scan.prev_solid(i).is_some_and(|p| {
                word_set!(words![
                    "on",
                    "my",
                    "your",
                    "his",
                    "her",
                    "their",
                    "start",
                    "starting",
                    "started",
                    "restart",
                    "restarting",
                    "stop",
                    "stopped",
                    "stopping"
                ])
                .contains(scan.low(p))
            })
            && scan.next_solid(i).is_none_or(|n| {
                !matches!(scan.kind(n), Some(Kind::Number))
                    && !word_set!(words![
                        "score", "scores", "cell", "cells", "shirt", "wave", "waves", "-"
                    ])
                    .contains(scan.low(n))
            })
        {
            out.push(sensitive_word(scan, i, Sensitivity::Sex));
        // A supplement that is also an ordinary word (`iron`, `zinc`) is a
        // drug when it is taken, started or recommended, or with a dose:
        // `calcium 600 mg`, `vitamin D 800 IU`; a volume measures an output
        // (`QBL 1400 mL`, `EBL 300 cc`) unless the word is a supplement.
        } else if let Some(after) = analyte_at(scan, i).filter(|&a| {
            scan.next_solid(a - 1)
                .filter(|&n| scan.kind(n) == Some(Kind::Number))
                .and_then(|n| scan.next_solid(n))
                .is_some_and(|u| {
                    dose_unit(scan, u)
                        && (!matches!(scan.low(u), "ml" | "cc")
                            || has_cue(scan, i, cue::SUPPLEMENT))
                })
        }) {
            let last = dose_and_sig(scan, after - 1);
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[last].end));
        } else if has_cue(scan, i, cue::SUPPLEMENT)
            && scan
                .prev_solid(i)
                .is_some_and(|p| word_set!(TAKING).contains(scan.low(p)))
        {
            let last = dose_and_sig(scan, i);
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[last].end));
        }
    }
    // A drug given for a sensitive condition reveals it: `valacyclovir for
    // your herpes`, `sertralina para su depresion`.
    for c in out.iter_mut().filter(|c| c.sensitivity.is_none()) {
        let mut n = scan.next_solid(last_token(scan, c.end));
        if !n.is_some_and(|k| matches!(scan.low(k), "for" | "para" | "to")) {
            continue;
        }
        if n.is_some_and(|k| scan.low(k) == "to") {
            n = n
                .and_then(|k| scan.next_solid(k))
                .filter(|&k| matches!(scan.low(k), "treat" | "help"));
        }
        n = n.and_then(|k| scan.next_solid(k));
        if n.is_some_and(|k| word_set!(POSSESSIVES).contains(scan.low(k))) {
            n = n.and_then(|k| scan.next_solid(k));
        }
        if let Some((term, _)) = n.and_then(|k| term_at(scan, k, Category::Condition)) {
            c.sensitivity = term.sensitivity;
        }
    }
    partner_treatment(scan, &mut out[first..]);
    gender_affirming(scan, &mut out[first..]);
}

/// Hormones that in gender-affirming care reveal it.
const HORMONES: &str = words![
    "estradiol",
    "spiro",
    "testosterone",
    "testosterona",
    "spironolactone",
    "espironolactona",
    "leuprolide",
    "lupron",
    "finasteride",
    "progesterone",
    "estrogen",
    "estrogeno",
];

/// Words of gender-affirming care.
const GENDER_CUES: &str = words![
    "gender",
    "genero",
    "transgender",
    "trans",
    "gaht",
    "hrt",
    "nonbinary",
    "non-binary",
    "transition",
    "transicion",
];

/// A hormone in a message about gender-affirming care is of class `sex`
/// (reproductive and sexual health): `your estradiol valerate injection
/// teaching, from the gender health program`.
fn gender_affirming(scan: &Scan, found: &mut [Cand]) {
    let hormone = |c: &Cand| {
        let i = scan.tokens.partition_point(|t| t.start < c.start);
        i < scan.tokens.len() && word_set!(HORMONES).contains(scan.low(i))
    };
    if !found.iter().any(|c| c.sensitivity.is_none() && hormone(c)) {
        return;
    }
    let cued = (0..scan.tokens.len())
        .any(|i| scan.is_word(i) && word_set!(GENDER_CUES).contains(scan.low(i)));
    // A feminizing regimen says it without the word: estradiol with an
    // antiandrogen (`estradiol valerate 5 mg IM weekly and spironolactone`);
    // so do pronouns given (`she/her`).
    let regimen = || {
        scan.has_word(&["estradiol"]) && scan.has_word(&["spironolactone", "spiro", "bicalutamide"])
    };
    let pronouns = || {
        (0..scan.tokens.len().saturating_sub(2)).any(|i| {
            scan.is_punct(i + 1, '/')
                && matches!(
                    (scan.low(i), scan.low(i + 2)),
                    ("she", "her") | ("he", "him") | ("they", "them") | ("ze", "zir")
                )
        })
    };
    if cued || regimen() || pronouns() {
        for c in found.iter_mut().filter(|c| c.sensitivity.is_none()) {
            if hormone(c) {
                c.sensitivity = Some(Sensitivity::Sex);
            }
        }
    }
}

/// What a clinic says only about a sexually transmitted infection: treat the
/// partner, no sex until treated.
const PARTNER_TREATMENT: &str = words![
    "partner treated",
    "partner tested",
    "partner should be treated",
    "partner should be tested",
    "partner needs to be treated",
    "partner needs treatment",
    "partners treated",
    "partners tested",
    "partners should be treated",
    "partners should be tested",
    "avoid sex",
    "no sex for",
    "no sex until",
    "abstain from sex",
    "sexual partner",
    "sexual partners",
    "parejas sexuales",
    "pareja sexual",
    "evite tener relaciones",
    "no tenga relaciones",
    "su pareja tambien",
];

/// In a message that speaks of treating a partner or no sex until treated,
/// a result or drug without a class of its own reveals an STI: `your
/// results were positive ... have your partner treated too`.
fn partner_treatment(scan: &Scan, found: &mut [Cand]) {
    if found.iter().all(|c| c.sensitivity.is_some()) {
        return;
    }
    let index = phrase_index!(PARTNER_TREATMENT);
    if starts(scan).any(|i| index.at(scan, i).is_some()) {
        for c in found.iter_mut().filter(|c| c.sensitivity.is_none()) {
            c.sensitivity = Some(Sensitivity::Std);
        }
    }
}

/// Supplements that are ordinary words, counted only after [`TAKING`].
const SUPPLEMENTS: &str = words!["iron", "zinc", "magnesium", "potassium", "hierro"];
const TAKING: &str = words![
    "take",
    "takes",
    "taking",
    "took",
    "start",
    "started",
    "starting",
    "stop",
    "stopped",
    "continue",
    "recommend",
    "recommends",
    "recommended",
    "prescribed",
    "add",
    "tome",
    "tomar",
];
const POSSESSIVES: &str =
    words!["your", "his", "her", "their", "the", "my", "su", "sus", "tu", "la", "el",];

const DOSAGE_FORMS: &str = words![
    "inhalador",
    "pastillas",
    "pastilla",
    "tabletas",
    "tableta",
    "capsulas",
    "capsula",
    "crema",
    "gotas",
    "jarabe",
    "inyeccion",
    "inyecciones",
    "parche",
    "pomada",
    "receta",
];

const UNITS: &str = words![
    "mg",
    "mcg",
    "g",
    "ml",
    "l",
    "unit",
    "units",
    "iu",
    "meq",
    "tab",
    "tabs",
    "tablet",
    "tablets",
    "cap",
    "caps",
    "capsule",
    "capsules",
    "puff",
    "puffs",
    "drop",
    "drops",
    "patch",
    "spray",
    "sprays",
    "mg/ml",
    "%",
    "inhaler",
    "inhalers",
    "pen",
    "pens",
    "injection",
    "injections",
];
const SIG: &str = words![
    "po", "bid", "tid", "qid", "qd", "qhs", "qam", "qpm", "prn", "daily", "nightly", "weekly",
    "er", "xr", "sr", "xl", "dr", "odt", "hs", "ac", "pc", "q4h", "q6h", "q8h", "q12h", "q24h",
    "qod", "sl", "im", "sq", "subq", "fe", "twice", "once",
];

/// Words after a number that make it a span of time, not a strength.
const TIME_UNITS: &str = words![
    "day", "days", "week", "weeks", "month", "months", "hour", "hours", "hrs", "minutes", "min",
    "times", "years", "pm", "am", "dias", "semanas", "meses", "hora", "horas", "veces",
];

/// `8/12` after a drug, with no unit after it, is a month and day
/// (`started buprenorphine 8/12`); `5/325 mg` and `8/2 mg` are strengths.
fn date_not_dose(scan: &Scan, slash: usize) -> bool {
    let num = |k: usize| {
        (scan.kind(k) == Some(Kind::Number) && scan.tok(k).len() <= 2)
            .then(|| scan.tok(k).parse::<u32>().ok())
            .flatten()
    };
    let (Some(m), Some(d)) = (num(slash - 1), num(slash + 1)) else {
        return false;
    };
    // `Microgestin 1.5/30`: a decimal is a strength; so is the estrogen
    // ratio after a pill or its `Fe` (`Junel 1/20`, `Junel Fe 1/20`).
    let before = scan.prev_solid(slash - 1);
    let pill = |b: usize| {
        scan.low(b) == "fe"
            || term_at(scan, b, Category::Medication)
                .is_some_and(|(t, _)| t.sensitivity == Some(Sensitivity::Sex))
    };
    if (slash >= 2 && scan.is_punct(slash - 2, '.')) || before.is_some_and(pill) {
        return false;
    }
    if scan.is_punct(slash + 2, '/') {
        return true;
    }
    let unit_after = scan.next_solid(slash + 1).is_some_and(|u| {
        let w = scan.low(u);
        word_set!(UNITS).contains(w) || word_set!(SIG).contains(w)
    });
    (1..=12).contains(&m) && (1..=31).contains(&d) && !unit_after
}

/// A unit of a dose, not of a level: `600 mg`, `800 IU` (not `mg/dL`, `%`).
fn dose_unit(scan: &Scan, u: usize) -> bool {
    let unit = scan.low(u);
    word_set!(UNITS).contains(unit) && unit != "%" && !scan.is_punct(u + 1, '/')
}

/// The last token of an oxygen flow after `O2` or `oxygen` at token `i`:
/// a number of litres, the unit apart or joined (`2 L`, `3L`, `4 lpm`,
/// `2 liters`), maybe after `up to`, `at` or `on`.
fn oxygen_flow(scan: &Scan, i: usize) -> Option<usize> {
    // `home oxygen 2 L/min` is the service ordered, a procedure.
    if !matches!(scan.low(i), "o2" | "oxygen")
        || scan.prev_solid(i).is_some_and(|p| scan.low(p) == "home")
    {
        return None;
    }
    let mut k = scan.next_solid(i)?;
    for _ in 0..2 {
        if matches!(scan.low(k), "up" | "to" | "at" | "on") {
            k = scan.next_solid(k)?;
        }
    }
    let litres = |u: &str| matches!(u, "l" | "lpm" | "liter" | "liters" | "litre" | "litres");
    match scan.kind(k) {
        Some(Kind::Number) => scan.next_solid(k).filter(|&u| litres(scan.low(u))),
        Some(Kind::Mixed) => {
            let low = scan.low(k);
            let digits = low.bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0 && litres(&low[digits..])).then_some(k)
        }
        _ => None,
    }
}

/// Past a drug name: its strength and sig (`500 mg bid`, `5/325 mg`, `10 units qhs`).
fn dose_and_sig(scan: &Scan, last: usize) -> usize {
    let mut end = last;
    let mut j = last;
    for _ in 0..8 {
        let Some(n) = scan.next_solid(j) else { break };
        let low = scan.low(n);
        let ok = match scan.kind(n) {
            Some(Kind::Number) => {
                let date = scan.is_punct(n + 1, '/') && date_not_dose(scan, n + 1);
                // `stop aspirin 5 days before`: a count of days, not a strength.
                let span = scan
                    .next_solid(n)
                    .is_some_and(|u| word_set!(TIME_UNITS).contains(scan.low(u)));
                !(date || span)
            }
            Some(Kind::Mixed) => {
                let digits = low.bytes().take_while(u8::is_ascii_digit).count();
                digits > 0
                    && (word_set!(UNITS).contains(&low[digits..]) || word_set!(SIG).contains(low))
            }
            Some(Kind::Word) => {
                word_set!(UNITS).contains(low)
                    || word_set!(SIG).contains(low)
                    // A rate's or a weight's denominator: `0.12 mcg/kg/min`,
                    // `90 mg/kg/day`.
                    || (scan.is_punct(n - 1, '/') && word_set!(words![
                        "kg",
                        "min",
                        "hr",
                        "h",
                        "day",
                    ]).contains(low))
            }
            Some(Kind::Punct) => {
                (matches!(low, "." | "/" | "%")
                    && scan.kind(n + 1) != Some(Kind::Space)
                    && !(low == "/" && date_not_dose(scan, n)))
                    // A thousands comma: `vitamin D 50,000 units weekly`.
                    || (low == ","
                        && scan.kind(n - 1) == Some(Kind::Number)
                        && scan.kind(n + 1) == Some(Kind::Number)
                        && scan.tok(n + 1).len() == 3)
            }
            _ => false,
        };
        if !ok {
            break;
        }
        j = n;
        if scan.kind(n) != Some(Kind::Punct) || low == "%" {
            end = n;
        }
    }
    end
}

/// ICD-10-CM codes (`E11.9`, `F32.A`, `Z34.90`): written with their dot, or
/// after a diagnosis word. Sensitivity follows the chapter.
pub(crate) fn icd10(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    // The end of the last code found: a list goes on without its label
    // (`dx E11.9 type 2 diabetes and I10 HTN`).
    let mut last_code = None;
    for i in starts(scan) {
        let t = scan.tok(i).as_bytes();
        let shaped = t.len() == 3
            && t[0].is_ascii_uppercase()
            && t[0] != b'U'
            && t[1].is_ascii_digit()
            && (t[2].is_ascii_digit() || t[2] == b'A');
        if !shaped {
            continue;
        }
        let mut end = scan.tokens[i].end;
        let dotted = scan.is_punct(i + 1, '.')
            && matches!(
                scan.kind(i + 2),
                Some(Kind::Number | Kind::Mixed | Kind::Word)
            )
            && scan.tok(i + 2).len() <= 4
            && scan
                .tok(i + 2)
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
        let listed = last_code.is_some_and(|after: usize| only_diagnoses_between(scan, after, i));
        if dotted {
            end = scan.tokens[i + 2].end;
        } else if !listed && !scan.context_before(scan.tokens[i].start, 24, row.context) {
            continue;
        }
        last_code = Some(token_after(scan, i, end));
        let code = &scan.text()[scan.tokens[i].start..end];
        out.push(Cand {
            sensitivity: icd10_sensitivity(code),
            ..Cand::new(scan.tokens[i].start, end)
        });
    }
}

/// Between token `from` and token `to`: only diagnoses, `and`, commas.
fn only_diagnoses_between(scan: &Scan, from: usize, to: usize) -> bool {
    let mut k = from;
    while k < to {
        match scan.kind(k) {
            Some(Kind::Space) => k += 1,
            Some(Kind::Punct) if matches!(scan.tok(k), "," | ";" | "/" | "&") => k += 1,
            Some(Kind::Word) if matches!(scan.low(k), "and" | "y" | "or" | "o") => k += 1,
            Some(Kind::Word | Kind::Mixed) => match term_at(scan, k, Category::Condition) {
                Some((_, after)) if after <= to => k = after,
                _ => return false,
            },
            _ => return false,
        }
    }
    to - from <= 24
}

fn icd10_sensitivity(code: &str) -> Option<Sensitivity> {
    let b = code.as_bytes();
    let n = u32::from(b[1] - b'0') * 10
        + if b[2].is_ascii_digit() {
            u32::from(b[2] - b'0')
        } else {
            9
        };
    match b[0] {
        b'B' if (20..=24).contains(&n) => Some(Sensitivity::Hiv),
        b'Z' if n == 21 => Some(Sensitivity::Hiv),
        b'A' if (50..=64).contains(&n) => Some(Sensitivity::Std),
        b'F' if (10..=19).contains(&n) => Some(Sensitivity::Eth),
        b'F' => Some(Sensitivity::Psy),
        b'O' => Some(Sensitivity::Sex),
        b'Z' if (30..=39).contains(&n) => Some(Sensitivity::Sex),
        b'T' if n == 74 || n == 76 => Some(Sensitivity::Sdv),
        _ => None,
    }
}

/// CPT codes after a CPT label.
/// Words of a bill or a claim, in whose message a bare five-digit number
/// in CPT's range is a procedure code: `Superbill 11/24: 99214, 93000`,
/// `denied CO-197 (no auth) for 97110`.
const BILLING_WORDS: &[&str] = &[
    "superbill",
    "claim",
    "claims",
    "billed",
    "rebill",
    "denied",
    "denial",
    "dos",
    "modifier",
    "coded",
    "coding",
    "hcpcs",
    "eob",
    "charge",
    "charges",
    "cpt",
];
/// Words of a dentist's office, in whose message a `D` and four digits is
/// a dental procedure code (CDT): `D2391 x2 and D0220`.
const DENTAL_WORDS: &[&str] = &[
    "dental",
    "dentist",
    "tooth",
    "teeth",
    "crown",
    "filling",
    "fillings",
    "cdt",
    "cleaning",
    "extraction",
    "sealant",
    "sealants",
    "periodontal",
    "denture",
    "dentures",
    "dentista",
];

pub(crate) fn cpt(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    let first = out.len();
    cpt_codes(scan, row, out);
    // The psychiatry codes (90785-90899: psychotherapy, a psychiatric
    // evaluation) and the molecular pathology codes (81105-81479: a gene
    // tested, `denied 81162`, BRCA1/2) tell whose care it is: `CPT 90837`.
    for c in &mut out[first..] {
        let code = &scan.text().as_bytes()[c.start..c.end];
        if code.len() >= 5 {
            let code = &code[code.len() - 5..];
            if (&b"90785"[..]..=&b"90899"[..]).contains(&code) {
                c.sensitivity = Some(Sensitivity::Psy);
            } else if (&b"81105"[..]..=&b"81479"[..]).contains(&code) {
                c.sensitivity = Some(Sensitivity::Gdis);
            }
        }
    }
}

fn cpt_codes(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    super::numeric::number_after_context(scan, row, 5, 16, out);
    // Asked only of the few candidates: a number run of one five-digit
    // group, or a token of a `D` and four digits (found by its bytes).
    let five = |k: usize| {
        scan.tokens[k].end - scan.tokens[k].start == 5
            && scan.tok(k) <= "99499"
            && !matches!(scan.kind(k.wrapping_sub(1)), Some(Kind::Word | Kind::Mixed))
            && !scan.is_punct(k.wrapping_sub(1), '-')
            && !scan.is_punct(k + 1, '-')
            && !scan.is_punct(k.wrapping_sub(1), '$')
            // Not a ZIP after its state: `IL 62704`.
            && !scan.prev_solid(k).is_some_and(|p| {
                scan.tok(p).len() == 2 && scan.tok(p).bytes().all(|b| b.is_ascii_uppercase())
            })
    };
    let bytes = scan.text().as_bytes();
    let dental = |k: usize| {
        let t = &scan.tokens[k];
        t.kind == Kind::Mixed
            && t.end - t.start == 5
            && bytes[t.start] == b'D'
            && bytes[t.start + 1..t.end].iter().all(u8::is_ascii_digit)
    };
    let fives: Vec<usize> = scan
        .runs
        .iter()
        .filter(|r| r.groups.len() == 1 && five(r.groups[0]))
        .map(|r| r.groups[0])
        .collect();
    if !fives.is_empty() && scan.has_word(BILLING_WORDS) {
        for k in fives {
            out.push(Cand::new(scan.tokens[k].start, scan.tokens[k].end));
        }
    }
    let codes: Vec<usize> = (0..scan.tokens.len()).filter(|&k| dental(k)).collect();
    if !codes.is_empty() && scan.has_word(DENTAL_WORDS) {
        for k in codes {
            out.push(Cand::new(scan.tokens[k].start, scan.tokens[k].end));
        }
    }
    // A code in parentheses right after a listed procedure: `CT sinus (70486)`.
    // Found by its bytes: most messages have no parenthesis at all.
    let b = scan.lower.as_bytes();
    for k in (0..b.len().saturating_sub(6)).filter(|&k| b[k] == b'(') {
        if b[k + 6] != b')' || !b[k + 1..k + 6].iter().all(u8::is_ascii_digit) {
            continue;
        }
        let i = scan.tokens.partition_point(|t| t.start <= k);
        let Some(p) = scan.prev_solid(i - 1) else {
            continue;
        };
        let end = scan.tokens[p].end;
        if procedure_spans(scan).iter().any(|&(_, e)| e == end) {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[i].end));
        }
    }
}

const VALUE_CONNECTORS: &str = words![
    "of",
    "salio",
    "salieron",
    "resulto",
    "averaged",
    "averaging",
    "averages",
    "running",
    "ran",
    "staying",
    "stayed",
    "around",
    "about",
    "over",
    "under",
    "above",
    "below",
    "is",
    "was",
    "at",
    "level",
    "levels",
    "de",
    "es",
    "fue",
    "esta",
    "result",
    "came",
    "back",
    "low",
    "high",
    "up",
    "down",
    "today",
    "hoy",
    "went",
    "from",
    "to",
    "now",
    "increased",
    "decreased",
    "rose",
    "dropped",
    "fell",
    "improved",
    "bajo",
    "alto",
    "en",
    "are",
    "were",
    "reading",
    "value",
    "count",
    "has",
    "have",
    "had",
    "been",
    "come",
    "still",
    "estaba",
    "estuvo",
    "sigue",
    "score",
    "scores",
    "puntaje",
    "puntuacion",
    "subio",
    "sube",
    "baja",
    "in",
    "the",
    // `sats dip to 88`, `glicose deu 198` (Portuguese: gave).
    "dip",
    "dips",
    "dipped",
    "drops",
    "deu",
    "deram",
];
const LAB_UNITS: &[&str] = &[
    "%",
    "mg/dl",
    "mmol/l",
    "ng/ml",
    "g/dl",
    "u/l",
    "iu/l",
    "miu/l",
    "meq/l",
    "pg/ml",
    "ng/dl",
    "k/ul",
    "mcg/dl",
    "mmhg",
    "bpm",
    "mg/l",
    "ml/min",
    "cells/ul",
    "copies/ml",
    "copies",
    "iu/ml",
    "u/ml",
    "miu/ml",
    "mcg/g",
    "mg/g",
    "ug/ml",
    "mcg/ml",
    "nmol/l",
    "pmol/l",
    "umol/l",
    "mm/h",
    "mm/hr",
    "lb",
    "lbs",
    "pounds",
    "kg",
    "libras",
    "kilos",
];
const RESULT_PHRASES: &str = words![
    // A blood type's Rh factor (not `O NEGATIVE DONORS NEEDED`).
    "rh negative",
    "rh positive",
    "rh neg",
    "rh-negative",
    "rh-positive",
    "came back positive",
    "came back negative",
    // An ovulation or pregnancy test's line: `my OPK turned positive`.
    "turned positive",
    "came back normal",
    "came back abnormal",
    "came back elevated",
    "came back high",
    "came back low",
    "came back reactive",
    "came back non-reactive",
    "came back clear",
    "came back fine",
    "came back ok",
    "came back okay",
    "was normal",
    "were normal",
    "is normal",
    "are normal",
    "looked normal",
    "looks normal",
    "look normal",
    "back to normal",
    "was benign",
    "were benign",
    "is benign",
    "were negative",
    "were positive",
    "are negative",
    "are positive",
    "was clear",
    "were clear",
    "is clear",
    "are clear",
    "no signs of",
    "no evidence of",
    // A resection's margins: `margins neg`, `clear margins`.
    "margins negative",
    "margins neg",
    "margins clear",
    "margins free",
    "margins positive",
    "margins involved",
    "margins close",
    "margins were clear",
    "margins were negative",
    "margins were free",
    "margins are clear",
    "margins are negative",
    "clear margins",
    "negative margins",
    "positive margins",
    "margenes libres",
    "margenes negativos",
    "tested positive",
    "tested negative",
    "tested neg",
    "tested pos",
    "test positive",
    "test negative",
    "positive for",
    "negative for",
    "neg for",
    "pos for",
    "is positive",
    "was positive",
    "is negative",
    "was negative",
    "abnormal",
    "elevated",
    "within normal range",
    "within normal limits",
    "within the normal limits",
    "dentro de los limites normales",
    "within the normal range",
    "in the normal range",
    "normal range",
    "out of range",
    "non-reactive",
    "reactive",
    "detectable",
    "undetectable",
    "indetectable",
    // Genetic results: `MSH2 pathogenic variant`, `a variant of uncertain
    // significance in ATM`.
    "pathogenic variant",
    "pathogenic variants",
    "likely pathogenic variant",
    "variant of uncertain significance",
    "variant of unknown significance",
    "variants of uncertain significance",
    "counts have recovered",
    "counts are recovering",
    "gap closed",
    "sigue indetectable",
    "salio positivo",
    "salio positiva",
    "salio negativo",
    "salio negativa",
    "salio alto",
    "salio alta",
    "salio bajo",
    "salio baja",
    "salio normal",
    "salio indetectable",
    "salieron indetectables",
    "salieron normales",
    "salieron positivos",
    "salieron positivas",
    "salieron negativos",
    "salieron negativas",
    "salieron altos",
    "salieron bajos",
    "salieron altas",
    "salieron bajas",
    "salieron mal",
    "salio mal",
    "salieron elevados",
    "salieron elevadas",
    "salio elevado",
    "salio elevada",
    "dio positivo",
    "dio negativo",
    // Portuguese was normal, came back negative or positive; Vietnamese
    // and pinyin normal (`bình thường`, `zhèngcháng`), read folded.
    "foi normal",
    "deu normal",
    "deu negativo",
    "deu positivo",
    "deu negativa",
    "deu positiva",
    "binh thuong",
    "zhengchang",
    "resultado positivo",
    "resultado negativo",
    "anormal",
    "anormales",
    "elevado",
    "elevada",
    "elevados",
    "normales",
    "showed infection",
    "shows infection",
    "no acute findings",
    "no acute finding",
    "no acute abnormality",
    "no acute abnormalities",
    "no acute process",
    "you are immune",
    "you're immune",
    "you are not immune",
    "you're not immune",
    "not immune",
    "es inmune",
    "no es inmune",
    // A medical review officer's verdict on a drug test.
    "verified positive",
    "verified negative",
    // An organ's verdict in lay words: `your kidneys look good`.
    "kidneys look good",
    "kidneys looked good",
    "kidneys look fine",
    "kidneys are working well",
    "kidneys are working fine",
    "rinones estan funcionando bien",
    "rinones funcionan bien",
];

/// Result statements that are ordinary phrases too (`the car needs a closer
/// look`, `todo salió bien`): results only after a test named in the sentence.
const TEST_RESULT_PHRASES: &str = words![
    // What an x-ray says of a bone: `the x-ray says not broken`.
    "not broken",
    "nothing broken",
    "no break",
    "no breaks",
    "needs a closer look",
    "need a closer look",
    "needs a second look",
    "need a second look",
    "needs another look",
    "needs further testing",
    "needs more testing",
    "needs additional imaging",
    "needs more imaging",
    "needs further imaging",
    "in the prediabetes range",
    "in the prediabetic range",
    "in the diabetes range",
    "in the diabetic range",
    "came back clean",
    "came back at",
    "salio en",
    "is rising",
    "is dropping",
    "went up",
    "went down",
    "averaged",
    "did not pass",
    "didn't pass",
    "didnt pass",
    "no paso",
    "salio bien",
    "salieron bien",
    "dentro de lo normal",
    // Results told in words, after the test they are of: `the polyp turned
    // out to be benign`, `your STI screen was all clear`, `the nodules look
    // harmless`, `your echo shows your heart is pumping better`.
    "was clean",
    "were clean",
    "turned out to be benign",
    "turned out benign",
    "turned out to be normal",
    "was all clear",
    "were all clear",
    "came back all clear",
    "look harmless",
    "looks harmless",
    "looked harmless",
    "look benign",
    "looks benign",
    "is pumping better",
    "is pumping stronger",
    "has shrunk",
    "have shrunk",
    "got smaller",
    "se hizo mas pequena",
    "se hizo mas pequeno",
    "esta bombeando mejor",
    // (Not `looks great`: writers mark the values that follow it.)
    "mostly normal",
    "needs extra views",
    "need extra views",
    "needs more pictures",
    "need more pictures",
    "were hyperplastic",
    "was hyperplastic",
    "not precancerous",
    // `the biopsy was not cancer`, `pathology showed no cancer`.
    "was not cancer",
    "was not cancerous",
    "wasn't cancer",
    "wasnt cancer",
    "showed no cancer",
    "no sign of cancer",
    "no signs of cancer",
    "cancer free",
    "cancer-free",
    "were benign",
    "was reassuring",
    "were reassuring",
    // Plain verdicts after the test they are of: `the scan looked good`,
    // `hep C RNA not detected`, `your depression screen screened positive`.
    "looked good",
    "looked the same",
    "looks the same",
    "nothing concerning",
    // `my heart ultrasound was fine`, `both tests said positive`, `my bone
    // density got worse`, `la biopsia salió benigna`.
    "was fine",
    "were fine",
    "looked fine",
    "looks fine",
    "said positive",
    "said negative",
    "got worse",
    "salio benigna",
    "salio benigno",
    "salieron benignos",
    "salieron benignas",
    "not detected",
    "screened positive",
    "screened negative",
    "came down into range",
    "back in range",
    "in the normal range",
    "within normal limits",
    // Verdicts in the other languages clinics text in, words used of tests
    // alone: Vietnamese as folding reads it (`dương tính`, `âm tính`, `là
    // bình thường`), Haitian Creole, Tagalog (`walang bali`, no fracture).
    "duong tinh",
    "am tinh",
    // Benign and malignant: `sinh thiết lành tính`.
    "lanh tinh",
    "ac tinh",
    "la binh thuong",
    "deu binh thuong",
    "negatif",
    "pozitif",
    // Haitian normal (`nòmal`), Polish within normal (`w normie`).
    "nomal",
    "w normie",
    "walang bali",
    // An ECG's reading: `NSR, no ST changes`.
    "nsr",
    "normal sinus rhythm",
    "no st changes",
    "no acute st changes",
];

const RESULT_WORDS: &str = words![
    "positive",
    "negative",
    "neg",
    "pos",
    "normal",
    "abnormal",
    "elevated",
    "reactive",
    "nonreactive",
    "non-reactive",
    "detected",
    "undetected",
    "benign",
    "malignant",
    "undetectable",
    "detectable",
    "unremarkable",
    "wnl",
    "inconclusive",
    "indeterminate",
    "equivocal",
    "indeterminado",
    "indeterminada",
    "positivo",
    "positiva",
    "negativo",
    "negativa",
    "normales",
    // Tagalog and Somali (`ay negatibo`, `waa caadi`).
    "negatibo",
    "positibo",
    "caadi",
];

/// What the verdict ending at token `last` is on, when listed terms follow
/// it: `positive for chlamydia`, `negative for gonorrhea and syphilis`, `no
/// evidence of cancer`, `came back positive for high-risk HPV`. The last
/// token of the last term (a condition, drug, test or analyte; up to four
/// of one kind joined as [`listed_term`] reads a list), or `None`.
fn verdict_object(scan: &Scan, last: usize) -> Option<usize> {
    let word = |k: usize| scan.is_word(k).then(|| scan.low(k));
    let mut k = match word(last)? {
        "for" | "of" | "para" | "de" => scan.next_solid(last)?,
        "positive" | "negative" | "reactive" | "positivo" | "positiva" | "negativo"
        | "negativa" => {
            let f = scan.next_solid(last)?;
            if !matches!(word(f)?, "for" | "para") {
                return None;
            }
            scan.next_solid(f)?
        }
        _ => return None,
    };
    if matches!(
        word(k),
        Some("a" | "an" | "the" | "el" | "la" | "los" | "las")
    ) {
        k = scan.next_solid(k)?;
    }
    // The first term, of any kind; an analyte takes no list.
    let first = [
        Category::Condition,
        Category::Medication,
        Category::Procedure,
    ]
    .into_iter()
    .filter_map(|c| term_at(scan, k, c).map(|(_, after)| (after - 1, Some(c))))
    .chain(analyte_at(scan, k).map(|after| (after - 1, None)))
    .max_by_key(|&(last, _)| last);
    // `no evidence of recurrence`, `no signs of rejection`: what a test
    // found no sign of is the result's, listed or not.
    let Some(first) = first else {
        let sign = word(last) == Some("of")
            && scan
                .prev_solid(last)
                .is_some_and(|e| matches!(scan.low(e), "evidence" | "signs" | "sign"));
        return (sign
            && scan.is_word(k)
            && !word_set!(words!["a", "an", "the", "any", "your", "his", "her"])
                .contains(scan.low(k)))
        .then_some(k);
    };
    let (mut end, kind) = first;
    // Later terms are of the first one's kind: `negative for gonorrhea and
    // syphilis`, not `negative for PE and the echo`.
    if let Some(kind) = kind {
        for _ in 0..3 {
            match listed_term(scan, end, kind) {
                Some((_, _, after)) => end = after - 1,
                None => break,
            }
        }
    }
    Some(end)
}

/// A genetic finding starting at token `i`: `(likely) pathogenic [GENE]
/// variant`, `heterozygous/homozygous for ...variant`, `carrier(s) for
/// <condition>`, `poor/intermediate/rapid metabolizer`. Its last token.
fn genetic_finding(scan: &Scan, i: usize) -> Option<usize> {
    if !has_cue(scan, i, cue::GENETIC) {
        return None;
    }
    let w = scan.low(i);
    if matches!(w, "poor" | "intermediate" | "rapid" | "ultrarapid")
        && scan
            .next_solid(i)
            .is_some_and(|n| scan.low(n) == "metabolizer")
    {
        return scan.next_solid(i);
    }
    if !word_set!(words![
        "pathogenic",
        "heterozygous",
        "homozygous",
        "carrier",
        "carriers"
    ])
    .contains(w)
        // A carrier screen is the test, not its finding.
        || scan
            .next_solid(i)
            .is_some_and(|n| has_cue(scan, n, cue::TEST_WORD))
    {
        return None;
    }
    let mut k = i;
    for _ in 0..7 {
        k = scan.next_solid(k)?;
        let low = scan.low(k);
        if word_set!(words![
            "variant",
            "variants",
            "mutation",
            "mutations",
            "deletion",
            "duplication"
        ])
        .contains(low)
        {
            return Some(k);
        }
        if matches!(w, "carrier" | "carriers" | "heterozygous" | "homozygous") && low != "for" {
            if let Some((_, after)) = term_at(scan, k, Category::Condition) {
                return Some(after - 1);
            }
        }
        if matches!(scan.tok(k), "." | ";" | "," | ":") {
            return None;
        }
    }
    None
}

/// Extends the last result to `end` when this one continues it (`which is
/// high`), or adds a result at `start..end`.
fn push_or_extend(out: &mut Vec<Cand>, extend: bool, start: usize, end: usize) {
    match out.last_mut() {
        Some(prev) if extend => prev.end = end,
        _ => out.push(Cand::new(start, end)),
    }
}

/// Lab results: an analyte with its value (`A1C 7.2%`, `potassium of 5.9
/// mmol/L`, `BP 150/95`), an analyte with its reading (`viral load is
/// undetectable`), a result statement (`came back positive`, `were both
/// negative`, `no fracture`) or what a test showed (`the mammogram showed an
/// area that needs a closer look`). A result carries the class of the
/// sensitive test or condition it reports on.
pub(crate) fn lab_result(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    super::scripts::script_terms(scan, Category::LabResult, out);
    weight_change(scan, out);
    glucose_log(scan, out);
    dimensions(scan, out);
    passed_test(scan, out);
    verb_reading(scan, out);
    organ_percent(scan, out);
    beats_per_minute(scan, out);
    let first = out.len();
    // An unlisted analyte counts only with a ratio unit (`U/L`): most
    // messages have none, and then no token needs that search.
    let bytes = scan.lower.as_bytes();
    let ratio_units = scan.lower.match_indices('/').any(|(k, _)| {
        k > 0
            && bytes[k - 1].is_ascii_alphabetic()
            && bytes.get(k + 1).is_some_and(u8::is_ascii_alphabetic)
    });
    // Every rule below starts at a word of `cue::LAB` or a listed term,
    // except an unlisted analyte before a ratio unit: most words are
    // neither, and two lookups turn them away (7k instructions a check
    // fewer, callgrind).
    let cues = scan.cues.get_or_init(|| cue_flags(scan));
    let terms = scan.terms.get_or_init(|| term_memo(scan));
    let quiet = |i: usize| !ratio_units && cues[i] & cue::LAB == 0 && terms.at[i] == 0;
    let mut covered = 0;
    for i in starts(scan) {
        if scan.tokens[i].start < covered || quiet(i) {
            continue;
        }
        if let Some(after) = has_cue(scan, i, cue::RESULT)
            .then(|| phrase_index!(RESULT_PHRASES).at(scan, i))
            .flatten()
            .filter(|&a| !general_statement(scan, a - 1))
        {
            // `positive for chlamydia`, `no evidence of recurrence`: what the
            // verdict is on is part of the result.
            let last = verdict_object(scan, after - 1).unwrap_or(after - 1);
            let end = scan.tokens[last].end;
            // `potassium was 5.9, which is high`: one result, not two.
            let extends = extends_previous(scan, i, &out[first..]);
            push_or_extend(out, extends, scan.tokens[i].start, end);
            covered = end;
            continue;
        }
        if let Some(after) = has_cue(scan, i, cue::TEST_RESULT)
            .then(|| phrase_index!(TEST_RESULT_PHRASES).at(scan, i))
            .flatten()
            .filter(|_| test_before(scan, i, 12))
        {
            // With the value it reads: `came back at 152`, `averaged 138`.
            let last = scan
                .next_solid(after - 1)
                .filter(|&n| scan.kind(n) == Some(Kind::Number))
                .map_or(after - 1, |n| value_end(scan, n));
            let end = scan.tokens[last].end;
            out.push(Cand::new(scan.tokens[i].start, end));
            covered = end;
            continue;
        }
        if let Some(end) = finding_after_verb(scan, i).or_else(|| no_finding(scan, i)) {
            let end = scan.tokens[end].end;
            out.push(Cand::new(scan.tokens[i].start, end));
            covered = end;
            continue;
        }
        // `were both negative`, `is still elevated`, `fue negativo`.
        let extends = has_cue(scan, i, cue::COPULA) && extends_previous(scan, i, &out[first..]);
        if let Some(end) = copula_result(scan, i, extends) {
            let end = scan.tokens[end].end;
            push_or_extend(out, extends, scan.tokens[i].start, end);
            covered = end;
            continue;
        }
        // A value trended after a result: `FSBG 42, gave D50, recheck 118`,
        // `7.9%. Down from 9.2!`, `up to 191 from 186`.
        if out.len() > first {
            if let Some(end) = trend_value(scan, i) {
                let end = scan.tokens[end].end;
                out.push(Cand::new(scan.tokens[i].start, end));
                covered = end;
                continue;
            }
        }
        // A cytology or pathology reading by its standard name: `NILM`,
        // `ASC-US`, `HSIL`, `Bethesda IV`, `Gleason 3+4=7`.
        if let Some(end) = graded_reading(scan, i) {
            let end = scan.tokens[end].end;
            out.push(Cand::new(scan.tokens[i].start, end));
            covered = end;
            continue;
        }
        // `the spot we removed was a basal cell carcinoma`.
        if let Some(end) = has_cue(scan, i, cue::COPULA)
            .then(|| specimen_diagnosis(scan, i))
            .flatten()
        {
            let end = scan.tokens[end].end;
            out.push(Cand::new(scan.tokens[i].start, end));
            covered = end;
            continue;
        }
        // `Your score was 16` after a screening named before it.
        if let Some((end, sensitivity)) = screening_score(scan, i) {
            let end = scan.tokens[end].end;
            out.push(Cand {
                sensitivity,
                ..Cand::new(scan.tokens[i].start, end)
            });
            covered = end;
            continue;
        }
        // A genetic test's finding: `pathogenic MLH1 variant`, `heterozygous
        // for a pathogenic MYBPC3 variant`, `carriers for beta-thal`, `poor
        // metabolizer`.
        if let Some(end) = genetic_finding(scan, i) {
            let end = scan.tokens[end].end;
            out.push(Cand {
                sensitivity: Some(Sensitivity::Gdis),
                ..Cand::new(scan.tokens[i].start, end)
            });
            covered = end;
            continue;
        }
        // A culture's susceptibility to a drug: `R to cipro, S to
        // nitrofurantoin`, `resistant to ampicillin`, in a message about a
        // culture (looked for last: the sign and the drug turn most away).
        if has_cue(scan, i, cue::SUSCEPTIBILITY)
            && word_set!(words![
                "R",
                "S",
                "I",
                "resistant",
                "sensitive",
                "susceptible",
                "Resistant",
                "Sensitive"
            ])
            .contains(scan.tok(i))
        {
            let susceptible = scan
                .next_solid(i)
                .filter(|&t| scan.low(t) == "to")
                .and_then(|t| scan.next_solid(t))
                .and_then(|d| term_at(scan, d, Category::Medication))
                .filter(|_| {
                    (0..scan.tokens.len())
                        .any(|k| scan.is_word(k) && word_set!(CULTURE_WORDS).contains(scan.low(k)))
                });
            if let Some((_, after)) = susceptible {
                let end = scan.tokens[after - 1].end;
                out.push(Cand::new(scan.tokens[i].start, end));
                covered = end;
                continue;
            }
        }
        // A verdict before its test: `a positive ANA`, `negative COVID test`.
        if has_cue(scan, i, cue::VERDICT) {
            if let Some(last) = scan.next_solid(i).and_then(|t| {
                term_at(scan, t, Category::Procedure)
                    .map(|(_, after)| after - 1)
                    .or_else(|| unlisted_test(scan, t).then_some(t))
            }) {
                let end = scan.tokens[last].end;
                out.push(Cand::new(scan.tokens[i].start, end));
                covered = end;
                continue;
            }
        }
        if let Some(sign) = sti_shorthand(scan, i) {
            let end = scan.tokens[sign].end;
            out.push(Cand::new(scan.tokens[i].start, end));
            covered = end;
            continue;
        }
        // A titer's verdict after the disease it is of: `measles immune`,
        // `hep B non-immune`, `rubella nonimmune`.
        if let Some(last) = term_at(scan, i, Category::Condition)
            .or_else(|| term_at(scan, i, Category::Procedure))
            .and_then(|(_, after)| immunity(scan, after))
        {
            let end = scan.tokens[last].end;
            out.push(Cand::new(scan.tokens[i].start, end));
            covered = end;
            continue;
        }
        let drug = term_at(scan, i, Category::Medication);
        // A drug screen's sign before a drug: `UDS + fentanyl, - bupe`,
        // `UDS + fent, neg bup`, and the screen's shorthand for drugs.
        let screened_drug = drug
            .map(|(_, after)| after)
            .or_else(|| has_cue(scan, i, cue::SCREENED_DRUG).then_some(i + 1));
        if let Some(after) = screened_drug {
            if let Some(sign) = scan.prev_solid(i).filter(|&p| {
                ((scan.is_punct(p, '+') || scan.is_punct(p, '-'))
                    && p > 0
                    && matches!(scan.kind(p - 1), Some(Kind::Space))
                    || matches!(scan.low(p), "neg" | "pos"))
                    && (p.saturating_sub(12)..p).any(|k| {
                        word_set!(words!["uds", "utox", "tox", "screen", "udt"])
                            .contains(scan.low(k))
                    })
            }) {
                let end = scan.tokens[after - 1].end;
                out.push(Cand::new(scan.tokens[sign].start, end));
                covered = end;
                continue;
            }
        }
        // A drug screen's verdict on a drug: `fentanyl +`, `buprenorphine neg`.
        if let Some(w) = drug
            .filter(|(t, _)| t.rest.is_empty())
            .and_then(|(_, after)| screened(scan, after - 1))
        {
            let end = scan.tokens[w].end;
            out.push(Cand::new(scan.tokens[i].start, end));
            covered = end;
            continue;
        }
        // A test or condition followed by its result: `HPV negative`, `strep positive`;
        // a condition named as a test by a panel or an antibody too (`hep B
        // panel neg`, `hep C antibody neg`).
        let procedure = term_at(scan, i, Category::Procedure);
        let tested_end = procedure
            .is_none()
            .then(|| {
                // (Not by a specimen or an assay, which the condition's
                // result takes in: `MRSA swab neg`, `trich NAAT positive`.)
                tested_conditions(scan)
                    .iter()
                    .find(|&&(s, e, _)| s == i && !specimen(scan, e))
                    .map(|&(_, e, _)| e + 1)
            })
            .flatten();
        let as_test = procedure.is_some() || tested_end.is_some();
        let term = procedure.or_else(|| term_at(scan, i, Category::Condition));
        let term_end = tested_end.or_else(|| {
            term.map(|(_, after)| after)
                .or_else(|| unlisted_test(scan, i).then_some(i + 1))
                .map(|after| match procedure {
                    None => specimen_after(scan, after),
                    Some(_) => after,
                })
        });
        // A plus sign standing alone before a condition, after its test:
        // `urine NAAT + gonorrhea`, `HSV PCR from genital lesion + HSV-2`;
        // not before a longer test's name (`flu shot + COVID-19 booster`).
        if let Some((sign, after)) = scan
            .prev_solid(i)
            .filter(|&p| {
                scan.is_punct(p, '+')
                    && p > 0
                    && scan.kind(p - 1) == Some(Kind::Space)
                    && scan.kind(p + 1) == Some(Kind::Space)
            })
            .and_then(|p| {
                term_at(scan, i, Category::Condition)
                    .filter(|&(_, a)| procedure.is_none_or(|(_, pa)| pa <= a))
                    .map(|(_, a)| (p, a))
            })
            .filter(|&(p, _)| test_before(scan, p, 6))
        {
            let end = scan.tokens[after - 1].end;
            out.push(Cand::new(scan.tokens[sign].start, end));
            covered = end;
            continue;
        }
        if let Some(after) = term_end {
            // `Pap: normal`; a condition tested also with its verb: `high-risk
            // HPV was not detected`, `strep is negative`; a test's reading
            // word: `wrist XR prelim neg`.
            let mut verb = false;
            let next = scan.next_solid(after - 1).and_then(|w| {
                if scan.is_punct(w, ':')
                    || (as_test
                        && matches!(scan.low(w), "prelim" | "preliminary" | "final" | "read"))
                {
                    scan.next_solid(w)
                } else if !as_test
                    && term.is_some()
                    && matches!(scan.low(w), "was" | "is" | "were" | "are")
                    // Not the end of a test's name: `rapid strep was negative`.
                    && !scan.prev_solid(i).is_some_and(|p| {
                        term_at(scan, p, Category::Procedure).is_some_and(|(_, a)| a > i)
                    })
                {
                    verb = true;
                    let v = scan.next_solid(w)?;
                    if scan.low(v) == "not" {
                        scan.next_solid(v)
                    } else {
                        Some(v)
                    }
                } else {
                    Some(w)
                }
            });
            // A plus sign is a condition's verdict too, glued to it or after
            // its specimen: `RSV+`, `C diff toxin +` (not `SOB +`, present;
            // `HIV+` is a person's status, a condition).
            let plus = |w: usize| {
                !as_test
                    && term.is_none_or(|(t, _)| t.sensitivity != Some(Sensitivity::Hiv))
                    && plus_verdict(scan, w)
                    && (w == after || specimen(scan, after - 1))
            };
            // A screen's verdict: `Hearing screen passed`, `CCHD screen: failed`.
            let screened =
                |w: usize| as_test && matches!(scan.low(w), "passed" | "failed" | "referred");
            // A test read clear or unchanged: `CXR clear`, `CT unchanged`
            // (not a prep's `clear liquids`).
            let cleared = |w: usize| {
                as_test
                    && matches!(scan.low(w), "clear" | "unchanged")
                    && !scan.next_solid(w).is_some_and(|n| {
                        word_set!(words![
                            "liquid", "liquids", "fluid", "fluids", "diet", "broth", "to"
                        ])
                        .contains(scan.low(n))
                    })
            };
            // A screen's risk: `C-SSRS low risk`, `NIPT high risk`.
            let risk = next
                .filter(|&w| {
                    as_test
                        && word_set!(words![
                            "low",
                            "high",
                            "moderate",
                            "intermediate",
                            "increased"
                        ])
                        .contains(scan.low(w))
                })
                .and_then(|w| Some((w, scan.next_solid(w).filter(|&r| scan.low(r) == "risk")?)));
            if let Some((w, r)) = risk {
                out.push(Cand::new(scan.tokens[w].start, scan.tokens[r].end));
                covered = scan.tokens[r].end;
                continue;
            }
            // Not a question whether it is normal: `is spotting at 7 wks
            // pregnant normal?`.
            let asked = |w: usize| {
                scan.low(w) == "normal" && scan.next_solid(w).is_some_and(|q| scan.is_punct(q, '?'))
            };
            if let Some(w) = next.filter(|&w| {
                (word_set!(RESULT_WORDS).contains(scan.low(w)) && !asked(w))
                    || plus(w)
                    || screened(w)
                    || cleared(w)
            }) {
                // A titer after the result: `ANA positive 1:320`.
                let titer = scan.kind(w + 1) == Some(Kind::Space)
                    && scan.kind(w + 2) == Some(Kind::Number)
                    && scan.is_punct(w + 3, ':')
                    && scan.kind(w + 4) == Some(Kind::Number);
                // `UDS positive for fentanyl and cocaine`.
                let last = if titer {
                    w + 4
                } else if let Some(ears) = screened(w)
                    .then(|| scan.next_solid(w))
                    .flatten()
                    .filter(|&b| scan.low(b) == "both")
                    .and_then(|b| scan.next_solid(b))
                    .filter(|&e| matches!(scan.low(e), "ears" | "eyes" | "sides"))
                {
                    // `passed both ears`.
                    ears
                } else {
                    verdict_object(scan, w).unwrap_or(w)
                };
                let end = scan.tokens[last].end;
                // After a colon the result stands apart from its test, and
                // a listed test is a procedure of its own (`Pap normal`); a
                // condition tested is part of its result (`strep negative`).
                let start = if as_test
                    || (!verb && scan.tokens[w].start > scan.tokens[after - 1].end + 1)
                {
                    scan.tokens[w].start
                } else {
                    scan.tokens[i].start
                };
                out.push(Cand::new(start, end));
                covered = end;
                continue;
            }
        }
        // A urine dip's sign glued before its analyte: `urine dip +ketones`.
        let dip = dip_analyte(scan, i);
        if dip
            && i >= 2
            && scan.is_punct(i - 1, '+')
            && scan.tokens[i - 1].end == scan.tokens[i].start
            && !matches!(
                scan.kind(i - 2),
                Some(Kind::Word | Kind::Number | Kind::Mixed)
            )
        {
            let end = scan.tokens[i].end;
            out.push(Cand::new(scan.tokens[i - 1].start, end));
            covered = end;
            continue;
        }
        let Some(after) = analyte_at(scan, i)
            .or_else(|| dip.then_some(i + 1))
            .or_else(|| if ratio_units { measured(scan, i) } else { None })
        else {
            continue;
        };
        if let Some(last) = analyte_sign(scan, after, dip) {
            let end = scan.tokens[last].end;
            out.push(Cand::new(scan.tokens[i].start, end));
            covered = end;
            continue;
        }
        // `HIV viral load of 40`: the condition tested starts the result.
        let start = tested_conditions(scan)
            .iter()
            .find(|&&(s, e, _)| s < i && i <= e)
            .map_or(i, |&(s, _, _)| s);
        // Connectors, then a number (or a reading: `is undetectable`, `are now normal`).
        let mut j = after;
        let mut steps = 0;
        let mut reading = None;
        while steps < 14 {
            match scan.kind(j) {
                Some(Kind::Space) => {}
                // `LDL) está en 168`, `A1c (hemoglobin) 7.2`.
                Some(Kind::Punct)
                    if word_set!(words![":", "=", "-", ")", "(", ">", "<"])
                        .contains(scan.tok(j)) => {}
                Some(Kind::Word) if word_set!(VALUE_CONNECTORS).contains(scan.low(j)) => {
                    if matches!(scan.low(j), "low" | "high" | "bajo" | "alto") {
                        reading = Some(j);
                    }
                }
                Some(Kind::Word)
                    if word_set!(RESULT_WORDS).contains(scan.low(j))
                        || word_set!(LEVEL_WORDS).contains(scan.low(j)) =>
                {
                    reading = Some(j);
                    break;
                }
                Some(Kind::Word) if word_set!(ADVERBS).contains(scan.low(j)) => {}
                // When it was drawn: `ANC last week was 1,100`.
                Some(Kind::Word)
                    if word_set!(words![
                        "last",
                        "week",
                        "yesterday",
                        "today",
                        "this",
                        "morning",
                        "ayer"
                    ])
                    .contains(scan.low(j)) => {}
                _ => break,
            }
            j += 1;
            steps += 1;
        }
        // A range by its decade: `HR 140s`, `sugars in the 300s`; or
        // thousands: `VL 84k`, `plt 45k`.
        let rounded = scan.kind(j) == Some(Kind::Mixed) && {
            let t = scan.low(j);
            let digits = t.strip_suffix(['s', 'k']).unwrap_or("");
            !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && (t.ends_with('k') || (digits.len() >= 2 && digits.ends_with('0')))
        };
        if rounded {
            let end = scan.tokens[j].end;
            out.push(Cand::new(scan.tokens[start].start, end));
            covered = end;
            continue;
        }
        if scan.kind(j) != Some(Kind::Number) {
            // `colesterol alto` is a condition, not a reading.
            let condition_end = term_at(scan, i, Category::Condition).map_or(0, |(_, a)| a);
            if let Some(r) = reading.filter(|&r| r >= condition_end) {
                let end = scan.tokens[r].end;
                // A listed test and its verdict are two spans (`CRP is
                // normal now`, `your platelet count was borderline`): the
                // result starts after the test's name. A sensitive test's
                // verdict too, as the writers mark it, and it keeps the
                // test's class: `viral load` (hiv), `is undetectable` (hiv).
                let test_end = term_at(scan, i, Category::Procedure)
                    .filter(|&(_, a)| start == i && a >= after)
                    .map(|(_, a)| a);
                let from = match test_end.and_then(|a| scan.next_solid(a - 1)) {
                    Some(n) if n <= r => n,
                    _ => start,
                };
                out.push(Cand::new(scan.tokens[from].start, end));
                covered = end;
            }
            continue;
        }
        // `hCG is 12/12`: a month and day, the date of a test, not its value
        // (ratios such as 120/80 and 20/20 do not start with a month).
        if scan.is_punct(j + 1, '/') && scan.kind(j + 2) == Some(Kind::Number) {
            let n = |k: usize| scan.tok(k).parse::<u32>().unwrap_or(0);
            if super::numeric::month_day(n(j), n(j + 2)) && !scan.is_punct(j + 3, '/') {
                continue;
            }
        }
        // `call about your glucose at 208-555-0147`: a phone number's area
        // code is no value.
        let three = |k: usize| scan.kind(k) == Some(Kind::Number) && scan.tok(k).len() == 3;
        if three(j)
            && (((scan.is_punct(j + 1, '-') || scan.is_punct(j + 1, '.')) && three(j + 2))
                || scan.is_punct(j - 1, '('))
        {
            continue;
        }
        // `el concentrador de oxígeno en 2230 Calle Sol`: a street's number.
        if super::text::street_at(scan, j).is_some() {
            continue;
        }
        // `flights to Edinburgh 2 times`, `glucosa de 1 hora`: a count of
        // time; `calcium 600 mg`, `vitamin D 800 IU`: a dose, not a level.
        let mut whole = j;
        while scan.is_punct(whole + 1, ',')
            && scan.kind(whole + 2) == Some(Kind::Number)
            && scan.tok(whole + 2).len() == 3
        {
            whole += 2;
        }
        // (Nor oxygen's flow: `O2 2 L/min via NC`, `oxygen 2 liters`; a
        // lung's volume is in litres, `FEV1 1.12 L`.)
        let lung = matches!(scan.low(i), "fev1" | "fvc" | "tlc");
        let unit_after = |k: usize| {
            scan.next_solid(k).is_some_and(|u| {
                let litres = word_set!(words!["l", "lpm", "liters", "liter", "litros"])
                    .contains(scan.low(u));
                word_set!(TIME_UNITS).contains(scan.low(u))
                    || (!lung && (litres || dose_unit(scan, u)))
            })
        };
        // A decimal dose too: `estradiol 0.05 mg patch`.
        let mut last = value_end(scan, j);
        if unit_after(whole) || (scan.is_punct(j + 1, '.') && unit_after(last)) {
            continue;
        }
        // A change keeps both values, so neither is left in the body:
        // `went from 9.1 to 7.8`, `de 9.1 a 7.8`, `7.2% (was 8.1%)`, `up from 6.9`.
        while let Some(n) = other_value(scan, last) {
            last = value_end(scan, n);
        }
        let end = scan.tokens[last].end;
        out.push(Cand::new(scan.tokens[start].start, end));
        covered = end;
    }
    blood_pressures(scan, first, out);
    visual_acuities(scan, out);
    findings_after_colon(scan, out);
    readings_it_was(scan, first, out);
    logged_readings(scan, out);
    // A result carries the class of the sensitive test or condition it
    // reports on, named earlier in its sentence (or in it).
    // (A genetic finding keeps its own class.)
    for c in &mut out[first..] {
        c.sensitivity = reported_class(scan, c.start, c.end).or(c.sensitivity);
    }
    partner_treatment(scan, &mut out[first..]);
}

/// Words that open a plan, not a finding, after a test's findings:
/// `Started Unasyn`, `Rec f/u US`, `Urology paged`.
const PLAN_WORDS: &str = words![
    "started",
    "starting",
    "start",
    "rec",
    "recommend",
    "recommends",
    "recommended",
    "will",
    "pls",
    "please",
    "plan",
    "f/u",
    "follow",
    "call",
    "consistent",
    "currently",
    "sending",
    "switching",
    "switch",
    "order",
    "ordered",
    "continue",
    "hold",
    "discussed",
    "notify",
    "pt",
    "patient",
    "needs",
    "repeat",
    "dr",
    "read",
    "signed",
    "see",
    "refer",
    "referral",
    "urology",
    "cards",
    "message",
    "sent",
    "ok",
    "thanks",
    "thank",
    "symptom",
    "symptoms",
    "correlated",
    "clinical",
    "clinically",
];

/// Words that say a clause is a finding: `no abscess`, `mild LVH`, `grew
/// MRSA`, `sens to cefazolin`, `3 runs of SVT`.
const FINDING_WORDS: &str = words![
    "no",
    "neg",
    "negative",
    "pos",
    "positive",
    "mild",
    "mildly",
    "mod",
    "moderate",
    "moderately",
    "severe",
    "severely",
    "small",
    "large",
    "new",
    "normal",
    "abnormal",
    "unremarkable",
    "stable",
    "benign",
    "malignant",
    "grew",
    "sens",
    "sensitive",
    "resistant",
    "runs",
    "opacity",
    "nodule",
    "mass",
    "cyst",
    "stone",
    "fracture",
    "effusion",
    "lesion",
    "consolidation",
    "bulge",
    "narrowing",
    "stenosis",
    "thickening",
    "enlarged",
    "ef",
    "trace",
    "acute",
    "chronic",
    "findings",
    "impression",
    "carcinoma",
    "adenoma",
    "polyp",
    "polyps",
];

/// Procedures that name a service or a unit heading a note, not a test
/// whose findings follow: `infusion: Reza Tehrani infliximab`.
const SERVICES: &str = words![
    "infusion",
    "bronch",
    "bmt",
    "behavioral",
    "therapy",
    "dialysis",
    "hd",
    "pt",
    "ot",
    "rehab",
    "surgery",
    "chemo",
    "radiation",
    "transplant",
    "tx",
    "ir",
    "cath",
    "endo",
    "gi",
    "lp",
    "wound",
    "ostomy",
    "vaccine",
    "vaccines",
    "counseling",
    "physical",
];

/// Heads of a report's findings: `IMPRESSION:`, `Findings:`.
const REPORT_HEADS: &str = words!["impression", "findings", "result", "results", "report"];

/// What a test found, after its colon, clause by clause to a sentence's or
/// a list's end: `CT A/P w contrast: 7 mm obstructing stone L UVJ w mod
/// hydro. No abscess.`, `Echo for Hollis Tate: EF 35-40%, mod MR, mild
/// LVH`, `UCx Ybarra, Teodoro: >100K Klebsiella; resistant to ampicillin`,
/// `IMPRESSION (...):\n1. No acute intracranial abnormality.` Each clause
/// must read as a finding (a condition, an analyte, a measure or a finding
/// word); one that opens a plan ends them (`Started Unasyn`).
fn findings_after_colon(scan: &Scan, out: &mut Vec<Cand>) {
    if !scan.lower.contains(':') {
        return;
    }
    for k in 0..scan.tokens.len() {
        if !scan.is_punct(k, ':')
            || !matches!(scan.kind(k + 1), Some(Kind::Space | Kind::Newline))
            || !tested_before_colon(scan, k)
        {
            continue;
        }
        // The next token that is no space, across a line's end.
        let next_any = |t: usize| {
            (t + 1..scan.tokens.len())
                .find(|&n| !matches!(scan.kind(n), Some(Kind::Space | Kind::Newline)))
        };
        let mut at = k;
        for _ in 0..4 {
            // The clause: from its first word to `;`, a sentence's end or a line's.
            let Some(mut a) = next_any(at) else { break };
            // A list's number opening a line: `1.`, `2)`, `-`.
            let line_start = |a: usize| {
                a > 0 && matches!(scan.kind(a - 1), Some(Kind::Newline))
                    || (a > 1
                        && scan.kind(a - 1) == Some(Kind::Space)
                        && matches!(scan.kind(a - 2), Some(Kind::Newline)))
            };
            if line_start(a)
                && ((scan.kind(a) == Some(Kind::Number)
                    && scan.tok(a).len() <= 2
                    && (scan.is_punct(a + 1, '.') || scan.is_punct(a + 1, ')')))
                    || scan.is_punct(a, '-'))
            {
                let skip = if scan.kind(a) == Some(Kind::Number) {
                    a + 1
                } else {
                    a
                };
                a = match next_any(skip) {
                    Some(n) => n,
                    None => break,
                };
            }
            let mut b = a;
            let mut last = None;
            let mut words = 0;
            let mut finding = false;
            // Told as a sentence about something, not a report's finding:
            // `the fibroids haven't changed`.
            let mut narrative = scan.is_word(a)
                && word_set!(words!["the", "your", "both", "his", "her", "their"])
                    .contains(scan.low(a));
            while b < scan.tokens.len() {
                match scan.kind(b) {
                    Some(Kind::Newline) => break,
                    Some(Kind::Punct) if scan.tok(b) == ";" => break,
                    // A culture's organism, then its susceptibilities:
                    // `>100K Klebsiella, sens to cefazolin`.
                    Some(Kind::Punct)
                        if scan.tok(b) == ","
                            && scan.next_solid(b).is_some_and(|n| {
                                matches!(
                                    scan.low(n),
                                    "sens" | "sensitive" | "susceptible" | "resistant"
                                )
                            }) =>
                    {
                        break
                    }
                    // A test still to come is no finding: `mild inflammation
                    // in the terminal ileum, biopsies pending`.
                    Some(Kind::Punct)
                        if scan.tok(b) == ","
                            && words > 0
                            && scan.next_solid(b).is_some_and(|n| {
                                term_at(scan, n, Category::Procedure).is_some()
                            }) =>
                    {
                        break
                    }
                    Some(Kind::Punct)
                        if scan.tok(b) == "."
                            && !matches!(scan.kind(b + 1), Some(Kind::Number)) =>
                    {
                        break
                    }
                    Some(Kind::Space) => {}
                    // A conclusion names its diagnosis apart: `AHI 34 ->
                    // severe OSA`, `T-score -2.7, which means osteoporosis`.
                    Some(Kind::Punct) if matches!(scan.tok(b), ">" | "→") && words > 0 => break,
                    Some(Kind::Word)
                        if words > 0
                            && word_set!(words![
                                "which",
                                "means",
                                "c",
                                "consistent",
                                "suggesting",
                                "suggests",
                                "compatible"
                            ])
                            .contains(scan.low(b)) =>
                    {
                        break
                    }
                    Some(Kind::Word | Kind::Mixed | Kind::Number) => {
                        words += 1;
                        let low = scan.low(b);
                        // Instructions, not findings: `no antibiotics for 4
                        // weeks before`, `No action needed`.
                        if word_set!(words![
                            "needed", "need", "needs", "before", "until", "nothing", "avoid"
                        ])
                        .contains(low)
                        {
                            narrative = true;
                        }
                        finding = finding
                            || word_set!(FINDING_WORDS).contains(low)
                            || term_at(scan, b, Category::Condition).is_some()
                            || has_cue(scan, b, cue::ANALYTE)
                            || (scan.kind(b) == Some(Kind::Number)
                                && scan.next_solid(b).is_some_and(|u| {
                                    word_set!(words!["mm", "cm", "%", "k", "beats", "s"])
                                        .contains(scan.low(u))
                                }))
                            || (scan.kind(b) == Some(Kind::Mixed)
                                && ["mm", "cm", "%"].iter().any(|u| low.ends_with(u)));
                        last = Some(b);
                    }
                    _ => last = Some(b).filter(|_| scan.tok(b) == "%" || scan.tok(b) == ")"),
                }
                if words > 14 {
                    break;
                }
                b += 1;
            }
            let opens_plan = scan.is_word(a) && word_set!(PLAN_WORDS).contains(scan.low(a));
            // What another finder marks on its own stays its own: a drug
            // (but a culture's `sens to cefazolin, cipro`), a date, a name.
            let susceptibility = word_set!(words![
                "sens",
                "sensitive",
                "susceptible",
                "resistant",
                "r",
                "s",
                "neg",
                "pos"
            ])
            .contains(scan.low(a))
                || scan.is_punct(a, '+');
            let owns_other = (a..b).any(|t| {
                (!susceptibility && term_at(scan, t, Category::Medication).is_some())
                    // Another test's name: `RESULT - Jamal: Chlamydia NAAT: Negative`.
                    || (term_at(scan, t, Category::Procedure).is_some()
                        && !has_cue(scan, t, cue::ANALYTE))
                    || (scan.kind(t) == Some(Kind::Number)
                        && scan.is_punct(t + 1, '/')
                        && scan.kind(t + 2) == Some(Kind::Number))
                    || (case_of(scan.tok(t)) == Case::Capital
                        && lexicon::name_flags(scan.low(t)) & lexicon::FIRST != 0
                        && lexicon::name_flags(scan.low(t)) & lexicon::COMMON == 0
                        && lexicon::terms(scan.low(t)).next().is_none())
            });
            // A later sentence only when it opens as a finding does: `No
            // abscess.`, `Cr 1.1.`; not `Given the TIA last week, ...`.
            let same_sentence = at == k || scan.is_punct(at, ';') || scan.is_punct(at, ',');
            let opens_as_finding = (scan.is_word(a)
                && word_set!(FINDING_WORDS).contains(scan.low(a)))
                || has_cue(scan, a, cue::ANALYTE)
                || scan.kind(a) == Some(Kind::Number);
            let later_sentence = !same_sentence && !opens_as_finding;
            // A diagnosis alone, however severe, stays a diagnosis: `sleep
            // study: severe OSA`, `DEXA: osteoporosis`; so does one with its
            // measure in brackets after it, which is the result (`severe
            // obstructive sleep apnea (AHI 42)`), or one closing the clause
            // after a comma (`T-score -2.7 at the hip, osteoporosis`).
            let diagnosis_at = |from: usize| {
                let mut d = from;
                while scan.is_word(d) && word_set!(SEVERITY).contains(scan.low(d)) {
                    match scan.next_solid(d) {
                        Some(n) => d = n,
                        None => break,
                    }
                }
                // With the eyes or sides it is in: `moderate NPDR OU`.
                term_at(scan, d, Category::Condition).map(|(_, after)| {
                    match scan.next_solid(after - 1) {
                        Some(n)
                            if matches!(scan.tok(n), "OU" | "OD" | "OS")
                                || matches!(scan.low(n), "bilateral" | "bilaterally") =>
                        {
                            n + 1
                        }
                        _ => after,
                    }
                })
            };
            let diagnosis = last.and_then(|last| diagnosis_at(a).map(|after| (after, last)));
            let diagnosis_only = diagnosis.is_some_and(|(after, last)| after == last + 1);
            let bracketed = diagnosis.and_then(|(after, last)| {
                let open = scan
                    .next_solid(after - 1)
                    .filter(|&o| scan.is_punct(o, '('))?;
                let inner = scan.next_solid(open)?;
                (scan.is_punct(last, ')') && last > inner + 1 && has_cue(scan, inner, cue::ANALYTE))
                    .then(|| (inner, scan.prev_solid(last).unwrap_or(inner)))
            });
            if let Some((inner, end)) = bracketed.filter(|_| !narrative && !opens_plan) {
                out.push(Cand::new(scan.tokens[inner].start, scan.tokens[end].end));
                break;
            }
            let last = last.map(|last| {
                // The clause's only comma, and a diagnosis alone after it (a
                // list of findings, `EF 35%, mod MR, mild LVH`, stays whole).
                let mut commas = (a..last).filter(|&t| scan.is_punct(t, ','));
                let comma = commas.next().filter(|_| commas.next().is_none());
                match comma {
                    Some(c)
                        if scan
                            .next_solid(c)
                            .and_then(diagnosis_at)
                            .is_some_and(|after| after == last + 1) =>
                    {
                        scan.prev_solid(c).unwrap_or(a)
                    }
                    _ => last,
                }
            });
            let Some(last) = last.filter(|_| {
                (finding || susceptibility)
                    && !narrative
                    && !opens_plan
                    && !owns_other
                    && !later_sentence
                    && !diagnosis_only
                    && words <= 14
            }) else {
                break;
            };
            out.push(Cand::new(scan.tokens[a].start, scan.tokens[last].end));
            // The next clause after `;`, or the next sentence on the line.
            if b >= scan.tokens.len()
                || scan.kind(b) == Some(Kind::Newline) && !report_head_before(scan, k)
            {
                break;
            }
            at = b;
        }
    }
}

/// Is the colon at token `k` a test's (`CT A/P w contrast:`, `Echo for
/// Hollis Tate:`, `CXR Baptiste bed 12:`, `UCx Ybarra, Teodoro:`) or a
/// report's heading (`IMPRESSION (Halvorsen-Beck, Edith, A7730219):`)?
fn tested_before_colon(scan: &Scan, k: usize) -> bool {
    const BETWEEN: &str = words![
        "for",
        "on",
        "of",
        "report",
        "results",
        "result",
        "bed",
        "rm",
        "room",
        "prelim",
        "final",
        "today",
        "w",
        "with",
        "contrast",
        "wo",
        "without",
        "dip",
        "panel",
        "screen",
        "level",
        "levels",
        "read",
        "path",
        "pathology",
        "bx",
        "cytology",
    ];
    let mut t = k;
    let mut words = 0;
    let mut paren = false;
    while let Some(p) = t.checked_sub(1) {
        t = p;
        match scan.kind(t) {
            Some(Kind::Space) => continue,
            Some(Kind::Newline) => return false,
            Some(Kind::Punct) => {
                match scan.tok(t) {
                    ")" => paren = true,
                    "(" => paren = false,
                    "," | "/" | "-" | "." => {}
                    _ if paren => {}
                    _ => return false,
                }
                continue;
            }
            _ => {}
        }
        words += 1;
        if words > 7 {
            return false;
        }
        let low = scan.low(t);
        if !paren && word_set!(REPORT_HEADS).contains(low) && case_of(scan.tok(t)) != Case::Lower {
            return true;
        }
        // A test's name here or ending here: `CXR`, `MRI L-spine`, `US pelvis`;
        // not a service's or a unit's (`infusion:`, `BMT:`, `bronch:`).
        let mut s = t;
        for _ in 0..4 {
            if term_at(scan, s, Category::Procedure).is_some_and(|(_, after)| after > t) {
                return !word_set!(SERVICES).contains(scan.low(s));
            }
            match scan.prev_solid(s) {
                Some(q) if scan.kind(q) != Some(Kind::Newline) => s = q,
                _ => break,
            }
        }
        let allowed = paren
            || matches!(scan.kind(t), Some(Kind::Number | Kind::Mixed))
            || word_set!(BETWEEN).contains(low)
            || case_of(scan.tok(t)) != Case::Lower;
        if !allowed {
            return false;
        }
    }
    false
}

/// Is the colon at token `k` a report's heading, whose findings run over
/// lines (`IMPRESSION:\n1. ...\n2. ...`)?
fn report_head_before(scan: &Scan, k: usize) -> bool {
    let mut t = k;
    while let Some(p) = t.checked_sub(1) {
        t = p;
        if scan.kind(t) == Some(Kind::Newline) {
            return false;
        }
        if scan.is_word(t) && word_set!(REPORT_HEADS).contains(scan.low(t)) {
            return true;
        }
    }
    false
}

/// Words that make `20/40` a visual acuity, within a few words of it.
const EYE_WORDS: &str = words![
    "vision", "va", "acuity", "eye", "eyes", "od", "os", "ou", "vista", "ojo", "ojos", "sc", "cc",
];

/// Visual acuities: `20/70 right eye`, `VA 20/60 OS`, `vision is 20/40`.
/// A Snellen fraction (20 over 10 to 800) with an eye word within four
/// words before it or two after.
fn visual_acuities(scan: &Scan, out: &mut Vec<Cand>) {
    for i in 0..scan.tokens.len() {
        if scan.tok(i) != "20"
            || !scan.is_punct(i + 1, '/')
            || scan.kind(i + 2) != Some(Kind::Number)
            || (i > 0 && !matches!(scan.kind(i - 1), Some(Kind::Space | Kind::Newline)))
            || scan
                .kind(i + 3)
                .is_some_and(|k| !matches!(k, Kind::Space | Kind::Newline | Kind::Punct))
            || scan.is_punct(i + 3, '/')
        {
            continue;
        }
        if !scan
            .tok(i + 2)
            .parse::<u16>()
            .is_ok_and(|d| (10..=800).contains(&d))
        {
            continue;
        }
        let near = |k: usize| scan.is_word(k) && word_set!(EYE_WORDS).contains(scan.low(k));
        let before = std::iter::successors(scan.prev_solid(i), |&k| scan.prev_solid(k))
            .take(4)
            .any(near);
        let after = std::iter::successors(scan.next_solid(i + 2), |&k| scan.next_solid(k))
            .take(2)
            .any(near);
        if before || after {
            let (start, end) = (scan.tokens[i].start, scan.tokens[i + 2].end);
            if !out.iter().any(|c| c.start < end && start < c.end) {
                out.push(Cand::new(start, end));
            }
        }
    }
}

/// The number token of an earlier or later value right after the value
/// ending at token `last`: `to 7.8`, `a 120`, `(was 8.1`, `, up from 6.9`,
/// `→ 0.21`.
fn other_value(scan: &Scan, last: usize) -> Option<usize> {
    let mut k = scan.next_solid(last)?;
    let mut linked = false;
    for _ in 0..4 {
        match scan.low(k) {
            // And a trend's arrow: `trop 0.08 → 0.21`, `Cr 1.3 -> 1.9`.
            "to" | "a" | "was" | "previously" | "prior" | "from" | "antes" | "up" | "down"
            | "→" | ">" => linked = true,
            "(" | "," | "-" => {}
            _ => break,
        }
        k = scan.next_solid(k)?;
    }
    (linked && scan.kind(k) == Some(Kind::Number)).then_some(k)
}

/// A log of readings, each after its day or date, once its label and a
/// colon say what they are: `readings this week: mon 132 tue 145`, `daily
/// weights: 6/2 201 6/3 202`, `BPs: mon 148/92 tue 151/95`.
fn logged_readings(scan: &Scan, out: &mut Vec<Cand>) {
    const LABELS: &str = words![
        "readings", "reading", "sugars", "numbers", "bps", "bp", "weights", "weight", "glucose",
        "bs", "bg", "log", "azucar", "presion", "pesos",
    ];
    // Times of day and Spanish days; English days are the names' list.
    const DAYS: &str = words!["am", "pm", "lun", "mar", "mie", "jue", "vie", "sab", "dom"];
    let day = |w: &str| {
        let short = |d: &str| word_set!(super::names::WEEKDAY_ABBREVIATIONS).contains(d);
        word_set!(DAYS).contains(w)
            || short(w)
            || (w.len() >= 6 && w.ends_with("day") && w.is_char_boundary(3) && short(&w[..3]))
    };
    for c in 0..scan.tokens.len() {
        if !scan.is_punct(c, ':') {
            continue;
        }
        let labelled = std::iter::successors(scan.prev_solid(c), |&p| scan.prev_solid(p))
            .take(3)
            .any(|p| scan.is_word(p) && word_set!(LABELS).contains(scan.low(p)));
        if !labelled {
            continue;
        }
        let mut k = scan.next_solid(c);
        let mut dated = false;
        while let Some(t) = k {
            if scan.kind(t) == Some(Kind::Newline) || scan.is_punct(t, '.') && !dated {
                break;
            }
            if scan.is_word(t) && day(scan.low(t)) {
                dated = true;
                k = scan.next_solid(t);
                continue;
            }
            if scan.kind(t) != Some(Kind::Number) {
                if !scan.is_punct(t, ',') && !scan.is_punct(t, '-') {
                    break;
                }
                k = scan.next_solid(t);
                continue;
            }
            // A date (`6/2`) is the next value's label.
            if scan.is_punct(t + 1, '/')
                && scan.kind(t + 2) == Some(Kind::Number)
                && scan.tok(t).len() <= 2
                && scan.tok(t + 2).len() <= 2
                && scan
                    .next_solid(t + 2)
                    .is_some_and(|v| scan.kind(v) == Some(Kind::Number))
            {
                dated = true;
                k = scan.next_solid(t + 2);
                continue;
            }
            if !dated {
                break;
            }
            let last = value_end(scan, t);
            out.push(Cand::new(scan.tokens[t].start, scan.tokens[last].end));
            dated = false;
            k = scan.next_solid(last);
        }
    }
}

/// A reading told again by `it` after one found: `A1c is 7.9 now, last
/// time it was 7.2`, `O2 was 89%, usually its 94`. From `it` through the
/// value; not a time or a dose (`it was 2 days ago`, `its 10 mg`).
fn readings_it_was(scan: &Scan, first: usize, out: &mut Vec<Cand>) {
    let Some(after) = out[first..].iter().map(|c| c.end).min() else {
        return;
    };
    for i in 0..scan.tokens.len() {
        if scan.tokens[i].start < after || !scan.is_word(i) {
            continue;
        }
        let verb = match scan.low(i) {
            "its" | "itz" => Some(i),
            "it" => scan
                .next_solid(i)
                .filter(|&v| matches!(scan.low(v), "was" | "is"))
                .or_else(|| {
                    (scan.is_punct(i + 1, '\'') && scan.low(i + 2) == "s").then_some(i + 2)
                }),
            _ => None,
        };
        let Some(n) = verb.and_then(|v| scan.next_solid(v)) else {
            continue;
        };
        // Not a threshold to watch for: `if it's 100.4 or higher call us`.
        if scan
            .prev_solid(i)
            .is_some_and(|p| matches!(scan.low(p), "if" | "when" | "unless" | "once"))
        {
            continue;
        }
        if scan.kind(n) != Some(Kind::Number)
            || out
                .iter()
                .any(|c| c.end > scan.tokens[i].start && c.start < scan.tokens[n].end)
        {
            continue;
        }
        let last = value_end(scan, n);
        let timed = scan.next_solid(last).is_some_and(|u| {
            word_set!(TIME_UNITS).contains(scan.low(u))
                || dose_unit(scan, u)
                || matches!(scan.low(u), "am" | "pm" | "times" | "x")
        });
        if !timed {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[last].end));
        }
    }
}

/// The last token of the value starting at number token `j`: a decimal or
/// ratio (7.2, 150/95) or a dipstick grade (2+), then a unit glued or after
/// one space.
fn value_end(scan: &Scan, j: usize) -> usize {
    let mut last = j;
    // Thousands: `12,400`.
    while scan.is_punct(last + 1, ',')
        && scan.kind(last + 2) == Some(Kind::Number)
        && scan.tok(last + 2).len() == 3
    {
        last += 2;
    }
    if (scan.is_punct(last + 1, '.') || scan.is_punct(last + 1, '/'))
        && scan.kind(last + 2) == Some(Kind::Number)
    {
        last += 2;
    } else if scan.is_punct(last + 1, '+') {
        last += 1;
    } else if let Some(under) = over_reading(scan, last) {
        last = under;
    }
    let unit_at = if scan.kind(last + 1) == Some(Kind::Space) {
        last + 2
    } else {
        last + 1
    };
    if let Some(u) = (unit_at < scan.tokens.len())
        .then(|| phrase_at(scan, unit_at, LAB_UNITS))
        .flatten()
    {
        last = u - 1;
    }
    last
}

/// A pressure read out in words after its first number at `j`: `178 over
/// 96` (not `over 3 days`). The last number's token.
fn over_reading(scan: &Scan, j: usize) -> Option<usize> {
    let two_or_three =
        |k: usize| scan.kind(k) == Some(Kind::Number) && (2..=3).contains(&scan.tok(k).len());
    if !two_or_three(j) {
        return None;
    }
    let over = scan.next_solid(j).filter(|&o| scan.low(o) == "over")?;
    let n = scan.next_solid(over).filter(|&n| two_or_three(n))?;
    let timed = scan.next_solid(n).is_some_and(|t| {
        word_set!(words![
            "days", "weeks", "hours", "months", "years", "minutes", "min", "hrs", "yrs"
        ])
        .contains(scan.low(t))
    });
    (!timed).then_some(n)
}

/// Adverbs that may stand between a verb and a reading: `is still high`.
const ADVERBS: &str = words![
    "both",
    "all",
    "still",
    "now",
    // `INR only 2.4`.
    "only",
    "just",
    "also",
    "again",
    "slightly",
    "mildly",
    "very",
    "a",
    "bit",
    "little",
    "somewhat",
    "quite",
    "super",
    "really",
    "pretty",
    "kinda",
    "ambos",
    "todos",
    "todavia",
    "aun",
    "ahora",
    "muy",
    "un",
    "poco",
    "ligeramente",
];
const COPULAS: &str = words![
    "is", "was", "are", "were", "fue", "fueron", "es", "son", "esta", "estan", "sigue", "siguen",
    "salio", "salieron", "came", "looks", "looked", "remains", "remained", "stays",
    // Tagalog, Somali, Portuguese: `ay normal`, `waa caadi`, `deu negativo`.
    "ay", "waa", "deu",
];
/// Readings after a copula that are a result only when a lab subject comes
/// first: `your potassium is high`, not `demand is high`.
const LEVEL_WORDS: &str = words![
    "high",
    "low",
    "higher",
    "lower",
    "elevated",
    "alto",
    "alta",
    "bajo",
    "baja",
    "elevado",
    "elevada",
    "stable",
    "improved",
    "decreased",
    "increased",
    "reduced",
    "better",
    "worse",
    "unchanged",
    "borderline",
    "underactive",
    "overactive",
    "estable",
];

/// A copula, adverbs, then a result word: the token of the result word. A
/// level (`high`, `low`) needs a lab subject before it, or a result just
/// before (`which is high`).
fn copula_result(scan: &Scan, i: usize, after_result: bool) -> Option<usize> {
    if !has_cue(scan, i, cue::COPULA) {
        return None;
    }
    let mut j = scan.next_solid(i)?;
    let mut adverbs = 0;
    while word_set!(ADVERBS).contains(scan.low(j)) && adverbs < 3 {
        j = scan.next_solid(j)?;
        adverbs += 1;
    }
    if scan.low(i) == "came" {
        if scan.low(j) != "back" {
            return None;
        }
        j = scan.next_solid(j)?;
        // `came back a little high`.
        while word_set!(ADVERBS).contains(scan.low(j)) && adverbs < 3 {
            j = scan.next_solid(j)?;
            adverbs += 1;
        }
        // What a test came back as: `the HSV PCR came back HSV-2`.
        if let Some((_, after)) = term_at(scan, j, Category::Condition) {
            return Some(after - 1);
        }
        // Its value, after a lab's name: `your lithium level from Tuesday
        // came back 1.4` (not `came back 2 days later`: a number of days is
        // no value, and the lab must come first).
        if scan.kind(j) == Some(Kind::Number) && lab_subject_before(scan, i) {
            let end = value_end(scan, j);
            let timed = scan
                .next_solid(end)
                .is_some_and(|u| word_set!(TIME_UNITS).contains(scan.low(u)));
            return (!timed).then_some(end);
        }
    }
    let w = scan.low(j);
    // Asked, not said: `me tiembla la mano, es normal?`.
    if general_statement(scan, j) || (w == "normal" && scan.is_punct(j + 1, '?')) {
        return None;
    }
    // The air's, not a patient's: `pollen is high`, `pollen counts are
    // super high`, `mold levels are up`.
    if std::iter::successors(scan.prev_solid(i), |&p| scan.prev_solid(p))
        .take(2)
        .any(|q| word_set!(words!["pollen", "mold", "ozone", "uv", "polen"]).contains(scan.low(q)))
    {
        return None;
    }
    if word_set!(RESULT_WORDS).contains(w) {
        return Some(j);
    }
    // A lab gone up or down, said without its value, right after the
    // analyte or its count: `your potassium is up`, `counts are down` (not
    // `is up to date`, nor a machine: `the scope washer is down`).
    let moved = matches!(w, "up" | "down")
        && scan.prev_solid(i).is_some_and(|s| {
            matches!(scan.low(s), "level" | "levels" | "count" | "counts")
                // An analyte of one word or ending there: `liver enzymes
                // are slightly up`.
                || std::iter::successors(Some(s), |&p| scan.prev_solid(p))
                    .take(3)
                    .any(|a| analyte_at(scan, a).is_some_and(|after| a == s || after == s + 1))
        })
        && !scan.next_solid(j).is_some_and(|n| {
            matches!(scan.low(n), "for" | "next")
                || (scan.low(n) == "to"
                    && scan.next_solid(n).is_some_and(|d| scan.low(d) == "date"))
        });
    // A urine dip's grade: `ketones were large`, `protein is trace`.
    let graded = dip_grade(w) && scan.prev_solid(i).is_some_and(|s| dip_analyte(scan, s));
    (moved
        || graded
        || (word_set!(LEVEL_WORDS).contains(w)
            // A comparison is none of its own: `PSA 6.8 is higher than
            // last year`.
            && !(matches!(w, "higher" | "lower")
                && scan.next_solid(j).is_some_and(|t| scan.low(t) == "than"))
            && (after_result || lab_subject_before(scan, i))))
    .then_some(j)
}

/// A urine dipstick's analyte at token `i`, which reads a grade, not a
/// number: protein, ketones, nitrite, leukocytes, bilirubin, glucose.
fn dip_analyte(scan: &Scan, i: usize) -> bool {
    word_set!(words![
        "protein",
        "ketones",
        "ketone",
        "nitrite",
        "nitrites",
        "leukocytes",
        "leuks",
        "bili",
        "glucose"
    ])
    .contains(scan.low(i))
}

/// A dipstick's grade in words: `trace`, `small`, `moderate`, `large`.
fn dip_grade(w: &str) -> bool {
    word_set!(words!["trace", "tr", "small", "mod", "moderate", "large"]).contains(w)
}

/// A sign or grade right after an analyte ending before token `after`:
/// the token it ends at. A sign glued to it (`nitrite+`, `SSA+`, `LE-`),
/// a dipstick's grade (`protein 2+`, `ketones trace`, `leuks small`) or a
/// verdict (`nitrite neg`).
fn analyte_sign(scan: &Scan, after: usize, dip: bool) -> Option<usize> {
    let glued = after > 0
        && scan
            .tokens
            .get(after)
            .is_some_and(|t| t.start == scan.tokens[after - 1].end);
    let minus = || {
        scan.is_punct(after, '-')
            && !matches!(
                scan.kind(after + 1),
                Some(Kind::Word | Kind::Number | Kind::Mixed)
            )
    };
    if glued && (plus_verdict(scan, after) || minus()) {
        return Some(after);
    }
    let n = scan.next_solid(after - 1).filter(|&n| n == after + 1)?;
    if dip
        && scan.kind(n) == Some(Kind::Number)
        && matches!(scan.tok(n), "1" | "2" | "3" | "4")
        && scan.is_punct(n + 1, '+')
    {
        return Some(n + 1);
    }
    (matches!(scan.low(n), "neg" | "pos") || (dip && dip_grade(scan.low(n)))).then_some(n)
}

/// A cytology or pathology reading by its standard name at token `i`: a
/// Pap's Bethesda category in capitals (`NILM`, `ASC-US`, `ASC-H`, `LSIL`,
/// `HSIL`, `AGC`), a thyroid aspirate's `Bethesda` class (`Bethesda IV`)
/// or a prostate's `Gleason` score (`Gleason 3+4=7`). The token it ends at.
fn graded_reading(scan: &Scan, i: usize) -> Option<usize> {
    if !has_cue(scan, i, cue::GRADED) {
        return None;
    }
    match scan.tok(i) {
        "NILM" | "ASCUS" | "LSIL" | "HSIL" | "AGC" | "AGUS" => Some(i),
        // `ASC-US`, `ASC-H`.
        "ASC" if scan.is_punct(i + 1, '-') && matches!(scan.tok(i + 2), "US" | "H") => Some(i + 2),
        "Bethesda" | "bethesda" | "BETHESDA" => {
            let n = scan.next_solid(i)?;
            matches!(scan.tok(n), "I" | "II" | "III" | "IV" | "V" | "VI").then_some(n)
        }
        "Gleason" | "gleason" | "GLEASON" => {
            let mut n = scan.next_solid(i)?;
            if scan.low(n) == "score" {
                n = scan.next_solid(n)?;
            }
            if scan.kind(n) != Some(Kind::Number) {
                return None;
            }
            // `3+4=7`: digits joined by `+` and `=`.
            let mut last = n;
            while (scan.is_punct(last + 1, '+') || scan.is_punct(last + 1, '='))
                && scan.kind(last + 2) == Some(Kind::Number)
            {
                last += 2;
            }
            Some(last)
        }
        _ => None,
    }
}

/// A trend word at token `i` and the value after it (`recheck 118`, `down
/// from 9.2`, `up to 191 from 186`): the token the last value ends at. Not
/// when to recheck (`recheck 12/1`, `recheck 0500`, `recheck 3 mo`), nor
/// a rate rising with no value it came from (`up to 54%`).
fn trend_value(scan: &Scan, i: usize) -> Option<usize> {
    if !has_cue(scan, i, cue::TREND) {
        return None;
    }
    let low = scan.low(i);
    let recheck = matches!(low, "recheck" | "repeat" | "rpt");
    if !recheck && !matches!(low, "down" | "up") {
        return None;
    }
    let mut j = scan.next_solid(i)?;
    let link = scan.low(j);
    if matches!(link, "from" | "to" | "was" | "is") {
        j = scan.next_solid(j)?;
    } else if !recheck {
        return None;
    }
    if scan.kind(j) != Some(Kind::Number) {
        return None;
    }
    let last = value_end(scan, j);
    let from = scan
        .next_solid(last)
        .filter(|&f| scan.low(f) == "from")
        .and_then(|f| scan.next_solid(f))
        .filter(|&n| scan.kind(n) == Some(Kind::Number));
    if recheck {
        let date = scan.is_punct(j + 1, '/') || scan.is_punct(j + 1, '-');
        let clock = scan.tok(j).len() == 4 && last == j;
        let wait = scan.next_solid(last).is_some_and(|u| {
            word_set!(words![
                "mo", "mos", "month", "months", "d", "day", "days", "wk", "wks", "week", "weeks",
                "h", "hr", "hrs", "hour", "hours", "min", "am", "pm"
            ])
            .contains(scan.low(u))
        });
        if date || clock || wait {
            return None;
        }
    } else if link == "to" && from.is_none() {
        return None;
    }
    Some(from.map_or(last, |n| value_end(scan, n)))
}

/// What was removed or sampled: its diagnosis after a copula is what its
/// pathology found.
const SPECIMENS: &str = words![
    "spot",
    "mole",
    "moles",
    "polyp",
    "polyps",
    "lesion",
    "lesions",
    "growth",
    "lump",
    "nodule",
    "nodules",
    "biopsy",
    "biopsies",
    "bx",
    "sample",
    "specimen",
    "tissue",
    "mass",
    "cyst",
    "removed",
    "path",
    "pathology",
    "lunar",
    "polipo",
    "polipos",
    "muestra",
    "biopsia",
];

/// A copula at token `i`, then a diagnosis, with something removed or
/// sampled as its subject: `the 2 polyps removed during your colonoscopy
/// were tubular adenomas`, `the spot we removed from your back was a basal
/// cell carcinoma`. The token the diagnosis ends at.
fn specimen_diagnosis(scan: &Scan, i: usize) -> Option<usize> {
    if !word_set!(words![
        "was", "were", "is", "are", "fue", "fueron", "es", "son"
    ])
    .contains(scan.low(i))
    {
        return None;
    }
    // The diagnosis within four words (a lookup in the scan's table),
    // asked first: then the words before it must all describe it.
    let first = scan.next_solid(i)?;
    let mut j = first;
    let mut words = 0;
    let after = loop {
        if let Some((_, after)) = term_at(scan, j, Category::Condition) {
            break after;
        }
        words += 1;
        if words > 3 {
            return None;
        }
        j = scan.next_solid(j)?;
    };
    let mut k = first;
    while k < j {
        if !(word_set!(SEVERITY).contains(scan.low(k)) || scan.low(k) == "both") {
            return None;
        }
        k = scan.next_solid(k)?;
    }
    let mut p = scan.prev_solid(i);
    for _ in 0..10 {
        let Some(k) = p else { break };
        // A sentence or a clause after a spaced dash ends the subject: `came
        // back benign - it was a seborrheic keratosis` names the diagnosis.
        if matches!(scan.tok(k), "." | "!" | "?" | ":")
            || (scan.tok(k) == "-" && scan.kind(k + 1) == Some(Kind::Space))
        {
            break;
        }
        if word_set!(SPECIMENS).contains(scan.low(k)) {
            return Some(after - 1);
        }
        p = scan.prev_solid(k);
    }
    None
}

/// `score` at token `i`, a connector, then a number, after a test named
/// earlier in the message (`Thanks for filling out the PHQ-9 … Your score
/// was 16`): the token the value ends at, and the test's class. Not a pain
/// or satisfaction score.
fn screening_score(scan: &Scan, i: usize) -> Option<(usize, Option<Sensitivity>)> {
    if !has_cue(scan, i, cue::SCORE) {
        return None;
    }
    if scan.prev_solid(i).is_some_and(|p| {
        word_set!(words![
            "pain",
            "dolor",
            "satisfaction",
            "survey",
            "credit",
            "ganey",
            "nps"
        ])
        .contains(scan.low(p))
    }) {
        return None;
    }
    let mut j = scan.next_solid(i)?;
    if word_set!(words!["was", "is", "of", "fue", "es", "de"]).contains(scan.low(j))
        || scan.tok(j) == ":"
    {
        j = scan.next_solid(j)?;
    }
    if scan.kind(j) != Some(Kind::Number) {
        return None;
    }
    let test = (0..i).rev().find_map(|k| {
        matches!(scan.kind(k), Some(Kind::Word | Kind::Mixed))
            .then(|| term_at(scan, k, Category::Procedure))
            .flatten()
    })?;
    Some((value_end(scan, j), test.0.sensitivity))
}

/// `it is normal to feel tired`, `es normal que duela`: a reading word
/// (token `last`) that opens a general statement, not a result.
fn general_statement(scan: &Scan, last: usize) -> bool {
    scan.next_solid(last).is_some_and(|n| {
        let w = scan.low(n);
        word_set!(words!["to", "que", "if", "when", "cuando", "si"]).contains(w)
            // A Spanish infinitive: `es normal sentir`.
            || (scan.low(last) == "normal"
                && w.len() > 4
                && (w.ends_with("ar") || w.ends_with("er") || w.ends_with("ir")))
    })
}

/// A lab subject (a test, an analyte, `levels`, `results`) just before token `i`.
fn lab_subject_before(scan: &Scan, i: usize) -> bool {
    let mut p = scan.prev_solid(i);
    let mut steps = 0;
    while let (Some(k), true) = (p, steps < 4) {
        let w = scan.low(k);
        if word_set!(words![
            "level",
            "levels",
            "function",
            "numbers",
            "count",
            "counts",
            "reading",
            "nivel",
            "niveles",
            "antibody",
            "antibodies",
            "antigen",
            "titer",
            "titers",
        ]).contains(w) || word_set!(TEST_NOUNS).contains(w)
            || term_at(scan, k, Category::Procedure).is_some()
            || analyte_at(scan, k).is_some()
            // `A1C`, `TSH`, `LDL`: a lab abbreviation.
            || scan.kind(k) == Some(Kind::Mixed)
            || (scan.tok(k).len() >= 2
                && scan.tok(k).len() <= 5
                && scan.tok(k).bytes().all(|b| b.is_ascii_uppercase()))
        {
            return true;
        }
        steps += 1;
        p = scan.prev_solid(k);
    }
    false
}

/// `, which is high` right after a result: the same result.
fn extends_previous(scan: &Scan, i: usize, found: &[Cand]) -> bool {
    let Some(prev) = found.last() else {
        return false;
    };
    let Some(w) = scan
        .prev_solid(i)
        .filter(|&w| matches!(scan.low(w), "which" | "that" | "lo" | "que"))
    else {
        return false;
    };
    let before = scan.prev_solid(w);
    let before = before
        .filter(|&b| scan.is_punct(b, ','))
        .map_or(before, |b| scan.prev_solid(b));
    before.is_some_and(|b| scan.tokens[b].end == prev.end)
}

/// Verbs by which a test reports what it found.
const FINDING_VERBS: &str = words![
    "showed",
    "shows",
    "show",
    "showing",
    "found",
    "finds",
    "revealed",
    "reveals",
    "detected",
    "grew",
    // A culture's growth as the lab calls it: `blood cx growing GPC in clusters`.
    "growing",
    "mostro",
    "muestra",
    "mostraron",
    "encontro",
    "revelo",
];
/// Words that end what a test found.
const FINDING_STOPS: &str = words![
    "but",
    "which",
    "so",
    "please",
    "pero",
    "que",
    "we",
    "you",
    "your",
    "i",
    "and",
    "his",
    "her",
    "their",
    "my",
    "he",
    "she",
    "they",
    "today",
    "yesterday",
    "hoy",
    "ayer",
];
/// Words that may describe a diagnosis without making it a measured result.
const SEVERITY: &str = words![
    "a",
    "an",
    "the",
    "some",
    "new",
    "mild",
    "moderate",
    "severe",
    "early",
    "possible",
    "un",
    "una",
    "el",
    "la",
    "leve",
    "moderada",
    "moderado",
    "severa",
    "severo",
    "small",
    "large",
    "tiny",
    "mm",
    "cm",
    "pequeno",
    "pequena",
    // How many and which side: `two tiny nodules`, `right lower lobe pneumonia`.
    "two",
    "three",
    "several",
    "multiple",
    "few",
    "dos",
    "tres",
    "varios",
    "varias",
    "right",
    "left",
    "lower",
    "upper",
    "middle",
    "lobe",
    "bilateral",
    "derecho",
    "derecha",
    "izquierdo",
    "izquierda",
];
/// Words after a diagnosis that say where it was found.
const LOCATION_WORDS: &str = words!["in", "on", "at", "near", "along", "en", "cerca"];

/// `the mammogram showed an area that needs a closer look`: after a finding
/// verb whose subject is a test, what was found (the last token of it). A
/// named diagnosis is part of the result (`showed a torn meniscus`), read
/// whole and ended before where it was found (`shows osteopenia in both
/// hips`), as the corpus README's convention has it.
fn finding_after_verb(scan: &Scan, i: usize) -> Option<usize> {
    // What a test came back with is found too: `carotid doppler came back
    // with 70% blockage on the left`.
    let with = (scan.low(i) == "came")
        .then(|| scan.next_solid(i))
        .flatten()
        .filter(|&b| scan.low(b) == "back")
        .and_then(|b| scan.next_solid(b))
        .filter(|&w| scan.low(w) == "with");
    // `no-showed` is not a finding.
    if !(has_cue(scan, i, cue::FINDING_VERB) || with.is_some())
        || (i > 0 && scan.is_punct(i - 1, '-'))
        || !test_before(scan, i, 12)
    {
        return None;
    }
    let first = scan.next_solid(with.unwrap_or(i))?;
    let mut last = None;
    let mut k = first;
    // Whom it was found in: `shows (that) you carry one copy of`, `found
    // he has Lynch syndrome`.
    if scan.low(k) == "that" {
        k = scan.next_solid(k)?;
    }
    if matches!(scan.low(k), "you" | "he" | "she" | "they")
        && scan
            .next_solid(k)
            .is_some_and(|v| matches!(scan.low(v), "carry" | "carries" | "have" | "has"))
    {
        k = scan.next_solid(scan.next_solid(k)?)?;
    }
    let mut words = 0;
    let mut only_diagnosis = true;
    loop {
        let low = scan.low(k);
        let ok = match scan.kind(k) {
            // A person's name ends what was found: `muestra hemolizada de
            // Raúl Espinoza` is Raúl Espinoza's sample.
            Some(Kind::Word)
                if k > first
                    && case_of(scan.tok(k)) == Case::Capital
                    && lexicon::name_flags(low) & (lexicon::FIRST | lexicon::COMMON)
                        == lexicon::FIRST
                    && lexicon::terms(low).next().is_none() =>
            {
                false
            }
            Some(Kind::Word) => {
                if word_set!(FINDING_STOPS).contains(low) {
                    // `peanut and tree nuts`, `hepatitis A and B`: a list goes on.
                    low == "and"
                        && scan
                            .next_solid(k)
                            .is_some_and(|n| !word_set!(FINDING_STOPS).contains(scan.low(n)))
                        && last.is_some()
                } else {
                    true
                }
            }
            Some(Kind::Number | Kind::Mixed) => true,
            // `E. coli`, `2+`.
            Some(Kind::Punct) => {
                (scan.tok(k) == "."
                    && scan.tok(k - 1).len() == 1
                    && scan.kind(k + 1) == Some(Kind::Space)
                    && scan.kind(k - 1) == Some(Kind::Word)
                    && scan.tok(k - 1).chars().all(|c| c.is_ascii_uppercase()))
                    || scan.tok(k) == "+"
                    || scan.tok(k) == "%"
                    // `a 1.2 cm nodule`, `3/4`: inside a number.
                    || (matches!(scan.tok(k), "." | "/" | ",")
                        && scan.kind(k - 1) == Some(Kind::Number)
                        && scan.kind(k + 1) == Some(Kind::Number))
            }
            _ => false,
        };
        if !ok || words >= 10 {
            break;
        }
        if scan.kind(k) == Some(Kind::Word) {
            words += 1;
            if let Some((_, after)) = term_at(scan, k, Category::Condition) {
                if only_diagnosis {
                    last = Some(after - 1);
                    match scan.next_solid(after - 1) {
                        // `shows osteopenia in both hips`: where it is
                        // found does not make a diagnosis a measured result.
                        Some(n) if word_set!(LOCATION_WORDS).contains(scan.low(n)) => break,
                        Some(n) => {
                            k = n;
                            continue;
                        }
                        None => break,
                    }
                }
            } else {
                // A diagnosis by its ending, as the condition finder reads
                // it: `a 6 mm microadenoma`.
                let by_ending = low.len() >= 7
                    && CONDITION_SUFFIXES.iter().any(|s| low.ends_with(s))
                    && !word_set!(NOT_BY_SUFFIX).contains(low);
                if !(word_set!(SEVERITY).contains(low)
                    || word_set!(SYMPTOM_ADJECTIVES).contains(low)
                    || by_ending)
                {
                    only_diagnosis = false;
                }
            }
        } else if scan.kind(k) != Some(Kind::Punct)
            // `a 4 mm kidney stone`: a size describes the diagnosis.
            && !(scan.kind(k) == Some(Kind::Number)
                && scan.next_solid(k).is_some_and(|u| matches!(scan.low(u), "mm" | "cm")))
        {
            only_diagnosis = false;
        }
        last = Some(k);
        match scan
            .next_solid(k)
            .or_else(|| (scan.kind(k + 1) == Some(Kind::Punct)).then_some(k + 1))
        {
            Some(n) => k = n,
            None => break,
        }
    }
    let mut last = last?;
    // `a cyst on` your ovary: the finding ends before a dangling preposition.
    while last > first
        && word_set!(words![
            "on", "in", "at", "of", "to", "with", "en", "de", "del", "con", "el", "la", "and",
            "or", "y", "o", "the", "a"
        ])
        .contains(scan.low(last))
    {
        last = scan.prev_solid(last)?;
    }
    Some(last)
}

/// Test words that make a sentence report results.
const TEST_NOUNS: &str = words![
    "urine",
    "sample",
    "specimen",
    "results",
    "result",
    "test",
    "tests",
    "scan",
    "labs",
    "lab",
    "culture",
    "cultures",
    "pcr",
    "naat",
    "swab",
    "report",
    "biopsy",
    "pathology",
    "imaging",
    "study",
    "screen",
    "panel",
    "resultados",
    "resultado",
    // Polish and Haitian results: `wyniki są w normie`, `rezilta yo nòmal`.
    "wyniki",
    "rezilta",
    "estudio",
    "prueba",
    "examen",
    "radiografia",
    "x-ray",
    "xray",
    "analisis",
    "examenes",
    "laboratorio",
    "estudios",
    "pruebas",
];

/// Is a test named within `window` tokens before token `i`, in the same sentence?
fn test_before(scan: &Scan, i: usize, window: usize) -> bool {
    let mut p = scan.prev_solid(i);
    // `I reviewed your sleep study. It showed ...`: a pronoun opening the
    // sentence takes the test from the sentence before.
    let pronoun = p.is_some_and(|k| matches!(scan.low(k), "it" | "this" | "that"));
    let mut steps = 0;
    while let (Some(k), true) = (p, steps < window) {
        if matches!(scan.tok(k), "." | "!" | "?") {
            if pronoun && steps == 1 {
                steps += 1;
                p = scan.prev_solid(k);
                continue;
            }
            return false;
        }
        if word_set!(TEST_NOUNS).contains(scan.low(k))
            || term_at(scan, k, Category::Procedure).is_some()
            || analyte_at(scan, k).is_some()
            || unlisted_test(scan, k)
        {
            return true;
        }
        steps += 1;
        p = scan.prev_solid(k);
    }
    false
}

/// Findings a test can rule out.
const FINDINGS: &str = words![
    "fracture",
    "fractures",
    "break",
    "blockage",
    "blockages",
    "polyp",
    "polyps",
    "nodule",
    "nodules",
    "mass",
    "masses",
    "lump",
    "cyst",
    "cysts",
    "tumor",
    "tumors",
    "growth",
    "lesion",
    "lesions",
    "clot",
    "clots",
    "stone",
    "stones",
    "cancer",
    "infection",
    "bleeding",
    "abnormality",
    "abnormalities",
    "narrowing",
    "tear",
    "fluid",
    "pneumonia",
    "malignancy",
    "fractura",
    "nodulo",
    "nodulos",
    "quiste",
    "masa",
    "tumor",
    "infeccion",
    "coagulo",
    "piedras",
    "lesion",
    "cancer",
    "sangrado",
];

/// `no blockage`, `no hay fractura`, `sin infeccion` in a message about a
/// test: the last token of the finding ruled out.
fn no_finding(scan: &Scan, i: usize) -> Option<usize> {
    if !has_cue(scan, i, cue::NEGATION) {
        return None;
    }
    let mut n = scan.next_solid(i)?;
    if scan.low(n) == "hay" {
        n = scan.next_solid(n)?;
    }
    let mut adjectives = 0;
    // A listed finding, or any listed condition: `no hay neumonía`, `no sign of pneumonia`.
    let end = loop {
        if word_set!(FINDINGS).contains(scan.low(n)) {
            break n;
        }
        if let Some((_, after)) = term_at(scan, n, Category::Condition) {
            break after - 1;
        }
        if !scan.is_word(n) || adjectives >= 2 || word_set!(FINDING_STOPS).contains(scan.low(n)) {
            return None;
        }
        adjectives += 1;
        n = scan.next_solid(n)?;
    };
    test_before(scan, i, 40).then_some(end)
}

/// Blood pressures written without a label: `logged 178/102`, `(158/98)`.
fn blood_pressures(scan: &Scan, first: usize, out: &mut Vec<Cand>) {
    for run in &scan.runs {
        let [a, b] = run.groups[..] else { continue };
        if b != a + 2 || !scan.is_punct(a + 1, '/') || scan.is_punct(b + 1, '/') {
            continue;
        }
        let value = |k: usize| {
            scan.tok(k)
                .parse::<u32>()
                .ok()
                .filter(|_| scan.tok(k).len() <= 3)
        };
        let (Some(sys), Some(dia)) = (value(a), value(b)) else {
            continue;
        };
        let (start, end) = (scan.tokens[a].start, scan.tokens[b].end);
        let shaped = (90..=260).contains(&sys) && (40..=160).contains(&dia) && sys > dia;
        // `Advair 250/50`, `Symbicort 160/4.5`: a strength after a drug.
        let strength = scan
            .prev_solid(a)
            .is_some_and(|p| term_at(scan, p, Category::Medication).is_some());
        if shaped && !strength && !out[first..].iter().any(|c| c.start < end && start < c.end) {
            out.push(Cand::new(start, end));
        }
    }
}

/// The class of the nearest sensitive test or condition at or before a
/// result, within its sentence.
fn reported_class(scan: &Scan, start: usize, end: usize) -> Option<Sensitivity> {
    let first = scan.tokens.partition_point(|t| t.start < start);
    if sti_shorthand(scan, first).is_some() {
        return Some(Sensitivity::Std);
    }
    let mut k = last_token(scan, end);
    let mut steps = 0;
    while steps < 40 {
        if matches!(scan.tok(k), "." | "!" | "?" | "\n") && scan.tokens[k].end <= start {
            return None;
        }
        if matches!(scan.kind(k), Some(Kind::Word | Kind::Mixed)) {
            for c in [
                Category::Procedure,
                Category::Condition,
                Category::Medication,
            ] {
                if let Some(s) = term_at(scan, k, c).and_then(|(t, _)| t.sensitivity) {
                    // A viral load of another virus is no HIV test: `hep C
                    // viral load`, `CMV viral load`.
                    let other_virus = s == Sensitivity::Hiv
                        && scan.low(k) == "viral"
                        && scan.prev_solid(k).is_some_and(|p| {
                            word_set!(words![
                                "c",
                                "b",
                                "hcv",
                                "hbv",
                                "hep",
                                "hepatitis",
                                "cmv",
                                "ebv",
                                "bk"
                            ])
                            .contains(scan.low(p))
                        });
                    if !other_virus {
                        return Some(s);
                    }
                }
            }
        }
        k = k.checked_sub(1)?;
        steps += 1;
    }
    None
}
