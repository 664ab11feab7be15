//! Reading JSON documents field by field, so every error names its path.

use serde_json::{Map, Number, Value};

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

/// An object of `entries`, for the values this crate builds (the
/// canonical policy): `json!` goes through serde's `Serialize` and
/// `to_value`, which linked that machinery into the WebAssembly module for
/// a few literals. Keys land in the map's own (sorted) order, as with `json!`.
pub(crate) fn object_of(entries: Vec<(&str, Value)>) -> Value {
    let mut map = Map::new();
    for (key, value) in entries {
        map.insert(key.to_string(), value);
    }
    Value::Object(map)
}

/// Reads a JSON document (RFC 8259, strictly) into the `Value` serde_json
/// would make of it, but for two things: a key given twice in one object is
/// refused, where serde_json keeps the later one (a policy saying two things
/// at once is ambiguous: fail closed), and a number that is not an integer is
/// an approximation (see `Decimal::approximate`).
///
/// Written here rather than calling `serde_json::from_str` for the size of
/// the WebAssembly module: serde_json's parser, its `Deserialize` plumbing
/// and core's float parsing (large tables) leave it.
///
/// The error is a short description and where: `expected `,` or `}` at
/// line 3 column 5`, in serde_json's words where it has them. It never
/// quotes the input, which may hold patient data. The column is the 1-based
/// byte offset in its line of the byte refused, or at the end of the text
/// that of its last byte (0 for an empty line), as serde_json counts.
pub(crate) fn parse(text: &str) -> Result<Value, String> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let value = p.value().and_then(|v| match p.skip_space() {
        None => Ok(v),
        Some(_) => Err(p.fault("trailing characters")),
    });
    value.map_err(|f| f.describe(text))
}

const EOF_VALUE: &str = "EOF while parsing a value";
const EOF_STRING: &str = "EOF while parsing a string";
const EOF_LIST: &str = "EOF while parsing a list";
const EOF_OBJECT: &str = "EOF while parsing an object";
const INVALID_NUMBER: &str = "invalid number";
const LONE_SURROGATE: &str = "lone surrogate in hex escape";

/// How many arrays and objects may be open at once: serde_json's recursion
/// limit (it refuses the 128th), which keeps the stack shallow.
const MAX_DEPTH: usize = 127;

/// Why a document was refused, and the index of the byte refused (the
/// text's length at its end).
struct Fault {
    what: &'static str,
    at: usize,
}

impl Fault {
    fn describe(&self, text: &str) -> String {
        let before = &text.as_bytes()[..self.at];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = 1 + before[..line_start].iter().filter(|&&b| b == b'\n').count();
        let column = self.at - line_start + usize::from(self.at < text.len());
        format!("{} at line {line} column {column}", self.what)
    }
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// A fault at the current byte (at the end: the end).
    fn fault(&self, what: &'static str) -> Fault {
        Fault { what, at: self.at }
    }

    /// `what` if a byte is there, else the end of the text in `eof`'s words.
    fn fault_or_eof(&self, what: &'static str, eof: &'static str) -> Fault {
        self.fault(if self.at < self.bytes.len() {
            what
        } else {
            eof
        })
    }

    fn eat(&mut self, byte: u8) -> bool {
        let here = self.peek() == Some(byte);
        self.at += usize::from(here);
        here
    }

