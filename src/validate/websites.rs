//! Websites: name, domains (through the domain engine, with their verification facts), repeats
//! across the application, content and pre-approvals, leader, and how many websites in all.

use super::{people, required, subject, Ctx};
use crate::application::{Application, ValidUntil, Website};
use crate::data;
use crate::diagnostic::{pointer_push, Finding, Member, RuleRef};
use crate::domain::{self, DomainFacts, DomainOptions, DomainSubject};
use crate::fields::site_name;
use crate::texts::Text;
use crate::vocab::Content;
use crate::vocab::SubjectKind;

fn preapproval_ref() -> RuleRef {
    RuleRef {
        id: crate::data::base_rule::PREAPPROVAL_BASELINE,
        province: None,
        source: data::PREAPPROVAL_SOURCE,
        as_of: data::PREAPPROVAL_AS_OF,
    }
}

pub fn check_all(ctx: &Ctx, app: &Application, out: &mut Vec<Finding>) -> Vec<Website> {
    if app.websites.is_empty() {
        required::missing(out, "/websites", text!("网站信息", "website"));
    }
    let mut seen: Vec<String> = Vec::new();
    let normalized = app
        .websites
        .iter()
        .enumerate()
        .map(|(i, w)| check(ctx, app, w, i, &mut seen, out))
        .collect();
    if let Some((rule, max)) = ctx.rules.max_sites_total() {
        let filed = app
            .subject
            .as_ref()
            .and_then(|s| s.filed_website_count)
            .unwrap_or(0) as usize;
        let total = filed + app.websites.len();
        if total > max as usize {
            out.push(
                Finding::websites_too_many("/websites", total, max)
                    .severity(rule.severity)
                    .rule(rule.reference()),
            );
        }
    }
    normalized
}

fn check(
    ctx: &Ctx,
    app: &Application,
    w: &Website,
    i: usize,
    seen: &mut Vec<String>,
    out: &mut Vec<Finding>,
) -> Website {
    let base = pointer_push("/websites", &i.to_string());
    let at = |m: &'static str| Member(&base, m);
    // The domains and the leader come back checked: they are not copied first.
    let mut n = Website {
        name: w.name.clone(),
        domains: Vec::with_capacity(w.domains.len()),
        domains_unicode: Vec::with_capacity(w.domains.len()),
        leader: None,
        materials: w.materials.clone(),
        content: w.content.clone(),
        preapprovals: w.preapprovals.clone(),
        languages: w.languages.clone(),
        remark: w.remark.clone(),
        domain_facts: w.domain_facts.clone(),
        filing_number: w.filing_number.clone(),
    };

    if required::text(out, &w.name, at("name"), text!("网站名称", "website name")) {
        let c = site_name::check(
            w.name.as_deref().unwrap_or(""),
            &subject::name_context(app.subject.as_ref(), ctx.today),
            &String::from(at("name")),
        );
        n.name = c.normalized.or(n.name);
        out.extend(c.findings);
    }

    if w.domains.is_empty() {
        required::missing(out, at("domains"), text!("网站域名", "website domain"));
    }
    let opts = DomainOptions {
        province: ctx.province.map(str::to_string),
        subject_kind: ctx.subject_kind,
        subject: app.subject.as_ref().map(|s| DomainSubject {
            name: s.name.clone(),
            document_number: s.document.as_ref().and_then(|d| d.number.clone()),
            legal_representative: s.legal_representative.clone(),
        }),
        facts: None,
        today: ctx.today,
        lang: ctx.lang,
    };
    n.domains.clear();
    n.domains_unicode.clear();
    let domains_at = String::from(at("domains"));
    let facts_at = String::from(at("domain_facts"));
    for (j, d) in w.domains.iter().enumerate() {
        let path = pointer_push(&domains_at, &j.to_string());
        // Facts are keyed by the domain as the user wrote it, or by either normalised form; the
        // plain analysis is only needed to find them under a normalised key.
        let with_facts = |(key, f): &(String, DomainFacts)| {
            domain::analyse_with(d, &opts, Some(f), &path, &pointer_push(&facts_at, key))
        };
        let a = match w.domain_facts.iter().find(|(k, _)| k == d) {
            Some(entry) => with_facts(entry),
            None => {
                let plain = domain::analyse(d, &opts, &path, "");
                let normalised = w.domain_facts.iter().find(|(k, _)| {
                    plain.ascii.as_deref() == Some(k.to_ascii_lowercase().as_str())
                        || plain.unicode.as_deref() == Some(k.as_str())
                });
                match normalised {
                    Some(entry) => with_facts(entry),
                    None => plain,
                }
            }
        };
        if let Some(ascii) = &a.ascii {
            if seen.contains(ascii) {
                out.push(Finding::domain_duplicate(
                    path.as_str(),
                    a.unicode.clone().unwrap_or_default(),
                ));
            }
            seen.push(ascii.clone());
        }
        // The analysis is not needed past here: its names move into the normalised website.
        let (ascii, unicode) = match a.registrable {
            Some(r) => r,
            None => (
                a.ascii.unwrap_or_else(|| d.clone()),
                a.unicode.unwrap_or_else(|| d.clone()),
            ),
        };
        n.domains.push(ascii);
        n.domains_unicode.push(unicode);
        out.extend(a.findings);
    }
    out.extend(domain::count_findings(
        w.domains.len(),
        &opts,
        &String::from(at("domains")),
    ));

    check_content(ctx, w, &base, out);
    super::licensed::check(&n, w.name.as_deref(), &base, out);

    let entity = ctx.subject_kind.is_some_and(SubjectKind::is_entity);
    match &w.leader {
        Some(p) => n.leader = Some(people::check(ctx, p, &String::from(at("leader")), out)),
        None if entity => {
            required::missing(out, at("leader"), text!("网站负责人", "website leader"))
        }
        None => {}
    }
    n
}

