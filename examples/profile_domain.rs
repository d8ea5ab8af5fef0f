//! One domain checked many times, for a profiler (`valgrind --tool=callgrind`).
//! usage: cargo build --release --example profile_domain && valgrind --tool=callgrind target/release/examples/profile_domain

use icp_precheck::{check_domain, Date, DomainOptions};

fn main() {
    let opts = DomainOptions::new(Date::parse("2026-11-22").expect("a date"));
    let input = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "example.com".to_string());
    for _ in 0..20_000 {
        std::hint::black_box(check_domain(std::hint::black_box(&input), &opts));
    }
}
