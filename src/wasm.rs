//! The only file that knows wasm-bindgen: JSON text in, core call, JSON text out.
//!
//! What goes out is compact: findings as a flat array of numbers, a verdict
//! as an array of its parts, which `js/filter.js` builds into the public
//! objects (`verdictFrom`, `findingsFrom`). Parsing such an array and
//! building the objects in JS took less time than `JSON.parse` of the
//! objects themselves, and writing it by hand less than serde: together
//! about a tenth of `check()` in Node. The message's body comes in as a
//! string of its own beside the rest of the message's JSON, so it is
//! neither escaped by `JSON.stringify` nor unescaped here.
//!
//! Filters live in a table here and JS holds their handles, rather than
//! wasm-bindgen objects: after a trap the JS layer throws the whole instance
//! away and builds a new one, and plain handles let it do that without old
//! objects' finalizers freeing memory in the new instance.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::filter::audit_channel;
use crate::{Category, Error, Filter, Finding, Message, Policy, Sensitivity};

thread_local! {
    static FILTERS: RefCell<Vec<Option<Filter>>> = const { RefCell::new(Vec::new()) };
}

/// Errors cross into JS here and only here: a real `Error` with a stable `code`.
fn js_error(err: Error) -> JsValue {
    let e = js_sys::Error::new(&err.to_string());
    let _ = js_sys::Reflect::set(&e, &"code".into(), &err.code().into());
    e.into()
}

fn with<T>(handle: u32, f: impl FnOnce(&Filter) -> T) -> Result<T, JsValue> {
    FILTERS.with(|t| match t.borrow().get(handle as usize) {
        Some(Some(filter)) => Ok(f(filter)),
        _ => Err(js_error(Error::freed())),
    })
}

/// A JSON string literal of `text`.
fn push_str(out: &mut String, text: &str) {
    out.push('"');
    let mut from = 0;
    for (i, b) in text.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[from..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        } else {
            out.push_str(escape);
        }
        from = i + 1;
    }
    out.push_str(&text[from..]);
    out.push('"');
}

fn push_num(out: &mut String, n: usize) {
    use std::fmt::Write;
    let _ = write!(out, "{n}");
}

/// Findings as `[category, start, end, flags, ...]`: the category's index in
/// [`Category::ALL`], UTF-16 offsets, and flags holding the sensitivity's
/// index in [`Sensitivity::ALL`] plus one (0: none) in the low four bits,
/// 16 for a clinician and 32 for allowed.
fn push_findings(out: &mut String, findings: &[Finding]) {
    out.push('[');
    for (k, f) in findings.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        let flags = f.sensitivity.map_or(0, |s| s as usize + 1)
            + if f.clinician { 16 } else { 0 }
            + if f.allowed { 32 } else { 0 };
        for (j, n) in [f.category as usize, f.start_utf16, f.end_utf16, flags]
            .into_iter()
            .enumerate()
        {
            if j > 0 {
                out.push(',');
            }
            push_num(out, n);
        }
    }
    out.push(']');
}

/// The verdict on `message` as `[action, body, findings, [[code, message],
/// ...], channel, service, redacted, attachments]`: the rest of the audit
/// record (the reasons' codes, the counts, the body's length, the policy's
/// digest and the version) is built in JS from these and what it already
/// holds, so the core never builds it (2.4 KB less module, gzipped, and
/// 0.95x the time of `check()` in Node, 2026-11-28).
fn compact_verdict(f: &Filter, message: &Message) -> String {
    let v = f.decision(message);
    let mut out =
        String::with_capacity(64 + v.body.as_ref().map_or(0, String::len) + 24 * v.findings.len());
    out.push('[');
    push_str(&mut out, v.action.as_str());
    out.push(',');
    match &v.body {
        Some(body) => push_str(&mut out, body),
        None => out.push_str("null"),
    }
    out.push(',');
    push_findings(&mut out, &v.findings);
    out.push_str(",[");
    for (k, r) in v.reasons.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        out.push('[');
        push_str(&mut out, r.code);
        out.push(',');
        push_str(&mut out, &r.message);
        out.push(']');
    }
    out.push_str("],");
    push_str(&mut out, &audit_channel(&message.channel));
    out.push(',');
    push_str(&mut out, message.effective_service().as_str());
    for n in [v.redacted, message.attachments.len()] {
        out.push(',');
        push_num(&mut out, n);
    }
    out.push(']');
    out
}

