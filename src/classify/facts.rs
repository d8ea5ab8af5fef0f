//! `FilingFacts` read from an untrusted value, driven by the fact table: each fact is found at its
//! JSON Pointer, typed by its kind; a member the table does not know is malformed input.

use super::table::{FactKind, FACTS};
use crate::diagnostic::pointer_push;
use crate::input::{Reader, Value};

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum FactValue {
    Bool(bool),
    Text(String),
    List(Vec<String>),
    Count(u32),
}

/// The facts given, by path. An absent fact is unknown, never false.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    pub values: Vec<(&'static str, FactValue)>,
}

impl Facts {
    pub fn get(&self, path: &str) -> Option<&FactValue> {
        self.values.iter().find(|(p, _)| *p == path).map(|(_, v)| v)
    }

    pub fn bool(&self, path: &str) -> Option<bool> {
        match self.get(path) {
            Some(FactValue::Bool(b)) => Some(*b),
            _ => None,
        }
    }

    pub fn text(&self, path: &str) -> Option<&str> {
        match self.get(path) {
            Some(FactValue::Text(s)) => Some(s),
            _ => None,
        }
    }

    pub fn count(&self, path: &str) -> Option<u32> {
        match self.get(path) {
            Some(FactValue::Count(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn set(&mut self, path: &'static str, value: FactValue) {
        self.values.retain(|(p, _)| *p != path);
        self.values.push((path, value));
    }
}

fn at<'v>(root: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('/').skip(1).try_fold(root, |v, key| v.get(key))
}

/// The member names the table knows under `prefix` (`""` for the top level).
fn known_members(prefix: &str) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = FACTS
        .iter()
        .filter_map(|f| f.path.strip_prefix(prefix)?.strip_prefix('/'))
        .map(|rest| rest.split('/').next().unwrap_or(rest))
        .collect();
    names.dedup();
    names
}

fn check_members(r: &mut Reader, v: &Value, prefix: &str) {
    let Value::Object(members) = v else { return };
    let known = known_members(prefix);
    r.no_unknown_members(v, prefix, &known);
    for (name, child) in members {
        let path = pointer_push(prefix, name);
        let is_group = known.contains(&name.as_str()) && FACTS.iter().all(|f| f.path != path);
        if is_group && r.object(Some(child), &path).is_some() {
            check_members(r, child, &path);
        }
    }
}

pub fn read_facts(v: &Value, r: &mut Reader) -> Facts {
    let mut facts = Facts::default();
    if r.object(Some(v), "").is_none() {
        if matches!(v, Value::Null) {
            r.unexpected(v, "", text!("备案情况对象", "an object of filing facts"));
        }
        return facts;
    }
    check_members(r, v, "");
    for def in FACTS {
        let value = at(v, def.path);
        let got = match def.kind {
            FactKind::Bool => r.boolean(value, def.path).map(FactValue::Bool),
            FactKind::Enum => r
                .enumerated(
                    value,
                    def.path,
                    |s| def.values.iter().find(|x| **x == s).map(|x| x.to_string()),
                    def.values,
                )
                .map(FactValue::Text),
            FactKind::FilingNumber | FactKind::Province => r
                .string(value, def.path)
                .map(|s| crate::text::trim(&s).to_string())
                .filter(|s| !s.is_empty())
                .map(FactValue::Text),
            FactKind::Count => match value {
                None | Some(Value::Null) => None,
                Some(Value::Number(n)) if n.fract() == 0.0 && *n >= 0.0 && *n <= 1_000_000.0 => {
                    Some(FactValue::Count(*n as u32))
                }
                Some(other) => {
                    r.unexpected(
                        other,
                        def.path,
                        text!("不小于 0 的整数", "a whole number from 0"),
                    );
                    None
                }
            },
            FactKind::List => {
                let items = r.string_list(value, def.path).unwrap_or_default();
                let mut kept = Vec::new();
                for (i, item) in items.into_iter().enumerate() {
                    if def.values.contains(&item.as_str()) {
                        kept.push(item);
                    } else {
                        r.malformed(
                            &pointer_push(def.path, &i.to_string()),
                            text!("不认识的取值", "an unknown value"),
                            def.values,
                        );
                    }
                }
                // An empty list says nothing yet: the question is still open.
                (!kept.is_empty()).then_some(FactValue::List(kept))
            }
        };
        if let Some(g) = got {
            facts.values.push((def.path, g));
        }
    }
    facts
}
