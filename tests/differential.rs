//! Differential tests: generated inputs by the tens of thousands per checker, through the native
//! crate and through independent implementations — python-stdnum (`cn.ric`, `cn.uscc`),
//! phonenumbers (libphonenumber), idna (IDNA2008), publicsuffixlist (the PSL's ICANN section).
//!
//! `tests/differential/peers.py` (seeded, so every run compares the same inputs) prints each
//! input with the peer's answer; the pinned peers live in the project's `.venv`, which
//! `scripts/setup` installs. Every input where the crate and the peer disagree must fall under an
//! intended difference of that checker in `tests/differential/intended.txt`, recognised here from
//! what the crate reported; an unexplained difference, or a listed reason no input shows any
//! more, fails the test.

#![cfg(not(target_arch = "wasm32"))]

use icp_precheck::__internal::host_to_ascii;
use icp_precheck::{
    check_domain, check_field, Code, Date, DomainOptions, FieldKind, FieldOptions, FieldReport,
    Severity,
};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    checker: String,
    input: String,
    peer: Peer,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Peer {
    valid: Option<bool>,
    error: Option<String>,
    ascii: Option<String>,
    registrable: Option<String>,
    suffix: Option<String>,
}

const TODAY: &str = "2026-11-22";

fn field(kind: FieldKind, input: &str) -> FieldReport {
    check_field(
        kind,
        input,
        &FieldOptions::new(Date::parse(TODAY).expect("TODAY is a date")),
    )
}

fn has(r: &FieldReport, code: Code) -> bool {
    r.diagnostics.iter().any(|d| d.code == code)
}

fn has_error(r: &FieldReport, code: Code) -> bool {
    r.diagnostics
        .iter()
        .any(|d| d.code == code && d.severity == Severity::Error)
}

fn folded(input: &str) -> bool {
    input
        .chars()
        .any(|c| !c.is_ascii() || c.is_ascii_lowercase() || c == ' ')
}

/// `None` when the crate and the peer agree, else the reason of the difference.
fn compare(rec: &Record) -> Option<&'static str> {
    let input = rec.input.as_str();
    let peer_valid = rec.peer.valid == Some(true);
    let error = rec.peer.error.as_deref().unwrap_or("");
    match rec.checker.as_str() {
        "cn.ric" => {
            let r = field(FieldKind::ResidentId, input);
            if r.ok == peer_valid {
                return None;
            }
            let n = r.normalized.clone().unwrap_or_default();
            Some(match (r.ok, error) {
                (true, e) if e.starts_with("crash:") => "peer-crash",
                (true, "InvalidComponent")
                    if ["810000", "820000", "830000"]
                        .iter()
                        .any(|p| n.starts_with(p)) =>
                {
                    "residence-permit"
                }
                (true, "InvalidComponent") => "county-not-checked",
                (true, _) if folded(input) => "folded",
                (false, _) if has(&r, Code::IdBirthdate) => "future-birth",
                (false, _) if has(&r, Code::IdRegion) && n.starts_with("71") => "taiwan-region",
                _ => "unexplained",
            })
        }
        "cn.uscc" => {
            let r = field(FieldKind::Uscc, input);
            if r.ok == peer_valid {
                return None;
            }
            let n = r.normalized.clone().unwrap_or_default();
            let letters = !n.as_bytes()[..2].iter().all(u8::is_ascii_digit);
            Some(match (r.ok, error) {
                (true, "InvalidFormat") if letters && has(&r, Code::UsccCategoryUnknown) => {
                    "unknown-pair-warned"
                }
                (true, "InvalidFormat") if letters => "letter-authority",
                (true, _) if folded(input) => "folded",
                _ => "unexplained",
            })
        }
        "phonenumbers.mobile" => {
            let r = field(FieldKind::Mobile, input);
            if r.ok == peer_valid {
                return None;
            }
            Some(if !r.ok && has_error(&r, Code::PhoneSegmentNotPersonal) {
                "not-personal"
            } else if r.ok && has(&r, Code::PhoneSegmentUnknown) {
                "unassigned-warned"
            } else if r.ok && has(&r, Code::PhoneSegmentNotPersonal) {
                "not-personal-warned"
            } else if r.ok {
                "block-level"
            } else {
                "unexplained"
            })
        }
        "phonenumbers.landline" => {
            let r = field(FieldKind::OfficePhone, input);
            let ours = r.ok && r.normalized.as_deref().is_some_and(|n| n.contains('-'));
            if ours == peer_valid {
                return None;
            }
            let local = r
                .normalized
                .as_deref()
                .and_then(|n| n.split('-').nth(1))
                .unwrap_or("");
            let digits = input.bytes().filter(u8::is_ascii_digit).count();
            Some(if ours && local.starts_with(['0', '1', '9']) {
                "subscriber-first-digit"
            } else if ours {
                "block-level"
            } else if has(&r, Code::LandlineFormat) && matches!(digits, 9 | 10) {
                "six-digit-local"
            } else {
                "unexplained"
            })
        }
        "idna" => {
            let ours = host_to_ascii(input);
            match (&ours, peer_valid) {
                (Ok(a), true) if Some(a.as_str()) == rec.peer.ascii.as_deref() => None,
                (Err(_), false) => None,
                (Err(codes), true) => {
                    let ignorable = input
                        .chars()
                        .any(|c| matches!(c, '\u{200c}' | '\u{200d}' | '\u{ad}'));
                    Some(
                        if ignorable && codes.iter().all(|&c| c == Code::DomainBadChar) {
                            "ignorable-refused"
                        } else if codes.iter().all(|&c| c == Code::DomainBidi) {
                            "bidi-all-labels"
                        } else {
                            "unexplained"
                        },
                    )
                }
                _ => Some("unexplained"),
            }
        }
        "psl" => {
            let report = check_domain(
                input,
                &DomainOptions::new(Date::parse(TODAY).expect("TODAY is a date")),
            );
            let codes: Vec<Code> = report.diagnostics.iter().map(|d| d.code).collect();
            let ours = report.registrable.as_deref();
            if ours == rec.peer.registrable.as_deref()
                && (ours.is_none() || report.suffix == rec.peer.suffix)
            {
                return None;
            }
            if ours.is_none() && codes.contains(&Code::DomainTldNotApproved) {
                return Some("not-approved");
            }
            if ours.is_none() && codes.contains(&Code::DomainIsSuffix) {
                return Some(if rec.peer.registrable.is_some() {
                    "cnnic-zones"
                } else {
                    "unexplained"
                });
            }
            let zone = report.suffix.as_deref().unwrap_or("");
            Some(if ["xn--zfr164b.cn", "xn--55qw42g.cn"].contains(&zone) {
                "cnnic-zones"
            } else if ours.is_none() && codes.iter().any(|c| is_label_code(*c)) {
                "label-rules"
            } else {
                "unexplained"
            })
        }
        other => panic!("unknown checker {other}"),
    }
}

