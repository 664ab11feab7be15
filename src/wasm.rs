//! The only file that knows wasm-bindgen: JSON text in, core call, JSON text out.
//!
//! Filters live in a table here and JS holds their handles, rather than
//! wasm-bindgen objects: after a trap the JS layer throws the whole instance
//! away and builds a new one, and plain handles let it do that without old
//! objects' finalizers freeing memory in the new instance.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::{Error, Filter, Message, Policy};

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

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("verdicts serialize")
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

/// Findings in `text`, as a JSON array.
#[wasm_bindgen(js_name = filterScan)]
pub fn filter_scan(handle: u32, text: &str) -> Result<String, JsValue> {
    with(handle, |f| json(&f.scan(text)))
}

/// `{text, findings}` as JSON.
#[wasm_bindgen(js_name = filterRedact)]
pub fn filter_redact(handle: u32, text: &str) -> Result<String, JsValue> {
    with(handle, |f| json(&f.redact(text)))
}

/// The verdict on a message given as JSON, as JSON.
#[wasm_bindgen(js_name = filterCheck)]
pub fn filter_check(handle: u32, message_json: &str) -> Result<String, JsValue> {
    let message = Message::from_json(message_json).map_err(js_error)?;
    with(handle, |f| json(&f.check(&message)))
}

/// The effective policy (defaults included) as JSON, and its digest.
#[wasm_bindgen(js_name = filterPolicy)]
pub fn filter_policy(handle: u32) -> Result<String, JsValue> {
    with(handle, |f| {
        crate::json::to_text(
            &serde_json::json!({ "digest": f.policy().digest(), "policy": f.policy().canonical() }),
        )
    })
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
