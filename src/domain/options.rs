//! Reads `DomainOptions` out of an untrusted value, reporting wrong types at their paths.

use super::{DomainFacts, DomainOptions, DomainSubject};
use crate::diagnostic::pointer_push;
use crate::input::{Reader, Value};

const DOMAIN_OPTION_MEMBERS: &[&str] = &[
    "province",
    "subject_kind",
    "subject",
    "facts",
    "today",
    "lang",
];
const SUBJECT_MEMBERS: &[&str] = &["name", "document_number", "legal_representative"];
const FACT_MEMBERS: &[&str] = &[
    "owner_name",
    "owner_document_number",
    "realname_verified",
    "realname_verified_on",
    "expires",
    "status",
    "registrar_approved",
];

/// The options at `path` read over `base`: a member given replaces `base`'s.
pub fn read_options(
    v: Option<&Value>,
    r: &mut Reader,
    path: &str,
    base: &DomainOptions,
) -> DomainOptions {
    let mut opts = base.clone();
    let Some(obj) = r.object(v, path) else {
        return opts;
    };
    r.no_unknown_members(obj, path, DOMAIN_OPTION_MEMBERS);
    let at = |m: &str| pointer_push(path, m);
    if let Some(p) = r.string(obj.get("province"), &at("province")) {
        opts.province = Some(p.trim().to_string());
    }
    if let Some(kind) = r.subject_kind(obj.get("subject_kind"), &at("subject_kind")) {
        opts.subject_kind = Some(kind);
    }
    if let Some(today) = r.date(obj.get("today"), &at("today")) {
        opts.today = today;
    }
    if let Some(lang) = r.lang(obj.get("lang"), &at("lang")) {
        opts.lang = lang;
    }
    if let Some(s) = r.object(obj.get("subject"), &at("subject")) {
        let sp = at("subject");
        r.no_unknown_members(s, &sp, SUBJECT_MEMBERS);
        opts.subject = Some(DomainSubject {
            name: r.string(s.get("name"), &pointer_push(&sp, "name")),
            document_number: r.string(
                s.get("document_number"),
                &pointer_push(&sp, "document_number"),
            ),
            legal_representative: r.string(
                s.get("legal_representative"),
                &pointer_push(&sp, "legal_representative"),
            ),
        });
    }
    if let Some(f) = r.object(obj.get("facts"), &at("facts")) {
        opts.facts = Some(read_facts(f, r, &at("facts")));
    }
    opts
}

/// Reads one domain's verification facts (also used for `domain_facts` of an application).
pub fn read_facts(f: &Value, r: &mut Reader, path: &str) -> DomainFacts {
    r.no_unknown_members(f, path, FACT_MEMBERS);
    let at = |m: &str| pointer_push(path, m);
    DomainFacts {
        owner_name: r.string(f.get("owner_name"), &at("owner_name")),
        owner_document_number: r
            .string(f.get("owner_document_number"), &at("owner_document_number")),
        realname_verified: r.boolean(f.get("realname_verified"), &at("realname_verified")),
        realname_verified_on: r.date(f.get("realname_verified_on"), &at("realname_verified_on")),
        expires: r.date(f.get("expires"), &at("expires")),
        status: r
            .string_list(f.get("status"), &at("status"))
            .unwrap_or_default(),
        registrar_approved: r.boolean(f.get("registrar_approved"), &at("registrar_approved")),
    }
}