fn is_label_code(c: Code) -> bool {
    matches!(
        c,
        Code::DomainBadChar
            | Code::DomainBadHyphen
            | Code::DomainLabelTooLong
            | Code::DomainTooLong
            | Code::DomainInvalidPunycode
            | Code::DomainIpNotAllowed
            | Code::DomainBidi
            | Code::DomainBadContext
    )
}

/// `checker<TAB>reason<TAB>why` lines.
fn intended(root: &Path) -> BTreeMap<(String, String), String> {
    let path = root.join("tests/differential/intended.txt");
    let text = std::fs::read_to_string(&path).expect("tests/differential/intended.txt");
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.splitn(3, '\t');
        let (Some(checker), Some(reason), Some(why)) = (cols.next(), cols.next(), cols.next())
        else {
            panic!("intended.txt:{}: CHECKER<TAB>REASON<TAB>WHY", i + 1);
        };
        assert!(
            reason != "unexplained" && !why.trim().is_empty(),
            "intended.txt:{}",
            i + 1
        );
        assert!(
            out.insert((checker.to_string(), reason.to_string()), why.to_string())
                .is_none(),
            "intended.txt:{}: listed twice",
            i + 1
        );
    }
    out
}

#[test]
fn peers_agree_but_for_intended_differences() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = root.join(".venv/bin/python");
    assert!(
        python.exists(),
        "the differential peers are not installed: run `bash scripts/setup`"
    );
    let out = Command::new(&python)
        .arg(root.join("tests/differential/peers.py"))
        .output()
        .expect("tests/differential/peers.py");
    assert!(
        out.status.success(),
        "peers.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let listed = intended(root);

    // checker → (inputs, agreements, reason → count, first examples)
    let mut stats: BTreeMap<String, (usize, usize, BTreeMap<&'static str, usize>)> =
        BTreeMap::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let rec: Record = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("peers.py line {}: {e}: {line}", i + 1));
        let entry = stats.entry(rec.checker.clone()).or_default();
        entry.0 += 1;
        match compare(&rec) {
            None => entry.1 += 1,
            Some(reason) => {
                *entry.2.entry(reason).or_default() += 1;
                let known = listed.contains_key(&(rec.checker.clone(), reason.to_string()));
                // The first few of each unexplained kind are enough to act on.
                if !known && *entry.2.get(reason).unwrap_or(&0) <= 5 {
                    problems.push(format!(
                        "{} {:?}: {reason} (peer {})",
                        rec.checker, rec.input, line
                    ));
                }
            }
        }
    }
    for (checker, reason) in listed.keys() {
        let seen = stats
            .get(checker)
            .and_then(|s| s.2.get(reason.as_str()))
            .copied()
            .unwrap_or(0);
        if seen == 0 {
            problems.push(format!(
                "{checker}: intended difference {reason} no longer occurs"
            ));
        }
    }
    for (checker, (inputs, agree, reasons)) in &stats {
        assert!(*inputs >= 10_000, "{checker}: only {inputs} inputs");
        println!("{checker}: {inputs} inputs, {agree} agree, differences {reasons:?}");
    }
    assert!(
        problems.is_empty(),
        "{} differential problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
