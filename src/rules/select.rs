//! The one selector over the compiled rule table (`data::RULES`), used by the national, domain
//! and province layers alike. Each caller names its policy:
//!
//! - **governing** ([`Selector::governing`], [`Selector::governing_rows`]): per kind, the
//!   province's own rows over the national baseline's. A baseline row gives way only to a
//!   confident province row of the same kind; advisories and listed rows never displace, since
//!   they say different things under one variant.
//! - **strictest** ([`Selector::strictest`]): of every applicable row of a kind, the most severe
//!   by the caller's measure, so an old, softer provincial row cannot weaken the national rule.
//! - **every** ([`Selector::every`]): all applicable rows, the province's first.
//!
//! Before the subject kind is known a row for some kinds only may or may not apply; each caller
//! says which reading it takes ([`UnknownKind`]) and why.

use crate::data::{self, Confidence, Rule, RuleKind};
use crate::vocab::SubjectKind;

/// How a row limited to some subject kinds is read while the subject kind is not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnknownKind {
    /// The row counts: for rows that tune a check which runs anyway (a threshold, a severity),
    /// where leaving the row out would judge by a looser rule than the one that may apply.
    Include,
    /// The row is left out: for rows that raise a finding of their own, so nothing is reported
    /// against a subject whose kind may be exempt.
    Exclude,
}

/// The rows for one province (or none: the baseline alone) and one subject kind.
#[derive(Clone, Copy, Debug)]
pub struct Selector<'p> {
    province: Option<&'p str>,
    kind: Option<SubjectKind>,
    unknown: UnknownKind,
}

impl<'p> Selector<'p> {
    pub fn new(province: Option<&'p str>, kind: Option<SubjectKind>, unknown: UnknownKind) -> Self {
        Selector {
            province,
            kind,
            unknown,
        }
    }

    fn applies(&self, rule: &Rule) -> bool {
        match rule.applies_to.matches(self.kind) {
            Some(applies) => applies,
            None => self.unknown == UnknownKind::Include,
        }
    }

