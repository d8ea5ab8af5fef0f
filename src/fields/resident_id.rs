//! 居民身份证号码 and 港澳台居民居住证 numbers, GB 11643-1999: 17 digits and a check character.

use super::Checked;
use crate::data;
use crate::date::Date;
use crate::diagnostic::Finding;
use crate::text::compact_code;
use crate::texts::Text;
use crate::vocab::DocumentType;

/// Weights of positions 1..17 (2^(18−i) mod 11), GB 11643-1999 §8.
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS: &[u8; 11] = b"10X98765432";

/// Region codes of 港澳台居民居住证 (Hong Kong, Macao, Taiwan): the permits carry these six
/// digits, never a county code after 81, 82 or 83.
pub const HMT_REGIONS: [&str; 3] = ["810000", "820000", "830000"];

/// The check character of the first 17 digits.
pub fn check_char(body: &[u8]) -> Option<char> {
    if body.len() != 17 || !body.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = body
        .iter()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    CHECK_CHARS.get((sum % 11) as usize).map(|&c| c as char)
}

/// 17 digits and a digit or `X`.
fn shaped(b: &[u8]) -> bool {
    b.len() == 18
        && b[..17].iter().all(u8::is_ascii_digit)
        && (b[17].is_ascii_digit() || b[17] == b'X')
}

/// A 港澳台居民居住证 carries only the HK, MO or TW region; a resident ID (whose algorithm also
/// issues those permits) any mainland province too.
fn region_ok(n: &str, doc: DocumentType) -> bool {
    let hmt = HMT_REGIONS.iter().any(|r| n.starts_with(r));
    hmt || (doc != DocumentType::HmtResidencePermit && data::province(&n[..2]).is_some())
}

/// A unified social credit code typed where an ID number belongs: it passes GB 32100 and not
/// GB 11643.
fn is_credit_code(n: &str) -> bool {
    let b = n.as_bytes();
    let id_check_right = shaped(b) && check_char(&b[..17]).is_some_and(|c| c as u8 == b[17]);
    !id_check_right
        && b.len() == 18
        && super::uscc::check_char(&b[..17]).is_some_and(|c| c as u8 == b[17])
}

/// The number in canonical form when it reads as an ID number at all: the right shape, a
/// region code, a real birth date, not a credit code. What is said about the person (age,
/// where the ID was issued) is computed only from such a number, never from one that failed
/// its format.
pub fn readable(raw: &str) -> Option<String> {
    let n = compact_code(raw);
    (shaped(n.as_bytes())
        && !is_credit_code(&n)
        && region_ok(&n, DocumentType::ResidentId)
        && birth_date(&n).is_some())
    .then_some(n)
}

/// The birth date written in a well-formed 18-character number, if it is a real date.
pub fn birth_date(number: &str) -> Option<Date> {
    if !shaped(number.as_bytes()) {
        return None;
    }
    let s = number.get(6..14)?.as_bytes();
    // `YYYY-MM-DD` put together in place: a `format!` per number cost more than the check.
    // Bytes that are not digits make it no date, as the parse of the formatted text would.
    let mut written = *b"0000-00-00";
    written[0..4].copy_from_slice(&s[0..4]);
    written[5..7].copy_from_slice(&s[4..6]);
    written[8..10].copy_from_slice(&s[6..8]);
    Date::parse(std::str::from_utf8(&written).ok()?)
}

/// The hint gives the number's length, so the reasons need not carry it.
fn format_error(path: &str, reason: Text, n: &str) -> Finding {
    Finding::id_format(path, reason, n.chars().count())
}

/// Checks the number of `doc`, a resident ID or a 港澳台居民居住证.
pub fn check(raw: &str, doc: DocumentType, today: Date, path: &str) -> Checked {
    let n = compact_code(raw);
    let bytes = n.as_bytes();
    if bytes.len() == 15 && bytes.iter().all(u8::is_ascii_digit) {
        return Checked::bad(format_error(
            path,
            text!(
                "15位的第一代身份证号码已停止使用，请填写18位号码",
                "15-digit first-generation numbers are no longer accepted; enter the 18-character number"
            ),
            &n,
        ));
    }
    if is_credit_code(&n) {
        return Checked::bad(Finding::id_is_uscc(path, n.as_str()));
    }
    if bytes.len() != 18 {
        return Checked::bad(format_error(
            path,
            text!("应为18位", "18 characters expected"),
            &n,
        ));
    }
    let (body, last) = bytes.split_at(17);
    if !body.iter().all(u8::is_ascii_digit) || !(last[0].is_ascii_digit() || last[0] == b'X') {
        return Checked::bad(format_error(
            path,
            text!(
                "前17位须为数字，最后一位为数字或X",
                "the first 17 characters must be digits, the last a digit or X"
            ),
            &n,
        ));
    }
    let mut findings = Vec::new();
    let hmt_prefix = ["81", "82", "83"].contains(&&n[..2]);
    let region = if hmt_prefix { &n[..6] } else { &n[..2] };
    if !region_ok(&n, doc) {
        let expected = if doc == DocumentType::HmtResidencePermit {
            text!(
                "港澳台居民居住证的代码（810000、820000、830000）",
                "a HK/MO/TW residence-permit code (810000, 820000, 830000)"
            )
        } else {
            text!(
                "内地省级行政区或港澳台居住证的代码（810000、820000、830000）",
                "a mainland province code or a HK/MO/TW residence-permit code (810000, 820000, 830000)"
            )
        };
        findings.push(Finding::id_region(path, region, expected));
    }
    match birth_date(&n) {
        Some(d) if d <= today => {}
        _ => {
            let written = format!("{}-{}-{}", &n[6..10], &n[10..12], &n[12..14]);
            findings.push(Finding::id_birthdate(path, written));
        }
    }
    if let Some(expected) = check_char(body) {
        if expected != last[0] as char {
            findings.push(Finding::id_checksum(path, expected.to_string()));
        }
    }
    Checked {
        normalized: Some(n),
        findings,
    }
}
