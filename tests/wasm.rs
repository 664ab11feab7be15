//! The core as compiled to wasm32, run by wasm-bindgen-test in Node:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target wasm32-unknown-unknown --test wasm`.
//!
//! `usize` is 32 bits there and the allocator is different, so offsets,
//! detectors and the verdict's JSON are proven again on the target that
//! ships. (The binding's own functions are private to the crate and answer
//! JS compactly; pkg-tests/ drives them through the built npm package, and
//! pkg-tests/compact.test.mjs holds the objects it builds to this JSON.)
#![cfg(target_arch = "wasm32")]

use phigate::{Filter, Message, Policy};
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

/// The verdict's JSON, which the package's objects must equal.
fn verdict_json(filter: &Filter, message: &Message) -> Value {
    serde_json::to_value(filter.check(message)).expect("verdicts serialize")
}

#[wasm_bindgen_test]
fn verdict_json_has_the_js_shape() {
    let filter = Filter::default();
    let body = "😀 SSN 123-45-6789, call 415-555-0142.";
    let v = verdict_json(&filter, &Message::new("ohmd", body).to("+14155550123"));
    assert_eq!(v["action"], "redact");
    assert_eq!(v["body"], "😀 SSN [SSN], call [PHONE].");
    // UTF-16 offsets: the emoji is two code units (four bytes).
    assert_eq!(
        v["findings"],
        json!([{"category": "ssn", "start": 7, "end": 18}, {"category": "phone", "start": 25, "end": 37}])
    );
    let audit = v["audit"].as_object().expect("audit is an object");
    let keys: Vec<&str> = audit.keys().map(String::as_str).collect();
    let mut want = [
        "channel",
        "service",
        "action",
        "reasons",
        "counts",
        "redacted",
        "attachments",
        "bodyLength",
        "policyDigest",
        "version",
    ];
    want.sort_unstable();
    assert_eq!(keys, want, "audit keys are camelCase and complete");
    assert_eq!(audit["bodyLength"], body.encode_utf16().count());
    assert_eq!(audit["counts"], json!({"phone": 1, "ssn": 1}));
}

#[wasm_bindgen_test]
fn blocked_verdicts_have_a_null_body() {
    let v = verdict_json(
        &Filter::default(),
        &Message::new("imessage", "SSN 123-45-6789"),
    );
    assert_eq!(v["action"], "block");
    assert_eq!(v["body"], Value::Null);
    assert_eq!(v["reasons"][0]["code"], "channel_no_baa");
}

#[wasm_bindgen_test]
fn errors_carry_codes_and_field_paths() {
    let err = Policy::from_json(r#"{"channels": {"imessage": {"baa": true}}}"#).unwrap_err();
    assert_eq!(err.code(), "PHIGATE_INVALID_POLICY");
    assert!(
        err.to_string().contains("policy.channels.imessage.baa"),
        "{err}"
    );
    let err = Message::from_json(r#"{"channel": "ohmd", "body": 5}"#).unwrap_err();
    assert_eq!(err.code(), "PHIGATE_INVALID_MESSAGE");
    assert!(err.to_string().contains("message.body"), "{err}");
    let err = Message::from_json(r#"{"channel": "ohmd", "body": "SSN 123-45-6789""#).unwrap_err();
    assert_eq!(err.code(), "PHIGATE_INVALID_JSON");
    assert!(!err.to_string().contains("123-45"), "{err}");
}

#[wasm_bindgen_test]
fn detector_examples_hold_on_wasm32() {
    let filter = Filter::default();
    for (id, category, examples, _) in phigate::table_for_tests() {
        for ex in examples {
            let start = ex.find('«').expect("marked example");
            let end = ex.find('»').expect("marked example") - '«'.len_utf8();
            let text = ex.replace(['«', '»'], "");
            let found = filter.scan(&text);
            assert!(
                found
                    .iter()
                    .any(|f| f.category.as_str() == category && (f.start, f.end) == (start, end)),
                "{id}: {ex:?} not found on wasm32"
            );
        }
    }
}

#[wasm_bindgen_test]
fn a_megabyte_scans_whole() {
    let line = "Reminder 😀 SSN 123-45-6789, call 415-555-0142. ";
    let text = line.repeat((1 << 20) / line.len() + 1);
    let found = Filter::default().scan(&text);
    assert_eq!(found.len(), 2 * ((1 << 20) / line.len() + 1));
    let last = found.last().expect("findings");
    assert_eq!(&text[last.start..last.end], "415-555-0142");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(
        String::from_utf16_lossy(&utf16[last.start_utf16..last.end_utf16]),
        "415-555-0142"
    );
}
