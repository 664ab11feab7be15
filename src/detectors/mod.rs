//! Detectors as data: one row per detector, proven against its own examples.
//!
//! A row names its category, how it finds candidates ([`Find`]), the
//! validator a candidate must pass, the context phrases it relies on, and
//! examples (the expected finding marked `«like this»`) and negative examples
//! (texts in which this row's category must not be found). The test
//! `detector_table_proves_its_examples` walks the table.

mod clinical;
mod keys;
mod lexicon;
mod names;
mod numeric;
mod scripts;
mod table;
mod text;
pub(crate) mod validate;

use std::sync::OnceLock;

use crate::scan::{Kind, Scan};
use crate::{Category, Sensitivity};
use text::{word_set, words};

/// A finding in folded-text byte offsets, before mapping back.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    pub sensitivity: Option<Sensitivity>,
    pub clinician: bool,
    pub detector: &'static str,
    priority: u8,
}

/// A candidate span a finder proposes (folded byte offsets).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cand {
    pub start: usize,
    pub end: usize,
    /// A clinician's name (names only).
    pub clinician: bool,
    /// The sensitivity class a clinical finding implies.
    pub sensitivity: Option<Sensitivity>,
}

impl Cand {
    pub fn new(start: usize, end: usize) -> Cand {
        Cand {
            start,
            end,
            clinician: false,
            sensitivity: None,
        }
    }
}

/// The condition, medication and procedure terms starting at one token, each
/// with the token after it.
pub(crate) type TermMatches = [Option<(lexicon::Term, usize)>; 3];

/// The listed terms at every token (`clinical::term_at`). Most tokens
/// start none, so each holds only the number of its entry in `found`, 0
/// for none: four bytes a token to write, not a whole `TermMatches`.
pub(crate) struct TermMemo {
    pub at: Vec<u32>,
    pub found: Vec<TermMatches>,
}

impl TermMemo {
    /// The terms starting at token `i`, if any does (none past the last
    /// token: a term of another script found inside the last word, `리튬약`,
    /// starts after every token's start).
    #[inline]
    pub fn get(&self, i: usize) -> Option<&TermMatches> {
        match self.at.get(i) {
            None | Some(0) => None,
            Some(&k) => Some(&self.found[k as usize - 1]),
        }
    }
}

/// A condition named as a test: (first token, last token, class).
pub(crate) type TestedCondition = (usize, usize, Option<Sensitivity>);

/// A clinical term in another script than the Latin one
/// (`scripts::script_terms`): its byte range, list and class.
pub(crate) type ScriptHit = (usize, usize, Category, Option<Sensitivity>);

pub(crate) type Finder = fn(&Scan, &Detector, &mut Vec<Cand>);

/// How a row finds candidates.
pub(crate) enum Find {
    /// Its own logic over the tokens and digit runs.
    Logic(Finder),
    /// An ID-like value right after one of the row's context phrases
    /// (`MRN: 00123456`, `member ID W123456789`, `numero de cuenta 4417`).
    AfterContext,
    /// Hits of another category preceded by one of the row's context phrases
    /// become this row's category (`DOB 3/14/1962` is a date of birth,
    /// `fax 415-555-0142` a fax number).
    Relabel {
        /// The category relabelled.
        from: Category,
        /// Phrases that, when nearer than the row's own, keep the original
        /// label (`fax 415-555-0188, call 415-555-0142`: the second is a phone).
        against: &'static [&'static str],
        /// How far back (bytes, same line) the row's phrases are looked for.
        window: usize,
    },
}

pub(crate) struct Detector {
    pub id: &'static str,
    pub category: Category,
    pub find: Find,
    /// Checked on the folded text of each candidate.
    pub validator: Option<fn(&str) -> bool>,
    /// Context phrases, lowercase, accents folded.
    pub context: &'static [&'static str],
    /// When two candidates overlap, the higher priority wins, then the longer.
    pub priority: u8,
    pub examples: &'static [&'static str],
    pub negatives: &'static [&'static str],
}

/// Which of the table's rows a scan runs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rows {
    All,
    /// Only the identifier rows (not names, not clinical details): the ones
    /// that read a number by the label some bytes before it.
    Identifiers,
}

