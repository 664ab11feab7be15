//! A fixed amount of work for an instruction counter:
//! `cargo build --profile bench-profile --example instructions`, then run
//! `valgrind --tool=callgrind target/bench-profile/examples/instructions N`
//! for two values of N. The difference between the two counts, divided by
//! the difference in checks (12 messages per round), is the instructions
//! per `check()` with start-up cancelled out: a figure that, unlike the
//! timings of `examples/bench.rs`, does not move with the machine's load.

use phigate::{Filter, Message, Policy};

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("usage: instructions ROUNDS");
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/bench/messages.txt"))
        .expect("bench/messages.txt");
    let policy = Policy::from_json(r#"{"channels": {"twilio": {"baa": true}}}"#).unwrap();
    let filter = Filter::new(policy);
    let messages: Vec<Message> = text
        .lines()
        .filter(|l| !l.is_empty())
        .map(|b| Message::new("twilio", b).to("+14155550123"))
        .collect();
    let mut findings = 0;
    for _ in 0..rounds {
        for m in &messages {
            findings += filter.check(m).findings.len();
        }
    }
    println!("{findings} findings");
}
