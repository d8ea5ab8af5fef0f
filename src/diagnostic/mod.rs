//! The one diagnostic type every engine reports with, and the code registry behind it.
//!
//! Engines produce language-independent [`Finding`]s; [`Finding::render`] turns one into the
//! public [`Diagnostic`] in the requested language, filling the registry's message templates.

mod codes;
// The native renderer; in the `.wasm` the package renders (js/render.js).
#[cfg(not(target_arch = "wasm32"))]
pub mod template;

pub use codes::{Code, CodeInfo};

use crate::texts::Text;
use serde::{Deserialize, Serialize};

/// How bad a finding is. Ordered so that `max` gives the worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice; the application can go ahead.
    Info,
    /// Likely rejected, or needs extra material.
    Warning,
    /// The application will be rejected.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The language messages and hints are rendered in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Accepts the BCP 47 spellings a browser or a form would send.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh-cn" | "zh" | "zh-hans" | "zh-hans-cn" => Some(Lang::ZhCn),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A template argument, typed: user text is only ever quoted, a text is rendered in the
/// message's language, and nothing is read from what the user typed.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text from the input (or derived from it): quoted as given, bidirectional controls named.
    Str(String),
    /// A count or a length.
    Num(i64),
    /// A text for people from the catalog (a term of the vocabulary, a province's name …).
    Text(Text),
    /// Several texts, joined as the language lists them (“、” / “, ”).
    Texts(Vec<Text>),
    /// Alternatives, any one of which will do, each needing all of its texts (“居住证、学生证和
    /// 在读证明” / “residence permit or student card and enrolment certificate”).
    AnyOf(Vec<Vec<Text>>),
    /// A text with placeholders of its own, filled from its own arguments (“第 {line} 行” / “line
    /// {line}”): a detail that carries a value.
    Phrase(Text, Args),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(t)
    }
}
impl From<Vec<Text>> for Arg {
    fn from(t: Vec<Text>) -> Arg {
        Arg::Texts(t)
    }
}
impl From<&[Text]> for Arg {
    fn from(t: &[Text]) -> Arg {
        Arg::Texts(t.to_vec())
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
num_arg!(u8, u16, u32, u64, usize, i32, i64);

impl Serialize for Arg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Str(v) => s.serialize_str(v),
            Arg::Num(n) => s.serialize_i64(*n),
            Arg::Text(t) => crate::texts::serialize_ref(*t, None, s),
            Arg::Texts(ts) => s.collect_seq(ts.iter().map(|t| TextRef(*t))),
            Arg::AnyOf(groups) => {
                use serde::ser::SerializeMap;
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("$any", &AnyOf(groups))?;
                m.end()
            }
            Arg::Phrase(t, args) => {
                use serde::ser::SerializeMap;
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("$t", &t.index())?;
                m.serialize_entry("a", args)?;
                m.end()
            }
        }
    }
}

struct AnyOf<'a>(&'a [Vec<Text>]);
impl Serialize for AnyOf<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(
            self.0
                .iter()
                .map(|g| g.iter().map(|t| t.0).collect::<Vec<u16>>()),
        )
    }
}

struct TextRef(Text);
impl Serialize for TextRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::texts::serialize_ref(self.0, None, s)
    }
}

/// A finding's arguments by template placeholder name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args(pub Vec<(&'static str, Arg)>);

impl Arg {
    /// The user text this argument quotes, if it is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Arg::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl Args {
    pub fn iter(&self) -> std::slice::Iter<'_, (&'static str, Arg)> {
        self.0.iter()
    }

    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
    }
}

impl Serialize for Args {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// The characters of a value a finding is about, half-open, in UTF-16 code units of the value
/// exactly as the caller passed it (before trimming or folding): the units a browser's
/// `setSelectionRange` and JavaScript string indices count, so a form marks them as they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// A finding as the public contract describes it (shared spec `api.md`, "Diagnostic").
///
/// It holds the code's typed arguments, not rendered text: [`Diagnostic::message`] and
/// [`Diagnostic::hint`] render natively, and serialising writes them in the contract's shape.
/// In wire form (the `.wasm`, or [`crate::texts::as_wire`]) `message` and `hint` are text
/// references and `args` the arguments, which the package's renderer fills exactly as
/// [`template::fill`] does.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) into the input.
    pub path: String,
    pub args: Args,
    /// The language `message` and `hint` are rendered in.
    pub lang: Lang,
    pub suggestion: Option<String>,
    pub province: Option<String>,
    pub rule: Option<String>,
    pub source: Option<Text>,
    pub as_of: Option<String>,
    /// The characters of the value at `path` the finding is about; absent for a finding about
    /// the value as a whole.
    pub span: Option<Span>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Diagnostic {
    /// The message, rendered in the diagnostic's language.
    pub fn message(&self) -> String {
        template::fill(
            self.code.info().message.get(self.lang),
            &self.args,
            self.lang,
        )
    }

    /// What to do about it, rendered in the diagnostic's language.
    pub fn hint(&self) -> String {
        template::fill(self.code.info().hint.get(self.lang), &self.args, self.lang)
    }

    /// Where the rule comes from, as the contract's `source` member holds it.
    pub fn source_text(&self) -> Option<&'static str> {
        self.source.map(|t| t.get(self.lang))
    }
}

impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let wire = crate::texts::wire();
        let mut st = s.serialize_struct(
            "Diagnostic",
            (if wire { 11 } else { 10 }) + usize::from(self.span.is_some()),
        )?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("severity", &self.severity)?;
        st.serialize_field("path", &self.path)?;
        let info = self.code.info();
        #[cfg(not(target_arch = "wasm32"))]
        if !wire {
            st.serialize_field("message", &self.message())?;
            st.serialize_field("hint", &self.hint())?;
        }
        if wire {
            st.serialize_field("message", &info.message.said(self.lang))?;
            st.serialize_field("hint", &info.hint.said(self.lang))?;
            st.serialize_field("args", &self.args)?;
        }
        st.serialize_field("suggestion", &self.suggestion)?;
        st.serialize_field("province", &self.province)?;
        st.serialize_field("rule", &self.rule)?;
        st.serialize_field("source", &self.source.map(|t| t.said(self.lang)))?;
        st.serialize_field("as_of", &self.as_of)?;
        // Absent rather than null: a member added to the contract's shape, which a finding
        // about the whole value does not carry at all.
        match &self.span {
            Some(span) => st.serialize_field("span", span)?,
            None => st.skip_field("span")?,
        }
        st.end()
    }
}

/// Where a finding's rule comes from when it is a row of a rule table rather than the code's
/// registry default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleRef {
    pub id: &'static str,
    pub province: Option<&'static str>,
    pub source: Text,
    pub as_of: &'static str,
}

/// A language-independent finding, before rendering.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub path: String,
    pub args: Args,
    pub suggestion: Option<String>,
    pub rule: Option<RuleRef>,
    pub span: Option<Span>,
}

impl Finding {
    #[inline(never)]
    pub fn new(code: Code, path: impl Into<String>) -> Finding {
        Finding {
            code,
            severity: code.info().severity,
            path: path.into(),
            args: Args::default(),
            suggestion: None,
            rule: None,
            span: None,
        }
    }

    #[inline(never)]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Finding {
        self.args.0.push((name, value.into()));
        self
    }

    #[inline(never)]
    pub fn severity(mut self, severity: Severity) -> Finding {
        self.severity = severity;
        self
    }

    #[inline(never)]
    pub fn suggest(mut self, suggestion: Option<String>) -> Finding {
        self.suggestion = suggestion;
        self
    }

    #[inline(never)]
    pub fn span(mut self, span: Option<Span>) -> Finding {
        self.span = span;
        self
    }

    #[inline(never)]
    pub fn rule(mut self, rule: RuleRef) -> Finding {
        self.rule = Some(rule);
        self
    }

    pub fn render(&self, lang: Lang) -> Diagnostic {
        let info = self.code.info();
        let (source, as_of, rule, province) = match &self.rule {
            Some(r) => (
                r.source,
                r.as_of,
                Some(r.id.to_string()),
                r.province.map(str::to_string),
            ),
            None => (info.source, info.as_of(), None, None),
        };
        Diagnostic {
            code: self.code,
            severity: self.severity,
            path: self.path.clone(),
            args: self.args.clone(),
            lang,
            suggestion: self.suggestion.clone(),
            province,
            rule,
            source: Some(source),
            as_of: Some(as_of.to_string()),
            span: self.span,
        }
    }
}

/// Renders findings worst first, keeping their order of appearance within a severity.
pub fn render_all(findings: &[Finding], lang: Lang) -> Vec<Diagnostic> {
    [Severity::Error, Severity::Warning, Severity::Info]
        .into_iter()
        .flat_map(|sev| findings.iter().filter(move |f| f.severity == sev))
        .map(|f| f.render(lang))
        .collect()
}

/// True when no finding is an error.
pub fn no_errors(findings: &[Finding]) -> bool {
    findings.iter().all(|f| f.severity != Severity::Error)
}

/// A member's JSON Pointer, `base` and one more token, written out only when a finding needs it:
/// a well-formed application has no finding at most of the paths its readers and checks pass
/// down, and building each of them cost a tenth of a validation's instructions.
#[derive(Clone, Copy, Debug)]
pub struct Member<'a>(pub &'a str, pub &'a str);

impl From<Member<'_>> for String {
    fn from(m: Member<'_>) -> String {
        pointer_push(m.0, m.1)
    }
}

/// Appends a reference token to a JSON Pointer, escaping `~` and `/` as RFC 6901 §3 requires.
pub fn pointer_push(base: &str, token: &str) -> String {
    let mut out = String::with_capacity(base.len() + token.len() + 1);
    out.push_str(base);
    out.push('/');
    if !token.bytes().any(|b| b == b'~' || b == b'/') {
        out.push_str(token);
        return out;
    }
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}
