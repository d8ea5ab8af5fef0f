#![no_main]
//! The domain engine on any text, without and with a province and subject kind.
use icp_precheck::{check_domain, DomainOptions, SubjectKind};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let baseline = DomainOptions::new(common::today());
    let plain = check_domain(text, &baseline);
    common::check_report(plain.ok, &plain.diagnostics, &plain);
    let beijing = DomainOptions {
        province: Some("11".to_string()),
        subject_kind: Some(SubjectKind::Personal),
        ..baseline.clone()
    };
    let r = check_domain(text, &beijing);
    common::check_report(r.ok, &r.diagnostics, &r);
    // What the engine accepts it accepts again in the form it gives back.
    if let (true, Some(ascii)) = (plain.ok, &plain.ascii) {
        assert!(check_domain(ascii, &baseline).ok, "{text:?} → {ascii:?}");
    }
});
