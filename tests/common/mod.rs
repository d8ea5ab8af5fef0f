//! The vector format of `tests/vectors/` (see its README) and the judge that every Rust layer
//! shares: native tests and wasm tests in headless Chromium run the same files through it.

#![allow(dead_code)]

use icp_precheck::{Code, Severity};
use serde_json::{json, Value};

pub const DOMAIN_FILES: &[(&str, &str)] = &[
    (
        "domain-research.jsonl",
        include_str!("../vectors/domain-research.jsonl"),
    ),
    ("domain.jsonl", include_str!("../vectors/domain.jsonl")),
];

pub const FIELD_FILES: &[(&str, &str)] =
    &[("fields.jsonl", include_str!("../vectors/fields.jsonl"))];

pub const APPLICATION_FILES: &[(&str, &str)] = &[
    (
        "application.jsonl",
        include_str!("../vectors/application.jsonl"),
    ),
    ("province.jsonl", include_str!("../vectors/province.jsonl")),
    ("orders.jsonl", include_str!("../vectors/orders.jsonl")),
];

pub const FILING_FILES: &[(&str, &str)] =
    &[("filing.jsonl", include_str!("../vectors/filing.jsonl"))];

/// The complete applications that application vectors start from.
pub const APPLICATION_BASES: &str = include_str!("../vectors/application-bases.json");

/// A report of `validateApplication` as every layer hands it back (JSON, a JS object, or the
/// Rust struct serialised), so that one judge reads them all.
/// A diagnostic as a report's JSON holds it (the contract's shape, rendered).
#[derive(serde::Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: icp_precheck::Severity,
    pub path: String,
    message: String,
    hint: String,
    pub suggestion: Option<String>,
    pub province: Option<String>,
    pub rule: Option<String>,
    pub source: Option<String>,
    pub as_of: Option<String>,
    /// Absent, not null, when the finding is about the whole value.
    #[serde(default)]
    pub span: Option<icp_precheck::Span>,
}

impl Diagnostic {
    pub fn message(&self) -> String {
        self.message.clone()
    }
    pub fn hint(&self) -> String {
        self.hint.clone()
    }
    /// The typed diagnostic as its JSON reads back.
    pub fn of(d: &icp_precheck::Diagnostic) -> Diagnostic {
        serde_json::from_value(serde_json::to_value(d).expect("a diagnostic serialises"))
            .expect("a diagnostic reads back")
    }
}

/// Any report as its JSON reads back into the typed records below (an unknown member fails).
pub fn read_back<T: serde::Serialize, R: serde::de::DeserializeOwned>(report: &T) -> R {
    serde_json::from_value(serde_json::to_value(report).expect("a report serialises"))
        .unwrap_or_else(|e| panic!("a report reads back: {e}"))
}

/// `checkDomain`'s report (shared spec `api.md`, "DomainReport").
#[derive(serde::Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct DomainReport {
    pub input: String,
    pub ok: bool,
    pub ascii: Option<String>,
    pub unicode: Option<String>,
    pub suffix: Option<String>,
    pub registrable: Option<String>,
    pub suffix_unicode: Option<String>,
    pub registrable_unicode: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// `checkDomains`'s report.
#[derive(serde::Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct DomainListReport {
    pub ok: bool,
    pub domains: Vec<DomainReport>,
    pub diagnostics: Vec<Diagnostic>,
}

/// `checkField`'s report.
#[derive(serde::Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct FieldReport {
    pub field: String,
    pub ok: bool,
    pub normalized: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// `classifyFiling`'s plan (shared spec `api.md`, "FilingPlan").
#[derive(serde::Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct FilingPlan {
    pub filing_type: Option<String>,
    pub label: String,
    pub blocked: bool,
    pub reasons: Vec<String>,
    pub materials: Vec<String>,
    pub advisories: Vec<Diagnostic>,
    pub diagnostics: Vec<Diagnostic>,
    pub next_steps: Vec<String>,
    pub decision: Option<String>,
    pub needs: Option<String>,
    pub likely: Option<Value>,
}

