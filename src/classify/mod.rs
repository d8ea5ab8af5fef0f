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

use crate::diagnostic::{self, Code, Diagnostic, Finding, Lang, RuleRef, Severity};
use crate::input::{Reader, Value};
use crate::subject::SubjectKind;
use crate::texts::Line;
use serde::{Deserialize, Serialize};
use table::{Decision, Outcome, Test, DECISIONS};

/// Shared spec `api.md`, "FilingPlan".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FilingPlan {
    pub filing_type: Option<String>,
    pub label: String,
    pub blocked: bool,
    pub reasons: Vec<String>,
    pub materials: Vec<Line>,
    pub advisories: Vec<Diagnostic>,
    pub diagnostics: Vec<Diagnostic>,
    pub next_steps: Vec<String>,
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

fn pick(lang: Lang, zh: &str, en: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        _ => zh.to_string(),
    }
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
        as_of: row.as_of(),
    }
}

/// Facts that cannot hold together; each is reported at the fact that gives it away.
fn contradictions(facts: &mut Facts, out: &mut Vec<Finding>) {
    let mut contradiction = |path: &str, zh: &str, en: &str| {
        out.push(Finding::fact_contradiction(path, zh, en));
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
                    t!("给出了备案号，却说尚未备案"),
                    t!("a filing number is given, yet it is said not to be filed"),
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
        for (path, zh, en) in [
            (
                "/subject/at_this_provider",
                t!("未备案的主体不可能已在本平台接入"),
                t!("a subject that is not filed cannot be accessed here"),
            ),
            (
                "/subject/shell",
                t!("未备案的主体不可能是空壳主体"),
                t!("a subject that is not filed cannot be a shell"),
            ),
        ] {
            if facts.bool(path) == Some(true) {
                contradiction(path, zh, en);
            }
        }
    }
    if facts.bool("/domain/filed") == Some(false) {
        for (path, zh, en) in [
            (
                "/domain/accessed_here",
                t!("未备案的域名不可能已在本平台接入"),
                t!("a domain that is not filed cannot be accessed here"),
            ),
            (
                "/domain/shell",
                t!("未备案的域名不可能是空壳网站"),
                t!("a domain that is not filed cannot be a shell website"),
            ),
            (
                "/domain/same_subject",
                t!("未备案的域名没有所属主体"),
                t!("a domain that is not filed belongs to no subject"),
            ),
        ] {
            if facts.get(path).is_some() && facts.bool(path) != Some(false) {
                contradiction(path, zh, en);
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
                t!("要删除的备案至少有一个"),
                t!("what is removed exists at least once"),
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
                t!("网站没有域名可删"),
                t!("the website has no domain to remove"),
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
    let mut not_qualified = |path: &str, zh: String, en: String| {
        out.push(Finding::server_not_qualified(path, zh, en).rule(rule));
    };
    if p.subscription_only && facts.text("/server/billing") == Some("pay_as_you_go") {
        not_qualified(
            "/server/billing",
            format!("{}{}", p.zh, t!("须为包年包月，不支持按量付费")),
            format!(
                "a {}{}",
                p.en,
                t!(" must be on subscription, not pay-as-you-go")
            ),
        );
    }
    if let Some(m) = facts.count("/server/months_purchased") {
        if u64::from(m) < p.min_months {
            not_qualified(
                "/server/months_purchased",
                format!(
                    "{}{}{}{}{}{}",
                    p.zh,
                    t!("须购买至少"),
                    p.min_months,
                    t!("个月，当前"),
                    m,
                    t!("个月")
                ),
                format!(
                    "a {}{}{}{}{}",
                    p.en,
                    t!(" must be bought for at least "),
                    p.min_months,
                    t!(" months, not "),
                    m
                ),
            );
        }
    }
    if p.public_ip && facts.bool("/server/public_ip") == Some(false) {
        not_qualified(
            "/server/public_ip",
            format!("{}{}", p.zh, t!("须有公网IP或公网带宽")),
            format!("a {}{}", p.en, t!(" needs a public IP or public bandwidth")),
        );
    }
    if let (Some(min), Some(paid)) = (p.min_order_cny, facts.count("/server/order_amount_cny")) {
        if u64::from(paid) < min {
            not_qualified(
                "/server/order_amount_cny",
                format!(
                    "{}{}{}{}{}{}",
                    p.zh,
                    t!("订单金额须不少于"),
                    min,
                    t!("元，当前"),
                    paid,
                    t!("元")
                ),
                format!(
                    "a {}{}{}{}{}",
                    p.en,
                    t!(" order must be at least RMB "),
                    min,
                    t!(", not "),
                    paid
                ),
            );
        }
    }
    if let Some(used) = facts.count("/server/service_numbers_used") {
        if p.quota > 0 && u64::from(used) >= p.quota {
            out.push(
                Finding::service_number_quota_exhausted(
                    "/server/service_numbers_used",
                    used.to_string(),
                    p.quota.to_string(),
                )
                .rule(rule),
            );
        }
    }
}

fn needed(path: &'static str) -> Finding {
    let def = table::fact(path);
    Finding::fact_needed(path, def.map_or(path, |d| d.zh), def.map_or(path, |d| d.en))
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
        label: pick(lang, def.zh, def.en),
        blocked: false,
        reasons: Vec::new(),
        materials: materials(def, kind, province, lang),
        advisories: diagnostic::render_all(&advisories, lang),
        diagnostics: Vec::new(),
        next_steps: table::pairs(def.next_steps)
            .map(|(zh, en)| pick(lang, zh, en))
            .collect(),
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
        lang = r
            .enumerated(obj.get("lang"), "/options/lang", Lang::parse, "zh-CN or en")
            .unwrap_or_default();
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
        label: String::new(),
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
            plan.label = pick(lang, t!("还需要更多信息"), t!("more facts needed"));
            diags.push(needed(path));
            // The server's known pre-conditions block a new filing whatever is still asked.
            new_filing = plan
                .likely
                .as_ref()
                .and_then(|l| l.filing_type.as_deref())
                .is_some_and(|t| NEW_FILINGS.contains(&t));
        }
        None => {
            plan.label = pick(lang, t!("无法确定"), t!("cannot be decided"));
            diags.push(needed("/intent"));
            plan.needs = Some("/intent".to_string());
        }
        Some(Ok(row)) => {
            plan.decision = Some(row.id.to_string());
            // Reached through several rows, the row's own reason may rest on an assumed answer:
            // the type's label says it all.
            if !mixed {
                let (reason_zh, reason_en) = row.reason();
                plan.reasons.push(pick(lang, reason_zh, reason_en));
            }
            for code in row.advisories.iter().filter(|_| !mixed) {
                advisories.push(Finding::new(*code, "").rule(rule_of(row)));
            }
            match row.outcome {
                Outcome::File(t) => {
                    let def =
                        table::filing_type(t).expect("filing types are checked at build time");
                    plan.filing_type = Some(t.to_string());
                    plan.label = pick(lang, def.zh, def.en);
                    let kind = facts.text("/subject/kind").and_then(SubjectKind::parse);
                    plan.materials = materials(def, kind, facts.text("/province"), lang);
                    plan.next_steps = table::pairs(def.next_steps)
                        .map(|(zh, en)| pick(lang, zh, en))
                        .collect();
                    for code in def.advisories {
                        if !advisories.iter().any(|a| a.code == *code) {
                            advisories.push(Finding::new(*code, "").rule(rule_of(row)));
                        }
                    }
                    if t.starts_with("access_") {
                        if let Some(FactValue::List(changes)) = facts.get("/changes") {
                            // An access filing adds a provider to a filing as it stands.
                            diags.push(
                                Finding::new(Code::AccessCannotChange, "/changes")
                                    .arg("changes", changes.join(", "))
                                    .rule(rule_of(row)),
                            );
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
                    plan.label = pick(lang, t!("无法办理"), t!("cannot be filed as things stand"));
                    let mut f = Finding::new(code, block_path(row)).rule(rule_of(row));
                    if let Some((zh, en)) = row.detail() {
                        f = f.arg("detail", zh).arg("detail_en", en);
                    }
                    if let Some((zh, en)) = row.what() {
                        f = f.arg("what", zh).arg("what_en", en);
                    }
                    if let Some(p) = facts.text("/product").and_then(table::product) {
                        f = f.arg("product", p.zh).arg("product_en", p.en);
                    }
                    if code == Code::OperationOffline {
                        f = offline(row, &facts, f);
                    }
                    diags.push(f);
                    if let Some(then) = row.then.and_then(table::filing_type) {
                        plan.next_steps.push(pick(
                            lang,
                            &format!("{}{}", t!("解决上述问题后办理："), then.zh),
                            &format!("{}{}", t!("once that is resolved: "), then.en),
                        ));
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
            pick(
                lang,
                t!("先解决下列阻止办理的问题"),
                t!("first clear the problems below"),
            ),
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
) -> Vec<Line> {
    let mut out: Vec<Line> = def
        .materials
        .split('\u{1e}')
        .filter(|item| !item.is_empty())
        .filter_map(|item| {
            let (only, rest) = match (item.strip_prefix("entity:"), item.strip_prefix("personal:"))
            {
                (Some(rest), _) => (Some(true), rest),
                (_, Some(rest)) => (Some(false), rest),
                _ => (None, item),
            };
            if let (Some(entity), Some(k)) = (only, kind) {
                if k.is_entity() != entity {
                    return None;
                }
            }
            let (zh, en) = rest.split_once('\u{1f}').unwrap_or((rest, rest));
            Some(Line::Legacy(pick(lang, zh, en).to_string()))
        })
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
            let item = Line::Said(
                text!(
                    "备案省份要求：{proofs}",
                    "the filing province asks for: {proofs}"
                )
                .said(lang)
                .with("proofs", crate::province::proof_names(proofs)),
            );
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
    let (op_zh, op_en) = table::filing_type(operation).map_or(("", ""), |t| (t.zh, t.en));
    let way = table::offline_way(operation, facts.text("/province"));
    let (way_zh, way_en) = way.map_or(("", ""), |w| (w.zh, w.en));
    let f = f
        .arg("operation", op_zh)
        .arg("operation_en", op_en)
        .arg("way", way_zh)
        .arg("way_en", way_en);
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
