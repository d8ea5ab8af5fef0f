//! The filing-type classifier (`classifyFiling`): from what the user knows to the operation of
//! the provider's filing system, with its reasons, materials, advisories, next steps and blocks.
//!
//! The decision table is data (`data/filing.json`, `table.rs`); this module walks it. A row whose
//! condition names a fact that was not given stops the walk: the plan asks that fact
//! (`FACT_NEEDED` at its path) instead of guessing, so a form can ask it next.

mod facts;
mod number;
pub mod table;

pub use facts::{read_facts, FactValue, Facts};
pub use number::{parse as parse_filing_number, FilingNumber, NumberKind};

use crate::diagnostic::{self, Code, Diagnostic, Finding, Lang, RuleRef, Severity};
use crate::input::{Reader, Value};
use serde::{Deserialize, Serialize};
use table::{Decision, Outcome, Test, DECISIONS};

/// Shared spec `api.md`, "FilingPlan".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FilingPlan {
    pub filing_type: Option<String>,
    pub label: String,
    pub blocked: bool,
    pub reasons: Vec<String>,
    pub materials: Vec<String>,
    pub advisories: Vec<Diagnostic>,
    pub diagnostics: Vec<Diagnostic>,
    pub next_steps: Vec<String>,
    /// The decision row that decided (`D11` …), for review against the research table.
    pub decision: Option<String>,
    /// The fact to ask next, when one is needed (also a `FACT_NEEDED` diagnostic).
    pub needs: Option<String>,
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
        let assumed = c.assume.map(|a| FactValue::Text(a.to_string()));
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
        source: row.source(),
        as_of: row.as_of(),
    }
}

/// Facts that cannot hold together; each is reported at the fact that gives it away.
fn contradictions(facts: &mut Facts, out: &mut Vec<Finding>) {
    let mut contradiction = |path: &str, zh: &str, en: &str| {
        out.push(
            Finding::new(Code::FactContradiction, path)
                .arg("detail", zh)
                .arg("detail_en", en),
        );
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
                    "给出了备案号，却说尚未备案",
                    "a filing number is given, yet it is said not to be filed",
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
                "未备案的主体不可能已在本平台接入",
                "a subject that is not filed cannot be accessed here",
            ),
            (
                "/subject/shell",
                "未备案的主体不可能是空壳主体",
                "a subject that is not filed cannot be a shell",
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
                "未备案的域名不可能已在本平台接入",
                "a domain that is not filed cannot be accessed here",
            ),
            (
                "/domain/shell",
                "未备案的域名不可能是空壳网站",
                "a domain that is not filed cannot be a shell website",
            ),
            (
                "/domain/same_subject",
                "未备案的域名没有所属主体",
                "a domain that is not filed belongs to no subject",
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
                "要删除的备案至少有一个",
                "what is removed exists at least once",
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
                "网站没有域名可删",
                "the website has no domain to remove",
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
        out.push(
            Finding::new(Code::ServerNotQualified, path)
                .arg("reason", zh)
                .arg("reason_en", en)
                .rule(rule),
        );
    };
    if p.subscription_only && facts.text("/server/billing") == Some("pay_as_you_go") {
        not_qualified(
            "/server/billing",
            format!("{}须为包年包月，不支持按量付费", p.zh),
            format!("a {} must be on subscription, not pay-as-you-go", p.en),
        );
    }
    if let Some(m) = facts.count("/server/months_purchased") {
        if u64::from(m) < p.min_months {
            not_qualified(
                "/server/months_purchased",
                format!("{}须购买至少{}个月，当前{}个月", p.zh, p.min_months, m),
                format!(
                    "a {} must be bought for at least {} months, not {}",
                    p.en, p.min_months, m
                ),
            );
        }
    }
    if p.public_ip && facts.bool("/server/public_ip") == Some(false) {
        not_qualified(
            "/server/public_ip",
            format!("{}须有公网IP或公网带宽", p.zh),
            format!("a {} needs a public IP or public bandwidth", p.en),
        );
    }
    if let (Some(min), Some(paid)) = (p.min_order_cny, facts.count("/server/order_amount_cny")) {
        if u64::from(paid) < min {
            not_qualified(
                "/server/order_amount_cny",
                format!("{}订单金额须不少于{}元，当前{}元", p.zh, min, paid),
                format!(
                    "a {} order must be at least RMB {}, not {}",
                    p.en, min, paid
                ),
            );
        }
    }
    if let Some(used) = facts.count("/server/service_numbers_used") {
        if p.quota > 0 && u64::from(used) >= p.quota {
            out.push(
                Finding::new(
                    Code::ServiceNumberQuotaExhausted,
                    "/server/service_numbers_used",
                )
                .arg("used", used.to_string())
                .arg("quota", p.quota.to_string())
                .rule(rule),
            );
        }
    }
}

