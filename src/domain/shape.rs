//! What kind of string the user gave: a bare host, or a URL / e-mail / host:port / wildcard that
//! contains one. Runs before IDNA, on the folded string, so that `https：／／例子.中国` is still
//! recognised as a URL.

/// The host found in the input and what had to be stripped to get it.
#[derive(Debug, Default, PartialEq)]
pub struct Shape<'a> {
    pub host: &'a str,
    /// Scheme, path, query, fragment or user-info were present.
    pub url: bool,
    pub port: Option<&'a str>,
    pub wildcard: bool,
    /// The host was written in brackets (`[2001:db8::1]`), the URL notation for IPv6.
    pub bracketed: bool,
}

pub use crate::text::{fold, trim};

fn scheme_len(s: &str) -> Option<usize> {
    let end = s.find("://")?;
    let scheme = &s[..end];
    let mut chars = scheme.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    (first_ok && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then_some(end + 3)
}

pub fn parse(folded: &str) -> Shape<'_> {
    let mut shape = Shape::default();
    // Without any of the characters the steps below look for, the whole input is the host: one
    // scan instead of one per step, for the bare domains nearly everyone types.
    if !folded
        .bytes()
        .any(|b| matches!(b, b'/' | b'?' | b'#' | b'\\' | b'@' | b':' | b'[' | b'*'))
    {
        shape.host = folded;
        return shape;
    }
    let mut rest = folded;
    if let Some(n) = scheme_len(rest) {
        shape.url = true;
        rest = &rest[n..];
    } else if let Some(stripped) = rest.strip_prefix("//") {
        shape.url = true;
        rest = stripped;
    }
    // The authority ends at the first path, query or fragment delimiter (backslash too: browsers
    // treat it as a slash in special URLs).
    if let Some(end) = rest.find(['/', '?', '#', '\\']) {
        shape.url = true;
        rest = &rest[..end];
    }
    if let Some(at) = rest.rfind('@') {
        shape.url = true;
        rest = &rest[at + 1..];
    }
    let mut host = rest;
    if let Some(inner) = host.strip_prefix('[') {
        if let Some(close) = inner.find(']') {
            shape.bracketed = true;
            let after = &inner[close + 1..];
            if let Some(port) = after.strip_prefix(':') {
                shape.port = Some(port);
            }
            host = &inner[..close];
        }
    } else if host.matches(':').count() == 1 {
        if let Some((h, port)) = host.split_once(':') {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                shape.port = Some(port);
                host = h;
            }
        }
    }
    if let Some(h) = host.strip_prefix("*.") {
        shape.wildcard = true;
        host = h;
    }
    shape.host = host;
    shape
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_host() {
        let s = parse("https://user@www.example.com:8443/a?b#c");
        assert_eq!(
            (s.host, s.url, s.port),
            ("www.example.com", true, Some("8443"))
        );
        assert_eq!(parse("example.com").host, "example.com");
        assert!(!parse("example.com").url);
        let s = parse("[2001:db8::1]:443");
        assert!(s.bracketed && s.port == Some("443") && s.host == "2001:db8::1");
        assert!(parse("*.example.com").wildcard);
        assert_eq!(fold("ＥＸＡＭＰＬＥ。ＣＮ"), "EXAMPLE.CN");
    }
}