/// The names the compact forms index: `{categories, sensitivities}`.
#[wasm_bindgen(js_name = names)]
pub fn names() -> String {
    let mut out = String::from("{\"categories\":[");
    for (k, c) in Category::ALL.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        push_str(&mut out, c.as_str());
    }
    out.push_str("],\"sensitivities\":[");
    for (k, s) in Sensitivity::ALL.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        push_str(&mut out, s.as_str());
    }
    out.push_str("]}");
    out
}

/// Creates a filter from policy JSON (`undefined`: the embedded default); returns its handle.
#[wasm_bindgen(js_name = filterNew)]
pub fn filter_new(policy_json: Option<String>) -> Result<u32, JsValue> {
    let policy = match policy_json {
        Some(text) => policy_from_json(&text)?,
        None => Policy::default(),
    };
    Ok(FILTERS.with(|t| {
        let mut t = t.borrow_mut();
        match t.iter().position(Option::is_none) {
            Some(i) => {
                t[i] = Some(Filter::new(policy));
                i as u32
            }
            None => {
                t.push(Some(Filter::new(policy)));
                (t.len() - 1) as u32
            }
        }
    }))
}

/// Kept out of line: a module that only builds the default policy never
/// compiles the policy reader (wasm compiles a function on its first call).
#[inline(never)]
fn policy_from_json(text: &str) -> Result<Policy, JsValue> {
    Policy::from_json(text).map_err(js_error)
}

/// Frees a filter.
#[wasm_bindgen(js_name = filterFree)]
pub fn filter_free(handle: u32) {
    FILTERS.with(|t| {
        if let Some(slot) = t.borrow_mut().get_mut(handle as usize) {
            *slot = None;
        }
    });
}

/// Findings in `text`, compact (see [`push_findings`]).
#[wasm_bindgen(js_name = filterScan)]
pub fn filter_scan(handle: u32, text: &str) -> Result<String, JsValue> {
    with(handle, |f| {
        let mut out = String::new();
        push_findings(&mut out, &f.scan(text));
        out
    })
}

/// `[text, findings]`, the findings compact.
#[wasm_bindgen(js_name = filterRedact)]
pub fn filter_redact(handle: u32, text: &str) -> Result<String, JsValue> {
    with(handle, |f| {
        let r = f.redact(text);
        let mut out = String::from("[");
        push_str(&mut out, &r.text);
        out.push(',');
        push_findings(&mut out, &r.findings);
        out.push(']');
        out
    })
}

/// The verdict on a message, compact (see [`compact_verdict`]): the message
/// given as the JSON of every field but its body, and the body.
#[wasm_bindgen(js_name = filterCheck)]
pub fn filter_check(handle: u32, rest_json: &str, body: String) -> Result<String, JsValue> {
    let message = Message::from_json_with_body(rest_json, body).map_err(js_error)?;
    with(handle, |f| compact_verdict(f, &message))
}

/// The effective policy (defaults included) as JSON, and its digest.
#[wasm_bindgen(js_name = filterPolicy)]
pub fn filter_policy(handle: u32) -> Result<String, JsValue> {
    with(handle, |f| {
        crate::json::to_text(&crate::json::object_of(vec![
            ("digest", f.policy().digest().into()),
            ("policy", f.policy().canonical()),
        ]))
    })
}

/// [`filter_check`] for a message of strings only, `channel`, `to` and
/// `purpose` (the common case): each comes as itself, so no JSON is written
/// or read for it. The same checks and errors.
#[wasm_bindgen(js_name = filterCheckPlain)]
pub fn filter_check_plain(
    handle: u32,
    channel: String,
    to: Option<String>,
    purpose: Option<String>,
    body: String,
) -> Result<String, JsValue> {
    let message = Message::from_strings(channel, to, purpose, body).map_err(js_error)?;
    with(handle, |f| compact_verdict(f, &message))
}

/// The policy's digest (what `filterPolicy` holds, without building the
/// canonical policy).
#[wasm_bindgen(js_name = filterDigest)]
pub fn filter_digest(handle: u32) -> Result<String, JsValue> {
    with(handle, |f| f.policy().digest().to_string())
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Traps the instance on purpose, so tests can prove the JS layer recovers.
#[wasm_bindgen(js_name = __trapForTests)]
pub fn trap_for_tests() {
    panic!("deliberate trap for tests");
}
