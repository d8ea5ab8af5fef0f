//! Typed, path-tracking reads out of a [`Value`], collecting findings instead of failing.
//!
//! What a finding says is typed: the problem and what was expected are texts in both languages
//! (or values as the user must type them), never English detail inside a Chinese message.

use super::Value;
use crate::diagnostic::{pointer_push, Arg, Finding};
use crate::texts::Text;

/// The `lang` option's values.
const LANGS: &[&str] = &["zh-CN", "en"];

/// What a member should have held, as an `INPUT_MALFORMED` message names it.
#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    /// Described in words (“字符串” / “a string”).
    Said(Text),
    /// One of these values, written as the user must type them.
    OneOf(Vec<&'static str>),
}

impl Expected {
    pub fn one_of(values: impl IntoIterator<Item = &'static str>) -> Expected {
        Expected::OneOf(values.into_iter().collect())
    }

    pub(crate) fn arg(&self) -> Arg {
        match self {
            Expected::Said(t) => Arg::Text(*t),
            // Values are the same in both languages: the tokens an API caller writes.
            Expected::OneOf(v) if v.is_empty() => {
                Arg::Text(text!("没有成员的对象", "an object without members"))
            }
            Expected::OneOf(v) => Arg::Str(v.join(", ")),
        }
    }
}

impl From<Text> for Expected {
    fn from(t: Text) -> Expected {
        Expected::Said(t)
    }
}

