// What every target asserts about a report besides "no panic": `ok` agrees with the severities,
// and the report serialises (the wasm face hands it to JavaScript as JSON text).
use icp_precheck::{Date, Diagnostic, Severity, ValidateOptions};

/// The day the engines are given under whatever options the input names.
#[allow(dead_code)] // each target includes this file and uses part of it
pub fn today() -> Date {
    Date::new(2026, 11, 22).expect("a date")
}

/// Validation options as the package passes them: a day and a receipt's random bytes.
#[allow(dead_code)] // each target includes this file and uses part of it
pub fn validate_base() -> ValidateOptions {
    ValidateOptions {
        receipt_random: Some([0x5a; 16]),
        ..ValidateOptions::new(today())
    }
}

pub fn check_report<T: serde::Serialize>(ok: bool, diagnostics: &[Diagnostic], report: &T) {
    let errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    assert!(!(ok && errors), "ok with an error-severity diagnostic");
    for d in diagnostics {
        let message = d.message();
        assert!(!message.is_empty(), "{:?} without a message", d.code);
        // Messages quote user text with its bidirectional controls named.
        assert!(
            !message
                .chars()
                .any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "raw bidi control in {message:?}"
        );
    }
    assert!(
        icp_precheck::__internal::json_to_string(report).is_some(),
        "report does not serialise"
    );
}
