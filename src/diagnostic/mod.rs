//! The one diagnostic type every engine reports with, and the code registry behind it.
//!
//! Engines produce language-independent [`Finding`]s; [`Finding::render`] turns one into the
//! public [`Diagnostic`] in the requested language, filling the registry's message templates.

mod codes;
#[cfg(not(target_arch = "wasm32"))]
mod template;

pub use codes::{Code, CodeInfo};

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

/// A finding as the public contract describes it (shared spec `api.md`, "Diagnostic").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) into the input.
    pub path: String,
    pub message: String,
    pub hint: String,
    pub suggestion: Option<String>,
    pub province: Option<String>,
    pub rule: Option<String>,
    pub source: Option<String>,
    pub as_of: Option<String>,
    /// In the `.wasm` only: the template arguments. The module carries references to its texts
    /// instead of the texts (`build/texts.rs`); the npm package's JavaScript layer fills
    /// `message` and `hint` from its catalog with these and removes the member.
    #[cfg(target_arch = "wasm32")]
    #[serde(skip_deserializing, default)]
    pub args: Args,
}

/// Template arguments, serialized as a list of `[name, value]` pairs (the first of a name is
/// the one a template uses, as in `template::fill`).
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args(pub Vec<(&'static str, String)>);

#[cfg(target_arch = "wasm32")]
impl Serialize for Args {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|(k, v)| [*k, v.as_str()]))
    }
}

/// Where a finding's rule comes from when it is a row of a rule table rather than the code's
/// registry default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleRef {
    pub id: &'static str,
    pub province: Option<&'static str>,
    pub source: &'static str,
    pub as_of: &'static str,
}

/// A language-independent finding, before rendering.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub path: String,
    pub args: Vec<(&'static str, String)>,
    pub suggestion: Option<String>,
    pub rule: Option<RuleRef>,
}

impl Finding {
    #[inline(never)]
    pub fn new(code: Code, path: impl Into<String>) -> Finding {
        Finding {
            code,
            severity: code.info().severity,
            path: path.into(),
            args: Vec::new(),
            suggestion: None,
            rule: None,
        }
    }

    #[inline(never)]
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Finding {
        self.args.push((name, value.into()));
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
    pub fn rule(mut self, rule: RuleRef) -> Finding {
        self.rule = Some(rule);
        self
    }

    pub fn render(&self, lang: Lang) -> Diagnostic {
        let info = self.code.info();
        #[cfg(not(target_arch = "wasm32"))]
        let (message, hint) = match lang {
            Lang::ZhCn => (info.zh(), info.hint_zh()),
            Lang::En => (info.en(), info.hint_en()),
        };
        #[cfg(not(target_arch = "wasm32"))]
        let (message, hint) = (
            template::fill(message, &self.args),
            template::fill(hint, &self.args),
        );
        // The catalog references of the templates: the package's JavaScript fills them with `args`.
        #[cfg(target_arch = "wasm32")]
        let (message, hint) = match lang {
            Lang::ZhCn => (info.text_ref(0), info.text_ref(2)),
            Lang::En => (info.text_ref(1), info.text_ref(3)),
        };
        let (source, as_of, rule, province) = match &self.rule {
            Some(r) => (
                r.source,
                r.as_of,
                Some(r.id.to_string()),
                r.province.map(str::to_string),
            ),
            None => (info.source(), info.as_of(), None, None),
        };
        Diagnostic {
            code: self.code,
            severity: self.severity,
            path: self.path.clone(),
            message,
            hint,
            suggestion: self.suggestion.clone(),
            province,
            rule,
            source: Some(source.to_string()),
            as_of: Some(as_of.to_string()),
            #[cfg(target_arch = "wasm32")]
            args: Args(self.args.clone()),
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
