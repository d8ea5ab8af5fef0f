//! Label syntax and IDNA: turns the host into lower-case A-labels and U-labels, or says which
//! rule the first bad label breaks.
//!
//! Each label is mapped whole by UTS #46 non-transitional (the `idna` crate, STD3 ASCII rules):
//! full-width letters, upper case and decomposed letters are folded and normalised (NFC) before
//! anything is judged. On the mapped label we then apply what UTS #46 alone lets through but
//! IDNA2008 and the MIIT label rules do not (`idna2008`): the RFC 5892 derived property, so
//! emoji and punctuation such as `¡` are refused even though UTS #46 marks them valid (NV8); the
//! CONTEXTO rules; default-ignorable characters refused instead of silently removed, so the
//! filed name is what the user sees; hyphens counted in characters. `xn--` labels must decode,
//! must not decode to ASCII and must round-trip (RFC 5891 §5.4; UTS #46 rev. 31). Finally, when
//! one label is right-to-left, every label passes the Bidi rule (RFC 5893).

use super::idna2008::{self, Class};
use crate::diagnostic::{Arg, Finding};
use crate::text::split_dots;
use std::borrow::Cow;

pub const MAX_LABEL_OCTETS: usize = 63;
pub const MAX_NAME_OCTETS: usize = 253;

/// The host's labels in both forms, lower case, without a trailing dot: each form one dotted
/// name, as the report carries it, so that a name is built once and not joined from a string per
/// label.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    pub ascii: String,
    pub unicode: String,
    /// How many labels the name has.
    pub count: usize,
}

impl Labels {
    /// The `n`-th label from the right (0: the top-level label), in Unicode form.
    pub fn unicode_from_right(&self, n: usize) -> Option<&str> {
        label_from_right(&self.unicode, n)
    }
    pub fn ascii_from_right(&self, n: usize) -> Option<&str> {
        label_from_right(&self.ascii, n)
    }
}

/// `name.rsplit('.').nth(n)`, scanning bytes: the dot is ASCII, and the standard searcher's
/// set-up costs more than a scan of a short name.
fn label_from_right(name: &str, n: usize) -> Option<&str> {
    let b = name.as_bytes();
    let mut end = b.len();
    for _ in 0..n {
        end = b[..end].iter().rposition(|&c| c == b'.')?;
    }
    let start = b[..end]
        .iter()
        .rposition(|&c| c == b'.')
        .map_or(0, |i| i + 1);
    name.get(start..end)
}

/// A character as a message names it: the invisible ones people type by accident by their name
/// (“空格” / “space”), other invisible or combining ones by code point, the rest as they are.
fn display_char(c: char) -> Arg {
    match c {
        ' ' => text!("空格", "space").into(),
        '\u{3000}' => text!("全角空格", "full-width space").into(),
        '\u{a0}' => text!("不换行空格", "no-break space").into(),
        '\t' => text!("制表符", "tab").into(),
        '\u{200b}' => text!("零宽空格", "zero-width space").into(),
        '\u{feff}' => text!("字节顺序标记", "byte-order mark").into(),
        c if c.is_control()
            || c.is_whitespace()
            || idna2008::is_default_ignorable(c)
            || idna2008::is_mark(c) =>
        {
            format!("U+{:04X}", c as u32).into()
        }
        c => c.to_string().into(),
    }
}

/// UTS #46 ToASCII of one label, strict: STD3 ASCII deny list, hyphen positions left to us.
fn uts46_label(label: &str) -> Option<String> {
    super::unicode::to_ascii(label)
}

fn bad_char(c: char, path: &str) -> Box<Finding> {
    Box::new(Finding::domain_bad_char(path, display_char(c)))
}

/// IDNA2008 on a mapped U-label: hyphens, each code point's property, the leading mark, CONTEXTO.
fn validate_u_label(u: &str, shown: &str, path: &str) -> Result<(), Box<Finding>> {
    if let Some(c) = u.chars().find(|&c| idna2008::class(c) == Class::Disallowed) {
        return Err(bad_char(c, path));
    }
    if idna2008::hyphen_misplaced(u) {
        return Err(Box::new(Finding::domain_bad_hyphen(path, shown)));
    }
    let chars: Vec<char> = u.chars().collect();
    let leading_mark = chars.first().is_some_and(|&c| idna2008::is_mark(c));
    if let Some(c) = idna2008::context_o_failure(&chars).or(leading_mark.then(|| chars[0])) {
        return Err(Box::new(Finding::domain_bad_context(
            path,
            shown,
            display_char(c),
        )));
    }
    Ok(())
}

/// Checks an `xn--` label; returns its U-label when it is a valid one.
fn decode_a_label(ascii: &str) -> Option<String> {
    let decoded = idna::punycode::decode_to_string(ascii.get(4..)?)?;
    if decoded.is_empty() || decoded.is_ascii() {
        return None;
    }
    validate_u_label(&decoded, &decoded, "").ok()?;
    // Round trip: the decoded label must map to itself and re-encode to the same A-label.
    (uts46_label(&decoded)? == ascii).then_some(decoded)
}

