//! A person (主体负责人 or 网站负责人): document, age, phones, e-mail.

use super::{document, required, Ctx};
use crate::application::{DocumentType, Person};
use crate::diagnostic::{pointer_push, Code, Finding};
use crate::fields::{email, phone, resident_id};

/// Checks one person at `path`; returns the person with normalised fields.
pub fn check(ctx: &Ctx, p: &Person, path: &str, out: &mut Vec<Finding>) -> Person {
    let at = |m: &str| pointer_push(path, m);
    let mut n = p.clone();
    required::text(out, &p.name, &at("name"), "负责人姓名", "leader's name");
    match &p.document {
        None => required::missing(
            out,
            &at("document"),
            "负责人证件",
            "leader's identity document",
        ),
        Some(doc) => {
            n.document = Some(document::check_person(ctx, doc, &at("document"), out));
            if let (
                Some(DocumentType::ResidentId | DocumentType::HmtResidencePermit),
                Some(number),
            ) = (
                doc.doc_type,
                n.document.as_ref().and_then(|d| d.number.as_deref()),
            ) {
                check_age(ctx, number, &pointer_push(&at("document"), "number"), out);
            }
        }
    }
    if required::text(out, &p.mobile, &at("mobile"), "手机号码", "mobile number") {
        let c = phone::check_mobile(p.mobile.as_deref().unwrap_or(""), &at("mobile"));
        n.mobile = c.normalized.or(n.mobile);
        out.extend(c.findings);
    }
    if !required::blank(&p.emergency_phone) {
        let raw = p.emergency_phone.as_deref().unwrap_or("");
        let c = phone::check_office_phone(raw, &at("emergency_phone"));
        if c.normalized.is_some() && c.normalized == n.mobile {
            out.push(Finding::new(
                Code::EmergencyPhoneSame,
                at("emergency_phone"),
            ));
        }
        n.emergency_phone = c.normalized.or(n.emergency_phone);
        out.extend(c.findings);
    }
    if required::text(out, &p.email, &at("email"), "电子邮箱", "e-mail address") {
        let c = email::check(p.email.as_deref().unwrap_or(""), &at("email"));
        n.email = c.normalized.or(n.email);
        out.extend(c.findings);
    }
    n
}

fn check_age(ctx: &Ctx, number: &str, path: &str, out: &mut Vec<Finding>) {
    let Some(born) = resident_id::birth_date(number) else {
        return;
    };
    let Some((rule, min)) = ctx.rules.min_age() else {
        return;
    };
    let Some(adult_on) = crate::date::Date::new(born.year + min as i32, born.month, born.day)
        .or_else(|| crate::date::Date::new(born.year + min as i32, 3, 1))
    else {
        return;
    };
    if ctx.today < adult_on {
        out.push(
            Finding::new(Code::LeaderUnderage, path)
                .severity(rule.severity)
                .arg("min", min.to_string())
                .arg("date", adult_on.to_string())
                .rule(rule.reference()),
        );
    }
}
