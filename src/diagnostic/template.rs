//! Fills `{name}` placeholders of registry messages.

/// Replaces each `{name}` with its argument. An unknown name is left as written, so a missing
/// argument shows up in tests instead of silently vanishing.
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
                    Some((_, v)) => out.push_str(v),
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

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_known_and_keeps_unknown() {
        let args = vec![("tld", "io".to_string())];
        assert_eq!(fill("“.{tld}”不可备案 {x}", &args), "“.io”不可备案 {x}");
        assert_eq!(fill("open { only", &args), "open { only");
    }
}
