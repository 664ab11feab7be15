//! The speed budget's measurement: this build's `check()` against the build
//! from before the accuracy work (commit 230458e), both linked into one
//! process and timed in alternating rounds over bench/messages.txt, so that
//! a machine's drifting load falls on both alike. Built and run by
//! `scripts/bench-baseline` (which writes the Cargo.toml that names the two).

use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: baseline MESSAGES [SAMPLES]");
    let samples: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(60);
    let text = std::fs::read_to_string(&path).expect("the benchmark messages");
    let bodies: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let policy = r#"{"channels": {"twilio": {"baa": true}}}"#;
    let old = baseline::Filter::new(baseline::Policy::from_json(policy).expect("policy"));
    let new = phigate::Filter::new(phigate::Policy::from_json(policy).expect("policy"));
    let old_messages: Vec<_> = bodies
        .iter()
        .map(|b| baseline::Message::new("twilio", *b).to("+14155550123"))
        .collect();
    let new_messages: Vec<_> = bodies
        .iter()
        .map(|b| phigate::Message::new("twilio", *b).to("+14155550123"))
        .collect();
    // Each sample: 50 passes over the messages, the old build's then the new one's.
    let passes = 50;
    let checks = (passes * bodies.len()) as f64;
    let (mut olds, mut news, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    let mut findings = 0;
    for k in 0..samples + 2 {
        let t = Instant::now();
        for _ in 0..passes {
            for m in &old_messages {
                findings += old.check(m).findings.len();
            }
        }
        let a = t.elapsed().as_secs_f64() / checks;
        let t = Instant::now();
        for _ in 0..passes {
            for m in &new_messages {
                findings += new.check(m).findings.len();
            }
        }
        let b = t.elapsed().as_secs_f64() / checks;
        // The first two samples warm caches and the allocator.
        if k >= 2 {
            olds.push(a);
            news.push(b);
            ratios.push(b / a);
        }
    }
    let mut sorted = ratios.clone();
    sorted.sort_by(f64::total_cmp);
    let q = |f: f64| sorted[((sorted.len() - 1) as f64 * f) as usize];
    println!(
        "native check(): baseline {:.1} µs, this build {:.1} µs; this build takes {:.2}x the baseline's time \
         (median of {samples} alternating samples; quartiles {:.2}-{:.2}) [{findings} findings]",
        median(olds) * 1e6,
        median(news) * 1e6,
        q(0.5),
        q(0.25),
        q(0.75),
    );
}