/// The hits of the chosen rows, overlaps resolved, in text order.
pub(crate) fn find_rows(scan: &Scan, rows: Rows) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::with_capacity(32);
    let mut cands = Vec::with_capacity(16);
    let labels = labels().find(scan);
    for (r, row) in table::TABLE.iter().enumerate() {
        if rows == Rows::Identifiers && !row.category.is_identifier() {
            continue;
        }
        cands.clear();
        match row.find {
            Find::Logic(f) => f(scan, row, &mut cands),
            Find::AfterContext => {
                let from = labels.partition_point(|&(lr, _)| lr < r);
                let to = labels.partition_point(|&(lr, _)| lr <= r);
                text::after_context(scan, row, &labels[from..to], &mut cands)
            }
            Find::Relabel { .. } => continue,
        }
        for c in &cands {
            if c.start >= c.end {
                continue;
            }
            if let Some(valid) = row.validator {
                if !valid(&scan.text()[c.start..c.end]) {
                    continue;
                }
            }
            hits.push(Hit {
                start: c.start,
                end: c.end,
                category: row.category,
                sensitivity: c.sensitivity,
                clinician: c.clinician,
                detector: row.id,
                priority: row.priority,
            });
        }
    }
    let mut kept = resolve(hits);
    // Which words name a person (`you`, `pt`, `su`, a bed) does not change as
    // hits are dropped: looked for once, in one pass, by the first rule that
    // asks.
    let found = std::cell::OnceCell::new();
    let person_words = || *found.get_or_init(|| person_words(scan));
    // A person other than the audience's "you", or a bed.
    let third_person = || person_words().third;
    let names_a_person = |kept: &[Hit]| kept.iter().any(personal) || person_words().any;
    // A service offered to everyone is not PHI: "Flu shots this week!" names
    // a procedure but no person. Only procedures are spared this way, and never
    // sensitive ones (fail closed); a condition or drug is always kept.
    let plain_procedure = |h: &Hit| h.category == Category::Procedure && h.sensitivity.is_none();
    // A drug or a result found with it makes the message a person's:
    // `Cataract surgery on the left eye is Tuesday. Start the prednisolone
    // drops 3 days before`. So does a condition said in more than a word
    // (`incision is red and warm, day 5 after hernia repair`) or two
    // conditions (`tired all day even with the cpap, still sleepy`), but
    // not one named in a word: `Sepsis huddle: lactate redraw compliance`
    // is a staff meeting.
    // A diagnosis given as one (`prior auth needed for Mohs dx SCC of
    // scalp`) is a claim's or a chart's, one patient's.
    let diagnosed = |h: &Hit| {
        scan.prev_solid(scan.tokens.partition_point(|t| t.start < h.start))
            .is_some_and(|p| matches!(scan.low(p), "dx" | "diagnosis"))
    };
    let treated = |kept: &[Hit]| {
        kept.iter().any(|h| {
            matches!(h.category, Category::Medication | Category::LabResult)
                || (h.category == Category::Condition
                    && (scan.text()[h.start..h.end].contains(' ') || diagnosed(h)))
        }) || kept
            .iter()
            .filter(|h| h.category == Category::Condition)
            .nth(1)
            .is_some()
    };
    let lone_operation = |kept: &[Hit]| {
        let mut plain = kept.iter().filter(|h| plain_procedure(h));
        plain.next().is_some_and(|h| operation(scan, h)) && plain.next().is_none()
    };
    if kept.iter().any(plain_procedure)
        && !names_a_person(&kept)
        && !treated(&kept)
        && !kept
            .iter()
            .any(|h| plain_procedure(h) && one_persons_procedure(scan, h))
        && !lone_operation(&kept)
    {
        kept.retain(|h| !plain_procedure(h));
    }
    // A price list is no one's: "Self-pay prices: DEXA scan $125, thyroid
    // ultrasound $210, A1C $18". Two tests or more, each with its price
    // right after it and no "your" before it ("your MRI $450" stays).
    let priced = |h: &Hit| {
        plain_procedure(h) && {
            let first = scan.tokens.partition_point(|t| t.start < h.start);
            let last = scan.tokens.partition_point(|t| t.start < h.end);
            last.checked_sub(1)
                .and_then(|l| scan.next_solid(l))
                .is_some_and(|n| scan.tok(n).starts_with('$'))
                && !scan.prev_solid(first).is_some_and(|p| person_word(scan, p))
        }
    };
    if kept.iter().filter(|h| priced(h)).count() >= 2 {
        kept.retain(|h| !priced(h));
    }
    // A health tip is no one's diagnosis: "Spring allergies can cause
    // sneezing and itchy eyes", "Regular colonoscopies can prevent colon
    // cancer", "In the news: the FDA approved a generic of Eliquis". A
    // condition, procedure or drug in a sentence that speaks in general and
    // names no one is dropped; sensitive ones stay (fail closed).
    let in_general = |h: &Hit| clinical_word(h.category) && h.sensitivity.is_none();
    // A condition after `any` is anyone's, a rule's or a warning's: `any
    // fever of 100.4 or higher in a baby under 2 months`, `for any seizure
    // over 5 minutes, then call 911`.
    kept.retain(|h| {
        !(h.category == Category::Condition
            && h.sensitivity.is_none()
            && scan
                .prev_solid(scan.tokens.partition_point(|t| t.start < h.start))
                .is_some_and(|p| {
                    scan.low(p) == "any"
                        // But `call us if any dizziness`, `a diary of any
                        // palpitations` are one patient's to watch for, and
                        // `any numbness in your feet?` is asked of one.
                        && !scan
                            .prev_solid(p)
                            .is_some_and(|q| matches!(scan.low(q), "if" | "of"))
                        && scan.lower.as_bytes()[h.end..]
                            .iter()
                            .find(|&&b| matches!(b, b'.' | b'!' | b'?' | b'\n'))
                            != Some(&b'?')
                }))
    });
    if kept.iter().any(in_general) {
        let general: Vec<bool> = kept
            .iter()
            .map(|h| {
                in_general(h)
                    && (general_sentence(scan, &kept, h.start)
                        || hypothetical(scan, &kept, h.start))
            })
            .collect();
        let mut k = 0;
        kept.retain(|_| {
            k += 1;
            !general[k - 1]
        });
    }
    // An event open to all that names no one and holds no identifier is an
    // announcement, sensitive or not: "Open AA meeting Sundays, anyone who
    // wants to stop drinking is welcome", "free HIV testing, open to all".
    // Its presenters, clinicians, keep their names.
    let open_to_all = || cued_within(scan, text::phrase_index!(ALL_COMERS), 0, scan.lower.len());
    if kept.iter().any(|h| !h.category.is_identifier())
        && !kept
            .iter()
            .any(|h| h.category.is_identifier() && h.category != Category::Date)
        && open_to_all()
    {
        if !names_a_person(&kept) {
            kept.retain(|h| h.category.is_identifier() || h.category == Category::Name);
        } else if !kept.iter().any(personal) && !third_person() {
            // Its "you" is everyone it invites ("Flu shots for employees,
            // walk-ins welcome. Bring your badge."): it keeps only what is
            // sensitive, for a "you" may still be one patient (fail closed).
            kept.retain(|h| !in_general(h));
        }
    }
    // A service a clinic offers to all ("Now offering same-day IUD placement
    // at all three sites") and a notice to staff ("ALL STAFF:", "6E staff:",
    // "Reminder to all nursing staff:", "all ED staff complete the training")
    // are no one's, sensitive or not, so long as no word ties them to a
    // patient: no name but a clinician's, no result or patient identifier,
    // no person word but the "you" of those addressed, no bed, and no "your"
    // before a clinical word ("Your PrEP refill is available at all our
    // pharmacies", "Employee health: your TB test is due" stay someone's).
    // Their contacts and dates do not make them someone's.
    if kept.iter().any(|h| clinical_word(h.category))
        && !kept.iter().any(|h| {
            personal(h)
                || (h.category.is_identifier() && !contact_or_date(h.category))
                || (clinical_word(h.category) && owned(scan, h.start))
        })
        && !third_person()
        && (cued_within(
            scan,
            text::phrase_index!(SERVICE_OFFERS),
            0,
            scan.lower.len(),
        ) || staff_notice(scan))
    {
        kept.retain(|h| !clinical_word(h.category));
    }
    // A clinical word that names staff business, in a message that names no
    // one, is no one's: "Sepsis huddle 0745", "restock the strep kits",
    // "sepsis bundle module is due". Sensitive ones stay (fail closed).
    if kept.iter().any(in_general) && !names_a_person(&kept) {
        kept.retain(|h| {
            !(in_general(h)
                && scan
                    .tokens
                    .partition_point(|t| t.start < h.end)
                    .checked_sub(1)
                    .and_then(|last| scan.next_solid(last))
                    .is_some_and(|n| text::word_set!(STAFF_BUSINESS).contains(scan.low(n))))
        });
    }
    // An order, ticket, tracking or confirmation number in a message that
    // names no one (no name but a clinician's, no person word, not even a
    // "you", no patient identifier) is the clinic's business: "Supply order
    // #PO-2026-11842 ships Friday", "IT ticket INC0084421 opened for the
    // label printer". A claim or a prescription number stays (fail closed).
    if kept.iter().any(|h| h.category == Category::OtherId) && !names_a_person(&kept) {
        kept.retain(|h| {
            h.category != Category::OtherId || !scan.context_before(h.start, 24, BUSINESS_IDS)
        });
    }
    // A closure date is no one's, even in a message to a person: "billing
    // phones are closed 12/24", "your clinic closes at noon on Dec 24".
    // So is each date listed after one: "closed Thursday 11/26 and Friday 11/27".
    let mut closure_end = None;
    // (Its "you" may be everyone a notice addresses.)
    let personal_hit = kept.iter().any(personal);
    let names_someone = || personal_hit || third_person();
    kept.retain(|h| {
        if h.category != Category::Date {
            return true;
        }
        let listed = closure_end.is_some_and(|end| list_gap(&scan.lower[end..h.start]));
        if listed
            || scan.context_before(h.start, 32, CLOSURE_WORDS)
            || (scan.context_before(h.start, 32, POLICY_DATE_WORDS) && !names_someone())
        {
            closure_end = Some(h.end);
            return false;
        }
        true
    });
    // A date in a message to everyone that names no one and holds nothing
    // else is an event's: "Walk-in flu shots for everyone Sat 12/6".
    if !kept.is_empty()
        && kept.iter().all(|h| h.category == Category::Date)
        && ((0..scan.tokens.len()).any(|i| text::word_set!(EVERYONE).contains(scan.low(i)))
            // Or in another script: `免费流感疫苗：12月5日 ... 所有人均可参加`.
            || other_script_general(scan, 0, scan.lower.len()))
        && !names_a_person(&kept)
    {
        kept.clear();
    }
    for row in table::TABLE {
        if let Find::Relabel {
            from,
            against,
            window,
        } = row.find
        {
            // A label names the first value after it: `DOB 04/19/1961, labs
            // 12/3` relabels the birth date, not the date of the labs.
            let values: Vec<usize> = kept
                .iter()
                .filter(|h| h.category == from || h.category == row.category)
                .map(|h| h.end)
                .collect();
            for h in kept.iter_mut().filter(|h| h.category == from) {
                // A signature's capital F right before the number is a fax's
                // label (`P (646) 555-0183 | F (646) 555-0184`).
                let letter = row.category == Category::Fax && {
                    let before = scan.text()[..h.start].trim_end_matches(' ');
                    before
                        .strip_suffix('F')
                        .is_some_and(|b| !b.ends_with(|c: char| c.is_alphanumeric() || c == '.'))
                };
                // The other labels are looked for only when one of the row's is there.
                let Some(own) = scan
                    .nearest_before(h.start, window, row.context)
                    .or(letter.then_some(0))
                else {
                    continue;
                };
                let other = scan.nearest_before(h.start, window, against);
                let taken = values
                    .iter()
                    .any(|&end| end + own > h.start && end <= h.start);
                // A short word right after the label is the label's own
                // (`DOB on the form is 3/14/2015`, `born on the 4th`).
                let own_word = |o: usize| own > o && own - o <= 3;
                if other.is_none_or(|o| own <= o || own_word(o)) && !taken {
                    h.category = row.category;
                    h.detector = row.id;
                }
            }
        }
    }
    // A birth date written compact after its label: `DOB 19620314`, `dob
    // 03141962`, `dob 14MAR1962`, an HL7 `PID-7 19610314`. (Before the bare
    // IDs take their message's category, which would make `DOB 19620314,
    // MRN 5521870` two record numbers.)
    for h in kept.iter_mut().filter(|h| h.category == Category::OtherId) {
        if compact_date(&scan.text()[h.start..h.end])
            && scan.context_before(
                h.start,
                16,
                &["dob", "d.o.b", "birth", "born", "pid-7", "nacimiento"],
            )
        {
            h.category = Category::DateOfBirth;
            h.detector = "dob";
        }
    }
    // A full date in the last century is a birth date whatever its label:
    // patient messages do not schedule in 1988, and a date of birth must not
    // pass as a plain date, which the default policy allows.
    // So is the day someone turns an age: `Kalani turns 4 on Dec. 9`, `you
    // turn 65 on January 21`, `cumple 80 el 3 de mayo`.
    // A bare ID takes the category its message gives it: glued to its label
    // (`MRN448210`), right after a patient's name (`for Victoria
    // (00661203)`, `(Halvorsen-Beck, Edith, A7730219)`), in a message about
    // record numbers (`chart shows two MRNs, merge 00482913 into
    // 00417760`), or shaped like a labelled one (`EMPI 1009283746 has a
    // duplicate (1009283912)`).
    if kept.iter().any(|h| h.detector == "bare_id") {
        let text = scan.text();
        let shape = |h: &Hit| -> Vec<u8> {
            text[h.start..h.end]
                .bytes()
                .map(|b| match b {
                    b'0'..=b'9' => b'9',
                    b'a'..=b'z' | b'A'..=b'Z' => b'A',
                    _ => b,
                })
                .collect()
        };
        let about_records = scan.has_word(&["mrn", "mrns", "empi"]);
        let labelled: Vec<(Vec<u8>, Category)> = kept
            .iter()
            .filter(|h| {
                h.detector != "bare_id"
                    && matches!(
                        h.category,
                        Category::Mrn | Category::HealthPlanId | Category::AccountNumber
                    )
            })
            .map(|h| (shape(h), h.category))
            .collect();
        let name_ends: Vec<usize> = kept
            .iter()
            .filter(|h| h.category == Category::Name && !h.clinician)
            .map(|h| h.end)
            .collect();
        for h in kept.iter_mut().filter(|h| h.detector == "bare_id") {
            let own = shape(h);
            let gap_after_name = name_ends.iter().any(|&e| {
                e <= h.start && matches!(text[e..h.start].trim_matches(' '), "(" | "," | "-" | ":")
            });
            let category = if text[h.start..]
                .get(..3)
                .is_some_and(|p| p.eq_ignore_ascii_case("mrn"))
                || gap_after_name
                || about_records
            {
                Some(Category::Mrn)
            } else {
                labelled.iter().find(|(s, _)| *s == own).map(|&(_, c)| c)
            };
            if let Some(c) = category {
                h.category = c;
            }
        }
    }
    // A member ID in the shape Blue Cross plans print (three letters, then
    // eight to twelve digits: `XEH884120573`) is a health plan's, labelled
    // `ID` or not at all, unless a claim, order or ticket word labels it.
    // So is a Medicare claim number of old (a HICN: nine digits and a
    // letter, perhaps a digit after it) in a message about Medicare: `Old
    // HICN on file for Earl Pritchard (412558934A)`.
    let medicare = std::cell::OnceCell::new();
    for h in kept
        .iter_mut()
        .filter(|h| matches!(h.category, Category::OtherId | Category::Mrn))
    {
        let b = &scan.text().as_bytes()[h.start..h.end];
        let blue = h.category == Category::OtherId
            && (11..=15).contains(&b.len())
            && b[..3].iter().all(u8::is_ascii_uppercase)
            && b[3..].iter().all(u8::is_ascii_digit);
        let hicn = (10..=11).contains(&b.len())
            && b[..9].iter().all(u8::is_ascii_digit)
            && b[9].is_ascii_uppercase()
            && b[10..].iter().all(u8::is_ascii_digit)
            && *medicare.get_or_init(|| scan.has_word(&["hicn", "medicare"]));
        if (blue || hicn) && scan.nearest_before(h.start, 32, NOT_MEMBER_IDS).is_none() {
            h.category = Category::HealthPlanId;
            h.detector = "insurer_id";
        }
    }
    // A full date set off right after a patient's name, in an intake or a
    // referral's header, is the name's birth date: `Kiri Te Awa (03/14/2019)`,
    // `Arjun Pillai, 10/03/1959, Medicare`; not a visit's (`Ana Ruiz,
    // 12/03/2026, 10:00 AM`), which a time follows.
    for k in 0..kept.len() {
        let h = &kept[k];
        if h.category == Category::Date
            && (last_century(&scan.text()[h.start..h.end])
                || turns_on(scan, h.start)
                || birth_date_after_name(scan, &kept, h.start, h.end))
        {
            kept[k].category = Category::DateOfBirth;
            kept[k].detector = "dob";
        }
    }
    kept
}

