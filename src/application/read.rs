//! Reads an `Application` out of an untrusted value, reporting wrong types and unknown enum
//! values at their JSON Pointer paths and leaving absent members absent.

use super::*;
use crate::date::Date;
use crate::diagnostic::pointer_push;
use crate::domain::read_facts;
use crate::input::{Expected, Reader, Value};

/// Bounds on an application. Strings, lists and nesting are bounded by `Limits::DEFAULT` as
/// the value is read; these bound the shape of the application itself.
pub struct ApplicationLimits {
    pub max_websites: usize,
    pub max_domains_per_website: usize,
}

pub const APPLICATION_LIMITS: ApplicationLimits = ApplicationLimits {
    max_websites: 50,
    max_domains_per_website: 20,
};

const APP_MEMBERS: &[&str] = &["province", "subject", "websites", "filing"];
const ORDER_MEMBERS: &[&str] = &["type", "facts", "subject_number"];
const SUBJECT_MEMBERS: &[&str] = &[
    "kind",
    "name",
    "document",
    "address",
    "document_address",
    "leader",
    "legal_representative",
    "office_phone",
    "remark",
    "materials",
    "filed_website_count",
];
const DOCUMENT_MEMBERS: &[&str] = &["type", "number", "valid_until"];
const PERSON_MEMBERS: &[&str] = &[
    "name",
    "document",
    "mobile",
    "mobile_province",
    "emergency_phone",
    "email",
    "is_legal_representative",
    "leads_other_subject",
];
const WEBSITE_MEMBERS: &[&str] = &[
    "name",
    "domains",
    "leader",
    "materials",
    "content",
    "preapprovals",
    "languages",
    "remark",
    "domain_facts",
    "filing_number",
];
const PREAPPROVAL_MEMBERS: &[&str] = &["category", "number", "valid_until"];

fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Expected {
    Expected::one_of(all.iter().map(|x| name(*x)))
}

fn valid_until(r: &mut Reader, v: Option<&Value>, path: &str) -> Option<ValidUntil> {
    r.enumerated(
        v,
        path,
        |s| {
            if s == "long_term" {
                Some(ValidUntil::LongTerm)
            } else {
                Date::parse(s).map(ValidUntil::Date)
            }
        },
        text!(
            "YYYY-MM-DD 格式的日期或 long_term",
            "a date YYYY-MM-DD or long_term"
        ),
    )
}

fn document(r: &mut Reader, v: Option<&Value>, path: &str) -> Option<Document> {
    let obj = r.object(v, path)?;
    r.no_unknown_members(obj, path, DOCUMENT_MEMBERS);
    Some(Document {
        doc_type: r.enumerated(
            obj.get("type"),
            &pointer_push(path, "type"),
            DocumentType::parse,
            names(&DocumentType::ALL, DocumentType::as_str),
        ),
        number: r.string(obj.get("number"), &pointer_push(path, "number")),
        valid_until: valid_until(
            r,
            obj.get("valid_until"),
            &pointer_push(path, "valid_until"),
        ),
    })
}

fn person(r: &mut Reader, v: Option<&Value>, path: &str) -> Option<Person> {
    let obj = r.object(v, path)?;
    r.no_unknown_members(obj, path, PERSON_MEMBERS);
    let at = |m: &str| pointer_push(path, m);
    Some(Person {
        name: r.string(obj.get("name"), &at("name")),
        document: document(r, obj.get("document"), &at("document")),
        mobile: r.string(obj.get("mobile"), &at("mobile")),
        mobile_province: r.string(obj.get("mobile_province"), &at("mobile_province")),
        emergency_phone: r.string(obj.get("emergency_phone"), &at("emergency_phone")),
        email: r.string(obj.get("email"), &at("email")),
        is_legal_representative: r.boolean(
            obj.get("is_legal_representative"),
            &at("is_legal_representative"),
        ),
        leads_other_subject: r.boolean(obj.get("leads_other_subject"), &at("leads_other_subject")),
    })
}

