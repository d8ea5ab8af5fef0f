#![no_main]
//! `classify` from JSON text, as the CLI reads it.
use icp_precheck::{Limits, Value};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let facts = Value::from_json(&json, &Limits::DEFAULT);
    let plan = icp_precheck::classify_value(&facts, None);
    // A plan's `blocked` is not its diagnostics' severity (a missing fact is an error that
    // blocks nothing yet), so only messages and serialisation are judged.
    common::check_report(false, &plan.diagnostics, &plan);
});
