//! Native speed of `check_domain` on the vector inputs (the server side of the same rules), side
//! by side with its peer measured in the same run: `idna::domain_to_ascii` (UTS #46 alone, the
//! step of ours that a registrar's form also runs) on the same inputs; the ratio is what is
//! quoted, since absolute times drift with the machine's load.
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
    fn per_call(list: &[String], f: impl Fn(&str)) -> f64 {
        for s in list.iter().cycle().take(2000) {
            f(s);
        }
        let mut calls = 0u64;
        let start = Instant::now();
        while start.elapsed().as_millis() < 1500 {
            for s in list {
                f(std::hint::black_box(s));
            }
            calls += list.len() as u64;
        }
        start.elapsed().as_secs_f64() * 1e6 / calls as f64
    }
    for (name, list) in [
        ("all vector inputs", inputs.clone()),
        ("example.com", vec!["example.com".to_string()]),
    ] {
        let ours = per_call(&list, |s| {
            std::hint::black_box(check_domain(s, &opts));
        });
        let peer = per_call(&list, |s| {
            let _ = std::hint::black_box(idna::domain_to_ascii(s));
        });
        println!(
            "{name} ({} inputs): check_domain {ours:.3} µs/call, idna::domain_to_ascii {peer:.3} µs/call, ratio {:.1}×",
            list.len(),
            ours / peer
        );
    }
}
