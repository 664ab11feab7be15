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

/// `v` as compact JSON text, byte for byte what `serde_json::to_string`
/// writes for it, for the values this crate builds (the canonical policy):
/// strings, booleans, arrays, objects and integers. Written here because
/// `Value`'s own serializer has a branch for floats, which links a float
/// formatter and its tables into the WebAssembly module (3.0 KB
/// gzipped) that no value of ours needs. A float (which none of our
/// values holds) is written as `null`.
pub(crate) fn to_text(v: &Value) -> String {
    let mut out = String::new();
    write(v, &mut out);
    out
}

fn write(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => out.push_str(&u.to_string()),
            (None, Some(i)) => out.push_str(&i.to_string()),
            (None, None) => out.push_str("null"),
        },
        Value::String(s) => write_str(s, out),
        Value::Array(items) => {
            out.push('[');
            for (k, item) in items.iter().enumerate() {
                if k > 0 {
                    out.push(',');
                }
                write(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (k, (key, item)) in map.iter().enumerate() {
                if k > 0 {
                    out.push(',');
                }
                write_str(key, out);
                out.push(':');
                write(item, out);
            }
            out.push('}');
        }
    }
}

/// A JSON string as serde_json escapes it: the quote, the backslash and
/// the control characters, with the short escapes where JSON has them.
fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The writer agrees with serde_json on every kind of value it writes.
    #[test]
    fn to_text_is_serde_jsons_text() {
        let tricky: String = (0u8..0x80).map(char::from).collect::<String>() + "é😀\u{7f}/";
        let v = serde_json::json!({
            "b": [true, false, null, 0, 7, -3, 18446744073709551615u64, -9223372036854775808i64],
            "a": { "nested": [[], {}], "s": tricky },
            tricky.clone(): "",
        });
        assert_eq!(to_text(&v), serde_json::to_string(&v).unwrap());
        let canonical = crate::Policy::default().canonical();
        assert_eq!(
            to_text(&canonical),
            serde_json::to_string(&canonical).unwrap()
        );
    }
}
