//! Property tests: no input, however malformed, makes the domain engine, the field checkers, the
//! option reader or the application validator panic, what the engine accepts is stable under its own normalisation,
//! and a span on a finding selects, in the value as given, what the finding quotes.

#![cfg(not(target_arch = "wasm32"))]

use icp_precheck::{
    check_domain, check_domain_list, check_domain_value, Date, DomainOptions, FieldKind,
    FieldOptions, Limits, SubjectKind, ValidateOptions, Value,
};
use proptest::prelude::*;

/// The day the engines are given where a property does not vary it.
fn today() -> Date {
    Date::new(2026, 11, 22).expect("a date")
}

/// Validation options as the package passes them: a day and a receipt's random bytes.
fn validate_base(today: Date) -> ValidateOptions {
    ValidateOptions {
        receipt_random: Some([0x5a; 16]),
        ..ValidateOptions::new(today)
    }
}

/// Strings built from the characters that matter to domain parsing, plus anything at all.
fn domainish() -> impl Strategy<Value = String> {
    let alphabet = prop::sample::select(vec![
        "a", "Z", "0", "9", "-", ".", "。", "．", "｡", "_", " ", "\u{3000}", "\u{feff}",
        "\u{200d}", "\u{ad}", ":", "/", "?", "#", "@", "[", "]", "*", "%", "\\", "xn--", "例",
        "子", "中国", "ß", "😀", "\u{301}", "ａ", "１", "http://", "0x", "\u{202e}", "ا", "\u{0}",
        "\u{ffff}",
    ]);
    prop_oneof![
        prop::collection::vec(alphabet, 0..40).prop_map(|v| v.concat()),
        any::<String>(),
        "[a-z0-9.-]{0,300}",
    ]
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_map(|n| serde_json::json!(n)),
        domainish().prop_map(serde_json::Value::String),
        prop::sample::select(vec![
            "11",
            "44",
            "99",
            "personal",
            "government",
            "2026-11-22",
            "en",
            "zh-CN",
            "serverHold"
        ])
        .prop_map(|s| serde_json::Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        let keys = prop::sample::select(vec![
            "province",
            "subject_kind",
            "subject",
            "facts",
            "today",
            "lang",
            "name",
            "owner_name",
            "expires",
            "status",
            "realname_verified",
            "realname_verified_on",
            "registrar_approved",
            "document_number",
            "x",
            "websites",
            "domains",
            "document",
            "leader",
            "type",
            "number",
            "valid_until",
            "kind",
            "content",
            "preapprovals",
            "materials",
            "domain_facts",
            "category",
            "mobile",
            "email",
            "intent",
            "hosting",
            "filed",
            "shell",
            "changes",
            "remove",
            "target",
            "server",
            "product",
            "filing_number",
        ]);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(keys.prop_map(str::to_string), inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Integers are written as they are; a float is written as a whole number when it is one (what
/// reports carry) and as `null` otherwise.
fn as_reports_number(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        J::Number(n) if n.is_i64() || n.is_u64() => J::Number(n),
        J::Number(n) => match n.as_f64() {
            Some(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 9.0e15 => J::from(f as i64),
            _ => J::Null,
        },
        J::Array(a) => J::Array(a.into_iter().map(as_reports_number).collect()),
        J::Object(m) => J::Object(
            m.into_iter()
                .map(|(k, v)| (k, as_reports_number(v)))
                .collect(),
        ),
        other => other,
    }
}

/// A complete application with some members replaced by arbitrary values: the shape a buggy
/// form or a hostile page would send.
fn mutated_application() -> impl Strategy<Value = serde_json::Value> {
    let bases: serde_json::Value =
        serde_json::from_str(include_str!("vectors/application-bases.json")).unwrap();
    // The national bases and every province's personal and enterprise base, so each province's
    // rows meet hostile values.
    let all: Vec<serde_json::Value> = bases
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| *k != "note")
        .map(|(_, v)| v.clone())
        .collect();
    let base = prop::sample::select(all);
    let paths = prop::sample::select(vec![
        "/province",
        "/subject",
        "/subject/kind",
        "/subject/name",
        "/subject/document",
        "/subject/document/type",
        "/subject/document/number",
        "/subject/document/valid_until",
        "/subject/leader",
        "/subject/leader/document/number",
        "/subject/leader/mobile",
        "/subject/materials",
        "/subject/filed_website_count",
        "/subject/address",
        "/subject/document_address",
        "/subject/legal_representative",
        "/subject/remark",
        "/subject/leader/mobile_province",
        "/subject/leader/emergency_phone",
        "/subject/leader/is_legal_representative",
        "/subject/leader/leads_other_subject",
        "/subject/leader/document/type",
        "/websites/0/leader/mobile_province",
        "/websites/0/leader/document/number",
        "/websites/0/materials",
        "/websites/0/remark",
        "/websites",
        "/websites/0",
        "/websites/0/name",
        "/websites/0/domains",
        "/websites/0/domains/0",
        "/websites/0/content",
        "/websites/0/preapprovals",
        "/websites/0/domain_facts",
        "/websites/0/leader",
    ]);
    (base, prop::collection::vec((paths, json_value()), 0..5)).prop_map(|(mut app, edits)| {
        for (path, value) in edits {
            if let Some(slot) = app.pointer_mut(path) {
                *slot = value;
            }
        }
        app
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn domain_engine_never_panics(s in domainish(), kind in prop::option::of(prop::sample::select(SubjectKind::ALL.to_vec())),
                                  province in prop::option::of(prop::sample::select(vec!["11", "37", "42", "52", "99", ""]))) {
        let opts = DomainOptions { subject_kind: kind, province: province.map(str::to_string), ..DomainOptions::new(today()) };
        let report = check_domain(&s, &opts);
        // ok agrees with the diagnostics, and every diagnostic renders completely.
        prop_assert_eq!(report.ok, report.diagnostics.iter().all(|d| d.severity != icp_precheck::Severity::Error));
        for d in &report.diagnostics {
            prop_assert!(!d.message().is_empty() && !d.hint().is_empty());
            prop_assert!(d.path.starts_with('/'));
        }
    }

    #[test]
    fn accepted_domains_are_fixed_points(s in domainish()) {
        let opts = DomainOptions::new(today());
        let report = check_domain(&s, &opts);
        if report.ok {
            // Checking the normalised forms again gives the same forms and no normalisation note.
            let ascii = report.ascii.clone().unwrap();
            for form in [ascii.clone(), report.unicode.clone().unwrap()] {
                let again = check_domain(&form, &opts);
                prop_assert!(again.ok, "{:?} accepted but its form {:?} is not", s, form);
                prop_assert_eq!(again.ascii.as_deref(), Some(ascii.as_str()));
                prop_assert!(again.diagnostics.iter().all(|d| d.code != icp_precheck::Code::DomainNormalized));
            }
        }
    }

    #[test]
    fn untrusted_values_never_panic(input in json_value(), options in json_value()) {
        let input = Value::from_json(&input, &Limits::DEFAULT);
        let options = Value::from_json(&options, &Limits::DEFAULT);
        let report = check_domain_value(&input, Some(&options), &DomainOptions::new(today()));
        prop_assert!(report.input.chars().count() <= 1025);
    }

    #[test]
    fn field_checkers_never_panic(s in domainish(), digits in "[0-9Xx０-９ -]{0,24}",
                                  kind in prop::sample::select(FieldKind::ALL.to_vec())) {
        let opts = FieldOptions { subject_kind: Some(SubjectKind::Personal), ..FieldOptions::new(today()) };
        for value in [&s, &digits] {
            let report = icp_precheck::check_field(kind, value, &opts);
            prop_assert_eq!(report.ok, report.diagnostics.iter().all(|d| d.severity != icp_precheck::Severity::Error));
        }
    }

    #[test]
    fn applications_never_panic(app in prop_oneof![mutated_application(), json_value()], options in json_value(),
                                today in prop::sample::select(vec!["2026-11-22", "1900-01-01", "2099-12-31"])) {
        let value = Value::from_json(&app, &Limits::DEFAULT);
        let opts = Value::from_json(&options, &Limits::DEFAULT);
        let typed = validate_base(Date::parse(today).expect("a date"));
        let report = icp_precheck::validate_value(&value, Some(&opts), &typed);
        prop_assert_eq!(report.ok, report.diagnostics.iter().all(|d| d.severity != icp_precheck::Severity::Error));
        prop_assert_eq!(report.ok, report.receipt.is_some());
        for d in &report.diagnostics {
            // (Unfilled templates are caught by the vectors; here the user's own text may hold braces.)
            prop_assert!(!d.message().is_empty() && !d.hint().is_empty());
            prop_assert!(d.path.is_empty() || d.path.starts_with('/'));
            // A provincial finding names its province, source and date.
            if d.rule.as_deref().is_some_and(|r| r.starts_with('P')) {
                prop_assert!(d.province.is_some() && d.source.is_some() && d.as_of.is_some());
            }
        }
        prop_assert!(report.advisories.iter().all(|d| d.severity == icp_precheck::Severity::Info && d.rule.is_some()));
        let again = icp_precheck::validate_value(&value, None, &typed);
        prop_assert_eq!(again.ok, again.receipt.is_some());
    }

    #[test]
    fn classifier_never_panics(facts in json_value(), options in json_value(),
                               intent in prop::sample::select(vec!["host_new", "modify", "remove", "stop_hosting", "claim", "commercial"]),
                               flags in prop::collection::vec(any::<Option<bool>>(), 8), number in domainish()) {
        let plan = icp_precheck::classify_value(&Value::from_json(&facts, &Limits::DEFAULT), Some(&Value::from_json(&options, &Limits::DEFAULT)));
        prop_assert!(plan.filing_type.is_none() || !plan.label.render().is_empty());
        // Well-formed facts with any mix of known and unknown answers: a plan, a block, or the next question.
        let b = |i: usize| flags[i].map_or(serde_json::Value::Null, serde_json::Value::Bool);
        let typed = serde_json::json!({
            "intent": intent, "hosting": "mainland_this_provider",
            "subject": {"filed": b(0), "at_this_provider": b(1), "shell": b(2), "filing_number": number},
            "domain": {"filed": b(3), "same_subject": b(4), "accessed_here": b(5), "shell": b(6)},
            "other_provider_accessed": b(7), "changes": ["website.name"], "remove": {"target": "website"}
        });
        let plan = icp_precheck::classify_value(&Value::from_json(&typed, &Limits::DEFAULT), None);
        prop_assert!(plan.filing_type.is_some() || plan.blocked || plan.needs.is_some(), "{:?}", plan);
    }

    #[test]
    fn ipv6_recognition_agrees_with_std(s in "[0-9a-fA-F:.]{0,45}", parts in prop::collection::vec(0u16..=0xffff, 8),
                                         gap in 0usize..8, len in 0usize..8) {
        for text in [s.clone(), {
            // A well-formed address with a `::` gap of `len` zero groups at `gap`.
            let groups: Vec<String> = parts.iter().map(|p| format!("{p:x}")).collect();
            let end = (gap + len).min(8);
            format!("{}::{}", groups[..gap].join(":"), groups[end..].join(":"))
        }] {
            prop_assert_eq!(icp_precheck::__internal::is_ipv6(&text), text.parse::<std::net::Ipv6Addr>().is_ok(), "{}", text);
        }
    }

    #[test]
    fn json_writer_round_trips(value in json_value(), text in any::<String>()) {
        // What the wasm layer hands to JSON.parse must read back as the value it wrote.
        for v in [value, serde_json::Value::String(text)] {
            let written = icp_precheck::__internal::json_to_string(&v).expect("JSON values always serialise");
            let back: serde_json::Value = serde_json::from_str(&written).expect("the writer writes JSON");
            prop_assert_eq!(back, as_reports_number(v));
        }
    }

    #[test]
    fn lists_never_panic(list in prop::collection::vec(domainish(), 0..12)) {
        let report = check_domain_list(&list, &DomainOptions::new(today()));
        prop_assert_eq!(report.domains.len(), list.len());
    }
}

/// The facts of the decision table that one intent's questions range over, each with the
/// answers the property tries (for `changes`, representative lists: single changes and mixes).
fn universe(intent: &str) -> Vec<(&'static str, Vec<serde_json::Value>)> {
    use serde_json::json;
    let yes_no = || vec![json!(false), json!(true)];
    match intent {
        "host_new" => vec![
            (
                "/hosting",
                vec![
                    json!("mainland_this_provider"),
                    json!("mainland_other_provider"),
                    json!("outside_mainland"),
                ],
            ),
            ("/subject/filed", yes_no()),
            ("/subject/at_this_provider", yes_no()),
            ("/subject/shell", yes_no()),
            ("/domain/filed", yes_no()),
            ("/domain/same_subject", yes_no()),
            ("/domain/accessed_here", yes_no()),
            ("/domain/shell", yes_no()),
        ],
        "modify" => vec![
            (
                "/changes",
                vec![
                    json!(["subject.name"]),
                    json!(["subject.certificate_number"]),
                    json!(["subject.kind"]),
                    json!(["website.add_domain"]),
                    json!(["website.name"]),
                    json!(["website.remove_domain"]),
                    json!(["access.ip"]),
                    json!(["subject.address", "website.name"]),
                    json!(["website.remove_domain", "access.server"]),
                    json!(["subject.certificate_number", "website.leader"]),
                ],
            ),
            ("/subject/same_entity", yes_no()),
            (
                "/remove/website_domain_count",
                vec![json!(1), json!(2), json!(3)],
            ),
            (
                "/remove/subject_website_count",
                vec![json!(1), json!(2), json!(3)],
            ),
        ],
        "remove" => vec![
            (
                "/remove/target",
                vec![
                    json!("domain"),
                    json!("website"),
                    json!("subject"),
                    json!("all_websites"),
                ],
            ),
            (
                "/remove/website_domain_count",
                vec![json!(1), json!(2), json!(3)],
            ),
            (
                "/remove/subject_website_count",
                vec![json!(1), json!(2), json!(3)],
            ),
            ("/subject/shell", yes_no()),
        ],
        "stop_hosting" => vec![
            ("/other_provider_accessed", yes_no()),
            ("/moving_to_other_provider", yes_no()),
        ],
        _ => vec![
            (
                "/hosting",
                vec![
                    json!("mainland_this_provider"),
                    json!("mainland_other_provider"),
                ],
            ),
            ("/wanwang_before_2010_06", yes_no()),
            ("/imported", yes_no()),
            ("/legacy_hichina", yes_no()),
        ],
    }
}

fn facts_json(intent: &str, known: &[(&str, serde_json::Value)]) -> serde_json::Value {
    let mut root = serde_json::json!({ "intent": intent });
    for (path, v) in known {
        let mut node = &mut root;
        let parts: Vec<&str> = path.split('/').skip(1).collect();
        for p in &parts[..parts.len() - 1] {
            node = node
                .as_object_mut()
                .unwrap()
                .entry(p.to_string())
                .or_insert(serde_json::json!({}));
        }
        node[parts[parts.len() - 1]] = v.clone();
    }
    root
}

fn plan_of(facts: &serde_json::Value) -> icp_precheck::FilingPlan {
    icp_precheck::classify_value(&Value::from_json(facts, &Limits::DEFAULT), None)
}

/// What a completion decides: the type and whether it is blocked, and the block's code.
fn outcome(plan: &icp_precheck::FilingPlan) -> (Option<String>, bool, Option<String>) {
    let block = plan
        .diagnostics
        .iter()
        .find(|d| d.severity == icp_precheck::Severity::Error)
        .map(|d| d.code.as_str().to_string());
    (plan.filing_type.clone(), plan.blocked, block)
}

/// Facts that cannot hold together (a row's own contradiction block, D12, names its rule).
fn contradicts(plan: &icp_precheck::FilingPlan) -> bool {
    plan.diagnostics
        .iter()
        .any(|d| d.code.as_str() == "FACT_CONTRADICTION" && d.rule.is_none())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The classifier asks only what matters: whenever the plan decides, every completion of
    /// the facts left unknown decides the same (the same type, or blocked either way); whenever
    /// it asks, two completions decide differently; and the likely outcome is what its
    /// assumptions decide.
    #[test]
    fn classifier_asks_only_what_can_change_the_outcome(
        intent in prop::sample::select(vec!["host_new", "modify", "remove", "stop_hosting", "claim"]),
        picks in prop::collection::vec(prop::option::of(0usize..16), 8),
    ) {
        let facts_of = universe(intent);
        let known: Vec<(&str, serde_json::Value)> = facts_of
            .iter()
            .zip(&picks)
            .filter_map(|((path, answers), pick)| pick.map(|i| (*path, answers[i % answers.len()].clone())))
            .collect();
        let unknown: Vec<&(&str, Vec<serde_json::Value>)> = facts_of
            .iter()
            .filter(|(p, _)| !known.iter().any(|(k, _)| k == p))
            .collect();
        let plan = plan_of(&facts_json(intent, &known));
        if contradicts(&plan) {
            return Ok(());
        }
        // Every completion of the unknown facts, contradictory ones left out.
        let mut outcomes = Vec::new();
        let total: usize = unknown.iter().map(|(_, a)| a.len()).product();
        for n in 0..total {
            let mut all = known.clone();
            let mut rest = n;
            for (path, answers) in &unknown {
                all.push((path, answers[rest % answers.len()].clone()));
                rest /= answers.len();
            }
            let p = plan_of(&facts_json(intent, &all));
            if !contradicts(&p) {
                outcomes.push((all, outcome(&p)));
            }
        }
        prop_assume!(!outcomes.is_empty());
        match &plan.needs {
            None if plan.blocked => {
                for (all, o) in &outcomes {
                    prop_assert!(o.1, "decided blocked for {:?}, but {:?} gives {:?}", known, all, o);
                }
            }
            None => {
                for (all, o) in &outcomes {
                    prop_assert!(o.0 == plan.filing_type && !o.1,
                        "decided {:?} for {:?}, but {:?} gives {:?}", plan.filing_type, known, all, o);
                }
            }
            Some(asked) => {
                let first = &outcomes[0].1;
                prop_assert!(outcomes.iter().any(|(_, o)| o != first),
                    "asks {} for {:?}, but every completion gives {:?}", asked, known, first);
                prop_assert!(unknown.iter().any(|(p, _)| p == asked) || asked == "/intent",
                    "asks {} which is known or not a question: {:?}", asked, known);
                if let Some(likely) = &plan.likely {
                    let mut assumed = known.clone();
                    for (p, v) in &likely.assumes {
                        let path: &'static str = facts_of.iter().find(|(f, _)| f == p).map(|(f, _)| *f)
                            .unwrap_or_else(|| panic!("assumes {p}, not a question of {intent}"));
                        assumed.push((path, serde_json::to_value(v).unwrap()));
                    }
                    let under = plan_of(&facts_json(intent, &assumed));
                    prop_assert_eq!(&under.filing_type, &likely.filing_type, "likely {:?} under {:?}", likely, assumed);
                }
            }
        }
    }
}

fn filing_number() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        "[京沪浙粤川蜀]?(ICP[备证])?[0-9]{0,10}号?(-[0-9]{0,4}[AXKQ]?)?"
            .prop_map(serde_json::Value::String),
        "[B1B2粤-]{0,4}[0-9]{0,9}(-[0-9A-Z]{0,3})?".prop_map(serde_json::Value::String),
        json_value(),
    ]
}

proptest! {
    /// Any order on any application: no panic, `ok` follows the errors, a plan whenever there is
    /// an order object, and every diagnostic about the order at a path under the order or the
    /// application.
    #[test]
    fn orders_never_panic(app in mutated_application(),
                          filing_type in prop::sample::select(vec![
                              "first_filing", "access_subject_elsewhere", "access_subject_here",
                              "new_website_subject_elsewhere", "new_website_subject_here", "change_subject",
                              "change_website", "change_access", "cancel_subject", "cancel_website",
                              "cancel_access", "claim_wanwang", "import_legacy", "wangpu", "none", "launch", ""]),
                          typed in any::<bool>(), facts in json_value(), subject_number in filing_number(),
                          site_number in filing_number(),
                          intent in prop::sample::select(vec!["host_new", "modify", "remove", "stop_hosting", "claim", "commercial"]),
                          flags in prop::collection::vec(any::<Option<bool>>(), 6)) {
        let b = |i: usize| flags[i].map_or(serde_json::Value::Null, serde_json::Value::Bool);
        let structured = serde_json::json!({
            "intent": intent, "hosting": "mainland_this_provider",
            "subject": {"filed": b(0), "at_this_provider": b(1), "shell": b(2)},
            "domain": {"filed": b(3), "same_subject": b(4), "accessed_here": b(5)},
            "changes": ["website.name", "subject.address"], "remove": {"target": "website"}
        });
        let mut app = app;
        if let Some(obj) = app.as_object_mut() {
            obj.insert("filing".into(), serde_json::json!({
                "type": if typed { serde_json::json!(filing_type) } else { serde_json::Value::Null },
                "facts": if flags[0].is_some() { structured } else { facts },
                "subject_number": subject_number,
            }));
        }
        if let Some(site) = app.pointer_mut("/websites/0").and_then(|w| w.as_object_mut()) {
            site.insert("filing_number".into(), site_number);
        }
        let report = icp_precheck::validate_value(&Value::from_json(&app, &Limits::DEFAULT), None, &validate_base(today()));
        prop_assert_eq!(report.ok, report.diagnostics.iter().all(|d| d.severity != icp_precheck::Severity::Error));
        prop_assert_eq!(report.ok, report.receipt.is_some());
        if app["filing"]["facts"].is_object() || (typed && !filing_type.is_empty() && filing_type != "launch") {
            prop_assert!(report.filing.is_some(), "an order without a plan");
        }
        for d in &report.diagnostics {
            prop_assert!(d.path.is_empty() || d.path.starts_with('/'));
            prop_assert!(!d.message().is_empty() && !d.hint().is_empty());
        }
    }
}

/// Website names mixing what moves a span: blanks the engine trims, full-width letters it folds,
/// astral characters (two UTF-16 units), words and symbols that are reported.
fn site_nameish() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        " ", "\u{3000}", "\t", "\u{feff}", "ａ", "Ｂ", "１", "𠀀", "😀", "中国", "中华", "全国",
        "赌博", "理财", "博客", "新闻", "论坛", "四川", "海淀", "北京", "★", "！", "@", "。",
        "\u{200b}", "美食", "笔记", "网", "x", "-",
    ]);
    prop::collection::vec(piece, 0..10).prop_map(|p| p.concat())
}

