//! The native crate's reports for calls of the npm package's functions, one JSON line per call:
//! the package test compares what the package renders with them, so the catalog of texts the
//! `.wasm` refers to cannot drift from the native messages.
//! usage: cargo run --example render_calls [--wire] < calls.jsonl
//!   (each line: {"fn": "checkDomain", "args": [...]}; `--wire`: the reports in wire form, as the
//!   `.wasm` returns them before the package renders them)

use icp_precheck::input::{Limits, Value};
use std::io::{BufRead, Write};

fn report(call: &serde_json::Value) -> serde_json::Value {
    let args: Vec<Value> = (0..3)
        .map(|i| Value::from_json(&call["args"][i], &Limits::DEFAULT))
        .collect();
    let json = |r: Result<serde_json::Value, serde_json::Error>| r.unwrap_or_default();
    match call["fn"].as_str().unwrap_or("") {
        "checkDomain" => json(serde_json::to_value(icp_precheck::check_domain_value(
            &args[0],
            Some(&args[1]),
        ))),
        "checkDomains" => json(serde_json::to_value(icp_precheck::check_domains_value(
            &args[0],
            Some(&args[1]),
        ))),
        "checkField" => json(serde_json::to_value(
            icp_precheck::fields::check_field_value(&args[0], &args[1], Some(&args[2])),
        )),
        "validateApplication" => json(serde_json::to_value(
            icp_precheck::validate::validate_value(&args[0], Some(&args[1])),
        )),
        "classifyFiling" => json(serde_json::to_value(
            icp_precheck::classify::classify_value(&args[0], Some(&args[1])),
        )),
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
            icp_precheck::texts::as_wire(|| report(&call))
        } else {
            report(&call)
        };
        writeln!(out, "{r}").expect("stdout");
    }
}
