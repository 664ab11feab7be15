//! Finders over digit runs: phones, SSNs, cards, ZIPs, numeric dates, IPv4.

use super::{Cand, Detector};
use crate::scan::{Kind, Run, Scan};

/// The groups of a run, as (token index, text).
struct Groups<'s> {
    scan: &'s Scan<'s>,
    idx: &'s [usize],
}

impl<'s> Groups<'s> {
    fn new(scan: &'s Scan<'s>, run: &'s Run) -> Groups<'s> {
        Groups {
            scan,
            idx: &run.groups,
        }
    }
    fn len(&self) -> usize {
        self.idx.len()
    }
    fn text(&self, i: usize) -> &'s str {
        self.scan.tok(self.idx[i])
    }
    fn n(&self, i: usize) -> usize {
        self.text(i).len()
    }
    /// The separator before group `i` (i ≥ 1).
    fn sep(&self, i: usize) -> &'s str {
        self.scan.sep(self.idx[i - 1], self.idx[i])
    }
    fn start(&self, i: usize) -> usize {
        self.scan.tokens[self.idx[i]].start
    }
    fn end(&self, i: usize) -> usize {
        self.scan.tokens[self.idx[i]].end
    }
    /// The character just before group `i`'s first digit, if any.
    fn before(&self, i: usize) -> Option<char> {
        self.scan.text()[..self.start(i)].chars().next_back()
    }
    fn value(&self, i: usize) -> u32 {
        self.text(i).parse().unwrap_or(u32::MAX)
    }
}

fn nanp(area: &str, exchange: &str) -> bool {
    let ok = |s: &str| s.len() == 3 && (b'2'..=b'9').contains(&s.as_bytes()[0]);
    ok(area) && ok(exchange)
}

/// Phone numbers: every NANP layout and E.164 international numbers.
pub(crate) fn phone(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    for run in &scan.runs {
        let g = Groups::new(scan, run);
        let mut s = 0;
        while s < g.len() {
            match phone_at(&g, s) {
                Some((next, start, end)) if g.before(s) != Some('$') => {
                    out.push(Cand::new(start, end));
                    s = next;
                }
                _ => s += 1,
            }
        }
    }
}

/// A phone number starting at group `s`: (next group, start byte, end byte).
fn phone_at(g: &Groups, s: usize) -> Option<(usize, usize, usize)> {
    let plus = g.before(s) == Some('+');
    let mut start = if plus { g.start(s) - 1 } else { g.start(s) };
    let mut i = s;
    // A leading country code 1 (`+1 415 ...`, `1-800-...`).
    let mut country_one = false;
    if g.text(i) == "1" && i + 3 < g.len() && g.n(i + 1) == 3 {
        country_one = true;
        i += 1;
    }
    if plus && !country_one && !g.text(s).starts_with('1') {
        // International: digits after + up to 15 in all.
        let mut total = 0;
        let mut j = s;
        while j < g.len()
            && total + g.n(j) <= 15
            && (j == s || matches!(g.sep(j), " " | "-" | "." | ")" | ") " | "("))
        {
            total += g.n(j);
            j += 1;
        }
        return (8..=15).contains(&total).then(|| (j, start, g.end(j - 1)));
    }
    // `+1 415 555 01 51`: after +1, ten digits in any grouping.
    if plus && country_one {
        let mut digits = String::new();
        let mut j = i;
        while j < g.len() && digits.len() < 10 && (j == i || matches!(g.sep(j), " " | "-" | ".")) {
            digits.push_str(g.text(j));
            j += 1;
        }
        if digits.len() == 10 && nanp(&digits[..3], &digits[3..6]) {
            return Some((j, start, g.end(j - 1)));
        }
    }
    if g.before(i) == Some('(') && g.n(i) == 3 {
        start = start.min(g.start(i) - 1);
    }
    let single = g.text(i);
    if single.len() == 10 && nanp(&single[..3], &single[3..6]) && !country_one {
        return Some((i + 1, start, g.end(i)));
    }
    if single.len() == 11
        && single.starts_with('1')
        && nanp(&single[1..4], &single[4..7])
        && !country_one
    {
        return Some((i + 1, start, g.end(i)));
    }
    if i + 2 < g.len() && g.n(i) == 3 && g.n(i + 1) == 3 && g.n(i + 2) == 4 {
        let first = g.sep(i + 1);
        let second = g.sep(i + 2);
        let first_ok = matches!(first, "-" | "." | " " | ")" | ") " | "/");
        let second_ok = matches!(second, "-" | "." | " ");
        if first_ok && second_ok && nanp(g.text(i), g.text(i + 1)) {
            return Some((i + 3, start, g.end(i + 2)));
        }
    }
    // The area code apart from seven digits run together: `312 5550147`,
    // `312-5550147`.
    if i + 1 < g.len()
        && g.n(i) == 3
        && g.n(i + 1) == 7
        && matches!(g.sep(i + 1), "-" | "." | " " | ")" | ") ")
        && (i + 2 == g.len() || g.n(i + 2) > 4)
        && nanp(g.text(i), &g.text(i + 1)[..3])
    {
        return Some((i + 2, start, g.end(i + 1)));
    }
    // Seven-digit local numbers: 555-0142.
    if !country_one
        && i + 1 < g.len()
        && g.n(i) == 3
        && g.n(i + 1) == 4
        && matches!(g.sep(i + 1), "-" | ".")
    {
        let exch = g.text(i).as_bytes()[0];
        let longer = i + 2 < g.len() && matches!(g.sep(i + 2), "-" | ".");
        if (b'2'..=b'9').contains(&exch) && !longer && s == i {
            return Some((i + 2, start, g.end(i + 1)));
        }
    }
    None
}

