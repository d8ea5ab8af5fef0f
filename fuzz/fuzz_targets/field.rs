#![no_main]
//! Every field checker on any text: the first byte picks the field.
use icp_precheck::{check_field, FieldKind, FieldOptions};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let kind = FieldKind::ALL[usize::from(pick) % FieldKind::ALL.len()];
    let r = check_field(kind, text, &FieldOptions::new(common::today()));
    common::check_report(r.ok, &r.diagnostics, &r);
});
