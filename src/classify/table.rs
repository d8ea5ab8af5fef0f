//! The classifier's data (`data/filing.json`), compiled in by the generator (`build/`).

use crate::diagnostic::Code;
use crate::texts::Text;

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
    pub question: Text,
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
    /// For `OPERATION_OFFLINE`: the operation the bureau handles itself.
    pub offline: Option<&'static str>,
    pub advisories: &'static [Code],
    pub source: Text,
    /// Why the row decides as it does.
    pub reason: Text,
    /// For a block: what its message names (`{detail}`, `{what}`), where it does.
    pub detail: Option<Text>,
    pub what: Option<Text>,
    pub as_of: &'static str,
}

/// One material or next step of an operation.
pub struct Item {
    /// `Some(true)`: asked of organisations only; `Some(false)`: of individuals only.
    pub entity: Option<bool>,
    pub text: Text,
}

pub struct FilingTypeDef {
    pub id: &'static str,
    pub name: Text,
    pub materials: &'static [Item],
    pub next_steps: &'static [Item],
    pub advisories: &'static [Code],
}

/// What a product must satisfy before it can back a filing.
pub struct Product {
    pub id: &'static str,
    pub name: Text,
    pub subscription_only: bool,
    pub min_months: u64,
    pub public_ip: bool,
    pub quota: u64,
    pub min_order_cny: Option<u64>,
}

/// How a bureau takes an operation no provider can submit online, in one province (`*`: the
/// national way, for provinces without their own row).
pub struct OfflineWay {
    pub id: &'static str,
    pub province: &'static str,
    pub operation: &'static str,
    pub way: Text,
}

/// How an order of one operation uses a section of the application (`data/operations.json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Every member the rules ask is required, as in a first filing.
    Required,
    /// Only the members that the facts' `changes` name are required; the rest is checked.
    Changed,
    /// What is given is checked; nothing is required.
    Checked,
    /// Not used by the order: neither required nor checked.
    Ignored,
}

/// What an order of one operation does with an existing filing number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberRule {
    Required,
    /// Nothing is filed yet: a number contradicts the operation.
    Refused,
    Optional,
}

/// What the order of one operation must carry and what it refuses.
pub struct Operation {
    pub id: &'static str,
    pub province: Level,
    pub subject: Level,
    pub websites: Level,
    pub subject_number: NumberRule,
    pub website_numbers: NumberRule,
    /// Whether the subject has filed websites, as far as the operation says (`None`: it does
    /// not say, and province rules about new websites stay silent).
    pub existing_websites: Option<bool>,
    pub source: Text,
    pub as_of: &'static str,
}

include!("../generated/filing_tables.rs");

pub fn operation(id: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().find(|o| o.id == id)
}

/// The members a `changes` value names.
pub fn change_paths(change: &str) -> &'static [&'static str] {
    CHANGE_PATHS
        .iter()
        .find(|(c, _)| *c == change)
        .map_or(&[], |(_, p)| p)
}

/// The bureau's way for an operation in a province, or the national way.
pub fn offline_way(operation: &str, province: Option<&str>) -> Option<&'static OfflineWay> {
    let rows = || OFFLINE_WAYS.iter().filter(|w| w.operation == operation);
    province
        .and_then(|p| rows().find(|w| w.province == p))
        .or_else(|| rows().find(|w| w.province == "*"))
}

pub fn fact(path: &str) -> Option<&'static FactDef> {
    FACTS.iter().find(|f| f.path == path)
}

pub fn filing_type(id: &str) -> Option<&'static FilingTypeDef> {
    FILING_TYPES.iter().find(|t| t.id == id)
}

pub fn product(id: &str) -> Option<&'static Product> {
    PRODUCTS.iter().find(|p| p.id == id)
}