    /// The rows of one province (`None`: the baseline): one slice of the table, which the
    /// generator sorts by province.
    fn rows_of(province: Option<&str>) -> &'static [Rule] {
        data::RULE_RANGES
            .iter()
            .find(|(p, _, _)| *p == province)
            .map_or(&[], |&(_, start, end)| &data::RULES[start..end])
    }

    fn own(&self) -> impl Iterator<Item = &'static Rule> + '_ {
        let rows = match self.province {
            Some(p) => Self::rows_of(Some(p)),
            None => &[],
        };
        rows.iter().filter(move |r| self.applies(r))
    }

    fn baseline(&self) -> impl Iterator<Item = &'static Rule> + '_ {
        Self::rows_of(None).iter().filter(move |r| self.applies(r))
    }

    /// Every applicable row: the province's own first, then the baseline's.
    pub fn every(&self) -> impl Iterator<Item = &'static Rule> + '_ {
        self.own().chain(self.baseline())
    }

    /// The rows that govern: the province's own, then the baseline's whose kind no confident
    /// province row of the same kind already covers.
    pub fn governing_rows(&self) -> Vec<&'static Rule> {
        let own: Vec<&'static Rule> = self.own().collect();
        let displaced = |base: &Rule| {
            !matches!(
                base.kind,
                RuleKind::Advisory { .. } | RuleKind::NotEvaluated
            ) && own.iter().any(|r| {
                r.confidence != Confidence::Low
                    && std::mem::discriminant(&r.kind) == std::mem::discriminant(&base.kind)
            })
        };
        let base: Vec<&'static Rule> = self.baseline().filter(|r| !displaced(r)).collect();
        own.into_iter().chain(base).collect()
    }

    /// The one row of a kind that governs: the province's if it has one, else the baseline's.
    pub fn governing(&self, pick: impl Fn(&RuleKind) -> bool) -> Option<&'static Rule> {
        // The province's rows come first, so the first row of the kind is the most specific one;
        // a baseline row is only reached when the province has none of that kind.
        self.every().find(|r| pick(&r.kind))
    }

    /// Of every applicable row of a kind, the one `measure` ranks lowest (the strictest); among
    /// equals the more severe, then the province's.
    pub fn strictest<K: Ord>(
        &self,
        pick: impl Fn(&RuleKind) -> bool,
        measure: impl Fn(&Rule) -> K,
    ) -> Option<&'static Rule> {
        self.every()
            .filter(|r| pick(&r.kind))
            .min_by_key(|r| (measure(r), std::cmp::Reverse(r.severity)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::AppliesTo;

    fn all_kinds() -> impl Iterator<Item = Option<SubjectKind>> {
        std::iter::once(None).chain(SubjectKind::ALL.iter().copied().map(Some))
    }

    fn provinces() -> impl Iterator<Item = Option<&'static str>> {
        std::iter::once(None).chain(
            data::RULES
                .iter()
                .filter(|r| r.province.is_some())
                .map(|r| r.province),
        )
    }

    #[test]
    fn the_ranges_cover_the_table_one_province_each() {
        let mut next = 0;
        let mut seen = std::collections::BTreeSet::new();
        for &(p, start, end) in data::RULE_RANGES {
            assert_eq!(start, next, "ranges are contiguous");
            assert!(start < end && seen.insert(p), "{p:?}: one non-empty range");
            assert!(data::RULES[start..end].iter().all(|r| r.province == p));
            next = end;
        }
        assert_eq!(next, data::RULES.len());
    }

    #[test]
    fn unknown_kind_readings_differ_only_on_rows_limited_by_kind() {
        for province in provinces() {
            let include = Selector::new(province, None, UnknownKind::Include);
            let exclude = Selector::new(province, None, UnknownKind::Exclude);
            let inc: Vec<_> = include.every().map(|r| r.id).collect();
            let exc: Vec<_> = exclude.every().map(|r| r.id).collect();
            for r in data::RULES
                .iter()
                .filter(|r| r.province.is_none() || r.province == province)
            {
                let limited = r.applies_to != AppliesTo::All;
                assert!(inc.contains(&r.id), "{}: Include keeps every row", r.id);
                assert_eq!(
                    exc.contains(&r.id),
                    !limited,
                    "{}: Exclude keeps only rows for all",
                    r.id
                );
            }
        }
    }

    #[test]
    fn governing_is_the_first_governing_row_of_its_kind() {
        for province in provinces() {
            for kind in all_kinds() {
                for unknown in [UnknownKind::Include, UnknownKind::Exclude] {
                    let s = Selector::new(province, kind, unknown);
                    let rows = s.governing_rows();
                    for r in &rows {
                        let same = |k: &RuleKind| {
                            std::mem::discriminant(k) == std::mem::discriminant(&r.kind)
                        };
                        let first = rows.iter().find(|x| same(&x.kind)).map(|x| x.id);
                        assert_eq!(s.governing(same).map(|x| x.id), first, "{}", r.id);
                    }
                }
            }
        }
    }

    #[test]
    fn a_confident_province_row_displaces_the_baseline_of_its_kind() {
        for own in data::RULES.iter().filter(|r| {
            r.province.is_some()
                && r.confidence != Confidence::Low
                && r.applies_to == AppliesTo::All
                && !matches!(r.kind, RuleKind::Advisory { .. } | RuleKind::NotEvaluated)
        }) {
            let rows = Selector::new(own.province, None, UnknownKind::Exclude).governing_rows();
            let same = |r: &&&Rule| {
                r.province.is_none()
                    && std::mem::discriminant(&r.kind) == std::mem::discriminant(&own.kind)
            };
            assert!(rows.iter().any(|r| r.id == own.id), "{}", own.id);
            assert!(
                !rows.iter().any(|r| same(&r)),
                "{} keeps a baseline row",
                own.id
            );
        }
    }
}
