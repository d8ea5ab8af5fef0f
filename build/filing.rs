//! Compiles `data/filing.json` (the filing-type classifier's facts, types, decision table and
//! product pre-conditions) into Rust tables. A row naming an unknown fact, code, type or product
//! fails the build.

use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt::Write;

fn s<'a>(v: &'a Value, key: &str, ctx: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("filing.json {ctx}: missing string {key}"))
}

/// A list of texts, each (zh, en) and, for a material asked of one subject kind only, that
/// kind: `entity` or `personal`.
fn items(v: &Value, ctx: &str) -> String {
    let items: Vec<String> = v
        .as_array()
        .unwrap_or_else(|| panic!("filing.json {ctx}: expected a list"))
        .iter()
        .map(|p| {
            let (zh, en) = (p[0].as_str().expect("zh"), p[1].as_str().expect("en"));
            let entity = match p.get(2).and_then(Value::as_str) {
                None => "None",
                Some("entity") => "Some(true)",
                Some("personal") => "Some(false)",
                Some(other) => panic!("filing.json {ctx}: unknown subject kind tag {other}"),
            };
            format!(
                "Item {{ entity: {entity}, text: {} }}",
                super::texts::pair(zh, en)
            )
        })
        .collect();
    format!("&[{}]", items.join(", "))
}

/// Both languages of a text, or neither.
fn optional_pair(r: &Value, key: &str, ctx: &str) -> String {
    match (
        r[format!("{key}_zh")].as_str(),
        r[format!("{key}_en")].as_str(),
    ) {
        (Some(zh), Some(en)) => format!("Some({})", super::texts::pair(zh, en)),
        (None, None) => "None".to_string(),
        _ => panic!("filing.json {ctx}: {key} in one language only"),
    }
}

fn code_variant(code: &str, codes: &BTreeSet<String>, ctx: &str) -> String {
    assert!(
        codes.contains(code),
        "filing.json {ctx}: unknown code {code}"
    );
    format!("Code::{}", super::camel(code))
}

