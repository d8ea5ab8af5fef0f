//! The filing application (shared spec `api.md`, "Application") as typed data, read from an
//! untrusted value. Every member may be absent: a form validates as the user types, so a missing
//! member is a `FIELD_REQUIRED` diagnostic later, not malformed input.

mod read;

pub use read::{read_application, APPLICATION_LIMITS};

use crate::domain::DomainFacts;
use crate::vocab::{Content, DocumentType, SubjectKind};
use serde::Serialize;

/// When a document stops being valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValidUntil {
    Date(crate::date::Date),
    LongTerm,
}

impl Serialize for ValidUntil {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ValidUntil::Date(d) => s.serialize_str(&d.to_string()),
            ValidUntil::LongTerm => s.serialize_str("long_term"),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Document {
    #[serde(rename = "type")]
    pub doc_type: Option<DocumentType>,
    pub number: Option<String>,
    pub valid_until: Option<ValidUntil>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Person {
    pub name: Option<String>,
    pub document: Option<Document>,
    pub mobile: Option<String>,
    pub mobile_province: Option<String>,
    pub emergency_phone: Option<String>,
    pub email: Option<String>,
    pub is_legal_representative: Option<bool>,
    /// Whether this person already leads another subject's filing (a fact the user states;
    /// some bureaux allow one person under one subject only).
    pub leads_other_subject: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Subject {
    pub kind: Option<SubjectKind>,
    pub name: Option<String>,
    pub document: Option<Document>,
    pub address: Option<String>,
    pub document_address: Option<String>,
    pub leader: Option<Person>,
    pub legal_representative: Option<String>,
    pub office_phone: Option<String>,
    pub remark: Option<String>,
    pub materials: Vec<String>,
    pub filed_website_count: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Preapproval {
    pub category: Option<Content>,
    pub number: Option<String>,
    pub valid_until: Option<ValidUntil>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Website {
    pub name: Option<String>,
    pub domains: Vec<String>,
    /// The domains' Unicode forms, filled in by normalisation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub domains_unicode: Vec<String>,
    pub leader: Option<Person>,
    pub materials: Vec<String>,
    pub content: Vec<Content>,
    pub preapprovals: Vec<Preapproval>,
    pub languages: Vec<String>,
    pub remark: Option<String>,
    #[serde(serialize_with = "facts_as_map")]
    pub domain_facts: Vec<(String, DomainFacts)>,
    /// The website's existing filing number (`京ICP备13052560号-1`), for orders on filed sites.
    pub filing_number: Option<String>,
}

/// The order the application belongs to (shared spec `orders.md`): the operation when the
/// console knows it, what the wizard learned, and the subject's existing filing number.
///
/// Normalised, the order is what goes to the filing system: the operation it was checked for
/// and the number. The facts only lead to the operation (the report's plan answers them).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Order {
    #[serde(rename = "type")]
    pub filing_type: Option<&'static str>,
    #[serde(skip)]
    pub facts: Option<crate::classify::Facts>,
    pub subject_number: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Application {
    pub province: Option<String>,
    pub subject: Option<Subject>,
    pub websites: Vec<Website>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filing: Option<Order>,
}

fn facts_as_map<S: serde::Serializer>(
    facts: &[(String, DomainFacts)],
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(facts.len()))?;
    for (k, v) in facts {
        map.serialize_entry(k, v)?;
    }
    map.end()
}
