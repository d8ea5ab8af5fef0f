//! The provincial layer of `validateApplication`: the rows of the filing province (and the
//! national baseline rows of the same kinds) evaluated over the whole application.
//!
//! Rows are picked by kind, never by province: a province row of a kind displaces the
//! baseline's row of that kind unless its confidence is low (a low-confidence row is only a
//! warning and may not lift a national error). Findings land beside the national ones; where
//! both report the same finding (code, path and arguments) the more severe one stays.

mod facts;
mod people;
mod places;
mod submission;

use crate::application::Application;
use crate::data::{Confidence, Rule, RuleKind};
use crate::date::Date;
use crate::diagnostic::{Finding, Severity};
use crate::rules::{Selector, UnknownKind};
use crate::texts::Text;
use crate::vocab::SubjectKind;
pub(crate) use facts::proof_names;
use facts::Facts;

/// The filing province and the day rules are judged on.
pub struct Scope<'a> {
    pub province: Option<&'a str>,
    pub subject_kind: Option<SubjectKind>,
    pub today: Date,
    /// What the order's operation says of the subject's filed websites.
    pub existing: Existing,
    /// The application as the caller gave it, before normalisation: a finding on characters of
    /// a value spans them as they were typed.
    pub given: &'a Application,
}

/// Whether the subject has filed websites, for the rows that depend on it (a first filing's
/// limits, rules for new websites under a filed subject, the re-check of filed sites).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Existing {
    /// No order given: the application's `filed_website_count`, as always.
    Stated,
    /// The operation says: none (a first filing) or some (a filed subject).
    Known(bool),
    /// The operation is not known, or says nothing of filed websites: those rows stay silent.
    Silent,
}

/// Evaluates the rows over `app` (already normalised): findings join `out` (merged with the
/// national ones), advisories — rules no field can show — go to `advisories`.
pub fn check<'a>(
    scope: &Scope<'a>,
    app: &'a Application,
    out: &mut Vec<Finding>,
    advisories: &mut Vec<Finding>,
) {
    let facts = Facts::new(scope, app);
    let mut found = Vec::new();
    for rule in rows(scope.province, scope.subject_kind) {
        let ctx = RowCtx {
            rule,
            facts: &facts,
        };
        match &rule.kind {
            RuleKind::MinAge(age) => people::age(&ctx, age, &mut found),
            RuleKind::PersonalNonlocal {
                mode,
                proofs,
                soft_with_proof,
            } => people::nonlocal(&ctx, *mode, proofs, *soft_with_proof, &mut found),
            RuleKind::LeaderLegalRep { letter } => people::legal_rep(&ctx, *letter, &mut found),
            RuleKind::SiteLeaderAuthLetter(letter) => {
                people::site_leader_letter(&ctx, letter, &mut found)
            }
            RuleKind::SamePersonWhenNotLegalRep(letter) => {
                people::same_person_when_not_rep(&ctx, letter, &mut found)
            }
            RuleKind::LeadersMustDiffer(letter) => people::must_differ(&ctx, letter, &mut found),
            RuleKind::DocumentTypeRejected { types, who } => {
                people::document_types(&ctx, types, *who, &mut found)
            }
            RuleKind::LocalIdPrefix { prefix, proofs } => {
                people::local_prefix(&ctx, prefix, proofs, &mut found)
            }
            RuleKind::EntityLeadersNonlocal(proofs) => {
                people::entity_leaders_nonlocal(&ctx, proofs, &mut found)
            }
            RuleKind::LeaderUnique {
                website_leaders_only,
            } => people::unique(&ctx, *website_leaders_only, &mut found),
            RuleKind::LegalRepWhenNameContains(words) => {
                people::legal_rep_by_name(&ctx, words, &mut found)
            }
            RuleKind::PhoneLocal => people::phone_local(&ctx, &mut found),
            RuleKind::EmergencyDistinct => people::emergency_distinct(&ctx, &mut found),
            RuleKind::EmergencyOtherPerson { remark } => {
                people::emergency_other(&ctx, *remark, &mut found)
            }
            RuleKind::PhonesNotCrossUsed => people::phones_cross_used(&ctx, &mut found),
            RuleKind::LandlineLocal => people::landline_local(&ctx, &mut found),
            RuleKind::OfficePhoneRequired => people::office_phone_required(&ctx, &mut found),
            RuleKind::LeaderFullName(titles) => people::full_name(&ctx, titles, &mut found),
            RuleKind::MaxSitesPerSubmission(max) => {
                submission::sites_per_submission(&ctx, *max, &mut found)
            }
            RuleKind::MaxDomainsPerSubmission { max, when } => {
                submission::domains_per_submission(&ctx, *max, when, &mut found)
            }
            RuleKind::MaterialsRequired { proofs, when } => {
                submission::materials(&ctx, proofs, when, &mut found)
            }
            RuleKind::RemarkRequired {
                on_website,
                text,
                when,
            } => submission::remark(&ctx, *on_website, *text, when, &mut found),
            RuleKind::Advisory { text, bureau, when } => {
                submission::advisory(&ctx, *text, *bureau, when, advisories)
            }
            RuleKind::AddressSameCity => places::same_city(&ctx, &mut found),
            RuleKind::AddressInProvince => places::in_province(&ctx, &mut found),
            RuleKind::CreditCodeRequired => people::credit_code(&ctx, &mut found),
            RuleKind::AddressNoSymbols(symbols) => places::no_symbols(&ctx, symbols, &mut found),
            RuleKind::AddressDistrict { trigger, districts } => {
                places::district(&ctx, trigger, districts, &mut found)
            }
            RuleKind::SiteNameIsEntityName => places::site_name_entity(&ctx, &mut found),
            RuleKind::SiteNamesUnique => places::site_names_unique(&ctx, &mut found),
            RuleKind::SiteNameForm(forms) => places::site_name_form(&ctx, forms, out),
            RuleKind::SiteNameForbidden(words) => {
                places::site_name_forbidden(&ctx, words, &mut found)
            }
            // Evaluated by the domain engine and the national checks, or listed only.
            RuleKind::TldAllowlist { .. }
            | RuleKind::TldDenylist(_)
            | RuleKind::TldAllowlistBySubject(_)
            | RuleKind::LabelForbiddenWords(_)
            | RuleKind::DomainMinRemainingDays(_)
            | RuleKind::MaxDomainsPerSite(_)
            | RuleKind::DomainOwnerMatch(_)
            | RuleKind::DomesticRegistrarOnly
            | RuleKind::IdMinRemainingDays(_)
            | RuleKind::CrossProvinceOrg
            | RuleKind::MaxSitesTotal(_)
            | RuleKind::NotEvaluated => {}
        }
    }
    for f in found {
        merge(out, f);
    }
}

