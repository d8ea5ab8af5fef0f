//! 组织机构代码, GB 11714-1997: 8 body characters and a check character.

use super::Checked;
use crate::diagnostic::Finding;
use crate::text::compact_code;

const WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

fn value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        _ => None,
    }
}

/// The check character of an 8-character body: C = 11 − (Σ vᵢ·wᵢ mod 11); 10 → X, 11 → 0.
pub fn check_char(body: &[u8]) -> Option<char> {
    if body.len() != 8 {
        return None;
    }
    let mut sum = 0;
    for (c, w) in body.iter().zip(WEIGHTS) {
        sum += value(*c)? * w;
    }
    Some(match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        d => char::from_digit(d, 10).unwrap_or('0'),
    })
}

/// True for a well-formed code whose check character is right.
pub fn is_valid(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 9 && check_char(&b[..8]).is_some_and(|c| c as u8 == b[8])
}

pub fn check(raw: &str, path: &str) -> Checked {
    let n = compact_code(raw);
    let b = n.as_bytes();
    let well_formed = b.len() == 9
        && b[..8]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && (b[8].is_ascii_digit() || b[8] == b'X');
    if !well_formed {
        return Checked::bad(Finding::orgcode_format(path));
    }
    let mut findings = Vec::new();
    if let Some(expected) = check_char(&b[..8]) {
        if expected as u8 != b[8] {
            findings.push(Finding::orgcode_checksum(path, expected.to_string()));
        }
    }
    Checked {
        normalized: Some(n),
        findings,
    }
}
