//! strconv's quoting: `Quote`, `QuoteToASCII`, `QuoteToGraphic`, the rune forms, `CanBackquote`,
//! `Unquote`, `UnquoteChar`, `QuotedPrefix`, `IsPrint`, `IsGraphic`.
//!
//! Strings are bytes; invalid UTF-8 bytes quote as `\xNN` one byte at a time, exactly as Go does.

use super::isprint::{IS_GRAPHIC, IS_NOT_PRINT16, IS_NOT_PRINT32, IS_PRINT16, IS_PRINT32};
use super::utf8::{MAX_RUNE, RUNE_ERROR, decode_rune, push_rune, valid, valid_rune};

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

/// The error of `unquote` and friends: Go's `strconv.ErrSyntax` ("invalid syntax").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidSyntax;

impl std::fmt::Display for InvalidSyntax {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("invalid syntax")
    }
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and U+0020.
pub fn is_print(r: i64) -> bool {
    if r <= 0xFF {
        if (0x20..=0x7E).contains(&r) {
            return true;
        }
        if (0xA1..=0xFF).contains(&r) {
            return r != 0xAD;
        }
        return false;
    }
    if r < 1 << 16 {
        let rr = r as u16;
        let i = IS_PRINT16.partition_point(|&x| x < rr);
        if i >= IS_PRINT16.len() || rr < IS_PRINT16[i & !1] || IS_PRINT16[i | 1] < rr {
            return false;
        }
        return IS_NOT_PRINT16.binary_search(&rr).is_err();
    }
    if r > MAX_RUNE as i64 {
        return false;
    }
    let rr = r as u32;
    let i = IS_PRINT32.partition_point(|&x| x < rr);
    if i >= IS_PRINT32.len() || rr < IS_PRINT32[i & !1] || IS_PRINT32[i | 1] < rr {
        return false;
    }
    if r >= 0x20000 {
        return true;
    }
    IS_NOT_PRINT32.binary_search(&((r - 0x10000) as u16)).is_err()
}

/// Go's `strconv.IsGraphic`: `is_print` plus the Unicode space characters (Zs).
pub fn is_graphic(r: i64) -> bool {
    is_print(r) || in_graphic_list(r)
}

fn in_graphic_list(r: i64) -> bool {
    (0..=0xFFFF).contains(&r) && IS_GRAPHIC.binary_search(&(r as u16)).is_ok()
}

#[derive(Clone, Copy)]
enum Mode {
    Plain,
    Ascii,
    Graphic,
}

fn push_escaped_rune(buf: &mut Vec<u8>, r: i64, quote: u8, mode: Mode) {
    if r == quote as i64 || r == '\\' as i64 {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    match mode {
        Mode::Ascii => {
            if r < 0x80 && is_print(r) {
                buf.push(r as u8);
                return;
            }
        }
        Mode::Plain | Mode::Graphic => {
            if is_print(r) || matches!(mode, Mode::Graphic) && in_graphic_list(r) {
                push_rune(buf, r);
                return;
            }
        }
    }
    let esc: &[u8] = match r {
        0x07 => b"\\a",
        0x08 => b"\\b",
        0x0C => b"\\f",
        0x0A => b"\\n",
        0x0D => b"\\r",
        0x09 => b"\\t",
        0x0B => b"\\v",
        _ => b"",
    };
    if !esc.is_empty() {
        buf.extend_from_slice(esc);
        return;
    }
    if r < b' ' as i64 || r == 0x7F {
        buf.extend_from_slice(b"\\x");
        buf.push(LOWER_HEX[(r as u8 >> 4) as usize]);
        buf.push(LOWER_HEX[(r as u8 & 0xF) as usize]);
        return;
    }
    let r = if valid_rune(r) { r as u32 } else { RUNE_ERROR };
    if r < 0x10000 {
        buf.extend_from_slice(b"\\u");
        for s in (0..=12).rev().step_by(4) {
            buf.push(LOWER_HEX[(r >> s & 0xF) as usize]);
        }
    } else {
        buf.extend_from_slice(b"\\U");
        for s in (0..=28).rev().step_by(4) {
            buf.push(LOWER_HEX[(r >> s & 0xF) as usize]);
        }
    }
}

fn append_quoted(buf: &mut Vec<u8>, mut s: &[u8], quote: u8, mode: Mode) {
    buf.reserve(s.len() + 2);
    buf.push(quote);
    while !s.is_empty() {
        let (r, width) = decode_rune(s);
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWER_HEX[(s[0] >> 4) as usize]);
            buf.push(LOWER_HEX[(s[0] & 0xF) as usize]);
        } else {
            push_escaped_rune(buf, r as i64, quote, mode);
        }
        s = &s[width..];
    }
    buf.push(quote);
}