/// Labels of an SSN, shared by the rows that need one.
pub(crate) const SSN_WORDS: &[&str] = &[
    "ssn",
    "ss#",
    "ss #",
    "s.s.",
    "social",
    "social security",
    "seguro social",
    "ssn#",
    "soc sec",
    "ss no",
    // `ss` alone is too short a word to trust, but not as the last 4's,
    // someone's, or said to end so: `the last 4 of my ss are 4471`, `ss
    // ending 4471`.
    "last 4 ss",
    "last four ss",
    "my ss",
    "ss ending",
    "ss ends",
];

/// Labels of a date of birth, shared by the row that relabels a date
/// near one and the birth date with spaces alone between its parts.
pub(crate) const DOB_LABELS: &[&str] = &[
    "dob",
    "d.o.b",
    "d.o.b.",
    "date of birth",
    "born",
    "born on",
    "birthday",
    "birth date",
    "birthdate",
    "bday",
    "b-day",
    "fecha de nacimiento",
    "fecha nac",
    "fecha de nac",
    "nacimiento",
    "nacido",
    "nacida",
    "f. nac",
    "cumpleanos",
    "fdn",
    "nacio",
    "nacio el",
    // Haitian Creole, Polish, Portuguese, Tagalog, Vietnamese.
    "dat nesans",
    "nesans",
    "data urodzenia",
    "urodzenia",
    "urodzony",
    "urodzona",
    "data de nascimento",
    "nascimento",
    "nasceu",
    "kapanganakan",
    "ngay sinh",
    // Korean, with its topic particle: `생년월일은 1958년 4월 2일`.
    "생년월일",
    "생년월일은",
    "was born",
    "dob on file",
    // A label that says where the date is kept, far from it: `the
    // DOB we have on file for your son is 03/14/2019`.
    "dob we have on file",
    "dob we have",
    "date of birth on file",
    "date of birth we have on file",
    "birthday on file",
    "birthday we have on file",
];

/// SSNs: 3-2-4 with one consistent separator; 9 bare digits or the last four
/// only with an SSN context phrase close before.
pub(crate) fn ssn(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    for run in &scan.runs {
        let g = Groups::new(scan, run);
        for s in 0..g.len() {
            if s + 2 < g.len() && g.n(s) == 3 && g.n(s + 1) == 2 && g.n(s + 2) == 4 {
                let sep = g.sep(s + 1);
                if sep == g.sep(s + 2)
                    && matches!(sep, "-" | " " | ".")
                    && (s + 3 == g.len() || g.n(s + 3) > 4)
                {
                    out.push(Cand::new(g.start(s), g.end(s + 2)));
                }
            }
            if g.len() == 1 && g.n(s) == 9 && scan.context_before(g.start(s), 30, row.context) {
                out.push(Cand::new(g.start(s), g.end(s)));
            }
        }
    }
}

/// A number labelled an SSN right before it but outside the issued ranges
/// (`SSN 900-12-3456`) or mistyped or cut short (`SSN 512-44-018`, `social
/// 48-27-5510`): what the sender believes is the number leaks all the same
/// (fail closed). Three groups, the middle one of two digits, not a date.
pub(crate) fn ssn_typed(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    for run in &scan.runs {
        let g = Groups::new(scan, run);
        if g.len() == 3
            && (2..=3).contains(&g.n(0))
            && (g.n(1) == 2 || (g.n(0) == 3 && g.n(1) == 3 && g.n(2) == 3))
            && (3..=5).contains(&g.n(2))
            && matches!(g.sep(1), "-" | " " | ".")
            && g.sep(1) == g.sep(2)
            && super::validate::not_date(&scan.text()[g.start(0)..g.end(2)])
            && scan.context_before(g.start(0), 16, row.context)
            // Not the social worker's or services' number.
            && !scan.context_before(g.start(0), 16, NOT_SOCIAL_SECURITY)
        {
            out.push(Cand::new(g.start(0), g.end(2)));
        }
    }
    typed_through_noise(scan, row, out);
}