/// Is `s` a date written without separators: YYYYMMDD or MMDDYYYY with a
/// year from 1900 on, or DDMONYYYY (`14MAR1962`)?
fn compact_date(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |a, &d| {
            d.is_ascii_digit().then(|| a * 10 + u32::from(d - b'0'))
        })
    };
    let valid = |y: u32, m: u32, d: u32| {
        (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
    };
    if b.len() == 8 {
        if let (Some(y), Some(m), Some(d)) = (num(0..4), num(4..6), num(6..8)) {
            if valid(y, m, d) {
                return true;
            }
        }
        if let (Some(m), Some(d), Some(y)) = (num(0..2), num(2..4), num(4..8)) {
            return valid(y, m, d);
        }
        return false;
    }
    b.len() == 9
        && num(0..2).is_some_and(|d| (1..=31).contains(&d))
        && num(5..9).is_some_and(|y| (1900..=2100).contains(&y))
        && text::month(&s[2..5].to_ascii_lowercase())
}

/// Is the date at bytes `start..end`, with a four-digit year, set off right
/// after the end of a patient's name among `hits`: in parentheses, or
/// between a comma and a comma, a semicolon, a line's end or the text's,
/// and no time after it?
fn birth_date_after_name(scan: &Scan, hits: &[Hit], start: usize, end: usize) -> bool {
    let text = scan.text();
    let date = &text[start..end];
    let year = date
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .is_some_and(|y| y.len() == 4);
    if !year {
        return false;
    }
    let before = text[..start].trim_end_matches(' ');
    let after = &text[end..];
    let (open, close) = if let Some(b) = before.strip_suffix('(') {
        (b, after.starts_with(')'))
    } else if let Some(b) = before.strip_suffix(',') {
        let rest = after.trim_start_matches(' ');
        (
            b,
            rest.is_empty()
                || rest.starts_with([';', '\n'])
                || (rest.starts_with(',')
                    && !rest[1..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit() || c == '@')
                    && !rest[1..].trim_start().starts_with("at ")),
        )
    } else {
        return false;
    };
    let name_end = open.trim_end_matches(' ').len();
    close
        && hits
            .iter()
            .any(|n| n.category == Category::Name && !n.clinician && n.end == name_end)
}

