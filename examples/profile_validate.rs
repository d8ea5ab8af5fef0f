//! One enterprise application validated many times, for a profiler (`valgrind --tool=callgrind`).
//! usage: cargo build --release --example profile_validate && valgrind --tool=callgrind target/release/examples/profile_validate

use icp_precheck::{validate_value, Date, Limits, ValidateOptions, Value};

fn main() {
    let bases: serde_json::Value =
        serde_json::from_str(include_str!("../tests/vectors/application-bases.json"))
            .expect("the bases parse");
    let value = Value::from_json(&bases["enterprise"], &Limits::DEFAULT);
    let opts = ValidateOptions {
        receipt_random: Some([0x5a; 16]),
        ..ValidateOptions::new(Date::parse("2026-11-22").expect("a date"))
    };
    for _ in 0..2_000 {
        std::hint::black_box(validate_value(std::hint::black_box(&value), None, &opts));
    }
}
