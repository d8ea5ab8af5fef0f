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
        let report: common::DomainReport =
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
        let report: common::FieldReport =
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
        let plan: common::FilingPlan =
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

/// Runs `validate --jsonl` / `classify --jsonl` with `args` over `lines`, joined by `\n`.
fn jsonl(args: &[&str], lines: &[Vec<u8>]) -> Output {
    let input = lines.join(&b'\n');
    common::run_cli(args, Some(&input))
}

/// The application vectors through `validate --jsonl`: one process per set of options, each
/// report on the line of its application and judged as the single-document one is.
#[test]
fn application_vectors_through_jsonl() {
    let mut groups: std::collections::BTreeMap<Vec<String>, Vec<common::Vector>> =
        Default::default();
    for v in common::all_application_vectors() {
        let opts = v.raw["options"].as_object().cloned().unwrap_or_default();
        if opts.keys().any(|k| k != "today" && k != "lang")
            || opts.get("lang").is_some_and(|l| l != "zh-CN" && l != "en")
        {
            continue; // malformed options are a usage error on the command line
        }
        let mut args: Vec<String> = vec!["validate".into(), "--jsonl".into()];
        for key in ["today", "lang"] {
            if let Some(val) = opts.get(key).and_then(|x| x.as_str()) {
                args.push(format!("--{key}"));
                args.push(val.into());
            }
        }
        groups.entry(args).or_default().push(v);
    }
    let mut ran = 0;
    for (args, vectors) in &groups {
        let input: Vec<Vec<u8>> = vectors
            .iter()
            .map(|v| v.application().to_string().into_bytes())
            .collect();
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = jsonl(&argv, &input);
        let text = String::from_utf8(out.stdout).expect("UTF-8 output");
        let reports: Vec<&str> = text.lines().collect();
        assert_eq!(
            reports.len(),
            vectors.len(),
            "{args:?}: one report per line"
        );
        let mut any_error = false;
        for (v, line) in vectors.iter().zip(&reports) {
            let report: common::ApplicationReport =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{}: {e}", v.id()));
            any_error |= !report.ok;
            if let Err(e) = common::judge(v, &common::Outcome::Application(report)) {
                panic!("through validate --jsonl: {e}");
            }
            ran += 1;
        }
        assert_eq!(out.status.code(), Some(i32::from(any_error)), "{args:?}");
    }
    assert!(ran > 50, "only {ran} application vectors ran");
}

/// The filing vectors through `classify --jsonl`, one process per language.
#[test]
fn filing_vectors_through_jsonl() {
    let mut ran = 0;
    for lang in [None, Some("zh-CN"), Some("en")] {
        let vectors: Vec<common::Vector> = common::all_filing_vectors()
            .into_iter()
            .filter(|v| {
                let l = v.raw.pointer("/options/lang").and_then(|l| l.as_str());
                (v.raw.get("options").is_none() && lang.is_none()) || (l.is_some() && l == lang)
            })
            .collect();
        let mut args = vec!["classify", "--jsonl"];
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        let input: Vec<Vec<u8>> = vectors
            .iter()
            .map(|v| v.raw["facts"].to_string().into_bytes())
            .collect();
        let out = jsonl(&args, &input);
        let text = String::from_utf8(out.stdout).expect("UTF-8 output");
        assert_eq!(text.lines().count(), vectors.len(), "{args:?}");
        let mut any_blocked = false;
        for (v, line) in vectors.iter().zip(text.lines()) {
            let plan: common::FilingPlan =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{}: {e}", v.id()));
            any_blocked |= plan.blocked;
            if let Err(e) = common::judge_filing(v, &plan) {
                panic!("through classify --jsonl: {e}");
            }
            ran += 1;
        }
        let expected = if vectors.is_empty() {
            0
        } else {
            i32::from(any_blocked)
        };
        assert_eq!(out.status.code(), Some(expected), "{args:?}");
    }
    assert!(ran > 50, "only {ran} filing vectors ran");
}