/// Is the date at byte `at` the day someone turns an age: `turns 4 on`,
/// `turn 65 on`, `cumple 80 el` right before it?
fn turns_on(scan: &Scan, at: usize) -> bool {
    let i = scan.tokens.partition_point(|t| t.start < at);
    let Some(on) = scan
        .prev_solid(i)
        .filter(|&k| matches!(scan.low(k), "on" | "el"))
    else {
        return false;
    };
    scan.prev_solid(on)
        .filter(|&n| scan.kind(n) == Some(Kind::Number))
        .and_then(|n| scan.prev_solid(n))
        .is_some_and(|t| {
            word_set!(words!["turns", "turn", "turning", "cumple", "cumplira"])
                .contains(scan.low(t))
        })
}

/// Words of a message addressed to all comers.
const EVERYONE: &str = words![
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "all",
    "public",
    "community",
    "staff",
    "employees",
    "todos",
    "todas",
    "cualquiera",
    "comunidad",
    "publico",
];

/// A condition, drug or procedure: the clinical words a notice can name
/// without being about anyone (a result is always someone's).
fn clinical_word(c: Category) -> bool {
    matches!(
        c,
        Category::Condition | Category::Medication | Category::Procedure
    )
}

/// A clinic's contacts and dates, which a notice to all may carry.
fn contact_or_date(c: Category) -> bool {
    matches!(
        c,
        Category::Date
            | Category::Phone
            | Category::Fax
            | Category::Email
            | Category::Url
            | Category::Address
            | Category::Zip
    )
}

/// Is the word at byte `at` owned: `your`, `su` or `his` within two words
/// before it (`your PrEP refill`, `su prueba de embarazo`)?
fn owned(scan: &Scan, at: usize) -> bool {
    let i = scan.tokens.partition_point(|t| t.start < at);
    std::iter::successors(scan.prev_solid(i), |&k| scan.prev_solid(k))
        .take(2)
        .any(|k| {
            word_set!(words![
                "your", "ur", "su", "sus", "tu", "his", "her", "their", "my"
            ])
            .contains(scan.low(k))
        })
}

/// Phrases of a service a clinic offers to all.
const SERVICE_OFFERS: &str = words![
    "now offering",
    "now offers",
    "now offer",
    "now booking",
    "available at all",
    "available at every",
    "at all three sites",
    "at all of our",
    "walk-in hours",
    "walk in from",
    "same-day sick visits",
    "ahora ofrece",
    "ahora ofrecemos",
    "disponible en todas",
];

/// Words of a notice's heading, or after `all`, that address staff.
const STAFF_AUDIENCE: &str = words![
    "staff",
    "clinicians",
    "physicians",
    "doctors",
    "therapists",
    "employees",
    "employee",
    "residents",
    "nursing",
    "nurses",
    "rns",
    "providers",
    "prescribers",
    "facilities",
    "staffing",
    "empleados",
    // Headings of staff business: `Huddle:`, `Formulary:`, `Coding q:`,
    // `Scheduling rule:`, `Q3 diabetes dashboard:`, `new hires need`.
    "huddle",
    "formulary",
    "coding",
    "scheduling",
    "dashboard",
    "hires",
    "sepsis",
    "protocol",
    "techs",
    "technicians",
    // `Team:`, `Psych unit reminder:`, `Recall: glucose test strips lot`.
    "team",
    "unit",
    "recall",
];

/// The "you" of a notice: the staff it addresses, no patient.
const AUDIENCE_WORDS: &str =
    words!["you", "your", "yours", "you're", "u", "ur", "usted", "ustedes", "su", "sus", "tu"];

/// Is the message headed for staff? Its heading (the words before the first
/// `:` or spaced dash, at most six) or an `all` with up to three words
/// between it and the audience (`all ED staff`, `all post-transplant
/// patients`) names staff ([`STAFF_AUDIENCE`]), or all patients, families or
/// parents. (The caller asks that no word ties it to a patient.)
fn staff_notice(scan: &Scan) -> bool {
    let n = scan.tokens.len();
    let mut words = 0;
    let mut audience = false;
    let mut heading = false;
    for i in 0..n {
        if scan.is_word(i) {
            words += 1;
            if words > 6 {
                break;
            }
            audience |= text::word_set!(STAFF_AUDIENCE).contains(scan.low(i));
        } else if scan.is_punct(i, ':')
            || (scan.is_punct(i, '-') && scan.kind(i + 1) == Some(Kind::Space))
        {
            heading = audience;
            break;
        }
    }
    // Or to all patients or families: `Reminder to all patients: hives,
    // rashes, and colds don't need a disability form`.
    let to_all = || {
        (0..n).any(|i| {
            scan.low(i) == "all"
                && std::iter::successors(scan.next_solid(i), |&k| scan.next_solid(k))
                    .take(4)
                    .any(|k| {
                        text::word_set!(STAFF_AUDIENCE).contains(scan.low(k))
                            || matches!(scan.low(k), "patients" | "families" | "parents")
                    })
        })
    };
    // Health education to everyone: `Did you know? Kids 11-12 should get`,
    // `Health tip: adults should`, `FAQ - Can I drink the prep cold?`,
    // `Insulin storage 101:`, `¿Sabía que el asma...`.
    let education = || {
        let head = &scan.lower[..crate::scan::floor_boundary(scan.lower, scan.lower.len().min(40))];
        let head = head.trim_start_matches(['¿', ' ']);
        [
            "did you know",
            "health tip",
            "faq",
            "sabia que",
            "tip of the",
        ]
        .iter()
        .any(|p| head.starts_with(p))
            || (0..n.min(12)).any(|i| scan.tok(i) == "101" && scan.is_punct(i + 1, ':'))
    };
    heading || to_all() || education()
}

/// Words that join the dates of a list: `and`, `through`, weekdays.
const LIST_WORDS: &str = words![
    "and",
    "y",
    "or",
    "o",
    "through",
    "thru",
    "to",
    "until",
    "hasta",
    "the",
    "el",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
];

/// Is the text between two dates only list words and punctuation?
fn list_gap(gap: &str) -> bool {
    gap.len() <= 40
        && gap
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| text::word_set!(LIST_WORDS).contains(w))
}

/// Does a date carry a year of the 1900s: four digits `19xx`, or a last
/// two-digit group of 30–99 after a day and month (`7/14/58`)?
fn last_century(date: &str) -> bool {
    let groups: Vec<&str> = date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let four = groups.iter().any(|g| g.len() == 4 && g.starts_with("19"));
    let two =
        groups.len() == 3 && groups[2].len() == 2 && groups[2].parse::<u8>().is_ok_and(|y| y >= 30);
    four || two
}

/// The context phrases of the `AfterContext` rows, indexed by their first
/// word, so one hash lookup per word finds every label in a message.
struct Labels {
    by_first_word: lexicon::FastMap<&'static str, Vec<(usize, &'static str)>>,
    filter: text::WordFilter,
}

fn labels() -> &'static Labels {
    static LABELS: OnceLock<Labels> = OnceLock::new();
    LABELS.get_or_init(|| {
        let mut by_first_word: lexicon::FastMap<&'static str, Vec<(usize, &'static str)>> =
            Default::default();
        let mut filter = text::WordFilter::default();
        for (r, row) in table::TABLE.iter().enumerate() {
            if matches!(row.find, Find::AfterContext) {
                for phrase in row.context {
                    let first = lexicon::first_word(phrase);
                    filter.insert(first);
                    by_first_word.entry(first).or_default().push((r, phrase));
                }
            }
        }
        Labels {
            by_first_word,
            filter,
        }
    })
}