fn count(r: &mut Reader, v: Option<&Value>, path: &str) -> Option<u32> {
    match v? {
        Value::Null => None,
        Value::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n <= 1_000_000.0 => Some(*n as u32),
        other => {
            r.unexpected(
                other,
                path,
                text!("不小于 0 的整数", "a whole number from 0"),
            );
            None
        }
    }
}

fn bounded_list<'v>(
    r: &mut Reader,
    v: Option<&'v Value>,
    path: &str,
    max: usize,
    what: crate::texts::Text,
) -> &'v [Value] {
    match v {
        None | Some(Value::Null) => &[],
        Some(Value::Array(items)) if items.len() > max => {
            r.findings.push(crate::diagnostic::Finding::input_too_large(
                path,
                what,
                items.len(),
                max,
            ));
            &[]
        }
        Some(Value::Array(items)) => items,
        Some(other) => {
            r.unexpected(other, path, text!("列表", "a list"));
            &[]
        }
    }
}

/// Materials come from a closed vocabulary (`data/application.json`): a province rule that needs a
/// document looks for its name, so a misspelt one would silently count as absent.
fn materials(r: &mut Reader, v: Option<&Value>, path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let items = bounded_list(r, v, path, 32, text!("材料个数为", "materials:"));
    if items.is_empty() {
        return out;
    }
    let expected = Expected::one_of(crate::data::MATERIALS.iter().map(|m| m.id));
    for (i, m) in items.iter().enumerate() {
        let at = pointer_push(path, &i.to_string());
        if let Some(id) = r.enumerated(Some(m), &at, crate::data::material, expected.clone()) {
            out.push(id.id.to_string());
        }
    }
    out
}

fn subject(r: &mut Reader, v: Option<&Value>, path: &str) -> Option<Subject> {
    let obj = r.object(v, path)?;
    r.no_unknown_members(obj, path, SUBJECT_MEMBERS);
    let at = |m: &str| pointer_push(path, m);
    Some(Subject {
        kind: r.enumerated(
            obj.get("kind"),
            &at("kind"),
            crate::vocab::SubjectKind::parse,
            names(
                &crate::vocab::SubjectKind::ALL,
                crate::vocab::SubjectKind::as_str,
            ),
        ),
        name: r.string(obj.get("name"), &at("name")),
        document: document(r, obj.get("document"), &at("document")),
        address: r.string(obj.get("address"), &at("address")),
        document_address: r.string(obj.get("document_address"), &at("document_address")),
        leader: person(r, obj.get("leader"), &at("leader")),
        legal_representative: r
            .string(obj.get("legal_representative"), &at("legal_representative")),
        office_phone: r.string(obj.get("office_phone"), &at("office_phone")),
        remark: r.string(obj.get("remark"), &at("remark")),
        materials: materials(r, obj.get("materials"), &at("materials")),
        filed_website_count: count(
            r,
            obj.get("filed_website_count"),
            &at("filed_website_count"),
        ),
    })
}

