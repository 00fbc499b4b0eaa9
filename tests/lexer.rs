//! Lexer: tokens, automatic semicolons, Go's error messages and positions.

use corgi::lexer::{Tok, lex};
use corgi::source::SourceMap;

fn toks(src: &str) -> Vec<String> {
    let (t, d) = lex(src, 0);
    assert!(d.is_empty(), "unexpected errors: {d:?}");
    t.into_iter().map(|(_, t, _)| t.to_string()).collect()
}

fn errors(src: &str) -> Vec<String> {
    let mut sm = SourceMap::default();
    sm.add("x.go".into(), src.into()).unwrap();
    let (_, d) = lex(src, 0);
    d.iter().map(|d| format!("{}: {}", sm.location(d.pos), d.message)).collect()
}

#[test]
fn semicolons_are_inserted_after_line_final_tokens() {
    assert_eq!(toks("x\ny++\nreturn\n}\n"), ["x", ";", "y", "++", ";", "return", ";", "}", ";"]);
    assert_eq!(toks("a +\nb"), ["a", "+", "b", ";"]);
    assert_eq!(toks("f(x /* c\n */) g"), ["f", "(", "x", ";", ")", "g", ";"]);
    assert_eq!(toks("x // c\n"), ["x", ";"]);
}

#[test]
fn inserted_semicolons_sit_at_the_newline_or_eof() {
    let (t, _) = lex("ab\ncd", 10);
    assert_eq!(t[1].0.0, 12);
    assert_eq!(t[1].1, Tok::Semi(true));
    assert_eq!(t[3].0.0, 15);
}

#[test]
fn numbers_of_every_form() {
    let (t, d) = lex("0x1F 0o17 017 0b101 1_000 1.5 .5 1e3 0x1p-2 2i 0x10i 1.5e+10i", 0);
    assert!(d.is_empty(), "{d:?}");
    let kinds: Vec<&str> = t
        .iter()
        .map(|(_, t, _)| match t {
            Tok::Int(_) => "int",
            Tok::Float(_) => "float",
            Tok::Imag(_) => "imag",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        ["int", "int", "int", "int", "int", "float", "float", "float", "float", "imag", "imag", "imag", "other"]
    );
}

#[test]
fn unicode_identifiers_and_keywords() {
    assert_eq!(toks("func 日本 _x αβ9"), ["func", "日本", "_x", "αβ9", ";"]);
}

#[test]
fn go_error_messages() {
    assert_eq!(errors("x := 1 @ 2"), ["x.go:1:8: invalid character U+0040 '@'"]);
    assert_eq!(errors("s := \"abc\nt"), ["x.go:1:10: newline in string"]);
    assert_eq!(errors("x := 08"), ["x.go:1:7: invalid digit '8' in octal literal"]);
    assert_eq!(errors("x := 1__0"), ["x.go:1:8: '_' must separate successive digits"]);
    assert_eq!(errors("x := 0x1.5"), ["x.go:1:11: hexadecimal mantissa requires a 'p' exponent"]);
    assert_eq!(errors("x := 1e+"), ["x.go:1:9: exponent has no digits"]);
    assert_eq!(errors("x := 0b102"), ["x.go:1:10: invalid digit '2' in binary literal"]);
    assert_eq!(errors("/* abc"), ["x.go:1:1: comment not terminated"]);
    assert_eq!(errors("x := ''"), ["x.go:1:7: empty rune literal or unescaped '"]);
    assert_eq!(errors("x := 'ab'"), ["x.go:1:6: more than one character in rune literal"]);
    assert_eq!(errors("x := \"\\q\""), ["x.go:1:8: unknown escape"]);
    assert_eq!(errors("x := `abc"), ["x.go:1:6: string not terminated"]);
    assert_eq!(errors("x := \"\\uD800\""), ["x.go:1:13: escape is invalid Unicode code point U+D800"]);
    assert_eq!(errors("x := \"\\400\""), ["x.go:1:11: octal escape value 256 > 255"]);
    assert_eq!(errors("x\u{0}y"), ["x.go:1:2: invalid NUL character"]);
    assert_eq!(errors("x := €"), ["x.go:1:6: invalid character U+20AC '€' in identifier"]);
}

#[test]
fn arbitrary_input_never_panics() {
    // A deterministic generator over bytes that stress the literal scanners.
    let alphabet: &[u8] = b"\"'`\\/*\n 0xob.e_p+-i9aZ\t{}()[];:=<>!&|^%~\xc3\xa9\x00";
    let mut state: u64 = 0x9E3779B97F4A7C15;
    for _ in 0..20_000 {
        let len = (state % 24) as usize;
        let mut bytes = Vec::with_capacity(len);
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            bytes.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        let s = String::from_utf8_lossy(&bytes);
        let _ = lex(&s, 0);
    }
}
