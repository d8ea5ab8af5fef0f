//! icp-precheck: checks a China ICP website filing (ICP备案) application before it is submitted.
//!
//! The crate is a pure-Rust core — engines, field checkers and rule data — with a thin
//! WebAssembly binding (compiled only for `wasm32`) and a command-line tool on top, so a browser
//! form and a server run identical rules.
//!
//! Each engine has a typed entry and an untrusted-value entry (`_value`) for JSON or JavaScript
//! input: a wrong type, an unknown member or an oversized value there is an `INPUT_MALFORMED` /
//! `INPUT_TOO_LARGE` [`Diagnostic`] at its JSON Pointer path, never a panic. Every finding has a
//! stable [`Code`] (the registry: [`codes_json`]) and a [`Severity`]; a report is `ok` when no
//! finding is an error. Messages come in the options' [`Lang`].
//!
//! The engines read no clock and no random source. The day that age and expiry rules are judged
//! on is the `today` of every option type ([`DomainOptions::new`] and its kin take it); the
//! untrusted `options` of a `_value` entry are read over such typed base options, so a `today`
//! the caller names wins. A validation report carries a receipt only when the caller passes
//! random bytes ([`ValidateOptions::receipt_random`]). The npm package and the command line pass
//! today in China Standard Time (see [`Date::in_china_at`]) and fresh random bytes.
//!
//! # Domains: [`check_domain`], [`check_domain_list`], [`check_domain_value`], [`check_domains_value`]
//!
//! Is this string a domain that can be filed, and under which rules?
//!
//! ```
//! use icp_precheck::{check_domain_value, Date, DomainOptions, Limits, Value};
//!
//! let input = Value::from_json(&serde_json::json!("https://www.example.com/a"), &Limits::DEFAULT);
//! let options: serde_json::Value = serde_json::from_str(r#"{"province": "11", "lang": "en"}"#)?;
//! let options = Value::from_json(&options, &Limits::DEFAULT);
//! let base = DomainOptions::new(Date::new(2026, 11, 22).unwrap());
//! let report = check_domain_value(&input, Some(&options), &base);
//!
//! assert!(!report.ok);
//! assert_eq!(report.registrable.as_deref(), Some("example.com"));
//! let d = &report.diagnostics[0];
//! assert_eq!((d.code.as_str(), d.path.as_str()), ("DOMAIN_URL_NOT_DOMAIN", "/input"));
//! assert_eq!(d.suggestion.as_deref(), Some("example.com"));
//! println!("{}", serde_json::to_string(&report)?);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Fields: [`check_field`], [`check_field_value`]
//!
//! One field as it is typed: an ID number, a credit code, a phone, an e-mail, a website name …
//! ([`FieldKind`]).
//!
//! ```
//! use icp_precheck::{check_field_value, Date, FieldOptions, Limits, Value};
//!
//! let json = |text: &str| -> Value {
//!     Value::from_json(&serde_json::from_str(text).unwrap(), &Limits::DEFAULT)
//! };
//! let base = FieldOptions::new(Date::new(2026, 11, 22).unwrap());
//! let report = check_field_value(&json(r#""resident_id""#), &json(r#""11010519491231002x""#), None, &base);
//! assert!(report.ok);
//! assert_eq!(report.normalized.as_deref(), Some("11010519491231002X"));
//!
//! let report = check_field_value(&json(r#""resident_id""#), &json(r#""110105194912310021""#), None, &base);
//! assert_eq!(report.diagnostics[0].code.as_str(), "ID_CHECKSUM");
//! println!("{}", serde_json::to_string(&report).unwrap());
//! ```
//!
//! # Applications: [`validate`], [`validate_value`]
//!
//! A whole filing application: the subject, its people and documents, each website with its
//! domains, the province's rules, and the order (`filing`) when it has one. A half-filled form is
//! fine: what is missing is reported at its path.
//!
//! ```
//! use icp_precheck::{validate_value, Date, Limits, ValidateOptions, Value};
//!
//! let app: serde_json::Value = serde_json::from_str(
//!     r#"{"province": "11", "subject": {"kind": "enterprise", "name": "示例科技有限公司"}}"#,
//! )?;
//! let app = Value::from_json(&app, &Limits::DEFAULT);
//! let base = ValidateOptions {
//!     receipt_random: Some([7; 16]),
//!     ..ValidateOptions::new(Date::new(2026, 11, 22).unwrap())
//! };
//! let report = validate_value(&app, None, &base);
//!
//! assert!(!report.ok && report.receipt.is_none());
//! let missing: Vec<&str> = report.diagnostics.iter()
//!     .filter(|d| d.code.as_str() == "FIELD_REQUIRED")
//!     .map(|d| d.path.as_str())
//!     .collect();
//! assert!(missing.contains(&"/subject/leader") && missing.contains(&"/websites"));
//! println!("{}", serde_json::to_string(&report)?);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Filing type: [`classify`], [`classify_value`]
//!
//! Which operation of the provider's filing system applies, from what the user knows
//! ([`FilingFacts`]); when a fact is missing the plan names the one to ask next (`needs`).
//!
//! ```
//! use icp_precheck::{classify_value, Limits, Value};
//!
//! let facts: serde_json::Value = serde_json::from_str(r#"{
//!     "intent": "host_new", "hosting": "mainland_this_provider",
//!     "subject": {"filed": false}, "domain": {"filed": false}
//! }"#)?;
//! let plan = classify_value(&Value::from_json(&facts, &Limits::DEFAULT), None);
//!
//! assert_eq!(plan.filing_type.as_deref(), Some("first_filing"));
//! assert!(!plan.blocked && plan.needs.is_none());
//! println!("{}", serde_json::to_string(&plan)?);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Rules loaded: [`ruleset_info`]
//!
//! Versions, source dates, provinces and the vocabulary a form builds its choices from, so a
//! server can tell which rules a browser ran.
//!
//! ```
//! let info = icp_precheck::ruleset_info();
//! assert_eq!(info.version, icp_precheck::VERSION);
//! assert_eq!(info.provinces.len(), 31);
//! println!("{}", serde_json::to_string(&info).unwrap());
//! ```

