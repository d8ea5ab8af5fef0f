//! Native speed of `validate` on an enterprise application with 1 and 20 websites (the server
//! side of the same rules), side by side with its peer measured in the same run: a JSON round
//! trip of the same application (`serde_json::to_string`, then `from_str`), the floor any
//! validator that reads the whole order pays; the ratio is what is quoted.
//! usage: cargo run --release --example bench_validate

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
        let per_call = |f: &dyn Fn()| {
            for _ in 0..200 {
                f();
            }
            let mut calls = 0u64;
            let start = Instant::now();
            while start.elapsed().as_millis() < 1500 {
                f();
                calls += 1;
            }
            start.elapsed().as_secs_f64() * 1e6 / calls as f64
        };
        let json = enterprise_with(n);
        let ours = per_call(&|| {
            std::hint::black_box(validate_value(std::hint::black_box(&value), None, &opts));
        });
        let peer = per_call(&|| {
            let text = serde_json::to_string(std::hint::black_box(&json)).expect("serialises");
            let back: serde_json::Value = serde_json::from_str(&text).expect("parses");
            std::hint::black_box(back);
        });
        println!(
            "{n} website(s): validate {ours:.1} µs/call, JSON round trip {peer:.1} µs/call, ratio {:.1}×",
            ours / peer
        );
    }
}
