//! The native crate's reports for calls of the npm package's functions, one JSON line per call:
//! the package test compares what the package renders with them, so the catalog of texts the
//! `.wasm` refers to cannot drift from the native messages.
//! usage: cargo run --example render_calls [--wire] < calls.jsonl
//!   (each line: {"fn": "checkDomain", "args": [...]}; `--wire`: the reports in wire form, as the
//!   `.wasm` returns them before the package renders them)

use icp_precheck::{Date, DomainOptions, FieldOptions, Limits, ValidateOptions, Value};
use std::io::{BufRead, Write};

/// Today in UTC+8 by the system clock, the day the package takes from the browser's clock when
/// a call names none.
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    Date::in_china_at(secs).expect("the clock is within the calendar")
}

fn report(call: &serde_json::Value) -> serde_json::Value {
    let args: Vec<Value> = (0..3)
        .map(|i| Value::from_json(&call["args"][i], &Limits::DEFAULT))
        .collect();
    let json = |r: Result<serde_json::Value, serde_json::Error>| r.unwrap_or_default();
    match call["fn"].as_str().unwrap_or("") {
        "checkDomain" => json(serde_json::to_value(icp_precheck::check_domain_value(
            &args[0],
            Some(&args[1]),
            &DomainOptions::new(today()),
        ))),
        "checkDomains" => json(serde_json::to_value(icp_precheck::check_domains_value(
            &args[0],
            Some(&args[1]),
            &DomainOptions::new(today()),
        ))),
        "checkField" => json(serde_json::to_value(icp_precheck::check_field_value(
            &args[0],
            &args[1],
            Some(&args[2]),
            &FieldOptions::new(today()),
        ))),
        // A passing report carries a receipt, as the package's does (the key itself is random
        // there, so the comparison leaves it out).
        "validateApplication" => json(serde_json::to_value(icp_precheck::validate_value(
            &args[0],
            Some(&args[1]),
            &ValidateOptions {
                receipt_random: Some([0; 16]),
                ..ValidateOptions::new(today())
            },
        ))),
        "classifyFiling" => json(serde_json::to_value(icp_precheck::classify_value(
            &args[0],
            Some(&args[1]),
        ))),
        other => panic!("unknown function {other}"),
    }
}

fn main() {
    let wire = std::env::args().any(|a| a == "--wire");
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        if line.trim().is_empty() {
            continue;
        }
        let call: serde_json::Value = serde_json::from_str(&line).expect("a JSON call");
        let r = if wire {
            icp_precheck::as_wire(|| report(&call))
        } else {
            report(&call)
        };
        writeln!(out, "{r}").expect("stdout");
    }
}
