//! The committed files generated from the code registry must match it: the TypeScript union of
//! codes shipped in the npm package and the codes table of the docs.
//! `UPDATE_GENERATED=1 cargo test --test generated` rewrites them.

#![cfg(not(target_arch = "wasm32"))]

use icp_precheck::registry::{codes_markdown, codes_typescript};

fn check(path: &str, expected: String) {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&full, &expected).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        committed == expected,
        "{path} is out of date with data/codes.toml: run `UPDATE_GENERATED=1 cargo test --test generated`"
    );
}

#[test]
fn typescript_codes_are_current() {
    check("ts/codes.d.ts", codes_typescript());
}

#[test]
fn docs_codes_table_is_current() {
    check("docs/codes.md", codes_markdown());
}
