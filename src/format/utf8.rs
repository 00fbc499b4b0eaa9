//! Go's unicode/utf8 decoding rules over byte strings: an invalid or truncated sequence decodes as
//! U+FFFD with width 1, surrogates and overlong forms are invalid. Rust's `Utf8Chunks` groups a
//! truncated sequence into one invalid chunk, which is why fmt cannot use it for counting.

/// The replacement rune, what Go decodes invalid bytes to.
pub const RUNE_ERROR: u32 = 0xFFFD;
/// The largest valid code point.
pub const MAX_RUNE: u32 = 0x10FFFF;

/// Decodes the first rune of `s` as Go's `utf8.DecodeRune`: (rune, width). Empty input gives (RUNE_ERROR, 0).
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else { return (RUNE_ERROR, 0) };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (len, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < len {
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &b in &s[1..len] {
        if b & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = r << 6 | (b & 0x3F) as u32;
    }
    if r < min || r > MAX_RUNE || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, len)
}

/// Number of runes in `s`, each invalid byte counting as one (Go's `utf8.RuneCount`).
pub fn rune_count(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&s[i..]).1;
        }
        n += 1;
    }
    n
}

/// Whether `r` is a Unicode scalar value (Go's `utf8.ValidRune`).
pub fn valid_rune(r: i64) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE as i64).contains(&r)
}

/// Appends the UTF-8 encoding of `r`; invalid runes (negative, surrogate, too large) append U+FFFD
/// (Go's `utf8.AppendRune`).
pub fn push_rune(buf: &mut Vec<u8>, r: i64) {
    let c = if valid_rune(r) { char::from_u32(r as u32).unwrap_or('\u{FFFD}') } else { '\u{FFFD}' };
    let mut tmp = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// Whether `s` is entirely valid UTF-8 by Go's rules (the same as Rust's).
pub fn valid(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok()
}
