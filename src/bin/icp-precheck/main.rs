//! The command-line face of the crate: the same engines and rules as the browser package, so a
//! server or a script can re-check what a form checked.
//!
//! Exit status (shared spec `api.md`): 0 no error-severity diagnostic, 1 at least one, 2 usage
//! error or unreadable input. `validate --jsonl` and `classify --jsonl` stream one report per
//! line (`batch.rs`); every command has its own `--help` (`help.rs`).

#[cfg(not(target_arch = "wasm32"))]
mod batch;
#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod help;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The command line is native only; on wasm the crate is used as a library.
#[cfg(target_arch = "wasm32")]
fn main() {}
