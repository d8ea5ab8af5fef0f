//! Identity and registration documents: the type fits who files, the number is well formed for
//! its type, and the document stays valid long enough.

use super::{required, Ctx};
use crate::application::{Document, ValidUntil};
use crate::data;
use crate::diagnostic::{pointer_push, Finding, Member, RuleRef};
use crate::fields;
use crate::vocab::DocumentType;
use crate::vocab::SubjectKind;

fn not_allowed(
    path: &str,
    who: crate::texts::Text,
    doc: DocumentType,
    allowed: &[DocumentType],
) -> Finding {
    let allowed: Vec<crate::texts::Text> = allowed.iter().map(|d| d.name()).collect();
    Finding::cert_type_not_allowed_for_subject(path, who, doc.name(), allowed).rule(RuleRef {
        id: crate::data::base_rule::DOCUMENT_TYPES,
        province: None,
        source: data::DOCUMENTS_SOURCE,
        as_of: data::DOCUMENTS_AS_OF,
    })
}

fn check_validity(ctx: &Ctx, valid_until: Option<ValidUntil>, path: &str, out: &mut Vec<Finding>) {
    let Some(ValidUntil::Date(until)) = valid_until else {
        return;
    };
    let remaining = ctx.today.days_until(until);
    if remaining < 0 {
        out.push(Finding::cert_expired(path, until.to_string()));
        return;
    }
    if let Some((rule, days)) = ctx.rules.id_min_remaining_days() {
        if remaining <= i64::from(days) {
            out.push(
                Finding::cert_expires_soon(path, until.to_string(), remaining, days)
                    .severity(rule.severity)
                    .rule(rule.reference()),
            );
        }
    }
}

/// The parts every document shares: required members, number, validity.
fn check_common(
    ctx: &Ctx,
    doc: &Document,
    subject_kind: Option<SubjectKind>,
    path: &str,
    out: &mut Vec<Finding>,
) -> Document {
    let at = |m: &'static str| Member(path, m);
    let mut n = doc.clone();
    if doc.doc_type.is_none() {
        required::missing(out, at("type"), text!("证件类型", "document type"));
    }
    if required::text(
        out,
        &doc.number,
        at("number"),
        text!("证件号码", "document number"),
    ) {
        if let Some(t) = doc.doc_type {
            let c = fields::check_document_number(
                t,
                doc.number.as_deref().unwrap_or(""),
                subject_kind,
                ctx.today,
                &String::from(at("number")),
            );
            n.number = c.normalized.or(n.number);
            out.extend(c.findings);
        }
    }
    if doc.valid_until.is_none() {
        required::missing(
            out,
            at("valid_until"),
            text!("证件有效期", "document expiry"),
        );
    }
    check_validity(ctx, doc.valid_until, &String::from(at("valid_until")), out);
    n
}

/// The subject's own document (主办单位证件).
pub fn check_subject(ctx: &Ctx, doc: &Document, path: &str, out: &mut Vec<Finding>) -> Document {
    if let (Some(kind), Some(t)) = (ctx.subject_kind, doc.doc_type) {
        let allowed = data::documents_for(kind);
        if !allowed.contains(&t) {
            out.push(not_allowed(
                &pointer_push(path, "type"),
                kind.name(),
                t,
                allowed,
            ));
        }
    }
    check_common(ctx, doc, ctx.subject_kind, path, out)
}

/// A leader's identity document (负责人证件).
pub fn check_person(ctx: &Ctx, doc: &Document, path: &str, out: &mut Vec<Finding>) -> Document {
    if let Some(t) = doc.doc_type {
        if !data::PERSON_DOCUMENTS.contains(&t) {
            out.push(not_allowed(
                &pointer_push(path, "type"),
                text!("负责人", "leader"),
                t,
                data::PERSON_DOCUMENTS,
            ));
        }
    }
    check_common(ctx, doc, None, path, out)
}
