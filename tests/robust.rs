//! Bad input on the native faces: the command line never panics (arguments that are not UTF-8,
//! unreadable, oversized or too deep documents), the bounds on the whole input refuse what every
//! per-value bound lets through, and JSON members come in JavaScript's order so the CLI and the
//! package report in one order.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use icp_precheck::{Limits, Value};
use std::process::Output;

fn cli_bytes(args: &[std::ffi::OsString], stdin: &[u8]) -> Output {
    common::run_cli(args, Some(stdin))
}

fn os(args: &[&str]) -> Vec<std::ffi::OsString> {
    args.iter().map(Into::into).collect()
}

fn report(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("one JSON report")
}

fn codes_at(report: &serde_json::Value) -> Vec<(String, String)> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8_are_usage_errors() {
    use std::os::unix::ffi::OsStringExt;
    let bad = std::ffi::OsString::from_vec(vec![b'e', 0xff, b'.', b'c', b'n']);
    for args in [
        vec!["domain".into(), bad.clone()],
        vec!["field".into(), "resident_id".into(), bad.clone()],
        vec!["validate".into(), bad.clone()],
        vec![bad.clone()],
    ] {
        let out = cli_bytes(&args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("not valid UTF-8"), "{args:?}: {err}");
    }
}

#[test]
fn unreadable_input_is_a_usage_error_with_a_message() {
    let cases: Vec<(Vec<&str>, &[u8], &str)> = vec![
        (
            vec!["validate", "-"],
            b"{\"province\": \"\xff\"}",
            "not UTF-8",
        ),
        (vec!["classify", "-"], b"\xfe\xff", "not UTF-8"),
        (vec!["validate", "-"], b"{\"province\": ", "not JSON"),
        (vec!["domain", "-"], b"example.com\n\xc3", "not UTF-8"),
        (vec!["validate", "/"], b"", "cannot read"),
        (vec!["validate", "no-such-file.json"], b"", "cannot read"),
    ];
    for (args, stdin, says) in cases {
        let out = cli_bytes(&os(&args), stdin);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn oversized_and_too_deep_documents_are_reports() {
    let huge = format!("{{\"remark\": \"{}\"}}", "a".repeat(5 * 1024 * 1024));
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_object = format!("{}1{}", "{\"a\":".repeat(200), "}".repeat(200));
    for (cmd, doc) in [
        ("validate", &huge),
        ("validate", &deep),
        ("classify", &deep_object),
    ] {
        let out = cli_bytes(&os(&[cmd, "-"]), doc.as_bytes());
        assert_eq!(
            out.status.code(),
            Some(1),
            "{cmd}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let r = report(&out);
        assert_eq!(
            codes_at(&r).first(),
            Some(&("INPUT_TOO_LARGE".to_string(), "".to_string())),
            "{cmd}: {r}"
        );
    }
}

fn json(text: &str) -> Value {
    Value::from_json(&serde_json::from_str(text).unwrap(), &Limits::DEFAULT)
}

/// The message an engine gives a value refused as a whole (here the domain engine's, at `/input`).
fn too_large_detail(v: &Value) -> Option<String> {
    let base = icp_precheck::DomainOptions {
        lang: icp_precheck::Lang::En,
        ..icp_precheck::DomainOptions::new(common::today())
    };
    let r = icp_precheck::check_domain_value(v, None, &base);
    match r.diagnostics.first() {
        Some(d) if d.code.as_str() == "INPUT_TOO_LARGE" && d.path == "/input" => Some(d.message()),
        _ => None,
    }
}

#[test]
fn bounds_on_the_whole_input_refuse_it_as_a_whole() {
    // Every string within its bound, every list within its bound, too much in all.
    let per_string = "a".repeat(4000);
    let many: Vec<String> = (0..200).map(|_| per_string.clone()).collect();
    let text = serde_json::json!({ "x": many.clone(), "y": many }).to_string();
    let v = json(&text);
    let detail = too_large_detail(&v).expect("refused");
    assert!(detail.contains("characters in all"), "{detail}");
    // Chinese text passes the byte total (three bytes a character) inside the character total...
    let wide: Vec<String> = (0..45).map(|_| "例".repeat(4096)).collect();
    let v = json(&serde_json::json!({ "b": wide }).to_string());
    assert!(too_large_detail(&v)
        .expect("refused")
        .contains("bytes in all"));
    // ... and small values past the value total.
    let nested: Vec<Vec<u8>> = (0..200).map(|_| vec![1; 200]).collect();
    let v = json(&serde_json::json!({ "n": nested }).to_string());
    assert!(too_large_detail(&v)
        .expect("refused")
        .contains("values in all"));
    // The largest real application is far inside every total.
    let app: Vec<serde_json::Value> = (0..50)
        .map(|i| serde_json::json!({ "name": format!("网站{i}"), "domains": vec![format!("example-{i}.cn"); 20] }))
        .collect();
    let v = json(&serde_json::json!({ "websites": app }).to_string());
    assert!(matches!(v, Value::Object(_)));
}

#[test]
fn members_come_in_javascript_order() {
    // JavaScript lists array-index keys first, ascending, then the rest as written; the CLI
    // reads JSON the same way, so both report unknown members in one order.
    let v = json(r#"{"z": 1, "10": 2, "b": 3, "2": 4, "01": 5, "4294967295": 6, "a": 7}"#);
    let Value::Object(members) = v else {
        panic!("an object")
    };
    let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["2", "10", "z", "b", "01", "4294967295", "a"]);
    // A repeated key keeps its first place and its last value, as JSON.parse does.
    let Value::Object(members) = json(r#"{"a": 1, "b": 2, "a": 3}"#) else {
        panic!("an object")
    };
    assert_eq!(
        members,
        vec![
            ("a".to_string(), Value::Number(3.0)),
            ("b".to_string(), Value::Number(2.0))
        ]
    );
}

#[test]
fn a_member_name_past_the_string_bound_is_named_by_its_start() {
    let name = format!("{}😀{}", "k".repeat(39), "x".repeat(5000));
    let v = json(&format!("{{\"{name}\": 1}}"));
    let Value::Object(members) = v else {
        panic!("an object")
    };
    // 39 units, then the pair that would pass 40 is left out whole.
    assert_eq!(members[0].0, format!("{}…", "k".repeat(39)));
    assert!(matches!(
        members[0].1,
        Value::TooLarge { what: "string", .. }
    ));
}

#[test]
fn check_domains_refuses_a_list_past_the_website_bound_before_checking() {
    let list: Vec<String> = (0..21).map(|i| format!("example-{i}.cn")).collect();
    let v = json(&serde_json::json!(list).to_string());
    let base = icp_precheck::DomainOptions::new(common::today());
    let r = icp_precheck::check_domains_value(&v, None, &base);
    assert!(r.domains.is_empty());
    assert_eq!(r.diagnostics[0].code.as_str(), "INPUT_TOO_LARGE");
    assert_eq!(r.diagnostics[0].path, "/inputs");
}

#[test]
fn bidi_controls_in_user_text_are_named_in_messages() {
    let v = json(r#"{"province": "1\u202e1"}"#);
    let r = icp_precheck::validate_value(&v, None, &common::validate_base());
    let msg = r
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "PROVINCE_UNKNOWN")
        .expect("PROVINCE_UNKNOWN")
        .message()
        .clone();
    assert!(msg.contains("1U+202E1"), "{msg}");
    assert!(!msg.contains('\u{202e}'));
}
