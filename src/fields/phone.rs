//! Mainland mobile numbers and landlines.

use super::Checked;
use crate::data;
use crate::diagnostic::{Finding, RuleRef};
use crate::text::fold;

/// Digits and the few separators people type, with a +86 / 0086 country prefix removed.
fn digits_of(raw: &str) -> String {
    let s: String = fold(raw)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '(' | ')'))
        .collect();
    let s = s
        .strip_prefix("+86")
        .or_else(|| s.strip_prefix("0086"))
        .unwrap_or(&s)
        .to_string();
    if s.len() == 13 && s.starts_with("86") && s[2..].starts_with('1') {
        return s[2..].to_string();
    }
    s
}

/// A mainland mobile number in canonical 11-digit form, if the input is one.
pub fn mobile(raw: &str) -> Option<String> {
    let d = digits_of(raw);
    let b = d.as_bytes();
    (b.len() == 11
        && b[0] == b'1'
        && (b'3'..=b'9').contains(&b[1])
        && b.iter().all(u8::is_ascii_digit))
    .then_some(d)
}

/// The most specific row of the segment table for a number's leading digits.
pub fn segment(digits: &str) -> Option<&'static data::MobileSegment> {
    data::MOBILE_SEGMENTS
        .iter()
        .find(|s| digits.starts_with(s.prefix))
}

fn segment_rule() -> RuleRef {
    RuleRef {
        id: crate::data::base_rule::MOBILE_SEGMENTS,
        province: None,
        source: data::MOBILE_SEGMENT_SOURCE,
        as_of: data::MOBILE_SEGMENT_AS_OF,
    }
}

fn not_personal(seg: &data::MobileSegment, phone: &str, path: &str) -> Finding {
    Finding::phone_segment_not_personal(path, phone, seg.kind.name(), seg.prefix)
        .severity(seg.severity)
        .rule(segment_rule())
}

pub fn check_mobile(raw: &str, path: &str) -> Checked {
    let Some(n) = mobile(raw) else {
        // A 13-digit IoT number is named as such rather than as a malformed mobile.
        let d = digits_of(raw);
        if d.len() == 13 && d.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(seg) = segment(&d).filter(|s| s.kind == data::SegmentKind::Iot) {
                return Checked::bad(not_personal(seg, &d, path));
            }
        }
        return Checked::bad(Finding::phone_format(
            path,
            crate::input::truncate(raw.trim(), 30),
        ));
    };
    let mut findings = Vec::new();
    match segment(&n) {
        Some(seg) if seg.kind == data::SegmentKind::Personal => {}
        Some(seg) => findings.push(not_personal(seg, &n, path)),
        None => findings.push(Finding::phone_segment_unknown(path, &n[..3]).rule(segment_rule())),
    }
    Checked {
        normalized: Some(n),
        findings,
    }
}

/// How many of a landline's leading digits are its area code: Beijing, Shanghai, Tianjin,
/// Chongqing and the 02x areas have 3-digit codes (010, 02x), the others 4 (0xxx).
fn area_len(digits: &str) -> usize {
    if digits.starts_with("01") || digits.starts_with("02") {
        3
    } else {
        4
    }
}

