//! Detection quality report: `cargo run --release --example eval [-- --misses] [--heldout-misses] [--writers-misses] [--file PATH]`.
//!
//! Reads the hand-labelled corpus in `tests/corpus/` (`dev.txt`, used for
//! tuning; `heldout.txt`, never used for tuning, whose batches' other halves
//! are in dev; and `writers.txt`, whole batches of writers whose text is in
//! neither; see `tests/corpus/README.md` for the markup), runs `Filter::scan` and
//! `Filter::check` on every message, and prints per split:
//!
//! - per category: gold spans, predicted spans, recall, precision and F2
//!   (β = 2, because a missed identifier costs more than a needless redaction);
//! - micro rows over the identifier and the clinical categories, and a
//!   category-blind row (was the PHI covered at all, whatever it was called);
//! - message-level sensitivity classes (what decides a block);
//! - action accuracy under the embedded default policy on channel `ohmd`.
//!
//! Matching is by overlap, not exact offsets: span boundaries are a labelling
//! convention (is "Apt 4B" part of the address?), and a redaction that covers
//! part of an identifier is judged by the separate category-blind row and by
//! reading the misses, not by this table.
//!
//! `--misses` lists each missed gold span, each false positive and each wrong
//! action of the dev split; `--heldout-misses` and `--writers-misses` do the
//! same for the other two (look at them only to report, never to tune). `--file PATH` reports on
//! one other file in the same markup instead (a freshly written batch, measured
//! once as unseen text before it joins a split): its table only, so that
//! measuring a batch does not show its misses before it is filed; with
//! `--misses` its misses too (for a batch bound for dev). The exit status is 0
//! whatever the numbers are: this is a report, not a test.

use std::collections::BTreeSet;
use std::fmt;
use std::process::ExitCode;

use phigate::{Category, Filter, Finding, Message, Sensitivity};

mod markup;
use markup::unescape_into;

/// The channel the action accuracy is measured on: `ohmd` has a BAA in the
/// embedded default policy, so the verdict depends on the content alone.
const CHANNEL: &str = "ohmd";

/// One labelled PHI span in a message's plain text.
struct Gold {
    category: Category,
    sensitivity: Option<Sensitivity>,
    clinician: bool,
    start: usize,
    end: usize,
}

/// One corpus message: its plain text, gold spans and where it came from.
struct Case {
    file: &'static str,
    line: usize,
    text: String,
    gold: Vec<Gold>,
}

/// A malformed line, reported as `file:line: message`.
struct MarkupError {
    file: &'static str,
    line: usize,
    message: String,
}

impl fmt::Display for MarkupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Parses one marked-up line into plain text and gold spans with byte
/// offsets into that plain text.
fn parse_line(line: &str) -> Result<(String, Vec<Gold>), String> {
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find("{{") {
        let before = &rest[..open];
        if before.contains("}}") {
            return Err("`}}` without a matching `{{`".into());
        }
        unescape_into(before, &mut text)?;
        let after = &rest[open + 2..];
        let close = after
            .find("}}")
            .ok_or_else(|| "`{{` without a closing `}}`".to_string())?;
        let inner = &after[..close];
        if inner.contains("{{") {
            return Err(format!("nested `{{{{` inside `{{{{{inner}}}}}`"));
        }
        let (label, body) = inner
            .split_once(':')
            .ok_or_else(|| format!("`{{{{{inner}}}}}` has no `category:` label"))?;
        let (cat, class) = match label.split_once('/') {
            Some((c, s)) => (c, Some(s)),
            None => (label, None),
        };
        let category = Category::parse(cat).ok_or_else(|| format!("unknown category `{cat}`"))?;
        let (sensitivity, clinician) = match class {
            None => (None, false),
            Some("clinician") if category == Category::Name => (None, true),
            Some("clinician") => return Err("only `name` can be `/clinician`".into()),
            Some(s) => {
                let sens =
                    Sensitivity::parse(s).ok_or_else(|| format!("unknown sensitivity `{s}`"))?;
                if !is_clinical(category) {
                    return Err(format!(
                        "`{cat}` is not clinical, so it cannot carry `/{s}`"
                    ));
                }
                (Some(sens), false)
            }
        };
        if body.trim().is_empty() {
            return Err(format!("empty span `{{{{{inner}}}}}`"));
        }
        if body.trim() != body {
            return Err(format!("span `{body}` starts or ends with whitespace"));
        }
        let start = text.len();
        unescape_into(body, &mut text)?;
        gold.push(Gold {
            category,
            sensitivity,
            clinician,
            start,
            end: text.len(),
        });
        rest = &after[close + 2..];
    }
    if rest.contains("}}") {
        return Err("`}}` without a matching `{{`".into());
    }
    unescape_into(rest, &mut text)?;
    Ok((text, gold))
}

