//! The Rust API's own JSON of verdicts, findings and redactions, for the
//! package test that holds the JS layer's objects to it
//! (`pkg-tests/compact.test.mjs`): `cargo run --example verdict_json -- POLICY.json < ops.jsonl`.
//!
//! Each input line is `{"op": "check", "message": {...}}`, `{"op": "scan",
//! "text": "..."}` or `{"op": "redact", "text": "..."}`; each output line is
//! the serde JSON of the result, which is what the module returned before
//! it answered compactly (`src/wasm.rs`).

use std::io::{BufRead, Write};

use phigate::{Filter, Message, Policy};
use serde_json::Value;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: verdict_json POLICY.json < ops.jsonl");
    let policy_text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let filter = Filter::new(Policy::from_json(&policy_text).expect("a valid policy"));
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (n, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.expect("stdin");
        let op: Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let text = || op["text"].as_str().expect("text");
        let json = match op["op"].as_str() {
            Some("check") => {
                let message = Message::from_value(&op["message"]).expect("a valid message");
                serde_json::to_string(&filter.check(&message))
            }
            Some("scan") => serde_json::to_string(&filter.scan(text())),
            Some("redact") => serde_json::to_string(&filter.redact(text())),
            other => panic!("line {}: unknown op {other:?}", n + 1),
        };
        writeln!(out, "{}", json.expect("serializes")).expect("stdout");
    }
}
