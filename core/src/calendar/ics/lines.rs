//! Physical lines to content lines: unfolding and `NAME;PARAM=VALUE:VALUE`.
//!
//! Every slice here is cut at a position returned by `find` for an ASCII
//! character, so no input can split a multi-byte character.

use crate::error::{Error, Result};

/// An `input.invalid` error blaming line `line` of the file.
pub(super) fn bad(line: usize, problem: impl Into<String>) -> Error {
    Error::invalid(format!("ics line {line}"), problem)
}

/// One logical line and the number of its first physical line (1-based).
pub(super) struct Line {
    pub(super) number: usize,
    pub(super) text: String,
}

/// Joins folded lines (a line starting with a space or tab continues the
/// one before), accepting CRLF or LF and a leading byte-order mark.
pub(super) fn unfold(text: &str) -> Result<Vec<Line>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out: Vec<Line> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t']) {
            match out.last_mut() {
                Some(prev) => prev.text.push_str(rest),
                None => {
                    return Err(bad(
                        i + 1,
                        "a folded continuation line with nothing before it",
                    ));
                }
            }
        } else if !raw.is_empty() {
            out.push(Line {
                number: i + 1,
                text: raw.to_string(),
            });
        }
    }
    Ok(out)
}

/// A content line: `NAME;PARAM=VALUE;...:VALUE`, the name and parameter
/// names upper-cased.
pub(super) struct ContentLine {
    pub(super) number: usize,
    pub(super) name: String,
    params: Vec<(String, String)>,
    pub(super) value: String,
}

impl ContentLine {
    /// The value of parameter `name` (upper case), if given.
    pub(super) fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-'
}

/// Splits a logical line into name, parameters and value.
pub(super) fn parse_line(line: &Line) -> Result<ContentLine> {
    let text = line.text.as_str();
    let malformed = |why: &str| {
        bad(
            line.number,
            format!("malformed content line {:?}: {why}", shorten(text)),
        )
    };
    let name_end = text.find(|c: char| !is_name_char(c)).unwrap_or(text.len());
    if name_end == 0 {
        return Err(malformed("expected a property name"));
    }
    let name = text[..name_end].to_ascii_uppercase();
    let mut rest = &text[name_end..];
    let mut params = Vec::new();
    loop {
        if let Some(value) = rest.strip_prefix(':') {
            return Ok(ContentLine {
                number: line.number,
                name,
                params,
                value: value.to_string(),
            });
        }
        let Some(p) = rest.strip_prefix(';') else {
            return Err(malformed("expected ':' after the property name"));
        };
        let key_end = p.find(|c: char| !is_name_char(c)).unwrap_or(p.len());
        let Some(after_eq) = p[key_end..].strip_prefix('=').filter(|_| key_end > 0) else {
            return Err(malformed("expected a parameter NAME=VALUE"));
        };
        let key = p[..key_end].to_ascii_uppercase();
        let (value, after) = param_value(after_eq).map_err(malformed)?;
        params.push((key, value));
        rest = after;
    }
}

/// A parameter value (comma-separated, each plain or "quoted") and the text after it.
fn param_value(mut s: &str) -> std::result::Result<(String, &str), &'static str> {
    let mut value = String::new();
    loop {
        if let Some(q) = s.strip_prefix('"') {
            let Some(close) = q.find('"') else {
                return Err("unterminated quoted parameter value");
            };
            value.push_str(&q[..close]);
            s = &q[close + 1..];
        } else {
            let end = s.find([';', ':', ',', '"']).unwrap_or(s.len());
            value.push_str(&s[..end]);
            s = &s[end..];
        }
        match s.strip_prefix(',') {
            Some(more) => {
                value.push(',');
                s = more;
            }
            None => return Ok((value, s)),
        }
    }
}

/// The first 60 characters of `text` (for messages), cut at a character boundary.
pub(super) fn shorten(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((i, _)) => format!("{}...", &text[..i]),
        None => text.to_string(),
    }
}
