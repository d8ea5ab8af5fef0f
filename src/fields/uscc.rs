//! 统一社会信用代码, GB 32100-2015: 18 characters of a 31-character alphabet.

use super::{org_code, Checked};
use crate::data;
use crate::diagnostic::{Finding, RuleRef};
use crate::text::compact_code;
use crate::texts::Text;
use crate::vocab::SubjectKind;

/// The code alphabet: digits and capital letters without I, O, S, V, Z; a character's value is
/// its index.
const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
/// Weights of positions 1..17 (3^(i−1) mod 31).
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

fn value(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|i| i as u32)
}

/// The check character of the first 17 characters: alphabet[(31 − Σ vᵢ·wᵢ mod 31) mod 31].
pub fn check_char(body: &[u8]) -> Option<char> {
    if body.len() != 17 {
        return None;
    }
    let mut sum = 0;
    for (c, w) in body.iter().zip(WEIGHTS) {
        sum += value(*c)? * w;
    }
    ALPHABET
        .get(((31 - sum % 31) % 31) as usize)
        .map(|&c| c as char)
}

/// The hint gives the code's length, so the reasons need not carry it.
fn format_error(path: &str, reason: Text, n: &str) -> Finding {
    Finding::uscc_format(path, reason, n.chars().count())
}

/// Checks the code; with a subject kind, also whether its category prefix fits that kind.
pub fn check(raw: &str, subject_kind: Option<SubjectKind>, path: &str) -> Checked {
    let n = compact_code(raw);
    let b = n.as_bytes();
    // Another document's number is named as such, with the fix, instead of being offered a
    // check character that would make it a "valid" credit code.
    if org_code::is_valid(&n) {
        return Checked::bad(Finding::uscc_is_org_code(path, n.as_str()));
    }
    let id_check_right =
        b.len() == 18 && super::resident_id::check_char(&b[..17]).is_some_and(|c| c as u8 == b[17]);
    let uscc_check_right = b.len() == 18 && check_char(&b[..17]).is_some_and(|c| c as u8 == b[17]);
    if id_check_right && !uscc_check_right && super::resident_id::readable(&n).is_some() {
        return Checked::bad(Finding::uscc_is_resident_id(path, n.as_str()));
    }
    if b.len() != 18 {
        return Checked::bad(format_error(
            path,
            text!("应为18位", "18 characters expected"),
            &n,
        ));
    }
    if n.chars().any(|c| !c.is_ascii() || value(c as u8).is_none()) {
        return Checked::bad(format_error(
            path,
            text!(
                "含有不允许的字符（不使用I、O、S、V、Z）",
                "it contains a character that is not allowed (I, O, S, V, Z are not used)"
            ),
            &n,
        ));
    }
    if !b[2..8].iter().all(u8::is_ascii_digit) {
        return Checked::bad(format_error(
            path,
            text!(
                "第3至8位行政区划码须为数字",
                "characters 3 to 8 (the region code) must be digits"
            ),
            &n,
        ));
    }
    let mut findings = Vec::new();
    if let Some(expected) = check_char(&b[..17]) {
        if expected as u8 != b[17] {
            findings.push(Finding::uscc_checksum(path, expected.to_string()));
        }
    }
    let embedded = &n[8..17];
    if !org_code::is_valid(embedded) {
        findings.push(Finding::uscc_embedded_orgcode_bad(path, embedded));
    }
    let rule = RuleRef {
        id: crate::data::base_rule::USCC_CATEGORY,
        province: None,
        source: data::USCC_CATEGORY_SOURCE,
        as_of: data::USCC_CATEGORY_AS_OF,
    };
    match data::USCC_CATEGORIES.iter().find(|c| c.prefix == &n[..2]) {
        None => findings.push(Finding::uscc_category_unknown(path, &n[..2]).rule(rule)),
        Some(cat) => {
            if let Some(kind) = subject_kind.filter(|k| !cat.kinds.contains(k)) {
                findings.push(
                    Finding::subject_cert_prefix_mismatch(path, &n[..2], cat.name, kind.name())
                        .rule(rule),
                );
            }
        }
    }
    Checked {
        normalized: Some(n),
        findings,
    }
}

/// The province code (first two digits of the region code) of a credit code that passes its
/// format check; nothing for one that does not (an ID number typed here has no such province).
pub fn province_of(raw: &str) -> Option<&'static str> {
    let n = check(raw, None, "").normalized?;
    data::province(n.get(2..4)?).map(|p| p.code)
}