pub fn gen(codes: &BTreeSet<String>) -> String {
    let d: Value = super::json("data/filing.json");
    let mut out = String::new();

    let sources = d["sources"].as_object().expect("sources");
    let source = |key: &str, ctx: &str| -> (String, String) {
        let row = sources
            .get(key)
            .unwrap_or_else(|| panic!("filing.json {ctx}: unknown source {key}"));
        let as_of = s(row, "as_of", ctx);
        assert!(
            super::is_date(as_of),
            "filing.json source {key}: bad date {as_of}"
        );
        (super::texts::neutral(s(row, "url", ctx)), as_of.to_string())
    };

    // Facts.
    let mut facts: Vec<(String, String, Vec<String>)> = Vec::new();
    out.push_str("pub static FACTS: &[FactDef] = &[\n");
    for f in d["facts"].as_array().expect("facts") {
        let path = s(f, "path", "fact");
        let kind = match s(f, "type", path) {
            "bool" => "FactKind::Bool",
            "enum" => "FactKind::Enum",
            "list" => "FactKind::List",
            "count" => "FactKind::Count",
            "number" => "FactKind::FilingNumber",
            "province" => "FactKind::Province",
            other => panic!("fact {path}: unknown type {other}"),
        };
        let values: Vec<String> = f["values"]
            .as_array()
            .map(|a| a.iter().map(|v| v.as_str().unwrap().to_string()).collect())
            .unwrap_or_default();
        writeln!(
            out,
            "    FactDef {{ path: {path:?}, kind: {kind}, values: {}, question: {} }},",
            super::rust_str_slice(&values),
            super::texts::pair(s(f, "zh", path), s(f, "en", path))
        )
        .unwrap();
        facts.push((path.to_string(), s(f, "type", path).to_string(), values));
    }
    out.push_str("];\n");
    let fact = |path: &str, ctx: &str| -> (String, Vec<String>) {
        let f = facts
            .iter()
            .find(|f| f.0 == path)
            .unwrap_or_else(|| panic!("filing.json {ctx}: unknown fact {path}"));
        (f.1.clone(), f.2.clone())
    };

    // Filing types.
    let mut types = Vec::new();
    out.push_str("pub static FILING_TYPES: &[FilingTypeDef] = &[\n");
    for t in d["filing_types"].as_array().expect("filing_types") {
        let id = s(t, "id", "filing type");
        let adv: Vec<String> = t["advisories"]
            .as_array()
            .expect("advisories")
            .iter()
            .map(|c| code_variant(c.as_str().unwrap(), codes, id))
            .collect();
        writeln!(
            out,
            "    FilingTypeDef {{ id: {id:?}, name: {}, materials: {}, next_steps: {}, advisories: &[{}] }},",
            super::texts::pair(s(t, "zh", id), s(t, "en", id)),
            items(&t["materials"], id),
            items(&t["next_steps"], id),
            adv.join(", ")
        )
        .unwrap();
        types.push(id.to_string());
    }
    out.push_str("];\n");
    let known_type = |t: &str, ctx: &str| {
        assert!(
            types.iter().any(|x| x == t),
            "filing.json {ctx}: unknown filing type {t}"
        )
    };

    // Decisions.
    let mut ids = BTreeSet::new();
    out.push_str("pub static DECISIONS: &[Decision] = &[\n");
    for r in d["decisions"].as_array().expect("decisions") {
        let id = s(r, "id", "decision");
        assert!(ids.insert(id.to_string()), "decision {id} listed twice");
        let mut conds = Vec::new();
        for (path, test) in r["when"].as_object().expect("when") {
            let (kind, values) = fact(path, id);
            let check_value = |v: &str| {
                if !values.is_empty() {
                    assert!(
                        values.iter().any(|x| x == v),
                        "decision {id}: {v} is not a value of {path}"
                    );
                }
            };
            let (cond, assume) = match test {
                Value::Bool(b) => {
                    assert_eq!(kind, "bool", "decision {id}: {path} is not a yes/no fact");
                    (format!("Test::Is({b})"), None)
                }
                Value::String(v) => {
                    check_value(v);
                    (format!("Test::Eq({v:?})"), None)
                }
                Value::Object(m) if m.contains_key("is") => {
                    assert_eq!(kind, "bool", "decision {id}: {path} is not a yes/no fact");
                    let is = m["is"].as_bool().expect("is: a yes/no value");
                    let assume = m.get("assume").map(|a| {
                        a.as_bool()
                            .expect("assume on a yes/no fact: a yes/no value")
                            .to_string()
                    });
                    (format!("Test::Is({is})"), assume)
                }
                Value::Object(m) => {
                    let assume = m.get("assume").and_then(Value::as_str).map(|a| {
                        check_value(a);
                        a.to_string()
                    });
                    let list = |k: &str| -> Vec<String> {
                        m[k].as_array()
                            .unwrap()
                            .iter()
                            .map(|v| {
                                let v = v.as_str().unwrap().to_string();
                                check_value(&v);
                                v
                            })
                            .collect()
                    };
                    let cond = if let Some(v) = m.get("eq").and_then(Value::as_str) {
                        check_value(v);
                        format!("Test::Eq({v:?})")
                    } else if m.contains_key("in") {
                        format!("Test::In({})", super::rust_str_slice(&list("in")))
                    } else if m.contains_key("any") {
                        assert_eq!(
                            kind, "list",
                            "decision {id}: any on a fact that is not a list"
                        );
                        format!("Test::Any({})", super::rust_str_slice(&list("any")))
                    } else if let Some(n) = m.get("min").and_then(Value::as_u64) {
                        format!("Test::Min({n})")
                    } else if let Some(n) = m.get("max").and_then(Value::as_u64) {
                        format!("Test::Max({n})")
                    } else {
                        panic!("decision {id}: unknown test on {path}")
                    };
                    (cond, assume)
                }
                other => panic!("decision {id}: bad test {other} on {path}"),
            };
            conds.push(format!(
                "Condition {{ fact: {path:?}, test: {cond}, assume: {assume:?} }}"
            ));
        }
        let outcome = match (r["filing_type"].as_str(), r["block"].as_str()) {
            (Some(t), None) => {
                known_type(t, id);
                format!("Outcome::File({t:?})")
            }
            (None, Some(c)) => format!("Outcome::Block({})", code_variant(c, codes, id)),
            _ => panic!("decision {id}: exactly one of filing_type and block"),
        };
        let then = r["then"].as_str().map(|t| {
            known_type(t, id);
            t.to_string()
        });
        let offline = r["offline"].as_str().map(|t| {
            known_type(t, id);
            assert_eq!(
                r["block"].as_str(),
                Some("OPERATION_OFFLINE"),
                "decision {id}: offline names the operation of an OPERATION_OFFLINE block"
            );
            t.to_string()
        });
        let adv: Vec<String> = r["advisories"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|c| code_variant(c.as_str().unwrap(), codes, id))
                    .collect()
            })
            .unwrap_or_default();
        let (url, as_of) = source(s(r, "source", id), id);
        let confidence = s(r, "confidence", id);
        assert!(
            ["high", "medium", "low"].contains(&confidence),
            "decision {id}: confidence {confidence}"
        );
        writeln!(
            out,
            "    Decision {{ id: {id:?}, when: &[{}], outcome: {outcome}, then: {then:?}, offline: {offline:?}, advisories: &[{}], source: {url}, reason: {}, detail: {}, what: {}, as_of: {as_of:?} }},",
            conds.join(", "),
            adv.join(", "),
            super::texts::pair(s(r, "reason_zh", id), s(r, "reason_en", id)),
            optional_pair(r, "detail", id),
            optional_pair(r, "what", id),
        )
        .unwrap();
    }
    out.push_str("];\n");

    // Products.
    let p = &d["products"];
    let (purl, pas_of) = source(s(p, "source", "products"), "products");
    writeln!(out, "pub static PRODUCTS_SOURCE: crate::texts::Text = {purl};\npub static PRODUCTS_AS_OF: &str = {pas_of:?};").unwrap();
    let (_, product_values) = fact("/product", "products");
    out.push_str("pub static PRODUCTS: &[Product] = &[\n");
    for row in p["rows"].as_array().expect("product rows") {
        let id = s(row, "id", "product");
        assert!(
            product_values.iter().any(|v| v == id),
            "product {id} is not a value of /product"
        );
        writeln!(
            out,
            "    Product {{ id: {id:?}, name: {}, subscription_only: {}, min_months: {}, public_ip: {}, quota: {}, min_order_cny: {:?} }},",
            super::texts::pair(s(row, "zh", id), s(row, "en", id)),
            row["subscription_only"].as_bool().expect("subscription_only"),
            row["min_months"].as_u64().expect("min_months"),
            row["public_ip"].as_bool().expect("public_ip"),
            row["quota"].as_u64().expect("quota"),
            row["min_order_cny"].as_u64()
        )
        .unwrap();
    }
    out.push_str("];\n");

    let a = &d["filing_number_abbreviations"];
    out.push_str("pub static NUMBER_ABBR_NOT_USED: &[(&str, &str)] = &[");
    for (k, v) in a["not_used"].as_object().expect("not_used") {
        write!(out, "({k:?}, {:?}), ", v.as_str().unwrap()).unwrap();
    }
    out.push_str("];\n");
    writeln!(
        out,
        "pub static NUMBER_ABBR_SOURCE: crate::texts::Text = {};\npub static NUMBER_ABBR_AS_OF: &str = {:?};",
        super::texts::neutral(s(a, "source", "abbr")),
        s(a, "as_of", "abbr")
    )
    .unwrap();

    // The bureaus' ways for operations no provider submits online (OPERATION_OFFLINE).
    let w = &d["offline_ways"];
    let (wurl, was_of) = source(s(w, "source", "offline_ways"), "offline_ways");
    writeln!(
        out,
        "pub static OFFLINE_SOURCE: crate::texts::Text = {wurl};\npub static OFFLINE_AS_OF: &str = {was_of:?};"
    )
    .unwrap();
    out.push_str("pub static OFFLINE_WAYS: &[OfflineWay] = &[\n");
    for row in w["rows"].as_array().expect("offline_ways rows") {
        let province = s(row, "province", "offline way");
        let operation = s(row, "operation", "offline way");
        known_type(operation, "offline_ways");
        writeln!(
            out,
            "    OfflineWay {{ id: {:?}, province: {province:?}, operation: {operation:?}, way: {} }},",
            s(row, "id", province),
            super::texts::pair(s(row, "zh", province), s(row, "en", province)),
        )
        .unwrap();
    }
    out.push_str("];\n");
    out.push_str(&operations(&types, &facts));
    out
}

