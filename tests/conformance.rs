//! The Unicode IDNA conformance file (`IdnaTestV2.txt`, UTS #46) through the domain engine's
//! label stage, every line. The file is read from the `idna` crate's package in the cargo
//! registry, the one `Cargo.lock` resolves, so it moves with the crate and is not copied here.
//!
//! Each line's expected ToASCII (non-transitional, STD3 rules, CheckHyphens, VerifyDnsLength)
//! is compared with `domain::host_to_ascii`. Where they differ on purpose the line is listed in
//! `tests/conformance/idna-differences.txt` with its reason; the test recomputes each listed
//! line's reason from what the engine reported and fails on a new difference, on a listed line
//! that no longer differs, and on a reason that does not match.
//! `UPDATE_DIFFERENCES=1 cargo test --test conformance` rewrites the list for review.

#![cfg(not(target_arch = "wasm32"))]

use icp_precheck::__internal::host_to_ascii;
use icp_precheck::Code;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

const DIFFERENCES: &str = "tests/conformance/idna-differences.txt";

/// Where the `idna` package Cargo resolved for this crate lives.
fn idna_package_dir() -> PathBuf {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata");
    assert!(out.status.success(), "cargo metadata failed");
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).expect("metadata JSON");
    let pkg = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .find(|p| p["name"] == "idna")
        .expect("the idna package");
    PathBuf::from(pkg["manifest_path"].as_str().expect("manifest_path"))
        .parent()
        .expect("package dir")
        .to_path_buf()
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('u') => {
                let hex: String = if it.peek() == Some(&'{') {
                    it.next();
                    it.by_ref().take_while(|&c| c != '}').collect()
                } else {
                    it.by_ref().take(4).collect()
                };
                // A lone surrogate cannot be a Rust char: it stays as written, as rust-url's
                // own runner keeps it, and is refused for its backslash.
                match char::from_u32(u32::from_str_radix(&hex, 16).unwrap()) {
                    Some(c) => out.push(c),
                    None => out.push_str(&format!("\\u{hex}")),
                }
            }
            Some('x') => {
                assert_eq!(it.next(), Some('{'));
                let hex: String = it.by_ref().take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

struct Case {
    line: usize,
    /// The source column as written (escaped): the key of the differences list.
    key: String,
    source: String,
    /// Expected ToASCII result, `None` when UTS #46 reports an error.
    expected: Option<String>,
    status: String,
}

fn cases(text: &str) -> Vec<Case> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split(';').map(str::trim).collect();
        assert!(cols.len() >= 5, "line {}: {} columns", i + 1, cols.len());
        let key = cols[0].to_string();
        let source = if key == "\"\"" {
            String::new()
        } else {
            unescape(&key)
        };
        let to_unicode = if cols[1].is_empty() {
            source.clone()
        } else if cols[1] == "\"\"" {
            String::new()
        } else {
            unescape(cols[1])
        };
        let status_u = cols[2].trim_matches(['[', ']']).to_string();
        let to_ascii = if cols[3].is_empty() {
            to_unicode
        } else if cols[3] == "\"\"" {
            String::new()
        } else {
            unescape(cols[3])
        };
        let status = if cols[4].is_empty() {
            status_u
        } else {
            cols[4].trim_matches(['[', ']']).to_string()
        };
        out.push(Case {
            line: i + 1,
            key,
            source,
            expected: status.is_empty().then_some(to_ascii),
            status,
        });
    }
    out
}

/// Why the engine's answer differs from UTS #46, worked out from what it reported. Only the
/// reasons in the header of the differences list are intended; anything else is "unexplained".
fn reason(case: &Case, ours: &Result<String, Vec<Code>>) -> &'static str {
    match (ours, &case.expected) {
        (Err(codes), Some(expected)) => {
            // An A-label is refused for what it decodes to: judge that U-label's findings.
            let mut causes: Vec<Code> = codes
                .iter()
                .copied()
                .filter(|&c| c != Code::DomainInvalidPunycode)
                .collect();
            if codes.contains(&Code::DomainInvalidPunycode) {
                let (unicode, _) = idna::domain_to_unicode(expected);
                match host_to_ascii(&unicode) {
                    Err(u) if !u.contains(&Code::DomainInvalidPunycode) => causes.extend(u),
                    _ => return "unexplained",
                }
            }
            let all = |ok: &[Code]| !causes.is_empty() && causes.iter().all(|c| ok.contains(c));
            if all(&[Code::DomainBadChar]) {
                if case.source.chars().any(is_ignorable) {
                    "ignorable-refused"
                } else {
                    "idna2008-disallowed"
                }
            } else if all(&[Code::DomainBadContext]) {
                "contexto"
            } else if all(&[Code::DomainBadChar, Code::DomainBadContext]) {
                "idna2008-disallowed"
            } else {
                "unexplained"
            }
        }
        (Ok(_), None) => {
            let status: Vec<&str> = case.status.split(", ").collect();
            let root_dot = case
                .source
                .ends_with(['.', '\u{3002}', '\u{ff0e}', '\u{ff61}']);
            if root_dot && status == ["A4_2"] {
                "root-dot"
            } else if status.contains(&"V7")
                && status
                    .iter()
                    .all(|s| *s == "V7" || (root_dot && *s == "A4_2"))
            {
                "newer-unicode"
            } else {
                "unexplained"
            }
        }
        _ => "unexplained",
    }
}

fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{034f}' | '\u{180b}'..='\u{180f}' | '\u{200b}' | '\u{2060}'..='\u{2064}'
        | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{1bca0}'..='\u{1bca3}' | '\u{e0000}'..='\u{e0fff}'
        | '\u{200c}' | '\u{200d}')
}

fn agrees(case: &Case, ours: &Result<String, Vec<Code>>) -> bool {
    match (ours, &case.expected) {
        (Err(_), None) => true,
        (Ok(a), Some(e)) => a == e.strip_suffix('.').unwrap_or(e),
        _ => false,
    }
}

struct Listed {
    reasons: BTreeMap<String, String>,
    entries: BTreeMap<String, String>,
}

fn read_list(text: &str) -> Listed {
    let mut listed = Listed {
        reasons: BTreeMap::new(),
        entries: BTreeMap::new(),
    };
    for (i, line) in text.lines().enumerate() {
        if let Some(r) = line.strip_prefix("# reason ") {
            let (id, why) = r.split_once(": ").expect("# reason ID: why");
            listed.reasons.insert(id.to_string(), why.to_string());
        } else if line.starts_with('#') || line.trim().is_empty() {
            continue;
        } else {
            let (id, key) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{DIFFERENCES}:{}: REASON<TAB>SOURCE", i + 1));
            assert!(
                listed.reasons.contains_key(id),
                "{DIFFERENCES}:{}: unknown reason {id:?}",
                i + 1
            );
            assert!(
                listed
                    .entries
                    .insert(key.to_string(), id.to_string())
                    .is_none(),
                "{DIFFERENCES}:{}: {key} listed twice",
                i + 1
            );
        }
    }
    listed
}

#[test]
fn idna_test_v2_every_line() {
    let path = idna_package_dir().join("tests/IdnaTestV2.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("IdnaTestV2.txt in the idna package: {e}"));
    let version = text
        .lines()
        .find_map(|l| l.strip_prefix("# Version: "))
        .unwrap_or("?")
        .to_string();
    let cases = cases(&text);
    assert!(cases.len() > 6000, "only {} test lines read", cases.len());

    let list_path = format!("{}/{DIFFERENCES}", env!("CARGO_MANIFEST_DIR"));
    let list_text = std::fs::read_to_string(&list_path).unwrap_or_default();
    let listed = read_list(&list_text);

    let mut problems = Vec::new();
    let mut differences: Vec<(&'static str, &Case)> = Vec::new();
    let mut agreed = 0usize;
    for case in &cases {
        let ours = host_to_ascii(&case.source);
        if agrees(case, &ours) {
            agreed += 1;
            if listed.entries.contains_key(&case.key) {
                problems.push(format!(
                    "line {}: {} is listed as a difference but now agrees",
                    case.line, case.key
                ));
            }
            continue;
        }
        let why = reason(case, &ours);
        differences.push((why, case));
        match listed.entries.get(&case.key) {
            None => problems.push(format!(
                "line {}: new difference ({why}): {} expected {:?} [{}], engine {:?}",
                case.line, case.key, case.expected, case.status, ours
            )),
            Some(r) if r != why => problems.push(format!(
                "line {}: {} is listed as {r} but differs as {why}: expected {:?} [{}], engine {:?}",
                case.line, case.key, case.expected, case.status, ours
            )),
            Some(_) if why == "unexplained" => problems.push(format!(
                "line {}: {} differs without an intended reason: expected {:?} [{}], engine {:?}",
                case.line, case.key, case.expected, case.status, ours
            )),
            Some(_) => {}
        }
    }
    if std::env::var_os("UPDATE_DIFFERENCES").is_some() {
        let mut out: String = list_text
            .lines()
            .take_while(|l| l.starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        for (why, case) in &differences {
            out.push_str(&format!("{why}\t{}\n", case.key));
        }
        std::fs::write(&list_path, out).unwrap();
        return;
    }
    let mut by_reason: BTreeMap<&str, usize> = BTreeMap::new();
    for (why, _) in &differences {
        *by_reason.entry(why).or_default() += 1;
    }
    println!(
        "IdnaTestV2.txt (Unicode {version}): {} lines, {agreed} agree, {} intended differences {by_reason:?}",
        cases.len(),
        differences.len()
    );
    assert!(
        problems.is_empty(),
        "{} conformance problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