fn check_content(ctx: &Ctx, w: &Website, base: &str, out: &mut Vec<Finding>) {
    let personal = ctx.subject_kind == Some(SubjectKind::Personal);
    for (k, p) in w.preapprovals.iter().enumerate() {
        let pp = pointer_push(&pointer_push(base, "preapprovals"), &k.to_string());
        if p.category.is_none() {
            required::missing(
                out,
                &pointer_push(&pp, "category"),
                text!("前置审批类别", "pre-approval category"),
            );
        }
        required::text(
            out,
            &p.number,
            &pointer_push(&pp, "number"),
            text!("前置审批文件编号", "pre-approval number"),
        );
        if p.valid_until.is_none() {
            required::missing(
                out,
                &pointer_push(&pp, "valid_until"),
                text!("前置审批有效期", "pre-approval expiry"),
            );
        }
    }
    for (k, c) in w.content.iter().enumerate() {
        let path = pointer_push(&pointer_push(base, "content"), &k.to_string());
        let Some(rule) = data::preapproval(*c) else {
            continue;
        };
        let cat = c.name();
        if !rule.required {
            out.push(
                Finding::preapproval_may_be_asked(path.as_str(), cat, rule.licence)
                    .rule(preapproval_ref()),
            );
            if personal && *c == Content::Bbs {
                out.push(mismatch(ctx, path.as_str(), cat));
            }
            continue;
        }
        let held = w
            .preapprovals
            .iter()
            .find(|p| p.category == Some(*c) && !required::blank(&p.number));
        let state = match held.and_then(|p| p.valid_until) {
            _ if personal => Some(vec![text!(
                "（个人无法取得）",
                " (individuals cannot obtain it)"
            )]),
            None if held.is_none() => Some(Vec::new()),
            Some(ValidUntil::Date(d)) if d < ctx.today => {
                Some(vec![text!("（已过期）", " (expired)")])
            }
            _ => None,
        };
        if let Some(state) = state {
            out.push(
                Finding::preapproval_required(path.as_str(), cat, rule.licence, state)
                    .rule(preapproval_ref()),
            );
        }
        if personal {
            out.push(
                Finding::preapproval_not_for_personal(path.as_str(), cat).rule(preapproval_ref()),
            );
            out.push(mismatch(ctx, path.as_str(), cat));
        }
    }
}

fn mismatch(ctx: &Ctx, path: &str, cat: Text) -> Finding {
    let kind = ctx.subject_kind.unwrap_or(SubjectKind::Personal);
    Finding::content_subject_mismatch(path, cat, kind.name()).rule(preapproval_ref())
}