/// A span must select, in the raw value as JavaScript holds it, exactly the characters the
/// finding quotes (after folding), and never half of a surrogate pair.
fn span_selects_the_quoted_text(raw: &str, d: &icp_precheck::Diagnostic) -> Result<(), String> {
    let Some(s) = d.span else { return Ok(()) };
    let units: Vec<u16> = raw.encode_utf16().collect();
    let (start, end) = (s.start as usize, s.end as usize);
    if start >= end || end > units.len() {
        return Err(format!("{} span {s:?} outside {raw:?}", d.code));
    }
    let slice = String::from_utf16(&units[start..end])
        .map_err(|_| format!("{} span {s:?} splits a surrogate pair in {raw:?}", d.code))?;
    let quoted = ["word", "char"]
        .iter()
        .find_map(|k| d.args.get(k).and_then(icp_precheck::Arg::as_str))
        .ok_or_else(|| format!("{} has a span but quotes nothing", d.code))?;
    if icp_precheck::__internal::fold(&slice) != quoted {
        return Err(format!(
            "{} span {s:?} of {raw:?} is {slice:?}, quotes {quoted:?}",
            d.code
        ));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn site_name_spans_select_what_they_quote(name in site_nameish(),
                                              kind in prop::sample::select(vec![SubjectKind::Personal, SubjectKind::Enterprise])) {
        let opts = FieldOptions { subject_kind: Some(kind), ..FieldOptions::new(today()) };
        let report = icp_precheck::check_field(FieldKind::SiteName, &name, &opts);
        for d in &report.diagnostics {
            prop_assert!(span_selects_the_quoted_text(&name, d).is_ok(), "{}", span_selects_the_quoted_text(&name, d).unwrap_err());
        }
        // Through the whole application too: the licence words and Beijing's personal-name words.
        let app = serde_json::json!({
            "province": "11",
            "subject": {"kind": if kind == SubjectKind::Personal { "personal" } else { "enterprise" }},
            "websites": [{"name": name}],
        });
        let value = Value::from_json(&app, &Limits::DEFAULT);
        let report = icp_precheck::validate_value(&value, None, &validate_base(today()));
        for d in report.diagnostics.iter().filter(|d| d.path == "/websites/0/name") {
            prop_assert!(span_selects_the_quoted_text(&name, d).is_ok(), "{}", span_selects_the_quoted_text(&name, d).unwrap_err());
        }
    }
}