impl Labels {
    /// The tokens just after each label in the text, as (table row, token)
    /// in that order (the longest label wins where several of a row start
    /// at one word). One list, not one per row: most messages hold no
    /// label, and a vector for each of the table's rows was made and
    /// dropped on every scan.
    fn find(&self, scan: &Scan) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for i in 0..scan.tokens.len() {
            if !matches!(scan.kind(i), Some(Kind::Word | Kind::Mixed))
                || (i > 0
                    && matches!(
                        scan.kind(i - 1),
                        Some(Kind::Word | Kind::Mixed | Kind::Number)
                    ))
            {
                continue;
            }
            // `[ID]` is a placeholder; `?id=7731204` is part of a URL.
            let placeholder = i > 0
                && ((scan.is_punct(i - 1, '[') && scan.is_punct(i + 1, ']'))
                    || scan.is_punct(i - 1, '?')
                    || scan.is_punct(i - 1, '&'));
            let word = scan.low(i);
            if placeholder || !self.filter.may_contain(word) {
                continue;
            }
            // `mg/dL`, `g/dl`: a unit's decilitre, not a driver's licence's label.
            if word == "dl"
                && i > 1
                && scan.is_punct(i - 1, '/')
                && word_set!(words![
                    "mg", "g", "gm", "gr", "ng", "ug", "mcg", "pg", "mmol", "meq", "iu", "u"
                ])
                .contains(scan.low(i - 2))
            {
                continue;
            }
            let Some(rows) = self.by_first_word.get(word) else {
                continue;
            };
            let start = scan.tokens[i].start;
            let rest = &scan.lower.as_bytes()[start..];
            let mut best: Vec<(usize, usize)> = Vec::new();
            for &(r, phrase) in rows {
                let pb = phrase.as_bytes();
                let end_ok = rest.starts_with(pb)
                    && (rest
                        .get(pb.len())
                        .is_none_or(|b| !b.is_ascii_alphanumeric())
                        || !pb[pb.len() - 1].is_ascii_alphanumeric());
                if end_ok {
                    match best.iter_mut().find(|(br, _)| *br == r) {
                        Some(b) => b.1 = b.1.max(pb.len()),
                        None => best.push((r, pb.len())),
                    }
                }
            }
            for (r, len) in best {
                out.push((r, text::token_after(scan, i, start + len)));
            }
        }
        crate::sort::sort(&mut out);
        out
    }
}

/// Words before a date that make it the office's, not a person's.
/// Labels of numbers that are a business's, not a person's, when a message
/// names no one (see [`find_rows`]).
const BUSINESS_IDS: &[&str] = &[
    "order",
    "po",
    "ticket",
    "tracking",
    "confirmation",
    "conf",
    "registration",
    "shipment",
];

const CLOSURE_WORDS: &[&str] = &[
    "closed",
    "closing",
    "closure",
    "closures",
    "close",
    "closes",
    "reopen",
    "reopens",
    "reopening",
    "holiday",
    "holidays",
    "cerrado",
    "cerrada",
    "cerrados",
    "cerradas",
    "cierra",
    "cierran",
    "feriado",
];

/// Words before a date that make it a policy's, in a message that names no
/// one (`effective 12/1`, `enrollment deadline 12/15`); a person's coverage
/// or claim dates are theirs (`Esteban, su Medi-Cal ... vigente hasta
/// 11/30/2027`).
const POLICY_DATE_WORDS: &[&str] = &["effective", "deadline", "enrollment", "vigente"];

/// Words that tie a message to a person.
const PERSON_WORDS: &str = words![
    "you",
    "your",
    "yours",
    "you're",
    "u",
    "ur",
    "he",
    "she",
    "him",
    "her",
    "his",
    "hers",
    "they",
    "their",
    "i",
    "me",
    "my",
    "pt",
    "patient",
    "pts",
    "su",
    "sus",
    "usted",
    "ustedes",
    "tu",
    "te",
    "le",
    "les",
    "ella",
    "mi",
    "paciente",
    "son",
    "daughter",
    "wife",
    "husband",
    "mom",
    "dad",
    // Spanish verbs said of oneself: `Tengo hormigueo desde la quimio`,
    // `¿puedo tomar café antes de la colonoscopía?`.
    "tengo",
    "estoy",
    "puedo",
    "tuve",
    "necesito",
    // A chart's `postop` (after one's operation): `post-op x-rays look good`.
    "postop",
    "child",
    "baby",
    "hijo",
    "hija",
    "npo",
    // Texted without the apostrophe: `PET scan next week im scared`.
    "im",
    "ive",
    "myself",
    "himself",
    "herself",
    // Haitian Creole `ou` (you, your), `mwen` (I, my) and `pitit`
    // (child), Tagalog `anak`, Portuguese and French `você`, `seu`, `sua`,
    // `vous`, `votre`.
    "ou",
    "mwen",
    "pitit",
    "anak",
    "voce",
    "seu",
    "sua",
    "vous",
    "votre",
    // Vietnamese (folded) I, husband, wife, little one; Tagalog my, spouse,
    // mother, father; Portuguese my; pinyin I, dad, son; Somali mother,
    // father: `Con tôi cần chụp X-quang`, `ang colonoscopy ko`, `Wo baba
    // xuyao zuo xin dian tu`. (Not pinyin `mama`: in Spanish a breast,
    // `cáncer de mama`.)
    "toi",
    "chong",
    "vo",
    "em",
    "ko",
    "asawa",
    "nanay",
    "tatay",
    "minha",
    "meu",
    "wo",
    "baba",
    "erzi",
    "hooyo",
    "aabo",
    "hooyaday",
    "aabahay",
    // Arabic: my father, my mother, my son, my daughter, my
    // husband, my wife. (Korean's are [`KOREAN_PERSON_WORDS`]; Russian's are
    // `scripts::CYRILLIC_PERSON_WORDS`, compared folded.)
    "والدي",
    "لوالدي",
    "أمي",
    "امي",
    "ابني",
    "بنتي",
    "زوجي",
    "زوجتي",
    // Persian and Dari: my father, my mother, my son, my daughter, my
    // husband, my wife, and `I have`.
    "پدرم",
    "مادرم",
    "پسرم",
    "دخترم",
    "شوهرم",
    "خانمم",
    "دارم",
    // Twins and triplets are children: `ear tubes for the twins`. A care
    // home's resident is its patient (`memory unit: resident had a fall`);
    // grandchildren are someone's (`RAI scan, stay away from the grandkids`).
    "twins",
    "triplets",
    "resident",
    "grandkids",
    // Nepali and Hindi: my, my son, my daughter, mother, father.
    "मेरो",
    "मेरा",
    "मेरी",
    "छोरा",
    "छोरी",
    "आमा",
    "बुबा",
    // Hindi your and my (`आपका रूट कैनाल`), Nepali your.
    "आपका",
    "आपकी",
    "आपके",
    "मेरे",
    "तपाईंको",
];

/// Korean words for a person, which take their particle joined on
/// (`어머니가`, `아버지는`): father, mother, mom, dad, our, son,
/// grandmother, grandfather, husband.
const KOREAN_PERSON_WORDS: &[&str] = &[
    "아버지",
    "어머니",
    "엄마",
    "아빠",
    "저희",
    "아들",
    "할머니",
    "할아버지",
    "남편",
    // The child, daughter, wife, patient; I (`제가`, `저는`).
    "아이",
    "딸",
    "아내",
    "환자",
    "제가",
    "저는",
];