impl From<&[&'static str]> for Expected {
    fn from(v: &[&'static str]) -> Expected {
        Expected::OneOf(v.to_vec())
    }
}

/// What was found instead, for a value of the wrong type.
fn type_text(v: &Value) -> Text {
    match v {
        Value::Null => text!("实际为 null", "got null"),
        Value::Bool(_) => text!("实际为布尔值", "got a boolean"),
        Value::Number(_) => text!("实际为数字", "got a number"),
        Value::String(_) => text!("实际为字符串", "got a string"),
        Value::Array(_) => text!("实际为数组", "got an array"),
        Value::Object(_) => text!("实际为对象", "got an object"),
        Value::TooLarge { .. } => text!("实际为超出上限的值", "got an oversized value"),
        Value::Foreign(what) => match *what {
            "function" => text!("实际为函数", "got a function"),
            "symbol" => text!("实际为 Symbol", "got a symbol"),
            "bigint" => text!("实际为 BigInt", "got a bigint"),
            _ => text!(
                "实际为无法按 JSON 读取的 JavaScript 值",
                "got a JavaScript value that cannot be read as JSON"
            ),
        },
    }
}

/// What a value past a bound is, before its size (`INPUT_TOO_LARGE`'s `{what}`).
fn bound_text(what: &str) -> Text {
    match what {
        "string" => text!("字符串长度为", "string of"),
        "list" => text!("列表项数为", "list of"),
        "object" => text!("对象成员数为", "object of"),
        "depth" => text!("嵌套层数为", "depth of"),
        "input values" => text!("整个输入的值个数至少为", "values in all: at least"),
        "input characters" => text!("整个输入的字符数至少为", "characters in all: at least"),
        "input bytes" => text!("整个输入的字节数至少为", "bytes in all: at least"),
        _ => text!("值的大小为", "value of"),
    }
}

/// Collects `INPUT_MALFORMED` / `INPUT_TOO_LARGE` findings while options are read.
#[derive(Default)]
pub struct Reader {
    pub findings: Vec<Finding>,
}

impl Reader {
    pub fn new() -> Reader {
        Reader::default()
    }

    /// `INPUT_MALFORMED` at `path`: what is wrong there, and what belongs there.
    pub fn malformed(&mut self, path: &str, problem: Text, expected: impl Into<Expected>) {
        self.findings.push(Finding::input_malformed(
            path,
            problem,
            expected.into().arg(),
        ));
    }

    /// Checks the value is an object (or absent); returns it for member reads.
    pub fn object<'v>(&mut self, v: Option<&'v Value>, path: &str) -> Option<&'v Value> {
        match v? {
            Value::Null => None,
            obj @ Value::Object(_) => Some(obj),
            other => {
                self.unexpected(other, path, text!("对象", "an object"));
                None
            }
        }
    }

    /// Reports members that are not in `known`, so a misspelt option does not silently do nothing.
    pub fn no_unknown_members(&mut self, obj: &Value, path: &str, known: &[&'static str]) {
        if let Value::Object(members) = obj {
            for (k, _) in members {
                if !known.contains(&k.as_str()) {
                    // The member's name is the last token of the path.
                    self.malformed(
                        &pointer_push(path, k),
                        text!("不认识的成员名", "an unknown member"),
                        known,
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
                self.unexpected(other, path, text!("字符串", "a string"));
                None
            }
        }
    }

    pub fn boolean(&mut self, v: Option<&Value>, path: &str) -> Option<bool> {
        match v? {
            Value::Null => None,
            Value::Bool(b) => Some(*b),
            other => {
                self.unexpected(other, path, Expected::one_of(["true", "false"]));
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
                self.unexpected(other, path, text!("字符串列表", "a list of strings"));
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
        expected: impl Into<Expected>,
    ) -> Option<T> {
        let s = self.string(v, path)?;
        let parsed = parse(&s);
        if parsed.is_none() {
            self.malformed(path, text!("不认识的取值", "an unknown value"), expected);
        }
        parsed
    }

    /// A subject kind, one of the vocabulary's words.
    pub fn subject_kind(
        &mut self,
        v: Option<&Value>,
        path: &str,
    ) -> Option<crate::vocab::SubjectKind> {
        use crate::vocab::SubjectKind;
        self.enumerated(
            v,
            path,
            SubjectKind::parse,
            Expected::one_of(SubjectKind::ALL.iter().map(|k| k.as_str())),
        )
    }

    /// The language of messages (`zh-CN` or `en`, with the spellings `Lang::parse` accepts).
    pub fn lang(&mut self, v: Option<&Value>, path: &str) -> Option<crate::diagnostic::Lang> {
        self.enumerated(v, path, crate::diagnostic::Lang::parse, LANGS)
    }

    pub fn date(&mut self, v: Option<&Value>, path: &str) -> Option<crate::date::Date> {
        self.enumerated(
            v,
            path,
            crate::date::Date::parse,
            text!("YYYY-MM-DD 格式的日期", "a date YYYY-MM-DD"),
        )
    }

    /// A value of the wrong type (or one past a bound) where `expected` belongs.
    pub fn unexpected(&mut self, got: &Value, path: &str, expected: impl Into<Expected>) {
        match got {
            Value::TooLarge { what, size } if what.starts_with("input ") => {
                // A bound on the whole input: `size` is the bound, and the input's own size is
                // unknown because reading stopped one past it.
                self.findings.push(Finding::input_too_large(
                    path,
                    bound_text(what),
                    size.saturating_add(1),
                    *size,
                ));
            }
            Value::TooLarge { what, size } => {
                let bound = match *what {
                    "string" => super::Limits::DEFAULT.max_string,
                    "list" | "object" => super::Limits::DEFAULT.max_items,
                    _ => super::Limits::DEFAULT.max_depth,
                };
                self.findings.push(Finding::input_too_large(
                    path,
                    bound_text(what),
                    *size,
                    bound,
                ));
            }
            other => self.malformed(path, type_text(other), expected),
        }
    }
}

/// At most `max` characters of `s`, for quoting user text inside a message.
pub fn truncate(s: &str, max: usize) -> String {
    // No more bytes than the bound: no more characters either.
    if s.len() <= max {
        return s.to_string();
    }
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn messages(f: impl FnOnce(&mut Reader)) -> Vec<(String, String)> {
        let mut r = Reader::new();
        f(&mut r);
        r.findings
            .iter()
            .map(|f| (f.render(Lang::ZhCn).message(), f.render(Lang::En).message()))
            .collect()
    }

    #[test]
    fn a_wrong_type_is_said_wholly_in_each_language() {
        let got = messages(|r| {
            r.string(Some(&Value::Number(1.0)), "/name");
        });
        assert_eq!(
            got,
            [(
                "输入格式不正确：实际为数字；应为：字符串".to_string(),
                "Malformed input: got a number; expected: a string".to_string()
            )]
        );
    }

    #[test]
    fn unknown_members_and_values_name_what_belongs_there() {
        let obj = Value::Object(vec![("langg".into(), Value::Null)]);
        let got = messages(|r| {
            r.no_unknown_members(&obj, "/options", &["lang"]);
            r.enumerated(
                Some(&Value::String("fr".into())),
                "/options/lang",
                Lang::parse,
                LANGS,
            );
        });
        assert_eq!(got[0].0, "输入格式不正确：不认识的成员名；应为：lang");
        assert_eq!(
            got[0].1,
            "Malformed input: an unknown member; expected: lang"
        );
        assert_eq!(got[1].0, "输入格式不正确：不认识的取值；应为：zh-CN, en");
        assert_eq!(
            got[1].1,
            "Malformed input: an unknown value; expected: zh-CN, en"
        );
    }

    #[test]
    fn sizes_past_a_bound_are_numbers_in_a_sentence_of_each_language() {
        let got = messages(|r| {
            r.string(
                Some(&Value::TooLarge {
                    what: "string",
                    size: 5000,
                }),
                "/name",
            );
            r.object(
                Some(&Value::TooLarge {
                    what: "input characters",
                    size: 262_144,
                }),
                "",
            );
        });
        assert_eq!(got[0].0, "输入过长：字符串长度为5000，上限4096");
        assert_eq!(got[0].1, "Input too large: string of 5000, at most 4096");
        assert_eq!(
            got[1].0,
            "输入过长：整个输入的字符数至少为262145，上限262144"
        );
        assert_eq!(
            got[1].1,
            "Input too large: characters in all: at least 262145, at most 262144"
        );
    }
}
