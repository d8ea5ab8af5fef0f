//! The subject (主办单位): kind, name, document, province of the certificate, address, phones,
//! leader.

use super::{document, people, required, Ctx};
use crate::application::Subject;
use crate::data;
use crate::date::Date;
use crate::diagnostic::Finding;
use crate::fields::{address, phone, site_name, uscc};
use crate::vocab::DocumentType;
use crate::vocab::SubjectKind;

pub fn check(ctx: &Ctx, s: &Subject, out: &mut Vec<Finding>) -> Subject {
    // The leader comes back checked (`people::check` makes its own copy): not copied twice.
    let mut n = Subject {
        kind: s.kind,
        name: s.name.clone(),
        document: s.document.clone(),
        address: s.address.clone(),
        document_address: s.document_address.clone(),
        leader: None,
        legal_representative: s.legal_representative.clone(),
        office_phone: s.office_phone.clone(),
        remark: s.remark.clone(),
        materials: s.materials.clone(),
        filed_website_count: s.filed_website_count,
    };
    if s.kind.is_none() {
        required::missing(out, "/subject/kind", text!("主办单位性质", "subject kind"));
    }
    if required::text(
        out,
        &s.name,
        "/subject/name",
        text!("主办单位名称", "subject name"),
    ) {
        let name = crate::text::trim(s.name.as_deref().unwrap_or("")).to_string();
        if s.kind.is_some_and(SubjectKind::is_entity) {
            if let Some(w) = data::FINANCE_KEYWORDS.find_in(&name) {
                out.push(Finding::finance_keyword("/subject/name", w).rule(
                    crate::diagnostic::RuleRef {
                        id: crate::data::base_rule::FINANCE_KEYWORD,
                        province: None,
                        source: data::FINANCE_KEYWORDS.source,
                        as_of: data::FINANCE_KEYWORDS.as_of,
                    },
                ));
            }
        }
        if s.kind == Some(SubjectKind::Personal) {
            if let Some(leader_name) = s
                .leader
                .as_ref()
                .and_then(|l| l.name.as_deref())
                .map(crate::text::trim)
            {
                if !leader_name.is_empty() && leader_name != name {
                    out.push(Finding::personal_name_mismatch(
                        "/subject/name",
                        name.as_str(),
                        leader_name,
                    ));
                }
            }
        }
        n.name = Some(name);
    }
    match &s.document {
        None => required::missing(
            out,
            "/subject/document",
            text!("主办单位证件", "subject's document"),
        ),
        Some(doc) => {
            let d = document::check_subject(ctx, doc, "/subject/document", out);
            check_certificate_province(ctx, &d, out);
            n.document = Some(d);
        }
    }
    if required::text(
        out,
        &s.address,
        "/subject/address",
        text!("通信地址", "mailing address"),
    ) {
        let c = address::check(
            s.address.as_deref().unwrap_or(""),
            s.remark.as_deref(),
            "/subject/address",
        );
        n.address = c.normalized.or(n.address);
        out.extend(c.findings);
    }
    // Organisations must give an office phone; an individual may, and then it is checked too.
    let phone_given = if s.kind.is_some_and(SubjectKind::is_entity) {
        required::text(
            out,
            &s.office_phone,
            "/subject/office_phone",
            text!("办公电话", "office phone"),
        )
    } else {
        !required::blank(&s.office_phone)
    };
    if phone_given {
        let c = phone::check_office_phone(
            s.office_phone.as_deref().unwrap_or(""),
            "/subject/office_phone",
        );
        n.office_phone = c.normalized.or(n.office_phone);
        out.extend(c.findings);
    }
    match &s.leader {
        None => required::missing(
            out,
            "/subject/leader",
            text!("主体负责人", "subject leader"),
        ),
        Some(p) => n.leader = Some(people::check(ctx, p, "/subject/leader", out)),
    }
    n
}

/// Organisations file in the province of their certificate: the credit code's region says which.
fn check_certificate_province(
    ctx: &Ctx,
    doc: &crate::application::Document,
    out: &mut Vec<Finding>,
) {
    if !ctx.subject_kind.is_some_and(SubjectKind::is_entity)
        || doc.doc_type != Some(DocumentType::Uscc)
    {
        return;
    }
    let (Some(filing), Some(number)) = (ctx.province, doc.number.as_deref()) else {
        return;
    };
    let Some(cert_province) = uscc::province_of(number) else {
        return;
    };
    if cert_province == filing {
        return;
    }
    let Some(rule) = ctx.rules.cross_province_org() else {
        return;
    };
    let (Some(cert), Some(here)) = (data::province(cert_province), data::province(filing)) else {
        return;
    };
    out.push(
        Finding::cross_province_org("/province", cert.name, here.name)
            .severity(rule.severity)
            .suggest(Some(cert.code.to_string()))
            .rule(rule.reference()),
    );
}

/// The website-name context a subject gives.
pub fn name_context(s: Option<&Subject>, today: Date) -> site_name::NameContext {
    site_name::NameContext {
        subject_kind: s.and_then(|s| s.kind),
        national_level: s.is_some_and(|s| s.materials.iter().any(|m| m == "national_level_proof")),
        today,
    }
}