    /// Skips JSON's four whitespace bytes; the next byte, if any.
    fn skip_space(&mut self) -> Option<u8> {
        while let Some(b) = self.peek() {
            if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    fn value(&mut self) -> Result<Value, Fault> {
        match self.skip_space() {
            None => Err(self.fault(EOF_VALUE)),
            Some(open @ (b'[' | b'{')) => {
                if self.depth == MAX_DEPTH {
                    return Err(self.fault("recursion limit exceeded"));
                }
                self.depth += 1;
                self.at += 1;
                let value = if open == b'[' {
                    self.array()
                } else {
                    self.object()
                };
                self.depth -= 1;
                value
            }
            Some(b'"') => {
                self.at += 1;
                self.string().map(Value::String)
            }
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.fault("expected value")),
        }
    }

    fn literal(&mut self, word: &'static str, value: Value) -> Result<Value, Fault> {
        for &b in word.as_bytes() {
            if !self.eat(b) {
                return Err(self.fault_or_eof("expected `true`, `false` or `null`", EOF_VALUE));
            }
        }
        Ok(value)
    }

    /// The elements of an array, its `[` read.
    fn array(&mut self) -> Result<Value, Fault> {
        let mut items = Vec::new();
        match self.skip_space() {
            Some(b']') => {
                self.at += 1;
                return Ok(Value::Array(items));
            }
            None => return Err(self.fault(EOF_LIST)),
            Some(_) => {}
        }
        loop {
            items.push(self.value()?);
            match self.skip_space() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.fault_or_eof("expected `,` or `]`", EOF_LIST)),
            }
            if self.skip_space() == Some(b']') {
                return Err(self.fault("trailing comma"));
            }
        }
    }

    /// The members of an object, its `{` read.
    fn object(&mut self) -> Result<Value, Fault> {
        let mut map = Map::new();
        if self.skip_space() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(map));
        }
        loop {
            let key_at = self.at;
            match self.peek() {
                Some(b'"') => self.at += 1,
                Some(b'}') => return Err(self.fault("trailing comma")),
                _ => return Err(self.fault_or_eof("key must be a string", EOF_OBJECT)),
            }
            let key = self.string()?;
            if self.skip_space() != Some(b':') {
                return Err(self.fault_or_eof("expected `:`", EOF_OBJECT));
            }
            self.at += 1;
            let value = self.value()?;
            if map.insert(key, value).is_some() {
                return Err(Fault {
                    what: "duplicate key",
                    at: key_at,
                });
            }
            match self.skip_space() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(map));
                }
                _ => return Err(self.fault_or_eof("expected `,` or `}`", EOF_OBJECT)),
            }
            self.skip_space();
        }
    }

    /// The rest of a string, its opening quote read. The text is a `str`,
    /// so it is UTF-8 already; the runs between escapes are copied as they
    /// are, cut only at ASCII bytes.
    fn string(&mut self) -> Result<String, Fault> {
        let mut out = String::new();
        let mut from = self.at;
        loop {
            match self.peek() {
                None => return Err(self.fault(EOF_STRING)),
                Some(b'"') => {
                    out.push_str(&self.text[from..self.at]);
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[from..self.at]);
                    self.at += 1;
                    out.push(self.escape()?);
                    from = self.at;
                }
                Some(0..=0x1f) => {
                    return Err(self
                        .fault("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                Some(_) => self.at += 1,
            }
        }
    }

    /// The character an escape stands for, its backslash read.
    fn escape(&mut self) -> Result<char, Fault> {
        let c = match self.peek() {
            None => return Err(self.fault(EOF_STRING)),
            Some(b'u') => {
                self.at += 1;
                return self.unicode_escape();
            }
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(_) => return Err(self.fault("invalid escape")),
        };
        self.at += 1;
        Ok(c)
    }

    /// A `\uXXXX` escape, its `\u` read; a character outside the Basic
    /// Multilingual Plane is two, a UTF-16 surrogate pair. A surrogate
    /// without its other half is refused, pointing at its backslash.
    fn unicode_escape(&mut self) -> Result<char, Fault> {
        let lone = Fault {
            what: LONE_SURROGATE,
            at: self.at - 2,
        };
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                for b in [b'\\', b'u'] {
                    if !self.eat(b) {
                        return Err(if self.peek().is_none() {
                            self.fault(EOF_STRING)
                        } else {
                            lone
                        });
                    }
                }
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(lone);
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            code => code,
        };
        // None only for a trailing surrogate met first.
        char::from_u32(code).ok_or(lone)
    }

    fn hex4(&mut self) -> Result<u32, Fault> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| char::from(b).to_digit(16));
            let Some(digit) = digit else {
                return Err(self.fault_or_eof("invalid escape", EOF_STRING));
            };
            n = n * 16 + digit;
            self.at += 1;
        }
        Ok(n)
    }

    /// A number by JSON's grammar: `-`? (`0` | [1-9][0-9]*) (`.` [0-9]+)?
    /// ([eE] [+-]? [0-9]+)?. An integer that fits a `u64` or an `i64` is
    /// that integer, as serde_json reads it; any other number (`-0` too) is
    /// an `f64`.
    fn number(&mut self) -> Result<Value, Fault> {
        let start = self.at;
        let negative = self.eat(b'-');
        let mut d = Decimal::default();
        let first = self.at;
        if self.digits(&mut d, false) == 0 {
            return Err(self.fault_or_eof(INVALID_NUMBER, EOF_VALUE));
        }
        if self.bytes[first] == b'0' && self.at > first + 1 {
            return Err(Fault {
                what: INVALID_NUMBER,
                at: first + 1,
            });
        }
        let mut integer = !d.full;
        if self.eat(b'.') {
            integer = false;
            if self.digits(&mut d, true) == 0 {
                return Err(self.fault_or_eof(INVALID_NUMBER, EOF_VALUE));
            }
        }
        if self.eat(b'e') || self.eat(b'E') {
            integer = false;
            let minus = self.eat(b'-') || {
                self.eat(b'+');
                false
            };
            // Saturating, where every f64 has long overflowed or underflowed.
            let mut exponent: i64 = 0;
            let mut digits = 0;
            while let Some(b @ b'0'..=b'9') = self.peek() {
                exponent = exponent
                    .saturating_mul(10)
                    .saturating_add(i64::from(b - b'0'));
                digits += 1;
                self.at += 1;
            }
            if digits == 0 {
                return Err(self.fault_or_eof(INVALID_NUMBER, EOF_VALUE));
            }
            d.exponent = d
                .exponent
                .saturating_add(if minus { -exponent } else { exponent });
        }
        if integer {
            if !negative {
                return Ok(Value::from(d.mantissa));
            }
            if d.mantissa != 0 && d.mantissa <= 1 << 63 {
                return Ok(Value::from(0u64.wrapping_sub(d.mantissa) as i64));
            }
        }
        let magnitude = d.approximate();
        let value = if negative { -magnitude } else { magnitude };
        Number::from_f64(value).map(Value::Number).ok_or(Fault {
            what: "number out of range",
            at: start,
        })
    }

    /// Reads a run of digits into `d`; how many there were.
    fn digits(&mut self, d: &mut Decimal, fraction: bool) -> usize {
        let from = self.at;
        while let Some(b @ b'0'..=b'9') = self.peek() {
            d.push(b - b'0', fraction);
            self.at += 1;
        }
        self.at - from
    }
}