fn append_quoted_rune(buf: &mut Vec<u8>, r: i64, mode: Mode) {
    let r = if valid_rune(r) { r } else { RUNE_ERROR as i64 };
    buf.push(b'\'');
    push_escaped_rune(buf, r, b'\'', mode);
    buf.push(b'\'');
}

/// Go's `strconv.Quote`.
pub fn quote(s: &[u8]) -> Vec<u8> {
    let mut buf = Vec::new();
    append_quote(&mut buf, s);
    buf
}

/// Go's `strconv.AppendQuote`.
pub fn append_quote(buf: &mut Vec<u8>, s: &[u8]) {
    append_quoted(buf, s, b'"', Mode::Plain);
}

/// Go's `strconv.QuoteToASCII`.
pub fn quote_to_ascii(s: &[u8]) -> Vec<u8> {
    let mut buf = Vec::new();
    append_quote_to_ascii(&mut buf, s);
    buf
}

/// Go's `strconv.AppendQuoteToASCII`.
pub fn append_quote_to_ascii(buf: &mut Vec<u8>, s: &[u8]) {
    append_quoted(buf, s, b'"', Mode::Ascii);
}

/// Go's `strconv.QuoteToGraphic`.
pub fn quote_to_graphic(s: &[u8]) -> Vec<u8> {
    let mut buf = Vec::new();
    append_quoted(&mut buf, s, b'"', Mode::Graphic);
    buf
}

/// Go's `strconv.QuoteRune`; `r` is a Go rune (int32), invalid ones quote as U+FFFD.
pub fn quote_rune(r: i32) -> Vec<u8> {
    let mut buf = Vec::new();
    append_quote_rune(&mut buf, r as i64);
    buf
}

/// Go's `strconv.AppendQuoteRune`, taking the rune widened to i64 (values outside int32 are invalid).
pub fn append_quote_rune(buf: &mut Vec<u8>, r: i64) {
    append_quoted_rune(buf, r, Mode::Plain);
}

/// Go's `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(r: i32) -> Vec<u8> {
    let mut buf = Vec::new();
    append_quote_rune_to_ascii(&mut buf, r as i64);
    buf
}

/// Go's `strconv.AppendQuoteRuneToASCII`.
pub fn append_quote_rune_to_ascii(buf: &mut Vec<u8>, r: i64) {
    append_quoted_rune(buf, r, Mode::Ascii);
}

/// Go's `strconv.QuoteRuneToGraphic`.
pub fn quote_rune_to_graphic(r: i32) -> Vec<u8> {
    let mut buf = Vec::new();
    append_quoted_rune(&mut buf, r as i64, Mode::Graphic);
    buf
}

/// Go's `strconv.CanBackquote`: a single-line string without control characters other than tab,
/// without a backquote, DEL, BOM or invalid UTF-8.
pub fn can_backquote(mut s: &[u8]) -> bool {
    while !s.is_empty() {
        let (r, wid) = decode_rune(s);
        s = &s[wid..];
        if wid > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < b' ' as u32 && r != b'\t' as u32) || r == b'`' as u32 || r == 0x7F {
            return false;
        }
    }
    true
}

fn unhex(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as u32),
        b'a'..=b'f' => Some((b - b'a' + 10) as u32),
        b'A'..=b'F' => Some((b - b'A' + 10) as u32),
        _ => None,
    }
}

/// One decoded character of a quoted literal (Go's `strconv.UnquoteChar` results).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnquotedChar {
    /// The rune, or for `\x` and octal escapes the byte value.
    pub value: u32,
    /// Whether `value` must be UTF-8 encoded (true) or is a single byte (false).
    pub multibyte: bool,
    /// How many input bytes were consumed.
    pub consumed: usize,
}

