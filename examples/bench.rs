//! Benchmark: `cargo run --release --example bench`.
//!
//! Prints messages/s and µs per message for `Filter::check` over the fixed
//! set in `bench/messages.txt` (median of 9 runs), against a baseline run in
//! the same process: a regex-only redactor with eight patterns for phones,
//! SSNs, emails, dates, MRNs, addresses and URLs (what redact-pii-style
//! tools do, with far less coverage).

use std::time::{Duration, Instant};

use phigate::{Filter, Message, Policy};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time(rounds: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut sink = 0;
    let runs = (0..9)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..rounds {
                sink += f();
            }
            t.elapsed()
        })
        .collect();
    (median(runs), sink)
}

fn main() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/bench/messages.txt"))
        .expect("bench/messages.txt");
    let bodies: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    let policy = Policy::from_json(r#"{"channels": {"twilio": {"baa": true}}}"#).unwrap();
    let filter = Filter::new(policy);
    let messages: Vec<Message> = bodies
        .iter()
        .map(|b| Message::new("twilio", *b).to("+14155550123"))
        .collect();
    let rounds = 2000;
    let per_round = messages.len();

    let (check, sink) = time(rounds, || {
        messages
            .iter()
            .map(|m| filter.check(m).findings.len())
            .sum()
    });
    let (scan, _) = time(rounds, || bodies.iter().map(|b| filter.scan(b).len()).sum());

    let patterns = [
        r"(?:\+?1[\s.-]?)?\(?\b[2-9]\d{2}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b",
        r"\b\d{3}[- .]?\d{2}[- .]?\d{4}\b",
        r"(?i)\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b",
        r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
        r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
        r"(?i)\b(?:mrn|medical record)\W{0,3}[a-z0-9-]{4,}",
        r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Blvd|Lane|Ln|Drive|Dr)\b",
        r"(?i)\b(?:https?://|www\.)\S+",
    ];
    let regexes: Vec<regex_lite::Regex> = patterns
        .iter()
        .map(|p| regex_lite::Regex::new(p).unwrap())
        .collect();
    let (baseline, _) = time(rounds / 10, || {
        bodies
            .iter()
            .map(|b| {
                regexes
                    .iter()
                    .map(|r| r.replace_all(b, "[REDACTED]").len())
                    .sum::<usize>()
            })
            .sum()
    });

    let n = (rounds * per_round) as f64;
    let report = |name: &str, d: Duration, n: f64| {
        println!(
            "{name:<34} {:>10.0} messages/s {:>8.2} µs/message",
            n / d.as_secs_f64(),
            d.as_secs_f64() * 1e6 / n
        );
    };
    let avg_len = bodies.iter().map(|b| b.chars().count()).sum::<usize>() / bodies.len();
    println!(
        "{} messages of ~{avg_len} characters, median of 9 runs (native, release)",
        bodies.len()
    );
    report("phigate check()", check, n);
    report("phigate scan()", scan, n);
    report("baseline: 8 regex-lite patterns", baseline, n / 10.0);
    println!(
        "check() is {:.1}x the baseline's throughput (findings checksum {sink})",
        (baseline.as_secs_f64() / (n / 10.0)) / (check.as_secs_f64() / n)
    );
}