/// Why UTS #46 refused a non-ASCII label: a character that is refused wherever it stands, else
/// the Bidi rule (a right-to-left label), else the context a character needs.
fn diagnose(raw: &str, path: &str) -> Box<Finding> {
    let alone_bad = |c: char| {
        if c.is_ascii() {
            return !(c.is_ascii_alphanumeric() || c == '-' || c == '.');
        }
        // A mark needs a base, an Arabic-Indic digit a right-to-left neighbour: a character is
        // bad on its own only when no such neighbour makes it valid.
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        [s.to_string(), format!("a{s}"), format!("\u{5d0}{s}")]
            .iter()
            .all(|t| uts46_label(t).is_none())
    };
    if let Some(c) = raw.chars().find(|&c| alone_bad(c)) {
        return bad_char(c, path);
    }
    if idna2008::is_rtl_label(raw) {
        return Box::new(Finding::domain_bidi(path, raw));
    }
    let first = raw.chars().next().unwrap_or(' ');
    Box::new(Finding::domain_bad_context(path, raw, display_char(first)))
}

/// Splits and validates the folded host (no trailing dot). On failure returns the findings,
/// all at `path`.
pub fn analyse(host: &str, path: &str) -> Result<Labels, Vec<Finding>> {
    let mut findings = Vec::new();
    let mut labels = Labels {
        ascii: String::with_capacity(host.len()),
        unicode: String::with_capacity(host.len()),
        count: 0,
    };
    let b = host.as_bytes();
    if b.is_empty()
        || b.first() == Some(&b'.')
        || b.last() == Some(&b'.')
        || b.windows(2).any(|w| w == b"..")
    {
        findings.push(Finding::domain_label_empty(path));
    }
    let mut rtl = false;
    for raw in split_dots(host).filter(|l| !l.is_empty()) {
        match analyse_label(raw, path) {
            Ok((a, u)) => {
                if labels.count > 0 {
                    labels.ascii.push('.');
                    labels.unicode.push('.');
                }
                labels.ascii.push_str(&a);
                // Only a label that is not ASCII can be right-to-left.
                rtl |= !u.is_ascii() && idna2008::is_rtl_label(&u);
                labels.unicode.push_str(&u);
                labels.count += 1;
            }
            Err(f) => findings.push(*f),
        }
    }
    // RFC 5893 §1.4, §2: one right-to-left label makes the name a Bidi domain name, and then
    // every label must pass the Bidi rule, ASCII labels included.
    if findings.is_empty() && rtl {
        for u in split_dots(&labels.unicode).filter(|u| !idna2008::passes_bidi_rule(u)) {
            findings.push(Finding::domain_bidi(path, u));
        }
    }
    if findings.is_empty() {
        let octets = labels.ascii.len();
        if octets > MAX_NAME_OCTETS {
            findings.push(Finding::domain_too_long(path, octets.to_string()));
        }
    }
    if findings.is_empty() {
        Ok(labels)
    } else {
        Err(findings)
    }
}

/// One label's A-label and U-label; a label already in lower-case LDH form is both, borrowed.
fn analyse_label<'a>(
    raw: &'a str,
    path: &str,
) -> Result<(Cow<'a, str>, Cow<'a, str>), Box<Finding>> {
    let b = raw.as_bytes();
    let lower_ldh = b
        .iter()
        .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-');
    let (ascii, unicode): (Cow<str>, Cow<str>) = if lower_ldh && !b.starts_with(b"xn--") {
        // Already lower-case letters, digits and hyphens, as most labels are: of the checks of
        // the ASCII branch below only the hyphens' places can fail (counted in bytes, which are
        // characters here).
        if idna2008::hyphen_misplaced(raw) {
            return Err(Box::new(Finding::domain_bad_hyphen(path, raw)));
        }
        (Cow::Borrowed(raw), Cow::Borrowed(raw))
    } else if raw.is_ascii() {
        let lower: Cow<str> = if raw.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(raw.to_ascii_lowercase())
        } else {
            Cow::Borrowed(raw)
        };
        if let Some(c) = lower
            .chars()
            .find(|&c| !(c.is_ascii_alphanumeric() || c == '-'))
        {
            return Err(bad_char(c, path));
        }
        if lower.starts_with("xn--") {
            match decode_a_label(&lower) {
                Some(u) => (lower, Cow::Owned(u)),
                None => return Err(Box::new(Finding::domain_invalid_punycode(path, raw))),
            }
        } else {
            // Lower-case letters, digits and hyphens are all PVALID and none has a context rule:
            // of IDNA2008's label checks only the hyphen positions can fail, and UTS #46 maps
            // such a label to itself.
            if idna2008::hyphen_misplaced(&lower) {
                return Err(Box::new(Finding::domain_bad_hyphen(path, raw)));
            }
            (lower.clone(), lower)
        }
    } else {
        if let Some(c) = raw.chars().find(|&c| idna2008::is_default_ignorable(c)) {
            return Err(bad_char(c, path));
        }
        let ascii = match uts46_label(raw) {
            Some(a) if !a.contains('.') => a,
            _ => return Err(diagnose(raw, path)),
        };
        let unicode = match ascii.strip_prefix("xn--") {
            Some(encoded) => idna::punycode::decode_to_string(encoded).unwrap_or_default(),
            None => ascii.clone(),
        };
        validate_u_label(&unicode, raw, path)?;
        (Cow::Owned(ascii), Cow::Owned(unicode))
    };
    if ascii.len() > MAX_LABEL_OCTETS {
        return Err(Box::new(Finding::domain_label_too_long(
            path,
            unicode.into_owned(),
            ascii.len().to_string(),
        )));
    }
    Ok((ascii, unicode))
}
