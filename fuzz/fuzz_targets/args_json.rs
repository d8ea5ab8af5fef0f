#![no_main]
//! The reader of a call's arguments sent as one JSON text: any bytes, never a panic; what it
//! reads goes through the whole-application entry like any other value.
use icp_precheck::Limits;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for limits in [
        Limits::DEFAULT,
        Limits {
            max_string: 8,
            max_items: 4,
            max_depth: 3,
            max_nodes: 16,
            max_chars: 24,
            max_bytes: 40,
        },
    ] {
        if let Some(args) = icp_precheck::__internal::parse_args(&text, &limits) {
            let null = icp_precheck::Value::Null;
            let app = args.first().unwrap_or(&null);
            let r = icp_precheck::validate_value(app, args.get(1), &common::validate_base());
            common::check_report(r.ok, &r.diagnostics, &r);
        }
    }
});
