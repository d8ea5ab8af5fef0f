//! Domain-verification facts (备案域名核验): holder, real-name state, expiry, registry status and
//! registrar, as the registrar or the user states them. The engine cannot look them up; it
//! judges what it is told.

use super::{Ctx, DomainFacts};
use crate::data::{self, OwnerMatch, RuleKind};
use crate::date::Date;
use crate::diagnostic::{pointer_push, Finding, RuleRef};
use crate::rules::{Selector, UnknownKind};

/// Names compare after folding what differs only in how it was typed: surrounding and inner
/// blanks, and full-width brackets (公司名称（北京） vs (北京)).
fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                '（' => '(',
                '）' => ')',
                c => c,
            })
            .collect()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

fn same_document(a: &str, b: &str) -> bool {
    let norm = |s: &str| super::shape::fold(s).trim().to_ascii_uppercase();
    norm(a) == norm(b)
}

/// The first rule of this kind: the province's row if it has one, else the baseline's.
fn rule_of(ctx: &Ctx, pick: impl Fn(&RuleKind) -> bool) -> Option<&'static data::Rule> {
    // The row only sets the severity and reference of a finding the facts raise anyway: while
    // the kind is unknown the row that may apply is the one to judge by.
    Selector::new(ctx.province, ctx.subject_kind, UnknownKind::Include).governing(pick)
}

pub fn check(ctx: &Ctx, facts: &DomainFacts, facts_path: &str, out: &mut Vec<Finding>) {
    let at = |member: &str| pointer_push(facts_path, member);

    if facts.registrar_approved == Some(false) {
        let mut f = Finding::domain_registrar_not_approved(at("registrar_approved"));
        if let Some(rule) = rule_of(ctx, |k| matches!(k, RuleKind::DomesticRegistrarOnly)) {
            f = f.severity(rule.severity).rule(rule.reference());
        }
        out.push(f);
    }

    if facts.realname_verified == Some(false) {
        out.push(Finding::domain_not_realname(at("realname_verified")));
    } else if let Some(verified_on) = facts.realname_verified_on {
        if let Some(ready_on) = verified_on.add_working_days(data::REALNAME_SYNC_WORKING_DAYS) {
            if ctx.today < ready_on {
                out.push(
                    Finding::domain_realname_not_synced(
                        at("realname_verified_on"),
                        verified_on.to_string(),
                        ready_on.to_string(),
                    )
                    .rule(RuleRef {
                        id: crate::data::base_rule::REALNAME_SYNC,
                        province: None,
                        source: data::REALNAME_SYNC_SOURCE,
                        as_of: data::REALNAME_SYNC_AS_OF,
                    }),
                );
            }
        }
    }

    if let Some(expires) = facts.expires {
        check_expiry(ctx, expires, &at("expires"), out);
    }

    for (i, status) in facts.status.iter().enumerate() {
        if let Some(s) = data::epp_status(status.trim()) {
            out.push(
                Finding::domain_status_blocked(
                    pointer_push(&at("status"), &i.to_string()),
                    s.status,
                    s.meaning,
                )
                .severity(s.severity)
                .rule(RuleRef {
                    id: crate::data::base_rule::EPP_STATUS,
                    province: None,
                    source: data::EPP_STATUS_SOURCE,
                    as_of: data::EPP_STATUS_AS_OF,
                }),
            );
        }
    }

    check_owner(ctx, facts, &at, out);
}

fn check_expiry(ctx: &Ctx, expires: Date, path: &str, out: &mut Vec<Finding>) {
    let remaining = ctx.today.days_until(expires);
    if remaining < 0 {
        out.push(Finding::domain_expired(path, expires.to_string()));
        return;
    }
    let Some(rule) = rule_of(ctx, |k| matches!(k, RuleKind::DomainMinRemainingDays(_))) else {
        return;
    };
    let RuleKind::DomainMinRemainingDays(days) = rule.kind else {
        return;
    };
    if remaining <= i64::from(days) {
        out.push(
            Finding::domain_expires_soon(path, expires.to_string(), remaining, days)
                .severity(rule.severity)
                .rule(rule.reference()),
        );
    }
}

fn check_owner(
    ctx: &Ctx,
    facts: &DomainFacts,
    at: &dyn Fn(&str) -> String,
    out: &mut Vec<Finding>,
) {
    let Some(subject) = ctx.subject else { return };
    let Some(rule) = rule_of(ctx, |k| matches!(k, RuleKind::DomainOwnerMatch(_))) else {
        return;
    };
    let RuleKind::DomainOwnerMatch(mode) = rule.kind else {
        return;
    };
    let mismatch = |path: String, owner: &str, subject_name: &str| {
        Finding::domain_owner_mismatch(path, owner, subject_name)
            .severity(rule.severity)
            .rule(rule.reference())
    };

    if let (Some(owner), Some(name)) = (facts.owner_name.as_deref(), subject.name.as_deref()) {
        if !owner.trim().is_empty() && !name.trim().is_empty() && !same_name(owner, name) {
            let legal_rep_ok = mode == OwnerMatch::SubjectOrLegalRep
                && ctx.subject_kind.is_some_and(|k| k.is_entity())
                && subject
                    .legal_representative
                    .as_deref()
                    .is_some_and(|lr| same_name(owner, lr));
            if !legal_rep_ok {
                out.push(mismatch(at("owner_name"), owner, name));
                return;
            }
            // Held by the legal representative: the document number is the representative's, so
            // it cannot be compared with the subject's.
            return;
        }
    }
    if let (Some(owner_doc), Some(doc)) = (
        facts.owner_document_number.as_deref(),
        subject.document_number.as_deref(),
    ) {
        if !owner_doc.trim().is_empty() && !doc.trim().is_empty() && !same_document(owner_doc, doc)
        {
            let name = subject.name.as_deref().unwrap_or("");
            out.push(mismatch(at("owner_document_number"), owner_doc, name));
        }
    }
}
