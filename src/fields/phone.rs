//! Mainland mobile numbers and landlines.

use super::Checked;
use crate::data;
use crate::diagnostic::{Finding, RuleRef};
use crate::text::folded;
use std::borrow::Cow;

/// Digits and the few separators people type, with a +86 / 0086 country prefix removed.
fn digits_of(raw: &str) -> String {
    let f = folded(raw);
    // One string, sized once, with the prefixes cut off in place.
    let mut s = String::with_capacity(f.len());
    s.extend(
        f.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '(' | ')')),
    );
    let mut start = if s.starts_with("+86") {
        3
    } else if s.starts_with("0086") {
        4
    } else {
        0
    };
    // A mobile written with the country code but no `+`: 86 and 11 digits.
    if s.len() - start == 13 && s[start..].starts_with("861") {
        start += 2;
    }
    if start == 0 {
        s
    } else {
        s[start..].to_string()
    }
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
    let folded = folded(raw);
    let t = folded.trim();
    let t: Cow<str> = match t.strip_prefix("+86") {
        Some(r) => Cow::Owned(format!("0{}", r.trim_start_matches([' ', '-']))),
        None => Cow::Borrowed(t),
    };
    // Split off an extension written with 转, ext, # or a third hyphen-separated group; the
    // parts are borrowed, and only the digits and the canonical form are written out.
    let ext_word = || crate::text::find_word(&t, "ext").map(|at| (&t[..at], &t[at + 3..]));
    let (main, ext) = match t.split_once(['转', '#']).or_else(ext_word) {
        Some((m, e)) => (
            m,
            Some(e.trim_matches(|c: char| c == '.' || c == '-' || c.is_whitespace())),
        ),
        None => match t.bytes().filter(|&b| b == b'-').count() {
            // Three groups: the first two are the number, the third the extension.
            2 => {
                let last = t.rfind('-').unwrap_or(t.len());
                (&t[..last], Some(&t[last + 1..]))
            }
            _ => (&t[..], None),
        },
    };
    let mut digits = String::with_capacity(main.len());
    digits.extend(
        main.chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '(' && *c != ')'),
    );
    if !digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(e) = ext {
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
    let mut out = String::with_capacity(digits.len() + 2 + ext.map_or(0, str::len));
    out.push_str(&digits[..area_len]);
    out.push('-');
    out.push_str(&digits[area_len..]);
    if let Some(e) = ext {
        out.push('-');
        out.push_str(e);
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
