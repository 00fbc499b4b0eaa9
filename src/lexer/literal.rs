//! Decoding string and rune literals (already validated by the lexer) to their values.
//! Go strings are byte strings: `"\xff"` is one byte that is not UTF-8, so strings decode to bytes.
//! These functions never panic, even on text the lexer rejected: they decode what they can.

/// The bytes of an interpreted (`"…"`) or raw (`` `…` ``) string literal, quotes included.
pub fn decode_string(text: &str) -> Vec<u8> {
    if let Some(body) = text.strip_prefix('`') {
        let body = body.strip_suffix('`').unwrap_or(body);
        // Carriage returns are discarded from raw strings.
        return body.bytes().filter(|&b| b != b'\r').collect();
    }
    let body = text.strip_prefix('"').unwrap_or(text);
    let body = body.strip_suffix('"').unwrap_or(body);
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        if c == '\\' {
            let (value, used) = escape(&rest[1..]);
            match value {
                Escaped::Byte(b) => out.push(b),
                Escaped::Char(c) => push_char(&mut out, c),
            }
            rest = &rest[1 + used..];
        } else {
            push_char(&mut out, c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The code point of a rune literal, quotes included.
pub fn decode_rune(text: &str) -> i32 {
    let body = text.strip_prefix('\'').unwrap_or(text);
    let body = body.strip_suffix('\'').unwrap_or(body);
    match body.chars().next() {
        Some('\\') => match escape(&body[1..]).0 {
            Escaped::Byte(b) => i32::from(b),
            Escaped::Char(c) => c as i32,
        },
        Some(c) => c as i32,
        None => 0,
    }
}

enum Escaped {
    /// `\x` and octal escapes denote single bytes in strings.
    Byte(u8),
    Char(char),
}

fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Decodes the escape after a backslash; returns its value and how many bytes it used.
fn escape(s: &str) -> (Escaped, usize) {
    let b = s.as_bytes();
    let Some(&c) = b.first() else { return (Escaped::Char('\\'), 0) };
    let simple = match c {
        b'a' => Some(0x07),
        b'b' => Some(0x08),
        b'f' => Some(0x0c),
        b'n' => Some(b'\n'),
        b'r' => Some(b'\r'),
        b't' => Some(b'\t'),
        b'v' => Some(0x0b),
        b'\\' | b'\'' | b'"' => Some(c),
        _ => None,
    };
    if let Some(v) = simple {
        return (Escaped::Byte(v), 1);
    }
    let (skip, n, radix) = match c {
        b'0'..=b'7' => (0, 3, 8),
        b'x' => (1, 2, 16),
        b'u' => (1, 4, 16),
        b'U' => (1, 8, 16),
        // An invalid escape (already reported): keep the character, whatever its width.
        _ => {
            let ch = s.chars().next().unwrap_or('\\');
            return (Escaped::Char(ch), ch.len_utf8());
        }
    };
    let digits: &[u8] = b.get(skip..).unwrap_or(&[]);
    let digits = &digits[..digits.len().min(n)];
    let mut x: u32 = 0;
    let mut used = 0;
    for &d in digits {
        let Some(v) = char::from(d).to_digit(radix) else { break };
        x = x.wrapping_mul(radix).wrapping_add(v);
        used += 1;
    }
    let total = skip + used;
    if c == b'x' || radix == 8 {
        (Escaped::Byte(x as u8), total)
    } else {
        (Escaped::Char(char::from_u32(x).unwrap_or('\u{FFFD}')), total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_decode_to_bytes() {
        assert_eq!(decode_string(r#""a\tb\n""#), b"a\tb\n");
        assert_eq!(decode_string(r#""\xff\377\u00e9\U0001F600""#), b"\xff\xff\xc3\xa9\xf0\x9f\x98\x80");
        assert_eq!(decode_string("`a\r\nb\\n`"), b"a\nb\\n");
        assert_eq!(decode_string(r#""日本""#), "日本".as_bytes());
    }

    #[test]
    fn runes_decode_to_code_points() {
        assert_eq!(decode_rune("'a'"), 97);
        assert_eq!(decode_rune(r"'\n'"), 10);
        assert_eq!(decode_rune(r"'\x41'"), 65);
        assert_eq!(decode_rune(r"'\u4e16'"), 0x4e16);
        assert_eq!(decode_rune("'世'"), 0x4e16);
        assert_eq!(decode_rune(r"'\''"), 39);
    }

    #[test]
    fn broken_literals_do_not_panic() {
        for s in [
            "",
            "\"",
            "'",
            "`",
            r#""\"#,
            r#""\x"#,
            r#""\U0011ffff""#,
            "'\\u'",
            "\"\\9\"",
            "\"\\é\"",
            "'\\世'",
            "\"\\x€\"",
        ] {
            let _ = decode_string(s);
            let _ = decode_rune(s);
        }
    }
}
