//! Literal and comment bodies, scanned by Go's own rules (a port of the relevant parts of
//! cmd/compile/internal/syntax/scanner.go) so that errors carry Go's words and columns.
//! Each function is a logos callback: the token's first character(s) are matched, the function
//! consumes the rest with `bump` and records errors in `extras`.

use super::raw::Raw;
use logos::Lexer;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NumKind {
    Int,
    Float,
    Imag,
}

/// A byte cursor over the whole file, so offsets are file offsets.
struct Cursor<'a> {
    src: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn ch(&self) -> Option<u8> {
        self.src.get(self.i).copied()
    }
    /// The current character decoded (for messages); `None` at EOF.
    fn char(&self, text: &str) -> Option<char> {
        text.get(self.i..).and_then(|s| s.chars().next())
    }
    fn next_char(&mut self, text: &str) {
        self.i += self.char(text).map_or(1, char::len_utf8);
    }
}

fn finish<'s>(lex: &mut Lexer<'s, Raw>, end: usize) {
    let have = lex.span().end;
    if end > have {
        lex.bump(end - have);
    }
}

fn lower(b: u8) -> u8 {
    b | 0x20
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Go's `%q` of a character, as in `invalid digit '8' in octal literal`.
pub fn quote_char(c: char) -> String {
    match c {
        '\'' => "'\\''".to_string(),
        '\\' => "'\\\\'".to_string(),
        '\n' => "'\\n'".to_string(),
        '\t' => "'\\t'".to_string(),
        '\r' => "'\\r'".to_string(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// Go's `%#U`: `U+0040 '@'`, or just `U+0007` when the character is not printable.
pub fn unicode_name(c: char) -> String {
    if c.is_control() || c == '\u{FEFF}' { format!("U+{:04X}", c as u32) } else { format!("U+{:04X} '{c}'", c as u32) }
}

fn digits(cur: &mut Cursor, base: u32, invalid: &mut Option<usize>, start: usize) -> u32 {
    let mut digsep = 0;
    if base <= 10 {
        while let Some(c) = cur.ch().filter(|c| c.is_ascii_digit() || *c == b'_') {
            if c == b'_' {
                digsep |= 2;
            } else {
                digsep |= 1;
                if u32::from(c - b'0') >= base && invalid.is_none() {
                    *invalid = Some(cur.i - start);
                }
            }
            cur.i += 1;
        }
    } else {
        while let Some(c) = cur.ch().filter(|c| c.is_ascii_hexdigit() || *c == b'_') {
            digsep |= if c == b'_' { 2 } else { 1 };
            cur.i += 1;
        }
    }
    digsep
}

/// Index of the first misplaced `_` in a number literal, as Go's `invalidSep`.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = lower(x[1]);
        if matches!(x1, b'x' | b'o' | b'b') {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' { Some(x.len() - 1) } else { None }
}

pub fn number(lex: &mut Lexer<'_, Raw>) -> NumKind {
    let text = lex.source();
    let start = lex.span().start;
    let mut cur = Cursor { src: text.as_bytes(), i: start };
    let mut errs: Vec<(usize, String)> = Vec::new();
    let mut ok = true;
    let mut kind = NumKind::Int;
    let mut base = 10;
    let mut prefix = 0u8;
    let mut digsep = 0;
    let mut invalid = None;
    let mut seen_point = cur.ch() == Some(b'.');
    if seen_point {
        cur.i += 1;
    } else {
        if cur.ch() == Some(b'0') {
            cur.i += 1;
            match cur.ch().map(lower) {
                Some(b'x') => {
                    cur.i += 1;
                    (base, prefix) = (16, b'x');
                }
                Some(b'o') => {
                    cur.i += 1;
                    (base, prefix) = (8, b'o');
                }
                Some(b'b') => {
                    cur.i += 1;
                    (base, prefix) = (2, b'b');
                }
                _ => {
                    (base, prefix) = (8, b'0');
                    digsep = 1;
                }
            }
        }
        digsep |= digits(&mut cur, base, &mut invalid, start);
        if cur.ch() == Some(b'.') {
            if prefix == b'o' || prefix == b'b' {
                errs.push((cur.i, format!("invalid radix point in {} literal", base_name(base))));
                ok = false;
            }
            cur.i += 1;
            seen_point = true;
        }
    }
    if seen_point {
        kind = NumKind::Float;
        digsep |= digits(&mut cur, base, &mut invalid, start);
    }
    if digsep & 1 == 0 && ok {
        errs.push((cur.i, format!("{} literal has no digits", base_name(base))));
        ok = false;
    }
    match cur.ch().map(lower) {
        Some(e @ (b'e' | b'p')) => {
            if ok {
                let c = cur.ch().unwrap_or(e) as char;
                if e == b'e' && prefix != 0 && prefix != b'0' {
                    errs.push((cur.i, format!("{} exponent requires decimal mantissa", quote_char(c))));
                    ok = false;
                } else if e == b'p' && prefix != b'x' {
                    errs.push((cur.i, format!("{} exponent requires hexadecimal mantissa", quote_char(c))));
                    ok = false;
                }
            }
            cur.i += 1;
            kind = NumKind::Float;
            if matches!(cur.ch(), Some(b'+' | b'-')) {
                cur.i += 1;
            }
            let mut none = None;
            digsep = digits(&mut cur, 10, &mut none, start) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                errs.push((cur.i, "exponent has no digits".to_string()));
                ok = false;
            }
        }
        _ if prefix == b'x' && kind == NumKind::Float && ok => {
            errs.push((cur.i, "hexadecimal mantissa requires a 'p' exponent".to_string()));
            ok = false;
        }
        _ => {}
    }
    if cur.ch() == Some(b'i') {
        kind = NumKind::Imag;
        cur.i += 1;
    }
    let lit = &text.as_bytes()[start..cur.i];
    if let (NumKind::Int, Some(inv), true) = (kind, invalid, ok) {
        let c = lit.get(inv).map_or('?', |&b| b as char);
        errs.push((start + inv, format!("invalid digit {} in {} literal", quote_char(c), base_name(base))));
        ok = false;
    }
    if digsep & 2 != 0
        && ok
        && let Some(i) = invalid_sep(lit)
    {
        errs.push((start + i, "'_' must separate successive digits".to_string()));
    }
    finish(lex, cur.i);
    lex.extras.extend(errs);
    kind
}

/// Scans an escape after a backslash; `false` when it is invalid (already reported).
fn escape(cur: &mut Cursor, text: &str, quote: u8, errs: &mut Vec<(usize, String)>) -> bool {
    let (n, base, max): (u32, u32, u32) = match cur.ch() {
        Some(c) if c == quote || b"abfnrtv\\".contains(&c) => {
            cur.i += 1;
            return true;
        }
        Some(b'0'..=b'7') => (3, 8, 255),
        Some(b'x') => {
            cur.i += 1;
            (2, 16, 255)
        }
        Some(b'u') => {
            cur.i += 1;
            (4, 16, 0x10FFFF)
        }
        Some(b'U') => {
            cur.i += 1;
            (8, 16, 0x10FFFF)
        }
        None => return true,
        Some(_) => {
            errs.push((cur.i, "unknown escape".to_string()));
            return false;
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let Some(c) = cur.ch() else { return true };
        let d = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            _ if (b'a'..=b'f').contains(&lower(c)) => u32::from(lower(c) - b'a') + 10,
            _ => base,
        };
        if d >= base {
            let ch = cur.char(text).unwrap_or('?');
            errs.push((cur.i, format!("invalid character {} in {} escape", quote_char(ch), base_name(base))));
            return false;
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        cur.i += 1;
    }
    if x > max && base == 8 {
        errs.push((cur.i, format!("octal escape value {x} > 255")));
        return false;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        let name = char::from_u32(x).map_or_else(|| format!("U+{x:04X}"), unicode_name);
        errs.push((cur.i, format!("escape is invalid Unicode code point {name}")));
        return false;
    }
    true
}

pub fn string(lex: &mut Lexer<'_, Raw>) {
    let text = lex.source();
    let start = lex.span().start;
    let mut cur = Cursor { src: text.as_bytes(), i: start + 1 };
    let mut errs = Vec::new();
    loop {
        match cur.ch() {
            Some(b'"') => {
                cur.i += 1;
                break;
            }
            Some(b'\\') => {
                cur.i += 1;
                escape(&mut cur, text, b'"', &mut errs);
            }
            Some(b'\n') => {
                errs.push((cur.i, "newline in string".to_string()));
                break;
            }
            None => {
                errs.push((start, "string not terminated".to_string()));
                break;
            }
            Some(_) => cur.next_char(text),
        }
    }
    finish(lex, cur.i);
    lex.extras.extend(errs);
}

pub fn raw_string(lex: &mut Lexer<'_, Raw>) {
    let text = lex.source();
    let start = lex.span().start;
    match text.get(start + 1..).and_then(|rest| rest.find('`')) {
        Some(k) => finish(lex, start + 1 + k + 1),
        None => {
            finish(lex, text.len());
            lex.extras.push((start, "string not terminated".to_string()));
        }
    }
}

pub fn rune(lex: &mut Lexer<'_, Raw>) {
    let text = lex.source();
    let start = lex.span().start;
    let mut cur = Cursor { src: text.as_bytes(), i: start + 1 };
    let mut errs = Vec::new();
    let mut ok = true;
    let mut n = 0;
    loop {
        match cur.ch() {
            Some(b'\'') => {
                if ok {
                    if n == 0 {
                        errs.push((cur.i, "empty rune literal or unescaped '".to_string()));
                    } else if n != 1 {
                        errs.push((start, "more than one character in rune literal".to_string()));
                    }
                }
                cur.i += 1;
                break;
            }
            Some(b'\\') => {
                cur.i += 1;
                if !escape(&mut cur, text, b'\'', &mut errs) {
                    ok = false;
                }
            }
            Some(b'\n') => {
                if ok {
                    errs.push((cur.i, "newline in rune literal".to_string()));
                }
                break;
            }
            None => {
                if ok {
                    errs.push((start, "rune literal not terminated".to_string()));
                }
                break;
            }
            Some(_) => cur.next_char(text),
        }
        n += 1;
    }
    finish(lex, cur.i);
    lex.extras.extend(errs);
}

pub fn general_comment(lex: &mut Lexer<'_, Raw>) -> bool {
    let text = lex.source();
    let start = lex.span().start;
    match text.get(start + 2..).and_then(|rest| rest.find("*/")) {
        Some(k) => {
            let end = start + 2 + k + 2;
            finish(lex, end);
            text[start..end].contains('\n')
        }
        None => {
            finish(lex, text.len());
            lex.extras.push((start, "comment not terminated".to_string()));
            true
        }
    }
}