/// Reads a corpus file: `#` comments and blank lines are skipped.
fn load(file: &'static str, path: &str) -> Result<Vec<Case>, MarkupError> {
    let content = std::fs::read_to_string(path).map_err(|e| MarkupError {
        file,
        line: 0,
        message: format!("cannot read {path}: {e}"),
    })?;
    let mut cases = Vec::new();
    for (i, raw) in content.lines().enumerate() {
        let line = raw.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (text, gold) = parse_line(line).map_err(|message| MarkupError {
            file,
            line: i + 1,
            message,
        })?;
        cases.push(Case {
            file,
            line: i + 1,
            text,
            gold,
        });
    }
    Ok(cases)
}

/// The last four categories are the clinical details; the rest are the
/// Safe Harbor identifiers.
fn is_clinical(c: Category) -> bool {
    matches!(
        c,
        Category::Condition | Category::Medication | Category::Procedure | Category::LabResult
    )
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Hit counts behind one row of the table. Recall and precision have their
/// own numerators: one prediction may cover two gold spans, and two
/// predictions may cover one.
#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    recalled: usize,
    predicted: usize,
    correct: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.recalled += other.recalled;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }

    /// Recall and precision are 1 when there is nothing to find or nothing
    /// was predicted, so an empty row does not read as a failure.
    fn recall(&self) -> f64 {
        ratio(self.recalled, self.gold)
    }

    fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    fn f2(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            5.0 * p * r / (4.0 * p + r)
        }
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

/// What the default policy on `ohmd` should do with a message, from its gold
/// spans alone: sensitive content blocks (rule 4); any identifier or clinical
/// detail other than a name or a date is redacted (rule 6; the default allows
/// `name` and `date`, clinicians' names included); otherwise it goes as is.
fn expected_action(gold: &[Gold]) -> &'static str {
    if gold.iter().any(|g| g.sensitivity.is_some()) {
        "block"
    } else if gold
        .iter()
        .any(|g| !matches!(g.category, Category::Name | Category::Date))
    {
        "redact"
    } else {
        "allow"
    }
}

const ACTIONS: [&str; 3] = ["allow", "redact", "block"];

/// Everything measured on one split.
struct Report {
    per_category: Vec<Counts>,
    any: Counts,
    sens_gold: usize,
    sens_pred: usize,
    sens_hit: usize,
    /// Gold names found by a `name` prediction, and how many of those had the
    /// clinician flag right.
    names_matched: usize,
    clinician_right: usize,
    confusion: [[usize; 3]; 3],
    messages: usize,
}

