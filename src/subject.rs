//! Subject kinds (主办单位性质), the vocabulary of shared spec `api.md`.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectKind {
    Personal,
    Enterprise,
    Government,
    Institution,
    SocialGroup,
    PrivateNonEnterprise,
    Foundation,
    LawFirm,
    Military,
    Other,
}

impl SubjectKind {
    pub const ALL: [SubjectKind; 10] = [
        SubjectKind::Personal,
        SubjectKind::Enterprise,
        SubjectKind::Government,
        SubjectKind::Institution,
        SubjectKind::SocialGroup,
        SubjectKind::PrivateNonEnterprise,
        SubjectKind::Foundation,
        SubjectKind::LawFirm,
        SubjectKind::Military,
        SubjectKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SubjectKind::Personal => "personal",
            SubjectKind::Enterprise => "enterprise",
            SubjectKind::Government => "government",
            SubjectKind::Institution => "institution",
            SubjectKind::SocialGroup => "social_group",
            SubjectKind::PrivateNonEnterprise => "private_non_enterprise",
            SubjectKind::Foundation => "foundation",
            SubjectKind::LawFirm => "law_firm",
            SubjectKind::Military => "military",
            SubjectKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<SubjectKind> {
        SubjectKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Everything but an individual files as an organisation (单位).
    pub fn is_entity(self) -> bool {
        self != SubjectKind::Personal
    }

    /// State bodies, for rules that speak of "非国家单位" (non-state units).
    pub fn is_state_body(self) -> bool {
        matches!(self, SubjectKind::Government | SubjectKind::Military)
    }

    /// The kind's name for people. Every kind has a row in `data/subject-kinds.json` (the
    /// build fails otherwise), so the fallback is never taken.
    pub fn name(self) -> crate::texts::Text {
        crate::data::subject_kind_info(self).map_or(crate::texts::Text(0), |i| i.name)
    }
}
