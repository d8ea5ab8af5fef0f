//! Label syntax and IDNA: turns the host into lower-case A-labels and U-labels, or says which
//! rule the first bad label breaks.
//!
//! Mapping is UTS #46 non-transitional (the `idna` crate, with STD3 ASCII rules), so full-width
//! letters, upper case and `。` are folded. On top of it we apply what UTS #46 alone lets
//! through but IDNA2008 (RFC 5892) and the MIIT label rules do not:
//! - code points must be letters, marks or decimal digits (RFC 5892 §2.1 LetterDigits), so
//!   emoji and punctuation such as `¡` are refused even though UTS #46 marks them valid (NV8);
//! - default-ignorable characters (zero-width space/joiners, soft hyphen, variation selectors)
//!   are refused instead of silently removed, so the filed name is what the user sees;
//! - `xn--` labels must decode, must not decode to ASCII, and must round-trip
//!   (RFC 5891 §5.4; UTS #46 rev. 31).

use crate::diagnostic::{Code, Finding};
use icu_properties::props::GeneralCategory;
use icu_properties::CodePointMapData;
use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};

pub const MAX_LABEL_OCTETS: usize = 63;
pub const MAX_NAME_OCTETS: usize = 253;

/// The host's labels in both forms, lower case, without a trailing dot.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    pub ascii: Vec<String>,
    pub unicode: Vec<String>,
}

impl Labels {
    pub fn ascii_name(&self) -> String {
        self.ascii.join(".")
    }
    pub fn unicode_name(&self) -> String {
        self.unicode.join(".")
    }
}

fn is_default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
        | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}'
        | '\u{1bca0}'..='\u{1bca3}' | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

/// RFC 5892 §2.1 LetterDigits, the categories IDNA2008 lets into a label (after mapping).
fn is_letter_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    }
    matches!(
        CodePointMapData::<GeneralCategory>::new().get(c),
        GeneralCategory::LowercaseLetter
            | GeneralCategory::UppercaseLetter
            | GeneralCategory::TitlecaseLetter
            | GeneralCategory::ModifierLetter
            | GeneralCategory::OtherLetter
            | GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::DecimalNumber
    )
}

fn display_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() || is_default_ignorable(c) {
        format!("U+{:04X}", c as u32)
    } else {
        c.to_string()
    }
}

/// UTS #46 ToASCII of one label, strict: STD3 ASCII deny list, hyphen positions left to us.
fn uts46_label(label: &str) -> Option<String> {
    Uts46::new()
        .to_ascii(
            label.as_bytes(),
            AsciiDenyList::STD3,
            Hyphens::Allow,
            DnsLength::Ignore,
        )
        .ok()
        .map(|c| c.into_owned())
}

fn hyphen_misplaced(label: &str) -> bool {
    label.starts_with('-') || label.ends_with('-') || label.get(2..4) == Some("--")
}

/// Checks an `xn--` label; returns its U-label when it is a valid one.
fn decode_a_label(ascii: &str) -> Option<String> {
    let decoded = idna::punycode::decode_to_string(ascii.get(4..)?)?;
    if decoded.is_empty() || decoded.is_ascii() {
        return None;
    }
    if !decoded.chars().all(is_letter_digit) || hyphen_misplaced(&decoded) {
        return None;
    }
    // Round trip: the decoded label must map to itself and re-encode to the same A-label.
    (uts46_label(&decoded)? == ascii).then_some(decoded)
}

/// The first character that on its own is not allowed in a label.
fn first_bad_char(label: &str) -> Option<char> {
    label.chars().find(|&c| {
        if c.is_ascii() {
            return !(c.is_ascii_alphanumeric() || c == '-');
        }
        if is_default_ignorable(c) {
            return true;
        }
        let mut buf = [0u8; 4];
        match uts46_label(c.encode_utf8(&mut buf)) {
            Some(mapped) => {
                let uni = if mapped.starts_with("xn--") {
                    decode_a_label(&mapped)
                } else {
                    Some(mapped)
                };
                uni.is_none_or(|u| !u.chars().all(is_letter_digit))
            }
            None => true,
        }
    })
}

/// Splits and validates the folded host (no trailing dot). On failure returns the findings,
/// all at `path`.
pub fn analyse(host: &str, path: &str) -> Result<Labels, Vec<Finding>> {
    let mut findings = Vec::new();
    let mut labels = Labels {
        ascii: Vec::new(),
        unicode: Vec::new(),
    };
    if host.split('.').any(str::is_empty) {
        findings.push(Finding::new(Code::DomainLabelEmpty, path));
    }
    for raw in host.split('.').filter(|l| !l.is_empty()) {
        match analyse_label(raw, path) {
            Ok((a, u)) => {
                labels.ascii.push(a);
                labels.unicode.push(u);
            }
            Err(f) => findings.push(*f),
        }
    }
    if findings.is_empty() {
        let octets = labels.ascii.iter().map(String::len).sum::<usize>()
            + labels.ascii.len().saturating_sub(1);
        if octets > MAX_NAME_OCTETS {
            findings
                .push(Finding::new(Code::DomainTooLong, path).arg("length", octets.to_string()));
        }
    }
    if findings.is_empty() {
        Ok(labels)
    } else {
        Err(findings)
    }
}

fn analyse_label(raw: &str, path: &str) -> Result<(String, String), Box<Finding>> {
    if let Some(c) = first_bad_char(raw) {
        return Err(Box::new(
            Finding::new(Code::DomainBadChar, path).arg("char", display_char(c)),
        ));
    }
    let lower = raw.to_ascii_lowercase();
    let (ascii, unicode) = if lower.is_ascii() && lower.starts_with("xn--") {
        match decode_a_label(&lower) {
            Some(u) => (lower, u),
            None => {
                return Err(Box::new(
                    Finding::new(Code::DomainInvalidPunycode, path).arg("label", raw),
                ))
            }
        }
    } else if lower.is_ascii() {
        if hyphen_misplaced(&lower) {
            return Err(Box::new(
                Finding::new(Code::DomainBadHyphen, path).arg("label", raw),
            ));
        }
        (lower.clone(), lower)
    } else {
        let ascii = match uts46_label(raw) {
            Some(a) if !a.contains('.') => a,
            _ => {
                return Err(Box::new(
                    Finding::new(Code::DomainBadChar, path).arg("char", raw),
                ))
            }
        };
        let mapped = match ascii.strip_prefix("xn--") {
            Some(encoded) => idna::punycode::decode_to_string(encoded).unwrap_or_default(),
            None => ascii.clone(),
        };
        if hyphen_misplaced(&mapped) {
            return Err(Box::new(
                Finding::new(Code::DomainBadHyphen, path).arg("label", raw),
            ));
        }
        let unicode = if ascii.starts_with("xn--") {
            match decode_a_label(&ascii) {
                Some(u) => u,
                None => {
                    return Err(Box::new(
                        Finding::new(Code::DomainBadChar, path).arg("char", raw),
                    ))
                }
            }
        } else {
            ascii.clone()
        };
        (ascii, unicode)
    };
    if ascii.len() > MAX_LABEL_OCTETS {
        return Err(Box::new(
            Finding::new(Code::DomainLabelTooLong, path)
                .arg("label", unicode)
                .arg("length", ascii.len().to_string()),
        ));
    }
    Ok((ascii, unicode))
}
