//! Every data file read through its typed schema (`build/schema.rs`): an unknown or missing
//! member, a value outside its vocabulary, a malformed date, a duplicate id or a reference to an
//! id that does not exist fails here, naming the file and the member.

#[path = "../build/schema.rs"]
mod schema;

use std::path::Path;

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn data() -> schema::Data {
    schema::load_all(root()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_data_file_matches_its_schema() {
    let problems = data().validate();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_file_under_data_is_described() {
    let mut on_disk: Vec<String> = std::fs::read_dir(root().join("data"))
        .expect("data/")
        .map(|e| format!("data/{}", e.expect("entry").file_name().to_string_lossy()))
        .collect();
    on_disk.sort();
    let mut described: Vec<String> = schema::FILES.iter().map(|f| f.to_string()).collect();
    described.sort();
    assert_eq!(
        on_disk, described,
        "a data file without a schema, or a schema without a file"
    );
}

/// `file`'s JSON, changed by `edit`, parsed as `T`: the error text, or `None` if accepted.
fn refusal<T: serde::de::DeserializeOwned>(
    file: &str,
    edit: impl FnOnce(&mut Value),
) -> Option<String> {
    let text = std::fs::read_to_string(root().join(file)).expect(file);
    let mut v: Value = serde_json::from_str(&text).expect(file);
    edit(&mut v);
    let changed = serde_json::to_string(&v).unwrap();
    schema::parse::<T>(file, &changed)
        .err()
        .map(|e| e.to_string())
}

#[test]
fn an_unchanged_copy_is_accepted() {
    // The refusals below are of the edit, not of the copy.
    assert_eq!(
        refusal::<schema::ProvincesFile>("data/provinces.json", |_| {}),
        None
    );
    assert_eq!(
        refusal::<schema::FilingFile>("data/filing.json", |_| {}),
        None
    );
}

#[test]
fn an_extra_member_is_refused() {
    let e = refusal::<schema::ProvincesFile>("data/provinces.json", |v| {
        v["provinces"][0]["capital"] = Value::from("北京");
    })
    .expect("an extra member of a row is refused");
    assert!(
        e.contains("data/provinces.json") && e.contains("unknown field `capital`"),
        "{e}"
    );

    let e = refusal::<schema::ProvinceEngineFile>("data/province-engine.json", |v| {
        v["district_rule"]["district"] = Value::from("华苑");
    })
    .expect("an extra member of a nested table is refused");
    assert!(e.contains("unknown field `district`"), "{e}");

    let e = refusal::<schema::FilingFile>("data/filing.json", |v| {
        v["decisions"][0]["when"]["/intent"] = serde_json::json!({"eq": "host_new", "neq": "x"});
    })
    .expect("an unknown test in a decision is refused");
    assert!(e.contains("data/filing.json"), "{e}");
}

#[test]
fn a_missing_member_is_refused() {
    let e = refusal::<schema::ProvincesFile>("data/provinces.json", |v| {
        v["provinces"][3].as_object_mut().unwrap().remove("abbr");
    })
    .expect("a row without abbr is refused");
    assert!(e.contains("missing field `abbr`"), "{e}");

    let e = refusal::<schema::OperationsFile>("data/operations.json", |v| {
        v["operations"][0].as_object_mut().unwrap().remove("note");
    })
    .expect("an operation without its note is refused");
    assert!(e.contains("missing field `note`"), "{e}");
}

#[test]
fn a_value_outside_its_vocabulary_or_a_bad_date_is_refused() {
    let e = refusal::<schema::OperationsFile>("data/operations.json", |v| {
        v["operations"][0]["subject"] = Value::from("mandatory");
    })
    .expect("an unknown level is refused");
    assert!(e.contains("unknown variant `mandatory`"), "{e}");

    for bad in [
        "2026-13-01",
        "2026-02-30",
        "2026-1-01",
        "20261201",
        "2026-12-01 ",
    ] {
        let e = refusal::<schema::SourceDatesFile>("data/source-dates.json", |v| {
            v["dates"]["JD"]["date"] = Value::from(bad);
        })
        .unwrap_or_else(|| panic!("{bad:?} accepted as a date"));
        assert!(e.contains("not a date"), "{e}");
    }
    assert_eq!(
        refusal::<schema::SourceDatesFile>("data/source-dates.json", |v| {
            v["dates"]["JD"]["date"] = Value::from("2024-02-29");
        }),
        None,
        "a leap day is a date"
    );
}

#[test]
fn a_codes_toml_with_an_extra_or_missing_key_is_refused() {
    let text = std::fs::read_to_string(root().join("data/codes.toml")).unwrap();
    let extra = text.replacen("\n[[code]]\n", "\n[[code]]\ncolour = \"red\"\n", 1);
    let e = schema::parse::<schema::CodesFile>("data/codes.toml", &extra).expect_err("extra key");
    assert!(e.to_string().contains("colour"), "{e}");
    let first_hint = text.find("\nhint_en = ").unwrap();
    let end = first_hint + 1 + text[first_hint + 1..].find('\n').unwrap();
    let missing = format!("{}{}", &text[..first_hint], &text[end..]);
    let e =
        schema::parse::<schema::CodesFile>("data/codes.toml", &missing).expect_err("missing key");
    assert!(e.to_string().contains("hint_en"), "{e}");
}

#[test]
fn duplicate_ids_and_unknown_references_are_reported() {
    let mut d = data();
    let first = d.application.materials.items[0].id.clone();
    d.application.materials.items[1].id = first.clone();
    d.fields.uscc_categories.rows[0]
        .kinds
        .push("company".into());
    d.province_provider.softened[0].id = "P99.NO_SUCH_ROW".into();
    d.filing.decisions[0].block = Some("NO_SUCH_CODE".into());
    d.filing.decisions[1].when.insert(
        "/intent".into(),
        schema::Condition::Equals("host_old".into()),
    );
    d.filing.decisions[1]
        .when
        .insert("/no/such/fact".into(), schema::Condition::Is(true));
    let problems = d.validate().join("\n");
    for expected in [
        format!("data/application.json: materials.items[].id: {first:?} twice"),
        "data/fields.json: uscc_categories.rows.11.kinds: \"company\" is not a subject kind".into(),
        "data/province-provider.json: softened[].id: \"P99.NO_SUCH_ROW\" is not a rule id".into(),
        "data/filing.json: decisions.D1.filing_type: exactly one of filing_type and block".into(),
        "data/filing.json: decisions.D2.when: \"host_old\" is not a value of /intent".into(),
        "data/filing.json: decisions.D2.when: \"/no/such/fact\" is not a fact path".into(),
    ] {
        assert!(
            problems.contains(&expected),
            "missing {expected:?} in\n{problems}"
        );
    }
    // The material removed by the duplicate is named wherever another file still uses it.
    let removed = data().application.materials.items[1].id.clone();
    let used = data()
        .province_engine
        .materials
        .names
        .values()
        .any(|ids| ids.contains(&removed));
    if used {
        assert!(
            problems.contains(&format!("{removed:?} is not a material")),
            "{problems}"
        );
    }
}

#[test]
fn a_misspelt_part_of_a_rule_value_is_refused() {
    // `value` takes several shapes; a misspelt part must match none of them.
    let e = refusal::<schema::ProvinceRulesFile>("data/province-rules.json", |v| {
        v["provinces"]["北京"]["rules"][0]["value"] =
            serde_json::json!({"min": 18, "proof_untill": 16});
    })
    .expect("a misspelt part is refused");
    assert!(
        e.contains("data/province-rules.json") && e.contains("RuleValue"),
        "{e}"
    );
}

#[test]
fn a_key_written_twice_is_refused() {
    // serde_json keeps the last of two equal keys; the tables would silently lose the first.
    let text = std::fs::read_to_string(root().join("data/source-dates.json")).unwrap();
    let twice = text.replacen(
        "\"dates\": {",
        "\"dates\": {\"JD\": {\"date\": \"2020-01-01\", \"precision\": \"exact\"},",
        1,
    );
    assert_ne!(twice, text);
    let e = schema::parse::<schema::SourceDatesFile>("data/source-dates.json", &twice)
        .expect_err("a duplicate key is refused");
    assert!(e.to_string().contains("key \"JD\" twice"), "{e}");
}
