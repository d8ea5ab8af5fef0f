//! The command line as a script or a server uses it: JSON Lines out, exit 0 / 1 / 2, `--` and
//! `-` handled, and the vector files through the binary.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Output;

fn cli(args: &[&str], stdin: Option<&str>) -> Output {
    common::run_cli(args, stdin.map(str::as_bytes))
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

#[test]
fn exit_status_follows_the_worst_severity() {
    let ok = cli(&["domain", "example.com", "例子.中国"], None);
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(lines(&ok).len(), 2);
    let bad = cli(&["domain", "example.com", "example.io"], None);
    assert_eq!(bad.status.code(), Some(1));
    let reports = lines(&bad);
    assert_eq!(
        reports[1]["diagnostics"][0]["code"],
        "DOMAIN_TLD_NOT_APPROVED"
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["domain"][..],
        &["domain", "--province"],
        &["domain", "--bogus", "x.com"],
        &["nope"],
        &[],
        &["domain", "--today", "2026/1/1", "a.com"],
    ] {
        let out = cli(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn double_dash_ends_options_and_dash_reads_stdin() {
    let out = cli(&["domain", "--", "-example.com"], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        lines(&out)[0]["diagnostics"][0]["code"],
        "DOMAIN_BAD_HYPHEN"
    );

    let out = cli(
        &["domain", "--province", "11", "-"],
        Some("example.com\nexample.red\n"),
    );
    assert_eq!(out.status.code(), Some(1));
    let reports = lines(&out);
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0]["ok"], true);
    assert_eq!(
        reports[1]["diagnostics"][0]["code"],
        "DOMAIN_SUFFIX_NOT_ACCEPTED_IN_PROVINCE"
    );
    assert_eq!(reports[1]["diagnostics"][0]["province"], "11");
}

#[test]
fn options_reach_the_engine() {
    let out = cli(
        &[
            "domain",
            "--subject-kind",
            "personal",
            "--lang",
            "en",
            "example.gov.cn",
        ],
        None,
    );
    let r = &lines(&out)[0];
    assert_eq!(r["diagnostics"][0]["code"], "DOMAIN_RESTRICTED_SUFFIX");
    assert!(r["diagnostics"][0]["message"]
        .as_str()
        .unwrap()
        .contains("reserved"));
}

#[test]
fn rules_and_codes() {
    let out = cli(&["rules"], None);
    assert_eq!(out.status.code(), Some(0));
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(info["provinces"].as_array().unwrap().len(), 31);
    let out = cli(&["codes", "--format", "json"], None);
    let codes: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(codes
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["code"] == "DOMAIN_WILDCARD"));
}

/// The single-domain string vectors through the binary, one process for all of them.
#[test]
fn string_vectors_through_the_cli() {
    for v in common::all_domain_vectors() {
        let opts = v.options();
        let Some(input) = v.raw.get("input").and_then(|i| i.as_str()) else {
            continue;
        };
        // Only options the command line has flags for, and inputs that survive argv.
        let Some(obj) = opts.as_object() else {
            continue;
        };
        let keys: Vec<&String> = obj.keys().collect();
        if keys
            .iter()
            .any(|k| !["province", "subject_kind", "today", "lang"].contains(&k.as_str()))
            || input.contains('\0')
        {
            continue;
        }
        let mut args: Vec<String> = vec!["domain".into()];
        for (flag, key) in [
            ("--province", "province"),
            ("--subject-kind", "subject_kind"),
            ("--today", "today"),
            ("--lang", "lang"),
        ] {
            if let Some(val) = opts.get(key).and_then(|x| x.as_str()) {
                args.push(flag.into());
                args.push(val.into());
            }
        }
        if opts
            .get("province")
            .and_then(|p| p.as_str())
            .is_some_and(|p| {
                !icp_precheck::ruleset_info()
                    .provinces
                    .iter()
                    .any(|s| s.code == p)
            })
        {
            continue; // the typed CLI path reports unknown provinces too, tested above via the library
        }
        args.push("--".into());
        args.push(input.into());
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = cli(&argv, None);
        if out.status.code() == Some(2) {
            // Options the command line refuses up front are malformed input to the library.
            let codes = v.raw["codes"].to_string();
            assert!(
                codes.contains("INPUT_MALFORMED"),
                "{}: usage error for a well-formed vector",
                v.id()
            );
            continue;
        }
        let report: icp_precheck::DomainReport =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{}: {e}", v.id()));
        let expected_exit = if report.ok { 0 } else { 1 };
        assert_eq!(out.status.code(), Some(expected_exit), "{}", v.id());
        if let Err(e) = common::judge(&v, &common::Outcome::Single(report)) {
            panic!("through the CLI: {e}");
        }
    }
}

/// The field vectors through the binary's `field` command.
#[test]
fn field_vectors_through_the_cli() {
    for v in common::all_field_vectors() {
        let (Some(field), Some(input)) = (
            v.raw["field"].as_str(),
            v.raw.get("input").and_then(|i| i.as_str()),
        ) else {
            continue;
        };
        let opts = v.options();
        let mut args: Vec<String> = vec!["field".into(), field.into()];
        for (flag, key) in [
            ("--subject-kind", "subject_kind"),
            ("--today", "today"),
            ("--lang", "lang"),
        ] {
            if let Some(val) = opts.get(key).and_then(|x| x.as_str()) {
                args.push(flag.into());
                args.push(val.into());
            }
        }
        if opts.get("national_level").and_then(|x| x.as_bool()) == Some(true) {
            args.push("--national-level".into());
        }
        if opts.get("remark").is_some() {
            continue; // the command line has no remark flag
        }
        args.push("--".into());
        args.push(input.into());
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = cli(&argv, None);
        let report: icp_precheck::FieldReport =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{}: {e}", v.id()));
        assert_eq!(
            out.status.code(),
            Some(if report.ok { 0 } else { 1 }),
            "{}",
            v.id()
        );
        if let Err(e) = common::judge(&v, &common::Outcome::Field(report)) {
            panic!("through the CLI: {e}");
        }
    }
}

/// The application vectors through `validate`, the application on standard input.
#[test]
fn application_vectors_through_the_cli() {
    let mut ran = 0;
    for v in common::all_application_vectors() {
        let opts = v.raw["options"].as_object().cloned().unwrap_or_default();
        if opts.keys().any(|k| k != "today" && k != "lang")
            || opts.get("lang").is_some_and(|l| l != "zh-CN" && l != "en")
        {
            continue; // malformed options are a usage error on the command line
        }
        let mut args: Vec<String> = vec!["validate".into()];
        for key in ["today", "lang"] {
            if let Some(val) = opts.get(key).and_then(|x| x.as_str()) {
                args.push(format!("--{key}"));
                args.push(val.into());
            }
        }
        args.push("-".into());
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = cli(&argv, Some(&v.application().to_string()));
        let report: common::ApplicationReport =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{}: {e}", v.id()));
        assert_eq!(
            out.status.code(),
            Some(if report.ok { 0 } else { 1 }),
            "{}",
            v.id()
        );
        if let Err(e) = common::judge(&v, &common::Outcome::Application(report)) {
            panic!("through the CLI: {e}");
        }
        ran += 1;
    }
    assert!(ran > 50, "only {ran} application vectors ran");
}

#[test]
fn validate_usage_errors_exit_2() {
    for args in [
        &["validate", "--today", "2026-02-30", "-"][..],
        &["validate", "--lang", "fr", "-"],
        &["validate", "a.json", "b.json"],
        &["validate", "/nonexistent/application.json"],
    ] {
        assert_eq!(cli(args, Some("{}")).status.code(), Some(2), "{args:?}");
    }
    assert_eq!(
        cli(&["validate", "-"], Some("{not json")).status.code(),
        Some(2)
    );
}

/// The filing vectors through `classify`, the facts on standard input.
#[test]
fn filing_vectors_through_the_cli() {
    let mut ran = 0;
    for v in common::all_filing_vectors() {
        let lang = v.raw.pointer("/options/lang").and_then(|l| l.as_str());
        if v.raw.get("options").is_some() && !matches!(lang, Some("en" | "zh-CN")) {
            continue; // malformed options are a usage error on the command line
        }
        let mut args = vec!["classify"];
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        args.push("-");
        let out = cli(&args, Some(&v.raw["facts"].to_string()));
        let plan: icp_precheck::FilingPlan =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{}: {e}", v.id()));
        assert_eq!(
            out.status.code(),
            Some(if plan.blocked { 1 } else { 0 }),
            "{}",
            v.id()
        );
        if let Err(e) = common::judge_filing(&v, &plan) {
            panic!("through the CLI: {e}");
        }
        ran += 1;
    }
    assert!(ran > 50, "only {ran} filing vectors ran");
    assert_eq!(
        cli(&["classify", "--lang", "fr", "-"], Some("{}"))
            .status
            .code(),
        Some(2)
    );
}
