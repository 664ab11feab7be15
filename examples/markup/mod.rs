//! The line markup the corpus and the probes share (`examples/eval.rs`,
//! `examples/probe.rs`).

/// Appends `raw` to `out`, turning the escapes `\n` and `\\` into a newline
/// and a backslash (a message is one line, but some real ones hold a line
/// break, e.g. a name split across two lines).
pub fn unescape_into(raw: &str, out: &mut String) -> Result<(), String> {
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('\\') => out.push('\\'),
            other => {
                return Err(format!(
                    "unknown escape \\{}",
                    other.map(String::from).unwrap_or_default()
                ))
            }
        }
    }
    Ok(())
}
