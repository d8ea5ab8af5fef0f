//! A JSON-like value tree with the bounds applied while it is built.

/// Bounds on untrusted input. A value past a per-value bound is kept as a marker
/// ([`Value::TooLarge`]) so that the reader reports `INPUT_TOO_LARGE` at its path; an input past
/// a bound on the whole (values, characters or bytes in all) is refused as a whole, because
/// nothing read so far says which part is the excess.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Longest string kept, in UTF-16 code units (what JavaScript's `length` counts).
    pub max_string: usize,
    pub max_items: usize,
    pub max_depth: usize,
    /// Total values in the whole tree.
    pub max_nodes: usize,
    /// Total UTF-16 code units of the strings and member names kept, checked before each copy.
    pub max_chars: usize,
    /// Total UTF-8 bytes of the strings and member names copied.
    pub max_bytes: usize,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        max_string: 4096,
        max_items: 256,
        max_depth: 16,
        max_nodes: 20_000,
        // The largest real application (50 websites of 20 domains, every member filled) is
        // under 100,000 characters; a quarter of a gigabyte of bounded strings is not.
        max_chars: 262_144,
        max_bytes: 524_288,
    };
}

/// What one reading has used of the bounds on the whole input. Both readers (JavaScript values
/// and JSON) spend it in the same order, so they refuse the same inputs.
pub struct Budget {
    pub limits: Limits,
    nodes: usize,
    chars: usize,
    bytes: usize,
    over: Option<&'static str>,
}

impl Budget {
    pub fn new(limits: Limits) -> Budget {
        Budget {
            limits,
            nodes: 0,
            chars: 0,
            bytes: 0,
            over: None,
        }
    }

    /// Whether the input is already past a bound on the whole: then nothing more is read.
    pub fn exhausted(&self) -> bool {
        self.over.is_some()
    }

    /// Counts one more value; false once the input is past the total.
    pub fn node(&mut self) -> bool {
        self.nodes += 1;
        if self.nodes > self.limits.max_nodes {
            self.over.get_or_insert("values");
        }
        self.over.is_none()
    }

    /// Before a string of `units` UTF-16 units is copied: false when it would pass the total.
    pub fn chars(&mut self, units: usize) -> bool {
        self.chars = self.chars.saturating_add(units);
        if self.chars > self.limits.max_chars {
            self.over.get_or_insert("characters");
        }
        self.over.is_none()
    }

    /// After a string is copied, its UTF-8 length (at most three bytes a unit, so the string
    /// that crosses this total is one of at most `max_string` units).
    pub fn bytes(&mut self, n: usize) -> bool {
        self.bytes = self.bytes.saturating_add(n);
        if self.bytes > self.limits.max_bytes {
            self.over.get_or_insert("bytes");
        }
        self.over.is_none()
    }

    /// The value read, or the refusal of the whole input when a total was passed.
    pub fn finish(self, v: Value) -> Value {
        match self.over {
            None => v,
            Some(what) => {
                drop(v);
                let bound = match what {
                    "values" => self.limits.max_nodes,
                    "characters" => self.limits.max_chars,
                    _ => self.limits.max_bytes,
                };
                Value::TooLarge {
                    what: match what {
                        "values" => "input values",
                        "characters" => "input characters",
                        _ => "input bytes",
                    },
                    size: bound,
                }
            }
        }
    }
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

    /// Converts parsed JSON, applying the same bounds as the JavaScript path, with members in
    /// the order JavaScript gives an object's keys (array indices ascending, then the others as
    /// written), so that both faces report in one order.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(v: &serde_json::Value, limits: &Limits) -> Value {
        let mut budget = Budget::new(*limits);
        let value = from_json_at(v, &mut budget, 0);
        budget.finish(value)
    }
}

/// A string as the readers keep it: past the per-string bound a marker, past a total `None`.
#[cfg(not(target_arch = "wasm32"))]
fn json_string(s: &str, budget: &mut Budget) -> Option<Result<String, Value>> {
    let units = s.encode_utf16().count();
    if units > budget.limits.max_string {
        return Some(Err(Value::TooLarge {
            what: "string",
            size: units,
        }));
    }
    if !budget.chars(units) || !budget.bytes(s.len()) {
        return None;
    }
    Some(Ok(s.to_string()))
}

/// UTF-16 units of a member name past the string bound that are kept to name it in a message.
pub const NAME_PREFIX_UNITS: usize = 40;

/// A member name past the string bound, cut to its first [`NAME_PREFIX_UNITS`] units (never
/// inside a surrogate pair) and marked as cut; its value is not read.
pub(crate) fn long_name(key: &str, budget: &mut Budget) -> String {
    let mut units = 0;
    let mut end = 0;
    for c in key.chars() {
        if units + c.len_utf16() > NAME_PREFIX_UNITS {
            break;
        }
        units += c.len_utf16();
        end += c.len_utf8();
    }
    budget.chars(units);
    budget.bytes(end);
    format!("{}…", &key[..end])
}

/// Whether JavaScript treats `key` as an array index, listing it first among an object's keys.
#[cfg(not(target_arch = "wasm32"))]
pub fn is_array_index(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 10
        && key.bytes().all(|b| b.is_ascii_digit())
        && (key == "0" || !key.starts_with('0'))
        && key.parse::<u64>().is_ok_and(|n| n < u64::from(u32::MAX))
}

#[cfg(not(target_arch = "wasm32"))]
fn from_json_at(v: &serde_json::Value, budget: &mut Budget, depth: usize) -> Value {
    use serde_json::Value as J;
    if !budget.node() {
        return Value::Null;
    }
    match v {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        J::String(s) => match json_string(s, budget) {
            Some(Ok(s)) => Value::String(s),
            Some(Err(marker)) => marker,
            None => Value::Null,
        },
        J::Array(items) => {
            if depth >= budget.limits.max_depth {
                return Value::TooLarge {
                    what: "depth",
                    size: depth + 1,
                };
            }
            if items.len() > budget.limits.max_items {
                return Value::TooLarge {
                    what: "list",
                    size: items.len(),
                };
            }
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                if budget.exhausted() {
                    break;
                }
                out.push(from_json_at(item, budget, depth + 1));
            }
            Value::Array(out)
        }
        J::Object(map) => {
            if depth >= budget.limits.max_depth {
                return Value::TooLarge {
                    what: "depth",
                    size: depth + 1,
                };
            }
            if map.len() > budget.limits.max_items {
                return Value::TooLarge {
                    what: "object",
                    size: map.len(),
                };
            }
            let mut keys: Vec<&String> = map.keys().collect();
            // A stable sort keeps the written order among the other keys.
            keys.sort_by_key(|k| match is_array_index(k) {
                true => (0, k.parse::<u64>().unwrap_or(0)),
                false => (1, 0),
            });
            let mut members = Vec::with_capacity(keys.len());
            for key in keys {
                if budget.exhausted() {
                    break;
                }
                let member = match json_string(key, budget) {
                    Some(Ok(name)) => (name, from_json_at(&map[key.as_str()], budget, depth + 1)),
                    Some(Err(marker)) => (long_name(key, budget), marker),
                    None => break,
                };
                members.push(member);
            }
            Value::Object(members)
        }
    }
}
