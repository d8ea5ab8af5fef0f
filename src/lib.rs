//! icp-precheck: checks a China ICP website filing (ICP备案) application before it is submitted.
//!
//! The crate is a pure-Rust core — engines, field checkers and rule data — with a thin
//! WebAssembly binding (`wasm`, compiled only for `wasm32`) and a command-line tool on top, so a
//! browser form and a server run identical rules.
//!
//! Engines:
//! - [`domain`]: is this string a domain that can be filed, and under which rules?
//!
//! Every finding is a [`Diagnostic`] with a stable code from the registry in `data/codes.toml`.

// The `t!` macro: a text for people, carried by reference in the `.wasm` (build/texts.rs).
include!(concat!(env!("OUT_DIR"), "/literal_texts.rs"));

mod application;
mod classify;
mod data;
mod date;
mod diagnostic;
mod domain;
mod fields;
mod input;
mod json_out;
mod province;
mod registry;
mod ruleset;
mod subject;
mod text;
mod validate;

/// The package's exports (`checkDomain`, `validateApplication` …), which the wasm tests call.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use date::Date;
pub use diagnostic::{Code, CodeInfo, Diagnostic, Lang, Severity};
pub use input::{Limits, Value};
pub use subject::SubjectKind;

pub use domain::{
    check_domain, check_domain_list, check_domain_value, check_domains_value, DomainFacts,
    DomainListReport, DomainOptions, DomainReport, DomainSubject,
};

pub use fields::{check_field, check_field_value, FieldKind, FieldOptions, FieldReport};

pub use application::{
    Application, Content, Document, DocumentType, Order, Person, Preapproval, Subject, ValidUntil,
    Website,
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
}

/// The crate version, reported in `ruleset_info` so a server can tell which rules a browser ran.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

// Talc instead of the default dlmalloc: smaller in the module and faster for our many small
// allocations (measured in DESIGN.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
