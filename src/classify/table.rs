//! The classifier's data (`data/filing.json`), compiled in by `build.rs`.

use crate::diagnostic::Code;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactKind {
    Bool,
    Enum,
    List,
    Count,
    FilingNumber,
    Province,
}

/// A fact the classifier may ask, with the question a form shows for it.
pub struct FactDef {
    pub path: &'static str,
    pub kind: FactKind,
    pub values: &'static [&'static str],
    pub zh: &'static str,
    pub en: &'static str,
}

/// How a decision row tests one fact.
pub enum Test {
    Is(bool),
    Eq(&'static str),
    In(&'static [&'static str]),
    /// A list fact holding any of these.
    Any(&'static [&'static str]),
    Min(u32),
    Max(u32),
}

pub struct Condition {
    pub fact: &'static str,
    pub test: Test,
    /// The value taken when the fact is not given, where the table says so (e.g. "not a 旺铺").
    pub assume: Option<&'static str>,
}

pub enum Outcome {
    File(&'static str),
    Block(Code),
}

/// One row of the decision table: the first row whose conditions all hold decides.
pub struct Decision {
    pub id: &'static str,
    pub when: &'static [Condition],
    pub outcome: Outcome,
    /// For a block: the filing to make once the block is cleared.
    pub then: Option<&'static str>,
    pub advisories: &'static [Code],
    pub reason_zh: &'static str,
    pub reason_en: &'static str,
    pub detail_zh: Option<&'static str>,
    pub detail_en: Option<&'static str>,
    pub what_zh: Option<&'static str>,
    pub what_en: Option<&'static str>,
    pub source: &'static str,
    pub as_of: &'static str,
    pub confidence: &'static str,
}

pub struct FilingTypeDef {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub materials: &'static [(&'static str, &'static str)],
    pub next_steps: &'static [(&'static str, &'static str)],
    pub advisories: &'static [Code],
}

/// What a product must satisfy before it can back a filing.
pub struct Product {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub subscription_only: bool,
    pub min_months: u64,
    pub public_ip: bool,
    pub quota: u64,
    pub min_order_cny: Option<u64>,
}

include!(concat!(env!("OUT_DIR"), "/filing_tables.rs"));

pub fn fact(path: &str) -> Option<&'static FactDef> {
    FACTS.iter().find(|f| f.path == path)
}

pub fn filing_type(id: &str) -> Option<&'static FilingTypeDef> {
    FILING_TYPES.iter().find(|t| t.id == id)
}

pub fn product(id: &str) -> Option<&'static Product> {
    PRODUCTS.iter().find(|p| p.id == id)
}