#[derive(serde::Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct ApplicationReport {
    pub ok: bool,
    pub diagnostics: Vec<Diagnostic>,
    /// Rules no field can show; every one is `info`.
    pub advisories: Vec<Diagnostic>,
    pub normalized: Value,
    pub receipt: Option<Value>,
    pub ruleset: Value,
    /// The order's plan; null without an order.
    pub filing: Option<Value>,
}

/// The day date rules are judged on when a vector does not say.
pub const DEFAULT_TODAY: &str = "2026-11-22";

/// The day the untrusted-value entries fall back on, as the package's clock would give it.
pub fn today() -> icp_precheck::Date {
    icp_precheck::Date::parse(DEFAULT_TODAY).expect("DEFAULT_TODAY is a date")
}

/// Validation options as the package passes them: a day and a receipt's random bytes (fixed, so
/// two reports of one application compare equal).
pub fn validate_base() -> icp_precheck::ValidateOptions {
    icp_precheck::ValidateOptions {
        receipt_random: Some([0x5a; 16]),
        ..icp_precheck::ValidateOptions::new(today())
    }
}

pub struct Vector {
    pub file: &'static str,
    pub line: usize,
    pub raw: Value,
}

impl Vector {
    pub fn id(&self) -> String {
        format!(
            "{} ({}:{})",
            self.raw["id"].as_str().unwrap_or("?"),
            self.file,
            self.line
        )
    }

    pub fn is_field(&self) -> bool {
        self.raw.get("field").is_some()
    }

    pub fn field(&self) -> Value {
        self.raw.get("field").cloned().unwrap_or(Value::Null)
    }

    pub fn is_application(&self) -> bool {
        self.raw.get("application").is_some() || self.raw.get("base").is_some()
    }

    /// The application: `application` as written, or `base` edited by `repeat`, `set`,
    /// `set_repeat` and `remove`, in that order (see the vectors README).
    pub fn application(&self) -> Value {
        if let Some(app) = self.raw.get("application") {
            return app.clone();
        }
        let bases: Value = serde_json::from_str(APPLICATION_BASES).expect("application bases");
        let base = self.raw["base"].as_str().unwrap_or("");
        let mut app = bases
            .get(base)
            .unwrap_or_else(|| panic!("vector {}: no base {base:?}", self.id()))
            .clone();
        let ops = |key: &str| -> Vec<(String, Value)> {
            self.raw
                .get(key)
                .and_then(Value::as_object)
                .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default()
        };
        for (ptr, n) in ops("repeat") {
            let arr = app
                .pointer_mut(&ptr)
                .and_then(Value::as_array_mut)
                .unwrap_or_else(|| panic!("vector {}: repeat {ptr} is not a list", self.id()));
            let first = arr[0].clone();
            arr.resize(n.as_u64().unwrap_or(0) as usize, first);
        }
        for (ptr, value) in ops("set") {
            set_pointer(&mut app, &ptr, value, &self.id());
        }
        for (ptr, rep) in ops("set_repeat") {
            let text = rep["text"].as_str().unwrap_or("");
            let times = rep["times"].as_u64().unwrap_or(0) as usize;
            set_pointer(
                &mut app,
                &ptr,
                Value::String(text.repeat(times)),
                &self.id(),
            );
        }
        for ptr in strs(&self.raw, "remove") {
            let (parent, key) = split_pointer(&ptr);
            if let Some(Value::Object(m)) = app.pointer_mut(parent) {
                m.remove(&key);
            } else {
                panic!("vector {}: cannot remove {ptr}", self.id());
            }
        }
        app
    }

    pub fn is_list(&self) -> bool {
        self.raw.get("inputs").is_some()
    }

    /// The input value, with `input_repeat` expanded.
    pub fn input(&self) -> Value {
        if let Some(rep) = self.raw.get("input_repeat") {
            let text = rep["text"].as_str().unwrap_or("");
            let times = rep["times"].as_u64().unwrap_or(0) as usize;
            return Value::String(text.repeat(times));
        }
        self.raw.get("input").cloned().unwrap_or(Value::Null)
    }