fn website(r: &mut Reader, v: &Value, path: &str) -> Website {
    let mut site = Website::default();
    let Some(obj) = r.object(Some(v), path) else {
        return site;
    };
    r.no_unknown_members(obj, path, WEBSITE_MEMBERS);
    let at = |m: &str| pointer_push(path, m);
    site.name = r.string(obj.get("name"), &at("name"));
    let domains = bounded_list(
        r,
        obj.get("domains"),
        &at("domains"),
        APPLICATION_LIMITS.max_domains_per_website,
        text!("域名个数为", "domains:"),
    );
    for (i, d) in domains.iter().enumerate() {
        // Keep positions so that paths stay right; a wrong type is reported and left empty.
        site.domains.push(
            r.string(Some(d), &pointer_push(&at("domains"), &i.to_string()))
                .unwrap_or_default(),
        );
    }
    site.leader = person(r, obj.get("leader"), &at("leader"));
    site.materials = materials(r, obj.get("materials"), &at("materials"));
    for (i, c) in bounded_list(
        r,
        obj.get("content"),
        &at("content"),
        32,
        text!("内容类别个数为", "content categories:"),
    )
    .iter()
    .enumerate()
    {
        let p = pointer_push(&at("content"), &i.to_string());
        if let Some(c) = r.enumerated(
            Some(c),
            &p,
            Content::parse,
            names(&Content::ALL, Content::as_str),
        ) {
            site.content.push(c);
        }
    }
    for (i, p) in bounded_list(
        r,
        obj.get("preapprovals"),
        &at("preapprovals"),
        32,
        text!("前置审批个数为", "pre-approvals:"),
    )
    .iter()
    .enumerate()
    {
        let pp = pointer_push(&at("preapprovals"), &i.to_string());
        let Some(o) = r.object(Some(p), &pp) else {
            site.preapprovals.push(Preapproval::default());
            continue;
        };
        r.no_unknown_members(o, &pp, PREAPPROVAL_MEMBERS);
        site.preapprovals.push(Preapproval {
            category: r.enumerated(
                o.get("category"),
                &pointer_push(&pp, "category"),
                Content::parse,
                names(&Content::ALL, Content::as_str),
            ),
            number: r.string(o.get("number"), &pointer_push(&pp, "number")),
            valid_until: valid_until(r, o.get("valid_until"), &pointer_push(&pp, "valid_until")),
        });
    }
    site.languages = r
        .string_list(obj.get("languages"), &at("languages"))
        .unwrap_or_default();
    site.remark = r.string(obj.get("remark"), &at("remark"));
    site.filing_number = r.string(obj.get("filing_number"), &at("filing_number"));
    if let Some(Value::Object(members)) = r.object(obj.get("domain_facts"), &at("domain_facts")) {
        for (domain, facts) in members {
            let fp = pointer_push(&at("domain_facts"), domain);
            if let Some(f) = r.object(Some(facts), &fp) {
                site.domain_facts
                    .push((domain.clone(), read_facts(f, r, &fp)));
            }
        }
    }
    site
}

/// The order member: its facts are read as `classifyFiling` reads them, at `/filing/facts/…`.
fn order(r: &mut Reader, v: Option<&Value>) -> Option<Order> {
    let obj = r.object(v, "/filing")?;
    r.no_unknown_members(obj, "/filing", ORDER_MEMBERS);
    let types = crate::classify::table::FILING_TYPES;
    let filing_type = r.enumerated(
        obj.get("type"),
        "/filing/type",
        |s| types.iter().find(|t| t.id == s).map(|t| t.id),
        Expected::one_of(types.iter().map(|t| t.id)),
    );
    let facts = match obj.get("facts") {
        None | Some(Value::Null) => None,
        Some(f) => {
            let mut inner = Reader::new();
            let facts = crate::classify::read_facts(f, &mut inner);
            for mut finding in inner.findings {
                finding.path = format!("/filing/facts{}", finding.path);
                r.findings.push(finding);
            }
            Some(facts)
        }
    };
    Some(Order {
        filing_type,
        facts,
        subject_number: r.string(obj.get("subject_number"), "/filing/subject_number"),
    })
}

/// Reads the application; wrong types and unknown values are findings in `r`.
pub fn read_application(v: &Value, r: &mut Reader) -> Application {
    let mut app = Application::default();
    let Some(obj) = r.object(Some(v), "") else {
        if matches!(v, Value::Null) {
            r.unexpected(v, "", text!("申请对象", "an application object"));
        }
        return app;
    };
    r.no_unknown_members(obj, "", APP_MEMBERS);
    app.province = r
        .string(obj.get("province"), "/province")
        .map(|p| p.trim().to_string());
    app.subject = subject(r, obj.get("subject"), "/subject");
    for (i, w) in bounded_list(
        r,
        obj.get("websites"),
        "/websites",
        APPLICATION_LIMITS.max_websites,
        text!("网站个数为", "websites:"),
    )
    .iter()
    .enumerate()
    {
        app.websites
            .push(website(r, w, &pointer_push("/websites", &i.to_string())));
    }
    app.filing = order(r, obj.get("filing"));
    app
}
