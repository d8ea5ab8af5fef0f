//! The submission receipt: a random UUID v4 the form sends with the submission, so the server
//! can drop a double submit.
//!
//! The engine draws nothing itself: the caller (the wasm layer, the command line) passes the
//! random bytes in, so a report is a function of its inputs.

/// The RFC 9562 version-4 UUID made of 16 random bytes (its version and variant bits set).
pub fn key_from(random: [u8; 16]) -> String {
    let mut b = random;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn is_a_version_4_uuid() {
        assert_eq!(
            super::key_from([0xff; 16]),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
        assert_eq!(
            super::key_from([0; 16]),
            "00000000-0000-4000-8000-000000000000"
        );
        let k = super::key_from(*b"0123456789abcdef");
        let b = k.as_bytes();
        assert_eq!(k.len(), 36);
        assert_eq!((b[8], b[13], b[18], b[23]), (b'-', b'-', b'-', b'-'));
        assert_eq!(b[14], b'4');
        assert!(matches!(b[19], b'8' | b'9' | b'a' | b'b'));
    }
}