    pub fn inputs(&self) -> Value {
        self.raw.get("inputs").cloned().unwrap_or(json!([]))
    }

    /// The options, with the research's defaults: an enterprise subject, and a fixed today.
    /// Field vectors take their options as written.
    pub fn options(&self) -> Value {
        let mut opts = self.raw.get("options").cloned().unwrap_or(json!({}));
        if self.is_field() {
            if let Value::Object(map) = &mut opts {
                map.entry("today").or_insert(json!(DEFAULT_TODAY));
            }
            return opts;
        }
        if let Value::Object(map) = &mut opts {
            if !map.contains_key("subject_kind") {
                map.insert("subject_kind".into(), json!("enterprise"));
            }
            if !map.contains_key("today") {
                map.insert("today".into(), json!(DEFAULT_TODAY));
            }
        }
        opts
    }
}

fn split_pointer(ptr: &str) -> (&str, String) {
    let cut = ptr.rfind('/').unwrap_or(0);
    let key = ptr[cut + 1..].replace("~1", "/").replace("~0", "~");
    (&ptr[..cut], key)
}

fn set_pointer(root: &mut Value, ptr: &str, value: Value, id: &str) {
    let (parent, key) = split_pointer(ptr);
    match root.pointer_mut(parent) {
        Some(Value::Object(m)) => {
            m.insert(key, value);
        }
        Some(Value::Array(a)) => {
            let i: usize = key.parse().unwrap_or(usize::MAX);
            assert!(
                i < a.len(),
                "vector {id}: {ptr} is past the end of its list"
            );
            a[i] = value;
        }
        _ => panic!("vector {id}: {ptr} has no parent object or list"),
    }
}

/// Every member a vector may have, typed: a line with a misspelt or unknown member, or a member
/// of the wrong type, fails to load, naming its file and line, instead of being silently unread.
/// The judges read the members through `Vector::raw`; this record is the vectors' schema.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Record {
    id: String,
    note: String,
    verdict: Option<String>,
    // What is checked: one domain, a list, a field, an application (a base with edits), facts.
    input: Option<Value>,
    input_repeat: Option<serde_json::Map<String, Value>>,
    inputs: Option<Vec<Value>>,
    field: Option<String>,
    application: Option<Value>,
    base: Option<String>,
    set: Option<serde_json::Map<String, Value>>,
    set_repeat: Option<serde_json::Map<String, Value>>,
    repeat: Option<serde_json::Map<String, Value>>,
    remove: Option<Vec<String>>,
    facts: Option<Value>,
    options: Option<Value>,
    // What is expected.
    codes: Option<Vec<String>>,
    absent: Option<Vec<String>>,
    also: Option<Vec<String>>,
    paths: Option<Vec<String>>,
    rules: Option<Vec<String>>,
    severity: Option<String>,
    severities: Option<serde_json::Map<String, Value>>,
    ascii: Option<Value>,
    unicode: Option<Value>,
    suggestion: Option<Value>,
    normalized: Option<String>,
    normalized_at: Option<serde_json::Map<String, Value>>,
    message_contains: Option<String>,
    spans: Option<std::collections::BTreeMap<String, Option<icp_precheck::Span>>>,
    receipt: Option<bool>,
    plan: Option<Value>,
    filing_type: Option<Value>,
    blocked: Option<bool>,
    decision: Option<String>,
    needs: Option<Value>,
    likely: Option<serde_json::Map<String, Value>>,
    label: Option<String>,
    material_absent: Option<String>,
    material_contains: Option<String>,
    next_step_contains: Option<String>,
}

pub fn load(file: &'static str, text: &'static str) -> Vec<Vector> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            if let Err(e) = serde_json::from_str::<Record>(l) {
                panic!("{file}:{}: not a vector record: {e}", i + 1);
            }
            Vector {
                file,
                line: i + 1,
                raw: serde_json::from_str(l)
                    .unwrap_or_else(|e| panic!("{file}:{}: bad JSON: {e}", i + 1)),
            }
        })
        .collect()
}

