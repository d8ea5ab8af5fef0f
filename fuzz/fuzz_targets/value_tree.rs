#![no_main]
//! Every entry on a structured value tree, with what only the JavaScript reader produces
//! (markers for oversized and foreign values, NaN and infinities): member names are drawn
//! mostly from the ones the readers know, so the fuzzer reaches deep into the engines.
use arbitrary::Arbitrary;
use icp_precheck::Value;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

const NAMES: &[&str] = &[
    "province",
    "subject",
    "websites",
    "kind",
    "name",
    "document",
    "type",
    "number",
    "valid_until",
    "address",
    "document_address",
    "leader",
    "legal_representative",
    "office_phone",
    "remark",
    "materials",
    "filed_website_count",
    "mobile",
    "mobile_province",
    "emergency_phone",
    "email",
    "is_legal_representative",
    "leads_other_subject",
    "domains",
    "content",
    "preapprovals",
    "languages",
    "domain_facts",
    "intent",
    "hosting",
    "domain",
    "filed",
    "at_this_provider",
    "shell",
    "today",
    "lang",
    "facts",
    "subject_kind",
    "owner_name",
    "owner_document_number",
    "realname_verified",
    "realname_verified_on",
    "expires",
    "status",
    "registrar_approved",
    "change",
    "remove",
    "target",
    "website_domain_count",
    "product",
    "server",
    "filing_number",
];

#[derive(Arbitrary, Debug)]
enum Tree {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    Word(u8),
    List(Vec<Tree>),
    Object(Vec<(Name, Tree)>),
    TooLarge(u8, u16),
    Foreign(u8),
}

#[derive(Arbitrary, Debug)]
enum Name {
    Known(u8),
    Any(String),
}

fn word(i: u8) -> String {
    NAMES[usize::from(i) % NAMES.len()].to_string()
}

fn value(t: &Tree, depth: usize) -> Value {
    if depth > 20 {
        return Value::Null;
    }
    match t {
        Tree::Null => Value::Null,
        Tree::Bool(b) => Value::Bool(*b),
        Tree::Number(n) => Value::Number(*n),
        Tree::Text(s) => Value::String(s.clone()),
        Tree::Word(i) => Value::String(word(*i)),
        Tree::List(items) => Value::Array(items.iter().map(|i| value(i, depth + 1)).collect()),
        Tree::Object(members) => Value::Object(
            members
                .iter()
                .map(|(n, v)| {
                    let name = match n {
                        Name::Known(i) => word(*i),
                        Name::Any(s) => s.clone(),
                    };
                    (name, value(v, depth + 1))
                })
                .collect(),
        ),
        Tree::TooLarge(what, size) => Value::TooLarge {
            what: [
                "string",
                "list",
                "object",
                "depth",
                "input values",
                "input bytes",
            ][usize::from(*what) % 6],
            size: usize::from(*size),
        },
        Tree::Foreign(i) => Value::Foreign(
            ["function", "symbol", "bigint", "member that cannot be read"][usize::from(*i) % 4],
        ),
    }
}

fuzz_target!(|input: (Tree, Tree)| {
    let (a, b) = (value(&input.0, 0), value(&input.1, 0));
    let r = icp_precheck::validate_value(&a, Some(&b), &common::validate_base());
    common::check_report(r.ok, &r.diagnostics, &r);
    let plan = icp_precheck::classify_value(&a, Some(&b));
    common::check_report(false, &plan.diagnostics, &plan);
    let base = icp_precheck::DomainOptions::new(common::today());
    let d = icp_precheck::check_domain_value(&a, Some(&b), &base);
    common::check_report(d.ok, &d.diagnostics, &d);
    let l = icp_precheck::check_domains_value(&a, Some(&b), &base);
    common::check_report(l.ok, &l.diagnostics, &l);
    let f = icp_precheck::check_field_value(
        &b,
        &a,
        None,
        &icp_precheck::FieldOptions::new(common::today()),
    );
    common::check_report(f.ok, &f.diagnostics, &f);
});
