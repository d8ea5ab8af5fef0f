//! Runs every vector file natively, through the same untrusted-value entry the wasm and CLI
//! layers use, then checks that every registered code is reached by some vector.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{
    all_application_vectors, all_domain_vectors, all_field_vectors, all_filing_vectors, judge,
    judge_filing, ApplicationReport, Outcome,
};
use icp_precheck::{
    check_domain_value, check_domains_value, check_field_value, Code, DomainOptions, FieldOptions,
    Limits, Value,
};
use std::collections::BTreeSet;

fn run(v: &common::Vector) -> Outcome {
    if v.is_application() {
        let app = Value::from_json(&v.application(), &Limits::DEFAULT);
        let options = Value::from_json(&v.raw["options"], &Limits::DEFAULT);
        let report = icp_precheck::validate_value(&app, Some(&options), &common::validate_base());
        let json = serde_json::to_value(&report).expect("a report serialises");
        return Outcome::Application(
            serde_json::from_value::<ApplicationReport>(json).expect("a report reads back"),
        );
    }
    let options = Value::from_json(&v.options(), &Limits::DEFAULT);
    if v.is_field() {
        let field = Value::from_json(&v.field(), &Limits::DEFAULT);
        let input = Value::from_json(&v.input(), &Limits::DEFAULT);
        let base = FieldOptions::new(common::today());
        return Outcome::Field(common::read_back(&check_field_value(
            &field,
            &input,
            Some(&options),
            &base,
        )));
    }
    let base = DomainOptions::new(common::today());
    if v.is_list() {
        let inputs = Value::from_json(&v.inputs(), &Limits::DEFAULT);
        Outcome::List(common::read_back(&check_domains_value(
            &inputs,
            Some(&options),
            &base,
        )))
    } else {
        let input = Value::from_json(&v.input(), &Limits::DEFAULT);
        Outcome::Single(common::read_back(&check_domain_value(
            &input,
            Some(&options),
            &base,
        )))
    }
}

#[test]
fn domain_vectors() {
    let vectors = all_domain_vectors();
    assert!(vectors.len() > 150, "vector files went missing");
    common::assert_vectors(&vectors, |v| judge(v, &run(v)));
}

#[test]
fn field_vectors() {
    let vectors = all_field_vectors();
    common::assert_vectors(&vectors, |v| judge(v, &run(v)));
}

#[test]
fn application_vectors() {
    let vectors = all_application_vectors();
    assert!(vectors.len() > 50, "vector files went missing");
    common::assert_vectors(&vectors, |v| judge(v, &run(v)));
}

fn classify(v: &common::Vector) -> common::FilingPlan {
    let facts = Value::from_json(&v.raw["facts"], &Limits::DEFAULT);
    let options = v
        .raw
        .get("options")
        .map(|o| Value::from_json(o, &Limits::DEFAULT));
    common::read_back(&icp_precheck::classify_value(&facts, options.as_ref()))
}

#[test]
fn filing_vectors() {
    let vectors = all_filing_vectors();
    assert!(vectors.len() > 50, "vector files went missing");
    common::assert_vectors(&vectors, |v| judge_filing(v, &classify(v)));
}

#[test]
fn every_filing_type_is_reached_by_a_vector() {
    let reached: BTreeSet<String> = all_filing_vectors()
        .iter()
        .filter_map(|v| classify(v).filing_type)
        .collect();
    // The operations as the data defines them, read from the data file itself.
    let data: serde_json::Value =
        serde_json::from_str(include_str!("../data/filing.json")).expect("filing.json is JSON");
    let missing: Vec<&str> = data["filing_types"]
        .as_array()
        .expect("filing_types is a list")
        .iter()
        .map(|t| t["id"].as_str().expect("a filing type has an id"))
        .filter(|t| !reached.contains(*t))
        .collect();
    assert!(
        missing.is_empty(),
        "filing types no vector reaches: {missing:?}"
    );
}

#[test]
fn every_registered_code_is_reached_by_a_vector() {
    let mut reached = BTreeSet::new();
    for v in all_filing_vectors() {
        let plan = classify(&v);
        for d in plan.diagnostics.iter().chain(plan.advisories.iter()) {
            reached.insert(d.code);
        }
    }
    for v in all_domain_vectors()
        .into_iter()
        .chain(all_field_vectors())
        .chain(all_application_vectors())
    {
        for d in run(&v).diagnostics() {
            reached.insert(d.code);
        }
    }
    let missing: Vec<&str> = Code::all()
        .map(|c| c.code)
        .filter(|c| !reached.contains(c))
        .map(|c| c.as_str())
        .collect();
    assert!(missing.is_empty(), "codes no vector reaches: {missing:?}");
}

#[test]
fn every_registered_code_has_both_languages() {
    for c in Code::all() {
        for (what, text) in [
            ("zh", c.zh()),
            ("en", c.en()),
            ("hint_zh", c.hint_zh()),
            ("hint_en", c.hint_en()),
        ] {
            assert!(!text.trim().is_empty(), "{} has no {what}", c.name());
        }
        assert!(
            c.zh()
                .chars()
                .any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
            "{} zh message is not Chinese",
            c.name()
        );
        // That the English is wholly English (Chinese only quoted) is tests/languages.rs's.
    }
}

/// A vector with a misspelt member is refused when the files load, not silently half-read.
#[test]
#[should_panic(expected = "x.jsonl:1: not a vector record: unknown field `verdcit`")]
fn a_misspelt_vector_member_fails() {
    common::load("x.jsonl", r#"{"id": "X1", "note": "n", "verdcit": "ok"}"#);
}

#[test]
#[should_panic(expected = "x.jsonl:2: not a vector record: invalid type")]
fn a_vector_member_of_the_wrong_type_fails() {
    common::load(
        "x.jsonl",
        "{\"id\": \"X1\", \"note\": \"n\"}\n{\"id\": \"X2\", \"note\": \"n\", \"codes\": \"DOMAIN_EMPTY\"}",
    );
}

/// A failure names its vector by id and file: no id stands for two vectors of one file. (A
/// research case may have a field part and an application part, one in each file.)
#[test]
fn every_vector_id_names_one_vector_of_its_file() {
    for (file, text) in common::DOMAIN_FILES
        .iter()
        .chain(common::FIELD_FILES)
        .chain(common::APPLICATION_FILES)
        .chain(common::FILING_FILES)
    {
        let mut seen = std::collections::BTreeMap::new();
        for v in common::load(file, text) {
            let id = v.raw["id"].as_str().unwrap_or_default().to_string();
            if let Some(line) = seen.insert(id.clone(), v.line) {
                panic!("{id} names {file}:{line} and {file}:{}", v.line);
            }
        }
    }
}