/// Words after `social` that make it no SSN's label: a social worker's,
/// social services' number.
const NOT_SOCIAL_SECURITY: &[&str] = &["worker", "work", "services", "service"];

/// An SSN after its label typed through noise the digit runs do not join:
/// a letter O for a zero (`5O1-44-0193`), spaced dashes (`501 - 44 -
/// 0193`), a line break inside it (`501-44-\n0193`). Nine digits, nothing
/// but separators between them.
fn typed_through_noise(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    // Only a message with an SSN's label is walked (one pass over its words).
    // (The first letter first: one well-predicted test turns most words away.)
    let labelled = (0..scan.tokens.len()).any(|k| {
        scan.is_word(k)
            && scan.lower.as_bytes()[scan.tokens[k].start] == b's'
            && (matches!(scan.low(k), "ssn" | "ss" | "social" | "soc" | "seguro")
                // Dotted: `s.s. #`.
                || (scan.low(k) == "s" && scan.is_punct(k + 1, '.') && scan.low(k + 2) == "s"))
    });
    if !labelled {
        return;
    }
    let lower = scan.lower.as_bytes();
    for at in 0..lower.len() {
        if !lower[at].is_ascii_digit() || (at > 0 && lower[at - 1].is_ascii_alphanumeric()) {
            continue;
        }
        let (mut digits, mut end, mut k, mut noisy) = (0, at, at, false);
        while k < lower.len() && digits < 9 && k - at < 24 {
            match lower[k] {
                b'0'..=b'9' => {
                    digits += 1;
                    end = k + 1;
                }
                // A letter O typed for a zero, between digits.
                b'o' if k > at && lower[k - 1].is_ascii_digit()
                    || lower.get(k + 1).is_some_and(u8::is_ascii_digit) =>
                {
                    digits += 1;
                    end = k + 1;
                    noisy = true;
                }
                b' ' | b'-' | b'.' => {}
                b'\n' => noisy = true,
                _ => break,
            }
            k += 1;
        }
        let raw = &scan.lower[at..end];
        noisy |= crate::scan::find_str(raw, " - ", 0).is_some();
        if digits == 9
            && noisy
            && lower.get(end).is_none_or(|b| !b.is_ascii_alphanumeric())
            && scan.context_before(at, 16, row.context)
            && !scan.context_before(at, 16, NOT_SOCIAL_SECURITY)
        {
            out.push(Cand::new(at, end));
        }
    }
}

/// `last four 0091?` with no SSN word before the number at byte `at`: a
/// caller verifying who they are, unless the message says whose number (a
/// card's, an account's, a phone's, a chart's) it is the end of.
pub(crate) fn last_four_alone(scan: &Scan, at: usize) -> bool {
    scan.nearest_before(at, 16, &["last 4", "last four", "lst 4", "last4"])
        .is_some()
        && !scan.has_word(&[
            "card", "cards", "visa", "debit", "credit", "acct", "account", "phone", "cell", "mrn",
            "chart", "member", "tarjeta", "cuenta",
        ])
}

