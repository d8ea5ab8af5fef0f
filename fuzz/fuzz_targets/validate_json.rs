#![no_main]
//! `validate` from JSON text, as the CLI reads it.
use icp_precheck::{Limits, Value};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let app = Value::from_json(&json, &Limits::DEFAULT);
    let r = icp_precheck::validate_value(&app, None, &common::validate_base());
    common::check_report(r.ok, &r.diagnostics, &r);
});