fn evaluate(filter: &Filter, cases: &[Case], show_misses: bool) -> Report {
    let mut r = Report {
        per_category: vec![Counts::default(); Category::ALL.len()],
        any: Counts::default(),
        sens_gold: 0,
        sens_pred: 0,
        sens_hit: 0,
        names_matched: 0,
        clinician_right: 0,
        confusion: [[0; 3]; 3],
        messages: cases.len(),
    };
    for case in cases {
        let found: Vec<Finding> = filter.scan(&case.text);
        let at = |s: usize, e: usize| case.text[s..e].replace('\n', "\\n");

        for g in &case.gold {
            let idx = cat_index(g.category);
            r.per_category[idx].gold += 1;
            r.any.gold += 1;
            let span = (g.start, g.end);
            let same: Vec<&Finding> = found
                .iter()
                .filter(|f| f.category == g.category && overlaps(span, (f.start, f.end)))
                .collect();
            if !same.is_empty() {
                r.per_category[idx].recalled += 1;
                if g.category == Category::Name {
                    r.names_matched += 1;
                    if same.iter().any(|f| f.clinician == g.clinician) {
                        r.clinician_right += 1;
                    }
                }
            }
            let any: Vec<&Finding> = found
                .iter()
                .filter(|f| overlaps(span, (f.start, f.end)))
                .collect();
            if !any.is_empty() {
                r.any.recalled += 1;
            }
            if show_misses && same.is_empty() {
                // Say what it was called instead, if anything covered it.
                let instead: Vec<&str> = any.iter().map(|f| f.category.as_str()).collect();
                let note = if instead.is_empty() {
                    String::new()
                } else {
                    format!("  (found as {})", instead.join(", "))
                };
                println!(
                    "  MISS {:<15} {:?}  {}:{}{note}",
                    g.category.as_str(),
                    at(g.start, g.end),
                    case.file,
                    case.line
                );
            }
        }

        for f in &found {
            let idx = cat_index(f.category);
            r.per_category[idx].predicted += 1;
            r.any.predicted += 1;
            let span = (f.start, f.end);
            let same = case
                .gold
                .iter()
                .any(|g| g.category == f.category && overlaps(span, (g.start, g.end)));
            let any: Vec<&Gold> = case
                .gold
                .iter()
                .filter(|g| overlaps(span, (g.start, g.end)))
                .collect();
            if same {
                r.per_category[idx].correct += 1;
            }
            if !any.is_empty() {
                r.any.correct += 1;
            }
            if show_misses && !same {
                let instead: Vec<&str> = any.iter().map(|g| g.category.as_str()).collect();
                let note = if instead.is_empty() {
                    String::new()
                } else {
                    format!("  (gold {})", instead.join(", "))
                };
                println!(
                    "  FP   {:<15} {:?}  {}:{}  [{}]{note}",
                    f.category.as_str(),
                    at(f.start, f.end),
                    case.file,
                    case.line,
                    f.detector
                );
            }
        }

        // Message level: the set of sensitivity classes is what the policy
        // acts on, so a class found once anywhere in the message counts.
        let gold_sens: BTreeSet<Sensitivity> =
            case.gold.iter().filter_map(|g| g.sensitivity).collect();
        let pred_sens: BTreeSet<Sensitivity> = found.iter().filter_map(|f| f.sensitivity).collect();
        r.sens_gold += gold_sens.len();
        r.sens_pred += pred_sens.len();
        r.sens_hit += gold_sens.intersection(&pred_sens).count();

        let expected = expected_action(&case.gold);
        let verdict = filter.check(&Message::new(CHANNEL, case.text.as_str()));
        let predicted = verdict.action.as_str();
        let (ei, pi) = (action_index(expected), action_index(predicted));
        r.confusion[ei][pi] += 1;
        if show_misses && expected != predicted {
            let fmt_set = |s: &BTreeSet<Sensitivity>| {
                s.iter().map(|x| x.as_str()).collect::<Vec<_>>().join(",")
            };
            println!(
                "  ACTION expected {expected}, got {predicted}  {}:{}  sens gold [{}] found [{}]",
                case.file,
                case.line,
                fmt_set(&gold_sens),
                fmt_set(&pred_sens)
            );
        }
    }
    r
}

fn cat_index(c: Category) -> usize {
    Category::ALL
        .iter()
        .position(|&x| x == c)
        .expect("every category is in ALL")
}

fn action_index(a: &str) -> usize {
    ACTIONS
        .iter()
        .position(|&x| x == a)
        .unwrap_or_else(|| panic!("unknown action {a}"))
}