/// A four-digit number said later in a message about an SSN's last four,
/// read back or compared: `Billing needs last 4 of SSN ... I have 6621 but
/// the state has 6612`; not a room, an extension, an amount or a time.
fn compared_last_four(scan: &Scan, row: &Detector, at: usize) -> bool {
    let lower = scan.lower;
    // (Each match found with the scanner's own search: `match_indices`
    // and `contains` with a string link the standard library's searcher.)
    let asked = ["last 4 of", "last four of"].iter().any(|p| {
        let mut from = 0;
        while let Some(k) = crate::scan::find_str(lower, p, from) {
            from = k + 1;
            // An SSN word within a few words after: `last 4 of her SSN`.
            let after = k + p.len();
            let near = (after..=(after + 20).min(at))
                .rev()
                .find_map(|e| lower.get(after..e));
            if after < at
                && near.is_some_and(|w| {
                    row.context
                        .iter()
                        .any(|c| crate::scan::find_str(w, c, 0).is_some())
                })
            {
                return true;
            }
        }
        false
    });
    let i = scan.tokens.partition_point(|t| t.start < at);
    // (Not a year: `born July 4th 1983`.)
    let year = scan
        .tok(i)
        .parse::<u16>()
        .is_ok_and(|y| (1900..=2099).contains(&y));
    asked
        && !year
        // Nor a card's, said in the same message: `card ending 4417`.
        && !scan.has_word(&["card", "cards", "visa", "debit", "credit"])
        && !scan.prev_solid(i).is_some_and(|p| {
            matches!(
                scan.low(p),
                "rm" | "room"
                    | "ext"
                    | "suite"
                    | "$"
                    | "#"
                    | "x"
                    | "until"
                    | "at"
                    | "by"
                    | "@"
                    | "from"
                    | "before"
                    | "after"
                    | "total"
                    | "bed"
            )
        })
        && !lower[at..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with([':', '%'])
}

/// The last four digits of an SSN, which identify a patient in a billing
/// or verification message ("last 4 of SSN 6789"), and masked SSNs
/// (`XXX-XX-6789`).
pub(crate) fn ssn_last4(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    for run in &scan.runs {
        let g = Groups::new(scan, run);
        // The `4` of `last 4` is no digit of the number: `SSN last 4 4821`
        // (the word `last`, not the end of `blast`).
        let first = usize::from(
            g.len() > 1 && &scan.text()[g.start(0)..g.end(0)] == "4" && {
                let before = scan.lower[..g.start(0)].trim_end();
                before
                    .strip_suffix("last")
                    .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
            },
        );
        // Four digits, whole or spaced out (`7 7 0 2`, `77-02`).
        let total: usize = (first..g.len()).map(|i| g.n(i)).sum();
        let spaced = (first + 1..g.len()).all(|i| matches!(g.sep(i), " " | "-"));
        // `social security number on file ends in 0193`, `social security
        // last four 5521`: the label farther back when the number is said
        // to end so, or to be its last four, some words on: `pt ssn last 4
        // for billing: 6612`.
        let ends_in = || {
            scan.context_before(
                g.start(first),
                24,
                &[
                    "ends in",
                    "ending in",
                    "ends with",
                    "ending",
                    "last 4",
                    "last four",
                ],
            ) && scan.context_before(g.start(first), 96, row.context)
                // A card's end, in a message about an SSN too: `the card
                // ending 4417 was declined`.
                && !scan.context_before(g.start(first), 20, &["card", "visa", "debit", "credit"])
        };
        if total == 4
            && (g.len() == first + 1 || spaced)
            && (scan.context_before(g.start(first), 24, row.context)
                || ends_in()
                || last_four_alone(scan, g.start(first))
                || compared_last_four(scan, row, g.start(first)))
        {
            out.push(Cand::new(g.start(first), g.end(g.len() - 1)));
        }
    }
    // Every mask starts with its mask byte twice: texts without such a pair
    // (almost all) are not walked.
    if !["xx", "**", "##"].iter().any(|p| scan.has(p)) {
        return;
    }
    let lower = scan.lower.as_bytes();
    // Masked SSNs: one pass looking for the mask's first byte.
    for at in 0..lower.len() {
        if !matches!(lower[at], b'x' | b'*' | b'#')
            || (at > 0 && lower[at - 1].is_ascii_alphanumeric())
        {
            continue;
        }
        for mask in ["xxx-xx-", "***-**-", "xxx xx ", "###-##-"] {
            let d = at + mask.len();
            if lower[at..].starts_with(mask.as_bytes())
                && d + 4 <= lower.len()
                && lower[d..d + 4].iter().all(u8::is_ascii_digit)
                && lower.get(d + 4).is_none_or(|b| !b.is_ascii_alphanumeric())
            {
                out.push(Cand::new(at, d + 4));
            }
        }
    }
}

/// Payment cards: 13–19 digits in groups joined by one kind of separator.
pub(crate) fn payment_card(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    for run in &scan.runs {
        let g = Groups::new(scan, run);
        let mut s = 0;
        while s < g.len() {
            let mut total = 0;
            let mut best = None;
            let mut j = s;
            let first_sep = if s + 1 < g.len() { g.sep(s + 1) } else { "" };
            while j < g.len() {
                if j > s && (g.sep(j) != first_sep || !matches!(first_sep, "-" | " ")) {
                    break;
                }
                total += g.n(j);
                if total > 19 {
                    break;
                }
                if total >= 13 {
                    let text: String = (s..=j).map(|k| g.text(k)).collect();
                    if super::validate::payment_card(&text) {
                        best = Some(j);
                    }
                }
                j += 1;
            }
            // A card's number that fails its check digit (a typo, or one
            // made up) is still a card's number after a card's word (the
            // row's context): fail closed (`my card is 4532 1234 5678 9012`).
            let best = best.or_else(|| {
                card_shaped(&g, s).filter(|_| scan.context_before(g.start(s), 24, row.context))
            });
            match best {
                Some(e) => {
                    out.push(Cand::new(g.start(s), g.end(e)));
                    s = e + 1;
                }
                None => s += 1,
            }
        }
    }
}

/// The last group of a card-shaped number from group `s`: 13 to 19 digits
/// in one group, or groups of 4-4-4-4 (4-4-4-4-3) or 4-6-5 joined by one
/// space or hyphen each.
fn card_shaped(g: &Groups, s: usize) -> Option<usize> {
    if (13..=19).contains(&g.n(s)) {
        return Some(s);
    }
    let sep = if s + 1 < g.len() {
        g.sep(s + 1)
    } else {
        return None;
    };
    if !matches!(sep, "-" | " ") {
        return None;
    }
    // The groups' lengths from `s` while the separator holds.
    let len_at = |k: usize| {
        let j = s + k;
        (j < g.len() && (k == 0 || g.sep(j) == sep)).then(|| g.n(j))
    };
    [&[4, 4, 4, 4, 3][..], &[4, 4, 4, 4], &[4, 6, 5]]
        .iter()
        .find(|shape| shape.iter().enumerate().all(|(k, &n)| len_at(k) == Some(n)))
        .map(|shape| s + shape.len() - 1)
}

/// US state and territory abbreviations, which make the number after them a ZIP.
pub(crate) const STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
];