/// Every line that is no JSON document gets its own report in its place, and the lines after it
/// are still checked.
#[test]
fn unreadable_lines_are_reported_in_place() {
    let base: serde_json::Value =
        serde_json::from_str(common::APPLICATION_BASES).expect("application bases");
    let (name, app) = base
        .as_object()
        .and_then(|m| m.iter().next())
        .expect("an application base");
    let good = app.to_string().into_bytes();
    let mut long = b"{\"x\":\"".to_vec();
    long.resize(4 * 1024 * 1024 + 10, b'a');
    long.extend_from_slice(b"\"}");
    let input: Vec<Vec<u8>> = vec![
        good.clone(),
        b"".to_vec(),
        b"{not json".to_vec(),
        b"[1, 2".to_vec(),
        b"\"\xff\"".to_vec(),
        long,
        b"{\"a\":1} {\"b\":2}".to_vec(),
        b"\"a string\"".to_vec(),
        [good.clone(), b"\r".to_vec()].concat(),
        good.clone(),
    ];
    for (lang, words) in [("en", "line"), ("zh-CN", "行")] {
        let out = jsonl(
            &[
                "validate",
                "--jsonl",
                "--today",
                common::DEFAULT_TODAY,
                "--lang",
                lang,
            ],
            &input,
        );
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let reports = lines(&out);
        assert_eq!(reports.len(), input.len(), "{lang}: one report per line");
        for (i, expect) in [
            (1, "INPUT_MALFORMED"),
            (2, "INPUT_MALFORMED"),
            (3, "INPUT_MALFORMED"),
            (4, "INPUT_MALFORMED"),
            (5, "INPUT_TOO_LARGE"),
            (6, "INPUT_MALFORMED"),
        ] {
            let r = &reports[i];
            assert_eq!(r["line"], i + 1, "{lang}: line {}", i + 1);
            assert_eq!(r["ok"], false);
            assert_eq!(r["diagnostics"].as_array().unwrap().len(), 1);
            let d = &r["diagnostics"][0];
            assert_eq!(d["code"], expect, "{lang}: line {}", i + 1);
            assert_eq!(d["path"], "");
            if expect == "INPUT_MALFORMED" {
                let message = d["message"].as_str().unwrap();
                assert!(
                    message.contains(&format!("{}", i + 1)) && message.contains(words),
                    "{lang}: line {}: {message}",
                    i + 1
                );
            }
        }
        // A JSON value of the wrong type is a document: the library's own report of it.
        assert!(reports[7].get("line").is_none());
        assert_eq!(reports[7]["diagnostics"][0]["code"], "INPUT_MALFORMED");
        // Reports of the same application are the same, whatever came between them and
        // whatever ended their lines, except the fresh receipt of a clean one.
        let strip = |r: &serde_json::Value| {
            let mut r = r.clone();
            r.as_object_mut().unwrap().remove("receipt");
            r
        };
        assert!(reports[0].get("normalized").is_some(), "base {name}");
        assert_eq!(strip(&reports[8]), strip(&reports[0]), "{lang}: CRLF line");
        assert_eq!(strip(&reports[9]), strip(&reports[0]), "{lang}: last line");
    }
    let plans = jsonl(&["classify", "--jsonl"], &[b"{}".to_vec(), b"{".to_vec()]);
    let plans = lines(&plans);
    assert_eq!(plans[1]["blocked"], true);
    assert_eq!(plans[1]["line"], 2);
    assert_eq!(plans[1]["diagnostics"][0]["code"], "INPUT_MALFORMED");
}