/// Phrases of a sentence that speaks of illness in general.
const GENERAL_CUES: &str = words![
    // A definition: `COPD is a long-term lung disease that makes it hard to
    // breathe`, `RSV is a virus`.
    "is a long-term",
    "is a chronic",
    "is a condition",
    "is a disease",
    "is a type of",
    "is a virus",
    "is an infection",
    "is an illness",
    "is a lung disease",
    "is a serious",
    // Campaigns and rules for all: `breast cancer awareness month`, `cold
    // and flu season`, `every 10 years for average-risk adults`.
    "awareness month",
    "mes de concientizacion",
    "flu season",
    "average-risk adults",
    "for adults",
    "can cause",
    "may cause",
    "can lead to",
    "can prevent",
    "may prevent",
    // `Keeping windows closed can help cut down on sneezing`, `stay home
    // when sick to help stop the spread`.
    "can help cut",
    "help stop the spread",
    "stop the spread",
    "tobacco-free",
    "nationwide",
    "recommend that everyone",
    "prevents",
    "is recommended for",
    "are recommended for",
    "recommended for adults",
    "recommended for everyone",
    "puede prevenir",
    "se recomienda",
    "can trigger",
    "is common",
    "are common",
    "is very common",
    "is a common",
    "symptoms of",
    "signs of",
    "help prevent",
    "helps prevent",
    "protect against",
    "protects against",
    "lower the risk",
    "lowers the risk",
    "reduce the risk",
    "risk of",
    "puede causar",
    "pueden causar",
    "es comun",
    "son comunes",
    "sintomas de",
    "ayuda a prevenir",
    "riesgo de",
    "may be a",
    "may be an",
    "could be a",
    "could be an",
    "puede ser",
    "tip of the week",
    "health tip",
    "wellness tip",
    "consejo de salud",
    "all welcome",
    "everyone welcome",
    "everyone is welcome",
    "open to all",
    "open to everyone",
    "staff only",
    "in the news",
    "fda approved",
    "todos son bienvenidos",
    "abierto a todos",
    // Services offered, stock and staff notices.
    "now offering",
    "now offers",
    "now offer",
    "now available",
    "is available at",
    "are available at",
    "did you know",
    "should get the",
    "awareness month",
    "inventory",
    "doses of the",
    "in stock",
    "new hires",
    "ahora ofrece",
    "ahora ofrecemos",
    "mes de la",
    "mes de concientizacion",
    // Quality, coding and formulary notes about patients in general.
    "general reminder",
    "recordatorio general",
    "aviso general",
    "sabia que",
    "coding tip",
    "dashboard",
    "registry",
    "formulary",
    // Supply and formulary notices: `national shortage of IV
    // metoclopramide`, `ondansetron first line for PONV`.
    "shortage",
    "backorder",
    "back order",
    "recall",
    "recalled",
    "first line",
    "first-line",
    "restricted to",
    // Seasons and the community: `rising flu and RSV in the community`.
    "in the community",
    "flu season",
    "season reminder",
    // Criteria set for everyone, not a patient who `meets sepsis criteria`.
    "pa criteria",
    "criteria now",
    "new criteria",
    "updated criteria",
    // Health advice and news for everyone (from the clinical look-alike
    // probe): `most colds are caused by viruses`, `cover your cough`,
    // `people with asthma should limit time outdoors`, `norovirus is going
    // around`, `about 1 in 3 adults has prediabetes`.
    "are caused by",
    "most colds",
    "mayoria de los",
    "mayoria de las",
    "cover your cough",
    "wash your hands",
    "lavese las manos",
    "people with",
    "personas con",
    "anyone with",
    "going around",
    "health officials",
    "adults has",
    "adults have",
    "allergy season",
    "temporada de alergias",
    "that everyone",
    "nationwide",
    "a nivel nacional",
    "escasez",
    "support group",
    "grupo de apoyo",
    "free class",
    "community class",
    "clase gratuita",
    "for everyone who",
    "restocked",
    "are offered",
    "se ofrecen",
    "ouverte a tous",
];

/// Phrases of an event open to all comers.
const ALL_COMERS: &str = words![
    "open to all",
    "open to everyone",
    "open to anyone",
    "all welcome",
    "all are welcome",
    "everyone welcome",
    "everyone is welcome",
    "is welcome",
    "are welcome",
    "todos son bienvenidos",
    "todos bienvenidos",
    "abierto a todos",
    "abierta a todos",
    "abierto a toda",
    "abierta a toda",
    "abierto al publico",
    "abierta al publico",
    "open to the public",
    "health fair",
    "feria de salud",
    "family welcome",
    "families welcome",
    "caregivers welcome",
    "no appointment needed",
    "no appointment necessary",
    "no appointment or insurance needed",
    "free and confidential",
    "free, confidential",
    "open to any",
    "no insurance needed",
    "walk-ins welcome",
    "no se necesita cita",
    "sin cita",
    // Staff education and notices, for every nurse or provider: `PrEP and
    // doxy-PEP lunch & learn`, `new withdrawal order set is live`.
    "lunch & learn",
    "lunch and learn",
    "journal club",
    "grand rounds",
    "in-service",
    "inservice",
    "order set",
    "tip sheet",
    "all staff",
    "all rns",
    "all nurses",
    "all providers",
    "staff meeting",
    "ce credit",
    "ceu",
    "education session",
    "lunch provided",
];

/// Labels of a number that is no member ID, whatever its shape or the
/// insurer named before it.
pub(crate) const NOT_MEMBER_IDS: &[&str] = &[
    "claim",
    "case",
    "rx",
    "order",
    "accession",
    "auth",
    "authorization",
    "reference",
    "ref",
    "confirmation",
    "ticket",
    "tracking",
    "incident",
    "invoice",
    "statement",
    "account",
    "acct",
];

/// What staff do with a clinical word that is no patient's (`strep kits`,
/// `sepsis huddle`, `stroke protocol training`).
const STAFF_BUSINESS: &str = words![
    "kit",
    "kits",
    "supplies",
    "huddle",
    "bundle",
    "module",
    "modules",
    "training",
    "trainings",
    "in-service",
    "inservice",
    "drill",
    "drills",
    "protocol",
    "protocols",
    "competency",
    "competencies",
    "committee",
    "audit",
    "champion",
    "champions",
    "navigator",
    "navigators",
    "policy",
    "toolkit",
    "stock",
    "shipment",
    "shortage",
    "backorder",
    "recall",
    "inventory",
];

/// A condition after one of these, in a message that names no one, is
/// anyone's: "Call 911 if you have trouble breathing", "If you get hives
/// from the new soap, tell the front desk".
const HYPOTHETICAL_CUES: &str = words![
    "if you have",
    "if you get",
    "if you notice",
    "if you develop",
    "if you feel",
    "if you experience",
    "if you need",
    "if you are due for",
    "if you're due for",
    "if you are having",
    "if you're having",
    "if you start",
    "if you see",
    "si tiene",
    "si usted tiene",
    "si siente",
    "si nota",
    "si presenta",
    // Anyone at all: `if anyone in your household has a fever`.
    "if anyone",
    "if someone",
    "si alguien",
];

/// The byte range of the sentence around byte `at`: from after the last
/// sentence end (`.` before a space, `!`, `?`, `;` or a line break) before it
/// to the next one.
fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    // A period ends a sentence only before a space or the end: not inside
    // `7.2` or `E11.65`.
    let b = text.as_bytes();
    let ends = |k: usize| match b[k] {
        b'!' | b'?' | b'\n' | b';' => true,
        b'.' => b.get(k + 1).is_none_or(u8::is_ascii_whitespace),
        _ => false,
    };
    let start = (0..at).rev().find(|&k| ends(k)).map_or(0, |p| p + 1);
    let end = (at..b.len()).find(|&k| ends(k)).unwrap_or(b.len());
    (start, end)
}

/// Does a phrase of `cues` lie wholly within bytes `start..end`? One
/// lookup per word there, not a search per phrase.
fn cued_within(scan: &Scan, cues: &text::PhraseIndex, start: usize, end: usize) -> bool {
    let first = scan.tokens.partition_point(|t| t.start < start);
    (first..scan.tokens.len())
        .take_while(|&i| scan.tokens[i].end <= end)
        .any(|i| {
            scan.is_word(i)
                && cues
                    .at(scan, i)
                    .is_some_and(|after| scan.tokens[after - 1].end <= end)
        })
}

/// Words of an announcement to everyone in the scripts the clinical
/// finders read besides the Latin one (`scripts::script_terms`): free,
/// everyone, welcome, in Chinese, Korean, Russian and Arabic (`免费流感疫苗
/// ... 欢迎所有人参加`, a free flu shot day open to all).
const OTHER_SCRIPT_GENERAL_CUES: &[&str] = &[
    "免费",
    "免費",
    "所有人",
    "大家",
    "欢迎",
    "歡迎",
    "무료",
    "누구나",
    "여러분",
    "모든 분",
    "бесплатн",
    "для всех",
    "مجاني",
    "مجانا",
    "للجميع",
];

