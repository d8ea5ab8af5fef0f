//! The order (shared spec `orders.md`): which operation the application is checked for, what that
//! operation's order must carry and refuses (`data/operations.json`), and the existing filing
//! numbers it names.
//!
//! The national and provincial checks run over the whole application as for a first filing;
//! the operation then decides which of their `FIELD_REQUIRED` findings stand (only what its
//! order uses) and which members it ignores altogether, so one table — not code per operation —
//! says what each order needs.

use crate::application::{Application, Order};
use crate::classify::table::{self, Level, NumberRule, Operation};
use crate::classify::{self, FactValue, FilingNumber, FilingPlan, Service};
use crate::diagnostic::{pointer_push, Code, Finding, Lang, RuleRef, Severity};
use crate::province::Existing;

/// The operation an application is checked for, and how it was learnt.
pub struct Checked {
    pub plan: Option<FilingPlan>,
    pub operation: &'static Operation,
    /// The operation is stated or decided (not only likely): operation-dependent rules apply.
    pub known: bool,
    /// The `changes` the facts name.
    pub changes: Vec<String>,
    /// No `filing` member: checked as a first filing, as before orders existed.
    pub unstated: bool,
}

impl Checked {
    pub fn existing(&self) -> Existing {
        match (self.unstated, self.known) {
            (true, _) => Existing::Stated,
            (false, true) => self
                .operation
                .existing_websites
                .map_or(Existing::Silent, Existing::Known),
            (false, false) => Existing::Silent,
        }
    }
}

fn operation(id: &str) -> &'static Operation {
    table::operation(id)
        .or_else(|| table::operation("first_filing"))
        .expect("operations.json has a row for every filing type, checked at build time")
}

/// Works out the operation: classifies the facts (their findings join `out` under
/// `/filing/facts`), compares them with the stated type, and builds the report's plan.
pub fn resolve(app: &Application, lang: Lang, out: &mut Vec<Finding>) -> Checked {
    let Some(order) = &app.filing else {
        return Checked {
            plan: None,
            operation: operation("first_filing"),
            known: true,
            changes: Vec::new(),
            unstated: true,
        };
    };
    let stated = order.filing_type;
    let mut changes = Vec::new();
    let mut plan = None;
    let mut classified = None;
    let mut likely = None;
    if let Some(facts) = &order.facts {
        let mut facts = facts.clone();
        // The application's subject kind and province are the facts' unless they name their own.
        if facts.get("/subject/kind").is_none() {
            if let Some(k) = app.subject.as_ref().and_then(|s| s.kind) {
                facts.set("/subject/kind", FactValue::Text(k.as_str().to_string()));
            }
        }
        if facts.get("/province").is_none() {
            if let Some(p) = app.province.as_deref().filter(|p| !p.trim().is_empty()) {
                facts.set("/province", FactValue::Text(p.trim().to_string()));
            }
        }
        if let Some(FactValue::List(c)) = facts.get("/changes") {
            changes = c.clone();
        }
        let (p, findings) = classify::classify_findings(&facts, lang);
        for mut f in findings {
            // The application's own province finding already covers the copied fact.
            if f.code == Code::ProvinceUnknown
                && order
                    .facts
                    .as_ref()
                    .and_then(|o| o.get("/province"))
                    .is_none()
            {
                continue;
            }
            f.path = format!("/filing/facts{}", f.path);
            out.push(f);
        }
        if p.needs.is_none() {
            classified = p.filing_type.clone();
        } else {
            likely = p.likely.as_ref().and_then(|l| l.filing_type.clone());
        }
        plan = Some(p);
    }
    if let (Some(given), Some(decided)) = (stated, classified.as_deref()) {
        if given != decided {
            // Both are filing types of the table (read and classified from it).
            if let (Some(g), Some(d)) = (table::filing_type(given), table::filing_type(decided)) {
                out.push(
                    Finding::filing_type_mismatch("/filing/type", g.name, d.name)
                        .suggest(Some(decided.to_string())),
                );
            }
        }
    }
    if plan.is_none() {
        let kind = app.subject.as_ref().and_then(|s| s.kind);
        let province = app.province.as_deref().map(str::trim);
        plan = stated.and_then(|t| classify::plan_for_type(t, kind, province, lang));
    }
    let (id, known) = match (classified.as_deref(), stated, likely.as_deref()) {
        (Some(c), _, _) => (c.to_string(), true),
        (None, Some(s), _) => (s.to_string(), true),
        (None, None, Some(l)) => (l.to_string(), false),
        (None, None, None) => ("first_filing".to_string(), false),
    };
    Checked {
        plan,
        operation: operation(&id),
        known,
        changes,
        unstated: false,
    }
}

/// Whether `path` lies at or under `pattern`; `*` on either side stands for one token.
fn under(path: &str, pattern: &str) -> bool {
    let mut p = path.split('/');
    for want in pattern.split('/') {
        match p.next() {
            Some(got) if want == "*" || got == "*" || got == want => {}
            _ => return false,
        }
    }
    true
}

/// The members the changes name.
fn changed_paths(c: &Checked) -> impl Iterator<Item = &'static str> + '_ {
    c.changes
        .iter()
        .flat_map(|ch| table::change_paths(ch).iter().copied())
}

fn section_level(c: &Checked, path: &str) -> Option<Level> {
    let op = c.operation;
    if under(path, "/subject") {
        Some(op.subject)
    } else if under(path, "/websites") {
        Some(op.websites)
    } else if under(path, "/province") {
        Some(op.province)
    } else {
        None
    }
}

