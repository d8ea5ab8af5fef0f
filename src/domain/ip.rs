//! Recognises IP addresses in every spelling a browser would accept, so that none slips
//! through as a "domain".

/// True for an IPv6 address in RFC 4291 §2.2 text form (the brackets already removed): eight
/// groups of 1–4 hex digits, one `::` standing for one or more zero groups, and an optional
/// dotted IPv4 tail. Hand-written rather than `std::net` so that the `.wasm` carries no address
/// parser it does not need (a property test checks it against `std`).
pub fn is_ipv6(host: &str) -> bool {
    if !host.bytes().any(|b| b == b':') {
        return false;
    }
    let (head, tail, compressed) = match host.split_once("::") {
        Some((h, t)) => (h, t, true),
        None => (host, "", false),
    };
    if tail.contains("::") {
        return false;
    }
    let mut groups = 0;
    let sides: &[&str] = if compressed { &[head, tail] } else { &[head] };
    for (side_index, side) in sides.iter().enumerate() {
        if side.is_empty() {
            continue;
        }
        let parts: Vec<&str> = side.split(':').collect();
        for (i, part) in parts.iter().enumerate() {
            let is_last = side_index == sides.len() - 1 && i == parts.len() - 1;
            if is_last && part.contains('.') {
                if !is_dotted_quad(part) {
                    return false;
                }
                groups += 2;
            } else if (1..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_hexdigit()) {
                groups += 1;
            } else {
                return false;
            }
        }
    }
    if compressed {
        groups <= 7
    } else {
        groups == 8
    }
}

/// `a.b.c.d` with four decimal parts 0–255 and no leading zeros (the form IPv6 embeds).
fn is_dotted_quad(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            (1..=3).contains(&p.len())
                && p.bytes().all(|b| b.is_ascii_digit())
                && !(p.len() > 1 && p.starts_with('0'))
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        })
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
    let parts = host.bytes().filter(|&b| b == b'.').count() + 1;
    if parts > 4 {
        return false;
    }
    // Every part must be a number, all but the last below 256.
    let mut last = 0;
    for (i, part) in crate::text::split_dots(host).enumerate() {
        match parse_ipv4_number(part) {
            Some(n) if i + 1 < parts && n > 255 => return false,
            Some(n) => last = n,
            None => return false,
        }
    }
    last < 256u64.pow(5 - parts as u32)
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
