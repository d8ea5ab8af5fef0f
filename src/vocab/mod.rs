//! The closed vocabularies every part of the crate speaks in: subject kinds, document types,
//! content categories and the fields `check_field` knows. Each is one enum with its wire words
//! (`as_str`, `parse`, `ALL`, serialised as the same words) and its names for people (`name`).
//! Where a data file defines a vocabulary (`data/subject-kinds.json`) the enum is generated from
//! it. This module imports nothing of the crate but `texts`, so any module may import it.

use serde::{Deserialize, Serialize};

include!("../generated/vocab.rs");

impl SubjectKind {
    /// Everything but an individual files as an organisation (单位).
    pub fn is_entity(self) -> bool {
        self != SubjectKind::Personal
    }

    /// State bodies, for rules that speak of "非国家单位" (non-state units).
    pub fn is_state_body(self) -> bool {
        matches!(self, SubjectKind::Government | SubjectKind::Military)
    }
}

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

/// The fields `check_field` knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    ResidentId,
    HmtResidencePermit,
    Passport,
    HkMoPermit,
    TwPermit,
    ForeignPermanentId,
    Uscc,
    OrgCode,
    Mobile,
    OfficePhone,
    Email,
    Address,
    SiteName,
}

impl FieldKind {
    pub const ALL: [FieldKind; 13] = [
        FieldKind::ResidentId,
        FieldKind::HmtResidencePermit,
        FieldKind::Passport,
        FieldKind::HkMoPermit,
        FieldKind::TwPermit,
        FieldKind::ForeignPermanentId,
        FieldKind::Uscc,
        FieldKind::OrgCode,
        FieldKind::Mobile,
        FieldKind::OfficePhone,
        FieldKind::Email,
        FieldKind::Address,
        FieldKind::SiteName,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::ResidentId => "resident_id",
            FieldKind::HmtResidencePermit => "hmt_residence_permit",
            FieldKind::Passport => "passport",
            FieldKind::HkMoPermit => "hk_mo_permit",
            FieldKind::TwPermit => "tw_permit",
            FieldKind::ForeignPermanentId => "foreign_permanent_id",
            FieldKind::Uscc => "uscc",
            FieldKind::OrgCode => "org_code",
            FieldKind::Mobile => "mobile",
            FieldKind::OfficePhone => "office_phone",
            FieldKind::Email => "email",
            FieldKind::Address => "address",
            FieldKind::SiteName => "site_name",
        }
    }

    pub fn parse(s: &str) -> Option<FieldKind> {
        FieldKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each word reads back as its term, serialises as itself, and names the term in both
    /// languages; a word used twice in one vocabulary would fail the read-back.
    fn words_round_trip<T: Copy + PartialEq + std::fmt::Debug + Serialize>(
        all: &[T],
        as_str: fn(T) -> &'static str,
        parse: fn(&str) -> Option<T>,
        name: fn(T) -> crate::texts::Text,
    ) {
        for &term in all {
            let word = as_str(term);
            assert_eq!(parse(word), Some(term), "{word}");
            assert_eq!(serde_json::to_string(&term).unwrap(), format!("{word:?}"));
            let n = name(term);
            let (zh, en) = (n.get(crate::Lang::ZhCn), n.get(crate::Lang::En));
            assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{word}");
        }
        assert_eq!(parse("unknown_word"), None);
    }

    #[test]
    fn every_vocabulary_reads_back_its_words() {
        words_round_trip(
            &SubjectKind::ALL,
            SubjectKind::as_str,
            SubjectKind::parse,
            SubjectKind::name,
        );
        words_round_trip(
            &DocumentType::ALL,
            DocumentType::as_str,
            DocumentType::parse,
            DocumentType::name,
        );
        words_round_trip(
            &Content::ALL,
            Content::as_str,
            Content::parse,
            Content::name,
        );
        for k in FieldKind::ALL {
            assert_eq!(FieldKind::parse(k.as_str()), Some(k));
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("{:?}", k.as_str())
            );
        }
    }
}
