//! The filing application (shared spec `api.md`, "Application") as typed data, read from an
//! untrusted value. Every member may be absent: a form validates as the user types, so a missing
//! member is a `FIELD_REQUIRED` diagnostic later, not malformed input.

mod read;

pub use read::{read_application, APPLICATION_LIMITS};

use crate::domain::DomainFacts;
use crate::subject::SubjectKind;
use serde::Serialize;

/// Identity and registration documents (证件类型).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentType {
    ResidentId,
    /// 临时居民身份证: same number as the ID card; some bureaux refuse it.
    TemporaryResidentId,
    HmtResidencePermit,
    Passport,
    HkMoPermit,
    TwPermit,
    ForeignPermanentId,
    Uscc,
    OrgCode,
    /// Pre-three-in-one business registration number (注册号).
    BusinessRegistration,
    /// 部队代号 and the army's external paid-service licence.
    MilitaryCode,
    /// Another registration certificate (religious venues, foreign cultural centres …).
    Other,
}

impl DocumentType {
    pub const ALL: [DocumentType; 12] = [
        DocumentType::ResidentId,
        DocumentType::TemporaryResidentId,
        DocumentType::HmtResidencePermit,
        DocumentType::Passport,
        DocumentType::HkMoPermit,
        DocumentType::TwPermit,
        DocumentType::ForeignPermanentId,
        DocumentType::Uscc,
        DocumentType::OrgCode,
        DocumentType::BusinessRegistration,
        DocumentType::MilitaryCode,
        DocumentType::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DocumentType::ResidentId => "resident_id",
            DocumentType::TemporaryResidentId => "temporary_resident_id",
            DocumentType::HmtResidencePermit => "hmt_residence_permit",
            DocumentType::Passport => "passport",
            DocumentType::HkMoPermit => "hk_mo_permit",
            DocumentType::TwPermit => "tw_permit",
            DocumentType::ForeignPermanentId => "foreign_permanent_id",
            DocumentType::Uscc => "uscc",
            DocumentType::OrgCode => "org_code",
            DocumentType::BusinessRegistration => "business_registration",
            DocumentType::MilitaryCode => "military_code",
            DocumentType::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<DocumentType> {
        DocumentType::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// The document type as people name it.
    pub fn name(self) -> crate::texts::Text {
        match self {
            DocumentType::ResidentId => text!("居民身份证", "resident ID card"),
            DocumentType::TemporaryResidentId => {
                text!("临时居民身份证", "temporary resident ID card")
            }
            DocumentType::HmtResidencePermit => text!(
                "港澳台居民居住证",
                "residence permit for HK, Macao and Taiwan residents"
            ),
            DocumentType::Passport => text!("护照", "passport"),
            DocumentType::HkMoPermit => text!(
                "港澳居民来往内地通行证",
                "Mainland Travel Permit for HK and Macao Residents"
            ),
            DocumentType::TwPermit => text!(
                "台湾居民来往大陆通行证",
                "Mainland Travel Permit for Taiwan Residents"
            ),
            DocumentType::ForeignPermanentId => {
                text!("外国人永久居留身份证", "Foreign Permanent Resident ID Card")
            }
            DocumentType::Uscc => text!(
                "统一社会信用代码证书",
                "unified social credit code certificate"
            ),
            DocumentType::OrgCode => text!("组织机构代码证", "organisation code certificate"),
            DocumentType::BusinessRegistration => text!(
                "营业执照（注册号）",
                "business licence (registration number)"
            ),
            DocumentType::MilitaryCode => text!("部队代号", "military unit code"),
            DocumentType::Other => text!("其他登记证书", "other registration certificate"),
        }
    }

    /// Documents that identify a person.
    pub fn is_personal(self) -> bool {
        matches!(
            self,
            DocumentType::ResidentId
                | DocumentType::TemporaryResidentId
                | DocumentType::HmtResidencePermit
                | DocumentType::Passport
                | DocumentType::HkMoPermit
                | DocumentType::TwPermit
                | DocumentType::ForeignPermanentId
        )
    }
}

/// Content categories (网站服务内容 / 前置审批类别).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Content {
    Other,
    News,
    Publishing,
    Education,
    Medical,
    DrugsDevices,
    Culture,
    Broadcast,
    RideHailing,
    Finance,
    Games,
    Bbs,
}

impl Content {
    pub const ALL: [Content; 12] = [
        Content::Other,
        Content::News,
        Content::Publishing,
        Content::Education,
        Content::Medical,
        Content::DrugsDevices,
        Content::Culture,
        Content::Broadcast,
        Content::RideHailing,
        Content::Finance,
        Content::Games,
        Content::Bbs,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Content::Other => "other",
            Content::News => "news",
            Content::Publishing => "publishing",
            Content::Education => "education",
            Content::Medical => "medical",
            Content::DrugsDevices => "drugs_devices",
            Content::Culture => "culture",
            Content::Broadcast => "broadcast",
            Content::RideHailing => "ride_hailing",
            Content::Finance => "finance",
            Content::Games => "games",
            Content::Bbs => "bbs",
        }
    }

    pub fn parse(s: &str) -> Option<Content> {
        Content::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The content category as people name it.
    pub fn name(self) -> crate::texts::Text {
        match self {
            Content::Other => text!("其他", "other"),
            Content::News => text!("新闻", "news"),
            Content::Publishing => text!("出版", "publishing"),
            Content::Education => text!("教育", "education"),
            Content::Medical => text!("医疗保健", "medical and health care"),
            Content::DrugsDevices => text!("药品和医疗器械", "drugs and medical devices"),
            Content::Culture => text!("文化", "culture"),
            Content::Broadcast => text!("广播电影电视节目", "radio, film and TV programmes"),
            Content::RideHailing => text!("网络预约车", "online ride-hailing"),
            Content::Finance => text!("金融", "finance"),
            Content::Games => text!("网络游戏", "online games"),
            Content::Bbs => text!("电子公告（论坛社区）", "bulletin boards (forums)"),
        }
    }
}

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
