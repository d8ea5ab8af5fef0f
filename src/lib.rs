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
include!("generated/literal_texts.rs");

pub mod application;
pub mod classify;
pub mod data;
pub mod date;
pub mod diagnostic;
pub mod domain;
pub mod fields;
pub mod input;
pub mod json_out;
pub mod province;
#[cfg(not(target_arch = "wasm32"))]
pub mod registry;
pub mod ruleset;
pub mod subject;
pub mod text;
pub mod texts;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use diagnostic::{Code, Diagnostic, Lang, Severity};
pub use domain::{
    check_domain, check_domain_list, check_domain_value, check_domains_value, DomainFacts,
    DomainListReport, DomainOptions, DomainReport, DomainSubject,
};
pub use ruleset::{ruleset_info, RulesetInfo};
pub use subject::SubjectKind;
pub use validate::{validate, validate_value, Report};

/// The crate version, reported in `ruleset_info` so a server can tell which rules a browser ran.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

// Talc instead of the default dlmalloc: smaller in the module and faster for our many small
// allocations (measured in DESIGN.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
