//! Rule rows: which of the compiled table's rows a check reads, chosen in one place.

mod select;

pub use select::{Selector, UnknownKind};
