//! Fills `{name}` placeholders of registry messages.

/// Replaces each `{name}` with its argument. An unknown name is left as written, so a missing
/// argument shows up in tests instead of silently vanishing. Arguments echo user text, so their
/// bidirectional controls are named ([`isolate`]) rather than left to reorder the message.
pub fn fill(template: &str, args: &[(&'static str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => isolate(v, &mut out),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The bidirectional formatting characters (Unicode 15, UAX #9 table 4, plus ALM): inside a
/// message they could make quoted user text display in another order than it was written.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Appends `text` with every bidirectional control written as its name (`U+202E`), as the
/// domain engine names the characters it refuses. `js/render.js` does the same.
pub fn isolate(text: &str, out: &mut String) {
    for c in text.chars() {
        if is_bidi_control(c) {
            out.push_str(&format!("U+{:04X}", c as u32));
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn names_bidi_controls_in_arguments() {
        let args = vec![("name", "ab\u{202e}cd\u{2066}".to_string())];
        assert_eq!(fill("“{name}”", &args), "“abU+202EcdU+2066”");
        // The template's own text is data, not user text, and stays as written.
        assert_eq!(fill("\u{200f}{x}", &[]), "\u{200f}{x}");
    }

    #[test]
    fn fills_known_and_keeps_unknown() {
        let args = vec![("tld", "io".to_string())];
        assert_eq!(fill("“.{tld}”不可备案 {x}", &args), "“.io”不可备案 {x}");
        assert_eq!(fill("open { only", &args), "open { only");
    }
}
