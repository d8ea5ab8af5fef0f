//! A person (主体负责人 or 网站负责人): document, age, phones, e-mail.

use super::{document, required, Ctx};
use crate::application::Person;
use crate::diagnostic::{Finding, Member};
use crate::fields::{email, phone};

/// Checks one person at `path`; returns the person with normalised fields.
pub fn check(ctx: &Ctx, p: &Person, path: &str, out: &mut Vec<Finding>) -> Person {
    let at = |m: &'static str| Member(path, m);
    let mut n = p.clone();
    required::text(
        out,
        &p.name,
        at("name"),
        text!("负责人姓名", "leader's name"),
    );
    match &p.document {
        None => required::missing(
            out,
            at("document"),
            text!("负责人证件", "leader's identity document"),
        ),
        Some(doc) => {
            n.document = Some(document::check_person(
                ctx,
                doc,
                &String::from(at("document")),
                out,
            ));
        }
    }
    if required::text(
        out,
        &p.mobile,
        at("mobile"),
        text!("手机号码", "mobile number"),
    ) {
        let c = phone::check_mobile(
            p.mobile.as_deref().unwrap_or(""),
            &String::from(at("mobile")),
        );
        n.mobile = c.normalized.or(n.mobile);
        out.extend(c.findings);
    }
    if !required::blank(&p.emergency_phone) {
        let raw = p.emergency_phone.as_deref().unwrap_or("");
        let c = phone::check_office_phone(raw, &String::from(at("emergency_phone")));
        if c.normalized.is_some() && c.normalized == n.mobile {
            out.push(Finding::emergency_phone_same(at("emergency_phone")));
        }
        n.emergency_phone = c.normalized.or(n.emergency_phone);
        out.extend(c.findings);
    }
    if required::text(
        out,
        &p.email,
        at("email"),
        text!("电子邮箱", "e-mail address"),
    ) {
        let c = email::check(p.email.as_deref().unwrap_or(""), &String::from(at("email")));
        n.email = c.normalized.or(n.email);
        out.extend(c.findings);
    }
    n
}
