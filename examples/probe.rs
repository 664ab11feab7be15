//! Vocabulary probes: `cargo run --release --example probe [-- --misses] [FILE...]`.
//!
//! Each file in `tests/probes/` (the default) is one short message a line,
//! with the spans a careful privacy officer would mark in `[brackets]`, and a
//! first line `# kind: clinical` or `# kind: name`. A bracketed span counts
//! as found when a finding of that kind (for `clinical`: a condition,
//! medication, procedure or lab result) overlaps it, as the corpus
//! evaluation matches. The probes were written in this repository to ask how
//! patients and staff word things, independently of the corpus: each prints
//! how many of its spans are found, and `--misses` lists the rest.
//!
//! A file whose first line is `# kind: clinical-none` or `# kind: name-none`
//! is a precision probe instead: messages with nothing of that kind in
//! them (announcements, health tips, words that are names elsewhere), no
//! brackets. It prints how many lines came out clean, and `--misses` lists
//! what was found in the others. The `all` line sums the recall probes only.
//!
//! Probes are not tuned on blindly: a phrase the corpus leaves unmarked on
//! purpose (a fall, say) may stay missed here. The first measurement of a
//! new probe, before any change made from it, is the figure worth quoting.

use phigate::{Category, Filter};

mod markup;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    let mut files: Vec<String> = args.into_iter().filter(|a| a != "--misses").collect();
    if files.is_empty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/probes");
        let mut found: Vec<String> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("reading {dir}: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path().display().to_string()))
            .filter(|p| p.ends_with(".txt"))
            .collect();
        found.sort();
        files = found;
    }
    let filter = Filter::default();
    let (mut all_found, mut all_spans) = (0, 0);
    println!(
        "{:<36} {:>6} {:>6} {:>7}",
        "probe", "spans", "found", "recall"
    );
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        let (names, none) = match text.lines().next() {
            Some("# kind: name") => (true, false),
            Some("# kind: clinical") => (false, false),
            Some("# kind: name-none") => (true, true),
            Some("# kind: clinical-none") => (false, true),
            _ => panic!(
                "{path}: the first line must be `# kind: clinical`, `# kind: name`, \
                 `# kind: clinical-none` or `# kind: name-none`"
            ),
        };
        let of_kind = |c: Category| {
            if names {
                c == Category::Name
            } else {
                matches!(
                    c,
                    Category::Condition
                        | Category::Medication
                        | Category::Procedure
                        | Category::LabResult
                )
            }
        };
        let (mut found, mut spans) = (0, 0);
        let mut missed = Vec::new();
        for (n, line) in text.lines().enumerate().skip(1) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (plain, marked) =
                unbracket(line).unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1));
            let findings = filter.scan(&plain);
            if none {
                assert!(
                    marked.is_empty(),
                    "{path}:{}: a precision probe has no brackets",
                    n + 1
                );
                // `spans` counts lines and `found` the clean ones.
                spans += 1;
                let flagged: Vec<_> = findings.iter().filter(|f| of_kind(f.category)).collect();
                if flagged.is_empty() {
                    found += 1;
                }
                for f in flagged {
                    missed.push(format!(
                        "  FOUND {:?} as {:?}  {path}:{}",
                        &plain[f.start..f.end],
                        f.category,
                        n + 1
                    ));
                }
                continue;
            }
            for (start, end) in marked {
                spans += 1;
                let hit = findings
                    .iter()
                    .any(|f| f.start < end && f.end > start && of_kind(f.category));
                if hit {
                    found += 1;
                } else {
                    missed.push(format!("  MISS {:?}  {path}:{}", &plain[start..end], n + 1));
                }
            }
        }
        let name = path.rsplit('/').next().unwrap_or(path);
        if none {
            println!(
                "{name:<36} {spans:>6} {found:>6} {:>7.3}  (lines, clean lines, clean)",
                ratio(found, spans)
            );
        } else {
            println!(
                "{name:<36} {spans:>6} {found:>6} {:>7.3}",
                ratio(found, spans)
            );
            all_found += found;
            all_spans += spans;
        }
        if misses {
            for m in missed {
                println!("{m}");
            }
        }
    }
    if all_spans > 0 {
        println!(
            "{:<36} {all_spans:>6} {all_found:>6} {:>7.3}",
            "all",
            ratio(all_found, all_spans)
        );
    }
}

/// The line without its brackets, and the byte spans the brackets held. A
/// line break inside a message is written `\n` (and a backslash `\\`), as
/// in the corpus.
fn unbracket(line: &str) -> Result<(String, Vec<(usize, usize)>), String> {
    let mut plain = String::with_capacity(line.len());
    let mut spans = Vec::new();
    let mut open = None;
    let mut rest = line;
    while let Some(k) = rest.find(['[', ']']) {
        markup::unescape_into(&rest[..k], &mut plain)?;
        if rest.as_bytes()[k] == b'[' {
            if open.replace(plain.len()).is_some() {
                return Err("a [ inside brackets".into());
            }
        } else {
            spans.push((open.take().ok_or("a ] with no [ before it")?, plain.len()));
        }
        rest = &rest[k + 1..];
    }
    markup::unescape_into(rest, &mut plain)?;
    match open {
        Some(_) => Err("a [ never closed".into()),
        None => Ok((plain, spans)),
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}
