//! Passports and permits: format only (research/field-rules.md §2.4; the patterns are general
//! knowledge, not found in a stored copy, which DATA.md records).

use super::{resident_id, Checked};
use crate::diagnostic::Finding;
use crate::text::compact_code;
use crate::texts::Text;

// Named as `FieldKind` and `DocumentType` name the same documents.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Permit {
    Passport,
    HkMoPermit,
    TwPermit,
    ForeignPermanentId,
}

impl Permit {
    fn name(self) -> Text {
        match self {
            Permit::Passport => text!("护照", "passport"),
            Permit::HkMoPermit => text!(
                "港澳居民来往内地通行证",
                "Mainland Travel Permit for HK and Macao Residents"
            ),
            Permit::TwPermit => text!(
                "台湾居民来往大陆通行证",
                "Mainland Travel Permit for Taiwan Residents"
            ),
            Permit::ForeignPermanentId => {
                text!("外国人永久居留身份证", "Foreign Permanent Resident ID Card")
            }
        }
    }
}

fn digits(s: &[u8]) -> bool {
    s.iter().all(u8::is_ascii_digit)
}

/// Why the number does not fit; `None` when it does.
fn problem(permit: Permit, b: &[u8]) -> Option<Text> {
    let ok = match permit {
        // Foreign passports vary (5–17 letters and digits); Chinese ones are E + 8 or G/P/S + 8.
        Permit::Passport => {
            (5..=17).contains(&b.len())
                && b.iter()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        }
        // H (Hong Kong) or M (Macao) and 8 digits; older cards 10 digits.
        Permit::HkMoPermit => {
            matches!(b.first(), Some(b'H' | b'M'))
                && (b.len() == 9 || b.len() == 11)
                && digits(&b[1..])
        }
        // 8 digits since 2015; older cards 10 digits with an optional letter.
        Permit::TwPermit => {
            (b.len() == 8 && digits(b))
                || (b.len() == 10 && digits(b))
                || (b.len() == 11 && digits(&b[..10]) && b[10].is_ascii_uppercase())
        }
        // 2017 card: 3 letters and 12 digits; 2023 card: 18 characters starting with 9, GB 11643 check.
        Permit::ForeignPermanentId => {
            (b.len() == 15 && b[..3].iter().all(u8::is_ascii_uppercase) && digits(&b[3..]))
                || (b.len() == 18
                    && b[0] == b'9'
                    && resident_id::check_char(&b[..17]).is_some_and(|c| c as u8 == b[17]))
        }
    };
    if ok {
        return None;
    }
    Some(match permit {
        Permit::Passport => text!("应为5至17位字母或数字", "5 to 17 letters or digits expected"),
        Permit::HkMoPermit => text!(
            "应为H或M加8位数字（旧证10位）",
            "H or M and 8 digits expected (10 on older cards)"
        ),
        Permit::TwPermit => {
            text!("应为8位数字（旧证10位）", "8 digits expected (10 on older cards)")
        }
        Permit::ForeignPermanentId => text!(
            "应为3位字母加12位数字（2017版）或以9开头的18位号码（2023版）",
            "3 letters and 12 digits (2017 card) or 18 characters starting with 9 (2023 card) expected"
        ),
    })
}

pub fn check(raw: &str, permit: Permit, path: &str) -> Checked {
    let n = compact_code(raw);
    match problem(permit, n.as_bytes()) {
        None => Checked {
            normalized: Some(n),
            findings: Vec::new(),
        },
        Some(reason) => Checked::bad(Finding::cert_format(path, permit.name(), reason)),
    }
}
