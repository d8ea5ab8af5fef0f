//! Untrusted input as it arrives from JavaScript or JSON, read with bounds and typed with
//! paths, so that a wrong type becomes an `INPUT_MALFORMED` diagnostic at its JSON Pointer
//! instead of an exception.
//!
//! The wasm layer and the CLI first turn what they are given into a [`Value`] (bounded while it
//! is read), then the engines' option readers pull typed fields out of it with a [`Reader`].

mod json;
mod reader;
mod unreadable;
mod value;

pub use json::parse_args;
pub use reader::{truncate, Expected, Reader};
pub use unreadable::{unreadable_line, Unreadable};
#[cfg(target_arch = "wasm32")]
pub use value::{Budget, NAME_PREFIX_UNITS};
pub use value::{Limits, Value};
