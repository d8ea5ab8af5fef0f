//! The closed vocabularies every part of the crate speaks in: subject kinds, document types,
//! content categories and the fields `check_field` knows. Each is one enum with its wire words
//! (`as_str`, `parse`, `ALL`, serialised as the same words) and its names for people (`name`).
//! Subject kinds, document types and content categories are generated from the data that
//! defines them (`data/subject-kinds.json`, `data/vocabulary.json`). This module imports nothing of the crate but `texts`, so any module may import it.

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
