//! E-mail addresses: the syntax a filing system accepts (RFC 5321 dot-atom local part, a
//! fully qualified domain), not deliverability.

use super::Checked;
use crate::diagnostic::Finding;
use crate::text::{fold, trim};

fn local_ok(local: &str) -> bool {
    !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c))
}

fn domain_ok(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || !c.is_ascii())
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && !tld.chars().all(|c| c.is_ascii_digit()))
}

pub fn check(raw: &str, path: &str) -> Checked {
    let folded = fold(trim(raw));
    let ok = match folded.rsplit_once('@') {
        Some((local, domain)) => local_ok(local) && domain_ok(domain),
        None => false,
    };
    if ok {
        let (local, domain) = folded.rsplit_once('@').unwrap_or((&folded, ""));
        Checked {
            normalized: Some(format!("{local}@{}", domain.to_ascii_lowercase())),
            findings: Vec::new(),
        }
    } else {
        Checked::bad(Finding::email_format(
            path,
            crate::input::truncate(raw.trim(), 60),
        ))
    }
}