// The `text!("中文", "English")` macro: a text for people as its `Text` in the generated catalog.
include!("generated/literal_texts.rs");

// The module's allocator; natively only its tests are built.
mod application;
#[cfg(any(test, target_arch = "wasm32"))]
mod arena;
mod classify;
mod data;
mod date;
mod diagnostic;
mod domain;
mod fields;
mod input;
mod json_out;
mod province;
#[cfg(not(target_arch = "wasm32"))]
mod registry;
mod rules;
mod ruleset;
mod text;
mod texts;
mod validate;
mod vocab;

/// The package's exports (`checkDomain`, `validateApplication` …), which the wasm tests call.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use date::Date;
pub use diagnostic::{Arg, Args, Code, CodeInfo, Diagnostic, Lang, Severity, Span};
pub use input::{unreadable_line, Limits, Unreadable, Value};
pub use texts::{as_wire, Said, Text};
pub use vocab::{Content, DocumentType, FieldKind, SubjectKind};

pub use domain::{
    check_domain, check_domain_list, check_domain_value, check_domains_value, DomainFacts,
    DomainListReport, DomainOptions, DomainReport, DomainSubject,
};

pub use fields::{check_field, check_field_value, FieldOptions, FieldReport};

pub use application::{
    Application, Document, Order, Person, Preapproval, Subject, ValidUntil, Website,
};
pub use validate::{
    validate, validate_value, Options as ValidateOptions, Receipt, Report, RulesetRef,
};

pub use classify::{
    classify, classify_value, ClassifyOptions, FactValue, Facts as FilingFacts, FilingPlan, Likely,
};

#[cfg(not(target_arch = "wasm32"))]
pub use ruleset::{rule_list, RuleEntry};
pub use ruleset::{
    ruleset_info, ContentTerm, DocumentTerm, FactTerm, OperationTerm, ProvinceSummary, RulesetInfo,
    SuffixSummary, Term, Vocabulary,
};

#[cfg(not(target_arch = "wasm32"))]
pub use registry::{codes_json, codes_markdown, codes_typescript, CodeRow};

/// Internals the crate's own test suites and fuzz targets check directly; not part of the API
/// and free to change.
#[doc(hidden)]
pub mod __internal {
    // The IDNA conformance and peer tests compare the label stage on its own.
    pub use crate::domain::host_to_ascii;
    // The property tests compare the address parser with the standard library's.
    pub use crate::domain::is_ipv6;
    // The wasm layer's JSON writer is compared with serde_json over arbitrary values.
    pub use crate::json_out::to_string as json_to_string;
    // The wasm layer's reader of arguments sent as one JSON text, fuzzed.
    pub use crate::input::parse_args;
    // The span property test compares a span's characters with the folded word it quotes.
    pub use crate::text::fold;
}

/// The crate version, reported in `ruleset_info` so a server can tell which rules a browser ran.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

// Talc instead of the default dlmalloc: smaller in the module and faster for our many small
// allocations (measured in DESIGN.md); in front of it a bump arena that a call's short-lived
// blocks come from (src/arena.rs, measured in DESIGN.md, "Allocation").
// A validation of the largest application the bounds let through makes a few hundred KB of
// short-lived blocks; more than this goes to talc.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
const ARENA_SIZE: usize = 1 << 20;
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
pub(crate) static ALLOCATOR: arena::Arena<talc::wasm::WasmDynamicTalc, ARENA_SIZE> =
    arena::Arena::new(talc::wasm::new_wasm_dynamic_allocator());
