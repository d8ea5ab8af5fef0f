//! The submission receipt: a random UUID v4 the form sends with the submission, so the server
//! can drop a double submit.

/// A fresh RFC 9562 version-4 UUID from the platform's random source (the browser's
/// `crypto.getRandomValues` in wasm); `None` if the platform has none.
pub fn new_key() -> Option<String> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).ok()?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Some(format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn is_a_version_4_uuid() {
        let k = super::new_key().unwrap();
        let b = k.as_bytes();
        assert_eq!(k.len(), 36);
        assert_eq!((b[8], b[13], b[18], b[23]), (b'-', b'-', b'-', b'-'));
        assert_eq!(b[14], b'4');
        assert!(matches!(b[19], b'8' | b'9' | b'a' | b'b'));
        assert_ne!(super::new_key(), super::new_key());
    }
}
