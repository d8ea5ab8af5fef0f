//! The committed generated files must match their sources: the tables under `src/generated/`
//! (written by `cargo run -p icp-precheck-gen` from `data/` and the `text!` pairs in `src/`), the
//! TypeScript union of codes shipped in the npm package and the codes table of the docs.
//! `UPDATE_GENERATED=1 cargo test --test generated` rewrites the last two.

#![cfg(not(target_arch = "wasm32"))]

use icp_precheck::{codes_markdown, codes_typescript};

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

/// The README, the package's front page, carries the same codes table between markers.
#[test]
fn readme_codes_table_is_current() {
    const START: &str = "<!-- codes:start (generated from data/codes.toml) -->\n";
    const END: &str = "<!-- codes:end -->";
    let full = format!("{}/README.md", env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(&full).unwrap();
    let (Some(a), Some(b)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md lacks the codes table markers");
    };
    let all = codes_markdown();
    let table = &all[all.find("\n|").map_or(0, |i| i + 1)..];
    let current = &readme[a + START.len()..b];
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        let updated = format!("{}{START}{table}{}", &readme[..a], &readme[b..]);
        std::fs::write(&full, updated).unwrap();
        return;
    }
    assert!(
        current == table,
        "README.md's codes table is out of date: run `UPDATE_GENERATED=1 cargo test --test generated`"
    );
}

/// The tables the crate compiles are what the generator makes of today's data.
#[test]
fn generated_tables_are_current() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "-p", "icp-precheck-gen", "--", "--check"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo run -p icp-precheck-gen");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