fn row(label: &str, c: &Counts) {
    println!(
        "{label:<26} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}",
        c.gold,
        c.predicted,
        c.recall(),
        c.precision(),
        c.f2()
    );
}

fn print_report(split: &str, r: &Report) {
    println!();
    println!("== {split}: {} messages ==", r.messages);
    println!(
        "{:<26} {:>5} {:>5} {:>7} {:>7} {:>7}",
        "category", "gold", "pred", "recall", "prec", "F2"
    );
    let mut ident = Counts::default();
    let mut clinical = Counts::default();
    for (c, counts) in Category::ALL.iter().zip(&r.per_category) {
        row(c.as_str(), counts);
        if is_clinical(*c) {
            clinical.add(*counts);
        } else {
            ident.add(*counts);
        }
    }
    println!("{}", "-".repeat(60));
    row("all identifiers", &ident);
    row("all clinical", &clinical);
    row("any PHI (category-blind)", &r.any);
    let sens = Counts {
        gold: r.sens_gold,
        recalled: r.sens_hit,
        predicted: r.sens_pred,
        correct: r.sens_hit,
    };
    row("sensitivity (per message)", &sens);
    println!(
        "clinician flag right on {}/{} matched names",
        r.clinician_right, r.names_matched
    );

    let total: usize = r.confusion.iter().flatten().sum();
    let right: usize = (0..3).map(|i| r.confusion[i][i]).sum();
    println!();
    println!(
        "action on channel `{CHANNEL}` (default policy): {right}/{total} = {:.3}",
        ratio(right, total)
    );
    println!(
        "{:<16} {:>7} {:>7} {:>7}",
        "expected \\ got", "allow", "redact", "block"
    );
    for (i, a) in ACTIONS.iter().enumerate() {
        println!(
            "{a:<16} {:>7} {:>7} {:>7}",
            r.confusion[i][0], r.confusion[i][1], r.confusion[i][2]
        );
    }
}

fn main() -> ExitCode {
    const USAGE: &str =
        "usage: eval [--misses] [--heldout-misses] [--writers-misses] [--file PATH]";
    let mut misses = false;
    let mut heldout_misses = false;
    let mut writers_misses = false;
    let mut only: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--misses" => misses = true,
            "--heldout-misses" => heldout_misses = true,
            "--writers-misses" => writers_misses = true,
            "--file" => match args.next() {
                Some(path) => only = Some(path),
                None => {
                    eprintln!("--file needs a path; {USAGE}");
                    return ExitCode::FAILURE;
                }
            },
            bad => {
                eprintln!("unknown argument {bad}; {USAGE}");
                return ExitCode::FAILURE;
            }
        }
    }
    let corpus = |file: &str| format!("{}/tests/corpus/{file}", env!("CARGO_MANIFEST_DIR"));
    let runs: Vec<(&'static str, String, bool)> = match only {
        // The name is printed with every miss; leaking one short string in a
        // one-shot report keeps `Case` free of lifetimes.
        Some(path) => vec![(Box::leak(path.clone().into_boxed_str()), path, misses)],
        None => vec![
            ("dev.txt", corpus("dev.txt"), misses),
            ("heldout.txt", corpus("heldout.txt"), heldout_misses),
            ("writers.txt", corpus("writers.txt"), writers_misses),
        ],
    };

    let filter = Filter::default();
    println!("phigate detection report: overlap matching, F2 weights recall over precision");
    for (file, path, show) in runs {
        let cases = match load(file, &path) {
            Ok(c) => c,
            Err(e) => {
                // A broken corpus line is reported, not a crash: fix the line and rerun.
                eprintln!("error: {e}");
                continue;
            }
        };
        if show {
            println!();
            println!("-- {file}: misses (MISS), false positives (FP [detector]), wrong actions --");
        }
        let report = evaluate(&filter, &cases, show);
        print_report(file, &report);
    }
    ExitCode::SUCCESS
}