#[test]
fn jsonl_exit_status_and_inputs() {
    let clean = r#"{"intent":"remove","remove":{"target":"domain","website_domain_count":3}}"#;
    let out = cli(
        &["classify", "--jsonl", "-"],
        Some(&format!("{clean}\n{clean}\n")),
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&out).len(), 2, "a final line end opens no blank line");
    let out = cli(&["classify", "--jsonl"], Some(""));
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    // The input from a FILE.
    let dir = std::env::temp_dir().join(format!("icp-precheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("facts.jsonl");
    std::fs::write(&file, format!("{clean}\n{{}}\n")).unwrap();
    let out = cli(&["classify", "--jsonl", file.to_str().unwrap()], None);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(lines(&out).len(), 2);
    for args in [
        &["validate", "--jsonl", "/nonexistent/applications.jsonl"][..],
        &["validate", "--jsonl", "a.jsonl", "b.jsonl"],
        &["validate", "--jsonl", "--lang", "fr"],
        &["classify", "--jsonl", "--today", "2026-11-22"],
    ] {
        let out = cli(args, Some(""));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

/// A caller that writes one application and waits gets its report before it writes the next.
#[test]
fn jsonl_answers_each_line_before_the_next_arrives() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;
    let mut child = common::cli_command(&["classify", "--jsonl", "--lang", "en"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        while stdout.read_line(&mut line).is_ok_and(|n| n > 0) {
            if tx.send(std::mem::take(&mut line)).is_err() {
                break;
            }
        }
    });
    for (i, facts) in ["{}", "[", r#"{"intent":"new"}"#].iter().enumerate() {
        writeln!(stdin, "{facts}").unwrap();
        stdin.flush().unwrap();
        let answer = rx
            .recv_timeout(std::time::Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("no report for line {} while the input stays open", i + 1));
        let plan: serde_json::Value = serde_json::from_str(&answer).unwrap();
        assert!(plan.get("blocked").is_some(), "line {}: {answer}", i + 1);
    }
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(1));
}

#[test]
fn compact_prints_one_line() {
    let facts = r#"{"intent":"remove","remove":{"target":"domain","website_domain_count":3}}"#;
    let pretty = cli(&["classify", "-"], Some(facts));
    let compact = cli(&["classify", "--compact", "-"], Some(facts));
    assert_eq!(compact.status.code(), pretty.status.code());
    let text = String::from_utf8(compact.stdout).unwrap();
    assert_eq!(text.lines().count(), 1);
    let a: serde_json::Value = serde_json::from_str(&text).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&pretty.stdout).unwrap();
    assert_eq!(a, b);
    let out = cli(
        &["validate", "--compact", "--today", "2026-11-22"],
        Some("{}"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

const COMMANDS: &[&str] = &["domain", "field", "validate", "classify", "rules", "codes"];

/// The help of `command` in `lang` ("en", "zh-CN", or from the locale `LANG` when `None`).
fn help_of(command: &[&str], lang: Option<&str>, locale: &str) -> Output {
    let mut args: Vec<&str> = command.to_vec();
    args.push("--help");
    if let Some(l) = lang {
        args.extend(["--lang", l]);
    }
    let mut cmd = common::cli_command(&args);
    cmd.env("LANG", locale);
    common::run_command(cmd, None)
}

fn has_han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Every command has its own help with usage, options and an example, in either language; the
/// examples it shows are valid invocations.
#[test]
fn every_command_has_its_own_help() {
    for &command in COMMANDS {
        let en = help_of(&[command], None, "C");
        assert_eq!(en.status.code(), Some(0), "{command}");
        let en = String::from_utf8(en.stdout).unwrap();
        assert!(
            en.starts_with(&format!("icp-precheck {command} — ")),
            "{command}: {en}"
        );
        for heading in ["USAGE:", "EXIT STATUS:", "EXAMPLE", "-h, --help"] {
            assert!(en.contains(heading), "{command}: no {heading}");
        }
        // English help quotes the Chinese a user must type, and has no other Chinese.
        let unquoted: String = en
            .split('\u{201c}')
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    part.split_once('\u{201d}').map_or("", |p| p.1)
                }
            })
            .collect();
        assert!(
            !has_han(&unquoted),
            "{command}: Chinese outside quotes in the English help"
        );

        let zh = help_of(&[command], Some("zh-CN"), "C");
        assert_eq!(zh.status.code(), Some(0), "{command}");
        let zh = String::from_utf8(zh.stdout).unwrap();
        for heading in ["用法：", "选项：", "退出状态：", "示例："] {
            assert!(zh.contains(heading), "{command}: no {heading}");
        }
        assert!(!zh.contains("USAGE") && !zh.contains("OPTIONS") && !zh.contains("EXAMPLE"));
        // The locale chooses when --lang does not; --lang wins over it.
        let by_locale = help_of(&[command], None, "zh_CN.UTF-8");
        assert_eq!(
            String::from_utf8(by_locale.stdout).unwrap(),
            zh,
            "{command}"
        );
        let forced = help_of(&[command], Some("en"), "zh_CN.UTF-8");
        assert_eq!(String::from_utf8(forced.stdout).unwrap(), en, "{command}");
        // `help COMMAND` is the same page.
        let mut cmd = common::cli_command(&["help", command]);
        cmd.env("LANG", "C");
        assert_eq!(
            common::run_command(cmd, None).stdout,
            en.as_bytes(),
            "{command}"
        );

        // The examples that need no file run, and are no usage error.
        for example in en.lines().skip_while(|l| !l.starts_with("EXAMPLE")).skip(1) {
            let example = example.trim();
            let Some(rest) = example.strip_prefix("icp-precheck ") else {
                continue;
            };
            if example.contains('<') || example.contains(".json") {
                continue;
            }
            let args: Vec<&str> = rest.split_whitespace().collect();
            let out = cli(&args, None);
            assert!(
                matches!(out.status.code(), Some(0 | 1)),
                "{command}: the example {example} exits {:?}",
                out.status.code()
            );
            assert!(!out.stdout.is_empty(), "{example}");
        }
    }
    // The help after other options, and a value after `--` that only looks like --help.
    let out = cli(&["domain", "--province", "11", "-h"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--subject-kind"));
    let out = cli(&["domain", "--", "--help"], None);
    assert_eq!(out.status.code(), Some(1), "--help after -- is a domain");
    // The overview names every command.
    let out = cli(&["--help"], None);
    assert_eq!(out.status.code(), Some(0));
    let overview = String::from_utf8(out.stdout).unwrap();
    for command in COMMANDS {
        assert!(
            overview.contains(&format!("icp-precheck {command} ")),
            "{command}"
        );
    }
    assert_eq!(cli(&["help", "nope"], None).status.code(), Some(2));
}
