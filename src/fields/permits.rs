//! Passports and permits: format only (research/field-rules.md §2.4; the patterns are general
//! knowledge, not found in a stored copy, which DATA.md records).

use super::{resident_id, Checked};
use crate::diagnostic::Finding;
use crate::text::compact_code;
use crate::texts::Text;
use crate::vocab::DocumentType;

fn digits(s: &[u8]) -> bool {
    s.iter().all(u8::is_ascii_digit)
}

/// Foreign passports vary (5–17 letters and digits); Chinese ones are E + 8 or G/P/S + 8.
pub fn check_passport(raw: &str, path: &str) -> Checked {
    let ok = |b: &[u8]| {
        (5..=17).contains(&b.len())
            && b.iter()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    };
    let reason = text!(
        "应为5至17位字母或数字",
        "5 to 17 letters or digits expected"
    );
    check(raw, DocumentType::Passport, ok, reason, path)
}

/// H (Hong Kong) or M (Macao) and 8 digits; older cards 10 digits.
pub fn check_hk_mo_permit(raw: &str, path: &str) -> Checked {
    let ok = |b: &[u8]| {
        matches!(b.first(), Some(b'H' | b'M')) && (b.len() == 9 || b.len() == 11) && digits(&b[1..])
    };
    let reason = text!(
        "应为H或M加8位数字（旧证10位）",
        "H or M and 8 digits expected (10 on older cards)"
    );
    check(raw, DocumentType::HkMoPermit, ok, reason, path)
}

/// 8 digits since 2015; older cards 10 digits with an optional letter.
pub fn check_tw_permit(raw: &str, path: &str) -> Checked {
    let ok = |b: &[u8]| {
        (b.len() == 8 && digits(b))
            || (b.len() == 10 && digits(b))
            || (b.len() == 11 && digits(&b[..10]) && b[10].is_ascii_uppercase())
    };
    let reason = text!(
        "应为8位数字（旧证10位）",
        "8 digits expected (10 on older cards)"
    );
    check(raw, DocumentType::TwPermit, ok, reason, path)
}

/// 2017 card: 3 letters and 12 digits; 2023 card: 18 characters starting with 9, GB 11643 check.
pub fn check_foreign_permanent_id(raw: &str, path: &str) -> Checked {
    let ok = |b: &[u8]| {
        (b.len() == 15 && b[..3].iter().all(u8::is_ascii_uppercase) && digits(&b[3..]))
            || (b.len() == 18
                && b[0] == b'9'
                && resident_id::check_char(&b[..17]).is_some_and(|c| c as u8 == b[17]))
    };
    let reason = text!(
        "应为3位字母加12位数字（2017版）或以9开头的18位号码（2023版）",
        "3 letters and 12 digits (2017 card) or 18 characters starting with 9 (2023 card) expected"
    );
    check(raw, DocumentType::ForeignPermanentId, ok, reason, path)
}

/// The compacted number when `ok` holds; otherwise `CERT_FORMAT` naming `doc` and `reason`.
fn check(
    raw: &str,
    doc: DocumentType,
    ok: impl Fn(&[u8]) -> bool,
    reason: Text,
    path: &str,
) -> Checked {
    let n = compact_code(raw);
    if ok(n.as_bytes()) {
        Checked {
            normalized: Some(n),
            findings: Vec::new(),
        }
    } else {
        Checked::bad(Finding::cert_format(path, doc.name(), reason))
    }
}