/// ZIP codes: ZIP+4 anywhere; five digits after a state or a ZIP phrase.
pub(crate) fn zip(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    for run in &scan.runs {
        let g = Groups::new(scan, run);
        if g.n(0) != 5 || !(g.len() == 1 || (g.len() == 2 && g.n(1) == 4 && g.sep(1) == "-")) {
            continue;
        }
        let plus4 = g.len() == 2;
        let after_state = scan.prev_solid(g.idx[0]).is_some_and(|p| {
            let p = if scan.is_punct(p, ',') {
                scan.prev_solid(p)
            } else {
                Some(p)
            };
            p.is_some_and(|p| STATES.contains(&scan.tok(p)) || text::is_state_name(scan, p))
        });
        if plus4 || after_state || scan.context_before(g.start(0), 16, row.context) {
            out.push(Cand::new(g.start(0), g.end(g.len() - 1)));
        }
    }
}

use super::text;

const DATE_BEFORE: &[&str] = &[
    "on",
    "by",
    "for",
    "from",
    "until",
    "till",
    "thru",
    "through",
    "before",
    "after",
    "due",
    "appt",
    "appointment",
    "visit",
    "scheduled",
    "date",
    "dated",
    "dob",
    "born",
    "el",
    "para",
    "cita",
    "fecha",
    "desde",
    "hasta",
    "al",
    "del",
    "since",
    "of",
    "d.o.b",
    "birthday",
    "nacimiento",
    // Filled or consulted on: `last filled 2/2`, `your consult is 2/3`;
    // Vietnamese `ngày 20/11` and Portuguese `no dia 22/05` (the day).
    "filled",
    "refilled",
    "consult",
    // When coverage or a plan starts or ends: `plan starts 1/1`.
    "starts",
    "start",
    "starting",
    "effective",
    "begins",
    "ends",
    "expires",
    "ngay",
    "dia",
    // Haitian `jou` (day), Swahili `tarehe` and Somali `taariikhda` (date).
    "jou",
    "tarehe",
    "taariikhda",
    // A weekday: `Friday 14/3`, `el viernes 14/3`, Vietnamese `thứ Sáu
    // 14/3` (read folded: `thu sau`).
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "thu",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
];
const NOT_A_DATE_AFTER: &[&str] = &[
    "tab", "tabs", "tablet", "tablets", "pill", "pills", "cup", "cups", "tsp", "tbsp", "dose",
    "doses", "mg", "ml", "inch", "inches", "strength", "pain", "scale", "mile", "miles",
];

const SCALE_WORDS: &[&str] = &[
    "scale", "escala", "pain", "dolor", "rate", "rated", "rating", "score", "puntaje",
];

const NOT_A_DATE_BEFORE: &[&str] = &[
    "take",
    "takes",
    "taking",
    "give",
    "tome",
    "tomar",
    "pain",
    "scale",
    "rated",
    "rate",
    "rates",
    "score",
    "scored",
    "ratio",
    "dolor",
    "escala",
    "bp",
    "blood pressure",
    "pressure",
    "presion",
    // A card's expiry: `exp 08/28`.
    "exp",
];

/// Numeric dates: m/d/yy(yy), m-d-yyyy, yyyy-mm-dd, d.m.yyyy, and m/d — never
/// fractions, doses or scores (`1/2 tab`, `pain 5/10`, `open 24/7`).
pub(crate) fn numeric_date(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    if scan.has(" / ") || scan.has(" - ") {
        spaced_dates(scan, out);
    }
    // (Read out with `/` or after a birth date's label, a date holds a
    // run of digit words: most messages have none.)
    if scan.may_have("slash")
        || ((scan.has(" / ") || ["dob", "birth", "born"].iter().any(|w| scan.may_have(w)))
            && !text::spelled_runs(scan).is_empty())
    {
        spelled_dates(scan, out);
    }
    if scan.has(" del ") {
        del_dates(scan, out);
    }
    for run in &scan.runs {
        let g = Groups::new(scan, run);
        // A birth date after its label with spaces alone between its
        // parts: `DOB 04 08 1962`.
        if g.len() == 3
            && g.n(0) == 2
            && g.n(1) == 2
            && matches!(g.n(2), 2 | 4)
            && g.sep(1) == " "
            && g.sep(2) == " "
            // The label right before it (`DOB: `, `fecha de nacimiento `).
            && scan
                .nearest_before(g.start(0), 24, DOB_LABELS)
                .is_some_and(|back| back <= 3)
        {
            let (a, b) = (
                g.text(0).parse().unwrap_or(0),
                g.text(1).parse().unwrap_or(0),
            );
            if month_day(a, b) || month_day(b, a) {
                out.push(Cand::new(g.start(0), g.end(2)));
                continue;
            }
        }
        let mut s = 0;
        while s < g.len() {
            if let Some(n) = date_at(scan, &g, s) {
                out.push(Cand::new(g.start(s), g.end(s + n - 1)));
                s += n;
            } else {
                s += 1;
            }
        }
    }
}

