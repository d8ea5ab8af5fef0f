//! The filing-type classifier (`classifyFiling`): from what the user knows to the operation of
//! the provider's filing system, with its reasons, materials, advisories, next steps and blocks.
//!
//! The decision table is data (`data/filing.json`, `table.rs`); this module walks it. An unknown
//! fact is never taken as false: where a row needs a fact that was not given, the walk follows
//! every answer to it. When all answers lead to the same type (or the same block) the plan
//! decides; when they do not, it asks that fact (`FACT_NEEDED` at its path) and gives the likely
//! outcome with the answers it assumed. A block whose conditions are all known is reported
//! whatever else is unknown.

mod facts;
mod number;
pub mod table;

pub use facts::{read_facts, FactValue, Facts};
pub use number::{check as check_filing_number, FilingNumber, Service};

use crate::diagnostic::{self, Arg, Code, Diagnostic, Finding, Lang, RuleRef, Severity};
use crate::input::{Reader, Value};
use crate::texts::{Said, Text};
use crate::vocab::SubjectKind;
use serde::{Deserialize, Serialize};
use table::{Decision, Outcome, Test, DECISIONS};

/// Shared spec `api.md`, "FilingPlan".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FilingPlan {
    pub filing_type: Option<String>,
    pub label: Said,
    pub blocked: bool,
    pub reasons: Vec<Said>,
    pub materials: Vec<Said>,
    pub advisories: Vec<Diagnostic>,
    pub diagnostics: Vec<Diagnostic>,
    pub next_steps: Vec<Said>,
    /// The decision row that decided (`D11` …), for review against the research table.
    pub decision: Option<String>,
    /// The fact to ask next, when one is needed (also a `FACT_NEEDED` diagnostic).
    pub needs: Option<String>,
    /// While a fact is needed: the outcome under the answers assumed.
    pub likely: Option<Likely>,
}

/// The outcome a plan that still asks expects, and the answers it assumed for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Likely {
    pub filing_type: Option<String>,
    /// The answers assumed, by fact path, in the order they were assumed (a JSON object).
    #[serde(
        serialize_with = "assumes_as_map",
        deserialize_with = "assumes_from_map"
    )]
    pub assumes: Vec<(String, FactValue)>,
}

// A list of pairs written as a JSON object: a map type would bring its sorting and balancing
// code into the `.wasm` for a handful of entries.
fn assumes_as_map<S: serde::Serializer>(
    pairs: &[(String, FactValue)],
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(pairs.len()))?;
    for (k, v) in pairs {
        m.serialize_entry(k, v)?;
    }
    m.end()
}