/// The area code of a landline already in the canonical form [`landline`] writes
/// (`025-12345678`, `0571-1234567-89`), without parsing it again; `None` for anything else.
pub fn canonical_area(s: &str) -> Option<&str> {
    let digits = |p: &str, lens: core::ops::RangeInclusive<usize>| {
        lens.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    let mut parts = s.split('-');
    let area = parts.next()?;
    let local = parts.next()?;
    let ext_ok = parts.next().is_none_or(|e| digits(e, 1..=6));
    let len = area_len(area);
    (area.starts_with('0')
        && digits(area, len..=len)
        && digits(local, 7..=8)
        && ext_ok
        && parts.next().is_none())
    .then_some(area)
}

/// A landline `0` + 2–3 digit area code + 7–8 digit number, optionally an extension, in the
/// canonical form `0AA-NNNNNNNN[-EXT]`.
pub fn landline(raw: &str) -> Option<String> {
    let folded = fold(raw);
    let t = folded.trim();
    let t = t
        .strip_prefix("+86")
        .map(|r| format!("0{}", r.trim_start_matches([' ', '-'])))
        .unwrap_or_else(|| t.to_string());
    // Split off an extension written with 转, ext, # or a third hyphen-separated group.
    let (main, ext) = match t.split_once(['转', '#']).or_else(|| t.split_once("ext")) {
        Some((m, e)) => (
            m.to_string(),
            Some(
                e.trim_matches(|c: char| c == '.' || c == '-' || c.is_whitespace())
                    .to_string(),
            ),
        ),
        None => {
            let parts: Vec<&str> = t.split('-').collect();
            if parts.len() == 3 {
                (
                    format!("{}-{}", parts[0], parts[1]),
                    Some(parts[2].to_string()),
                )
            } else {
                (t.clone(), None)
            }
        }
    };
    let digits: String = main
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '(' && *c != ')')
        .collect();
    if !digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(e) = &ext {
        if e.is_empty() || e.len() > 6 || !e.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    // Subscriber numbers are 7 or 8 digits.
    let area_len = area_len(&digits);
    let rest = digits.len().checked_sub(area_len)?;
    if !(7..=8).contains(&rest) {
        return None;
    }
    let mut out = format!("{}-{}", &digits[..area_len], &digits[area_len..]);
    if let Some(e) = ext {
        out.push('-');
        out.push_str(&e);
    }
    Some(out)
}

/// What the area-code table says of a canonical landline: an area that does not exist, or a
/// local number of a length its area does not use.
fn area_findings(canonical: &str, path: &str) -> Vec<Finding> {
    let mut parts = canonical.split('-');
    let (Some(area), Some(local)) = (parts.next(), parts.next()) else {
        return Vec::new();
    };
    let rule = RuleRef {
        id: crate::data::base_rule::AREA_CODES,
        province: None,
        source: data::AREA_CODE_SOURCE,
        as_of: data::AREA_CODE_AS_OF,
    };
    match data::area_code(area) {
        None => vec![Finding::landline_area_unknown(path, area).rule(rule)],
        Some(a) if !a.admits(local.len()) => {
            vec![Finding::landline_length(path, area, a.lengths(), local.len()).rule(rule)]
        }
        Some(_) => Vec::new(),
    }
}

/// An office phone: a landline, or where the rules allow it a mobile.
pub fn check_office_phone(raw: &str, path: &str) -> Checked {
    if let Some(n) = landline(raw) {
        let findings = area_findings(&n, path);
        return Checked {
            normalized: Some(n),
            findings,
        };
    }
    if let Some(n) = mobile(raw) {
        return Checked {
            normalized: Some(n),
            findings: Vec::new(),
        };
    }
    Checked::bad(Finding::landline_format(
        path,
        crate::input::truncate(raw.trim(), 30),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut gives what parsing the canonical form again gives, and nothing for the rest.
    #[test]
    fn canonical_area_agrees_with_landline() {
        for raw in [
            "025-12345678",
            "0571-1234567",
            "010-12345678-123",
            "(010)12345678",
            "0571 8888 1234",
            "+86 571 88881234",
            "13812345678",
            "025-1234567890",
            "0251-12345678",
            "025-12345678-1234567",
            "025-12345678-",
            "",
            "0-1",
        ] {
            let canonical = landline(raw);
            let area = canonical
                .as_deref()
                .map(|c| c.split('-').next().unwrap_or_default().to_string());
            if let Some(c) = &canonical {
                assert_eq!(canonical_area(c).map(str::to_string), area, "{raw}");
                assert_eq!(
                    landline(c).as_deref(),
                    Some(c.as_str()),
                    "{raw}: idempotent"
                );
            }
            if canonical_area(raw).is_some() {
                assert_eq!(canonical_area(raw).map(str::to_string), area, "{raw}");
            }
        }
    }
}
