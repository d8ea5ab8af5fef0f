//! Rule rows of the application kinds, picked by kind — never by province — from the compiled
//! table (`data::RULES`): the province's row where it has one, else the baseline's.

use crate::data::{Rule, RuleKind};
use crate::rules::{Selector, UnknownKind};
use crate::vocab::SubjectKind;

pub struct RuleSet<'a> {
    pub province: Option<&'a str>,
    pub subject_kind: Option<SubjectKind>,
}

impl RuleSet<'_> {
    pub fn first(&self, pick: impl Fn(&RuleKind) -> bool) -> Option<&'static Rule> {
        // These rows set a threshold or a severity for a check that runs anyway: while the kind
        // is unknown the row that may apply is the one to judge by.
        Selector::new(self.province, self.subject_kind, UnknownKind::Include).governing(pick)
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
