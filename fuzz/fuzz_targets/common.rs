// What every target asserts about a report besides "no panic": `ok` agrees with the severities,
// and the report serialises (the wasm face hands it to JavaScript as JSON text).
use icp_precheck::{Diagnostic, Severity};

pub fn check_report<T: serde::Serialize>(ok: bool, diagnostics: &[Diagnostic], report: &T) {
    let errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    assert!(!(ok && errors), "ok with an error-severity diagnostic");
    for d in diagnostics {
        assert!(!d.message.is_empty(), "{:?} without a message", d.code);
        // Messages quote user text with its bidirectional controls named.
        assert!(
            !d.message
                .chars()
                .any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "raw bidi control in {:?}",
            d.message
        );
    }
    assert!(
        icp_precheck::json_out::to_string(report).is_some(),
        "report does not serialise"
    );
}
