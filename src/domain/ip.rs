//! Recognises IP addresses in every spelling a browser would accept, so that none slips
//! through as a "domain".

use std::net::Ipv6Addr;

/// True for an IPv6 address (the brackets already removed).
pub fn is_ipv6(host: &str) -> bool {
    host.contains(':') && host.parse::<Ipv6Addr>().is_ok()
}

/// True when the host is an IPv4 address as the WHATWG URL Standard's IPv4 parser reads it
/// (<https://url.spec.whatwg.org/#concept-ipv4-parser>): one to four parts, each decimal,
/// `0x` hexadecimal or `0`-prefixed octal, with an optional trailing dot. `1.2.3.4`, `0x7f.1`
/// and `2130706433` all name hosts, not domains.
pub fn is_ipv4(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.is_empty() {
        return false;
    }
    let parts: Vec<&str> = host.split('.').collect();
    if parts.len() > 4 {
        return false;
    }
    let mut numbers = Vec::with_capacity(parts.len());
    for part in &parts {
        match parse_ipv4_number(part) {
            Some(n) => numbers.push(n),
            None => return false,
        }
    }
    let (last, init) = match numbers.split_last() {
        Some(x) => x,
        None => return false,
    };
    if init.iter().any(|&n| n > 255) {
        return false;
    }
    let room = 256u64.pow(5 - numbers.len() as u32);
    *last < room
}

fn parse_ipv4_number(part: &str) -> Option<u64> {
    if part.is_empty() || part.len() > 32 {
        return None;
    }
    let (digits, radix) =
        if let Some(h) = part.strip_prefix("0x").or_else(|| part.strip_prefix("0X")) {
            (h, 16)
        } else if part.len() > 1 && part.starts_with('0') {
            (&part[1..], 8)
        } else {
            (part, 10)
        };
    if digits.is_empty() {
        return Some(0);
    }
    u64::from_str_radix(digits, radix).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv4_spellings() {
        for ip in [
            "1.2.3.4",
            "192.168.1.1.",
            "0x7f.1",
            "2130706433",
            "0.0.0.0",
            "010.1.1.1",
        ] {
            assert!(is_ipv4(ip), "{ip}");
        }
        for not in [
            "example.com",
            "1.2.3.4.5",
            "256.1.1.1",
            "example.123",
            "1.2.3.a",
            "",
            ".",
        ] {
            assert!(!is_ipv4(not), "{not}");
        }
        assert!(is_ipv6("2001:db8::1"));
        assert!(!is_ipv6("example.com"));
    }
}
