//! `FIELD_REQUIRED`: what a filing cannot go without, at the path a form shows it under.

use crate::diagnostic::Finding;
use crate::texts::Text;

pub fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|v| crate::text::trim(v).is_empty())
}

pub fn missing(out: &mut Vec<Finding>, path: impl Into<String> + Copy, field: Text) {
    out.push(Finding::field_required(path, field));
}

/// Reports `path` when the string is absent or blank.
pub fn text(
    out: &mut Vec<Finding>,
    value: &Option<String>,
    path: impl Into<String> + Copy,
    field: Text,
) -> bool {
    if blank(value) {
        missing(out, path, field);
        return false;
    }
    true
}