fn needed(path: &'static str) -> Finding {
    let def = table::fact(path);
    Finding::new(Code::FactNeeded, path)
        .arg("question", def.map_or(path, |d| d.zh))
        .arg("question_en", def.map_or(path, |d| d.en))
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
    run(facts.clone(), options.lang, Vec::new())
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
    run(facts, lang, r.findings)
}

fn run(mut facts: Facts, lang: Lang, mut diags: Vec<Finding>) -> FilingPlan {
    contradictions(&mut facts, &mut diags);
    if let Some(p) = facts.text("/province") {
        if crate::data::province(p).is_none() {
            diags.push(
                Finding::new(Code::ProvinceUnknown, "/province")
                    .arg("province", crate::input::truncate(p, 40)),
            );
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
    };
    let mut advisories: Vec<Finding> = Vec::new();
    let decided = DECISIONS
        .iter()
        .find_map(|row| match evaluate(row, &facts) {
            Verdict::Fails => None,
            Verdict::Holds => Some(Ok(row)),
            Verdict::Unknown(path) => Some(Err(path)),
        });
    match decided {
        Some(Err(path)) => {
            plan.needs = Some(path.to_string());
            plan.label = pick(lang, "还需要更多信息", "more facts needed");
            diags.push(needed(path));
        }
        None => {
            plan.label = pick(lang, "无法确定", "cannot be decided");
            diags.push(needed("/intent"));
            plan.needs = Some("/intent".to_string());
        }
        Some(Ok(row)) => {
            plan.decision = Some(row.id.to_string());
            let (reason_zh, reason_en) = row.reason();
            plan.reasons.push(pick(lang, reason_zh, reason_en));
            for code in row.advisories {
                advisories.push(Finding::new(*code, "").rule(rule_of(row)));
            }
            match row.outcome {
                Outcome::File(t) => {
                    let def =
                        table::filing_type(t).expect("filing types are checked at build time");
                    plan.filing_type = Some(t.to_string());
                    plan.label = pick(lang, def.zh, def.en);
                    plan.materials = table::pairs(def.materials)
                        .map(|(zh, en)| pick(lang, zh, en))
                        .collect();
                    plan.next_steps = table::pairs(def.next_steps)
                        .map(|(zh, en)| pick(lang, zh, en))
                        .collect();
                    for code in def.advisories {
                        if !advisories.iter().any(|a| a.code == *code) {
                            advisories.push(Finding::new(*code, "").rule(rule_of(row)));
                        }
                    }
                    if NEW_FILINGS.contains(&t) {
                        if facts.bool("/commercial_site") == Some(true) {
                            advisories.push(Finding::new(
                                Code::CommercialLicenceSeparate,
                                "/commercial_site",
                            ));
                        }
                        if facts.text("/hosting") == Some("mainland_this_provider")
                            || facts.get("/hosting").is_none()
                        {
                            check_server(&facts, &mut diags);
                        }
                    }
                }
                Outcome::Block(code) => {
                    plan.blocked = true;
                    plan.label = pick(lang, "无法办理", "cannot be filed as things stand");
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
                    diags.push(f);
                    if let Some(then) = row.then.and_then(table::filing_type) {
                        plan.next_steps.push(pick(
                            lang,
                            &format!("解决上述问题后办理：{}", then.zh),
                            &format!("once that is resolved: {}", then.en),
                        ));
                    }
                }
            }
        }
    }
    // One order at a time: advice on every filing, a block when another order is known to be open.
    if facts.bool("/order_in_progress") == Some(true) && plan.filing_type.is_some() {
        diags.push(
            Finding::new(Code::OneOrderAtATime, "/order_in_progress").severity(Severity::Error),
        );
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
                "先解决下列阻止办理的问题",
                "first clear the problems below",
            ),
        );
    }
    plan.advisories = diagnostic::render_all(&advisories, lang);
    plan.diagnostics = diagnostic::render_all(&diags, lang);
    plan
}

/// The fact a block is about, so a form can show it there.
fn block_path(row: &Decision) -> &'static str {
    row.when.last().map_or("", |c| c.fact)
}
