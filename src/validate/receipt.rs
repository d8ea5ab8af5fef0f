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
    const HEX: &[u8; 16] = b"0123456789abcdef";
    // Written digit by digit: a `format!` per byte was a twentieth of a validation.
    let mut key = String::with_capacity(36);
    for (i, x) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            key.push('-');
        }
        key.push(char::from(HEX[usize::from(x >> 4)]));
        key.push(char::from(HEX[usize::from(x & 0x0f)]));
    }
    key
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
        assert_eq!(
            super::key_from([
                0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54,
                0x32, 0x10
            ]),
            "01234567-89ab-4def-bedc-ba9876543210"
        );
    }
}