/// Whether a `FIELD_REQUIRED` at `path` is something this order must carry.
fn required(c: &Checked, path: &str) -> bool {
    // An order on filed websites names at least one.
    if path == "/websites" && c.operation.website_numbers == NumberRule::Required {
        return true;
    }
    match section_level(c, path) {
        None | Some(Level::Required) => true,
        Some(Level::Checked) | Some(Level::Ignored) => false,
        // A changed member is required with everything under it, and so is what holds it
        // (the leader, when the leader's mobile changes and no leader is given).
        Some(Level::Changed) => changed_paths(c).any(|p| under(path, p) || under(p, path)),
    }
}

/// Codes reported at `/province` that come from the subject's documents and people.
const SUBJECT_AT_PROVINCE: &[Code] = &[
    Code::CrossProvinceOrg,
    Code::CrossProvinceNeedsResidencePermit,
    Code::CrossProvincePersonalNotAccepted,
];

/// Whether the order ignores the member a finding is about.
fn ignored(c: &Checked, f: &Finding) -> bool {
    let op = c.operation;
    if op.subject == Level::Ignored
        && (under(&f.path, "/subject")
            || (f.path == "/province" && SUBJECT_AT_PROVINCE.contains(&f.code)))
    {
        return true;
    }
    if op.websites == Level::Ignored
        && under(&f.path, "/websites")
        && !(f.path == "/websites" && f.code == Code::FieldRequired)
    {
        let mut tokens = f.path.split('/').skip(3);
        return tokens.next() != Some("filing_number");
    }
    if op.province == Level::Ignored && f.path == "/province" {
        return true;
    }
    false
}

fn contradiction(path: &str, detail: crate::texts::Text, op: &Operation) -> Finding {
    Finding::fact_contradiction(path, detail)
        .severity(Severity::Warning)
        .rule(rule(op))
}

fn rule(op: &Operation) -> RuleRef {
    RuleRef {
        id: op.id,
        province: None,
        source: op.source,
        as_of: op.as_of,
    }
}

/// `FIELD_REQUIRED` for a changed leader's member when the leader is left out altogether: the
/// national checks ask for a website leader of organisations only, and a change order of an
/// individual's site leader needs it too. Every other changed member is asked by those checks.
fn changed_missing(c: &Checked, app: &Application, out: &mut Vec<Finding>) {
    let wants = |holder: &str| changed_paths(c).any(|p| under(p, holder));
    let mut missing = Vec::new();
    if app.subject.as_ref().is_some_and(|s| s.leader.is_none()) && wants("/subject/leader") {
        missing.push("/subject/leader".to_string());
    }
    for (i, w) in app.websites.iter().enumerate() {
        if w.leader.is_none() && wants("/websites/*/leader") {
            missing.push(format!("/websites/{i}/leader"));
        }
    }
    for path in missing {
        if !out
            .iter()
            .any(|f| f.code == Code::FieldRequired && f.path == path)
        {
            super::required::missing(out, &path, text!("变更的负责人", "the changed leader"));
        }
    }
}

/// What the operation makes of the findings, and the checks of the numbers the order names.
pub fn apply(c: &Checked, app: &Application, province: Option<&str>, out: &mut Vec<Finding>) {
    let op = c.operation;
    out.retain(|f| !ignored(c, f) && (f.code != Code::FieldRequired || required(c, &f.path)));
    if op.subject == Level::Changed || op.websites == Level::Changed {
        changed_missing(c, app, out);
    }

    let order = app.filing.as_ref();
    let blank = |s: Option<&String>| s.is_none_or(|v| crate::text::trim(v).is_empty());
    let subject_number = order.and_then(|o: &Order| o.subject_number.as_ref());
    let mut subject_parsed: Option<FilingNumber> = None;
    if !blank(subject_number) {
        let n = subject_number.map(String::as_str).unwrap_or("");
        if op.subject_number == NumberRule::Refused {
            out.push(contradiction(
                "/filing/subject_number",
                text!(
                    "尚未备案的主体不会有主体备案号",
                    "a subject that is not filed yet has no filing number"
                ),
                op,
            ));
        }
        subject_parsed =
            classify::check_filing_number(n, "/filing/subject_number", true, province, out)
                .filter(|p| p.service.is_none());
    } else if op.subject_number == NumberRule::Required && !c.unstated {
        super::required::missing(
            out,
            "/filing/subject_number",
            text!("主体备案号", "subject's filing number"),
        );
    }

    for (i, w) in app.websites.iter().enumerate() {
        let path = pointer_push(&pointer_push("/websites", &i.to_string()), "filing_number");
        if blank(w.filing_number.as_ref()) {
            if op.website_numbers == NumberRule::Required && !c.unstated {
                super::required::missing(
                    out,
                    &path,
                    text!("网站备案号", "website's filing number"),
                );
            }
            continue;
        }
        let raw = w.filing_number.as_deref().unwrap_or("");
        if op.website_numbers == NumberRule::Refused {
            out.push(contradiction(
                &path,
                text!(
                    "新的网站尚未备案，不会有网站备案号",
                    "a new website is not filed yet and has no filing number"
                ),
                op,
            ));
        }
        let Some(parsed) = classify::check_filing_number(raw, &path, false, province, out) else {
            continue;
        };
        if parsed.service != Some(Service::Website) {
            let what = parsed
                .service
                .map_or(text!("主体", "a subject"), Service::name);
            out.push(Finding::filing_number_not_website(
                path.as_str(),
                crate::input::truncate(raw, 40),
                what,
            ));
        }
        if let Some(subject) = &subject_parsed {
            if parsed.subject_number() != subject.subject_number() {
                out.push(Finding::filing_number_not_under_subject(
                    path.as_str(),
                    crate::input::truncate(raw, 40),
                    subject.subject_number(),
                ));
            }
        }
    }
}
