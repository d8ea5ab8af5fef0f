//! Typed, path-tracking reads out of a [`Value`], collecting findings instead of failing.

use super::Value;
use crate::diagnostic::{pointer_push, Finding};

/// Collects `INPUT_MALFORMED` / `INPUT_TOO_LARGE` findings while options are read.
#[derive(Default)]
pub struct Reader {
    pub findings: Vec<Finding>,
}

impl Reader {
    pub fn new() -> Reader {
        Reader::default()
    }

    pub fn malformed(&mut self, path: &str, detail: impl Into<String>) {
        self.findings
            .push(Finding::input_malformed(path, detail.into()));
    }

    fn too_large(&mut self, path: &str, what: &str, size: usize, bound: Option<usize>) {
        let detail = match bound {
            Some(b) => format!("{what} of {size}, at most {b}"),
            None => format!("{what} of {size}"),
        };
        self.findings.push(Finding::input_too_large(path, detail));
    }

    /// Checks the value is an object (or absent); returns it for member reads.
    pub fn object<'v>(&mut self, v: Option<&'v Value>, path: &str) -> Option<&'v Value> {
        match v? {
            Value::Null => None,
            obj @ Value::Object(_) => Some(obj),
            other => {
                self.unexpected(other, path, "an object");
                None
            }
        }
    }

    /// Reports members that are not in `known`, so a misspelt option does not silently do nothing.
    pub fn no_unknown_members(&mut self, obj: &Value, path: &str, known: &[&str]) {
        if let Value::Object(members) = obj {
            for (k, _) in members {
                if !known.contains(&k.as_str()) {
                    self.malformed(
                        &pointer_push(path, k),
                        format!("unknown member \"{}\"", truncate(k, 40)),
                    );
                }
            }
        }
    }

    pub fn string(&mut self, v: Option<&Value>, path: &str) -> Option<String> {
        match v? {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            other => {
                self.unexpected(other, path, "a string");
                None
            }
        }
    }

    pub fn boolean(&mut self, v: Option<&Value>, path: &str) -> Option<bool> {
        match v? {
            Value::Null => None,
            Value::Bool(b) => Some(*b),
            other => {
                self.unexpected(other, path, "true or false");
                None
            }
        }
    }

    pub fn string_list(&mut self, v: Option<&Value>, path: &str) -> Option<Vec<String>> {
        match v? {
            Value::Null => None,
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    if let Some(s) = self.string(Some(item), &pointer_push(path, &i.to_string())) {
                        out.push(s);
                    }
                }
                Some(out)
            }
            other => {
                self.unexpected(other, path, "a list of strings");
                None
            }
        }
    }

    /// A string from a closed vocabulary; an unknown value is malformed input.
    pub fn enumerated<T>(
        &mut self,
        v: Option<&Value>,
        path: &str,
        parse: impl Fn(&str) -> Option<T>,
        expected: &str,
    ) -> Option<T> {
        let s = self.string(v, path)?;
        let parsed = parse(&s);
        if parsed.is_none() {
            self.malformed(
                path,
                format!(
                    "unknown value \"{}\", expected {expected}",
                    truncate(&s, 40)
                ),
            );
        }
        parsed
    }

    pub fn date(&mut self, v: Option<&Value>, path: &str) -> Option<crate::date::Date> {
        self.enumerated(v, path, crate::date::Date::parse, "a date YYYY-MM-DD")
    }

    pub fn unexpected(&mut self, got: &Value, path: &str, expected: &str) {
        match got {
            Value::TooLarge { what, size } if what.starts_with("input ") => {
                // A bound on the whole input: `size` is the bound, the input's size is unknown
                // because reading stopped there.
                let unit = &what["input ".len()..];
                self.findings.push(Finding::input_too_large(
                    path,
                    format!("input of more than {size} {unit} in all"),
                ));
            }
            Value::TooLarge { what, size } => {
                let bound = match *what {
                    "string" => Some(super::Limits::DEFAULT.max_string),
                    "list" | "object" => Some(super::Limits::DEFAULT.max_items),
                    "depth" => Some(super::Limits::DEFAULT.max_depth),
                    _ => None,
                };
                self.too_large(path, what, *size, bound);
            }
            other => self.malformed(
                path,
                format!("expected {expected}, got {}", other.type_name()),
            ),
        }
    }
}

/// At most `max` characters of `s`, for quoting user text inside a message.
pub fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}
