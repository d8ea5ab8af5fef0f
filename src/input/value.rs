//! A JSON-like value tree with the bounds applied while it is built.

/// Bounds on untrusted input. A value past a bound is kept as a marker ([`Value::TooLarge`])
/// so that the reader reports `INPUT_TOO_LARGE` at its path.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Longest string kept, in UTF-16 code units (what JavaScript's `length` counts).
    pub max_string: usize,
    pub max_items: usize,
    pub max_depth: usize,
    /// Total values in the whole tree.
    pub max_nodes: usize,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        max_string: 4096,
        max_items: 256,
        max_depth: 16,
        max_nodes: 20_000,
    };
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
    /// A string, list or object past a bound; `what` says which bound, `size` how big it was.
    TooLarge {
        what: &'static str,
        size: usize,
    },
    /// A JavaScript value with no JSON counterpart (function, symbol, bigint, …).
    Foreign(&'static str),
}

impl Value {
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
            Value::TooLarge { .. } => "oversized value",
            Value::Foreign(t) => t,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Converts parsed JSON, applying the same bounds as the JavaScript path.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(v: &serde_json::Value, limits: &Limits) -> Value {
        let mut nodes = 0;
        from_json_at(v, limits, 0, &mut nodes)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn from_json_at(v: &serde_json::Value, limits: &Limits, depth: usize, nodes: &mut usize) -> Value {
    use serde_json::Value as J;
    *nodes += 1;
    if *nodes > limits.max_nodes {
        return Value::TooLarge {
            what: "input",
            size: *nodes,
        };
    }
    match v {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        J::String(s) => {
            let units = s.encode_utf16().count();
            if units > limits.max_string {
                Value::TooLarge {
                    what: "string",
                    size: units,
                }
            } else {
                Value::String(s.clone())
            }
        }
        J::Array(items) => {
            if depth >= limits.max_depth {
                return Value::TooLarge {
                    what: "depth",
                    size: depth + 1,
                };
            }
            if items.len() > limits.max_items {
                return Value::TooLarge {
                    what: "list",
                    size: items.len(),
                };
            }
            Value::Array(
                items
                    .iter()
                    .map(|i| from_json_at(i, limits, depth + 1, nodes))
                    .collect(),
            )
        }
        J::Object(map) => {
            if depth >= limits.max_depth {
                return Value::TooLarge {
                    what: "depth",
                    size: depth + 1,
                };
            }
            if map.len() > limits.max_items {
                return Value::TooLarge {
                    what: "object",
                    size: map.len(),
                };
            }
            Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), from_json_at(v, limits, depth + 1, nodes)))
                    .collect(),
            )
        }
    }
}