/// Go's `strconv.UnquoteChar`: decodes the first character or escape of `s` inside a literal
/// delimited by `quote`. The tail is `&s[consumed..]`.
pub fn unquote_char(s: &[u8], quote: u8) -> Result<UnquotedChar, InvalidSyntax> {
    let Some(&c) = s.first() else { return Err(InvalidSyntax) };
    if c == quote && (quote == b'\'' || quote == b'"') {
        return Err(InvalidSyntax);
    }
    if c >= 0x80 {
        let (r, size) = decode_rune(s);
        return Ok(UnquotedChar { value: r, multibyte: true, consumed: size });
    }
    if c != b'\\' {
        return Ok(UnquotedChar { value: c as u32, multibyte: false, consumed: 1 });
    }
    if s.len() <= 1 {
        return Err(InvalidSyntax);
    }
    let c = s[1];
    let rest = &s[2..];
    let simple = |v: u8| Ok(UnquotedChar { value: v as u32, multibyte: false, consumed: 2 });
    match c {
        b'a' => simple(0x07),
        b'b' => simple(0x08),
        b'f' => simple(0x0C),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(0x0B),
        b'\\' => simple(b'\\'),
        b'\'' | b'"' => {
            if c != quote {
                return Err(InvalidSyntax);
            }
            simple(c)
        }
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if rest.len() < n {
                return Err(InvalidSyntax);
            }
            let mut v: u32 = 0;
            for &b in &rest[..n] {
                v = v << 4 | unhex(b).ok_or(InvalidSyntax)?;
            }
            if c == b'x' {
                return Ok(UnquotedChar { value: v, multibyte: false, consumed: 2 + n });
            }
            if !valid_rune(v as i64) {
                return Err(InvalidSyntax);
            }
            Ok(UnquotedChar { value: v, multibyte: true, consumed: 2 + n })
        }
        b'0'..=b'7' => {
            let mut v = (c - b'0') as u32;
            if rest.len() < 2 {
                return Err(InvalidSyntax);
            }
            for &b in &rest[..2] {
                if !(b'0'..=b'7').contains(&b) {
                    return Err(InvalidSyntax);
                }
                v = v << 3 | (b - b'0') as u32;
            }
            if v > 255 {
                return Err(InvalidSyntax);
            }
            Ok(UnquotedChar { value: v, multibyte: false, consumed: 4 })
        }
        _ => Err(InvalidSyntax),
    }
}

/// Go's `strconv.Unquote`: the value of a Go string or rune literal in `"`, `'` or backquotes.
pub fn unquote(s: &[u8]) -> Result<Vec<u8>, InvalidSyntax> {
    let (out, rest) = unquote_prefix(s, true)?;
    if rest != 0 { Err(InvalidSyntax) } else { Ok(out) }
}

/// Go's `strconv.QuotedPrefix`: the quoted literal (with its quotes) at the start of `s`.
pub fn quoted_prefix(s: &[u8]) -> Result<Vec<u8>, InvalidSyntax> {
    unquote_prefix(s, false).map(|(out, _)| out)
}

/// Returns the unescaped (or, without `unescape`, verbatim) literal and the number of bytes left after it.
fn unquote_prefix(input: &[u8], unescape: bool) -> Result<(Vec<u8>, usize), InvalidSyntax> {
    if input.len() < 2 {
        return Err(InvalidSyntax);
    }
    let quote = input[0];
    let Some(end) = input[1..].iter().position(|&c| c == quote) else { return Err(InvalidSyntax) };
    let end = end + 2;
    match quote {
        b'`' => {
            let out = if !unescape {
                input[..end].to_vec()
            } else {
                input[1..end - 1].iter().copied().filter(|&c| c != b'\r').collect()
            };
            Ok((out, input.len() - end))
        }
        b'"' | b'\'' => {
            let lit = &input[..end];
            if !lit.contains(&b'\\') && !lit.contains(&b'\n') {
                let body = &input[1..end - 1];
                let ok = if quote == b'"' {
                    valid(body)
                } else {
                    let (r, n) = decode_rune(body);
                    n + 2 == end && (r != RUNE_ERROR || n != 1)
                };
                if ok {
                    let out = if unescape { body.to_vec() } else { lit.to_vec() };
                    return Ok((out, input.len() - end));
                }
            }
            let mut buf = Vec::new();
            let mut rest = &input[1..];
            while !rest.is_empty() && rest[0] != quote {
                if rest[0] == b'\n' {
                    return Err(InvalidSyntax);
                }
                let ch = unquote_char(rest, quote)?;
                rest = &rest[ch.consumed..];
                if unescape {
                    if ch.value < 0x80 || !ch.multibyte {
                        buf.push(ch.value as u8);
                    } else {
                        push_rune(&mut buf, ch.value as i64);
                    }
                }
                if quote == b'\'' {
                    break;
                }
            }
            if rest.first() != Some(&quote) {
                return Err(InvalidSyntax);
            }
            rest = &rest[1..];
            let left = rest.len();
            if unescape { Ok((buf, left)) } else { Ok((input[..input.len() - left].to_vec(), left)) }
        }
        _ => Err(InvalidSyntax),
    }
}