/// Compiles `data/operations.json`: what each operation's order must carry and refuses. Every
/// filing type has exactly one row, every `changes` value its paths.
fn operations(types: &[String], facts: &[(String, String, Vec<String>)]) -> String {
    let d: Value = super::json("data/operations.json");
    let mut out = String::new();
    let sources = d["sources"].as_object().expect("operations.json sources");
    let level = |v: &str, ctx: &str| -> &'static str {
        match v {
            "required" => "Level::Required",
            "changed" => "Level::Changed",
            "checked" => "Level::Checked",
            "ignored" => "Level::Ignored",
            other => panic!("operations.json {ctx}: unknown level {other}"),
        }
    };
    let number = |v: &str, ctx: &str| -> &'static str {
        match v {
            "required" => "NumberRule::Required",
            "refused" => "NumberRule::Refused",
            "optional" => "NumberRule::Optional",
            other => panic!("operations.json {ctx}: unknown number rule {other}"),
        }
    };
    let mut seen = Vec::new();
    out.push_str("pub static OPERATIONS: &[Operation] = &[\n");
    for r in d["operations"].as_array().expect("operations") {
        let id = s(r, "id", "operation");
        assert!(
            types.iter().any(|t| t == id),
            "operations.json: {id} is not a filing type"
        );
        assert!(
            !seen.contains(&id.to_string()),
            "operations.json: {id} twice"
        );
        seen.push(id.to_string());
        let src = sources
            .get(s(r, "source", id))
            .unwrap_or_else(|| panic!("operations.json {id}: unknown source"));
        let as_of = s(src, "as_of", id);
        assert!(super::is_date(as_of), "operations.json {id}: bad date");
        assert!(
            !s(r, "note", id).is_empty(),
            "operations.json {id}: every row says why"
        );
        let existing = match r["existing_websites"].as_str() {
            None => "None",
            Some("none") => "Some(false)",
            Some("some") => "Some(true)",
            Some(other) => panic!("operations.json {id}: existing_websites {other}"),
        };
        writeln!(
            out,
            "    Operation {{ id: {id:?}, province: {}, subject: {}, websites: {}, subject_number: {}, website_numbers: {}, existing_websites: {existing}, source: {}, as_of: {as_of:?} }},",
            level(s(r, "province", id), id),
            level(s(r, "subject", id), id),
            level(s(r, "websites", id), id),
            number(s(r, "subject_number", id), id),
            number(s(r, "website_numbers", id), id),
            super::texts::neutral(s(src, "url", id)),
        )
        .unwrap();
    }
    out.push_str("];\n");
    for t in types {
        assert!(seen.contains(t), "operations.json: no row for {t}");
    }
    let changes = facts
        .iter()
        .find(|f| f.0 == "/changes")
        .map(|f| f.2.clone())
        .expect("the /changes fact");
    let paths = d["change_paths"]["paths"]
        .as_object()
        .expect("change_paths");
    out.push_str("pub static CHANGE_PATHS: &[(&str, &[&str])] = &[\n");
    for c in &changes {
        let list: Vec<String> = paths
            .get(c)
            .unwrap_or_else(|| panic!("operations.json: no change_paths for {c}"))
            .as_array()
            .expect("a list of paths")
            .iter()
            .map(|p| p.as_str().expect("a path").to_string())
            .collect();
        assert!(
            list.iter().all(|p| p.starts_with('/')),
            "change_paths {c}: JSON Pointers"
        );
        writeln!(out, "    ({c:?}, {}),", super::rust_str_slice(&list)).unwrap();
    }
    out.push_str("];\n");
    out
}