/// A date said the Spanish way, day `del` month `del` year in numbers:
/// `nacimiento es 15 del 3 del 80`.
fn del_dates(scan: &Scan, out: &mut Vec<Cand>) {
    let number = |k: Option<usize>, len: std::ops::RangeInclusive<usize>| {
        k.filter(|&k| scan.kind(k) == Some(Kind::Number) && len.contains(&scan.tok(k).len()))
    };
    let del = |k: usize| scan.next_solid(k).filter(|&d| scan.low(d) == "del");
    for i in 0..scan.tokens.len() {
        let Some(d) = number(Some(i), 1..=2) else {
            continue;
        };
        let Some(m) = number(del(d).and_then(|x| scan.next_solid(x)), 1..=2) else {
            continue;
        };
        let Some(y) = number(del(m).and_then(|x| scan.next_solid(x)), 2..=4) else {
            continue;
        };
        let value = |k: usize| scan.tok(k).parse::<u32>().unwrap_or(0);
        if scan.tok(y).len() != 3 && month_day(value(m), value(d)) {
            out.push(Cand::new(scan.tokens[d].start, scan.tokens[y].end));
        }
    }
}

/// A date typed with spaces around its separators, three groups of it
/// (`birthday is 3 / 19 / 78`, `11 - 02 - 2026`): month and day of one or
/// two digits, a year of two or four. Two groups alone are as often a
/// fraction or a score, and are left.
fn spaced_dates(scan: &Scan, out: &mut Vec<Cand>) {
    let number = |k: usize, len: std::ops::RangeInclusive<usize>| {
        scan.kind(k) == Some(Kind::Number) && len.contains(&scan.tok(k).len())
    };
    let value = |k: usize| scan.tok(k).parse::<u32>().unwrap_or(0);
    for i in 0..scan.tokens.len() {
        // Not inside a longer run: `4 / 3 / 19 / 78`, `ID 12 3 / 19 / 78`.
        if !number(i, 1..=2)
            || (i > 0
                && matches!(
                    scan.kind(i - 1),
                    Some(Kind::Number | Kind::Word | Kind::Mixed)
                ))
            || (i > 1 && scan.tok(i - 1) == " " && matches!(scan.tok(i - 2), "/" | "-"))
        {
            continue;
        }
        let sep = scan.tok(i + 2);
        let spaced =
            |k: usize| scan.tok(k) == " " && scan.tok(k + 1) == sep && scan.tok(k + 2) == " ";
        if !matches!(sep, "/" | "-") || !spaced(i + 1) || !number(i + 4, 1..=2) || !spaced(i + 5) {
            continue;
        }
        let y = i + 8;
        let year = number(y, 2..=2) || (number(y, 4..=4) && (1900..=2100).contains(&value(y)));
        let glued = scan
            .kind(y + 1)
            .is_some_and(|k| !matches!(k, Kind::Space | Kind::Newline | Kind::Punct));
        let (a, b) = (value(i), value(i + 4));
        let (start, end) = (scan.tokens[i].start, scan.tokens[y].end);
        // Not a score or a dose: `pain 3 / 10 / 20`.
        let not_date = scan.context_before(start, 14, NOT_A_DATE_BEFORE)
            || scan.context_before(start, 14, SCALE_WORDS)
            || scan.context_after(end, 12, NOT_A_DATE_AFTER);
        if year && !glued && !not_date && (month_day(a, b) || month_day(b, a)) {
            out.push(Cand::new(start, end));
        }
    }
}