/// Does a word of [`OTHER_SCRIPT_GENERAL_CUES`] stand within bytes
/// `start..end` of the lowercased text? The cues are folded once, as the
/// text is: Cyrillic letters that look Latin are Latin.
fn other_script_general(scan: &Scan, start: usize, end: usize) -> bool {
    static FOLDED_CUES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    !scan.ascii
        && FOLDED_CUES
            .get_or_init(|| {
                OTHER_SCRIPT_GENERAL_CUES
                    .iter()
                    .map(|c| crate::normalize::Folded::new(c).text)
                    .collect()
            })
            .iter()
            .any(|c| crate::scan::find_str(&scan.lower[start..end], c, 0).is_some())
}

/// Does the sentence around byte `at` speak in general ([`GENERAL_CUES`])
/// and name no one (no person word, no name found in it)?
fn general_sentence(scan: &Scan, hits: &[Hit], at: usize) -> bool {
    let (start, end) = sentence_around(scan.lower, at);
    let first = scan.tokens.partition_point(|t| t.start < start);
    if !cued_within(scan, text::phrase_index!(GENERAL_CUES), start, end)
        && !other_script_general(scan, start, end)
    {
        return false;
    }
    let named = hits
        .iter()
        .any(|h| h.category == Category::Name && !h.clinician && h.start >= start && h.end <= end);
    // A bed is a patient: `saw bay 15, CT A/P c/w SBO, no signs of
    // strangulation`.
    let person = (first..scan.tokens.len())
        .take_while(|&i| scan.tokens[i].end <= end)
        .any(|i| scan.is_word(i) && (person_word(scan, i) || bed_at(scan, i)));
    !named && !person
}

/// Is word `i` a [`PERSON_WORDS`] one as used here? Spanish `son` (they
/// are) is no son: `los resfriados son virales`. An English son is
/// someone's or opens the sentence (`my son`, `son has a fever`).
fn person_word(scan: &Scan, i: usize) -> bool {
    let low = scan.low(i);
    if !low.is_ascii()
        && (scripts::cyrillic_person_word(scan.tok(i))
            || KOREAN_PERSON_WORDS.iter().any(|w| low.starts_with(w))
            // Chinese you, I and she, inside a run of ideographs
            // (`您的胃镜检查`, your gastroscopy; `我妈妈`, my mom), and a
            // baby, a child, dad, mom and grandpa (`宝宝`, `孩子`, `爸爸`,
            // `妈妈`, `爷爷`); not he, `他`, which `其他` (other) holds too.
            || low
                .chars()
                .any(|c| matches!(c, '您' | '你' | '我' | '她' | '宝' | '孩' | '爸' | '妈' | '爷')))
    {
        return true;
    }
    text::word_set!(PERSON_WORDS).contains(low)
        && (low != "son"
            || scan.prev_solid(i).is_none_or(|p| {
                !scan.is_word(p)
                    || word_set!(words![
                        "my", "your", "his", "her", "our", "their", "the", "a", "ur", "step",
                        "youngest", "oldest", "older", "younger", "baby", "with", "and", "for",
                        "to", "from", "of", "by", "adult"
                    ])
                    .contains(scan.low(p))
            }))
}

/// Is the hit at byte `at` after a [`HYPOTHETICAL_CUES`] phrase earlier in
/// its sentence, in a message that names no one and holds no identifier
/// (the "you" of "if you have" is then anyone)?
fn hypothetical(scan: &Scan, hits: &[Hit], at: usize) -> bool {
    let text = scan.lower;
    let start = sentence_around(text, at).0;
    cued_within(scan, text::phrase_index!(HYPOTHETICAL_CUES), start, at)
        && !hits.iter().any(|h| {
            (h.category == Category::Name && !h.clinician)
                || (h.category.is_identifier() && h.category != Category::Date)
        })
}

/// A hit that is someone's: a name other than a clinician's, or a result,
/// an age over 89 or a person's own identifier ("Colonoscopy was normal",
/// "90-year-old M, UA pending").
fn personal(h: &Hit) -> bool {
    match h.category {
        Category::Name => !h.clinician,
        Category::LabResult
        | Category::AgeOver89
        | Category::DateOfBirth
        | Category::Mrn
        | Category::Ssn
        | Category::HealthPlanId
        | Category::AccountNumber => true,
        _ => false,
    }
}

/// Is a procedure, in a message with no person word, still one person's by
/// the words around it? A side of the body (`cataract surgery left eye`,
/// `MRI knee`, `R knee xray`), a test repeated or needed with no subject
/// (`repeat the echo`, `needs a tetanus shot`, `needs stitches removed`), or
/// one test booked (`sleep study is booked for the 14th`; an announcement's
/// are plural, `flu shots are scheduled`).
fn one_persons_procedure(scan: &Scan, h: &Hit) -> bool {
    // A CPT code on a claim or a date of service is one patient's:
    // `Resubmitted for DOS 10/22, CPT 99213 + 97110 x2, claim WC-77-20931`.
    if h.detector == "cpt" && scan.has_word(&["dos", "claim"]) {
        return true;
    }
    let first = scan.tokens.partition_point(|t| t.start < h.start);
    let Some(last) = scan
        .tokens
        .partition_point(|t| t.start < h.end)
        .checked_sub(1)
    else {
        return false;
    };
    let side = |k: usize| {
        word_set!(words![
            "left",
            "right",
            "l",
            "r",
            "lt",
            "rt",
            "bilateral",
            "izquierdo",
            "izquierda",
            "derecho",
            "derecha"
        ])
        .contains(scan.low(k))
    };
    let body = |k: usize| clinical::has_cue(scan, k, clinical::cue::BODY_PART);
    let after = scan.next_solid(last);
    let before = scan.prev_solid(first).filter(|&p| scan.is_word(p));
    let sided = (last > first && body(last))
        || after.is_some_and(|a| body(a) || (side(a) && scan.next_solid(a).is_some_and(body)))
        || before.is_some_and(|b| body(b) && scan.prev_solid(b).is_some_and(side));
    let needed = before.is_some_and(|b| {
        let b = if word_set!(words!["a", "an", "the", "her", "his", "la", "el"])
            .contains(scan.low(b))
        {
            match scan.prev_solid(b).filter(|&p| scan.is_word(p)) {
                Some(p) => p,
                None => return false,
            }
        } else {
            b
        };
        match scan.low(b) {
            "repeat" | "redo" => true,
            // Done by the writer, who needs no subject: `finished chemo
            // last year`, `terminé la quimio`, `fiz bariátrica`, `did the
            // lithotripsy tues`.
            "finished" | "completed" | "had" | "did" | "termine" | "terminei" | "termino"
            | "tuve" | "fiz" => {
                !scan.low(last).ends_with('s')
                    && scan
                        .prev_solid(b)
                        .is_none_or(|p| !scan.is_word(p) || scan.low(p) == "just")
            }
            // With no subject: not `everyone needs a flu shot`.
            "needs" | "need" => scan.prev_solid(b).is_none_or(|p| !scan.is_word(p)),
            // One test or treatment booked, ordered or held, asked or told
            // with no subject (`Ok to schedule CESI?`, `hold PT until the
            // cast is off`); not an offer's plural (`book flu shots`).
            "schedule" | "book" | "order" | "hold" | "resume" | "cancel" => {
                !scan.low(last).ends_with('s')
                    && scan
                        .prev_solid(b)
                        .is_none_or(|p| !scan.is_word(p) || matches!(scan.low(p), "to" | "ok"))
            }
            _ => false,
        }
    });
    // Booked, moved or due on a day: `MRI is booked`, `PFT moved to 1:30`,
    // `FibroScan scheduled 11/14 at 8am`, `Echo is tomorrow at 10`; not an
    // offer's plural (`flu shots moved to the lobby`).
    let when = |v: usize| {
        word_set!(words![
            "booked",
            "scheduled",
            "confirmed",
            "moved",
            "rescheduled",
            "canceled",
            "cancelled",
            "tomorrow",
            "tmrw",
            "today",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday"
        ])
        .contains(scan.low(v))
    };
    let booked = !scan.low(last).ends_with('s')
        && after.is_some_and(|a| {
            (matches!(scan.low(a), "is" | "was") && scan.next_solid(a).is_some_and(when))
                || word_set!(words![
                    "moved",
                    "rescheduled",
                    "scheduled",
                    "booked",
                    "confirmed",
                    "canceled",
                    "cancelled"
                ])
                .contains(scan.low(a))
        });
    // One done or ordered, in a chart's words: `Tdap given R deltoid`,
    // `wound vac changed`, `chest CT ordered`, or done yesterday (`wisdom
    // teeth out yesterday`); not an offer's plural (`flu shots given daily`).
    let done = after.is_some_and(|a| {
        word_set!(words![
            "given",
            "changed",
            "placed",
            "removed",
            "administered",
            "ordered",
            "done",
            "yesterday",
            "ayer"
        ])
        .contains(scan.low(a))
            && !scan.low(last).ends_with('s')
    });
    sided || needed || booked || done
}