fn assumes_from_map<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Vec<(String, FactValue)>, D::Error> {
    let map = std::collections::BTreeMap::<String, FactValue>::deserialize(d)?;
    Ok(map.into_iter().collect())
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassifyOptions {
    pub lang: Lang,
}

enum Verdict {
    Holds,
    Fails,
    Unknown(&'static str),
}

fn test(t: &Test, v: &FactValue) -> bool {
    match (t, v) {
        (Test::Is(b), FactValue::Bool(x)) => b == x,
        (Test::Eq(s), FactValue::Text(x)) => s == x,
        (Test::In(list), FactValue::Text(x)) => list.contains(&x.as_str()),
        (Test::Any(list), FactValue::List(xs)) => xs.iter().any(|x| list.contains(&x.as_str())),
        (Test::Min(n), FactValue::Count(x)) => x >= n,
        (Test::Max(n), FactValue::Count(x)) => x <= n,
        _ => false,
    }
}

fn evaluate(row: &Decision, facts: &Facts) -> Verdict {
    let mut unknown = None;
    for c in row.when {
        let assumed = c.assume.map(|a| match c.test {
            Test::Is(_) => FactValue::Bool(a == "true"),
            _ => FactValue::Text(a.to_string()),
        });
        match facts.get(c.fact).or(assumed.as_ref()) {
            Some(v) if !test(&c.test, v) => return Verdict::Fails,
            Some(_) => {}
            None => unknown = unknown.or(Some(c.fact)),
        }
    }
    unknown.map_or(Verdict::Holds, Verdict::Unknown)
}

fn rule_of(row: &Decision) -> RuleRef {
    RuleRef {
        id: row.id,
        province: None,
        source: row.source,
        as_of: row.as_of,
    }
}

/// Facts that cannot hold together; each is reported at the fact that gives it away.
fn contradictions(facts: &mut Facts, out: &mut Vec<Finding>) {
    let mut contradiction = |path: &str, detail: Text| {
        out.push(Finding::fact_contradiction(path, detail));
    };
    // A filing number given means the thing is filed.
    for (number, filed) in [
        ("/subject/filing_number", "/subject/filed"),
        ("/domain/filing_number", "/domain/filed"),
    ] {
        if facts.get(number).is_some() {
            match facts.bool(filed) {
                Some(false) => contradiction(
                    filed,
                    text!(
                        "给出了备案号，却说尚未备案",
                        "a filing number is given, yet it is said not to be filed"
                    ),
                ),
                None => facts.set(
                    if filed == "/subject/filed" {
                        "/subject/filed"
                    } else {
                        "/domain/filed"
                    },
                    FactValue::Bool(true),
                ),
                Some(true) => {}
            }
        }
    }
    if facts.bool("/subject/filed") == Some(false) {
        for (path, detail) in [
            (
                "/subject/at_this_provider",
                text!(
                    "未备案的主体不可能已在本平台接入",
                    "a subject that is not filed cannot be accessed here"
                ),
            ),
            (
                "/subject/shell",
                text!(
                    "未备案的主体不可能是空壳主体",
                    "a subject that is not filed cannot be a shell"
                ),
            ),
        ] {
            if facts.bool(path) == Some(true) {
                contradiction(path, detail);
            }
        }
    }
    if facts.bool("/domain/filed") == Some(false) {
        for (path, detail) in [
            (
                "/domain/accessed_here",
                text!(
                    "未备案的域名不可能已在本平台接入",
                    "a domain that is not filed cannot be accessed here"
                ),
            ),
            (
                "/domain/shell",
                text!(
                    "未备案的域名不可能是空壳网站",
                    "a domain that is not filed cannot be a shell website"
                ),
            ),
            (
                "/domain/same_subject",
                text!(
                    "未备案的域名没有所属主体",
                    "a domain that is not filed belongs to no subject"
                ),
            ),
        ] {
            if facts.get(path).is_some() && facts.bool(path) != Some(false) {
                contradiction(path, detail);
            }
        }
    }
    for path in [
        "/remove/website_domain_count",
        "/remove/subject_website_count",
    ] {
        if facts.count(path) == Some(0) {
            contradiction(
                path,
                text!(
                    "要删除的备案至少有一个",
                    "what is removed exists at least once"
                ),
            );
        }
    }
    if let (Some(domains), Some("domain")) = (
        facts.count("/remove/website_domain_count"),
        facts.text("/remove/target"),
    ) {
        if domains == 0 {
            contradiction(
                "/remove/target",
                text!("网站没有域名可删", "the website has no domain to remove"),
            );
        }
    }
}

/// The product's pre-conditions, for the facts that were given (the filing system verifies the
/// rest through the service number).
fn check_server(facts: &Facts, out: &mut Vec<Finding>) {
    let Some(p) = facts.text("/product").and_then(table::product) else {
        return;
    };
    let rule = RuleRef {
        id: "PRODUCT_PRECONDITIONS",
        province: None,
        source: table::PRODUCTS_SOURCE,
        as_of: table::PRODUCTS_AS_OF,
    };
    let mut not_qualified = |path: &str, condition: Text, required: Arg, given: Arg| {
        out.push(
            Finding::server_not_qualified(path, p.name, condition, required, given).rule(rule),
        );
    };
    if p.subscription_only && facts.text("/server/billing") == Some("pay_as_you_go") {
        not_qualified(
            "/server/billing",
            text!("付费方式不符", "billing"),
            text!("包年包月", "subscription").into(),
            text!("按量付费", "pay-as-you-go").into(),
        );
    }
    if let Some(m) = facts.count("/server/months_purchased") {
        if u64::from(m) < p.min_months {
            not_qualified(
                "/server/months_purchased",
                text!("购买月数少于要求", "too few months purchased"),
                p.min_months.into(),
                m.into(),
            );
        }
    }
    if p.public_ip && facts.bool("/server/public_ip") == Some(false) {
        not_qualified(
            "/server/public_ip",
            text!("没有公网IP", "no public IP"),
            text!("公网IP或公网带宽", "a public IP or public bandwidth").into(),
            text!("无", "none").into(),
        );
    }
    if let (Some(min), Some(paid)) = (p.min_order_cny, facts.count("/server/order_amount_cny")) {
        if u64::from(paid) < min {
            not_qualified(
                "/server/order_amount_cny",
                text!("订单金额（元）低于要求", "order amount in RMB too low"),
                min.into(),
                paid.into(),
            );
        }
    }
    if let Some(used) = facts.count("/server/service_numbers_used") {
        if p.quota > 0 && u64::from(used) >= p.quota {
            out.push(
                Finding::service_number_quota_exhausted(
                    "/server/service_numbers_used",
                    used,
                    p.quota,
                )
                .rule(rule),
            );
        }
    }
}

fn needed(path: &'static str) -> Finding {
    match table::fact(path) {
        Some(def) => Finding::fact_needed(path, def.question),
        // Every path asked is a fact of the table (checked at build time).
        None => Finding::fact_needed(path, path),
    }
}

const NEW_FILINGS: &[&str] = &[
    "first_filing",
    "access_subject_elsewhere",
    "access_subject_here",
    "new_website_subject_elsewhere",
    "new_website_subject_here",
    "wangpu",
];

/// Classifies typed facts.
pub fn classify(facts: &Facts, options: &ClassifyOptions) -> FilingPlan {
    run(facts.clone(), options.lang, Vec::new()).0
}

/// Classifies typed facts and hands back the plan's findings as well (unrendered), for
/// `validateApplication` to report them at their paths in the order.
pub fn classify_findings(facts: &Facts, lang: Lang) -> (FilingPlan, Vec<Finding>) {
    run(facts.clone(), lang, Vec::new())
}

/// The plan of an operation the console names without facts: its label, materials, next
/// steps and advisories.
pub fn plan_for_type(
    id: &str,
    kind: Option<SubjectKind>,
    province: Option<&str>,
    lang: Lang,
) -> Option<FilingPlan> {
    let def = table::filing_type(id)?;
    let advisories: Vec<Finding> = def
        .advisories
        .iter()
        .map(|code| Finding::new(*code, ""))
        .collect();
    Some(FilingPlan {
        filing_type: Some(def.id.to_string()),
        label: def.name.said(lang),
        blocked: false,
        reasons: Vec::new(),
        materials: materials(def, kind, province, lang),
        advisories: diagnostic::render_all(&advisories, lang),
        diagnostics: Vec::new(),
        next_steps: def.next_steps.iter().map(|s| s.text.said(lang)).collect(),
        decision: None,
        needs: None,
        likely: None,
    })
}

/// Classifies facts given as an untrusted value: wrong types are `INPUT_MALFORMED` at their
/// paths and the rest is still used.
pub fn classify_value(facts: &Value, options: Option<&Value>) -> FilingPlan {
    let mut r = Reader::new();
    let mut lang = Lang::default();
    if let Some(obj) = r.object(options, "/options") {
        r.no_unknown_members(obj, "/options", &["lang"]);
        lang = r.lang(obj.get("lang"), "/options/lang").unwrap_or_default();
    }
    let facts = read_facts(facts, &mut r);
    run(facts, lang, r.findings).0
}

fn run(mut facts: Facts, lang: Lang, mut diags: Vec<Finding>) -> (FilingPlan, Vec<Finding>) {
    contradictions(&mut facts, &mut diags);
    if let Some(p) = facts.text("/province") {
        if crate::data::province(p).is_none() {
            diags.push(Finding::province_unknown(
                "/province",
                crate::input::truncate(p, 40),
            ));
        }
    }
    let province = facts.text("/province").map(str::to_string);
    for (path, subject_level) in [
        ("/subject/filing_number", true),
        ("/domain/filing_number", false),
    ] {
        if let Some(n) = facts.text(path) {
            number::check(n, path, subject_level, province.as_deref(), &mut diags);
        }
    }

    let mut plan = FilingPlan {
        filing_type: None,
        // Every outcome below names its own.
        label: text!("无法确定", "cannot be decided").said(lang),
        blocked: false,
        reasons: Vec::new(),
        materials: Vec::new(),
        advisories: Vec::new(),
        diagnostics: Vec::new(),
        next_steps: Vec::new(),
        decision: None,
        needs: None,
        likely: None,
    };
    let mut advisories: Vec<Finding> = Vec::new();
    let choice = decide(&facts);
    let mut mixed = false;
    let mut new_filing = false;
    let decided = match choice {
        Choice::Row(row, m) => {
            mixed = m;
            Some(Ok(row))
        }
        Choice::Ask(path, likely) => {
            plan.likely = likely;
            Some(Err(path))
        }
        Choice::Nothing => None,
    };
    match decided {
        Some(Err(path)) => {
            plan.needs = Some(path.to_string());
            plan.label = text!("还需要更多信息", "more facts needed").said(lang);
            diags.push(needed(path));
            // The server's known pre-conditions block a new filing whatever is still asked.
            new_filing = plan
                .likely
                .as_ref()
                .and_then(|l| l.filing_type.as_deref())
                .is_some_and(|t| NEW_FILINGS.contains(&t));
        }
        None => {
            plan.label = text!("无法确定", "cannot be decided").said(lang);
            diags.push(needed("/intent"));
            plan.needs = Some("/intent".to_string());
        }
        Some(Ok(row)) => {
            plan.decision = Some(row.id.to_string());
            // Reached through several rows, the row's own reason may rest on an assumed answer:
            // the type's label says it all.
            if !mixed {
                plan.reasons.push(row.reason.said(lang));
            }
            for code in row.advisories.iter().filter(|_| !mixed) {
                advisories.push(Finding::new(*code, "").rule(rule_of(row)));
            }
            match row.outcome {
                Outcome::File(t) => {
                    let def =
                        table::filing_type(t).expect("filing types are checked at build time");
                    plan.filing_type = Some(t.to_string());
                    plan.label = def.name.said(lang);
                    let kind = facts.text("/subject/kind").and_then(SubjectKind::parse);
                    plan.materials = materials(def, kind, facts.text("/province"), lang);
                    plan.next_steps = def.next_steps.iter().map(|s| s.text.said(lang)).collect();
                    for code in def.advisories {
                        if !advisories.iter().any(|a| a.code == *code) {
                            advisories.push(Finding::new(*code, "").rule(rule_of(row)));
                        }
                    }
                    if t.starts_with("access_") {
                        if let Some(FactValue::List(_)) = facts.get("/changes") {
                            // An access filing adds a provider to a filing as it stands.
                            diags
                                .push(Finding::access_cannot_change("/changes").rule(rule_of(row)));
                        }
                    }
                    if NEW_FILINGS.contains(&t) {
                        if facts.bool("/commercial_site") == Some(true) {
                            advisories
                                .push(Finding::commercial_licence_separate("/commercial_site"));
                        }
                        new_filing = true;
                    }
                }
                Outcome::Block(code) => {
                    plan.blocked = true;
                    plan.label = text!("无法办理", "cannot be filed as things stand").said(lang);
                    // The block's code is the row's: its arguments are the ones the row gives.
                    let mut f = Finding::new(code, block_path(row)).rule(rule_of(row));
                    if let Some(detail) = row.detail {
                        f = f.arg("detail", detail);
                    }
                    if let Some(what) = row.what {
                        f = f.arg("what", what);
                    }
                    if let Some(p) = facts.text("/product").and_then(table::product) {
                        f = f.arg("product", p.name);
                    }
                    if code == Code::OperationOffline {
                        f = offline(row, &facts, f);
                    }
                    diags.push(f);
                    if let Some(then) = row.then.and_then(table::filing_type) {
                        plan.next_steps.push(
                            text!(
                                "解决上述问题后办理：{operation}",
                                "once that is resolved: {operation}"
                            )
                            .said(lang)
                            .with("operation", then.name),
                        );
                    }
                }
            }
        }
    }
    if new_filing
        && matches!(
            facts.text("/hosting"),
            None | Some("mainland_this_provider")
        )
    {
        check_server(&facts, &mut diags);
    }
    // One order at a time: advice on every filing, a block when another order is known to be open.
    if facts.bool("/order_in_progress") == Some(true) && plan.filing_type.is_some() {
        diags.push(Finding::one_order_at_a_time("/order_in_progress").severity(Severity::Error));
        advisories.retain(|a| a.code != Code::OneOrderAtATime);
    }
    if diagnostic::no_errors(&diags) {
        if plan.blocked {
            plan.filing_type = None;
        }
    } else {
        plan.blocked = true;
    }
    if plan.blocked && plan.filing_type.is_some() {
        // The type stays in view: it is what to file once the blocks are cleared.
        plan.next_steps.insert(
            0,
            text!("先解决下列阻止办理的问题", "first clear the problems below").said(lang),
        );
    }
    plan.advisories = diagnostic::render_all(&advisories, lang);
    plan.diagnostics = diagnostic::render_all(&diags, lang);
    (plan, diags)
}

/// The operation's checklist for the subject kind (materials for another kind left out) and,
/// for a new filing, the documents the filing province asks of every applicant of that kind.
fn materials(
    def: &table::FilingTypeDef,
    kind: Option<SubjectKind>,
    province: Option<&str>,
    lang: Lang,
) -> Vec<Said> {
    let mut out: Vec<Said> = def
        .materials
        .iter()
        .filter(|m| match (m.entity, kind) {
            (Some(entity), Some(k)) => k.is_entity() == entity,
            _ => true,
        })
        .map(|m| m.text.said(lang))
        .collect();
    let province = province.filter(|p| crate::data::province(p).is_some());
    if province.is_none() || !NEW_FILINGS.contains(&def.id) {
        return out;
    }
    for rule in crate::province::rows(province, kind) {
        let crate::data::RuleKind::MaterialsRequired { proofs, when } = &rule.kind else {
            continue;
        };
        let applies = match when {
            crate::data::Condition::Always => true,
            crate::data::Condition::SubjectKinds(kinds) => kind.is_some_and(|k| kinds.contains(&k)),
            _ => false,
        };
        if applies {
            let item = text!(
                "备案省份要求：{proofs}",
                "the filing province asks for: {proofs}"
            )
            .said(lang)
            .with("proofs", crate::province::proof_names(proofs));
            if !out.contains(&item) {
                out.push(item);
            }
        }
    }
    out
}

/// What the table makes of the facts.
enum Choice {
    /// The row that decides, and whether other answers reach the same outcome through other
    /// rows (then the row's own advice may rest on an answer not given, and is left out).
    Row(&'static Decision, bool),
    /// The fact whose answer separates the outcomes, and the likely outcome.
    Ask(&'static str, Option<Likely>),
    /// No row can ever match.
    Nothing,
}

/// Beyond this many outcomes the walk stops and asks (a bound, never reached by the table).
const MAX_LEAVES: usize = 4096;

/// The answers a fact can take, as far as the table tells them apart: yes and no, each value,
/// each single change (a list holds a row's value when one of its items does), and counts
/// either side of every threshold.
fn answers(path: &'static str) -> Vec<FactValue> {
    let Some(def) = table::fact(path) else {
        return Vec::new();
    };
    match def.kind {
        table::FactKind::Bool => vec![FactValue::Bool(false), FactValue::Bool(true)],
        table::FactKind::Enum => def
            .values
            .iter()
            .map(|v| FactValue::Text(v.to_string()))
            .collect(),
        table::FactKind::List => def
            .values
            .iter()
            .map(|v| FactValue::List(vec![v.to_string()]))
            .collect(),
        table::FactKind::Count => {
            // Ascending, each once (kept in order by hand: a sort would cost more in the .wasm).
            let mut n: Vec<u32> = Vec::new();
            for c in DECISIONS.iter().flat_map(|r| r.when.iter()) {
                let pair = match c.test {
                    Test::Min(m) if c.fact == path => [m.saturating_sub(1), m],
                    Test::Max(m) if c.fact == path => [m, m.saturating_add(1)],
                    _ => continue,
                };
                for x in pair.into_iter().filter(|x| *x >= 1) {
                    if let Err(at) = n.binary_search(&x) {
                        n.insert(at, x);
                    }
                }
            }
            n.into_iter().map(FactValue::Count).collect()
        }
        table::FactKind::FilingNumber | table::FactKind::Province => Vec::new(),
    }
}

fn contradiction_count(facts: &Facts) -> usize {
    let mut f = facts.clone();
    let mut out = Vec::new();
    contradictions(&mut f, &mut out);
    out.len()
}

type Assumed = Vec<(&'static str, FactValue)>;

/// Every outcome the facts can still lead to, with the answers that lead there.
fn walk(
    facts: &Facts,
    from: usize,
    assumed: &mut Assumed,
    base: usize,
    leaves: &mut Vec<(Assumed, Option<&'static Decision>)>,
) {
    if leaves.len() >= MAX_LEAVES {
        return;
    }
    for (i, row) in DECISIONS.iter().enumerate().skip(from) {
        match evaluate(row, facts) {
            Verdict::Fails => {}
            Verdict::Holds => {
                leaves.push((assumed.clone(), Some(row)));
                return;
            }
            Verdict::Unknown(path) => {
                let mut any = false;
                for v in answers(path) {
                    let mut f = facts.clone();
                    f.set(path, v.clone());
                    // An answer that contradicts what was given is no answer.
                    if contradiction_count(&f) > base {
                        continue;
                    }
                    any = true;
                    assumed.push((path, v));
                    walk(&f, i, assumed, base, leaves);
                    assumed.pop();
                }
                if any {
                    return;
                }
            }
        }
    }
    leaves.push((assumed.clone(), None));
}

fn same_outcome(a: Option<&Decision>, b: Option<&Decision>) -> bool {
    match (a.map(|r| &r.outcome), b.map(|r| &r.outcome)) {
        (None, None) => true,
        (Some(Outcome::File(x)), Some(Outcome::File(y))) => x == y,
        (Some(Outcome::Block(x)), Some(Outcome::Block(y))) => x == y,
        _ => false,
    }
}

fn decide(facts: &Facts) -> Choice {
    let mut leaves = Vec::new();
    walk(
        facts,
        0,
        &mut Vec::new(),
        contradiction_count(facts),
        &mut leaves,
    );
    let Some((first_path, first)) = leaves.first() else {
        return Choice::Nothing;
    };
    let full = leaves.len() < MAX_LEAVES;
    if full && leaves.iter().all(|(_, l)| same_outcome(*l, *first)) {
        let Some(row) = *first else {
            return Choice::Nothing;
        };
        let mixed = leaves
            .iter()
            .any(|(_, l)| l.is_some_and(|r| r.id != row.id));
        return Choice::Row(row, mixed);
    }
    // Blocked whatever the answers: a block whose conditions are all known is the reason.
    let blocked_always = leaves
        .iter()
        .all(|(_, l)| l.is_some_and(|r| matches!(r.outcome, Outcome::Block(_))));
    if full && blocked_always {
        if let Some(row) = DECISIONS.iter().find(|r| {
            matches!(r.outcome, Outcome::Block(_)) && matches!(evaluate(r, facts), Verdict::Holds)
        }) {
            return Choice::Row(row, false);
        }
    }
    let likely = leaves
        .iter()
        .find(|(_, l)| l.is_some_and(|r| matches!(r.outcome, Outcome::File(_))))
        .map(|(assumed, l)| Likely {
            filing_type: l.and_then(|r| match r.outcome {
                Outcome::File(t) => Some(t.to_string()),
                Outcome::Block(_) => None,
            }),
            assumes: assumed
                .iter()
                .map(|(p, v)| (p.to_string(), v.clone()))
                .collect(),
        });
    match first_path.first() {
        Some((path, _)) => Choice::Ask(path, likely),
        None => Choice::Nothing,
    }
}

/// The bureau's own way for an operation no provider can submit online.
fn offline(row: &Decision, facts: &Facts, f: Finding) -> Finding {
    let Some(operation) = row.offline else {
        return f;
    };
    let way = table::offline_way(operation, facts.text("/province"));
    let mut f = f;
    if let Some(t) = table::filing_type(operation) {
        f = f.arg("operation", t.name);
    }
    if let Some(w) = way {
        f = f.arg("way", w.way);
    }
    match way {
        Some(w) => f.rule(RuleRef {
            id: w.id,
            province: (w.province != "*").then_some(w.province),
            source: table::OFFLINE_SOURCE,
            as_of: table::OFFLINE_AS_OF,
        }),
        None => f,
    }
}

/// The fact a block is about, so a form can show it there.
fn block_path(row: &Decision) -> &'static str {
    row.when.last().map_or("", |c| c.fact)
}