/// A number's digits as `mantissa × 10^exponent`: the leading digits, as
/// many as a `u64` holds, and the power of ten that scales them.
#[derive(Default)]
struct Decimal {
    mantissa: u64,
    exponent: i64,
    /// A digit did not fit, so none after it is kept.
    full: bool,
    /// A digit not kept was not 0: the number is a little above
    /// `mantissa × 10^exponent`.
    rounded: bool,
}

impl Decimal {
    fn push(&mut self, digit: u8, fraction: bool) {
        let next = self
            .mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(u64::from(digit)))
            .filter(|_| !self.full);
        match next {
            Some(m) => {
                self.mantissa = m;
                self.exponent -= i64::from(fraction);
            }
            None => {
                self.full = true;
                self.rounded |= digit != 0;
                self.exponent += i64::from(!fraction);
            }
        }
    }

    /// The value to within a few units in the last place, not correctly
    /// rounded: the mantissa scaled by at most a dozen powers of ten, each
    /// a rounding. Correct rounding is what core's float parser is for, and
    /// its tables cost the module kilobytes; no field of a message or a
    /// policy is a number, and of a number only its type is ever read
    /// (`type_name`). Whether it is out of range is decided from the
    /// digits instead (`Decimal::overflows`).
    fn approximate(&self) -> f64 {
        const POWERS: [f64; 9] = [1e1, 1e2, 1e4, 1e8, 1e16, 1e32, 1e64, 1e128, 1e256];
        if self.mantissa == 0 {
            return 0.0;
        }
        if self.overflows() {
            return f64::INFINITY;
        }
        let mut value = self.mantissa as f64;
        // Past 10^1100 a u64 mantissa has overflowed or underflowed.
        let mut left = self.exponent.unsigned_abs().min(1100);
        let mut scale = |power: f64| {
            if self.exponent < 0 {
                value /= power;
            } else {
                value *= power;
            }
        };
        while left >= 512 {
            scale(1e256);
            scale(1e256);
            left -= 512;
        }
        for (bit, &power) in POWERS.iter().enumerate() {
            if left & (1 << bit) != 0 {
                scale(power);
            }
        }
        value.min(f64::MAX)
    }

    /// Whether the number, not 0, is above `f64::MAX` as printed
    /// (1.7976931348623157e308), so is refused as out of range. Exactly,
    /// from the digits: the value as approximated may be off by more than
    /// half a unit in the last place, the distance from `f64::MAX` to
    /// where an f64 rounds to infinity (2^1024 − 2^970). The numbers
    /// between those two would round to `f64::MAX`; serde_json refuses
    /// most of them and reads a few (its own arithmetic is not exact
    /// there either), and they are refused here, failing closed.
    fn overflows(&self) -> bool {
        /// `f64::MAX` as printed is this × 10^292.
        const MAX_MANTISSA: u64 = 17_976_931_348_623_157;
        // A u64 mantissa is below 10^20.
        if self.exponent < 289 {
            return false;
        }
        if self.exponent > 308 {
            return true;
        }
        // The mantissa scaled to 10^292, as `f64::MAX` is.
        let (mut mantissa, mut rounded) = (self.mantissa, self.rounded);
        for _ in 292..self.exponent {
            match mantissa.checked_mul(10) {
                Some(m) => mantissa = m,
                None => return true,
            }
        }
        for _ in self.exponent..292 {
            rounded |= mantissa % 10 != 0;
            mantissa /= 10;
        }
        mantissa > MAX_MANTISSA || (mantissa == MAX_MANTISSA && rounded)
    }
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

    /// Every description `parse` gives, so a test can prove an error is
    /// one of them plus a position, and so quotes nothing of its input.
    const DESCRIPTIONS: &[&str] = &[
        "EOF while parsing a value",
        "EOF while parsing a string",
        "EOF while parsing a list",
        "EOF while parsing an object",
        "expected value",
        "expected `true`, `false` or `null`",
        "expected `,` or `]`",
        "expected `,` or `}`",
        "expected `:`",
        "key must be a string",
        "trailing comma",
        "trailing characters",
        "duplicate key",
        "invalid escape",
        "lone surrogate in hex escape",
        "control character (\\u0000-\\u001F) found while parsing a string",
        "invalid number",
        "number out of range",
        "recursion limit exceeded",
    ];

    /// Whether `err` is a known description and a position, nothing else.
    fn quotes_nothing(err: &str) -> bool {
        let Some((what, at)) = err.split_once(" at line ") else {
            return false;
        };
        let Some((line, column)) = at.split_once(" column ") else {
            return false;
        };
        DESCRIPTIONS.contains(&what)
            && [line, column]
                .iter()
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    }

    /// `parse`'s value is serde_json's: exactly, but that a number which is
    /// not an integer need only be a float too (ours is an approximation),
    /// and within 1e-14 of serde_json's where an f64 is normal.
    fn agree(ours: &Value, theirs: &Value) -> bool {
        match (ours, theirs) {
            (Value::Number(a), Value::Number(b)) if b.is_f64() => {
                let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
                let normal = (1e-300..1e300).contains(&b.abs());
                a.is_finite() && (!normal || (a - b).abs() <= b.abs() * 1e-14)
            }
            (Value::Array(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| agree(a, b))
            }
            (Value::Object(a), Value::Object(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(b)
                        .all(|((ka, a), (kb, b))| ka == kb && agree(a, b))
            }
            _ => ours == theirs,
        }
    }

    fn nested(depth: usize) -> String {
        "[".repeat(depth) + &"]".repeat(depth)
    }

    #[test]
    fn parse_reads_what_serde_json_reads() {
        let long_integer = format!("1{}e-390", "0".repeat(399));
        let long_fraction = format!("0.{}1e400", "0".repeat(399));
        let huge_integer_tiny_exponent = format!("1{}e-10000000", "0".repeat(200_000));
        let deepest = nested(127);
        let mut cases: Vec<&str> = vec![
            // scalars and whitespace
            "true", "false", "null", " true ", "\t\n\r null \r\n\t", "\n\n\"a\"\n",
            // integers
            "0", "-0", "1", "-1", "7", "123", "-123", "9223372036854775807", "9223372036854775808",
            "-9223372036854775807", "-9223372036854775808", "-9223372036854775809",
            "18446744073709551615", "18446744073709551616", "18446744073709551620",
            "99999999999999999999", "-18446744073709551615", "-18446744073709551616",
            "123456789012345678901234567890", "-123456789012345678901234567890",
            // other numbers
            "0.0", "-0.0", "1.5", "-1.5", "0.1", "3.141592653589793", "1e5", "1E5", "1e+5", "1e-5",
            "-1E-5", "0e0", "0E+0", "0.5e1", "10.0", "1.0e0", "1.5e300", "1e308", "-1e308",
            "1.7976931348623157e308", "-1.7976931348623157e308", "17976931348623157e292",
            "1.7e308", "-1.79e308", "2.2250738585072014e-308", "4.9e-324", "5e-324",
            "1e-400", "-1e-400", "0e999999999", "0e99999999999999999999", "1e-99999999999999999999",
            "1e-9223372036854775809",
            "0.1234567890123456789012345", "98765432109876543210.123456789e-5",
            &long_integer, &long_fraction, &huge_integer_tiny_exponent,
            // strings
            "\"\"", "\"a\"", r#""\"\\\/\b\f\n\r\t""#, r#""\u0000\u001f\u007F""#, r#""\u00e9\u00E9""#,
            "\"é中😀\"", r#""\ud83d\ude00""#, r#""\uD83D\uDE00x\uDBFF\uDFFF\uD800\uDC00""#,
            r#""\uFFFF\uFFFE\uE000\uD7FF""#, "\"\u{7f}\"", "\"a/b\"", r#""\u0041\u2028\u2029""#,
            "\"\u{10FFFF}\u{2028}\"", r#""a\\u0041""#, r#""\\\\""#,
            // containers
            "[]", "{}", "[ ]", "{ }", "[\n]", "{\r\n}", "[[]]", "[{}]", "[[[]],[{}]]", "{\"a\":[]}",
            "[1,2,3]", "[1 , 2 ,\t3 ]", "[1, \"a\", true, null, {\"b\": [false, -0.5e-3]}]",
            "{\"\":1}", "{\"a\":1,\"b\":2,\"A\":3,\"B\":{}}", "{\"é\":\"😀\"}", "{\"a\\u0000\":1}",
            "{\"a\":1,\"\\u0061b\":2,\"ab \":3}", "{\"\\ud83d\\ude00\":[{\"\\ud83d\\ude01\":null}]}",
            "{ \"a\" : { \"b\" : { \"c\" : [ 1 , { } ] } } , \"d\" : \"e\" }",
            "{\n  \"channels\": {\"twilio\": {\"baa\": true, \"services\": [\"sms\"]}},\n  \"countries\": [\"+1\", \"GB\"]\n}",
            "{\"channel\":\"ohmd\",\"body\":\"SSN 219-45-6789\\nMaria Lopez\",\"consent\":true,\"attachments\":[{\"contentType\":\"image/png\",\"name\":null}]}",
            &deepest,
        ];
        let mixed = format!(
            "{{\"a\": {}, \"b\": [1.5, {{\"c\": {}}}]}}",
            nested(60),
            nested(60)
        );
        cases.push(&mixed);
        for text in cases {
            let theirs: Value = serde_json::from_str(text).expect(text);
            let ours = parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            assert!(
                agree(&ours, &theirs),
                "{text:?}: {ours:?} against {theirs:?}"
            );
        }
    }

    /// (text, `parse`'s error): each a rule of RFC 8259 or of this crate.
    /// serde_json refuses every one but the duplicate keys.
    #[rustfmt::skip]
    const INVALID: &[(&str, &str)] = &[
        ("", "EOF while parsing a value at line 1 column 0"),
        (" \n ", "EOF while parsing a value at line 2 column 1"),
        ("[", "EOF while parsing a list at line 1 column 1"),
        ("[1", "EOF while parsing a list at line 1 column 2"),
        ("[1,", "EOF while parsing a value at line 1 column 3"),
        ("{", "EOF while parsing an object at line 1 column 1"),
        ("{\"a\"", "EOF while parsing an object at line 1 column 4"),
        ("{\"a\":", "EOF while parsing a value at line 1 column 5"),
        ("{\"a\":1", "EOF while parsing an object at line 1 column 6"),
        ("{\"a\":1,", "EOF while parsing an object at line 1 column 7"),
        ("{\"body\": \"Maria Lopez 219-45-6789", "EOF while parsing a string at line 1 column 33"),
        ("\"a\\", "EOF while parsing a string at line 1 column 3"),
        ("\"\\u12", "EOF while parsing a string at line 1 column 5"),
        ("\"\\uD83D", "EOF while parsing a string at line 1 column 7"),
        ("\"\\uD83D\\", "EOF while parsing a string at line 1 column 8"),
        // trailing characters
        ("1 2", "trailing characters at line 1 column 3"),
        ("{} x", "trailing characters at line 1 column 4"),
        ("[1]]", "trailing characters at line 1 column 4"),
        ("\"Lopez\" \"Lopez\"", "trailing characters at line 1 column 9"),
        ("truex", "trailing characters at line 1 column 5"),
        ("0x10", "trailing characters at line 1 column 2"),
        ("1\u{0}", "trailing characters at line 1 column 2"),
        // control characters in strings
        ("\"Lopez\u{1}\"", "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 7"),
        ("\"a\u{0}\"", "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3"),
        ("\"a\nb\"", "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3"),
        ("\"a\tb\"", "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3"),
        ("\"\u{1f}\"", "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 2"),
        ("{\"a\r\":1}", "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 4"),
        // escapes
        ("\"\\x\"", "invalid escape at line 1 column 3"),
        ("\"\\a\"", "invalid escape at line 1 column 3"),
        ("\"\\U0041\"", "invalid escape at line 1 column 3"),
        ("\"\\'\"", "invalid escape at line 1 column 3"),
        ("\"\\u12x4\"", "invalid escape at line 1 column 6"),
        ("\"\\u-123\"", "invalid escape at line 1 column 4"),
        ("\"\\u 123\"", "invalid escape at line 1 column 4"),
        ("\"\\uD83D\"", "lone surrogate in hex escape at line 1 column 2"),
        ("\"ab\\uDE00\"", "lone surrogate in hex escape at line 1 column 4"),
        ("\"\\uD83D\\u0041\"", "lone surrogate in hex escape at line 1 column 2"),
        ("\"\\uD83D\\uD83D\"", "lone surrogate in hex escape at line 1 column 2"),
        ("\"\\uD83D\\n\"", "lone surrogate in hex escape at line 1 column 2"),
        ("\"\\uDE00\\uD83D\"", "lone surrogate in hex escape at line 1 column 2"),
        ("\"\\uDFFF\"", "lone surrogate in hex escape at line 1 column 2"),
        // numbers
        ("01", "invalid number at line 1 column 2"),
        ("-01", "invalid number at line 1 column 3"),
        ("00", "invalid number at line 1 column 2"),
        ("[007]", "invalid number at line 1 column 3"),
        ("+1", "expected value at line 1 column 1"),
        ("[+1]", "expected value at line 1 column 2"),
        ("1e+-5", "invalid number at line 1 column 4"),
        (".5", "expected value at line 1 column 1"),
        ("-.5", "invalid number at line 1 column 2"),
        ("1.", "EOF while parsing a value at line 1 column 2"),
        ("[1.]", "invalid number at line 1 column 4"),
        ("1.e5", "invalid number at line 1 column 3"),
        ("1e", "EOF while parsing a value at line 1 column 2"),
        ("1e+", "EOF while parsing a value at line 1 column 3"),
        ("[1E]", "invalid number at line 1 column 4"),
        ("-", "EOF while parsing a value at line 1 column 1"),
        ("-a", "invalid number at line 1 column 2"),
        ("--1", "invalid number at line 1 column 2"),
        ("1e400", "number out of range at line 1 column 1"),
        ("[0, -1.5e309]", "number out of range at line 1 column 5"),
        ("1e99999999999999999999", "number out of range at line 1 column 1"),
        ("1.7976931348623158e308", "number out of range at line 1 column 1"),
        ("1.797693134862315701e308", "number out of range at line 1 column 1"),
        ("17976931348623157001e289", "number out of range at line 1 column 1"),
        ("-179769313486231570000001e285", "number out of range at line 1 column 1"),
        ("1.8e308", "number out of range at line 1 column 1"),
        ("[1e9223372036854775807]", "number out of range at line 1 column 2"),
        ("NaN", "expected value at line 1 column 1"),
        ("nan", "expected `true`, `false` or `null` at line 1 column 2"),
        ("Infinity", "expected value at line 1 column 1"),
        ("-Infinity", "invalid number at line 1 column 2"),
        // literals
        ("tru", "EOF while parsing a value at line 1 column 3"),
        ("trUe", "expected `true`, `false` or `null` at line 1 column 3"),
        ("True", "expected value at line 1 column 1"),
        ("nul", "EOF while parsing a value at line 1 column 3"),
        ("[fals]", "expected `true`, `false` or `null` at line 1 column 6"),
        ("undefined", "expected value at line 1 column 1"),
        // comments
        ("// Lopez\n1", "expected value at line 1 column 1"),
        ("/* c */ 1", "expected value at line 1 column 1"),
        ("1 // c", "trailing characters at line 1 column 3"),
        ("{\"a\": 1 # c\n}", "expected `,` or `}` at line 1 column 9"),
        // commas and structure
        ("[1,]", "trailing comma at line 1 column 4"),
        ("[1, ]", "trailing comma at line 1 column 5"),
        ("{\"a\":1,}", "trailing comma at line 1 column 8"),
        ("[\"a\",\n\"b\"\n,]", "trailing comma at line 3 column 2"),
        ("[,]", "expected value at line 1 column 2"),
        ("[1,,2]", "expected value at line 1 column 4"),
        ("{,}", "key must be a string at line 1 column 2"),
        ("[1 2]", "expected `,` or `]` at line 1 column 4"),
        ("[1}", "expected `,` or `]` at line 1 column 3"),
        ("{\"a\" 1}", "expected `:` at line 1 column 6"),
        ("{\"a\"=1}", "expected `:` at line 1 column 5"),
        ("{\"a\":1 \"b\":2}", "expected `,` or `}` at line 1 column 8"),
        ("{\"a\":1]", "expected `,` or `}` at line 1 column 7"),
        ("{\"a\":1,\n  \"b\": [1, 2 3]}", "expected `,` or `]` at line 2 column 14"),
        ("{1:2}", "key must be a string at line 1 column 2"),
        ("{'a':1}", "key must be a string at line 1 column 2"),
        ("{a:1}", "key must be a string at line 1 column 2"),
        ("{\"a\":1,2}", "key must be a string at line 1 column 8"),
        ("]", "expected value at line 1 column 1"),
        ("}", "expected value at line 1 column 1"),
        (":", "expected value at line 1 column 1"),
        ("'a'", "expected value at line 1 column 1"),
        // whitespace JSON does not have
        ("\u{a0}1", "expected value at line 1 column 1"),
        ("\u{feff}1", "expected value at line 1 column 1"),
        ("\u{c}1", "expected value at line 1 column 1"),
        ("[1,\u{b}2]", "expected value at line 1 column 4"),
        ("1\u{2028}", "trailing characters at line 1 column 2"),
        // duplicate keys (serde_json keeps the later value)
        ("{\"a\":1,\"a\":2}", "duplicate key at line 1 column 8"),
        ("{\"a\":1,\"\\u0061\":2}", "duplicate key at line 1 column 8"),
        ("{\"a\":{\"b\":1,\"b\":2}}", "duplicate key at line 1 column 13"),
        ("[{}, {\"x\": [], \"y\": 0,\n \"x\": null}]", "duplicate key at line 2 column 2"),
        ("{\"channels\": {\"twilio\": {\"baa\": true, \"baa\": false}}}", "duplicate key at line 1 column 39"),
    ];

    #[test]
    fn parse_refuses_what_json_refuses_and_quotes_nothing() {
        for &(text, want) in INVALID {
            let err = parse(text).expect_err(text);
            assert_eq!(err, want, "{text:?}");
            assert!(quotes_nothing(&err), "{text:?}: {err}");
            assert!(!err.contains("Lopez") && !err.contains("219"), "{err}");
            let theirs = serde_json::from_str::<Value>(text);
            assert_eq!(theirs.is_ok(), err.starts_with("duplicate key"), "{text:?}");
        }
        // serde_json's recursion limit: 127 arrays or objects open at once.
        let err = parse(&nested(128)).unwrap_err();
        assert_eq!(err, "recursion limit exceeded at line 1 column 128");
        assert!(serde_json::from_str::<Value>(&nested(128)).is_err());
        let objects = "{\"a\":".repeat(128) + "1" + &"}".repeat(128);
        assert!(parse(&objects)
            .unwrap_err()
            .starts_with("recursion limit exceeded"));
        assert!(serde_json::from_str::<Value>(&objects).is_err());
        assert!(parse(&nested(100_000)).is_err());
        // Above f64::MAX as printed: refused, where serde_json reads this
        // one (see `Decimal::overflows`).
        assert_eq!(
            parse("1.79769313486231571e308").unwrap_err(),
            "number out of range at line 1 column 1"
        );
    }

    #[test]
    fn a_policy_or_message_with_a_key_twice_is_refused() {
        let err = crate::Policy::from_json(r#"{"sensitive": "block", "sensitive": "redact"}"#)
            .unwrap_err();
        assert_eq!(err.code(), "PHIGATE_INVALID_JSON");
        assert_eq!(
            err.to_string(),
            "policy is not valid JSON: duplicate key at line 1 column 24"
        );
        let err = crate::Message::from_json(r#"{"channel": "ohmd", "body": "a", "body": "b"}"#)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "message is not valid JSON: duplicate key at line 1 column 34"
        );
    }

    /// xorshift64: seeded, so a failure repeats.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
            &from[self.below(from.len())]
        }
    }

    const CHARS: &[char] = &[
        'a',
        'Z',
        '0',
        ' ',
        '"',
        '\\',
        '/',
        '\n',
        '\t',
        '\u{1}',
        '\u{1f}',
        '\u{7f}',
        'é',
        '中',
        '😀',
        '\u{FFFF}',
        '\u{10FFFF}',
        '\u{2028}',
        'u',
        'e',
    ];

    fn random_string(rng: &mut Rng) -> String {
        (0..rng.below(6)).map(|_| *rng.pick(CHARS)).collect()
    }

    fn random_number(rng: &mut Rng) -> Value {
        let bits = rng.next();
        match rng.below(6) {
            0 => Value::from(bits % 1000),
            1 => Value::from(bits),
            2 => Value::from(bits as i64 | i64::MIN),
            3 => Value::from((bits % 2000) as i64 - 1000),
            4 => Value::from((bits as i64 % 100_000) as f64 / 1000.0),
            _ => {
                // Any finite f64, from subnormals to the largest.
                let f = f64::from_bits(bits);
                Value::from(if f.is_finite() { f } else { 0.5 })
            }
        }
    }

    fn random_value(rng: &mut Rng, depth: usize) -> Value {
        match rng.below(if depth == 0 { 5 } else { 7 }) {
            0 => Value::Null,
            1 => Value::Bool(rng.next() & 1 == 1),
            2 => random_number(rng),
            3 | 4 => Value::String(random_string(rng)),
            5 => Value::Array(
                (0..rng.below(4))
                    .map(|_| random_value(rng, depth - 1))
                    .collect(),
            ),
            _ => {
                let mut map = Map::new();
                for _ in 0..rng.below(4) {
                    map.insert(random_string(rng), random_value(rng, depth - 1));
                }
                Value::Object(map)
            }
        }
    }

    /// `v` as JSON written loosely: any whitespace between tokens, and each
    /// character of a string raw or escaped, `\u` escapes in either case,
    /// surrogate pairs for characters beyond the BMP.
    fn scribble(v: &Value, rng: &mut Rng, out: &mut String) {
        let space = |rng: &mut Rng, out: &mut String| {
            for _ in 0..rng.below(3).saturating_sub(1) {
                out.push(*rng.pick(&[' ', '\t', '\n', '\r']));
            }
        };
        space(rng, out);
        match v {
            Value::String(s) => scribble_str(s, rng, out),
            Value::Array(items) => {
                out.push('[');
                for (k, item) in items.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    scribble(item, rng, out);
                }
                space(rng, out);
                out.push(']');
            }
            Value::Object(map) => {
                out.push('{');
                for (k, (key, item)) in map.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    space(rng, out);
                    scribble_str(key, rng, out);
                    space(rng, out);
                    out.push(':');
                    scribble(item, rng, out);
                }
                space(rng, out);
                out.push('}');
            }
            v => out.push_str(&serde_json::to_string(v).unwrap()),
        }
        space(rng, out);
    }

    fn scribble_str(s: &str, rng: &mut Rng, out: &mut String) {
        out.push('"');
        for c in s.chars() {
            let must = matches!(c, '"' | '\\') || (c as u32) < 0x20;
            match rng.below(3) {
                0 if !must => out.push(c),
                1 => {
                    let short = match c {
                        '"' => "\\\"",
                        '\\' => "\\\\",
                        '/' => "\\/",
                        '\u{8}' => "\\b",
                        '\u{c}' => "\\f",
                        '\n' => "\\n",
                        '\r' => "\\r",
                        '\t' => "\\t",
                        _ => "",
                    };
                    if short.is_empty() {
                        out.push_str(&serde_json::to_string(&c.to_string()).unwrap()[1..]);
                        out.pop();
                    } else {
                        out.push_str(short);
                    }
                }
                _ => {
                    let upper = rng.next() & 1 == 1;
                    for unit in c.encode_utf16(&mut [0; 2]) {
                        let hex = format!("\\u{unit:04x}");
                        out.push_str(&if upper {
                            hex.to_uppercase().replace("\\U", "\\u")
                        } else {
                            hex
                        });
                    }
                }
            }
        }
        out.push('"');
    }

    const MUTATION_BYTES: &[u8] = b"{}[],:\"\\/ \t\n\r0123456789-+.eEtrufalsnuDdAa\x01\x1f";

    /// Up to three edits: a byte deleted, inserted, replaced or doubled,
    /// or a span repeated.
    fn mutate(text: &str, rng: &mut Rng) -> Vec<u8> {
        let mut bytes = text.as_bytes().to_vec();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(bytes.len() + 1);
            let byte = *rng.pick(MUTATION_BYTES);
            match rng.below(5) {
                0 if at < bytes.len() => {
                    bytes.remove(at);
                }
                1 => bytes.insert(at, byte),
                2 if at < bytes.len() => bytes[at] = byte,
                3 if at < bytes.len() => bytes.insert(at, bytes[at]),
                _ => {
                    let end = (at + 1 + rng.below(12)).min(bytes.len());
                    let span = bytes[at.min(end)..end].to_vec();
                    bytes.splice(end..end, span);
                }
            }
        }
        bytes
    }

    /// Thousands of random documents, written by serde_json and loosely,
    /// and their mutants: what serde_json refuses, `parse` refuses; what
    /// `parse` reads, serde_json reads alike; and the only documents
    /// serde_json alone reads hold a key twice.
    #[test]
    fn parse_agrees_with_serde_json_on_random_documents_and_mutants() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let (mut read, mut refused, mut duplicates) = (0, 0, 0);
        for _ in 0..4000 {
            let value = random_value(&mut rng, 4);
            if let Some((key, _)) = value.as_object().and_then(|map| map.iter().next()) {
                // The object with its first key again: serde_json keeps the
                // later value, `parse` refuses.
                let compact = serde_json::to_string(&value).unwrap();
                let again = format!(
                    "{},{}:null}}",
                    &compact[..compact.len() - 1],
                    serde_json::to_string(key).unwrap()
                );
                assert_eq!(
                    serde_json::from_str::<Value>(&again).unwrap()[key],
                    Value::Null
                );
                assert!(
                    parse(&again).unwrap_err().starts_with("duplicate key"),
                    "{again:?}"
                );
            }
            let mut loose = String::new();
            scribble(&value, &mut rng, &mut loose);
            for text in [serde_json::to_string(&value).unwrap(), loose] {
                let theirs: Value = serde_json::from_str(&text).unwrap();
                let ours = parse(&text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
                assert!(
                    agree(&ours, &theirs),
                    "{text:?}: {ours:?} against {theirs:?}"
                );
                for _ in 0..8 {
                    let Ok(mutant) = String::from_utf8(mutate(&text, &mut rng)) else {
                        continue;
                    };
                    match (parse(&mutant), serde_json::from_str::<Value>(&mutant)) {
                        (Ok(ours), Ok(theirs)) => {
                            read += 1;
                            assert!(
                                agree(&ours, &theirs),
                                "{mutant:?}: {ours:?} against {theirs:?}"
                            );
                        }
                        (Ok(_), Err(e)) => panic!("{mutant:?}: read, but serde_json: {e}"),
                        (Err(err), theirs) => {
                            assert!(quotes_nothing(&err), "{mutant:?}: {err}");
                            if theirs.is_ok() {
                                assert!(err.starts_with("duplicate key"), "{mutant:?}: {err}");
                                duplicates += 1;
                            } else {
                                refused += 1;
                            }
                        }
                    }
                }
            }
        }
        // The mutants reach every outcome, not just refusal.
        assert!(
            read > 5000 && refused > 20_000 && duplicates > 0,
            "{read} {refused} {duplicates}"
        );
    }
}
