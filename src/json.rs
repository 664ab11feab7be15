//! Reading JSON documents field by field, so every error names its path.

use serde_json::{Map, Value};

use crate::Error;

pub(crate) type Fail = fn(String) -> Error;

pub(crate) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

pub(crate) fn object<'v>(
    v: &'v Value,
    path: &str,
    fail: Fail,
) -> Result<&'v Map<String, Value>, Error> {
    v.as_object()
        .ok_or_else(|| fail(format!("{path} must be an object, not {}", type_name(v))))
}

/// Refuses any key not in `known`, naming it and the keys that are allowed.
pub(crate) fn known_keys(
    map: &Map<String, Value>,
    path: &str,
    known: &[&str],
    fail: Fail,
) -> Result<(), Error> {
    for key in map.keys() {
        if !known.contains(&key.as_str()) {
            return Err(fail(format!(
                "{path}.{} is not a known field (expected one of: {})",
                safe_key(key),
                known.join(", ")
            )));
        }
    }
    Ok(())
}

pub(crate) fn string<'v>(v: &'v Value, path: &str, fail: Fail) -> Result<&'v str, Error> {
    v.as_str()
        .ok_or_else(|| fail(format!("{path} must be a string, not {}", type_name(v))))
}

pub(crate) fn boolean(v: &Value, path: &str, fail: Fail) -> Result<bool, Error> {
    v.as_bool()
        .ok_or_else(|| fail(format!("{path} must be a boolean, not {}", type_name(v))))
}

pub(crate) fn array<'v>(v: &'v Value, path: &str, fail: Fail) -> Result<&'v [Value], Error> {
    v.as_array()
        .map(Vec::as_slice)
        .ok_or_else(|| fail(format!("{path} must be an array, not {}", type_name(v))))
}

pub(crate) fn strings<'v>(v: &'v Value, path: &str, fail: Fail) -> Result<Vec<&'v str>, Error> {
    array(v, path, fail)?
        .iter()
        .enumerate()
        .map(|(i, s)| string(s, &format!("{path}[{i}]"), fail))
        .collect()
}

/// A key as it may appear in an error. Keys are meant to be field names, but a
/// caller may have put message text there, so only a short identifier-like key
/// is echoed; anything else is described, never quoted.
pub(crate) fn safe_key(key: &str) -> String {
    let identifier = !key.is_empty()
        && key.len() <= 32
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        && !key.bytes().any(|b| b.is_ascii_digit());
    if identifier {
        key.to_string()
    } else {
        "<key>".to_string()
    }
}