/// The rows that govern in `province` for the subject kind.
pub fn rows(province: Option<&str>, kind: Option<SubjectKind>) -> Vec<&'static Rule> {
    // Every row here raises findings (or names materials) of its own: one for some subject kinds
    // only waits until the kind is known rather than report against a subject that may be exempt.
    Selector::new(province, kind, UnknownKind::Exclude).governing_rows()
}

/// Keeps one finding per fact: the more severe, the earlier among equals. Two findings are the
/// same fact when code, path and arguments (the province's name aside) agree, or when one rule
/// reports twice; two rows asking for different materials under one code both stay.
fn merge(out: &mut Vec<Finding>, f: Finding) {
    fn args(f: &Finding) -> impl Iterator<Item = &(&'static str, crate::diagnostic::Arg)> {
        f.args.iter().filter(|(k, _)| *k != "province")
    }
    let same = |o: &Finding| {
        o.code == f.code
            && o.path == f.path
            && (args(o).eq(args(&f)) || o.rule.map(|r| r.id) == f.rule.map(|r| r.id))
    };
    match out.iter_mut().find(|o| same(o)) {
        Some(o) if f.severity > o.severity => *o = f,
        Some(_) => {}
        None => out.push(f),
    }
}

/// One row being evaluated, with what it needs to report.
pub(crate) struct RowCtx<'a> {
    pub rule: &'static Rule,
    pub facts: &'a Facts<'a>,
}

impl RowCtx<'_> {
    /// A low-confidence row is a warning at most.
    pub fn severity(&self) -> Severity {
        if self.rule.confidence == Confidence::Low {
            self.rule.severity.min(Severity::Warning)
        } else {
            self.rule.severity
        }
    }

    /// The filing province, as this row's findings name it.
    pub fn province(&self) -> Text {
        match self.facts.province {
            Some(p) => p.name,
            None => text!("备案省份", "the filing province"),
        }
    }

    /// `f` as this row's finding: its severity and its rule.
    pub fn own(&self, f: Finding) -> Finding {
        f.severity(self.severity()).rule(self.rule.reference())
    }
}