/// A number of one or two digits read out in words from token `k`:
/// digit words (`one two`, `oh five`) or a number word from ten to
/// ninety-nine (`nineteen`, `twenty one`, a year's `fifty two`). Its value
/// and its last token.
fn spelled_number(scan: &Scan, k: usize) -> Option<(u32, usize)> {
    let low = scan.low(k);
    let next_digit = || {
        scan.next_solid(k)
            .filter(|&n| n == k + 2)
            .and_then(|n| text::digit_word(scan.low(n)).map(|d| (u32::from(d), n)))
    };
    // A teen is whole; a tens word may take its unit after it (forty to
    // ninety read a year's last two digits: `fifty two`).
    if let Some(v) = text::tens_word(low) {
        return Some(if v < 20 {
            (v, k)
        } else {
            next_digit().map_or((v, k), |(d, n)| (v + d, n))
        });
    }
    let d = u32::from(text::digit_word(low)?);
    Some(next_digit().map_or((d, k), |(e, n)| (d * 10 + e, n)))
}

/// A date read out in words with `slash` or `/` between its parts, as a
/// patient types what the phone heard: `one two slash zero three slash
/// seven seven`, `oh five slash nineteen slash oh four`, `one one / oh four
/// / fifty two`; or with nothing between them after a birth date's label:
/// `dob is oh three fourteen eighty two`.
fn spelled_dates(scan: &Scan, out: &mut Vec<Cand>) {
    for i in 0..scan.tokens.len() {
        if i > 1 && spelled_number(scan, i - 2).is_some_and(|(_, e)| e == i) {
            continue;
        }
        let Some((m, a)) = spelled_number(scan, i) else {
            continue;
        };
        let born = || scan.context_before(scan.tokens[i].start, 12, &["dob", "birth", "born"]);
        let slash_then = |k: usize| {
            let s = scan.next_solid(k)?;
            if scan.low(s) == "slash" || scan.is_punct(s, '/') {
                scan.next_solid(s).and_then(|n| spelled_number(scan, n))
            } else if s == k + 2 && born() {
                spelled_number(scan, s)
            } else {
                None
            }
        };
        let Some((d, b)) = slash_then(a) else {
            continue;
        };
        let Some((_, c)) = slash_then(b) else {
            continue;
        };
        if month_day(m, d) {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[c].end));
        }
    }
}

pub(crate) fn month_day(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn date_at(scan: &Scan, g: &Groups, s: usize) -> Option<usize> {
    let three =
        s + 2 < g.len() && g.sep(s + 1) == g.sep(s + 2) && matches!(g.sep(s + 1), "/" | "-" | ".");
    if three {
        let (a, b, c) = (g.value(s), g.value(s + 1), g.value(s + 2));
        let (na, nb, nc) = (g.n(s), g.n(s + 1), g.n(s + 2));
        if na == 4 && nb <= 2 && nc <= 2 && (1900..=2100).contains(&a) && month_day(b, c) {
            return Some(3);
        }
        if na <= 2
            && nb <= 2
            && (nc == 2 || (nc == 4 && (1900..=2100).contains(&c)))
            && (month_day(a, b) || month_day(b, a))
        {
            return Some(3);
        }
        return None;
    }
    if s + 1 < g.len() && g.sep(s + 1) == "/" && g.n(s) <= 2 && g.n(s + 1) <= 2 {
        let (a, b) = (g.value(s), g.value(s + 1));
        // A third group joined by a date separator makes it m/d/y (handled above) or no date;
        // one joined by a space is a time or a count: `7/22 3:00 PM`.
        // A range of two is two dates: `11/22-11/25`.
        let range = s + 3 < g.len() && g.sep(s + 2) == "-" && g.sep(s + 3) == "/";
        let next_is_group = s + 2 < g.len() && g.sep(s + 2) != " " && !range;
        let after_end = g.end(s + 1);
        // Month/day needs no date word before it, but a dose, a score or a
        // fraction word around it makes it something else.
        let date_word = scan.context_before(g.start(s), 16, DATE_BEFORE);
        let not_date = scan.context_before(g.start(s), 14, NOT_A_DATE_BEFORE)
            || scan.context_after(after_end, 12, NOT_A_DATE_AFTER)
            // `1/2 of a tab`; but `your 9/29 balance of $64` is a date.
            || scan.context_after(after_end, 4, &["of"])
            // `about 3/4` right before it is a fraction; `the group you
            // asked about starts 12/2` is a date.
            || scan.context_before(g.start(s), 7, &["about"])
            || (!date_word && a <= 2 && b <= 4)
            // A score out of ten after a scale is named earlier: `on a scale
            // of 0-10, a 5/10 means`.
            || (b == 10 && scan.context_before(g.start(s), 48, SCALE_WORDS));
        // Day first, as Spanish and most of the world write it, only when
        // no month reads first and a date word says so: `del 3/11 al 17/11`.
        let day_first = a > 12 && month_day(b, a) && date_word;
        if (month_day(a, b) || day_first) && !next_is_group && !not_date {
            return Some(2);
        }
    }
    None
}

/// IPv4 addresses: four numbers 0–255 joined by dots.
pub(crate) fn ipv4(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    // Defanged: `203[.]0[.]113[.]77`, `10(.)0(.)0(.)1`.
    if scan.has("[.]") || scan.has("(.)") {
        for i in 0..scan.tokens.len() {
            let mut parts = Vec::new();
            let mut k = i;
            while scan.kind(k) == Some(Kind::Number) && parts.len() < 4 {
                parts.push(scan.tok(k));
                let defanged = (scan.is_punct(k + 1, '[') && scan.is_punct(k + 3, ']'))
                    || (scan.is_punct(k + 1, '(') && scan.is_punct(k + 3, ')'));
                if parts.len() == 4 || !(defanged && scan.is_punct(k + 2, '.')) {
                    break;
                }
                k += 4;
            }
            let glued = i > 0 && !matches!(scan.kind(i - 1), Some(Kind::Space | Kind::Newline));
            if parts.len() == 4 && !glued && crate::detectors::validate::ipv4(&parts.join(".")) {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[k].end));
            }
        }
    }
    for run in &scan.runs {
        let g = Groups::new(scan, run);
        for s in 0..g.len().saturating_sub(3) {
            if (s + 1..s + 4).all(|i| g.sep(i) == ".")
                && (s + 4 == g.len() || g.sep(s + 4) != ".")
                && (s == 0 || g.sep(s) != ".")
            {
                out.push(Cand::new(g.start(s), g.end(s + 3)));
            }
        }
    }
}

