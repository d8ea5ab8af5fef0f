//! Native speed of `check_domain` on the vector inputs (the server side of the same rules).
//! usage: cargo run --release --example bench_domain

use icp_precheck::{check_domain, Date, DomainOptions, SubjectKind};
use std::time::Instant;

fn main() {
    let mut inputs = Vec::new();
    for text in [
        include_str!("../tests/vectors/domain-research.jsonl"),
        include_str!("../tests/vectors/domain.jsonl"),
    ] {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("vector line");
            if let Some(s) = v["input"].as_str().filter(|s| s.len() < 300) {
                inputs.push(s.to_string());
            }
        }
    }
    let opts = DomainOptions {
        subject_kind: Some(SubjectKind::Enterprise),
        ..DomainOptions::new(Date::parse("2026-11-22").expect("a date"))
    };
    for (name, list) in [
        ("all vector inputs", inputs.clone()),
        ("example.com", vec!["example.com".to_string()]),
    ] {
        let mut calls = 0u64;
        let start = Instant::now();
        while start.elapsed().as_millis() < 1500 {
            for s in &list {
                std::hint::black_box(check_domain(std::hint::black_box(s), &opts));
            }
            calls += list.len() as u64;
        }
        let us = start.elapsed().as_secs_f64() * 1e6 / calls as f64;
        println!(
            "check_domain native, {name}: {us:.3} µs/call ({:.0} calls/s, {} inputs)",
            1e6 / us,
            list.len()
        );
    }
}