pub fn all_domain_vectors() -> Vec<Vector> {
    DOMAIN_FILES.iter().flat_map(|(f, t)| load(f, t)).collect()
}

pub fn all_application_vectors() -> Vec<Vector> {
    APPLICATION_FILES
        .iter()
        .flat_map(|(f, t)| load(f, t))
        .collect()
}

pub fn all_filing_vectors() -> Vec<Vector> {
    FILING_FILES.iter().flat_map(|(f, t)| load(f, t)).collect()
}

pub fn all_field_vectors() -> Vec<Vector> {
    FIELD_FILES.iter().flat_map(|(f, t)| load(f, t)).collect()
}

fn strs(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn matches(d: &Diagnostic, want: &str) -> bool {
    if want.contains('.') {
        d.rule.as_deref() == Some(want)
    } else {
        d.code.as_str() == want
    }
}

/// What a layer returned for one vector.
pub enum Outcome {
    Single(DomainReport),
    List(DomainListReport),
    Field(FieldReport),
    Application(ApplicationReport),
}

impl Outcome {
    pub fn diagnostics(&self) -> Vec<&Diagnostic> {
        match self {
            Outcome::Single(r) => r.diagnostics.iter().collect(),
            Outcome::List(l) => l
                .diagnostics
                .iter()
                .chain(l.domains.iter().flat_map(|d| d.diagnostics.iter()))
                .collect(),
            Outcome::Field(f) => f.diagnostics.iter().collect(),
            Outcome::Application(a) => a.diagnostics.iter().chain(a.advisories.iter()).collect(),
        }
    }
    fn ok(&self) -> bool {
        match self {
            Outcome::Single(r) => r.ok,
            Outcome::List(l) => l.ok,
            Outcome::Field(f) => f.ok,
            Outcome::Application(a) => a.ok,
        }
    }
    fn forms(&self) -> (Option<String>, Option<String>) {
        match self {
            Outcome::Single(r) => (r.ascii.clone(), r.unicode.clone()),
            Outcome::List(l) => l
                .domains
                .first()
                .map_or((None, None), |d| (d.ascii.clone(), d.unicode.clone())),
            Outcome::Field(f) => (f.normalized.clone(), None),
            Outcome::Application(_) => (None, None),
        }
    }
}

/// Checks one outcome against its vector; the error names the vector.
pub fn judge(v: &Vector, out: &Outcome) -> Result<(), String> {
    let diags = out.diagnostics();
    let fail = |why: String| -> Result<(), String> {
        let got: Vec<String> = diags
            .iter()
            .map(|d| {
                format!(
                    "{} {} at {:?} rule {:?} suggestion {:?}",
                    d.code,
                    d.severity.as_str(),
                    d.path,
                    d.rule,
                    d.suggestion
                )
            })
            .collect();
        Err(format!("vector {}: {why}\n  got: {got:#?}", v.id()))
    };
    let verdict = v.raw["verdict"].as_str().unwrap_or("");
    let codes = strs(&v.raw, "codes");
    let errors: Vec<&&Diagnostic> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();

    if let Outcome::Application(a) = out {
        if let Some(d) = a
            .advisories
            .iter()
            .find(|d| d.severity != Severity::Info || d.rule.is_none())
        {
            return fail(format!(
                "advisory {} must be info and name its rule",
                d.code
            ));
        }
    }
    // A provincial finding names its province, rule, source and date.
    if let Some(d) = diags.iter().find(|d| {
        d.rule.as_deref().is_some_and(|r| r.starts_with('P'))
            && (d.province.is_none() || d.source.is_none() || d.as_of.is_none())
    }) {
        return fail(format!(
            "{} of rule {:?} lacks province, source or as_of",
            d.code, d.rule
        ));
    }
    // Every message is complete: no template argument left unfilled, both texts present.
    for d in &diags {
        if d.message().contains('{')
            || d.hint().contains('{')
            || d.message().is_empty()
            || d.hint().is_empty()
        {
            return fail(format!(
                "{} has an unfilled message or hint: {:?} / {:?}",
                d.code,
                d.message(),
                d.hint()
            ));
        }
        if d.span.is_some_and(|s| s.start >= s.end) {
            return fail(format!("{} span {:?} is empty", d.code, d.span));
        }
        if !d.path.is_empty() && !d.path.starts_with('/') {
            return fail(format!(
                "{} path {:?} is not a JSON Pointer",
                d.code, d.path
            ));
        }
    }

    match verdict {
        "accept" | "warn" => {
            if !errors.is_empty() {
                return fail("expected no error-severity diagnostic".into());
            }
            if !out.ok() {
                return fail("ok is false without an error".into());
            }
            let want_sev = match (verdict, v.raw.get("severity").and_then(Value::as_str)) {
                (_, Some("info")) => Some(Severity::Info),
                (_, Some("warning")) | ("warn", None) => Some(Severity::Warning),
                _ => None,
            };
            for c in &codes {
                let found = diags
                    .iter()
                    .any(|d| matches(d, c) && want_sev.is_none_or(|s| d.severity == s));
                if !found {
                    return fail(format!("expected {c} (severity {want_sev:?})"));
                }
            }
            let (ascii, unicode) = out.forms();
            if let Some(want) = v.raw.get("normalized").and_then(Value::as_str) {
                if ascii.as_deref() != Some(want) {
                    return fail(format!("normalized {ascii:?}, expected {want:?}"));
                }
            }
            if let Some(want) = v.raw.get("ascii").and_then(Value::as_str) {
                if ascii.as_deref() != Some(want) {
                    return fail(format!("ascii {ascii:?}, expected {want:?}"));
                }
            }
            if let Some(want) = v.raw.get("unicode").and_then(Value::as_str) {
                if unicode.as_deref() != Some(want) {
                    return fail(format!("unicode {unicode:?}, expected {want:?}"));
                }
            }
        }
        "reject" => {
            if out.ok() {
                return fail("ok is true for a reject vector".into());
            }
            if !codes.iter().any(|c| errors.iter().any(|d| matches(d, c))) {
                return fail(format!("expected one of {codes:?} as an error"));
            }
        }
        other => return fail(format!("unknown verdict {other:?}")),
    }

    if let Some(want) = v.raw.get("suggestion").and_then(Value::as_str) {
        if !diags.iter().any(|d| d.suggestion.as_deref() == Some(want)) {
            return fail(format!("expected suggestion {want:?}"));
        }
    }
    for p in strs(&v.raw, "paths") {
        if !diags.iter().any(|d| d.path == p) {
            return fail(format!("expected a diagnostic at {p:?}"));
        }
    }
    for r in strs(&v.raw, "rules") {
        if !diags.iter().any(|d| d.rule.as_deref() == Some(r.as_str())) {
            return fail(format!("expected rule {r}"));
        }
    }
    for c in strs(&v.raw, "also") {
        if !diags.iter().any(|d| matches(d, &c)) {
            return fail(format!("expected also {c}"));
        }
    }
    for c in strs(&v.raw, "absent") {
        if diags.iter().any(|d| matches(d, &c)) {
            return fail(format!("{c} must not appear"));
        }
    }
    if let Outcome::Application(a) = out {
        if a.receipt.is_some() != a.ok {
            return fail(format!("ok is {} but the receipt is {:?}", a.ok, a.receipt));
        }
        if let Some(key) = a
            .receipt
            .as_ref()
            .map(|r| r["idempotency_key"].as_str().unwrap_or(""))
        {
            if key.len() != 36 || key.as_bytes()[14] != b'4' {
                return fail(format!("receipt key {key:?} is not a UUID v4"));
            }
        }
        if a.ruleset["version"].as_str().unwrap_or("").is_empty() {
            return fail("report has no ruleset version".into());
        }
        // The order's plan: `plan: null` when there is no order, else the members it names.
        match (v.raw.get("plan"), &a.filing) {
            (None, _) | (Some(Value::Null), None) => {}
            (Some(Value::Null), Some(got)) => {
                return fail(format!("filing is {got}, expected null"));
            }
            (Some(_), None) => return fail("the report has no filing plan".into()),
            (Some(want), Some(got)) => {
                for (k, w) in want.as_object().into_iter().flatten() {
                    if k == "codes" {
                        let all: Vec<&Value> = ["diagnostics", "advisories"]
                            .iter()
                            .filter_map(|m| got[*m].as_array())
                            .flatten()
                            .collect();
                        for c in w.as_array().into_iter().flatten() {
                            if !all.iter().any(|d| &d["code"] == c) {
                                return fail(format!("plan: expected {c}"));
                            }
                        }
                    } else if &got[k] != w {
                        return fail(format!("plan {k} is {}, expected {w}", got[k]));
                    }
                }
            }
        }
        if let Some(want) = v.raw.get("normalized_at").and_then(Value::as_object) {
            for (ptr, value) in want {
                let got = a.normalized.pointer(ptr);
                if got != Some(value) {
                    return fail(format!("normalized{ptr} is {got:?}, expected {value}"));
                }
            }
        }
    }
    if let Some(text) = v.raw.get("message_contains").and_then(Value::as_str) {
        if !diags.iter().any(|d| d.message().contains(text)) {
            return fail(format!("expected a message containing {text:?}"));
        }
    }
    // `{code: {start, end}}`: a diagnostic of the code spans exactly that; `{code: null}`: the
    // code appears, and none of its diagnostics carries a span.
    for (c, want) in v
        .raw
        .get("spans")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let want: Option<icp_precheck::Span> = serde_json::from_value(want.clone())
            .unwrap_or_else(|e| panic!("vector {}: span of {c}: {e}", v.id()));
        let of: Vec<_> = diags.iter().filter(|d| matches(d, c)).collect();
        let spans: Vec<_> = of.iter().map(|d| d.span).collect();
        let found = match want {
            Some(_) => spans.contains(&want),
            None => !of.is_empty() && spans.iter().all(Option::is_none),
        };
        if !found {
            return fail(format!("{c}: spans {spans:?}, expected {want:?}"));
        }
    }
    Ok(())
}

