//! Native speed of `validate` on an enterprise application with 1 and 20 websites (the server
//! side of the same rules). usage: cargo run --release --example bench_validate

use icp_precheck::{validate_value, Date, Limits, ValidateOptions, Value};
use std::time::Instant;

fn enterprise_with(n: usize) -> serde_json::Value {
    let bases: serde_json::Value =
        serde_json::from_str(include_str!("../tests/vectors/application-bases.json")).unwrap();
    let mut app = bases["enterprise"].clone();
    let site = app["websites"][0].clone();
    let sites: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let mut w = site.clone();
            let domain = format!("example-tech{i}.cn");
            w["name"] = format!("示例科技产品{i}号站").into();
            w["domains"] = serde_json::json!([domain]);
            w["domain_facts"] =
                serde_json::json!({ domain: site["domain_facts"]["example-tech.cn"] });
            w
        })
        .collect();
    app["websites"] = sites.into();
    app
}

fn main() {
    let opts = ValidateOptions {
        receipt_random: Some([0x5a; 16]),
        ..ValidateOptions::new(Date::parse("2026-11-22").expect("a date"))
    };
    for n in [1, 20] {
        let value = Value::from_json(&enterprise_with(n), &Limits::DEFAULT);
        assert!(
            validate_value(&value, None, &opts).ok,
            "the {n}-website application does not pass"
        );
        let mut calls = 0u64;
        let start = Instant::now();
        while start.elapsed().as_millis() < 1500 {
            std::hint::black_box(validate_value(std::hint::black_box(&value), None, &opts));
            calls += 1;
        }
        let us = start.elapsed().as_secs_f64() * 1e6 / calls as f64;
        println!(
            "validate native, {n} website(s): {us:.1} µs/call ({:.0} calls/s)",
            1e6 / us
        );
    }
}