/// A long number or letter-and-digit code standing alone, without a label:
/// an identifier of some kind (`note for Victoria (00661203)`). Seven or more
/// digits, or six with letters (`HUM0044718`). Dates, phones, cards and
/// labelled IDs overlap it with a higher priority and keep their own label;
/// decimals and amounts are not IDs.
pub(crate) fn bare_id(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    for &i in text::alnum_tokens(scan) {
        let t = &scan.tokens[i];
        // A capital prefix and digit groups joined by hyphens, seven digits
        // or more: `PA-2026-55183`, `R-7720-31944` (not `COVID-19`).
        if matches!(t.kind, Kind::Word | Kind::Mixed)
            && t.end - t.start <= 4
            && scan
                .tok(i)
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && scan.tok(i).as_bytes()[0].is_ascii_uppercase()
            && scan.is_punct(i + 1, '-')
            && !(i > 0 && scan.is_punct(i - 1, '-'))
        {
            let (mut k, mut digits) = (i, scan.tok(i).bytes().filter(u8::is_ascii_digit).count());
            while scan.is_punct(k + 1, '-') && scan.kind(k + 2) == Some(Kind::Number) {
                k += 2;
                digits += scan.tok(k).len();
            }
            // A lot or a drug's product code is many people's: `LOT-2410377`,
            // `NDC-0069-0150-10`.
            if digits >= 7 && !matches!(scan.low(i), "lot" | "ndc") {
                out.push(Cand::new(t.start, scan.tokens[k].end));
            }
            continue;
        }
        let digits = || scan.tok(i).bytes().filter(u8::is_ascii_digit).count();
        // The length first: most tokens are shorter than seven bytes.
        let long = t.end - t.start >= 7
            && match t.kind {
                Kind::Number => true,
                Kind::Mixed => digits() >= 6,
                _ => false,
            };
        if !long {
            continue;
        }
        let number_at = |k: usize| matches!(scan.kind(k), Some(Kind::Number));
        let decimal = (i > 1 && scan.is_punct(i - 1, '.') && number_at(i - 2))
            || (scan.is_punct(i + 1, '.') && number_at(i + 2));
        let amount = i > 0 && scan.is_punct(i - 1, '$');
        // A lot is many people's: `LOT 0824117`, `lot #2410377`.
        let lot = scan.prev_solid(i).is_some_and(|p| {
            let p = if scan.is_punct(p, '#') || scan.is_punct(p, ':') {
                scan.prev_solid(p).unwrap_or(p)
            } else {
                p
            };
            scan.low(p) == "lot"
        });
        if !decimal && !amount && !lot {
            out.push(Cand::new(t.start, t.end));
        }
    }
}

/// A bare number of `len` digits with one of the row's context phrases within
/// `window` bytes before it (NPI, IMEI, CPT).
pub(crate) fn number_after_context(
    scan: &Scan,
    row: &Detector,
    len: usize,
    window: usize,
    out: &mut Vec<Cand>,
) {
    for run in &scan.runs {
        let g = Groups::new(scan, run);
        let total: usize = (0..g.len()).map(|i| g.n(i)).sum();
        if total == len
            && (1..g.len()).all(|i| matches!(g.sep(i), "-" | " "))
            && scan.context_before(g.start(0), window, row.context)
        {
            out.push(Cand::new(g.start(0), g.end(g.len() - 1)));
        }
    }
}

pub(crate) fn npi(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    number_after_context(scan, row, 10, 24, out);
}

pub(crate) fn imei(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    number_after_context(scan, row, 15, 24, out);
}