/// Checks a filing plan against its vector (`tests/vectors/filing.jsonl`); the error names it.
pub fn judge_filing(v: &Vector, plan: &FilingPlan) -> Result<(), String> {
    let r = &v.raw;
    let all: Vec<&Diagnostic> = plan
        .diagnostics
        .iter()
        .chain(plan.advisories.iter())
        .collect();
    let fail = |why: String| -> Result<(), String> {
        let got: Vec<String> = all
            .iter()
            .map(|d| format!("{} {} at {:?}", d.code, d.severity.as_str(), d.path))
            .collect();
        Err(format!(
            "vector {}: {why}\n  plan: type {:?} blocked {} decision {:?} needs {:?}\n  got: {got:#?}",
            v.id(),
            plan.filing_type,
            plan.blocked,
            plan.decision,
            plan.needs
        ))
    };
    for d in &all {
        if d.message().contains('{') || d.hint().contains('{') || d.message().is_empty() {
            return fail(format!(
                "{} has an unfilled message: {:?}",
                d.code,
                d.message()
            ));
        }
    }
    if plan
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
        && !plan.blocked
    {
        return fail("an error diagnostic without blocked".into());
    }
    if plan.needs.is_some()
        && !plan
            .diagnostics
            .iter()
            .any(|d| d.code.as_str() == "FACT_NEEDED")
    {
        return fail("needs a fact without FACT_NEEDED".into());
    }
    if let Some(want) = r.get("filing_type") {
        if want.as_str() != plan.filing_type.as_deref() {
            return fail(format!("filing_type, expected {want}"));
        }
    }
    if let Some(want) = r.get("blocked").and_then(Value::as_bool) {
        if want != plan.blocked {
            return fail(format!("blocked, expected {want}"));
        }
    }
    if let Some(want) = r.get("likely") {
        let got = serde_json::to_value(&plan.likely).unwrap_or_default();
        if &got != want {
            return fail(format!("likely {got}, expected {want}"));
        }
    }
    for (key, got) in [("needs", &plan.needs), ("decision", &plan.decision)] {
        if let Some(want) = r.get(key) {
            if want.as_str() != got.as_deref() {
                return fail(format!("{key}, expected {want}"));
            }
        }
    }
    if let Some(want) = r.get("label").and_then(Value::as_str) {
        if plan.label != want {
            return fail(format!("label {:?}, expected {want:?}", plan.label));
        }
    }
    for c in strs(r, "codes") {
        if !all.iter().any(|d| d.code.as_str() == c) {
            return fail(format!("expected {c}"));
        }
    }
    if let Some(sev) = r.get("severities").and_then(Value::as_object) {
        for (c, want) in sev {
            if !all
                .iter()
                .any(|d| d.code.as_str() == c && Some(d.severity.as_str()) == want.as_str())
            {
                return fail(format!("expected {c} with severity {want}"));
            }
        }
    }
    for c in strs(r, "absent") {
        if all.iter().any(|d| d.code.as_str() == c) {
            return fail(format!("{c} must not appear"));
        }
    }
    for p in strs(r, "paths") {
        if !all.iter().any(|d| d.path == p) {
            return fail(format!("expected a diagnostic at {p:?}"));
        }
    }
    if let Some(want) = r.get("suggestion").and_then(Value::as_str) {
        if !all.iter().any(|d| d.suggestion.as_deref() == Some(want)) {
            return fail(format!("expected suggestion {want:?}"));
        }
    }
    if let Some(text) = r.get("material_absent").and_then(Value::as_str) {
        if plan.materials.iter().any(|m| m.contains(text)) {
            return fail(format!(
                "material {text:?} must not be listed: {:?}",
                plan.materials
            ));
        }
    }
    for (key, list) in [
        (
            "message_contains",
            all.iter().map(|d| d.message()).collect::<Vec<_>>(),
        ),
        ("material_contains", plan.materials.clone()),
        ("next_step_contains", plan.next_steps.clone()),
    ] {
        if let Some(text) = r.get(key).and_then(Value::as_str) {
            if !list.iter().any(|m| m.contains(text)) {
                return fail(format!("{key} {text:?} not found in {list:?}"));
            }
        }
    }
    Ok(())
}

