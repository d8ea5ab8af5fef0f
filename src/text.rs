//! Text normalisation shared by the engines: what differs only in how it was typed.

/// Folds full-width ASCII (U+FF01–U+FF5E), the ideographic space and the ideographic full stops
/// to ASCII, as UTS #46 mapping and Chinese input methods make necessary.
pub fn fold(s: &str) -> String {
    // Nothing in ASCII folds: one copy instead of a push per character.
    if s.is_ascii() {
        return s.to_string();
    }
    s.chars()
        .map(|c| match c {
            '\u{3002}' | '\u{ff0e}' | '\u{ff61}' => '.',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .collect()
}

/// Trims what surrounds a pasted value: white space of any width, and the byte-order mark.
pub fn trim(raw: &str) -> &str {
    raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
}

/// An identity or registration number as forms receive it: folded, blanks and hyphens removed,
/// upper case (lower-case `x` check characters are common).
pub fn compact_code(raw: &str) -> String {
    fold(raw)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{feff}'))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn compacts_codes() {
        assert_eq!(
            super::compact_code(" 9135 0100 m000-100Y 43 "),
            "91350100M000100Y43"
        );
        assert_eq!(
            super::compact_code("１１０１０５１９４９１２３１００２ｘ"),
            "11010519491231002X"
        );
    }
}