/// Is hit `h` an operation, by its last word: `staple removal`, `lap
/// chole`, `wisdom teeth extraction`? Alone in a message, one is a person's
/// (`staple removal Friday 10:20`); a seminar lists several.
fn operation(scan: &Scan, h: &Hit) -> bool {
    let text = &scan.lower[h.start..h.end];
    [
        "ectomy",
        "otomy",
        "ostomy",
        "plasty",
        "repair",
        "removal",
        "reconstruction",
        "replacement",
        "extraction",
        "resection",
        "ablation",
        "root canal",
        "chole",
    ]
    .iter()
    .any(|e| text.ends_with(e))
}

/// Is word `i` a patient's bed by its number (`bed 12`, `rm 4`, `cama 3`)?
/// A `room` is left out: `Room 118` is as often a place.
fn bed_at(scan: &Scan, i: usize) -> bool {
    matches!(scan.low(i), "bed" | "rm" | "cama" | "bay")
        && scan
            .next_solid(i)
            .is_some_and(|k| matches!(scan.kind(k), Some(Kind::Number | Kind::Mixed)))
}

/// The words of a message that name a person: any ([`PERSON_WORDS`], or a
/// patient's bed), and any but the "you" of those a notice addresses
/// ([`AUDIENCE_WORDS`]).
#[derive(Clone, Copy)]
struct PersonWords {
    any: bool,
    third: bool,
}

fn person_words(scan: &Scan) -> PersonWords {
    let mut found = PersonWords {
        any: false,
        third: false,
    };
    for i in 0..scan.tokens.len() {
        if !scan.is_word(i) {
            continue;
        }
        let low = scan.low(i);
        // `él` (he) folds to `el` (the): only the accented form, one byte
        // longer in the original, is a person.
        // `any patient`, `all patients`, `every new patient` are everyone.
        let anyone = word_set!(words![
            "patient",
            "patients",
            "pts",
            "paciente",
            "pacientes"
        ])
        .contains(low)
            && std::iter::successors(scan.prev_solid(i), |&k| scan.prev_solid(k))
                .take(2)
                .any(|p| {
                    word_set!(words!["any", "all", "every", "each", "todos"]).contains(scan.low(p))
                });
        let person = (person_word(scan, i) && !anyone)
            // Any one relative: `After cataract surgery grandma is dizzy`.
            || names::singular_relative(low)
            // A chart's `s/p` (status post) and a treatment's course (`round 3
            // of chemo`, `cycle 2 of`) are someone's.
            // So are its `r/o` (rule out), `c/o` (complains of) and `h/o`
            // (history of): `r/o PE, D-dimer pending`.
            || (matches!(low, "s" | "r" | "c" | "h")
                && scan.is_punct(i + 1, '/')
                && matches!(
                    (low, scan.low(i + 2)),
                    ("s", "p") | ("r", "o") | ("c", "o") | ("h", "o")
                )
                && !scan.is_word(i + 3))
            // And its `hx` (history): `hx of colonoscopy 2019`; not a
            // form's heading (`Tx/Hx forms due`).
            || (low == "hx" && !(i > 0 && scan.is_punct(i - 1, '/')))
            || (matches!(low, "round" | "cycle")
                && scan.next_solid(i).is_some_and(|n| {
                    scan.kind(n) == Some(Kind::Number)
                        && scan.next_solid(n).is_some_and(|o| scan.low(o) == "of")
                }))
            || bed_at(scan, i)
            // A portal's notice of one person's result: `New result
            // available: Renal Function Panel`, `A new result is available
            // for BK virus PCR` (not `the new results page for flu shots`).
            || (matches!(low, "result" | "results")
                && scan.prev_solid(i).is_some_and(|p| scan.low(p) == "new")
                && scan.next_solid(i).is_some_and(|n| {
                    scan.is_punct(n, ':') || matches!(scan.low(n), "available" | "posted" | "ready" | "is")
                }))
            || (low == "post"
                && scan.is_punct(i + 1, '-')
                && scan.low(i + 2) == "op"
                && !scan.is_word(i + 3))
            // A patient asking of their own: `stent still in, string
            // hanging out, is that normal`, `¿Es normal que ...?`.
            || (low == "normal"
                && scan.prev_solid(i).is_some_and(|p| match scan.low(p) {
                    "that" | "this" => scan.prev_solid(p).is_some_and(|q| scan.low(q) == "is"),
                    "es" => scan.prev_solid(p).is_none_or(|q| scan.tok(q) == "¿"),
                    _ => false,
                }))
            || (low == "el" && {
                let t = &scan.tokens[i];
                let (a, b) = scan.folded.original_span(t.start, t.end);
                b - a == 3
            });
        if person {
            found.any = true;
            if !text::word_set!(AUDIENCE_WORDS).contains(low) {
                found.third = true;
                break;
            }
        }
    }
    found
}

/// Keeps the best of overlapping hits: higher priority, then longer, then earlier.
fn resolve(mut hits: Vec<Hit>) -> Vec<Hit> {
    crate::sort::sort_by(&mut hits, |a, b| {
        b.priority
            .cmp(&a.priority)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
            .is_lt()
    });
    // Kept spans are disjoint, so only the one starting last before `h.end`
    // can overlap `h`. (A vector sorted by start: a message keeps a few
    // dozen at most, and a map's code would be one more in the module.)
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(hits.len());
    let insert = |spans: &mut Vec<(usize, usize)>, start: usize, end: usize| {
        let at = spans.partition_point(|&(s, _)| s < start);
        spans.insert(at, (start, end));
    };
    let before = |spans: &[(usize, usize)], end: usize| spans.partition_point(|&(s, _)| s < end);
    let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        let n = before(&spans, h.end);
        if n == 0 || spans[n - 1].1 <= h.start {
            insert(&mut spans, h.start, h.end);
            kept.push(h);
            continue;
        }
        // A URL overlapping other findings keeps the pieces between them:
        // dropping it whole would leave those pieces unredacted.
        if h.category == Category::Url {
            let inside: Vec<(usize, usize)> = spans[..n]
                .iter()
                .filter(|&&(_, e)| e > h.start)
                .copied()
                .collect();
            let mut at = h.start;
            let mut pieces = Vec::new();
            for (s, e) in inside.into_iter().chain([(h.end, h.end)]) {
                if s > at + 1 {
                    pieces.push((at, s));
                }
                at = at.max(e);
            }
            for (start, end) in pieces {
                insert(&mut spans, start, end);
                kept.push(Hit {
                    start,
                    end,
                    ..h.clone()
                });
            }
        }
    }
    crate::sort::sort_by_key(&mut kept, |h| h.start);
    kept
}

/// The detector table as (id, category, examples, negatives), for the test
/// that proves every row (natively: the WebAssembly module carries no
/// examples, see `table::proof!`).
#[doc(hidden)]
pub fn table_for_tests() -> Vec<(
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
)> {
    table::TABLE
        .iter()
        .map(|r| (r.id, r.category.as_str(), r.examples, r.negatives))
        .collect()
}