/// Runs `check` on every vector and fails once, listing every vector that failed by its id.
pub fn assert_vectors(vectors: &[Vector], check: impl Fn(&Vector) -> Result<(), String>) {
    let failures: Vec<String> = vectors.iter().filter_map(|v| check(v).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} vectors failed:\n{}",
        failures.len(),
        vectors.len(),
        failures.join("\n")
    );
}

/// The command-line tool with `args`, its locale fixed so that what it picks from the
/// environment (the language of `--help`) is the same on every machine.
#[cfg(not(target_arch = "wasm32"))]
pub fn cli_command<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_icp-precheck"));
    cmd.args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

/// Runs the command-line tool on `args`, writing `stdin` (or closing it at once), the one way the
/// CLI tests start it.
#[cfg(not(target_arch = "wasm32"))]
pub fn run_cli<S: AsRef<std::ffi::OsStr>>(
    args: &[S],
    stdin: Option<&[u8]>,
) -> std::process::Output {
    run_command(cli_command(args), stdin)
}

/// Runs `cmd`, writing `stdin` from a thread of its own: a command that answers line by line
/// fills its output pipe while its input is still being written.
#[cfg(not(target_arch = "wasm32"))]
pub fn run_command(mut cmd: std::process::Command, stdin: Option<&[u8]>) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run icp-precheck");
    let mut pipe = child.stdin.take().unwrap();
    let bytes = stdin.unwrap_or_default().to_vec();
    let writer = std::thread::spawn(move || {
        // A usage error exits before reading its input: a broken pipe here is that, not a failure.
        if let Err(e) = pipe.write_all(&bytes) {
            assert_eq!(
                e.kind(),
                std::io::ErrorKind::BrokenPipe,
                "writing stdin: {e}"
            );
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().expect("stdin writer");
    out
}
