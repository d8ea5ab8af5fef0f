//! Rule rows of the application kinds, picked by kind — never by province — from the compiled
//! table (`data::RULES`): the province's row where it has one, else the baseline's.

use crate::data::{self, Rule, RuleKind};
use crate::vocab::SubjectKind;

pub struct RuleSet<'a> {
    pub province: Option<&'a str>,
    pub subject_kind: Option<SubjectKind>,
}

impl RuleSet<'_> {
    pub fn first(&self, pick: impl Fn(&RuleKind) -> bool) -> Option<&'static Rule> {
        data::rules_for(self.province)
            .find(|r| pick(&r.kind) && r.applies_to.matches(self.subject_kind) != Some(false))
    }

    pub fn id_min_remaining_days(&self) -> Option<(&'static Rule, u32)> {
        let r = self.first(|k| matches!(k, RuleKind::IdMinRemainingDays(_)))?;
        match r.kind {
            RuleKind::IdMinRemainingDays(n) => Some((r, n)),
            _ => None,
        }
    }

    pub fn cross_province_org(&self) -> Option<&'static Rule> {
        self.first(|k| matches!(k, RuleKind::CrossProvinceOrg))
    }

    pub fn max_sites_total(&self) -> Option<(&'static Rule, u32)> {
        let r = self.first(|k| matches!(k, RuleKind::MaxSitesTotal(_)))?;
        match r.kind {
            RuleKind::MaxSitesTotal(n) => Some((r, n)),
            _ => None,
        }
    }
}
